//! `function-call-args`: the arguments passed to one of the app's own functions through
//! `ctx.runQuery/runMutation/runAction`, `ctx.scheduler.runAfter/runAt` or the client's
//! `useQuery`/`usePaginatedQuery`/`fetchQuery` contradict its `args` validator (a missing
//! required field, an unknown field, a literal of the wrong type), or the call runs a
//! function of the wrong kind (`runQuery` of a mutation, a query scheduled).
//!
//! Why: the arguments are validated only when the call runs, as `component-call-args`
//! checks for calls into components.
//!
//! Bad:
//! ```ts
//! await ctx.scheduler.runAfter(0, internal.emails.send, { to: user.email, subjet: "Hi" });
//! ```
//!
//! Good:
//! ```ts
//! await ctx.scheduler.runAfter(0, internal.emails.send, { to: user.email, subject: "Hi" });
//! ```
//!
//! `useQuery(ref, "skip")` is left alone; `usePaginatedQuery` supplies `paginationOpts`
//! itself.

use super::api_refs::{resolve, Target};
use super::component_call_args::argument_problems;
use super::{LintContext, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::eval::FunctionKind;
use crate::validator::Validator;

pub const RULE: Rule = Rule {
    code: "function-call-args",
    severity: Severity::Error,
    enabled: true,
    summary: "Arguments of a call to one of the app's functions that contradict its validator.",
    eslint_plugin: false,
    check,
    scan: None,
};

/// The kinds of function each call runs.
fn runs(callee: &str) -> &'static [FunctionKind] {
    match callee {
        "runQuery" | "useQuery" | "usePaginatedQuery" | "fetchQuery" => &[FunctionKind::Query],
        "runMutation" | "fetchMutation" => &[FunctionKind::Mutation],
        "runAction" | "fetchAction" => &[FunctionKind::Action],
        _ => &[FunctionKind::Mutation, FunctionKind::Action],
    }
}

fn check(context: &LintContext, out: &mut Vec<Diagnostic>) {
    for module in context.modules.iter().chain(&context.clients) {
        for reference in &module.usage.api_refs {
            let Some(call) = &reference.call else {
                continue;
            };
            let Some(Target::Function(function)) = resolve(context, module, reference) else {
                continue;
            };
            let name = format!(
                "{}.{}",
                if reference.internal {
                    "internal"
                } else {
                    "api"
                },
                reference.path.join(".")
            );
            let kinds = runs(&call.callee);
            if !kinds.contains(&function.kind) {
                out.push(Diagnostic::error(
                    RULE.code,
                    &module.module.file,
                    Some(reference.span),
                    format!(
                        "`{}` runs a {}, and `{name}` is a {}",
                        call.callee,
                        describe(kinds),
                        describe(&[function.kind])
                    ),
                ));
                continue;
            }
            let Ok(Validator::Object(fields)) = &function.args else {
                continue;
            };
            let mut fields = fields.to_vec();
            if call.callee == "usePaginatedQuery" {
                fields.retain(|f| f.name != "paginationOpts");
            }
            let (span, problems) = match &call.args {
                Some((span, props)) => (*span, argument_problems(&fields, props)),
                None if call.no_args => (reference.span, argument_problems(&fields, &[])),
                None => continue,
            };
            if !problems.is_empty() {
                out.push(
                    Diagnostic::error(
                        RULE.code,
                        &module.module.file,
                        Some(span),
                        format!("arguments of `{name}`: {}", problems.join("; ")),
                    )
                    .with_help(format!(
                        "`{name}` takes {}",
                        crate::validator::describe_fields(&fields)
                    )),
                );
            }
        }
    }
}

fn describe(kinds: &[FunctionKind]) -> String {
    kinds
        .iter()
        .map(|k| match k {
            FunctionKind::Query => "query",
            FunctionKind::Mutation => "mutation",
            FunctionKind::Action => "action",
            FunctionKind::HttpAction => "HTTP action",
        })
        .collect::<Vec<_>>()
        .join(" or ")
}
