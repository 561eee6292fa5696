//! Snapshots of the whole database in the ZIP layout of Convex's snapshot export, so data
//! moves between convexkit and a Convex deployment (`npx convex export` / `npx convex
//! import`).
//!
//! # The layout (as the Convex backend writes it)
//!
//! Read from the open-source backend: `crates/exports/src/{lib.rs, zip_uploader.rs,
//! export_storage.rs}` (writing) and `crates/application/src/snapshot_import/{parse.rs,
//! mod.rs, import_file_storage.rs}` (reading).
//!
//! ```text
//! README.md                                  the backend's fixed welcome text
//! _tables/documents.jsonl                    {"name":"messages","id":10001} per user table, by number
//! messages/documents.jsonl                   one document per line, by _id
//! messages/generated_schema.jsonl            "uniform"
//! _storage/documents.jsonl                   {"_id","_creationTime","sha256","size","contentType","internalId"}
//! _storage/<storage id>.<ext>                a stored file's bytes (extension guessed from its type)
//! _components/leaderboard/_tables/documents.jsonl
//! _components/leaderboard/btree/documents.jsonl …   the same, per component instance;
//! _components/workpool/_components/worker/…          nested instances nest their prefix
//! ```
//!
//! Every component instance gets its `_tables` and `_storage` files, even when empty. User
//! tables are written smallest first, as the backend does; `_scheduled_functions` and the other
//! system tables are not exported, and an import skips them. Documents use the backend's
//! lossless export JSON (`ValueFormat::ConvexExportJSON`), which is *not* `convexToJson`: an
//! int64 is a plain JSON integer, a float64 always has a fraction or exponent (`3.0`), bytes
//! and NaN/±Infinity keep their `{"$bytes"}` / `{"$float"}` objects. `generated_schema.jsonl`
//! holding `"uniform"` is what tells an importer so; a table without one is read the old way
//! (every number a float64, no `$` objects), as the backend reads it. The older
//! inferred-shape `generated_schema.jsonl` is refused with a clear message.
//!
//! convexkit has no internal storage UUID, so `internalId` is `null` (the backend then keeps
//! the one its own upload makes); the export always includes file storage, which `npx convex
//! export` only does with `--include-file-storage`.
//!
//! # Import
//!
//! Like the backend's: components are found from `_components/<name>/` prefixes (any other
//! leading folders are ignored); a table's number comes from its component's `_tables`, else
//! from its first document's `_id`, else it keeps the number the database gives it now, else
//! gets a fresh one; `_id`s and `_creationTime`s are kept (a document without them gets new
//! ones); documents must match the schema of their instance (as the backend enforces it);
//! `_storage` files are imported from their bytes, with the metadata line of the same ID
//! (its SHA-256 and size must match the bytes). Without `--replace` (`requireEmpty`), every table
//! the snapshot holds must be empty or absent; with it, those tables are replaced and every
//! other table stays. Indexes are rebuilt: each document gets an entry in `by_id`,
//! `by_creation_time` and every index its instance's schema declares (read by running the
//! schema module, as [`crate::project`] does), the same rows `Store::insert` writes.
//!
//! The import is one SQLite transaction: it writes everything or nothing. Files' bytes are
//! written beside the database before the commit (so a committed `_storage` document always
//! has its bytes); a failed import removes the ones it added.
//!
//! # Table numbers
//!
//! A document ID carries its table's number. Convex numbers tables per component (the app's
//! first table and each component's first table are all 10001), but convexkit's database maps
//! a number to one table in the whole database (`tables.number` is its key, and
//! [`Store::table_of_id`] resolves an ID by number alone). So an import keeps each table's
//! number from the snapshot when no other table has it — always the case for a convexkit
//! snapshot — and otherwise gives the table a fresh number, in this order of precedence: the
//! app's tables, then components by path, then lower numbers first. A renumbered table's
//! documents keep their 16-byte internal IDs under the new number, and every string in the
//! snapshot (values and object keys, in any table of any component) that is the `_id` of one
//! of those documents is rewritten to the new ID; a string that is an ID of a renumbered table
//! of the same component but names no document in the snapshot (a reference to a deleted
//! document) is rewritten the same way. So references stay valid, and `normalizeId`, `v.id()`
//! and `db.get` accept them; only an ID kept outside the snapshot changes. The import reports
//! each renumbered table.
//!
//! An import refuses a database that a running `convexkit dev` serves (it holds the
//! database's [`crate::storage::ServingLock`]): a running runtime keeps the table numbers it
//! has seen in memory.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use base64::Engine as _;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;
use sha2::{Digest, Sha256};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

use crate::file_storage::{storage_document, STORAGE_TABLE};
use crate::project::{now_ms, LocalRuntime, TableSchema};
use crate::storage::{insert_entries, parse_document, Store};
use crate::values::id::{decode_id, decode_id_parts, new_id};
use crate::values::validate::validate_document;
use crate::values::Value;

/// The `zip` crate this module reads and writes with, for callers that look inside a
/// snapshot.
pub use zip;

/// The README.md the backend puts first in every snapshot (`README_MD_CONTENTS`).
pub const README_MD: &str = r#"# Welcome to your Convex snapshot export!

This ZIP file contains a snapshot of the tables in your Convex deployment.

Documents for each table are listed as lines of JSON in
<table_name>/documents.jsonl files.

For details on the format and how to use this snapshot with npx convex import,
check out [the docs](https://docs.convex.dev/database/import-export/export) or
ask us in [Discord](http://convex.dev/community).
"#;

/// The table listing each component's user tables and their numbers.
const TABLES_TABLE: &str = "_tables";

/// What a `generated_schema.jsonl` holds when documents are in the lossless export JSON.
const UNIFORM_SCHEMA: &str = "\"uniform\"\n";

/// User table numbers start above this, as in Convex.
const RESERVED_TABLE_NUMBERS: u32 = 10_000;

/// Why an export or import failed: a message naming the file and what to do.
#[derive(Debug, Clone, PartialEq)]
pub struct SnapshotError(pub String);

impl std::fmt::Display for SnapshotError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for SnapshotError {}

type Result<T> = std::result::Result<T, SnapshotError>;

fn fail<T>(message: impl Into<String>) -> Result<T> {
    Err(SnapshotError(message.into()))
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportSummary {
    /// Component instances (the app included).
    pub components: usize,
    /// User tables.
    pub tables: usize,
    pub documents: u64,
    pub files: u64,
}

/// How an import treats tables that already hold documents (`npx convex import`'s modes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportMode {
    /// Every table in the snapshot must be empty or absent (the default).
    RequireEmpty,
    /// The tables in the snapshot replace the database's; other tables stay (`--replace`).
    Replace,
}

/// A table the import gave another number than the snapshot's (see the module docs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Renumbered {
    /// The instance path (`""` for the app).
    pub component: String,
    pub table: String,
    pub from: u32,
    pub to: u32,
}

/// What an import wrote.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportSummary {
    /// User tables written, empty ones included.
    pub tables: usize,
    pub documents: u64,
    pub files: u64,
    pub renumbered: Vec<Renumbered>,
    /// Entries of the snapshot that were not imported, with why.
    pub skipped: Vec<String>,
    /// Component instances in the snapshot that the project does not install: their data is
    /// imported as is (no schema to check or index by), as Convex keeps an unmounted
    /// component's data.
    pub not_installed: Vec<String>,
}

/// How an instance path is named in messages.
fn describe(component: &str) -> String {
    if component.is_empty() {
        "the app".into()
    } else {
        format!("component `{component}`")
    }
}

