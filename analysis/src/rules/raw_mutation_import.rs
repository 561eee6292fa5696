//! `raw-mutation-import`: the project wraps mutations (convex-helpers `Triggers` +
//! `customMutation`, or any `customMutation` wrapper), yet a module imports the raw
//! `mutation`/`internalMutation` from `_generated/server` and writes to a table that has a
//! registered trigger. The module defining the wrappers is exempt.
//!
//! Why: triggers run only inside the wrapped builder. A write through the raw builder
//! silently skips them, and the aggregates they maintain drift from the table.
//!
//! Bad:
//! ```ts
//! import { mutation } from "./_generated/server"; // raw: the leaderboard trigger never runs
//! export const add = mutation({ handler: (ctx, a) => ctx.db.insert("scores", a) });
//! ```
//!
//! Good:
//! ```ts
//! import { mutation } from "./functions"; // customMutation(rawMutation, customCtx(triggers.wrapDB))
//! ```
//!
//! A deliberate bypass (seed data, a backfill that must not fire triggers) says so by
//! renaming the import — `import { internalMutation as rawInternalMutation }` (a local
//! name starting with `raw`, or naming `untriggered`) — and is not reported.
//!
//! Reported at the import specifier. Fix: import the wrapped builder from its module.

use std::path::Path;

use super::{LintContext, LintModule, Rule};
use crate::diagnostic::{Diagnostic, Edit, Fix, Severity};
use crate::usage::ServerImport;

pub const RULE: Rule = Rule {
    code: "raw-mutation-import",
    severity: Severity::Error,
    enabled: true,
    summary: "A raw mutation builder used where triggers wrap mutations.",
    eslint_plugin: false,
    check,
    scan: None,
};

fn is_triggers(context: &LintContext, module: &LintModule<'_>, receiver: &str) -> bool {
    context
        .origin(module, receiver)
        .is_some_and(|(file, name, _)| {
            context.module_by_file(&file).is_some_and(|target| {
                target.usage.constructions.iter().any(|c| {
                    c.bound_to.as_deref() == Some(name.as_str())
                        && context
                            .origin(target, &c.callee)
                            .is_some_and(|(_, class, specifier)| {
                                class == "Triggers"
                                    && specifier.as_deref()
                                        == Some("convex-helpers/server/triggers")
                            })
                })
            })
        })
}

fn check(context: &LintContext, out: &mut Vec<Diagnostic>) {
    for definition in 0..context.model.definitions.len() {
        let modules: Vec<&LintModule> = context
            .modules
            .iter()
            .filter(|m| m.definition == definition)
            .collect();
        let wrappers: Vec<&LintModule> = modules
            .iter()
            .copied()
            .filter(|m| m.usage.defines_custom_mutation)
            .collect();
        if wrappers.is_empty() {
            continue;
        }
        let triggered: Vec<&str> = modules
            .iter()
            .flat_map(|m| {
                m.usage
                    .registrations
                    .iter()
                    .filter(|(receiver, _)| is_triggers(context, m, receiver))
                    .map(|(_, table)| table.as_str())
            })
            .collect();
        for module in &modules {
            if module.usage.defines_custom_mutation {
                continue;
            }
            let Some(table) = module
                .usage
                .written_tables
                .iter()
                .find(|t| triggered.contains(&t.as_str()))
            else {
                continue;
            };
            for import in module
                .usage
                .server_imports
                .iter()
                .filter(|i| is_raw_mutation_import(module, i) && !says_raw(i))
            {
                let builder = if is_namespace(import) {
                    format!("{}.mutation", import.local)
                } else {
                    import.imported.clone()
                };
                let mut diagnostic = Diagnostic::error(
                    RULE.code,
                    &module.module.file,
                    Some(import.span),
                    format!("raw `{builder}` imported from _generated/server: its writes to `{table}` skip the registered triggers"),
                )
                .with_help("import the wrapped builder from the module that defines it");
                if let Some(fix) = wrapped_import_fix(module, import, &wrappers) {
                    diagnostic = diagnostic.with_fix(fix);
                }
                out.push(diagnostic);
            }
        }
    }
}

/// An import renamed to say it is the raw builder: the bypass is deliberate.
fn says_raw(import: &ServerImport) -> bool {
    let local = import.local.to_ascii_lowercase();
    import.local != import.imported && (local.starts_with("raw") || local.contains("untriggered"))
}

fn is_namespace(import: &ServerImport) -> bool {
    import.imported == "*"
}

/// `import { mutation }` / `{ internalMutation }`, or a namespace import used as
/// `server.mutation(...)`.
fn is_raw_mutation_import(module: &LintModule<'_>, import: &ServerImport) -> bool {
    match import.imported.as_str() {
        "mutation" | "internalMutation" => true,
        "*" => module.usage.method_calls.iter().any(|c| {
            c.receiver == import.local && (c.method == "mutation" || c.method == "internalMutation")
        }),
        _ => false,
    }
}

/// The path from `from`'s folder to `to`, extensionless, starting with `./` or `../`.
fn relative_specifier(from: &Path, to: &Path) -> Option<String> {
    let from: Vec<_> = from.parent()?.components().collect();
    let to_stem = to.with_extension("");
    let to: Vec<_> = to_stem.components().collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = vec!["..".into(); from.len() - common];
    if parts.is_empty() {
        parts.push(".".into());
    }
    parts.extend(
        to[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    Some(parts.join("/"))
}

fn wrapped_import_fix(
    module: &LintModule<'_>,
    import: &ServerImport,
    wrappers: &[&LintModule<'_>],
) -> Option<Fix> {
    let wrapper = wrappers.iter().find(|w| {
        w.usage
            .builder_calls
            .get(&import.imported)
            .is_some_and(|b| b == "customMutation")
    })?;
    // Only the sole named specifier case is rewritten mechanically.
    if is_namespace(import) {
        return None;
    }
    if module
        .usage
        .server_imports
        .iter()
        .filter(|i| i.declaration == import.declaration)
        .count()
        != 1
    {
        return None;
    }
    let specifier = relative_specifier(&module.module.file, &wrapper.module.file)?;
    let binding = if import.local == import.imported {
        import.local.clone()
    } else {
        format!("{} as {}", import.imported, import.local)
    };
    Some(Fix {
        title: format!(
            "Import the wrapped `{}` from \"{specifier}\"",
            import.imported
        ),
        edits: vec![Edit {
            file: module.module.file.clone(),
            span: import.declaration,
            text: format!("import {{ {binding} }} from \"{specifier}\";"),
        }],
        safe: true,
        run_codegen: false,
    })
}
