//! `convexkit check`: every rule on the lint-app fixture (planted mistakes, realistic code),
//! no false positives on the other fixtures, output formats, configuration, suppressions,
//! and `--fix`.

use std::path::Path;
use std::process::Command;

use convexkit_analysis::rules::rule;
use convexkit_tests::{
    check_json, eslint_plugin_findings, npm_ci, repo_root, run_convexkit, scratch_app, Finding,
};

fn lint_app() -> tempfile::TempDir {
    let project = scratch_app("lint-app", "default");
    let codegen = run_convexkit(project.path(), &["codegen"]);
    assert!(
        codegen.status.success(),
        "{}",
        String::from_utf8_lossy(&codegen.stderr)
    );
    project
}

fn owned(items: &[(&str, &str, u64, u64)]) -> Vec<Finding> {
    items
        .iter()
        .map(|(c, p, l, col)| (c.to_string(), p.to_string(), *l, *col))
        .collect()
}

#[test]
fn every_rule_finds_its_planted_mistake() {
    let project = lint_app();
    let (code, found) = check_json(project.path(), &[]);
    assert_eq!(code, Some(1));
    assert_eq!(
        found,
        owned(&[
            ("unused-component", "convex/convex.config.ts", 10, 1),
            ("raw-mutation-import", "convex/events.ts", 2, 8),
            ("shared-aggregate-instance", "convex/lib/byName.ts", 5, 23),
            ("component-call-args", "convex/limits.ts", 9, 65),
            ("unknown-component", "convex/limits.ts", 14, 38),
            ("internal-component-function", "convex/limits.ts", 15, 27),
            ("component-call-args", "convex/limits.ts", 15, 73),
            ("raw-mutation-import", "convex/scores.ts", 2, 10),
            ("count-in-mutation", "convex/scores.ts", 10, 16),
            ("count-in-mutation", "convex/scores.ts", 18, 25),
        ])
    );
}

#[test]
fn config_errors_are_reported_at_the_use_call() {
    let project = lint_app();
    let dir = project.path();
    let config = dir.join("convex/convex.config.ts");
    let text = std::fs::read_to_string(&config)
        .unwrap()
        .replace("app.use(rateLimiter);", "app.use(rateLimiter, { httpPrefix: \"limits\" });\napp.use(rateLimiter, { name: \"leaderboard\" });")
        .replace("import rateLimiter", "import missing from \"@convex-dev/not-installed/convex.config\";\nimport rateLimiter")
        .replace("export default app;", "app.use(missing);\napp.use(shardedCounter, { name: \"2fast\" });\nexport default app;");
    std::fs::write(&config, text).unwrap();
    let (code, found) = check_json(dir, &[]);
    assert_eq!(code, Some(1));
    let config_findings: Vec<_> = found
        .iter()
        .filter(|f| f.1 == "convex/convex.config.ts")
        .map(|f| (f.0.as_str(), f.2))
        .collect();
    for expected in [
        ("invalid-http-prefix", 10),
        ("duplicate-component-name", 11),
        ("component-not-found", 14),
        ("invalid-component-name", 15),
    ] {
        assert!(
            config_findings.contains(&expected),
            "{expected:?} not in {config_findings:?}"
        );
    }
}

#[test]
fn no_false_positives_on_the_other_fixtures() {
    for app in [
        "published-components",
        "local-components",
        "plain-app",
        "odd-modules",
    ] {
        let project = scratch_app(app, "default");
        assert!(run_convexkit(project.path(), &["codegen"]).status.success());
        let (_, found) = check_json(project.path(), &[]);
        // convexkit's own rules find nothing; the plugin's rules find what the plugin does
        // (the fixtures use the ID-only database calls it asks to migrate).
        let (plugin, own): (Vec<_>, Vec<_>) = found
            .into_iter()
            .partition(|(code, ..)| rule(code).is_some_and(|r| r.eslint_plugin));
        assert_eq!(own, Vec::new(), "{app}");
        let mut plugin: Vec<_> = plugin
            .into_iter()
            .map(|(code, path, line, _)| (code, path, line))
            .collect();
        plugin.sort();
        assert_eq!(
            plugin,
            eslint_plugin_findings(project.path(), &["convex"]),
            "{app}: the plugin's rules against ESLint with the plugin"
        );
    }
}