/// `table` of `component`, for messages: "`scores`" or "`btree` of component `leaderboard`".
fn describe_table(component: &str, table: &str) -> String {
    if component.is_empty() {
        format!("`{table}`")
    } else {
        format!("`{table}` of component `{component}`")
    }
}

/// The folder prefix of an instance's files: `""` for the app,
/// `_components/a/_components/b/` for `a/b`.
pub fn path_prefix(component: &str) -> String {
    component
        .split('/')
        .filter(|name| !name.is_empty())
        .map(|name| format!("_components/{name}/"))
        .collect()
}

/// Convex's identifier rule, for table and component names.
fn check_identifier(what: &str, name: &str) -> std::result::Result<(), String> {
    let bytes = name.as_bytes();
    let valid = bytes.len() <= 64
        && bytes
            .first()
            .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'_')
        && bytes
            .iter()
            .all(|c| c.is_ascii_alphanumeric() || *c == b'_')
        && bytes.iter().any(|c| *c != b'_');
    if valid {
        Ok(())
    } else {
        Err(format!(
            "{what} `{name}` is not a valid identifier (a letter or `_` first, then letters, \
             digits and `_`, at most 64 characters)"
        ))
    }
}

// ---------------------------------------------------------------------------------------
// Values: convexkit stores `convexToJson` text; snapshots hold the backend's export JSON.

/// The backend's lossless export JSON of a value (`export_clean_lossless`).
pub fn to_export_json(value: &Value) -> Json {
    match value {
        Value::Null => Json::Null,
        Value::Int64(i) => Json::from(*i),
        Value::Float64(f) if f.is_finite() => serde_json::Number::from_f64(*f)
            .map(Json::Number)
            .unwrap_or(Json::Null),
        // NaN and ±Infinity, and bytes, keep their `$float` / `$bytes` objects.
        Value::Float64(_) | Value::Bytes(_) => value.to_plain_json(),
        Value::Boolean(b) => Json::Bool(*b),
        Value::String(s) => Json::String(s.clone()),
        Value::Array(items) => Json::Array(items.iter().map(to_export_json).collect()),
        Value::Object(fields) => Json::Object(
            fields
                .iter()
                .map(|(name, value)| (name.clone(), to_export_json(value)))
                .collect(),
        ),
    }
}

/// How a table's documents are encoded in a snapshot (its `generated_schema.jsonl`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// `"uniform"`: the lossless export JSON (integers are int64).
    Uniform,
    /// No `generated_schema.jsonl`: every number is a float64 and `$` objects are refused.
    Inferred,
}

/// A value from a snapshot line, as the backend reads it (`from_clean_lossless` for
/// [`Encoding::Uniform`], shape inference without a shape for [`Encoding::Inferred`]).
pub fn from_export_json(json: &Json, encoding: Encoding) -> std::result::Result<Value, String> {
    match encoding {
        Encoding::Uniform => Value::from_json(&lossless_to_convex_json(json)),
        Encoding::Inferred => {
            if let Some(name) = dollar_field(json) {
                return Err(format!(
                    "field name `{name}` starts with `$`, which is reserved (without a \
                     generated_schema.jsonl holding \"uniform\", `$` objects are not decoded)"
                ));
            }
            Value::from_json(json)
        }
    }
    .map_err(|e| e.message().to_string())
}

/// Rewrites the lossless export JSON as `convexToJson` text: integers become `$integer`
/// objects; an object whose first field starts with `$` is already that encoding.
fn lossless_to_convex_json(json: &Json) -> Json {
    match json {
        Json::Number(number) => match number.as_i64() {
            Some(i) => serde_json::json!({
                "$integer": base64::engine::general_purpose::STANDARD.encode(i.to_le_bytes())
            }),
            None => json.clone(),
        },
        Json::Array(items) => Json::Array(items.iter().map(lossless_to_convex_json).collect()),
        Json::Object(fields) if fields.keys().next().is_some_and(|k| k.starts_with('$')) => {
            json.clone()
        }
        Json::Object(fields) => Json::Object(
            fields
                .iter()
                .map(|(name, value)| (name.clone(), lossless_to_convex_json(value)))
                .collect(),
        ),
        _ => json.clone(),
    }
}

/// The first object field name starting with `$`, at any depth.
fn dollar_field(json: &Json) -> Option<&str> {
    match json {
        Json::Array(items) => items.iter().find_map(dollar_field),
        Json::Object(fields) => fields.iter().find_map(|(name, value)| {
            if name.starts_with('$') {
                Some(name.as_str())
            } else {
                dollar_field(value)
            }
        }),
        _ => None,
    }
}

/// A line of `_storage/documents.jsonl` (the backend's `FileStorageZipMetadata`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct FileStorageZipMetadata {
    #[serde(rename = "_id")]
    id: String,
    #[serde(rename = "_creationTime")]
    creation_time: Option<f64>,
    sha256: Option<String>,
    size: Option<i64>,
    content_type: Option<String>,
    internal_id: Option<String>,
}

// ---------------------------------------------------------------------------------------
// Export

/// A table as the database holds it.
#[derive(Debug, Clone)]
struct StoredTable {
    number: u32,
    component: String,
    name: String,
    documents: u64,
    bytes: u64,
}

/// Where a database keeps stored files' bytes (as [`Store::open`] places them).
fn files_dir(database: &Path) -> PathBuf {
    database.with_extension("files")
}

fn database_error(database: &Path, error: rusqlite::Error) -> SnapshotError {
    SnapshotError(format!("{}: {error}", database.display()))
}

/// Every table of the database with its size.
fn stored_tables(connection: &Connection, database: &Path) -> Result<Vec<StoredTable>> {
    let sql = "SELECT t.number, t.component, t.name, COUNT(d.id), COALESCE(SUM(LENGTH(d.value)), 0)
               FROM tables t LEFT JOIN documents d ON d.table_number = t.number
               GROUP BY t.number ORDER BY t.number";
    let mut statement = connection.prepare(sql).map_err(|e| {
        SnapshotError(format!(
            "{} is not a convexkit database ({e})",
            database.display()
        ))
    })?;
    let rows = statement
        .query_map([], |row| {
            Ok(StoredTable {
                number: row.get(0)?,
                component: row.get(1)?,
                name: row.get(2)?,
                documents: row.get::<_, i64>(3)? as u64,
                bytes: row.get::<_, i64>(4)? as u64,
            })
        })
        .and_then(|rows| rows.collect::<std::result::Result<Vec<_>, _>>())
        .map_err(|e| database_error(database, e))?;
    Ok(rows)
}

/// The instance paths of `tables` and their ancestors, the app first, then by path.
fn components_of<'a>(tables: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut components = BTreeSet::from([String::new()]);
    for component in tables {
        let mut path = String::new();
        for name in component.split('/').filter(|n| !n.is_empty()) {
            if !path.is_empty() {
                path.push('/');
            }
            path.push_str(name);
            components.insert(path.clone());
        }
    }
    components.into_iter().collect()
}

/// A temporary name beside `target`, for writing it whole before it appears.
fn partial_path(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "snapshot.zip".into());
    target.with_file_name(format!(".{name}.{}.partial", std::process::id()))
}

/// The time of day now, for the ZIP entries' modification times.
fn zip_now() -> zip::DateTime {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs()) as i64;
    let (days, rest) = (seconds.div_euclid(86_400), seconds.rem_euclid(86_400));
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
    zip::DateTime::from_date_and_time(
        year,
        month,
        day,
        (rest / 3600) as u8,
        (rest % 3600 / 60) as u8,
        (rest % 60) as u8,
    )
    .unwrap_or_default()
}

