//! An isolate of the local runtime's engine over a scratch app that has the real `convex`
//! package (the `published-components` fixture's node_modules), for tests that run
//! JavaScript in it.

use std::cell::RefCell;
use std::path::Path;
use std::rc::Rc;
use std::sync::Arc;

use serde_json::Value;

use convexkit_analysis::resolve::Resolver;
use convexkit_analysis::workspace::Workspace;
use convexkit_runtime::engine::isolate::{Host, HostError, Isolate};

use crate::ensure_node_modules;

/// A host with no database that records console output.
#[derive(Default)]
pub struct Recorder {
    pub logs: RefCell<Vec<(String, String)>>,
}

impl Host for Recorder {
    fn syscall(&self, op: &str, _args: Value) -> Result<String, HostError> {
        Err(HostError::new(format!("no database in this test ({op})")))
    }
    fn log(&self, level: &str, text: &str) {
        self.logs.borrow_mut().push((level.into(), text.into()));
    }
}

/// An isolate over `dir`, made an app with `files` (paths relative to `dir`).
pub fn isolate(dir: &Path, host: Rc<Recorder>, files: &[(&str, &str)]) -> Isolate {
    std::fs::create_dir_all(dir.join("convex")).unwrap();
    std::fs::write(dir.join("package.json"), "{}").unwrap();
    std::os::unix::fs::symlink(
        ensure_node_modules("published-components"),
        dir.join("node_modules"),
    )
    .unwrap();
    for (path, source) in files {
        std::fs::write(dir.join(path), source).unwrap();
    }
    let workspace = Arc::new(Workspace::new());
    let resolver = Resolver::kept(&workspace, dir);
    Isolate::new(workspace, resolver, host, &serde_json::Map::new()).unwrap()
}
