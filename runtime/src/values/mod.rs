//! Convex values: the data model of function arguments, return values and documents.
//!
//! Everything the runtime moves between QuickJS, SQLite and the CLI is a [`Value`]. Values
//! cross those boundaries in Convex's JSON export form (`convexToJson` / `jsonToConvex` in
//! the `convex` npm package), which this module implements exactly so that a value
//! round-trips through the official client code unchanged:
//!
//! * `int64` becomes `{"$integer": <base64 of the 8 little-endian bytes>}`,
//! * bytes become `{"$bytes": <base64>}`,
//! * NaN, ±Infinity and -0 become `{"$float": <base64 of the 8 little-endian bytes>}`; every
//!   other float is a plain JSON number,
//! * object field names must be non-control ASCII, at most 1024 characters, and must not
//!   start with `$` (that prefix is reserved for the encodings above).
//!
//! Objects keep their fields in a [`BTreeMap`] because Convex compares, encodes and prints
//! objects by sorted field name. Equality and ordering on [`Value`] follow Convex's total
//! order ([`index_key::compare`]), so, unlike `f64`, `NaN == NaN` (same bits) and
//! `-0.0 != 0.0`, which is what literal validators and index keys need.
//!
//! Sibling modules: [`validate`](mod@validate) checks values against validators, [`index_key`] encodes
//! values into order-preserving bytes for SQLite indexes, [`id`] formats document IDs.

pub mod id;
pub mod index_key;
pub mod validate;

use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::fmt;
use std::hash::{Hash, Hasher};

use base64::alphabet;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig, STANDARD};
use base64::engine::DecodePaddingMode;
use base64::Engine;
use serde_json::{Map, Number, Value as Json};

pub use id::{decode_id, decode_id_parts, new_id};
pub use index_key::{compare, compare_undefined_or, encode_key, encode_undefined_or, prefix_end};
pub use validate::{
    validate, validate_with, FieldValidator, InvalidValidator, ValidationError, Validator,
};

/// The longest field name Convex accepts.
pub const MAX_FIELD_NAME_LEN: usize = 1024;

/// The deepest nesting Convex accepts: a scalar has nesting 0, an array of scalars 1, …
pub const MAX_NESTING: usize = 64;

/// `{"$commitTs": null}` is the placeholder a mutation writes for its own commit timestamp;
/// it is resolved before anything is stored, so it never reaches this layer as a value.
const COMMIT_TS_UNSUPPORTED: &str = "Received an unresolved commit timestamp placeholder \
     ({\"$commitTs\": null}), which is not a storable Convex value.";

/// Integral floats below this magnitude print as JSON integers, as JavaScript prints them.
const MAX_SAFE_INTEGER_F64: f64 = 9_007_199_254_740_992.0;

/// A Convex value.
///
/// There is no `undefined`: a missing object field is simply absent, and index keys model a
/// missing field with `Option<&Value>` (see [`index_key::encode_undefined_or`]).
#[derive(Debug, Clone)]
pub enum Value {
    Null,
    /// `bigint` in JavaScript, `v.int64()`.
    Int64(i64),
    /// `number` in JavaScript, `v.float64()` / `v.number()`.
    Float64(f64),
    Boolean(bool),
    String(String),
    /// `ArrayBuffer` in JavaScript, `v.bytes()`.
    Bytes(Vec<u8>),
    Array(Vec<Value>),
    /// Fields sorted by name (byte order, which for valid ASCII field names is also
    /// JavaScript's default string order).
    Object(BTreeMap<String, Value>),
}

/// A value that is not a valid Convex value, or JSON that is not a valid export form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueError {
    message: String,
}

impl ValueError {
    fn new(message: impl Into<String>) -> Self {
        ValueError {
            message: message.into(),
        }
    }

