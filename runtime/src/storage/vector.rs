//! Vector search (`ctx.vectorSearch`, in actions), exact: every indexed vector is scored
//! against the query by cosine similarity (the backend's `_score`, from -1 to 1) and the
//! best `limit` (1 to 256, 10 by default) come back, best first. A document is indexed when
//! its vector field is an array of numbers of the index's `dimensions`; `filter` is `q.eq`
//! on one of the index's filter fields or `q.or` of such. An index's vectors live in its
//! own table (f32, as the backend keeps them) and, for searching, in memory: read whole
//! once, then only the rows written since, so a search scans memory rather than SQLite.

use std::collections::{BTreeMap, HashMap, HashSet};

use rusqlite::types::Value as SqlValue;
use rusqlite::{params, OptionalExtension};
use serde_json::Value as Json;

use super::derived::{filter_key, filter_position, index_table, index_table_exists, DerivedIndex};
use super::{field_path, Result, StorageError, Store};
use crate::values::Value;

/// A vector index of the schema: `vectorIndex(name, { vectorField, dimensions,
/// filterFields })`.
#[derive(Debug, Clone, PartialEq)]
pub struct VectorIndexDef {
    pub name: String,
    pub vector_field: String,
    pub dimensions: usize,
    pub filter_fields: Vec<String>,
}

/// The backend's bounds on a search's `limit`, and its default.
pub const MAX_LIMIT: usize = 256;
pub const DEFAULT_LIMIT: usize = 10;
/// The most `q.eq` clauses one filter may have.
pub const MAX_FILTER_CLAUSES: usize = 64;

/// The version of the index table's layout.
const LAYOUT: u32 = 1;

impl DerivedIndex for VectorIndexDef {
    const KIND: &'static str = "vector";

    fn name(&self) -> &str {
        &self.name
    }

    fn definition(&self) -> String {
        serde_json::json!([
            LAYOUT,
            self.vector_field,
            self.dimensions,
            self.filter_fields
        ])
        .to_string()
    }

    fn create(&self, table: &str) -> String {
        let filters: String = (0..self.filter_fields.len())
            .map(|i| format!(", filter{i} BLOB NOT NULL"))
            .collect();
        format!(
            "CREATE TABLE {table} (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, vector BLOB NOT NULL{filters});"
        )
    }

    fn columns(&self) -> Vec<String> {
        let mut columns = vec!["id".to_string(), "vector".into()];
        columns.extend((0..self.filter_fields.len()).map(|i| format!("filter{i}")));
        columns
    }

    fn entry(&self, document: &BTreeMap<String, Value>) -> Option<Vec<SqlValue>> {
        let Some(Value::Array(items)) = field_path(document, &self.vector_field) else {
            return None;
        };
        if items.len() != self.dimensions {
            return None;
        }
        let mut vector = Vec::with_capacity(items.len() * 4);
        for item in items {
            let Value::Float64(x) = item else {
                return None;
            };
            vector.extend_from_slice(&(*x as f32).to_le_bytes());
        }
        let Some(Value::String(id)) = document.get("_id") else {
            return None;
        };
        let mut row = vec![SqlValue::Text(id.clone()), SqlValue::Blob(vector)];
        row.extend(
            self.filter_fields
                .iter()
                .map(|field| SqlValue::Blob(filter_key(field_path(document, field)))),
        );
        Some(row)
    }
}

/// What a search's `filter` admits: a document whose filter field (by position) has one of
/// these values; everything when there is no filter.
#[derive(Debug, Default)]
pub struct VectorFilter(Option<Vec<(usize, Vec<u8>)>>);

impl VectorFilter {
    /// Reads the serialized expression (`{"$eq": [{"$field": f}, {"$literal": v}]}`,
    /// `{"$or": [...]}`; null for none) against `index`'s filter fields.
    pub fn parse(index: &VectorIndexDef, expression: &Json) -> Result<Self> {
        if expression.is_null() {
            return Ok(Self(None));
        }
        let mut clauses = Vec::new();
        collect_clauses(index, expression, &mut clauses)?;
        if clauses.len() > MAX_FILTER_CLAUSES {
            return Err(StorageError(format!(
                "Vector search filter has {} clauses, more than the {MAX_FILTER_CLAUSES} it may have",
                clauses.len()
            )));
        }
        Ok(Self(Some(clauses)))
    }

    fn admits(&self, filters: &[Vec<u8>]) -> bool {
        self.0.as_ref().is_none_or(|clauses| {
            clauses
                .iter()
                .any(|(position, key)| filters.get(*position) == Some(key))
        })
    }
}

