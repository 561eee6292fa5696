//! `component-call-args`: the object literal passed to
//! `ctx.runQuery/runMutation/runAction(components.X.mod.fn, {...})` misses a required field,
//! has an unknown field, or has a literal whose type contradicts the function's validator.
//!
//! Why: arguments crossing a component boundary are validated at run time; a mismatch is a
//! runtime error in production that the component's validator already predicts.
//!
//! Bad:
//! ```ts
//! await ctx.runMutation(components.rateLimiter.lib.rateLimit, { name: "send", count: "1" });
//! ```
//!
//! Good:
//! ```ts
//! await ctx.runMutation(components.rateLimiter.lib.rateLimit, { name: "send", count: 1 });
//! ```

use super::{FunctionLookup, LintContext, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::usage::{ArgProperty, LiteralKind};
use crate::validator::{Field, Literal, Validator};

pub const RULE: Rule = Rule {
    code: "component-call-args",
    severity: Severity::Error,
    enabled: true,
    summary: "Arguments of a call into a component that contradict its validator.",
    eslint_plugin: false,
    check,
    scan: None,
};

/// Whether a literal of `kind` can satisfy `validator`.
fn accepts(validator: &Validator, kind: LiteralKind) -> bool {
    match validator {
        Validator::Any => true,
        Validator::Union(members) => members.iter().any(|m| accepts(m, kind)),
        Validator::String | Validator::Id(_) | Validator::Literal(Literal::String(_)) => {
            kind == LiteralKind::String
        }
        Validator::Number | Validator::Literal(Literal::Number(_)) => kind == LiteralKind::Number,
        Validator::BigInt | Validator::CommitTs | Validator::Literal(Literal::BigInt(_)) => {
            kind == LiteralKind::BigInt
        }
        Validator::Boolean | Validator::Literal(Literal::Boolean(_)) => {
            kind == LiteralKind::Boolean
        }
        Validator::Null => kind == LiteralKind::Null,
        Validator::Bytes
        | Validator::Array(_)
        | Validator::Record { .. }
        | Validator::Object(_) => false,
    }
}

/// What is wrong with an arguments object (its properties, literal kinds where literal)
/// for a function taking `fields`: missing required fields, unknown ones, literals of the
/// wrong type.
pub(super) fn argument_problems(fields: &[Field], props: &[ArgProperty]) -> Vec<String> {
    let mut problems = Vec::new();
    for field in fields.iter().filter(|f| !f.optional) {
        if !props.iter().any(|p| p.name == field.name) {
            problems.push(format!("missing required field `{}`", field.name));
        }
    }
    for prop in props {
        match fields.iter().find(|f| f.name == prop.name) {
            None => problems.push(format!("unknown field `{}`", prop.name)),
            Some(field) => {
                if let Some(kind) = prop.literal {
                    if !accepts(&field.validator, kind) {
                        problems.push(format!(
                            "field `{}` is a {kind}, which its validator does not accept",
                            prop.name
                        ));
                    }
                }
            }
        }
    }
    problems
}

fn check(context: &LintContext, out: &mut Vec<Diagnostic>) {
    for module in &context.modules {
        for call in &module.usage.component_calls {
            let Some((span, props)) = &call.args else {
                continue;
            };
            let path = &call.target.path;
            if path.len() < 3 {
                continue;
            }
            let owner = context.owner(module, &call.target);
            let Some(child) = context.child(owner, &path[0]) else {
                continue;
            };
            let module_path = path[1..path.len() - 1].join("/");
            let FunctionLookup::Found(function) =
                context.find_function(child, &module_path, &path[path.len() - 1])
            else {
                continue;
            };
            let Ok(Validator::Object(fields)) = &function.args else {
                continue;
            };
            let problems = argument_problems(fields, props);
            if !problems.is_empty() {
                out.push(
                    Diagnostic::error(
                        RULE.code,
                        &module.module.file,
                        Some(*span),
                        format!("arguments of `{}`: {}", path.join("."), problems.join("; ")),
                    )
                    .with_help(format!(
                        "`{}` takes {}",
                        path.join("."),
                        crate::validator::describe_fields(fields)
                    )),
                );
            }
        }
    }
}
