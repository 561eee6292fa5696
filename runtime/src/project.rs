//! A project running locally: its component tree (from the analysis model), one set of
//! isolates per component instance, and the database. Calls from outside (the CLI) and
//! between components go through [`LocalRuntime::call`], which validates arguments and
//! return values and wraps each component call in a savepoint.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::{Rc, Weak};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::Value as Json;

use convexkit_analysis::model::{DefinitionId, Detail, ProjectModel};
use convexkit_analysis::resolve::Resolver;
use convexkit_analysis::workspace::Workspace;

use crate::auth::{self, AuthProvider, Caller};
use crate::engine::isolate::{CallError, FunctionInfo, HostError, Invocation, Isolate, Kind};
use crate::executions::Execution;
use crate::http_actions::{HttpRequest, HttpResponse};
use crate::node::{is_use_node, NodeProcess};
use crate::scheduler::JobRun;
use crate::storage::{DerivedIndexes, IndexDef, SearchIndexDef, Store, Touched, VectorIndexDef};
use crate::syscalls::InstanceHost;
use crate::values::validate::validate_with;
use crate::values::Value;
use convexkit_analysis::component_config::EnvArg;

/// How long functions may run: QuickJS is several times slower than V8, so these are far
/// above the cloud's limits.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub query_or_mutation: Duration,
    pub action: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            query_or_mutation: Duration::from_secs(30),
            action: Duration::from_secs(600),
        }
    }
}

/// How a project runs: time limits and the deployment's environment variables.
#[derive(Debug, Clone)]
pub struct Options {
    pub limits: Limits,
    /// `process.env` of the app (what `npx convex env set` sets on a deployment).
    pub env: Vec<(String, String)>,
    /// Where the HTTP API is served (`http://127.0.0.1:3210`), for file URLs and the
    /// built-in `CONVEX_CLOUD_URL`.
    pub origin: String,
    /// Where HTTP actions are served (`http://127.0.0.1:3211`): `CONVEX_SITE_URL`.
    pub site_origin: String,
    /// This process serves `origin` (`convexkit dev`): an action must not fetch from it.
    pub serving: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            limits: Limits::default(),
            env: Vec::new(),
            origin: format!("http://127.0.0.1:{DEFAULT_PORT}"),
            site_origin: format!("http://127.0.0.1:{}", DEFAULT_PORT + 1),
            serving: false,
        }
    }
}

/// The port `convexkit dev` serves the HTTP API on unless told otherwise (the local
/// Convex backend's).
pub const DEFAULT_PORT: u16 = 3210;

/// Component calls may nest this deep (app → component → child …).
const MAX_DEPTH: usize = 32;

/// Why a call failed, as the caller (or the CLI) reports it.
#[derive(Debug, Clone, PartialEq)]
pub struct RunError {
    pub message: String,
    /// A ConvexError's data (JSON export form, serialized).
    pub data: Option<String>,
}

impl RunError {
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            data: None,
        }
    }
}

impl std::fmt::Display for RunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl From<CallError> for RunError {
    fn from(error: CallError) -> Self {
        match error {
            CallError::Thrown { message, data } => RunError { message, data },
            other => RunError::new(other.to_string()),
        }
    }
}

/// A failed call seen from the function that made it: the same message and ConvexError data.
impl From<RunError> for HostError {
    fn from(error: RunError) -> Self {
        HostError {
            message: error.message,
            data: error.data,
        }
    }
}

impl From<crate::storage::StorageError> for RunError {
    fn from(error: crate::storage::StorageError) -> Self {
        RunError::new(error.0)
    }
}

/// A table's schema: its indexes and, with schema validation on, its document validator.
#[derive(Debug, Clone, Default)]
pub struct TableSchema {
    pub indexes: Vec<IndexDef>,
    /// Its search and vector indexes.
    pub derived: DerivedIndexes,
    pub document: Option<Json>,
}

/// One `use()` of a component (or the app itself, at path `""`).
pub struct Instance {
    pub path: String,
    pub definition: DefinitionId,
    /// `process.env` in the instance's isolates.
    pub env: serde_json::Map<String, Json>,
    pub tables: RefCell<HashMap<String, Rc<TableSchema>>>,
    /// Isolates by nesting depth: a call that re-enters this instance (a component calling
    /// its own functions, an action running a query) runs in the next one.
    isolates: RefCell<Vec<Rc<Isolate>>>,
    /// The Node.js processes running its `"use node"` modules, by nesting depth too.
    nodes: RefCell<Vec<Rc<NodeProcess>>>,
    depth: Cell<usize>,
    pub host: Rc<InstanceHost>,
}

