//! `convexkit run` on the published-components fixture (the real @convex-dev/aggregate with
//! two instances, sharded-counter, rate-limiter and migrations from npm) plus a local
//! component that writes and then throws. Every call is a new process, so data surviving between calls
//! also proves it survives a restart.

use std::path::Path;

use serde_json::{json, Value};

use convexkit_tests::{published_app_with, run_convexkit};

/// A local component whose mutation writes, then throws a ConvexError.
const FAULTY_CONFIG: &str = r#"import { defineComponent } from "convex/server";
import { v } from "convex/values";
export default defineComponent("faulty", { env: { GREETING: v.optional(v.string()) } });
"#;
const FAULTY_SCHEMA: &str = r#"import { defineSchema, defineTable } from "convex/server";
import { v } from "convex/values";
export default defineSchema({
  notes: defineTable({ text: v.string() }),
  stamps: defineTable({ at: v.commitTs() }),
});
"#;
const FAULTY_LIB: &str = r#"import { v, ConvexError } from "convex/values";
import { internalMutation, mutation, query } from "./_generated/server";
export const whoAmI = query({
  args: {},
  handler: async (ctx) => await ctx.auth.getUserIdentity(),
});
export const writeThenThrow = mutation({
  args: { text: v.string() },
  handler: async (ctx, { text }) => {
    await ctx.db.insert("notes", { text });
    throw new ConvexError({ reason: "refused", text });
  },
});
export const write = mutation({
  args: { text: v.string() },
  returns: v.null(),
  handler: async (ctx, { text }) => {
    await ctx.db.insert("notes", { text });
    return null;
  },
});
export const count = query({
  args: {},
  returns: v.number(),
  handler: async (ctx) => (await ctx.db.query("notes").collect()).length,
});
export const stamp = mutation({
  args: {},
  returns: v.null(),
  handler: async (ctx) => {
    await ctx.db.insert("stamps", { at: ctx.db.vars.commitTs });
    return null;
  },
});
export const stamps = query({
  args: {},
  handler: async (ctx) => (await ctx.db.query("stamps").collect()).map((s) => typeof s.at),
});
// Read at module load, as packages read their configuration.
const greetingAtLoad = process.env.GREETING ?? null;
export const greeting = query({ args: {}, handler: async () => greetingAtLoad });
export const secret = internalMutation({ args: {}, handler: async () => "secret" });
"#;
/// App functions that exercise the component boundary and validation.
const CHECKS: &str = r#"import { v } from "convex/values";
import { Channel } from "async-channel";
import { mutation as withTriggers } from "./functions";
import { leaderboard } from "./lib/aggregates";
import { rateLimiter } from "./rateLimits";
// db.replace through the triggers keeps the aggregate in step.
export const replaceScore = withTriggers({
  args: { id: v.id("scores"), score: v.number() },
  handler: async (ctx, { id, score }) => {
    const doc = await ctx.db.get(id);
    await ctx.db.replace(id, { name: doc!.name, score });
  },
});
// The aggregate sorts by -score: its min is the best score.
export const best = query({
  args: {},
  handler: async (ctx) => {
    const first = await leaderboard.min(ctx);
    const last = await leaderboard.max(ctx);
    return [first ? -first.key : null, last ? -last.key : null, await leaderboard.sum(ctx)];
  },
});
export const tryScore = mutation({
  args: { name: v.string() },
  handler: async (ctx, { name }) => {
    const status = await rateLimiter.limit(ctx, "addScore", { key: name });
    return status.ok;
  },
});
import { runToCompletion } from "@convex-dev/migrations";
import { components, internal } from "./_generated/api";
import { internalAction, mutation, query } from "./_generated/server";
export const seedScores = mutation({
  args: { n: v.number() },
  handler: async (ctx, { n }) => {
    for (let i = 0; i < n; i++) await ctx.db.insert("scores", { name: `s${i}`, score: i });
  },
});
// The migrations component calls back into the app through a function handle, one
// batch per mutation, each its own transaction.
export const migrateCountries = internalAction({
  args: {},
  handler: async (ctx) =>
    await runToCompletion(ctx, components.migrations, internal.migrations.setDefaultCountry, {
      batchSize: 7,
    }),
});
// async-channel (a dependency of @convex-dev/workflow) is CommonJS.
export const commonjs = query({
  args: {},
  handler: async () => {
    const channel = new Channel<number>();
    channel.push(41);
    return (await channel.get()) + 1;
  },
});
export const spins = mutation({
  args: {},
  handler: async (ctx) => {
    await ctx.db.insert("users", { name: "spinner", email: "s@example.com", role: "guest" });
    for (;;) {}
  },
});
export const hogs = mutation({
  args: {},
  handler: async (ctx) => {
    await ctx.db.insert("users", { name: "hog", email: "h@example.com", role: "guest" });
    const kept = [];
    for (;;) kept.push(new Array(1 << 20).fill(kept.length));
  },
});
export const unknownCountries = query({
  args: {},
  handler: async (ctx) =>
    (await ctx.db.query("scores").collect()).filter((s) => s.country === "unknown").length,
});
export const catchesComponentError = mutation({
  args: {},
  handler: async (ctx) => {
    await ctx.db.insert("users", { name: "caller", email: "c@example.com", role: "member" });
    try {
      await ctx.runMutation(components.faulty.lib.writeThenThrow, { text: "gone" });
      return "not thrown";
    } catch (error: any) {
      return { caught: error.data };
    }
  },
});
export const throwsAfterComponentCalls = mutation({
  args: {},
  handler: async (ctx) => {
    await ctx.runMutation(components.faulty.lib.write, { text: "never" });
    await ctx.db.insert("users", { name: "never", email: "n@example.com", role: "guest" });
    throw new Error("failed after the calls");
  },
});
export const stampTwice = mutation({
  args: {},
  handler: async (ctx) => {
    await ctx.runMutation(components.faulty.lib.stamp, {});
    await ctx.runMutation(components.faulty.lib.stamp, {});
  },
});
export const stamps = query({
  args: {},
  handler: async (ctx) => await ctx.runQuery(components.faulty.lib.stamps, {}),
});
export const greeting = query({
  args: {},
  handler: async (ctx) => [process.env.GREETING ?? null, await ctx.runQuery(components.faulty.lib.greeting, {})],
});
export const notes = query({
  args: {},
  handler: async (ctx) => await ctx.runQuery(components.faulty.lib.count, {}),
});
export const usersNamed = query({
  args: { name: v.string() },
  handler: async (ctx, { name }) =>
    (await ctx.db.query("users").collect()).filter((u) => u.name === name).length,
});
export const callsInternal = mutation({
  args: {},
  handler: async (ctx) => await ctx.runMutation((components.faulty.lib as any).secret, {}),
});
export const userById = query({
  args: { id: v.id("users") },
  handler: async (ctx, { id }) =>
    (await ctx.db.query("users").withIndex("by_id", (q) => q.eq("_id", id)).unique())?.name ?? null,
});
export const addUser = mutation({
  args: { name: v.string() },
  handler: async (ctx, { name }) =>
    await ctx.db.insert("users", { name, email: `${name}@example.com`, role: "member" }),
});
export const badReturn = query({ args: {}, returns: v.string(), handler: async () => 42 as any });
export const badDocument = mutation({
  args: {},
  handler: async (ctx) => {
    await ctx.db.insert("users", { name: 5, email: "x", role: "member" } as any);
  },
});
"#;

