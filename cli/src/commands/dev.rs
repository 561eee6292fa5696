//! `convexkit dev`: codegen and check, then the local runtime behind Convex's HTTP API and
//! sync protocol (and HTTP actions on the next port). On every change under the project it
//! runs codegen and check again and reloads the modules, keeping the data. It runs until
//! SIGINT or SIGTERM, then exits 0 once the request in progress has committed.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use notify::{RecursiveMode, Watcher};

use convexkit_runtime::project::{LocalRuntime, Options};
use convexkit_runtime::server::{self, worker::Worker};
use convexkit_runtime::storage::ServingLock;

use super::codegen;
use crate::report::{absolute, print_compact};

pub struct DevArgs<'a> {
    pub project: &'a Path,
    pub database: Option<&'a Path>,
    pub port: u16,
    pub site_port: Option<u16>,
    pub options: Options,
}

/// Changes arriving closer together than this are one reload.
const SETTLE: Duration = Duration::from_millis(150);

pub fn run(args: DevArgs<'_>) -> u8 {
    let project = absolute(args.project);
    let database = args
        .database
        .map(Path::to_path_buf)
        .unwrap_or_else(|| project.join(".convexkit/db.sqlite3"));
    // Held until the process ends: imports into this database wait for it to stop.
    let _serving = match ServingLock::claim(&database) {
        Ok(lock) => lock,
        Err(error) => {
            eprintln!("error: {error}");
            return 1;
        }
    };
    eprintln!("convexkit dev: loading {}", project.display());
    let started = Instant::now();
    if !prepare(&project) {
        eprintln!("convexkit dev: fix the errors above, then run it again");
        return 1;
    }
    let open = {
        let project = project.clone();
        let database = database.clone();
        let options = Options {
            origin: format!("http://127.0.0.1:{}", args.port),
            serving: true,
            ..args.options
        };
        Box::new(move || LocalRuntime::open(&project, &database, options.clone()))
    };
    let (worker, thread) = match Worker::start(open) {
        Ok(started) => started,
        Err(error) => {
            eprintln!("error: {error}");
            return 1;
        }
    };
    let site_port = args.site_port.unwrap_or(args.port.saturating_add(1));
    let tokio = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: cannot start the server: {error}");
            return 1;
        }
    };
    let code = tokio.block_on(async {
        let (stop_tx, stop) = tokio::sync::watch::channel(false);
        let stopped = |mut stop: tokio::sync::watch::Receiver<bool>| async move {
            let _ = stop.wait_for(|stop| *stop).await;
        };
        let api = tokio::spawn(server::serve(
            server::api_router(worker.clone(), database),
            args.port,
            stopped(stop.clone()),
        ));
        let site = tokio::spawn(server::serve(
            server::site_router(worker.clone(), format!("http://127.0.0.1:{site_port}")),
            site_port,
            stopped(stop.clone()),
        ));
        eprintln!(
            "convexkit dev: ready in {} ms — http://127.0.0.1:{} (HTTP actions: http://127.0.0.1:{site_port})",
            started.elapsed().as_millis(),
            args.port
        );
        let watching = tokio::task::spawn_blocking({
            let worker = worker.clone();
            let project = project.clone();
            let stop = stop.clone();
            move || watch(&project, &worker, &stop)
        });
        tokio::select! {
            _ = shutdown_signal() => eprintln!("convexkit dev: stopping"),
            result = api => {
                report_server(result);
                let _ = stop_tx.send(true);
                return 1;
            }
            result = site => {
                report_server(result);
                let _ = stop_tx.send(true);
                return 1;
            }
        }
        let _ = stop_tx.send(true);
        let _ = watching.await;
        0
    });
    drop(tokio);
    drop(worker);
    // The runtime thread finishes the request it is on, commits, and closes the database.
    let _ = thread.join();
    code
}

