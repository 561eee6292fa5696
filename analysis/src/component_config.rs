//! Reads a `convex.config.ts` (or a published package's `convex.config.js`): the
//! `defineApp`/`defineComponent` call, its options, and every `.use(...)` on it.

use std::path::Path;

use swc_core::common::Spanned;
use swc_core::ecma::ast::{
    CallExpr, Callee, Decl, Expr, MemberProp, ModuleDecl, ModuleItem, Prop, PropOrSpread, Stmt,
    VarDecl,
};

use crate::eval::{prop_name, Binding, Evaluator, Imported, ModuleScope, Value};
use crate::source::Span;
use crate::validator::Validator;

/// An environment variable a definition declares.
#[derive(Debug, Clone, PartialEq)]
pub struct EnvVar {
    pub name: String,
    pub validator: Result<Validator, String>,
    pub optional: bool,
}

/// What a `use()` gives one of the child's env vars.
#[derive(Debug, Clone, PartialEq)]
pub enum EnvArg {
    /// A string known statically.
    Value(String),
    /// `app.env.NAME` / `component.env.NAME`: the parent's own env var NAME.
    ParentVar(String),
}

/// One `x.use(definition, { name, httpPrefix, env })`.
#[derive(Debug, Clone, PartialEq)]
pub struct UseCall {
    /// The import specifier of the used definition, when it is an imported binding.
    pub specifier: Option<String>,
    /// The `name` option, when given (a non-string is recorded as an error message).
    pub name: Option<Result<String, String>>,
    /// Where the `name` option's value is written, when the options are an object literal.
    pub name_span: Option<Span>,
    /// The `env` option's values: strings known statically and references to the parent's
    /// env vars.
    pub env: Vec<(String, EnvArg)>,
    pub http_prefix: Option<Result<String, String>>,
    /// The whole `use(...)` call.
    pub span: Span,
    /// The first argument (the definition).
    pub definition_span: Span,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DefinitionConfig {
    /// True for `defineApp`, false for `defineComponent`.
    pub is_app: bool,
    /// `defineComponent("name")`.
    pub name: Option<String>,
    /// `defineApp({ httpPrefix })`.
    pub http_prefix: Option<Result<String, String>>,
    pub env: Vec<EnvVar>,
    pub uses: Vec<UseCall>,
    /// The `defineApp`/`defineComponent` call.
    pub span: Span,
    /// Problems that make the file unusable as a definition.
    pub errors: Vec<(Option<Span>, String)>,
}

fn define_call<'a>(scope: &ModuleScope, expr: &'a Expr) -> Option<(bool, &'a CallExpr)> {
    let Expr::Call(call) = unwrap(expr) else {
        return None;
    };
    let Callee::Expr(callee) = &call.callee else {
        return None;
    };
    let Expr::Ident(ident) = &**callee else {
        return None;
    };
    match scope.locals.get(&*ident.sym) {
        Some(Binding::Import {
            specifier,
            imported: Imported::Named(name),
        }) if specifier == "convex/server" => match name.as_str() {
            "defineApp" => Some((true, call)),
            "defineComponent" => Some((false, call)),
            _ => None,
        },
        _ => None,
    }
}

fn unwrap(expr: &Expr) -> &Expr {
    match expr {
        Expr::Paren(p) => unwrap(&p.expr),
        Expr::TsAs(e) => unwrap(&e.expr),
        Expr::TsSatisfies(e) => unwrap(&e.expr),
        Expr::TsNonNull(e) => unwrap(&e.expr),
        other => other,
    }
}

fn string_option(value: Option<&Value>, what: &str) -> Option<Result<String, String>> {
    match value {
        None | Some(Value::Undefined) => None,
        Some(Value::Str(s)) => Some(Ok(s.clone())),
        Some(other) => Some(Err(format!(
            "{what} {}",
            other.describe_unknown("a string")
        ))),
    }
}

