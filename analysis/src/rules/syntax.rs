//! What the rules that read one file at a time share: their [`Finding`]s (kept with the
//! file's usage, by content, so an unchanged file is not walked again) and the shapes of
//! Convex code they recognise (`mutation({ handler })`, `ctx.db.query(...)` chains, string
//! literals).

use serde::{Deserialize, Serialize};
use swc_core::ecma::ast::*;
use swc_core::ecma::visit::noop_visit_type;

use crate::diagnostic::Code;
use crate::parse::ParsedFile;
use crate::source::Span;

/// One module as the one-file rules scan it ([`crate::rules::Rule::scan`]): its syntax
/// (through `Deref`), with what several rules look for found once.
pub struct ScannedFile<'a> {
    parsed: &'a ParsedFile,
    query_builder_calls: std::cell::OnceCell<Vec<QueryBuilderCall>>,
}

/// A method called on a query builder (see [`each_query_builder_call`]).
pub struct QueryBuilderCall {
    pub method: String,
    /// The whole call, and the method's name in it.
    pub call: Span,
    pub method_span: Span,
}

impl<'a> ScannedFile<'a> {
    pub fn new(parsed: &'a ParsedFile) -> Self {
        Self {
            parsed,
            query_builder_calls: std::cell::OnceCell::new(),
        }
    }

    /// Every method called on a query builder in the module, in the order of the walk.
    pub fn query_builder_calls(&self) -> &[QueryBuilderCall] {
        self.query_builder_calls.get_or_init(|| {
            let mut calls = Vec::new();
            each_query_builder_call(&self.parsed.module, &mut |call, method, method_span| {
                calls.push(QueryBuilderCall {
                    method: method.to_string(),
                    call: Span::from_swc(call.span),
                    method_span,
                });
            });
            calls
        })
    }
}

impl std::ops::Deref for ScannedFile<'_> {
    type Target = ParsedFile;

    fn deref(&self) -> &ParsedFile {
        self.parsed
    }
}

/// A rule's finding in one file, independent of where the file sits: the rule decides,
/// with the project, whether it applies to the file and completes it into a diagnostic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    #[serde(deserialize_with = "crate::diagnostic::static_code")]
    pub code: Code,
    pub span: Span,
    pub message: String,
    pub help: Option<String>,
    pub fix: Option<FileFix>,
    /// What the rule needs to finish the finding with the project (a name, a field).
    pub detail: Vec<String>,
}

impl Finding {
    pub fn new(code: Code, span: Span, message: impl Into<String>) -> Self {
        Self {
            code,
            span,
            message: message.into(),
            help: None,
            fix: None,
            detail: Vec::new(),
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn with_fix(mut self, fix: FileFix) -> Self {
        self.fix = Some(fix);
        self
    }

    pub fn with_detail(mut self, detail: Vec<String>) -> Self {
        self.detail = detail;
        self
    }
}

/// Text edits within the finding's own file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileFix {
    pub title: String,
    pub edits: Vec<(Span, String)>,
    /// Applied by `check --fix`; otherwise only offered (in the editor).
    pub safe: bool,
}

/// The registrars of Convex functions, as `_generated/server` exports them.
pub const REGISTRARS: [&str; 6] = [
    "query",
    "mutation",
    "action",
    "internalQuery",
    "internalMutation",
    "internalAction",
];

/// The registrars whose functions anyone on the internet can call.
pub const PUBLIC_REGISTRARS: [&str; 3] = ["query", "mutation", "action"];

/// Peels parentheses only (see [`unwrap`] for TypeScript's wrappers too).
pub fn unparenthesized(mut expr: &Expr) -> &Expr {
    while let Expr::Paren(p) = expr {
        expr = &p.expr;
    }
    expr
}

/// Peels TypeScript-only wrappers (`as`, `satisfies`, `!`, `<T>x`, `f<T>`) and parentheses.
pub fn unwrap(mut expr: &Expr) -> &Expr {
    loop {
        expr = match expr {
            Expr::TsAs(e) => &e.expr,
            Expr::TsSatisfies(e) => &e.expr,
            Expr::TsNonNull(e) => &e.expr,
            Expr::TsTypeAssertion(e) => &e.expr,
            Expr::TsConstAssertion(e) => &e.expr,
            Expr::TsInstantiation(e) => &e.expr,
            Expr::Paren(e) => &e.expr,
            _ => return expr,
        }
    }
}

/// [`unwrap`], and also `await`.
pub fn unwrap_value(mut expr: &Expr) -> &Expr {
    loop {
        expr = match unwrap(expr) {
            Expr::Await(e) => &e.arg,
            other => return other,
        }
    }
}

/// A string known without running anything: `"x"` or a template without substitutions.
pub fn static_string(expr: &Expr) -> Option<String> {
    match unwrap(expr) {
        Expr::Lit(Lit::Str(s)) => Some(s.value.to_string_lossy().into_owned()),
        Expr::Tpl(tpl) if tpl.exprs.is_empty() => tpl
            .quasis
            .first()
            .and_then(|q| q.cooked.as_ref())
            .map(|c| c.to_string_lossy().into_owned()),
        _ => None,
    }
}

/// The name a member expression reads when it is written out (`.x`, `["x"]`).
pub fn member_name(prop: &MemberProp) -> Option<String> {
    match prop {
        MemberProp::Ident(ident) => Some(ident.sym.to_string()),
        MemberProp::Computed(computed) => static_string(&computed.expr),
        MemberProp::PrivateName(_) => None,
    }
}

/// `receiver.method(...)`: the receiver and the method's name (not computed).
pub fn method_call(call: &CallExpr) -> Option<(&Expr, &str, Span)> {
    let Callee::Expr(callee) = &call.callee else {
        return None;
    };
    let Expr::Member(member) = unwrap(callee) else {
        return None;
    };
    let MemberProp::Ident(name) = &member.prop else {
        return None;
    };
    Some((&member.obj, &name.sym, Span::from_swc(name.span)))
}

/// The name a plain call calls (`f(...)`).
pub fn callee_ident(call: &CallExpr) -> Option<&Ident> {
    let Callee::Expr(callee) = &call.callee else {
        return None;
    };
    match unwrap(callee) {
        Expr::Ident(ident) => Some(ident),
        _ => None,
    }
}

/// A registered Convex function: `mutation({ args, handler })` or the old
/// `mutation(async (ctx) => ...)`.
pub struct Registered<'a> {
    pub call: &'a CallExpr,
    pub registrar: &'a Ident,
    /// The object argument, in the object syntax.
    pub object: Option<&'a ObjectLit>,
    pub handler: Option<Handler<'a>>,
}