pub(crate) struct Inner {
    pub workspace: Arc<Workspace>,
    pub resolver: Arc<Resolver>,
    pub model: ProjectModel,
    pub store: Store,
    pub limits: Limits,
    pub origin: String,
    pub serving: bool,
    /// The deployment's env vars: the database's, under what `--env` sets.
    app_env: RefCell<Vec<(String, String)>>,
    /// What `--env` sets, then the deployment's built-in variables.
    env_overrides: Vec<(String, String)>,
    instances: RefCell<HashMap<String, Rc<Instance>>>,
    /// Function registrations by (instance path, `module:export`).
    functions: RefCell<HashMap<(String, String), Option<FunctionInfo>>>,
    /// A transaction is open (a query or mutation is running at the top).
    pub in_transaction: Cell<bool>,
    /// A paginated query ran in the current top-level call (Convex allows one, nested
    /// and component calls included).
    pub paginated: Cell<bool>,
    /// The open transaction's commit timestamp (nanoseconds since the epoch, increasing),
    /// which `v.commitTs()` fields written as `ctx.db.vars.commitTs` receive.
    pub commit_ts: Cell<i64>,
    /// The commit timestamp of the last transaction that committed (0: none yet).
    last_commit: Cell<i64>,
    /// Console output of the functions running, when a client asked for it (`logLines`).
    pub log_lines: RefCell<Option<Vec<String>>>,
    /// Who the calls run as (`ctx.auth.getUserIdentity()` of the app's functions).
    pub caller: RefCell<Caller>,
    /// The executions recorded for a server (None: not recording).
    pub(crate) executions: RefCell<Option<Vec<Execution>>>,
    pub(crate) depth: Cell<usize>,
    this: Weak<Inner>,
}

pub struct LocalRuntime {
    inner: Rc<Inner>,
}

/// A module (or a whole instance, when its schema failed) that did not load.
#[derive(Debug, Clone)]
pub struct LoadFailure {
    /// The instance path (`""` for the app).
    pub instance: String,
    pub module: Option<PathBuf>,
    pub error: String,
}

/// Where a function lives: an instance, a module file and an export.
pub struct Address {
    pub instance: String,
    pub module: PathBuf,
    pub name: String,
    /// `module:export` as written, for handles and messages.
    pub function: String,
}

impl LocalRuntime {
    /// Loads the project in `root` with its database at `database`.
    pub fn open(root: &Path, database: &Path, options: Options) -> Result<Self, RunError> {
        let workspace = Arc::new(Workspace::new());
        let model = ProjectModel::load(root, &workspace, Detail::ALL)
            .map_err(|e| RunError::new(format!("{}: {}", e.path.display(), e.message)))?;
        if let Some(error) = model
            .diagnostics
            .iter()
            .find(|d| d.severity == convexkit_analysis::diagnostic::Severity::Error)
        {
            let place = match (error.span, workspace.read(&error.file)) {
                (Some(span), Ok(text)) => {
                    let lines = convexkit_analysis::source::LineIndex::new(&text);
                    let at = lines.line_col(&text, span.start);
                    format!("{}:{}:{}", error.file.display(), at.line, at.column)
                }
                _ => error.file.display().to_string(),
            };
            let help = error
                .help
                .as_deref()
                .map(|help| format!("\n{help}"))
                .unwrap_or_default();
            return Err(RunError::new(format!(
                "{place}: {}{help}\n(`convexkit check` lists every problem)",
                error.message
            )));
        }
        let resolver = Resolver::kept(&workspace, &model.config.root);
        let store = Store::open(database)?;
        let inner = Rc::new_cyclic(|this| Inner {
            workspace,
            resolver,
            model,
            store,
            limits: options.limits,
            origin: options.origin.clone(),
            serving: options.serving,
            app_env: RefCell::default(),
            env_overrides: {
                let mut env = options.env;
                for (name, value) in [
                    ("CONVEX_CLOUD_URL", &options.origin),
                    ("CONVEX_SITE_URL", &options.site_origin),
                ] {
                    if !env.iter().any(|(n, _)| n == name) {
                        env.push((name.to_string(), value.clone()));
                    }
                }
                env
            },
            instances: RefCell::default(),
            functions: RefCell::default(),
            in_transaction: Cell::new(false),
            commit_ts: Cell::new(0),
            last_commit: Cell::new(0),
            log_lines: RefCell::default(),
            caller: RefCell::default(),
            executions: RefCell::default(),
            paginated: Cell::new(false),
            depth: Cell::new(0),
            this: this.clone(),
        });
        inner.refresh_env()?;
        Ok(Self { inner })
    }

