//! The library functions static evaluation understands: `v.*` from convex/values, the
//! function builders of `_generated/server` and convex/server, `defineSchema`/`defineTable`,
//! and the validator helpers and custom builders of convex-helpers.

use std::sync::Arc;

use super::value::*;
use super::Imported;
use crate::validator::{Field, Literal, Validator};

/// A function builder exported under `name` by `_generated/server` or convex/server.
fn builder(name: &str) -> Option<(FunctionKind, Visibility)> {
    let name = name.strip_suffix("Generic").unwrap_or(name);
    Some(match name {
        "query" => (FunctionKind::Query, Visibility::Public),
        "internalQuery" => (FunctionKind::Query, Visibility::Internal),
        "mutation" => (FunctionKind::Mutation, Visibility::Public),
        "internalMutation" => (FunctionKind::Mutation, Visibility::Internal),
        "action" => (FunctionKind::Action, Visibility::Public),
        "internalAction" => (FunctionKind::Action, Visibility::Internal),
        "httpAction" => (FunctionKind::HttpAction, Visibility::Public),
        _ => return None,
    })
}

fn is_generated_server(specifier: &str) -> bool {
    let stem = specifier
        .strip_suffix(".js")
        .or_else(|| specifier.strip_suffix(".ts"))
        .unwrap_or(specifier);
    stem == "_generated/server" || stem.ends_with("/_generated/server")
}

/// The value of a library import that is known without reading the library.
pub fn library_import(specifier: &str, imported: &Imported) -> Option<Value> {
    let Imported::Named(name) = imported else {
        return match specifier {
            "convex/values" | "convex/server" => {
                Some(Value::Opaque(format!("the \"{specifier}\" module")))
            }
            _ => None,
        };
    };
    let name = name.as_str();
    let value = match specifier {
        "convex/values" => match name {
            "v" => Value::Builtin(Builtin::V),
            "asObjectValidator" => Value::Builtin(Builtin::Helper(name.into())),
            _ => Value::Opaque(format!("`{name}` from convex/values")),
        },
        "convex/server" => match name {
            "defineSchema" => Value::Builtin(Builtin::DefineSchema),
            "defineTable" => Value::Builtin(Builtin::DefineTable),
            "paginationOptsValidator" => required(pagination_opts()),
            _ => match builder(name) {
                Some((kind, visibility)) if name.ends_with("Generic") => {
                    Value::Builtin(Builtin::Builder(kind, visibility))
                }
                // httpRouter(), cronJobs(), …: their results are never Convex functions.
                _ => Value::Builtin(Builtin::ServerFactory(name.into())),
            },
        },
        "convex-helpers/server/customFunctions" => match name {
            "customQuery" => Value::Builtin(Builtin::CustomBuilderFactory(FunctionKind::Query)),
            "customMutation" => {
                Value::Builtin(Builtin::CustomBuilderFactory(FunctionKind::Mutation))
            }
            "customAction" => Value::Builtin(Builtin::CustomBuilderFactory(FunctionKind::Action)),
            "customCtx" => Value::Builtin(Builtin::CustomCtx),
            "NoOp" => Value::Object(vec![("args".into(), Value::Object(vec![]))]),
            _ => Value::Opaque(format!("`{name}` from convex-helpers")),
        },
        "convex-helpers/validators" => match name {
            "literals" | "nullable" | "partial" | "doc" | "typedV" | "brandedString"
            | "withSystemFields" | "pretend" | "pretendRequired" => {
                Value::Builtin(Builtin::Helper(name.into()))
            }
            "deprecated" => Value::Validator(Validator::Any, true),
            _ => Value::Opaque(format!("`{name}` from convex-helpers/validators")),
        },
        _ if is_generated_server(specifier) => match builder(name) {
            Some((kind, visibility)) => Value::Builtin(Builtin::Builder(kind, visibility)),
            None => Value::Opaque(format!("`{name}` from _generated/server")),
        },
        _ => return None,
    };
    Some(value)
}

/// convex/server's `paginationOptsValidator`.
fn pagination_opts() -> Validator {
    let field = |name: &str, validator, optional| Field {
        name: name.into(),
        validator,
        optional,
    };
    let nullable_string = || Validator::Union(vec![Validator::String, Validator::Null].into());
    Validator::Object(
        vec![
            field("numItems", Validator::Number, false),
            field("cursor", nullable_string(), false),
            field("endCursor", nullable_string(), true),
            field("id", Validator::Number, true),
            field("maximumRowsRead", Validator::Number, true),
            field("maximumBytesRead", Validator::Number, true),
        ]
        .into(),
    )
}

