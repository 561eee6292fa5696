//! The runtime's own thread. The app's isolates and its database connection are
//! single-threaded, so every request reaches them through one queue, in order; between
//! requests the thread runs the scheduled functions and cron jobs that are due.
//!
//! Every change (a committed write, a reload) is published as a new epoch with the tables
//! it wrote, kept in a short history, so a subscription re-runs only the queries whose
//! reads meet something written since it last looked.

use std::collections::{BTreeSet, VecDeque};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use serde_json::Value as Json;
use tokio::sync::{broadcast, oneshot, watch};

use crate::auth::{Authenticator, Caller};
use crate::engine::isolate::Kind;
use crate::executions::{Execution, Source};
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
    /// Who calls (the client's verified user, or anonymous).
    pub caller: Caller,
}

/// How a call ended, what it logged, and the database version after it.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub result: Result<Json, RunError>,
    /// Console output, `[LOG] text` (what the clients print as the function's logs).
    pub log_lines: Vec<String>,
    pub version: i64,
}

/// The tables a query read (by number).
pub type ReadSet = BTreeSet<u32>;

/// A subscribed query, with what it read when it last ran (None: it has not run).
pub struct Subscribed {
    pub call: Call,
    pub read: Option<ReadSet>,
}

/// What changed, as subscriptions see it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Published {
    /// Moves with every change.
    pub epoch: u64,
    /// The database version (the last commit's timestamp; it never goes back).
    pub version: i64,
}

/// The answer to a refresh: the state it ran at, and for each query the new outcome and
/// read set, or None when nothing it read has changed.
pub struct Refreshed {
    pub at: Published,
    pub outcomes: Vec<Option<(Outcome, ReadSet)>>,
}

enum Request {
    Call(Call, oneshot::Sender<Outcome>),
    /// Re-run the queries whose reads changed since an epoch, together.
    Refresh(u64, Vec<Subscribed>, oneshot::Sender<Refreshed>),
    /// Loads the project again (its modules changed); the data stays.
    Reload(oneshot::Sender<Result<(), RunError>>),
    /// Any other work on the runtime (it answers through its own channel), on behalf of
    /// a source.
    With(Source, Box<dyn FnOnce(&LocalRuntime) + Send>),
}

/// The runtime thread's stack (see `Worker::start`).
const RUNTIME_STACK: usize = 64 << 20;

/// Opens the project's runtime (again, on a reload).
pub type Open = Box<dyn Fn() -> Result<LocalRuntime, RunError> + Send>;

/// The handle requests go through; the thread stops when every handle is dropped.
#[derive(Clone)]
pub struct Worker {
    requests: mpsc::Sender<Request>,
    published: watch::Receiver<Published>,
    /// Verifies clients' tokens against the providers of the loaded app's auth config.
    pub auth: Arc<Authenticator>,
    /// Every function execution, as it ends.
    pub executions: Arc<ExecutionFeed>,
}

/// How many executions [`ExecutionFeed::recent`] remembers.
const RECENT_EXECUTIONS: usize = 1000;

/// The runtime's executions, numbered: the last [`RECENT_EXECUTIONS`] kept, and each sent
/// to every subscriber as it ends.
pub struct ExecutionFeed {
    recent: Mutex<VecDeque<Execution>>,
    sender: broadcast::Sender<Execution>,
    next_id: AtomicU64,
}

impl Default for ExecutionFeed {
    fn default() -> Self {
        Self {
            recent: Mutex::default(),
            sender: broadcast::channel(RECENT_EXECUTIONS).0,
            next_id: AtomicU64::new(1),
        }
    }
}

impl ExecutionFeed {
    /// The remembered executions after the one numbered `after`, oldest first.
    pub fn recent(&self, after: u64) -> Vec<Execution> {
        let recent = self.recent.lock().unwrap_or_else(|e| e.into_inner());
        recent.iter().filter(|e| e.id > after).cloned().collect()
    }

