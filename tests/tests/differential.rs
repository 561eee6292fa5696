//! convexkit against convex-test (the community mock of the Convex backend, run by vitest)
//! on one scenario: the fixture tests/fixtures/convex-test-diff (the published components
//! of published-components: two aggregate instances kept in sync by triggers, the sharded
//! counter, the rate limiter and migrations; text search with one term and an `eq` filter,
//! results sorted, and vector search, scores to 4 decimals: where convex-test's simplified
//! search agrees with the backend) and its steps in scenario.json. vitest runs the
//! steps on convex-test (convex/scenario.test.ts) and writes what each returned or threw;
//! this test runs the same steps through `convexkit run`, one process per call, normalises
//! the results the same way and compares them step by step.
//!
//! Compared: every result (Convex JSON export form) and every ConvexError's data. Errors
//! without data are compared only as "failed": their messages are each implementation's
//! own wording (convex-test: "Validator error: Expected `string`, got `7`"; the backend
//! and convexkit: "ArgumentValidationError: Value does not match validator. Path: .name …").
//! Normalised on both sides (convex/scenario.test.ts does the same): document IDs, also
//! inside strings, become "<id N>" numbered by first appearance over the whole sequence
//! (arrays in order, object keys sorted), so which document is which is still compared;
//! `_creationTime` and `retryAfter` numbers become "<number>"; `continueCursor` strings
//! become "<cursor>".

use std::path::Path;
use std::process::Command;

use serde_json::{json, Map, Value};

use convexkit_runtime::values::id::decode_id;
use convexkit_tests::{copy_app, run_convexkit};

const APP: &str = "convex-test-diff";

/// Steps where convex-test is known to differ from the real Convex backend. convexkit
/// follows the backend; the step is left out of the comparison and convexkit's outcome is
/// checked on its own: `(function, what convexkit's error must contain)`.
const CONVEX_TEST_DIFFERS: &[(&str, &str)] = &[
    // A parent calling its child's internal function (the aggregate's `worker:getBatch`):
    // the backend refuses, only a component's public functions are visible to its parent.
    // convex-test runs it (and returns `{"kind": "idle"}`).
    ("scenario:callsChildInternal", "internal"),
];

/// A step of scenario.json.
struct Step {
    function: String,
    args: Value,
}

fn steps(app: &Path) -> Vec<Step> {
    let text = std::fs::read_to_string(app.join("scenario.json")).unwrap();
    let scenario: Value = serde_json::from_str(&text).unwrap();
    scenario["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|step| Step {
            function: step["function"].as_str().unwrap().to_owned(),
            args: step["args"].clone(),
        })
        .collect()
}

/// Replaces `{"$step": i}` by step i's result, `{"$step": i, "field": f}` by its field f.
fn resolve(args: &Value, results: &[Value]) -> Value {
    match args {
        Value::Array(items) => Value::Array(items.iter().map(|a| resolve(a, results)).collect()),
        Value::Object(map) => match map.get("$step").and_then(Value::as_u64) {
            Some(step) => {
                let result = &results[step as usize];
                match map.get("field").and_then(Value::as_str) {
                    Some(field) => result[field].clone(),
                    None => result.clone(),
                }
            }
            None => Value::Object(
                map.iter()
                    .map(|(k, a)| (k.clone(), resolve(a, results)))
                    .collect(),
            ),
        },
        other => other.clone(),
    }
}

/// The normalisation convex/scenario.test.ts applies, with convexkit's IDs (the backend's
/// format) recognised by decoding them.
#[derive(Default)]
struct Normaliser {
    ids: Vec<String>,
}

impl Normaliser {
    fn text(&mut self, text: &str) -> String {
        let mut out = String::new();
        let mut token = String::new();
        let is_word = |c: char| c.is_ascii_alphanumeric() || c == '_';
        for c in text.chars().chain(std::iter::once(' ')) {
            if is_word(c) {
                token.push(c);
                continue;
            }
            if decode_id(&token).is_some() {
                let n = match self.ids.iter().position(|id| *id == token) {
                    Some(n) => n,
                    None => {
                        self.ids.push(token.clone());
                        self.ids.len() - 1
                    }
                };
                out.push_str(&format!("<id {n}>"));
            } else {
                out.push_str(&token);
            }
            token.clear();
            out.push(c);
        }
        out.pop();
        out
    }

