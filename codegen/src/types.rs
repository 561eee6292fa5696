//! Validators as TypeScript types, exactly as the official codegen prints them (before
//! formatting).

use convexkit_analysis::model::Function;
use convexkit_analysis::validator::Validator;

/// `validatorToType`: `Id<"t">` for ids when `use_id_type`, else `string`.
pub fn validator_to_type(validator: &Validator, use_id_type: bool) -> String {
    match validator {
        Validator::Null => "null".into(),
        Validator::Number => "number".into(),
        Validator::BigInt => "bigint".into(),
        Validator::CommitTs => "bigint | import(\"convex/values\").CommitTsPlaceholder".into(),
        Validator::Boolean => "boolean".into(),
        Validator::String => "string".into(),
        Validator::Bytes => "ArrayBuffer".into(),
        Validator::Any => "any".into(),
        Validator::Literal(literal) => literal.to_type(),
        Validator::Id(table) if use_id_type => format!("Id<\"{table}\">"),
        Validator::Id(_) => "string".into(),
        Validator::Array(element) => format!("Array<{}>", validator_to_type(element, use_id_type)),
        Validator::Record { keys, values } => format!(
            "Record<{}, {}>",
            validator_to_type(keys, use_id_type),
            validator_to_type(values, use_id_type)
        ),
        Validator::Union(members) => members
            .iter()
            .map(|m| validator_to_type(m, use_id_type))
            .collect::<Vec<_>>()
            .join(" | "),
        Validator::Object(fields) => {
            let fields: Vec<String> = fields
                .iter()
                .map(|f| {
                    format!(
                        "{}{}: {}",
                        f.name,
                        if f.optional { "?" } else { "" },
                        validator_to_type(&f.validator, use_id_type)
                    )
                })
                .collect();
            format!("{{ {} }}", fields.join(", "))
        }
    }
}

/// Why a function's type cannot be printed: its validators are not statically known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownValidator {
    pub function: String,
    pub reason: String,
}

/// `FunctionReference<"query", "public", Args, Returns[, ComponentPath]>`, with the
/// validators as the backend returns them (object fields sorted).
pub fn function_reference(
    function: &Function,
    visibility: &str,
    use_id_type: bool,
    component_path: Option<&str>,
) -> Result<String, UnknownValidator> {
    let unknown = |reason: &String| UnknownValidator {
        function: function.name.clone(),
        reason: reason.clone(),
    };
    let args = function.args.as_ref().map_err(unknown)?;
    let returns = function.returns.as_ref().map_err(unknown)?;
    let args_type = validator_to_type(&args.sorted_fields(), use_id_type);
    let returns_type = returns.as_ref().map_or_else(
        || "any".to_string(),
        |r| validator_to_type(&r.sorted_fields(), use_id_type),
    );
    Ok(format!(
        "FunctionReference<\"{}\", \"{visibility}\", {args_type}, {returns_type}{}>",
        function.kind.as_str(),
        component_path.map(|p| format!(", {p}")).unwrap_or_default()
    ))
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use convexkit_analysis::eval::{FunctionKind, Visibility};
    use convexkit_analysis::validator::{Field, Literal};

    fn field(name: &str, validator: Validator, optional: bool) -> Field {
        Field {
            name: name.into(),
            validator,
            optional,
        }
    }

    fn sample() -> Validator {
        Validator::Object(
            vec![
                field("zeta", Validator::Id("users".into()), false),
                field(
                    "alpha",
                    Validator::Union(
                        vec![
                            Validator::Literal(Literal::String("a".into())),
                            Validator::Null,
                        ]
                        .into(),
                    ),
                    true,
                ),
                field(
                    "nested",
                    Validator::Record {
                        keys: Arc::new(Validator::String),
                        values: Arc::new(Validator::Array(Arc::new(Validator::BigInt))),
                    },
                    false,
                ),
                field("bytes", Validator::Bytes, false),
                field("when", Validator::CommitTs, false),
                field("n", Validator::Literal(Literal::Number(-0.5)), false),
            ]
            .into(),
        )
    }

    #[test]
    fn validator_types() {
        insta::assert_snapshot!(validator_to_type(&sample(), true), @r#"{ zeta: Id<"users">, alpha?: "a" | null, nested: Record<string, Array<bigint>>, bytes: ArrayBuffer, when: bigint | import("convex/values").CommitTsPlaceholder, n: -0.5 }"#);
        insta::assert_snapshot!(validator_to_type(&sample().sorted_fields(), false), @r#"{ alpha?: "a" | null, bytes: ArrayBuffer, n: -0.5, nested: Record<string, Array<bigint>>, when: bigint | import("convex/values").CommitTsPlaceholder, zeta: string }"#);
    }

    #[test]
    fn function_references() {
        let function = Function {
            name: "get".into(),
            kind: FunctionKind::Query,
            visibility: Visibility::Public,
            args: Ok(sample()),
            returns: Ok(None),
            span: None,
        };
        insta::assert_snapshot!(function_reference(&function, "internal", false, Some("Name")).unwrap(), @r#"FunctionReference<"query", "internal", { alpha?: "a" | null, bytes: ArrayBuffer, n: -0.5, nested: Record<string, Array<bigint>>, when: bigint | import("convex/values").CommitTsPlaceholder, zeta: string }, any, Name>"#);
        let unknown = Function {
            args: Err("`f(...)` is only known by running it".into()),
            ..function
        };
        assert_eq!(
            function_reference(&unknown, "public", true, None)
                .unwrap_err()
                .reason,
            "`f(...)` is only known by running it"
        );
    }
}
