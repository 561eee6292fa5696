//! `"use node"` modules run in Node.js, as on Convex: one long-lived `node` process per
//! component instance (and nesting depth), started on first use, with the instance's
//! environment as `process.env`. It speaks newline-delimited JSON over its stdin and
//! stdout (bootstrap.mjs): convexkit asks it to load a module, describe an export or run an
//! action, and it asks back the same syscalls QuickJS does, answered by the instance's
//! [`Host`]. Its stderr is convexkit's.

use std::cell::RefCell;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::rc::Rc;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use serde_json::{json, Value as Json};
use sha2::{Digest, Sha256};
use swc_core::ecma::ast::{Expr, Lit, ModuleItem, Stmt};

use convexkit_analysis::parse::ParsedFile;
use convexkit_analysis::resolve::Jsx;

use crate::engine::isolate::{CallError, FunctionInfo, Host, Kind};

const BOOTSTRAP: &str = include_str!("bootstrap.mjs");
const HOOKS: &str = include_str!("hooks.mjs");

/// Whether a module's directive prologue has `"use node"` (it runs in Node.js on Convex).
pub fn is_use_node(parsed: &ParsedFile) -> bool {
    for item in &parsed.module.body {
        let ModuleItem::Stmt(Stmt::Expr(statement)) = item else {
            return false;
        };
        let Expr::Lit(Lit::Str(directive)) = &*statement.expr else {
            return false;
        };
        if directive.value.to_string_lossy() == "use node" {
            return true;
        }
    }
    false
}

/// The Node.js process of one component instance (at one nesting depth).
pub struct NodeProcess {
    /// `{ root, jsx, aliases }` for bootstrap.mjs and its hooks.
    settings: String,
    env: serde_json::Map<String, Json>,
    host: Rc<dyn Host>,
    running: RefCell<Option<Running>>,
}

struct Running {
    child: Child,
    stdin: ChildStdin,
    /// Lines of the process's stdout, read on a thread of their own (`None`: it ended).
    lines: Receiver<Option<String>>,
    /// Whether the process said it is ready (it is spawned without waiting for that).
    ready: bool,
    /// Whether a [`NodeProcess::preload`] was sent whose reply is not read yet.
    preloading: bool,
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// How long the process may take to start and load a module or describe an export.
const SETUP_LIMIT: Duration = Duration::from_secs(60);

impl NodeProcess {
    /// The process for a project at `root` (not started until first asked something).
    pub fn new(
        root: &Path,
        jsx: &Jsx,
        aliases: &[(String, Vec<PathBuf>)],
        env: &serde_json::Map<String, Json>,
        host: Rc<dyn Host>,
    ) -> Self {
        let jsx = if jsx.automatic {
            json!({ "jsx": "automatic", "jsxImportSource": jsx.import_source })
        } else {
            json!({ "jsxFactory": jsx.factory, "jsxFragment": jsx.fragment })
        };
        let jsx: serde_json::Map<String, Json> = jsx
            .as_object()
            .into_iter()
            .flatten()
            .filter(|(_, v)| !v.is_null())
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        Self {
            settings: json!({ "root": root, "jsx": jsx, "aliases": aliases }).to_string(),
            env: env.clone(),
            host,
            running: RefCell::default(),
        }
    }

    /// Imports `module` (evaluating it on first load).
    pub fn load(&self, module: &Path) -> Result<(), CallError> {
        self.request(
            json!({ "type": "load", "module": module }),
            SETUP_LIMIT,
            false,
        )
        .map(|_| ())
    }

    /// Starts the process and has it import `modules` while the caller goes on (a Better
    /// Auth or SDK import graph takes Node a second, which QuickJS's loading of the other
    /// modules can overlap). Nothing is reported: a module that failed to load fails again
    /// when asked about.
    pub fn preload(&self, modules: &[&Path]) {
        let mut slot = self.running.borrow_mut();
        if slot.is_none() {
            *slot = self.spawn().ok();
        }
        let Some(running) = slot.as_mut().filter(|running| !running.preloading) else {
            return;
        };
        let request = json!({ "type": "preload", "modules": modules });
        if send(&mut running.stdin, &request).is_ok() {
            running.preloading = true;
        } else {
            *slot = None;
        }
    }

