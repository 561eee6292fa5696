//! `no-schema-import-cycle`: a module that the schema imports (directly or through
//! others) uses the schema's value while it is evaluated.
//!
//! Why: in an import cycle the module runs before `schema.ts` has finished, so the imported
//! `schema` is still undefined: `schema.tables.users.validator` at the top level fails at
//! import time with `Cannot read properties of undefined`. A use inside a function runs
//! later and is safe. (A rule of @convex-dev/eslint-plugin.)
//!
//! Bad:
//! ```ts
//! // convex/validators.ts, imported by convex/schema.ts
//! import schema from "./schema";
//! export const user = schema.tables.users.validator;
//! ```
//!
//! Good: `v.id("users")` / the validator itself from a module the schema does not import.
//!
//! Imports are followed as the bundler resolves them (path aliases too), not only relative
//! ones as the plugin does.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};

use rustc_hash::FxHashMap;

use swc_core::ecma::ast::*;
use swc_core::ecma::visit::{Visit, VisitWith};

use super::{LintContext, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::source::Span;

pub const RULE: Rule = Rule {
    code: "no-schema-import-cycle",
    severity: Severity::Error,
    enabled: true,
    summary: "A module the schema imports uses the schema's value while it is evaluated.",
    eslint_plugin: true,
    check,
    scan: None,
};

/// The plugin's bound on the walk: a schema's imports are normally a handful of files.
const MAX_FILES: usize = 500;

fn is_schema(path: &Path) -> bool {
    path.file_stem().is_some_and(|s| s == "schema")
}

fn check(context: &LintContext, out: &mut Vec<Diagnostic>) {
    // What each schema imports, directly or not (one walk per schema, not per module).
    let mut closures: FxHashMap<PathBuf, FxHashMap<PathBuf, PathBuf>> = FxHashMap::default();
    for module in context.function_modules() {
        // Only a module importing something named `schema` can be one; its usage says which.
        let mut schemas: Vec<PathBuf> = module
            .usage
            .bindings
            .values()
            .flatten()
            .filter(|(specifier, _)| {
                let last = specifier.rsplit('/').next().unwrap_or(specifier);
                last.split('.').next() == Some("schema")
            })
            .filter_map(|(specifier, _)| {
                context
                    .resolver
                    .resolve(&module.module.file, specifier)
                    .ok()
            })
            .filter(|file| is_schema(file))
            .collect();
        // Two names imported from one schema: one look at the module.
        schemas.sort();
        schemas.dedup();
        for schema in schemas {
            let closure = closures
                .entry(schema.clone())
                .or_insert_with(|| import_closure(context, &schema));
            if !closure.contains_key(&module.module.file) {
                continue;
            }
            report_uses(context, module, &schema, closure, out);
        }
    }
}

/// Reports the evaluation-time uses, in `module`, of what it imports from `schema`, which
/// imports `module` back (`closure`: each file the schema reaches, with the file importing it).
fn report_uses(
    context: &LintContext,
    module: &super::LintModule<'_>,
    schema: &Path,
    closure: &FxHashMap<PathBuf, PathBuf>,
    out: &mut Vec<Diagnostic>,
) {
    let Some(parsed) = module.parsed() else {
        return;
    };
    let mut chain = vec![module.module.file.clone()];
    while let Some(previous) = closure.get(chain.last().unwrap()) {
        chain.push(previous.clone());
    }
    chain.reverse();
    let names: Vec<String> = chain
        .iter()
        .map(|f| {
            f.file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    for item in &parsed.module.body {
        let ModuleItem::ModuleDecl(ModuleDecl::Import(import)) = item else {
            continue;
        };
        let specifier = import.src.value.to_string_lossy();
        if import.type_only
            || context
                .resolver
                .resolve(&module.module.file, &specifier)
                .ok()
                .as_deref()
                != Some(schema)
        {
            continue;
        }
        let locals: Vec<String> = import
            .specifiers
            .iter()
            .filter(|s| !matches!(s, ImportSpecifier::Named(n) if n.is_type_only))
            .map(|s| crate::eval::scope::import_local(s).sym.to_string())
            .collect();
        let mut uses = EvaluationTimeUses {
            locals: &locals,
            found: Vec::new(),
        };
        parsed.module.visit_with(&mut uses);
        for (name, span) in uses.found {
            out.push(
                Diagnostic::error(
                    RULE.code,
                    &module.module.file,
                    Some(span),
                    format!(
                        "`{}` imports this file ({}), so `{name}` is still undefined while this module is evaluated.",
                        names[0],
                        names.join(" → ")
                    ),
                )
                .with_help(format!("use `v.id(\"tableName\")` instead of `{name}.id()`, or move this code to a file the schema doesn't import")),
            );
        }
    }
}

/// Every project file `from` imports when it is evaluated, directly or not, each with the
/// file that imports it first (breadth first: the shortest chains).
fn import_closure(context: &LintContext, from: &Path) -> FxHashMap<PathBuf, PathBuf> {
    let mut reached: FxHashMap<PathBuf, PathBuf> = FxHashMap::default();
    let mut queue = VecDeque::from([from.to_path_buf()]);
    while let Some(current) = queue.pop_front() {
        if reached.len() > MAX_FILES {
            break;
        }
        let Ok(parsed) = context.workspace.parse(&current) else {
            continue;
        };
        for specifier in value_imports(&parsed.module) {
            let Ok(next) = context.resolver.resolve(&current, &specifier) else {
                continue;
            };
            let outside = next.components().any(|c| c.as_os_str() == "node_modules");
            if outside || next == from || reached.contains_key(&next) {
                continue;
            }
            reached.insert(next.clone(), current.clone());
            queue.push_back(next);
        }
    }
    reached
}

/// The specifiers a module imports or re-exports when it is evaluated (not `import type`,
/// not dynamic `import()`, which runs later).
fn value_imports(module: &Module) -> Vec<String> {
    module
        .body
        .iter()
        .filter_map(|item| match item {
            ModuleItem::ModuleDecl(ModuleDecl::Import(i)) if !i.type_only => Some(&i.src),
            ModuleItem::ModuleDecl(ModuleDecl::ExportAll(e)) if !e.type_only => Some(&e.src),
            ModuleItem::ModuleDecl(ModuleDecl::ExportNamed(e)) if !e.type_only => e.src.as_ref(),
            _ => None,
        })
        .map(|src| src.value.to_string_lossy().into_owned())
        .collect()
}

/// Reads of the imported names that run while the module is evaluated: outside function
/// bodies and instance field initializers, not in types.
struct EvaluationTimeUses<'a> {
    locals: &'a [String],
    found: Vec<(String, Span)>,
}

impl Visit for EvaluationTimeUses<'_> {
    fn visit_function(&mut self, _: &Function) {}
    fn visit_arrow_expr(&mut self, _: &ArrowExpr) {}
    fn visit_constructor(&mut self, _: &Constructor) {}
    fn visit_getter_prop(&mut self, _: &GetterProp) {}
    fn visit_setter_prop(&mut self, _: &SetterProp) {}
    fn visit_import_decl(&mut self, _: &ImportDecl) {}
    fn visit_ts_type(&mut self, _: &TsType) {}
    fn visit_ts_type_alias_decl(&mut self, _: &TsTypeAliasDecl) {}
    fn visit_ts_interface_decl(&mut self, _: &TsInterfaceDecl) {}

    fn visit_class_prop(&mut self, prop: &ClassProp) {
        if prop.is_static {
            prop.visit_children_with(self);
        } else {
            prop.key.visit_with(self);
        }
    }

    fn visit_ident(&mut self, ident: &Ident) {
        if self.locals.iter().any(|l| *l == *ident.sym) {
            self.found
                .push((ident.sym.to_string(), Span::from_swc(ident.span)));
        }
    }

    // Names that are not reads: property keys, member names, declarations.
    fn visit_member_prop(&mut self, prop: &MemberProp) {
        if let MemberProp::Computed(c) = prop {
            c.visit_with(self);
        }
    }
    fn visit_prop_name(&mut self, name: &PropName) {
        if let PropName::Computed(c) = name {
            c.visit_with(self);
        }
    }
    fn visit_binding_ident(&mut self, _: &BindingIdent) {}
    fn visit_export_specifier(&mut self, _: &ExportSpecifier) {}
}