fn collect_clauses(
    index: &VectorIndexDef,
    expression: &Json,
    out: &mut Vec<(usize, Vec<u8>)>,
) -> Result<()> {
    let invalid = || {
        StorageError(format!(
            "Vector search filters are q.eq(field, value) or q.or(...) of them, not {expression}"
        ))
    };
    if let Some(alternatives) = expression["$or"].as_array() {
        for alternative in alternatives {
            collect_clauses(index, alternative, out)?;
        }
        return Ok(());
    }
    let operands = expression["$eq"].as_array().ok_or_else(invalid)?;
    let (Some(field), Some(literal)) = (
        operands.first().and_then(|f| f["$field"].as_str()),
        operands.get(1).and_then(|l| l.get("$literal")),
    ) else {
        return Err(invalid());
    };
    let position = filter_position("Vector", &index.name, &index.filter_fields, field)?;
    let value = Value::from_json_or_undefined(literal).map_err(|e| StorageError(e.to_string()))?;
    out.push((position, filter_key(value.as_ref())));
    Ok(())
}

/// A row of an index's table: rowid, document ID, vector (f32, little-endian), filter keys.
type StoredRow = (i64, String, Vec<u8>, Vec<Vec<u8>>);

/// The vectors of one index, in memory.
#[derive(Default)]
pub(super) struct Vectors {
    loaded: bool,
    /// One row of `dimensions` values per indexed document.
    values: Vec<f32>,
    norms: Vec<f32>,
    ids: Vec<String>,
    filters: Vec<Vec<Vec<u8>>>,
    rowids: Vec<i64>,
    slots: HashMap<i64, usize>,
    /// Rows written since they were read: read again before the next search (a rolled
    /// back write is then read as it is).
    stale: HashSet<i64>,
}

impl Vectors {
    fn put(&mut self, rowid: i64, id: String, vector: &[u8], filters: Vec<Vec<u8>>) {
        self.remove(rowid);
        let start = self.values.len();
        self.values.extend(
            vector
                .chunks_exact(4)
                .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]])),
        );
        let norm = dot(&self.values[start..], &self.values[start..]).sqrt();
        self.slots.insert(rowid, self.ids.len());
        self.norms.push(norm);
        self.ids.push(id);
        self.filters.push(filters);
        self.rowids.push(rowid);
    }

    /// Removes a row by moving the last one into its place.
    fn remove(&mut self, rowid: i64) {
        let Some(slot) = self.slots.remove(&rowid) else {
            return;
        };
        let dimensions = self.values.len() / self.ids.len().max(1);
        let last = self.ids.len() - 1;
        if slot != last {
            self.values.copy_within(
                last * dimensions..(last + 1) * dimensions,
                slot * dimensions,
            );
            self.slots.insert(self.rowids[last], slot);
        }
        self.values.truncate(last * dimensions);
        self.norms.swap_remove(slot);
        self.ids.swap_remove(slot);
        self.filters.swap_remove(slot);
        self.rowids.swap_remove(slot);
    }

    /// The best `limit` rows the filter admits, by cosine similarity to `query`.
    fn best(&self, query: &[f32], limit: usize, filter: &VectorFilter) -> Vec<(usize, f32)> {
        let dimensions = query.len();
        let query_norm = dot(query, query).sqrt();
        let score_range = |rows: std::ops::Range<usize>| -> Vec<(usize, f32)> {
            let mut scored: Vec<(usize, f32)> = rows
                .filter(|&row| filter.admits(&self.filters[row]))
                .map(|row| {
                    let vector = &self.values[row * dimensions..(row + 1) * dimensions];
                    let norms = query_norm * self.norms[row];
                    let score = if norms > 0.0 {
                        dot(query, vector) / norms
                    } else {
                        0.0
                    };
                    (row, score)
                })
                .collect();
            self.keep_best(&mut scored, limit);
            scored
        };
        let rows = self.ids.len();
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        let mut best = if threads > 1 && rows >= 8192 {
            let chunk = rows.div_ceil(threads);
            std::thread::scope(|scope| {
                let parts: Vec<_> = (0..rows)
                    .step_by(chunk)
                    .map(|start| {
                        let end = (start + chunk).min(rows);
                        scope.spawn(move || score_range(start..end))
                    })
                    .collect();
                parts
                    .into_iter()
                    .flat_map(|part| part.join().unwrap_or_default())
                    .collect()
            })
        } else {
            score_range(0..rows)
        };
        self.keep_best(&mut best, limit);
        best
    }

    /// Keeps the `limit` highest scores, highest first; equal scores by age, oldest first
    /// (the same order in every process, whatever rows moved in memory).
    fn keep_best(&self, scored: &mut Vec<(usize, f32)>, limit: usize) {
        let order = |a: &(usize, f32), b: &(usize, f32)| {
            b.1.total_cmp(&a.1)
                .then(self.rowids[a.0].cmp(&self.rowids[b.0]))
        };
        if scored.len() > limit {
            scored.select_nth_unstable_by(limit, order);
            scored.truncate(limit);
        }
        scored.sort_unstable_by(order);
    }
}

