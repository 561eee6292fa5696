//! Convex validators as values, and their JSON form (`exportArgs()` / schema export).

use std::sync::Arc;

use base64::Engine;
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{json, Value as Json};

/// A literal a `v.literal()` validator accepts.
#[derive(Debug, Clone, PartialEq)]
pub enum Literal {
    String(String),
    Number(f64),
    BigInt(i64),
    Boolean(bool),
}

impl Literal {
    /// The value as `JSON.stringify(convexToJson(value))` writes it.
    pub fn to_json(&self) -> Json {
        match self {
            Literal::String(s) => Json::String(s.clone()),
            Literal::Boolean(b) => Json::Bool(*b),
            Literal::Number(n) if n.is_finite() && !(*n == 0.0 && n.is_sign_negative()) => {
                if n.fract() == 0.0 && n.abs() < 9_007_199_254_740_992.0 {
                    json!(*n as i64)
                } else {
                    json!(n)
                }
            }
            Literal::Number(n) => {
                json!({ "$float": base64::engine::general_purpose::STANDARD.encode(n.to_le_bytes()) })
            }
            Literal::BigInt(i) => {
                json!({ "$integer": base64::engine::general_purpose::STANDARD.encode(i.to_le_bytes()) })
            }
        }
    }

    /// The literal as a TypeScript literal type, as the official codegen prints it.
    pub fn to_type(&self) -> String {
        match self {
            Literal::String(s) => format!("\"{s}\""),
            Literal::Boolean(b) => b.to_string(),
            Literal::Number(n) => js_number(*n),
            Literal::BigInt(i) => format!("{i}n"),
        }
    }
}

/// A literal from its JSON export form (the inverse of [`Literal::to_json`]).
fn literal_from_json(json: &Json) -> Option<Literal> {
    let decode = |text: &Json| -> Option<[u8; 8]> {
        base64::engine::general_purpose::STANDARD
            .decode(text.as_str()?)
            .ok()?
            .try_into()
            .ok()
    };
    Some(match json {
        Json::String(s) => Literal::String(s.clone()),
        Json::Bool(b) => Literal::Boolean(*b),
        Json::Number(n) => Literal::Number(n.as_f64()?),
        Json::Object(o) if o.contains_key("$integer") => {
            Literal::BigInt(i64::from_le_bytes(decode(&o["$integer"])?))
        }
        Json::Object(o) if o.contains_key("$float") => {
            Literal::Number(f64::from_le_bytes(decode(&o["$float"])?))
        }
        _ => return None,
    })
}

/// Formats a number the way JavaScript's `String(n)` does.
pub fn js_number(n: f64) -> String {
    let mut buffer = ryu_js::Buffer::new();
    buffer.format(n).to_string()
}

/// One field of an object validator.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub name: String,
    pub validator: Validator,
    pub optional: bool,
}

/// A Convex validator (`v.*`), without its own optionality (that belongs to a field).
///
/// Its parts are shared (`Arc`): evaluation copies validators wherever a module reads
/// another's export or spreads an object of them, and a deep copy of each was a tenth of
/// the instructions of `check` on a large app.
#[derive(Debug, Clone, PartialEq)]
pub enum Validator {
    Null,
    Number,
    BigInt,
    CommitTs,
    Boolean,
    String,
    Bytes,
    Any,
    Literal(Literal),
    Id(String),
    Array(Arc<Validator>),
    Record {
        keys: Arc<Validator>,
        values: Arc<Validator>,
    },
    /// Fields in definition order.
    Object(Arc<[Field]>),
    Union(Arc<[Validator]>),
}

