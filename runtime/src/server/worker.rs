//! The runtime's own thread. The app's isolates and its database connection are
//! single-threaded, so every request reaches them through one queue, in order; between
//! requests the thread runs the scheduled functions that are due. Each committed write
//! moves the database version, which subscriptions watch.

use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::Duration;

use serde_json::Value as Json;
use tokio::sync::{oneshot, watch};

use crate::engine::isolate::Kind;
use crate::project::{now_ms, LocalRuntime, RunError};
use crate::scheduler::JobOutcome;

/// A public function call, as a client asks for it.
#[derive(Debug, Clone)]
pub struct Call {
    /// The kind asked for (`None`: any, as `/api/function` serves).
    pub kind: Option<Kind>,
    /// The component instance path (`""` for the app).
    pub component: String,
    /// `module:export`.
    pub path: String,
    /// The arguments object, in JSON export form.
    pub args: Json,
}

/// How a call ended, and the database version after it.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub result: Result<Json, RunError>,
    pub version: i64,
}

enum Request {
    Call(Call, oneshot::Sender<Outcome>),
    /// Queries run together, at one database version.
    Queries(Vec<Call>, oneshot::Sender<(i64, Vec<Outcome>)>),
    /// Loads the project again (its modules changed); the data stays.
    Reload(oneshot::Sender<Result<(), RunError>>),
    /// Any other work on the runtime (it answers through its own channel).
    With(Box<dyn FnOnce(&LocalRuntime) + Send>),
}

/// Opens the project's runtime (again, on a reload).
pub type Open = Box<dyn Fn() -> Result<LocalRuntime, RunError> + Send>;

/// The handle requests go through; the thread stops when every handle is dropped.
#[derive(Clone)]
pub struct Worker {
    requests: mpsc::Sender<Request>,
    version: watch::Receiver<i64>,
}

/// How long the thread sleeps when nothing is due, so jobs scheduled from outside (another
/// process writing the same database) are picked up too.
const IDLE_WAKE: Duration = Duration::from_millis(500);

impl Worker {
    /// Starts the thread; fails if the project cannot be loaded.
    pub fn start(open: Open) -> Result<(Self, JoinHandle<()>), RunError> {
        let (requests, queue) = mpsc::channel();
        let (loaded, started) = std::sync::mpsc::channel();
        let (version_tx, version) = watch::channel(0);
        let thread = std::thread::Builder::new()
            .name("convexkit-runtime".into())
            .spawn(move || {
                let runtime = match open() {
                    Ok(runtime) => {
                        deploy_crons(&runtime);
                        let _ = loaded.send(Ok(()));
                        runtime
                    }
                    Err(error) => {
                        let _ = loaded.send(Err(error));
                        return;
                    }
                };
                serve(runtime, &open, &queue, &version_tx);
            })
            .map_err(|e| RunError::new(format!("cannot start the runtime thread: {e}")))?;
        started
            .recv()
            .map_err(|_| RunError::new("the runtime thread stopped while loading"))??;
        Ok((Self { requests, version }, thread))
    }

    pub async fn call(&self, call: Call) -> Outcome {
        let (reply, answer) = oneshot::channel();
        if self.requests.send(Request::Call(call, reply)).is_err() {
            return stopped();
        }
        answer.await.unwrap_or_else(|_| stopped())
    }

    /// Runs queries at one database version, which it returns with their outcomes.
    pub async fn queries(&self, calls: Vec<Call>) -> (i64, Vec<Outcome>) {
        let (reply, answer) = oneshot::channel();
        let count = calls.len();
        if self.requests.send(Request::Queries(calls, reply)).is_err() {
            return (0, (0..count).map(|_| stopped()).collect());
        }
        answer
            .await
            .unwrap_or_else(|_| (0, (0..count).map(|_| stopped()).collect()))
    }

