//! `unknown-function-reference`: `api.x.y` or `internal.x.y` naming a function that does
//! not exist, or a function of the other kind of visibility (`api` holds only public
//! functions, `internal` only internal ones).
//!
//! Why: the reference is resolved only when the call runs: `Could not find public function
//! for 'x:y'` in production. TypeScript catches it only where `_generated/api` is current
//! and the code typechecks; convexkit knows the functions from the source itself.
//!
//! Bad:
//! ```ts
//! await ctx.runMutation(api.messages.sendd, { body }); // no `sendd` in convex/messages.ts
//! await ctx.scheduler.runAfter(0, api.jobs.cleanup, {}); // `cleanup` is an internalMutation
//! ```
//!
//! Good:
//! ```ts
//! await ctx.runMutation(api.messages.send, { body });
//! await ctx.scheduler.runAfter(0, internal.jobs.cleanup, {});
//! ```
//!
//! An export whose value static evaluation cannot decide is never reported.

use super::api_refs::{resolve, Target};
use super::{LintContext, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::eval::Visibility;

pub const RULE: Rule = Rule {
    code: "unknown-function-reference",
    severity: Severity::Error,
    enabled: true,
    summary: "`api.x.y` / `internal.x.y` naming no function, or one of the other visibility.",
    eslint_plugin: false,
    check,
    scan: None,
};

fn check(context: &LintContext, out: &mut Vec<Diagnostic>) {
    for module in context.modules.iter().chain(&context.clients) {
        for reference in &module.usage.api_refs {
            let root = if reference.internal {
                "internal"
            } else {
                "api"
            };
            let written = format!("{root}.{}", reference.path.join("."));
            let problem = match resolve(context, module, reference) {
                Some(Target::Missing(why)) => {
                    (format!("`{written}` names no function: {why}"), None)
                }
                Some(Target::Function(function)) => match (function.visibility, reference.internal)
                {
                    (Visibility::Internal, false) => (
                        format!(
                            "`{written}` is an internal function: `api` holds only public ones"
                        ),
                        Some(format!("use `internal.{}`", reference.path.join("."))),
                    ),
                    (Visibility::Public, true) => (
                        format!(
                            "`{written}` is a public function: `internal` holds only internal ones"
                        ),
                        Some(format!("use `api.{}`", reference.path.join("."))),
                    ),
                    _ => continue,
                },
                _ => continue,
            };
            let (message, help) = problem;
            let diagnostic = Diagnostic::error(
                RULE.code,
                &module.module.file,
                Some(reference.span),
                message,
            );
            out.push(match help {
                Some(help) => diagnostic.with_help(help),
                None => diagnostic,
            });
        }
    }
}
