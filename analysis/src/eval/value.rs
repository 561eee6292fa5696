//! The values static evaluation computes: JavaScript values it can know, Convex objects
//! (validators, registered functions, tables), and `Unknown` with the reason it is unknown.

use std::path::PathBuf;

use crate::validator::{Field, Validator};

/// query / mutation / action / httpAction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum FunctionKind {
    Query,
    Mutation,
    Action,
    HttpAction,
}

impl FunctionKind {
    /// The name used in `FunctionReference<"query", …>`.
    pub fn as_str(self) -> &'static str {
        match self {
            FunctionKind::Query => "query",
            FunctionKind::Mutation => "mutation",
            FunctionKind::Action => "action",
            FunctionKind::HttpAction => "httpAction",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Visibility {
    Public,
    Internal,
}

impl Visibility {
    pub fn as_str(self) -> &'static str {
        match self {
            Visibility::Public => "public",
            Visibility::Internal => "internal",
        }
    }
}

/// A registered Convex function (what `query({...})` returns).
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionValue {
    pub kind: FunctionKind,
    pub visibility: Visibility,
    /// The args validator as `exportArgs()` gives it (`v.any()` when none is declared).
    pub args: Result<Validator, String>,
    /// The returns validator, `None` when none is declared.
    pub returns: Result<Option<Validator>, String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Index {
    pub name: String,
    pub fields: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SearchIndex {
    pub name: String,
    pub search_field: String,
    pub filter_fields: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct VectorIndex {
    pub name: String,
    pub vector_field: String,
    pub dimensions: f64,
    pub filter_fields: Vec<String>,
}

/// `defineTable(...)` with its indexes.
#[derive(Debug, Clone, PartialEq)]
pub struct TableValue {
    pub document: Validator,
    pub indexes: Vec<Index>,
    pub search_indexes: Vec<SearchIndex>,
    pub vector_indexes: Vec<VectorIndex>,
}

/// `defineSchema(...)`.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaValue {
    pub tables: Vec<(String, TableValue)>,
    pub schema_validation: bool,
}

impl SchemaValue {
    /// Reads a schema's `export()` JSON (what the backend receives on a push): tables with
    /// their document validators and indexes.
    pub fn from_export(exported: &serde_json::Value) -> Result<SchemaValue, String> {
        let strings = |value: &serde_json::Value| -> Vec<String> {
            value
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|f| f.as_str().map(String::from))
                .collect()
        };
        let descriptor = |index: &serde_json::Value| {
            index["indexDescriptor"]
                .as_str()
                .map(String::from)
                .ok_or_else(|| format!("an index without a name: {index}"))
        };
        let mut tables = Vec::new();
        for table in exported["tables"].as_array().into_iter().flatten() {
            let name = table["tableName"]
                .as_str()
                .ok_or_else(|| format!("a table without a name: {table}"))?;
            let each = |key: &str| table[key].as_array().into_iter().flatten();
            tables.push((
                name.to_string(),
                TableValue {
                    document: Validator::from_json(&table["documentType"])?,
                    indexes: each("indexes")
                        .map(|i| {
                            Ok(Index {
                                name: descriptor(i)?,
                                fields: strings(&i["fields"]),
                            })
                        })
                        .collect::<Result<_, String>>()?,
                    search_indexes: each("searchIndexes")
                        .map(|i| {
                            Ok(SearchIndex {
                                name: descriptor(i)?,
                                search_field: i["searchField"].as_str().unwrap_or_default().into(),
                                filter_fields: strings(&i["filterFields"]),
                            })
                        })
                        .collect::<Result<_, String>>()?,
                    vector_indexes: each("vectorIndexes")
                        .map(|i| {
                            Ok(VectorIndex {
                                name: descriptor(i)?,
                                vector_field: i["vectorField"].as_str().unwrap_or_default().into(),
                                dimensions: i["dimensions"].as_f64().unwrap_or_default(),
                                filter_fields: strings(&i["filterFields"]),
                            })
                        })
                        .collect::<Result<_, String>>()?,
                },
            ));
        }
        Ok(SchemaValue {
            tables,
            schema_validation: exported["schemaValidation"].as_bool().unwrap_or(true),
        })
    }

    /// The schema in its `export()` form (what [`Self::from_export`] reads).
    pub fn to_export(&self) -> serde_json::Value {
        use serde_json::json;
        let table = |(name, table): &(String, TableValue)| {
            json!({
                "tableName": name,
                "documentType": table.document.to_json(),
                "indexes": table.indexes.iter().map(|Index { name, fields }| json!({ "indexDescriptor": name, "fields": fields })).collect::<Vec<_>>(),
                "searchIndexes": table.search_indexes.iter().map(|SearchIndex { name, search_field, filter_fields }| json!({ "indexDescriptor": name, "searchField": search_field, "filterFields": filter_fields })).collect::<Vec<_>>(),
                "vectorIndexes": table.vector_indexes.iter().map(|VectorIndex { name, vector_field, dimensions, filter_fields }| json!({ "indexDescriptor": name, "vectorField": vector_field, "dimensions": dimensions, "filterFields": filter_fields })).collect::<Vec<_>>(),
            })
        };
        json!({
            "tables": self.tables.iter().map(table).collect::<Vec<_>>(),
            "schemaValidation": self.schema_validation,
        })
    }
}

/// Callables and namespaces whose behaviour is known.
#[derive(Debug, Clone, PartialEq)]
pub enum Builtin {
    /// The `v` object of convex/values.
    V,
    /// `v.<name>`.
    VMethod(String),
    /// `<validator>.<method>` (optional, extend, pick, omit, partial).
    ValidatorMethod(Box<(Validator, bool)>, String),
    /// query, internalMutation, actionGeneric, …
    Builder(FunctionKind, Visibility),
    /// convex-helpers customQuery / customMutation / customAction.
    CustomBuilderFactory(FunctionKind),
    /// The result of `customMutation(mutation, customization)`: a builder adding `extra` args.
    CustomBuilder {
        kind: FunctionKind,
        visibility: Visibility,
        extra: Result<Vec<Field>, String>,
    },
    /// Any other convex/server export (httpRouter, cronJobs, …): never makes a Convex function.
    ServerFactory(String),
    /// convex-helpers customCtx(...): a customization without args.
    CustomCtx,
    DefineSchema,
    DefineTable,
    TableMethod(Box<TableValue>, String),
    /// A convex-helpers validator helper by name (literals, nullable, partial, doc, …).
    Helper(String),
    /// convex-helpers `typedV(schema)`: `v` plus `.doc(table)`.
    TypedV(Box<SchemaValue>),
    /// `typedV(schema).doc`.
    TypedDoc(Box<SchemaValue>),
    /// The global `Object`.
    Object,
    /// `Object.keys`, `Object.values`, `Object.entries`, `Object.fromEntries`,
    /// `Object.assign`, `Object.freeze`.
    ObjectMethod(String),
    /// `array.map`, `array.filter`, … bound to a known array.
    ArrayMethod(Vec<Value>, String),
    /// `string.trim`, `string.split`, … bound to a known string.
    StringMethod(String, String),
    /// A global of JavaScript's standard library that computes data (`Math.floor`, `BigInt`,
    /// `process.env`, …), by its dotted name.
    Global(String),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Unknown(String),
    Undefined,
    Null,
    Bool(bool),
    Number(f64),
    BigInt(i64),
    Str(String),
    /// Properties in insertion order (a later duplicate replaces in place).
    Object(Vec<(String, Value)>),
    Array(Vec<Value>),
    /// A validator and whether it is optional.
    Validator(Validator, bool),
    Builtin(Builtin),
    Function(Box<FunctionValue>),
    Table(Box<TableValue>),
    Schema(Box<SchemaValue>),
    /// `import * as ns from "…"`.
    Namespace(PathBuf),
    /// A module-level function (declaration, arrow or method) that evaluation can call.
    Closure(Box<Closure>),
    /// A module-level class declaration.
    Class(Box<ClassRef>),
    /// `new C(...)` of a class whose constructor evaluation followed.
    Instance(Box<Instance>),
    /// Something known not to be a Convex function or validator (a plain function, a class
    /// instance, …), described for messages. Truthy.
    Opaque(String),
    /// Plain data known only at run time (`process.env.X`, `Date.now()`, `a + b` of unknown
    /// operands, a string method's result): never a Convex function or validator, and of
    /// unknown truthiness.
    Data(String),
    /// A value of a package that cannot import `convex` (zod, lodash, …), left unevaluated
    /// (its package unread) while only its members are read and it is called with inert
    /// arguments (see `Evaluator::inert`): it is then no Convex function or validator.
    /// Evaluated in full where more is needed. Of unknown truthiness.
    Foreign(Box<Foreign>),
}

/// How a package's value was reached: its import, then the members read and calls made.
#[derive(Debug, Clone, PartialEq)]
pub struct Foreign {
    pub package: String,
    pub module: PathBuf,
    pub imported: super::scope::Imported,
    pub steps: Vec<ForeignStep>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ForeignStep {
    Member(String),
    Call(Vec<Value>),
}

/// Where a callable's syntax lives in its module.
#[derive(Debug, Clone, PartialEq)]
pub enum FnLoc {
    /// `function f() {}` at module item `item`.
    Declaration { item: usize },
    /// `const f = () => …` / `const f = function () {}`: declarator `decl` of item `item`.
    Initializer { item: usize, decl: usize },
    /// Member `member` of the class declared at item `item`.
    Method { item: usize, member: usize },
    /// An arrow or function expression (a callback: `.map((x) => …)`) at byte `start`
    /// of its module, with the variables of the call it was written in. Found again by its
    /// position when called, so evaluating one (every `handler: async () => …`) costs nothing.
    Inline {
        start: u32,
        captured: std::sync::Arc<Vec<(String, Local)>>,
    },
}

/// A variable of an interpreted function.
#[derive(Debug, Clone, PartialEq)]
pub enum Local {
    Value(Value),
    /// A `const x = …` not evaluated until `x` is read: what a function computes only for
    /// the handlers it returns (Better Auth's `createApi` reads the whole auth configuration
    /// that way) costs nothing when no handler runs.
    Deferred(std::sync::Arc<Deferred>),
}

/// An initializer and the variables and `this` it sees (those of the call before it).
#[derive(Debug, Clone, PartialEq)]
pub struct Deferred {
    pub init: swc_core::ecma::ast::Expr,
    pub vars: Vec<(String, Local)>,
    pub this: Option<Value>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Closure {
    pub file: PathBuf,
    pub loc: FnLoc,
    /// The receiver of a method taken from an instance.
    pub this: Option<Value>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ClassRef {
    pub file: PathBuf,
    pub item: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Instance {
    pub class: ClassRef,
    pub fields: Vec<(String, Value)>,
}

impl Value {
    pub fn unknown(reason: impl Into<String>) -> Self {
        Value::Unknown(reason.into())
    }

    /// A property of an object value.
    pub fn prop(&self, name: &str) -> Option<&Value> {
        match self {
            Value::Object(props) => props.iter().rev().find(|(k, _)| k == name).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// Interprets the value as a validator the way convex's `asObjectValidator` does: a
    /// validator as is, a plain object of validators as `v.object(...)`.
    pub fn to_validator(&self) -> Result<Validator, String> {
        match self {
            Value::Validator(validator, _) => Ok(validator.clone()),
            Value::Object(props) => Ok(Validator::Object(fields_of(props)?.into())),
            other => Err(other.describe_unknown("a validator")),
        }
    }

    /// Why this value is not the `expected` thing.
    pub fn describe_unknown(&self, expected: &str) -> String {
        match self {
            Value::Unknown(reason) => reason.clone(),
            Value::Opaque(what) | Value::Data(what) => format!("expected {expected}, found {what}"),
            Value::Foreign(foreign) => {
                format!(
                    "expected {expected}, found a value made by \"{}\"",
                    foreign.package
                )
            }
            other => format!("expected {expected}, found {}", other.kind_name()),
        }
    }

    fn kind_name(&self) -> &'static str {
        match self {
            Value::Unknown(_) => "an unknown value",
            Value::Undefined => "undefined",
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::BigInt(_) => "a bigint",
            Value::Str(_) => "a string",
            Value::Object(_) => "an object",
            Value::Array(_) => "an array",
            Value::Validator(..) => "a validator",
            Value::Builtin(_) => "a function",
            Value::Function(_) => "a Convex function",
            Value::Table(_) => "a table definition",
            Value::Schema(_) => "a schema",
            Value::Namespace(_) => "a module namespace",
            Value::Opaque(_) => "a value",
            Value::Data(_) => "a value known only at run time",
            Value::Foreign(_) => "a package's value",
            Value::Closure(_) => "a function",
            Value::Class(_) => "a class",
            Value::Instance(_) => "a class instance",
        }
    }
}

/// The fields of an object of validators (`{ a: v.string(), b: v.optional(...) }`).
pub fn fields_of(props: &[(String, Value)]) -> Result<Vec<Field>, String> {
    props
        .iter()
        .map(|(name, value)| match value {
            Value::Validator(validator, optional) => Ok(Field {
                name: name.clone(),
                validator: validator.clone(),
                optional: *optional,
            }),
            other => Err(format!(
                "field `{name}`: {}",
                other.describe_unknown("a validator")
            )),
        })
        .collect()
}