    /// What the export `name` of `module` registers (None when it is not a Convex function).
    pub fn function_info(
        &self,
        module: &Path,
        name: &str,
    ) -> Result<Option<FunctionInfo>, CallError> {
        let info = self.request(
            json!({ "type": "info", "module": module, "name": name }),
            SETUP_LIMIT,
            false,
        )?;
        if info.is_null() {
            return Ok(None);
        }
        let kind = match info["kind"].as_str() {
            Some("query") => Kind::Query,
            Some("mutation") => Kind::Mutation,
            _ => Kind::Action,
        };
        Ok(Some(FunctionInfo {
            kind,
            public: info["public"] == true,
            args: info["args"].clone(),
            returns: info["returns"].clone(),
        }))
    }

    /// Runs the action `name` of `module` with `args` (JSON export form); past `limit` the
    /// process is killed (and started afresh for the next request).
    pub fn call(
        &self,
        module: &Path,
        name: &str,
        args: &Json,
        limit: Duration,
    ) -> Result<Json, CallError> {
        self.request(
            json!({ "type": "call", "module": module, "name": name, "args": args }),
            limit,
            true,
        )
    }

    /// Sends `request` and answers the process's syscalls until it replies.
    fn request(&self, request: Json, limit: Duration, timed: bool) -> Result<Json, CallError> {
        // Taken out while the request runs: a syscall may call back into this instance,
        // which then gets a process of its own rather than a borrowed one.
        let mut running = match self.running.borrow_mut().take() {
            Some(running) => running,
            None => self.spawn()?,
        };
        let result = self
            .settle(&mut running)
            .and_then(|()| self.exchange(&mut running, &request, Instant::now() + limit));
        match result {
            Err(Exchange::Timeout) => Err(if timed {
                CallError::TimedOut(limit)
            } else {
                CallError::Setup(format!(
                    "Node.js did not answer within {} s",
                    limit.as_secs()
                ))
            }),
            Err(Exchange::Ended(why)) => Err(CallError::Setup(why)),
            Ok(reply) => {
                *self.running.borrow_mut() = Some(running);
                reply
            }
        }
    }

    /// Reads what the process owes before it can take a request: that it is ready, and the
    /// reply to a preload (its failures are the later requests' to report).
    fn settle(&self, running: &mut Running) -> Result<(), Exchange> {
        let deadline = Instant::now() + SETUP_LIMIT;
        let too_long = |what: &'static str| {
            move |exchange| match exchange {
                Exchange::Timeout => {
                    Exchange::Ended(format!("Node.js did not {what} within a minute"))
                }
                ended => ended,
            }
        };
        if !running.ready {
            let ready = next(running, deadline).map_err(too_long("start"))?;
            if ready["type"] != "ready" {
                return Err(Exchange::Ended(format!(
                    "Node.js did not start as expected: {ready}"
                )));
            }
            running.ready = true;
        }
        if running.preloading {
            // Its own failures are for the later requests to report.
            let _ = self
                .reply(running, deadline)
                .map_err(too_long("load the modules"))?;
            running.preloading = false;
        }
        Ok(())
    }

    fn exchange(
        &self,
        running: &mut Running,
        request: &Json,
        deadline: Instant,
    ) -> Result<Result<Json, CallError>, Exchange> {
        send(&mut running.stdin, request)?;
        self.reply(running, deadline)
    }

    /// The reply to the request sent last, answering the process's syscalls until then.
    fn reply(
        &self,
        running: &mut Running,
        deadline: Instant,
    ) -> Result<Result<Json, CallError>, Exchange> {
        loop {
            let message = next(running, deadline)?;
            match message["type"].as_str() {
                Some("syscall") => {
                    let op = message["op"].as_str().unwrap_or_default();
                    let args = message["args"].as_str().unwrap_or("null");
                    let reply = match serde_json::from_str(args) {
                        Ok(args) => self.host.syscall(op, args),
                        Err(e) => Err(crate::engine::isolate::HostError::new(format!(
                            "{op}: malformed arguments: {e}"
                        ))),
                    };
                    let reply = match reply {
                        Ok(text) => json!({ "ok": text }),
                        Err(error) => json!({ "message": error.message, "data": error.data }),
                    };
                    send(&mut running.stdin, &reply)?;
                }
                Some("log") => self.host.log(
                    message["level"].as_str().unwrap_or("log"),
                    message["text"].as_str().unwrap_or_default(),
                ),
                Some("done") => return Ok(Ok(message["result"].clone())),
                Some("error") => {
                    return Ok(Err(CallError::Thrown {
                        message: message["message"].as_str().unwrap_or_default().to_string(),
                        data: message["data"].as_str().map(String::from),
                    }))
                }
                _ => {
                    return Err(Exchange::Ended(format!(
                        "Node.js sent an unexpected message: {message}"
                    )))
                }
            }
        }
    }

