//! Where a module uses components: `components.X…` references, helper objects built over
//! an instance (`new TableAggregate(components.X, …)`), `ctx.run*` calls into components,
//! imports of `_generated/server`, and method calls on module-level helpers — each with its
//! span, for the lint rules and the language server.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};

use swc_core::common::Spanned;
use swc_core::ecma::ast::*;
use swc_core::ecma::visit::{noop_visit_type, Visit, VisitWith};

use crate::eval::{Binding, Imported, ModuleScope};
use crate::parse::ParsedFile;
use crate::rules::syntax::unparenthesized;
use crate::source::Span;
use crate::workspace::{LoadError, Workspace};

/// `components.X.a.b`: the path after `components`, with spans.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComponentRef {
    pub path: Vec<String>,
    /// The whole reference.
    pub span: Span,
    /// Where the instance name (`X`) is written: here, or where an alias was bound
    /// (`const { X } = components` names it at the destructured key).
    pub instance_span: Span,
    /// Whether the instance name is written at an alias's binding rather than here (that
    /// binding is a reference of its own).
    pub aliased: bool,
    /// The instance name is a shorthand destructuring key (`const { x } = components`),
    /// which also names the local binding: a rename must keep that (`y: x`).
    pub shorthand: bool,
    /// The `_generated/api` import `components` came from: its definition owns the reference.
    pub api: String,
}

/// `new Callee(first, …)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Construction {
    /// The constructor's local name.
    pub callee: String,
    /// The first argument, when it is a component reference.
    pub component: Option<ComponentRef>,
    /// The first argument, when it is a plain name that is not a reference here (it may be
    /// one imported from another module).
    pub argument: Option<String>,
    /// The module-level constant it initializes, if any (`const x = new …`).
    pub bound_to: Option<String>,
    pub span: Span,
}

/// A property of an object literal passed to a component function.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArgProperty {
    pub name: String,
    /// The literal's kind when the value is a literal.
    pub literal: Option<LiteralKind>,
    pub span: Span,
}

/// The kind of a literal argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LiteralKind {
    String,
    Number,
    Boolean,
    Null,
    BigInt,
}

impl std::fmt::Display for LiteralKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            LiteralKind::String => "string",
            LiteralKind::Number => "number",
            LiteralKind::Boolean => "boolean",
            LiteralKind::Null => "null",
            LiteralKind::BigInt => "bigint",
        })
    }
}

/// `ctx.runQuery(components.X.mod.fn, { … })` and its siblings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ComponentCall {
    pub method: String,
    pub target: ComponentRef,
    /// The object literal argument, when it is one without spreads.
    pub args: Option<(Span, Vec<ArgProperty>)>,
}

/// `import { mutation as raw } from "./_generated/server"`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServerImport {
    pub imported: String,
    pub local: String,
    /// The import specifier (`mutation as raw`).
    pub span: Span,
    /// The whole import declaration.
    pub declaration: Span,
    pub specifier: String,
}

/// `receiver.method(…)` where `receiver` is a plain identifier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MethodCall {
    pub receiver: String,
    pub method: String,
    pub span: Span,
    /// The top-level function or `const` whose body contains the call.
    pub enclosing: Option<String>,
}

/// A call of a plain function by name, for following helpers within a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FunctionCall {
    pub callee: String,
    pub enclosing: Option<String>,
}

