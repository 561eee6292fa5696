//! The fallback for exports static evaluation could not decide: load the module in QuickJS,
//! as the Convex backend does when it analyses a push, and read what each export registers
//! (`exportArgs()` / `exportReturns()`).

use std::path::Path;
use std::rc::Rc;
use std::sync::Arc;

use serde_json::Value as Json;

use convexkit_analysis::eval::{FunctionKind, Visibility};
use convexkit_analysis::model::{DefinitionKind, Function, ProjectModel};
use convexkit_analysis::resolve::Resolver;
use convexkit_analysis::validator::Validator;
use convexkit_analysis::workspace::Workspace;

use crate::engine::isolate::{Host, HostError, Isolate, Kind};

/// Module code runs without a database: loading a module must not touch one.
struct NoDatabase;

impl Host for NoDatabase {
    fn syscall(&self, op: &str, _args: Json) -> Result<String, HostError> {
        Err(HostError::new(format!(
            "{op} was called while the module was loading; Convex modules cannot use the database at import time"
        )))
    }

    fn log(&self, _level: &str, _text: &str) {}
}

/// Replaces the unknown exports of the app's and local components' modules with what they
/// register when run. An export that still cannot be read keeps its reason, extended with
/// why running it failed.
pub fn resolve_unknown_exports(model: &mut ProjectModel, workspace: Arc<Workspace>) {
    let resolver = Resolver::kept(&workspace, &model.config.root);
    let mut isolate: Option<Isolate> = None;
    for definition in &mut model.definitions {
        if matches!(definition.kind, DefinitionKind::Package { .. }) {
            continue;
        }
        for module in &mut definition.modules {
            if module.unknown_exports.is_empty() {
                continue;
            }
            if isolate.is_none() {
                match Isolate::new(
                    workspace.clone(),
                    resolver.clone(),
                    Rc::new(NoDatabase),
                    &serde_json::Map::new(),
                ) {
                    Ok(created) => isolate = Some(created),
                    Err(_) => return,
                }
            }
            let Some(isolate) = &isolate else { return };
            let mut functions = module.functions.to_vec();
            let mut unknown = Vec::new();
            for (name, reason) in module.unknown_exports.iter() {
                match registered(isolate, &module.file, name) {
                    Ok(Some(function)) => functions.push(function),
                    Ok(None) => {}
                    Err(error) => unknown.push((
                        name.clone(),
                        format!("{reason}; running the module: {error}"),
                    )),
                }
            }
            module.functions = functions.into();
            module.unknown_exports = unknown.into();
        }
    }
}

/// What the export `name` of `file` registers (None when it is not a Convex function).
fn registered(isolate: &Isolate, file: &Path, name: &str) -> Result<Option<Function>, String> {
    let Some(info) = isolate
        .function_info(file, name)
        .map_err(|e| e.to_string())?
    else {
        return Ok(None);
    };
    let returns = match &info.returns {
        Json::Null => Ok(None),
        json => Validator::from_json(json).map(Some),
    };
    Ok(Some(Function {
        name: name.to_string(),
        kind: match info.kind {
            Kind::Query => FunctionKind::Query,
            Kind::Mutation => FunctionKind::Mutation,
            Kind::Action => FunctionKind::Action,
        },
        visibility: if info.public {
            Visibility::Public
        } else {
            Visibility::Internal
        },
        args: Validator::from_json(&info.args),
        returns,
        span: None,
    }))
}
