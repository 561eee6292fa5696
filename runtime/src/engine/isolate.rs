//! One QuickJS runtime and context per component instance, so globals never leak between
//! instances and a runaway function is stopped by its own interrupt handler and memory
//! limit. Functions are called through the exported object's `invokeQuery` /
//! `invokeMutation` / `invokeAction`, as the Convex backend calls them.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rquickjs::function::Func;
use rquickjs::promise::Promise;
use rquickjs::{
    CatchResultExt, CaughtError, Context, Ctx, Function, Module, Object, Persistent, Runtime, Value,
};

use convexkit_analysis::resolve::Resolver;
use convexkit_analysis::workspace::Workspace;

use super::loader::{require_source, ProjectLoader, ProjectResolver};

/// What a function's code may ask of the host (the `1.0/...` syscalls).
pub trait Host {
    /// Answers a syscall with its result's JSON text (documents go through unparsed).
    fn syscall(&self, op: &str, args: serde_json::Value) -> Result<String, HostError>;
    /// A line of `console` output from the function being run.
    fn log(&self, level: &str, text: &str);
}

/// A failed syscall, as the function sees it: an `Error` (with ConvexError data, if any).
#[derive(Debug, Clone, PartialEq)]
pub struct HostError {
    pub message: String,
    /// A ConvexError's data, in Convex's JSON export form, serialized.
    pub data: Option<String>,
}

impl HostError {
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            data: None,
        }
    }
}

/// How a call into JavaScript failed.
#[derive(Debug, Clone, PartialEq)]
pub enum CallError {
    /// The function threw (`data` is a ConvexError's data, serialized JSON export form).
    Thrown {
        message: String,
        data: Option<String>,
    },
    /// The function ran past its time limit.
    TimedOut(Duration),
    /// Loading the module or finding the function failed.
    Setup(String),
}

impl std::fmt::Display for CallError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CallError::Thrown { message, .. } => f.write_str(message),
            CallError::TimedOut(limit) => write!(
                f,
                "the function ran longer than its {} s time limit and was stopped (raise it with --timeout)",
                limit.as_secs_f64()
            ),
            CallError::Setup(message) => f.write_str(message),
        }
    }
}

/// The kind of function an export is, as its registration marks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Query,
    Mutation,
    Action,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Query => "query",
            Kind::Mutation => "mutation",
            Kind::Action => "action",
        }
    }
}

/// What a registered function declares about itself.
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionInfo {
    pub kind: Kind,
    pub public: bool,
    /// `exportArgs()` / `exportReturns()`: validators in their JSON form.
    pub args: serde_json::Value,
    pub returns: serde_json::Value,
}

/// One call of a registered function.
#[derive(Debug, Clone, Copy)]
pub struct Invocation<'a> {
    pub module: &'a Path,
    pub name: &'a str,
    pub kind: Kind,
    /// The arguments object, in Convex's JSON export form.
    pub args: &'a serde_json::Value,
    /// Seeds `Math.random`; `now_ms` is what `Date.now()` returns during the call.
    pub seed: u32,
    pub now_ms: f64,
    /// How long the call may run before it is interrupted.
    pub limit: Duration,
}

/// Memory one instance may use before allocation fails.
const MEMORY_LIMIT: usize = 512 << 20;

pub struct Isolate {
    // Field order matters: persistent values, then the context, then the runtime.
    /// Module namespaces already imported, so a call does not go through `import()` again.
    namespaces: RefCell<HashMap<PathBuf, Persistent<Object<'static>>>>,
    context: Context,
    /// Kept alive for the context (and dropped after it).
    runtime: Runtime,
    /// When the running call must stop, in milliseconds since `epoch` (0: no call running).
    deadline: Arc<AtomicU64>,
    epoch: Instant,
    timed_out: Arc<AtomicU64>,
    /// The loader's, to explain a failed link in full.
    workspace: Arc<Workspace>,
    resolver: Arc<Resolver>,
}