    /// Executions from now on.
    pub fn subscribe(&self) -> broadcast::Receiver<Execution> {
        self.sender.subscribe()
    }

    /// Takes what `runtime` recorded, started by `source`.
    fn publish(&self, runtime: &LocalRuntime, source: Source) {
        let executions = runtime.take_executions();
        if executions.is_empty() {
            return;
        }
        let mut recent = self.recent.lock().unwrap_or_else(|e| e.into_inner());
        for mut execution in executions {
            execution.id = self.next_id.fetch_add(1, Ordering::Relaxed);
            execution.source = Some(source);
            recent.push_back(execution.clone());
            if recent.len() > RECENT_EXECUTIONS {
                recent.pop_front();
            }
            // Nobody listening is fine.
            let _ = self.sender.send(execution);
        }
    }
}

/// How long the thread sleeps when nothing is due, so jobs scheduled from outside (another
/// process writing the same database) are picked up too.
const IDLE_WAKE: Duration = Duration::from_millis(500);

/// How many changes are remembered; a subscription further behind re-runs everything.
const HISTORY: usize = 4096;

/// What a supervising process (`convexkit dev` runs the server in a child it restarts
/// after a crash) learns from the runtime thread.
#[derive(Default)]
pub struct Supervision {
    /// Where the function now running is written (truncated when none is), so that the
    /// supervisor can name it if the process dies.
    pub running: Option<std::fs::File>,
    /// For tests of the supervisor only: abort the process when this function
    /// (`module:export` of the app) is called.
    pub abort_in: Option<String>,
}

impl Supervision {
    fn mark(&mut self, running: Option<&str>) {
        use std::io::{Seek, Write};
        if let Some(file) = &mut self.running {
            let _ = file.set_len(0);
            let _ = file.rewind();
            if let Some(running) = running {
                let _ = file.write_all(running.as_bytes());
            }
        }
    }
}

impl Worker {
    /// Starts the thread; fails if the project cannot be loaded.
    pub fn start(open: Open) -> Result<(Self, JoinHandle<()>), RunError> {
        Self::start_supervised(open, Supervision::default())
    }

    /// [`Self::start`], reporting what runs to a supervisor.
    pub fn start_supervised(
        open: Open,
        supervision: Supervision,
    ) -> Result<(Self, JoinHandle<()>), RunError> {
        let (requests, queue) = mpsc::channel();
        let (loaded, started) = std::sync::mpsc::channel();
        let (publisher, published) = watch::channel(Published::default());
        let auth = Arc::new(Authenticator::default());
        let providers = auth.clone();
        let executions = Arc::new(ExecutionFeed::default());
        let feed = executions.clone();
        let thread = std::thread::Builder::new()
            .name("convexkit-runtime".into())
            // QuickJS may use 4 MB of stack before a runaway recursion becomes a RangeError
            // (isolate.rs); the thread needs that and the host's own frames above it.
            .stack_size(RUNTIME_STACK)
            .spawn(move || {
                let runtime = match open().and_then(|runtime| deploy(runtime, &providers)) {
                    Ok(runtime) => {
                        let _ = loaded.send(Ok(()));
                        runtime.record_executions();
                        runtime
                    }
                    Err(error) => {
                        let _ = loaded.send(Err(error));
                        return;
                    }
                };
                Thread {
                    runtime,
                    open,
                    auth: providers,
                    publisher,
                    history: VecDeque::new(),
                    supervision,
                    executions: feed,
                }
                .serve(&queue);
            })
            .map_err(|e| RunError::new(format!("cannot start the runtime thread: {e}")))?;
        started
            .recv()
            .map_err(|_| RunError::new("the runtime thread stopped while loading"))??;
        Ok((
            Self {
                requests,
                published,
                auth,
                executions,
            },
            thread,
        ))
    }

    pub async fn call(&self, call: Call) -> Outcome {
        let (reply, answer) = oneshot::channel();
        if self.requests.send(Request::Call(call, reply)).is_err() {
            return stopped();
        }
        answer.await.unwrap_or_else(|_| stopped())
    }

