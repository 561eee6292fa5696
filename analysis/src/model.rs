//! The project model: the component tree of an app, each definition's modules, functions
//! and schema, and the problems found while building it.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::component_config::{read_definition, EnvVar};
use crate::config::{ConfigError, ProjectConfig};
use crate::diagnostic::{Diagnostic, Severity};
use crate::discovery::discover_modules;
use crate::eval::{Evaluator, FunctionKind, Reads, SchemaValue, Value, Visibility};
use crate::incremental::{EvaluatedModule, EvaluatedModules, FileHashes, KnownModules};
use crate::resolve::{ResolveError, Resolver};
use crate::source::Span;
use crate::validator::Validator;
use crate::workspace::{LoadError, Workspace};

use serde_json::Value as Json;

/// Index of a definition in [`ProjectModel::definitions`]; the app is always 0.
pub type DefinitionId = usize;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DefinitionKind {
    App,
    /// A component whose `convex.config.ts` lives in the project: codegen writes its `_generated/`.
    Local,
    /// A published package (`convex.config.js`): never written to.
    Package {
        package: String,
    },
}

/// A registered Convex function exported by a module.
#[derive(Debug, Clone, PartialEq)]
pub struct Function {
    pub name: String,
    pub kind: FunctionKind,
    pub visibility: Visibility,
    pub args: Result<Validator, String>,
    pub returns: Result<Option<Validator>, String>,
    /// The export's declaration in the module (`None` for an `export *` re-export).
    pub span: Option<Span>,
}

impl Function {
    /// Whether static evaluation left its validators undecided.
    pub fn undecided(&self) -> bool {
        self.args.is_err() || self.returns.is_err()
    }

    /// The function as the caches keep it (validators in their JSON export form).
    pub fn to_json(&self) -> Json {
        serde_json::to_value(self).unwrap_or_default()
    }

    /// The inverse of [`Self::to_json`].
    pub fn from_json(json: &Json) -> Option<Function> {
        let kind = match json["kind"].as_str()? {
            "query" => FunctionKind::Query,
            "mutation" => FunctionKind::Mutation,
            "action" => FunctionKind::Action,
            "httpAction" => FunctionKind::HttpAction,
            _ => return None,
        };
        let visibility = match json["visibility"].as_str()? {
            "public" => Visibility::Public,
            _ => Visibility::Internal,
        };
        Some(Function {
            name: json["name"].as_str()?.to_string(),
            kind,
            visibility,
            args: result_from_json(&json["args"], |v| Validator::from_json(v).ok())?,
            returns: result_from_json(&json["returns"], |v| match v {
                Json::Null => Some(None),
                v => Validator::from_json(v).ok().map(Some),
            })?,
            span: json["span"].as_array().and_then(|s| {
                Some(Span::new(
                    u32::try_from(s.first()?.as_u64()?).ok()?,
                    u32::try_from(s.get(1)?.as_u64()?).ok()?,
                ))
            }),
        })
    }
}

/// `{ "name", "kind", "visibility", "args": { "ok" | "err" }, "returns": …, "span" }`,
/// written straight to the serializer.
impl serde::Serialize for Function {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(6))?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("kind", self.kind.as_str())?;
        map.serialize_entry("visibility", self.visibility.as_str())?;
        map.serialize_entry("args", &Outcome(self.args.as_ref().map(Some)))?;
        map.serialize_entry(
            "returns",
            &Outcome(self.returns.as_ref().map(Option::as_ref)),
        )?;
        map.serialize_entry("span", &self.span.map(|s| [s.start, s.end]))?;
        map.end()
    }
}

/// The inverse of `Serialize`, read straight from the deserializer (the caches hold the
/// functions of every module).
impl<'de> serde::Deserialize<'de> for Function {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        struct Stored {
            name: String,
            kind: FunctionKind,
            visibility: Visibility,
            args: StoredOutcome<Validator>,
            returns: StoredOutcome<Option<Validator>>,
            span: Option<[u32; 2]>,
        }
        /// `{ "ok": … }` or `{ "err": … }`, as [`Outcome`] writes it.
        #[derive(serde::Deserialize)]
        #[serde(rename_all = "camelCase")]
        enum StoredOutcome<T> {
            Ok(T),
            Err(String),
        }
        impl<T> StoredOutcome<T> {
            fn into_result(self) -> Result<T, String> {
                match self {
                    StoredOutcome::Ok(value) => Ok(value),
                    StoredOutcome::Err(reason) => Err(reason),
                }
            }
        }
        let stored = Stored::deserialize(deserializer)?;
        Ok(Function {
            name: stored.name,
            kind: stored.kind,
            visibility: stored.visibility,
            args: stored.args.into_result(),
            returns: stored.returns.into_result(),
            span: stored.span.map(|[start, end]| Span::new(start, end)),
        })
    }
}

fn result_from_json<T>(json: &Json, ok: impl Fn(&Json) -> Option<T>) -> Option<Result<T, String>> {
    match json["err"].as_str() {
        Some(reason) => Some(Err(reason.to_string())),
        None => ok(&json["ok"]).map(Ok),
    }
}

/// A validator or why it is unknown: `{ "ok": … }` (null for none) or `{ "err": … }`.
struct Outcome<'a>(Result<Option<&'a Validator>, &'a String>);

impl serde::Serialize for Outcome<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(1))?;
        match &self.0 {
            Ok(validator) => map.serialize_entry("ok", validator)?,
            Err(reason) => map.serialize_entry("err", reason)?,
        }
        map.end()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    /// Path relative to the definition's folder, forward slashes, with extension.
    pub path: String,
    pub file: PathBuf,
    /// Shared with the evaluation kept for the next load (see [`crate::incremental`]).
    pub functions: Arc<[Function]>,
    /// Exports whose value static evaluation could not decide, with the reason.
    pub unknown_exports: Arc<[(String, String)]>,
}

