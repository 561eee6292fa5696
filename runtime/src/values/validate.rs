//! Argument, return-value and schema validation against Convex validators.
//!
//! Validators arrive in the JSON form the `convex` package exports (`exportArgs()`,
//! `exportReturns()`, a schema's `documentType`): `{"type": "object", "value": {"f":
//! {"fieldType": …, "optional": false}}}` and so on, with `"number"` for `v.float64()` and
//! `"bigint"` for `v.int64()`. [`Validator::from_json`] parses that form; [`validate`] and
//! [`validate_with`] parse and check in one go.
//!
//! The checks and the error messages follow the Convex backend's, because apps and their
//! tests match on them (`ArgumentValidationError: Value does not match validator.` …):
//!
//! ```text
//! Value does not match validator.
//! Path: .messages[0].author
//! Value: 123.0
//! Validator: v.string()
//! ```
//!
//! Values print as the backend prints them (floats as `123.0`, objects as `{a: "x"}`), the
//! path uses `.field`, `[i]`, `.keys()` and `.values()` steps, and the `Path:` line is blank
//! for a top-level mismatch. An object is checked field by field in sorted order (a missing
//! required field reports before later fields are looked at), then for extra fields. A union
//! passes if any member passes; a one-member union reports its member's error.
//!
//! `v.id("table")` accepts any string here unless an ID check is supplied
//! ([`validate_with`]): whether an ID belongs to a table depends on the deployment's tables.

use std::collections::BTreeMap;
use std::fmt;

use serde_json::{Number, Value as Json};

use super::{validate_field_name, Value};

/// How deeply validator JSON may nest before it is rejected (well beyond any real validator;
/// it only guards the parser's recursion).
const MAX_VALIDATOR_DEPTH: usize = 256;

/// A Convex validator.
#[derive(Debug, Clone, PartialEq)]
pub enum Validator {
    /// `v.id("table")`.
    Id(String),
    Null,
    /// `v.float64()` / `v.number()`, JSON type `"number"`.
    Float64,
    /// `v.int64()` / `v.bigint()`, JSON type `"bigint"`.
    Int64,
    /// `v.commitTs()`: a commit timestamp, an int64 once the mutation has committed.
    CommitTs,
    Boolean,
    String,
    Bytes,
    /// `v.literal(…)`: a string, float64, int64 or boolean.
    Literal(Value),
    Array(Box<Validator>),
    /// `v.record(keys, values)`.
    Record(Box<Validator>, Box<Validator>),
    /// `v.object({…})`, fields sorted by name.
    Object(BTreeMap<String, FieldValidator>),
    Union(Vec<Validator>),
    Any,
}

/// An object field's validator and whether the field may be absent.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldValidator {
    pub validator: Validator,
    pub optional: bool,
}

/// Validator JSON that is not a valid validator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidValidator {
    message: String,
}

impl InvalidValidator {
    fn new(message: impl Into<String>) -> Self {
        InvalidValidator {
            message: message.into(),
        }
    }

    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for InvalidValidator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Invalid validator: {}", self.message)
    }
}

impl std::error::Error for InvalidValidator {}

/// Why a value failed validation. `Display` gives the Convex backend's message.
#[derive(Debug, Clone, PartialEq)]
pub enum ValidationError {
    /// The validator JSON itself is malformed.
    InvalidValidator(InvalidValidator),
    /// The value has the wrong type (or no union member, or the ID check, accepted it).
    NoMatch {
        value: Value,
        validator: Validator,
        path: String,
    },
    /// The value differs from a `v.literal(…)`.
    LiteralMismatch {
        value: Value,
        literal: Value,
        path: String,
    },
    /// An object lacks a required field.
    MissingRequiredField {
        object: BTreeMap<String, Value>,
        field: String,
        validator: Validator,
        path: String,
    },
    /// An object has a field its validator does not list.
    ExtraField {
        object: BTreeMap<String, Value>,
        field: String,
        validator: Validator,
        path: String,
    },
}

impl ValidationError {
    /// Where in the value the problem is (`.messages[0].author`); empty at the top level or
    /// for an invalid validator.
    pub fn path(&self) -> &str {
        match self {
            ValidationError::InvalidValidator(_) => "",
            ValidationError::NoMatch { path, .. }
            | ValidationError::LiteralMismatch { path, .. }
            | ValidationError::MissingRequiredField { path, .. }
            | ValidationError::ExtraField { path, .. } => path,
        }
    }
}

