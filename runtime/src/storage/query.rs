//! Queries as the `convex` package serializes them (`1.0/queryStream`): a source (a full
//! table scan or an index range) walked in key order, then filters and a limit. Documents
//! are fetched in batches, so `first()` reads one batch whatever the table's size.

use std::collections::{BTreeMap, VecDeque};
use std::ops::Bound;

use serde_json::Value as Json;

use super::{
    field_path, Document, IndexDef, Result, StorageError, Store, TableId, BY_CREATION_TIME,
};
use crate::values::index_key::{append_key_part, compare_undefined_or, prefix_end};
use crate::values::Value;

/// One bound of an index range on the field after the equalities (`None`: `undefined`).
#[derive(Debug, Clone, PartialEq)]
pub enum RangeBound {
    Gt(Option<Value>),
    Gte(Option<Value>),
    Lt(Option<Value>),
    Lte(Option<Value>),
}

/// `withIndex(name, q => q.eq(a, x).gt(b, y))`: equalities on a prefix of the index's
/// fields, then at most a lower and an upper bound on the next one.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IndexRange {
    /// `None` is `q.eq(field, undefined)`: documents without the field.
    pub equal: Vec<Option<Value>>,
    pub bounds: Vec<RangeBound>,
}

impl IndexRange {
    /// The key interval the range covers.
    pub fn key_bounds(&self) -> (Bound<Vec<u8>>, Bound<Vec<u8>>) {
        let mut prefix = Vec::new();
        for value in &self.equal {
            append_key_part(value.as_ref(), &mut prefix);
        }
        let after_all = |key: &[u8]| prefix_end(key).map_or(Bound::Unbounded, Bound::Excluded);
        let mut lower = Bound::Included(prefix.clone());
        let mut upper = after_all(&prefix);
        for bound in &self.bounds {
            let mut key = prefix.clone();
            let value = match bound {
                RangeBound::Gt(v) | RangeBound::Gte(v) | RangeBound::Lt(v) | RangeBound::Lte(v) => {
                    v
                }
            };
            append_key_part(value.as_ref(), &mut key);
            match bound {
                RangeBound::Gte(_) => lower = Bound::Included(key),
                // Keys extend the value with `_creationTime` and `_id`: "greater than v" starts
                // after every key that begins with v.
                RangeBound::Gt(_) => {
                    lower = prefix_end(&key).map_or(Bound::Excluded(key), Bound::Included)
                }
                RangeBound::Lt(_) => upper = Bound::Excluded(key),
                RangeBound::Lte(_) => upper = after_all(&key),
            }
        }
        (lower, upper)
    }
}

/// A query being read, one document at a time.
pub struct QueryStream {
    table: Option<u32>,
    index: String,
    lower: Bound<Vec<u8>>,
    upper: Bound<Vec<u8>>,
    descending: bool,
    filters: Vec<Json>,
    limit: Option<usize>,
    returned: usize,
    buffer: VecDeque<String>,
    exhausted: bool,
    /// Chosen documents rather than an index walk (see [`Self::of_ids`]).
    positional: bool,
    consumed: usize,
}

/// How many index entries one database read fetches.
const BATCH: usize = 64;

impl QueryStream {
    /// A stream over `table` (None: the table does not exist yet, so nothing matches).
    pub fn new(
        table: Option<u32>,
        index: &str,
        range: &IndexRange,
        descending: bool,
        filters: Vec<Json>,
        limit: Option<usize>,
    ) -> Self {
        let (lower, upper) = range.key_bounds();
        Self {
            table,
            index: index.to_string(),
            lower,
            upper,
            descending,
            filters,
            limit,
            returned: 0,
            buffer: VecDeque::new(),
            exhausted: table.is_none(),
            positional: false,
            consumed: 0,
        }
    }