impl Module {
    /// The module path without its extension (`folder/file`), as function paths use it.
    pub fn import_path(&self) -> &str {
        self.path
            .rfind('.')
            .map_or(&self.path, |dot| &self.path[..dot])
    }

    /// Whether static evaluation left exports or validators undecided: what loading the
    /// module may learn.
    pub fn undecided(&self) -> bool {
        !self.unknown_exports.is_empty() || self.functions.iter().any(Function::undecided)
    }
}

/// One `use()` of a child definition.
#[derive(Debug, Clone, PartialEq)]
pub struct ComponentUse {
    /// The instance name (the `name` option, else the child's own name).
    pub name: String,
    pub definition: Option<DefinitionId>,
    /// How the config imports the child (`@convex-dev/aggregate/convex.config`, `./widgets/convex.config`).
    pub specifier: Option<String>,
    pub http_prefix: Option<String>,
    /// Environment variables the `use()` passes (`{ env: { LOG_LEVEL: "REPORT", SALT:
    /// app.env.SALT } }`).
    pub env: Vec<(String, crate::component_config::EnvArg)>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Schema {
    pub file: PathBuf,
    pub value: Result<SchemaValue, String>,
}

/// Why a schema has no value: nothing asked for its tables (codegen in the default mode
/// writes only types, and describes no package's tables), so nothing should load it either.
pub const SCHEMA_NOT_EVALUATED: &str = "the schema is not evaluated: nothing asked for its tables";

impl Schema {
    /// Whether static evaluation tried and could not decide the schema: what loading the
    /// schema module may learn.
    pub fn undecided(&self) -> bool {
        matches!(&self.value, Err(reason) if reason != SCHEMA_NOT_EVALUATED)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ComponentDefinition {
    pub kind: DefinitionKind,
    /// The folder holding the definition's functions (and its convex.config, if any).
    pub dir: PathBuf,
    pub config_file: Option<PathBuf>,
    /// `defineComponent("name")`; `None` for the app.
    pub name: Option<String>,
    pub http_prefix: Option<String>,
    pub env: Vec<EnvVar>,
    pub uses: Vec<ComponentUse>,
    pub modules: Vec<Module>,
    /// `None` when there is no schema file.
    pub schema: Option<Schema>,
    /// `schema.ts` files in sub-folders (parts of the schema the root one imports).
    pub nested_schemas: Vec<PathBuf>,
}

impl ComponentDefinition {
    /// The module at `import_path` (`messages`, `folder/mod`, `http`), if there is one.
    pub fn module(&self, import_path: &str) -> Option<&Module> {
        self.modules.iter().find(|m| m.import_path() == import_path)
    }
}

/// Modules whose functions the caller will supply from what loading them taught (kept in
/// a cache whose inputs are unchanged): static evaluation, which could not decide them
/// last time and would not now, skips them. Set with
/// [`ProjectModel::supplied_by_loading`]; a fresh workspace has none.
#[derive(Default)]
struct SuppliedByLoading(std::sync::Mutex<HashSet<PathBuf>>);

/// What a module supplied by loading says until its functions are filled in.
pub const SUPPLIED_BY_LOADING: &str = "supplied by what loading the module taught";

/// Which definitions get their functions evaluated (modules are always listed), and
/// whether schemas are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Detail {
    pub app_functions: bool,
    pub package_functions: bool,
    /// The tables of the app's and local components' schemas (a published package's
    /// schema goes with `package_functions`).
    pub schemas: bool,
    /// The component usages of the modules the rules look at ([`crate::usage`]), found
    /// by the thread that evaluates each module while its syntax tree is fresh.
    pub lint_usages: bool,
}

impl Detail {
    pub const ALL: Detail = Detail {
        app_functions: true,
        package_functions: true,
        schemas: true,
        lint_usages: false,
    };
    /// Everything the rules need.
    pub const LINT: Detail = Detail {
        lint_usages: true,
        ..Detail::ALL
    };
}

#[derive(Debug)]
pub struct ProjectModel {
    pub config: ProjectConfig,
    pub definitions: Vec<ComponentDefinition>,
    pub diagnostics: Vec<Diagnostic>,
    /// The app is a stand-in that only installs one component folder (`codegen
    /// --component-dir`, as the official CLI's synthetic root): it has no modules and
    /// codegen writes nothing for it.
    pub synthetic_app: bool,
}

impl ProjectModel {
    pub fn app(&self) -> &ComponentDefinition {
        &self.definitions[0]
    }

    /// The definition whose `_generated/api` the import `specifier` in `file` names: whose
    /// `components` (and `api`) that import gives. `None` when it names no definition's.
    pub fn api_owner(
        &self,
        resolver: &Resolver,
        file: &Path,
        specifier: &str,
    ) -> Option<DefinitionId> {
        let generated = match resolver.resolve(file, specifier) {
            Ok(api) => api.parent()?.to_path_buf(),
            // Before the first codegen `_generated/` may not exist yet.
            Err(_) if specifier.starts_with('.') => {
                crate::resolve::normalize(&file.parent()?.join(specifier))
                    .parent()?
                    .to_path_buf()
            }
            Err(_) => return None,
        };
        let dir = generated.parent()?;
        self.definitions
            .iter()
            .position(|d| !matches!(d.kind, DefinitionKind::Package { .. }) && d.dir == dir)
    }

    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }

    /// Tells the next loads in `workspace` not to evaluate the functions of `modules`
    /// statically: each is listed with one unknown export ([`SUPPLIED_BY_LOADING`]) for the
    /// caller to replace.
    pub fn supplied_by_loading(workspace: &Workspace, modules: impl IntoIterator<Item = PathBuf>) {
        let supplied = workspace.memo::<SuppliedByLoading>();
        let mut set = supplied.0.lock().unwrap_or_else(|e| e.into_inner());
        set.clear();
        set.extend(modules);
    }

