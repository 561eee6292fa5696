//! `unknown-component`: `components.X` where `X` is not an instance installed in the
//! definition's `convex.config.ts`.
//!
//! Why: the generated `components` object is typed, but code written before a rename, or
//! with a typo, fails at run time with "Component not found" when types are bypassed.
//!
//! Bad:
//! ```ts
//! app.use(aggregate, { name: "leaderboard" });
//! // elsewhere
//! new TableAggregate(components.leaderbord, { … });
//! ```
//!
//! Good:
//! ```ts
//! new TableAggregate(components.leaderboard, { … });
//! ```
//!
//! Fix: the nearest installed name.

use super::{levenshtein, LintContext, Rule};
use crate::diagnostic::{Diagnostic, Edit, Fix, Severity};

pub const RULE: Rule = Rule {
    code: "unknown-component",
    severity: Severity::Error,
    enabled: true,
    summary: "`components.X` where X is not an installed instance.",
    eslint_plugin: false,
    check,
    scan: None,
};

fn check(context: &LintContext, out: &mut Vec<Diagnostic>) {
    for module in &context.modules {
        // An alias's uses are checked where the alias names the instance.
        for reference in module.usage.component_refs.iter().filter(|r| !r.aliased) {
            let uses = &context.definition(context.owner(module, reference)).uses;
            let name = &reference.path[0];
            if uses.iter().any(|u| &u.name == name) {
                continue;
            }
            let mut diagnostic = Diagnostic::error(
                RULE.code,
                &module.module.file,
                Some(reference.instance_span),
                format!("`components.{name}` is not installed in convex.config.ts"),
            );
            let nearest = uses
                .iter()
                .map(|u| (levenshtein(name, &u.name), &u.name))
                .min();
            match nearest {
                Some((distance, nearest)) if distance <= name.len().max(3) / 2 + 1 => {
                    diagnostic = diagnostic
                        .with_help(format!("did you mean `{nearest}`?"))
                        .with_fix(Fix {
                            title: format!("Replace with `{nearest}`"),
                            edits: vec![Edit {
                                file: module.module.file.clone(),
                                span: reference.instance_span,
                                // `{ typo }` also binds `typo`: keep that name.
                                text: if reference.shorthand {
                                    format!("{nearest}: {name}")
                                } else {
                                    nearest.clone()
                                },
                            }],
                            safe: true,
                            run_codegen: false,
                        });
                }
                _ => {
                    diagnostic = diagnostic.with_help(format!(
                        "install it: `app.use(component, {{ name: \"{name}\" }})`"
                    ));
                }
            }
            out.push(diagnostic);
        }
    }
}
