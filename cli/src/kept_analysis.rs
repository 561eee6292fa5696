//! What analysing each module gave, kept so that `codegen` and `check` after an edit parse
//! and evaluate the edited modules only, as ruff keeps each file's results by its content:
//!
//! - `.convexkit/evaluations.json`: each module's functions with the content hash (xxh3) of
//!   every file its evaluation read, and the facts of how imports resolved (paths probed,
//!   manifests and tsconfigs read): which file an import names depends on those, not on any
//!   module's text. When one of those facts changed, no evaluation is taken.
//! - `.convexkit/usages.json` (`check`'s): each module's use of components, by the hash of
//!   its text (which alone decides it).
//!
//! Both are read only when the convexkit that made them runs ([`crate::caches::made_by`]).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use convexkit_analysis::incremental::{EvaluatedModules, StoredEvaluation, StoredSchema};
use convexkit_analysis::inputs::{self, Fact};
use convexkit_analysis::model::{Function, ProjectModel};
use convexkit_analysis::usage::{KeptUsages, ModuleUsage};
use convexkit_analysis::workspace::Workspace;

#[derive(Serialize, Deserialize)]
struct Stored<T> {
    made_by: (String, Fact),
    root: PathBuf,
    facts: Vec<(PathBuf, Fact)>,
    entries: T,
}

/// The modules' evaluations, then the schemas'.
type Evaluations = (Vec<StoredEvaluation<Vec<Function>>>, Vec<StoredSchema>);
type Usages = Vec<(u64, ModuleUsage)>;

fn evaluations_file(project: &Path) -> PathBuf {
    project.join(".convexkit/evaluations.json")
}

fn usages_file(project: &Path) -> PathBuf {
    project.join(".convexkit/usages.json")
}

/// What [`load`] took, for [`store`].
#[derive(Default)]
pub struct Kept {
    facts: Vec<(PathBuf, Fact)>,
    restored: bool,
}

fn read<T: serde::de::DeserializeOwned>(path: &Path) -> Option<Stored<T>> {
    let bytes = std::fs::read(path).ok()?;
    let stored: Stored<T> = serde_json::from_slice(&bytes).ok()?;
    (stored.made_by == crate::caches::made_by()).then_some(stored)
}

/// Gives `workspace` the kept evaluations, when every fact of how imports resolved still
/// holds.
pub fn load_evaluations(project: &Path, workspace: &Workspace) -> Kept {
    let mut kept = Kept::default();
    if !crate::caches::on() {
        return kept;
    }
    let evaluations = read::<Evaluations>(&evaluations_file(project))
        .filter(|stored| inputs::all_hold(&stored.facts));
    if let Some(stored) = evaluations {
        // The outcome kept after this run depends on them as well.
        for (path, fact) in &stored.facts {
            inputs::depended_on(path, fact);
        }
        let evaluated = workspace.memo::<EvaluatedModules>();
        let (modules, schemas) = stored.entries;
        evaluated.restore(&stored.root, modules);
        evaluated.restore_schemas(&stored.root, schemas);
        kept.facts = stored.facts;
        kept.restored = true;
    }
    kept
}

/// Gives `workspace` the kept usages and turns keeping usages on.
pub fn load_usages(project: &Path, workspace: &Workspace) {
    if !crate::caches::on() {
        return;
    }
    let usages = read::<Usages>(&usages_file(project)).map(|stored| stored.entries);
    workspace
        .memo::<KeptUsages>()
        .keep(usages.unwrap_or_default());
}

/// Keeps the usages this run asked for, when they changed (`root`: the model's).
pub fn store_usages(project: &Path, workspace: &Workspace, root: &Path) {
    let usages = workspace.memo::<KeptUsages>();
    if !crate::caches::on() || !usages.changed() {
        return;
    }
    let usages = usages.asked();
    let usages: Vec<(u64, &ModuleUsage)> = usages.iter().map(|(hash, u)| (*hash, &**u)).collect();
    write(&usages_file(project), root, Vec::new(), usages);
}

/// Keeps the evaluations of `model`'s modules, when they changed since [`load_evaluations`].
pub fn store_evaluations(project: &Path, workspace: &Workspace, model: &ProjectModel, kept: Kept) {
    let evaluated = workspace.memo::<EvaluatedModules>();
    if !crate::caches::on() || (kept.restored && !evaluated.changed()) {
        return;
    }
    let modules: BTreeSet<&Path> = model
        .definitions
        .iter()
        .flat_map(|definition| definition.modules.iter().map(|m| m.file.as_path()))
        .collect();
    let schemas: BTreeSet<&Path> = model
        .definitions
        .iter()
        .filter_map(|definition| Some(definition.schema.as_ref()?.file.as_path()))
        .collect();
    let mut facts = kept.facts;
    facts.extend(inputs::recorded().into_iter().filter(decides_resolution));
    inputs::sort_and_dedup(&mut facts);
    if !inputs::too_recent(&facts) {
        let root = &model.config.root;
        let evaluations = (
            evaluated.stored(root, |file| modules.contains(file)),
            evaluated.stored_schemas(root, |file| schemas.contains(file)),
        );
        write(&evaluations_file(project), root, facts, evaluations);
    }
}

fn write<T: Serialize>(path: &Path, root: &Path, facts: Vec<(PathBuf, Fact)>, entries: T) {
    let stored = Stored {
        made_by: crate::caches::made_by(),
        root: root.to_path_buf(),
        facts,
        entries,
    };
    crate::caches::write_json_if_changed(path, &stored);
}

/// Whether a fact of this run says how an import resolves: a path probed, or a file read
/// that is not a module's text (a manifest, a tsconfig, a lockfile). Texts are kept by
/// content hash instead, and folder listings change with every save that renames a file
/// into place.
fn decides_resolution((path, fact): &(PathBuf, Fact)) -> bool {
    match fact {
        Fact::Kind(_) => true,
        Fact::Entries { .. } => false,
        Fact::Contents { .. } | Fact::Text { .. } => !convexkit_analysis::resolve::is_source(path),
    }
}