    /// Loads every module of every instance, as a push does; the ones that fail, with why.
    /// Their functions cannot run until they load.
    pub fn load_modules(&self) -> Vec<LoadFailure> {
        let inner = &self.inner;
        let mut failures = Vec::new();
        for path in inner.instance_paths() {
            let instance = match inner.instance(&path) {
                Ok(instance) => instance,
                Err(error) => {
                    failures.push(LoadFailure {
                        instance: path,
                        module: None,
                        error: error.to_string(),
                    });
                    continue;
                }
            };
            let definition = &inner.model.definitions[instance.definition];
            for module in &definition.modules {
                let loaded = if inner.uses_node(&module.file) {
                    instance.with_node(inner, |node| node.load(&module.file))
                } else {
                    instance.with_isolate(inner, |isolate| isolate.load(&module.file))
                };
                if let Err(error) = loaded {
                    failures.push(LoadFailure {
                        instance: path.clone(),
                        module: Some(module.file.clone()),
                        error: error.to_string(),
                    });
                }
            }
        }
        failures
    }

    /// Runs `function` (`module:export`, or `module` for its default export) of the
    /// instance at `component` (`""` for the app) with `args` (JSON export form), as
    /// `npx convex run` does: internal functions may be run too.
    pub fn run(&self, component: &str, function: &str, args: &Json) -> Result<Json, RunError> {
        self.inner.refresh_env()?;
        let address = self.inner.address(component, function)?;
        self.inner.paginated.set(false);
        self.inner.call(&address, None, args, true)
    }

    /// Calls a public function as a client does: internal functions are not found, and the
    /// function must be of `kind`, if one is asked for.
    pub fn call_public(
        &self,
        kind: Option<Kind>,
        component: &str,
        function: &str,
        args: &Json,
    ) -> Result<Json, RunError> {
        self.inner.refresh_env()?;
        let address = self.inner.address(component, function)?;
        self.inner.paginated.set(false);
        self.inner.call(&address, kind, args, false)
    }

    /// Who the next calls run as. Components' functions never see the user, as on Convex.
    pub fn set_caller(&self, caller: Caller) {
        *self.inner.caller.borrow_mut() = caller;
    }

    /// Runs `work` as `caller`; what runs after it (scheduled functions) runs as nobody.
    pub fn as_caller<T>(&self, caller: &Caller, work: impl FnOnce(&Self) -> T) -> T {
        self.set_caller(caller.clone());
        let result = work(self);
        self.set_caller(Caller::Anonymous);
        result
    }

    /// The auth providers of the app's `auth.config.ts` (none without one), evaluated with
    /// the deployment's env vars as a push evaluates it.
    pub fn auth_providers(&self) -> Result<Vec<AuthProvider>, RunError> {
        let inner = &self.inner;
        let dir = &inner.model.definitions[0].dir;
        let Some(file) = ["auth.config.ts", "auth.config.js"]
            .iter()
            .map(|name| dir.join(name))
            .find(|file| file.is_file())
        else {
            return Ok(Vec::new());
        };
        inner.refresh_env()?;
        let instance = inner.instance("")?;
        let failed = |message: String| RunError::new(format!("{}: {message}", file.display()));
        let exported = instance
            .with_own_isolate(inner, |isolate| isolate.export_json(&file, "default"))
            .map_err(|e| failed(e.to_string()))?;
        // As the backend: reading an unset variable fails the evaluation (the official
        // CLI then says how to set it).
        if let Some(name) = exported.unset_env.first() {
            return Err(failed(format!(
                "Environment variable {name} is used in auth config file but its value was \
                 not set\nhelp: set it with `convexkit env set {name} <value>` (or `--env \
                 {name}=<value>`)"
            )));
        }
        let config = exported
            .json
            .map(|text| serde_json::from_str::<Json>(&text))
            .transpose()
            .map_err(|e| failed(e.to_string()))?;
        auth::parse_config(config.as_ref()).map_err(failed)
    }

