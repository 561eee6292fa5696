//! `require-args-validator`: an exported Convex function without an `args` validator.
//!
//! Why: arguments of a public function come from anyone; without a validator nothing
//! checks them at run time, and an internal function's callers are not checked either.
//! (A rule of @convex-dev/eslint-plugin, with its fix and option.)
//!
//! Bad:
//! ```ts
//! export const send = mutation({ handler: async (ctx, { body }) => { ... } });
//! ```
//!
//! Good:
//! ```ts
//! export const send = mutation({ args: { body: v.string() }, handler: async (ctx, { body }) => { ... } });
//! ```
//!
//! Options (convexkit.json `"require-args-validator": ["error", { ... }]`):
//! - `ignoreUnusedArguments` (default `false`): no report for a function whose handler
//!   takes no arguments.
//!
//! Fix (safe): adds `args: {}` to a function whose handler takes no arguments; one that
//! takes some needs validators only its author can write.

use super::no_old_registered_function_syntax::wrap_in_object;
use super::syntax::{
    exported_initializers, property, registered, FileFix, Finding, ScannedFile, REGISTRARS,
};
use super::{finding_diagnostic, LintContext, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::source::Span;
use swc_core::ecma::ast::Pat;

pub const RULE: Rule = Rule {
    code: "require-args-validator",
    severity: Severity::Error,
    enabled: true,
    summary: "An exported Convex function without an `args` validator.",
    eslint_plugin: true,
    check,
    scan: Some(scan),
};

const UNUSED: &str = "arguments unused";

fn scan(parsed: &ScannedFile, out: &mut Vec<Finding>) {
    for (_, init) in exported_initializers(&parsed.module) {
        let Some(function) = registered(init, &REGISTRARS) else {
            continue;
        };
        let takes_args = function.handler.is_some_and(|h| {
            // An empty pattern (`(ctx, {})`) takes nothing.
            h.params()
                .get(1)
                .is_some_and(|p| !matches!(p, Pat::Object(o) if o.props.is_empty()))
        });
        let (span, fix) = match function.object {
            None => {
                // Old syntax: the one argument is the handler itself.
                let (Some(_), Some(argument)) = (function.handler, function.call.args.first())
                else {
                    continue;
                };
                let fix = (!takes_args).then(|| wrap_in_object(parsed, &argument.expr, true));
                (Span::from_swc(function.call.span), fix)
            }
            Some(object) => {
                if property(object, "args").is_some() {
                    continue;
                }
                let span = Span::from_swc(object.span);
                let fix = (!takes_args).then(|| FileFix {
                    title: "Add `args: {}`".into(),
                    edits: vec![(
                        Span::new(span.start + 1, span.start + 1),
                        "\n  args: {},".into(),
                    )],
                    safe: true,
                });
                (span, fix)
            }
        };
        let finding = if takes_args {
            Finding::new(
                RULE.code,
                span,
                "Convex function is missing args validator but has parameter. Add appropriate args validator.",
            )
            .with_help("add `args: { ... }` with a validator (`v.string()`, `v.id(\"table\")`, ...) for each argument")
        } else {
            Finding::new(
                RULE.code,
                span,
                "Convex function is missing args validator.",
            )
            .with_detail(vec![UNUSED.into()])
        };
        out.push(match fix {
            Some(fix) => finding.with_fix(fix),
            None => finding,
        });
    }
}

fn check(context: &LintContext, out: &mut Vec<Diagnostic>) {
    let ignore_unused = context
        .option(RULE.code, "ignoreUnusedArguments")
        .and_then(serde_json::Value::as_bool)
        .unwrap_or(false);
    for (module, finding) in context.findings(RULE.code) {
        if ignore_unused && finding.detail.iter().any(|d| d == UNUSED) {
            continue;
        }
        out.push(finding_diagnostic(module, finding, RULE.severity));
    }
}
