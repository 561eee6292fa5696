//! `explicit-table-ids`: `db.get/patch/replace/delete` called with an ID alone, without the
//! table name first.
//!
//! Why: since convex 1.31 the database methods take the table (`db.get("users", id)`),
//! checked against the ID at run time; the ID-only forms are kept for old code and go
//! away with custom ID formats. (A rule of @convex-dev/eslint-plugin, with its fix.)
//!
//! Bad:
//! ```ts
//! export const read = query({ args: { id: v.id("users") }, handler: (ctx, { id }) => ctx.db.get(id) });
//! ```
//!
//! Good:
//! ```ts
//! export const read = query({ args: { id: v.id("users") }, handler: (ctx, { id }) => ctx.db.get("users", id) });
//! ```
//!
//! Fix (safe): where the ID is one of the function's arguments (`args.id`, or destructured
//! `{ id }`), the table comes from its `v.id("table")` validator, as the plugin reads it
//! from TypeScript's types; where it is a document's `_id` (`doc._id` of `const doc = await
//! ctx.db.query("t")....unique()`, of `ctx.db.get("t", id)`, or of `for (const doc of await
//! ctx.db.query("t").collect())`), from the query. convexkit needs no type checker for
//! either. Elsewhere the table is named in the message only as `<tableName>`.

use swc_core::common::Spanned;
use swc_core::ecma::ast::*;
use swc_core::ecma::visit::{noop_visit_type, Visit, VisitWith};

use super::syntax::{
    exported_initializers, member_name, method_call, query_chain_base, registered, static_string,
    unwrap, unwrap_value, ChainBase, Finding, Handler, ScannedFile, Scopes, REGISTRARS,
};
use super::{finding_diagnostic, LintContext, Rule};
use crate::diagnostic::{Diagnostic, Edit, Severity};
use crate::source::Span;
use crate::validator::Validator;

pub const RULE: Rule = Rule {
    code: "explicit-table-ids",
    severity: Severity::Error,
    enabled: true,
    summary: "A database call given an ID without its table name.",
    eslint_plugin: true,
    check,
    scan: Some(scan),
};

fn scan(parsed: &ScannedFile, out: &mut Vec<Finding>) {
    if !parsed.text.contains("db") {
        return;
    }
    // The handlers of exported functions, by where they start, with the function's name.
    let handlers: Vec<(Span, String, Handler)> = exported_initializers(&parsed.module)
        .filter_map(|(name, init)| {
            let handler = registered(init, &REGISTRARS)?.handler?;
            Some((handler.span(), name.id.sym.to_string(), handler))
        })
        .collect();
    parsed.module.visit_with(&mut DatabaseCalls {
        handlers,
        function: None,
        scopes: Scopes::default(),
        out,
    });
}

/// The exported function being walked: its name and how its handler binds its arguments.
struct Arguments {
    function: String,
    /// `(ctx, args)`: the name.
    object: Option<String>,
    /// `(ctx, { id, other: local })`: local name → field.
    destructured: Vec<(String, String)>,
}

struct DatabaseCalls<'a> {
    handlers: Vec<(Span, String, Handler<'a>)>,
    function: Option<Arguments>,
    /// Per function, what its names hold, as far as this rule cares.
    scopes: Scopes<Held>,
    out: &'a mut Vec<Finding>,
}

/// What a name holds.
#[derive(Clone, PartialEq)]
enum Held {
    /// A database (`const db = ctx.db`, `{ db } = ctx`, `db: DatabaseReader`).
    Database,
    /// A document of this table (`await ctx.db.query("t")...first()`, `db.get("t", id)`,
    /// the variable of `for (const doc of await ctx.db.query("t").collect())`).
    Document(String),
    Other,
}