    /// Runs `work` and returns, beside its result, the console output of the functions it
    /// ran (`[LOG] text`, as Convex's clients print them).
    pub fn capture_logs<T>(&self, work: impl FnOnce(&Self) -> T) -> (T, Vec<String>) {
        *self.inner.log_lines.borrow_mut() = Some(Vec::new());
        let result = work(self);
        let lines = self.inner.log_lines.borrow_mut().take().unwrap_or_default();
        (result, lines)
    }

    pub(crate) fn inner(&self) -> &Inner {
        &self.inner
    }

    /// The commit timestamp of the last committed transaction (nanoseconds since the epoch;
    /// 0 before the first): the database's version.
    pub fn last_commit(&self) -> i64 {
        self.inner.last_commit.get()
    }

    /// The schema of every installed instance: tables by name, per instance path (`""` for
    /// the app), empty for a definition without a schema.
    pub fn schemas(&self) -> Result<HashMap<String, HashMap<String, TableSchema>>, RunError> {
        self.inner
            .instance_paths()
            .into_iter()
            .map(|path| {
                let instance = self.inner.instance(&path)?;
                let tables = instance
                    .tables
                    .borrow()
                    .iter()
                    .map(|(name, table)| (name.clone(), TableSchema::clone(table)))
                    .collect();
                Ok((path, tables))
            })
            .collect()
    }

    /// The tables read and written since the last call (see [`Touched`]).
    pub fn take_touched(&self) -> Touched {
        self.inner.store.take_touched()
    }

    /// Runs the earliest scheduled function due at `now_ms`; `None` when none is due.
    pub fn run_next_job(&self, now_ms: f64) -> Result<Option<JobRun>, RunError> {
        self.inner.refresh_env()?;
        self.inner.run_next_job(now_ms)
    }

    /// Reads every instance's cron jobs and schedules them, as a deploy does; returns the
    /// problems of `crons.ts` files that could not be read.
    pub fn deploy_crons(&self) -> Result<Vec<String>, RunError> {
        self.inner.deploy_crons(now_ms() as i64)
    }

    /// Runs the earliest cron job due at `now_ms`; `None` when none is due.
    pub fn run_next_cron(&self, now_ms: f64) -> Result<Option<JobRun>, RunError> {
        self.inner.refresh_env()?;
        self.inner.run_next_cron(now_ms as i64)
    }

    /// When the next scheduled function or cron job is due (ms since the epoch).
    pub fn next_due(&self) -> Result<Option<f64>, RunError> {
        let job = self.inner.store.earliest_due()?;
        let cron = self.inner.next_cron_due()?.map(|ms| ms as f64);
        Ok(match (job, cron) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        })
    }

    /// Answers a request to the HTTP actions port; `site` is its origin.
    pub fn http_action(&self, request: &HttpRequest, site: &str) -> Result<HttpResponse, RunError> {
        self.inner.refresh_env()?;
        self.inner.http_action(request, site)
    }

    /// Stores an uploaded file for `instance` (its own transaction); returns its ID.
    pub fn store_upload(
        &self,
        instance: &str,
        bytes: &[u8],
        content_type: Option<&str>,
    ) -> Result<String, RunError> {
        self.inner.instance(instance)?;
        self.inner.transaction(true, || {
            self.inner.store_file(instance, bytes, content_type, None)
        })
    }

    /// When the earliest waiting scheduled function is due (ms since the epoch).
    pub fn next_job_due(&self) -> Result<Option<f64>, RunError> {
        Ok(self.inner.store.earliest_due()?)
    }
}

impl Inner {
    /// Before a top-level call: the deployment's env vars as the database holds them now
    /// (`convexkit env set` may have changed them beside a running `dev`), under what
    /// `--env` sets. When they changed, every instance starts afresh with them, as after a
    /// push: `process.env` is read when modules load.
    fn refresh_env(&self) -> Result<(), RunError> {
        let Some(mut env) = self.store.env_vars_if_changed()? else {
            return Ok(());
        };
        for (name, value) in &self.env_overrides {
            match env.iter_mut().find(|(n, _)| n == name) {
                Some(slot) => slot.1 = value.clone(),
                None => env.push((name.clone(), value.clone())),
            }
        }
        if *self.app_env.borrow() != env {
            *self.app_env.borrow_mut() = env;
            self.instances.borrow_mut().clear();
            self.functions.borrow_mut().clear();
        }
        Ok(())
    }

