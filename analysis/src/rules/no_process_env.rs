//! `no-process-env`: `process.env` in Convex code.
//!
//! Why: `_generated/server` exports a typed `env` holding the platform's variables and
//! those `convex.config.ts` declares, checked when the app is pushed; `process.env.X` is an
//! unchecked `string | undefined` that fails only when the function runs. (A rule of
//! @convex-dev/eslint-plugin, with its fix.)
//!
//! Bad:
//! ```ts
//! const url = process.env.CONVEX_SITE_URL;
//! ```
//!
//! Good:
//! ```ts
//! import { env } from "./_generated/server";
//! const url = env.CONVEX_SITE_URL;
//! ```
//!
//! Fix: `process.env.X` (or `const { X } = process.env`) becomes `env.X`, importing `env`
//! from the module's `_generated/server`. Safe when every name read is declared (the
//! platform's `CONVEX_CLOUD_URL`/`CONVEX_SITE_URL`, or in `convex.config.ts`); otherwise
//! only offered, since the declaration must be written first. No fix for writes, computed
//! keys or the whole object. A file that declares its own `process` is not checked.

use swc_core::common::Spanned;
use swc_core::ecma::ast::*;
use swc_core::ecma::visit::{noop_visit_type, Visit, VisitWith};

use super::syntax::{member_name, unparenthesized, FileFix, Finding, ScannedFile};
use super::{finding_diagnostic, LintContext, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::parse::is_identifier;
use crate::source::Span;

pub const RULE: Rule = Rule {
    code: "no-process-env",
    severity: Severity::Error,
    enabled: true,
    summary: "`process.env` in Convex code instead of the typed `env` of `_generated/server`.",
    eslint_plugin: true,
    check,
    scan: Some(scan),
};

/// Stands for the module's own `_generated/server` specifier in a fix's import, which
/// depends on where the file sits (completed when the finding is reported).
const SERVER_SPECIFIER: &str = "{{_generated/server}}";
const HELP: &str = "declare the variable in `convex.config.ts` and read it from the typed `env` exported by `_generated/server` (https://docs.convex.dev/production/environment-variables#declaring)";

fn scan(parsed: &ScannedFile, out: &mut Vec<Finding>) {
    if !parsed.text.contains("process") {
        return;
    }
    let mut names = DeclaredNames::default();
    parsed.module.visit_with(&mut names);
    if names.process {
        return;
    }
    let binding = env_binding(&parsed.module, names.env);
    parsed.module.visit_with(&mut ProcessEnv {
        binding,
        writes: Vec::new(),
        handled: Vec::new(),
        out,
    });
}

/// Whether the file declares `process` or `env` itself (anywhere: a rare shadowing is
/// taken as the whole file's).
#[derive(Default)]
struct DeclaredNames {
    process: bool,
    env: bool,
}

impl Visit for DeclaredNames {
    // Types are erased before the code runs: nothing in them is looked at.
    noop_visit_type!();

    fn visit_binding_ident(&mut self, ident: &BindingIdent) {
        self.note(&ident.id.sym);
    }
    fn visit_import_specifier(&mut self, specifier: &ImportSpecifier) {
        self.note(&crate::eval::scope::import_local(specifier).sym);
    }
    fn visit_fn_decl(&mut self, f: &FnDecl) {
        self.note(&f.ident.sym);
        f.visit_children_with(self);
    }
    fn visit_class_decl(&mut self, c: &ClassDecl) {
        self.note(&c.ident.sym);
        c.visit_children_with(self);
    }
}

impl DeclaredNames {
    fn note(&mut self, name: &str) {
        self.process |= name == "process";
        self.env |= name == "env";
    }
}

/// How a fix reaches `env`: its local name and the edit that imports it.
#[derive(Clone)]
struct EnvBinding {
    local: String,
    import: Option<(Span, String)>,
}

/// `env` as imported from `_generated/server` already, or how to import it; `None` when the
/// name is taken by something else.
fn env_binding(module: &Module, env_declared: bool) -> Option<EnvBinding> {
    let imports: Vec<&ImportDecl> = module
        .body
        .iter()
        .filter_map(|item| match item {
            ModuleItem::ModuleDecl(ModuleDecl::Import(import)) => Some(import),
            _ => None,
        })
        .collect();
    let generated: Vec<&&ImportDecl> = imports
        .iter()
        .filter(|i| {
            !i.type_only && crate::usage::is_generated(&i.src.value.to_string_lossy(), "server")
        })
        .collect();
    for import in &generated {
        for specifier in &import.specifiers {
            if let ImportSpecifier::Named(named) = specifier {
                let imported = crate::eval::scope::imported_name(named);
                if imported == "env" && !named.is_type_only {
                    return Some(EnvBinding {
                        local: named.local.sym.to_string(),
                        import: None,
                    });
                }
            }
        }
    }
    if env_declared {
        return None;
    }
    let named_only = generated.iter().find(|i| {
        !i.specifiers.is_empty()
            && i.specifiers
                .iter()
                .all(|s| matches!(s, ImportSpecifier::Named(_)))
    });
    if let Some(last) = named_only.and_then(|i| i.specifiers.last()) {
        let end = Span::from_swc(last.span()).end;
        return Some(EnvBinding {
            local: "env".into(),
            import: Some((Span::new(end, end), ", env".into())),
        });
    }
    // Under NodeNext resolution relative imports carry `.js`: follow the file's habit.
    let with_js = imports.iter().any(|i| {
        let source = i.src.value.to_string_lossy();
        source.starts_with('.') && source.ends_with(".js")
    });
    let extension = if with_js { ".js" } else { "" };
    let at = imports.first().map_or(0, |i| Span::from_swc(i.span).start);
    Some(EnvBinding {
        local: "env".into(),
        import: Some((
            Span::new(at, at),
            format!("import {{ env }} from \"{SERVER_SPECIFIER}{extension}\";\n"),
        )),
    })
}

struct ProcessEnv<'a> {
    binding: Option<EnvBinding>,
    /// Member expressions written to (`process.env.X = ...`): reported without a fix.
    writes: Vec<Span>,
    /// `process.env` nodes already reported through their parent.
    handled: Vec<Span>,
    out: &'a mut Vec<Finding>,
}