impl From<InvalidValidator> for ValidationError {
    fn from(error: InvalidValidator) -> Self {
        ValidationError::InvalidValidator(error)
    }
}

/// The backend's `Path: …` line: empty at the top level.
struct PathLine<'a>(&'a str);

impl fmt::Display for PathLine<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            Ok(())
        } else {
            write!(f, "Path: {}", self.0)
        }
    }
}

struct DisplayObject<'a>(&'a BTreeMap<String, Value>);

impl fmt::Display for DisplayObject<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        super::display_object(self.0, f)
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ValidationError::InvalidValidator(error) => write!(f, "{error}"),
            ValidationError::NoMatch {
                value,
                validator,
                path,
            } => write!(
                f,
                "Value does not match validator.\n{}\nValue: {value}\nValidator: {validator}",
                PathLine(path)
            ),
            // The backend appends the path line directly after the sentence here.
            ValidationError::LiteralMismatch {
                value,
                literal,
                path,
            } => write!(
                f,
                "`{value}` does not match literal validator `v.literal({})`.{}",
                LiteralDisplay(literal),
                PathLine(path)
            ),
            ValidationError::MissingRequiredField {
                object,
                field,
                validator,
                path,
            } => write!(
                f,
                "Object is missing the required field `{field}`. Consider wrapping the field \
                 validator in `v.optional(...)` if this is expected.\n{}\nObject: {}\n\
                 Validator: {validator}",
                PathLine(path),
                DisplayObject(object)
            ),
            ValidationError::ExtraField {
                object,
                field,
                validator,
                path,
            } => write!(
                f,
                "Object contains extra field `{field}` that is not in the validator.\n{}\n\
                 Object: {}\nValidator: {validator}",
                PathLine(path),
                DisplayObject(object)
            ),
        }
    }
}

impl std::error::Error for ValidationError {}

/// A literal as the backend prints it inside `v.literal(…)`: JSON where JSON can say it,
/// `<bigint>` for int64 and `<number>` for NaN and infinities.
struct LiteralDisplay<'a>(&'a Value);

impl fmt::Display for LiteralDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Value::Float64(x) => match Number::from_f64(*x) {
                Some(n) => write!(f, "{n}"),
                None => f.write_str("<number>"),
            },
            Value::Int64(_) => f.write_str("<bigint>"),
            Value::Boolean(b) => write!(f, "{b}"),
            Value::String(s) => write!(f, "{}", Json::String(s.clone())),
            other => write!(f, "{other}"),
        }
    }
}

/// Validators print as the code that builds them: `v.object({a: v.optional(v.string())})`.
impl fmt::Display for Validator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Validator::Id(table) => write!(f, "v.id({})", Json::String(table.clone())),
            Validator::Null => f.write_str("v.null()"),
            Validator::Float64 => f.write_str("v.float64()"),
            Validator::Int64 => f.write_str("v.int64()"),
            Validator::CommitTs => f.write_str("v.commitTs()"),
            Validator::Boolean => f.write_str("v.boolean()"),
            Validator::String => f.write_str("v.string()"),
            Validator::Bytes => f.write_str("v.bytes()"),
            Validator::Literal(value) => write!(f, "v.literal({})", LiteralDisplay(value)),
            Validator::Array(element) => write!(f, "v.array({element})"),
            Validator::Record(keys, values) => write!(f, "v.record({keys}, {values})"),
            Validator::Object(fields) => {
                f.write_str("v.object({")?;
                for (i, (name, field)) in fields.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{name}: {field}")?;
                }
                f.write_str("})")
            }
            Validator::Union(members) => {
                f.write_str("v.union(")?;
                for (i, member) in members.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{member}")?;
                }
                f.write_str(")")
            }
            Validator::Any => f.write_str("v.any()"),
        }
    }
}

impl fmt::Display for FieldValidator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.optional {
            write!(f, "v.optional({})", self.validator)
        } else {
            write!(f, "{}", self.validator)
        }
    }
}