    /// Loads the project in `root`, parsing through `workspace` (whose caches make reloads
    /// cheap). Files already read from disk are taken as they were read until the caller
    /// starts a new [`Workspace::begin_revision`].
    pub fn load(root: &Path, workspace: &Workspace, detail: Detail) -> Result<Self, ConfigError> {
        let root = &absolute_root(root)?;
        let config = ProjectConfig::load(root)?;
        let functions_dir = config.functions_dir();
        if !crate::inputs::is_dir(&functions_dir) {
            return Err(ConfigError {
                path: functions_dir,
                message: "the functions folder does not exist (set \"functions\" in convex.json if it lives elsewhere)".into(),
            });
        }
        let (definitions, diagnostics) = Loader::run(workspace, root, detail, |loader| {
            loader.load_definition(
                DefinitionKind::App,
                functions_dir.clone(),
                find_config(&functions_dir),
            );
        });
        Ok(ProjectModel {
            config,
            definitions,
            diagnostics,
            synthetic_app: false,
        })
    }

    /// Loads the component whose `convex.config.ts` is in `component_dir` (relative to
    /// `root`), installed by a stand-in app, as `npx convex codegen --component-dir` does
    /// for a component package's own folder.
    pub fn load_component_dir(
        root: &Path,
        workspace: &Workspace,
        detail: Detail,
        component_dir: &Path,
    ) -> Result<Self, ConfigError> {
        let root = &absolute_root(root)?;
        let config = ProjectConfig::load(root)?;
        let dir = crate::resolve::normalize(&root.join(component_dir));
        let definition = dir.join("convex.config.ts");
        if !crate::inputs::is_file(&definition) {
            return Err(ConfigError {
                path: dir.clone(),
                message: format!(
                    "only folders with a convex.config.ts can be generated with --component-dir, and {} has none",
                    dir.display()
                ),
            });
        }
        let (definitions, diagnostics) = Loader::run(workspace, root, detail, |loader| {
            loader.definitions.push(ComponentDefinition {
                kind: DefinitionKind::App,
                dir: config.functions_dir(),
                config_file: None,
                name: None,
                http_prefix: None,
                env: Vec::new(),
                uses: Vec::new(),
                modules: Vec::new(),
                schema: None,
                nested_schemas: Vec::new(),
            });
            let id = loader.load_definition(DefinitionKind::Local, dir, Some(definition));
            if let Some(name) = loader.definitions[id].name.clone() {
                loader.definitions[0].uses.push(ComponentUse {
                    name,
                    definition: Some(id),
                    specifier: None,
                    http_prefix: None,
                    env: Vec::new(),
                    span: Span::default(),
                });
            }
        });
        Ok(ProjectModel {
            config,
            definitions,
            diagnostics,
            synthetic_app: true,
        })
    }
}

/// The project folder as an absolute path without `.`/`..`: absolute paths throughout make
/// relative paths between definitions exact.
fn absolute_root(root: &Path) -> Result<PathBuf, ConfigError> {
    let absolute = std::path::absolute(root).map_err(|e| ConfigError {
        path: root.to_path_buf(),
        message: e.to_string(),
    })?;
    Ok(crate::resolve::normalize(&absolute))
}

fn invalid_http_prefix(file: &Path, span: Span, prefix: &str) -> Diagnostic {
    Diagnostic::error(
        "invalid-http-prefix",
        file,
        Some(span),
        format!("httpPrefix must start with \"/\", found \"{prefix}\""),
    )
    .with_help(format!(
        "write `httpPrefix: \"/{}\"`",
        prefix.trim_start_matches('/')
    ))
}

/// Convex's identifier rule for component names: an ASCII letter or `_`, then letters,
/// digits and `_`; at most 64 bytes; not only underscores.
pub fn check_identifier(name: &str) -> Result<(), String> {
    let mut chars = name.chars();
    match chars.next() {
        None => return Err("it is empty".into()),
        Some(c) if !(c.is_ascii_alphabetic() || c == '_') => {
            return Err(format!("it must start with a letter or `_`, not '{c}'"))
        }
        _ => {}
    }
    if let Some(c) = chars.find(|c| !(c.is_ascii_alphanumeric() || *c == '_')) {
        return Err(format!("'{c}' is not allowed"));
    }
    if name.len() > 64 {
        return Err(format!("it is {} bytes long (at most 64)", name.len()));
    }
    if name.bytes().all(|b| b == b'_') {
        return Err("it cannot be only underscores".into());
    }
    Ok(())
}

/// Orders files by their project-relative path in UTF-16 code units, as the official
/// tools order module paths.
pub fn path_order_key(root: &Path, file: &Path) -> Vec<u16> {
    match crate::resolve::plainly_inside(root, file) {
        Some(relative) => relative.encode_utf16().collect(),
        None => file
            .strip_prefix(root)
            .unwrap_or(file)
            .to_string_lossy()
            .encode_utf16()
            .collect(),
    }
}

fn find_config(dir: &Path) -> Option<PathBuf> {
    ["convex.config.ts", "convex.config.js"]
        .iter()
        .map(|name| dir.join(name))
        .find(|p| crate::inputs::is_file(p))
}

struct Loader<'e, 'a> {
    evaluator: &'e Evaluator<'a>,
    root: &'e Path,
    /// Module evaluations kept from earlier loads.
    evaluated: std::sync::Arc<EvaluatedModules>,
    hashes: FileHashes,
    diagnostics: Vec<Diagnostic>,
    definitions: Vec<ComponentDefinition>,
    by_config: HashMap<PathBuf, DefinitionId>,
    detail: Detail,
    /// Modules nothing evaluates, sent to be checked for syntax errors on a thread of their
    /// own while the rest loads (a large app's modules take a tenth of a second to parse);
    /// the loading thread helps with what is left when it is done.
    syntax_checks: Option<std::sync::mpsc::Sender<PathBuf>>,
    /// Those modules, each with where its syntax error belongs among the diagnostics.
    syntax_pending: Vec<(usize, PathBuf)>,
    /// Modules and schemas evaluated on all cores ahead of [`Self::load_functions`] and
    /// [`Self::evaluate_schema`], with what their evaluation read.
    ahead: HashMap<PathBuf, (Evaluated, Reads)>,
}

/// A file to evaluate ahead of its definition's loading.
struct AheadFile {
    file: PathBuf,
    what: Ahead,
}

enum Ahead {
    /// A module: whether it is its definition's HTTP router, and whether it belongs to the
    /// app or a local component (what the rules look at).
    Module { router: bool, local: bool },
    /// A schema file (its default export).
    Schema,
}

/// What evaluating an [`AheadFile`] gave.
enum Evaluated {
    Module(EvaluatedModule),
    Schema(Result<SchemaValue, String>),
}

impl AheadFile {
    fn module(dir: &Path, path: &str, local: bool) -> Self {
        Self {
            file: dir.join(path),
            what: Ahead::Module {
                router: is_router(path),
                local,
            },
        }
    }

