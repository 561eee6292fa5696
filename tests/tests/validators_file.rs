//! `_generated/validators.ts`, written only when convexkit.json asks for it, exports real
//! validators that app code can use in its own `args`/`returns` — proven with tsc.

use std::process::Command;

use convexkit_tests::{run_convexkit, scratch_app};

const USES_VALIDATORS: &str = r#"import { v } from "convex/values";
import { query } from "./_generated/server";
import { components as componentValidators, tables } from "./_generated/validators";
import { components } from "./_generated/api";

export const scoreById = query({
  args: { id: v.id("scores") },
  returns: v.union(tables.scores, v.null()),
  handler: async (ctx, { id }) => await ctx.db.get(id),
});

const getItem = componentValidators.leaderboard.btree.get;

export const firstItem = query({
  args: getItem.args,
  returns: getItem.returns,
  handler: async (ctx, args) => await ctx.runQuery(components.leaderboard.btree.get, args),
});
"#;

#[test]
fn validators_file_is_opt_in_and_typechecks_in_use() {
    let project = scratch_app("published-components", "default");
    let dir = project.path();
    assert!(run_convexkit(dir, &["codegen"]).status.success());
    assert!(
        !dir.join("convex/_generated/validators.ts").exists(),
        "not written unless asked"
    );

    std::fs::write(
        dir.join("convexkit.json"),
        r#"{"codegen": {"validators": true}}"#,
    )
    .unwrap();
    std::fs::write(dir.join("convex/usesValidators.ts"), USES_VALIDATORS).unwrap();
    let output = run_convexkit(dir, &["codegen"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let file = std::fs::read_to_string(dir.join("convex/_generated/validators.ts")).unwrap();
    assert!(file.contains("  scores: v.object({\n"), "{file}");
    assert!(file.contains("_id: v.id(\"scores\")"), "{file}");
    assert!(file.contains("  leaderboard: {\n"), "{file}");

    let tsc = Command::new(dir.join("node_modules/.bin/tsc"))
        .args(["--noEmit", "-p", "."])
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(
        tsc.status.success(),
        "{}",
        String::from_utf8_lossy(&tsc.stdout)
    );
}