impl DatabaseCalls<'_> {
    fn holds_database(&self, name: &str) -> bool {
        self.scopes.get(name) == Some(&Held::Database)
    }

    fn bind(&mut self, name: &str, held: Held) {
        self.scopes.bind(name, held);
    }

    /// The table of a query chain (`<db>.query("t").withIndex(...)...`).
    fn query_table(&self, expr: &Expr) -> Option<String> {
        match query_chain_base(expr)? {
            ChainBase::Query(call, receiver) if self.is_database(receiver) => {
                static_string(&call.args.first()?.expr)
            }
            _ => None,
        }
    }

    /// The table of the one document an expression gives: `.first()`/`.unique()` of a
    /// query, or `<db>.get("t", id)`.
    fn document_table(&self, expr: &Expr) -> Option<String> {
        let Expr::Call(call) = unwrap_value(expr) else {
            return None;
        };
        match method_call(call)? {
            (receiver, "first" | "unique", _) => self.query_table(receiver),
            (receiver, "get", _) if call.args.len() == 2 && self.is_database(receiver) => {
                static_string(&call.args[0].expr)
            }
            _ => None,
        }
    }

    /// The table of the documents `<query>.collect()` / `.take(n)` give.
    fn documents_table(&self, expr: &Expr) -> Option<String> {
        let Expr::Call(call) = unwrap_value(expr) else {
            return None;
        };
        match method_call(call)? {
            (receiver, "collect" | "take", _) => self.query_table(receiver),
            _ => None,
        }
    }

    /// The table of a document's `_id` read (`doc._id`).
    fn id_table(&self, id: &Expr) -> Option<String> {
        let Expr::Member(member) = unwrap(id) else {
            return None;
        };
        let Expr::Ident(document) = unwrap(&member.obj) else {
            return None;
        };
        match (
            member_name(&member.prop).as_deref(),
            self.scopes.get(&document.sym),
        ) {
            (Some("_id"), Some(Held::Document(table))) => Some(table.clone()),
            _ => None,
        }
    }

    fn is_database(&self, expr: &Expr) -> bool {
        match unwrap(expr) {
            Expr::Member(member) => member_name(&member.prop).as_deref() == Some("db"),
            Expr::Ident(ident) => self.holds_database(&ident.sym),
            _ => false,
        }
    }

    /// The argument field an ID expression reads: `args.id` or a destructured `id`.
    fn argument_field(&self, id: &Expr) -> Option<String> {
        let function = self.function.as_ref()?;
        match unwrap(id) {
            Expr::Member(member) => match unwrap(&member.obj) {
                Expr::Ident(object) if function.object.as_deref() == Some(&*object.sym) => {
                    member_name(&member.prop)
                }
                _ => None,
            },
            Expr::Ident(local) if !self.holds_database(&local.sym) => function
                .destructured
                .iter()
                .find(|(l, _)| *l == *local.sym)
                .map(|(_, field)| field.clone()),
            _ => None,
        }
    }

    fn enter_handler(&mut self, span: Span) -> Option<Option<Arguments>> {
        let (_, name, handler) = self.handlers.iter().find(|(s, _, _)| *s == span)?;
        let mut arguments = Arguments {
            function: name.clone(),
            object: None,
            destructured: Vec::new(),
        };
        match handler.params().get(1) {
            Some(Pat::Ident(ident)) => arguments.object = Some(ident.id.sym.to_string()),
            Some(Pat::Object(pattern)) => {
                for prop in &pattern.props {
                    match prop {
                        ObjectPatProp::Assign(a) => arguments
                            .destructured
                            .push((a.key.sym.to_string(), a.key.sym.to_string())),
                        ObjectPatProp::KeyValue(kv) => {
                            if let (Some(field), Pat::Ident(local)) =
                                (crate::eval::scope::prop_name(&kv.key), &*kv.value)
                            {
                                arguments
                                    .destructured
                                    .push((local.id.sym.to_string(), field));
                            }
                        }
                        ObjectPatProp::Rest(_) => {}
                    }
                }
            }
            _ => {}
        }
        Some(self.function.replace(arguments))
    }

    fn params(&mut self, params: &[&Pat]) {
        for param in params {
            match param {
                Pat::Ident(ident) => {
                    let held = if typed_as_database(ident) {
                        Held::Database
                    } else {
                        Held::Other
                    };
                    self.bind(&ident.id.sym, held);
                }
                Pat::Object(pattern) => self.object_pattern(pattern),
                _ => {}
            }
        }
    }

    /// `{ db }` out of a context (`const { db } = ctx`, `({ db }) => ...`).
    fn object_pattern(&mut self, pattern: &ObjectPat) {
        for prop in &pattern.props {
            match prop {
                ObjectPatProp::Assign(a) => {
                    let held = if &*a.key.sym == "db" {
                        Held::Database
                    } else {
                        Held::Other
                    };
                    self.bind(&a.key.sym, held);
                }
                ObjectPatProp::KeyValue(kv) => {
                    if let Pat::Ident(local) = &*kv.value {
                        let key = crate::eval::scope::prop_name(&kv.key);
                        let held = if key.as_deref() == Some("db") {
                            Held::Database
                        } else {
                            Held::Other
                        };
                        self.bind(&local.id.sym, held);
                    }
                }
                ObjectPatProp::Rest(_) => {}
            }
        }
    }

    fn function(&mut self, span: Span, params: &[&Pat], visit: impl FnOnce(&mut Self)) {
        let outer = self.enter_handler(span);
        self.scopes.enter();
        self.params(params);
        visit(self);
        self.scopes.leave();
        if let Some(outer) = outer {
            self.function = outer;
        }
    }
}

/// A name annotated with a database type (`db: DatabaseReader`).
fn typed_as_database(ident: &BindingIdent) -> bool {
    ident
        .type_ann
        .as_ref()
        .is_some_and(|t| is_database_type(&t.type_ann))
}

/// `DatabaseReader`, `GenericDatabaseWriter<DataModel>`, ...
fn is_database_type(ty: &TsType) -> bool {
    match ty {
        TsType::TsTypeRef(reference) => match &reference.type_name {
            TsEntityName::Ident(ident) => {
                ident.sym.contains("DatabaseReader") || ident.sym.contains("DatabaseWriter")
            }
            TsEntityName::TsQualifiedName(q) => {
                q.right.sym.contains("DatabaseReader") || q.right.sym.contains("DatabaseWriter")
            }
        },
        _ => false,
    }
}