    fn schema(file: PathBuf) -> Self {
        Self {
            file,
            what: Ahead::Schema,
        }
    }
}

/// Files to parse and evaluate afresh enough to spread over all cores, and to build a
/// large heap.
const MANY_FILES: usize = 256;

impl Loader<'_, '_> {
    /// Runs `load` with a loader over the project in `root`; the definitions and problems
    /// it found.
    fn run(
        workspace: &Workspace,
        root: &Path,
        detail: Detail,
        load: impl FnOnce(&mut Loader<'_, '_>),
    ) -> (Vec<ComponentDefinition>, Vec<Diagnostic>) {
        let resolver = Resolver::kept(workspace, root);
        resolver.forget_failures();
        let evaluator = Evaluator::new(workspace, &resolver);
        let (syntax_checks, to_check) = std::sync::mpsc::channel::<PathBuf>();
        let to_check = std::sync::Mutex::new(to_check);
        let check_syntax = || {
            // One file at a time, so the loading thread can take its share at the end.
            while let Ok(Ok(file)) = to_check.lock().map(|files| files.recv()) {
                workspace.check_syntax(std::slice::from_ref(&file));
            }
        };
        let loaded = std::thread::scope(|scope| {
            // Only modules whose functions go unevaluated are sent (default-mode codegen):
            // the language server, `check` and `dev` evaluate every module and start no thread.
            let (syntax_checks, checker) = if detail.app_functions && detail.package_functions {
                (None, None)
            } else {
                (Some(syntax_checks), Some(scope.spawn(check_syntax)))
            };
            let mut loader = Loader {
                evaluator: &evaluator,
                root,
                evaluated: workspace.memo::<EvaluatedModules>(),
                hashes: FileHashes::default(),
                diagnostics: Vec::new(),
                definitions: Vec::new(),
                by_config: HashMap::new(),
                detail,
                syntax_checks,
                syntax_pending: Vec::new(),
                ahead: HashMap::new(),
            };
            load(&mut loader);
            drop(loader.syntax_checks.take());
            if let Some(checker) = checker {
                check_syntax();
                let _ = checker.join();
            }
            // Last first, so the places of the earlier ones stay where they were.
            for (at, file) in std::mem::take(&mut loader.syntax_pending).into_iter().rev() {
                let before = loader.diagnostics.len();
                loader.syntax_error_of(&file);
                if loader.diagnostics.len() > before {
                    let error = loader.diagnostics.remove(before);
                    loader.diagnostics.insert(at, error);
                }
            }
            (loader.definitions, loader.diagnostics)
        });
        workspace.discard(evaluator);
        loaded
    }

    fn load_definition(
        &mut self,
        kind: DefinitionKind,
        dir: PathBuf,
        config_file: Option<PathBuf>,
    ) -> DefinitionId {
        let id = self.definitions.len();
        if let Some(file) = &config_file {
            self.by_config.insert(file.clone(), id);
        }
        self.definitions.push(ComponentDefinition {
            kind: kind.clone(),
            dir: dir.clone(),
            config_file: config_file.clone(),
            name: None,
            http_prefix: None,
            env: Vec::new(),
            uses: Vec::new(),
            modules: Vec::new(),
            schema: None,
            nested_schemas: Vec::new(),
        });

        let evaluate_functions = self.evaluates_functions(&kind);
        let schema_file = schema_file(&dir);
        // The schemas and the components' modules are evaluated beside the app's modules,
        // on all cores, rather than one after another once the app's are done.
        let also_ahead = match (&kind, &config_file) {
            (DefinitionKind::App, Some(config)) if evaluate_functions => {
                let mut found = Vec::new();
                if let Some(schema) = schema_file
                    .as_ref()
                    .filter(|_| self.evaluates_schema(&kind))
                {
                    found.push(AheadFile::schema(schema.clone()));
                }
                self.component_files(config, &mut HashSet::default(), &mut found);
                found
            }
            _ => Vec::new(),
        };
        let (modules, nested_schemas) = self.load_modules(&dir, &kind, also_ahead);
        self.definitions[id].nested_schemas = nested_schemas;
        let schema = schema_file.map(|file| {
            let value = if self.evaluates_schema(&kind) {
                self.evaluate_schema(&file)
            } else {
                Err(SCHEMA_NOT_EVALUATED.into())
            };
            if matches!(kind, DefinitionKind::Package { .. }) {
                // A published package's schema matters only to tools that describe it
                // (the language server's hover); it is never reported on.
                return Schema { file, value };
            }
            // A schema static evaluation cannot decide is no problem of the app's: what
            // needs its tables learns them by loading it (codegen), or says why not.
            if value.is_err() {
                self.syntax_error_of(&file);
            }
            Schema { file, value }
        });
        let definition = &mut self.definitions[id];
        definition.modules = modules;
        definition.schema = schema;

        if let Some(file) = config_file {
            self.load_config(id, &file);
        }
        id
    }