    /// Re-runs, together, the queries whose reads changed since `epoch`.
    pub async fn refresh(&self, epoch: u64, queries: Vec<Subscribed>) -> Refreshed {
        let (reply, answer) = oneshot::channel();
        let count = queries.len();
        let failed = move || Refreshed {
            at: Published::default(),
            outcomes: (0..count)
                .map(|_| Some((stopped(), ReadSet::new())))
                .collect(),
        };
        if self
            .requests
            .send(Request::Refresh(epoch, queries, reply))
            .is_err()
        {
            return failed();
        }
        answer.await.unwrap_or_else(|_| failed())
    }

    pub async fn reload(&self) -> Result<(), RunError> {
        let (reply, answer) = oneshot::channel();
        self.requests
            .send(Request::Reload(reply))
            .map_err(|_| stopped().result.unwrap_err())?;
        answer.await.map_err(|_| stopped().result.unwrap_err())?
    }

    /// Runs `work` on the runtime's thread, on behalf of `source`, and returns what it
    /// returns.
    pub async fn with<T: Send + 'static>(
        &self,
        source: Source,
        work: impl FnOnce(&LocalRuntime) -> Result<T, RunError> + Send + 'static,
    ) -> Result<T, RunError> {
        let (reply, answer) = oneshot::channel();
        let request = Request::With(
            source,
            Box::new(move |runtime| {
                let _ = reply.send(work(runtime));
            }),
        );
        self.requests
            .send(request)
            .map_err(|_| stopped().result.unwrap_err())?;
        answer.await.map_err(|_| stopped().result.unwrap_err())?
    }

    /// What has changed, as it changes.
    pub fn changes(&self) -> watch::Receiver<Published> {
        self.published.clone()
    }
}

fn stopped() -> Outcome {
    Outcome {
        result: Err(RunError::new("the local runtime has stopped")),
        log_lines: Vec::new(),
        version: 0,
    }
}

struct Thread {
    runtime: LocalRuntime,
    open: Open,
    auth: Arc<Authenticator>,
    publisher: watch::Sender<Published>,
    /// (epoch, tables written; None: everything may have changed, as after a reload).
    history: VecDeque<(u64, Option<ReadSet>)>,
    supervision: Supervision,
    executions: Arc<ExecutionFeed>,
}