/// A handler function, arrow or `function`.
#[derive(Clone, Copy)]
pub enum Handler<'a> {
    Arrow(&'a ArrowExpr),
    Function(&'a Function),
}

impl<'a> Handler<'a> {
    pub fn from_expr(expr: &'a Expr) -> Option<Self> {
        match unwrap(expr) {
            Expr::Arrow(arrow) => Some(Handler::Arrow(arrow)),
            Expr::Fn(f) => Some(Handler::Function(&f.function)),
            _ => None,
        }
    }

    pub fn params(&self) -> Vec<&'a Pat> {
        match self {
            Handler::Arrow(arrow) => arrow.params.iter().collect(),
            Handler::Function(f) => f.params.iter().map(|p| &p.pat).collect(),
        }
    }

    pub fn span(&self) -> Span {
        Span::from_swc(match self {
            Handler::Arrow(arrow) => arrow.span,
            Handler::Function(f) => f.span,
        })
    }

    /// The statements of a block body; `None` for an arrow's expression body.
    pub fn statements(&self) -> Option<&'a [Stmt]> {
        match self {
            Handler::Arrow(arrow) => match &*arrow.body {
                ArrowFunctionBody::FunctionBody(block) => Some(&block.stmts),
                ArrowFunctionBody::Expr(_) => None,
            },
            Handler::Function(f) => f.body.as_ref().map(|b| b.stmts.as_slice()),
        }
    }

    pub fn expression_body(&self) -> Option<&'a Expr> {
        match self {
            Handler::Arrow(arrow) => match &*arrow.body {
                ArrowFunctionBody::Expr(expr) => Some(expr),
                ArrowFunctionBody::FunctionBody(_) => None,
            },
            Handler::Function(_) => None,
        }
    }
}

/// The property `name` of an object literal (`name: value` or a method `name() {}` as its
/// function), the last one written.
pub fn property<'a>(object: &'a ObjectLit, name: &str) -> Option<&'a Prop> {
    object.props.iter().rev().find_map(|prop| match prop {
        PropOrSpread::Prop(prop) => {
            let key = match &**prop {
                Prop::KeyValue(kv) => crate::eval::scope::prop_name(&kv.key),
                Prop::Method(m) => crate::eval::scope::prop_name(&m.key),
                Prop::Shorthand(ident) => Some(ident.sym.to_string()),
                _ => None,
            };
            (key.as_deref() == Some(name)).then_some(&**prop)
        }
        PropOrSpread::Spread(_) => None,
    })
}

