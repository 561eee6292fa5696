//! A record of every top-level function execution (what the dashboard's Logs page shows):
//! which function ran, when, for how long, how it ended and what it logged. Recording is
//! off until a server asks for it; the records wait until it takes them.

use std::time::Instant;

use serde::Serialize;

use crate::project::{now_ms, Inner, LocalRuntime, RunError};

/// One execution of a function called from outside the deployment (a client, the
/// scheduler, a cron job, an HTTP request, the dashboard); calls it makes are part of it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Execution {
    /// Numbers the executions of a server, from 1 (0 until the server numbers it).
    pub id: u64,
    /// When it started, in milliseconds since the epoch.
    pub time: f64,
    pub instance: String,
    /// `module:export`, or the method and path of an HTTP action.
    pub path: String,
    /// `query`, `mutation`, `action`, `httpAction`; empty when the function was not found.
    pub kind: &'static str,
    /// Who started it, as the server that takes the record knows.
    pub source: Option<Source>,
    pub duration_ms: f64,
    pub ok: bool,
    pub error: Option<String>,
    /// Console output, `[LOG] text`, as Convex's clients print it.
    pub log_lines: Vec<String>,
}

/// Where an execution came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// A client of the HTTP API or the sync protocol.
    Client,
    Dashboard,
    Scheduler,
    Cron,
    /// An HTTP action's request.
    Http,
}

impl LocalRuntime {
    /// Keeps a record of every execution from now on (see [`Self::take_executions`]).
    pub fn record_executions(&self) {
        let mut executions = self.inner().executions.borrow_mut();
        executions.get_or_insert_with(Vec::new);
    }

    /// The executions recorded since the last time, oldest first.
    pub fn take_executions(&self) -> Vec<Execution> {
        let mut executions = self.inner().executions.borrow_mut();
        executions.as_mut().map(std::mem::take).unwrap_or_default()
    }
}

impl Inner {
    /// Runs `work`, an execution of `path` in `instance`, and records it when recording is
    /// on and it is not a call made by another function. `kind` is asked once it ran.
    pub(crate) fn recorded<T>(
        &self,
        instance: &str,
        path: &str,
        kind: impl FnOnce() -> &'static str,
        work: impl FnOnce() -> Result<T, RunError>,
    ) -> Result<T, RunError> {
        if self.depth.get() > 0 || self.executions.borrow().is_none() {
            return work();
        }
        let time = now_ms();
        let clock = Instant::now();
        let outer = self.log_lines.replace(Some(Vec::new()));
        let result = work();
        let log_lines = self.log_lines.replace(outer).unwrap_or_default();
        // A caller capturing the output (a client asking for `logLines`) sees it too.
        if let Some(captured) = self.log_lines.borrow_mut().as_mut() {
            captured.extend(log_lines.iter().cloned());
        }
        let execution = Execution {
            id: 0,
            time,
            instance: instance.to_string(),
            path: path.to_string(),
            kind: kind(),
            source: None,
            duration_ms: clock.elapsed().as_secs_f64() * 1000.0,
            ok: result.is_ok(),
            error: result.as_ref().err().map(|e| e.to_string()),
            log_lines,
        };
        if let Some(executions) = self.executions.borrow_mut().as_mut() {
            executions.push(execution);
        }
        result
    }
}