impl Isolate {
    /// A new isolate; `env` becomes `process.env` (the instance's environment variables).
    pub fn new(
        workspace: Arc<Workspace>,
        resolver: Arc<Resolver>,
        host: Rc<dyn Host>,
        env: &serde_json::Map<String, serde_json::Value>,
    ) -> Result<Self, CallError> {
        let setup = |e: rquickjs::Error| CallError::Setup(format!("cannot start QuickJS: {e}"));
        let runtime = Runtime::new().map_err(setup)?;
        runtime.set_memory_limit(MEMORY_LIMIT);
        runtime.set_max_stack_size(4 << 20);
        runtime.set_loader(
            ProjectResolver {
                resolver: resolver.clone(),
            },
            ProjectLoader {
                workspace: workspace.clone(),
                resolver: resolver.clone(),
            },
        );
        let (loader_workspace, loader_resolver) = (workspace.clone(), resolver.clone());
        let epoch = Instant::now();
        let deadline = Arc::new(AtomicU64::new(0));
        let timed_out = Arc::new(AtomicU64::new(0));
        {
            let deadline = deadline.clone();
            let timed_out = timed_out.clone();
            runtime.set_interrupt_handler(Some(Box::new(move || {
                let limit = deadline.load(Ordering::Relaxed);
                let stop = limit != 0 && epoch.elapsed().as_millis() as u64 > limit;
                if stop {
                    timed_out.store(1, Ordering::Relaxed);
                }
                stop
            })));
        }
        let context = Context::full(&runtime).map_err(setup)?;
        context.with(|ctx| -> Result<(), CallError> {
            let globals = ctx.globals();
            let syscall_host = host.clone();
            // A syscall answers its result's JSON text, which the convex package parses; a
            // failure answers null and leaves the error for `__convexkit_failure`.
            let failure: Rc<RefCell<Option<HostError>>> = Rc::default();
            let failed = failure.clone();
            globals
                .set(
                    "__convexkit_syscall",
                    Func::from(move |op: String, json: String| -> Option<String> {
                        let reply = match serde_json::from_str(&json) {
                            Ok(args) => syscall_host.syscall(&op, args),
                            Err(e) => {
                                Err(HostError::new(format!("{op}: malformed arguments: {e}")))
                            }
                        };
                        match reply {
                            Ok(text) => Some(text),
                            Err(error) => {
                                *failed.borrow_mut() = Some(error);
                                None
                            }
                        }
                    }),
                )
                .map_err(setup)?;
            globals
                .set(
                    "__convexkit_failure",
                    Func::from(move || -> String {
                        let error = failure.borrow_mut().take();
                        let (message, data) = error.map_or_else(
                            || ("unknown host failure".to_string(), None),
                            |e| (e.message, e.data),
                        );
                        serde_json::json!({ "message": message, "data": data }).to_string()
                    }),
                )
                .map_err(setup)?;
            globals
                .set(
                    "__convexkit_require_load",
                    Func::from(
                        move |ctx: Ctx<'_>,
                              from: String,
                              specifier: String|
                              -> rquickjs::Result<Vec<String>> {
                            match require_source(
                                &workspace,
                                &resolver,
                                Path::new(&from),
                                &specifier,
                            ) {
                                Ok((path, source)) => Ok(vec![path, source]),
                                Err(message) => {
                                    Err(rquickjs::Exception::throw_message(&ctx, &message))
                                }
                            }
                        },
                    ),
                )
                .map_err(setup)?;
            globals
                .set("__convexkit_subtle", Func::from(subtle_operation))
                .map_err(setup)?;
            globals
                .set(
                    "__convexkit_log",
                    Func::from(move |level: String, text: String| host.log(&level, &text)),
                )
                .map_err(setup)?;
            for (name, source) in [
                ("glue.js", include_str!("glue.js")),
                ("web.js", include_str!("web.js")),
                ("events.js", include_str!("events.js")),
                ("subtle.js", include_str!("subtle.js")),
                ("timers.js", include_str!("timers.js")),
                ("streams.js", include_str!("streams.js")),
                ("fetch_api.js", include_str!("fetch_api.js")),
                ("form_data.js", include_str!("form_data.js")),
                ("cjs.js", include_str!("cjs.js")),
                (
                    "env",
                    &format!(
                        "Object.assign(process.env, {});",
                        serde_json::Value::Object(env.clone())
                    ),
                ),
            ] {
                ctx.eval::<(), _>(source).catch(&ctx).map_err(|e| {
                    CallError::Setup(format!("cannot set up the host ({name}): {e}"))
                })?;
            }
            Ok(())
        })?;
        Ok(Self {
            namespaces: RefCell::default(),
            context,
            runtime,
            deadline,
            epoch,
            timed_out,
            workspace: loader_workspace,
            resolver: loader_resolver,
        })
    }

