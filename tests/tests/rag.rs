//! The real `@convex-dev/rag` component end to end through `convexkit run`, with a
//! deterministic embedding model from the `ai` package's test helpers (no network):
//! documents are chunked, embedded and added by the component's own functions, then found
//! by its search, which runs `ctx.vectorSearch` inside the component.

use serde_json::{json, Value};

use convexkit_tests::{run_convexkit, scratch_app};

fn run(dir: &std::path::Path, function: &str, args: Value) -> Value {
    let output = run_convexkit(dir, &["run", function, &args.to_string()]);
    assert!(
        output.status.success(),
        "{function}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn rag_adds_and_searches_documents() {
    let project = scratch_app("rag-app", "default");
    let dir = project.path();
    let codegen = run_convexkit(dir, &["codegen"]);
    assert!(
        codegen.status.success(),
        "{}",
        String::from_utf8_lossy(&codegen.stderr)
    );
    for (key, text) in [
        (
            "cats",
            "Cats are small furry animals that purr and chase mice.",
        ),
        (
            "rockets",
            "Rockets burn fuel to reach orbit around the earth.",
        ),
        (
            "bread",
            "Bread is baked from flour, water and yeast in an oven.",
        ),
    ] {
        let added = run(dir, "documents:add", json!({ "key": key, "text": text }));
        assert_eq!(added["status"], "ready", "{added}");
    }

    let found = run(
        dir,
        "documents:search",
        json!({ "query": "furry cats purr" }),
    );
    assert_eq!(found["keys"][0], "cats", "{found}");
    assert!(found["scores"][0].as_f64().unwrap() > 0.5, "{found}");
    assert!(
        found["text"]
            .as_str()
            .unwrap()
            .starts_with("Cats are small"),
        "{found}"
    );
    let found = run(
        dir,
        "documents:search",
        json!({ "query": "orbit of the earth", "limit": 1 }),
    );
    assert_eq!(found["keys"], json!(["rockets"]), "{found}");

    // Adding under a key that exists replaces its content: the old text is not found.
    run(
        dir,
        "documents:add",
        json!({ "key": "rockets", "text": "Rockets now carry satellites to space stations." }),
    );
    let found = run(
        dir,
        "documents:search",
        json!({ "query": "satellites space stations", "limit": 1 }),
    );
    assert_eq!(found["keys"], json!(["rockets"]), "{found}");
    assert!(
        found["text"].as_str().unwrap().contains("satellites"),
        "{found}"
    );
    let old = run(
        dir,
        "documents:search",
        json!({ "query": "orbit earth fuel", "limit": 3 }),
    );
    assert!(
        !old["text"].as_str().unwrap().contains("orbit"),
        "the replaced text is still found: {old}"
    );
}
