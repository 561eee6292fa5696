//! `invalid-component-name`: An instance or component name breaks Convex's identifier rule.
//!
//! Why: Names must start with an ASCII letter or `_`, continue with letters, digits or `_`, be at most 64 bytes and not only underscores; the backend rejects others at push time.
//!
//! Bad:
//! ```ts
//! app.use(aggregate, { name: "my-scores" });
//! ```
//!
//! Good:
//! ```ts
//! app.use(aggregate, { name: "my_scores" });
//! ```
//!
//! Reported at the `use(...)` call (or the `defineApp`/`defineComponent` call for its own options).
//! The project model finds these while loading the component tree, because codegen must
//! refuse such projects too.

use super::{model_diagnostics, LintContext, Rule};
use crate::diagnostic::{Diagnostic, Severity};

pub const RULE: Rule = Rule {
    code: "invalid-component-name",
    severity: Severity::Error,
    enabled: true,
    summary: "An instance or component name breaks Convex's identifier rule.",
    eslint_plugin: false,
    check,
    scan: None,
};

fn check(context: &LintContext, out: &mut Vec<Diagnostic>) {
    model_diagnostics(context, RULE.code, out);
}
