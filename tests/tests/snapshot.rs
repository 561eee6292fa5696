//! `convexkit export` / `convexkit import` through the binary: a snapshot holds the app's and
//! every component instance's data and stored files in the layout of Convex's snapshot
//! export; importing it into a fresh database gives every function the same answers (indexes
//! rebuilt entry for entry); an import into tables that hold documents fails and changes
//! nothing unless `--replace`; a ZIP written by hand as `npx convex export` writes one, with a
//! component whose table numbers clash with the app's, imports with its references intact.

use std::io::{Read, Write};
use std::ops::Bound;
use std::path::Path;

use serde_json::{json, Value};

use convexkit_runtime::snapshot::zip::{self, ZipArchive, ZipWriter};
use convexkit_runtime::snapshot::README_MD;
use convexkit_runtime::storage::{ServingLock, Store};
use convexkit_runtime::values::{decode_id_parts, new_id};
use convexkit_tests::{published_app_with, run_convexkit};

const VAULT_CONFIG: &str = r#"import { defineComponent } from "convex/server";
export default defineComponent("vault");
"#;
const VAULT_SCHEMA: &str = r#"import { defineSchema, defineTable } from "convex/server";
import { v } from "convex/values";
export default defineSchema({
  notes: defineTable({ text: v.string(), file: v.optional(v.id("_storage")) }).index("by_text", ["text"]),
  pins: defineTable({ note: v.id("notes") }),
});
"#;
const VAULT_LIB: &str = r#"import { v } from "convex/values";
import { api } from "./_generated/api";
import { action, mutation, query } from "./_generated/server";
export const addNote = mutation({
  args: { text: v.string(), file: v.optional(v.id("_storage")) },
  handler: async (ctx, args) => {
    const note = await ctx.db.insert("notes", args);
    await ctx.db.insert("pins", { note });
    return note;
  },
});
export const put = action({
  args: { text: v.string() },
  handler: async (ctx, { text }): Promise<{ note: string; file: string }> => {
    const file = await ctx.storage.store(new Blob([text], { type: "text/plain" }));
    const note: string = await ctx.runMutation(api.lib.addNote, { text, file });
    return { note, file };
  },
});
export const notes = query({
  args: {},
  handler: async (ctx) =>
    (await ctx.db.query("notes").withIndex("by_text").collect()).map((n) => ({
      id: n._id,
      text: n.text,
      file: n.file ?? null,
    })),
});
export const pins = query({
  args: {},
  handler: async (ctx) =>
    await Promise.all(
      (await ctx.db.query("pins").collect()).map(async (p) => ({
        note: p.note,
        text: (await ctx.db.get(p.note))?.text ?? null,
        normalized: ctx.db.normalizeId("notes", p.note),
      })),
    ),
});
export const read = action({
  args: { id: v.string() },
  handler: async (ctx, { id }) => {
    const blob = await ctx.storage.get(id as any);
    return blob ? await blob.text() : null;
  },
});
"#;
const SNAP: &str = r#"import { v } from "convex/values";
import { components } from "./_generated/api";
import { action, mutation, query } from "./_generated/server";
export const addUser = mutation({
  args: { name: v.string(), email: v.string(), lastSeen: v.optional(v.int64()) },
  handler: async (ctx, args) => await ctx.db.insert("users", { ...args, role: "member" }),
});
export const user = query({
  args: { id: v.string() },
  handler: async (ctx, { id }) => {
    const userId = ctx.db.normalizeId("users", id);
    const user = userId && (await ctx.db.get(userId));
    return (
      user && {
        id: user._id,
        name: user.name,
        email: user.email,
        lastSeen: typeof user.lastSeen === "bigint" ? `${user.lastSeen}n` : null,
        creationTime: user._creationTime,
      }
    );
  },
});
export const byEmail = query({
  args: { email: v.string() },
  handler: async (ctx, { email }) =>
    (await ctx.db.query("users").withIndex("by_email", (q) => q.eq("email", email)).unique())?._id ?? null,
});
export const byAlbum = query({
  args: { album: v.string() },
  handler: async (ctx, { album }) =>
    (await ctx.db.query("photos").withIndex("by_album", (q) => q.eq("album", album)).collect()).map((p) => ({
      id: p._id,
      url: p.url,
      uploadedBy: p.uploadedBy,
    })),
});
export const putFile = action({
  args: { text: v.string() },
  handler: async (ctx, { text }): Promise<string> =>
    await ctx.storage.store(new Blob([text], { type: "text/plain" })),
});
export const readFile = action({
  args: { id: v.string() },
  handler: async (ctx, { id }) => {
    const blob = await ctx.storage.get(id as any);
    return blob ? await blob.text() : null;
  },
});
export const files = query({
  args: {},
  handler: async (ctx) =>
    (await ctx.db.system.query("_storage").collect()).map((f) => ({
      id: f._id,
      creationTime: f._creationTime,
      size: f.size,
      sha256: f.sha256,
      contentType: f.contentType ?? null,
    })),
});
export const putInVault = action({
  args: { text: v.string() },
  handler: async (ctx, { text }): Promise<{ note: string; file: string }> =>
    await ctx.runAction(components.vault.lib.put, { text }),
});
"#;