fn setup() -> tempfile::TempDir {
    published_app_with(
        &[
            ("convex/faulty/convex.config.ts", FAULTY_CONFIG),
            ("convex/faulty/schema.ts", FAULTY_SCHEMA),
            ("convex/faulty/lib.ts", FAULTY_LIB),
            ("convex/checks.ts", CHECKS),
        ],
        &[(
            "import faulty from \"./faulty/convex.config\";",
            "app.use(faulty, { env: { GREETING: \"hello\" } });",
        )],
    )
}

/// Runs a function; Ok(result) on exit 0, Err(stderr) on exit 1.
fn run(dir: &Path, function: &str, args: Value) -> Result<Value, String> {
    let output = run_convexkit(dir, &["run", function, &args.to_string()]);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    match output.status.code() {
        Some(0) => Ok(serde_json::from_slice(&output.stdout)
            .unwrap_or_else(|e| panic!("{function} printed invalid JSON ({e}): {stderr}"))),
        Some(1) => Err(stderr),
        other => panic!("{function} exited with {other:?}: {stderr}"),
    }
}

fn ok(dir: &Path, function: &str, args: Value) -> Value {
    run(dir, function, args).unwrap_or_else(|stderr| panic!("{function} failed:\n{stderr}"))
}

fn fails(dir: &Path, function: &str, args: Value) -> String {
    match run(dir, function, args) {
        Ok(result) => panic!("{function} should fail, returned {result}"),
        Err(stderr) => stderr,
    }
}

