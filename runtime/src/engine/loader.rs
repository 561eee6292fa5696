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
        self.resolver
            .resolve(Path::new(base), name)
            .map(|path| path.to_string_lossy().into_owned())
            .map_err(|error| Error::new_resolving_message(base, name, error.to_string()))
    }
}

/// Loads modules from disk through the workspace (whose parse cache the analysis shares).
pub struct ProjectLoader {
    pub workspace: Arc<Workspace>,
}

/// Extensions whose files are TypeScript and must be stripped before QuickJS reads them.
const TYPESCRIPT: [&str; 4] = ["ts", "tsx", "mts", "cts"];

impl Loader for ProjectLoader {
    fn load<'js>(&mut self, ctx: &Ctx<'js>, name: &str) -> Result<Module<'js, Declared>> {
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
