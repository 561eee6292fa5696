//! File storage through `convexkit run`: a component's files are its own (the app cannot
//! read their documents, URLs or bytes), and stored bytes and metadata survive the process.

use serde_json::{json, Value};

use convexkit_tests::{published_app_with, run_convexkit};

const VAULT_CONFIG: &str = r#"import { defineComponent } from "convex/server";
export default defineComponent("vault");
"#;
const VAULT_LIB: &str = r#"import { v } from "convex/values";
import { action, mutation, query } from "./_generated/server";
export const put = action({
  args: { text: v.string() },
  handler: async (ctx, { text }): Promise<string> =>
    await ctx.storage.store(new Blob([text], { type: "text/plain" })),
});
export const read = action({
  args: { id: v.string() },
  handler: async (ctx, { id }) => {
    const blob = await ctx.storage.get(id);
    return blob ? await blob.text() : null;
  },
});
export const drop = mutation({
  args: { id: v.id("_storage") },
  handler: async (ctx, { id }) => {
    await ctx.storage.delete(id);
  },
});
export const metadata = query({
  args: { id: v.id("_storage") },
  handler: async (ctx, { id }) => await ctx.storage.getMetadata(id),
});
export const meta = query({
  args: { id: v.id("_storage") },
  handler: async (ctx, { id }) => {
    const doc = await ctx.db.system.get(id);
    return doc && { size: doc.size, sha256: doc.sha256, contentType: doc.contentType ?? null, url: await ctx.storage.getUrl(id) };
  },
});
"#;
const APP: &str = r#"import { v } from "convex/values";
import { components } from "./_generated/api";
import { action, query } from "./_generated/server";
export const putInVault = action({
  args: { text: v.string() },
  handler: async (ctx, { text }): Promise<string> =>
    await ctx.runAction(components.vault.lib.put, { text }),
});
export const peek = action({
  args: { id: v.string() },
  handler: async (ctx, { id }) => {
    const blob = await ctx.storage.get(id as any);
    return { blob: blob === null ? null : await blob.text(), url: await ctx.storage.getUrl(id as any) };
  },
});
export const files = query({
  args: {},
  handler: async (ctx) => (await ctx.db.system.query("_storage").collect()).length,
});
"#;

fn run(dir: &std::path::Path, args: &[&str]) -> Value {
    let output = run_convexkit(dir, args);
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn a_components_files_are_its_own() {
    let project = published_app_with(
        &[
            ("convex/vault/convex.config.ts", VAULT_CONFIG),
            ("convex/vault/lib.ts", VAULT_LIB),
            ("convex/storage.ts", APP),
        ],
        &[(
            "import vault from \"./vault/convex.config\";",
            "app.use(vault);",
        )],
    );
    let dir = project.path();

    let id = run(dir, &["run", "storage:putInVault", r#"{"text":"secret"}"#]);
    let id = id.as_str().unwrap();
    let args = json!({ "id": id }).to_string();
    // The component reads its file back in a later process, with its metadata and URL.
    assert_eq!(
        run(dir, &["run", "--component", "vault", "lib:read", &args]),
        "secret"
    );
    let meta = run(dir, &["run", "--component", "vault", "lib:meta", &args]);
    assert_eq!(meta["size"], 6.0);
    assert_eq!(meta["contentType"], "text/plain");
    // The `_storage` document keeps the checksum in base64; `getMetadata` gives it in hex,
    // as the backend does.
    assert_eq!(
        meta["sha256"],
        "K7gNU3sdo+OL0wNhqoVWhr3g6s1xYv72ol/pe/Unols="
    );
    let metadata = run(dir, &["run", "--component", "vault", "lib:metadata", &args]);
    assert_eq!(
        metadata["sha256"],
        "2bb80d537b1da3e38bd30361aa855686bde0eacd7162fef6a25fe97bf527a25b"
    );
    assert_eq!(metadata["storageId"], id);
    assert_eq!(
        meta["url"],
        format!("http://127.0.0.1:3210/api/storage/{id}")
    );
    // The app sees nothing of it.
    assert_eq!(
        run(dir, &["run", "storage:peek", &args]),
        json!({ "blob": null, "url": null })
    );
    assert_eq!(run(dir, &["run", "storage:files"]), 0);
    let stored = std::fs::read_dir(dir.join(".convexkit/db.files"))
        .unwrap()
        .count();
    assert_eq!(stored, 1, "the bytes live beside the database");
}