/// `registrar(arg)` with one argument, where `registrar` is one of `registrars` by name.
pub fn registered<'a>(expr: &'a Expr, registrars: &[&str]) -> Option<Registered<'a>> {
    let Expr::Call(call) = unwrap(expr) else {
        return None;
    };
    let registrar = callee_ident(call)?;
    if !registrars.contains(&&*registrar.sym) || call.args.len() != 1 {
        return None;
    }
    let argument = &call.args[0];
    if argument.spread.is_some() {
        return None;
    }
    let (object, handler) = match unwrap(&argument.expr) {
        Expr::Object(object) => {
            let handler = match property(object, "handler") {
                Some(Prop::KeyValue(kv)) => Handler::from_expr(&kv.value),
                Some(Prop::Method(m)) => Some(Handler::Function(&m.function)),
                _ => None,
            };
            (Some(object), handler)
        }
        other => (None, Handler::from_expr(other)),
    };
    Some(Registered {
        call,
        registrar,
        object,
        handler,
    })
}

/// Every `export const name = <init>` of the module (also `export let`), with its name.
pub fn exported_initializers(module: &Module) -> impl Iterator<Item = (&BindingIdent, &Expr)> {
    module.body.iter().flat_map(|item| {
        let declarators: &[VarDeclarator] = match item {
            ModuleItem::ModuleDecl(ModuleDecl::ExportDecl(ExportDecl {
                decl: Decl::Var(var),
                ..
            })) => &var.decls,
            _ => &[],
        };
        declarators.iter().filter_map(|d| match (&d.name, &d.init) {
            (Pat::Ident(name), Some(init)) => Some((name, &**init)),
            _ => None,
        })
    })
}

/// Whether `expr` builds a database query: `<x>.db.query(...)`, `db.query(...)` (a reader
/// passed around) or `db.privateSystem.query(...)`, then any chain of builder methods
/// (`withIndex`, `order`, `filter`, ...) that does not run it.
pub fn is_query_chain(expr: &Expr) -> bool {
    matches!(query_chain_base(expr), Some(ChainBase::Query(_, receiver)) if is_database(receiver))
}

/// Where a chain of query-builder methods starts.
pub enum ChainBase<'e> {
    /// `<receiver>.query(...)`: the call and its receiver.
    Query(&'e CallExpr, &'e Expr),
    /// A name (`q` of `q.withIndex(...)`), which may hold a builder.
    Name(&'e Ident),
}

/// Walks down the builder methods of `expr` (`withIndex`, `order`, `filter`, ...) to where
/// the chain starts; `None` when a method runs the query (`collect`, `first`, ...) or the
/// chain starts anywhere else.
pub fn query_chain_base(expr: &Expr) -> Option<ChainBase<'_>> {
    match unwrap_value(expr) {
        Expr::Ident(ident) => Some(ChainBase::Name(ident)),
        Expr::Call(call) => match method_call(call)? {
            (_, method, _) if TERMINAL_QUERY_METHODS.contains(&method) => None,
            (receiver, "query", _) => Some(ChainBase::Query(call, receiver)),
            (receiver, _, _) => query_chain_base(receiver),
        },
        _ => None,
    }
}

/// What the names of nested functions hold, innermost first: a name bound in an inner
/// function shadows an outer one.
pub struct Scopes<T> {
    scopes: Vec<Vec<(String, T)>>,
}

impl<T> Default for Scopes<T> {
    /// The module's own scope, entered.
    fn default() -> Self {
        Self {
            scopes: vec![Vec::new()],
        }
    }
}

impl<T> Scopes<T> {
    pub fn enter(&mut self) {
        self.scopes.push(Vec::new());
    }

    pub fn leave(&mut self) {
        self.scopes.pop();
    }

    pub fn bind(&mut self, name: &str, value: T) {
        if let Some(scope) = self.scopes.last_mut() {
            scope.push((name.to_string(), value));
        }
    }

    pub fn get(&self, name: &str) -> Option<&T> {
        self.scopes
            .iter()
            .rev()
            .find_map(|scope| scope.iter().rev().find(|(n, _)| n == name))
            .map(|(_, value)| value)
    }

    pub fn get_mut(&mut self, name: &str) -> Option<&mut T> {
        self.scopes
            .iter_mut()
            .rev()
            .find_map(|scope| scope.iter_mut().rev().find(|(n, _)| n == name))
            .map(|(_, value)| value)
    }
}

