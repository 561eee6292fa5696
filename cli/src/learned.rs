//! What loading modules taught (see `convexkit_runtime::analyze::learn_by_loading`), kept in
//! `.convexkit/learned.json` with the size and modification time of every file read while
//! learning it (`convexkit_analysis::inputs` facts). The next codegen or check reuses it
//! while none of those files (nor the installed packages) changed: loading a module that
//! pulls in a large package (Better Auth's adapter) costs a second; checking the files
//! costs a millisecond.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Deserialize;
use serde_json::{json, Value as Json};

use convexkit_analysis::eval::SchemaValue;
use convexkit_analysis::inputs::{self, Fact};
use convexkit_analysis::model::{Function, ProjectModel};
use convexkit_analysis::workspace::Workspace;

const VERSION: u64 = 2;

/// Loads the project with `load` and completes the model as `learn_by_loading` does, from
/// the cache when it is current: then the modules it holds are not evaluated statically at
/// all. Should the cache not fit the model after all, the project loads again without it.
pub fn load<E>(
    root: &Path,
    workspace: &Arc<Workspace>,
    load: impl Fn() -> Result<ProjectModel, E>,
) -> Result<ProjectModel, E> {
    let path = root.join(".convexkit/learned.json");
    let cached = crate::caches::on().then(|| current(&path)).flatten();
    supply(workspace, cached.as_ref());
    let mut model = load()?;
    if model.has_errors() || complete(&mut model, workspace, &path, cached.as_ref(), false) {
        return Ok(model);
    }
    ProjectModel::supplied_by_loading(workspace, []);
    let mut model = load()?;
    if !model.has_errors() {
        complete(&mut model, workspace, &path, cached.as_ref(), true);
    }
    Ok(model)
}

/// Completes the model from `cached` (the current cache at `path`) or by loading modules;
/// false (having done nothing) when the model holds modules left to the cache and the
/// cache does not fit, unless `learn` says to learn anyway.
fn complete(
    model: &mut ProjectModel,
    workspace: &Arc<Workspace>,
    path: &Path,
    cached: Option<&Json>,
    learn: bool,
) -> bool {
    let needs = needs(model);
    if needs.is_empty() {
        return true;
    }
    // The cache serves when it holds every need: `codegen` and `check` (and codegen's
    // modes) leave different things undecided, and one cache serves them all.
    if let Some(cached) = cached.filter(|cached| needs.iter().all(|need| holds(cached, need))) {
        if apply(model, cached) {
            return true;
        }
    }
    let supplied = model.definitions.iter().flat_map(|d| &d.modules).any(|m| {
        m.unknown_exports
            .iter()
            .any(|(_, why)| why == convexkit_analysis::model::SUPPLIED_BY_LOADING)
    });
    if supplied && !learn {
        return false;
    }
    // What was learned depends on the files loading read (each module's whole import
    // graph), not on every file the static analysis read: editing another module keeps it.
    let (loaded, mut files) = workspace
        .files_read_by(|| convexkit_runtime::analyze::learn_by_loading(model, workspace.clone()));
    // A one-shot command: the loaded heap is left to the process's exit.
    std::mem::forget(loaded);
    // What installing packages changes, read or not.
    for marker in installed_markers(&model.config.root) {
        let fact = inputs::of_file(&marker);
        files.push((marker, fact));
    }
    if crate::caches::on() {
        // What the cache holds beyond `needs` stays: the other command needs it.
        write(path, &needs, &files, model, cached);
    }
    true
}

/// What static evaluation left undecided: modules (with unknown exports or validators) and
/// schemas, by file.
fn needs(model: &ProjectModel) -> Vec<String> {
    let mut needs = Vec::new();
    for definition in &model.definitions {
        if let Some(schema) = definition.schema.as_ref().filter(|s| s.undecided()) {
            needs.push(format!("schema:{}", schema.file.display()));
        }
        for module in &definition.modules {
            if module.undecided() {
                needs.push(format!("module:{}", module.file.display()));
            }
        }
    }
    needs
}

pub fn installed_markers(root: &Path) -> Vec<PathBuf> {
    root.ancestors()
        .flat_map(|dir| {
            [
                "package.json",
                "package-lock.json",
                "pnpm-lock.yaml",
                "bun.lock",
                "node_modules/.package-lock.json",
                "node_modules/.modules.yaml",
            ]
            .map(|name| dir.join(name))
        })
        .filter(|p| p.is_file())
        .collect()
}