/// Writes every component's data in `database` to the ZIP file `target` (which must not
/// exist yet). The ZIP is written under a temporary name and renamed into place, so a failure
/// leaves no partial snapshot; the database is read in one transaction, so the snapshot is
/// consistent even while the app runs.
pub fn export(database: &Path, target: &Path) -> Result<ExportSummary> {
    if !database.is_file() {
        return fail(format!(
            "there is no database at {}: nothing has been stored yet (run a mutation first, or \
             pass --db FILE)",
            database.display()
        ));
    }
    if target.exists() {
        return fail(format!(
            "{} already exists: remove it or pass another --path",
            target.display()
        ));
    }
    let connection = Connection::open(database).map_err(|e| database_error(database, e))?;
    connection
        .busy_timeout(std::time::Duration::from_secs(10))
        .and_then(|()| connection.execute_batch("BEGIN"))
        .map_err(|e| database_error(database, e))?;
    let partial = partial_path(target);
    let file = File::create(&partial)
        .map_err(|e| SnapshotError(format!("cannot write {}: {e}", partial.display())))?;
    let written = write_snapshot(&connection, database, BufWriter::new(file));
    let _ = connection.execute_batch("COMMIT");
    let renamed = written.and_then(|summary| {
        std::fs::rename(&partial, target)
            .map_err(|e| SnapshotError(format!("cannot write {}: {e}", target.display())))?;
        Ok(summary)
    });
    if renamed.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    renamed
}

fn write_snapshot(
    connection: &Connection,
    database: &Path,
    out: BufWriter<File>,
) -> Result<ExportSummary> {
    let tables = stored_tables(connection, database)?;
    let components = components_of(tables.iter().map(|t| t.component.as_str()));
    let order: HashMap<&str, usize> = components
        .iter()
        .enumerate()
        .map(|(i, c)| (c.as_str(), i))
        .collect();
    let is_user = |t: &&StoredTable| !t.name.starts_with('_');

    let mut zip = ZipWriter::new(out);
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .unix_permissions(0o644)
        .last_modified_time(zip_now());
    let zip_error = |e: &dyn std::fmt::Display| SnapshotError(format!("cannot write the ZIP: {e}"));
    let io_error = |e: std::io::Error| SnapshotError(format!("cannot write the ZIP: {e}"));
    let start = |zip: &mut ZipWriter<BufWriter<File>>, name: String| {
        zip.start_file(name, options).map_err(|e| zip_error(&e))
    };

    start(&mut zip, "README.md".into())?;
    zip.write_all(README_MD.as_bytes()).map_err(io_error)?;

    // Each instance's `_tables` first (the backend writes the small things first).
    for component in &components {
        start(
            &mut zip,
            format!("{}{TABLES_TABLE}/documents.jsonl", path_prefix(component)),
        )?;
        for table in tables
            .iter()
            .filter(is_user)
            .filter(|t| &t.component == component)
        {
            let line = serde_json::json!({ "name": table.name, "id": table.number });
            writeln!(zip, "{line}").map_err(io_error)?;
        }
    }

    // User tables, smallest first.
    let mut user_tables: Vec<&StoredTable> = tables.iter().filter(is_user).collect();
    user_tables.sort_by_key(|t| (t.bytes, order[t.component.as_str()], t.number));
    let mut documents = 0;
    for table in &user_tables {
        let prefix = path_prefix(&table.component);
        start(&mut zip, format!("{prefix}{}/documents.jsonl", table.name))?;
        for_each_document(connection, database, table.number, |_, value| {
            let line = to_export_json(&Value::Object(value));
            writeln!(zip, "{line}").map_err(io_error)
        })?;
        documents += table.documents;
        start(
            &mut zip,
            format!("{prefix}{}/generated_schema.jsonl", table.name),
        )?;
        zip.write_all(UNIFORM_SCHEMA.as_bytes()).map_err(io_error)?;
    }

    // File storage last: each instance's metadata, then the bytes.
    let files = files_dir(database);
    let mut file_count = 0;
    for component in &components {
        let prefix = path_prefix(component);
        let storage = tables
            .iter()
            .find(|t| &t.component == component && t.name == STORAGE_TABLE);
        let mut stored = Vec::new();
        if let Some(storage) = storage {
            for_each_document(connection, database, storage.number, |id, value| {
                stored.push((id, value));
                Ok(())
            })?;
        }
        start(&mut zip, format!("{prefix}{STORAGE_TABLE}/documents.jsonl"))?;
        for (id, value) in &stored {
            let line = serde_json::to_string(&storage_metadata(id, value))
                .map_err(|e| SnapshotError(format!("cannot write the ZIP: {e}")))?;
            writeln!(zip, "{line}").map_err(io_error)?;
        }
        for (id, value) in &stored {
            let extension = value
                .get("contentType")
                .and_then(Value::as_str)
                .and_then(mime2ext::mime2ext)
                .map(|ext| format!(".{ext}"))
                .unwrap_or_default();
            let path = files.join(id);
            let mut bytes = File::open(&path).map_err(|e| {
                SnapshotError(format!(
                    "the stored file {id} of {} has no bytes at {} ({e}): the database's files \
                     folder is incomplete",
                    describe(component),
                    path.display()
                ))
            })?;
            start(&mut zip, format!("{prefix}{STORAGE_TABLE}/{id}{extension}"))?;
            std::io::copy(&mut bytes, &mut zip).map_err(io_error)?;
            file_count += 1;
        }
    }

    let mut out = zip.finish().map_err(|e| zip_error(&e))?;
    out.flush().map_err(io_error)?;
    out.get_ref().sync_all().map_err(io_error)?;
    Ok(ExportSummary {
        components: components.len(),
        tables: user_tables.len(),
        documents,
        files: file_count,
    })
}

/// Calls `each` with every document of table `number`, by `_id`.
fn for_each_document(
    connection: &Connection,
    database: &Path,
    number: u32,
    mut each: impl FnMut(String, BTreeMap<String, Value>) -> Result<()>,
) -> Result<()> {
    let mut statement = connection
        .prepare("SELECT id, value FROM documents WHERE table_number = ?1 ORDER BY id")
        .map_err(|e| database_error(database, e))?;
    let mut rows = statement
        .query(params![number])
        .map_err(|e| database_error(database, e))?;
    while let Some(row) = rows.next().map_err(|e| database_error(database, e))? {
        let id: String = row.get(0).map_err(|e| database_error(database, e))?;
        let text: String = row.get(1).map_err(|e| database_error(database, e))?;
        let value = parse_document(&text)
            .map_err(|e| SnapshotError(format!("{}: document {id}: {e}", database.display())))?;
        each(id, value)?;
    }
    Ok(())
}

/// The `_storage/documents.jsonl` line of a stored file's document.
fn storage_metadata(id: &str, document: &BTreeMap<String, Value>) -> FileStorageZipMetadata {
    let number = |name: &str| match document.get(name) {
        Some(Value::Float64(f)) => Some(*f),
        Some(Value::Int64(i)) => Some(*i as f64),
        _ => None,
    };
    let string = |name: &str| document.get(name).and_then(Value::as_str).map(String::from);
    FileStorageZipMetadata {
        id: id.to_string(),
        creation_time: number("_creationTime"),
        sha256: string("sha256"),
        size: number("size").map(|size| size as i64),
        content_type: string("contentType"),
        internal_id: None,
    }
}

// ---------------------------------------------------------------------------------------
// Schemas

/// The schema of every component instance a project installs: what an import checks
/// documents against and which indexes it builds.
#[derive(Debug, Clone, Default)]
pub struct Schemas {
    /// Tables by name, per instance path (`""` for the app); every installed instance has an
    /// entry, empty when its definition has no schema.
    instances: HashMap<String, HashMap<String, TableSchema>>,
}

