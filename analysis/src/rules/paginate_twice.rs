//! `paginate-twice`: a Convex function that runs `.paginate()` on two queries (or on one in
//! a loop).
//!
//! Why: a query or mutation may run only one paginated query; the second throws "This query
//! or mutation function ran multiple paginated queries" on Convex, while convex-test allows
//! it, so tests pass and production fails.
//!
//! Bad:
//! ```ts
//! handler: async (ctx, { paginationOpts }) => {
//!   const a = await ctx.db.query("posts").paginate(paginationOpts);
//!   const b = await ctx.db.query("comments").paginate(paginationOpts);
//! }
//! ```
//!
//! Good: paginate one query; read the other with `.take(n)` or an index range, or paginate
//! it in a function of its own.
//!
//! Only calls that run whenever the handler does are counted: `.paginate()` in the branches
//! of an `if`, a `?:` or `&&`, or in a nested function, is not.

use swc_core::ecma::ast::*;
use swc_core::ecma::visit::{noop_visit_type, Visit, VisitWith};

use super::syntax::{
    each_registered_handler, is_query_chain, method_call, Finding, Handler, ScannedFile,
};
use super::{LintContext, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::source::Span;

pub const RULE: Rule = Rule {
    code: "paginate-twice",
    severity: Severity::Error,
    enabled: true,
    summary: "A Convex function that runs more than one paginated query.",
    eslint_plugin: false,
    check,
    scan: Some(scan),
};

fn scan(parsed: &ScannedFile, out: &mut Vec<Finding>) {
    if !parsed.text.contains("paginate") {
        return;
    }
    each_registered_handler(&parsed.module, &mut |handler| {
        let mut calls = Paginations {
            conditional: 0,
            looping: 0,
            found: Vec::new(),
        };
        match handler {
            Handler::Arrow(arrow) => arrow.body.visit_children_with(&mut calls),
            Handler::Function(function) => function.body.visit_children_with(&mut calls),
        }
        let mut unconditional = 0;
        for (span, in_loop) in calls.found {
            unconditional += 1;
            if in_loop || unconditional > 1 {
                let why = if in_loop {
                    "in a loop"
                } else {
                    "a second time"
                };
                out.push(
                    Finding::new(
                        RULE.code,
                        span,
                        format!("`.paginate()` runs {why} in one function: Convex allows one paginated query per query or mutation"),
                    )
                    .with_help("paginate one query; read the others with `.take(n)`, or paginate them from functions of their own"),
                );
            }
        }
    });
}

struct Paginations {
    /// Depth of branches that may not run.
    conditional: usize,
    looping: usize,
    /// Unconditional `.paginate()` calls, and whether each is in a loop.
    found: Vec<(Span, bool)>,
}

impl Paginations {
    fn branch(&mut self, visit: impl FnOnce(&mut Self)) {
        self.conditional += 1;
        visit(self);
        self.conditional -= 1;
    }

    fn looped(&mut self, visit: impl FnOnce(&mut Self)) {
        self.looping += 1;
        visit(self);
        self.looping -= 1;
    }
}

impl Visit for Paginations {
    // Types are erased before the code runs: nothing in them is looked at.
    noop_visit_type!();

    fn visit_function(&mut self, _: &Function) {}
    fn visit_arrow_expr(&mut self, _: &ArrowExpr) {}

    fn visit_if_stmt(&mut self, s: &IfStmt) {
        s.test.visit_with(self);
        self.branch(|this| {
            s.cons.visit_with(this);
            s.alt.visit_with(this);
        });
    }
    fn visit_cond_expr(&mut self, e: &CondExpr) {
        e.test.visit_with(self);
        self.branch(|this| {
            e.cons.visit_with(this);
            e.alt.visit_with(this);
        });
    }
    fn visit_bin_expr(&mut self, e: &BinExpr) {
        e.left.visit_with(self);
        if matches!(
            e.op,
            BinaryOp::LogicalAnd | BinaryOp::LogicalOr | BinaryOp::NullishCoalescing
        ) {
            self.branch(|this| e.right.visit_with(this));
        } else {
            e.right.visit_with(self);
        }
    }
    fn visit_switch_stmt(&mut self, s: &SwitchStmt) {
        s.discriminant.visit_with(self);
        self.branch(|this| s.cases.visit_with(this));
    }
    fn visit_try_stmt(&mut self, s: &TryStmt) {
        s.block.visit_with(self);
        self.branch(|this| {
            s.handler.visit_with(this);
        });
        s.finalizer.visit_with(self);
    }
    fn visit_for_stmt(&mut self, s: &ForStmt) {
        self.looped(|this| s.visit_children_with(this));
    }
    fn visit_for_of_stmt(&mut self, s: &ForOfStmt) {
        self.looped(|this| s.visit_children_with(this));
    }
    fn visit_for_in_stmt(&mut self, s: &ForInStmt) {
        self.looped(|this| s.visit_children_with(this));
    }
    fn visit_while_stmt(&mut self, s: &WhileStmt) {
        self.looped(|this| s.visit_children_with(this));
    }
    fn visit_do_while_stmt(&mut self, s: &DoWhileStmt) {
        self.looped(|this| s.visit_children_with(this));
    }

    fn visit_call_expr(&mut self, call: &CallExpr) {
        call.visit_children_with(self);
        if self.conditional > 0 {
            return;
        }
        if let Some((receiver, "paginate", span)) = method_call(call) {
            if is_query_chain(receiver) {
                self.found.push((span, self.looping > 0));
            }
        }
    }
}

fn check(context: &LintContext, out: &mut Vec<Diagnostic>) {
    context.report_findings(&RULE, out);
}
