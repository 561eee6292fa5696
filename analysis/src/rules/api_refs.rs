//! References to functions through the generated `api` and `internal` objects
//! (`api.messages.send`), and the calls they are made in (`ctx.runMutation(ref, args)`,
//! `ctx.scheduler.runAfter(0, ref, args)`, `useQuery(ref, args)`), for the rules that check
//! them against the functions they name.

use serde::{Deserialize, Serialize};
use swc_core::ecma::ast::*;
use swc_core::ecma::visit::{noop_visit_type, Visit, VisitWith};

use super::syntax::{callee_ident, member_name, method_call, unwrap};
use crate::parse::ParsedFile;
use crate::source::Span;
use crate::usage::{object_arguments, ArgProperty};

/// `api.a.b.fn` (or `internal.…`), as written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ApiRef {
    /// The `_generated/api` import the root object comes from.
    pub specifier: String,
    /// Through `internal` rather than `api`.
    pub internal: bool,
    /// The names after the root object.
    pub path: Vec<String>,
    pub span: Span,
    /// The call passing the reference, when it is one that takes the function's arguments.
    pub call: Option<ApiCall>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ApiCall {
    /// `runQuery`, `runAfter`, `useQuery`, ...
    pub callee: String,
    /// The arguments object, when it is a literal without spreads; `None` also when the
    /// call passes none (`{}` is then what the function gets).
    pub args: Option<(Span, Vec<ArgProperty>)>,
    /// The call passes no arguments object at all.
    pub no_args: bool,
}

/// The calls that take a function reference and then its arguments: (name, index of the
/// reference). Methods (`ctx.runQuery`) and hooks (`useQuery`) alike.
const CALLS: [(&str, usize); 10] = [
    ("runQuery", 0),
    ("runMutation", 0),
    ("runAction", 0),
    ("runAfter", 1),
    ("runAt", 1),
    ("useQuery", 0),
    ("usePaginatedQuery", 0),
    ("fetchQuery", 0),
    ("fetchMutation", 0),
    ("fetchAction", 0),
];

pub fn collect(parsed: &ParsedFile) -> Vec<ApiRef> {
    // Local names of `api` / `internal` imported from a `_generated/api`.
    let mut roots = Vec::new();
    for item in &parsed.module.body {
        let ModuleItem::ModuleDecl(ModuleDecl::Import(import)) = item else {
            continue;
        };
        let specifier = import.src.value.to_string_lossy().into_owned();
        if import.type_only || !crate::usage::is_generated(&specifier, "api") {
            continue;
        }
        for s in &import.specifiers {
            let ImportSpecifier::Named(named) = s else {
                continue;
            };
            let imported = crate::eval::scope::imported_name(named);
            if imported == "api" || imported == "internal" {
                roots.push((
                    named.local.sym.to_string(),
                    imported == "internal",
                    specifier.clone(),
                ));
            }
        }
    }
    if roots.is_empty() {
        return Vec::new();
    }
    let mut collector = Collector {
        roots,
        refs: Vec::new(),
    };
    parsed.module.visit_with(&mut collector);
    collector.refs
}

struct Collector {
    roots: Vec<(String, bool, String)>,
    refs: Vec<ApiRef>,
}

impl Collector {
    fn reference(&self, expr: &Expr) -> Option<ApiRef> {
        match unwrap(expr) {
            Expr::Member(member) => self.member_reference(member),
            _ => None,
        }
    }

    fn member_reference(&self, outer: &MemberExpr) -> Option<ApiRef> {
        let mut path = vec![member_name(&outer.prop)?];
        let mut current = unwrap(&outer.obj);
        loop {
            match current {
                Expr::Member(member) => {
                    path.push(member_name(&member.prop)?);
                    current = unwrap(&member.obj);
                }
                Expr::Ident(root) => {
                    let (_, internal, specifier) = self
                        .roots
                        .iter()
                        .find(|(local, _, _)| *local == *root.sym)?;
                    path.reverse();
                    return Some(ApiRef {
                        specifier: specifier.clone(),
                        internal: *internal,
                        path,
                        span: Span::from_swc(outer.span),
                        call: None,
                    });
                }
                _ => return None,
            }
        }
    }
}

