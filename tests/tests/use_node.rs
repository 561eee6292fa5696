//! `"use node"` modules run in Node.js, as on Convex: Node's built-in modules, the
//! deployment's environment variables, `ctx.runQuery`/`ctx.runMutation` back into the app
//! (answered by the same host as QuickJS), ConvexError data reaching the caller, and a
//! TypeScript module importing a TypeScript helper without its extension.

use std::path::Path;
use std::time::Instant;

use serde_json::{json, Value};

use convexkit_tests::dev_server::{post, Dev};
use convexkit_tests::{convexkit, run_convexkit, scratch_app};

const NODE_MODULE: &str = r#""use node";
import { createHash } from "node:crypto";
import { gzipSync, gunzipSync } from "node:zlib";
import { ConvexError, v } from "convex/values";
import { action } from "./_generated/server";
import { api } from "./_generated/api";
import { shout, type Shouted } from "./nodeHelpers/shout";
import { first } from "../vendor/umd.cjs";

export const digest = action({
  args: { text: v.string() },
  returns: v.object({ sha256: v.string(), roundTrip: v.string(), shouted: v.string() }),
  handler: async (_ctx, { text }) => {
    const zipped = gzipSync(Buffer.from(text));
    const shouted: Shouted = shout(text);
    return {
      sha256: createHash("sha256").update(text).digest("hex"),
      roundTrip: gunzipSync(zipped).toString("utf8"),
      shouted,
    };
  },
});

export const secret = action({
  args: {},
  handler: async () => process.env.NODE_SECRET ?? null,
});

export const addAndCount = action({
  args: { name: v.string() },
  handler: async (ctx, { name }): Promise<number> => {
    await ctx.runMutation(api.nodeStore.add, { name });
    console.log("added", name);
    return await ctx.runQuery(api.nodeStore.count, {});
  },
});

export const refuse = action({
  args: { why: v.string() },
  handler: async (_ctx, { why }) => {
    throw new ConvexError({ code: "refused", why });
  },
});

export const noop = action({ args: {}, handler: async () => null });

// A name Node's lexer cannot see in a UMD file (lodash's shape), which esbuild's bundle binds.
export const firstOf = action({ args: {}, handler: async () => first([7, 8]) });

export const slow = action({
  args: {},
  handler: async () => {
    await new Promise((resolve) => setTimeout(resolve, 120_000));
    return "too late";
  },
});
"#;

const HELPER: &str = r#"export type Shouted = string;
export function shout(text: string): Shouted {
  return `${text.toUpperCase()}!`;
}
"#;

const STORE: &str = r#"import { v } from "convex/values";
import { mutation, query } from "./_generated/server";

export const add = mutation({
  args: { name: v.string() },
  handler: async (ctx, { name }) => {
    await ctx.db.insert("users", {
      name,
      email: `${name}@example.com`,
      tokenIdentifier: name,
      status: "online",
    });
  },
});

export const count = query({
  args: {},
  handler: async (ctx) => (await ctx.db.query("users").collect()).length,
});
"#;

const QUERY_IN_NODE: &str = r#""use node";
import { query } from "./_generated/server";
export const wrong = query({ args: {}, handler: async () => 1 });
"#;

/// A CommonJS file in lodash's UMD shape: its exports are assigned where no lexer looks.
const UMD: &str = "(function (factory) {\n  var lib = factory();\n  if (typeof module === 'object' && module.exports) { (module.exports = lib).lib = lib; }\n})(function () {\n  function lib(value) { return value; }\n  lib.first = function (array) { return array[0]; };\n  return lib;\n});\n";

