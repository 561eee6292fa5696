//! `convexkit dev` runs its server in a child process and watches it: if the child dies of a
//! signal (a native crash in the JavaScript engine, a stack or memory exhaustion), the
//! supervisor says which function was running and starts a new child on the same ports and
//! database. Everything committed before the crash is in SQLite; clients reconnect.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus};

use convexkit_runtime::server;
use std::time::{Duration, Instant};

/// Set in the child's environment: the file where its runtime writes what runs.
pub const CHILD: &str = "CONVEXKIT_DEV_CHILD";
/// Set in the child's environment: the dashboard's token for this run.
pub const DASHBOARD_TOKEN: &str = "CONVEXKIT_DASHBOARD_TOKEN";
/// For tests of the supervisor: the child aborts when this app function is called.
pub const TEST_ABORT_IN: &str = "CONVEXKIT_TEST_ABORT_IN";

/// More crashes than this within [`CRASH_WINDOW`] stop the supervisor: the app is
/// crashing on start, and restarting would only repeat it.
const MAX_CRASHES: usize = 3;
const CRASH_WINDOW: Duration = Duration::from_secs(60);

/// Runs `convexkit dev` (these arguments) as a child until it exits by itself or on
/// SIGINT/SIGTERM, restarting it after a crash. Returns the exit code.
pub fn supervise(database: &Path) -> u8 {
    let (Ok(exe), args) = (
        std::env::current_exe(),
        std::env::args_os().skip(1).collect::<Vec<_>>(),
    ) else {
        eprintln!("error: cannot find the convexkit executable to run the server");
        return 1;
    };
    let running = running_file(database);
    // One token for every server process of this run: a restart keeps the open pages'.
    let token = match server::dashboard::new_token() {
        Ok(token) => token,
        Err(error) => {
            eprintln!("error: {error}");
            return 1;
        }
    };
    let tokio = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: cannot start the supervisor: {error}");
            return 1;
        }
    };
    let mut crashes: Vec<Instant> = Vec::new();
    loop {
        let _ = std::fs::remove_file(&running);
        let child = Command::new(&exe)
            .args(&args)
            .env(CHILD, &running)
            .env(DASHBOARD_TOKEN, &token)
            .spawn();
        let mut child = match child {
            Ok(child) => child,
            Err(error) => {
                eprintln!("error: cannot start the server process: {error}");
                return 1;
            }
        };
        let pid = child.id();
        let (done, exited) = tokio::sync::oneshot::channel();
        std::thread::spawn(move || {
            let _ = done.send(child.wait());
        });
        let (status, stopping) = tokio.block_on(async {
            let mut exited = exited;
            tokio::select! {
                status = &mut exited => (status, false),
                _ = super::dev::shutdown_signal() => {
                    // The child finishes the request in progress and exits 0.
                    terminate(pid);
                    (exited.await, true)
                }
            }
        });
        let status: ExitStatus = match status {
            Ok(Ok(status)) => status,
            _ => return 1,
        };
        if let Some(code) = status.code() {
            return u8::try_from(code).unwrap_or(1);
        }
        if stopping {
            // Stopped by the signal before it could handle it.
            return 0;
        }
        let now = Instant::now();
        crashes.retain(|at| now.duration_since(*at) < CRASH_WINDOW);
        crashes.push(now);
        let what = std::fs::read_to_string(&running)
            .ok()
            .filter(|s| !s.trim().is_empty())
            .map_or_else(
                || "no function (it was idle or loading)".to_string(),
                |running| running.trim().to_string(),
            );
        eprintln!(
            "convexkit dev: the server process died ({}) while running {what}",
            describe(&status)
        );
        if crashes.len() > MAX_CRASHES {
            eprintln!(
                "convexkit dev: it crashed {} times within {} s; not restarting (fix the cause above and run it again)",
                crashes.len(),
                CRASH_WINDOW.as_secs()
            );
            return 1;
        }
        eprintln!("convexkit dev: restarting on the same database (everything committed is kept)");
    }
}

/// Where the child writes what runs: beside the database.
fn running_file(database: &Path) -> PathBuf {
    let mut name = database.file_name().unwrap_or_default().to_os_string();
    name.push(".running");
    database.with_file_name(name)
}

fn terminate(pid: u32) {
    #[cfg(unix)]
    // SAFETY: kill(2) with a process id we started and a valid signal number.
    unsafe {
        libc::kill(pid as libc::pid_t, libc::SIGTERM);
    }
}

fn describe(status: &ExitStatus) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            let name = match signal {
                libc::SIGSEGV => "SIGSEGV, a native crash",
                libc::SIGABRT => "SIGABRT, an abort",
                libc::SIGKILL => "SIGKILL, killed (out of memory?)",
                libc::SIGBUS => "SIGBUS, a native crash",
                _ => "a signal",
            };
            return format!("signal {signal}: {name}");
        }
    }
    status.to_string()
}