/// (Empty fields are left out of the kept usages: most modules use little of this.)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ModuleUsage {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub component_refs: Vec<ComponentRef>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub constructions: Vec<Construction>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub component_calls: Vec<ComponentCall>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub server_imports: Vec<ServerImport>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub method_calls: Vec<MethodCall>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub function_calls: Vec<FunctionCall>,
    /// `db.insert/patch/replace/delete("table", …)` tables written with a literal table name.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub written_tables: Vec<String>,
    /// Whether the module writes to the database at all (`ctx.db.insert(...)`, …).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub writes: bool,
    /// `receiver.register("table", …)` calls (convex-helpers triggers), as (receiver, table).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub registrations: Vec<(String, String)>,
    /// Whether the module builds wrapped mutations (`customMutation(...)`).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub defines_custom_mutation: bool,
    /// Module-level names whose initializer is a mutation builder call, mapped to the builder.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub builder_calls: BTreeMap<String, String>,
    /// Names bound to a component reference (`const lb = components.leaderboard`, `const {
    /// leaderboard } = components`), which other modules may import.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub component_aliases: BTreeMap<String, ComponentRef>,
    /// Every module-level name, with the import it comes from (specifier and imported
    /// name: `default`, or `*` for a namespace) or `None` when it is declared here. Calls
    /// and constructions are recorded only on such names: the rules follow nothing else.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub bindings: BTreeMap<String, Option<(String, String)>>,
    /// What the rules that read one file alone found in it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub findings: Vec<crate::rules::Finding>,
    /// `api.x.y` / `internal.x.y` references to the app's functions, with the call they
    /// are made in.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub api_refs: Vec<crate::rules::api_refs::ApiRef>,
}

/// Whether an import specifier names `_generated/<module>` (any relative path, `.js`/`.ts`).
pub(crate) fn is_generated(specifier: &str, module: &str) -> bool {
    let stem = specifier
        .strip_suffix(".js")
        .or_else(|| specifier.strip_suffix(".ts"))
        .unwrap_or(specifier);
    stem.strip_suffix(module).is_some_and(|rest| {
        rest.strip_suffix("_generated/")
            .is_some_and(|before| before.is_empty() || before.ends_with('/'))
    })
}

struct Collector<'a> {
    usage: ModuleUsage,
    /// Local names bound to `components` (imports, `const c = components`), with the
    /// `_generated/api` specifier each comes from.
    components: Vec<(String, String)>,
    /// `import * as g from "./_generated/api"` (then `g.components`), with the specifier.
    namespaces: Vec<(String, String)>,
    enclosing: Option<String>,
    bound_to: Option<String>,
    _file: &'a ParsedFile,
}

