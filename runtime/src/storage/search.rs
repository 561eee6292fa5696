//! Text search (`withSearchIndex`) on SQLite FTS5, in the same transaction as the
//! documents: one FTS5 table per search index, its rows keyed by the document's rowid.
//! The backend's rules: a document is indexed when its search field is a string; text is
//! split into terms at every character that is not a letter or digit and lowercased; a
//! query's terms (at most 16, each at most 32 characters, longer ones dropped) match any
//! document holding one of them, the last also as a prefix; results come by BM25 relevance,
//! newest first among equals, at most 1,024 of them; `eq` filters on the index's filter
//! fields select among them (`undefined` matches a missing field).

use std::collections::BTreeMap;

use rusqlite::types::Value as SqlValue;
use rusqlite::{params, Connection};

use super::{field_path, parse_document, Result, StorageError, Store};
use crate::values::index_key::append_key_part;
use crate::values::Value;

/// A search index of the schema: `searchIndex(name, { searchField, filterFields })`.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchIndexDef {
    pub name: String,
    pub search_field: String,
    pub filter_fields: Vec<String>,
}

/// The backend's limits on one search.
pub const MAX_TERMS: usize = 16;
pub const MAX_FILTERS: usize = 8;
const MAX_TERM_LENGTH: usize = 32;
const MAX_RESULTS: usize = 1024;

/// The version of [`columns`].
const LAYOUT: u32 = 1;

/// The FTS5 table of a search index (index names are identifiers).
fn fts_table(table: u32, index: &str) -> String {
    format!("search_{table}_{index}")
}

/// The terms of a search query, as the backend's tokenizer splits them.
pub fn query_terms(query: &str) -> Vec<String> {
    query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|term| !term.is_empty() && term.chars().count() <= MAX_TERM_LENGTH)
        .map(str::to_lowercase)
        .collect()
}

/// What the index keeps of a document: its ID, creation time, text and its filter fields'
/// values (as index key parts, so `undefined` and `null` differ); None when its search
/// field is not a string.
fn entry(index: &SearchIndexDef, document: &BTreeMap<String, Value>) -> Option<Vec<SqlValue>> {
    let Some(Value::String(text)) = field_path(document, &index.search_field) else {
        return None;
    };
    let id = match document.get("_id") {
        Some(Value::String(id)) => id.clone(),
        _ => return None,
    };
    let creation = match document.get("_creationTime") {
        Some(Value::Float64(t)) => *t,
        _ => 0.0,
    };
    let mut row = vec![
        SqlValue::Text(text.clone()),
        SqlValue::Text(id),
        SqlValue::Real(creation),
    ];
    row.extend(
        index
            .filter_fields
            .iter()
            .map(|field| SqlValue::Blob(filter_key(field_path(document, field)))),
    );
    Some(row)
}

/// The FTS5 table's columns: the text, then what is read back or filtered on.
fn columns(index: &SearchIndexDef) -> Vec<String> {
    let mut columns = vec!["text".to_string(), "id".into(), "creation".into()];
    columns.extend((0..index.filter_fields.len()).map(|i| format!("filter{i}")));
    columns
}

/// `INSERT INTO <fts> (rowid, columns…) VALUES (?1, …)`.
fn insert_sql(fts: &str, index: &SearchIndexDef) -> String {
    let columns = columns(index);
    let places: Vec<String> = (2..=columns.len() + 1).map(|i| format!("?{i}")).collect();
    format!(
        "INSERT INTO {fts} (rowid, {}) VALUES (?1, {})",
        columns.join(", "),
        places.join(", ")
    )
}

fn filter_key(value: Option<&Value>) -> Vec<u8> {
    let mut key = Vec::new();
    append_key_part(value, &mut key);
    key
}

/// Keeps a table's search indexes in step with a write of the document at `rowid`: `before`
/// and `after` are its value before and after (None: not there).
pub(super) fn write_rows(
    connection: &Connection,
    table: u32,
    indexes: &[SearchIndexDef],
    rowid: i64,
    before: Option<&BTreeMap<String, Value>>,
    after: Option<&BTreeMap<String, Value>>,
) -> Result<()> {
    for index in indexes {
        let fts = fts_table(table, &index.name);
        if before.is_some_and(|d| entry(index, d).is_some()) {
            connection
                .prepare_cached(&format!("DELETE FROM {fts} WHERE rowid = ?1"))?
                .execute(params![rowid])?;
        }
        if let Some(row) = after.and_then(|d| entry(index, d)) {
            let mut values = vec![SqlValue::Integer(rowid)];
            values.extend(row);
            connection
                .prepare_cached(&insert_sql(&fts, index))?
                .execute(rusqlite::params_from_iter(values))?;
        }
    }
    Ok(())
}