    /// The schema `file`'s default export, taken from an earlier evaluation when no file
    /// that one read has changed.
    fn evaluate_schema(&mut self, file: &Path) -> Result<SchemaValue, String> {
        let workspace = self.evaluator.workspace();
        if let Some(kept) =
            self.evaluated
                .schemas()
                .lookup(workspace, &mut self.hashes, self.root, file)
        {
            return kept;
        }
        let (value, reads) = match self.ahead.remove(file) {
            Some((Evaluated::Schema(value), reads)) => (value, reads),
            _ => self
                .evaluator
                .tracked(|| schema_export(self.evaluator, file)),
        };
        self.evaluated.schemas().store(
            workspace,
            &mut self.hashes,
            self.root,
            file,
            &reads,
            &value,
        );
        value
    }

    fn syntax_error_of(&mut self, file: &Path) -> bool {
        if self.evaluator.workspace().parses_cleanly(file) {
            return false;
        }
        if let Err(LoadError::Syntax(error)) = self.evaluator.workspace().parse(file) {
            if !self
                .diagnostics
                .iter()
                .any(|d| d.code == "syntax-error" && d.file == file)
            {
                self.diagnostics.push(
                    Diagnostic::error(
                        "syntax-error",
                        file,
                        Some(error.span),
                        error.message.clone(),
                    )
                    .with_help(format!("fix the syntax error:\n{}", error.frame)),
                );
            }
            return true;
        }
        false
    }

    /// The modules of the functions folder `dir` of a definition of `kind`, and its nested
    /// schema files. The files in `also_ahead` are evaluated ahead with them.
    fn load_modules(
        &mut self,
        dir: &Path,
        kind: &DefinitionKind,
        also_ahead: Vec<AheadFile>,
    ) -> (Vec<Module>, Vec<PathBuf>) {
        let evaluate_functions = self.evaluates_functions(kind);
        let discovery = match discover_modules(self.evaluator.workspace(), dir) {
            Ok(found) => found,
            Err(error) => {
                self.diagnostics.push(Diagnostic::error(
                    "io-error",
                    dir,
                    None,
                    format!("cannot list {}: {error}", dir.display()),
                ));
                return (Vec::new(), Vec::new());
            }
        };
        for reserved in &discovery.reserved_deps {
            self.diagnostics.push(
                Diagnostic::error("reserved-deps-folder", dir.join(reserved), None, format!("\"{reserved}\" is within the \"_deps\" directory, which is reserved for dependencies"))
                    .with_help("move your code to another directory"),
            );
        }
        if self
            .evaluator
            .workspace()
            .memo::<KnownModules>()
            .changed(dir, &discovery.modules)
        {
            // A module was added or removed: imports may resolve differently now.
            self.evaluator.resolver().forget();
        }
        if evaluate_functions {
            // On all cores, what must be evaluated (a kept evaluation needs no tree); the
            // schemas and components' modules first, as a few of them take long.
            let local = !matches!(kind, DefinitionKind::Package { .. });
            let ours = discovery
                .modules
                .iter()
                .map(|path| AheadFile::module(dir, path, local));
            let unevaluated = also_ahead
                .into_iter()
                .chain(ours)
                .filter(|ahead| self.unevaluated(ahead))
                .collect();
            self.evaluate_ahead(unevaluated);
        } else if let Some(checks) = &self.syntax_checks {
            let workspace = self.evaluator.workspace();
            if discovery.modules.len() >= MANY_FILES && !workspace.knows_clean_texts() {
                workspace.large_heap_ahead();
            }
            for path in &discovery.modules {
                let _ = checks.send(dir.join(path));
            }
        }
        let nested_schemas = discovery
            .nested_schemas
            .iter()
            .map(|p| dir.join(p))
            .collect();
        let modules = discovery
            .modules
            .into_iter()
            .map(|path| {
                let file = dir.join(&path);
                let mut module = Module {
                    path,
                    file,
                    functions: Arc::from([]),
                    unknown_exports: Arc::from([]),
                };
                if evaluate_functions {
                    self.load_functions(&mut module);
                } else {
                    let at = self.diagnostics.len();
                    self.syntax_pending.push((at, module.file.clone()));
                }
                module
            })
            .collect();
        (modules, nested_schemas)
    }

    fn load_functions(&mut self, module: &mut Module) {
        if self.syntax_error_of(&module.file) {
            return;
        }
        let workspace = self.evaluator.workspace();
        let supplied = workspace.memo::<SuppliedByLoading>();
        if supplied
            .0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .contains(&module.file)
        {
            module.unknown_exports =
                Arc::from([("*".to_string(), SUPPLIED_BY_LOADING.to_string())]);
            return;
        }
        let kept = match self.ahead.remove(&module.file) {
            // Evaluated ahead (and kept there).
            Some((Evaluated::Module(evaluated), _)) => Some(evaluated),
            _ => self.evaluated.modules().lookup(
                workspace,
                &mut self.hashes,
                self.root,
                &module.file,
            ),
        };
        let evaluated = match kept {
            Some(kept) => kept,
            None => {
                let (evaluated, reads) = self.evaluator.tracked(|| {
                    evaluate_module(self.evaluator, &module.file, is_router(&module.path))
                });
                self.evaluated.modules().store(
                    workspace,
                    &mut self.hashes,
                    self.root,
                    &module.file,
                    &reads,
                    &evaluated,
                );
                evaluated
            }
        };
        module.functions = evaluated.functions;
        module.unknown_exports = evaluated.unknown_exports;
    }

    /// Whether `ahead` has no kept evaluation.
    fn unevaluated(&mut self, ahead: &AheadFile) -> bool {
        let workspace = self.evaluator.workspace();
        let (hashes, file) = (&mut self.hashes, &ahead.file);
        match ahead.what {
            Ahead::Module { .. } => (self.evaluated.modules())
                .lookup(workspace, hashes, self.root, file)
                .is_none(),
            Ahead::Schema => (self.evaluated.schemas())
                .lookup(workspace, hashes, self.root, file)
                .is_none(),
        }
    }

