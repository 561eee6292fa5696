//! `no-duplicate-indexes`: an index whose fields are the same as, or a prefix of, another
//! index's fields on the same table.
//!
//! Why: the longer index selects the same documents for any query over the leading fields,
//! while every index slows down writes and takes storage. Keep both only for the sort
//! order: the shorter one sorts matches by `_creationTime`. (A rule of
//! @convex-dev/eslint-plugin.)
//!
//! Bad:
//! ```ts
//! defineTable({ author: v.id("users"), channel: v.string() })
//!   .index("by_author", ["author"])
//!   .index("by_author_channel", ["author", "channel"]);
//! ```
//!
//! Good: drop `by_author` and query `by_author_channel` with `q.eq("author", ...)`.
//!
//! Only indexes chained on the `defineTable(...)` call itself are compared; staged indexes
//! and ones whose name or fields are not literals are left alone.

use swc_core::ecma::ast::*;
use swc_core::ecma::visit::{noop_visit_type, Visit, VisitWith};

use super::syntax::{
    callee_ident, method_call, property, static_string, unwrap, Finding, ScannedFile,
};
use super::{LintContext, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::source::Span;

pub const RULE: Rule = Rule {
    code: "no-duplicate-indexes",
    severity: Severity::Error,
    enabled: true,
    summary: "An index whose fields repeat, or are a prefix of, another index of the table.",
    eslint_plugin: true,
    check,
    scan: Some(scan),
};

fn scan(parsed: &ScannedFile, out: &mut Vec<Finding>) {
    // `defineTable` as imported (possibly renamed), and namespaces (`server.defineTable`).
    let mut names = Vec::new();
    let mut namespaces = Vec::new();
    for item in &parsed.module.body {
        let ModuleItem::ModuleDecl(ModuleDecl::Import(import)) = item else {
            continue;
        };
        for specifier in &import.specifiers {
            match specifier {
                ImportSpecifier::Named(named) => {
                    let imported = crate::eval::scope::imported_name(named);
                    if imported == "defineTable" {
                        names.push(named.local.sym.to_string());
                    }
                }
                ImportSpecifier::Namespace(ns) => namespaces.push(ns.local.sym.to_string()),
                ImportSpecifier::Default(_) => {}
            }
        }
    }
    if names.is_empty() && namespaces.is_empty() {
        return;
    }
    parsed.module.visit_with(&mut Tables {
        names,
        namespaces,
        chained: Vec::new(),
        out,
    });
}

struct Tables<'a> {
    names: Vec<String>,
    namespaces: Vec<String>,
    /// Calls already read as a link of an outer chain.
    chained: Vec<Span>,
    out: &'a mut Vec<Finding>,
}

struct Index {
    name: String,
    fields: Vec<String>,
    span: Span,
}

impl Tables<'_> {
    fn is_define_table(&self, call: &CallExpr) -> bool {
        if let Some(ident) = callee_ident(call) {
            return self.names.iter().any(|n| *n == *ident.sym);
        }
        matches!(method_call(call), Some((Expr::Ident(ns), "defineTable", _)) if self.namespaces.iter().any(|n| *n == *ns.sym))
    }
}

impl Visit for Tables<'_> {
    // Types are erased before the code runs: nothing in them is looked at.
    noop_visit_type!();

    fn visit_call_expr(&mut self, outer: &CallExpr) {
        let span = Span::from_swc(outer.span);
        if !self.chained.contains(&span) {
            // Down the chain from its last link: `defineTable(...).index(...).index(...)`.
            let mut links = Vec::new();
            let mut current = outer;
            let base = loop {
                if self.is_define_table(current) {
                    break Some(current);
                }
                match method_call(current) {
                    Some((receiver, method, name_span)) => match unwrap(receiver) {
                        Expr::Call(inner) => {
                            links.push((method, name_span, current));
                            current = inner;
                        }
                        _ => break None,
                    },
                    None => break None,
                }
            };
            if base.is_some() && !links.is_empty() {
                self.chained
                    .extend(links.iter().map(|(_, _, call)| Span::from_swc(call.span)));
                let indexes: Vec<Index> = links
                    .iter()
                    .rev()
                    .filter(|(method, _, _)| *method == "index")
                    .filter_map(|(_, name_span, call)| index(call, *name_span))
                    .collect();
                report(&indexes, self.out);
            }
        }
        outer.visit_children_with(self);
    }
}