/// `<x>.db`, `db`, and their `privateSystem`.
pub fn is_database(expr: &Expr) -> bool {
    match unwrap_value(expr) {
        Expr::Ident(ident) => &*ident.sym == "db",
        Expr::Member(member) => match member_name(&member.prop).as_deref() {
            Some("db") => true,
            Some("privateSystem") => {
                matches!(
                    unwrap_value(&member.obj),
                    Expr::Ident(i) if &*i.sym == "db"
                ) || matches!(
                    unwrap_value(&member.obj),
                    Expr::Member(inner) if member_name(&inner.prop).as_deref() == Some("db")
                )
            }
            _ => false,
        },
        _ => false,
    }
}

/// The methods that run a query and return its documents rather than a builder.
pub const TERMINAL_QUERY_METHODS: [&str; 5] = ["collect", "take", "first", "unique", "paginate"];

/// Calls `found(call, method, method_span)` for every `<query builder>.method(...)` in the
/// module: on a `db.query(...)` chain, or on a name bound to one in an enclosing function
/// (`const q = ctx.db.query("t"); q.filter(...)`). A name bound to something else in an
/// inner function shadows it.
fn each_query_builder_call(module: &Module, found: &mut dyn FnMut(&CallExpr, &str, Span)) {
    let mut walker = QueryBuilderCalls {
        scopes: Scopes::default(),
        found,
    };
    swc_core::ecma::visit::VisitWith::visit_with(module, &mut walker);
}

struct QueryBuilderCalls<'f> {
    /// Whether each name holds a query builder.
    scopes: Scopes<bool>,
    found: &'f mut dyn FnMut(&CallExpr, &str, Span),
}

impl QueryBuilderCalls<'_> {
    /// A query chain, possibly starting at a name that holds a builder.
    fn is_builder(&self, expr: &Expr) -> bool {
        match query_chain_base(expr) {
            Some(ChainBase::Query(_, receiver)) => is_database(receiver),
            Some(ChainBase::Name(name)) => self.scopes.get(&name.sym) == Some(&true),
            None => false,
        }
    }

    fn bind(&mut self, name: &str, init: Option<&Expr>) {
        let query = init.is_some_and(|init| self.is_builder(init));
        self.scopes.bind(name, query);
    }
}

impl swc_core::ecma::visit::Visit for QueryBuilderCalls<'_> {
    // Types are erased before the code runs: nothing in them is looked at.
    noop_visit_type!();

    fn visit_function(&mut self, f: &Function) {
        self.scopes.enter();
        swc_core::ecma::visit::VisitWith::visit_children_with(f, self);
        self.scopes.leave();
    }

    fn visit_arrow_expr(&mut self, f: &ArrowExpr) {
        self.scopes.enter();
        swc_core::ecma::visit::VisitWith::visit_children_with(f, self);
        self.scopes.leave();
    }

    fn visit_param(&mut self, param: &Param) {
        if let Pat::Ident(name) = &param.pat {
            self.bind(&name.id.sym, None);
        }
        swc_core::ecma::visit::VisitWith::visit_children_with(param, self);
    }

    fn visit_var_declarator(&mut self, declarator: &VarDeclarator) {
        swc_core::ecma::visit::VisitWith::visit_children_with(declarator, self);
        if let Pat::Ident(name) = &declarator.name {
            self.bind(&name.id.sym, declarator.init.as_deref());
        }
    }

    fn visit_assign_expr(&mut self, assign: &AssignExpr) {
        swc_core::ecma::visit::VisitWith::visit_children_with(assign, self);
        // `q = q.withIndex(...)`: still a builder; `q = other` rebinds it.
        if let Some(ident) = assign.left.as_ident() {
            let query = self.is_builder(&assign.right);
            if let Some(held) = self.scopes.get_mut(&ident.sym) {
                *held = query;
            }
        }
    }

    fn visit_call_expr(&mut self, call: &CallExpr) {
        if let Some((receiver, method, span)) = method_call(call) {
            if self.is_builder(receiver) {
                (self.found)(call, method, span);
            }
        }
        swc_core::ecma::visit::VisitWith::visit_children_with(call, self);
    }
}

/// Calls `found` with the handler of every function registered at the module's top level
/// (`export const x = query({ handler })`, exported or not, old syntax too).
pub fn each_registered_handler<'a>(module: &'a Module, found: &mut dyn FnMut(Handler<'a>)) {
    for item in &module.body {
        let declarators: &[VarDeclarator] = match item {
            ModuleItem::ModuleDecl(ModuleDecl::ExportDecl(ExportDecl {
                decl: Decl::Var(var),
                ..
            }))
            | ModuleItem::Stmt(Stmt::Decl(Decl::Var(var))) => &var.decls,
            _ => &[],
        };
        for init in declarators.iter().filter_map(|d| d.init.as_deref()) {
            if let Some(handler) = registered(init, &REGISTRARS).and_then(|r| r.handler) {
                found(handler);
            }
        }
    }
}