/// Reads the definition in the config file at `path`.
pub fn read_definition(evaluator: &Evaluator, path: &Path) -> Result<DefinitionConfig, String> {
    let scope = evaluator.scope(path)?;
    let mut config = DefinitionConfig::default();
    let mut variable: Option<String> = None;
    let mut found = false;

    // The definition: `const app = defineApp(...)` or `export default defineComponent(...)`.
    for item in &scope.parsed.module.body {
        let candidates: Vec<(Option<String>, &Expr)> = match item {
            ModuleItem::ModuleDecl(ModuleDecl::ExportDefaultExpr(e)) => vec![(None, &*e.expr)],
            item => var_decl(item)
                .map(|var| {
                    var.decls
                        .iter()
                        .filter_map(|d| {
                            Some((
                                d.name.as_ident().map(|i| i.id.sym.to_string()),
                                d.init.as_deref()?,
                            ))
                        })
                        .collect()
                })
                .unwrap_or_default(),
        };
        for (name, init) in candidates {
            if let Some((is_app, call)) = define_call(&scope, init) {
                if found {
                    config.errors.push((
                        Some(Span::from_swc(call.span)),
                        "a second definition in one config".into(),
                    ));
                    continue;
                }
                found = true;
                variable = name;
                config.is_app = is_app;
                config.span = Span::from_swc(call.span);
                read_define_options(evaluator, path, &scope, call, &mut config);
            }
        }
    }
    if !found {
        return Err(format!(
            "{} does not define a component: it needs `export default defineApp()` or `defineComponent(\"name\")` from \"convex/server\"",
            path.display()
        ));
    }

    // The uses: `<variable>.use(definition, options)` anywhere at the top level.
    if let Some(variable) = &variable {
        for item in &scope.parsed.module.body {
            let exprs: Vec<&Expr> = match item {
                ModuleItem::Stmt(Stmt::Expr(e)) => vec![&e.expr],
                item => var_decl(item)
                    .map(|var| var.decls.iter().filter_map(|d| d.init.as_deref()).collect())
                    .unwrap_or_default(),
            };
            for expr in exprs {
                if let Some(call) = use_call(unwrap(expr), variable) {
                    config.uses.push(read_use(evaluator, path, &scope, call));
                }
            }
        }
        let exported = scope.parsed.module.body.iter().any(|item| match item {
            ModuleItem::ModuleDecl(ModuleDecl::ExportDefaultExpr(e)) => {
                matches!(unwrap(&e.expr), Expr::Ident(i) if *i.sym == **variable)
            }
            ModuleItem::ModuleDecl(ModuleDecl::ExportNamed(named)) => named.src.is_none()
                && named.specifiers.iter().any(|s| matches!(s,
                    swc_core::ecma::ast::ExportSpecifier::Named(n)
                        if n.exported.as_ref().is_some_and(|e| matches!(e, swc_core::ecma::ast::ModuleExportName::Ident(i) if i.sym == "default"))
                        && matches!(&n.orig, swc_core::ecma::ast::ModuleExportName::Ident(i) if *i.sym == **variable))),
            _ => false,
        });
        if !exported {
            config.errors.push((Some(config.span), format!("the definition `{variable}` is not the default export; add `export default {variable};`")));
        }
    }
    Ok(config)
}

/// The variable declaration of a module item, exported or not.
fn var_decl(item: &ModuleItem) -> Option<&VarDecl> {
    match item {
        ModuleItem::Stmt(Stmt::Decl(Decl::Var(var))) => Some(var),
        ModuleItem::ModuleDecl(ModuleDecl::ExportDecl(export)) => match &export.decl {
            Decl::Var(var) => Some(var),
            _ => None,
        },
        _ => None,
    }
}

fn use_call<'a>(expr: &'a Expr, variable: &str) -> Option<&'a CallExpr> {
    let Expr::Call(call) = expr else { return None };
    let Callee::Expr(callee) = &call.callee else {
        return None;
    };
    let Expr::Member(member) = &**callee else {
        return None;
    };
    let MemberProp::Ident(prop) = &member.prop else {
        return None;
    };
    match &*member.obj {
        Expr::Ident(obj) if *obj.sym == *variable && prop.sym == "use" => Some(call),
        _ => None,
    }
}

