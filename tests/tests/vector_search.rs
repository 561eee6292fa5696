//! `ctx.vectorSearch` through `convexkit run`, on a local component with a vector index:
//! cosine `_score`s best first, `limit` (default and bounds), `filter` with `eq` and `or`,
//! dimension checks, documents whose vector has the wrong length left out, writes (patch,
//! delete, a rolled-back insert) kept in step within one process and across processes,
//! and an index added to a table that already holds documents.

use serde_json::{json, Value};

use convexkit_tests::{published_app_with, run_in_component};

const CONFIG: &str = "import { defineComponent } from \"convex/server\";\nexport default defineComponent(\"movies\");\n";

fn schema(vector_index: bool) -> String {
    let index = if vector_index {
        ".vectorIndex(\"by_embedding\", { vectorField: \"embedding\", dimensions: 3, filterFields: [\"genre\"] })"
    } else {
        ""
    };
    format!("import {{ defineSchema, defineTable }} from \"convex/server\";\nimport {{ v }} from \"convex/values\";\nexport default defineSchema({{ movies: defineTable({{ title: v.string(), genre: v.string(), embedding: v.array(v.float64()) }}){index} }});\n")
}

const LIB: &str = r##"import { v } from "convex/values";
import { action, internalMutation, mutation, query } from "./_generated/server";
import { internal } from "./_generated/api";
const movie = { title: v.string(), genre: v.string(), embedding: v.array(v.float64()) };
export const add = mutation({
  args: movie,
  handler: async (ctx, m) => await ctx.db.insert("movies", m),
});
export const addThenFail = mutation({
  args: movie,
  handler: async (ctx, m) => {
    await ctx.db.insert("movies", m);
    throw new Error("refused");
  },
});
export const move = internalMutation({
  args: { id: v.id("movies"), embedding: v.array(v.float64()) },
  handler: async (ctx, { id, embedding }) => await ctx.db.patch(id, { embedding }),
});
export const remove = mutation({
  args: { id: v.id("movies") },
  handler: async (ctx, { id }) => await ctx.db.delete(id),
});
export const search = action({
  args: { vector: v.array(v.float64()), limit: v.optional(v.number()), genres: v.optional(v.array(v.string())) },
  handler: async (ctx, { vector, limit, genres }) => {
    const results = await ctx.vectorSearch("movies", "by_embedding", {
      vector,
      limit,
      filter: genres === undefined ? undefined
        : (q) => genres.length === 1 ? q.eq("genre", genres[0]) : q.or(...genres.map((g) => q.eq("genre", g))),
    });
    const titles = await ctx.runQuery(internal.lib.titlesOf, { ids: results.map((r) => r._id) });
    return results.map((r, i) => ({ title: titles[i], score: Math.round(r._score * 1e6) / 1e6 }));
  },
});
export const titlesOf = query({
  args: { ids: v.array(v.id("movies")) },
  handler: async (ctx, { ids }) => Promise.all(ids.map(async (id) => (await ctx.db.get(id))?.title)),
});
// Searches, moves a movie, searches again: the second search sees the move.
export const moveBetweenSearches = action({
  args: { id: v.id("movies"), embedding: v.array(v.float64()) },
  handler: async (ctx, { id, embedding }) => {
    const before = await ctx.vectorSearch("movies", "by_embedding", { vector: embedding, limit: 1 });
    await ctx.runMutation(internal.lib.move, { id, embedding });
    const after = await ctx.vectorSearch("movies", "by_embedding", { vector: embedding, limit: 1 });
    return [before[0]._id === id, after[0]._id === id];
  },
});
"##;

fn app(vector_index: bool) -> tempfile::TempDir {
    published_app_with(
        &[
            ("convex/movies/convex.config.ts", CONFIG),
            ("convex/movies/schema.ts", &schema(vector_index)),
            ("convex/movies/lib.ts", LIB),
        ],
        &[(
            "import movies from \"./movies/convex.config\";",
            "app.use(movies);",
        )],
    )
}

