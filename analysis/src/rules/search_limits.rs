//! `search-limits`: a full-text search that cannot run: `.withSearchIndex(...)` naming a
//! search index the table does not have, searching a field other than the index's search
//! field, filtering (`.eq`) on a field that is not one of the index's filter fields, or
//! with more than 8 filters; or a `.searchIndex()` declaring more than 16 filter fields.
//!
//! Why: Convex rejects each when the query runs (or the schema is pushed); none is a type
//! error when the schema's types are loose.
//!
//! Bad:
//! ```ts
//! ctx.db.query("messages").withSearchIndex("search_body", (q) => q.search("title", text).eq("author", a));
//! // the index searches `body` and filters on `channel` only
//! ```
//!
//! Good:
//! ```ts
//! ctx.db.query("messages").withSearchIndex("search_body", (q) => q.search("body", text).eq("channel", c));
//! ```

use swc_core::ecma::ast::*;
use swc_core::ecma::visit::{noop_visit_type, Visit, VisitWith};

use super::syntax::{method_call, static_string, unwrap, Finding, ScannedFile};
use super::{finding_diagnostic, LintContext, Rule};
use crate::diagnostic::{Diagnostic, Severity};

pub const RULE: Rule = Rule {
    code: "search-limits",
    severity: Severity::Error,
    enabled: true,
    summary:
        "A text search on an index, field or filter that the table's search index does not have.",
    eslint_plugin: false,
    check,
    scan: Some(scan),
};

/// The backend's limits: filters in one search query, filter fields of one index.
const MAX_FILTERS: usize = 8;
const MAX_INDEX_FILTER_FIELDS: usize = 16;

fn scan(parsed: &ScannedFile, out: &mut Vec<Finding>) {
    if parsed.text.contains("withSearchIndex") || parsed.text.contains("searchIndex") {
        parsed.module.visit_with(&mut Searches { out });
    }
}

struct Searches<'a> {
    out: &'a mut Vec<Finding>,
}

/// `<receiver>.query("table")` → the table.
pub(super) fn queried_table(expr: &Expr) -> Option<String> {
    let Expr::Call(call) = unwrap(expr) else {
        return None;
    };
    let (_, "query", _) = method_call(call)? else {
        return None;
    };
    static_string(&call.args.first()?.expr)
}

/// A schema's `.searchIndex(...)`/`.vectorIndex(...)` call declaring more filter fields
/// than the backend allows, as a finding of `code`.
pub(super) fn too_many_filter_fields(
    code: crate::diagnostic::Code,
    kind: &str,
    call: &CallExpr,
    name_span: crate::source::Span,
) -> Option<Finding> {
    let config = call.args.get(1)?;
    let Expr::Object(config) = unwrap(&config.expr) else {
        return None;
    };
    let Some(Prop::KeyValue(kv)) = super::syntax::property(config, "filterFields") else {
        return None;
    };
    let Expr::Array(array) = unwrap(&kv.value) else {
        return None;
    };
    let count = array.elems.len();
    (count > MAX_INDEX_FILTER_FIELDS).then(|| {
        Finding::new(
            code,
            name_span,
            format!("a {kind} index may have at most {MAX_INDEX_FILTER_FIELDS} filter fields, this one declares {count}"),
        )
    })
}

impl Visit for Searches<'_> {
    // Types are erased before the code runs: nothing in them is looked at.
    noop_visit_type!();

    fn visit_call_expr(&mut self, call: &CallExpr) {
        call.visit_children_with(self);
        let Some((receiver, method, name_span)) = method_call(call) else {
            return;
        };
        if method == "searchIndex" {
            self.out
                .extend(too_many_filter_fields(RULE.code, "search", call, name_span));
            return;
        }
        if method != "withSearchIndex" {
            return;
        }
        let (Some(table), Some(index)) = (
            queried_table(receiver),
            call.args.first().and_then(|a| static_string(&a.expr)),
        ) else {
            return;
        };
        // `(q) => q.search("field", text).eq("f", x)...`: the chain, innermost first.
        let mut search_field = String::new();
        let mut filters = Vec::new();
        if let Some(Expr::Arrow(arrow)) = call.args.get(1).map(|a| unwrap(&a.expr)) {
            if let ArrowFunctionBody::Expr(body) = &*arrow.body {
                let mut link = unwrap(body);
                while let Expr::Call(c) = link {
                    let Some((inner, step, _)) = method_call(c) else {
                        break;
                    };
                    let field = c.args.first().and_then(|a| static_string(&a.expr));
                    match (step, field) {
                        ("search", Some(field)) => search_field = field,
                        ("eq", Some(field)) => filters.push(field),
                        _ => {}
                    }
                    link = unwrap(inner);
                }
            }
        }
        filters.reverse();
        let mut detail = vec![table, index, search_field];
        detail.extend(filters);
        self.out
            .push(Finding::new(RULE.code, name_span, String::new()).with_detail(detail));
    }
}

fn check(context: &LintContext, out: &mut Vec<Diagnostic>) {
    for (module, finding) in context.findings(RULE.code) {
        let [table, index, search_field, filters @ ..] = finding.detail.as_slice() else {
            // A schema's own limit, decided from its text.
            out.push(finding_diagnostic(module, finding, RULE.severity));
            continue;
        };
        let Some(Ok(schema)) = context
            .definition(module.definition)
            .schema
            .as_ref()
            .map(|s| &s.value)
        else {
            continue;
        };
        let problem = match schema.tables.iter().find(|(name, _)| name == table) {
            None => Some(format!("the schema has no table `{table}`")),
            Some((_, value)) => match value.search_indexes.iter().find(|i| i.name == *index) {
                None => {
                    let known: Vec<&str> = value
                        .search_indexes
                        .iter()
                        .map(|i| i.name.as_str())
                        .collect();
                    Some(format!(
                        "table `{table}` has no search index `{index}` ({})",
                        if known.is_empty() {
                            "it has none".to_string()
                        } else {
                            format!("it has {}", known.join(", "))
                        }
                    ))
                }
                Some(definition) => {
                    let mut problems = Vec::new();
                    if !search_field.is_empty() && *search_field != definition.search_field {
                        problems.push(format!(
                            "`{index}` searches `{}`, not `{search_field}`",
                            definition.search_field
                        ));
                    }
                    for filter in filters
                        .iter()
                        .filter(|f| !definition.filter_fields.contains(f))
                    {
                        problems.push(format!(
                            "`{filter}` is not a filter field of `{index}` ({})",
                            definition.filter_fields.join(", ")
                        ));
                    }
                    if filters.len() > MAX_FILTERS {
                        problems.push(format!(
                            "a search may have at most {MAX_FILTERS} filters, this one has {}",
                            filters.len()
                        ));
                    }
                    (!problems.is_empty()).then(|| problems.join("; "))
                }
            },
        };
        if let Some(problem) = problem {
            out.push(Diagnostic::error(
                RULE.code,
                &module.module.file,
                Some(finding.span),
                problem,
            ));
        }
    }
}