/// convex/server's `paginationResultValidator(item)`.
fn pagination_result(item: Validator) -> Validator {
    let field = |name: &str, validator, optional| Field {
        name: name.into(),
        validator,
        optional,
    };
    let literal = |s: &str| Validator::Literal(Literal::String(s.into()));
    Validator::Object(
        vec![
            field("page", Validator::Array(Arc::new(item)), false),
            field("continueCursor", Validator::String, false),
            field("isDone", Validator::Boolean, false),
            field(
                "splitCursor",
                Validator::Union(vec![Validator::String, Validator::Null].into()),
                true,
            ),
            field(
                "pageStatus",
                Validator::Union(
                    vec![
                        literal("SplitRecommended"),
                        literal("SplitRequired"),
                        Validator::Null,
                    ]
                    .into(),
                ),
                true,
            ),
        ]
        .into(),
    )
}

fn validator_arg(args: &[Value], index: usize) -> Result<(Validator, bool), String> {
    match args.get(index) {
        Some(Value::Validator(validator, optional)) => Ok((validator.clone(), *optional)),
        Some(other) => Err(other.describe_unknown("a validator")),
        None => Err("a validator argument is missing".into()),
    }
}

fn required(validator: Validator) -> Value {
    Value::Validator(validator, false)
}

fn try_value(result: Result<Value, String>) -> Value {
    result.unwrap_or_else(Value::Unknown)
}

fn literal(value: &Value) -> Result<Literal, String> {
    match value {
        Value::Str(s) => Ok(Literal::String(s.clone())),
        Value::Number(n) => Ok(Literal::Number(*n)),
        Value::BigInt(n) => Ok(Literal::BigInt(*n)),
        Value::Bool(b) => Ok(Literal::Boolean(*b)),
        other => Err(other.describe_unknown("a literal")),
    }
}

fn v_method(name: &str, args: &[Value]) -> Result<Value, String> {
    Ok(required(match name {
        "string" => Validator::String,
        "number" | "float64" => Validator::Number,
        "int64" | "bigint" => Validator::BigInt,
        "boolean" => Validator::Boolean,
        "null" => Validator::Null,
        "any" => Validator::Any,
        "bytes" => Validator::Bytes,
        "commitTs" => Validator::CommitTs,
        "id" => match args.first() {
            Some(Value::Str(table)) => Validator::Id(table.clone()),
            Some(other) => return Err(other.describe_unknown("a table name")),
            None => return Err("v.id() needs a table name".into()),
        },
        "literal" => Validator::Literal(literal(args.first().unwrap_or(&Value::Undefined))?),
        "array" => Validator::Array(Arc::new(validator_arg(args, 0)?.0)),
        "object" => match args.first() {
            Some(Value::Object(props)) => Validator::Object(fields_of(props)?.into()),
            Some(other) => return Err(other.describe_unknown("an object of validators")),
            None => return Err("v.object() needs fields".into()),
        },
        "record" => Validator::Record {
            keys: Arc::new(validator_arg(args, 0)?.0),
            values: Arc::new(validator_arg(args, 1)?.0),
        },
        "union" => Validator::Union(
            (0..args.len())
                .map(|i| validator_arg(args, i).map(|(v, _)| v))
                .collect::<Result<_, _>>()?,
        ),
        "optional" => return Ok(Value::Validator(validator_arg(args, 0)?.0, true)),
        "nullable" => {
            let (inner, optional) = validator_arg(args, 0)?;
            return Ok(Value::Validator(
                Validator::Union(vec![inner, Validator::Null].into()),
                optional,
            ));
        }
        other => return Err(format!("`v.{other}` is not a known validator")),
    }))
}

fn string_args(args: &[Value]) -> Result<Vec<String>, String> {
    args.iter()
        .map(|a| {
            a.as_str()
                .map(String::from)
                .ok_or_else(|| a.describe_unknown("a field name"))
        })
        .collect()
}

fn object_fields(validator: &Validator) -> Result<Vec<Field>, String> {
    match validator {
        Validator::Object(fields) => Ok(fields.to_vec()),
        _ => Err("expected an object validator".into()),
    }
}