    /// Evaluates a large app's modules and schemas on all cores, each thread with an
    /// evaluator of its own (an evaluator is single-threaded); each file is parsed by the
    /// thread that evaluates it, which also finds a module's usages when the rules need
    /// them. A small app's files are only parsed on all cores: the loader's evaluator,
    /// which evaluates them, then also knows what they import.
    fn evaluate_ahead(&mut self, files: Vec<AheadFile>) {
        let workspace = self.evaluator.workspace();
        if files.len() >= MANY_FILES {
            workspace.large_heap_ahead();
        }
        if files.len() < MANY_FILES || crate::workspace::cores() < 2 {
            let files: Vec<PathBuf> = files.into_iter().map(|ahead| ahead.file).collect();
            workspace.parse_all(&files);
            return;
        }
        let supplied = workspace.memo::<SuppliedByLoading>();
        let supplied = supplied.0.lock().unwrap_or_else(|e| e.into_inner()).clone();
        let files: Vec<AheadFile> = files
            .into_iter()
            .filter(|ahead| !supplied.contains(&ahead.file))
            .collect();
        let resolver = self.evaluator.resolver();
        let usages = self
            .detail
            .lint_usages
            .then(|| workspace.memo::<crate::usage::KeptUsages>());
        let (kept, root) = (&self.evaluated, self.root);
        let evaluated = std::sync::Mutex::new(Vec::with_capacity(files.len()));
        crate::workspace::on_all_cores_with(
            &files,
            || (Evaluator::new(workspace, resolver), FileHashes::default()),
            |(evaluator, hashes), AheadFile { file, what }| {
                let result = match *what {
                    Ahead::Module { router, local } => {
                        let (module, reads) =
                            evaluator.tracked(|| evaluate_module(evaluator, file, router));
                        // Kept here, on all cores, not when the loader takes it: a module
                        // with a syntax error is not kept (loading reports the error).
                        if workspace.parse(file).is_ok() {
                            kept.modules()
                                .store(workspace, hashes, root, file, &reads, &module);
                        }
                        if let Some(usages) = usages.as_ref().filter(|_| local) {
                            usages.compute(workspace, file);
                        }
                        (Evaluated::Module(module), reads)
                    }
                    Ahead::Schema => {
                        let (schema, reads) = evaluator.tracked(|| schema_export(evaluator, file));
                        (Evaluated::Schema(schema), reads)
                    }
                };
                let mut evaluated = evaluated.lock().unwrap_or_else(|e| e.into_inner());
                evaluated.push((file.clone(), result));
            },
            |(evaluator, _)| workspace.discard(evaluator),
        );
        self.ahead = evaluated
            .into_inner()
            .unwrap_or_else(|e| e.into_inner())
            .into_iter()
            .collect();
    }

    /// The modules and schemas loading will evaluate of the components the definition in
    /// `config` installs, and of theirs. Problems are skipped: loading the definitions
    /// reports them.
    fn component_files(
        &self,
        config: &Path,
        seen: &mut HashSet<PathBuf>,
        found: &mut Vec<AheadFile>,
    ) {
        let Ok(definition) = read_definition(self.evaluator, config) else {
            return;
        };
        for specifier in definition.uses.iter().filter_map(|u| u.specifier.as_ref()) {
            let Ok(child) = self.evaluator.resolver().resolve(config, specifier) else {
                continue;
            };
            let Some(kind) = definition_kind(specifier, &child) else {
                continue;
            };
            if !seen.insert(child.clone()) {
                continue;
            }
            let dir = child.parent().unwrap_or(Path::new(""));
            if let Some(schema) = schema_file(dir).filter(|_| self.evaluates_schema(&kind)) {
                found.push(AheadFile::schema(schema));
            }
            if self.evaluates_functions(&kind) {
                if let Ok(discovery) = discover_modules(self.evaluator.workspace(), dir) {
                    let local = kind == DefinitionKind::Local;
                    let modules = discovery.modules.iter();
                    found.extend(modules.map(|path| AheadFile::module(dir, path, local)));
                }
            }
            self.component_files(&child, seen, found);
        }
    }

    fn evaluates_functions(&self, kind: &DefinitionKind) -> bool {
        match kind {
            DefinitionKind::App => self.detail.app_functions,
            DefinitionKind::Local => true,
            DefinitionKind::Package { .. } => self.detail.package_functions,
        }
    }

    fn evaluates_schema(&self, kind: &DefinitionKind) -> bool {
        match kind {
            DefinitionKind::App | DefinitionKind::Local => self.detail.schemas,
            DefinitionKind::Package { .. } => self.detail.package_functions,
        }
    }