/// A scratch copy of the published-components app with the `vault` component (tables,
/// indexes and files of its own) and the `snap` module.
fn project() -> tempfile::TempDir {
    published_app_with(
        &[
            ("convex/vault/convex.config.ts", VAULT_CONFIG),
            ("convex/vault/schema.ts", VAULT_SCHEMA),
            ("convex/vault/lib.ts", VAULT_LIB),
            ("convex/snap.ts", SNAP),
        ],
        &[(
            "import vault from \"./vault/convex.config\";",
            "app.use(vault);",
        )],
    )
}

/// Runs `convexkit <args>`, which must succeed; its stdout as JSON.
fn run(dir: &Path, args: &[&str]) -> Value {
    let output = run_convexkit(dir, args);
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap_or_else(|_| {
        Value::String(String::from_utf8_lossy(&output.stdout).trim().to_string())
    })
}

/// Runs `convexkit <args>`, which must fail with exit code `code`; its stderr.
fn fails(dir: &Path, args: &[&str], code: i32) -> String {
    let output = run_convexkit(dir, args);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(code), "{args:?}: {stderr}");
    stderr
}

/// Every entry of a ZIP, in order, with its bytes.
fn entries(path: &Path) -> Vec<(String, Vec<u8>)> {
    let mut archive = ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut entry = archive.by_index(i).unwrap();
            let mut bytes = Vec::new();
            entry.read_to_end(&mut bytes).unwrap();
            (entry.name().unwrap().to_string(), bytes)
        })
        .collect()
}

fn text(entries: &[(String, Vec<u8>)], name: &str) -> String {
    let (_, bytes) = entries
        .iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("no {name} in {:?}", names(entries)));
    String::from_utf8(bytes.clone()).unwrap()
}

fn names(entries: &[(String, Vec<u8>)]) -> Vec<&str> {
    entries.iter().map(|(n, _)| n.as_str()).collect()
}

/// Every entry of the index `index` of `component`'s table `table`, in order.
fn index_entries(db: &Path, component: &str, table: &str, index: &str) -> Vec<(Vec<u8>, String)> {
    let store = Store::open(db).unwrap();
    let table = store.table(component, table, false).unwrap().unwrap();
    store
        .scan(
            table.number,
            index,
            &Bound::Unbounded,
            &Bound::Unbounded,
            false,
            100_000,
        )
        .unwrap()
}

const INDEXES: [(&str, &str, &[&str]); 6] = [
    (
        "",
        "scores",
        &["by_id", "by_creation_time", "by_score", "by_name_score"],
    ),
    ("", "users", &["by_id", "by_creation_time", "by_email"]),
    ("", "photos", &["by_album"]),
    ("vault", "notes", &["by_id", "by_creation_time", "by_text"]),
    ("vault", "pins", &["by_id", "by_creation_time"]),
    ("", "_storage", &["by_id", "by_creation_time"]),
];