/// The args a convex-helpers customization adds (`{ args, input }` or `customCtx(...)`).
fn customization_args(customization: Option<&Value>) -> Result<Vec<Field>, String> {
    match customization {
        Some(Value::Builtin(Builtin::CustomCtx)) | None => Ok(Vec::new()),
        Some(custom @ Value::Object(_)) => match custom.prop("args") {
            Some(Value::Object(props)) => fields_of(props),
            None | Some(Value::Undefined) => Ok(Vec::new()),
            Some(other) => Err(other.describe_unknown("customization args")),
        },
        Some(other) => Err(other.describe_unknown("a customization")),
    }
}

fn merge_fields(mut fields: Vec<Field>, extra: Vec<Field>) -> Vec<Field> {
    for field in extra {
        match fields.iter_mut().find(|f| f.name == field.name) {
            Some(slot) => *slot = field,
            None => fields.push(field),
        }
    }
    fields
}

fn validator_method(
    validator: Validator,
    optional: bool,
    method: &str,
    args: &[Value],
) -> Result<Value, String> {
    match method {
        "optional" | "asOptional" => Ok(Value::Validator(validator, true)),
        "extend" => {
            let extra = match args.first() {
                Some(Value::Object(props)) => fields_of(props)?,
                Some(other) => return Err(other.describe_unknown("an object of validators")),
                None => Vec::new(),
            };
            Ok(Value::Validator(
                Validator::Object(merge_fields(object_fields(&validator)?, extra).into()),
                optional,
            ))
        }
        "pick" | "omit" => {
            let names = string_args(args)?;
            let fields = object_fields(&validator)?;
            let kept = if method == "pick" {
                names
                    .iter()
                    .filter_map(|n| fields.iter().find(|f| &f.name == n).cloned())
                    .collect()
            } else {
                fields
                    .into_iter()
                    .filter(|f| !names.contains(&f.name))
                    .collect()
            };
            Ok(Value::Validator(Validator::Object(kept), optional))
        }
        "partial" => Ok(Value::Validator(
            Validator::Object(
                object_fields(&validator)?
                    .into_iter()
                    .map(|f| Field {
                        optional: true,
                        ..f
                    })
                    .collect(),
            ),
            optional,
        )),
        other => Err(format!("validator method `{other}` is not known")),
    }
}

fn system_fields(table: &str, validator: &Validator) -> Result<Validator, String> {
    let add = |fields: &[Field]| {
        let mut fields = fields.to_vec();
        fields.push(Field {
            name: "_id".into(),
            validator: Validator::Id(table.into()),
            optional: false,
        });
        fields.push(Field {
            name: "_creationTime".into(),
            validator: Validator::Number,
            optional: false,
        });
        Validator::Object(fields.into())
    };
    match validator {
        Validator::Object(fields) => Ok(add(fields)),
        Validator::Union(members) => Ok(Validator::Union(
            members
                .iter()
                .map(|m| system_fields(table, m))
                .collect::<Result<_, _>>()?,
        )),
        Validator::Any => Ok(Validator::Any),
        _ => Err(format!("table `{table}` has no object document validator")),
    }
}

fn table_doc(schema: &SchemaValue, table: &Value) -> Result<Value, String> {
    let name = table
        .as_str()
        .ok_or_else(|| table.describe_unknown("a table name"))?;
    let (_, found) = schema
        .tables
        .iter()
        .find(|(n, _)| n == name)
        .ok_or_else(|| format!("the schema has no table `{name}`"))?;
    Ok(required(system_fields(name, &found.document)?))
}

