//! `convexkit dev` on the dev-app fixture, driven from Node by the real `convex` client
//! (tests/fixtures/dev-app/client/*.mjs): ConvexHttpClient calls, a ConvexClient
//! subscription updated by a mutation, uploads, HTTP actions; the scheduler and crons run
//! on their own; SIGTERM stops it with exit 0 and the data kept.

use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::Value;

use convexkit_tests::dev_server::{get, post, Dev};
use convexkit_tests::{copy_app, run_convexkit};

/// A query through the HTTP API: its `value`, or None when it failed.
fn query(port: u16, path: &str) -> Option<Value> {
    let body = serde_json::json!({ "path": path, "args": {}, "format": "json" });
    let answer = post(port, "/api/query", &body)?;
    (answer["status"] == "success").then(|| answer["value"].clone())
}

fn project() -> tempfile::TempDir {
    let project = tempfile::Builder::new()
        .prefix("convexkit-dev-app-")
        .tempdir()
        .unwrap();
    copy_app("dev-app", project.path());
    project
}

/// Runs a function in the stopped project: the data `dev` left.
fn run(project: &Path, function: &str) -> Value {
    run_with(project, &[function])
}

#[test]
fn the_real_convex_client_talks_to_convexkit_dev() {
    let project = project();
    let dir = project.path();
    let dev = Dev::start(dir);

    let http = dev.client(dir, "http-client");
    assert_eq!(http["errorData"]["code"], "NOPE");
    let subscription = dev.client(dir, "subscription");
    assert!(
        subscription["updates"].as_u64().unwrap() >= 2,
        "{subscription}"
    );

    let status = dev.stop();
    assert!(status.success(), "dev exits 0 on SIGTERM: {status:?}");
    // Everything committed is kept: the two messages of the HTTP client and the
    // subscription's.
    let messages = run(dir, "messages:list");
    assert!(messages.as_array().unwrap().len() >= 3, "{messages}");
}

#[test]
fn scheduler_crons_and_the_components_that_run_on_them() {
    let project = project();
    let dir = project.path();
    let dev = Dev::start(dir);
    // The script waits for every flow to finish and checks each (see its header).
    let background = dev.client(dir, "background");
    assert_eq!(
        background["computed"], 1,
        "the action cache ran the action once"
    );
    assert_eq!(background["workStatus"]["state"], "finished");
    assert!(dev.stop().success());
    // The app's cron (every second) and the crons component's kept their runs.
    let ticks = run(dir, "scheduler:jobs")
        .as_array()
        .unwrap()
        .iter()
        .filter(|job| job["name"] == "tick")
        .count();
    assert!(ticks >= 1);
}

