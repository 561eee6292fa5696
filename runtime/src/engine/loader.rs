//! Module loading for QuickJS: specifiers resolve as the Convex CLI's bundler resolves them
//! (the analysis resolver: relative paths with TypeScript's extension rules, package
//! `exports`), modules are named by absolute path, and TypeScript is stripped on load.

use std::path::Path;
use std::sync::Arc;

use rquickjs::loader::{Loader, Resolver as JsResolver};
use rquickjs::module::Declared;
use rquickjs::{Ctx, Error, Module, Result};

use convexkit_analysis::resolve::Resolver;
use convexkit_analysis::workspace::Workspace;

use super::transpile::to_javascript;

/// Resolves `import` specifiers with the project's resolver.
pub struct ProjectResolver {
    pub resolver: Arc<Resolver>,
}

impl JsResolver for ProjectResolver {
    fn resolve<'js>(&mut self, _ctx: &Ctx<'js>, base: &str, name: &str) -> Result<String> {
        if Path::new(name).is_absolute() {
            return Ok(name.to_string());
        }
        match self.resolver.resolve(Path::new(base), name) {
            Ok(path) => Ok(path.to_string_lossy().into_owned()),
            // Before the first codegen there is no `_generated/`; its JavaScript is the same
            // for every project, so a built-in copy stands in.
            Err(_) if generated_stand_in(name).is_some() => Ok(format!(
                "{STAND_IN_PREFIX}{}",
                generated_stand_in(name).unwrap_or_default().0
            )),
            Err(error) => Err(Error::new_resolving_message(base, name, error.to_string())),
        }
    }
}

/// Loads modules from disk through the workspace (whose parse cache the analysis shares).
pub struct ProjectLoader {
    pub workspace: Arc<Workspace>,
}

/// Module names of the built-in `_generated/` stand-ins.
const STAND_IN_PREFIX: &str = "convexkit:generated/";

/// The built-in `_generated/server` or `_generated/api` for a specifier naming one.
fn generated_stand_in(specifier: &str) -> Option<(&'static str, &'static str)> {
    let stem = specifier.trim_end_matches(".js");
    if stem == "server" || stem.ends_with("_generated/server") {
        Some(("server", GENERATED_SERVER))
    } else if stem == "api" || stem.ends_with("_generated/api") {
        Some(("api", GENERATED_API))
    } else {
        None
    }
}

const GENERATED_SERVER: &str = "export { queryGeneric as query, internalQueryGeneric as internalQuery, \
mutationGeneric as mutation, internalMutationGeneric as internalMutation, actionGeneric as action, \
internalActionGeneric as internalAction, httpActionGeneric as httpAction } from \"convex/server\";\n";

const GENERATED_API: &str = "import { anyApi, componentsGeneric } from \"convex/server\";\n\
export const api = anyApi;\nexport const internal = anyApi;\nexport const components = componentsGeneric();\n";

/// Extensions whose files are TypeScript and must be stripped before QuickJS reads them.
const TYPESCRIPT: [&str; 4] = ["ts", "tsx", "mts", "cts"];

impl Loader for ProjectLoader {
    fn load<'js>(&mut self, ctx: &Ctx<'js>, name: &str) -> Result<Module<'js, Declared>> {
        if let Some(which) = name.strip_prefix(STAND_IN_PREFIX) {
            let source = generated_stand_in(which).map_or("", |(_, source)| source);
            return Module::declare(ctx.clone(), name, source);
        }
        let path = Path::new(name);
        let source = module_source(&self.workspace, path)
            .map_err(|message| Error::new_loading_message(name, message))?;
        Module::declare(ctx.clone(), name, source)
    }
}

/// The JavaScript QuickJS runs for the file at `path`.
pub fn module_source(workspace: &Workspace, path: &Path) -> std::result::Result<String, String> {
    let is_typescript = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| TYPESCRIPT.contains(&e));
    if !is_typescript {
        return workspace
            .read(path)
            .map(|text| text.to_string())
            .map_err(describe);
    }
    let parsed = workspace.parse(path).map_err(describe)?;
    to_javascript(path, &parsed)
}

fn describe(error: convexkit_analysis::workspace::LoadError) -> String {
    match error {
        convexkit_analysis::workspace::LoadError::Io(message) => message,
        convexkit_analysis::workspace::LoadError::Syntax(error) => format!(
            "syntax error at {}:{}: {}",
            error.start.line, error.start.column, error.message
        ),
    }
}
