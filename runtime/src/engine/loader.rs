//! Module loading for QuickJS: specifiers resolve as the Convex CLI's bundler resolves them
//! (the analysis resolver: relative paths with TypeScript's extension rules, package
//! `exports`), modules are named by absolute path, and TypeScript is stripped on load.

use std::path::Path;
use std::sync::Arc;

use rquickjs::loader::{ImportAttributes, Loader, Resolver as JsResolver};
use rquickjs::module::Declared;
use rquickjs::{Ctx, Error, Module, Result};

use convexkit_analysis::resolve::Resolver;
use convexkit_analysis::workspace::Workspace;

use super::commonjs;
use super::native_values::{self, NativeValues, ORIGINAL_SUFFIX};
use super::transpile::{to_javascript_mapped, LineMap};

/// Resolves `import` specifiers with the project's resolver.
pub struct ProjectResolver {
    pub resolver: Arc<Resolver>,
}

impl JsResolver for ProjectResolver {
    fn resolve<'js>(
        &mut self,
        ctx: &Ctx<'js>,
        base: &str,
        name: &str,
        _attributes: Option<ImportAttributes<'js>>,
    ) -> Result<String> {
        if Path::new(name).is_absolute() || name == native_values::MODULE {
            return Ok(name.to_string());
        }
        match self.resolver.resolve(Path::new(base), name) {
            Ok(path) => Ok(path.to_string_lossy().into_owned()),
            // Before the first codegen there is no `_generated/`; its JavaScript is the same
            // for every project, so a built-in copy stands in. It is named as if it sat
            // beside the importer, so its own imports (`convex/server`) resolve from the
            // project, whatever the process's working directory.
            Err(_) if generated_stand_in(name).is_some() => {
                let which = generated_stand_in(name).unwrap_or_default().0;
                let beside = Path::new(base).parent().unwrap_or(Path::new("/"));
                Ok(format!(
                    "{}/{STAND_IN_FOLDER}/{which}.js",
                    beside.to_string_lossy()
                ))
            }
            Err(error) => {
                let message = match node_builtin(name) {
                    // "use node" modules run in Node.js; this one runs in Convex's default
                    // runtime: say so, rather than that a package is missing.
                    Some(builtin) => format!(
                        "{base} imports Node's built-in module \"{builtin}\", which Convex's default runtime (web APIs: fetch, crypto.getRandomValues, TextEncoder, Blob) does not have: put \"use node\"; at the top of the module that imports it, so that it runs in Node.js (only actions can be defined there)"
                    ),
                    None => error.to_string(),
                };
                Err(thrown_in_full(
                    ctx,
                    format!("Error resolving module '{name}' from '{base}': {message}"),
                ))
            }
        }
    }
}

/// Throws a ReferenceError carrying all of `message`. (rquickjs throws resolve and load
/// errors through QuickJS's formatted throw, which cuts messages at 255 bytes: the paths
/// and the fix would be lost.)
fn thrown_in_full(ctx: &Ctx<'_>, message: String) -> Error {
    let error = ctx
        .globals()
        .get::<_, rquickjs::Constructor>("ReferenceError")
        .and_then(|constructor| constructor.construct::<_, rquickjs::Value>((message.clone(),)));
    match error {
        Ok(error) => ctx.throw(error),
        Err(_) => Error::new_loading_message("", message),
    }
}

/// The Node built-in module a specifier names (`fs`, `node:crypto`), if it names one.
fn node_builtin(specifier: &str) -> Option<&str> {
    let name = specifier.strip_prefix("node:").unwrap_or(specifier);
    let root = name.split('/').next().unwrap_or(name);
    (specifier.starts_with("node:") || NODE_BUILTINS.contains(&root)).then_some(name)
}

/// Loads modules from disk through the workspace (whose parse cache the analysis shares).
pub struct ProjectLoader {
    pub workspace: Arc<Workspace>,
    /// For the tsconfig in force (how JSX compiles).
    pub resolver: Arc<Resolver>,
}

thread_local! {
    /// The line maps of the TypeScript modules loaded on this thread (the same for every
    /// isolate: they depend only on the file), for stack traces.
    static LINE_MAPS: std::cell::RefCell<std::collections::HashMap<String, LineMap>> =
        Default::default();
}

/// A stack trace with positions in stripped TypeScript modules mapped back to the lines
/// and columns of their source.
pub fn map_stack(stack: &str) -> String {
    LINE_MAPS.with(|maps| {
        let maps = maps.borrow();
        stack
            .lines()
            .map(|line| map_frame(line, &maps))
            .collect::<Vec<_>>()
            .join("\n")
    })
}