impl Schemas {
    /// The schemas of the project `runtime` runs, as it reads them.
    pub fn of(runtime: &LocalRuntime) -> Result<Self> {
        let instances = runtime.schemas().map_err(|e| {
            SnapshotError(format!("cannot read the project's schemas: {}", e.message))
        })?;
        Ok(Self { instances })
    }

    fn installed(&self, component: &str) -> bool {
        self.instances.contains_key(component)
    }

    fn table(&self, component: &str, table: &str) -> Option<&TableSchema> {
        self.instances.get(component)?.get(table)
    }
}

// ---------------------------------------------------------------------------------------
// Import: reading the ZIP

/// What a ZIP entry is, by its name (the backend's patterns).
#[derive(Debug, Clone, PartialEq)]
enum EntryKind {
    Documents { component: String, table: String },
    GeneratedSchema { component: String, table: String },
    StorageFile { component: String, id: String },
    Other,
}

/// The instance path of an entry's folder prefix: each trailing `_components/<name>/` is a
/// level of nesting; anything before them is ignored.
fn component_of_prefix(prefix: &str) -> std::result::Result<String, String> {
    let mut names = Vec::new();
    let mut rest = prefix;
    while let Some(trimmed) = rest.strip_suffix('/') {
        let (before, name) = trimmed.rsplit_once('/').unwrap_or(("", trimmed));
        let before = if before == "_components" {
            ""
        } else if let Some(parent) = before.strip_suffix("/_components") {
            &rest[..parent.len() + 1]
        } else {
            break;
        };
        check_identifier("component name", name)?;
        names.push(name);
        rest = before;
    }
    names.reverse();
    Ok(names.join("/"))
}

fn classify(name: &str) -> std::result::Result<EntryKind, String> {
    if name.ends_with('/') {
        return Ok(EntryKind::Other);
    }
    let table_file = |suffix: &str| -> std::result::Result<Option<(String, String)>, String> {
        let Some(rest) = name.strip_suffix(suffix) else {
            return Ok(None);
        };
        let (prefix, table) = match rest.rsplit_once('/') {
            Some((prefix, table)) => (&rest[..prefix.len() + 1], table),
            None => ("", rest),
        };
        if table.is_empty() {
            return Ok(None);
        }
        check_identifier("table name", table)?;
        Ok(Some((component_of_prefix(prefix)?, table.to_string())))
    };
    if let Some((component, table)) = table_file("/documents.jsonl")? {
        return Ok(EntryKind::Documents { component, table });
    }
    if name == "documents.jsonl" {
        return Ok(EntryKind::Other);
    }
    if let Some((component, table)) = table_file("/generated_schema.jsonl")? {
        return Ok(EntryKind::GeneratedSchema { component, table });
    }
    // `_storage/<id>` with an optional extension.
    if let Some((folder, file)) = name.rsplit_once('/') {
        let prefix = if folder == STORAGE_TABLE {
            Some("")
        } else {
            folder
                .strip_suffix(STORAGE_TABLE)
                .filter(|p| p.ends_with('/'))
        };
        if let Some(prefix) = prefix {
            let id = file.split('.').next().unwrap_or("");
            if !id.is_empty() && id != "documents" {
                return Ok(EntryKind::StorageFile {
                    component: component_of_prefix(prefix)?,
                    id: id.to_string(),
                });
            }
        }
    }
    Ok(EntryKind::Other)
}

/// A table of the snapshot.
#[derive(Debug, Clone)]
struct SnapshotTable {
    component: String,
    name: String,
    /// The ZIP entry of its documents (`None`: listed in `_tables` only, imported empty).
    entry: Option<String>,
    /// The number its IDs carry in the snapshot, if known.
    wanted: Option<u32>,
    /// The number it gets in the database.
    number: u32,
    documents: Vec<BTreeMap<String, Value>>,
}

/// A stored file of the snapshot.
struct SnapshotFile {
    component: String,
    id: String,
    entry: String,
    metadata: Option<FileStorageZipMetadata>,
}

struct Snapshot {
    archive: ZipArchive<BufReader<File>>,
    /// User tables and `_storage` tables (whose `documents` stay empty: see `files`).
    tables: Vec<SnapshotTable>,
    files: Vec<SnapshotFile>,
    skipped: Vec<String>,
}

/// The lines of a JSONL entry, with their line numbers (blank lines are skipped).
fn jsonl(
    archive: &mut ZipArchive<BufReader<File>>,
    zip_path: &Path,
    entry: &str,
) -> Result<Vec<(usize, Json)>> {
    let mut text = String::new();
    archive
        .by_name(entry)
        .map_err(|e| SnapshotError(e.to_string()))
        .and_then(|mut file| {
            file.read_to_string(&mut text)
                .map_err(|e| SnapshotError(e.to_string()))
        })
        .map_err(|e| SnapshotError(format!("{}: cannot read {entry}: {e}", zip_path.display())))?;
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| {
            serde_json::from_str(line)
                .map(|json| (i + 1, json))
                .map_err(|e| {
                    SnapshotError(format!(
                        "{}: {entry} line {}: not valid JSON ({e})",
                        zip_path.display(),
                        i + 1
                    ))
                })
        })
        .collect()
}

