//! The fallback for exports static evaluation could not decide: load the module in QuickJS
//! (a `"use node"` module in Node.js), as the Convex backend does when it analyses a push,
//! and read what each export registers (`exportArgs()` / `exportReturns()`).

use std::path::Path;
use std::rc::Rc;
use std::sync::Arc;

use serde_json::Value as Json;

use convexkit_analysis::eval::{FunctionKind, SchemaValue, Visibility};
use convexkit_analysis::model::{Function, Module, ProjectModel};
use convexkit_analysis::resolve::Resolver;
use convexkit_analysis::validator::Validator;
use convexkit_analysis::workspace::Workspace;

use crate::engine::isolate::{CallError, FunctionInfo, Host, HostError, Isolate, Kind};
use crate::node::{is_use_node, NodeProcess};

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

/// Completes what static evaluation could not decide by running the modules, as the
/// official CLI's push does: exports of unknown value, functions whose validators are
/// unknown, and schemas. What still cannot be read keeps its reason, extended with why
/// running it failed. A schema learned this way drops its `schema-unknown` warning.
///
/// Returns what loading kept alive: dropping it frees the QuickJS heap, which a one-shot
/// command may leave to the process's exit instead (freeing the heap of a loaded Better
/// Auth costs a tenth of the whole run).
pub fn learn_by_loading(model: &mut ProjectModel, workspace: Arc<Workspace>) -> LoadedModules {
    let resolver = Resolver::kept(&workspace, &model.config.root);
    let mut isolate: Option<Isolate> = None;
    let in_functions = model
        .config
        .root
        .join(&model.config.functions)
        .join("_.tsx");
    let node = NodeProcess::new(
        &model.config.root,
        &resolver.jsx(&in_functions),
        &resolver.aliases(&in_functions),
        &serde_json::Map::new(),
        Rc::new(NoDatabase),
    );
    // Node.js imports the `"use node"` modules to learn about while QuickJS loads the rest.
    let for_node: Vec<&Path> = model
        .definitions
        .iter()
        .flat_map(|definition| &definition.modules)
        .filter(|module| module.undecided())
        .map(|module| module.file.as_path())
        .filter(|file| runs_in_node(&workspace, file))
        .collect();
    if !for_node.is_empty() {
        node.preload(&for_node);
    }
    let mut learned_schemas = Vec::new();
    for definition in &mut model.definitions {
        let needs_loading = definition.schema.as_ref().is_some_and(|s| s.undecided())
            || definition.modules.iter().any(Module::undecided);
        if !needs_loading {
            continue;
        }
        if isolate.is_none() {
            match Isolate::new(
                workspace.clone(),
                resolver.clone(),
                Rc::new(NoDatabase),
                &serde_json::Map::new(),
            ) {
                Ok(created) => {
                    created.collect_garbage_from(64 << 20);
                    isolate = Some(created)
                }
                Err(_) => return LoadedModules { _isolate: None },
            }
        }
        let Some(isolate) = &isolate else {
            return LoadedModules { _isolate: None };
        };
        let runtimes = Runtimes {
            isolate,
            node: &node,
            workspace: &workspace,
        };
        if let Some(schema) = definition.schema.as_mut().filter(|s| s.undecided()) {
            if let Err(reason) = &schema.value {
                match loaded_schema(isolate, &schema.file) {
                    Ok(value) => {
                        schema.value = Ok(value);
                        learned_schemas.push(schema.file.clone());
                    }
                    Err(error) => {
                        schema.value = Err(format!("{reason}; running the schema: {error}"))
                    }
                }
            }
        }
        for module in &mut definition.modules {
            if !module.undecided() {
                continue;
            }
            let mut functions = Vec::with_capacity(module.functions.len());
            for function in module.functions.iter() {
                if !function.undecided() {
                    functions.push(function.clone());
                    continue;
                }
                match registered(&runtimes, &module.file, &function.name) {
                    Ok(Some(loaded)) => functions.push(Function {
                        span: function.span,
                        ..loaded
                    }),
                    // Keep what static evaluation knew, with why loading did not help.
                    Ok(None) => functions.push(function.clone()),
                    Err(error) => {
                        let explain =
                            |reason: &String| format!("{reason}; running the module: {error}");
                        functions.push(Function {
                            args: function.args.clone().map_err(|r| explain(&r)),
                            returns: function.returns.clone().map_err(|r| explain(&r)),
                            ..function.clone()
                        });
                    }
                }
            }
            let mut unknown = Vec::new();
            for (name, reason) in module.unknown_exports.iter() {
                match registered(&runtimes, &module.file, name) {
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
    model
        .diagnostics
        .retain(|d| !(d.code == "schema-unknown" && learned_schemas.contains(&d.file)));
    LoadedModules { _isolate: isolate }
}

/// Whether `file` is a `"use node"` module (it loads in Node.js, not QuickJS).
fn runs_in_node(workspace: &Workspace, file: &Path) -> bool {
    workspace
        .parse(file)
        .is_ok_and(|parsed| is_use_node(&parsed))
}

/// The isolate [`learn_by_loading`] loaded modules in.
pub struct LoadedModules {
    _isolate: Option<Isolate>,
}

/// A schema module's `export default defineSchema(...)`, as its `export()` describes it.
fn loaded_schema(isolate: &Isolate, file: &Path) -> Result<SchemaValue, String> {
    let exported = isolate
        .call_export_method(file, "default", "export")
        .map_err(|e| e.to_string())?
        .ok_or("the schema module has no default export")?;
    let json: Json = serde_json::from_str(&exported).map_err(|e| e.to_string())?;
    SchemaValue::from_export(&json)
}

/// Where modules load: QuickJS, and Node.js (started on first use) for `"use node"` ones.
struct Runtimes<'a> {
    isolate: &'a Isolate,
    node: &'a NodeProcess,
    workspace: &'a Workspace,
}

impl Runtimes<'_> {
    fn function_info(&self, file: &Path, name: &str) -> Result<Option<FunctionInfo>, CallError> {
        if runs_in_node(self.workspace, file) {
            self.node.function_info(file, name)
        } else {
            self.isolate.function_info(file, name)
        }
    }
}

/// What the export `name` of `file` registers (None when it is not a Convex function).
fn registered(
    runtimes: &Runtimes<'_>,
    file: &Path,
    name: &str,
) -> Result<Option<Function>, String> {
    let Some(info) = runtimes
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