fn is_process_env(expr: &Expr) -> bool {
    matches!(unparenthesized(expr), Expr::Member(member) if member_is_process_env(member))
}

fn member_is_process_env(member: &MemberExpr) -> bool {
    matches!(&*member.obj, Expr::Ident(i) if &*i.sym == "process")
        && member_name(&member.prop).as_deref() == Some("env")
}

impl ProcessEnv<'_> {
    fn report(&mut self, node: Span, message: &str, fix: Option<(Vec<String>, Span, String)>) {
        self.handled.push(node);
        let mut finding = Finding::new(RULE.code, node, message).with_help(HELP);
        if let (Some((keys, span, replacement)), Some(binding)) = (fix, &self.binding) {
            let mut edits: Vec<(Span, String)> = binding.import.iter().cloned().collect();
            edits.push((span, replacement));
            finding = finding.with_detail(keys).with_fix(FileFix {
                title: "Read it from the typed `env`".into(),
                edits,
                // Decided with the project: whether every key is declared.
                safe: false,
            });
        }
        self.out.push(finding);
    }

    fn local(&self) -> &str {
        self.binding.as_ref().map_or("env", |b| b.local.as_str())
    }
}

const MESSAGE: &str = "Avoid `process.env` in Convex code: read the variable from the typed `env` object exported by `_generated/server`.";

impl Visit for ProcessEnv<'_> {
    // Types are erased before the code runs: nothing in them is looked at.
    noop_visit_type!();

    fn visit_assign_expr(&mut self, assign: &AssignExpr) {
        if let AssignTarget::Simple(SimpleAssignTarget::Member(member)) = &assign.left {
            self.writes.push(Span::from_swc(member.span));
        }
        assign.visit_children_with(self);
    }

    fn visit_update_expr(&mut self, update: &UpdateExpr) {
        self.writes.push(Span::from_swc(update.arg.span()));
        update.visit_children_with(self);
    }

    fn visit_unary_expr(&mut self, unary: &UnaryExpr) {
        if unary.op == UnaryOp::Delete {
            self.writes.push(Span::from_swc(unary.arg.span()));
        }
        unary.visit_children_with(self);
    }

    fn visit_var_declarator(&mut self, declarator: &VarDeclarator) {
        if let (Pat::Object(pattern), Some(init)) = (&declarator.name, &declarator.init) {
            if is_process_env(init) {
                let keys: Option<Vec<String>> = pattern
                    .props
                    .iter()
                    .map(|p| match p {
                        ObjectPatProp::Assign(a) => Some(a.key.sym.to_string()),
                        ObjectPatProp::KeyValue(kv) => crate::eval::scope::prop_name(&kv.key)
                            .filter(|_| !matches!(kv.key, PropName::Computed(_))),
                        ObjectPatProp::Rest(_) => None,
                    })
                    .collect();
                let node = Span::from_swc(init.span());
                match keys.filter(|k| !k.is_empty()) {
                    Some(keys) => {
                        let local = self.local().to_string();
                        self.report(node, MESSAGE, Some((keys, node, local)));
                    }
                    None => self.report(node, MESSAGE, None),
                }
            }
        }
        declarator.visit_children_with(self);
    }

    fn visit_member_expr(&mut self, member: &MemberExpr) {
        let span = Span::from_swc(member.span);
        if is_process_env(&member.obj) {
            let node = Span::from_swc(member.obj.span());
            let fix = member_name(&member.prop)
                .filter(|_| !self.writes.contains(&span))
                .map(|key| {
                    let local = self.local();
                    let access = if is_identifier(&key) {
                        format!("{local}.{key}")
                    } else {
                        format!("{local}[{}]", serde_json::Value::from(key.as_str()))
                    };
                    (vec![key], span, access)
                });
            self.report(node, MESSAGE, fix);
        } else if member_is_process_env(member) && !self.handled.contains(&span) {
            self.report(
                span,
                "Avoid `process.env` in Convex code: declare your variables in `convex.config.ts` and read them from the typed `env` object exported by `_generated/server`.",
                None,
            );
        }
        member.visit_children_with(self);
    }
}

fn check(context: &LintContext, out: &mut Vec<Diagnostic>) {
    for (module, finding) in context.findings(RULE.code) {
        let mut diagnostic = finding_diagnostic(module, finding, RULE.severity);
        if let Some(fix) = diagnostic.fix.as_mut() {
            let depth = module.module.path.matches('/').count();
            let server = if depth == 0 {
                "./_generated/server".to_string()
            } else {
                format!("{}_generated/server", "../".repeat(depth))
            };
            for edit in &mut fix.edits {
                edit.text = edit.text.replace(SERVER_SPECIFIER, &server);
            }
            let definition = context.definition(module.definition);
            fix.safe = finding.detail.iter().all(|key| {
                ["CONVEX_CLOUD_URL", "CONVEX_SITE_URL"].contains(&key.as_str())
                    || definition.env.iter().any(|e| e.name == *key)
            });
        }
        out.push(diagnostic);
    }
}