    fn walk(&mut self, value: &Value, key: Option<&str>) -> Value {
        match (value, key) {
            (Value::Number(_), Some("_creationTime" | "retryAfter")) => json!("<number>"),
            (Value::String(_), Some("continueCursor")) => json!("<cursor>"),
            (Value::String(s), _) => Value::String(self.text(s)),
            (Value::Array(items), _) => {
                Value::Array(items.iter().map(|v| self.walk(v, None)).collect())
            }
            (Value::Object(map), _) => {
                let mut keys: Vec<&String> = map.keys().collect();
                keys.sort();
                let mut out = Map::new();
                for k in keys {
                    out.insert(k.clone(), self.walk(&map[k], Some(k)));
                }
                Value::Object(out)
            }
            (other, _) => other.clone(),
        }
    }
}

/// What a step's record is compared on: a plain error's message is not.
fn comparable(record: &Value) -> Value {
    let mut record = record.clone();
    if let Some(message) = record.pointer_mut("/error/message") {
        *message = json!("<not compared>");
    }
    record
}

/// Runs the scenario on convex-test (vitest in `app`), returning its normalised records.
fn convex_test_records(app: &Path) -> Vec<Value> {
    let results = app.join("convex-test-results.json");
    let output = Command::new("node")
        .args([
            "node_modules/vitest/vitest.mjs",
            "run",
            "convex/scenario.test.ts",
        ])
        .env("CONVEX_TEST_RESULTS", &results)
        .env("NO_COLOR", "1")
        .current_dir(app)
        .output()
        .expect("node is installed");
    assert!(
        output.status.success(),
        "vitest failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let text = std::fs::read_to_string(&results).expect("vitest wrote the results");
    serde_json::from_str(&text).unwrap()
}

/// Runs the scenario through `convexkit run`, one process per step.
fn convexkit_records(app: &Path, steps: &[Step]) -> Vec<Value> {
    let mut raw = Vec::new();
    let mut normaliser = Normaliser::default();
    let mut records = Vec::new();
    for (index, step) in steps.iter().enumerate() {
        let args = resolve(&step.args, &raw).to_string();
        let output = run_convexkit(app, &["run", &step.function, &args]);
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        let outcome = match output.status.code() {
            Some(0) => {
                let result: Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
                    panic!("{} printed invalid JSON ({e}): {stderr}", step.function)
                });
                raw.push(result.clone());
                json!({ "result": result })
            }
            // "error: MESSAGE", then a ConvexError's data (export form) on the last line.
            Some(1) => {
                raw.push(Value::Null);
                let message = stderr.trim_end().trim_start_matches("error: ");
                let data = message
                    .lines()
                    .skip(1)
                    .last()
                    .and_then(|line| serde_json::from_str::<Value>(line).ok());
                match data {
                    Some(data) => json!({ "error": { "data": data } }),
                    None => json!({ "error": { "message": message } }),
                }
            }
            other => panic!("{} exited with {other:?}: {stderr}", step.function),
        };
        let mut record = json!({
            "step": index,
            "function": step.function,
            "args": step.args,
        });
        record
            .as_object_mut()
            .unwrap()
            .extend(outcome.as_object().unwrap().clone());
        records.push(normaliser.walk(&record, None));
    }
    records
}

#[test]
fn convexkit_agrees_with_convex_test() {
    let scratch = tempfile::Builder::new()
        .prefix("convexkit-convex-test-diff-")
        .tempdir()
        .unwrap();
    let app = scratch.path();
    // The fixture's node_modules (`npm ci` from its lockfile, once), linked into the copy.
    copy_app(APP, app);
    // convex-test needs the generated api too (its function references resolve through
    // convex/_generated); convexkit's codegen output is the official one (the golden tests).
    let codegen = run_convexkit(app, &["codegen"]);
    assert!(
        codegen.status.success(),
        "{}",
        String::from_utf8_lossy(&codegen.stderr)
    );
    let steps = steps(app);
    let expected = convex_test_records(app);
    let actual = convexkit_records(app, &steps);
    assert_eq!(expected.len(), steps.len(), "convex-test ran every step");

    let mut differences = Vec::new();
    for ((step, expected), actual) in steps.iter().zip(&expected).zip(&actual) {
        let show = || {
            format!(
                "{}\n  convex-test: {expected}\n  convexkit:   {actual}",
                step.function
            )
        };
        if let Some((_, refusal)) = CONVEX_TEST_DIFFERS
            .iter()
            .find(|(f, _)| *f == step.function)
        {
            let message = actual.pointer("/error/message").and_then(Value::as_str);
            assert!(
                message.is_some_and(|m| m.contains(refusal)),
                "convexkit should refuse like the backend: {}",
                show()
            );
            continue;
        }
        if comparable(expected) != comparable(actual) {
            differences.push(show());
        }
    }
    assert!(
        differences.is_empty(),
        "{} of {} steps differ:\n{}",
        differences.len(),
        steps.len(),
        differences.join("\n")
    );
}