    /// The instance at `path`, created (isolates, schema) on first use.
    pub fn instance(&self, path: &str) -> Result<Rc<Instance>, RunError> {
        if let Some(instance) = self.instances.borrow().get(path) {
            return Ok(instance.clone());
        }
        let definition = self.definition_at(path)?;
        let host = Rc::new(InstanceHost::new(self.this.clone(), path.to_string()));
        let env = self.env_of(path)?;
        let instance = Rc::new(Instance {
            path: path.to_string(),
            definition,
            env,
            tables: RefCell::default(),
            isolates: RefCell::default(),
            nodes: RefCell::default(),
            depth: Cell::new(0),
            host,
        });
        let tables = self.schema_tables(&instance)?;
        // As a push does: indexes the schema added or changed are built from the documents
        // the tables already hold.
        for (name, table) in &tables {
            self.store.ensure_indexes(path, name, &table.indexes)?;
            self.store
                .ensure_search_indexes(path, name, &table.derived.search)?;
            self.store
                .ensure_vector_indexes(path, name, &table.derived.vector)?;
        }
        *instance.tables.borrow_mut() = tables;
        self.instances
            .borrow_mut()
            .insert(path.to_string(), instance.clone());
        Ok(instance)
    }

    /// The environment variables of the instance at `path`: the deployment's for the app,
    /// what its parent's `use()` passes for a component.
    fn env_of(&self, path: &str) -> Result<serde_json::Map<String, Json>, RunError> {
        let Some((parent_path, name)) = path
            .rsplit_once('/')
            .or((!path.is_empty()).then_some(("", path)))
        else {
            return Ok(self
                .app_env
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), Json::String(v.clone())))
                .collect());
        };
        let parent = &self.model.definitions[self.definition_at(parent_path)?];
        let Some(used) = parent.uses.iter().find(|u| u.name == name) else {
            return Ok(serde_json::Map::new());
        };
        let parent_env = if used
            .env
            .iter()
            .any(|(_, arg)| matches!(arg, EnvArg::ParentVar(_)))
        {
            self.env_of(parent_path)?
        } else {
            serde_json::Map::new()
        };
        Ok(used
            .env
            .iter()
            .filter_map(|(key, arg)| {
                let value = match arg {
                    EnvArg::Value(value) => Json::String(value.clone()),
                    // Unset in the parent: unset here too.
                    EnvArg::ParentVar(var) => parent_env.get(var)?.clone(),
                };
                Some((key.clone(), value))
            })
            .collect())
    }

    fn definition_at(&self, path: &str) -> Result<DefinitionId, RunError> {
        let mut definition = 0;
        for name in path.split('/').filter(|p| !p.is_empty()) {
            let child = self.model.definitions[definition]
                .uses
                .iter()
                .find(|u| u.name == name)
                .and_then(|u| u.definition);
            definition = child.ok_or_else(|| {
                let installed: Vec<&str> = self.model.definitions[definition]
                    .uses
                    .iter()
                    .map(|u| u.name.as_str())
                    .collect();
                RunError::new(if installed.is_empty() {
                    format!("there is no component instance `{path}`: nothing is installed there")
                } else {
                    format!(
                        "there is no component instance `{path}` (installed: {})",
                        installed.join(", ")
                    )
                })
            })?;
        }
        Ok(definition)
    }

    /// The schema of an instance's definition, read by running its schema module.
    fn schema_tables(
        &self,
        instance: &Instance,
    ) -> Result<HashMap<String, Rc<TableSchema>>, RunError> {
        let definition = &self.model.definitions[instance.definition];
        let Some(schema) = &definition.schema else {
            return Ok(HashMap::new());
        };
        let exported = instance.with_isolate(self, |isolate| {
            isolate.call_export_method(&schema.file, "default", "export")
        })?;
        let Some(exported) = exported else {
            return Ok(HashMap::new());
        };
        let tables = schema_tables_from_export(&exported)
            .map_err(|e| RunError::new(format!("{}: {e}", schema.file.display())))?;
        Ok(tables
            .into_iter()
            .map(|(name, table)| (name, Rc::new(table)))
            .collect())
    }

    /// Finds `module:export` in the instance at `instance_path`.
    pub fn address(&self, instance_path: &str, function: &str) -> Result<Address, RunError> {
        let definition = &self.model.definitions[self.definition_at(instance_path)?];
        let (module_path, name) = function.split_once(':').unwrap_or((function, "default"));
        let module_path = module_path.trim_end_matches(".js").trim_end_matches(".ts");
        let module = definition.module(module_path).ok_or_else(|| {
            RunError::new(format!(
                "Could not find function for '{function}': no module `{module_path}` in {}",
                describe_instance(instance_path)
            ))
        })?;
        Ok(Address {
            instance: instance_path.to_string(),
            module: module.file.clone(),
            name: name.to_string(),
            function: format!("{module_path}:{name}"),
        })
    }

    /// Calls a function: validates `args`, runs it in a transaction (a top-level query or
    /// mutation), a savepoint (a call inside one) or neither (an action, which runs its
    /// queries and mutations as transactions of their own), and validates the result.
    /// `expected` is the kind the caller asked for; `internal_ok` allows internal functions.
    pub fn call(
        &self,
        address: &Address,
        expected: Option<Kind>,
        args: &Json,
        internal_ok: bool,
    ) -> Result<Json, RunError> {
        self.recorded(
            &address.instance,
            &address.function,
            || match self.kind_of(address) {
                Ok(Some(kind)) => kind.as_str(),
                _ => "",
            },
            || self.call_unrecorded(address, expected, args, internal_ok),
        )
    }

    fn call_unrecorded(
        &self,
        address: &Address,
        expected: Option<Kind>,
        args: &Json,
        internal_ok: bool,
    ) -> Result<Json, RunError> {
        if self.depth.get() >= MAX_DEPTH {
            return Err(RunError::new(format!(
                "component calls nest deeper than {MAX_DEPTH} levels"
            )));
        }
        let instance = self.instance(&address.instance)?;
        let info = self.function_info(&instance, address)?.ok_or_else(|| {
            RunError::new(format!(
                "Could not find public function for '{}' in {}",
                address.function,
                describe_instance(&address.instance)
            ))
        })?;
        if !info.public && !internal_ok {
            return Err(RunError::new(format!(
                "Could not find public function for '{}' in {}: it is internal, and only the component itself can call it",
                address.function,
                describe_instance(&address.instance)
            )));
        }
        if let Some(expected) = expected {
            if expected != info.kind {
                return Err(RunError::new(format!(
                    "'{}' is a {}, not a {}",
                    address.function,
                    info.kind.as_str(),
                    expected.as_str()
                )));
            }
        }
        let args_value = Value::from_json(args).map_err(|e| RunError::new(e.to_string()))?;
        self.check(&instance, &info.args, &args_value)
            .map_err(|e| RunError::new(format!("ArgumentValidationError: {e}")))?;

        self.depth.set(self.depth.get() + 1);
        let result = self.run_in_transaction(&instance, address, &info, args);
        self.depth.set(self.depth.get() - 1);
        result
    }

    /// What a function registers, asked of its module once per run.
    pub(crate) fn function_info(
        &self,
        instance: &Instance,
        address: &Address,
    ) -> Result<Option<FunctionInfo>, RunError> {
        let key = (address.instance.clone(), address.function.clone());
        if let Some(known) = self.functions.borrow().get(&key) {
            return Ok(known.clone());
        }
        let info = if self.uses_node(&address.module) {
            let info = instance.with_node(self, |node| {
                node.function_info(&address.module, &address.name)
            })?;
            if let Some(info) = info.as_ref().filter(|info| info.kind != Kind::Action) {
                return Err(RunError::new(format!(
                    "'{}' is a {} in a \"use node\" module: only actions can be defined in \"use node\" modules (they run in Node.js); move it to a module without \"use node\"",
                    address.function,
                    info.kind.as_str()
                )));
            }
            info
        } else {
            instance.with_isolate(self, |isolate| {
                isolate.function_info(&address.module, &address.name)
            })?
        };
        self.functions.borrow_mut().insert(key, info.clone());
        Ok(info)
    }

    fn run_in_transaction(
        &self,
        instance: &Instance,
        address: &Address,
        info: &FunctionInfo,
        args: &Json,
    ) -> Result<Json, RunError> {
        let limit = match info.kind {
            Kind::Action => self.limits.action,
            _ => self.limits.query_or_mutation,
        };
        let execute = || -> Result<Json, RunError> {
            let now_ms = now_ms();
            let result = if self.uses_node(&address.module) {
                instance.with_node(self, |node| {
                    instance.host.enter(info.kind, now_ms, &address.function);
                    let result = node.call(&address.module, &address.name, args, limit);
                    instance.host.leave();
                    result
                })?
            } else {
                instance.with_isolate(self, |isolate| {
                    instance.host.enter(info.kind, now_ms, &address.function);
                    let result = isolate.call(&Invocation {
                        module: &address.module,
                        name: &address.name,
                        kind: info.kind,
                        args,
                        seed: seed(now_ms, &address.name),
                        now_ms,
                        limit,
                    });
                    instance.host.leave();
                    result
                })?
            };
            let value = Value::from_json(&result).map_err(|e| RunError::new(e.to_string()))?;
            self.check(instance, &info.returns, &value)
                .map_err(|e| RunError::new(format!("ReturnsValidationError: {e}")))?;
            Ok(result)
        };
        match (info.kind, self.in_transaction.get()) {
            (Kind::Action, _) => execute(),
            (_, true) => {
                let savepoint = self.store.savepoint()?;
                let result = execute();
                match result {
                    Ok(_) if info.kind == Kind::Mutation => self.store.release(savepoint)?,
                    _ => self.store.rollback_to(savepoint)?,
                }
                result
            }
            (_, false) => self.transaction(info.kind == Kind::Mutation, execute),
        }
    }

    /// Runs `work` in a transaction of its own, committed when it succeeds and `commit` is
    /// set (a query's is rolled back).
    pub(crate) fn transaction<T>(
        &self,
        commit: bool,
        work: impl FnOnce() -> Result<T, RunError>,
    ) -> Result<T, RunError> {
        self.store.begin()?;
        let now_ns = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as i64);
        self.commit_ts.set(now_ns.max(self.commit_ts.get() + 1));
        self.in_transaction.set(true);
        let result = work();
        self.in_transaction.set(false);
        match result {
            Ok(_) if commit => {
                self.store.commit()?;
                self.last_commit.set(self.commit_ts.get());
            }
            _ => self.store.rollback()?,
        }
        result
    }

    /// Every instance path: the app (`""`) and its components, depth first.
    pub(crate) fn instance_paths(&self) -> Vec<String> {
        let mut paths = vec![String::new()];
        let mut pending = vec![(String::new(), 0)];
        while let Some((path, definition)) = pending.pop() {
            for child in &self.model.definitions[definition].uses {
                let Some(child_definition) = child.definition else {
                    continue;
                };
                let child_path = if path.is_empty() {
                    child.name.clone()
                } else {
                    format!("{path}/{}", child.name)
                };
                paths.push(child_path.clone());
                pending.push((child_path, child_definition));
            }
        }
        paths
    }

    /// Runs `work` in the open transaction (a mutation's), or in one of its own when none is
    /// open (an action's writes, a job's bookkeeping).
    pub(crate) fn within_transaction<T>(
        &self,
        work: impl FnOnce() -> Result<T, RunError>,
    ) -> Result<T, RunError> {
        if self.in_transaction.get() {
            work()
        } else {
            self.transaction(true, work)
        }
    }

    /// What kind of function `address` registers (None: not a Convex function).
    pub(crate) fn kind_of(&self, address: &Address) -> Result<Option<Kind>, RunError> {
        let instance = self.instance(&address.instance)?;
        Ok(self
            .function_info(&instance, address)?
            .map(|info| info.kind))
    }

    /// Whether `module` starts with the `"use node"` directive (it runs in Node.js).
    fn uses_node(&self, module: &Path) -> bool {
        self.workspace
            .parse(module)
            .is_ok_and(|parsed| is_use_node(&parsed))
    }

    /// Validates a value against a validator, checking that ids name tables of `instance`.
    fn check(&self, instance: &Instance, validator: &Json, value: &Value) -> Result<(), String> {
        if validator.is_null() {
            // exportReturns() of a function without a `returns` validator.
            return Ok(());
        }
        let ids = |table: &str, id: &str| {
            matches!(self.store.id_in_table(&instance.path, table, id), Ok(true))
        };
        validate_with(validator, value, &ids).map_err(|e| e.to_string())
    }
}

