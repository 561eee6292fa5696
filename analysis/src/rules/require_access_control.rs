//! `require-access-control`: a public Convex function whose handler does not start by
//! calling an access-control function (`requireUser(ctx)`, `checkAccess(...)`,
//! `canEditNote(...)`, `hasRole(...)`).
//!
//! Why: a public query, mutation or action can be called by anyone on the internet with
//! any arguments. (A rule of @convex-dev/eslint-plugin, off by default as in its
//! recommended config.)
//!
//! Bad:
//! ```ts
//! export const remove = mutation({ args: { id: v.id("notes") }, handler: (ctx, { id }) => ctx.db.delete("notes", id) });
//! ```
//!
//! Good:
//! ```ts
//! export const remove = mutation({
//!   args: { id: v.id("notes") },
//!   handler: async (ctx, { id }) => {
//!     await requireOwner(ctx, id);
//!     await ctx.db.delete("notes", id);
//!   },
//! });
//! ```
//!
//! A call counts at the handler's top level: as a statement, a declaration's initializer,
//! the returned value, or anywhere in an `if` condition (`if (!(await canEdit(ctx)))
//! throw ...`).
//!
//! Options (convexkit.json `"require-access-control": ["error", { ... }]`):
//! - `pattern` (default `^(require|assert|check|ensure|can)([A-Z_]|$)|^has[A-Z_]`): a
//!   regular expression for the names of access-control functions (the callee's name, or
//!   the method's for `authz.require(...)`).

use swc_core::ecma::ast::*;

use super::syntax::{registered, unwrap, Finding, Handler, ScannedFile, PUBLIC_REGISTRARS};
use super::{finding_diagnostic, LintContext, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::source::Span;

pub const RULE: Rule = Rule {
    code: "require-access-control",
    severity: Severity::Error,
    enabled: false,
    summary: "A public Convex function that does not start with an access-control check.",
    eslint_plugin: true,
    check,
    scan: Some(scan),
};

pub const DEFAULT_PATTERN: &str = "^(require|assert|check|ensure|can)([A-Z_]|$)|^has[A-Z_]";

fn scan(parsed: &ScannedFile, out: &mut Vec<Finding>) {
    let module = &parsed.module;
    // Exported names: `export const`, `export { name }`, `export default name`.
    let mut exported: Vec<String> = Vec::new();
    let mut declared: Vec<(String, &Expr)> = Vec::new();
    let mut defaults: Vec<&Expr> = Vec::new();
    for item in &module.body {
        let (var, is_exported) = match item {
            ModuleItem::Stmt(Stmt::Decl(Decl::Var(var))) => (Some(var), false),
            ModuleItem::ModuleDecl(ModuleDecl::ExportDecl(ExportDecl {
                decl: Decl::Var(var),
                ..
            })) => (Some(var), true),
            ModuleItem::ModuleDecl(ModuleDecl::ExportNamed(named)) if named.src.is_none() => {
                for specifier in &named.specifiers {
                    if let ExportSpecifier::Named(n) = specifier {
                        exported.push(crate::eval::scope::export_name(&n.orig));
                    }
                }
                (None, false)
            }
            ModuleItem::ModuleDecl(ModuleDecl::ExportDefaultExpr(e)) => {
                match unwrap(&e.expr) {
                    Expr::Ident(ident) => exported.push(ident.sym.to_string()),
                    other => defaults.push(other),
                }
                (None, false)
            }
            _ => (None, false),
        };
        for declarator in var.iter().flat_map(|v| &v.decls) {
            if let (Pat::Ident(name), Some(init)) = (&declarator.name, &declarator.init) {
                declared.push((name.id.sym.to_string(), init));
                if is_exported {
                    exported.push(name.id.sym.to_string());
                }
            }
        }
    }
    let functions = declared
        .iter()
        .filter(|(name, _)| exported.contains(name))
        .map(|(_, init)| *init)
        .chain(defaults);
    for init in functions {
        let Some(function) = registered(init, &PUBLIC_REGISTRARS) else {
            continue;
        };
        let Some(handler) = function.handler else {
            continue;
        };
        out.push(
            Finding::new(
                RULE.code,
                Span::from_swc(function.registrar.span),
                "Anyone on the internet can call this Convex function.",
            )
            .with_detail(checked_names(handler)),
        );
    }
}

/// The names of the calls at the handler's top level that could be access checks.
fn checked_names(handler: Handler) -> Vec<String> {
    let mut names = Vec::new();
    if let Some(body) = handler.expression_body() {
        names.extend(call_name(body));
    }
    for statement in handler.statements().unwrap_or_default() {
        match statement {
            Stmt::Expr(e) => names.extend(call_name(&e.expr)),
            Stmt::Decl(Decl::Var(var)) => {
                names.extend(
                    var.decls
                        .iter()
                        .filter_map(|d| call_name(d.init.as_deref()?)),
                );
            }
            Stmt::Return(r) => names.extend(r.arg.as_deref().and_then(call_name)),
            Stmt::If(i) => names_in_condition(&i.test, &mut names),
            _ => {}
        }
    }
    names
}

/// The callee's name of `f(...)`, `await f(...)`, `x.f(...)` (a bare `require` is a
/// CommonJS import, never a check).
fn call_name(expr: &Expr) -> Option<String> {
    let mut expr = unwrap(expr);
    while let Expr::Await(a) = expr {
        expr = unwrap(&a.arg);
    }
    let Expr::Call(call) = expr else { return None };
    let Callee::Expr(callee) = &call.callee else {
        return None;
    };
    match &**callee {
        Expr::Ident(i) if &*i.sym != "require" => Some(i.sym.to_string()),
        Expr::Member(m) => match &m.prop {
            MemberProp::Ident(name) => Some(name.sym.to_string()),
            _ => None,
        },
        _ => None,
    }
}

fn names_in_condition(expr: &Expr, names: &mut Vec<String>) {
    if let Some(name) = call_name(expr) {
        names.push(name);
        return;
    }
    match unwrap(expr) {
        Expr::Await(a) => names_in_condition(&a.arg, names),
        Expr::Unary(u) => names_in_condition(&u.arg, names),
        Expr::Bin(b) => {
            names_in_condition(&b.left, names);
            names_in_condition(&b.right, names);
        }
        _ => {}
    }
}

fn check(context: &LintContext, out: &mut Vec<Diagnostic>) {
    let configured = context
        .option(RULE.code, "pattern")
        .and_then(|p| p.as_str());
    let source = configured.unwrap_or(DEFAULT_PATTERN);
    let pattern = match regex::Regex::new(source) {
        Ok(pattern) => pattern,
        Err(error) => {
            out.push(Diagnostic::error(
                "invalid-config",
                context.model.config.root.join("convexkit.json"),
                None,
                format!(
                    "rule `{}`: `pattern` is not a valid regular expression: {error}",
                    RULE.code
                ),
            ));
            return;
        }
    };
    let expected = if configured.is_none() {
        "named like `requireUser`, `checkAccess`, `canEditNote` or `hasRole`".to_string()
    } else {
        format!("whose name matches `{source}`")
    };
    for (module, finding) in context.findings(RULE.code) {
        if module.is_schema || finding.detail.iter().any(|name| pattern.is_match(name)) {
            continue;
        }
        out.push(
            finding_diagnostic(module, finding, RULE.severity).with_help(format!(
                "call an access-control function {expected} first, or register it as internal (`internalMutation`, ...) if it is not meant to be called from outside"
            )),
        );
    }
}