    fn load_config(&mut self, id: DefinitionId, file: &Path) {
        if self.syntax_error_of(file) {
            return;
        }
        let config = match read_definition(self.evaluator, file) {
            Ok(config) => config,
            Err(message) => {
                self.diagnostics
                    .push(Diagnostic::error("invalid-definition", file, None, message));
                return;
            }
        };
        for (span, message) in &config.errors {
            self.diagnostics.push(Diagnostic::error(
                "invalid-definition",
                file,
                *span,
                message.clone(),
            ));
        }
        let mut uses = Vec::new();
        for use_call in &config.uses {
            let child = use_call
                .specifier
                .as_ref()
                .map(|specifier| self.resolve_child(file, specifier, use_call.definition_span));
            let child = child.flatten();
            let default_name = child.and_then(|c| self.definitions[c].name.clone());
            let name = match &use_call.name {
                Some(Ok(name)) => Some(name.clone()),
                Some(Err(reason)) => {
                    self.diagnostics.push(Diagnostic::error(
                        "invalid-component-name",
                        file,
                        Some(use_call.span),
                        reason.clone(),
                    ));
                    None
                }
                None => default_name,
            };
            if use_call.specifier.is_none() {
                self.diagnostics.push(
                    Diagnostic::error("component-not-found", file, Some(use_call.definition_span), "the first argument of `use()` must be a component definition imported from its convex.config")
                        .with_help("import the definition: `import component from \"<package>/convex.config\"`"),
                );
            }
            let http_prefix = match &use_call.http_prefix {
                Some(Ok(prefix)) if !prefix.starts_with('/') => {
                    self.diagnostics
                        .push(invalid_http_prefix(file, use_call.span, prefix));
                    None
                }
                Some(Ok(prefix)) => Some(prefix.clone()),
                Some(Err(reason)) => {
                    self.diagnostics.push(Diagnostic::error(
                        "invalid-http-prefix",
                        file,
                        Some(use_call.span),
                        reason.clone(),
                    ));
                    None
                }
                None => None,
            };
            if let Some(name) = name {
                if let Err(reason) = check_identifier(&name) {
                    self.diagnostics.push(
                        Diagnostic::error("invalid-component-name", file, Some(use_call.span), format!("invalid component name \"{name}\": {reason}"))
                            .with_help("use a name that starts with a letter or `_` and has only letters, digits and `_` (at most 64 bytes)"),
                    );
                } else if uses.iter().any(|u: &ComponentUse| u.name == name) {
                    self.diagnostics.push(
                        Diagnostic::error(
                            "duplicate-component-name",
                            file,
                            Some(use_call.span),
                            format!("a component named \"{name}\" is already installed here"),
                        )
                        .with_help(
                            "give this instance its own name: `use(component, { name: \"…\" })`",
                        ),
                    );
                }
                uses.push(ComponentUse {
                    name,
                    definition: child,
                    specifier: use_call.specifier.clone(),
                    http_prefix,
                    env: use_call.env.clone(),
                    span: use_call.span,
                });
            }
        }
        if let Some(Ok(prefix)) = &config.http_prefix {
            if !prefix.starts_with('/') {
                self.diagnostics
                    .push(invalid_http_prefix(file, config.span, prefix));
            }
        }
        if let Some(name) = &config.name {
            if let Err(reason) = check_identifier(name) {
                self.diagnostics.push(
                    Diagnostic::error("invalid-component-name", file, Some(config.span), format!("invalid component name \"{name}\": {reason}"))
                        .with_help("name the component with letters, digits and `_`, starting with a letter or `_`"),
                );
            }
        }
        let definition = &mut self.definitions[id];
        definition.name = config.name;
        definition.env = config.env;
        definition.http_prefix = match config.http_prefix {
            Some(Ok(prefix)) => Some(prefix),
            _ => None,
        };
        definition.uses = uses;
    }

