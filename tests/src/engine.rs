//! An isolate of the local runtime's engine over a scratch app that has the real `convex`
//! package (the `published-components` fixture's node_modules), for tests that run
//! JavaScript in it, and scenario scripts compared with what Node makes of them.

use std::cell::RefCell;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use serde_json::{json, Value};

use convexkit_analysis::resolve::Resolver;
use convexkit_analysis::workspace::Workspace;
use convexkit_runtime::engine::isolate::{Host, HostError, Invocation, Isolate, Kind};

use crate::ensure_node_modules;

/// A host with no database that records console output.
#[derive(Default)]
pub struct Recorder {
    pub logs: RefCell<Vec<(String, String)>>,
}

impl Host for Recorder {
    fn syscall(&self, op: &str, _args: Value) -> Result<String, HostError> {
        Err(HostError::new(format!("no database in this test ({op})")))
    }
    fn log(&self, level: &str, text: &str) {
        self.logs.borrow_mut().push((level.into(), text.into()));
    }
}

/// An isolate over `dir`, made an app with `files` (paths relative to `dir`).
pub fn isolate(dir: &Path, host: Rc<Recorder>, files: &[(&str, &str)]) -> Isolate {
    std::fs::create_dir_all(dir.join("convex")).unwrap();
    std::fs::write(dir.join("package.json"), "{}").unwrap();
    std::os::unix::fs::symlink(
        ensure_node_modules("published-components"),
        dir.join("node_modules"),
    )
    .unwrap();
    for (path, source) in files {
        std::fs::write(dir.join(path), source).unwrap();
    }
    let workspace = Arc::new(Workspace::new());
    let resolver = Resolver::kept(&workspace, dir);
    Isolate::new(workspace, resolver, host, &serde_json::Map::new()).unwrap()
}

/// What every scenario sees: `log(...values)` records a line, `tick(n)` lets n microtask
/// turns pass, `readAll(stream)` reads a stream to its end. A scenario's result is its
/// lines once it has finished and its pending microtasks have run.
pub const PRELUDE: &str = r#"
function show(v) {
  if (typeof v === "string") return JSON.stringify(v);
  if (v === null || (typeof v !== "object" && typeof v !== "function")) return String(v);
  if (typeof v === "function") return "function";
  // Built-in errors by kind only: the messages differ between implementations.
  for (const kind of [TypeError, RangeError]) if (v instanceof kind) return kind.name;
  if (v instanceof Error) return `Error(${v.message})`;
  if (v instanceof Uint8Array) return `Uint8Array[${Array.from(v).join(",")}]`;
  if (Array.isArray(v)) return `[${v.map(show).join(", ")}]`;
  if (v instanceof Promise) return "Promise";
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return proto.constructor?.name ?? "object";
  // Keys sorted: Node's iterator results put `done` first.
  return `{${Object.keys(v).sort().map((k) => `${k}: ${show(v[k])}`).join(", ")}}`;
}
let lines = [];
const log = (...values) => lines.push(values.map(show).join(" "));
const tick = async (n = 1) => {
  for (let i = 0; i < n; i++) await null;
};
async function readAll(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}
async function runScenario(body) {
  lines = [];
  try {
    await body();
  } catch (error) {
    log("threw", error);
  }
  await tick(200);
  return lines.join("\n");
}
"#;

/// Every scenario's lines in Node, by name (one Node process for all of them).
fn node_results(scenarios: &[(&str, &str)]) -> serde_json::Map<String, Value> {
    let mut script = String::from(PRELUDE);
    script.push_str("const scenarios = {\n");
    for (name, body) in scenarios {
        script.push_str(&format!("{name:?}: async () => {{\n{body}\n}},\n"));
    }
    script.push_str(
        "};\nconst results = {};\n\
         for (const [name, body] of Object.entries(scenarios)) results[name] = await runScenario(body);\n\
         console.log(JSON.stringify(results));\n",
    );
    let mut child = Command::new("node")
        .args(["--input-type=module", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("node is installed");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(script.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "node failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    match serde_json::from_slice(&output.stdout).expect("node prints JSON") {
        Value::Object(results) => results,
        other => panic!("node printed {other}"),
    }
}

/// The scenarios as a Convex module: one query runs the scenario it is named.
fn scenario_module(scenarios: &[(&str, &str)]) -> String {
    let mut module = String::from(
        "import { queryGeneric } from \"convex/server\";\nimport { v } from \"convex/values\";\n",
    );
    module.push_str(PRELUDE);
    module.push_str("const scenarios: Record<string, () => Promise<void>> = {\n");
    for (name, body) in scenarios {
        module.push_str(&format!("{name:?}: async () => {{\n{body}\n}},\n"));
    }
    module.push_str(
        "};\nexport const run = queryGeneric({\n\
         args: { name: v.string() },\n\
         handler: async (_ctx: any, { name }: { name: string }) => runScenario(scenarios[name]),\n\
         });\n",
    );
    module
}

/// Runs each scenario (name, body of an async function that logs lines) in Node and in a
/// convexkit isolate; panics listing every scenario whose lines differ.
pub fn compare_with_node(scenarios: &[(&str, &str)]) {
    let expected = node_results(scenarios);
    let dir = tempfile::tempdir().unwrap();
    let isolate = isolate(
        dir.path(),
        Rc::new(Recorder::default()),
        &[("convex/scenarios.ts", &scenario_module(scenarios))],
    );
    let module = dir.path().join("convex/scenarios.ts");
    let mut failures = Vec::new();
    for (name, _) in scenarios {
        let args = json!({ "name": name });
        let actual = isolate.call(&Invocation {
            module: &module,
            name: "run",
            kind: Kind::Query,
            args: &args,
            seed: 1,
            now_ms: 0.0,
            limit: Duration::from_secs(10),
        });
        let node = expected[*name].as_str().unwrap_or_default();
        assert!(!node.is_empty(), "{name} printed nothing in Node");
        match actual {
            Ok(Value::String(ours)) if ours == node => {}
            Ok(Value::String(ours)) => {
                failures.push(format!("{name}:\n--- node\n{node}\n--- convexkit\n{ours}"))
            }
            other => failures.push(format!("{name}: the call gave {other:?}")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} scenarios differ from Node:\n\n{}",
        failures.len(),
        scenarios.len(),
        failures.join("\n\n")
    );
}