    /// The message, worded as the `convex` package words it where it has one.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for ValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ValueError {}

/// Base64 as the `convex` package decodes it: padding required (the length must be a
/// multiple of 4) and unused trailing bits tolerated. URL-safe characters are mapped to the
/// standard ones first, as the package's decoder also accepts them.
const LENIENT_BASE64: GeneralPurpose = GeneralPurpose::new(
    &alphabet::STANDARD,
    GeneralPurposeConfig::new()
        .with_decode_allow_trailing_bits(true)
        .with_decode_padding_mode(DecodePaddingMode::RequireCanonical),
);

fn decode_base64(encoded: &str, what: &str) -> Result<Vec<u8>, ValueError> {
    let normalized: String = encoded
        .chars()
        .map(|c| match c {
            '-' => '+',
            '_' => '/',
            c => c,
        })
        .collect();
    LENIENT_BASE64
        .decode(normalized)
        .map_err(|e| ValueError::new(format!("Malformed base64 in {what} field {encoded:?}: {e}")))
}

fn decode_eight_bytes(encoded: &str, what: &str) -> Result<[u8; 8], ValueError> {
    let bytes = decode_base64(encoded, what)?;
    <[u8; 8]>::try_from(bytes.as_slice()).map_err(|_| {
        ValueError::new(format!(
            "Received {} bytes, expected 8 for {what}",
            bytes.len()
        ))
    })
}

/// Whether a float needs the `$float` encoding: it cannot be written as a JSON number (or,
/// for -0, would lose its sign).
fn is_special_float(f: f64) -> bool {
    !f.is_finite() || (f == 0.0 && f.is_sign_negative())
}

/// Checks an object field name the way `convexToJson` / `jsonToConvex` do.
pub fn validate_field_name(name: &str) -> Result<(), ValueError> {
    // The package measures UTF-16 code units; any non-ASCII name is rejected below anyway.
    if name.encode_utf16().count() > MAX_FIELD_NAME_LEN {
        return Err(ValueError::new(format!(
            "Field name {name} exceeds maximum field name length {MAX_FIELD_NAME_LEN}."
        )));
    }
    if name.starts_with('$') {
        return Err(ValueError::new(format!(
            "Field name {name} starts with a '$', which is reserved."
        )));
    }
    if let Some(c) = name.chars().find(|c| !(' '..='~').contains(c)) {
        return Err(ValueError::new(format!(
            "Field name {name} has invalid character '{c}': Field names can only contain \
             non-control ASCII characters"
        )));
    }
    Ok(())
}

/// A finite, non-negative-zero float as a JSON number, integral ones as integers so the JSON
/// prints as JavaScript prints it (`1`, not `1.0`).
fn float_to_json_number(f: f64) -> Json {
    if f.fract() == 0.0 && f.abs() < MAX_SAFE_INTEGER_F64 {
        // Exact: the float is an integer well inside the i64 range.
        Json::Number(Number::from(f as i64))
    } else {
        Number::from_f64(f).map_or(Json::Null, Json::Number)
    }
}

fn single_entry_object(key: &str, value: Json) -> Json {
    let mut map = Map::new();
    map.insert(key.to_owned(), value);
    Json::Object(map)
}

impl Value {
    /// Like [`Value::from_json`], reading `{"$undefined": null}` (how queries and patches
    /// send `undefined`) as `None`.
    pub fn from_json_or_undefined(json: &Json) -> Result<Option<Value>, ValueError> {
        if json
            .as_object()
            .is_some_and(|o| o.contains_key("$undefined"))
        {
            return Ok(None);
        }
        Value::from_json(json).map(Some)
    }

    /// Parses Convex's JSON export form, exactly as `jsonToConvex` does: JSON numbers are
    /// always float64, `$integer` / `$bytes` / `$float` objects decode to their types, and
    /// every other object must have valid field names.
    ///
    /// Also rejects values nested deeper than [`MAX_NESTING`], as the Convex backend does.
    pub fn from_json(json: &Json) -> Result<Value, ValueError> {
        Self::from_json_at(json, 0)
    }

