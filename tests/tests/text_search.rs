//! `withSearchIndex` through `convexkit run`, on a local component with a search index: the
//! documentation's example (terms match any document holding one, the last as a prefix,
//! `eq` filters on filter fields), relevance order with the newest first among equals,
//! writes (patch, delete, a rolled-back insert) kept in step, pagination, `.filter()` after
//! the search, and an index added to a table that already holds documents.

use serde_json::{json, Value};

use convexkit_tests::{published_app_with, run_in_component};

const CONFIG: &str = "import { defineComponent } from \"convex/server\";\nexport default defineComponent(\"chat\");\n";

fn schema(search_index: bool) -> String {
    let index = if search_index {
        ".searchIndex(\"search_body\", { searchField: \"body\", filterFields: [\"channel\"] })"
    } else {
        ""
    };
    format!("import {{ defineSchema, defineTable }} from \"convex/server\";\nimport {{ v }} from \"convex/values\";\nexport default defineSchema({{ messages: defineTable({{ body: v.string(), channel: v.optional(v.string()) }}){index} }});\n")
}

const LIB: &str = r##"import { v } from "convex/values";
import { paginationOptsValidator } from "convex/server";
import { mutation, query } from "./_generated/server";
export const send = mutation({
  args: { body: v.string(), channel: v.optional(v.string()) },
  handler: async (ctx, message) => await ctx.db.insert("messages", message),
});
export const sendThenFail = mutation({
  args: { body: v.string() },
  handler: async (ctx, { body }) => {
    await ctx.db.insert("messages", { body, channel: "#general" });
    throw new Error("refused");
  },
});
export const edit = mutation({
  args: { id: v.id("messages"), body: v.string() },
  handler: async (ctx, { id, body }) => await ctx.db.patch(id, { body }),
});
export const remove = mutation({
  args: { id: v.id("messages") },
  handler: async (ctx, { id }) => await ctx.db.delete(id),
});
export const search = query({
  args: { text: v.string(), channel: v.optional(v.union(v.string(), v.null())), inChannel: v.optional(v.string()) },
  handler: async (ctx, { text, channel, inChannel }) => {
    let results = ctx.db.query("messages").withSearchIndex("search_body", (q) => {
      const searched = q.search("body", text);
      return channel === undefined ? searched : searched.eq("channel", channel ?? undefined);
    });
    if (inChannel !== undefined) {
      results = results.filter((q) => q.eq(q.field("channel"), inChannel));
    }
    return (await results.take(10)).map((m) => m.body);
  },
});
export const page = query({
  args: { text: v.string(), paginationOpts: paginationOptsValidator },
  handler: async (ctx, { text, paginationOpts }) => {
    const page = await ctx.db.query("messages").withSearchIndex("search_body", (q) => q.search("body", text)).paginate(paginationOpts);
    return { ...page, page: page.page.map((m) => m.body) };
  },
});
"##;

fn app(search_index: bool) -> tempfile::TempDir {
    published_app_with(
        &[
            ("convex/chat/convex.config.ts", CONFIG),
            ("convex/chat/schema.ts", &schema(search_index)),
            ("convex/chat/lib.ts", LIB),
        ],
        &[(
            "import chat from \"./chat/convex.config\";",
            "app.use(chat);",
        )],
    )
}

fn call(dir: &std::path::Path, function: &str, args: Value) -> Result<Value, String> {
    run_in_component(dir, "chat", function, &args)
}

fn ok(dir: &std::path::Path, function: &str, args: Value) -> Value {
    call(dir, function, args).unwrap_or_else(|e| panic!("{function}: {e}"))
}