fn describe(json: &Json) -> String {
    let text = json.to_string();
    const LIMIT: usize = 200;
    match text.char_indices().nth(LIMIT) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

impl Validator {
    /// Parses the validator JSON the `convex` package exports. `"map"` and `"set"` (long
    /// removed) parse as `v.any()`, as the backend parses them.
    pub fn from_json(json: &Json) -> Result<Validator, InvalidValidator> {
        Self::from_json_at(json, 0)
    }

    fn from_json_at(json: &Json, depth: usize) -> Result<Validator, InvalidValidator> {
        if depth > MAX_VALIDATOR_DEPTH {
            return Err(InvalidValidator::new(format!(
                "validator is nested more than {MAX_VALIDATOR_DEPTH} levels deep"
            )));
        }
        let object = json.as_object().ok_or_else(|| {
            InvalidValidator::new(format!(
                "expected a validator object, got {}",
                describe(json)
            ))
        })?;
        let kind = object.get("type").and_then(Json::as_str).ok_or_else(|| {
            InvalidValidator::new(format!(
                "expected a string `type` field in {}",
                describe(json)
            ))
        })?;
        let field = |name: &str| {
            object.get(name).ok_or_else(|| {
                InvalidValidator::new(format!(
                    "`{kind}` validator is missing its `{name}` field: {}",
                    describe(json)
                ))
            })
        };
        let nested = |json: &Json| Self::from_json_at(json, depth + 1);
        Ok(match kind {
            "null" => Validator::Null,
            "number" | "float64" => Validator::Float64,
            "bigint" | "int64" => Validator::Int64,
            "commitTs" => Validator::CommitTs,
            "boolean" => Validator::Boolean,
            "string" => Validator::String,
            "bytes" => Validator::Bytes,
            "any" | "map" | "set" => Validator::Any,
            "literal" => {
                let value = Value::from_json(field("value")?)
                    .map_err(|e| InvalidValidator::new(format!("invalid literal: {e}")))?;
                match value {
                    Value::String(_) | Value::Float64(_) | Value::Int64(_) | Value::Boolean(_) => {
                        Validator::Literal(value)
                    }
                    other => {
                        return Err(InvalidValidator::new(format!(
                            "Value {other} is not a valid literal."
                        )))
                    }
                }
            }
            "id" => {
                let table = field("tableName")?.as_str().ok_or_else(|| {
                    InvalidValidator::new(format!(
                        "`id` validator's `tableName` must be a string: {}",
                        describe(json)
                    ))
                })?;
                Validator::Id(table.to_owned())
            }
            "array" => Validator::Array(Box::new(nested(field("value")?)?)),
            "record" => {
                let keys = nested(field("keys")?)?;
                let values = FieldValidator::from_json_at(field("values")?, depth + 1)?;
                check_record_keys(&keys)?;
                if values.optional {
                    return Err(InvalidValidator::new("Records cannot have optional values"));
                }
                Validator::Record(Box::new(keys), Box::new(values.validator))
            }
            "object" => {
                let fields = field("value")?.as_object().ok_or_else(|| {
                    InvalidValidator::new(format!(
                        "`object` validator's `value` must be an object: {}",
                        describe(json)
                    ))
                })?;
                let mut parsed = BTreeMap::new();
                for (name, field_json) in fields {
                    validate_field_name(name).map_err(|e| InvalidValidator::new(e.to_string()))?;
                    let field =
                        FieldValidator::from_json_at(field_json, depth + 1).map_err(|e| {
                            InvalidValidator::new(format!(
                                "Invalid validator for key `{name}`: {}",
                                e.message
                            ))
                        })?;
                    parsed.insert(name.clone(), field);
                }
                Validator::Object(parsed)
            }
            "union" => {
                let members = field("value")?.as_array().ok_or_else(|| {
                    InvalidValidator::new(format!(
                        "`union` validator's `value` must be an array: {}",
                        describe(json)
                    ))
                })?;
                Validator::Union(members.iter().map(nested).collect::<Result<_, _>>()?)
            }
            other => {
                return Err(InvalidValidator::new(format!(
                    "unknown validator type `{other}`"
                )))
            }
        })
    }

    /// The validator's JSON form, as the `convex` package exports it.
    pub fn to_json(&self) -> Json {
        let typed = |kind: &str| serde_json::json!({ "type": kind });
        match self {
            Validator::Id(table) => serde_json::json!({ "type": "id", "tableName": table }),
            Validator::Null => typed("null"),
            Validator::Float64 => typed("number"),
            Validator::Int64 => typed("bigint"),
            Validator::CommitTs => typed("commitTs"),
            Validator::Boolean => typed("boolean"),
            Validator::String => typed("string"),
            Validator::Bytes => typed("bytes"),
            Validator::Any => typed("any"),
            Validator::Literal(value) => {
                serde_json::json!({ "type": "literal", "value": value.to_plain_json() })
            }
            Validator::Array(element) => {
                serde_json::json!({ "type": "array", "value": element.to_json() })
            }
            Validator::Record(keys, values) => serde_json::json!({
                "type": "record",
                "keys": keys.to_json(),
                "values": { "fieldType": values.to_json(), "optional": false },
            }),
            Validator::Object(fields) => {
                let value: serde_json::Map<String, Json> = fields
                    .iter()
                    .map(|(name, field)| {
                        let json = serde_json::json!({
                            "fieldType": field.validator.to_json(),
                            "optional": field.optional,
                        });
                        (name.clone(), json)
                    })
                    .collect();
                serde_json::json!({ "type": "object", "value": value })
            }
            Validator::Union(members) => serde_json::json!({
                "type": "union",
                "value": members.iter().map(Validator::to_json).collect::<Vec<_>>(),
            }),
        }
    }

    /// Checks `value`, with `id_check(table, id)` deciding whether a string is an ID of
    /// `table` for `v.id(table)`.
    pub fn check(
        &self,
        value: &Value,
        id_check: &dyn Fn(&str, &str) -> bool,
    ) -> Result<(), ValidationError> {
        let mut path = String::new();
        self.check_at(value, id_check, &mut path)
    }

    fn check_at(
        &self,
        value: &Value,
        id_check: &dyn Fn(&str, &str) -> bool,
        path: &mut String,
    ) -> Result<(), ValidationError> {
        let no_match = |path: &String| ValidationError::NoMatch {
            value: value.clone(),
            validator: self.clone(),
            path: path.clone(),
        };
        match (self, value) {
            (Validator::Any, _)
            | (Validator::Null, Value::Null)
            | (Validator::Float64, Value::Float64(_))
            | (Validator::Int64 | Validator::CommitTs, Value::Int64(_))
            | (Validator::Boolean, Value::Boolean(_))
            | (Validator::String, Value::String(_))
            | (Validator::Bytes, Value::Bytes(_)) => Ok(()),
            (Validator::Id(table), Value::String(id)) => {
                if id_check(table, id) {
                    Ok(())
                } else {
                    Err(no_match(path))
                }
            }
            (Validator::Literal(literal), _) => {
                if literal == value {
                    Ok(())
                } else {
                    Err(ValidationError::LiteralMismatch {
                        value: value.clone(),
                        literal: literal.clone(),
                        path: path.clone(),
                    })
                }
            }
            (Validator::Array(element), Value::Array(items)) => {
                for (i, item) in items.iter().enumerate() {
                    with_step(path, &format!("[{i}]"), |path| {
                        element.check_at(item, id_check, path)
                    })?;
                }
                Ok(())
            }
            (Validator::Record(keys, values), Value::Object(fields)) => {
                for (name, field_value) in fields {
                    let key = Value::String(name.clone());
                    with_step(path, ".keys()", |path| keys.check_at(&key, id_check, path))?;
                    with_step(path, ".values()", |path| {
                        values.check_at(field_value, id_check, path)
                    })?;
                }
                Ok(())
            }
            (Validator::Object(field_validators), Value::Object(fields)) => {
                for (name, field) in field_validators {
                    match fields.get(name) {
                        Some(field_value) => with_step(path, &format!(".{name}"), |path| {
                            field.validator.check_at(field_value, id_check, path)
                        })?,
                        None if field.optional => {}
                        None => {
                            return Err(ValidationError::MissingRequiredField {
                                object: fields.clone(),
                                field: name.clone(),
                                validator: self.clone(),
                                path: path.clone(),
                            })
                        }
                    }
                }
                match fields
                    .keys()
                    .find(|name| !field_validators.contains_key(*name))
                {
                    Some(extra) => Err(ValidationError::ExtraField {
                        object: fields.clone(),
                        field: extra.clone(),
                        validator: self.clone(),
                        path: path.clone(),
                    }),
                    None => Ok(()),
                }
            }
            (Validator::Union(members), _) => match members.as_slice() {
                [only] => only.check_at(value, id_check, path),
                _ if members
                    .iter()
                    .any(|member| member.check_at(value, id_check, path).is_ok()) =>
                {
                    Ok(())
                }
                _ => Err(no_match(path)),
            },
            _ => Err(no_match(path)),
        }
    }
}

/// Runs `check` with `step` appended to `path`, restoring `path` afterwards.
fn with_step<T>(path: &mut String, step: &str, check: impl FnOnce(&mut String) -> T) -> T {
    let len = path.len();
    path.push_str(step);
    let result = check(path);
    path.truncate(len);
    result
}

/// Record keys must be strings: `v.string()`, `v.id(…)`, or unions of those. String literal
/// keys are refused, as the backend refuses them.
fn check_record_keys(keys: &Validator) -> Result<(), InvalidValidator> {
    fn is_string_subtype(v: &Validator) -> bool {
        match v {
            Validator::String | Validator::Id(_) | Validator::Literal(Value::String(_)) => true,
            Validator::Union(members) => members.iter().all(is_string_subtype),
            _ => false,
        }
    }
    fn has_string_literal(v: &Validator) -> bool {
        match v {
            Validator::Literal(Value::String(_)) => true,
            Validator::Union(members) => members.iter().any(has_string_literal),
            _ => false,
        }
    }
    if !is_string_subtype(keys) {
        return Err(InvalidValidator::new(format!(
            "Records can only have string keys. Your validator contains a record with key typed \
             as `{keys}`, which is not a subtype of `v.string()`"
        )));
    }
    if has_string_literal(keys) {
        return Err(InvalidValidator::new(
            "Records cannot have string literal keys",
        ));
    }
    Ok(())
}

impl FieldValidator {
    fn from_json_at(json: &Json, depth: usize) -> Result<FieldValidator, InvalidValidator> {
        let field_type = json.get("fieldType").ok_or_else(|| {
            InvalidValidator::new(format!(
                "expected `{{fieldType, optional}}`, got {}",
                describe(json)
            ))
        })?;
        let optional = match json.get("optional") {
            Some(Json::Bool(b)) => *b,
            None => false,
            Some(other) => {
                return Err(InvalidValidator::new(format!(
                    "`optional` must be a boolean, got {other}"
                )))
            }
        };
        Ok(FieldValidator {
            validator: Validator::from_json_at(field_type, depth)?,
            optional,
        })
    }
}

/// Checks `value` against a validator in its exported JSON form. `v.id(…)` accepts any
/// string; use [`validate_with`] to check IDs against tables.
pub fn validate(validator: &Json, value: &Value) -> Result<(), ValidationError> {
    validate_with(validator, value, &|_, _| true)
}

/// Like [`validate`], with `id_check(table, id)` deciding whether the string `id` is a
/// valid ID of `table` for `v.id(table)`; a `false` is reported as the backend reports it,
/// as a value that does not match `v.id("table")`.
pub fn validate_with(
    validator: &Json,
    value: &Value,
    id_check: &dyn Fn(&str, &str) -> bool,
) -> Result<(), ValidationError> {
    Validator::from_json(validator)?.check(value, id_check)
}

/// Validates a document's own fields (not `_id` and `_creationTime`) against its table's
/// document validator.
pub fn validate_document(
    validator: &Json,
    document: &BTreeMap<String, Value>,
    id_check: &dyn Fn(&str, &str) -> bool,
) -> Result<(), ValidationError> {
    let own_fields = document
        .iter()
        .filter(|(name, _)| !name.starts_with('_'))
        .map(|(name, value)| (name.clone(), value.clone()))
        .collect();
    validate_with(validator, &Value::Object(own_fields), id_check)
}

#[cfg(test)]
mod tests {
    use super::super::testing::arb_value;
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    fn field(validator: Json) -> Json {
        json!({ "fieldType": validator, "optional": false })
    }

    fn optional(validator: Json) -> Json {
        json!({ "fieldType": validator, "optional": true })
    }

    fn value(json: Json) -> Value {
        Value::from_json(&json).unwrap()
    }

    fn error(validator: &Json, json: Json) -> String {
        validate(validator, &value(json)).unwrap_err().to_string()
    }

    fn messages_validator() -> Json {
        json!({"type": "object", "value": {
            "messages": field(json!({"type": "array", "value": {"type": "object", "value": {
                "author": field(json!({"type": "string"})),
                "body": field(json!({"type": "string"})),
            }}})),
        }})
    }

    #[test]
    fn nested_mismatch_reports_path_value_and_validator() {
        let message = error(
            &messages_validator(),
            json!({"messages": [{"author": 123, "body": "hi"}]}),
        );
        assert_eq!(
            message,
            "Value does not match validator.\nPath: .messages[0].author\nValue: 123.0\n\
             Validator: v.string()"
        );
    }

    #[test]
    fn top_level_mismatch_has_an_empty_path_line() {
        // As the backend words a bad return value.
        assert_eq!(
            error(&json!({"type": "string"}), json!(5)),
            "Value does not match validator.\n\nValue: 5.0\nValidator: v.string()"
        );
    }

    #[test]
    fn missing_required_field() {
        let validator = json!({"type": "object", "value": {
            "x": field(json!({"type": "number"})),
            "y": optional(json!({"type": "string"})),
        }});
        assert_eq!(
            error(&validator, json!({})),
            "Object is missing the required field `x`. Consider wrapping the field validator in \
             `v.optional(...)` if this is expected.\n\nObject: {}\n\
             Validator: v.object({x: v.float64(), y: v.optional(v.string())})"
        );
        assert!(validate(&validator, &value(json!({"x": 1}))).is_ok());
    }

    #[test]
    fn extra_field_with_path() {
        let validator = json!({"type": "object", "value": {
            "inner": field(json!({"type": "object", "value": {"x": field(json!({"type": "bigint"}))}})),
        }});
        let err = validate(
            &validator,
            &value(json!({"inner": {"x": {"$integer": "AQAAAAAAAAA="}, "y": true}})),
        )
        .unwrap_err();
        assert_eq!(err.path(), ".inner");
        assert_eq!(
            err.to_string(),
            "Object contains extra field `y` that is not in the validator.\nPath: .inner\n\
             Object: {x: 1, y: true}\nValidator: v.object({x: v.int64()})"
        );
    }

    #[test]
    fn fields_are_checked_in_sorted_order_before_extras() {
        let validator = json!({"type": "object", "value": {
            "b": field(json!({"type": "string"})),
            "a": field(json!({"type": "string"})),
        }});
        // `a` is wrong and `b` missing: `a` is checked first.
        let err = validate(&validator, &value(json!({"a": 1, "z": 0}))).unwrap_err();
        assert_eq!(err.path(), ".a");
        // With `a` right, `b`'s absence is reported before the extra `z`.
        let err = validate(&validator, &value(json!({"a": "", "z": 0}))).unwrap_err();
        assert!(
            matches!(err, ValidationError::MissingRequiredField { ref field, .. } if field == "b")
        );
    }

    #[test]
    fn literals_compare_exact_values() {
        let int_one = json!({"type": "literal", "value": {"$integer": "AQAAAAAAAAA="}});
        let float_one = json!({"type": "literal", "value": 1});
        let one_n = value(json!({"$integer": "AQAAAAAAAAA="}));
        assert!(validate(&int_one, &one_n).is_ok());
        assert!(validate(&float_one, &Value::Float64(1.0)).is_ok());
        assert!(validate(&float_one, &one_n).is_err());
        assert!(validate(&int_one, &Value::Float64(1.0)).is_err());
        // -0 is not 0 for a literal.
        let zero = json!({"type": "literal", "value": 0});
        assert!(validate(&zero, &Value::Float64(-0.0)).is_err());

        let kind = json!({"type": "object", "value": {"kind": field(json!({"type": "literal", "value": "a"}))}});
        assert_eq!(
            error(&kind, json!({"kind": "b"})),
            "`\"b\"` does not match literal validator `v.literal(\"a\")`.Path: .kind"
        );
        assert_eq!(
            error(&int_one, json!(2)),
            "`2.0` does not match literal validator `v.literal(<bigint>)`."
        );
    }

    #[test]
    fn unions_pass_if_any_member_passes() {
        let validator = json!({"type": "union", "value": [
            {"type": "literal", "value": "a"},
            {"type": "null"},
            {"type": "array", "value": {"type": "bigint"}},
        ]});
        assert!(validate(&validator, &value(json!("a"))).is_ok());
        assert!(validate(&validator, &Value::Null).is_ok());
        assert!(validate(&validator, &Value::Array(vec![Value::Int64(3)])).is_ok());
        assert_eq!(
            error(&validator, json!([1])),
            "Value does not match validator.\n\nValue: [1.0]\n\
             Validator: v.union(v.literal(\"a\"), v.null(), v.array(v.int64()))"
        );
        // A one-member union reports its member's own error, with its path.
        let single =
            json!({"type": "union", "value": [{"type": "array", "value": {"type": "string"}}]});
        let err = validate(&single, &value(json!(["x", 2]))).unwrap_err();
        assert_eq!(err.path(), "[1]");
        // The empty union accepts nothing.
        assert!(validate(&json!({"type": "union", "value": []}), &Value::Null).is_err());
    }

    #[test]
    fn records_check_keys_and_values() {
        let validator = json!({"type": "record",
            "keys": {"type": "string"},
            "values": field(json!({"type": "number"}))});
        assert!(validate(&validator, &value(json!({"a": 1, "b": 2}))).is_ok());
        let err = validate(&validator, &value(json!({"a": 1, "b": "x"}))).unwrap_err();
        assert_eq!(err.path(), ".values()");
        assert!(validate(&validator, &Value::Array(vec![])).is_err());

        let by_id = json!({"type": "record",
            "keys": {"type": "id", "tableName": "users"},
            "values": field(json!({"type": "any"}))});
        let only_k = |table: &str, id: &str| table == "users" && id.starts_with('k');
        assert!(validate_with(&by_id, &value(json!({"k1": null})), &only_k).is_ok());
        let err = validate_with(&by_id, &value(json!({"j1": null})), &only_k).unwrap_err();
        assert_eq!(err.path(), ".keys()");
        assert!(err
            .to_string()
            .contains("Value: \"j1\"\nValidator: v.id(\"users\")"));
    }

    #[test]
    fn invalid_record_validators_are_rejected() {
        let with_keys = |keys: Json| json!({"type": "record", "keys": keys, "values": field(json!({"type": "any"}))});
        let err = Validator::from_json(&with_keys(json!({"type": "number"}))).unwrap_err();
        assert!(
            err.message().contains("Records can only have string keys"),
            "{err}"
        );
        let err =
            Validator::from_json(&with_keys(json!({"type": "literal", "value": "a"}))).unwrap_err();
        assert_eq!(err.message(), "Records cannot have string literal keys");
        let optional_values = json!({"type": "record", "keys": {"type": "string"}, "values": optional(json!({"type": "any"}))});
        let err = Validator::from_json(&optional_values).unwrap_err();
        assert_eq!(err.message(), "Records cannot have optional values");
    }

    #[test]
    fn ids_use_the_hook() {
        let validator = json!({"type": "id", "tableName": "users"});
        assert!(validate(&validator, &value(json!("anything"))).is_ok());
        assert!(validate(&validator, &Value::Float64(1.0)).is_err());
        let hook = |table: &str, id: &str| table == "users" && id == "good";
        assert!(validate_with(&validator, &value(json!("good")), &hook).is_ok());
        assert_eq!(
            validate_with(&validator, &value(json!("user_demo_001")), &hook)
                .unwrap_err()
                .to_string(),
            "Value does not match validator.\n\nValue: \"user_demo_001\"\nValidator: v.id(\"users\")"
        );
    }

    #[test]
    fn scalar_validators_accept_exactly_their_type() {
        let cases = [
            ("null", Value::Null),
            ("number", Value::Float64(f64::NAN)),
            ("bigint", Value::Int64(-4)),
            ("commitTs", Value::Int64(7)),
            ("boolean", Value::Boolean(false)),
            ("string", Value::String(String::new())),
            ("bytes", Value::Bytes(vec![1])),
        ];
        for (kind, accepted) in &cases {
            for (_, candidate) in &cases {
                let ok = validate(&json!({ "type": kind }), candidate).is_ok();
                let same_type = accepted.type_name() == candidate.type_name();
                assert_eq!(ok, same_type, "{kind} vs {candidate}");
            }
            assert!(validate(&json!({"type": "any"}), accepted).is_ok());
        }
    }

    #[test]
    fn malformed_validator_json_is_an_error_not_a_panic() {
        for json in [
            json!(null),
            json!("string"),
            json!({}),
            json!({"type": 5}),
            json!({"type": "nope"}),
            json!({"type": "array"}),
            json!({"type": "object", "value": []}),
            json!({"type": "object", "value": {"$bad": field(json!({"type": "any"}))}}),
            json!({"type": "object", "value": {"a": {"type": "string"}}}),
            json!({"type": "object", "value": {"a": {"fieldType": {"type": "string"}, "optional": "yes"}}}),
            json!({"type": "union", "value": {"type": "string"}}),
            json!({"type": "id"}),
            json!({"type": "id", "tableName": 3}),
            json!({"type": "literal", "value": null}),
            json!({"type": "literal", "value": [1]}),
            json!({"type": "literal", "value": {"$integer": "x"}}),
        ] {
            let err = validate(&json, &Value::Null).unwrap_err();
            assert!(
                matches!(err, ValidationError::InvalidValidator(_)),
                "{json}: {err}"
            );
        }
        let err = Validator::from_json(
            &json!({"type": "object", "value": {"a": {"fieldType": {"type": "nope"}, "optional": false}}}),
        )
        .unwrap_err();
        assert_eq!(
            err.message(),
            "Invalid validator for key `a`: unknown validator type `nope`"
        );

        let mut deep = json!({"type": "any"});
        for _ in 0..=MAX_VALIDATOR_DEPTH {
            deep = json!({"type": "array", "value": deep});
        }
        assert!(Validator::from_json(&deep).is_err());
    }

    #[test]
    fn no_args_validator_is_any() {
        // exportArgs() of a function without an args validator.
        assert!(validate(&json!({"type": "any"}), &value(json!({"whatever": [1, 2]}))).is_ok());
    }

    #[test]
    fn display_of_literals() {
        let literal = |json: Json| {
            Validator::from_json(&json!({"type": "literal", "value": json}))
                .unwrap()
                .to_string()
        };
        assert_eq!(literal(json!(true)), "v.literal(true)");
        assert_eq!(literal(json!(1.5)), "v.literal(1.5)");
        assert_eq!(
            literal(json!({"$float": "AAAAAAAA+H8="})),
            "v.literal(<number>)"
        );
    }

    /// The strictest validator a value satisfies.
    fn validator_for(value: &Value) -> Validator {
        match value {
            Value::Null => Validator::Null,
            Value::Int64(_) => Validator::Int64,
            Value::Float64(_) => Validator::Float64,
            Value::Boolean(_) => Validator::Boolean,
            Value::String(s) if s.len() % 2 == 0 => Validator::Literal(value.clone()),
            Value::String(_) => Validator::String,
            Value::Bytes(_) => Validator::Bytes,
            Value::Array(items) => Validator::Array(Box::new(Validator::Union(
                items.iter().map(validator_for).collect(),
            ))),
            Value::Object(fields) => Validator::Object(
                fields
                    .iter()
                    .map(|(name, v)| {
                        (
                            name.clone(),
                            FieldValidator {
                                validator: validator_for(v),
                                optional: false,
                            },
                        )
                    })
                    .collect(),
            ),
        }
    }

    proptest! {
        #![proptest_config(super::super::testing::config(256))]

        #[test]
        fn a_value_matches_its_own_validator(value in arb_value()) {
            let validator = validator_for(&value);
            // Through the JSON form, as the runtime receives validators.
            let json = validator.to_json();
            prop_assert_eq!(Validator::from_json(&json).unwrap(), validator);
            prop_assert!(validate(&json, &value).is_ok());
            let any = json!({"type": "any"});
            prop_assert!(validate(&any, &value).is_ok());
        }

        #[test]
        fn dropping_a_field_is_reported_with_its_name(
            value in arb_value(),
            pick in any::<prop::sample::Index>(),
        ) {
            let Value::Object(fields) = &value else { return Ok(()) };
            if fields.is_empty() {
                return Ok(());
            }
            let validator = validator_for(&value);
            let name = fields.keys().nth(pick.index(fields.len())).unwrap().clone();
            let mut fewer = fields.clone();
            fewer.remove(&name);
            let err = validator.check(&Value::Object(fewer), &|_, _| true).unwrap_err();
            let is_missing_named = matches!(
                err,
                ValidationError::MissingRequiredField { ref field, .. } if *field == name
            );
            prop_assert!(is_missing_named, "{}", err);
            let expected = format!("required field `{name}`");
            prop_assert!(err.to_string().contains(&expected));

            let mut extra_validator = validator.clone();
            if let Validator::Object(validators) = &mut extra_validator {
                validators.remove(&name);
            }
            let err = extra_validator.check(&value, &|_, _| true).unwrap_err();
            let is_extra_named = matches!(
                err,
                ValidationError::ExtraField { ref field, .. } if *field == name
            );
            prop_assert!(is_extra_named, "{}", err);
        }

        #[test]
        fn type_mismatch_is_reported(value in arb_value(), other in arb_value()) {
            let validator = validator_for(&value);
            let result = validator.check(&other, &|_, _| true);
            // A value always matches its own validator; a value of another type never does.
            if value.type_name() != other.type_name() {
                prop_assert!(result.is_err());
            }
            if result.is_err() {
                prop_assert!(!result.unwrap_err().to_string().is_empty());
            }
        }
    }
}