impl Collector<'_> {
    /// The component path of `expr` if it is `components.X…` (or an alias of one).
    fn component_ref(&self, expr: &Expr) -> Option<ComponentRef> {
        match expr {
            Expr::Member(member) => self.member_ref(member),
            Expr::Ident(ident) => {
                self.usage
                    .component_aliases
                    .get(&*ident.sym)
                    .map(|alias| ComponentRef {
                        span: Span::from_swc(ident.span),
                        aliased: true,
                        shorthand: false,
                        ..alias.clone()
                    })
            }
            Expr::Paren(p) => self.component_ref(&p.expr),
            Expr::TsAs(e) => self.component_ref(&e.expr),
            Expr::TsNonNull(e) => self.component_ref(&e.expr),
            Expr::TsSatisfies(e) => self.component_ref(&e.expr),
            _ => None,
        }
    }

    /// The `_generated/api` specifier when `expr` is the `components` object itself.
    fn components_root(&self, expr: &Expr) -> Option<&str> {
        match expr {
            Expr::Ident(ident) => self
                .components
                .iter()
                .find(|(local, _)| *local == *ident.sym)
                .map(|(_, api)| api.as_str()),
            Expr::Member(member) => {
                let (Expr::Ident(ns), Some((name, _))) = (&*member.obj, member_name(&member.prop))
                else {
                    return None;
                };
                if name != "components" {
                    return None;
                }
                self.namespaces
                    .iter()
                    .find(|(local, _)| *local == *ns.sym)
                    .map(|(_, api)| api.as_str())
            }
            Expr::Paren(p) => self.components_root(&p.expr),
            Expr::TsAs(e) => self.components_root(&e.expr),
            _ => None,
        }
    }

    /// `components.X.a.b` (or `components["X"]`) as a member expression, walked without
    /// copying the tree. Most member expressions of a module are no such reference: the chain
    /// is walked down to its root first, and its names are copied only when the root is
    /// `components` or an alias of a reference.
    fn member_ref(&self, outer: &MemberExpr) -> Option<ComponentRef> {
        let (root, depth) = {
            let (mut member, mut depth) = (outer, 1);
            loop {
                member_name(&member.prop)?;
                let object = unparenthesized(&member.obj);
                if let Some(api) = self.components_root(object) {
                    break (Root::Components(api), depth);
                }
                match object {
                    Expr::Member(inner) => member = inner,
                    Expr::Ident(ident) => {
                        break (
                            Root::Alias(self.usage.component_aliases.get(&*ident.sym)?),
                            depth,
                        );
                    }
                    _ => return None,
                }
                depth += 1;
            }
        };
        // The names from the outermost member in; each was checked above.
        let mut segments = Vec::with_capacity(depth);
        let mut member = outer;
        for _ in 0..depth {
            segments.extend(member_name(&member.prop));
            if let Expr::Member(inner) = unparenthesized(&member.obj) {
                member = inner;
            }
        }
        segments.reverse();
        let instance_span = segments.first()?.1;
        let names = segments.into_iter().map(|(name, _)| name.into_owned());
        Some(match root {
            Root::Components(api) => ComponentRef {
                instance_span,
                path: names.collect(),
                span: Span::from_swc(outer.span),
                aliased: false,
                shorthand: false,
                api: api.to_string(),
            },
            Root::Alias(alias) => ComponentRef {
                path: alias.path.iter().cloned().chain(names).collect(),
                span: Span::from_swc(outer.span),
                instance_span: alias.instance_span,
                aliased: true,
                shorthand: false,
                api: alias.api.clone(),
            },
        })
    }

    /// Binds the names of `const { x, y: z } = <components or a reference>` and `const x =
    /// <reference>` as aliases; a destructured key is a reference of its own.
    fn bind_aliases(&mut self, name: &Pat, init: &Expr) {
        match name {
            Pat::Ident(local) => {
                if let Some(api) = self.components_root(init) {
                    self.components
                        .push((local.id.sym.to_string(), api.to_string()));
                } else if let Some(reference) = self.component_ref(init) {
                    self.usage
                        .component_aliases
                        .insert(local.id.sym.to_string(), reference);
                }
            }
            Pat::Object(object) => {
                let (base, api, aliased_from) = if let Some(api) = self.components_root(init) {
                    (Vec::new(), api.to_string(), None)
                } else if let Some(reference) = self.component_ref(init) {
                    let instance_span = reference.instance_span;
                    (reference.path, reference.api, Some(instance_span))
                } else {
                    return;
                };
                for prop in &object.props {
                    let (key, key_span, local, shorthand) = match prop {
                        ObjectPatProp::Assign(a) => (
                            a.key.sym.to_string(),
                            Span::from_swc(a.key.span),
                            a.key.sym.to_string(),
                            true,
                        ),
                        ObjectPatProp::KeyValue(kv) => {
                            let (Some(key), Pat::Ident(local)) = (prop_name(&kv.key), &*kv.value)
                            else {
                                continue;
                            };
                            let span = Span::from_swc(kv.key.span());
                            (key, span, local.id.sym.to_string(), false)
                        }
                        ObjectPatProp::Rest(_) => continue,
                    };
                    let mut path = base.clone();
                    path.push(key);
                    let reference = ComponentRef {
                        path,
                        span: key_span,
                        instance_span: aliased_from.unwrap_or(key_span),
                        aliased: aliased_from.is_some(),
                        shorthand: shorthand && aliased_from.is_none(),
                        api: api.clone(),
                    };
                    self.usage.component_refs.push(reference.clone());
                    self.usage.component_aliases.insert(local, reference);
                }
            }
            _ => {}
        }
    }
}

/// The name a member expression reads: `.x` or `["x"]` (the span of the name without quotes).
fn member_name(prop: &MemberProp) -> Option<(Cow<'_, str>, Span)> {
    match prop {
        MemberProp::Ident(ident) => Some((Cow::Borrowed(&*ident.sym), Span::from_swc(ident.span))),
        MemberProp::Computed(computed) => match &*computed.expr {
            Expr::Lit(Lit::Str(s)) => {
                let span = Span::from_swc(s.span);
                Some((
                    s.value.to_string_lossy(),
                    Span::new(span.start + 1, span.end.saturating_sub(1)),
                ))
            }
            _ => None,
        },
        MemberProp::PrivateName(_) => None,
    }
}

