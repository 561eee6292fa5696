//! `duplicate-component-name`: Two `use()` calls in one config give the same instance name.
//!
//! Why: Each `use()` creates an instance with its own tables and data; the backend rejects two with one name.
//!
//! Bad:
//! ```ts
//! app.use(aggregate, { name: "scores" });
//! app.use(aggregate, { name: "scores" });
//! ```
//!
//! Good:
//! ```ts
//! app.use(aggregate, { name: "scores" });
//! app.use(aggregate, { name: "photos" });
//! ```
//!
//! Reported at the `use(...)` call (or the `defineApp`/`defineComponent` call for its own options).
//! The project model finds these while loading the component tree, because codegen must
//! refuse such projects too.

use super::{model_diagnostics, LintContext, Rule};
use crate::diagnostic::{Diagnostic, Severity};

pub const RULE: Rule = Rule {
    code: "duplicate-component-name",
    severity: Severity::Error,
    enabled: true,
    summary: "Two `use()` calls in one config give the same instance name.",
    eslint_plugin: false,
    check,
    scan: None,
};

fn check(context: &LintContext, out: &mut Vec<Diagnostic>) {
    model_diagnostics(context, RULE.code, out);
}