#[test]
fn stale_generated_names_each_file_and_fix_runs_codegen() {
    let project = lint_app();
    let dir = project.path();
    let api = dir.join("convex/_generated/api.d.ts");
    std::fs::write(&api, "// edited by hand\n").unwrap();
    std::fs::remove_file(dir.join("convex/_generated/server.js")).unwrap();
    let (_, found) = check_json(dir, &[]);
    let stale: Vec<_> = found
        .iter()
        .filter(|f| f.0 == "stale-generated")
        .map(|f| f.1.as_str())
        .collect();
    assert_eq!(
        stale,
        ["convex/_generated/api.d.ts", "convex/_generated/server.js"]
    );
    let (_, after) = check_json(dir, &["--fix"]);
    assert!(!after.iter().any(|f| f.0 == "stale-generated"), "{after:?}");
    assert!(dir.join("convex/_generated/server.js").is_file());
}

#[test]
fn references_belong_to_the_api_they_import_and_aliases_report_where_names_are_written() {
    let project = scratch_app("local-components", "default");
    let dir = project.path();
    // A file in the widgets component's folder that uses the app's instances through the
    // app's `_generated/api`, by destructuring, computed names and an exported alias.
    std::fs::write(
        dir.join("convex/widgets/appSide.ts"),
        "import { components } from \"../_generated/api\";\n\
         const { productRatings, storeRatingz } = components;\n\
         export const typo = components[\"throtle\"];\n\
         export const all = [productRatings, storeRatingz, components.widgets];\n",
    )
    .unwrap();
    let codegen = run_convexkit(dir, &["codegen"]);
    assert!(
        codegen.status.success(),
        "{}",
        String::from_utf8_lossy(&codegen.stderr)
    );
    let (_, found) = check_json(dir, &[]);
    let unknown: Vec<&Finding> = found
        .iter()
        .filter(|f| f.0 == "unknown-component")
        .collect();
    assert_eq!(
        unknown,
        [
            &(
                "unknown-component".to_string(),
                "convex/widgets/appSide.ts".to_string(),
                2,
                25
            ),
            &(
                "unknown-component".to_string(),
                "convex/widgets/appSide.ts".to_string(),
                3,
                33
            ),
        ],
        "only the typos, each where its name is written: {found:?}"
    );
    assert!(
        !found.iter().any(|f| f.0 == "unused-component"),
        "the app's instances are used from the widgets folder: {found:?}"
    );
    check_json(dir, &["--fix"]);
    let fixed = std::fs::read_to_string(dir.join("convex/widgets/appSide.ts")).unwrap();
    assert!(
        fixed.contains("const { productRatings, storeRatings: storeRatingz } = components;")
            && fixed.contains("components[\"throttle\"]"),
        "the fix renames the instance and keeps the local binding:\n{fixed}"
    );
}

#[test]
fn a_raw_import_renamed_to_say_so_is_a_deliberate_bypass() {
    let project = lint_app();
    let dir = project.path();
    let seed = |local: &str| {
        format!(
            "import {{ internalMutation as {local} }} from \"./_generated/server\";\n\
             export const seed = {local}({{ args: {{}}, handler: async (ctx) => {{\n\
             await ctx.db.insert(\"scores\", {{ name: \"seed\", score: 0 }});\n}} }});\n"
        )
    };
    let raw_findings = |dir: &Path| {
        check_json(dir, &[])
            .1
            .into_iter()
            .filter(|f| f.0 == "raw-mutation-import" && f.1 == "convex/seed.ts")
            .count()
    };
    std::fs::write(dir.join("convex/seed.ts"), seed("rawInternalMutation")).unwrap();
    assert_eq!(raw_findings(dir), 0);
    std::fs::write(dir.join("convex/seed.ts"), seed("seedMutation")).unwrap();
    assert_eq!(
        raw_findings(dir),
        1,
        "a rename that does not say raw hides nothing"
    );
}