fn report_server(result: Result<Result<(), String>, tokio::task::JoinError>) {
    match result {
        Ok(Err(error)) => eprintln!("error: {error}"),
        Err(error) => eprintln!("error: the server stopped: {error}"),
        Ok(Ok(())) => {}
    }
}

async fn shutdown_signal() {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut terminate =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(signal) => signal,
                Err(_) => {
                    let _ = interrupt.await;
                    return;
                }
            };
        tokio::select! {
            _ = interrupt => {}
            _ = terminate.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = interrupt.await;
}

/// Codegen, then the project's problems, compactly; false when errors keep it from
/// loading. Lint findings never do: a rule's false positive must not stop the app.
fn prepare(project: &Path) -> bool {
    let files = match codegen::generate(project, None) {
        Ok(files) => files,
        Err(_) => return false,
    };
    if let Err(error) = convexkit_codegen::write_files(&files) {
        eprintln!("error: cannot write the generated files: {error}");
        return false;
    }
    if let Some(linted) = super::check::lint(project) {
        // The generated files were just written: a stale-generated finding is moot.
        let findings: Vec<_> = linted
            .diagnostics
            .into_iter()
            .filter(|d| d.code != "stale-generated")
            .collect();
        print_compact(project, &linted.workspace, &findings);
    }
    true
}

/// Watches the project until `stop`: after each settled burst of changes, prepare and
/// reload.
fn watch(project: &Path, worker: &Worker, stop: &tokio::sync::watch::Receiver<bool>) {
    let (events, changes) = mpsc::channel();
    let mut watcher = match notify::recommended_watcher(move |event| {
        let _ = events.send(event);
    }) {
        Ok(watcher) => watcher,
        Err(error) => {
            eprintln!("warning: cannot watch the project ({error}); changes need a restart");
            return;
        }
    };
    for (path, mode) in watched(project) {
        if path.exists() {
            if let Err(error) = watcher.watch(&path, mode) {
                eprintln!("warning: cannot watch {}: {error}", path.display());
            }
        }
    }
    while !*stop.borrow() {
        let Ok(first) = changes.recv_timeout(Duration::from_millis(200)) else {
            continue;
        };
        let mut relevant = is_relevant(project, first);
        // Let the burst (an editor's save, a git checkout) settle.
        while let Ok(next) = changes.recv_timeout(SETTLE) {
            relevant |= is_relevant(project, next);
        }
        if !relevant {
            continue;
        }
        eprintln!("convexkit dev: change detected, reloading…");
        let started = Instant::now();
        if !prepare(project) {
            eprintln!("convexkit dev: not reloaded (fix the errors above); still serving the last good version");
            continue;
        }
        let reloaded = tokio::runtime::Handle::current().block_on(worker.reload());
        match reloaded {
            Ok(()) => eprintln!(
                "convexkit dev: reloaded in {} ms",
                started.elapsed().as_millis()
            ),
            Err(error) => eprintln!("error: reload failed: {error}"),
        }
    }
}

/// What is watched: the functions folder, and the files that decide the project's shape.
fn watched(project: &Path) -> Vec<(PathBuf, RecursiveMode)> {
    vec![
        (project.join("convex"), RecursiveMode::Recursive),
        (project.join("convex.json"), RecursiveMode::NonRecursive),
        (project.join("package.json"), RecursiveMode::NonRecursive),
        (
            project.join("node_modules/.package-lock.json"),
            RecursiveMode::NonRecursive,
        ),
    ]
}

/// Whether an event touches something codegen or the runtime reads (not `_generated/`,
/// which codegen itself writes).
fn is_relevant(project: &Path, event: notify::Result<notify::Event>) -> bool {
    let Ok(event) = event else { return false };
    if event.kind.is_access() {
        return false;
    }
    event.paths.iter().any(|path| {
        let relative = path.strip_prefix(project).unwrap_or(path);
        !relative
            .components()
            .any(|c| c.as_os_str() == "_generated" || c.as_os_str() == ".convexkit")
    })
}
