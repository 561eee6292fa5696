//! Whether this process may read and write the caches in `.convexkit/` (`learned.json`, the
//! kept outcomes): not under `--no-cache`.

use std::sync::atomic::{AtomicBool, Ordering};

static OFF: AtomicBool = AtomicBool::new(false);

/// For `--no-cache`: analyse afresh, keep nothing.
pub fn turn_off() {
    OFF.store(true, Ordering::SeqCst);
}

pub fn on() -> bool {
    !OFF.load(Ordering::SeqCst)
}