    fn from_json_at(json: &Json, nesting: usize) -> Result<Value, ValueError> {
        let nested = || -> Result<usize, ValueError> {
            let nesting = nesting + 1;
            if nesting > MAX_NESTING {
                return Err(ValueError::new(format!(
                    "Value is too nested (nested at least {nesting} levels deep > maximum \
                     nesting {MAX_NESTING})"
                )));
            }
            Ok(nesting)
        };
        Ok(match json {
            Json::Null => Value::Null,
            Json::Bool(b) => Value::Boolean(*b),
            Json::Number(n) => Value::Float64(
                n.as_f64()
                    .ok_or_else(|| ValueError::new(format!("Unexpected number {n}")))?,
            ),
            Json::String(s) => Value::String(s.clone()),
            Json::Array(items) => {
                let nesting = nested()?;
                Value::Array(
                    items
                        .iter()
                        .map(|item| Self::from_json_at(item, nesting))
                        .collect::<Result<_, _>>()?,
                )
            }
            Json::Object(map) => {
                if let Some(value) = Self::special_object_from_json(map)? {
                    return Ok(value);
                }
                let nesting = nested()?;
                let mut fields = BTreeMap::new();
                for (name, value) in map {
                    validate_field_name(name)?;
                    fields.insert(name.clone(), Self::from_json_at(value, nesting)?);
                }
                Value::Object(fields)
            }
        })
    }

    /// The `{"$integer": …}`-style objects; `None` for an ordinary object.
    fn special_object_from_json(map: &Map<String, Json>) -> Result<Option<Value>, ValueError> {
        let mut entries = map.iter();
        let (Some((key, value)), None) = (entries.next(), entries.next()) else {
            return Ok(None);
        };
        let as_string = |what: &str| {
            value.as_str().ok_or_else(|| {
                ValueError::new(format!(
                    "Malformed {what} field on {}",
                    Json::Object(map.clone())
                ))
            })
        };
        let fail = |message: &str| Err(ValueError::new(message));
        let value = match key.as_str() {
            "$bytes" => Value::Bytes(decode_base64(as_string("$bytes")?, "$bytes")?),
            "$integer" => {
                let bytes = decode_eight_bytes(as_string("$integer")?, "$integer")?;
                Value::Int64(i64::from_le_bytes(bytes))
            }
            "$float" => {
                let f = f64::from_le_bytes(decode_eight_bytes(as_string("$float")?, "$float")?);
                if !is_special_float(f) {
                    let number = js_number(f);
                    return fail(&format!("Float {number} should be encoded as a number"));
                }
                Value::Float64(f)
            }
            "$set" => return fail("Received a Set which is no longer supported as a Convex type."),
            "$map" => return fail("Received a Map which is no longer supported as a Convex type."),
            "$commitTs" => return fail(COMMIT_TS_UNSUPPORTED),
            _ => return Ok(None),
        };
        Ok(Some(value))
    }

    /// Converts to Convex's JSON export form, exactly as `convexToJson` does, including its
    /// check of every object field name.
    pub fn to_json(&self) -> Result<Json, ValueError> {
        self.check_field_names()?;
        Ok(self.to_plain_json())
    }

    /// Checks every object field name in the value with [`validate_field_name`].
    pub fn check_field_names(&self) -> Result<(), ValueError> {
        match self {
            Value::Array(items) => items.iter().try_for_each(Value::check_field_names),
            Value::Object(fields) => fields.iter().try_for_each(|(name, value)| {
                validate_field_name(name)?;
                value.check_field_names()
            }),
            _ => Ok(()),
        }
    }

    /// The export form without the field-name check, for printing. This is what
    /// `npx convex run` prints when its output is not a terminal
    /// (`JSON.stringify(convexToJson(result), null, 2)`); [`Value::to_cli_string`] gives that
    /// exact text.
    pub fn to_plain_json(&self) -> Json {
        match self {
            Value::Null => Json::Null,
            Value::Int64(i) => {
                single_entry_object("$integer", Json::String(STANDARD.encode(i.to_le_bytes())))
            }
            Value::Float64(f) if is_special_float(*f) => {
                single_entry_object("$float", Json::String(STANDARD.encode(f.to_le_bytes())))
            }
            Value::Float64(f) => float_to_json_number(*f),
            Value::Boolean(b) => Json::Bool(*b),
            Value::String(s) => Json::String(s.clone()),
            Value::Bytes(bytes) => {
                single_entry_object("$bytes", Json::String(STANDARD.encode(bytes)))
            }
            Value::Array(items) => Json::Array(items.iter().map(Value::to_plain_json).collect()),
            Value::Object(fields) => Json::Object(
                fields
                    .iter()
                    .map(|(name, value)| (name.clone(), value.to_plain_json()))
                    .collect(),
            ),
        }
    }