#[test]
fn published_components_run_with_their_guarantees() {
    let project = setup();
    let dir = project.path();

    // Aggregate (kept in sync by triggers), with rank and pagination.
    let mut ids = Vec::new();
    for (name, score) in [("ada", 30), ("bob", 10), ("cy", 20)] {
        ids.push(ok(
            dir,
            "leaderboard:addScore",
            json!({ "name": name, "score": score }),
        ));
    }
    assert_eq!(ok(dir, "leaderboard:countScores", json!({})), json!(3));
    assert_eq!(
        ok(dir, "leaderboard:rankOf", json!({ "score": 20 })),
        json!(1)
    );
    let top = ok(dir, "leaderboard:topScores", json!({ "limit": 2 }));
    let names: Vec<&str> = top
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["ada", "cy"]);
    // Replace moves a score: bob (10) becomes the best with 50.
    ok(
        dir,
        "checks:replaceScore",
        json!({ "id": ids[1], "score": 50 }),
    );
    assert_eq!(ok(dir, "checks:best", json!({})), json!([50, 20, 100]));
    ok(dir, "leaderboard:removeScore", json!({ "id": ids[0] }));
    assert_eq!(ok(dir, "leaderboard:countScores", json!({})), json!(2));
    assert_eq!(ok(dir, "checks:best", json!({})), json!([50, 20, 70]));

    // The second aggregate instance never sees the first one's data.
    let user = ok(dir, "checks:addUser", json!({ "name": "pat" }));
    assert_eq!(
        ok(dir, "checks:userById", json!({ "id": user })),
        json!("pat")
    );
    for url in ["a.png", "b.png"] {
        ok(
            dir,
            "photos:addPhoto",
            json!({ "album": "trip", "url": url, "uploadedBy": user, "tags": [] }),
        );
    }
    assert_eq!(
        ok(dir, "photos:photoCount", json!({ "album": "trip" })),
        json!(2)
    );
    assert_eq!(ok(dir, "leaderboard:countScores", json!({})), json!(2));

    // Sharded counter.
    for _ in 0..3 {
        ok(dir, "counters:increment", json!({ "name": "beans" }));
    }
    assert_eq!(
        ok(dir, "counters:get", json!({ "name": "beans" })),
        json!(3)
    );

    // Rate limiter with throws: true — the fourth call in a minute is refused with its data.
    for _ in 0..3 {
        ok(
            dir,
            "leaderboard:addScore",
            json!({ "name": "eve", "score": 1 }),
        );
    }
    let limited = fails(
        dir,
        "leaderboard:addScore",
        json!({ "name": "eve", "score": 1 }),
    );
    assert!(limited.contains("RateLimited"), "{limited}");
    // With throws: false the limit is reported instead.
    for expected in [true, true, true, false] {
        assert_eq!(
            ok(dir, "checks:tryScore", json!({ "name": "zed" })),
            json!(expected)
        );
    }
}

#[test]
fn component_calls_are_sub_transactions() {
    let project = setup();
    let dir = project.path();

    // The component's write is rolled back, its ConvexError data reaches the caller, and
    // the caller's own write commits.
    assert_eq!(
        ok(dir, "checks:catchesComponentError", json!({})),
        json!({ "caught": { "reason": "refused", "text": "gone" } })
    );
    assert_eq!(ok(dir, "checks:notes", json!({})), json!(0));
    assert_eq!(
        ok(dir, "checks:usersNamed", json!({ "name": "caller" })),
        json!(1)
    );

    // A mutation that throws after successful component calls leaves nothing behind.
    let thrown = fails(dir, "checks:throwsAfterComponentCalls", json!({}));
    assert!(thrown.contains("failed after the calls"), "{thrown}");
    // The stack names the line of the TypeScript source, not of the stripped JavaScript.
    let line = CHECKS
        .lines()
        .position(|l| l.contains("throw new Error(\"failed after the calls\")"))
        .unwrap()
        + 1;
    assert!(
        thrown.contains(&format!("checks.ts:{line}:")),
        "line {line}: {thrown}"
    );
    assert_eq!(ok(dir, "checks:notes", json!({})), json!(0));
    assert_eq!(
        ok(dir, "checks:usersNamed", json!({ "name": "never" })),
        json!(0)
    );

    // A parent cannot call its child's internal functions (the real backend refuses;
    // convex-test allows it).
    let internal = fails(dir, "checks:callsInternal", json!({}));
    assert!(internal.contains("internal"), "{internal}");
}