/// The JSON form [`Validator::to_json`] gives, written straight to a serializer (a cache of
/// a thousand modules' validators is written without building a JSON tree first).
impl Serialize for Validator {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        let simple = match self {
            Validator::Null => Some("null"),
            Validator::Number => Some("number"),
            Validator::BigInt => Some("bigint"),
            Validator::CommitTs => Some("commitTs"),
            Validator::Boolean => Some("boolean"),
            Validator::String => Some("string"),
            Validator::Bytes => Some("bytes"),
            Validator::Any => Some("any"),
            _ => None,
        };
        if let Some(kind) = simple {
            map.serialize_entry("type", kind)?;
            return map.end();
        }
        match self {
            Validator::Literal(literal) => {
                map.serialize_entry("type", "literal")?;
                map.serialize_entry("value", &literal.to_json())?;
            }
            Validator::Id(table) => {
                map.serialize_entry("type", "id")?;
                map.serialize_entry("tableName", table)?;
            }
            Validator::Array(element) => {
                map.serialize_entry("type", "array")?;
                map.serialize_entry("value", element)?;
            }
            Validator::Record { keys, values } => {
                map.serialize_entry("type", "record")?;
                map.serialize_entry("keys", keys)?;
                map.serialize_entry("values", &FieldType(values, false))?;
            }
            Validator::Object(fields) => {
                map.serialize_entry("type", "object")?;
                map.serialize_entry("value", &Fields(fields))?;
            }
            Validator::Union(members) => {
                map.serialize_entry("type", "union")?;
                map.serialize_entry("value", members)?;
            }
            _ => {}
        }
        map.end()
    }
}

/// `{ "fieldType": …, "optional": … }`
struct FieldType<'a>(&'a Validator, bool);

impl Serialize for FieldType<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("fieldType", self.0)?;
        map.serialize_entry("optional", &self.1)?;
        map.end()
    }
}

/// An object validator's fields by name, in definition order.
struct Fields<'a>(&'a [Field]);

impl Serialize for Fields<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(
            self.0
                .iter()
                .map(|field| (&field.name, FieldType(&field.validator, field.optional))),
        )
    }
}

impl Validator {
    /// The validator's JSON, fields in definition order (as `validator.json` gives it).
    pub fn to_json(&self) -> Json {
        serde_json::to_value(self).unwrap_or_default()
    }

    /// Reads a validator's JSON form (`exportArgs()`, `exportReturns()`, a schema export).
    pub fn from_json(json: &Json) -> Result<Validator, String> {
        let invalid = || format!("not a validator: {json}");
        let value = &json["value"];
        Ok(match json["type"].as_str().ok_or_else(invalid)? {
            "null" => Validator::Null,
            "number" => Validator::Number,
            "bigint" => Validator::BigInt,
            "commitTs" => Validator::CommitTs,
            "boolean" => Validator::Boolean,
            "string" => Validator::String,
            "bytes" => Validator::Bytes,
            "any" => Validator::Any,
            "id" => Validator::Id(json["tableName"].as_str().ok_or_else(invalid)?.to_string()),
            "literal" => Validator::Literal(literal_from_json(value).ok_or_else(invalid)?),
            "array" => Validator::Array(Arc::new(Validator::from_json(value)?)),
            "record" => Validator::Record {
                keys: Arc::new(Validator::from_json(&json["keys"])?),
                values: Arc::new(Validator::from_json(&json["values"]["fieldType"])?),
            },
            "object" => Validator::Object(
                value
                    .as_object()
                    .ok_or_else(invalid)?
                    .iter()
                    .map(|(name, field)| {
                        Ok(Field {
                            name: name.clone(),
                            validator: Validator::from_json(&field["fieldType"])?,
                            optional: field["optional"].as_bool().unwrap_or(false),
                        })
                    })
                    .collect::<Result<_, String>>()?,
            ),
            "union" => Validator::Union(
                value
                    .as_array()
                    .ok_or_else(invalid)?
                    .iter()
                    .map(Validator::from_json)
                    .collect::<Result<_, _>>()?,
            ),
            _ => return Err(invalid()),
        })
    }

    /// The same validator with every object's fields sorted by byte order, as the Convex
    /// backend returns validators it has parsed (it keeps fields in a BTreeMap).
    pub fn sorted_fields(&self) -> Validator {
        match self {
            Validator::Object(fields) => {
                let mut fields: Vec<Field> = fields
                    .iter()
                    .map(|f| Field {
                        name: f.name.clone(),
                        validator: f.validator.sorted_fields(),
                        optional: f.optional,
                    })
                    .collect();
                fields.sort_by(|a, b| a.name.as_bytes().cmp(b.name.as_bytes()));
                Validator::Object(fields.into())
            }
            Validator::Array(element) => Validator::Array(Arc::new(element.sorted_fields())),
            Validator::Record { keys, values } => Validator::Record {
                keys: Arc::new(keys.sorted_fields()),
                values: Arc::new(values.sorted_fields()),
            },
            Validator::Union(members) => {
                Validator::Union(members.iter().map(Validator::sorted_fields).collect())
            }
            other => other.clone(),
        }
    }