fn helper(name: &str, args: &[Value]) -> Result<Value, String> {
    match name {
        "asObjectValidator" => Ok(required(
            args.first().unwrap_or(&Value::Undefined).to_validator()?,
        )),
        "literals" => Ok(required(Validator::Union(
            args.iter()
                .map(|a| literal(a).map(Validator::Literal))
                .collect::<Result<_, _>>()?,
        ))),
        // convex-helpers puts null first, unlike `v.nullable`.
        "nullable" => {
            let (inner, optional) = validator_arg(args, 0)?;
            Ok(Value::Validator(
                Validator::Union(vec![Validator::Null, inner].into()),
                optional,
            ))
        }
        "brandedString" => Ok(required(Validator::String)),
        "pretend" | "pretendRequired" => Ok(Value::Validator(
            validator_arg(args, 0)?.0,
            name == "pretend" && validator_arg(args, 0)?.1,
        )),
        "partial" => match args.first() {
            Some(Value::Object(props)) => Ok(Value::Object(
                props
                    .iter()
                    .map(|(k, v)| match v {
                        Value::Validator(validator, _) => {
                            Ok((k.clone(), Value::Validator(validator.clone(), true)))
                        }
                        other => Err(other.describe_unknown("a validator")),
                    })
                    .collect::<Result<_, _>>()?,
            )),
            Some(Value::Validator(validator, optional)) => {
                validator_method(validator.clone(), *optional, "partial", &[])
            }
            Some(other) => Err(other.describe_unknown("fields or an object validator")),
            None => Err("partial() needs an argument".into()),
        },
        "doc" => match args.first() {
            Some(Value::Schema(schema)) => {
                table_doc(schema, args.get(1).unwrap_or(&Value::Undefined))
            }
            Some(other) => Err(other.describe_unknown("a schema")),
            None => Err("doc() needs a schema".into()),
        },
        "typedV" => match args.first() {
            Some(Value::Schema(schema)) => Ok(Value::Builtin(Builtin::TypedV(schema.clone()))),
            Some(other) => Err(other.describe_unknown("a schema")),
            None => Err("typedV() needs a schema".into()),
        },
        "withSystemFields" => {
            let table = args
                .first()
                .and_then(Value::as_str)
                .ok_or("withSystemFields() needs a table name")?;
            match args.get(1) {
                Some(Value::Object(props)) => {
                    let Validator::Object(fields) =
                        system_fields(table, &Validator::Object(fields_of(props)?.into()))?
                    else {
                        unreachable!("system_fields keeps an object an object")
                    };
                    Ok(Value::Object(
                        fields
                            .iter()
                            .map(|f| {
                                let value = Value::Validator(f.validator.clone(), f.optional);
                                (f.name.clone(), value)
                            })
                            .collect(),
                    ))
                }
                Some(other) => Err(other.describe_unknown("an object of validators")),
                None => Err("withSystemFields() needs fields".into()),
            }
        }
        other => Err(format!("convex-helpers `{other}` is not known")),
    }
}

fn function_value(
    kind: FunctionKind,
    visibility: Visibility,
    definition: Option<&Value>,
    extra: &Result<Vec<Field>, String>,
) -> Value {
    let (args, returns) = match definition {
        Some(def @ Value::Object(_)) => {
            let args = match def.prop("args") {
                None | Some(Value::Undefined) => Ok(Validator::Any),
                Some(value) => value.to_validator(),
            };
            let returns = match def.prop("returns") {
                None | Some(Value::Undefined) => Ok(None),
                Some(value) => value.to_validator().map(Some),
            };
            (args, returns)
        }
        // `query(async (ctx) => …)`: a handler alone takes any arguments.
        Some(Value::Opaque(_) | Value::Closure(_)) => (Ok(Validator::Any), Ok(None)),
        Some(other) => (
            Err(other.describe_unknown("a function definition")),
            Err("unknown definition".into()),
        ),
        None => (
            Err("the builder is called without a definition".into()),
            Ok(None),
        ),
    };
    let args = match (args, extra) {
        (Ok(Validator::Any), _) if definition.and_then(|d| d.prop("args")).is_none() => {
            Ok(Validator::Any)
        }
        (Ok(args), Ok(extra)) if extra.is_empty() => Ok(args),
        (Ok(Validator::Object(fields)), Ok(extra)) => Ok(Validator::Object(
            merge_fields(fields.to_vec(), extra.clone()).into(),
        )),
        (Ok(_), Ok(_)) => Err("custom function arguments on a non-object validator".into()),
        (Err(e), _) => Err(e),
        (_, Err(e)) => Err(e.clone()),
    };
    Value::Function(Box::new(FunctionValue {
        kind,
        visibility,
        args,
        returns,
    }))
}

