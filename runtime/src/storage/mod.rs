//! The database: one SQLite file per project (WAL). Tables are namespaced by component
//! instance path (`""` for the app, `"leaderboard"`, `"widgets/clicks"`); documents keep
//! Convex's JSON export form; every index (by_creation_time and the schema's) stores an
//! order-preserving key per document, so range scans and `order("desc")` are B-tree walks.
//! A top-level mutation is one transaction and each component call a savepoint in it.

mod backfill;
mod crons;
mod derived;
mod env_vars;
mod jobs;
mod query;
mod search;
mod vector;

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::ops::Bound;
use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};

use crate::values::id::{decode_id, new_id};
use crate::values::index_key::append_key_part;
use crate::values::Value;

pub use crons::StoredCron;
pub use derived::DerivedIndexes;
pub use env_vars::check_name as check_env_var_name;
pub use jobs::Job;
pub use query::{evaluate, find_index, IndexRange, QueryStream, RangeBound};
pub use search::{SearchIndexDef, MAX_FILTERS};
pub use vector::{VectorFilter, VectorIndexDef, DEFAULT_LIMIT as DEFAULT_VECTOR_LIMIT};

/// The index every table has, ordering documents by `_creationTime`.
pub const BY_CREATION_TIME: &str = "by_creation_time";
/// The index every table has, ordering documents by `_id`.
pub const BY_ID: &str = "by_id";

#[derive(Debug, Clone, PartialEq)]
pub struct StorageError(pub String);

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<rusqlite::Error> for StorageError {
    fn from(error: rusqlite::Error) -> Self {
        StorageError(format!("database error: {error}"))
    }
}

pub type Result<T> = std::result::Result<T, StorageError>;

/// A stored document with the table it belongs to.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub table: TableId,
    pub value: BTreeMap<String, Value>,
}

/// A table of one component instance: its number (which document IDs carry) and name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableId {
    pub number: u32,
    pub component: String,
    pub name: String,
}

/// An index of a table: its name and the field paths it orders by (`_creationTime` and `_id`
/// are appended, as Convex does, so keys are unique).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexDef {
    pub name: String,
    pub fields: Vec<String>,
}

impl IndexDef {
    pub fn by_creation_time() -> Self {
        Self {
            name: BY_CREATION_TIME.into(),
            fields: Vec::new(),
        }
    }

    /// `withIndex("by_id", q => q.eq("_id", id))`.
    pub fn by_id() -> Self {
        Self {
            name: BY_ID.into(),
            fields: vec!["_id".into()],
        }
    }

    /// The indexes every table has, whatever its schema says.
    pub fn system() -> [IndexDef; 2] {
        [Self::by_creation_time(), Self::by_id()]
    }

    /// The index key of `document`: its fields (missing ones as `undefined`), then
    /// `_creationTime` and `_id`.
    pub fn key(&self, document: &BTreeMap<String, Value>) -> Vec<u8> {
        let mut key = Vec::new();
        for field in &self.fields {
            append_key_part(field_path(document, field), &mut key);
        }
        append_key_part(document.get("_creationTime"), &mut key);
        append_key_part(document.get("_id"), &mut key);
        key
    }
}

/// The value at a dotted field path (`"author.name"`), if present.
pub fn field_path<'a>(document: &'a BTreeMap<String, Value>, path: &str) -> Option<&'a Value> {
    let mut parts = path.split('.');
    let mut value = document.get(parts.next()?)?;
    for part in parts {
        value = value.as_object()?.get(part)?;
    }
    Some(value)
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS tables (
    number INTEGER PRIMARY KEY,
    component TEXT NOT NULL,
    name TEXT NOT NULL,
    UNIQUE (component, name)
);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    table_number INTEGER NOT NULL,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS index_entries (
    table_number INTEGER NOT NULL,
    index_name TEXT NOT NULL,
    key BLOB NOT NULL,
    id TEXT NOT NULL,
    PRIMARY KEY (table_number, index_name, key)
) WITHOUT ROWID;
";

pub struct Store {
    connection: RefCell<Connection>,
    /// Where stored files live: beside the database (`db.sqlite3` → `db.files/`).
    files: std::path::PathBuf,
    /// Open savepoints (nested component calls).
    depth: Cell<u32>,
    /// The last `_creationTime` handed out, so creation times strictly increase.
    last_creation: Cell<f64>,
    /// Tables by (component, name); cleared on rollback, which may undo a creation.
    tables: RefCell<std::collections::HashMap<(String, String), TableId>>,
    /// What was read and written since the sets were last taken (see [`Touched`]).
    touched: RefCell<Touched>,
    /// SQLite's `data_version` when the env vars were last read (see
    /// [`Store::env_vars_if_changed`]).
    data_version: Cell<Option<i64>>,
    /// Vector indexes in memory, by table number and index name.
    vectors: RefCell<std::collections::HashMap<(u32, String), vector::Vectors>>,
}