impl Visit for Collector {
    // Types are erased before the code runs: nothing in them is looked at.
    noop_visit_type!();

    fn visit_call_expr(&mut self, call: &CallExpr) {
        let callee = method_call(call)
            .map(|(_, method, _)| method)
            .or_else(|| callee_ident(call).map(|i| &*i.sym));
        if let Some((name, at)) = callee.and_then(|c| CALLS.iter().find(|(n, _)| *n == c)) {
            let reference = call
                .args
                .get(*at)
                .filter(|a| a.spread.is_none())
                .and_then(|a| self.reference(&a.expr));
            if let Some(mut reference) = reference {
                let argument = call.args.get(at + 1);
                reference.call = Some(ApiCall {
                    callee: name.to_string(),
                    args: argument
                        .filter(|a| a.spread.is_none())
                        .and_then(|a| object_arguments(unwrap(&a.expr))),
                    no_args: argument.is_none(),
                });
                self.refs.push(reference);
            }
        }
        call.visit_children_with(self);
    }

    fn visit_member_expr(&mut self, member: &MemberExpr) {
        let span = Span::from_swc(member.span);
        // The whole chain is one reference: its inner members are not others.
        if let Some(reference) = self.member_reference(member) {
            if !self.refs.iter().any(|r| r.span == span) {
                self.refs.push(reference);
            }
            return;
        }
        member.visit_children_with(self);
    }
}

/// What an [`ApiRef`] names in the project.
pub enum Target<'a> {
    Function(&'a crate::model::Function),
    /// A module or a folder of modules (`api.messages`): a reference of its own kind.
    Module,
    /// An export static evaluation could not decide: it may be a function.
    Undecided,
    /// Nothing: why, for the message.
    Missing(String),
}

/// What `reference`, made in `module`, names; `None` when its `_generated/api` belongs to
/// no definition of the project.
pub fn resolve<'a>(
    context: &super::LintContext<'a>,
    module: &super::LintModule<'_>,
    reference: &ApiRef,
) -> Option<Target<'a>> {
    let owner = context.api_owner(&module.module.file, &reference.specifier)?;
    let path = &reference.path;
    let definition = context.definition(owner);
    let mut missing = None;
    if let [module_path @ .., name] = path.as_slice() {
        if !module_path.is_empty() {
            let module_path = module_path.join("/");
            match context.find_function(owner, &module_path, name) {
                super::FunctionLookup::Found(function) => return Some(Target::Function(function)),
                super::FunctionLookup::Unknown => return Some(Target::Undecided),
                super::FunctionLookup::NoFunction => {
                    let known: Vec<&str> = context
                        .module_at(owner, &module_path)
                        .map(|m| m.functions.iter().map(|f| f.name.as_str()).collect())
                        .unwrap_or_default();
                    let suggestion = known
                        .iter()
                        .filter(|k| super::levenshtein(k, name) <= 2)
                        .min_by_key(|k| super::levenshtein(k, name))
                        .map(|k| format!(" (did you mean `{k}`?)"))
                        .unwrap_or_default();
                    missing = Some(format!(
                        "`{module_path}` has no function `{name}`{suggestion}"
                    ));
                }
                super::FunctionLookup::NoModule => {}
            }
        }
    }
    let whole = path.join("/");
    let folder = format!("{whole}/");
    if definition
        .modules
        .iter()
        .any(|m| m.import_path() == whole || m.import_path().starts_with(&folder))
    {
        return Some(Target::Module);
    }
    Some(Target::Missing(missing.unwrap_or_else(|| {
        let module_path = path[..path.len().saturating_sub(1)].join("/");
        format!("there is no module `{module_path}`")
    })))
}