#[test]
fn validation_at_every_boundary() {
    let project = setup();
    let dir = project.path();
    let bad_args = fails(
        dir,
        "leaderboard:addScore",
        json!({ "name": 7, "score": 1 }),
    );
    assert!(
        bad_args.contains("ArgumentValidationError") && bad_args.contains("Path: .name"),
        "{bad_args}"
    );
    let extra = fails(
        dir,
        "leaderboard:addScore",
        json!({ "name": "x", "score": 1, "extra": true }),
    );
    assert!(extra.contains("extra"), "{extra}");
    let bad_return = fails(dir, "checks:badReturn", json!({}));
    assert!(
        bad_return.contains("ReturnsValidationError"),
        "{bad_return}"
    );
    let bad_document = fails(dir, "checks:badDocument", json!({}));
    assert!(
        bad_document.contains("does not match the schema"),
        "{bad_document}"
    );
    assert_eq!(
        ok(dir, "checks:usersNamed", json!({ "name": "x" })),
        json!(0)
    );

    let missing = fails(dir, "checks:doesNotExist", json!({}));
    assert!(missing.contains("doesNotExist"), "{missing}");
    let usage = run_convexkit(dir, &["run", "checks:notes", "[1]"]);
    assert_eq!(usage.status.code(), Some(2), "arguments must be an object");
    let missing_instance = run_convexkit(dir, &["run", "--component", "nope", "lib:count"]);
    let stderr = String::from_utf8_lossy(&missing_instance.stderr);
    assert!(
        stderr.contains("installed: faulty, leaderboard"),
        "{stderr}"
    );

    // A syntax error anywhere stops the run, naming the place.
    std::fs::write(dir.join("convex/broken.ts"), "export const x = [1, 2\n").unwrap();
    let broken = fails(dir, "checks:notes", json!({}));
    assert!(broken.contains("broken.ts:2:1"), "{broken}");
}

#[test]
fn a_migration_runs_over_many_documents_in_batches() {
    let project = setup();
    let dir = project.path();
    ok(dir, "checks:seedScores", json!({ "n": 30 }));
    let status = ok(dir, "checks:migrateCountries", json!({}));
    assert_eq!(status["state"], "success", "{status}");
    assert_eq!(status["processed"], 30, "{status}");
    assert_eq!(ok(dir, "checks:unknownCountries", json!({})), json!(30));
}