fn app() -> tempfile::TempDir {
    let project = scratch_app("plain-app", "default");
    let dir = project.path();
    for (path, text) in [
        ("convex/nodeActions.ts", NODE_MODULE),
        ("convex/nodeHelpers/shout.ts", HELPER),
        ("convex/nodeStore.ts", STORE),
        ("vendor/umd.cjs", UMD),
    ] {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    let codegen = run_convexkit(dir, &["codegen"]);
    assert!(
        codegen.status.success(),
        "{}",
        String::from_utf8_lossy(&codegen.stderr)
    );
    project
}

/// `convexkit run` with `args`: Ok(result) on success, Err(stderr) on failure.
fn run(dir: &Path, args: &[&str]) -> Result<Value, String> {
    let output = run_convexkit(
        dir,
        &[&["run", "--env", "NODE_SECRET=s3cret"], args].concat(),
    );
    if output.status.success() {
        Ok(serde_json::from_slice(&output.stdout).unwrap())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).into_owned())
    }
}

fn ok(dir: &Path, function: &str, args: Value) -> Value {
    run(dir, &[function, &args.to_string()])
        .unwrap_or_else(|stderr| panic!("{function} failed:\n{stderr}"))
}

#[test]
fn use_node_actions_run_in_node() {
    let project = app();
    let dir = project.path();

    assert_eq!(
        ok(dir, "nodeActions:digest", json!({ "text": "héllo" })),
        json!({
            "sha256": "3c48591d8d098a4538f5e013dfcf406e948eac4d3277b10bf614e295d6068179",
            "roundTrip": "héllo",
            "shouted": "HÉLLO!",
        })
    );
    assert_eq!(ok(dir, "nodeActions:secret", json!({})), json!("s3cret"));
    assert_eq!(ok(dir, "nodeActions:firstOf", json!({})), json!(7));

    // The action's mutation committed: visible to the next run (a new process).
    assert_eq!(
        ok(dir, "nodeActions:addAndCount", json!({ "name": "ada" })),
        json!(1)
    );
    assert_eq!(ok(dir, "nodeStore:count", json!({})), json!(1));
    assert_eq!(
        ok(dir, "nodeActions:addAndCount", json!({ "name": "bob" })),
        json!(2)
    );

    let error = run(dir, &["nodeActions:refuse", r#"{"why":"no"}"#]).unwrap_err();
    assert!(
        error.contains(r#""code":"refused""#) && error.contains(r#""why":"no""#),
        "{error}"
    );

    // Argument validation happens before Node.js is asked to run anything.
    let error = run(dir, &["nodeActions:digest", r#"{"text":1}"#]).unwrap_err();
    assert!(error.contains("ArgumentValidationError"), "{error}");
}

#[test]
fn runaway_actions_are_stopped() {
    let project = app();
    let dir = project.path();
    let started = Instant::now();
    let error = run(dir, &["--timeout", "1", "nodeActions:slow", "{}"]).unwrap_err();
    assert!(error.contains("time limit"), "{error}");
    assert!(started.elapsed().as_secs() < 60, "{:?}", started.elapsed());
}

#[test]
fn without_node_use_node_modules_say_it_is_needed() {
    let project = app();
    let output = std::process::Command::new(convexkit())
        .args(["run", "nodeActions:noop"])
        .current_dir(project.path())
        .env("PATH", "/nonexistent")
        .output()
        .unwrap();
    let error = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(
        error.contains("\"use node\"") && error.contains("install Node.js"),
        "{error}"
    );
}

#[test]
fn only_actions_live_in_use_node_modules() {
    let project = app();
    let dir = project.path();
    std::fs::write(dir.join("convex/nodeQuery.ts"), QUERY_IN_NODE).unwrap();
    let error = run(dir, &["nodeQuery:wrong", "{}"]).unwrap_err();
    assert!(
        error.contains("only actions can be defined in \"use node\" modules"),
        "{error}"
    );
}

#[test]
fn builtins_without_use_node_say_to_add_it() {
    let project = app();
    let dir = project.path();
    std::fs::write(
        dir.join("convex/plainFs.ts"),
        r#"import { readFileSync } from "node:fs";
import { action } from "./_generated/server";
export const read = action({ args: {}, handler: async () => readFileSync("/etc/hostname", "utf8") });
"#,
    )
    .unwrap();
    let error = run(dir, &["plainFs:read", "{}"]).unwrap_err();
    assert!(
        error.contains("imports Node's built-in module \"fs\"")
            && error.contains("put \"use node\";"),
        "{error}"
    );
}

#[test]
fn dev_loads_use_node_modules_and_stops_runaway_actions() {
    let project = app();
    let dev = Dev::start_with(
        project.path(),
        &[
            "--timeout".into(),
            "2".into(),
            "--env".into(),
            "NODE_SECRET=s3cret".into(),
        ],
    );
    let deadline = Instant::now() + std::time::Duration::from_secs(60);
    while !dev.log().contains("convexkit dev: ") && Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let log = dev.log();
    assert!(log.contains("convexkit dev: ready"), "{log}");

    // Past its time limit (20 s for actions at `--timeout 1`) the action's Node.js process
    // is killed; the next call gets a fresh one.
    let body = json!({ "path": "nodeActions:slow", "args": {}, "format": "json" });
    let stopped = post(dev.port, "/api/action", &body);
    assert!(
        stopped
            .as_ref()
            .is_none_or(|answer| answer["status"] == "error"),
        "the runaway action is stopped, not answered: {stopped:?}"
    );
    let deadline = Instant::now() + std::time::Duration::from_secs(60);
    loop {
        let body = json!({ "path": "nodeActions:secret", "args": {}, "format": "json" });
        match post(dev.port, "/api/action", &body) {
            Some(answer) => {
                assert_eq!(answer["value"], "s3cret", "{answer}");
                break;
            }
            None => assert!(Instant::now() < deadline, "no answer after the time limit"),
        }
    }

    // What one call of a "use node" action costs, warm (beside a QuickJS query's).
    let time = |path: &str| {
        let started = Instant::now();
        for _ in 0..50 {
            let body = json!({ "path": path, "args": {}, "format": "json" });
            let kind = if path.starts_with("node") && path != "nodeStore:count" {
                "action"
            } else {
                "query"
            };
            let answer = post(dev.port, &format!("/api/{kind}"), &body).expect("an answer");
            assert_eq!(answer["status"], "success", "{answer}");
        }
        started.elapsed() / 50
    };
    let node = time("nodeActions:noop");
    let quickjs = time("nodeStore:count");
    eprintln!("one \"use node\" action call: {node:?}; one QuickJS query call: {quickjs:?}");
    dev.stop();
}

#[test]
fn codegen_learns_use_node_modules_in_node_and_names_one_that_throws() {
    let project = scratch_app("plain-app", "static");
    let dir = project.path();
    // Validators only a run decides, in a module Node.js imports ahead of the questions
    // about it (while QuickJS loads the others).
    let dynamic = |prelude: &str| {
        format!("\"use node\";\n{prelude}import {{ v }} from \"convex/values\";\nimport {{ action }} from \"./_generated/server\";\n\nconst shape = process.env.WIDE ? {{ a: v.string() }} : {{ b: v.number() }};\n\nexport const pick = action({{ args: shape, handler: async () => null }});\n")
    };
    std::fs::write(dir.join("convex/nodeShape.ts"), dynamic("")).unwrap();
    std::fs::write(
        dir.join("convex/nodeBroken.ts"),
        dynamic("if (!process.env.WIDE) throw new Error(\"WIDE is not set in Node\");\n"),
    )
    .unwrap();
    let output = run_convexkit(dir, &["codegen"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("WIDE is not set in Node"), "{stderr}");
    assert!(stderr.contains("convex/nodeBroken.ts"), "{stderr}");

    std::fs::remove_file(dir.join("convex/nodeBroken.ts")).unwrap();
    let output = run_convexkit(dir, &["codegen"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let api = std::fs::read_to_string(dir.join("convex/_generated/api.d.ts")).unwrap();
    assert!(api.contains("{ b: number }"), "{api}");
}
