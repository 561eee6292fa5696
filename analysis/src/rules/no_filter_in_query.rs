//! `no-filter-in-query`: `.filter(...)` on a database query.
//!
//! Why: `.filter` does not narrow what the query reads: every document of the range is
//! read (and counts against the function's limits and its read set, so writes to any of
//! them invalidate the query) and then dropped. An index reads only what matches. (A rule
//! of @convex-dev/eslint-plugin; convexkit also follows a query kept in a variable, as the
//! plugin does with type information.)
//!
//! Bad:
//! ```ts
//! await ctx.db.query("messages").filter((q) => q.eq(q.field("author"), author)).collect();
//! ```
//!
//! Good:
//! ```ts
//! await ctx.db.query("messages").withIndex("by_author", (q) => q.eq("author", author)).collect();
//! ```
//!
//! A filter on the array a query returned (`(await q.collect()).filter(...)`) is not one.

use super::syntax::{Finding, ScannedFile};
use super::{LintContext, Rule};
use crate::diagnostic::{Diagnostic, Severity};

pub const RULE: Rule = Rule {
    code: "no-filter-in-query",
    severity: Severity::Warning,
    enabled: true,
    summary: "`.filter()` on a database query, which reads every document it drops.",
    eslint_plugin: true,
    check,
    scan: Some(scan),
};

fn scan(parsed: &ScannedFile, out: &mut Vec<Finding>) {
    for call in parsed.query_builder_calls() {
        if call.method == "filter" {
            out.push(
                Finding::new(
                    RULE.code,
                    call.method_span,
                    "Avoid calling `.filter()` on a Convex database query; it can be inefficient.",
                )
                .with_help(
                    "query through an index (`.withIndex(...)`), or filter the documents in code after `.take(n)`; if the filter is meant, add `// eslint-disable-next-line @convex-dev/no-filter-in-query`",
                ),
            );
        }
    }
}

fn check(context: &LintContext, out: &mut Vec<Diagnostic>) {
    context.report_findings(&RULE, out);
}
