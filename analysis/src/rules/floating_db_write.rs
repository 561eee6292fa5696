//! `floating-db-write`: a database write (`ctx.db.insert/patch/replace/delete`), a
//! scheduler call (`ctx.scheduler.runAfter/runAt/cancel`), a `ctx.runQuery/runMutation/
//! runAction` or a component helper's call (`aggregate.insert(ctx, doc)`) whose promise is
//! dropped: neither awaited, returned nor kept.
//!
//! Why: a function ends when its handler's promise settles; work still pending then may
//! never happen, and its errors are lost instead of failing (and rolling back) the
//! mutation. Convex only warns about dangling promises in the logs.
//!
//! Bad:
//! ```ts
//! handler: async (ctx, { id }) => {
//!   ctx.db.patch("tasks", id, { done: true });
//!   ctx.scheduler.runAfter(0, internal.tasks.notify, { id });
//! }
//! ```
//!
//! Good: `await` each; `void promise` marks one dropped on purpose.
//!
//! Fix (safe inside an `async` function): adds `await`.

use swc_core::ecma::ast::*;
use swc_core::ecma::visit::{noop_visit_type, Visit, VisitWith};

use super::syntax::{member_name, method_call, unwrap, FileFix, Finding, ScannedFile};
use super::{finding_diagnostic, LintContext, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::source::Span;

pub const RULE: Rule = Rule {
    code: "floating-db-write",
    severity: Severity::Error,
    enabled: true,
    summary: "A database write, scheduler or `ctx.run*` call whose promise is dropped.",
    eslint_plugin: false,
    check,
    scan: Some(scan),
};

/// Marks a finding on a method of a module-level object, reported only when that object is
/// a component helper.
const HELPER: &str = "helper";

fn scan(parsed: &ScannedFile, out: &mut Vec<Finding>) {
    parsed.module.visit_with(&mut Statements {
        is_async: vec![false],
        out,
    });
}

struct Statements<'a> {
    /// Per enclosing function, whether it is `async` (where `await` may be added).
    is_async: Vec<bool>,
    out: &'a mut Vec<Finding>,
}

/// `<x>.name` or a plain `name`.
fn ends_in(expr: &Expr, name: &str) -> bool {
    match unwrap(expr) {
        Expr::Ident(i) => &*i.sym == name,
        Expr::Member(m) => member_name(&m.prop).as_deref() == Some(name),
        _ => false,
    }
}

impl Statements<'_> {
    fn statement(&mut self, expr: &Expr) {
        let Expr::Call(call) = unwrap(expr) else {
            return;
        };
        let Some((receiver, method, _)) = method_call(call) else {
            return;
        };
        let (what, detail) = match method {
            "insert" | "patch" | "replace" | "delete" if ends_in(receiver, "db") => {
                (format!("db.{method}"), Vec::new())
            }
            "runAfter" | "runAt" | "cancel" if ends_in(receiver, "scheduler") => {
                (format!("scheduler.{method}"), Vec::new())
            }
            "runQuery" | "runMutation" | "runAction" => (method.to_string(), Vec::new()),
            _ => {
                // `helper.method(ctx, ...)` on a module-level name: decided with the project.
                let (Expr::Ident(object), Some(first)) = (unwrap(receiver), call.args.first())
                else {
                    return;
                };
                if !matches!(unwrap(&first.expr), Expr::Ident(c) if &*c.sym == "ctx") {
                    return;
                }
                (
                    format!("{}.{method}", object.sym),
                    vec![HELPER.to_string(), object.sym.to_string()],
                )
            }
        };
        let span = Span::from_swc(call.span);
        let mut finding = Finding::new(
            RULE.code,
            span,
            format!("the promise of `{what}(...)` is dropped: it may not run before the function ends, and its error is lost"),
        )
        .with_help("`await` it; write `void` before it if dropping it is meant")
        .with_detail(detail);
        if self.is_async.last().copied().unwrap_or(false) {
            finding = finding.with_fix(FileFix {
                title: "Add `await`".into(),
                edits: vec![(Span::new(span.start, span.start), "await ".into())],
                safe: true,
            });
        }
        self.out.push(finding);
    }
}

impl Visit for Statements<'_> {
    // Types are erased before the code runs: nothing in them is looked at.
    noop_visit_type!();

    fn visit_function(&mut self, f: &Function) {
        self.is_async.push(f.is_async);
        f.visit_children_with(self);
        self.is_async.pop();
    }

    fn visit_arrow_expr(&mut self, f: &ArrowExpr) {
        self.is_async.push(f.is_async);
        f.visit_children_with(self);
        self.is_async.pop();
    }

    fn visit_expr_stmt(&mut self, statement: &ExprStmt) {
        self.statement(&statement.expr);
        statement.visit_children_with(self);
    }
}

fn check(context: &LintContext, out: &mut Vec<Diagnostic>) {
    for (module, finding) in context.findings(RULE.code) {
        if let [marker, object] = finding.detail.as_slice() {
            if marker == HELPER && !is_component_helper(context, module, object) {
                continue;
            }
        }
        out.push(finding_diagnostic(module, finding, RULE.severity));
    }
}

/// Whether the module-level `name` holds an object built over a component instance
/// (`new TableAggregate(components.x, ...)`), here or in the module it is imported from.
fn is_component_helper(context: &LintContext, module: &super::LintModule<'_>, name: &str) -> bool {
    let Some((file, exported, _)) = context.origin(module, name) else {
        return false;
    };
    let Some(target) = context.module_by_file(&file) else {
        return false;
    };
    target.usage.constructions.iter().any(|c| {
        c.bound_to.as_deref() == Some(exported.as_str())
            && context.construction_component(target, c).is_some()
    })
}