fn table_method(mut table: TableValue, method: &str, args: &[Value]) -> Result<Value, String> {
    let name = args
        .first()
        .and_then(Value::as_str)
        .ok_or("an index needs a name")?
        .to_string();
    let config = args.get(1).unwrap_or(&Value::Undefined);
    let strings = |value: Option<&Value>| -> Result<Vec<String>, String> {
        match value {
            Some(Value::Array(items)) => string_args(items),
            None | Some(Value::Undefined) => Ok(Vec::new()),
            Some(other) => Err(other.describe_unknown("a list of field names")),
        }
    };
    match method {
        "index" | "stagedIndex" => {
            let fields = match config {
                Value::Array(_) => strings(Some(config))?,
                Value::Object(_) => strings(config.prop("fields"))?,
                other => return Err(other.describe_unknown("index fields")),
            };
            table.indexes.push(Index { name, fields });
        }
        "searchIndex" | "stagedSearchIndex" => table.search_indexes.push(SearchIndex {
            name,
            search_field: config
                .prop("searchField")
                .and_then(Value::as_str)
                .ok_or("searchIndex needs a searchField")?
                .into(),
            filter_fields: strings(config.prop("filterFields"))?,
        }),
        "vectorIndex" | "stagedVectorIndex" => table.vector_indexes.push(VectorIndex {
            name,
            vector_field: config
                .prop("vectorField")
                .and_then(Value::as_str)
                .ok_or("vectorIndex needs a vectorField")?
                .into(),
            dimensions: match config.prop("dimensions") {
                Some(Value::Number(n)) => *n,
                _ => return Err("vectorIndex needs numeric dimensions".into()),
            },
            filter_fields: strings(config.prop("filterFields"))?,
        }),
        other => return Err(format!("table method `{other}` is not known")),
    }
    Ok(Value::Table(Box::new(table)))
}

/// Calls a known library function.
pub fn call(builtin: Builtin, args: Vec<Value>) -> Value {
    match builtin {
        Builtin::ObjectMethod(name) => object_method(&name, args),
        Builtin::Object => Value::unknown("`Object(...)` static evaluation does not follow"),
        // The evaluator calls these itself: they call back into it.
        Builtin::ArrayMethod(_, method) => {
            Value::Unknown(format!("`.{method}(...)` outside the evaluator"))
        }
        Builtin::V | Builtin::TypedV(_) => Value::unknown("`v` is not callable"),
        Builtin::VMethod(name) => try_value(v_method(&name, &args)),
        Builtin::ValidatorMethod(target, method) => {
            let (validator, optional) = *target;
            try_value(validator_method(validator, optional, &method, &args))
        }
        Builtin::Builder(kind, visibility) => {
            function_value(kind, visibility, args.first(), &Ok(Vec::new()))
        }
        Builtin::CustomBuilder {
            kind,
            visibility,
            extra,
        } => function_value(kind, visibility, args.first(), &extra),
        Builtin::CustomBuilderFactory(kind) => match args.first() {
            Some(Value::Builtin(Builtin::Builder(base_kind, visibility))) if *base_kind == kind => {
                Value::Builtin(Builtin::CustomBuilder {
                    kind,
                    visibility: *visibility,
                    extra: customization_args(args.get(1)),
                })
            }
            // A customization of a customized builder (`customMutation(mutationWithTriggers,
            // …)`): the outer layer adds its args to the function's, then the inner its own.
            Some(Value::Builtin(Builtin::CustomBuilder {
                kind: base_kind,
                visibility,
                extra: inner,
            })) if *base_kind == kind => Value::Builtin(Builtin::CustomBuilder {
                kind,
                visibility: *visibility,
                extra: customization_args(args.get(1))
                    .and_then(|outer| Ok(merge_fields(outer, inner.clone()?))),
            }),
            Some(other) => {
                Value::Unknown(other.describe_unknown(&format!("a {} builder", kind.as_str())))
            }
            None => Value::unknown("custom builder without a base builder"),
        },
        Builtin::CustomCtx => Value::Builtin(Builtin::CustomCtx),
        Builtin::ServerFactory(name) if name == "paginationResultValidator" => {
            try_value(validator_arg(&args, 0).map(|(item, _)| required(pagination_result(item))))
        }
        Builtin::ServerFactory(name) => Value::Opaque(format!("the result of `{name}(...)`")),
        Builtin::DefineTable => match args.first() {
            Some(definition) => match definition.to_validator() {
                Ok(document) => Value::Table(Box::new(TableValue {
                    document,
                    indexes: Vec::new(),
                    search_indexes: Vec::new(),
                    vector_indexes: Vec::new(),
                })),
                Err(reason) => Value::Unknown(reason),
            },
            None => Value::unknown("defineTable() needs a document shape"),
        },
        Builtin::TableMethod(table, method) => try_value(table_method(*table, &method, &args)),
        Builtin::DefineSchema => {
            let tables = match args.first() {
                Some(Value::Object(props)) => props
                    .iter()
                    .map(|(name, table)| match table {
                        Value::Table(table) => Ok((name.clone(), (**table).clone())),
                        other => Err(format!(
                            "table `{name}`: {}",
                            other.describe_unknown("defineTable(...)")
                        )),
                    })
                    .collect::<Result<Vec<_>, _>>(),
                Some(other) => Err(other.describe_unknown("an object of tables")),
                None => Err("defineSchema() needs tables".into()),
            };
            let schema_validation = !matches!(
                args.get(1)
                    .and_then(|options| options.prop("schemaValidation")),
                Some(Value::Bool(false))
            );
            match tables {
                Ok(tables) => Value::Schema(Box::new(SchemaValue {
                    tables,
                    schema_validation,
                })),
                Err(reason) => Value::Unknown(reason),
            }
        }
        Builtin::Helper(name) => try_value(helper(&name, &args)),
        Builtin::TypedDoc(schema) => try_value(table_doc(
            &schema,
            args.first().unwrap_or(&Value::Undefined),
        )),
        Builtin::StringMethod(string, method) => {
            super::globals::call_string_method(&string, &method, &args)
        }
        Builtin::Global(name) => super::globals::call_global(&name, &args),
    }
}