impl Visit for DatabaseCalls<'_> {
    // Types are erased before the code runs: nothing in them is looked at.
    noop_visit_type!();

    fn visit_arrow_expr(&mut self, arrow: &ArrowExpr) {
        let params: Vec<&Pat> = arrow.params.iter().collect();
        self.function(Span::from_swc(arrow.span), &params, |this| {
            arrow.body.visit_with(this);
        });
    }

    fn visit_function(&mut self, function: &Function) {
        let params: Vec<&Pat> = function.params.iter().map(|p| &p.pat).collect();
        self.function(Span::from_swc(function.span), &params, |this| {
            function.body.visit_with(this);
        });
    }

    fn visit_var_declarator(&mut self, declarator: &VarDeclarator) {
        declarator.visit_children_with(self);
        match &declarator.name {
            Pat::Ident(ident) => {
                let init = declarator.init.as_deref();
                let held = if init.is_some_and(|i| self.is_database(i)) || typed_as_database(ident)
                {
                    Held::Database
                } else if let Some(table) = init.and_then(|i| self.document_table(i)) {
                    Held::Document(table)
                } else {
                    Held::Other
                };
                self.bind(&ident.id.sym, held);
            }
            Pat::Object(pattern) => self.object_pattern(pattern),
            _ => {}
        }
    }

    fn visit_for_of_stmt(&mut self, each: &ForOfStmt) {
        each.right.visit_with(self);
        if let ForHead::VarDecl(var) = &each.left {
            if let [VarDeclarator {
                name: Pat::Ident(ident),
                ..
            }] = var.decls.as_slice()
            {
                let held = self
                    .documents_table(&each.right)
                    .map_or(Held::Other, Held::Document);
                self.bind(&ident.id.sym, held);
            }
        }
        each.body.visit_with(self);
    }

    fn visit_call_expr(&mut self, call: &CallExpr) {
        call.visit_children_with(self);
        let Some((receiver, method, _)) = method_call(call) else {
            return;
        };
        let id_only = match method {
            "get" | "delete" => call.args.len() == 1,
            "patch" | "replace" => call.args.len() == 2,
            _ => return,
        };
        if !id_only || !self.is_database(receiver) {
            return;
        }
        let first = &call.args[0];
        let at = Span::from_swc(first.span()).start.to_string();
        let detail = if let Some(table) = self.id_table(&first.expr) {
            vec![TABLE.into(), method.to_string(), table, at]
        } else if let (Some(field), Some(function)) =
            (self.argument_field(&first.expr), &self.function)
        {
            vec![
                FIELD.into(),
                method.to_string(),
                function.function.clone(),
                field,
                at,
            ]
        } else {
            vec![method.to_string()]
        };
        self.out.push(
            Finding::new(
                RULE.code,
                Span::from_swc(call.span),
                format!("Database {method} call should include an explicit table name as the first argument. Expected: db.{method}(<tableName>, ...)."),
            )
            .with_detail(detail),
        );
    }
}

/// Marks the detail of an ID whose table is known here (`doc._id`): table, offset.
const TABLE: &str = "table";
/// Marks the detail of an ID that is one of the function's arguments: function, field,
/// offset.
const FIELD: &str = "field";

fn check(context: &LintContext, out: &mut Vec<Diagnostic>) {
    for (module, finding) in context.findings(RULE.code) {
        let mut diagnostic = finding_diagnostic(module, finding, RULE.severity);
        let known = match finding.detail.as_slice() {
            [marker, method, table, at] if marker == TABLE => Some((method, table.clone(), at)),
            [marker, method, function, field, at] if marker == FIELD => module
                .module
                .functions
                .iter()
                .find(|f| f.name == *function)
                .and_then(|f| match &f.args {
                    Ok(Validator::Object(fields)) => fields.iter().find(|f| f.name == *field),
                    _ => None,
                })
                .and_then(|f| match &f.validator {
                    Validator::Id(table) => Some((method, table.clone(), at)),
                    _ => None,
                }),
            _ => None,
        };
        if let Some((method, table, Ok(at))) = known.map(|(m, t, a)| (m, t, a.parse::<u32>())) {
            let quoted = serde_json::Value::from(table.as_str()).to_string();
            diagnostic.message = format!("Database {method} call should include an explicit table name as the first argument. Expected: db.{method}({quoted}, ...)");
            diagnostic.fix = Some(Box::new(crate::diagnostic::Fix {
                title: format!("Add the table name {quoted}"),
                edits: vec![Edit {
                    file: module.module.file.clone(),
                    span: Span::new(at, at),
                    text: format!("{quoted}, "),
                }],
                safe: true,
                run_codegen: false,
            }));
        }
        out.push(diagnostic);
    }
}