    pub async fn reload(&self) -> Result<(), RunError> {
        let (reply, answer) = oneshot::channel();
        self.requests
            .send(Request::Reload(reply))
            .map_err(|_| stopped().result.unwrap_err())?;
        answer.await.map_err(|_| stopped().result.unwrap_err())?
    }

    /// Runs `work` on the runtime's thread and returns what it returns.
    pub async fn with<T: Send + 'static>(
        &self,
        work: impl FnOnce(&LocalRuntime) -> Result<T, RunError> + Send + 'static,
    ) -> Result<T, RunError> {
        let (reply, answer) = oneshot::channel();
        let request = Request::With(Box::new(move |runtime| {
            let _ = reply.send(work(runtime));
        }));
        self.requests
            .send(request)
            .map_err(|_| stopped().result.unwrap_err())?;
        answer.await.map_err(|_| stopped().result.unwrap_err())?
    }

    /// The database version, which changes with every committed write.
    pub fn versions(&self) -> watch::Receiver<i64> {
        self.version.clone()
    }
}

fn stopped() -> Outcome {
    Outcome {
        result: Err(RunError::new("the local runtime has stopped")),
        version: 0,
    }
}

fn serve(
    mut runtime: LocalRuntime,
    open: &Open,
    queue: &mpsc::Receiver<Request>,
    version: &watch::Sender<i64>,
) {
    loop {
        let wait = match runtime.next_due() {
            Ok(Some(due)) => Duration::from_millis((due - now_ms()).clamp(0.0, 500.0) as u64),
            _ => IDLE_WAKE,
        };
        match queue.recv_timeout(wait) {
            Ok(Request::Call(call, reply)) => {
                let result =
                    runtime.call_public(call.kind, &call.component, &call.path, &call.args);
                let version = publish(&runtime, version);
                let _ = reply.send(Outcome { result, version });
            }
            Ok(Request::Queries(calls, reply)) => {
                let at = *version.borrow();
                let outcomes = calls
                    .iter()
                    .map(|call| Outcome {
                        result: runtime.call_public(
                            call.kind,
                            &call.component,
                            &call.path,
                            &call.args,
                        ),
                        version: at,
                    })
                    .collect();
                let _ = reply.send((at, outcomes));
            }
            Ok(Request::Reload(reply)) => {
                let reloaded = open().map(|fresh| {
                    deploy_crons(&fresh);
                    runtime = fresh;
                });
                let _ = reply.send(reloaded);
            }
            Ok(Request::With(work)) => {
                work(&runtime);
                publish(&runtime, version);
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => return,
        }
        run_due_jobs(&runtime);
        publish(&runtime, version);
    }
}

fn deploy_crons(runtime: &LocalRuntime) {
    match runtime.deploy_crons() {
        Ok(problems) => {
            for problem in problems {
                eprintln!("error: {problem}");
            }
        }
        Err(error) => eprintln!("error: cannot schedule the cron jobs: {error}"),
    }
}

/// Runs the scheduled functions and cron jobs that are due, in order of time.
fn run_due_jobs(runtime: &LocalRuntime) {
    loop {
        let now = now_ms();
        let ran = match runtime.run_next_job(now) {
            Ok(None) => runtime.run_next_cron(now),
            other => other,
        };
        match ran {
            Ok(Some(run)) => {
                if let JobOutcome::Failed(_) = run.outcome {
                    eprintln!("{run}");
                }
            }
            Ok(None) => return,
            Err(error) => {
                eprintln!("error: the scheduler stopped: {error}");
                return;
            }
        }
    }
}

/// Moves the published version to the runtime's last commit and returns it. It never goes
/// back: a reloaded runtime starts counting from 0 again.
fn publish(runtime: &LocalRuntime, version: &watch::Sender<i64>) -> i64 {
    let current = runtime.last_commit();
    version.send_if_modified(|known| {
        let changed = current > *known;
        if changed {
            *known = current;
        }
        changed
    });
    *version.borrow()
}