/// What a chain of member expressions starts at, when it is a component reference.
enum Root<'a> {
    /// The `components` object, imported from this `_generated/api` specifier.
    Components(&'a str),
    /// A name bound to a reference.
    Alias(&'a ComponentRef),
}

/// An object literal argument's properties (literal kinds where they are literals), unless
/// it spreads or computes a key.
pub fn object_arguments(expr: &Expr) -> Option<(Span, Vec<ArgProperty>)> {
    let Expr::Object(object) = expr else {
        return None;
    };
    let mut props = Vec::new();
    for prop in &object.props {
        let PropOrSpread::Prop(p) = prop else {
            return None;
        };
        match &**p {
            Prop::KeyValue(kv) => props.push(ArgProperty {
                name: prop_name(&kv.key)?,
                literal: literal_kind(&kv.value),
                span: Span::from_swc(kv.key.span()),
            }),
            Prop::Shorthand(i) => props.push(ArgProperty {
                name: i.sym.to_string(),
                literal: None,
                span: Span::from_swc(i.span),
            }),
            _ => return None,
        }
    }
    Some((Span::from_swc(object.span), props))
}

fn literal_kind(expr: &Expr) -> Option<LiteralKind> {
    match expr {
        Expr::Lit(Lit::Str(_)) | Expr::Tpl(_) => Some(LiteralKind::String),
        Expr::Lit(Lit::Num(_)) => Some(LiteralKind::Number),
        Expr::Lit(Lit::Bool(_)) => Some(LiteralKind::Boolean),
        Expr::Lit(Lit::Null(_)) => Some(LiteralKind::Null),
        Expr::Lit(Lit::BigInt(_)) => Some(LiteralKind::BigInt),
        Expr::Unary(u) if u.op == UnaryOp::Minus && matches!(&*u.arg, Expr::Lit(Lit::Num(_))) => {
            Some(LiteralKind::Number)
        }
        Expr::Paren(p) => literal_kind(&p.expr),
        _ => None,
    }
}

fn prop_name(name: &PropName) -> Option<String> {
    match name {
        PropName::Ident(i) => Some(i.sym.to_string()),
        PropName::Str(s) => Some(s.value.to_string_lossy().into_owned()),
        _ => None,
    }
}

impl Visit for Collector<'_> {
    // Types are erased before the code runs: nothing in them is looked at.
    noop_visit_type!();

    fn visit_import_decl(&mut self, import: &ImportDecl) {
        let specifier = import.src.value.to_string_lossy().into_owned();
        for spec in &import.specifiers {
            match spec {
                ImportSpecifier::Named(named) => {
                    let imported = crate::eval::scope::imported_name(named);
                    if is_generated(&specifier, "api") && imported == "components" {
                        self.components
                            .push((named.local.sym.to_string(), specifier.clone()));
                    }
                    if is_generated(&specifier, "server") {
                        self.usage.server_imports.push(ServerImport {
                            imported,
                            local: named.local.sym.to_string(),
                            span: Span::from_swc(named.span),
                            declaration: Span::from_swc(import.span),
                            specifier: specifier.clone(),
                        });
                    }
                }
                ImportSpecifier::Namespace(ns) if is_generated(&specifier, "api") => {
                    self.namespaces
                        .push((ns.local.sym.to_string(), specifier.clone()));
                }
                ImportSpecifier::Namespace(ns) if is_generated(&specifier, "server") => {
                    self.usage.server_imports.push(ServerImport {
                        imported: "*".into(),
                        local: ns.local.sym.to_string(),
                        span: Span::from_swc(ns.span),
                        declaration: Span::from_swc(import.span),
                        specifier: specifier.clone(),
                    });
                }
                _ => {}
            }
        }
    }

    fn visit_module_item(&mut self, item: &ModuleItem) {
        let name = match item {
            ModuleItem::Stmt(Stmt::Decl(Decl::Fn(f))) => Some(f.ident.sym.to_string()),
            ModuleItem::ModuleDecl(ModuleDecl::ExportDecl(ExportDecl {
                decl: Decl::Fn(f),
                ..
            })) => Some(f.ident.sym.to_string()),
            ModuleItem::Stmt(Stmt::Decl(Decl::Var(v))) => v
                .decls
                .first()
                .and_then(|d| d.name.as_ident())
                .map(|i| i.id.sym.to_string()),
            ModuleItem::ModuleDecl(ModuleDecl::ExportDecl(ExportDecl {
                decl: Decl::Var(v),
                ..
            })) => v
                .decls
                .first()
                .and_then(|d| d.name.as_ident())
                .map(|i| i.id.sym.to_string()),
            _ => None,
        };
        self.enclosing = name;
        item.visit_children_with(self);
        self.enclosing = None;
    }

    fn visit_var_declarator(&mut self, declarator: &VarDeclarator) {
        if let Some(init) = declarator.init.as_deref() {
            self.bind_aliases(&declarator.name, init);
        }
        let bound = declarator.name.as_ident().map(|i| i.id.sym.to_string());
        if let (Some(name), Some(Expr::Call(call))) = (&bound, declarator.init.as_deref()) {
            if let Callee::Expr(callee) = &call.callee {
                if let Expr::Ident(builder) = &**callee {
                    self.usage
                        .builder_calls
                        .insert(name.clone(), builder.sym.to_string());
                }
            }
        }
        let previous = std::mem::replace(&mut self.bound_to, bound);
        declarator.visit_children_with(self);
        self.bound_to = previous;
    }

    fn visit_new_expr(&mut self, new: &NewExpr) {
        if let Expr::Ident(callee) = &*new.callee {
            let first = new.args.as_ref().and_then(|args| args.first());
            let component = first.and_then(|a| self.component_ref(&a.expr));
            let argument = match (first.map(|a| &*a.expr), &component) {
                (Some(Expr::Ident(name)), None) => Some(name.sym.to_string()),
                _ => None,
            };
            if self.usage.bindings.contains_key(&*callee.sym) {
                self.usage.constructions.push(Construction {
                    callee: callee.sym.to_string(),
                    component,
                    argument,
                    bound_to: self.bound_to.clone(),
                    span: Span::from_swc(new.span),
                });
            }
        }
        new.visit_children_with(self);
    }

    fn visit_member_expr(&mut self, member: &MemberExpr) {
        if let Some(reference) = self.member_ref(member) {
            self.usage.component_refs.push(reference);
            return;
        }
        member.visit_children_with(self);
    }

    fn visit_expr(&mut self, expr: &Expr) {
        if let Expr::Ident(_) = expr {
            if let Some(reference) = self.component_ref(expr) {
                self.usage.component_refs.push(reference);
                return;
            }
        }
        expr.visit_children_with(self);
    }

    fn visit_call_expr(&mut self, call: &CallExpr) {
        if let Callee::Expr(callee) = &call.callee {
            match &**callee {
                Expr::Member(member) => {
                    if let MemberProp::Ident(method) = &member.prop {
                        let method: &str = &method.sym;
                        if let Expr::Ident(receiver) = &*member.obj {
                            // Convex's value builders (`v.string()`: most calls of a
                            // module) are no rule's concern, and kept usages stay small.
                            let recorded = match self.usage.bindings.get(&*receiver.sym) {
                                Some(Some((specifier, _))) => specifier != "convex/values",
                                Some(None) => true,
                                None => false,
                            };
                            if recorded {
                                self.usage.method_calls.push(MethodCall {
                                    receiver: receiver.sym.to_string(),
                                    method: method.to_string(),
                                    span: Span::from_swc(call.span),
                                    enclosing: self.enclosing.clone(),
                                });
                            }
                            if method == "register" {
                                if let Some(Expr::Lit(Lit::Str(table))) =
                                    call.args.first().map(|a| &*a.expr)
                                {
                                    self.usage.registrations.push((
                                        receiver.sym.to_string(),
                                        table.value.to_string_lossy().into_owned(),
                                    ));
                                }
                            }
                        }
                        // `ctx.db.insert("table", …)` and friends.
                        if let Expr::Member(db) = &*member.obj {
                            if matches!(&db.prop, MemberProp::Ident(p) if p.sym == "db")
                                && ["insert", "patch", "replace", "delete"].contains(&method)
                            {
                                self.usage.writes = true;
                                // `insert("t", …)`, and the `patch/replace/delete("t", id, …)` forms.
                                let named = method == "insert"
                                    || call.args.len() >= if method == "delete" { 2 } else { 3 };
                                if let (true, Some(Expr::Lit(Lit::Str(table)))) =
                                    (named, call.args.first().map(|a| &*a.expr))
                                {
                                    self.usage
                                        .written_tables
                                        .push(table.value.to_string_lossy().into_owned());
                                }
                            }
                        }
                        if ["runQuery", "runMutation", "runAction"].contains(&method) {
                            if let Some(target) =
                                call.args.first().and_then(|a| self.component_ref(&a.expr))
                            {
                                let args = call.args.get(1).and_then(|a| object_arguments(&a.expr));
                                self.usage.component_calls.push(ComponentCall {
                                    method: method.to_string(),
                                    target,
                                    args,
                                });
                            }
                        }
                    }
                }
                Expr::Ident(function) => {
                    if function.sym == "customMutation" {
                        self.usage.defines_custom_mutation = true;
                    }
                    // Only a function declared here can enclose a call the rules follow.
                    if self.usage.bindings.get(&*function.sym) == Some(&None) {
                        self.usage.function_calls.push(FunctionCall {
                            callee: function.sym.to_string(),
                            enclosing: self.enclosing.clone(),
                        });
                    }
                }
                _ => {}
            }
        }
        call.visit_children_with(self);
    }
}

