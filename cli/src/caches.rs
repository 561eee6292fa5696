//! Whether this process may read and write the caches in `.convexkit/` (`learned.json`, the
//! kept outcomes): not under `--no-cache`.

use std::path::Path;

use convexkit_analysis::inputs::{self, Fact};
use std::sync::atomic::{AtomicBool, Ordering};

static OFF: AtomicBool = AtomicBool::new(false);

/// For `--no-cache`: analyse afresh, keep nothing.
pub fn turn_off() {
    OFF.store(true, Ordering::SeqCst);
}

pub fn on() -> bool {
    !OFF.load(Ordering::SeqCst)
}

/// The convexkit that makes a cache (its version and its executable's size and time): a
/// cache another build made is not read.
pub fn made_by() -> (String, Fact) {
    let executable = std::env::current_exe().unwrap_or_default();
    (
        env!("CARGO_PKG_VERSION").to_string(),
        inputs::of_file(&executable),
    )
}

/// Writes `value` as a JSON cache file, unless the file already holds exactly that.
pub fn write_json_if_changed<T: serde::Serialize>(path: &Path, value: &T) {
    let Ok(text) = serde_json::to_string(value) else {
        return;
    };
    if std::fs::read_to_string(path).is_ok_and(|old| old == text) {
        return;
    }
    write(path, &text);
}

/// Writes a cache file (and its folder). A cache: a read-only checkout simply goes without.
pub fn write(path: &Path, text: &str) {
    if let Some(folder) = path.parent() {
        let _ = std::fs::create_dir_all(folder);
    }
    let _ = convexkit_codegen::write_atomic_cache(path, text);
}