#[test]
fn search_finds_ranks_and_follows_writes() {
    let project = app(true);
    let dir = project.path();
    let send = |body: &str, channel: Option<&str>| {
        let mut message = json!({ "body": body });
        if let Some(channel) = channel {
            message["channel"] = channel.into();
        }
        ok(dir, "lib:send", message)
    };
    send("Hello world", Some("#general"));
    let hi = send("hi there", Some("#general"));
    send("hello hello hello", Some("#random"));
    send("goodbye", Some("#general"));
    send("hilarious", Some("#general"));
    send("Hello, lone message", None);

    // The documentation's example: any term, the last as a prefix, within a channel.
    let general = ok(
        dir,
        "lib:search",
        json!({ "text": "hello hi", "channel": "#general" }),
    );
    let mut found: Vec<String> = serde_json::from_value(general).unwrap();
    found.sort();
    assert_eq!(found, ["Hello world", "hi there", "hilarious"]);
    // `eq(field, undefined)` matches documents without the field.
    assert_eq!(
        ok(
            dir,
            "lib:search",
            json!({ "text": "hello", "channel": null })
        ),
        json!(["Hello, lone message"])
    );
    // Relevance: three occurrences in three words before one in two; equals newest first.
    let hello = ok(dir, "lib:search", json!({ "text": "HELLO" }));
    assert_eq!(hello[0], "hello hello hello", "{hello}");
    send("Hello world", Some("#general"));
    let again: Vec<String> =
        serde_json::from_value(ok(dir, "lib:search", json!({ "text": "world" }))).unwrap();
    assert_eq!(again, ["Hello world", "Hello world"]);
    // `.filter()` applies after the search.
    assert_eq!(
        ok(
            dir,
            "lib:search",
            json!({ "text": "hello", "inChannel": "#random" })
        ),
        json!(["hello hello hello"])
    );

    // Writes keep the index in step: a patch, a delete, a rolled-back insert.
    ok(
        dir,
        "lib:edit",
        json!({ "id": hi, "body": "greetings everyone" }),
    );
    assert_eq!(ok(dir, "lib:search", json!({ "text": "there" })), json!([]));
    assert_eq!(
        ok(dir, "lib:search", json!({ "text": "greet" })),
        json!(["greetings everyone"])
    );
    ok(dir, "lib:remove", json!({ "id": hi }));
    assert_eq!(
        ok(dir, "lib:search", json!({ "text": "greetings" })),
        json!([])
    );
    assert!(call(dir, "lib:sendThenFail", json!({ "body": "phantom" })).is_err());
    assert_eq!(
        ok(dir, "lib:search", json!({ "text": "phantom" })),
        json!([])
    );

    // Pages follow the relevance order without repeating or losing a result.
    let mut seen = Vec::new();
    let mut cursor = Value::Null;
    loop {
        let page = ok(
            dir,
            "lib:page",
            json!({ "text": "hello", "paginationOpts": { "numItems": 2, "cursor": cursor } }),
        );
        seen.extend(page["page"].as_array().unwrap().iter().cloned());
        if page["isDone"] == true {
            break;
        }
        cursor = page["continueCursor"].clone();
    }
    assert_eq!(
        Value::from(seen),
        ok(dir, "lib:search", json!({ "text": "hello" }))
    );

    // No terms: nothing; more than 16: refused.
    assert_eq!(ok(dir, "lib:search", json!({ "text": " ,; " })), json!([]));
    let many = (0..17)
        .map(|i| format!("t{i}"))
        .collect::<Vec<_>>()
        .join(" ");
    let refused = call(dir, "lib:search", json!({ "text": many })).unwrap_err();
    assert!(refused.contains("17 terms"), "{refused}");
}

#[test]
fn a_search_index_added_to_a_table_with_documents_finds_them() {
    let project = app(false);
    let dir = project.path();
    ok(
        dir,
        "lib:send",
        json!({ "body": "written before the index", "channel": "#general" }),
    );
    std::fs::write(dir.join("convex/chat/schema.ts"), schema(true)).unwrap();
    assert_eq!(
        ok(dir, "lib:search", json!({ "text": "before" })),
        json!(["written before the index"])
    );
}