/// Usages computed by an earlier run, by the hash of the module text they were computed
/// from (a usage depends on that text alone), so a one-shot `check` parses only the modules
/// that changed. Off until [`Self::keep`] is called (the language server keeps usages with
/// its syntax trees instead); then what this run asked for is noted, so the cache can keep
/// only that.
#[derive(Default)]
pub struct KeptUsages(Mutex<Option<Kept>>);

#[derive(Default)]
struct Kept {
    by_text: HashMap<u64, Arc<ModuleUsage>>,
    asked: HashSet<u64>,
    computed: bool,
}

impl KeptUsages {
    /// Turns keeping on, with the usages an earlier run kept.
    pub fn keep(&self, usages: impl IntoIterator<Item = (u64, ModuleUsage)>) {
        let mut kept = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let kept = kept.get_or_insert_with(Kept::default);
        kept.by_text.extend(
            usages
                .into_iter()
                .map(|(hash, usage)| (hash, Arc::new(usage))),
        );
    }

    /// The usage of the text with `hash`, computed by `compute` unless kept.
    pub fn get_or(
        &self,
        hash: u64,
        compute: impl FnOnce() -> Option<Arc<ModuleUsage>>,
    ) -> Option<Arc<ModuleUsage>> {
        if let Some(kept) = self.0.lock().unwrap_or_else(|e| e.into_inner()).as_mut() {
            kept.asked.insert(hash);
            if let Some(usage) = kept.by_text.get(&hash) {
                return Some(usage.clone());
            }
        }
        let usage = compute()?;
        if let Some(kept) = self.0.lock().unwrap_or_else(|e| e.into_inner()).as_mut() {
            kept.by_text.insert(hash, usage.clone());
            kept.computed = true;
        }
        Some(usage)
    }

