//! `convexkit dev`: codegen and check, then the local runtime behind Convex's HTTP API and
//! sync protocol (and HTTP actions on the next port). On every change under the project it
//! runs codegen and check again and reloads the modules, keeping the data. It runs until
//! SIGINT or SIGTERM, then exits 0 once the request in progress has committed.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

use notify::{RecursiveMode, Watcher};

use convexkit_analysis::workspace::Workspace;
use convexkit_runtime::project::{LoadFailure, LocalRuntime, Options};
use convexkit_runtime::server;
use convexkit_runtime::server::worker::{Supervision, Worker};
use convexkit_runtime::storage::ServingLock;

use super::{codegen, supervisor};
use crate::report::{absolute, print_compact};

pub struct DevArgs<'a> {
    pub project: &'a Path,
    pub database: Option<&'a Path>,
    pub port: u16,
    pub site_port: Option<u16>,
    pub dashboard_port: Option<u16>,
    pub options: Options,
}

/// Changes arriving closer together than this are one reload.
const SETTLE: Duration = Duration::from_millis(150);

pub fn run(args: DevArgs<'_>) -> u8 {
    let project = absolute(args.project);
    let database = super::database_of(&project, args.database);
    // The process the user started supervises; a child it restarts after a crash serves.
    let Some(running) = std::env::var_os(supervisor::CHILD) else {
        return supervisor::supervise(&database);
    };
    let running = PathBuf::from(running);
    if let Some(folder) = running.parent() {
        let _ = std::fs::create_dir_all(folder);
    }
    let supervision = Supervision {
        running: std::fs::File::create(&running).ok(),
        abort_in: std::env::var(supervisor::TEST_ABORT_IN).ok(),
    };
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
    // How many modules the last (re)load could not load.
    let unavailable = Arc::new(AtomicUsize::new(0));
    let site_port = args.site_port.unwrap_or(args.port.saturating_add(1));
    let dashboard_port = args.dashboard_port.unwrap_or(args.port.saturating_add(2));
    // Made by the supervising process, so that a restarted server keeps the open pages'.
    let Ok(token) = std::env::var(supervisor::DASHBOARD_TOKEN) else {
        eprintln!("error: the server process was started without its dashboard token");
        return 1;
    };
    if let Err(error) = write_token_file(&database, &token) {
        eprintln!("error: {error}");
        return 1;
    }
    let open = {
        let project = project.clone();
        let database = database.clone();
        let options = Options {
            origin: format!("http://127.0.0.1:{}", args.port),
            site_origin: format!("http://127.0.0.1:{site_port}"),
            serving: true,
            ..args.options
        };
        let unavailable = unavailable.clone();
        Box::new(move || {
            let runtime = LocalRuntime::open(&project, &database, options.clone())?;
            // Every module loads now, as a push analyses them, so a broken one is reported
            // before anything says ready.
            let failures = runtime.load_modules();
            report_load_failures(&project, &failures);
            unavailable.store(failures.len(), Ordering::SeqCst);
            Ok(runtime)
        })
    };
    let (worker, thread) = match Worker::start_supervised(open, supervision) {
        Ok(started) => started,
        Err(error) => {
            eprintln!("error: {error}");
            return 1;
        }
    };
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
        let dashboard = tokio::spawn(server::serve(
            server::dashboard::router(worker.clone(), token, dashboard_port),
            dashboard_port,
            stopped(stop.clone()),
        ));
        let serving = format!(
            "http://127.0.0.1:{} (HTTP actions: http://127.0.0.1:{site_port}, dashboard: http://127.0.0.1:{dashboard_port})",
            args.port
        );
        match unavailable.load(Ordering::SeqCst) {
            0 => eprintln!(
                "convexkit dev: ready in {} ms — {serving}",
                started.elapsed().as_millis()
            ),
            failed => eprintln!(
                "convexkit dev: serving {serving}, but {} did not load (see above): their functions are unavailable until fixed",
                plural(failed, "module")
            ),
        }
        let watching = tokio::task::spawn_blocking({
            let worker = worker.clone();
            let project = project.clone();
            let stop = stop.clone();
            let unavailable = unavailable.clone();
            move || watch(&project, &worker, &stop, &unavailable)
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
            result = dashboard => {
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

/// Writes the dashboard's token beside the database (readable by the user only) for
/// scripts that use the dashboard's API.
fn write_token_file(database: &Path, token: &str) -> Result<(), String> {
    let path = server::dashboard::token_file(database);
    let written = {
        use std::io::Write;
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        options
            .open(&path)
            .and_then(|mut file| file.write_all(token.as_bytes()))
    };
    written.map_err(|e| {
        format!(
            "cannot write the dashboard's token to {}: {e}",
            path.display()
        )
    })
}

fn report_server(result: Result<Result<(), String>, tokio::task::JoinError>) {
    match result {
        Ok(Err(error)) => eprintln!("error: {error}"),
        Err(error) => eprintln!("error: the server stopped: {error}"),
        Ok(Ok(())) => {}
    }
}

pub(crate) async fn shutdown_signal() {
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
    let files: Vec<_> = match codegen::generate(project, None, &Arc::new(Workspace::new())) {
        Ok(generated) => generated
            .files
            .into_iter()
            .map(|(path, contents)| convexkit_codegen::GeneratedFile { path, contents })
            .collect(),
        Err(_) => return false,
    };
    if let Err(error) = convexkit_codegen::write_files(&files) {
        eprintln!("error: cannot write the generated files: {error}");
        return false;
    }
    if let Some(mut linted) = super::check::lint(project, Arc::new(Workspace::new())) {
        // The generated files were just written: a stale-generated finding is moot.
        let findings: Vec<_> = linted
            .diagnostics
            .drain(..)
            .filter(|d| d.code != "stale-generated")
            .collect();
        print_compact(project, &linted.workspace, &findings);
        linted.finish_writing();
    }
    true
}

fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

/// One line per module that did not load: where, in which instance, and why.
fn report_load_failures(project: &Path, failures: &[LoadFailure]) {
    for failure in failures {
        let instance = if failure.instance.is_empty() {
            String::new()
        } else {
            format!(" (component `{}`)", failure.instance)
        };
        match &failure.module {
            Some(module) => eprintln!(
                "error: {}{instance} did not load: {}",
                crate::report::relative(project, module),
                failure.error
            ),
            None => eprintln!(
                "error: component `{}` did not start: {}",
                failure.instance, failure.error
            ),
        }
    }
}

/// Watches the project until `stop`: after each settled burst of changes, prepare and
/// reload.
fn watch(
    project: &Path,
    worker: &Worker,
    stop: &tokio::sync::watch::Receiver<bool>,
    unavailable: &AtomicUsize,
) {
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
        match (reloaded, unavailable.load(Ordering::SeqCst)) {
            (Ok(()), 0) => eprintln!(
                "convexkit dev: reloaded in {} ms",
                started.elapsed().as_millis()
            ),
            (Ok(()), failed) => eprintln!(
                "convexkit dev: reloaded, but {} did not load (see above): their functions are unavailable until fixed",
                plural(failed, "module")
            ),
            (Err(error), _) => eprintln!("error: reload failed: {error}"),
        }
    }
}

/// What is watched: the functions folder, and the files that decide the project's shape.
fn watched(project: &Path) -> Vec<(PathBuf, RecursiveMode)> {
    let functions = convexkit_analysis::config::ProjectConfig::load(project)
        .map_or_else(|_| project.join("convex"), |config| config.functions_dir());
    vec![
        (functions, RecursiveMode::Recursive),
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