/// Polls `path` until it answers `expected` (or the time is up).
fn wait_for(dev: &Dev, path: &str, expected: &Value) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while query(dev.port, path).as_ref() != Some(expected) {
        assert!(
            Instant::now() < deadline,
            "{path} never answered {expected}:\n{}",
            dev.log()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn a_change_reloads_the_modules_and_keeps_the_data() {
    let project = project();
    let dir = project.path();
    let dev = Dev::start(dir);
    let module = dir.join("convex/extra.ts");
    let version = |answer: &str| {
        format!(
            "import {{ query }} from \"./_generated/server\";\nexport const ping = query({{ args: {{}}, handler: async () => \"{answer}\" }});\n"
        )
    };
    dev.client(dir, "http-client");
    std::fs::write(&module, version("pong")).unwrap();
    wait_for(&dev, "extra:ping", &Value::from("pong"));
    std::fs::write(&module, version("pong again")).unwrap();
    wait_for(&dev, "extra:ping", &Value::from("pong again"));

    // A broken module keeps the last good version serving, with the error printed.
    std::fs::write(
        &module,
        "export const ping = query({ args: {} handler }});\n",
    )
    .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while !dev.log().contains("not reloaded") {
        assert!(Instant::now() < deadline, "{}", dev.log());
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(
        dev.log().contains("extra.ts:1:"),
        "the error names the file and line:\n{}",
        dev.log()
    );
    assert_eq!(
        query(dev.port, "extra:ping"),
        Some(Value::from("pong again"))
    );
    // The data written before the reloads is still there.
    let messages = query(dev.port, "messages:list").unwrap();
    assert!(messages.as_array().unwrap().len() >= 2, "{messages}");
    assert!(dev.stop().success());
}

#[test]
fn runaway_recursion_is_a_range_error_and_dev_keeps_serving() {
    let project = project();
    std::fs::write(
        project.path().join("convex/deep.ts"),
        "import { query } from \"./_generated/server\";\n\
         function down(n: number): number { return down(n + 1) + 1; }\n\
         export const caught = query({ args: {}, handler: async () => { try { return down(0); } catch (e) { return `${(e as Error).name}: ${e instanceof RangeError}`; } } });\n\
         export const uncaught = query({ args: {}, handler: async () => down(0) });\n",
    )
    .unwrap();
    let dev = Dev::start(project.path());
    assert_eq!(
        query(dev.port, "deep:caught"),
        Some(Value::from("RangeError: true")),
        "{}",
        dev.log()
    );
    let body = serde_json::json!({ "path": "deep:uncaught", "args": {}, "format": "json" });
    let answer = post(dev.port, "/api/query", &body).expect("an answer, not a dead server");
    assert_eq!(answer["status"], "error");
    assert!(
        answer["errorMessage"]
            .as_str()
            .is_some_and(|m| m.contains("Maximum call stack size exceeded")),
        "{answer}"
    );
    // The server is still up.
    assert!(query(dev.port, "deep:caught").is_some(), "{}", dev.log());
    assert!(dev.stop().success());
}

#[test]
fn a_crashed_server_process_restarts_on_the_same_data() {
    let project = project();
    std::fs::write(
        project.path().join("convex/crash.ts"),
        "import { query } from \"./_generated/server\";\nexport const boom = query({ args: {}, handler: async () => 1 });\n",
    )
    .unwrap();
    // The test-only hook makes the server process abort when `crash:boom` is called.
    let dev = Dev::start_with_env(
        project.path(),
        &[],
        &[("CONVEXKIT_TEST_ABORT_IN", "crash:boom")],
    );
    let send = serde_json::json!({
        "path": "messages:send", "args": { "author": "ada", "body": "before the crash" }, "format": "json",
    });
    let sent = post(dev.port, "/api/mutation", &send).expect("the mutation answers");
    assert_eq!(sent["status"], "success", "{sent}");
    let token_file = project.path().join(".convexkit/db.sqlite3.dashboard-token");
    let token = std::fs::read_to_string(&token_file).unwrap();
    let boom = serde_json::json!({ "path": "crash:boom", "args": {}, "format": "json" });
    assert!(
        post(dev.port, "/api/query", &boom).is_none(),
        "the process died mid-request"
    );
    // The supervisor starts a new server process on the same port and database.
    let deadline = Instant::now() + Duration::from_secs(120);
    while get(dev.port, "/version").is_none() {
        assert!(Instant::now() < deadline, "never restarted:\n{}", dev.log());
        std::thread::sleep(Duration::from_millis(100));
    }
    let bodies: Vec<Value> = query(dev.port, "messages:list")
        .and_then(|list| list.as_array().cloned())
        .unwrap_or_default()
        .iter()
        .map(|m| m["body"].clone())
        .collect();
    assert!(
        bodies.contains(&Value::from("before the crash")),
        "{bodies:?}\n{}",
        dev.log()
    );
    let log = dev.log();
    assert!(
        log.contains("died (signal 6: SIGABRT, an abort) while running `crash:boom` (module `crash` of the app)")
            && log.contains("restarting on the same database"),
        "{log}"
    );
    // Clients carry on: a new write lands in the new process, and an open dashboard page
    // keeps its token.
    let after = post(dev.port, "/api/mutation", &send).expect("the restarted server answers");
    assert_eq!(after["status"], "success", "{after}");
    assert_eq!(std::fs::read_to_string(&token_file).unwrap(), token);
    let page = get(dev.dashboard_port(), "/").expect("the dashboard answers again");
    assert!(page.contains(&token), "{page}");
    assert!(dev.stop().success());
}

#[test]
fn env_vars_set_beside_a_running_dev_are_seen_without_a_restart() {
    let project = project();
    let dir = project.path();
    let env = |args: &[&str]| {
        let mut all = vec!["env"];
        all.extend_from_slice(args);
        let output = run_convexkit(dir, &all);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    env(&["set", "GREETING", "hello"]);
    assert_eq!(
        run_with(dir, &["settings:env", r#"{"name":"GREETING"}"#]),
        "hello"
    );
    // `--env` overrides what the database holds.
    assert_eq!(
        run_with(
            dir,
            &[
                "--env",
                "GREETING=override",
                "settings:env",
                r#"{"name":"GREETING"}"#
            ]
        ),
        "override"
    );

    let dev = Dev::start(dir);
    let answer = dev.client(dir, "env");
    assert_eq!(answer["value"], "hello");
    // Built in, as on a deployment: where HTTP actions are served.
    assert_eq!(
        answer["site"],
        format!("http://127.0.0.1:{}", dev.port + 1),
        "{answer}"
    );
    env(&["set", "GREETING=bye"]);
    assert_eq!(dev.client(dir, "env")["value"], "bye");
    env(&["remove", "GREETING"]);
    assert_eq!(dev.client(dir, "env")["value"], Value::Null);
    assert!(dev.stop().success());
    assert_eq!(env(&["list"]), "");
}

/// `convexkit run ARGS...` in the project: its JSON result.
fn run_with(project: &Path, args: &[&str]) -> Value {
    let mut all = vec!["run"];
    all.extend_from_slice(args);
    let output = run_convexkit(project, &all);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn the_http_api_writes_values_in_the_format_asked_for() {
    let project = project();
    let dir = project.path();
    let dev = Dev::start(dir);
    let answer = |format: Option<&str>| {
        let mut body = serde_json::json!({ "path": "settings:typed", "args": {} });
        if let Some(format) = format {
            body["format"] = format.into();
        }
        post(dev.port, "/api/query", &body).expect("an answer")
    };
    // The backend's clean export.
    let clean = serde_json::json!({
        "bytes": "AAEC", "count": "42", "low": "-Infinity", "nan": "NaN", "plain": 1.5
    });
    assert_eq!(answer(Some("json"))["value"], clean);
    assert_eq!(
        answer(None)["value"],
        clean,
        "a request without format from a new client"
    );
    // What the clients ask for: the export form, which decodes back to the same values.
    let encoded = answer(Some("convex_encoded_json"));
    assert_eq!(
        encoded["value"]["count"],
        serde_json::json!({ "$integer": "KgAAAAAAAAA=" })
    );
    assert_eq!(
        encoded["value"]["bytes"],
        serde_json::json!({ "$bytes": "AAEC" })
    );
    let bad = answer(Some("xml"));
    assert_eq!(bad["code"], "BadFormat", "{bad}");
    assert!(dev.stop().success());
}

#[test]
fn a_text_search_subscription_sees_a_new_match() {
    let project = project();
    let dir = project.path();
    let dev = Dev::start(dir);
    let answer = dev.client(dir, "search-subscription");
    assert_eq!(
        answer["found"].as_array().map(Vec::len),
        Some(1),
        "{answer}"
    );
    assert!(dev.stop().success());
}
