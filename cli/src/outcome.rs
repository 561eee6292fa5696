//! The outcome of a `codegen` or `check`, kept in `.convexkit/outcome/<command>.json` with
//! every fact of the file system it depended on (`convexkit_analysis::inputs`: the files
//! read, the folders listed, the paths probed), the way ESLint's and ruff's caches keep
//! results. The next run whose facts all still hold gives the same outcome without
//! analysing anything: checking the facts of a 1,300-module app costs milliseconds,
//! analysing it a quarter of a second.
//!
//! What `"use node"` modules read in Node.js while codegen learns their exports is not seen
//! here; installing packages changes the lockfiles and install markers, which are facts too.
//! An outcome that depended on a file changed in the last two seconds is not kept
//! ([`inputs::too_recent`]).

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use convexkit_analysis::inputs::{self, Fact};

#[derive(Serialize, Deserialize)]
struct Stored<T> {
    /// The convexkit that made it (its version and its executable's size and time).
    made_by: (String, Fact),
    facts: Vec<(PathBuf, Fact)>,
    outcome: T,
}

fn file(project: &Path, command: &str) -> PathBuf {
    project
        .join(".convexkit/outcome")
        .join(format!("{command}.json"))
}

/// The kept outcome of `command` on `project` when every fact it depended on still holds;
/// otherwise None, and recording starts for [`store`].
pub fn load<T: DeserializeOwned>(project: &Path, command: &str) -> Option<T> {
    if !crate::caches::on() {
        return None;
    }
    let path = file(project, command);
    let bytes = std::fs::read(&path).ok();
    let current = bytes
        .as_deref()
        .and_then(|bytes| serde_json::from_slice::<Stored<T>>(bytes).ok())
        .filter(|stored| {
            stored.made_by == crate::caches::made_by() && inputs::all_hold(&stored.facts)
        });
    if current.is_none() {
        if bytes.is_some() {
            let _ = std::fs::remove_file(&path);
        }
        inputs::record();
    }
    current.map(|stored| stored.outcome)
}

/// Keeps `outcome` of `command` with the facts recorded since [`load`] (and the install
/// markers `extra`), unless one of them is too recent to be trusted.
pub fn store<T: Serialize>(project: &Path, command: &str, outcome: &T, extra: &[PathBuf]) {
    if !crate::caches::on() {
        return;
    }
    for marker in extra {
        inputs::read_path(marker);
    }
    let facts = inputs::recorded();
    if facts.is_empty() || inputs::too_recent(&facts) {
        return;
    }
    let stored = Stored {
        made_by: crate::caches::made_by(),
        facts,
        outcome,
    };
    let path = file(project, command);
    if let Ok(text) = serde_json::to_string(&stored) {
        crate::caches::write(&path, &text);
    }
}
