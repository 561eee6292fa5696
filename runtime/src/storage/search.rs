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

use super::derived::{filter_key, filter_position, index_table, index_table_exists, DerivedIndex};
use super::{field_path, Result, StorageError, Store};
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

/// The version of the FTS5 table's layout.
const LAYOUT: u32 = 1;

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

impl DerivedIndex for SearchIndexDef {
    const KIND: &'static str = "search";

    fn name(&self) -> &str {
        &self.name
    }

    fn definition(&self) -> String {
        serde_json::json!([LAYOUT, self.search_field, self.filter_fields]).to_string()
    }

    fn create(&self, table: &str) -> String {
        let unindexed: Vec<String> = self.columns()[1..]
            .iter()
            .map(|c| format!("{c} UNINDEXED"))
            .collect();
        format!(
            "CREATE VIRTUAL TABLE {table} USING fts5(
                 text, {},
                 tokenize = 'unicode61 remove_diacritics 0'
             );",
            unindexed.join(", ")
        )
    }

    /// The text, then what is read back or filtered on.
    fn columns(&self) -> Vec<String> {
        let mut columns = vec!["text".to_string(), "id".into(), "creation".into()];
        columns.extend((0..self.filter_fields.len()).map(|i| format!("filter{i}")));
        columns
    }

    fn entry(&self, document: &BTreeMap<String, Value>) -> Option<Vec<SqlValue>> {
        entry(self, document)
    }
}

impl Store {
    /// Creates or rebuilds the FTS5 table of each search index of table `name` of
    /// `component` (see [`Store::ensure_derived`]).
    pub fn ensure_search_indexes(
        &self,
        component: &str,
        name: &str,
        indexes: &[SearchIndexDef],
    ) -> Result<()> {
        self.ensure_derived(component, name, indexes).map(drop)
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
                let position = filter_position("Search", &index.name, &index.filter_fields, field)?;
                Ok((position, filter_key(value.as_ref())))
            })
            .collect::<Result<_>>()?;
        let connection = self.connection.borrow();
        let fts = index_table::<SearchIndexDef>(table, &index.name);
        if !index_table_exists(&connection, &fts)? {
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