#[test]
fn fix_applies_the_safe_fixes_and_reports_the_rest() {
    let project = lint_app();
    let dir = project.path();
    let (code, remaining) = check_json(dir, &["--fix"]);
    assert_eq!(code, Some(1));
    let codes: Vec<&str> = remaining.iter().map(|f| f.0.as_str()).collect();
    assert!(!codes.contains(&"unknown-component"), "{codes:?}");
    let raw: Vec<&str> = remaining
        .iter()
        .filter(|f| f.0 == "raw-mutation-import")
        .map(|f| f.1.as_str())
        .collect();
    assert_eq!(
        raw,
        ["convex/events.ts"],
        "the named import is fixed; the namespace one is only reported"
    );
    assert!(
        codes.contains(&"shared-aggregate-instance"),
        "not a safe fix: only offered"
    );
    let limits = std::fs::read_to_string(dir.join("convex/limits.ts")).unwrap();
    assert!(
        limits.contains("components.leaderboard.btree.insert"),
        "{limits}"
    );
    let scores = std::fs::read_to_string(dir.join("convex/scores.ts")).unwrap();
    assert!(
        scores.contains("import { mutation } from \"./functions\";"),
        "{scores}"
    );
}

#[test]
fn severities_and_suppressions_are_configurable() {
    let project = lint_app();
    let dir = project.path();
    std::fs::write(
        dir.join("convexkit.json"),
        r#"{"rules": {"unused-component": "off", "count-in-mutation": "error", "no-such-rule": "warn"}}"#,
    )
    .unwrap();
    let scores = dir.join("convex/scores.ts");
    let text = std::fs::read_to_string(&scores).unwrap().replace(
        "    const total = await counter.count(ctx, \"scores\");",
        "    // convexkit-ignore-next-line count-in-mutation, made-up-code: the total is shown once\n    const total = await counter.count(ctx, \"scores\");",
    );
    std::fs::write(&scores, text).unwrap();
    let output = run_convexkit(dir, &["check", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let diagnostics = json["diagnostics"].as_array().unwrap();
    let find = |code: &str| {
        diagnostics
            .iter()
            .filter(|d| d["code"] == code)
            .collect::<Vec<_>>()
    };
    assert!(find("unused-component").is_empty());
    let counts = find("count-in-mutation");
    assert_eq!(counts.len(), 1, "the suppressed one is gone");
    assert_eq!(counts[0]["severity"], "error");
    let unknown: Vec<&str> = find("unknown-rule")
        .iter()
        .map(|d| d["message"].as_str().unwrap())
        .collect();
    assert_eq!(
        unknown,
        [
            "unknown rule code `made-up-code`",
            "unknown rule code `no-such-rule`"
        ]
    );
}

fn redact(text: &str, dir: &Path) -> String {
    text.replace(&dir.display().to_string(), "[PROJECT]")
}

#[test]
fn output_formats() {
    let project = lint_app();
    let dir = project.path();
    let human = run_convexkit(dir, &["check"]);
    insta::assert_snapshot!(
        "human",
        redact(&String::from_utf8_lossy(&human.stderr), dir)
    );
    let github = run_convexkit(dir, &["check", "--format", "github"]);
    insta::assert_snapshot!("github", String::from_utf8_lossy(&github.stdout));
    let sarif = run_convexkit(dir, &["check", "--format", "sarif"]);
    let sarif_text = String::from_utf8_lossy(&sarif.stdout).into_owned();
    insta::assert_snapshot!("sarif", redact(&sarif_text, dir));
    let json = run_convexkit(dir, &["check", "--format", "json"]);
    let pretty: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    insta::assert_snapshot!("json", serde_json::to_string_pretty(&pretty).unwrap());

    // The SARIF log conforms to the SARIF 2.1.0 schema; the validator rejects a broken one.
    let validator = repo_root().join("tests/sarif");
    npm_ci(&validator);
    let log = dir.join("check.sarif");
    std::fs::write(&log, &sarif_text).unwrap();
    let valid = Command::new("node")
        .arg(validator.join("validate.cjs"))
        .arg(&log)
        .output()
        .unwrap();
    assert!(
        valid.status.success(),
        "{}",
        String::from_utf8_lossy(&valid.stderr)
    );
    std::fs::write(
        &log,
        sarif_text.replace("\"version\": \"2.1.0\"", "\"version\": \"2.2\""),
    )
    .unwrap();
    assert!(!Command::new("node")
        .arg(validator.join("validate.cjs"))
        .arg(&log)
        .output()
        .unwrap()
        .status
        .success());
}