/// Before the model loads: the modules the current cache holds results for. Static
/// evaluation could not decide them when the cache was made and would not now; the model
/// skips them and [`complete`] fills them in.
fn supply(workspace: &Workspace, cached: Option<&Json>) {
    let modules = cached
        .and_then(|cached| {
            cached["needs"].as_array().map(|needs| {
                needs
                    .iter()
                    .filter_map(|need| need.as_str()?.strip_prefix("module:").map(PathBuf::from))
                    .collect::<Vec<_>>()
            })
        })
        .unwrap_or_default();
    ProjectModel::supplied_by_loading(workspace, modules);
}

fn holds(cached: &Json, need: &str) -> bool {
    cached["needs"]
        .as_array()
        .is_some_and(|held| held.iter().any(|held| held == need))
}

/// The cache when no file it read has changed.
fn current(path: &Path) -> Option<Json> {
    let cached: Json = serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    if cached["version"] != VERSION {
        return None;
    }
    let files = files_of(&cached)?;
    if !inputs::all_hold(&files) {
        return None;
    }
    // What the cache says depends on these files as if they had been read.
    for (path, fact) in &files {
        inputs::depended_on(path, fact);
    }
    Some(cached)
}

/// The file facts a cache depends on (read in place: the list is long).
fn files_of(cached: &Json) -> Option<Vec<(PathBuf, Fact)>> {
    Vec::deserialize(&cached["files"]).ok()
}

fn write(
    path: &Path,
    needs: &[String],
    files: &[(PathBuf, Fact)],
    model: &ProjectModel,
    kept: Option<&Json>,
) {
    let kept_map = |key: &str| kept.and_then(|k| k[key].as_object().cloned());
    let mut modules = kept_map("modules").unwrap_or_default();
    let mut schemas = kept_map("schemas").unwrap_or_default();
    let mut all_needs: BTreeSet<String> = needs.iter().cloned().collect();
    let mut all_files: BTreeMap<PathBuf, Fact> = BTreeMap::new();
    if let Some(kept) = kept {
        let kept_needs = kept["needs"].as_array().into_iter().flatten();
        all_needs.extend(kept_needs.filter_map(|n| Some(n.as_str()?.to_string())));
        all_files.extend(files_of(kept).unwrap_or_default());
    }
    all_files.extend(files.iter().cloned());
    let all_files: Vec<(PathBuf, Fact)> = all_files.into_iter().collect();
    if inputs::too_recent(&all_files) {
        return;
    }
    for definition in &model.definitions {
        if let Some(schema) = &definition.schema {
            let key = format!("schema:{}", schema.file.display());
            if needs.contains(&key) {
                schemas.insert(
                    key,
                    schema
                        .value
                        .as_ref()
                        .map_or_else(|e| json!({ "err": e }), |s| json!({ "ok": s.to_export() })),
                );
            }
        }
        for module in &definition.modules {
            let key = format!("module:{}", module.file.display());
            if needs.contains(&key) {
                modules.insert(
                    key,
                    json!({
                        "functions": module.functions.iter().map(Function::to_json).collect::<Vec<_>>(),
                        "unknown": module.unknown_exports.iter().map(|(n, r)| json!([n, r])).collect::<Vec<_>>(),
                    }),
                );
            }
        }
    }
    let cache = json!({ "version": VERSION, "needs": all_needs, "files": all_files, "modules": modules, "schemas": schemas });
    crate::caches::write(path, &cache.to_string());
}

/// Puts the cached results into the model; false when they do not fit it.
fn apply(model: &mut ProjectModel, cached: &Json) -> bool {
    for definition in &mut model.definitions {
        if let Some(schema) = &mut definition.schema {
            if let Some(entry) = cached["schemas"].get(format!("schema:{}", schema.file.display()))
            {
                schema.value = match (&entry["ok"], entry["err"].as_str()) {
                    (Json::Null, Some(reason)) => Err(reason.to_string()),
                    (ok, _) => match SchemaValue::from_export(ok) {
                        Ok(value) => Ok(value),
                        Err(_) => return false,
                    },
                };
            }
        }
        for module in &mut definition.modules {
            let Some(entry) = cached["modules"].get(format!("module:{}", module.file.display()))
            else {
                continue;
            };
            let Some(functions) = entry["functions"].as_array().and_then(|list| {
                list.iter()
                    .map(Function::from_json)
                    .collect::<Option<Vec<_>>>()
            }) else {
                return false;
            };
            let unknown: Vec<(String, String)> = entry["unknown"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|pair| {
                    Some((pair[0].as_str()?.to_string(), pair[1].as_str()?.to_string()))
                })
                .collect();
            module.functions = functions.into();
            module.unknown_exports = unknown.into();
        }
    }
    true
}