    fn resolve_child(&mut self, file: &Path, specifier: &str, span: Span) -> Option<DefinitionId> {
        let resolved = match self.evaluator.resolver().resolve(file, specifier) {
            Ok(path) => path,
            Err(error) => {
                let help = match &error {
                    ResolveError::MissingPackage { package } => {
                        format!("run `npm install {package}` (and add it to package.json)")
                    }
                    ResolveError::MissingExport { package, .. } => {
                        format!("import the component definition from \"{package}/convex.config\"")
                    }
                    ResolveError::NotFound { .. } => {
                        "point the import at a folder's convex.config.ts".to_string()
                    }
                };
                self.diagnostics.push(
                    Diagnostic::error(
                        "component-not-found",
                        file,
                        Some(span),
                        format!("cannot load component \"{specifier}\": {error}"),
                    )
                    .with_help(help),
                );
                return None;
            }
        };
        if let Some(&id) = self.by_config.get(&resolved) {
            return Some(id);
        }
        let Some(kind) = definition_kind(specifier, &resolved) else {
            self.diagnostics.push(
                Diagnostic::error(
                    "component-not-found",
                    file,
                    Some(span),
                    format!(
                        "\"{specifier}\" resolves to {}, which is not a convex.config file",
                        resolved.display()
                    ),
                )
                .with_help(
                    "import the component's convex.config (e.g. \"<package>/convex.config\")",
                ),
            );
            return None;
        };
        let dir = resolved.parent().map(Path::to_path_buf).unwrap_or_default();
        let id = self.load_definition(kind, dir, Some(resolved));
        // A definition without a name cannot be installed (its config reported why).
        self.definitions[id].name.as_ref().map(|_| id)
    }
}

/// The kind of component whose definition `specifier` resolved to (`resolved`); `None` when
/// that is no convex.config file. A built `.js` config is a published package (the CLI's
/// rule); so is anything under node_modules, even a TypeScript source a package exports —
/// codegen never writes there.
fn definition_kind(specifier: &str, resolved: &Path) -> Option<DefinitionKind> {
    let file_name = resolved.file_name()?.to_str()?;
    if !file_name.starts_with("convex.config.") {
        return None;
    }
    let in_node_modules = resolved
        .components()
        .any(|c| c.as_os_str() == "node_modules");
    Some(if file_name.ends_with(".js") || in_node_modules {
        DefinitionKind::Package {
            package: crate::resolve::split_package_specifier(specifier)
                .0
                .to_string(),
        }
    } else {
        DefinitionKind::Local
    })
}

/// The schema file of the functions folder `dir`, if it has one.
fn schema_file(dir: &Path) -> Option<PathBuf> {
    ["schema.ts", "schema.js"]
        .iter()
        .map(|name| dir.join(name))
        .find(|file| crate::inputs::is_file(file))
}

/// The default export of the schema `file`, as a schema.
fn schema_export(evaluator: &Evaluator<'_>, file: &Path) -> Result<SchemaValue, String> {
    match evaluator.eval_export(file, "default") {
        Value::Schema(schema) => Ok(*schema),
        other => Err(other.describe_unknown("`export default defineSchema(...)`")),
    }
}

/// Whether the module at `path` (relative to its definition's folder, one discovery found)
/// is the HTTP router: `http` with any module extension.
fn is_router(path: &str) -> bool {
    path.split_once('.').is_some_and(|(stem, _)| stem == "http")
}

/// The functions a module exports, and the exports whose value is unknown. In `http.ts` (`router`), the default export is the
/// HTTP router by Convex's rules, never a function: when static evaluation cannot tell what
/// it is, nothing is unknown (loading the module, and every module its routes import, only
/// to learn that would cost a second on an edit of any of them).
fn evaluate_module(evaluator: &Evaluator<'_>, file: &Path, router: bool) -> EvaluatedModule {
    let mut functions = Vec::new();
    let mut unknown_exports = Vec::new();
    let spans = evaluator
        .scope(file)
        .map(|s| s.export_spans.clone())
        .unwrap_or_default();
    for name in evaluator.export_names(file) {
        match evaluator.eval_function_export(file, &name) {
            Value::Function(f) => functions.push(Function {
                span: spans.get(name.as_str()).copied(),
                name,
                kind: f.kind,
                visibility: f.visibility,
                args: f.args,
                returns: f.returns,
            }),
            Value::Unknown(_) if router && name == "default" => {}
            Value::Unknown(reason) => unknown_exports.push((name, reason)),
            _ => {}
        }
    }
    EvaluatedModule {
        functions: functions.into(),
        unknown_exports: unknown_exports.into(),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::{check_identifier, Detail, Function, ProjectModel};
    use crate::eval::{FunctionKind, Visibility};
    use crate::source::Span;
    use crate::validator::{Field, Literal, Validator};
    use crate::workspace::Workspace;

    #[test]
    fn functions_read_back_as_the_caches_write_them() {
        let every_kind = Validator::Object(
            vec![
                Field {
                    name: "z".into(),
                    validator: Validator::Union(
                        vec![
                            Validator::Literal(Literal::String("a\"b".into())),
                            Validator::Literal(Literal::BigInt(-3)),
                            Validator::Literal(Literal::Number(1.5)),
                            Validator::Literal(Literal::Boolean(true)),
                            Validator::Null,
                        ]
                        .into(),
                    ),
                    optional: true,
                },
                Field {
                    name: "a".into(),
                    validator: Validator::Record {
                        keys: Arc::new(Validator::Id("users".into())),
                        values: Arc::new(Validator::Array(Arc::new(Validator::Bytes))),
                    },
                    optional: false,
                },
                Field {
                    name: "n".into(),
                    validator: Validator::Object(Vec::new().into()),
                    optional: false,
                },
            ]
            .into(),
        );
        let functions = [
            Function {
                name: "list".into(),
                kind: FunctionKind::HttpAction,
                visibility: Visibility::Internal,
                args: Ok(every_kind.clone()),
                returns: Ok(None),
                span: Some(Span::new(3, 40)),
            },
            Function {
                name: "get".into(),
                kind: FunctionKind::Query,
                visibility: Visibility::Public,
                args: Err("built by a factory".into()),
                returns: Ok(Some(every_kind)),
                span: None,
            },
        ];
        for function in functions {
            let text = serde_json::to_string(&function).unwrap();
            let read: Function = serde_json::from_str(&text).unwrap();
            assert_eq!(read, function, "{text}");
            assert_eq!(Function::from_json(&function.to_json()), Some(function));
        }
        // A validator whose `type` is not first (not this crate's writing) still reads.
        let reordered = r#"{"value":{"type":"string"},"type":"array"}"#;
        let read: Validator = serde_json::from_str(reordered).unwrap();
        assert_eq!(read, Validator::Array(Arc::new(Validator::String)));
    }

    #[test]
    fn an_undecided_default_export_of_the_http_router_is_not_unknown() {
        let dir = tempfile::tempdir().unwrap();
        let write = |rel: &str, text: &str| {
            let path = dir.path().join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        };
        write("package.json", "{}");
        let module = "export default (globalThis as any).makeRouter();\n";
        write("convex/http.ts", module);
        write("convex/other.ts", module);
        let model = ProjectModel::load(dir.path(), &Workspace::new(), Detail::ALL).unwrap();
        let unknown = |path: &str| {
            let module = model.app().modules.iter().find(|m| m.path == path).unwrap();
            module.unknown_exports.len()
        };
        assert_eq!(unknown("http.ts"), 0);
        assert_eq!(unknown("other.ts"), 1);
    }

    #[test]
    fn only_an_analysis_of_hundreds_of_modules_runs_the_large_heap_hook() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static LARGE: AtomicUsize = AtomicUsize::new(0);
        static SMALL: AtomicUsize = AtomicUsize::new(0);
        static CHECKED: AtomicUsize = AtomicUsize::new(0);
        // Default-mode codegen: the app's modules are only syntax-checked.
        let syntax_only = Detail {
            app_functions: false,
            ..Detail::ALL
        };
        let load = |modules: usize, detail: Detail, hook: fn()| {
            let dir = tempfile::tempdir().unwrap();
            std::fs::write(dir.path().join("package.json"), "{}").unwrap();
            std::fs::create_dir(dir.path().join("convex")).unwrap();
            for i in 0..modules {
                let module = format!("export const n{i} = {i};\n");
                std::fs::write(dir.path().join(format!("convex/m{i}.ts")), module).unwrap();
            }
            let workspace = Workspace::new().before_large_heap(hook);
            let model = ProjectModel::load(dir.path(), &workspace, detail).unwrap();
            assert_eq!(model.definitions[0].modules.len(), modules);
        };
        load(300, Detail::ALL, || {
            LARGE.fetch_add(1, Ordering::SeqCst);
        });
        load(300, syntax_only, || {
            CHECKED.fetch_add(1, Ordering::SeqCst);
        });
        load(30, Detail::ALL, || {
            SMALL.fetch_add(1, Ordering::SeqCst);
        });
        assert_eq!(LARGE.load(Ordering::SeqCst), 1);
        assert_eq!(CHECKED.load(Ordering::SeqCst), 1);
        assert_eq!(SMALL.load(Ordering::SeqCst), 0);
    }

    #[test]
    fn identifier_rule() {
        for ok in ["leaderboard", "_private", "a1_b2", &"x".repeat(64)] {
            assert_eq!(check_identifier(ok), Ok(()), "{ok}");
        }
        for bad in ["", "1abc", "my-name", "a b", "___", &"x".repeat(65), "é"] {
            assert!(check_identifier(bad).is_err(), "{bad}");
        }
    }
}