/// Reads the snapshot's tables, documents and file metadata (files' bytes are read later).
fn read_snapshot(zip_path: &Path) -> Result<Snapshot> {
    let file = File::open(zip_path)
        .map_err(|e| SnapshotError(format!("cannot read {}: {e}", zip_path.display())))?;
    let mut archive = ZipArchive::new(BufReader::new(file)).map_err(|e| {
        SnapshotError(format!(
            "{} is not a ZIP file ({e}): pass a snapshot made by `convexkit export` or \
             `npx convex export`",
            zip_path.display()
        ))
    })?;
    let at = |entry: &str, message: String| {
        SnapshotError(format!("{}: {entry}: {message}", zip_path.display()))
    };

    let mut documents: BTreeMap<(String, String), String> = BTreeMap::new();
    let mut tables_entries: BTreeMap<String, String> = BTreeMap::new();
    let mut encodings: HashMap<(String, String), String> = HashMap::new();
    let mut blobs: Vec<(String, String, String)> = Vec::new();
    let mut skipped = Vec::new();
    let names: Vec<String> = archive
        .file_names()
        .map(|name| name.map(String::from))
        .collect::<std::result::Result<_, _>>()
        .map_err(|e| SnapshotError(format!("{}: {e}", zip_path.display())))?;
    for name in names {
        match classify(&name).map_err(|e| at(&name, e))? {
            EntryKind::Documents { component, table } => {
                if table == TABLES_TABLE {
                    tables_entries.insert(component, name);
                } else if table.starts_with('_') && table != STORAGE_TABLE {
                    skipped.push(format!("{name} (a system table: imports skip it)"));
                } else if let Some(other) =
                    documents.insert((component.clone(), table.clone()), name.clone())
                {
                    return Err(at(
                        &name,
                        format!(
                            "{other} also holds the documents of {}",
                            describe_table(&component, &table)
                        ),
                    ));
                }
            }
            EntryKind::GeneratedSchema { component, table } => {
                encodings.insert((component, table), name);
            }
            EntryKind::StorageFile { component, id } => blobs.push((component, id, name)),
            EntryKind::Other => {}
        }
    }

    // Numbers from each component's `_tables`.
    let mut listed: BTreeMap<(String, String), u32> = BTreeMap::new();
    for (component, entry) in &tables_entries {
        let mut names_by_number: HashMap<u32, String> = HashMap::new();
        for (line, json) in jsonl(&mut archive, zip_path, entry)? {
            let bad = |message: &str| at(entry, format!("line {line}: {message}"));
            let name = json["name"]
                .as_str()
                .ok_or_else(|| bad("a table needs a \"name\""))?;
            check_identifier("table name", name).map_err(|e| bad(&e))?;
            let number = json["id"]
                .as_f64()
                .filter(|n| *n >= 1.0 && *n <= f64::from(u32::MAX) && n.fract() == 0.0)
                .ok_or_else(|| bad(&format!("table `{name}` needs a table number \"id\"")))?
                as u32;
            if listed
                .insert((component.clone(), name.to_string()), number)
                .is_some()
            {
                return Err(bad(&format!("`{name}` is listed twice")));
            }
            if let Some(other) = names_by_number.insert(number, name.to_string()) {
                return Err(bad(&format!(
                    "`{other}` and `{name}` both have table number {number}"
                )));
            }
        }
    }

    let mut tables = Vec::new();
    let mut keys: BTreeSet<(String, String)> = documents.keys().cloned().collect();
    keys.extend(
        listed
            .keys()
            .filter(|(_, name)| !name.starts_with('_'))
            .cloned(),
    );
    for (component, name) in keys {
        let entry = documents.get(&(component.clone(), name.clone())).cloned();
        let mut table = SnapshotTable {
            wanted: listed.get(&(component.clone(), name.clone())).copied(),
            component,
            name,
            entry,
            number: 0,
            documents: Vec::new(),
        };
        if table.name != STORAGE_TABLE {
            if let Some(entry) = table.entry.clone() {
                let key = (table.component.clone(), table.name.clone());
                let encoding = match encodings.get(&key) {
                    None => Encoding::Inferred,
                    Some(schema_entry) => {
                        let lines = jsonl(&mut archive, zip_path, schema_entry)?;
                        match lines.first() {
                            Some((_, Json::String(s))) if s == "uniform" => Encoding::Uniform,
                            _ => {
                                return Err(at(
                                    schema_entry,
                                    "this is the older inferred-shape format, which convexkit \
                                     does not read: export the data again with a current \
                                     `npx convex export`"
                                        .into(),
                                ))
                            }
                        }
                    }
                };
                read_documents(&mut archive, zip_path, &entry, encoding, &mut table)?;
            }
        }
        tables.push(table);
    }

    // File storage: the metadata of each instance's `_storage`, and the files' bytes.
    let mut metadata: HashMap<(String, String), FileStorageZipMetadata> = HashMap::new();
    for table in tables.iter_mut().filter(|t| t.name == STORAGE_TABLE) {
        let Some(entry) = table.entry.clone() else {
            continue;
        };
        for (line, json) in jsonl(&mut archive, zip_path, &entry)? {
            let bad = |message: String| at(&entry, format!("line {line}: {message}"));
            let meta: FileStorageZipMetadata =
                serde_json::from_value(json).map_err(|e| bad(e.to_string()))?;
            let number = decode_id(&meta.id)
                .ok_or_else(|| bad(format!("`{}` is not a storage ID", meta.id)))?;
            match table.wanted {
                None => table.wanted = Some(number),
                Some(wanted) if wanted != number => {
                    return Err(bad(format!(
                        "storage ID {} is of table number {number}, but this instance's \
                         `_storage` has number {wanted}",
                        meta.id
                    )))
                }
                Some(_) => {}
            }
            metadata.insert((table.component.clone(), meta.id.clone()), meta);
        }
    }
    let mut files = Vec::new();
    let mut seen = HashSet::new();
    for (component, id, entry) in blobs {
        let Some(table) = tables
            .iter_mut()
            .find(|t| t.component == component && t.name == STORAGE_TABLE && t.entry.is_some())
        else {
            skipped.push(format!(
                "{entry} (no {}{STORAGE_TABLE}/documents.jsonl beside it: Convex's import skips \
                 such files too)",
                path_prefix(&component)
            ));
            continue;
        };
        let number =
            decode_id(&id).ok_or_else(|| at(&entry, format!("`{id}` is not a storage ID")))?;
        if *table.wanted.get_or_insert(number) != number {
            return Err(at(
                &entry,
                format!(
                    "storage ID {id} is of table number {number}, but this instance's `_storage` \
                     has number {}",
                    table.wanted.unwrap_or_default()
                ),
            ));
        }
        if !seen.insert((component.clone(), id.clone())) {
            return Err(at(&entry, format!("the file {id} appears twice")));
        }
        files.push(SnapshotFile {
            metadata: metadata.remove(&(component.clone(), id.clone())),
            component,
            id,
            entry,
        });
    }
    let mut orphans: Vec<_> = metadata.into_keys().collect();
    orphans.sort();
    for (component, id) in orphans {
        skipped.push(format!(
            "{}{STORAGE_TABLE}/documents.jsonl: file {id} (its bytes are not in the ZIP)",
            path_prefix(&component)
        ));
    }
    Ok(Snapshot {
        archive,
        tables,
        files,
        skipped,
    })
}