/// The tables (by number) that reads and writes touched, for subscriptions: a query whose
/// reads meet no table written since it ran has the same result. Reading a table that does
/// not exist yet, and creating one, count as touching [`Touched::NEW_TABLES`].
#[derive(Debug, Default, Clone)]
pub struct Touched {
    pub read: std::collections::BTreeSet<u32>,
    pub written: std::collections::BTreeSet<u32>,
}

impl Touched {
    /// The pseudo-table of table creation.
    pub const NEW_TABLES: u32 = 0;
}

/// A claim on a database by the process serving it (`convexkit dev`): while it is held, an
/// import into the database, which would change tables under the server, is refused. The
/// operating system releases it when the process ends, however it ends.
pub struct ServingLock {
    _file: std::fs::File,
}

impl ServingLock {
    /// Claims `database`; fails when another process serves it.
    pub fn claim(database: &Path) -> Result<Self> {
        let path = database.with_extension("serving");
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| StorageError(format!("cannot create {}: {e}", dir.display())))?;
        }
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| StorageError(format!("cannot open {}: {e}", path.display())))?;
        match file.try_lock() {
            Ok(()) => Ok(Self { _file: file }),
            Err(std::fs::TryLockError::WouldBlock) => Err(StorageError(format!(
                "{} is being served by a running `convexkit dev`: stop it first",
                database.display()
            ))),
            Err(std::fs::TryLockError::Error(e)) => {
                Err(StorageError(format!("cannot lock {}: {e}", path.display())))
            }
        }
    }
}

