//! Indexes kept in SQLite tables of their own beside the documents, written in the same
//! transaction: text search (FTS5) and vector search. Each is recorded in `index_defs` as
//! `<kind>:<name>` with its definition, so a changed definition is rebuilt from the
//! documents already there, as a push does, and one the schema dropped is dropped.

use std::collections::BTreeMap;

use rusqlite::types::Value as SqlValue;
use rusqlite::{params, Connection};

use super::{parse_document, Result, SearchIndexDef, StorageError, Store, VectorIndexDef};
use crate::values::Value;

/// A table's indexes kept in tables of their own.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DerivedIndexes {
    pub search: Vec<SearchIndexDef>,
    pub vector: Vec<VectorIndexDef>,
}

impl DerivedIndexes {
    pub fn is_empty(&self) -> bool {
        self.search.is_empty() && self.vector.is_empty()
    }
}

/// One kind of index kept in a table of its own.
pub(super) trait DerivedIndex {
    /// `search` or `vector`: the prefix of its `index_defs` entry and of its table's name.
    const KIND: &'static str;
    fn name(&self) -> &str;
    /// The definition as recorded, with the layout of the index's table (so a new layout
    /// rebuilds it).
    fn definition(&self) -> String;
    /// The statements creating the index's table `table`.
    fn create(&self, table: &str) -> String;
    /// The index table's columns after `rowid` (the document's rowid).
    fn columns(&self) -> Vec<String>;
    /// What the index keeps of a document, in [`Self::columns`] order (None: not indexed).
    fn entry(&self, document: &BTreeMap<String, Value>) -> Option<Vec<SqlValue>>;
}

/// The table of index `index` of table number `table` (index names are identifiers).
pub(super) fn index_table<I: DerivedIndex>(table: u32, index: &str) -> String {
    format!("{}_{table}_{index}", I::KIND)
}

/// Whether the index table `name` exists (a search before the schema declared the index
/// finds nothing).
pub(super) fn index_table_exists(connection: &Connection, name: &str) -> Result<bool> {
    let count: i64 = connection
        .prepare_cached("SELECT count(*) FROM sqlite_master WHERE name = ?1")?
        .query_row(params![name], |row| row.get(0))?;
    Ok(count > 0)
}

/// A filter field's value as the index keeps it: its index key part, so `undefined` and
/// `null` differ.
pub(super) fn filter_key(value: Option<&Value>) -> Vec<u8> {
    let mut key = Vec::new();
    crate::values::index_key::append_key_part(value, &mut key);
    key
}

/// The position of `field` among an index's filter fields, or the error naming them
/// (`kind`: "Search" or "Vector").
pub(super) fn filter_position(
    kind: &str,
    index: &str,
    filter_fields: &[String],
    field: &str,
) -> Result<usize> {
    filter_fields
        .iter()
        .position(|f| f == field)
        .ok_or_else(|| {
            StorageError(format!(
                "{kind} index {index} has no filter field `{field}` (filter fields: {})",
                filter_fields.join(", ")
            ))
        })
}

/// `INSERT INTO <table> (rowid, columns…) VALUES (?1, …)`.
fn insert_sql<I: DerivedIndex>(table: &str, index: &I) -> String {
    let columns = index.columns();
    let places: Vec<String> = (2..=columns.len() + 1).map(|i| format!("?{i}")).collect();
    format!(
        "INSERT INTO {table} (rowid, {}) VALUES (?1, {})",
        columns.join(", "),
        places.join(", ")
    )
}

/// Keeps a table's indexes of one kind in step with a write of the document at `rowid`:
/// `before` and `after` are its value before and after (None: not there).
pub(super) fn write_rows<I: DerivedIndex>(
    connection: &Connection,
    table: u32,
    indexes: &[I],
    rowid: i64,
    before: Option<&BTreeMap<String, Value>>,
    after: Option<&BTreeMap<String, Value>>,
) -> Result<()> {
    for index in indexes {
        let name = index_table::<I>(table, index.name());
        if before.is_some_and(|d| index.entry(d).is_some()) {
            connection
                .prepare_cached(&format!("DELETE FROM {name} WHERE rowid = ?1"))?
                .execute(params![rowid])?;
        }
        if let Some(row) = after.and_then(|d| index.entry(d)) {
            let mut values = vec![SqlValue::Integer(rowid)];
            values.extend(row);
            connection
                .prepare_cached(&insert_sql(&name, index))?
                .execute(rusqlite::params_from_iter(values))?;
        }
    }
    Ok(())
}

impl Store {
    /// Creates the table of each index of table `name` of `component` that has none for
    /// its current definition, filled from the documents already there, and drops the
    /// ones of this kind the schema no longer declares. Returns the table's number when
    /// it exists.
    pub(super) fn ensure_derived<I: DerivedIndex>(
        &self,
        component: &str,
        name: &str,
        indexes: &[I],
    ) -> Result<Option<u32>> {
        let table = self
            .table(component, name, !indexes.is_empty())?
            .map(|t| t.number);
        let Some(table) = table else {
            return Ok(None);
        };
        let prefix = format!("{}:", I::KIND);
        self.atomically(|| {
            let connection = self.connection.borrow();
            let recorded: Vec<(String, String)> = connection
                .prepare_cached(
                    "SELECT index_name, fields FROM index_defs WHERE table_number = ?1 AND index_name LIKE ?2",
                )?
                .query_map(params![table, format!("{prefix}%")], |row| {
                    Ok((row.get(0)?, row.get(1)?))
                })?
                .collect::<rusqlite::Result<_>>()?;
            for (key, fields) in &recorded {
                let index = key.trim_start_matches(&prefix);
                let current = indexes.iter().find(|i| i.name() == index);
                if current.is_none_or(|i| i.definition() != *fields) {
                    connection.execute_batch(&format!(
                        "DROP TABLE IF EXISTS {}",
                        index_table::<I>(table, index)
                    ))?;
                    connection.execute(
                        "DELETE FROM index_defs WHERE table_number = ?1 AND index_name = ?2",
                        params![table, key],
                    )?;
                }
            }
            for index in indexes {
                let key = format!("{prefix}{}", index.name());
                if recorded.contains(&(key.clone(), index.definition())) {
                    continue;
                }
                let name = index_table::<I>(table, index.name());
                connection.execute_batch(&format!(
                    "DROP TABLE IF EXISTS {name}; {}",
                    index.create(&name)
                ))?;
                let mut insert = connection.prepare(&insert_sql(&name, index))?;
                let mut documents = connection
                    .prepare("SELECT rowid, value FROM documents WHERE table_number = ?1")?;
                let rows = documents.query_map(params![table], |row| {
                    Ok((row.get::<_, i64>(0)?, row.get::<_, String>(1)?))
                })?;
                for row in rows {
                    let (rowid, json) = row?;
                    if let Some(row) = index.entry(&parse_document(&json)?) {
                        let mut values = vec![SqlValue::Integer(rowid)];
                        values.extend(row);
                        insert.execute(rusqlite::params_from_iter(values))?;
                    }
                }
                connection.execute(
                    "INSERT INTO index_defs (table_number, index_name, fields) VALUES (?1, ?2, ?3)",
                    params![table, key, index.definition()],
                )?;
            }
            Ok(Some(table))
        })
    }
}
