//! `no-collect-in-query`: `.collect()` on a database query.
//!
//! Why: `.collect()` reads every document of the range; once a table grows past Convex's
//! limits (documents and bytes read per function) the function fails. `.take(n)` and
//! `.paginate(...)` stay bounded. (A rule of @convex-dev/eslint-plugin, off by default as
//! in its recommended config.)
//!
//! Bad:
//! ```ts
//! const all = await ctx.db.query("messages").collect();
//! ```
//!
//! Good:
//! ```ts
//! const latest = await ctx.db.query("messages").order("desc").take(50);
//! ```

use super::syntax::{Finding, ScannedFile};
use super::{LintContext, Rule};
use crate::diagnostic::{Diagnostic, Severity};

pub const RULE: Rule = Rule {
    code: "no-collect-in-query",
    severity: Severity::Error,
    enabled: false,
    summary: "`.collect()` on a database query, which fails once the table outgrows the limits.",
    eslint_plugin: true,
    check,
    scan: Some(scan),
};

fn scan(parsed: &ScannedFile, out: &mut Vec<Finding>) {
    for call in parsed.query_builder_calls() {
        if call.method == "collect" {
            out.push(
                Finding::new(
                    RULE.code,
                    call.call,
                    "Avoid calling `.collect()` in a Convex query: it can fail for large datasets.",
                )
                .with_help(
                    "use `.take(n)` or `.paginate(...)`; if the query can never reach the limits (https://docs.convex.dev/production/state/limits), add `// eslint-disable-next-line @convex-dev/no-collect-in-query`",
                ),
            );
        }
    }
}

fn check(context: &LintContext, out: &mut Vec<Diagnostic>) {
    context.report_findings(&RULE, out);
}