/// `builtin.key`.
pub fn member(builtin: Builtin, key: &str) -> Value {
    match builtin {
        Builtin::Object => match key {
            "keys" | "values" | "entries" | "fromEntries" | "assign" | "freeze" => {
                Value::Builtin(Builtin::ObjectMethod(key.into()))
            }
            _ => Value::Unknown(format!("`Object.{key}` static evaluation does not follow")),
        },
        Builtin::V => Value::Builtin(Builtin::VMethod(key.into())),
        Builtin::TypedV(schema) if key == "doc" => Value::Builtin(Builtin::TypedDoc(schema)),
        Builtin::TypedV(_) => Value::Builtin(Builtin::VMethod(key.into())),
        Builtin::Global(name) => super::globals::global_member(&name, key),
        _ => Value::Unknown(format!("property `{key}` of a library function")),
    }
}

/// The keys of an object in JavaScript's order: integer keys ascending, then the others in
/// insertion order.
fn own_keys(props: &[(String, Value)]) -> Vec<&(String, Value)> {
    let index = |key: &str| {
        (key == "0" || (!key.starts_with('0') && key.bytes().all(|b| b.is_ascii_digit())))
            .then(|| key.parse::<u32>().ok())
            .flatten()
    };
    let mut integers: Vec<_> = props.iter().filter(|(k, _)| index(k).is_some()).collect();
    integers.sort_by_key(|(k, _)| index(k));
    integers.extend(props.iter().filter(|(k, _)| index(k).is_none()));
    integers
}

