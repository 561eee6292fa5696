//! Which texts parsed without error, kept in `.convexkit/clean-texts.json` by path and hash
//! of the text (xxh3). Default-mode codegen parses every module only to report syntax errors
//! as the official bundler would; after an edit, the one changed module is parsed, not the
//! 1,300 that are as they were. Keyed by content, not modification time: nothing here can
//! be racily clean.

use std::path::{Path, PathBuf};

use convexkit_analysis::workspace::Workspace;

const VERSION: u64 = 1;

#[derive(serde::Serialize, serde::Deserialize)]
struct Stored {
    version: u64,
    texts: Vec<(PathBuf, u64)>,
}

fn file(project: &Path) -> PathBuf {
    project.join(".convexkit/clean-texts.json")
}

/// Tells `workspace` what the project's cache knows to parse cleanly.
pub fn load(project: &Path, workspace: &Workspace) {
    if !crate::caches::on() {
        return;
    }
    let stored = std::fs::read(file(project))
        .ok()
        .and_then(|bytes| serde_json::from_slice::<Stored>(&bytes).ok())
        .filter(|stored| stored.version == VERSION);
    if let Some(stored) = stored {
        workspace.assume_clean(stored.texts);
    }
}

/// Keeps what `workspace` knows to parse cleanly, when that changed.
pub fn store(project: &Path, workspace: &Workspace) {
    if !crate::caches::on() {
        return;
    }
    let stored = Stored {
        version: VERSION,
        texts: workspace.clean_texts(),
    };
    crate::caches::write_json_if_changed(&file(project), &stored);
}