/// An `.index(name, fields)` call's name and fields, unless it is staged or not literal.
fn index(call: &CallExpr, name_span: Span) -> Option<Index> {
    let argument = |i: usize| {
        call.args
            .get(i)
            .filter(|a| a.spread.is_none())
            .map(|a| unwrap(&a.expr))
    };
    let name = static_string(argument(0)?)?;
    let mut fields = argument(1)?;
    if let Expr::Object(config) = fields {
        let static_keys = config.props.iter().all(|p| match p {
            PropOrSpread::Prop(p) => {
                !matches!(&**p, Prop::KeyValue(kv) if matches!(kv.key, PropName::Computed(_)))
            }
            PropOrSpread::Spread(_) => false,
        });
        if !static_keys {
            return None;
        }
        if let Some(staged) = property(config, "staged") {
            // Only a literal `staged: false` is known not to be staged.
            let Prop::KeyValue(kv) = staged else {
                return None;
            };
            if !matches!(unwrap(&kv.value), Expr::Lit(Lit::Bool(b)) if !b.value) {
                return None;
            }
        }
        let Some(Prop::KeyValue(kv)) = property(config, "fields") else {
            return None;
        };
        fields = unwrap(&kv.value);
    }
    let Expr::Array(array) = fields else {
        return None;
    };
    let fields = array
        .elems
        .iter()
        .map(|e| {
            e.as_ref()
                .filter(|e| e.spread.is_none())
                .and_then(|e| static_string(&e.expr))
        })
        .collect::<Option<Vec<String>>>()?;
    if fields.is_empty() {
        return None;
    }
    Some(Index {
        name,
        fields,
        span: Span::new(name_span.start, Span::from_swc(call.span).end),
    })
}

fn report(indexes: &[Index], out: &mut Vec<Finding>) {
    for (i, duplicate) in indexes.iter().enumerate() {
        // Against the first index that covers it; of two identical ones, the later is reported.
        let covering = indexes.iter().enumerate().find(|(j, other)| {
            *j != i
                && other.fields.starts_with(&duplicate.fields)
                && (other.fields.len() > duplicate.fields.len() || *j < i)
        });
        let Some((_, covering)) = covering else {
            continue;
        };
        let described = format!(
            "\"{}\" ([{}])",
            covering.name,
            covering
                .fields
                .iter()
                .map(|f| format!("\"{f}\""))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let message = if covering.fields.len() == duplicate.fields.len() {
            format!(
                "Index \"{}\" indexes the same fields as index {described}, so the two behave identically in every query while each slows down writes and adds storage.",
                duplicate.name
            )
        } else {
            format!(
                "Index \"{}\" indexes the start of index {described}, which answers the same queries.",
                duplicate.name
            )
        };
        let help = if covering.fields.len() == duplicate.fields.len() {
            format!(
                "delete \"{}\" and query \"{}\" instead",
                duplicate.name, covering.name
            )
        } else {
            format!(
                "delete \"{}\" and query \"{}\" instead; keep both only for the sort order (\"{}\" sorts matches by `_creationTime`, \"{}\" by \"{}\")",
                duplicate.name,
                covering.name,
                duplicate.name,
                covering.name,
                covering.fields[duplicate.fields.len()]
            )
        };
        out.push(Finding::new(RULE.code, duplicate.span, message).with_help(help));
    }
}

fn check(context: &LintContext, out: &mut Vec<Diagnostic>) {
    context.report_findings(&RULE, out);
}