    /// Starts the process (its `ready` is read by [`Self::settle`]).
    fn spawn(&self) -> Result<Running, CallError> {
        let (bootstrap, hooks) = scripts()?;
        let node = find_node().ok_or_else(|| {
            CallError::Setup(
                "this is a \"use node\" module, which runs in Node.js (as on Convex), and `node` is not on PATH: install Node.js (20 or later) to load it".into(),
            )
        })?;
        let mut child = Command::new(node)
            .arg("--enable-source-maps")
            .arg("--experimental-detect-module")
            .arg("--disable-warning=ExperimentalWarning")
            // An app's `.js` files with `import` in a package without `"type": "module"`
            // load as ES modules (as esbuild bundles them), without a warning each.
            .arg("--disable-warning=MODULE_TYPELESS_PACKAGE_JSON")
            .arg(&bootstrap)
            .arg(&hooks)
            .arg(&self.settings)
            .env_clear()
            .envs(
                self.env
                    .iter()
                    .map(|(k, v)| (k, v.as_str().map_or_else(|| v.to_string(), String::from))),
            )
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| {
                CallError::Setup(format!(
                    "cannot start Node.js for a \"use node\" module: {e}"
                ))
            })?;
        let stdin = child.stdin.take().expect("piped stdin");
        let stdout = child.stdout.take().expect("piped stdout");
        let (sender, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if sender.send(Some(line)).is_err() {
                    return;
                }
            }
            let _ = sender.send(None);
        });
        Ok(Running {
            child,
            stdin,
            lines,
            ready: false,
            preloading: false,
        })
    }
}

/// Why an exchange with the process stopped: it is then killed.
enum Exchange {
    Timeout,
    Ended(String),
}

fn send(stdin: &mut ChildStdin, message: &Json) -> Result<(), Exchange> {
    let mut line = message.to_string();
    line.push('\n');
    stdin
        .write_all(line.as_bytes())
        .and_then(|()| stdin.flush())
        .map_err(|e| Exchange::Ended(format!("the Node.js process ended: {e}")))
}

fn next(running: &mut Running, deadline: Instant) -> Result<Json, Exchange> {
    let wait = deadline.saturating_duration_since(Instant::now());
    match running.lines.recv_timeout(wait) {
        Ok(Some(line)) => serde_json::from_str(&line).map_err(|e| {
            Exchange::Ended(format!("Node.js sent a malformed message ({e}): {line}"))
        }),
        Err(RecvTimeoutError::Timeout) => Err(Exchange::Timeout),
        Ok(None) | Err(RecvTimeoutError::Disconnected) => {
            let status = running
                .child
                .wait()
                .map_or_else(|e| e.to_string(), |s| s.to_string());
            Err(Exchange::Ended(format!(
                "the Node.js process running \"use node\" modules ended ({status})"
            )))
        }
    }
}

/// `node` on convexkit's PATH (the process itself gets only the instance's variables).
fn find_node() -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join("node"))
        .find(|candidate| candidate.is_file())
}

/// bootstrap.mjs and hooks.mjs on disk (written once per version, in the temp folder).
fn scripts() -> Result<(PathBuf, PathBuf), CallError> {
    let mut hash = Sha256::new();
    hash.update(BOOTSTRAP);
    hash.update(HOOKS);
    let digest = hash.finalize();
    let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    let dir = std::env::temp_dir().join(format!("convexkit-node-{hex}"));
    let write = |name: &str, text: &str| -> Result<PathBuf, CallError> {
        let path = dir.join(name);
        if !path.is_file() {
            std::fs::create_dir_all(&dir)
                .and_then(|()| {
                    // Written beside, then renamed: another convexkit may be starting too.
                    let partial = dir.join(format!("{name}.{}", std::process::id()));
                    std::fs::write(&partial, text)?;
                    std::fs::rename(&partial, &path)
                })
                .map_err(|e| CallError::Setup(format!("cannot write {}: {e}", path.display())))?;
        }
        Ok(path)
    };
    Ok((
        write("bootstrap.mjs", BOOTSTRAP)?,
        write("hooks.mjs", HOOKS)?,
    ))
}
