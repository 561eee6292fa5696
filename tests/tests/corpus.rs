//! convexkit on real public Convex apps (tests/corpus/, see its README.md): codegen
//! byte-identical to the official CLI in every mode it succeeds in, `codegen --check` clean
//! afterwards, `check` reporting only the problems each app's `expected-check.json` lists
//! (each a real one), and `dev` serving with every module loaded and its queries answering.
//!
//! Each test runs every app and fails listing the apps that failed, after a line saying
//! how many passed.

use std::path::Path;

use serde_json::Value;

use convexkit_analysis::eval::{FunctionKind, Visibility};
use convexkit_analysis::model::{Detail, ProjectModel};
use convexkit_analysis::validator::Validator;
use convexkit_analysis::workspace::Workspace;
use convexkit_tests::corpus::{corpus_apps, CorpusApp};
use convexkit_tests::dev_server::{get, post, Dev};
use convexkit_tests::{files_under, generated_files, run_convexkit};

/// Runs `step` on every app; fails with every app's failure after printing the tally.
fn each_app(step: &str, run: impl Fn(&CorpusApp) -> Result<(), String>) {
    let apps = corpus_apps();
    assert!(!apps.is_empty(), "no corpus apps under tests/corpus");
    let failures: Vec<String> = apps
        .iter()
        .filter_map(|app| {
            // A panic (a server that never started) fails that app, not the tally.
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(app)))
                .unwrap_or_else(|panic| {
                    Err(panic
                        .downcast_ref::<String>()
                        .cloned()
                        .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                        .unwrap_or_else(|| "panicked".into()))
                });
            result.err().map(|e| format!("== {}: {e}", app.name))
        })
        .collect();
    println!(
        "corpus {step}: {} of {} apps pass",
        apps.len() - failures.len(),
        apps.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

fn output_text(output: &std::process::Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// Compares what codegen wrote under `scratch` with `golden`, file by file.
fn compare_with_golden(scratch: &Path, golden: &Path) -> Result<(), String> {
    let expected = files_under(golden);
    if expected.is_empty() {
        return Err(format!("no goldens in {}", golden.display()));
    }
    let actual = generated_files(scratch);
    let missing: Vec<_> = expected.iter().filter(|f| !actual.contains(f)).collect();
    let extra: Vec<_> = actual.iter().filter(|f| !expected.contains(f)).collect();
    if !missing.is_empty() || !extra.is_empty() {
        return Err(format!(
            "generated files differ: missing {missing:?}, not in the goldens {extra:?}"
        ));
    }
    for file in &expected {
        let want = std::fs::read_to_string(golden.join(file)).unwrap();
        let got = std::fs::read_to_string(scratch.join(file)).unwrap();
        if want != got {
            let line = want
                .lines()
                .zip(got.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(want.lines().count().min(got.lines().count()));
            return Err(format!(
                "{} differs at line {}:\n  official:  {:?}\n  convexkit: {:?}",
                file.display(),
                line + 1,
                want.lines().nth(line).unwrap_or("<end of file>"),
                got.lines().nth(line).unwrap_or("<end of file>")
            ));
        }
    }
    Ok(())
}

#[test]
fn codegen_is_byte_identical_to_the_official_cli() {
    each_app("codegen", |app| {
        // Modes convexkit does not pass yet on this app, each with why (corpus.json).
        let pending = |mode: &str| app.manifest["pending"][mode].as_str().is_some();
        let mut runs: Vec<(&str, Vec<&str>)> = app
            .modes()
            .into_iter()
            .filter(|mode| !pending(mode))
            .map(|mode| (mode, vec!["codegen"]))
            .collect();
        if let Some(dir) = app.component_dir() {
            runs.push(("component-dir", vec!["codegen", "--component-dir", dir]));
        }
        if runs.is_empty() {
            // The official CLI fails on this app (SOURCE.md says why): there are no goldens,
            // but convexkit's codegen must still succeed and be stable.
            let (_scratch, project) = app.scratch("default");
            for args in [&["codegen"][..], &["codegen", "--check"]] {
                let output = run_convexkit(&project, args);
                if !output.status.success() {
                    return Err(format!("{args:?} failed:\n{}", output_text(&output)));
                }
            }
            return Ok(());
        }
        for (mode, args) in runs {
            let (scratch, project) = app.scratch(mode);
            let output = run_convexkit(&project, &args);
            if !output.status.success() {
                return Err(format!(
                    "codegen ({mode}) failed:\n{}",
                    output_text(&output)
                ));
            }
            compare_with_golden(scratch.path(), &app.dir.join("golden").join(mode))
                .map_err(|e| format!("({mode}) {e}"))?;
            let mut check = args.clone();
            check.push("--check");
            let again = run_convexkit(&project, &check);
            if again.status.code() != Some(0) {
                return Err(format!(
                    "codegen --check ({mode}) after codegen is not clean:\n{}",
                    output_text(&again)
                ));
            }
        }
        Ok(())
    });
}

/// (code, path, line) of a diagnostic.
fn diagnostic_key(d: &Value) -> (String, String, u64) {
    (
        d["code"].as_str().unwrap_or_default().to_string(),
        d["path"].as_str().unwrap_or_default().to_string(),
        d["line"].as_u64().unwrap_or_default(),
    )
}

#[test]
fn check_reports_only_real_problems() {
    each_app("check", |app| {
        let (_scratch, project) = app.scratch("default");
        let codegen = run_convexkit(&project, &["codegen"]);
        if !codegen.status.success() {
            return Err(format!("codegen failed:\n{}", output_text(&codegen)));
        }
        let output = run_convexkit(&project, &["check", "--format", "json"]);
        let report: Value = serde_json::from_slice(&output.stdout)
            .map_err(|e| format!("check printed no JSON ({e}):\n{}", output_text(&output)))?;
        let mut found: Vec<_> = report["diagnostics"]
            .as_array()
            .into_iter()
            .flatten()
            .map(diagnostic_key)
            .collect();
        let expected_file = app.dir.join("expected-check.json");
        let expected: Value = std::fs::read_to_string(&expected_file)
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_else(|| Value::Array(Vec::new()));
        let mut expected: Vec<_> = expected
            .as_array()
            .into_iter()
            .flatten()
            .map(|d| {
                assert!(
                    d["why"]
                        .as_str()
                        .is_some_and(|w| !w.is_empty() && !w.starts_with("REVIEW")),
                    "{}: every expected diagnostic says why it is a real problem (tests/eslint-oracle/corpus-expected.py marks new ones REVIEW)",
                    expected_file.display()
                );
                diagnostic_key(d)
            })
            .collect();
        found.sort();
        expected.sort();
        if found != expected {
            return Err(format!(
                "check found {found:?}\nexpected (expected-check.json) {expected:?}\n{}",
                serde_json::to_string_pretty(&report).unwrap_or_default()
            ));
        }
        Ok(())
    });
}

/// `module:export` of the app's public queries whose arguments are all optional.
fn argument_free_queries(project: &Path) -> Vec<String> {
    let Ok(model) = ProjectModel::load(project, &Workspace::new(), Detail::ALL) else {
        return Vec::new();
    };
    let mut paths = Vec::new();
    for module in &model.app().modules {
        for function in module.functions.iter() {
            let takes_nothing = match &function.args {
                Ok(Validator::Object(fields)) => fields.iter().all(|f| f.optional),
                Ok(Validator::Any) => true,
                _ => false,
            };
            if function.kind == FunctionKind::Query
                && function.visibility == Visibility::Public
                && takes_nothing
            {
                paths.push(format!("{}:{}", module.import_path(), function.name));
            }
        }
    }
    paths
}

#[test]
fn dev_serves_every_app() {
    each_app("dev", |app| {
        let (_scratch, project) = app.scratch("default");
        // The deployment's env vars the app needs (what `npx convex env set` would set).
        let env: Vec<String> = app.manifest["env"]
            .as_object()
            .into_iter()
            .flatten()
            .flat_map(|(name, value)| {
                [
                    "--env".to_string(),
                    format!("{name}={}", value.as_str().unwrap_or_default()),
                ]
            })
            .collect();
        let dev = Dev::start_with(&project, &env);
        let queries = app.manifest["queries"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        if queries.is_empty() {
            return Err("corpus.json lists no query".into());
        }
        for query in &queries {
            let body = serde_json::json!({
                "path": query["path"], "args": query["args"], "format": "json",
            });
            let answer = post(dev.port, "/api/query", &body);
            // An app whose every query needs a signed-in user answers with its own error.
            let expected_error = query["expectError"].as_str();
            let answered = match (&answer, expected_error) {
                (Some(a), None) => a["status"] == "success",
                (Some(a), Some(error)) => {
                    a["status"] == "error"
                        && a["errorMessage"]
                            .as_str()
                            .is_some_and(|m| m.starts_with(error))
                }
                (None, _) => false,
            };
            if !answered {
                return Err(format!(
                    "query {} answered {answer:?}\n--- dev log ---\n{}",
                    query["path"],
                    dev.log()
                ));
            }
        }
        // Every public query that takes no argument is called once (issue 15's proof): each
        // answers, with its value or the app's own error, and the server stays up.
        let mut silent = Vec::new();
        for path in argument_free_queries(&project) {
            let body = serde_json::json!({ "path": path, "args": {}, "format": "json" });
            if post(dev.port, "/api/query", &body).is_none() {
                silent.push(path);
            }
        }
        if !silent.is_empty() || get(dev.port, "/version").is_none() {
            return Err(format!(
                "queries without an answer: {silent:?}\n--- dev log ---\n{}",
                dev.log()
            ));
        }
        let log = dev.log();
        // Modules that cannot load here, each listed in corpus.json with why.
        let known: Vec<&str> = app.manifest["unloadable"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(module, _)| module.as_str())
            .collect();
        let unexpected: Vec<&str> = log
            .lines()
            .filter(|line| line.starts_with("error: "))
            .filter(|line| {
                !known
                    .iter()
                    .any(|m| line.starts_with(&format!("error: {m} did not load")))
            })
            .collect();
        if !unexpected.is_empty() || (known.is_empty() && !log.contains("convexkit dev: ready")) {
            return Err(format!("dev did not load every module:\n{log}"));
        }
        Ok(())
    });
}