#[test]
fn runaway_functions_are_stopped_and_write_nothing() {
    let project = setup();
    let dir = project.path();
    let output = run_convexkit(dir, &["run", "--timeout", "1", "checks:spins"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("time limit"), "{stderr}");
    let hog = fails(dir, "checks:hogs", json!({}));
    assert!(hog.contains("out of memory"), "{hog}");
    assert_eq!(
        ok(dir, "checks:usersNamed", json!({ "name": "spinner" })),
        json!(0)
    );
    assert_eq!(
        ok(dir, "checks:usersNamed", json!({ "name": "hog" })),
        json!(0)
    );
}

#[test]
fn killing_the_process_mid_mutation_leaves_the_database_as_before() {
    let project = setup();
    let dir = project.path();
    ok(dir, "checks:addUser", json!({ "name": "before" }));
    let mut child = std::process::Command::new(convexkit_tests::convexkit())
        .args(["run", "checks:spins"])
        .current_dir(dir)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Long enough to load the app and write inside the open transaction.
    std::thread::sleep(std::time::Duration::from_secs(2));
    assert!(
        child.try_wait().unwrap().is_none(),
        "the mutation is still running"
    );
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(
        ok(dir, "checks:usersNamed", json!({ "name": "before" })),
        json!(1)
    );
    assert_eq!(
        ok(dir, "checks:usersNamed", json!({ "name": "spinner" })),
        json!(0)
    );
}

#[test]
fn commit_timestamps_fill_v_commit_ts_fields() {
    let project = setup();
    let dir = project.path();
    ok(dir, "checks:stampTwice", json!({}));
    assert_eq!(
        ok(dir, "checks:stamps", json!({})),
        json!(["bigint", "bigint"])
    );
}

#[test]
fn commonjs_dependencies_load_under_es_modules() {
    let project = setup();
    assert_eq!(ok(project.path(), "checks:commonjs", json!({})), json!(42));
}

#[test]
fn environment_variables_of_the_app_and_of_a_component() {
    let project = setup();
    let dir = project.path();
    // Without deployment variables the app sees none; the component gets what `use()` passes.
    assert_eq!(
        ok(dir, "checks:greeting", json!({})),
        json!([null, "hello"])
    );
    let output = run_convexkit(
        dir,
        &["run", "--env", "GREETING=hi there", "checks:greeting"],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let greeting: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        greeting,
        json!(["hi there", "hello"]),
        "the app's variables are its own"
    );
    let bad = run_convexkit(dir, &["run", "--env", "NOEQUALS", "checks:greeting"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn data_belongs_to_the_instance_name() {
    let project = setup();
    let dir = project.path();
    let config = dir.join("convex/convex.config.ts");
    let original = std::fs::read_to_string(&config).unwrap();
    let component = |name: &str, function: &str, args: &str| {
        let output = run_convexkit(dir, &["run", "--component", name, function, args]);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        serde_json::from_slice::<Value>(&output.stdout).unwrap()
    };
    component("faulty", "lib:write", r#"{"text": "kept"}"#);
    assert_eq!(component("faulty", "lib:count", "{}"), json!(1));

    // Renamed, the instance starts empty; named back, its data is there again.
    let renamed = original.replace("app.use(faulty, {", "app.use(faulty, { name: \"renamed\",");
    assert_ne!(renamed, original);
    std::fs::write(&config, renamed).unwrap();
    assert_eq!(component("renamed", "lib:count", "{}"), json!(0));
    std::fs::write(&config, &original).unwrap();
    assert_eq!(component("faulty", "lib:count", "{}"), json!(1));
}

#[test]
fn use_node_modules_run_in_node_with_web_apis_and_builtins() {
    let project = setup();
    let dir = project.path();
    std::fs::write(
        dir.join("convex/nodey.ts"),
        r#""use node";
import { v } from "convex/values";
import { action } from "./_generated/server";
export const digest = action({
  args: { text: v.string() },
  handler: async (_ctx, { text }) => new TextEncoder().encode(text).length,
});
"#,
    )
    .unwrap();
    std::fs::write(
        dir.join("convex/nodefs.ts"),
        r#""use node";
import { existsSync } from "node:fs";
import { action } from "./_generated/server";
export const read = action({ args: {}, handler: async () => existsSync("/") });
"#,
    )
    .unwrap();
    assert!(run_convexkit(dir, &["codegen"]).status.success());
    assert_eq!(
        ok(dir, "nodey:digest", json!({ "text": "héllo" })),
        json!(6)
    );
    // Node's built-in modules are there, as in Convex's Node.js runtime (tests/use_node.rs
    // has more).
    assert_eq!(ok(dir, "nodefs:read", json!({})), json!(true));
}

#[test]
fn run_identity_is_who_the_app_runs_as_and_components_see_nobody() {
    let project = published_app_with(
        &[
            ("convex/faulty/convex.config.ts", FAULTY_CONFIG),
            ("convex/faulty/schema.ts", FAULTY_SCHEMA),
            ("convex/faulty/lib.ts", FAULTY_LIB),
            (
                "convex/whoami.ts",
                r#"import { components } from "./_generated/api";
import { action, query } from "./_generated/server";
export const me = query({ args: {}, handler: async (ctx) => await ctx.auth.getUserIdentity() });
export const both = action({
  args: {},
  handler: async (ctx) => ({
    app: await ctx.auth.getUserIdentity(),
    component: await ctx.runQuery(components.faulty.lib.whoAmI, {}),
  }),
});
"#,
            ),
        ],
        &[(
            "import faulty from \"./faulty/convex.config\";",
            "app.use(faulty);",
        )],
    );
    let dir = project.path();
    assert_eq!(
        ok(dir, "whoami:me", json!({})),
        Value::Null,
        "anonymous without --identity"
    );
    let output = run_convexkit(
        dir,
        &[
            "run",
            "--identity",
            r#"{"subject": "u1", "name": "Ada"}"#,
            "whoami:both",
        ],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let both: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        both["app"],
        json!({ "subject": "u1", "name": "Ada", "issuer": "https://convex.test", "tokenIdentifier": "https://convex.test|u1" })
    );
    assert_eq!(
        both["component"],
        Value::Null,
        "components are never told who the user is"
    );
    let bad = run_convexkit(dir, &["run", "--identity", "{nope", "whoami:me"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("Failed to parse identity"));
}

#[test]
fn an_index_added_to_a_table_with_documents_finds_them() {
    let schema = |indexes: &str| {
        format!("import {{ defineSchema, defineTable }} from \"convex/server\";\nimport {{ v }} from \"convex/values\";\nexport default defineSchema({{ notes: defineTable({{ text: v.string(), tag: v.string() }}){indexes} }});\n")
    };
    let project = published_app_with(
        &[
            ("convex/notebook/convex.config.ts", "import { defineComponent } from \"convex/server\";\nexport default defineComponent(\"notebook\");\n"),
            ("convex/notebook/schema.ts", &schema("")),
            (
                "convex/notebook/lib.ts",
                r#"import { v } from "convex/values";
import { mutation, query } from "./_generated/server";
export const add = mutation({
  args: { text: v.string(), tag: v.string() },
  handler: async (ctx, note) => { await ctx.db.insert("notes", note); },
});
export const tagged = query({
  args: { tag: v.string() },
  handler: async (ctx, { tag }) =>
    (await ctx.db.query("notes").withIndex("by_tag" as any, (q: any) => q.eq("tag", tag)).collect()).map((n) => n.text),
});
"#,
            ),
        ],
        &[("import notebook from \"./notebook/convex.config\";", "app.use(notebook);")],
    );
    let dir = project.path();
    let component = |function: &str, args: Value| {
        let output = run_convexkit(
            dir,
            &[
                "run",
                "--component",
                "notebook",
                function,
                &args.to_string(),
            ],
        );
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        serde_json::from_slice::<Value>(&output.stdout).unwrap()
    };
    component("lib:add", json!({ "text": "first", "tag": "a" }));
    component("lib:add", json!({ "text": "second", "tag": "b" }));
    // The next push declares the index: the documents already there are in it.
    std::fs::write(
        dir.join("convex/notebook/schema.ts"),
        schema(".index(\"by_tag\", [\"tag\"])"),
    )
    .unwrap();
    assert_eq!(
        component("lib:tagged", json!({ "tag": "a" })),
        json!(["first"])
    );
    component("lib:add", json!({ "text": "third", "tag": "a" }));
    assert_eq!(
        component("lib:tagged", json!({ "tag": "a" })),
        json!(["first", "third"])
    );
}

#[test]
fn a_component_sees_the_env_vars_its_use_passes_by_reference() {
    let project = convexkit_tests::scratch_app("local-components", "default");
    let dir = project.path();
    std::fs::write(
        dir.join("convex/components/@acme-ratings/salt.ts"),
        "import { query } from './_generated/server'\nexport const get = query({ args: {}, handler: async () => ({ salt: process.env.RATINGS_SALT ?? null, max: process.env.MAX_STARS ?? null }) })\n",
    )
    .unwrap();
    assert!(run_convexkit(dir, &["codegen"]).status.success());
    let salt = |instance: &str| {
        let output = run_convexkit(dir, &["run", "--component", instance, "salt:get"]);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        serde_json::from_slice::<Value>(&output.stdout).unwrap()
    };
    // `RATINGS_SALT: app.env.RATINGS_SALT`: unset in the app, unset in the component.
    assert_eq!(salt("productRatings"), json!({ "salt": null, "max": null }));
    assert!(
        run_convexkit(dir, &["env", "set", "RATINGS_SALT", "pepper"])
            .status
            .success()
    );
    assert_eq!(
        salt("productRatings"),
        json!({ "salt": "pepper", "max": null })
    );
    // Beside a literal the same `use` passes.
    assert_eq!(
        salt("storeRatings"),
        json!({ "salt": "pepper", "max": "10" })
    );
}