impl Store {
    /// Creates the FTS5 table of each search index of table `name` of `component` that has
    /// none for its current definition, filled from the documents already there; drops the
    /// ones the schema no longer declares.
    pub fn ensure_search_indexes(
        &self,
        component: &str,
        name: &str,
        indexes: &[SearchIndexDef],
    ) -> Result<()> {
        let table = self
            .table(component, name, !indexes.is_empty())?
            .map(|t| t.number);
        let Some(table) = table else {
            return Ok(());
        };
        self.atomically(|| {
            let connection = self.connection.borrow();
            let recorded: Vec<(String, String)> = connection
                .prepare_cached(
                    "SELECT index_name, fields FROM index_defs WHERE table_number = ?1 AND index_name LIKE 'search:%'",
                )?
                .query_map(params![table], |row| Ok((row.get(0)?, row.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            // With the layout of the FTS5 table, so a new layout rebuilds it.
            let definition = |index: &SearchIndexDef| {
                serde_json::json!([LAYOUT, index.search_field, index.filter_fields]).to_string()
            };
            for (key, fields) in &recorded {
                let index = key.trim_start_matches("search:");
                let current = indexes.iter().find(|i| i.name == index);
                if current.is_none_or(|i| definition(i) != *fields) {
                    connection.execute_batch(&format!(
                        "DROP TABLE IF EXISTS {}",
                        fts_table(table, index)
                    ))?;
                    connection.execute(
                        "DELETE FROM index_defs WHERE table_number = ?1 AND index_name = ?2",
                        params![table, key],
                    )?;
                }
            }
            for index in indexes {
                let key = format!("search:{}", index.name);
                if recorded.contains(&(key.clone(), definition(index))) {
                    continue;
                }
                let fts = fts_table(table, &index.name);
                let unindexed: Vec<String> = columns(index)[1..]
                    .iter()
                    .map(|c| format!("{c} UNINDEXED"))
                    .collect();
                connection.execute_batch(&format!(
                    "DROP TABLE IF EXISTS {fts};
                     CREATE VIRTUAL TABLE {fts} USING fts5(
                         text, {},
                         tokenize = 'unicode61 remove_diacritics 0'
                     );",
                    unindexed.join(", ")
                ))?;
                let mut insert = connection.prepare(&insert_sql(&fts, index))?;
                let mut documents = connection
                    .prepare("SELECT rowid, value FROM documents WHERE table_number = ?1")?;
                let rows = documents.query_map(params![table], |row| {
                    Ok((row.get::<_, i64>(0)?, row.get::<_, String>(1)?))
                })?;
                for row in rows {
                    let (rowid, json) = row?;
                    let document = parse_document(&json)?;
                    if let Some(row) = entry(index, &document) {
                        let mut values = vec![SqlValue::Integer(rowid)];
                        values.extend(row);
                        insert.execute(rusqlite::params_from_iter(values))?;
                    }
                }
                connection.execute(
                    "INSERT INTO index_defs (table_number, index_name, fields) VALUES (?1, ?2, ?3)",
                    params![table, key, definition(index)],
                )?;
            }
            Ok(())
        })
    }

    /// The IDs of the documents of `table` that `query` finds in `index`, most relevant
    /// first, among those whose filter fields equal `filters` (field, value; None:
    /// `undefined`).
    pub fn search(
        &self,
        table: Option<u32>,
        index: &SearchIndexDef,
        query: &str,
        filters: &[(String, Option<Value>)],
    ) -> Result<Vec<String>> {
        let Some(table) = table else {
            self.read(super::Touched::NEW_TABLES);
            return Ok(Vec::new());
        };
        self.read(table);
        let terms = query_terms(query);
        if terms.len() > MAX_TERMS {
            return Err(StorageError(format!(
                "Search query has {} terms, more than the {MAX_TERMS} a search may have",
                terms.len()
            )));
        }
        let Some((last, rest)) = terms.split_last() else {
            return Ok(Vec::new());
        };
        let expression = rest
            .iter()
            .map(|term| format!("\"{term}\""))
            .chain([format!("\"{last}\"*")])
            .collect::<Vec<_>>()
            .join(" OR ");
        let wanted: Vec<(usize, Vec<u8>)> = filters
            .iter()
            .map(|(field, value)| {
                let position = index
                    .filter_fields
                    .iter()
                    .position(|f| f == field)
                    .ok_or_else(|| {
                        StorageError(format!(
                            "Search index {} has no filter field `{field}` (filter fields: {})",
                            index.name,
                            index.filter_fields.join(", ")
                        ))
                    })?;
                Ok((position, filter_key(value.as_ref())))
            })
            .collect::<Result<_>>()?;
        let connection = self.connection.borrow();
        let fts = fts_table(table, &index.name);
        let exists: bool = connection
            .prepare_cached("SELECT count(*) FROM sqlite_master WHERE name = ?1")?
            .query_row(params![fts], |row| row.get::<_, i64>(0))?
            > 0;
        if !exists {
            return Ok(Vec::new());
        }
        let conditions: String = wanted
            .iter()
            .enumerate()
            .map(|(i, (position, _))| format!(" AND filter{position} = ?{}", i + 2))
            .collect();
        let mut statement = connection.prepare_cached(&format!(
            "SELECT id FROM {fts} WHERE {fts} MATCH ?1{conditions}
             ORDER BY bm25({fts}), creation DESC LIMIT {MAX_RESULTS}"
        ))?;
        let mut values = vec![SqlValue::Text(expression)];
        values.extend(wanted.into_iter().map(|(_, key)| SqlValue::Blob(key)));
        let ids = statement
            .query_map(rusqlite::params_from_iter(values), |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(ids)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_split_into_lowercase_terms() {
        assert_eq!(
            query_terms("Hello, World!  it's"),
            ["hello", "world", "it", "s"]
        );
        assert_eq!(query_terms(&format!("a {}", "x".repeat(33))), ["a"]);
        assert!(query_terms(" ,; ").is_empty());
    }
}