/// Reads a table's documents, checking their system fields, and infers its number from the
/// first `_id` when `_tables` did not give one.
fn read_documents(
    archive: &mut ZipArchive<BufReader<File>>,
    zip_path: &Path,
    entry: &str,
    encoding: Encoding,
    table: &mut SnapshotTable,
) -> Result<()> {
    for (line, json) in jsonl(archive, zip_path, entry)? {
        let bad = |message: String| {
            SnapshotError(format!(
                "{}: {entry} line {line}: {message}",
                zip_path.display()
            ))
        };
        if !json.is_object() {
            return Err(bad("a document must be a JSON object".into()));
        }
        let Value::Object(mut document) = from_export_json(&json, encoding).map_err(bad)? else {
            unreachable!("an object converts to an object");
        };
        if let Some(system) = document
            .keys()
            .find(|k| k.starts_with('_') && *k != "_id" && *k != "_creationTime")
        {
            return Err(bad(format!(
                "`{system}` is not a system field (documents' are `_id` and `_creationTime`)"
            )));
        }
        match document.get("_id") {
            None => {}
            Some(Value::String(id)) => {
                let number =
                    decode_id(id).ok_or_else(|| bad(format!("`_id` {id} is not a document ID")))?;
                let wanted = *table.wanted.get_or_insert(number);
                if number != wanted {
                    return Err(bad(format!(
                        "`_id` {id} is of table number {number}, but {} has number {wanted}",
                        describe_table(&table.component, &table.name)
                    )));
                }
            }
            Some(_) => return Err(bad("`_id` must be a string".into())),
        }
        match document.get("_creationTime") {
            None | Some(Value::Float64(_)) => {}
            // A hand-written whole number reads as an int64; it means the same time.
            Some(Value::Int64(ms)) => {
                let ms = *ms as f64;
                document.insert("_creationTime".into(), Value::Float64(ms));
            }
            Some(_) => return Err(bad("`_creationTime` must be a number".into())),
        }
        table.documents.push(document);
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Import: numbering, checking and writing

/// A table already in the database.
struct ExistingTable {
    number: u32,
    component: String,
    name: String,
}

/// Gives every snapshot table its number in the database (see the module docs); returns the
/// renumbered ones.
fn assign_numbers(tables: &mut [SnapshotTable], existing: &[ExistingTable]) -> Vec<Renumbered> {
    let imported: HashSet<(&str, &str)> = tables
        .iter()
        .map(|t| (t.component.as_str(), t.name.as_str()))
        .collect();
    let replaced: HashMap<(&str, &str), u32> = existing
        .iter()
        .filter(|e| imported.contains(&(e.component.as_str(), e.name.as_str())))
        .map(|e| ((e.component.as_str(), e.name.as_str()), e.number))
        .collect();
    let mut taken: HashSet<u32> = existing
        .iter()
        .filter(|e| !imported.contains(&(e.component.as_str(), e.name.as_str())))
        .map(|e| e.number)
        .collect();
    // Tables whose IDs carry a number first: the app's, then components by path, low
    // numbers first. Then tables without one.
    let mut order: Vec<usize> = (0..tables.len()).collect();
    order.sort_by(|&a, &b| {
        let key = |t: &SnapshotTable| {
            (
                t.wanted.is_none(),
                !t.component.is_empty(),
                t.component.clone(),
                t.wanted,
                t.name.clone(),
            )
        };
        key(&tables[a]).cmp(&key(&tables[b]))
    });
    let mut pending = Vec::new();
    for &i in &order {
        let table = &mut tables[i];
        let candidate = table.wanted.or_else(|| {
            replaced
                .get(&(table.component.as_str(), table.name.as_str()))
                .copied()
        });
        match candidate {
            Some(number) if taken.insert(number) => table.number = number,
            _ => pending.push(i),
        }
    }
    let mut renumbered = Vec::new();
    for i in pending {
        let table = &mut tables[i];
        table.number = fresh_number(&mut taken);
        if let Some(from) = table.wanted {
            renumbered.push(Renumbered {
                component: table.component.clone(),
                table: table.name.clone(),
                from,
                to: table.number,
            });
        }
    }
    renumbered
}

/// A user table number no table has: above every one in use, as the database numbers new
/// tables (or, past the last number, the first free one).
fn fresh_number(taken: &mut HashSet<u32>) -> u32 {
    let highest = taken.iter().copied().max().unwrap_or(0);
    let number = match highest.max(RESERVED_TABLE_NUMBERS).checked_add(1) {
        Some(number) => number,
        None => (RESERVED_TABLE_NUMBERS + 1..=u32::MAX)
            .find(|n| !taken.contains(n))
            .expect("fewer tables than numbers"),
    };
    taken.insert(number);
    number
}

/// How IDs change when tables are renumbered.
struct IdRewrite {
    /// Every document ID in a renumbered table → its new ID.
    moved: HashMap<String, String>,
    /// Every other document ID in the snapshot (left as is wherever it appears).
    kept: HashSet<String>,
    /// Per instance: old table number → new.
    numbers: HashMap<String, HashMap<u32, u32>>,
}

impl IdRewrite {
    fn new(snapshot: &Snapshot, renumbered: &[Renumbered]) -> Self {
        let mut numbers: HashMap<String, HashMap<u32, u32>> = HashMap::new();
        for r in renumbered {
            numbers
                .entry(r.component.clone())
                .or_default()
                .insert(r.from, r.to);
        }
        let mut rewrite = IdRewrite {
            moved: HashMap::new(),
            kept: HashSet::new(),
            numbers,
        };
        if rewrite.is_empty() {
            return rewrite;
        }
        let mut note = |component: &str, id: &str| {
            if let Some((number, internal)) = decode_id_parts(id) {
                match rewrite.number_for(component, number) {
                    Some(to) => rewrite.moved.insert(id.to_string(), new_id(to, internal)),
                    None => rewrite.kept.insert(id.to_string()).then_some(String::new()),
                };
            }
        };
        for table in &snapshot.tables {
            for document in &table.documents {
                if let Some(Value::String(id)) = document.get("_id") {
                    note(&table.component, id);
                }
            }
        }
        for file in &snapshot.files {
            note(&file.component, &file.id);
        }
        rewrite
    }

    fn is_empty(&self) -> bool {
        self.numbers.is_empty()
    }

    fn number_for(&self, component: &str, number: u32) -> Option<u32> {
        self.numbers.get(component)?.get(&number).copied()
    }

    /// The new text of `s` (in a document of `component`), if it is an ID that moved.
    fn id(&self, component: &str, s: &str) -> Option<String> {
        if let Some(moved) = self.moved.get(s) {
            return Some(moved.clone());
        }
        if self.kept.contains(s) {
            return None;
        }
        let (number, internal) = decode_id_parts(s)?;
        Some(new_id(self.number_for(component, number)?, internal))
    }

    fn value(&self, component: &str, value: &mut Value) {
        match value {
            Value::String(s) => {
                if let Some(new) = self.id(component, s) {
                    *s = new;
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|v| self.value(component, v)),
            Value::Object(fields) => self.object(component, fields),
            _ => {}
        }
    }

    fn object(&self, component: &str, fields: &mut BTreeMap<String, Value>) {
        let renamed: Vec<(String, String)> = fields
            .keys()
            .filter_map(|k| Some((k.clone(), self.id(component, k)?)))
            .collect();
        for (old, new) in renamed {
            if let Some(value) = fields.remove(&old) {
                fields.insert(new, value);
            }
        }
        fields.values_mut().for_each(|v| self.value(component, v));
    }
}

/// 16 random bytes for a new document's internal ID.
fn random_internal_id() -> [u8; 16] {
    use std::hash::{BuildHasher, Hasher};
    let state = std::collections::hash_map::RandomState::new();
    let mut out = [0u8; 16];
    for (i, chunk) in out.chunks_mut(8).enumerate() {
        let mut hasher = state.build_hasher();
        hasher.write_usize(i);
        hasher.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos()),
        );
        chunk.copy_from_slice(&hasher.finish().to_le_bytes());
    }
    out
}

/// Files written into the files folder by an import, removed again if it fails.
#[derive(Default)]
struct WrittenFiles {
    paths: Vec<PathBuf>,
    keep: bool,
}

impl Drop for WrittenFiles {
    fn drop(&mut self) {
        if !self.keep {
            for path in &self.paths {
                let _ = std::fs::remove_file(path);
            }
        }
    }
}

/// Imports the snapshot `zip_path` into `database` (created if missing) in one transaction.
/// `schemas` are the project's (see [`Schemas::of`]).
pub fn import(
    database: &Path,
    zip_path: &Path,
    mode: ImportMode,
    schemas: &Schemas,
) -> Result<ImportSummary> {
    if !zip_path.is_file() {
        return fail(format!("{} does not exist", zip_path.display()));
    }
    let mut snapshot = read_snapshot(zip_path)?;
    // The database's own opening creates its file and tables.
    drop(Store::open(database).map_err(|e| SnapshotError(e.0))?);
    let connection = Connection::open(database).map_err(|e| database_error(database, e))?;
    connection
        .busy_timeout(std::time::Duration::from_secs(10))
        .and_then(|()| connection.execute_batch("BEGIN IMMEDIATE"))
        .map_err(|e| database_error(database, e))?;
    let mut written = WrittenFiles::default();
    let result = import_in_transaction(
        &connection,
        database,
        zip_path,
        &mut snapshot,
        mode,
        schemas,
        &mut written,
    )
    .and_then(|summary| {
        connection
            .execute_batch("COMMIT")
            .map_err(|e| database_error(database, e))?;
        Ok(summary)
    });
    match result {
        Ok(summary) => {
            written.keep = true;
            Ok(summary)
        }
        Err(error) => {
            let _ = connection.execute_batch("ROLLBACK");
            Err(error)
        }
    }
}

fn import_in_transaction(
    connection: &Connection,
    database: &Path,
    zip_path: &Path,
    snapshot: &mut Snapshot,
    mode: ImportMode,
    schemas: &Schemas,
    written: &mut WrittenFiles,
) -> Result<ImportSummary> {
    let db = |e: rusqlite::Error| database_error(database, e);
    let existing: Vec<ExistingTable> = connection
        .prepare("SELECT number, component, name FROM tables ORDER BY number")
        .and_then(|mut statement| {
            statement
                .query_map([], |row| {
                    Ok(ExistingTable {
                        number: row.get(0)?,
                        component: row.get(1)?,
                        name: row.get(2)?,
                    })
                })?
                .collect::<std::result::Result<Vec<_>, _>>()
        })
        .map_err(db)?;
    let imported: HashSet<(String, String)> = snapshot
        .tables
        .iter()
        .map(|t| (t.component.clone(), t.name.clone()))
        .collect();
    let replaced: Vec<&ExistingTable> = existing
        .iter()
        .filter(|e| imported.contains(&(e.component.clone(), e.name.clone())))
        .collect();

    if mode == ImportMode::RequireEmpty {
        let mut non_empty = Vec::new();
        for table in &replaced {
            let count: i64 = connection
                .query_row(
                    "SELECT COUNT(*) FROM documents WHERE table_number = ?1",
                    params![table.number],
                    |row| row.get(0),
                )
                .map_err(db)?;
            if count > 0 {
                let plural = if count == 1 { "" } else { "s" };
                non_empty.push(format!(
                    "{} ({count} document{plural})",
                    describe_table(&table.component, &table.name)
                ));
            }
        }
        if !non_empty.is_empty() {
            return fail(format!(
                "cannot import {} into {}: these tables of the snapshot already hold documents \
                 there: {}\nPass --replace to replace the snapshot's tables (the others stay), \
                 or import into an empty database with --db NEW_FILE. Nothing was changed.",
                zip_path.display(),
                database.display(),
                non_empty.join(", ")
            ));
        }
    }

    let renumbered = assign_numbers(&mut snapshot.tables, &existing);
    let rewrite = IdRewrite::new(snapshot, &renumbered);

    // The final table numbers of each instance, for `v.id()` checks.
    let mut numbers: HashMap<String, HashMap<String, u32>> = HashMap::new();
    for e in &existing {
        if !imported.contains(&(e.component.clone(), e.name.clone())) {
            numbers
                .entry(e.component.clone())
                .or_default()
                .insert(e.name.clone(), e.number);
        }
    }
    for t in &snapshot.tables {
        numbers
            .entry(t.component.clone())
            .or_default()
            .insert(t.name.clone(), t.number);
    }

    // Documents: new IDs where tables moved, fresh system fields where missing, the schema.
    let mut next_creation = now_ms();
    for table in &mut snapshot.tables {
        let schema = schemas.table(&table.component, &table.name);
        let instance_numbers = numbers.get(&table.component);
        let entry = table.entry.clone().unwrap_or_default();
        for (row, document) in table.documents.iter_mut().enumerate() {
            if !rewrite.is_empty() {
                rewrite.object(&table.component, document);
            }
            document
                .entry("_id".into())
                .or_insert_with(|| Value::String(new_id(table.number, random_internal_id())));
            document.entry("_creationTime".into()).or_insert_with(|| {
                next_creation += 1.0 / 1024.0;
                Value::Float64(next_creation)
            });
            let Some(validator) = schema.and_then(|s| s.document.as_ref()) else {
                continue;
            };
            let ids = |table: &str, id: &str| {
                decode_id(id).is_some_and(|number| {
                    instance_numbers.and_then(|n| n.get(table)) == Some(&number)
                })
            };
            validate_document(validator, document, &ids).map_err(|e| {
                SnapshotError(format!(
                    "{}: {entry}: document {} does not match the schema of {} in this project: \
                     {e}\nImport into the app the snapshot was exported from, or fix the data or \
                     the schema. Nothing was changed.",
                    zip_path.display(),
                    row + 1,
                    describe_table(&table.component, &table.name),
                ))
            })?;
        }
    }

    // Stored files: bytes into the files folder (under their final IDs), then documents.
    let files_dir = files_dir(database);
    let mut storage_documents: Vec<(String, BTreeMap<String, Value>)> = Vec::new();
    if !snapshot.files.is_empty() {
        std::fs::create_dir_all(&files_dir)
            .map_err(|e| SnapshotError(format!("cannot create {}: {e}", files_dir.display())))?;
    }
    for file in &snapshot.files {
        let id = rewrite
            .id(&file.component, &file.id)
            .unwrap_or_else(|| file.id.clone());
        let at = |message: String| {
            SnapshotError(format!("{}: {}: {message}", zip_path.display(), file.entry))
        };
        let partial = files_dir.join(format!("{id}.{}.partial", std::process::id()));
        let (sha256, size) = {
            let mut entry = snapshot
                .archive
                .by_name(&file.entry)
                .map_err(|e| at(e.to_string()))?;
            let mut out = File::create(&partial)
                .map_err(|e| SnapshotError(format!("cannot write {}: {e}", partial.display())))?;
            written.paths.push(partial.clone());
            let mut hasher = Sha256::new();
            let mut size = 0u64;
            let mut buffer = vec![0u8; 64 * 1024];
            loop {
                let n = entry.read(&mut buffer).map_err(|e| at(e.to_string()))?;
                if n == 0 {
                    break;
                }
                hasher.update(&buffer[..n]);
                out.write_all(&buffer[..n]).map_err(|e| {
                    SnapshotError(format!("cannot write {}: {e}", partial.display()))
                })?;
                size += n as u64;
            }
            out.sync_all()
                .map_err(|e| SnapshotError(format!("cannot write {}: {e}", partial.display())))?;
            (
                base64::engine::general_purpose::STANDARD.encode(hasher.finalize()),
                size,
            )
        };
        let meta = file.metadata.as_ref();
        if let Some(expected) = meta.and_then(|m| m.sha256.as_ref()) {
            if *expected != sha256 {
                return Err(at(format!(
                    "the bytes' SHA-256 is {sha256}, but _storage/documents.jsonl says {expected}"
                )));
            }
        }
        if let Some(expected) = meta.and_then(|m| m.size) {
            if expected != size as i64 {
                return Err(at(format!(
                    "the file has {size} bytes, but _storage/documents.jsonl says {expected}"
                )));
            }
        }
        let target = files_dir.join(&id);
        if target.exists() {
            // The same file (an ID names one file's bytes); keep what is there.
            let same = std::fs::read(&target)
                .map(|bytes| {
                    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(&bytes))
                        == sha256
                })
                .unwrap_or(false);
            if !same {
                return Err(SnapshotError(format!(
                    "{} already holds different bytes for the stored file {id}: move the files \
                     folder aside or import into a new database with --db NEW_FILE",
                    target.display()
                )));
            }
            let _ = std::fs::remove_file(&partial);
        } else {
            std::fs::rename(&partial, &target)
                .map_err(|e| SnapshotError(format!("cannot write {}: {e}", target.display())))?;
            *written.paths.last_mut().expect("pushed above") = target;
        }
        let creation_time = meta.and_then(|m| m.creation_time).unwrap_or_else(|| {
            next_creation += 1.0 / 1024.0;
            next_creation
        });
        let content_type = meta.and_then(|m| m.content_type.as_deref());
        let document = storage_document(&id, creation_time, sha256, size, content_type);
        storage_documents.push((file.component.clone(), document));
    }

    // The writes: replaced tables go, the snapshot's come in with their documents.
    for table in &replaced {
        for sql in [
            "DELETE FROM index_entries WHERE table_number = ?1",
            "DELETE FROM index_defs WHERE table_number = ?1",
            "DELETE FROM documents WHERE table_number = ?1",
            "DELETE FROM tables WHERE number = ?1",
        ] {
            connection.execute(sql, params![table.number]).map_err(db)?;
        }
    }
    let mut summary = ImportSummary {
        tables: snapshot
            .tables
            .iter()
            .filter(|t| t.name != STORAGE_TABLE)
            .count(),
        files: storage_documents.len() as u64,
        renumbered,
        skipped: snapshot.skipped.clone(),
        ..ImportSummary::default()
    };
    let mut insert_table = connection
        .prepare("INSERT INTO tables (number, component, name) VALUES (?1, ?2, ?3)")
        .map_err(db)?;
    let mut insert_document = connection
        .prepare("INSERT INTO documents (id, table_number, value) VALUES (?1, ?2, ?3)")
        .map_err(db)?;
    let mut write = |table: &SnapshotTable, document: &BTreeMap<String, Value>| -> Result<()> {
        let Some(Value::String(id)) = document.get("_id") else {
            unreachable!("every document has an `_id` by now");
        };
        let text = Value::Object(document.clone())
            .to_json()
            .map_err(|e| SnapshotError(format!("document {id}: {e}")))?
            .to_string();
        insert_document
            .execute(params![id, table.number, text])
            .map_err(|e| {
                let other = connection
                    .query_row(
                        "SELECT t.component, t.name FROM documents d JOIN tables t \
                         ON t.number = d.table_number WHERE d.id = ?1",
                        params![id],
                        |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?)),
                    )
                    .optional()
                    .ok()
                    .flatten();
                match other {
                    Some((component, name)) => SnapshotError(format!(
                        "{}: document {id} of {} is already in the database, in {}: import into \
                         a new database with --db NEW_FILE. Nothing was changed.",
                        zip_path.display(),
                        describe_table(&table.component, &table.name),
                        describe_table(&component, &name)
                    )),
                    None => database_error(database, e),
                }
            })?;
        let schema_indexes = schemas
            .table(&table.component, &table.name)
            .map(|s| s.indexes.as_slice())
            .unwrap_or_default();
        // The same index rows `Store::insert` writes.
        insert_entries(connection, table.number, id, document, schema_indexes)
            .map_err(|e| SnapshotError(format!("{}: {}", database.display(), e.0)))
    };
    for table in &snapshot.tables {
        insert_table
            .execute(params![table.number, table.component, table.name])
            .map_err(db)?;
        // Search indexes are built from the documents when the instance next loads.
        connection
            .execute(
                "DELETE FROM index_defs WHERE table_number = ?1 AND index_name LIKE 'search:%'",
                params![table.number],
            )
            .map_err(db)?;
        for document in &table.documents {
            write(table, document)?;
            summary.documents += 1;
        }
        if table.name == STORAGE_TABLE {
            for (_, document) in storage_documents
                .iter()
                .filter(|(component, _)| *component == table.component)
            {
                write(table, document)?;
            }
        }
    }
    let mut not_installed: BTreeSet<String> = BTreeSet::new();
    for table in &snapshot.tables {
        if !schemas.installed(&table.component) {
            not_installed.insert(table.component.clone());
        }
    }
    summary.not_installed = not_installed.into_iter().collect();
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_json_is_the_backends_lossless_form() {
        let value = Value::Object(BTreeMap::from([
            ("f".into(), Value::Float64(3.0)),
            ("g".into(), Value::Float64(-0.0)),
            ("i".into(), Value::Int64(-7)),
            ("n".into(), Value::Float64(f64::NAN)),
            ("b".into(), Value::Bytes(vec![1, 2, 3])),
            ("s".into(), Value::String("x".into())),
        ]));
        let text = to_export_json(&value).to_string();
        assert_eq!(
            text,
            r#"{"b":{"$bytes":"AQID"},"f":3.0,"g":-0.0,"i":-7,"n":{"$float":"AAAAAAAA+H8="},"s":"x"}"#
        );
        let back = from_export_json(&serde_json::from_str(&text).unwrap(), Encoding::Uniform);
        let back = back.unwrap();
        assert_eq!(back, value);
        // Without "uniform", numbers are floats and `$` objects are refused.
        let inferred = from_export_json(&serde_json::json!({"i": 5}), Encoding::Inferred);
        assert_eq!(
            inferred.unwrap(),
            Value::Object(BTreeMap::from([("i".into(), Value::Float64(5.0))]))
        );
        assert!(from_export_json(
            &serde_json::json!({"b": {"$bytes": "AQID"}}),
            Encoding::Inferred
        )
        .is_err());
    }

    #[test]
    fn entry_names_follow_the_backends_patterns() {
        let docs = |c: &str, t: &str| EntryKind::Documents {
            component: c.into(),
            table: t.into(),
        };
        assert_eq!(
            classify("users/documents.jsonl").unwrap(),
            docs("", "users")
        );
        assert_eq!(
            classify("snapshot/users/documents.jsonl").unwrap(),
            docs("", "users")
        );
        assert_eq!(
            classify("_components/a/_components/b/t/documents.jsonl").unwrap(),
            docs("a/b", "t")
        );
        assert_eq!(
            classify("_components/a/_tables/documents.jsonl").unwrap(),
            docs("a", "_tables")
        );
        assert_eq!(
            classify("_components/a/t/generated_schema.jsonl").unwrap(),
            EntryKind::GeneratedSchema {
                component: "a".into(),
                table: "t".into()
            }
        );
        assert_eq!(
            classify("_components/a/_storage/kg2abc.png").unwrap(),
            EntryKind::StorageFile {
                component: "a".into(),
                id: "kg2abc".into()
            }
        );
        assert_eq!(
            classify("_storage/kg2abc").unwrap(),
            EntryKind::StorageFile {
                component: "".into(),
                id: "kg2abc".into()
            }
        );
        assert_eq!(classify("README.md").unwrap(), EntryKind::Other);
        assert_eq!(classify("_components/a/").unwrap(), EntryKind::Other);
        assert!(classify("bad-name/documents.jsonl").is_err());
        assert!(classify("_components/bad-name/t/documents.jsonl").is_err());
        assert_eq!(path_prefix(""), "");
        assert_eq!(path_prefix("a/b"), "_components/a/_components/b/");
    }

    fn table(component: &str, name: &str, wanted: Option<u32>) -> SnapshotTable {
        SnapshotTable {
            component: component.into(),
            name: name.into(),
            entry: None,
            wanted,
            number: 0,
            documents: Vec::new(),
        }
    }

    #[test]
    fn the_app_keeps_its_numbers_and_clashing_components_move() {
        let mut tables = vec![
            table("lb", "btree", Some(10001)),
            table("", "users", Some(10001)),
            table("", "photos", Some(10002)),
            table("lb", "node", Some(10003)),
            table("lb", "_storage", Some(540)),
            table("", "_storage", Some(540)),
            table("", "empty", None),
        ];
        let existing = vec![
            ExistingTable {
                number: 10010,
                component: "other".into(),
                name: "t".into(),
            },
            ExistingTable {
                number: 10003,
                component: "".into(),
                name: "empty".into(),
            },
        ];
        let renumbered = assign_numbers(&mut tables, &existing);
        let number = |c: &str, n: &str| {
            tables
                .iter()
                .find(|t| t.component == c && t.name == n)
                .unwrap()
                .number
        };
        assert_eq!(number("", "users"), 10001);
        assert_eq!(number("", "photos"), 10002);
        assert_eq!(number("", "_storage"), 540);
        // `lb.node`'s IDs carry 10003, which is free once `empty` is replaced; `empty`
        // (no IDs to keep) then gets a fresh number.
        assert_eq!(number("lb", "node"), 10003);
        assert_eq!(number("lb", "_storage"), 10011);
        assert_eq!(number("lb", "btree"), 10012);
        assert_eq!(number("", "empty"), 10013);
        let moved: Vec<_> = renumbered
            .iter()
            .map(|r| (r.table.as_str(), r.from, r.to))
            .collect();
        assert_eq!(moved, [("_storage", 540, 10011), ("btree", 10001, 10012)]);
    }
}