impl Instance {
    /// Runs `work` on the isolate for the current nesting depth in this instance.
    pub(crate) fn with_isolate<T>(
        &self,
        runtime: &Inner,
        work: impl FnOnce(&Isolate) -> Result<T, CallError>,
    ) -> Result<T, RunError> {
        let depth = self.depth.get();
        let isolate = {
            let mut isolates = self.isolates.borrow_mut();
            if isolates.len() <= depth {
                isolates.push(Rc::new(self.new_isolate(runtime)?));
            }
            isolates[depth].clone()
        };
        self.depth.set(depth + 1);
        let result = work(&isolate);
        self.depth.set(depth);
        Ok(result?)
    }

    /// Runs `work` on an isolate of its own, dropped after: nothing the instance's modules
    /// left running takes part (the backend evaluates the auth config that way).
    pub(crate) fn with_own_isolate<T>(
        &self,
        runtime: &Inner,
        work: impl FnOnce(&Isolate) -> Result<T, CallError>,
    ) -> Result<T, RunError> {
        Ok(work(&self.new_isolate(runtime)?)?)
    }

    fn new_isolate(&self, runtime: &Inner) -> Result<Isolate, CallError> {
        Isolate::new(
            runtime.workspace.clone(),
            runtime.resolver.clone(),
            self.host.clone(),
            &self.env,
        )
    }
}