fn call(dir: &std::path::Path, function: &str, args: Value) -> Result<Value, String> {
    run_in_component(dir, "movies", function, &args)
}

fn ok(dir: &std::path::Path, function: &str, args: Value) -> Value {
    call(dir, function, args).unwrap_or_else(|e| panic!("{function}: {e}"))
}

fn titles(found: &Value) -> Vec<&str> {
    found
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["title"].as_str().unwrap())
        .collect()
}

#[test]
fn vector_search_scores_filters_and_follows_writes() {
    let project = app(false);
    let dir = project.path();
    let add = |title: &str, genre: &str, embedding: &[f64]| {
        ok(
            dir,
            "lib:add",
            json!({ "title": title, "genre": genre, "embedding": embedding }),
        )
    };
    // Written before the table has its index: the index is built from them.
    add("Airplane!", "comedy", &[1.0, 0.0, 0.0]);
    let heat = add("Heat", "drama", &[0.0, 1.0, 0.0]);
    std::fs::write(dir.join("convex/movies/schema.ts"), schema(true)).unwrap();
    add("Alien", "horror", &[0.0, 0.0, 1.0]);
    add("Ghostbusters", "comedy", &[1.0, 0.0, 1.0]);
    // Not indexed: its vector has two dimensions, not three.
    add("Short", "comedy", &[1.0, 0.0]);

    let search = |args: Value| ok(dir, "lib:search", args);
    let found = search(json!({ "vector": [2.0, 0.0, 0.0] }));
    assert_eq!(
        found,
        json!([
            { "title": "Airplane!", "score": 1 },
            { "title": "Ghostbusters", "score": (std::f64::consts::FRAC_1_SQRT_2 * 1e6).round() / 1e6 },
            { "title": "Heat", "score": 0 },
            { "title": "Alien", "score": 0 },
        ]),
        "{found}"
    );
    assert_eq!(
        titles(&search(json!({ "vector": [1.0, 0.0, 0.0], "limit": 1 }))),
        ["Airplane!"]
    );
    // `eq` and `or` of `eq` on the filter field.
    assert_eq!(
        titles(&search(
            json!({ "vector": [0.0, 0.0, 1.0], "genres": ["comedy"] })
        )),
        ["Ghostbusters", "Airplane!"]
    );
    assert_eq!(
        titles(&search(
            json!({ "vector": [0.0, 0.0, 1.0], "genres": ["drama", "horror"] })
        )),
        ["Alien", "Heat"]
    );

    // The backend's bounds.
    let refused = |args: Value, says: &str| {
        let error = call(dir, "lib:search", args).unwrap_err();
        assert!(error.contains(says), "{error}");
    };
    refused(json!({ "vector": [1.0, 0.0] }), "2 dimensions");
    refused(
        json!({ "vector": [1.0, 0.0, 0.0], "limit": 257 }),
        "between 1 and 256",
    );
    refused(
        json!({ "vector": [1.0, 0.0, 0.0], "limit": 0 }),
        "between 1 and 256",
    );

    // Writes: within one process (the vectors kept in memory follow), then across.
    let moved = ok(
        dir,
        "lib:moveBetweenSearches",
        json!({ "id": heat, "embedding": [-1.0, -1.0, -1.0] }),
    );
    assert_eq!(moved, json!([false, true]));
    ok(dir, "lib:remove", json!({ "id": heat }));
    assert!(!titles(&search(json!({ "vector": [0.0, 1.0, 0.0] }))).contains(&"Heat"));
    let refused_insert = call(
        dir,
        "lib:addThenFail",
        json!({ "title": "Phantom", "genre": "drama", "embedding": [0.0, 1.0, 0.0] }),
    );
    assert!(refused_insert.is_err());
    assert_eq!(
        titles(&search(json!({ "vector": [0.0, 1.0, 0.0] }))),
        ["Airplane!", "Alien", "Ghostbusters"]
    );
}