    /// Collects garbage first when the heap reaches `bytes` (then whenever it grew by half):
    /// loading a package graph to learn its exports allocates mostly what lives until the
    /// end, and QuickJS's first threshold (256 KB) makes it collect a dozen times in a load.
    pub fn collect_garbage_from(&self, bytes: usize) {
        self.runtime.set_gc_threshold(bytes);
    }

    /// What the export `name` of `module` registers (None when it is not a Convex function).
    pub fn function_info(
        &self,
        module: &Path,
        name: &str,
    ) -> Result<Option<FunctionInfo>, CallError> {
        self.context.with(|ctx| {
            let Some(function) = self.export(&ctx, module, name)? else {
                return Ok(None);
            };
            let flag =
                |key: &str| function.get::<_, Option<bool>>(key).ok().flatten() == Some(true);
            let kind = if flag("isQuery") {
                Kind::Query
            } else if flag("isMutation") {
                Kind::Mutation
            } else if flag("isAction") {
                Kind::Action
            } else {
                return Ok(None);
            };
            let validator = |key: &str| -> Result<serde_json::Value, CallError> {
                let export: Function = function.get(key).map_err(|e| setup(&ctx, e))?;
                let json: String = export.call(()).catch(&ctx).map_err(thrown)?;
                serde_json::from_str(&json).map_err(|e| CallError::Setup(format!("{key}(): {e}")))
            };
            Ok(Some(FunctionInfo {
                kind,
                public: flag("isPublic"),
                args: validator("exportArgs")?,
                returns: validator("exportReturns")?,
            }))
        })
    }

    /// Runs a function and returns its result (JSON export form).
    pub fn call(&self, invocation: &Invocation<'_>) -> Result<serde_json::Value, CallError> {
        let Invocation {
            module,
            name,
            kind,
            args,
            seed,
            now_ms,
            limit,
        } = *invocation;
        let frozen = kind != Kind::Action;
        self.timed(limit, seed, now_ms, frozen, |ctx| {
            let Some(function) = self.export(ctx, module, name)? else {
                return Err(CallError::Setup(format!(
                    "{} does not export a Convex function named `{name}`",
                    module.display()
                )));
            };
            let args_json = serde_json::Value::Array(vec![args.clone()]).to_string();
            let invoke = match kind {
                Kind::Query => "invokeQuery",
                Kind::Mutation => "invokeMutation",
                Kind::Action => "invokeAction",
            };
            let invoke: Function = function.get(invoke).map_err(|e| setup(ctx, e))?;
            let promise: Promise = match kind {
                Kind::Action => invoke.call(("", args_json)),
                _ => invoke.call((args_json,)),
            }
            .catch(ctx)
            .map_err(thrown)?;
            let json: String = settle(
                ctx,
                &promise,
                kind == Kind::Action,
                &self.deadline,
                self.epoch,
            )?;
            serde_json::from_str(&json)
                .map_err(|e| CallError::Setup(format!("the function returned malformed JSON: {e}")))
        })
    }

    /// Runs an HTTP action as the backend does: `runRequest(request, route)` on the router
    /// `module` default-exports. The request and the answer are in the host's JSON form
    /// (see fetch_api.js).
    pub fn call_router(
        &self,
        module: &Path,
        request: &str,
        route: &str,
        now_ms: f64,
        limit: Duration,
    ) -> Result<String, CallError> {
        self.timed(limit, now_ms as u32, now_ms, false, |ctx| {
            let Some(router) = self.export(ctx, module, "default")? else {
                return Err(CallError::Setup(format!(
                    "{} must default-export the router (`export default http`)",
                    module.display()
                )));
            };
            let run: Function = router.get("runRequest").map_err(|e| setup(ctx, e))?;
            let promise: Promise = run.call((request, route)).catch(ctx).map_err(thrown)?;
            settle(ctx, &promise, true, &self.deadline, self.epoch)
        })
    }