    /// A full table scan in `_creationTime` order.
    pub fn full_scan(
        table: Option<u32>,
        descending: bool,
        filters: Vec<Json>,
        limit: Option<usize>,
    ) -> Self {
        Self::new(
            table,
            BY_CREATION_TIME,
            &IndexRange::default(),
            descending,
            filters,
            limit,
        )
    }

    /// A stream over documents already chosen, in order (a search's results).
    pub fn of_ids(ids: Vec<String>, filters: Vec<Json>, limit: Option<usize>) -> Self {
        Self {
            table: None,
            index: String::new(),
            lower: Bound::Unbounded,
            upper: Bound::Unbounded,
            descending: false,
            filters,
            limit,
            returned: 0,
            buffer: ids.into(),
            exhausted: true,
            positional: true,
            consumed: 0,
        }
    }

    /// Where a page ends: the index key of the last document (`None` for a stream of
    /// chosen documents, whose cursor is [`Self::position`]).
    pub fn is_positional(&self) -> bool {
        self.positional
    }

    /// How many documents of a stream of chosen documents were read (matched or not).
    pub fn position(&self) -> usize {
        self.consumed
    }

    /// Continues after the entry with index key `key` (a pagination cursor); for a stream
    /// of chosen documents, after the first `key` (big-endian) of them.
    pub fn resume_after(&mut self, key: Vec<u8>) {
        if self.positional {
            let skip = key
                .try_into()
                .map(|bytes: [u8; 8]| u64::from_be_bytes(bytes) as usize)
                .unwrap_or_default();
            let skip = skip.min(self.buffer.len());
            self.buffer.drain(..skip);
            self.consumed = skip;
            return;
        }
        if self.descending {
            self.upper = Bound::Excluded(key);
        } else {
            self.lower = Bound::Excluded(key);
        }
    }

    /// The next matching document, or None at the end.
    pub fn next(&mut self, store: &Store) -> Result<Option<Document>> {
        self.next_text(store)?
            .map(|(table, json)| {
                Ok(Document {
                    table,
                    value: super::parse_document(&json)?,
                })
            })
            .transpose()
    }

    /// The next matching document as stored (JSON export form text), or None at the end.
    pub fn next_text(&mut self, store: &Store) -> Result<Option<(TableId, String)>> {
        loop {
            if self.limit.is_some_and(|limit| self.returned >= limit) {
                return Ok(None);
            }
            if self.buffer.is_empty() && !self.fill(store)? {
                return Ok(None);
            }
            let Some(id) = self.buffer.pop_front() else {
                return Ok(None);
            };
            self.consumed += 1;
            let Some((table, json)) = store.get_text(&id)? else {
                continue;
            };
            if self.filters.is_empty() || self.matches(&super::parse_document(&json)?)? {
                self.returned += 1;
                return Ok(Some((table, json)));
            }
        }
    }

    /// Reads the next batch of the index; false when there is nothing left.
    fn fill(&mut self, store: &Store) -> Result<bool> {
        let Some(table) = self.table.filter(|_| !self.exhausted) else {
            return Ok(false);
        };
        let entries = store.scan(
            table,
            &self.index,
            &self.lower,
            &self.upper,
            self.descending,
            BATCH,
        )?;
        if entries.len() < BATCH {
            self.exhausted = true;
        }
        if let Some((last, _)) = entries.last() {
            // The next batch starts after the last key read.
            if self.descending {
                self.upper = Bound::Excluded(last.clone());
            } else {
                self.lower = Bound::Excluded(last.clone());
            }
        }
        self.buffer.extend(entries.into_iter().map(|(_, id)| id));
        Ok(!self.buffer.is_empty())
    }

    fn matches(&self, document: &BTreeMap<String, Value>) -> Result<bool> {
        for filter in &self.filters {
            if evaluate(filter, document)? != Some(Value::Boolean(true)) {
                return Ok(false);
            }
        }
        Ok(true)
    }
}