/// The dot product, in eight lanes the compiler turns into SIMD.
fn dot(a: &[f32], b: &[f32]) -> f32 {
    let mut lanes = [0f32; 8];
    let (a_chunks, b_chunks) = (a.chunks_exact(8), b.chunks_exact(8));
    let tail: f32 = a_chunks
        .remainder()
        .iter()
        .zip(b_chunks.remainder())
        .map(|(x, y)| x * y)
        .sum();
    for (x, y) in a_chunks.zip(b_chunks) {
        for lane in 0..8 {
            lanes[lane] += x[lane] * y[lane];
        }
    }
    lanes.iter().sum::<f32>() + tail
}

impl Store {
    /// Creates or rebuilds the table of each vector index of table `name` of `component`
    /// (see [`Store::ensure_derived`]); what was in memory of that table is read again.
    pub fn ensure_vector_indexes(
        &self,
        component: &str,
        name: &str,
        indexes: &[VectorIndexDef],
    ) -> Result<()> {
        if let Some(table) = self.ensure_derived(component, name, indexes)? {
            self.vectors.borrow_mut().retain(|(t, _), _| *t != table);
        }
        Ok(())
    }

    /// Notes a write of the document at `rowid` of `table` for the vectors in memory.
    pub(super) fn vectors_written(&self, table: u32, indexes: &[VectorIndexDef], rowid: i64) {
        let mut vectors = self.vectors.borrow_mut();
        for index in indexes {
            if let Some(kept) = vectors.get_mut(&(table, index.name.clone())) {
                kept.stale.insert(rowid);
            }
        }
    }