fn read_define_options(
    evaluator: &Evaluator,
    path: &Path,
    scope: &ModuleScope,
    call: &CallExpr,
    config: &mut DefinitionConfig,
) {
    let mut args = call.args.iter();
    if !config.is_app {
        match args
            .next()
            .map(|a| evaluator.eval_expr(path, scope, &a.expr))
        {
            Some(Value::Str(name)) => config.name = Some(name),
            Some(other) => config.errors.push((
                Some(Span::from_swc(call.span)),
                format!(
                    "the component name {}",
                    other.describe_unknown("a string literal")
                ),
            )),
            None => config.errors.push((
                Some(Span::from_swc(call.span)),
                "defineComponent() needs a name".into(),
            )),
        }
    }
    let Some(options) = args.next() else { return };
    let options = evaluator.eval_expr(path, scope, &options.expr);
    if config.is_app {
        config.http_prefix = string_option(options.prop("httpPrefix"), "httpPrefix:");
    }
    if let Some(Value::Object(env)) = options.prop("env") {
        config.env = env
            .iter()
            .map(|(name, value)| match value {
                Value::Validator(validator, optional) => EnvVar {
                    name: name.clone(),
                    validator: Ok(validator.clone()),
                    optional: *optional,
                },
                other => EnvVar {
                    name: name.clone(),
                    validator: Err(other.describe_unknown("a validator")),
                    optional: false,
                },
            })
            .collect();
    }
}

fn read_use(evaluator: &Evaluator, path: &Path, scope: &ModuleScope, call: &CallExpr) -> UseCall {
    let definition = call.args.first();
    let specifier = definition.and_then(|arg| match unwrap(&arg.expr) {
        Expr::Ident(ident) => match scope.locals.get(&*ident.sym) {
            Some(Binding::Import {
                specifier,
                imported: Imported::Default,
            }) => Some(specifier.clone()),
            _ => None,
        },
        _ => None,
    });
    let options = call
        .args
        .get(1)
        .map(|o| evaluator.eval_expr(path, scope, &o.expr));
    let written = call.args.get(1).map(|o| &*o.expr);
    let name_span = written_option(written, "name").map(|name| Span::from_swc(name.span()));
    UseCall {
        specifier,
        name: string_option(options.as_ref().and_then(|o| o.prop("name")), "name:"),
        name_span,
        env: use_env(written, options.as_ref()),
        http_prefix: string_option(
            options.as_ref().and_then(|o| o.prop("httpPrefix")),
            "httpPrefix:",
        ),
        span: Span::from_swc(call.span),
        definition_span: definition
            .map_or(Span::from_swc(call.span), |d| Span::from_swc(d.expr.span())),
    }
}

/// The value written for `key` in an options object literal (`{ name: "x" }`).
fn written_option<'a>(options: Option<&'a Expr>, key: &str) -> Option<&'a Expr> {
    let Expr::Object(object) = unwrap(options?) else {
        return None;
    };
    object.props.iter().find_map(|prop| match prop {
        PropOrSpread::Prop(prop) => match &**prop {
            Prop::KeyValue(kv) if prop_name(&kv.key).as_deref() == Some(key) => Some(&*kv.value),
            _ => None,
        },
        PropOrSpread::Spread(_) => None,
    })
}

/// The `env` a `use()` passes: the strings static evaluation knows, and the references to
/// the parent's env vars written `<definition>.env.NAME` in the options' object literal.
fn use_env(written: Option<&Expr>, options: Option<&Value>) -> Vec<(String, EnvArg)> {
    let mut env: Vec<(String, EnvArg)> = match options.and_then(|o| o.prop("env")) {
        Some(Value::Object(entries)) => entries
            .iter()
            .filter_map(|(key, value)| {
                Some((key.clone(), EnvArg::Value(value.as_str()?.to_string())))
            })
            .collect(),
        _ => Vec::new(),
    };
    let written_env = match written_option(written, "env").map(unwrap) {
        Some(Expr::Object(env)) => Some(env),
        _ => None,
    };
    for prop in written_env.into_iter().flat_map(|env| &env.props) {
        let PropOrSpread::Prop(prop) = prop else {
            continue;
        };
        let Prop::KeyValue(kv) = &**prop else {
            continue;
        };
        let (Some(key), Expr::Member(reference)) = (prop_name(&kv.key), unwrap(&kv.value)) else {
            continue;
        };
        let Expr::Member(owner) = unwrap(&reference.obj) else {
            continue;
        };
        let is_env = matches!(&owner.prop, MemberProp::Ident(p) if p.sym == "env")
            && matches!(unwrap(&owner.obj), Expr::Ident(_));
        if let (true, MemberProp::Ident(name)) = (is_env, &reference.prop) {
            env.retain(|(k, _)| *k != key);
            env.push((key, EnvArg::ParentVar(name.sym.to_string())));
        }
    }
    env
}
