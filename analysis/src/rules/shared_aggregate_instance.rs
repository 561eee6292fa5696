//! `shared-aggregate-instance`: two aggregate helpers (`TableAggregate` / `DirectAggregate`
//! from @convex-dev/aggregate, or a subclass) constructed over the same component instance.
//!
//! Why: an aggregate instance stores one B-tree. Two helpers over it write two tables'
//! items into one tree, so counts, sums and ranks silently mix both.
//!
//! Bad:
//! ```ts
//! const byScore = new TableAggregate<…>(components.aggregate, { sortKey: (d) => d.score });
//! const byName = new TableAggregate<…>(components.aggregate, { sortKey: (d) => d.name });
//! ```
//!
//! Good: one instance per helper.
//! ```ts
//! app.use(aggregate, { name: "byScore" });
//! app.use(aggregate, { name: "byName" });
//! ```
//!
//! Reported at the second (and later) construction, in module-path order then source order.
//! Fix: install a new instance and point the later construction at it.

use std::collections::HashMap;

use super::{HelperKind, LintContext, Rule};
use crate::diagnostic::{Diagnostic, Edit, Fix, Severity};
use crate::source::Span;

pub const RULE: Rule = Rule {
    code: "shared-aggregate-instance",
    severity: Severity::Error,
    enabled: true,
    summary: "Two aggregate helpers over the same component instance.",
    eslint_plugin: false,
    check,
    scan: None,
};

fn check(context: &LintContext, out: &mut Vec<Diagnostic>) {
    let mut first: HashMap<(usize, String), (std::path::PathBuf, Span)> = HashMap::new();
    for module in &context.modules {
        for construction in &module.usage.constructions {
            let Some((owner, component, named_in)) =
                context.construction_component(module, construction)
            else {
                continue;
            };
            if component.path.len() != 1
                || context.helper_kind(module, &construction.callee, 0)
                    != Some(HelperKind::Aggregate)
            {
                continue;
            }
            let key = (owner, component.path[0].clone());
            let Some((first_file, _)) = first.get(&key) else {
                first.insert(key, (module.module.file.clone(), construction.span));
                continue;
            };
            let instance = &component.path[0];
            let root = &context.model.config.root;
            let first_path = first_file
                .strip_prefix(root)
                .unwrap_or(first_file)
                .display()
                .to_string();
            let mut diagnostic = Diagnostic::error(
                RULE.code,
                &module.module.file,
                Some(construction.span),
                format!("a second aggregate over `components.{instance}` (the first is in {first_path}): both write into one B-tree"),
            )
            .with_help("give each aggregate its own instance with `app.use(aggregate, { name: \"…\" })`");
            if let Some(fix) =
                new_instance_fix(context, owner, instance, &named_in, component.instance_span)
            {
                diagnostic = diagnostic.with_fix(fix);
            }
            out.push(diagnostic);
        }
    }
}

/// Installs a copy of `instance` under a fresh name and points this construction at it.
fn new_instance_fix(
    context: &LintContext,
    definition: usize,
    instance: &str,
    file: &std::path::Path,
    instance_span: Span,
) -> Option<Fix> {
    let definition = context.definition(definition);
    let config = definition.config_file.as_ref()?;
    let installed = definition.uses.iter().find(|u| u.name == instance)?;
    let text = context.workspace.read(config).ok()?;
    let call = text.get(installed.span.start as usize..installed.span.end as usize)?;
    let receiver = call.split(".use(").next()?.trim();
    let argument = call.strip_prefix(receiver)?.trim_start_matches(".use(");
    let definition_text = argument.split([',', ')']).next()?.trim();
    let new_name = (2..)
        .map(|n| format!("{instance}{n}"))
        .find(|n| !definition.uses.iter().any(|u| &u.name == n))?;
    // After the statement that holds the `use()`.
    let after = text[installed.span.end as usize..]
        .find('\n')
        .map_or(text.len(), |i| installed.span.end as usize + i);
    Some(Fix {
        title: format!("Install a new aggregate instance `{new_name}` for this helper"),
        edits: vec![
            Edit {
                file: config.clone(),
                span: Span::new(after as u32, after as u32),
                text: format!("\n{receiver}.use({definition_text}, {{ name: \"{new_name}\" }});"),
            },
            Edit {
                file: file.to_path_buf(),
                span: instance_span,
                text: new_name,
            },
        ],
        safe: false,
        run_codegen: true,
    })
}