    /// A field by name, when this is an object validator.
    pub fn field(&self, name: &str) -> Option<&Field> {
        match self {
            Validator::Object(fields) => fields.iter().find(|f| f.name == name),
            _ => None,
        }
    }
}

/// A short TypeScript-like description of object fields, for messages.
pub fn describe_fields(fields: &[Field]) -> String {
    let fields: Vec<String> = fields
        .iter()
        .map(|f| {
            format!(
                "{}{}: {}",
                f.name,
                if f.optional { "?" } else { "" },
                f.validator.describe()
            )
        })
        .collect();
    if fields.is_empty() {
        return "{}".into();
    }
    format!("{{ {} }}", fields.join(", "))
}

impl Validator {
    /// A short TypeScript-like description, for messages.
    pub fn describe(&self) -> String {
        match self {
            Validator::Null => "null".into(),
            Validator::Number => "number".into(),
            Validator::BigInt | Validator::CommitTs => "bigint".into(),
            Validator::Boolean => "boolean".into(),
            Validator::String | Validator::Id(_) => "string".into(),
            Validator::Bytes => "ArrayBuffer".into(),
            Validator::Any => "any".into(),
            Validator::Literal(l) => l.to_type(),
            Validator::Array(e) => format!("{}[]", e.describe()),
            Validator::Record { keys, values } => {
                format!("Record<{}, {}>", keys.describe(), values.describe())
            }
            Validator::Object(fields) => describe_fields(fields),
            Validator::Union(members) => members
                .iter()
                .map(Validator::describe)
                .collect::<Vec<_>>()
                .join(" | "),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_matches_the_convex_shape() {
        let v = Validator::Object(
            vec![
                Field {
                    name: "b".into(),
                    validator: Validator::Id("users".into()),
                    optional: false,
                },
                Field {
                    name: "a".into(),
                    validator: Validator::Record {
                        keys: Arc::new(Validator::String),
                        values: Arc::new(Validator::BigInt),
                    },
                    optional: true,
                },
            ]
            .into(),
        );
        assert_eq!(
            v.to_json().to_string(),
            r#"{"type":"object","value":{"b":{"fieldType":{"type":"id","tableName":"users"},"optional":false},"a":{"fieldType":{"type":"record","keys":{"type":"string"},"values":{"fieldType":{"type":"bigint"},"optional":false}},"optional":true}}}"#
        );
        let sorted = v.sorted_fields();
        assert_eq!(sorted.field("a").map(|f| f.optional), Some(true));
        assert!(matches!(&sorted, Validator::Object(f) if f[0].name == "a"));
    }

    #[test]
    fn json_reads_back_into_the_same_validator() {
        let v = Validator::Union(
            vec![
                Validator::Object(
                    vec![
                        Field {
                            name: "id".into(),
                            validator: Validator::Id("users".into()),
                            optional: false,
                        },
                        Field {
                            name: "tags".into(),
                            validator: Validator::Array(Arc::new(Validator::String)),
                            optional: true,
                        },
                        Field {
                            name: "scores".into(),
                            validator: Validator::Record {
                                keys: Arc::new(Validator::String),
                                values: Arc::new(Validator::Number),
                            },
                            optional: false,
                        },
                    ]
                    .into(),
                ),
                Validator::Literal(Literal::BigInt(-3)),
                Validator::Literal(Literal::Number(f64::NEG_INFINITY)),
                Validator::Literal(Literal::Number(1.5)),
                Validator::Literal(Literal::String("a".into())),
                Validator::Null,
                Validator::Bytes,
            ]
            .into(),
        );
        assert_eq!(Validator::from_json(&v.to_json()), Ok(v));
        assert!(Validator::from_json(&json!({ "type": "nope" })).is_err());
        assert!(Validator::from_json(&json!(null)).is_err());
    }

    #[test]
    fn literals_print_like_javascript() {
        assert_eq!(Literal::Number(3.0).to_type(), "3");
        assert_eq!(Literal::Number(0.5).to_type(), "0.5");
        assert_eq!(Literal::Number(1e21).to_type(), "1e+21");
        assert_eq!(Literal::BigInt(-7).to_type(), "-7n");
        assert_eq!(Literal::Number(3.0).to_json(), json!(3));
        assert_eq!(
            Literal::BigInt(1).to_json(),
            json!({"$integer": "AQAAAAAAAAA="})
        );
    }
}

/// Reads the JSON form [`Validator`]'s `Serialize` writes straight from the deserializer
/// (the caches hold thousands of validators: no JSON tree is built for them). A form whose
/// `type` is not its first key (a validator from elsewhere) is read through
/// [`Validator::from_json`].
impl<'de> serde::Deserialize<'de> for Validator {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(ValidatorVisitor)
    }
}

/// The keys of a validator's JSON form (and of an object field's).
#[derive(serde::Deserialize)]
#[serde(field_identifier, rename_all = "camelCase")]
enum Key {
    Type,
    Value,
    TableName,
    Keys,
    Values,
    #[serde(other)]
    Other,
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
enum Kind {
    Null,
    Number,
    #[serde(rename = "bigint")]
    BigInt,
    CommitTs,
    Boolean,
    String,
    Bytes,
    Any,
    Id,
    Literal,
    Array,
    Record,
    Object,
    Union,
}

struct ValidatorVisitor;

impl<'de> serde::de::Visitor<'de> for ValidatorVisitor {
    type Value = Validator;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a validator's JSON form")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Validator, A::Error> {
        use serde::de::Error;
        let Some(first) = map.next_key::<String>()? else {
            return Err(A::Error::custom("not a validator: {}"));
        };
        if first != "type" {
            let mut object = serde_json::Map::new();
            object.insert(first, map.next_value()?);
            while let Some((key, value)) = map.next_entry::<String, Json>()? {
                object.insert(key, value);
            }
            return Validator::from_json(&Json::Object(object)).map_err(A::Error::custom);
        }
        let kind: Kind = map.next_value()?;
        let mut validator = match kind {
            Kind::Null => Some(Validator::Null),
            Kind::Number => Some(Validator::Number),
            Kind::BigInt => Some(Validator::BigInt),
            Kind::CommitTs => Some(Validator::CommitTs),
            Kind::Boolean => Some(Validator::Boolean),
            Kind::String => Some(Validator::String),
            Kind::Bytes => Some(Validator::Bytes),
            Kind::Any => Some(Validator::Any),
            _ => None,
        };
        let mut keys = None;
        let mut values = None;
        while let Some(key) = map.next_key::<Key>()? {
            match (&kind, key) {
                (Kind::Id, Key::TableName) => validator = Some(Validator::Id(map.next_value()?)),
                (Kind::Literal, Key::Value) => {
                    let value: Json = map.next_value()?;
                    let literal = literal_from_json(&value)
                        .ok_or_else(|| A::Error::custom(format!("not a literal: {value}")))?;
                    validator = Some(Validator::Literal(literal));
                }
                (Kind::Array, Key::Value) => {
                    validator = Some(Validator::Array(Arc::new(map.next_value()?)))
                }
                (Kind::Record, Key::Keys) => keys = Some(Arc::new(map.next_value()?)),
                (Kind::Record, Key::Values) => {
                    let field: FieldOf = map.next_value()?;
                    values = Some(Arc::new(field.validator));
                }
                (Kind::Object, Key::Value) => {
                    let fields: FieldsOf = map.next_value()?;
                    validator = Some(Validator::Object(fields.0.into()));
                }
                (Kind::Union, Key::Value) => {
                    validator = Some(Validator::Union(map.next_value::<Vec<Validator>>()?.into()))
                }
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        if let (Some(keys), Some(values)) = (keys, values) {
            validator = Some(Validator::Record { keys, values });
        }
        validator.ok_or_else(|| A::Error::custom("a validator's JSON form lacks its value"))
    }
}

/// `{ "fieldType": …, "optional": … }`, read.
#[derive(serde::Deserialize)]
struct FieldOf {
    #[serde(rename = "fieldType")]
    validator: Validator,
    #[serde(default)]
    optional: bool,
}

/// An object validator's fields by name, read in their order.
struct FieldsOf(Vec<Field>);

impl<'de> serde::Deserialize<'de> for FieldsOf {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = FieldsOf;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object validator's fields")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<FieldsOf, A::Error> {
                let mut fields = Vec::new();
                while let Some((name, field)) = map.next_entry::<String, FieldOf>()? {
                    fields.push(Field {
                        name,
                        validator: field.validator,
                        optional: field.optional,
                    });
                }
                Ok(FieldsOf(fields))
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}
