//! `import-wrong-runtime`: a module of Convex's JavaScript runtime imports a `"use node"`
//! module.
//!
//! Why: a `"use node"` module runs only in Node.js actions; importing it pulls its Node
//! dependencies into the default runtime, where the push fails (or the import's side
//! effects run where they cannot). (A rule of @convex-dev/eslint-plugin, off by default as
//! in its recommended config: importing side-effect-free exports of such a module works.)
//!
//! Bad:
//! ```ts
//! // convex/messages.ts
//! import { summarize } from "./ai"; // convex/ai.ts starts with "use node";
//! ```
//!
//! Good: move what both need to a module without `"use node"`, and call the Node action
//! through `ctx.runAction(internal.ai.summarize, ...)`.
//!
//! Unlike the plugin, convexkit resolves every specifier as the bundler does (path aliases
//! included), leaves type-only imports (erased) and `"use node"` importers (Node itself)
//! alone.

use swc_core::ecma::ast::*;

use super::{LintContext, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::parse::ParsedFile;
use crate::source::Span;

pub const RULE: Rule = Rule {
    code: "import-wrong-runtime",
    severity: Severity::Error,
    enabled: false,
    summary: "A module of the default runtime imports a \"use node\" module.",
    eslint_plugin: true,
    check,
    scan: None,
};

/// Whether the file opens with the `"use node"` directive.
pub fn uses_node(parsed: &ParsedFile) -> bool {
    parsed
        .module
        .body
        .iter()
        .map_while(|item| match item {
            ModuleItem::Stmt(Stmt::Expr(e)) => match &*e.expr {
                Expr::Lit(Lit::Str(s)) => Some(s),
                _ => None,
            },
            _ => None,
        })
        .any(|directive| directive.value == *"use node")
}

fn check(context: &LintContext, out: &mut Vec<Diagnostic>) {
    for module in context.function_modules() {
        let Some(parsed) = module.parsed() else {
            continue;
        };
        if uses_node(&parsed) {
            continue;
        }
        for item in &parsed.module.body {
            let ModuleItem::ModuleDecl(ModuleDecl::Import(import)) = item else {
                continue;
            };
            if import.type_only {
                continue;
            }
            let specifier = import.src.value.to_string_lossy();
            let Ok(target) = context.resolver.resolve(&module.module.file, &specifier) else {
                continue;
            };
            let Some(imported) = context.module_by_file(&target) else {
                continue;
            };
            if imported.parsed().is_some_and(|p| uses_node(&p)) {
                out.push(
                    Diagnostic::error(
                        RULE.code,
                        &module.module.file,
                        Some(Span::from_swc(import.span)),
                        format!("This file uses the Convex JavaScript runtime but it imports a \"use node\" module (`{specifier}`)."),
                    )
                    .with_help("move what both modules need to one without \"use node\", and reach the Node action through `ctx.runAction`"),
                );
            }
        }
    }
}