impl Instance {
    /// Runs `work` on the Node.js process for the current nesting depth in this instance.
    pub(crate) fn with_node<T>(
        &self,
        runtime: &Inner,
        work: impl FnOnce(&NodeProcess) -> Result<T, CallError>,
    ) -> Result<T, RunError> {
        let depth = self.depth.get();
        let node = {
            let mut nodes = self.nodes.borrow_mut();
            while nodes.len() <= depth {
                let root = &runtime.model.config.root;
                let functions = root.join(&runtime.model.config.functions);
                let jsx = runtime.resolver.jsx(&functions.join("_.tsx"));
                let aliases = runtime.resolver.aliases(&functions.join("_.tsx"));
                nodes.push(Rc::new(NodeProcess::new(
                    root,
                    &jsx,
                    &aliases,
                    &self.env,
                    self.host.clone(),
                )));
            }
            nodes[depth].clone()
        };
        self.depth.set(depth + 1);
        let result = work(&node);
        self.depth.set(depth);
        Ok(result?)
    }
}

/// The strings of a JSON array (None when it is not one).
fn strings(list: &Json) -> Option<Vec<String>> {
    Some(
        list.as_array()?
            .iter()
            .filter_map(|f| f.as_str().map(String::from))
            .collect(),
    )
}

/// The tables of a schema module's `export()` text: each one's indexes and search indexes,
/// and its document validator unless the schema turns validation off.
pub fn schema_tables_from_export(exported: &str) -> Result<HashMap<String, TableSchema>, String> {
    let exported: Json = serde_json::from_str(exported).map_err(|e| e.to_string())?;
    let validation = exported["schemaValidation"].as_bool().unwrap_or(true);
    let mut tables = HashMap::new();
    for table in exported["tables"].as_array().into_iter().flatten() {
        let Some(name) = table["tableName"].as_str() else {
            continue;
        };
        let indexes = table["indexes"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|index| {
                Some(IndexDef {
                    name: index["indexDescriptor"].as_str()?.to_string(),
                    fields: strings(&index["fields"])?,
                })
            })
            .collect();
        let vector = table["vectorIndexes"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|index| {
                Some(VectorIndexDef {
                    name: index["indexDescriptor"].as_str()?.to_string(),
                    vector_field: index["vectorField"].as_str()?.to_string(),
                    dimensions: usize::try_from(index["dimensions"].as_u64()?).ok()?,
                    filter_fields: strings(&index["filterFields"])?,
                })
            })
            .collect();
        let search = table["searchIndexes"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|index| {
                Some(SearchIndexDef {
                    name: index["indexDescriptor"].as_str()?.to_string(),
                    search_field: index["searchField"].as_str()?.to_string(),
                    filter_fields: strings(&index["filterFields"])?,
                })
            })
            .collect();
        tables.insert(
            name.to_string(),
            TableSchema {
                indexes,
                derived: DerivedIndexes { search, vector },
                document: validation.then(|| table["documentType"].clone()),
            },
        );
    }
    Ok(tables)
}

/// The wall clock in milliseconds since the epoch.
pub fn now_ms() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}

fn seed(now_ms: f64, name: &str) -> u32 {
    name.bytes()
        .fold(now_ms as u64 as u32, |h, b| h.rotate_left(5) ^ u32::from(b))
}

fn describe_instance(path: &str) -> String {
    if path.is_empty() {
        "the app".into()
    } else {
        format!("component `{path}`")
    }
}
