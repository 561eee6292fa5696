//! `invalid-http-prefix`: An `httpPrefix` that does not start with `/`.
//!
//! Why: Convex mounts a component's HTTP routes under its prefix, which must be an absolute path.
//!
//! Bad:
//! ```ts
//! app.use(ratings, { httpPrefix: "ratings" });
//! ```
//!
//! Good:
//! ```ts
//! app.use(ratings, { httpPrefix: "/ratings/" });
//! ```
//!
//! Reported at the `use(...)` call (or the `defineApp`/`defineComponent` call for its own options).
//! The project model finds these while loading the component tree, because codegen must
//! refuse such projects too.

use super::{model_diagnostics, LintContext, Rule};
use crate::diagnostic::{Diagnostic, Severity};

pub const RULE: Rule = Rule {
    code: "invalid-http-prefix",
    severity: Severity::Error,
    enabled: true,
    summary: "An `httpPrefix` that does not start with `/`.",
    eslint_plugin: false,
    check,
    scan: None,
};

fn check(context: &LintContext, out: &mut Vec<Diagnostic>) {
    model_diagnostics(context, RULE.code, out);
}
