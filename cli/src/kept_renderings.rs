//! `.convexkit/renderings.json`: the generated files by the template and context they were
//! rendered from ([`Renderings`]), so that codegen after an edit that leaves the api and
//! the schema as they were renders and formats nothing. Read only when the convexkit that
//! made it runs: the templates and the formatter are part of the build.

use std::path::{Path, PathBuf};
use std::thread::JoinHandle;

use serde::{Deserialize, Serialize};

use convexkit_analysis::inputs::Fact;
use convexkit_codegen::Renderings;

/// `R`: the renderings, owned when read, borrowed when written.
#[derive(Serialize, Deserialize)]
struct Stored<R> {
    made_by: (String, Fact),
    renderings: R,
}

fn file(project: &Path) -> PathBuf {
    project.join(".convexkit/renderings.json")
}

/// The renderings the last run kept (none under `--no-cache`).
pub fn load(project: &Path) -> Renderings {
    if !crate::caches::on() {
        return Renderings::default();
    }
    std::fs::read(file(project))
        .ok()
        .and_then(|bytes| serde_json::from_slice::<Stored<Renderings>>(&bytes).ok())
        .filter(|stored| stored.made_by == crate::caches::made_by())
        .map(|stored| stored.renderings)
        .unwrap_or_default()
}

/// On a thread of its own, while the project loads: the kept renderings, with codegen
/// prepared for them (the templates parsed when nothing is kept).
pub fn load_and_prepare(project: &Path) -> JoinHandle<Renderings> {
    let project = project.to_path_buf();
    std::thread::spawn(move || {
        let earlier = load(&project);
        convexkit_codegen::prepare(&earlier);
        earlier
    })
}

/// Keeps this run's renderings when they differ from the `earlier` ones.
pub fn store(project: &Path, earlier: &Renderings, now: &Renderings) {
    if !crate::caches::on() || now == earlier || now.is_empty() {
        return;
    }
    let stored = Stored {
        made_by: crate::caches::made_by(),
        renderings: now,
    };
    if let Ok(text) = serde_json::to_string(&stored) {
        crate::caches::write(&file(project), &text);
    }
}