/// `Object.keys(...)` and its siblings on known objects.
fn object_method(name: &str, args: Vec<Value>) -> Value {
    let mut args = args.into_iter();
    let first = args.next().unwrap_or(Value::Undefined);
    match (name, first) {
        ("freeze", value) => value,
        ("keys", Value::Object(props)) => Value::Array(
            own_keys(&props)
                .into_iter()
                .map(|(k, _)| Value::Str(k.clone()))
                .collect(),
        ),
        ("values", Value::Object(props)) => Value::Array(
            own_keys(&props)
                .into_iter()
                .map(|(_, v)| v.clone())
                .collect(),
        ),
        ("entries", Value::Object(props)) => Value::Array(
            own_keys(&props)
                .into_iter()
                .map(|(k, v)| Value::Array(vec![Value::Str(k.clone()), v.clone()]))
                .collect(),
        ),
        ("keys" | "values" | "entries", Value::Array(items)) => Value::Array(
            items
                .into_iter()
                .enumerate()
                .map(|(i, item)| match name {
                    "keys" => Value::Str(i.to_string()),
                    "values" => item,
                    _ => Value::Array(vec![Value::Str(i.to_string()), item]),
                })
                .collect(),
        ),
        ("fromEntries", Value::Array(entries)) => {
            let mut props: Vec<(String, Value)> = Vec::new();
            for entry in entries {
                let Value::Array(pair) = entry else {
                    return Value::unknown(
                        "`Object.fromEntries` of entries known only at run time",
                    );
                };
                let mut pair = pair.into_iter();
                let key = match pair.next() {
                    Some(Value::Str(key)) => key,
                    Some(Value::Number(n)) => crate::validator::js_number(n),
                    _ => {
                        return Value::unknown(
                            "`Object.fromEntries` with a key known only at run time",
                        )
                    }
                };
                let value = pair.next().unwrap_or(Value::Undefined);
                match props.iter_mut().find(|(k, _)| *k == key) {
                    Some(existing) => existing.1 = value,
                    None => props.push((key, value)),
                }
            }
            Value::Object(props)
        }
        ("assign", Value::Object(mut props)) => {
            for source in args {
                match source {
                    Value::Object(more) => {
                        for (key, value) in more {
                            match props.iter_mut().find(|(k, _)| *k == key) {
                                Some(existing) => existing.1 = value,
                                None => props.push((key, value)),
                            }
                        }
                    }
                    Value::Undefined | Value::Null => {}
                    other => return Value::Unknown(other.describe_unknown("an object to assign")),
                }
            }
            Value::Object(props)
        }
        (_, Value::Unknown(reason)) => Value::Unknown(reason),
        (_, other) => {
            Value::Unknown(other.describe_unknown(&format!("an object for `Object.{name}`")))
        }
    }
}

/// `validator.key`: methods and the public fields of convex's validator classes.
pub fn validator_member(validator: Validator, optional: bool, key: &str) -> Value {
    match (key, &validator) {
        ("optional" | "asOptional" | "extend" | "pick" | "omit" | "partial", _) => Value::Builtin(
            Builtin::ValidatorMethod(Box::new((validator, optional)), key.into()),
        ),
        ("isOptional", _) => Value::Str(if optional { "optional" } else { "required" }.into()),
        ("fields", Validator::Object(fields)) => Value::Object(
            fields
                .iter()
                .map(|f| {
                    (
                        f.name.clone(),
                        Value::Validator(f.validator.clone(), f.optional),
                    )
                })
                .collect(),
        ),
        ("element", Validator::Array(element)) => required((**element).clone()),
        ("members", Validator::Union(members)) => {
            Value::Array(members.iter().cloned().map(required).collect())
        }
        ("tableName", Validator::Id(table)) => Value::Str(table.clone()),
        ("value", Validator::Literal(literal)) => match literal {
            Literal::String(s) => Value::Str(s.clone()),
            Literal::Number(n) => Value::Number(*n),
            Literal::BigInt(n) => Value::BigInt(*n),
            Literal::Boolean(b) => Value::Bool(*b),
        },
        ("key", Validator::Record { keys, .. }) => required((**keys).clone()),
        ("value", Validator::Record { values, .. }) => required((**values).clone()),
        ("kind", _) => match validator_kind(&validator) {
            Some(kind) => Value::Str(kind.into()),
            None => Value::Unknown(format!("validator property `{key}` is not known")),
        },
        _ => Value::Unknown(format!("validator property `{key}` is not known")),
    }
}

/// The `kind` field of convex's validator classes.
fn validator_kind(validator: &Validator) -> Option<&'static str> {
    Some(match validator {
        Validator::Null => "null",
        Validator::Number => "float64",
        Validator::BigInt => "int64",
        Validator::Boolean => "boolean",
        Validator::String => "string",
        Validator::Bytes => "bytes",
        Validator::Any => "any",
        Validator::Literal(_) => "literal",
        Validator::Id(_) => "id",
        Validator::Array(_) => "array",
        Validator::Record { .. } => "record",
        Validator::Object(_) => "object",
        Validator::Union(_) => "union",
        Validator::CommitTs => return None,
    })
}

/// `table.key` of a `defineTable(...)` value.
pub fn table_member(table: TableValue, key: &str) -> Value {
    match key {
        "index" | "searchIndex" | "vectorIndex" | "stagedIndex" | "stagedSearchIndex"
        | "stagedVectorIndex" => Value::Builtin(Builtin::TableMethod(Box::new(table), key.into())),
        "validator" => required(table.document),
        _ => Value::Unknown(format!("table property `{key}` is not known")),
    }
}
