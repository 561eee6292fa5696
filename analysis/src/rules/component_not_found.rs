//! `component-not-found`: `app.use(x)` where `x` does not resolve to a component definition.
//!
//! Why: A missing package, a package without a `./convex.config` export, or a file without `defineComponent` fails the deploy.
//!
//! Bad:
//! ```ts
//! import aggregate from "@convex-dev/aggregate"; // the client, not the definition
//! app.use(aggregate);
//! ```
//!
//! Good:
//! ```ts
//! import aggregate from "@convex-dev/aggregate/convex.config";
//! app.use(aggregate);
//! ```
//!
//! Reported at the `use(...)` call (or the `defineApp`/`defineComponent` call for its own options).
//! The project model finds these while loading the component tree, because codegen must
//! refuse such projects too.

use super::{model_diagnostics, LintContext, Rule};
use crate::diagnostic::{Diagnostic, Severity};

pub const RULE: Rule = Rule {
    code: "component-not-found",
    severity: Severity::Error,
    enabled: true,
    summary: "`app.use(x)` where `x` does not resolve to a component definition.",
    eslint_plugin: false,
    check,
    scan: None,
};

fn check(context: &LintContext, out: &mut Vec<Diagnostic>) {
    model_diagnostics(context, RULE.code, out);
}
