//! `auth-in-component`: a component's own function reads `ctx.auth`.
//!
//! Why: calls into a component carry no user identity: `ctx.auth.getUserIdentity()` is
//! always `null` inside a component, so a check on it either always fails or, worse, is
//! skipped by a `if (identity)`.
//!
//! Bad (in a component's `convex/lib.ts`):
//! ```ts
//! handler: async (ctx) => {
//!   const identity = await ctx.auth.getUserIdentity();
//! }
//! ```
//!
//! Good: authenticate in the app's function and pass what the component needs (a user ID)
//! as an argument.

use swc_core::ecma::ast::*;
use swc_core::ecma::visit::{noop_visit_type, Visit, VisitWith};

use super::syntax::{member_name, method_call, unwrap, Finding, ScannedFile};
use super::{finding_diagnostic, LintContext, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::model::DefinitionKind;
use crate::source::Span;

pub const RULE: Rule = Rule {
    code: "auth-in-component",
    severity: Severity::Error,
    enabled: true,
    summary: "`ctx.auth` read in a component's function, where it is always empty.",
    eslint_plugin: false,
    check,
    scan: Some(scan),
};

fn scan(parsed: &ScannedFile, out: &mut Vec<Finding>) {
    if !parsed.text.contains("getUserIdentity") {
        return;
    }
    parsed.module.visit_with(&mut AuthReads { out });
}

struct AuthReads<'a> {
    out: &'a mut Vec<Finding>,
}

impl Visit for AuthReads<'_> {
    // Types are erased before the code runs: nothing in them is looked at.
    noop_visit_type!();

    fn visit_call_expr(&mut self, call: &CallExpr) {
        call.visit_children_with(self);
        let Some((receiver, "getUserIdentity", _)) = method_call(call) else {
            return;
        };
        // `ctx.auth.getUserIdentity()`, or `auth` destructured from the context.
        let reads_auth = match unwrap(receiver) {
            Expr::Member(m) => member_name(&m.prop).as_deref() == Some("auth"),
            Expr::Ident(i) => &*i.sym == "auth",
            _ => false,
        };
        if reads_auth {
            self.out.push(
                Finding::new(
                    RULE.code,
                    Span::from_swc(call.span),
                    "`ctx.auth.getUserIdentity()` in a component's function is always null: calls into a component carry no user identity",
                )
                .with_help("authenticate in the app's function and pass the user (an ID) to the component as an argument"),
            );
        }
    }
}

fn check(context: &LintContext, out: &mut Vec<Diagnostic>) {
    for (module, finding) in context.findings(RULE.code) {
        if context.definition(module.definition).kind == DefinitionKind::Local {
            out.push(finding_diagnostic(module, finding, RULE.severity));
        }
    }
}