    /// Computes, on all cores, the usages of `files` that were not kept (each is kept in
    /// `workspace` beside the file's tree, where [`Self::get_or`]'s `compute` finds it).
    pub fn compute_missing(&self, workspace: &Workspace, files: &[&Path]) {
        let missing: Vec<&Path> = files
            .iter()
            .copied()
            .filter(|file| !self.is_kept(workspace, file))
            .collect();
        crate::workspace::on_all_cores(&missing, |file| drop(usage_of(workspace, file)));
    }

    /// [`Self::compute_missing`] for one file, on this thread.
    pub fn compute(&self, workspace: &Workspace, file: &Path) {
        if !self.is_kept(workspace, file) {
            drop(usage_of(workspace, file));
        }
    }

    fn is_kept(&self, workspace: &Workspace, file: &Path) -> bool {
        let Some(hash) = workspace.content_hash(file) else {
            return false;
        };
        let kept = self.0.lock().unwrap_or_else(|e| e.into_inner());
        kept.as_ref()
            .is_some_and(|kept| kept.by_text.contains_key(&hash))
    }

    /// Whether the usages asked for differ from those kept: one was computed, or one kept
    /// was not asked for.
    pub fn changed(&self) -> bool {
        let kept = self.0.lock().unwrap_or_else(|e| e.into_inner());
        kept.as_ref()
            .is_some_and(|kept| kept.computed || kept.asked.len() != kept.by_text.len())
    }