impl Thread {
    fn serve(mut self, queue: &mpsc::Receiver<Request>) {
        loop {
            let wait = match self.runtime.next_due() {
                Ok(Some(due)) => Duration::from_millis((due - now_ms()).clamp(0.0, 500.0) as u64),
                _ => IDLE_WAKE,
            };
            match queue.recv_timeout(wait) {
                Ok(Request::Call(call, reply)) => {
                    let (result, log_lines) = self.supervised_call(&call);
                    self.executions.publish(&self.runtime, Source::Client);
                    let version = self.publish(false).version;
                    let _ = reply.send(Outcome {
                        result,
                        log_lines,
                        version,
                    });
                }
                Ok(Request::Refresh(since, queries, reply)) => {
                    let refreshed = self.refresh(since, queries);
                    self.executions.publish(&self.runtime, Source::Client);
                    let _ = reply.send(refreshed);
                }
                Ok(Request::Reload(reply)) => {
                    let reloaded = (self.open)()
                        .and_then(|fresh| deploy(fresh, &self.auth))
                        .map(|fresh| {
                            fresh.record_executions();
                            self.runtime = fresh;
                        });
                    self.publish(reloaded.is_ok());
                    let _ = reply.send(reloaded);
                }
                Ok(Request::With(source, work)) => {
                    work(&self.runtime);
                    self.executions.publish(&self.runtime, source);
                    self.publish(false);
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => return,
            }
            self.supervision
                .mark(Some("scheduled functions and cron jobs"));
            run_due_jobs(&self.runtime, &self.executions);
            self.supervision.mark(None);
            self.publish(false);
        }
    }

    /// [`Self::call`], with the supervisor told what runs.
    fn supervised_call(&mut self, call: &Call) -> (Result<Json, RunError>, Vec<String>) {
        let module = call.path.split(':').next().unwrap_or_default();
        let instance = if call.component.is_empty() {
            "the app".to_string()
        } else {
            format!("component `{}`", call.component)
        };
        self.supervision.mark(Some(&format!(
            "`{}` (module `{module}` of {instance})",
            call.path
        )));
        if call.component.is_empty() && self.supervision.abort_in.as_deref() == Some(&call.path) {
            std::process::abort();
        }
        let outcome = self.call(call);
        self.supervision.mark(None);
        outcome
    }

    fn refresh(&mut self, since: u64, queries: Vec<Subscribed>) -> Refreshed {
        // Reads of what the thread itself did (jobs, earlier calls) are not this refresh's.
        self.runtime.take_touched();
        let at = *self.publisher.borrow();
        let changed = self.written_since(since);
        let outcomes = queries
            .into_iter()
            .map(|query| {
                let unchanged = match (&query.read, &changed) {
                    (Some(read), Some(changed)) => read.is_disjoint(changed),
                    _ => false,
                };
                if unchanged {
                    return None;
                }
                let (result, log_lines) = self.supervised_call(&query.call);
                let read = self.runtime.take_touched().read;
                Some((
                    Outcome {
                        result,
                        log_lines,
                        version: at.version,
                    },
                    read,
                ))
            })
            .collect();
        Refreshed { at, outcomes }
    }

    /// Runs a client's call; its result and what it logged.
    fn call(&self, call: &Call) -> (Result<Json, RunError>, Vec<String>) {
        self.runtime.capture_logs(|runtime| {
            runtime.as_caller(&call.caller, |runtime| {
                runtime.call_public(call.kind, &call.component, &call.path, &call.args)
            })
        })
    }

    /// The tables written after `epoch`; None when that is unknown (too long ago, or a
    /// reload happened since).
    fn written_since(&self, epoch: u64) -> Option<ReadSet> {
        let oldest = self.history.front().map_or(u64::MAX, |(e, _)| *e);
        if epoch + 1 < oldest && epoch < self.publisher.borrow().epoch {
            return None;
        }
        let mut written = ReadSet::new();
        for (_, tables) in self.history.iter().filter(|(e, _)| *e > epoch) {
            written.extend(tables.as_ref()?);
        }
        Some(written)
    }

    /// Publishes what changed since the last time: a new epoch when a transaction committed
    /// (or `everything` changed); returns the published state.
    fn publish(&mut self, everything: bool) -> Published {
        let version = self.runtime.last_commit();
        let written = self.runtime.take_touched().written;
        let current = *self.publisher.borrow();
        if !everything && version <= current.version {
            return current;
        }
        let next = Published {
            epoch: current.epoch + 1,
            // A reloaded runtime counts from 0 again: the version never goes back.
            version: version.max(current.version),
        };
        self.history
            .push_back((next.epoch, (!everything).then_some(written)));
        if self.history.len() > HISTORY {
            self.history.pop_front();
        }
        self.publisher.send_replace(next);
        next
    }
}

/// What a push does once the modules load: the auth config's providers are read (a
/// broken auth config fails the push) and the cron jobs scheduled.
fn deploy(runtime: LocalRuntime, auth: &Authenticator) -> Result<LocalRuntime, RunError> {
    auth.set_providers(runtime.auth_providers()?);
    deploy_crons(&runtime);
    Ok(runtime)
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
fn run_due_jobs(runtime: &LocalRuntime, executions: &ExecutionFeed) {
    loop {
        let now = now_ms();
        let (ran, source) = match runtime.run_next_job(now) {
            Ok(None) => (runtime.run_next_cron(now), Source::Cron),
            other => (other, Source::Scheduler),
        };
        executions.publish(runtime, source);
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
