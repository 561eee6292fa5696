//! `_generated/validators.ts` (convexkit.json `{"codegen": {"validators": true}}`): the
//! app's table document validators and its installed components' public function
//! validators as real `v.*` values, for reuse in the app's own `args`/`returns`.

use convexkit_analysis::eval::Visibility;
use convexkit_analysis::model::{ComponentDefinition, ProjectModel};
use convexkit_analysis::validator::{Field, Literal, Validator};

use crate::collation::compare_strings;
use crate::identifiers::import_path;

/// Why the validators file cannot be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidatorsError {
    pub file: std::path::PathBuf,
    pub message: String,
}

fn key(name: &str) -> String {
    if convexkit_analysis::parse::is_identifier(name) {
        name.to_string()
    } else {
        serde_json::to_string(name).unwrap_or_default()
    }
}

fn literal(literal: &Literal) -> String {
    match literal {
        Literal::String(s) => serde_json::to_string(s).unwrap_or_default(),
        other => other.to_type(),
    }
}

/// `v.*` source for a validator. Inside a component's API, ids are plain strings (as the
/// generated `ComponentApi` types them), since the app cannot name a component's tables.
fn source(validator: &Validator, ids: bool, indent: usize) -> String {
    let pad = "  ".repeat(indent + 1);
    let close = "  ".repeat(indent);
    match validator {
        Validator::Null => "v.null()".into(),
        Validator::Number => "v.float64()".into(),
        Validator::BigInt | Validator::CommitTs => "v.int64()".into(),
        Validator::Boolean => "v.boolean()".into(),
        Validator::String => "v.string()".into(),
        Validator::Bytes => "v.bytes()".into(),
        Validator::Any => "v.any()".into(),
        Validator::Literal(l) => format!("v.literal({})", literal(l)),
        Validator::Id(table) if ids => {
            format!("v.id({})", serde_json::to_string(table).unwrap_or_default())
        }
        Validator::Id(_) => "v.string()".into(),
        Validator::Array(element) => format!("v.array({})", source(element, ids, indent)),
        Validator::Record { keys, values } => {
            format!(
                "v.record({}, {})",
                source(keys, ids, indent),
                source(values, ids, indent)
            )
        }
        Validator::Union(members) => {
            let inline: Vec<String> = members.iter().map(|m| source(m, ids, indent)).collect();
            if inline.iter().all(|m| !m.contains('\n'))
                && inline.iter().map(|m| m.len() + 2).sum::<usize>() < 60
            {
                format!("v.union({})", inline.join(", "))
            } else {
                let lines: Vec<String> = members
                    .iter()
                    .map(|m| format!("{pad}{},\n", source(m, ids, indent + 1)))
                    .collect();
                format!("v.union(\n{}{close})", lines.concat())
            }
        }
        Validator::Object(fields) if fields.is_empty() => "v.object({})".into(),
        Validator::Object(fields) => format!(
            "v.object({{\n{}{close}}})",
            object_fields(fields, ids, indent + 1)
        ),
    }
}

fn object_fields(fields: &[Field], ids: bool, indent: usize) -> String {
    let pad = "  ".repeat(indent);
    fields
        .iter()
        .map(|f| {
            let value = source(&f.validator, ids, indent);
            let value = if f.optional {
                format!("v.optional({value})")
            } else {
                value
            };
            format!("{pad}{}: {value},\n", key(&f.name))
        })
        .collect()
}

/// A component's public functions as nested `{ args, returns }` objects.
fn component_functions(
    definition: &ComponentDefinition,
    indent: usize,
) -> Result<String, ValidatorsError> {
    let mut entries: Vec<(Vec<&str>, String)> = Vec::new();
    for module in &definition.modules {
        for function in module.functions.iter() {
            if function.visibility != Visibility::Public
                || function.kind == convexkit_analysis::eval::FunctionKind::HttpAction
            {
                continue;
            }
            let unknown = |reason: &String| ValidatorsError {
                file: module.file.clone(),
                message: format!(
                    "the validators of `{}` cannot be evaluated statically: {reason}",
                    function.name
                ),
            };
            let args = function.args.as_ref().map_err(unknown)?;
            let returns = function.returns.as_ref().map_err(unknown)?;
            let mut path: Vec<&str> = import_path(&module.path).split('/').collect();
            path.push(&function.name);
            // The entry's key sits at level `indent + path.len()`; its members one deeper.
            let level = indent + path.len() + 1;
            let pad = "  ".repeat(level);
            let returns = returns
                .as_ref()
                .map_or_else(|| "v.any()".to_string(), |r| source(r, false, level));
            let args = source(args, false, level);
            entries.push((
                path,
                format!(
                    "{{\n{pad}args: {args},\n{pad}returns: {returns},\n{}}}",
                    "  ".repeat(level - 1)
                ),
            ));
        }
    }
    entries.sort_by(|(a, _), (b, _)| {
        a.iter()
            .zip(b.iter())
            .map(|(x, y)| compare_strings(x, y))
            .find(|o| o.is_ne())
            .unwrap_or(a.len().cmp(&b.len()))
    });
    Ok(nest(&entries, 0, indent))
}

