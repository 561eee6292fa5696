//! `internal-component-function`: a reference `components.X.mod.fn` to a function that
//! is not a public function of that component (it is internal, or does not exist).
//!
//! Why: only a component's public functions cross its boundary; the backend rejects a call
//! to an internal one, even when a cast silenced the types.
//!
//! Bad:
//! ```ts
//! await ctx.runMutation(components.leaderboard.btree.deleteTree, {}); // internal
//! ```
//!
//! Good: call a public function, or ask the component to expose one.

use super::{FunctionLookup, LintContext, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::eval::Visibility;

pub const RULE: Rule = Rule {
    code: "internal-component-function",
    severity: Severity::Error,
    enabled: true,
    summary: "A reference to a function that is not a public function of the component.",
    eslint_plugin: false,
    check,
    scan: None,
};

fn check(context: &LintContext, out: &mut Vec<Diagnostic>) {
    for module in &context.modules {
        for reference in &module.usage.component_refs {
            if reference.path.len() < 3 {
                continue;
            }
            let owner = context.owner(module, reference);
            let Some(child) = context.child(owner, &reference.path[0]) else {
                continue;
            };
            let inner = reference.path[1..].join("/");
            // A folder or module used as a namespace, not a function.
            if context.definition(child).modules.iter().any(|m| {
                m.import_path() == inner || m.import_path().starts_with(&format!("{inner}/"))
            }) {
                continue;
            }
            let module_path = reference.path[1..reference.path.len() - 1].join("/");
            let name = &reference.path[reference.path.len() - 1];
            let message = match context.find_function(child, &module_path, name) {
                FunctionLookup::Found(function) if function.visibility == Visibility::Public => {
                    continue
                }
                FunctionLookup::Unknown => continue,
                FunctionLookup::Found(_) => format!(
                    "`{module_path}:{name}` is an internal function of component `{}`",
                    reference.path[0]
                ),
                FunctionLookup::NoFunction => format!(
                    "component `{}` has no function `{module_path}:{name}`",
                    reference.path[0]
                ),
                FunctionLookup::NoModule => format!(
                    "component `{}` has no module `{module_path}`",
                    reference.path[0]
                ),
            };
            out.push(
                Diagnostic::error(
                    RULE.code,
                    &module.module.file,
                    Some(reference.span),
                    message,
                )
                .with_help("only a component's public functions can be called from outside it"),
            );
        }
    }
}
