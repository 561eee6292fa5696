//! The scheduler through `convexkit run --drain`: jobs are durable (a later process runs
//! them), a job scheduled by a mutation that rolls back never exists, canceled jobs never
//! run, a failing scheduled mutation writes nothing and is marked failed, actions run
//! their mutations, jobs due later wait, and `_scheduled_functions` belongs to its instance.

use std::path::Path;

use serde_json::{json, Value};

use convexkit_tests::{published_app_with, run_convexkit};

const SCHEDULING: &str = r#"import { v } from "convex/values";
import { internal, components } from "./_generated/api";
import { internalAction, internalMutation, mutation, query } from "./_generated/server";

export const record = internalMutation({
  args: { name: v.string() },
  handler: async (ctx, { name }) => {
    await ctx.db.insert("users", { name, email: `${name}@jobs`, role: "member" });
    if (name.startsWith("boom")) throw new Error(`${name} failed`);
  },
});
export const viaAction = internalAction({
  args: { name: v.string() },
  handler: async (ctx, { name }) => {
    await ctx.runMutation(internal.scheduling.record, { name: `${name} (action)` });
    await ctx.scheduler.runAfter(0, internal.scheduling.record, { name: `${name} (from action)` });
  },
});
export const schedule = mutation({
  args: { name: v.string(), delayMs: v.number() },
  handler: async (ctx, { name, delayMs }) =>
    await ctx.scheduler.runAfter(delayMs, internal.scheduling.record, { name }),
});
export const scheduleAction = mutation({
  args: { name: v.string() },
  handler: async (ctx, { name }) => {
    await ctx.scheduler.runAt(Date.now(), internal.scheduling.viaAction, { name });
  },
});
export const scheduleThenThrow = mutation({
  args: {},
  handler: async (ctx) => {
    await ctx.scheduler.runAfter(0, internal.scheduling.record, { name: "never" });
    throw new Error("rolled back");
  },
});
export const scheduleThenCancel = mutation({
  args: {},
  handler: async (ctx) => {
    const id = await ctx.scheduler.runAfter(0, internal.scheduling.record, { name: "canceled" });
    await ctx.scheduler.cancel(id);
  },
});
export const jobs = query({
  args: {},
  handler: async (ctx) =>
    (await ctx.db.system.query("_scheduled_functions").collect()).map((job) => ({
      name: job.name,
      args: job.args,
      state: job.state.kind,
      error: job.state.kind === "failed" ? job.state.error.split("\n")[0] : undefined,
      completed: job.completedTime !== undefined,
    })),
});
export const names = query({
  args: {},
  handler: async (ctx) => (await ctx.db.query("users").collect()).map((user) => user.name),
});
export const viaComponent = mutation({
  args: {},
  handler: async (ctx) => {
    await ctx.runMutation(components.ticker.lib.scheduleTick, {});
  },
});
"#;

const TICKER_CONFIG: &str = r#"import { defineComponent } from "convex/server";
export default defineComponent("ticker");
"#;
const TICKER_LIB: &str = r#"import { v } from "convex/values";
import { internal } from "./_generated/api";
import { internalMutation, mutation, query } from "./_generated/server";
export const tick = internalMutation({
  args: {},
  handler: async (ctx) => {
    await ctx.db.insert("ticks", { at: Date.now() });
  },
});
export const scheduleTick = mutation({
  args: {},
  handler: async (ctx) => {
    await ctx.scheduler.runAfter(0, internal.lib.tick, {});
  },
});
export const state = query({
  args: {},
  handler: async (ctx) => ({
    ticks: (await ctx.db.query("ticks").collect()).length,
    jobs: (await ctx.db.system.query("_scheduled_functions").collect()).map((job) => job.state.kind),
  }),
});
"#;

fn setup() -> tempfile::TempDir {
    published_app_with(
        &[
            ("convex/scheduling.ts", SCHEDULING),
            ("convex/ticker/convex.config.ts", TICKER_CONFIG),
            ("convex/ticker/lib.ts", TICKER_LIB),
        ],
        &[(
            "import ticker from \"./ticker/convex.config\";",
            "app.use(ticker);",
        )],
    )
}