/// Renders sorted `(path, value)` entries as nested object literals.
fn nest(entries: &[(Vec<&str>, String)], depth: usize, indent: usize) -> String {
    let pad = "  ".repeat(indent + depth + 1);
    let mut out = String::from("{\n");
    let mut i = 0;
    while i < entries.len() {
        let name = entries[i].0[depth];
        let group: Vec<_> = entries[i..]
            .iter()
            .take_while(|(p, _)| p[depth] == name)
            .cloned()
            .collect();
        i += group.len();
        let value = if group.len() == 1 && group[0].0.len() == depth + 1 {
            group[0].1.clone()
        } else {
            nest(&group, depth + 1, indent)
        };
        out.push_str(&format!("{pad}{}: {value},\n", key(name)));
    }
    out.push_str(&format!("{}}}", "  ".repeat(indent + depth)));
    out
}

/// The content of the app's `_generated/validators.ts`.
pub fn validators_file(model: &ProjectModel) -> Result<String, ValidatorsError> {
    let app = model.app();
    let mut out = String::from(
        "/* eslint-disable */\n/**\n * Generated validators: the app's table documents and its installed components'\n * public functions, as `v.*` values to reuse in `args` and `returns`.\n *\n * THIS CODE IS AUTOMATICALLY GENERATED by `convexkit codegen`\n * (convexkit.json `{\"codegen\": {\"validators\": true}}`).\n * @module\n */\n\nimport { v } from \"convex/values\";\n\n",
    );
    out.push_str("/** Each table's document validator, system fields included. */\nexport const tables = {\n");
    if let Some(schema) = &app.schema {
        let schema = schema.value.as_ref().map_err(|reason| ValidatorsError {
            file: schema.file.clone(),
            message: format!("the schema cannot be evaluated statically: {reason}"),
        })?;
        let mut tables: Vec<_> = schema.tables.iter().collect();
        tables.sort_by(|(a, _), (b, _)| compare_strings(a, b));
        for (name, table) in tables {
            let document =
                crate::data_model::with_system_fields(name, &table.document).map_err(|e| {
                    ValidatorsError {
                        file: app
                            .schema
                            .as_ref()
                            .map(|s| s.file.clone())
                            .unwrap_or_default(),
                        message: e.0,
                    }
                })?;
            out.push_str(&format!(
                "  {}: {},\n",
                key(name),
                source(&document, true, 1)
            ));
        }
    }
    out.push_str("};\n\n/** The public functions of each installed component, by instance name. */\nexport const components = {\n");
    for child in &app.uses {
        let Some(id) = child.definition else { continue };
        out.push_str(&format!(
            "  {}: {},\n",
            key(&child.name),
            component_functions(&model.definitions[id], 1)?
        ));
    }
    out.push_str("};\n");
    Ok(out)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    #[test]
    fn prints_validators_as_source() {
        let validator = Validator::Object(
            vec![
                Field {
                    name: "name".into(),
                    validator: Validator::String,
                    optional: false,
                },
                Field {
                    name: "kebab-key".into(),
                    validator: Validator::Id("users".into()),
                    optional: true,
                },
                Field {
                    name: "tags".into(),
                    validator: Validator::Array(Arc::new(Validator::Union(
                        vec![
                            Validator::Literal(Literal::String("a\"b".into())),
                            Validator::Literal(Literal::BigInt(3)),
                        ]
                        .into(),
                    ))),
                    optional: false,
                },
            ]
            .into(),
        );
        insta::assert_snapshot!(source(&validator, true, 0), @r#"
        v.object({
          name: v.string(),
          "kebab-key": v.optional(v.id("users")),
          tags: v.array(v.union(v.literal("a\"b"), v.literal(3n))),
        })
        "#);
        assert_eq!(source(&Validator::Id("t".into()), false, 0), "v.string()");
    }
}