    /// The IDs and scores of the documents of `table` closest to `vector` in `index`, best
    /// first, at most `limit`, among those `filter` admits.
    pub fn vector_search(
        &self,
        table: Option<u32>,
        index: &VectorIndexDef,
        vector: &[f64],
        limit: usize,
        filter: &VectorFilter,
    ) -> Result<Vec<(String, f64)>> {
        if vector.len() != index.dimensions {
            return Err(StorageError(format!(
                "The query vector has {} dimensions, but vector index {} has {}",
                vector.len(),
                index.name,
                index.dimensions
            )));
        }
        if !(1..=MAX_LIMIT).contains(&limit) {
            return Err(StorageError(format!(
                "Vector search limit must be between 1 and {MAX_LIMIT}, not {limit}"
            )));
        }
        let Some(table) = table else {
            return Ok(Vec::new());
        };
        let name = index_table::<VectorIndexDef>(table, &index.name);
        let connection = self.connection.borrow();
        if !index_table_exists(&connection, &name)? {
            return Ok(Vec::new());
        }
        let mut all = self.vectors.borrow_mut();
        let vectors = all.entry((table, index.name.clone())).or_default();
        let row = |row: &rusqlite::Row| -> rusqlite::Result<StoredRow> {
            let filters = (0..index.filter_fields.len())
                .map(|i| row.get(3 + i))
                .collect::<rusqlite::Result<_>>()?;
            Ok((row.get(0)?, row.get(1)?, row.get(2)?, filters))
        };
        let columns = index.columns().join(", ");
        if !vectors.loaded {
            let mut statement =
                connection.prepare(&format!("SELECT rowid, {columns} FROM {name}"))?;
            for read in statement.query_map([], row)? {
                let (rowid, id, vector, filters) = read?;
                vectors.put(rowid, id, &vector, filters);
            }
            vectors.loaded = true;
            vectors.stale.clear();
        }
        let mut one = connection.prepare_cached(&format!(
            "SELECT rowid, {columns} FROM {name} WHERE rowid = ?1"
        ))?;
        for rowid in std::mem::take(&mut vectors.stale) {
            match one.query_row(params![rowid], row).optional()? {
                Some((rowid, id, vector, filters)) => vectors.put(rowid, id, &vector, filters),
                None => vectors.remove(rowid),
            }
        }
        let query: Vec<f32> = vector.iter().map(|x| *x as f32).collect();
        Ok(vectors
            .best(&query, limit, filter)
            .into_iter()
            .map(|(row, score)| (vectors.ids[row].clone(), f64::from(score)))
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vectors(rows: &[(i64, &[f32], &str)]) -> Vectors {
        let mut vectors = Vectors::default();
        for (rowid, values, genre) in rows {
            let bytes: Vec<u8> = values.iter().flat_map(|x| x.to_le_bytes()).collect();
            let filters = vec![filter_key(Some(&Value::String(genre.to_string())))];
            vectors.put(*rowid, format!("doc{rowid}"), &bytes, filters);
        }
        vectors
    }

    fn index() -> VectorIndexDef {
        VectorIndexDef {
            name: "by_embedding".into(),
            vector_field: "embedding".into(),
            dimensions: 3,
            filter_fields: vec!["genre".into()],
        }
    }

    #[test]
    fn scores_are_cosine_similarities_best_first() {
        let kept = vectors(&[
            (1, &[1.0, 0.0, 0.0], "comedy"),
            (2, &[0.0, 2.0, 0.0], "drama"),
            (3, &[1.0, 1.0, 0.0], "comedy"),
            (4, &[-3.0, 0.0, 0.0], "drama"),
        ]);
        let best = kept.best(&[2.0, 0.0, 0.0], 10, &VectorFilter::default());
        let ids: Vec<(&str, f32)> = best
            .iter()
            .map(|(row, score)| (kept.ids[*row].as_str(), *score))
            .collect();
        assert_eq!(ids[0], ("doc1", 1.0));
        assert_eq!(ids[1].0, "doc3");
        assert!((ids[1].1 - std::f32::consts::FRAC_1_SQRT_2).abs() < 1e-6);
        assert_eq!(ids[2], ("doc2", 0.0));
        assert_eq!(ids[3], ("doc4", -1.0));
        assert_eq!(
            kept.best(&[2.0, 0.0, 0.0], 2, &VectorFilter::default())
                .len(),
            2
        );
    }

    #[test]
    fn filters_admit_eq_and_or_of_eq_on_filter_fields() {
        let kept = vectors(&[
            (1, &[1.0, 0.0, 0.0], "comedy"),
            (2, &[0.0, 1.0, 0.0], "drama"),
            (3, &[0.0, 0.0, 1.0], "horror"),
        ]);
        let eq = |genre: &str| serde_json::json!({ "$eq": [{ "$field": "genre" }, { "$literal": genre }] });
        let only = VectorFilter::parse(&index(), &eq("drama")).unwrap();
        let found = kept.best(&[1.0, 1.0, 1.0], 10, &only);
        assert_eq!(
            found
                .iter()
                .map(|(r, _)| kept.ids[*r].as_str())
                .collect::<Vec<_>>(),
            ["doc2"]
        );
        let either = VectorFilter::parse(
            &index(),
            &serde_json::json!({ "$or": [eq("comedy"), eq("horror")] }),
        )
        .unwrap();
        assert_eq!(kept.best(&[1.0, 1.0, 1.0], 10, &either).len(), 2);
        let unknown = serde_json::json!({ "$eq": [{ "$field": "year" }, { "$literal": 1 }] });
        let error = VectorFilter::parse(&index(), &unknown).unwrap_err();
        assert!(error.0.contains("no filter field `year`"), "{}", error.0);
        let many = serde_json::json!({ "$or": (0..65).map(|_| eq("drama")).collect::<Vec<_>>() });
        assert!(VectorFilter::parse(&index(), &many).is_err());
    }

    #[test]
    fn a_removed_row_is_replaced_by_the_last() {
        let mut kept = vectors(&[
            (1, &[1.0, 0.0, 0.0], "a"),
            (2, &[0.0, 1.0, 0.0], "b"),
            (3, &[0.0, 0.0, 1.0], "c"),
        ]);
        kept.remove(1);
        let best = kept.best(&[0.0, 0.0, 1.0], 1, &VectorFilter::default());
        assert_eq!(kept.ids[best[0].0], "doc3");
        assert_eq!(best[0].1, 1.0);
        assert_eq!(kept.ids.len(), 2);
        kept.remove(3);
        kept.remove(2);
        assert!(kept.values.is_empty() && kept.slots.is_empty());
    }
}
