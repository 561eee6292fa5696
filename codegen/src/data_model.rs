//! The static `DataModel` type (staticDataModel), line by line as the official generator
//! emits it before formatting.

use convexkit_analysis::eval::{SchemaValue, TableValue};
use convexkit_analysis::validator::{Field, Validator};

use crate::collation::compare_strings;
use crate::types::validator_to_type;

/// Why a schema cannot be printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaError(pub String);

pub(crate) fn with_system_fields(
    table: &str,
    document: &Validator,
) -> Result<Validator, SchemaError> {
    match document {
        Validator::Object(fields) => {
            if let Some(field) = fields
                .iter()
                .find(|f| f.name == "_id" || f.name == "_creationTime")
            {
                return Err(SchemaError(format!(
                    "System field {} present in table {table}.",
                    field.name
                )));
            }
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
            Ok(Validator::Object(fields.into()))
        }
        Validator::Any => Ok(Validator::Any),
        Validator::Union(members) => Ok(Validator::Union(
            members
                .iter()
                .map(|m| match m {
                    Validator::Object(_) => with_system_fields(table, m),
                    _ => Err(SchemaError(
                        "System fields can only be added to objects.".into(),
                    )),
                })
                .collect::<Result<_, _>>()?,
        )),
        _ => Err(SchemaError(format!(
            "Invalid top-level validator for {table}."
        ))),
    }
}

fn field_paths(validator: &Validator, out: &mut Vec<Vec<String>>) {
    match validator {
        Validator::Object(fields) => {
            for field in fields.iter() {
                out.push(vec![field.name.clone()]);
                let mut nested = Vec::new();
                field_paths(&field.validator, &mut nested);
                for path in nested.into_iter().filter(|p| !p.is_empty()) {
                    let mut full = vec![field.name.clone()];
                    full.extend(path);
                    out.push(full);
                }
            }
        }
        Validator::Union(members) => members.iter().for_each(|m| field_paths(m, out)),
        Validator::Record { .. } => out.push(vec!["${string}".into()]),
        _ => out.push(Vec::new()),
    }
}

fn string_literal_union(fields: &[String]) -> String {
    if fields.is_empty() {
        return "never".into();
    }
    fields
        .iter()
        .map(|f| {
            if f.contains("${") {
                format!("`{f}`")
            } else {
                format!("\"{f}\"")
            }
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

fn table_lines(name: &str, table: &TableValue, lines: &mut Vec<String>) -> Result<(), SchemaError> {
    // The backend returns documents with sorted fields and indexes sorted by name, with
    // `_creationTime` appended to each database index.
    let document = with_system_fields(name, &table.document.sorted_fields())?;
    lines.push("{".into());
    lines.push(format!(
        "  document: {},",
        validator_to_type(&document, true)
    ));
    let mut paths = Vec::new();
    field_paths(&document, &mut paths);
    let mut unique: Vec<String> = Vec::new();
    for path in paths {
        let joined = path.join(".");
        if !unique.contains(&joined) {
            unique.push(joined);
        }
    }
    unique.sort_by(|a, b| compare_strings(a, b));
    lines.push(format!("  fieldPaths: {},", string_literal_union(&unique)));

    lines.push("  indexes: {".into());
    lines.push("    \"by_id\": [\"_id\"],".into());
    lines.push("    \"by_creation_time\": [\"_creationTime\"],".into());
    let mut indexes: Vec<_> = table.indexes.iter().collect();
    indexes.sort_by(|a, b| a.name.as_bytes().cmp(b.name.as_bytes()));
    for index in indexes {
        if index.name == "by_id" || index.name == "by_creation_time" {
            return Err(SchemaError(format!(
                "Duplicate index name {} in table {name}.",
                index.name
            )));
        }
        let mut fields = index.fields.clone();
        fields.push("_creationTime".into());
        lines.push(format!(
            "    \"{}\": {},",
            index.name,
            serde_json::to_string(&fields).unwrap_or_default()
        ));
    }
    lines.push("  },".into());

    lines.push("  searchIndexes: {".into());
    let mut search: Vec<_> = table.search_indexes.iter().collect();
    search.sort_by(|a, b| a.name.as_bytes().cmp(b.name.as_bytes()));
    for index in search {
        let mut filters = index.filter_fields.clone();
        filters.sort();
        lines.push(format!("    \"{}\": {{", index.name));
        lines.push(format!("      searchField: \"{}\",", index.search_field));
        lines.push(format!(
            "      filterFields: {},",
            string_literal_union(&filters)
        ));
        lines.push("    },".into());
    }
    lines.push("  },".into());

    lines.push("  vectorIndexes: {".into());
    let mut vector: Vec<_> = table.vector_indexes.iter().collect();
    vector.sort_by(|a, b| a.name.as_bytes().cmp(b.name.as_bytes()));
    for index in vector {
        let mut filters = index.filter_fields.clone();
        filters.sort();
        lines.push(format!("    \"{}\": {{", index.name));
        lines.push(format!("      vectorField: \"{}\",", index.vector_field));
        lines.push("      dimensions: number,".into());
        lines.push(format!(
            "      filterFields: {},",
            string_literal_union(&filters)
        ));
        lines.push("    },".into());
    }
    lines.push("  },".into());
    lines.push("}".into());
    Ok(())
}

/// The right-hand side of `export type DataModel = …;`.
pub fn data_model_type(schema: &SchemaValue) -> Result<String, SchemaError> {
    let mut tables: Vec<_> = schema.tables.iter().collect();
    tables.sort_by(|(a, _), (b, _)| compare_strings(a, b));
    let mut lines = vec!["{".to_string()];
    for (name, table) in tables {
        lines.push(format!("  {name}:"));
        table_lines(name, table, &mut lines)?;
        lines.push(",".into());
    }
    lines.push("}".into());
    if !schema.schema_validation {
        lines.push(" & AnyDataModel".into());
    }
    Ok(lines.join("\n"))
}