    /// The usages this run asked for, by text hash, sorted.
    pub fn asked(&self) -> Vec<(u64, Arc<ModuleUsage>)> {
        let kept = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let Some(kept) = kept.as_ref() else {
            return Vec::new();
        };
        let mut out: Vec<_> = kept
            .asked
            .iter()
            .filter_map(|hash| Some((*hash, kept.by_text.get(hash)?.clone())))
            .collect();
        out.sort_by_key(|(hash, _)| *hash);
        out
    }
}

/// The usage of the current text of `file`, found once per text (from the scope the
/// evaluation built).
pub fn usage_of(workspace: &Workspace, file: &Path) -> Result<Arc<ModuleUsage>, LoadError> {
    let scope = ModuleScope::of(workspace, file)?;
    let derived = workspace.derived(file, |_| usage_in(&scope));
    derived.map(|(_, usage)| usage)
}

/// Collects the component usage of one parsed module.
pub fn module_usage(parsed: &Arc<ParsedFile>) -> ModuleUsage {
    usage_in(&ModuleScope::new(parsed.clone()))
}

fn usage_in(scope: &ModuleScope) -> ModuleUsage {
    let parsed = &scope.parsed;
    let bindings = scope
        .locals
        .iter()
        .map(|(name, binding)| {
            let import = match binding {
                Binding::Import {
                    specifier,
                    imported,
                } => Some((
                    specifier.clone(),
                    match imported {
                        Imported::Named(name) => name.clone(),
                        Imported::Default => "default".to_string(),
                        Imported::Namespace => "*".to_string(),
                    },
                )),
                _ => None,
            };
            (name.clone(), import)
        })
        .collect();
    let mut collector = Collector {
        usage: ModuleUsage {
            bindings,
            findings: crate::rules::scan_file(parsed),
            api_refs: crate::rules::api_refs::collect(parsed),
            ..ModuleUsage::default()
        },
        components: Vec::new(),
        namespaces: Vec::new(),
        enclosing: None,
        bound_to: None,
        _file: parsed,
    };
    // Imports first, so references anywhere in the file are recognised.
    for item in &parsed.module.body {
        if let ModuleItem::ModuleDecl(ModuleDecl::Import(import)) = item {
            collector.visit_import_decl(import);
        }
    }
    collector.usage.server_imports.clear();
    parsed.module.visit_with(&mut collector);
    collector.usage
}

#[cfg(test)]
mod tests {
    use super::*;

    fn usage(source: &str) -> ModuleUsage {
        module_usage(&Arc::new(
            crate::parse::parse("x.ts", source.into()).unwrap(),
        ))
    }

    #[test]
    fn records_calls_and_constructions_on_module_level_names_only() {
        let found = usage(
            "import { v } from \"convex/values\";\nimport * as server from \"./_generated/server\";\nimport agg from \"./agg\";\nconst counter = make();\nfunction helper(ctx) {\n  v.string();\n  counter.count(ctx); console.log(1); agg.sum(ctx); ctx.db.get(1);\n  server.mutation({}); local(); helper(ctx);\n}\nnew Error(\"x\");\nnew Local();\n",
        );
        let receivers: Vec<&str> = found
            .method_calls
            .iter()
            .map(|c| c.receiver.as_str())
            .collect();
        assert_eq!(receivers, ["counter", "agg", "server"]);
        let callees: Vec<&str> = found
            .function_calls
            .iter()
            .map(|c| c.callee.as_str())
            .collect();
        assert_eq!(callees, ["helper"]);
        assert!(found.constructions.is_empty(), "{:?}", found.constructions);
        let import = |specifier: &str, name: &str| Some((specifier.to_string(), name.to_string()));
        assert_eq!(found.bindings["v"], import("convex/values", "v"));
        assert_eq!(found.bindings["server"], import("./_generated/server", "*"));
        assert_eq!(found.bindings["agg"], import("./agg", "default"));
        assert_eq!(found.bindings["counter"], None);
        assert_eq!(found.bindings["helper"], None);
        assert_eq!(found.bindings.len(), 5);
    }

