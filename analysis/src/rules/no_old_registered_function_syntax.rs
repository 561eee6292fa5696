//! `no-old-registered-function-syntax`: an exported Convex function registered with a bare
//! handler (`query(async (ctx) => ...)`) instead of the object syntax.
//!
//! Why: the object syntax is where argument and return validators go; a function written
//! the old way cannot have them without being rewritten first. (A rule of
//! @convex-dev/eslint-plugin, with its fix.)
//!
//! Bad:
//! ```ts
//! export const list = query(async (ctx) => await ctx.db.query("messages").take(10));
//! ```
//!
//! Good:
//! ```ts
//! export const list = query({
//!   args: {},
//!   handler: async (ctx) => await ctx.db.query("messages").take(10),
//! });
//! ```
//!
//! Fix (safe): wraps the handler in `{ args: {}, handler }` (without `args` when the
//! handler takes arguments: `require-args-validator` then asks for their validator).

use swc_core::common::Spanned;
use swc_core::ecma::ast::*;

use super::syntax::{
    callee_ident, exported_initializers, FileFix, Finding, ScannedFile, REGISTRARS,
};
use super::{finding_diagnostic, LintContext, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::parse::ParsedFile;
use crate::source::Span;

pub const RULE: Rule = Rule {
    code: "no-old-registered-function-syntax",
    severity: Severity::Error,
    enabled: true,
    summary: "An exported Convex function registered without the object syntax.",
    eslint_plugin: true,
    check,
    scan: Some(scan),
};

fn scan(parsed: &ScannedFile, out: &mut Vec<Finding>) {
    for (_, init) in exported_initializers(&parsed.module) {
        // As the plugin: the initializer itself is the call, its one argument a function.
        let Expr::Call(call) = init else { continue };
        let Some(registrar) = callee_ident(call) else {
            continue;
        };
        if !REGISTRARS.contains(&&*registrar.sym) || call.args.len() != 1 {
            continue;
        }
        let handler = &call.args[0].expr;
        let params = match &**handler {
            Expr::Arrow(arrow) => arrow.params.len(),
            Expr::Fn(f) => f.function.params.len(),
            _ => continue,
        };
        out.push(
            Finding::new(
                RULE.code,
                Span::from_swc(call.span),
                "Use the object syntax for registered Convex queries, mutations, and actions.",
            )
            .with_fix(wrap_in_object(parsed, handler, params < 2)),
        );
    }
}

/// Replaces a bare handler with `{ args: {}, handler: <it> }` (`args` only when asked).
pub(super) fn wrap_in_object(parsed: &ParsedFile, handler: &Expr, empty_args: bool) -> FileFix {
    let span = Span::from_swc(handler.span());
    let text = &parsed.text[span.start as usize..span.end as usize];
    let args = if empty_args { "  args: {},\n" } else { "" };
    FileFix {
        title: "Use the object syntax".into(),
        edits: vec![(span, format!("{{\n{args}  handler: {text}\n}}"))],
        safe: true,
    }
}

fn check(context: &LintContext, out: &mut Vec<Diagnostic>) {
    for (module, finding) in context.findings(RULE.code) {
        if !module.is_schema {
            out.push(finding_diagnostic(module, finding, RULE.severity));
        }
    }
}
