//! `vector-search-limits`: a `ctx.vectorSearch(table, index, { vector, limit, filter })`
//! that cannot run: an index the table does not have, a `limit` outside 1 to 256, a filter
//! on a field that is not one of the index's filter fields or with more than 64 clauses; or
//! a `.vectorIndex()` declaring more than 16 filter fields.
//!
//! Why: Convex rejects each when the action runs (or the schema is pushed).
//!
//! Bad:
//! ```ts
//! await ctx.vectorSearch("docs", "by_embedding", { vector, limit: 500, filter: (q) => q.eq("owner", id) });
//! // limit past 256, and the index filters on `tenant` only
//! ```
//!
//! Good:
//! ```ts
//! await ctx.vectorSearch("docs", "by_embedding", { vector, limit: 256, filter: (q) => q.eq("tenant", t) });
//! ```

use swc_core::ecma::ast::*;
use swc_core::ecma::visit::{noop_visit_type, Visit, VisitWith};

use super::search_limits::too_many_filter_fields;
use super::syntax::{method_call, property, static_string, unwrap, Finding, ScannedFile};
use super::{finding_diagnostic, LintContext, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::source::Span;

pub const RULE: Rule = Rule {
    code: "vector-search-limits",
    severity: Severity::Error,
    enabled: true,
    summary:
        "A vector search on an index or filter the table does not have, or with a limit past 256.",
    eslint_plugin: false,
    check,
    scan: Some(scan),
};

const MAX_LIMIT: f64 = 256.0;
const MAX_CLAUSES: usize = 64;

fn scan(parsed: &ScannedFile, out: &mut Vec<Finding>) {
    if parsed.text.contains("vectorSearch") || parsed.text.contains("vectorIndex") {
        parsed.module.visit_with(&mut Searches { out });
    }
}

struct Searches<'a> {
    out: &'a mut Vec<Finding>,
}

/// The fields a vector filter compares (`q.eq("f", x)`, `q.or(...)` of them).
fn filter_fields(expr: &Expr, fields: &mut Vec<String>) {
    let Expr::Call(call) = unwrap(expr) else {
        return;
    };
    match method_call(call) {
        Some((_, "eq", _)) => fields.extend(call.args.first().and_then(|a| static_string(&a.expr))),
        Some((_, "or", _)) => {
            for argument in &call.args {
                filter_fields(&argument.expr, fields);
            }
        }
        _ => {}
    }
}

impl Visit for Searches<'_> {
    // Types are erased before the code runs: nothing in them is looked at.
    noop_visit_type!();

    fn visit_call_expr(&mut self, call: &CallExpr) {
        call.visit_children_with(self);
        let Some((_, method, name_span)) = method_call(call) else {
            return;
        };
        if method == "vectorIndex" {
            self.out
                .extend(too_many_filter_fields(RULE.code, "vector", call, name_span));
            return;
        }
        if method != "vectorSearch" {
            return;
        }
        let argument = |i: usize| call.args.get(i).map(|a| unwrap(&a.expr));
        let (Some(table), Some(index)) = (
            argument(0).and_then(static_string),
            argument(1).and_then(static_string),
        ) else {
            return;
        };
        let mut problems = Vec::new();
        let mut fields = Vec::new();
        if let Some(Expr::Object(options)) = argument(2) {
            if let Some(Prop::KeyValue(kv)) = property(options, "limit") {
                if let Expr::Lit(Lit::Num(n)) = unwrap(&kv.value) {
                    if !(1.0..=MAX_LIMIT).contains(&n.value) || n.value.fract() != 0.0 {
                        problems.push(format!(
                            "`limit` must be between 1 and {MAX_LIMIT}, not {}",
                            n.value
                        ));
                    }
                }
            }
            if let Some(Prop::KeyValue(kv)) = property(options, "filter") {
                if let Expr::Arrow(arrow) = unwrap(&kv.value) {
                    if let ArrowFunctionBody::Expr(body) = &*arrow.body {
                        filter_fields(body, &mut fields);
                    }
                }
            }
        }
        if fields.len() > MAX_CLAUSES {
            problems.push(format!(
                "a vector filter may have at most {MAX_CLAUSES} clauses, this one has {}",
                fields.len()
            ));
        }
        let mut detail = vec![table, index, problems.join("; ")];
        detail.extend(fields);
        self.out.push(
            Finding::new(RULE.code, Span::from_swc(call.span), String::new()).with_detail(detail),
        );
    }
}

fn check(context: &LintContext, out: &mut Vec<Diagnostic>) {
    for (module, finding) in context.findings(RULE.code) {
        let [table, index, limits, fields @ ..] = finding.detail.as_slice() else {
            out.push(finding_diagnostic(module, finding, RULE.severity));
            continue;
        };
        let mut problems: Vec<String> = (!limits.is_empty())
            .then(|| limits.clone())
            .into_iter()
            .collect();
        let schema = context
            .definition(module.definition)
            .schema
            .as_ref()
            .map(|s| &s.value);
        if let Some(Ok(schema)) = schema {
            match schema.tables.iter().find(|(name, _)| name == table) {
                None => problems.push(format!("the schema has no table `{table}`")),
                Some((_, value)) => match value.vector_indexes.iter().find(|i| i.name == *index) {
                    None => problems.push(format!("table `{table}` has no vector index `{index}`")),
                    Some(definition) => {
                        for field in fields
                            .iter()
                            .filter(|f| !definition.filter_fields.contains(f))
                        {
                            problems.push(format!(
                                "`{field}` is not a filter field of `{index}` ({})",
                                definition.filter_fields.join(", ")
                            ));
                        }
                    }
                },
            }
        }
        if !problems.is_empty() {
            out.push(Diagnostic::error(
                RULE.code,
                &module.module.file,
                Some(finding.span),
                problems.join("; "),
            ));
        }
    }
}