/// An index of `indexes` by name, or by_creation_time.
pub fn find_index<'a>(indexes: &'a [IndexDef], name: &str) -> Option<&'a IndexDef> {
    indexes.iter().find(|index| index.name == name)
}

/// Evaluates a serialized filter expression (`{"$eq": [a, b]}`, `{"$field": "a.b"}`,
/// `{"$literal": v}`, …); `None` is `undefined`.
pub fn evaluate(expression: &Json, document: &BTreeMap<String, Value>) -> Result<Option<Value>> {
    let invalid = || StorageError(format!("invalid filter expression: {expression}"));
    let object = expression.as_object().ok_or_else(invalid)?;
    let (operator, operand) = object.iter().next().ok_or_else(invalid)?;
    let operands = |count: usize| -> Result<Vec<Option<Value>>> {
        let list = operand
            .as_array()
            .filter(|l| l.len() == count)
            .ok_or_else(invalid)?;
        list.iter().map(|e| evaluate(e, document)).collect()
    };
    let boolean = |b: bool| Ok(Some(Value::Boolean(b)));
    match operator.as_str() {
        "$literal" => {
            Value::from_json_or_undefined(operand).map_err(|e| StorageError(e.to_string()))
        }
        "$field" => Ok(operand
            .as_str()
            .and_then(|path| field_path(document, path))
            .cloned()),
        "$eq" | "$neq" | "$lt" | "$lte" | "$gt" | "$gte" => {
            let values = operands(2)?;
            let order = compare_undefined_or(values[0].as_ref(), values[1].as_ref());
            boolean(match operator.as_str() {
                "$eq" => order.is_eq(),
                "$neq" => order.is_ne(),
                "$lt" => order.is_lt(),
                "$lte" => order.is_le(),
                "$gt" => order.is_gt(),
                _ => order.is_ge(),
            })
        }
        "$and" | "$or" => {
            let list = operand.as_array().ok_or_else(invalid)?;
            let mut result = operator == "$and";
            for item in list {
                let value = matches!(evaluate(item, document)?, Some(Value::Boolean(true)));
                result = if operator == "$and" {
                    result && value
                } else {
                    result || value
                };
            }
            boolean(result)
        }
        "$not" => boolean(!matches!(
            evaluate(operand, document)?,
            Some(Value::Boolean(true))
        )),
        "$neg" => match evaluate(operand, document)? {
            Some(Value::Float64(n)) => Ok(Some(Value::Float64(-n))),
            Some(Value::Int64(n)) => Ok(Some(Value::Int64(n.wrapping_neg()))),
            _ => Err(StorageError("`neg` needs a number".into())),
        },
        "$add" | "$sub" | "$mul" | "$div" | "$mod" => {
            let values = operands(2)?;
            arithmetic(operator, values[0].as_ref(), values[1].as_ref())
        }
        _ => Err(invalid()),
    }
}

fn arithmetic(operator: &str, a: Option<&Value>, b: Option<&Value>) -> Result<Option<Value>> {
    match (a, b) {
        (Some(Value::Float64(a)), Some(Value::Float64(b))) => {
            Ok(Some(Value::Float64(match operator {
                "$add" => a + b,
                "$sub" => a - b,
                "$mul" => a * b,
                "$div" => a / b,
                _ => a % b,
            })))
        }
        (Some(Value::Int64(a)), Some(Value::Int64(b))) => {
            let result = match operator {
                "$add" => a.checked_add(*b),
                "$sub" => a.checked_sub(*b),
                "$mul" => a.checked_mul(*b),
                "$div" => a.checked_div(*b),
                _ => a.checked_rem(*b),
            };
            result.map(|n| Some(Value::Int64(n))).ok_or_else(|| {
                StorageError(format!(
                    "int64 arithmetic overflowed or divided by zero in `{operator}`"
                ))
            })
        }
        _ => Err(StorageError(format!(
            "`{}` needs two numbers of the same type",
            operator.trim_start_matches('$')
        ))),
    }
}