    /// Runs `work` with the time limit armed, after setting the call's random seed and
    /// clock (`frozen` at `now_ms` for queries and mutations, running for actions).
    fn timed<T>(
        &self,
        limit: Duration,
        seed: u32,
        now_ms: f64,
        frozen: bool,
        work: impl FnOnce(&Ctx<'_>) -> Result<T, CallError>,
    ) -> Result<T, CallError> {
        let started = self.epoch.elapsed() + limit;
        self.deadline
            .store(started.as_millis() as u64, Ordering::Relaxed);
        self.timed_out.store(0, Ordering::Relaxed);
        let result = self.context.with(|ctx| {
            let begin: Function = ctx
                .globals()
                .get("__convexkit_begin")
                .map_err(|e| setup(&ctx, e))?;
            begin
                .call::<_, ()>((seed, now_ms, frozen))
                .catch(&ctx)
                .map_err(thrown)?;
            work(&ctx)
        });
        self.deadline.store(0, Ordering::Relaxed);
        if self.timed_out.load(Ordering::Relaxed) == 1 {
            // The interrupt stops the code; whatever it reported is moot.
            return Err(CallError::TimedOut(limit));
        }
        result
    }

    /// Calls `method()` on the export `name` of `module` and returns the string it gives
    /// (`None` when there is no such export), e.g. a schema's `export()`.
    pub fn call_export_method(
        &self,
        module: &Path,
        name: &str,
        method: &str,
    ) -> Result<Option<String>, CallError> {
        self.context.with(|ctx| {
            let Some(object) = self.export(&ctx, module, name)? else {
                return Ok(None);
            };
            let function: Function = object.get(method).map_err(|e| setup(&ctx, e))?;
            let text: String = function
                .call((rquickjs::function::This(object),))
                .catch(&ctx)
                .map_err(thrown)?;
            Ok(Some(text))
        })
    }

    /// The export `name` of `module` as JSON text (`JSON.stringify`; `None` when it is
    /// missing or undefined), e.g. `auth.config.ts`'s default export, and the unset
    /// `process.env` variables that evaluating the module read, in order.
    pub fn export_json(&self, module: &Path, name: &str) -> Result<ExportedJson, CallError> {
        self.context.with(|ctx| {
            let globals = ctx.globals();
            let unset: Object = ctx
                .eval("globalThis.__convexkit_unset_env = new Set()")
                .map_err(|e| setup(&ctx, e))?;
            let namespace = self.namespace(&ctx, module);
            let _ = globals.remove("__convexkit_unset_env");
            let namespace = namespace?;
            let unset_env: Vec<String> = ctx
                .eval::<Function, _>("(set) => [...set]")
                .and_then(|spread| spread.call((unset,)))
                .map_err(|e| setup(&ctx, e))?;
            let value: Value = namespace.get(name).map_err(|e| setup(&ctx, e))?;
            let json = if value.is_undefined() {
                None
            } else {
                ctx.json_stringify(value)
                    .catch(&ctx)
                    .map_err(thrown)?
                    .map(|text| text.to_string().map_err(|e| setup(&ctx, e)))
                    .transpose()?
            };
            Ok(ExportedJson { json, unset_env })
        })
    }

    /// Loads (imports and evaluates) `module`, as a push analyses every module.
    pub fn load(&self, module: &Path) -> Result<(), CallError> {
        self.context
            .with(|ctx| self.namespace(&ctx, module).map(|_| ()))
    }

    fn export<'js>(
        &self,
        ctx: &Ctx<'js>,
        module: &Path,
        name: &str,
    ) -> Result<Option<Object<'js>>, CallError> {
        let namespace = self.namespace(ctx, module)?;
        let value: Value = namespace.get(name).map_err(|e| setup(ctx, e))?;
        Ok(value.into_object())
    }

    /// The namespace object of `module`, imported on first use.
    fn namespace<'js>(&self, ctx: &Ctx<'js>, module: &Path) -> Result<Object<'js>, CallError> {
        let known = self.namespaces.borrow().get(module).cloned();
        if let Some(namespace) = known {
            return namespace.restore(ctx).map_err(|e| setup(ctx, e));
        }
        let path = module.to_string_lossy().into_owned();
        let namespace: Object = Module::import(ctx, path)
            .catch(ctx)
            .map_err(thrown)
            .and_then(|promise| promise.finish::<Object>().catch(ctx).map_err(thrown))
            .map_err(|error| match error {
                CallError::Thrown { message, data } => CallError::Thrown {
                    message: super::link_error::complete(
                        &self.workspace,
                        &self.resolver,
                        module,
                        &message,
                    )
                    .unwrap_or(message),
                    data,
                },
                other => other,
            })?;
        self.namespaces.borrow_mut().insert(
            module.to_path_buf(),
            Persistent::save(ctx, namespace.clone()),
        );
        Ok(namespace)
    }
}