/// One `at name (path:line:column)` (or `at path:line:column`) line, mapped.
fn map_frame(frame: &str, maps: &std::collections::HashMap<String, LineMap>) -> String {
    let location = frame.trim_end().trim_end_matches(')');
    let start = location
        .rfind('(')
        .or_else(|| location.rfind(' '))
        .map_or(0, |i| i + 1);
    let mut parts = location[start..].rsplitn(3, ':');
    let (Some(column), Some(line), Some(path)) = (parts.next(), parts.next(), parts.next()) else {
        return frame.to_string();
    };
    let (Ok(line), Ok(column)) = (line.parse::<u32>(), column.parse::<u32>()) else {
        return frame.to_string();
    };
    match maps.get(path).and_then(|map| map.source(line, column)) {
        Some((line, column)) => format!(
            "{}{path}:{line}:{column}{}",
            &frame[..start],
            &frame[location.len()..]
        ),
        None => frame.to_string(),
    }
}

/// The folder the built-in `_generated/` stand-ins are named in (it never exists).
const STAND_IN_FOLDER: &str = "convexkit:generated";

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
    fn load<'js>(
        &mut self,
        ctx: &Ctx<'js>,
        name: &str,
        _attributes: Option<ImportAttributes<'js>>,
    ) -> Result<Module<'js, Declared>> {
        if let Some((_, which)) = name.rsplit_once(&format!("/{STAND_IN_FOLDER}/")) {
            let source = generated_stand_in(which).map_or("", |(_, source)| source);
            return Module::declare(ctx.clone(), name, source);
        }
        if name == native_values::MODULE {
            return Module::declare_def::<NativeValues, _>(ctx.clone(), name);
        }
        if native_values::is_values_file(name) {
            return Module::declare(ctx.clone(), name, native_values::wrapper_source(name));
        }
        let path = Path::new(name.strip_suffix(ORIGINAL_SUFFIX).unwrap_or(name));
        let source =
            module_source(ctx, &self.workspace, &self.resolver, path).map_err(|message| {
                thrown_in_full(ctx, format!("Error loading module '{name}': {message}"))
            })?;
        Module::declare(ctx.clone(), name, source)
    }
}

/// How the loader turns a file into a module.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Format {
    Json,
    /// TypeScript or JSX, compiled by swc.
    Compiled,
    /// CommonJS, wrapped in a module exporting what Node's lexer finds and every own
    /// property of `module.exports` (as esbuild's bundle binds named imports).
    CommonJs,
    EsModule,
}

pub(super) fn format_of(workspace: &Workspace, path: &Path) -> std::result::Result<Format, String> {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default();
    let maybe_commonjs = extension == "cjs" || (extension == "js" && !in_module_package(path));
    Ok(match extension {
        "json" => Format::Json,
        "jsx" => Format::Compiled,
        _ if TYPESCRIPT.contains(&extension) => Format::Compiled,
        _ if maybe_commonjs
            && commonjs::is_commonjs(&*workspace.parse(path).map_err(describe)?) =>
        {
            Format::CommonJs
        }
        _ => Format::EsModule,
    })
}

/// The JavaScript QuickJS runs for the file at `path`.
fn module_source(
    ctx: &Ctx<'_>,
    workspace: &Workspace,
    resolver: &Resolver,
    path: &Path,
) -> std::result::Result<String, String> {
    let source = match format_of(workspace, path)? {
        Format::Json => json_module(&workspace.read(path).map_err(describe)?)
            .map_err(|e| format!("{}: not valid JSON: {e}", path.display())),
        Format::Compiled => {
            let parsed = workspace.parse(path).map_err(describe)?;
            let jsx = path
                .extension()
                .is_some_and(|e| e == "tsx" || e == "jsx")
                .then(|| resolver.jsx(path));
            let (js, lines) = to_javascript_mapped(path, &parsed, jsx.as_ref())?;
            LINE_MAPS.with(|maps| {
                maps.borrow_mut()
                    .insert(path.to_string_lossy().into_owned(), lines)
            });
            Ok(js)
        }
        Format::CommonJs => {
            let mut names = commonjs_exports(workspace, resolver, path);
            names.extend(runtime_commonjs_names(ctx, path));
            Ok(commonjs::wrapper(&path.to_string_lossy(), &names))
        }
        Format::EsModule => workspace
            .read(path)
            .map(|text| text.to_string())
            .map_err(describe),
    };
    source.map(without_nul)
}

/// `source` with each NUL character written `\x00`. QuickJS takes source as a C string;
/// a NUL is legal JavaScript source text only inside a literal or a comment, where `\x00`
/// means the same (in strings, templates and regular expressions) or nothing.
fn without_nul(source: String) -> String {
    if source.contains('\0') {
        source.replace('\0', "\\x00")
    } else {
        source
    }
}

