//! `unused-component`: an installed instance that nothing in the project references.
//!
//! Why: every instance has its own tables, scheduled functions and crons, deployed and
//! billed; an instance nothing calls is usually left over from a rename.
//!
//! Bad:
//! ```ts
//! app.use(aggregate, { name: "oldLeaderboard" }); // no `components.oldLeaderboard` anywhere
//! ```
//!
//! Good: remove the `use()`, or reference the instance.

use super::{LintContext, Rule};
use crate::diagnostic::{Diagnostic, Severity};

pub const RULE: Rule = Rule {
    code: "unused-component",
    severity: Severity::Warning,
    enabled: true,
    summary: "An installed instance that nothing references.",
    eslint_plugin: false,
    check,
    scan: None,
};

fn check(context: &LintContext, out: &mut Vec<Diagnostic>) {
    // (owner, instance) of every reference, wherever its module sits.
    let referenced: std::collections::HashSet<(usize, &str)> = context
        .modules
        .iter()
        .flat_map(|m| {
            m.usage
                .component_refs
                .iter()
                .map(move |r| (context.owner(m, r), r.path[0].as_str()))
        })
        .collect();
    for (id, definition) in context.model.definitions.iter().enumerate() {
        let Some(config) = &definition.config_file else {
            continue;
        };
        if matches!(
            definition.kind,
            crate::model::DefinitionKind::Package { .. }
        ) {
            continue;
        }
        for instance in &definition.uses {
            if !referenced.contains(&(id, instance.name.as_str())) {
                out.push(
                    Diagnostic::warning(
                        RULE.code,
                        config,
                        Some(instance.span),
                        format!("component `{}` is installed but never used", instance.name),
                    )
                    .with_help(format!(
                        "use it through `components.{}`, or remove this `use()`",
                        instance.name
                    )),
                );
            }
        }
    }
}