/// Runs a call's jobs until `promise` settles, firing timers (timers.js) when nothing else
/// is left to run: after waiting for them where the clock runs (actions, `real_time`),
/// at once where it stands still. Waits never pass the call's deadline.
fn settle<'js, T: rquickjs::FromJs<'js>>(
    ctx: &Ctx<'js>,
    promise: &Promise<'js>,
    real_time: bool,
    deadline: &AtomicU64,
    epoch: Instant,
) -> Result<T, CallError> {
    let timers: Object = ctx
        .globals()
        .get("__convexkit_timers")
        .map_err(|e| setup(ctx, e))?;
    let next: Function = timers.get("next").map_err(|e| setup(ctx, e))?;
    let fire: Function = timers.get("fire").map_err(|e| setup(ctx, e))?;
    loop {
        while ctx.execute_pending_job() {}
        if promise.state() != rquickjs::promise::PromiseState::Pending {
            break;
        }
        let wait: f64 = next.call(()).catch(ctx).map_err(thrown)?;
        if wait < 0.0 {
            break;
        }
        if real_time && wait > 0.0 {
            let left = Duration::from_millis(deadline.load(Ordering::Relaxed))
                .saturating_sub(epoch.elapsed());
            std::thread::sleep(Duration::from_secs_f64(wait / 1000.0).min(left));
        }
        fire.call::<_, ()>(()).catch(ctx).map_err(thrown)?;
    }
    let reset: Function = timers.get("reset").map_err(|e| setup(ctx, e))?;
    reset.call::<_, ()>(()).catch(ctx).map_err(thrown)?;
    if promise.state() == rquickjs::promise::PromiseState::Pending {
        return Err(CallError::Setup(
            "the function never finished: it awaits a promise that nothing will settle (no job or timer is left)".into(),
        ));
    }
    promise.finish().catch(ctx).map_err(thrown)
}

/// An export as JSON, and the unset env vars its module read while it was evaluated.
pub struct ExportedJson {
    pub json: Option<String>,
    pub unset_env: Vec<String>,
}

/// `__convexkit_subtle(op, paramsJson, ...buffers)` for subtle.js: an ArrayBuffer, or a
/// key's description as JSON text; a failure throws its message.
fn subtle_operation<'js>(
    ctx: Ctx<'js>,
    op: String,
    params: String,
    buffers: rquickjs::function::Rest<rquickjs::TypedArray<'js, u8>>,
) -> rquickjs::Result<Value<'js>> {
    let params: serde_json::Value = serde_json::from_str(&params)
        .map_err(|e| rquickjs::Exception::throw_message(&ctx, &e.to_string()))?;
    let owned: Vec<Vec<u8>> = buffers
        .0
        .iter()
        // SAFETY: the bytes are copied at once; no JavaScript runs while they are read.
        .map(|array| unsafe { array.as_bytes() }.unwrap_or_default().to_vec())
        .collect();
    let views: Vec<&[u8]> = owned.iter().map(Vec::as_slice).collect();
    match super::subtle::run(&op, &params, &views) {
        Ok(super::subtle::Answer::Bytes(bytes)) => {
            Ok(rquickjs::ArrayBuffer::new(ctx, bytes)?.into_value())
        }
        Ok(super::subtle::Answer::Json(json)) => {
            Ok(rquickjs::String::from_str(ctx, &json.to_string())?.into_value())
        }
        Err(message) => Err(rquickjs::Exception::throw_message(&ctx, &message)),
    }
}

fn setup(ctx: &Ctx<'_>, error: rquickjs::Error) -> CallError {
    let caught = CaughtError::from_error(ctx, error);
    CallError::Setup(caught.to_string())
}

/// A JavaScript exception as a call error, keeping a ConvexError's data.
fn thrown(error: CaughtError<'_>) -> CallError {
    match error {
        CaughtError::Exception(exception) => {
            let data = exception
                .as_object()
                .get::<_, Option<String>>("data")
                .ok()
                .flatten();
            let mut message = exception.message().unwrap_or_default();
            if message == "out of memory" {
                message = format!(
                    "out of memory: the function used more than {} MB",
                    MEMORY_LIMIT >> 20
                );
            }
            let stack = super::loader::map_stack(&exception.stack().unwrap_or_default());
            CallError::Thrown {
                message: if stack.is_empty() {
                    message
                } else {
                    format!("{message}\n{}", stack.trim_end())
                },
                data,
            }
        }
        CaughtError::Value(value) => CallError::Thrown {
            message: format!("{value:?}"),
            data: None,
        },
        CaughtError::Error(error) => CallError::Setup(error.to_string()),
    }
}