impl Store {
    /// Opens (creating if needed) the database at `path`.
    pub fn open(path: &Path) -> Result<Self> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| StorageError(format!("cannot create {}: {e}", dir.display())))?;
        }
        let connection = Connection::open(path)
            .map_err(|e| StorageError(format!("cannot open {}: {e}", path.display())))?;
        connection.pragma_update(None, "journal_mode", "WAL")?;
        connection.pragma_update(None, "synchronous", "NORMAL")?;
        // Pages are read through a memory map and kept in a 64 MiB cache rather than copied
        // from the OS by a read per page: searches and index scans touch many pages.
        connection.pragma_update(None, "mmap_size", 1i64 << 30)?;
        connection.pragma_update(None, "cache_size", -(64 << 10))?;
        // `convexkit run` beside a running `convexkit dev` waits for the other's
        // transaction instead of failing at once.
        connection.busy_timeout(std::time::Duration::from_secs(10))?;
        connection.execute_batch(SCHEMA)?;
        connection.execute_batch(jobs::SCHEMA)?;
        connection.execute_batch(crons::SCHEMA)?;
        connection.execute_batch(env_vars::SCHEMA)?;
        connection.execute_batch(backfill::SCHEMA)?;
        Ok(Self {
            connection: RefCell::new(connection),
            files: path.with_extension("files"),
            depth: Cell::new(0),
            last_creation: Cell::new(0.0),
            tables: RefCell::default(),
            touched: RefCell::default(),
            data_version: Cell::new(None),
            vectors: RefCell::default(),
        })
    }

    /// The tables read and written since the last call, which starts new sets.
    pub fn take_touched(&self) -> Touched {
        std::mem::take(&mut self.touched.borrow_mut())
    }

    fn read(&self, table: u32) {
        self.touched.borrow_mut().read.insert(table);
    }

    fn wrote(&self, table: u32) {
        self.touched.borrow_mut().written.insert(table);
    }

    /// The folder of stored files.
    pub fn files_dir(&self) -> &Path {
        &self.files
    }

    /// Starts the transaction of a top-level function call.
    pub fn begin(&self) -> Result<()> {
        self.connection.borrow().execute_batch("BEGIN IMMEDIATE")?;
        Ok(())
    }

    pub fn commit(&self) -> Result<()> {
        self.connection.borrow().execute_batch("COMMIT")?;
        Ok(())
    }

    pub fn rollback(&self) -> Result<()> {
        self.tables.borrow_mut().clear();
        self.connection.borrow().execute_batch("ROLLBACK")?;
        Ok(())
    }

    /// Opens a savepoint (a component call); returns its depth for [`Self::release`] or
    /// [`Self::rollback_to`].
    pub fn savepoint(&self) -> Result<u32> {
        let depth = self.depth.get() + 1;
        self.connection
            .borrow()
            .execute_batch(&format!("SAVEPOINT call_{depth}"))?;
        self.depth.set(depth);
        Ok(depth)
    }

    /// Keeps the writes since the savepoint (they commit with the transaction).
    pub fn release(&self, depth: u32) -> Result<()> {
        self.connection
            .borrow()
            .execute_batch(&format!("RELEASE call_{depth}"))?;
        self.depth.set(depth - 1);
        Ok(())
    }

    /// Undoes the writes since the savepoint.
    pub fn rollback_to(&self, depth: u32) -> Result<()> {
        self.tables.borrow_mut().clear();
        self.connection
            .borrow()
            .execute_batch(&format!("ROLLBACK TO call_{depth}; RELEASE call_{depth}"))?;
        self.depth.set(depth - 1);
        Ok(())
    }

    /// The table `name` of `component`, created when `create` is set.
    pub fn table(&self, component: &str, name: &str, create: bool) -> Result<Option<TableId>> {
        let key = (component.to_string(), name.to_string());
        if let Some(known) = self.tables.borrow().get(&key) {
            return Ok(Some(known.clone()));
        }
        let found = self.find_table(component, name, create)?;
        match &found {
            Some(table) => {
                self.tables.borrow_mut().insert(key, table.clone());
            }
            None => self.read(Touched::NEW_TABLES),
        }
        Ok(found)
    }

    fn find_table(&self, component: &str, name: &str, create: bool) -> Result<Option<TableId>> {
        let connection = self.connection.borrow();
        let found: Option<u32> = connection
            .prepare_cached("SELECT number FROM tables WHERE component = ?1 AND name = ?2")?
            .query_row(params![component, name], |row| row.get(0))
            .optional()?;
        let number = match (found, create) {
            (Some(number), _) => number,
            (None, false) => return Ok(None),
            (None, true) => {
                // Convex numbers tables from 10001 for user tables; any positive number works
                // for IDs, and a project-wide sequence keeps IDs unambiguous across instances.
                connection.execute(
                    "INSERT INTO tables (number, component, name)
                     VALUES ((SELECT COALESCE(MAX(number), 10000) + 1 FROM tables), ?1, ?2)",
                    params![component, name],
                )?;
                self.wrote(Touched::NEW_TABLES);
                connection.last_insert_rowid() as u32
            }
        };
        Ok(Some(TableId {
            number,
            component: component.into(),
            name: name.into(),
        }))
    }

    /// Every table `component` has created, by name.
    pub fn tables_of(&self, component: &str) -> Result<Vec<TableId>> {
        let connection = self.connection.borrow();
        let mut statement = connection
            .prepare_cached("SELECT number, name FROM tables WHERE component = ?1 ORDER BY name")?;
        let rows = statement.query_map(params![component], |row| {
            Ok(TableId {
                number: row.get(0)?,
                component: component.into(),
                name: row.get(1)?,
            })
        })?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// Whether `id` is a well-formed document ID of `component`'s table `name` (what
    /// `v.id(name)` and `normalizeId` accept).
    pub fn id_in_table(&self, component: &str, name: &str, id: &str) -> Result<bool> {
        let Some(number) = decode_id(id) else {
            return Ok(false);
        };
        Ok(self
            .table(component, name, false)?
            .is_some_and(|table| table.number == number))
    }

    /// The table a document ID belongs to (by the number it carries).
    pub fn table_of_id(&self, id: &str) -> Result<Option<TableId>> {
        let Some(number) = decode_id(id) else {
            return Ok(None);
        };
        let connection = self.connection.borrow();
        let table = connection
            .prepare_cached("SELECT component, name FROM tables WHERE number = ?1")?
            .query_row(params![number], |row| {
                Ok(TableId {
                    number,
                    component: row.get(0)?,
                    name: row.get(1)?,
                })
            })
            .optional()?;
        Ok(table)
    }

    /// A fresh `_id` and `_creationTime` for a document of `table`.
    pub fn new_identity(&self, table: &TableId, now_ms: f64) -> (String, f64) {
        let mut random = [0u8; 16];
        random.iter_mut().for_each(|b| *b = fastrand_byte());
        let previous = self.last_creation.get();
        let creation = if now_ms > previous {
            now_ms
        } else {
            previous + 1.0 / 1024.0
        };
        self.last_creation.set(creation);
        (new_id(table.number, random), creation)
    }

    /// Inserts a complete document (with `_id` and `_creationTime`), its index entries and
    /// its search and vector index rows.
    pub fn insert(
        &self,
        table: &TableId,
        document: &BTreeMap<String, Value>,
        indexes: &[IndexDef],
        derived: &DerivedIndexes,
    ) -> Result<()> {
        let id = id_of(document)?;
        let json = document_json(document)?;
        self.wrote(table.number);
        let connection = self.connection.borrow();
        connection
            .prepare_cached("INSERT INTO documents (id, table_number, value) VALUES (?1, ?2, ?3)")?
            .execute(params![id, table.number, json])?;
        let rowid = connection.last_insert_rowid();
        insert_entries(&connection, table.number, id, document, indexes)?;
        self.write_derived(
            &connection,
            table.number,
            derived,
            rowid,
            None,
            Some(document),
        )
    }

    /// Keeps the search and vector indexes in step with a write (see
    /// [`derived::write_rows`]).
    fn write_derived(
        &self,
        connection: &Connection,
        table: u32,
        derived: &DerivedIndexes,
        rowid: i64,
        before: Option<&BTreeMap<String, Value>>,
        after: Option<&BTreeMap<String, Value>>,
    ) -> Result<()> {
        derived::write_rows(connection, table, &derived.search, rowid, before, after)?;
        derived::write_rows(connection, table, &derived.vector, rowid, before, after)?;
        self.vectors_written(table, &derived.vector, rowid);
        Ok(())
    }

    /// The document with `id`, if it exists.
    pub fn get(&self, id: &str) -> Result<Option<Document>> {
        self.get_text(id)?
            .map(|(table, json)| {
                Ok(Document {
                    table,
                    value: parse_document(&json)?,
                })
            })
            .transpose()
    }

    /// The document with `id` as stored: its table and its JSON export form text (what a
    /// read returns to the function, without a parse).
    pub fn get_text(&self, id: &str) -> Result<Option<(TableId, String)>> {
        let Some(table) = self.table_of_id(id)? else {
            self.read(Touched::NEW_TABLES);
            return Ok(None);
        };
        self.read(table.number);
        let connection = self.connection.borrow();
        let json: Option<String> = connection
            .prepare_cached("SELECT value FROM documents WHERE id = ?1")?
            .query_row(params![id], |row| row.get(0))
            .optional()?;
        Ok(json.map(|json| (table, json)))
    }

    /// Replaces a document's contents (its `_id` and `_creationTime` stay), index entries
    /// and search and vector index rows.
    pub fn replace(
        &self,
        document: &Document,
        new_value: &BTreeMap<String, Value>,
        indexes: &[IndexDef],
        derived: &DerivedIndexes,
    ) -> Result<()> {
        let id = id_of(&document.value)?;
        let table = document.table.number;
        self.wrote(table);
        let connection = self.connection.borrow();
        delete_entries(&connection, table, &document.value, indexes)?;
        connection
            .prepare_cached("UPDATE documents SET value = ?2 WHERE id = ?1")?
            .execute(params![id, document_json(new_value)?])?;
        insert_entries(&connection, table, id, new_value, indexes)?;
        if !derived.is_empty() {
            let rowid = rowid_of(&connection, id)?;
            let (before, after) = (Some(&document.value), Some(new_value));
            self.write_derived(&connection, table, derived, rowid, before, after)?;
        }
        Ok(())
    }

    /// Deletes a document, its index entries and its search and vector index rows.
    pub fn delete(
        &self,
        document: &Document,
        indexes: &[IndexDef],
        derived: &DerivedIndexes,
    ) -> Result<()> {
        let id = id_of(&document.value)?;
        let table = document.table.number;
        self.wrote(table);
        let connection = self.connection.borrow();
        delete_entries(&connection, table, &document.value, indexes)?;
        if !derived.is_empty() {
            let rowid = rowid_of(&connection, id)?;
            self.write_derived(
                &connection,
                table,
                derived,
                rowid,
                Some(&document.value),
                None,
            )?;
        }
        connection
            .prepare_cached("DELETE FROM documents WHERE id = ?1")?
            .execute(params![id])?;
        Ok(())
    }

    /// Runs `work` in a savepoint: its writes all stay, or (when it fails) none does.
    fn atomically<T>(&self, work: impl FnOnce() -> Result<T>) -> Result<T> {
        let depth = self.savepoint()?;
        let done = work();
        match &done {
            Ok(_) => self.release(depth)?,
            Err(_) => self.rollback_to(depth)?,
        }
        done
    }

    /// Up to `limit` (key, id) entries of an index strictly after `after` (or before, when
    /// descending), within `lower..upper`.
    pub fn scan(
        &self,
        table: u32,
        index: &str,
        lower: &Bound<Vec<u8>>,
        upper: &Bound<Vec<u8>>,
        descending: bool,
        limit: usize,
    ) -> Result<Vec<(Vec<u8>, String)>> {
        let mut sql = String::from(
            "SELECT key, id FROM index_entries WHERE table_number = ?1 AND index_name = ?2",
        );
        let mut keys: Vec<&[u8]> = Vec::new();
        for (bound, inclusive, exclusive) in [(lower, ">=", ">"), (upper, "<=", "<")] {
            match bound {
                Bound::Included(key) => {
                    keys.push(key);
                    sql.push_str(&format!(" AND key {inclusive} ?{}", keys.len() + 2));
                }
                Bound::Excluded(key) => {
                    keys.push(key);
                    sql.push_str(&format!(" AND key {exclusive} ?{}", keys.len() + 2));
                }
                Bound::Unbounded => {}
            }
        }
        sql.push_str(if descending {
            " ORDER BY key DESC"
        } else {
            " ORDER BY key ASC"
        });
        sql.push_str(&format!(" LIMIT {limit}"));
        self.read(table);
        let connection = self.connection.borrow();
        let mut statement = connection.prepare_cached(&sql)?;
        let mut values: Vec<&dyn rusqlite::ToSql> = vec![&table, &index];
        for key in &keys {
            values.push(key);
        }
        let rows = statement.query_map(values.as_slice(), |row| Ok((row.get(0)?, row.get(1)?)))?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// How many documents `table` holds.
    pub fn count(&self, table: u32) -> Result<u64> {
        self.read(table);
        let connection = self.connection.borrow();
        let count = connection
            .prepare_cached("SELECT COUNT(*) FROM documents WHERE table_number = ?1")?
            .query_row(params![table], |row| row.get(0))?;
        Ok(count)
    }
}

/// The index rows of a document: `by_creation_time`, `by_id` and `indexes`.
pub(crate) fn insert_entries(
    connection: &Connection,
    table: u32,
    id: &str,
    document: &BTreeMap<String, Value>,
    indexes: &[IndexDef],
) -> Result<()> {
    let mut statement = connection.prepare_cached(
        "INSERT INTO index_entries (table_number, index_name, key, id) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for index in IndexDef::system().iter().chain(indexes) {
        statement.execute(params![table, index.name, index.key(document), id])?;
    }
    Ok(())
}

fn delete_entries(
    connection: &Connection,
    table: u32,
    document: &BTreeMap<String, Value>,
    indexes: &[IndexDef],
) -> Result<()> {
    let mut statement = connection.prepare_cached(
        "DELETE FROM index_entries WHERE table_number = ?1 AND index_name = ?2 AND key = ?3",
    )?;
    for index in IndexDef::system().iter().chain(indexes) {
        statement.execute(params![table, index.name, index.key(document)])?;
    }
    Ok(())
}

/// The SQLite rowid of the document `id` (what its search index rows are keyed by).
fn rowid_of(connection: &Connection, id: &str) -> Result<i64> {
    Ok(connection
        .prepare_cached("SELECT rowid FROM documents WHERE id = ?1")?
        .query_row(params![id], |row| row.get(0))?)
}

fn id_of(document: &BTreeMap<String, Value>) -> Result<&str> {
    document
        .get("_id")
        .and_then(Value::as_str)
        .ok_or_else(|| StorageError("a stored document needs an `_id`".into()))
}

fn document_json(document: &BTreeMap<String, Value>) -> Result<String> {
    Value::Object(document.clone())
        .to_json()
        .map(|json| json.to_string())
        .map_err(|e| StorageError(e.to_string()))
}

pub(crate) fn parse_document(json: &str) -> Result<BTreeMap<String, Value>> {
    let json: serde_json::Value =
        serde_json::from_str(json).map_err(|e| StorageError(format!("corrupt document: {e}")))?;
    match Value::from_json(&json) {
        Ok(Value::Object(fields)) => Ok(fields),
        Ok(_) => Err(StorageError("corrupt document: not an object".into())),
        Err(e) => Err(StorageError(format!("corrupt document: {e}"))),
    }
}

/// A random byte for document IDs (IDs need uniqueness, not cryptographic strength).
fn fastrand_byte() -> u8 {
    use std::hash::{BuildHasher, Hasher};
    thread_local! {
        static STATE: Cell<u64> = Cell::new(
            std::collections::hash_map::RandomState::new().build_hasher().finish() | 1,
        );
    }
    STATE.with(|state| {
        // xorshift64*
        let mut x = state.get();
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        state.set(x);
        (x.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 56) as u8
    })
}

#[cfg(test)]
mod tests;