    #[test]
    fn finds_component_references_through_aliases() {
        let found = usage(
            "import { components as c } from \"./_generated/api\";\nimport { TableAggregate } from \"@convex-dev/aggregate\";\nimport * as gen from \"../_generated/api.js\";\nconst { leaderboard, rateLimiter: limits } = c;\nexport const a = new TableAggregate(c.photos, {});\nfunction f() { return [gen.components.counter.lib.add, leaderboard, limits]; }\n",
        );
        let paths: Vec<Vec<String>> = found
            .component_refs
            .iter()
            .map(|r| r.path.clone())
            .collect();
        assert!(paths.contains(&vec!["photos".to_string()]), "{paths:?}");
        assert!(
            paths.contains(&vec!["counter".into(), "lib".into(), "add".into()]),
            "{paths:?}"
        );
        assert!(
            paths.contains(&vec!["leaderboard".to_string()]),
            "{paths:?}"
        );
        assert!(
            paths.contains(&vec!["rateLimiter".to_string()]),
            "{paths:?}"
        );
        let construction = &found.constructions[0];
        assert_eq!(construction.callee, "TableAggregate");
        assert_eq!(construction.bound_to.as_deref(), Some("a"));
        assert_eq!(construction.component.as_ref().unwrap().path, ["photos"]);
    }

    #[test]
    fn aliases_name_the_instance_where_it_is_written() {
        let source = "import { components } from \"../_generated/api\";\nimport { TableAggregate } from \"@convex-dev/aggregate\";\nconst { leaderboard } = components;\nconst lb = components[\"scores\"];\nconst c = components;\nexport const counter = c.counter;\nnew TableAggregate(lb, {});\nnew TableAggregate(imported, {});\nf(counter.lib.add, leaderboard);\n";
        let found = usage(source);
        let text = |span: Span| &source[span.start as usize..span.end as usize];
        let written: Vec<(&str, bool)> = found
            .component_refs
            .iter()
            .map(|r| (text(r.instance_span), r.aliased))
            .collect();
        assert_eq!(
            written,
            [
                ("leaderboard", false),
                ("scores", false),
                ("counter", false),
                ("scores", true),
                ("counter", true),
                ("leaderboard", true),
            ]
        );
        assert!(found
            .component_refs
            .iter()
            .all(|r| r.api == "../_generated/api"));
        assert_eq!(found.component_refs[4].path, ["counter", "lib", "add"]);
        assert_eq!(
            found.constructions[0].component.as_ref().unwrap().path,
            ["scores"]
        );
        assert_eq!(found.constructions[1].argument.as_deref(), Some("imported"));
        assert_eq!(found.component_aliases["counter"].path, ["counter"]);
        assert_eq!(found.component_aliases["leaderboard"].path, ["leaderboard"]);
    }

    #[test]
    fn finds_component_calls_server_imports_and_writes() {
        let found = usage(
            "import { mutation as raw, query } from \"./_generated/server\";\nimport { components } from \"./_generated/api\";\nexport const m = raw({ handler: async (ctx) => {\n  await ctx.runMutation(components.limiter.lib.rateLimit, { name: \"x\", count: 1, ...rest });\n  await ctx.runQuery(components.limiter.lib.check, { name: 3 });\n  await ctx.db.insert(\"scores\", {});\n} });\n",
        );
        assert_eq!(found.server_imports.len(), 2);
        assert_eq!(found.server_imports[0].imported, "mutation");
        assert_eq!(found.server_imports[0].local, "raw");
        assert_eq!(found.component_calls.len(), 2);
        assert!(
            found.component_calls[0].args.is_none(),
            "a spread makes the literal unknowable"
        );
        let (_, props) = found.component_calls[1].args.as_ref().unwrap();
        assert_eq!(props[0].name, "name");
        assert_eq!(props[0].literal, Some(LiteralKind::Number));
        assert_eq!(found.written_tables, ["scores"]);
        assert!(found.writes);
    }
}