    /// The backend's clean JSON export (the HTTP API's `format: "json"`): int64 as a decimal
    /// string, bytes as base64, NaN and ±Infinity as strings. Lossy, readable.
    pub fn to_clean_json(&self) -> Json {
        match self {
            Value::Null => Json::Null,
            Value::Int64(i) => Json::String(i.to_string()),
            Value::Float64(f) if f.is_nan() => Json::String("NaN".into()),
            Value::Float64(f) if f.is_infinite() => {
                Json::String(if *f > 0.0 { "Infinity" } else { "-Infinity" }.into())
            }
            Value::Float64(f) => serde_json::Number::from_f64(*f).map_or(Json::Null, Json::Number),
            Value::Boolean(b) => Json::Bool(*b),
            Value::String(s) => Json::String(s.clone()),
            Value::Bytes(bytes) => Json::String(STANDARD.encode(bytes)),
            Value::Array(items) => Json::Array(items.iter().map(Value::to_clean_json).collect()),
            Value::Object(fields) => Json::Object(
                fields
                    .iter()
                    .map(|(name, value)| (name.clone(), value.to_clean_json()))
                    .collect(),
            ),
        }
    }

    /// The exact text `npx convex run` prints for this value when stdout is not a terminal:
    /// `JSON.stringify(convexToJson(value), null, 2)`, numbers formatted as JavaScript
    /// formats them.
    pub fn to_cli_string(&self) -> String {
        let mut out = String::new();
        write_js_json(&self.to_plain_json(), 0, &mut out);
        out
    }

    /// The type's name as Convex validators spell it (`"float64"`, `"int64"`, …).
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Int64(_) => "int64",
            Value::Float64(_) => "float64",
            Value::Boolean(_) => "boolean",
            Value::String(_) => "string",
            Value::Bytes(_) => "bytes",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
        }
    }

    /// The string, if this is a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The fields, if this is an object.
    pub fn as_object(&self) -> Option<&BTreeMap<String, Value>> {
        match self {
            Value::Object(fields) => Some(fields),
            _ => None,
        }
    }
}

/// Formats a finite number the way JavaScript's `String(n)` does.
fn js_number(f: f64) -> String {
    convexkit_analysis::validator::js_number(f)
}

/// Writes JSON as `JSON.stringify(json, null, 2)` does.
fn write_js_json(json: &Json, indent: usize, out: &mut String) {
    fn newline(indent: usize, out: &mut String) {
        out.push('\n');
        out.extend(std::iter::repeat_n(' ', indent));
    }
    match json {
        Json::Null => out.push_str("null"),
        Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Json::Number(n) => match n.as_f64() {
            Some(f) => out.push_str(&js_number(f)),
            None => out.push_str(&n.to_string()),
        },
        Json::String(s) => out.push_str(&Json::String(s.clone()).to_string()),
        Json::Array(items) if items.is_empty() => out.push_str("[]"),
        Json::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(indent + 2, out);
                write_js_json(item, indent + 2, out);
            }
            newline(indent, out);
            out.push(']');
        }
        Json::Object(map) if map.is_empty() => out.push_str("{}"),
        Json::Object(map) => {
            out.push('{');
            for (i, (key, value)) in map.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(indent + 2, out);
                out.push_str(&Json::String(key.clone()).to_string());
                out.push_str(": ");
                write_js_json(value, indent + 2, out);
            }
            newline(indent, out);
            out.push('}');
        }
    }
}