/// What every function answers, read through `db`.
fn answers(dir: &Path, db: &Path, ids: &Value) -> Value {
    let db = db.to_str().unwrap();
    let arg = |key: &str, value: &Value| json!({ key: value }).to_string();
    let q = |args: &[&str]| {
        let mut all = vec!["run", "--db", db];
        all.extend_from_slice(args);
        run(dir, &all)
    };
    json!({
        "count": q(&["leaderboard:countScores"]),
        "top": q(&["leaderboard:topScores"]),
        "rank": q(&["leaderboard:rankOf", r#"{"score":15}"#]),
        "photoCount": q(&["photos:photoCount", r#"{"album":"trip"}"#]),
        "user": q(&["snap:user", &arg("id", &ids["user"])]),
        "byEmail": q(&["snap:byEmail", r#"{"email":"ada@example.com"}"#]),
        "byAlbum": q(&["snap:byAlbum", r#"{"album":"trip"}"#]),
        "files": q(&["snap:files"]),
        "appFile": q(&["snap:readFile", &arg("id", &ids["appFile"])]),
        "notes": q(&["--component", "vault", "lib:notes"]),
        "pins": q(&["--component", "vault", "lib:pins"]),
        "vaultFile": q(&["--component", "vault", "lib:read", &arg("id", &ids["vault"]["file"])]),
    })
}

#[test]
fn a_snapshot_round_trips_every_instances_data_and_files() {
    let project = project();
    let dir = project.path();
    let original = dir.join(".convexkit/db.sqlite3");
    for (name, score) in [("ada", 10), ("bob", 20), ("cy", 15)] {
        let args = json!({ "name": name, "score": score }).to_string();
        run(dir, &["run", "leaderboard:addScore", &args]);
    }
    let user = run(
        dir,
        &[
            "run",
            "snap:addUser",
            r#"{"name":"ada","email":"ada@example.com","lastSeen":{"$integer":"AQAAAAAAAAA="}}"#,
        ],
    );
    let photo =
        json!({ "album": "trip", "url": "https://x/1.png", "uploadedBy": user, "tags": ["sea"] });
    run(dir, &["run", "photos:addPhoto", &photo.to_string()]);
    let app_file = run(dir, &["run", "snap:putFile", r#"{"text":"hello app"}"#]);
    let vault = run(dir, &["run", "snap:putInVault", r#"{"text":"secret"}"#]);
    let ids = json!({ "user": user, "appFile": app_file, "vault": vault });
    let before = answers(dir, &original, &ids);
    assert_eq!(before["count"], 3.0);
    assert_eq!(before["appFile"], "hello app");
    assert_eq!(before["vaultFile"], "secret");
    assert_eq!(before["user"]["lastSeen"], "1n");

    // Export: Convex's layout.
    let out = run(dir, &["export", "--path", "snapshot.zip"]);
    assert!(out.as_str().unwrap().starts_with("Exported 1"), "{out}");
    let zip_path = dir.join("snapshot.zip");
    let zip = entries(&zip_path);
    let listed = names(&zip);
    assert_eq!(listed[0], "README.md");
    assert_eq!(text(&zip, "README.md"), README_MD);
    let app_file = app_file.as_str().unwrap();
    let vault_file = vault["file"].as_str().unwrap();
    for expected in [
        "_tables/documents.jsonl",
        "scores/documents.jsonl",
        "scores/generated_schema.jsonl",
        "users/documents.jsonl",
        "photos/documents.jsonl",
        "_storage/documents.jsonl",
        &format!("_storage/{app_file}.txt"),
        "_components/leaderboard/_tables/documents.jsonl",
        "_components/leaderboard/btree/documents.jsonl",
        "_components/leaderboard/btreeNode/documents.jsonl",
        "_components/leaderboard/_storage/documents.jsonl",
        "_components/photoCount/btreeNode/documents.jsonl",
        "_components/rateLimiter/rateLimits/documents.jsonl",
        "_components/vault/_tables/documents.jsonl",
        "_components/vault/notes/documents.jsonl",
        "_components/vault/notes/generated_schema.jsonl",
        "_components/vault/pins/documents.jsonl",
        "_components/vault/_storage/documents.jsonl",
        &format!("_components/vault/_storage/{vault_file}.txt"),
    ] {
        assert!(listed.contains(&expected), "{expected} missing: {listed:?}");
    }
    assert!(
        !listed.iter().any(|n| n.contains("_scheduled_functions")),
        "{listed:?}"
    );
    // `_tables` before the tables, `_storage` after them, as the backend writes them.
    let position = |name: &str| listed.iter().position(|n| *n == name).unwrap();
    assert!(
        position("_components/vault/_tables/documents.jsonl") < position("scores/documents.jsonl")
    );
    assert!(position("scores/documents.jsonl") < position("_storage/documents.jsonl"));
    assert_eq!(text(&zip, "scores/generated_schema.jsonl"), "\"uniform\"\n");
    let tables = text(&zip, "_tables/documents.jsonl");
    let first = tables.lines().next().unwrap();
    assert!(first.starts_with(r#"{"name":""#), "{first}");
    let first: Value = serde_json::from_str(first).unwrap();
    assert!(first["id"].as_u64().unwrap() > 10_000, "{first}");
    assert!(text(&zip, "_components/vault/_tables/documents.jsonl").contains(r#""name":"notes""#));
    // Documents in the backend's export JSON: int64 a plain integer, float64 with a fraction.
    let users = text(&zip, "users/documents.jsonl");
    let line: Value = serde_json::from_str(users.lines().next().unwrap()).unwrap();
    assert_eq!(line["_id"], user);
    assert_eq!(line["lastSeen"], json!(1));
    assert!(users.contains(r#""lastSeen":1,"#), "{users}");
    assert!(line["_creationTime"].is_f64());
    let scores = text(&zip, "scores/documents.jsonl");
    assert_eq!(scores.lines().count(), 3);
    assert!(scores.contains(r#""name":"bob","score":20.0}"#), "{scores}");
    // Stored files: the backend's metadata line, and the bytes named by ID (and type).
    let storage = text(&zip, "_storage/documents.jsonl");
    let meta: Value = serde_json::from_str(storage.trim()).unwrap();
    let keys: Vec<&String> = meta.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "_id",
            "_creationTime",
            "sha256",
            "size",
            "contentType",
            "internalId"
        ]
    );
    assert_eq!(meta["_id"], app_file);
    assert_eq!(meta["size"], json!(9));
    assert_eq!(meta["contentType"], "text/plain");
    assert_eq!(
        meta["sha256"], before["files"][0]["sha256"],
        "the document's SHA-256"
    );
    assert_eq!(text(&zip, &format!("_storage/{app_file}.txt")), "hello app");
    assert_eq!(
        text(
            &zip,
            &format!("_components/vault/_storage/{vault_file}.txt")
        ),
        "secret"
    );
    // The target must not exist (as `npx convex export` refuses), and nothing is left behind.
    let stderr = fails(dir, &["export", "--path", "snapshot.zip"], 1);
    assert!(stderr.contains("snapshot.zip already exists"), "{stderr}");
    assert!(
        !std::fs::read_dir(dir).unwrap().any(|e| e
            .unwrap()
            .file_name()
            .to_string_lossy()
            .ends_with(".partial")),
        "no partial ZIP is left"
    );

    // Import into a fresh database: the same answers, the same index entries.
    let fresh = dir.join("fresh.sqlite3");
    let fresh_arg = fresh.to_str().unwrap();
    let out = run(dir, &["import", "--db", fresh_arg, "snapshot.zip"]);
    assert!(out.as_str().unwrap().starts_with("Imported 1"), "{out}");
    assert_eq!(answers(dir, &fresh, &ids), before);
    for (component, table, indexes) in INDEXES {
        for index in indexes {
            assert_eq!(
                index_entries(&fresh, component, table, index),
                index_entries(&original, component, table, index),
                "{component}:{table}.{index}"
            );
        }
    }

    // Importing again into tables that hold documents fails and changes nothing.
    let stderr = fails(dir, &["import", "--db", fresh_arg, "snapshot.zip"], 1);
    assert!(stderr.contains("snapshot.zip"), "{stderr}");
    assert!(stderr.contains("--replace"), "{stderr}");
    assert!(stderr.contains("`scores` (3 documents)"), "{stderr}");
    assert_eq!(answers(dir, &fresh, &ids), before);
    // With --replace the snapshot's tables are replaced (not doubled).
    run(
        dir,
        &["import", "--db", fresh_arg, "--replace", "snapshot.zip"],
    );
    assert_eq!(answers(dir, &fresh, &ids), before);
    for (component, table, indexes) in INDEXES {
        for index in indexes {
            assert_eq!(
                index_entries(&fresh, component, table, index),
                index_entries(&original, component, table, index),
                "{component}:{table}.{index} after --replace"
            );
        }
    }
    // The imported database keeps working: new documents, new tables, the aggregate.
    run(
        dir,
        &[
            "run",
            "--db",
            fresh_arg,
            "leaderboard:addScore",
            r#"{"name":"dan","score":30}"#,
        ],
    );
    assert_eq!(
        run(dir, &["run", "--db", fresh_arg, "leaderboard:countScores"]),
        4.0
    );
    assert_eq!(
        run(
            dir,
            &[
                "run",
                "--db",
                fresh_arg,
                "leaderboard:rankOf",
                r#"{"score":30}"#
            ]
        ),
        0.0
    );
}

/// A ZIP written as `npx convex export --include-file-storage` writes one.
fn write_zip(path: &Path, files: &[(&str, &[u8])]) {
    let mut zip = ZipWriter::new(std::fs::File::create(path).unwrap());
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .unix_permissions(0o644);
    for (name, bytes) in files {
        zip.start_file(*name, options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap();
}

#[test]
fn a_snapshot_in_convexs_layout_imports_with_its_components_references_intact() {
    let project = project();
    let dir = project.path();
    // As a Convex deployment numbers them: per component, so the vault's tables and every
    // instance's `_storage` (a system table, 540 in each namespace) clash with the app's.
    let user = new_id(10001, [1; 16]);
    let photo = new_id(10002, [2; 16]);
    let app_file = new_id(540, [3; 16]);
    let note = new_id(10001, [4; 16]);
    let pin = new_id(10002, [5; 16]);
    let dangling_pin = new_id(10002, [6; 16]);
    let deleted_note = new_id(10001, [7; 16]);
    let vault_file = new_id(540, [8; 16]);
    let lines = |values: &[Value]| -> Vec<u8> {
        values
            .iter()
            .map(|v| format!("{v}\n"))
            .collect::<String>()
            .into_bytes()
    };
    let files: Vec<(String, Vec<u8>)> = vec![
        ("README.md".into(), README_MD.as_bytes().to_vec()),
        (
            "_tables/documents.jsonl".into(),
            lines(&[
                json!({"name": "users", "id": 10001}),
                json!({"name": "photos", "id": 10002}),
            ]),
        ),
        (
            "_components/vault/_tables/documents.jsonl".into(),
            lines(&[
                json!({"name": "notes", "id": 10001}),
                json!({"name": "pins", "id": 10002}),
            ]),
        ),
        (
            "photos/documents.jsonl".into(),
            // Written by hand: the key order need not be Convex's.
            format!(
                "{{\"_creationTime\":1733000000001.5,\"_id\":\"{photo}\",\"album\":\"trip\",\"tags\":[\"sea\"],\"uploadedBy\":\"{user}\",\"url\":\"https://x/1.png\"}}\n"
            )
            .into_bytes(),
        ),
        ("photos/generated_schema.jsonl".into(), b"\"uniform\"\n".to_vec()),
        (
            "users/documents.jsonl".into(),
            lines(&[json!({
                "_creationTime": 1733000000000.25,
                "_id": user,
                "email": "ada@example.com",
                "lastSeen": 1733000000000i64,
                "name": "ada",
                "role": "admin",
            })]),
        ),
        ("users/generated_schema.jsonl".into(), b"\"uniform\"\n".to_vec()),
        (
            "_components/vault/notes/documents.jsonl".into(),
            lines(&[json!({
                "_creationTime": 1733000000002.0,
                "_id": note,
                "file": vault_file,
                "text": "hello",
            })]),
        ),
        (
            "_components/vault/notes/generated_schema.jsonl".into(),
            b"\"uniform\"\n".to_vec(),
        ),
        (
            "_components/vault/pins/documents.jsonl".into(),
            lines(&[
                json!({"_creationTime": 1733000000003.0, "_id": pin, "note": note}),
                json!({"_creationTime": 1733000000004.0, "_id": dangling_pin, "note": deleted_note}),
            ]),
        ),
        (
            "_components/vault/pins/generated_schema.jsonl".into(),
            b"\"uniform\"\n".to_vec(),
        ),
        (
            "_storage/documents.jsonl".into(),
            lines(&[json!({
                "_id": app_file,
                "_creationTime": 1733000000005.0,
                "sha256": null,
                "size": 9,
                "contentType": "text/plain",
                "internalId": "6d1b1c2e-58c5-4c5f-9b35-0f6c7d0a8e11",
            })]),
        ),
        (format!("_storage/{app_file}.txt"), b"app bytes".to_vec()),
        (
            "_components/vault/_storage/documents.jsonl".into(),
            lines(&[json!({
                "_id": vault_file,
                "_creationTime": 1733000000006.0,
                "sha256": null,
                "size": 11,
                "contentType": "text/plain",
                "internalId": null,
            })]),
        ),
        (format!("_components/vault/_storage/{vault_file}.txt"), b"vault bytes".to_vec()),
        // A system table Convex's import skips.
        ("_scheduled_functions/documents.jsonl".into(), b"".to_vec()),
    ];
    let zip_path = dir.join("convex-export.zip");
    let borrowed: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    write_zip(&zip_path, &borrowed);

    let output = run_convexkit(dir, &["import", "convex-export.zip"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.starts_with("Imported 5 documents in 4 tables and 2 stored files"),
        "{stdout}"
    );
    for moved in [
        "`notes` of component `vault`",
        "`pins` of component `vault`",
        "`_storage` of component `vault`",
    ] {
        assert!(stderr.contains(moved), "{moved}: {stderr}");
    }
    assert!(stderr.contains("_scheduled_functions"), "{stderr}");

    // The app kept its numbers: its IDs are the snapshot's.
    let args = json!({ "id": user }).to_string();
    let imported = run(dir, &["run", "snap:user", &args]);
    assert_eq!(imported["id"], user);
    assert_eq!(imported["lastSeen"], "1733000000000n", "int64 stays int64");
    assert_eq!(imported["creationTime"], 1733000000000.25);
    assert_eq!(
        run(
            dir,
            &["run", "snap:byEmail", r#"{"email":"ada@example.com"}"#]
        ),
        user
    );
    assert_eq!(
        run(dir, &["run", "snap:byAlbum", r#"{"album":"trip"}"#]),
        json!([{ "id": photo, "url": "https://x/1.png", "uploadedBy": user }])
    );
    let args = json!({ "id": app_file }).to_string();
    assert_eq!(run(dir, &["run", "snap:readFile", &args]), "app bytes");
    let stored = run(dir, &["run", "snap:files"]);
    assert_eq!(stored[0]["size"], 9.0);
    assert_eq!(stored[0]["contentType"], "text/plain");
    assert_eq!(stored[0]["creationTime"], 1733000000005.0);

    // The vault's tables moved: same internal IDs under new numbers, references rewritten.
    let notes = run(dir, &["run", "--component", "vault", "lib:notes"]);
    let new_note = notes[0]["id"].as_str().unwrap();
    assert_ne!(new_note, note);
    assert_eq!(decode_id_parts(new_note).unwrap().1, [4; 16]);
    assert_eq!(notes[0]["text"], "hello");
    let new_file = notes[0]["file"].as_str().unwrap();
    assert_eq!(decode_id_parts(new_file).unwrap().1, [8; 16]);
    let args = json!({ "id": new_file }).to_string();
    assert_eq!(
        run(dir, &["run", "--component", "vault", "lib:read", &args]),
        "vault bytes"
    );
    let pins = run(dir, &["run", "--component", "vault", "lib:pins"]);
    assert_eq!(pins[0]["note"], new_note);
    assert_eq!(pins[0]["text"], "hello");
    assert_eq!(pins[0]["normalized"], new_note);
    // A reference to a deleted note moved with its table, so `v.id("notes")` still holds.
    let dangling = pins[1]["note"].as_str().unwrap();
    assert_eq!(decode_id_parts(dangling).unwrap().1, [7; 16]);
    assert_eq!(
        decode_id_parts(dangling).unwrap().0,
        decode_id_parts(new_note).unwrap().0
    );
    assert_eq!(pins[1]["text"], Value::Null);
    assert_eq!(pins[1]["normalized"], dangling);
    // New writes land beside the imported documents.
    run(
        dir,
        &[
            "run",
            "snap:addUser",
            r#"{"name":"bo","email":"bo@example.com"}"#,
        ],
    );
    assert!(run(
        dir,
        &["run", "snap:byEmail", r#"{"email":"bo@example.com"}"#]
    )
    .is_string());
}

#[test]
fn failures_name_the_file_and_change_nothing() {
    let project = project();
    let dir = project.path();
    // No database yet: nothing to export.
    let stderr = fails(dir, &["export", "--path", "out.zip"], 1);
    assert!(stderr.contains("db.sqlite3"), "{stderr}");
    assert!(!dir.join("out.zip").exists());
    // Usage errors.
    fails(dir, &["export"], 2);
    fails(dir, &["import"], 2);
    // Not there, not a ZIP.
    let stderr = fails(dir, &["import", "missing.zip"], 1);
    assert!(stderr.contains("missing.zip does not exist"), "{stderr}");
    std::fs::write(dir.join("notes.txt"), "hello").unwrap();
    let stderr = fails(dir, &["import", "notes.txt"], 1);
    assert!(stderr.contains("notes.txt is not a ZIP file"), "{stderr}");
    // A database a running `convexkit dev` serves (here: this process claims it) is not
    // imported into.
    {
        let _serving = ServingLock::claim(&dir.join(".convexkit/db.sqlite3")).unwrap();
        let stderr = fails(dir, &["import", "notes.txt"], 1);
        assert!(
            stderr.contains("being served by a running `convexkit dev`"),
            "{stderr}"
        );
    }

    // A document that breaks the schema: the import fails whole.
    run(
        dir,
        &[
            "run",
            "snap:addUser",
            r#"{"name":"ada","email":"ada@example.com"}"#,
        ],
    );
    let zip_path = dir.join("bad.zip");
    let photo = json!({
        "_id": new_id(20001, [9; 16]),
        "_creationTime": 1.0,
        "album": "trip",
        "url": "u",
        "tags": [],
        "uploadedBy": "not an id",
    });
    let user = json!({
        "_id": new_id(20002, [9; 16]),
        "_creationTime": 1.0,
        "name": "x",
        "email": "x@example.com",
        "role": "guest",
    });
    write_zip(
        &zip_path,
        &[
            ("README.md", README_MD.as_bytes()),
            ("users/documents.jsonl", format!("{user}\n").as_bytes()),
            ("photos/documents.jsonl", format!("{photo}\n").as_bytes()),
        ],
    );
    let stderr = fails(dir, &["import", "--replace", "bad.zip"], 1);
    assert!(stderr.contains("bad.zip"), "{stderr}");
    assert!(stderr.contains("does not match the schema"), "{stderr}");
    assert!(stderr.contains("photos"), "{stderr}");
    // The users table the snapshot would have replaced is untouched.
    assert!(run(
        dir,
        &["run", "snap:byEmail", r#"{"email":"ada@example.com"}"#]
    )
    .is_string());
    assert_eq!(
        run(
            dir,
            &["run", "snap:byEmail", r#"{"email":"x@example.com"}"#]
        ),
        Value::Null
    );
}