/// The own properties of the CommonJS module's `module.exports`, run now (see cjs.js);
/// none when it throws.
fn runtime_commonjs_names(ctx: &Ctx<'_>, path: &Path) -> Vec<String> {
    ctx.globals()
        .get::<_, rquickjs::Function>("__convexkit_commonjs_names")
        .and_then(|names| names.call::<_, Option<Vec<String>>>((path.to_string_lossy().as_ref(),)))
        .ok()
        .flatten()
        .unwrap_or_default()
}

/// The named exports of the CommonJS module at `path` as Node's lexer finds them (the
/// wrapper adds what running it shows).
pub(super) fn commonjs_exports(
    workspace: &Workspace,
    resolver: &Resolver,
    path: &Path,
) -> std::collections::BTreeSet<String> {
    let mut names = std::collections::BTreeSet::new();
    commonjs_names(workspace, resolver, path, &mut names, &mut Vec::new());
    names
}

/// The named exports of the CommonJS file at `path` and of the CommonJS modules it
/// re-exports, as Node's cjs-module-lexer finds them (`seen` stops cycles).
fn commonjs_names(
    workspace: &Workspace,
    resolver: &Resolver,
    path: &Path,
    names: &mut std::collections::BTreeSet<String>,
    seen: &mut Vec<std::path::PathBuf>,
) {
    if seen.iter().any(|p| p == path) || seen.len() > 32 {
        return;
    }
    seen.push(path.to_path_buf());
    let Ok(parsed) = workspace.parse(path) else {
        return;
    };
    if !commonjs::is_commonjs(&parsed) {
        return;
    }
    let (own, reexports) = commonjs::export_names(&parsed);
    names.extend(own);
    for specifier in reexports {
        if let Ok(target) = resolver.resolve_require(path, &specifier) {
            commonjs_names(workspace, resolver, &target, names, seen);
        }
    }
}

/// A JSON file as esbuild bundles it: the value as the default export, and each top-level
/// property that is an identifier as a named export.
fn json_module(text: &str) -> std::result::Result<String, serde_json::Error> {
    let value: serde_json::Value = serde_json::from_str(text)?;
    let mut source = format!("const json = {value};\nexport default json;\n");
    if let serde_json::Value::Object(properties) = &value {
        for key in properties.keys() {
            if super::commonjs::is_identifier(key) {
                source.push_str(&format!("export const {key} = json[{key:?}];\n"));
            }
        }
    }
    Ok(source)
}

/// Whether the nearest package.json above `path` says `"type": "module"`.
fn in_module_package(path: &Path) -> bool {
    path.ancestors()
        .skip(1)
        .map(|dir| dir.join("package.json"))
        .find(|file| file.is_file())
        .and_then(|file| std::fs::read_to_string(file).ok())
        .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
        .is_some_and(|json| json["type"] == "module")
}

/// For `require(specifier)` in the CommonJS file `from`: the file and its source. ES
/// modules and Node's built-in modules cannot be required here; the error says so.
pub fn require_source(
    workspace: &Workspace,
    resolver: &Resolver,
    from: &Path,
    specifier: &str,
) -> std::result::Result<(String, String), String> {
    let path = if Path::new(specifier).is_absolute() {
        Path::new(specifier).to_path_buf()
    } else {
        resolver.resolve_require(from, specifier).map_err(|error| {
            if node_builtin(specifier).is_some() {
                format!(
                    "{} requires Node's built-in module \"{specifier}\", which Convex's default runtime does not provide: put \"use node\"; at the top of the module that imports it, so that it runs in Node.js (only actions can be defined there)",
                    from.display()
                )
            } else {
                format!("require(\"{specifier}\") in {}: {error}", from.display())
            }
        })?
    };
    let source = without_nul(workspace.read(&path).map_err(describe)?.to_string());
    if path.extension().is_some_and(|e| e == "json") {
        return Ok((path.to_string_lossy().into_owned(), source));
    }
    let parsed = workspace.parse(&path).map_err(describe)?;
    if !commonjs::is_commonjs(&parsed) {
        return Err(format!(
            "{} requires the ES module {}, which cannot be loaded synchronously",
            from.display(),
            path.display()
        ));
    }
    Ok((path.to_string_lossy().into_owned(), source))
}

/// Node's built-in modules, named in the error when a dependency requires one.
const NODE_BUILTINS: [&str; 20] = [
    "assert",
    "buffer",
    "child_process",
    "crypto",
    "dns",
    "events",
    "fs",
    "http",
    "https",
    "net",
    "os",
    "path",
    "process",
    "querystring",
    "stream",
    "string_decoder",
    "timers",
    "tls",
    "url",
    "util",
];

fn describe(error: convexkit_analysis::workspace::LoadError) -> String {
    match error {
        convexkit_analysis::workspace::LoadError::Io(message) => message,
        convexkit_analysis::workspace::LoadError::Syntax(error) => format!(
            "syntax error at {}:{}: {}",
            error.start.line, error.start.column, error.message
        ),
    }
}