/// Formats a value as the Convex backend does in error messages (`Value: 1.0`,
/// `Object: {a: "x"}`): floats in Rust's debug form, strings quoted, bytes as `b"<base64>"`,
/// object fields unquoted in sorted order.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => f.write_str("null"),
            Value::Int64(i) => write!(f, "{i}"),
            Value::Float64(x) => write!(f, "{x:?}"),
            Value::Boolean(b) => write!(f, "{b}"),
            Value::String(s) => write!(f, "{s:?}"),
            Value::Bytes(bytes) => write!(f, "b{:?}", STANDARD.encode(bytes)),
            Value::Array(items) => {
                f.write_str("[")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{item}")?;
                }
                f.write_str("]")
            }
            Value::Object(fields) => display_object(fields, f),
        }
    }
}

fn display_object(fields: &BTreeMap<String, Value>, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    f.write_str("{")?;
    for (i, (name, value)) in fields.iter().enumerate() {
        if i > 0 {
            f.write_str(", ")?;
        }
        write!(f, "{name}: {value}")?;
    }
    f.write_str("}")
}

impl PartialEq for Value {
    fn eq(&self, other: &Self) -> bool {
        compare(self, other) == Ordering::Equal
    }
}

impl Eq for Value {}

impl PartialOrd for Value {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Convex's total order across all values (see [`index_key::compare`]).
impl Ord for Value {
    fn cmp(&self, other: &Self) -> Ordering {
        compare(self, other)
    }
}

/// Consistent with `Eq`: equal values have equal index-key encodings.
impl Hash for Value {
    fn hash<H: Hasher>(&self, state: &mut H) {
        encode_key(std::slice::from_ref(self)).hash(state);
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Self {
        Value::Int64(i)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Self {
        Value::Float64(f)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Boolean(b)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::String(s.to_owned())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::String(s)
    }
}

impl From<Vec<u8>> for Value {
    fn from(bytes: Vec<u8>) -> Self {
        Value::Bytes(bytes)
    }
}

impl From<Vec<Value>> for Value {
    fn from(items: Vec<Value>) -> Self {
        Value::Array(items)
    }
}

impl From<BTreeMap<String, Value>> for Value {
    fn from(fields: BTreeMap<String, Value>) -> Self {
        Value::Object(fields)
    }
}

/// Proptest strategies shared by the sibling modules' tests.
#[cfg(test)]
pub(crate) mod testing {
    use super::*;
    use proptest::prelude::*;

    /// An object value from its fields.
    pub fn obj(fields: &[(&str, Value)]) -> Value {
        Value::Object(
            fields
                .iter()
                .map(|(k, v)| ((*k).to_owned(), v.clone()))
                .collect(),
        )
    }

    /// Test configuration: `cases` cases, and no regression files written outside this
    /// folder (failures found are pinned as unit tests instead).
    pub fn config(cases: u32) -> ProptestConfig {
        ProptestConfig {
            cases,
            failure_persistence: None,
            ..ProptestConfig::default()
        }
    }

    /// Floats with every interesting case well represented: specials, NaN payloads of both
    /// signs, small integers (so ties happen) and arbitrary bit patterns.
    pub fn arb_f64() -> impl Strategy<Value = f64> {
        prop_oneof![
            Just(0.0),
            Just(-0.0),
            Just(f64::INFINITY),
            Just(f64::NEG_INFINITY),
            Just(f64::NAN),
            Just(-f64::NAN),
            (-3i32..=3).prop_map(f64::from),
            any::<f64>(),
            any::<u64>().prop_map(f64::from_bits),
        ]
    }

    /// Valid field names, biased towards a few short ones so objects share fields.
    pub fn arb_field_name() -> impl Strategy<Value = String> {
        prop_oneof![
            Just(String::new()),
            Just("a".to_owned()),
            Just("ab".to_owned()),
            Just("b".to_owned()),
            "[ -#%-~][ -~]{0,6}",
        ]
    }

    fn arb_string() -> impl Strategy<Value = String> {
        prop_oneof![
            Just(String::new()),
            Just("a".to_owned()),
            Just("a\u{0}".to_owned()),
            Just("ab".to_owned()),
            Just("\u{ffff}".to_owned()),
            Just("\u{10000}".to_owned()),
            any::<String>(),
        ]
    }

    fn arb_bytes() -> impl Strategy<Value = Vec<u8>> {
        prop_oneof![
            prop::collection::vec(prop_oneof![Just(0u8), Just(1u8), Just(0xff)], 0..4),
            prop::collection::vec(any::<u8>(), 0..8),
        ]
    }

    pub fn arb_scalar() -> impl Strategy<Value = Value> {
        prop_oneof![
            Just(Value::Null),
            (-2i64..=2).prop_map(Value::Int64),
            any::<i64>().prop_map(Value::Int64),
            arb_f64().prop_map(Value::Float64),
            any::<bool>().prop_map(Value::Boolean),
            arb_string().prop_map(Value::String),
            arb_bytes().prop_map(Value::Bytes),
        ]
    }

    /// Arbitrary valid Convex values, a few levels deep.
    pub fn arb_value() -> impl Strategy<Value = Value> {
        arb_scalar().prop_recursive(4, 32, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                prop::collection::btree_map(arb_field_name(), inner, 0..4).prop_map(Value::Object),
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::testing::{arb_value, obj};
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    #[test]
    fn int64_uses_little_endian_base64() {
        // 1n is the bytes 01 00 .. 00; -1n is all ones. These match convexToJson's output.
        assert_eq!(
            Value::Int64(1).to_json().unwrap(),
            json!({"$integer": "AQAAAAAAAAA="})
        );
        assert_eq!(
            Value::Int64(-1).to_json().unwrap(),
            json!({"$integer": "//////////8="})
        );
        assert_eq!(
            Value::Int64(i64::MIN).to_json().unwrap(),
            json!({"$integer": "AAAAAAAAAIA="})
        );
        assert_eq!(
            Value::from_json(&json!({"$integer": "AAAAAAAAAIA="})).unwrap(),
            Value::Int64(i64::MIN)
        );
    }

    #[test]
    fn special_floats_use_float_encoding() {
        assert_eq!(
            Value::Float64(f64::NAN).to_json().unwrap(),
            json!({"$float": "AAAAAAAA+H8="})
        );
        assert_eq!(
            Value::Float64(f64::INFINITY).to_json().unwrap(),
            json!({"$float": "AAAAAAAA8H8="})
        );
        assert_eq!(
            Value::Float64(f64::NEG_INFINITY).to_json().unwrap(),
            json!({"$float": "AAAAAAAA8P8="})
        );
        assert_eq!(
            Value::Float64(-0.0).to_json().unwrap(),
            json!({"$float": "AAAAAAAAAIA="})
        );
        let back = Value::from_json(&json!({"$float": "AAAAAAAAAIA="})).unwrap();
        assert!(matches!(back, Value::Float64(f) if f == 0.0 && f.is_sign_negative()));
    }

    #[test]
    fn ordinary_floats_are_json_numbers() {
        assert_eq!(Value::Float64(1.5).to_json().unwrap(), json!(1.5));
        // Integral floats print as JavaScript prints them.
        assert_eq!(Value::Float64(3.0).to_json().unwrap(), json!(3));
        assert_eq!(Value::Float64(0.0).to_json().unwrap(), json!(0));
        assert_eq!(Value::Float64(1e300).to_json().unwrap(), json!(1e300));
        // JSON numbers are always float64, even when written as integers.
        assert_eq!(Value::from_json(&json!(3)).unwrap(), Value::Float64(3.0));
        assert_ne!(Value::from_json(&json!(3)).unwrap(), Value::Int64(3));
    }

    #[test]
    fn finite_float_in_float_encoding_is_rejected() {
        let one = STANDARD.encode(1.0f64.to_le_bytes());
        let err = Value::from_json(&json!({ "$float": one })).unwrap_err();
        assert_eq!(err.message(), "Float 1 should be encoded as a number");
    }

    #[test]
    fn bytes_round_trip_and_accept_url_safe_base64() {
        let value = Value::Bytes(vec![0xfb, 0xff, 0x00]);
        assert_eq!(value.to_json().unwrap(), json!({"$bytes": "+/8A"}));
        assert_eq!(Value::from_json(&json!({"$bytes": "-_8A"})).unwrap(), value);
        assert_eq!(
            Value::from_json(&json!({"$bytes": ""})).unwrap(),
            Value::Bytes(vec![])
        );
    }

    #[test]
    fn malformed_special_objects_are_errors() {
        for (json, needle) in [
            (json!({"$integer": 5}), "Malformed $integer field"),
            (json!({"$bytes": null}), "Malformed $bytes field"),
            (
                json!({"$integer": "AQ=="}),
                "Received 1 bytes, expected 8 for $integer",
            ),
            (
                json!({"$float": "AAAA"}),
                "Received 3 bytes, expected 8 for $float",
            ),
            (json!({"$bytes": "abc"}), "Malformed base64"),
            (json!({"$bytes": "ab!="}), "Malformed base64"),
            (json!({"$set": []}), "Set which is no longer supported"),
            (json!({"$map": []}), "Map which is no longer supported"),
            (json!({"$commitTs": null}), "commit timestamp"),
            (
                json!({"$integer": "AQAAAAAAAAA=", "x": 1}),
                "starts with a '$'",
            ),
            (json!({"$undefined": null}), "starts with a '$'"),
        ] {
            let err = Value::from_json(&json).unwrap_err();
            assert!(err.message().contains(needle), "{json}: {err}");
        }
    }

    #[test]
    fn field_names_are_checked_both_ways() {
        let err = Value::from_json(&json!({"a": {"$b": 1}})).unwrap_err();
        assert_eq!(
            err.message(),
            "Field name $b starts with a '$', which is reserved."
        );
        let err = Value::from_json(&json!({"é": 1})).unwrap_err();
        assert!(err.message().contains("invalid character 'é'"), "{err}");
        let err = Value::from_json(&json!({"a\nb": 1})).unwrap_err();
        assert!(err.message().contains("non-control ASCII"), "{err}");
        let long = "x".repeat(MAX_FIELD_NAME_LEN + 1);
        let err = Value::from_json(&json!({ long: 1 })).unwrap_err();
        assert!(err
            .message()
            .contains("exceeds maximum field name length 1024"));
        assert!(Value::from_json(&json!({ "x".repeat(MAX_FIELD_NAME_LEN): 1 })).is_ok());

        let bad = obj(&[("$x", Value::Null)]);
        assert!(bad.to_json().is_err());
        // Printing never fails.
        assert_eq!(bad.to_plain_json(), json!({"$x": null}));
    }

    #[test]
    fn nesting_is_limited() {
        let mut json = json!(1);
        for _ in 0..MAX_NESTING {
            json = json!([json]);
        }
        assert!(Value::from_json(&json).is_ok());
        let err = Value::from_json(&json!({ "a": json })).unwrap_err();
        assert!(err.message().contains("too nested"), "{err}");
    }

    #[test]
    fn objects_are_sorted_and_round_trip() {
        let json = json!({"b": 1, "a": [null, true, "s"], "c": {"$bytes": "AQI="}});
        let value = Value::from_json(&json).unwrap();
        let keys: Vec<&str> = value
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, ["a", "b", "c"]);
        let back = value.to_json().unwrap();
        let back_keys: Vec<&str> = back
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(back_keys, ["a", "b", "c"]);
        assert_eq!(
            back,
            json!({"a": [null, true, "s"], "b": 1, "c": {"$bytes": "AQI="}})
        );
    }

    #[test]
    fn cli_string_matches_json_stringify() {
        let value = obj(&[
            ("n", Value::Float64(1e21)),
            ("small", Value::Float64(1e-7)),
            ("i", Value::Int64(2)),
            (
                "list",
                Value::Array(vec![Value::Float64(1.0), Value::String("é\n".into())]),
            ),
            ("empty", Value::Array(vec![])),
            ("o", obj(&[])),
        ]);
        let expected = r#"{
  "empty": [],
  "i": {
    "$integer": "AgAAAAAAAAA="
  },
  "list": [
    1,
    "é\n"
  ],
  "n": 1e+21,
  "o": {},
  "small": 1e-7
}"#;
        assert_eq!(value.to_cli_string(), expected);
        assert_eq!(Value::Null.to_cli_string(), "null");
    }

    #[test]
    fn display_matches_backend_messages() {
        assert_eq!(Value::Float64(123.0).to_string(), "123.0");
        assert_eq!(Value::Int64(5).to_string(), "5");
        assert_eq!(Value::String("a\"b".into()).to_string(), r#""a\"b""#);
        assert_eq!(Value::Bytes(vec![1, 2]).to_string(), r#"b"AQI=""#);
        let value = obj(&[
            ("b", Value::Array(vec![Value::Null, Value::Boolean(true)])),
            ("a", Value::Float64(f64::NAN)),
        ]);
        assert_eq!(value.to_string(), "{a: NaN, b: [null, true]}");
    }

    #[test]
    fn equality_follows_convex_order() {
        assert_eq!(Value::Float64(f64::NAN), Value::Float64(f64::NAN));
        assert_ne!(Value::Float64(0.0), Value::Float64(-0.0));
        assert_ne!(Value::Float64(1.0), Value::Int64(1));
        assert!(Value::Int64(i64::MAX) < Value::Float64(f64::NEG_INFINITY));
    }

    proptest! {
        #![proptest_config(super::testing::config(256))]

        #[test]
        fn json_round_trip(value in arb_value()) {
            let json = value.to_json().unwrap();
            let back = Value::from_json(&json).unwrap();
            // Compare bit-exactly through the index encoding, not only by `Eq`.
            prop_assert_eq!(encode_key(&[back]), encode_key(&[value]));
        }

        #[test]
        fn json_text_round_trip_without_floats(value in arb_value()) {
            // serde_json's text parser is not float-exact without its `float_roundtrip`
            // feature; everything else must survive printing and parsing.
            let text = serde_json::to_string(&value.to_json().unwrap()).unwrap();
            let parsed: Json = serde_json::from_str(&text).unwrap();
            let back = Value::from_json(&parsed).unwrap();
            if !contains_ordinary_float(&value) {
                prop_assert_eq!(back, value);
            }
        }

        #[test]
        fn from_json_never_panics(json in arb_json()) {
            if let Ok(value) = Value::from_json(&json) {
                // Whatever parses converts back to an equivalent export form.
                let again = Value::from_json(&value.to_json().unwrap()).unwrap();
                prop_assert_eq!(again, value);
            }
        }

        #[test]
        fn plain_json_equals_export_form_for_valid_values(value in arb_value()) {
            prop_assert_eq!(value.to_plain_json(), value.to_json().unwrap());
        }

        #[test]
        fn hash_agrees_with_eq(a in arb_value(), b in arb_value()) {
            use std::collections::hash_map::DefaultHasher;
            let hash = |v: &Value| {
                let mut h = DefaultHasher::new();
                v.hash(&mut h);
                h.finish()
            };
            if a == b {
                prop_assert_eq!(hash(&a), hash(&b));
            }
            prop_assert_eq!(hash(&a), hash(&a.clone()));
        }
    }

    fn contains_ordinary_float(value: &Value) -> bool {
        match value {
            Value::Float64(f) => !is_special_float(*f),
            Value::Array(items) => items.iter().any(contains_ordinary_float),
            Value::Object(fields) => fields.values().any(contains_ordinary_float),
            _ => false,
        }
    }

    fn arb_json() -> impl Strategy<Value = Json> {
        let leaf = prop_oneof![
            Just(Json::Null),
            any::<bool>().prop_map(Json::Bool),
            any::<f64>().prop_filter_map("finite", |f| Number::from_f64(f).map(Json::Number)),
            any::<i64>().prop_map(|i| json!(i)),
            "[ -~]{0,12}".prop_map(Json::String),
            "[A-Za-z0-9+/=_-]{0,16}".prop_map(Json::String),
        ];
        leaf.prop_recursive(4, 24, 3, |inner| {
            let key = prop_oneof![
                Just("$integer".to_owned()),
                Just("$float".to_owned()),
                Just("$bytes".to_owned()),
                Just("$set".to_owned()),
                "[ -~]{0,4}",
                any::<String>(),
            ];
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..3).prop_map(Json::Array),
                prop::collection::vec((key, inner), 0..3)
                    .prop_map(|entries| Json::Object(entries.into_iter().collect())),
            ]
        })
    }
}
