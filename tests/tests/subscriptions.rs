//! Subscriptions re-run only what changed: the runtime's thread, asked to bring queries up
//! to date, re-runs a query when a table it read was written since it last ran, and leaves
//! it alone otherwise (the dev-app fixture, on the real packages).

use serde_json::json;

use convexkit_runtime::auth::Caller;
use convexkit_runtime::engine::isolate::Kind;
use convexkit_runtime::project::{LocalRuntime, Options};
use convexkit_runtime::server::worker::{Call, Refreshed, Subscribed, Worker};
use convexkit_tests::{copy_app, run_convexkit};

fn call(kind: Kind, path: &str, args: serde_json::Value) -> Call {
    Call {
        kind: Some(kind),
        component: String::new(),
        path: path.into(),
        args,
        caller: Caller::Anonymous,
    }
}

/// Which of the queries were re-run.
fn rerun(refreshed: &Refreshed) -> Vec<bool> {
    refreshed.outcomes.iter().map(Option::is_some).collect()
}

#[test]
fn a_query_reruns_only_when_a_table_it_read_was_written() {
    let project = tempfile::tempdir().unwrap();
    let dir = project.path().to_path_buf();
    copy_app("dev-app", &dir);
    assert!(run_convexkit(&dir, &["codegen"]).status.success());
    let open_dir = dir.clone();
    let (worker, thread) = Worker::start(Box::new(move || {
        LocalRuntime::open(
            &open_dir,
            &open_dir.join(".convexkit/db.sqlite3"),
            Options::default(),
        )
    }))
    .unwrap();
    let tokio = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    tokio.block_on(async {
        let send = || {
            call(
                Kind::Mutation,
                "messages:send",
                json!({ "author": "a", "body": "b" }),
            )
        };
        let schedule = || {
            call(
                Kind::Mutation,
                "scheduler:scheduleSoon",
                json!({ "name": "later", "delayMs": 3_600_000 }),
            )
        };
        // Both tables exist before the queries first run.
        worker.call(schedule()).await.result.unwrap();
        worker.call(send()).await.result.unwrap();

        let queries = [
            call(Kind::Query, "messages:list", json!({})),
            call(Kind::Query, "scheduler:scheduled", json!({})),
        ];
        let first = worker
            .refresh(
                0,
                queries
                    .iter()
                    .map(|call| Subscribed {
                        call: call.clone(),
                        read: None,
                    })
                    .collect(),
            )
            .await;
        assert_eq!(rerun(&first), [true, true], "new queries run");
        let reads: Vec<_> = first
            .outcomes
            .iter()
            .map(|outcome| outcome.as_ref().unwrap().1.clone())
            .collect();
        let subscribed = || {
            queries
                .iter()
                .zip(&reads)
                .map(|(call, read)| Subscribed {
                    call: call.clone(),
                    read: Some(read.clone()),
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(
            rerun(&worker.refresh(first.at.epoch, subscribed()).await),
            [false, false],
            "nothing was written"
        );

        worker.call(send()).await.result.unwrap();
        let after_send = worker.refresh(first.at.epoch, subscribed()).await;
        assert_eq!(rerun(&after_send), [true, false], "a message was written");
        let messages = after_send.outcomes[0]
            .as_ref()
            .unwrap()
            .0
            .result
            .clone()
            .unwrap();
        assert_eq!(messages.as_array().unwrap().len(), 2);
        assert!(after_send.at.version > first.at.version);

        worker.call(schedule()).await.result.unwrap();
        let after_schedule = worker.refresh(after_send.at.epoch, subscribed()).await;
        assert_eq!(rerun(&after_schedule), [false, true], "a job was scheduled");

        // A reload may change any query's code: everything runs again.
        worker.reload().await.unwrap();
        let after_reload = worker.refresh(after_schedule.at.epoch, subscribed()).await;
        assert_eq!(rerun(&after_reload), [true, true]);
    });
    drop(worker);
    thread.join().unwrap();
}