/// `convexkit run [--drain] FUNCTION ARGS`: the result (or the error on stderr) and stderr.
fn run(dir: &Path, drain: bool, function: &str, args: Value) -> (Result<Value, String>, String) {
    let args = args.to_string();
    let mut command = vec!["run"];
    if drain {
        command.push("--drain");
    }
    command.extend([function, &args]);
    let output = run_convexkit(dir, &command);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let result = match output.status.code() {
        Some(0) => Ok(serde_json::from_slice(&output.stdout).unwrap()),
        Some(1) => Err(stderr.clone()),
        other => panic!("{function} exited with {other:?}: {stderr}"),
    };
    (result, stderr)
}

fn ok(dir: &Path, function: &str, args: Value) -> Value {
    run(dir, false, function, args)
        .0
        .unwrap_or_else(|e| panic!("{function} failed: {e}"))
}

#[test]
fn scheduled_functions_run_durably_in_order() {
    let project = setup();
    let dir = project.path();

    let id = ok(
        dir,
        "scheduling:schedule",
        json!({ "name": "first", "delayMs": 0 }),
    );
    assert!(id.as_str().is_some_and(|id| id.len() > 20), "{id}");
    ok(
        dir,
        "scheduling:schedule",
        json!({ "name": "boom", "delayMs": 0 }),
    );
    ok(
        dir,
        "scheduling:schedule",
        json!({ "name": "later", "delayMs": 3_600_000 }),
    );
    ok(dir, "scheduling:scheduleAction", json!({ "name": "act" }));
    ok(dir, "scheduling:scheduleThenCancel", json!({}));
    let (thrown, _) = run(dir, false, "scheduling:scheduleThenThrow", json!({}));
    assert!(thrown.unwrap_err().contains("rolled back"));

    // Nothing ran yet: scheduling only records the jobs (and every call is a new process,
    // so the queue survives restarts).
    assert_eq!(ok(dir, "scheduling:names", json!({})), json!([]));
    let pending = ok(dir, "scheduling:jobs", json!({}));
    assert_eq!(
        pending
            .as_array()
            .unwrap()
            .iter()
            .map(|job| job["state"].as_str().unwrap())
            .collect::<Vec<_>>(),
        ["pending", "pending", "pending", "pending", "canceled"],
        "the rolled-back mutation's job does not exist: {pending:#}"
    );

    let (_, stderr) = run(dir, true, "scheduling:names", json!({}));
    assert!(
        stderr.contains("scheduling:record failed: boom failed"),
        "{stderr}"
    );
    assert!(stderr.contains("the next is due in"), "{stderr}");
    // In order of time; the action's own scheduled job ran in the same drain; the failed
    // mutation's insert was rolled back; "later", "never" and "canceled" did not run.
    assert_eq!(
        ok(dir, "scheduling:names", json!({})),
        json!(["first", "act (action)", "act (from action)"])
    );
    assert_eq!(
        ok(dir, "scheduling:jobs", json!({})),
        json!([
            { "name": "scheduling:record", "args": [{ "name": "first" }], "state": "success", "completed": true },
            { "name": "scheduling:record", "args": [{ "name": "boom" }], "state": "failed", "error": "boom failed", "completed": true },
            { "name": "scheduling:record", "args": [{ "name": "later" }], "state": "pending", "completed": false },
            { "name": "scheduling:viaAction", "args": [{ "name": "act" }], "state": "success", "completed": true },
            { "name": "scheduling:record", "args": [{ "name": "canceled" }], "state": "canceled", "completed": true },
            { "name": "scheduling:record", "args": [{ "name": "act (from action)" }], "state": "success", "completed": true },
        ])
    );
}

#[test]
fn a_components_scheduled_functions_are_its_own() {
    let project = setup();
    let dir = project.path();
    ok(dir, "scheduling:viaComponent", json!({}));
    let state = |dir| {
        let output = run_convexkit(dir, &["run", "--component", "ticker", "lib:state"]);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        serde_json::from_slice::<Value>(&output.stdout).unwrap()
    };
    assert_eq!(state(dir), json!({ "ticks": 0, "jobs": ["pending"] }));
    assert_eq!(
        ok(dir, "scheduling:jobs", json!({})),
        json!([]),
        "the app sees none of them"
    );
    run(dir, true, "scheduling:names", json!({})).0.unwrap();
    assert_eq!(state(dir), json!({ "ticks": 1, "jobs": ["success"] }));
}
