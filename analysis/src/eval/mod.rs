//! Static evaluation of module-level JavaScript/TypeScript: follows constants, imports,
//! spreads and the `v.*` / convex-helpers builders to the validators and functions a module
//! defines. Whatever cannot be decided this way is `Value::Unknown` with a reason — never
//! guessed.

mod builtins;
mod globals;
mod interp;
pub mod scope;
pub mod value;

use std::cell::{Cell, RefCell};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::Arc;

use swc_core::ecma::ast::{
    BinExpr, BinaryOp, Decl, Expr, ExprOrSpread, Lit, MemberProp, ModuleDecl, ModuleItem,
    ObjectLit, OptChainBase, Prop, PropOrSpread, Stmt, UnaryOp,
};

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::resolve::Resolver;
pub use crate::workspace::FileKey;
use crate::workspace::{bytes_of, LoadError, Workspace};
pub use scope::{pattern_keys, prop_name, Binding, Export, Imported, ModuleScope, Step};
pub use value::*;

/// How deep evaluation may recurse before giving up (guards against pathological input).
const MAX_DEPTH: usize = 64;

/// The files an evaluation read. `complete` is false when it also depended on something a
/// file's content does not show (an import that did not resolve may resolve later).
#[derive(Debug, Clone, Default)]
pub struct Reads {
    pub files: HashSet<FileKey>,
    pub complete: bool,
}

impl Reads {
    fn new() -> Self {
        Self {
            files: HashSet::default(),
            complete: true,
        }
    }

    fn add(&mut self, other: &Reads) {
        for file in &other.files {
            if !self.files.contains(file) {
                self.files.insert(file.clone());
            }
        }
        self.complete &= other.complete;
    }
}

/// A value computed once per load, with the files computing it read.
type Memo = (Value, Rc<Reads>);

pub struct Evaluator<'a> {
    workspace: &'a Workspace,
    resolver: &'a Resolver,
    scopes: RefCell<HashMap<FileKey, Result<Arc<ModuleScope>, String>>>,
    /// By file, then by what of the file.
    cache: RefCell<HashMap<FileKey, HashMap<String, Memo>>>,
    /// What each evaluation in progress has read so far, innermost last.
    reads: RefCell<Vec<Reads>>,
    active: RefCell<HashSet<(FileKey, String)>>,
    depth: RefCell<usize>,
    frames: RefCell<Vec<interp::Frame>>,
    /// Calls spent by the evaluation in progress: each evaluation a caller asks for (and
    /// each export of a module) has a budget of its own, so what one costs never decides
    /// another's value.
    calls: Cell<usize>,
    /// Object literals stand for "an object" unevaluated (see [`Self::eval_function_export`]).
    shallow: Cell<bool>,
}

impl<'a> Evaluator<'a> {
    pub fn new(workspace: &'a Workspace, resolver: &'a Resolver) -> Self {
        Self {
            workspace,
            resolver,
            scopes: RefCell::default(),
            cache: RefCell::default(),
            reads: RefCell::default(),
            active: RefCell::default(),
            depth: RefCell::new(0),
            frames: RefCell::default(),
            calls: Cell::new(0),
            shallow: Cell::new(false),
        }
    }

    pub fn workspace(&self) -> &Workspace {
        self.workspace
    }

    pub fn resolver(&self) -> &Resolver {
        self.resolver
    }

    /// Runs `evaluate` and returns its result with the files it read.
    pub fn tracked<T>(&self, evaluate: impl FnOnce() -> T) -> (T, Reads) {
        if self.reads.borrow().is_empty() {
            self.calls.set(0);
        }
        self.reads.borrow_mut().push(Reads::new());
        let result = evaluate();
        let reads = self.reads.borrow_mut().pop().unwrap_or_default();
        if let Some(outer) = self.reads.borrow_mut().last_mut() {
            outer.add(&reads);
        }
        (result, reads)
    }

    fn record_read(&self, path: &Path) {
        if let Some(reads) = self.reads.borrow_mut().last_mut() {
            if !reads.files.contains(bytes_of(path)) {
                reads.files.insert(FileKey(path.to_path_buf()));
            }
        }
    }

    fn record_unresolved(&self) {
        if let Some(reads) = self.reads.borrow_mut().last_mut() {
            reads.complete = false;
        }
    }

    /// Resolves an import of `from`, noting a failure as a read that may change.
    fn resolve(
        &self,
        from: &Path,
        specifier: &str,
    ) -> Result<PathBuf, crate::resolve::ResolveError> {
        let resolved = self.resolver.resolve(from, specifier);
        if resolved.is_err() {
            self.record_unresolved();
        }
        resolved
    }

    /// The scope of a file, parsed through the workspace cache.
    pub fn scope(&self, path: &Path) -> Result<Arc<ModuleScope>, String> {
        self.record_read(path);
        if let Some(found) = self.scopes.borrow().get(bytes_of(path)) {
            return found.clone();
        }
        let scope = match ModuleScope::of(self.workspace, path) {
            Ok(scope) => Ok(scope),
            Err(LoadError::Io(message)) => Err(message),
            Err(LoadError::Syntax(error)) => Err(format!(
                "{} has a syntax error at {}:{}: {}",
                path.display(),
                error.start.line,
                error.start.column,
                error.message
            )),
        };
        self.scopes
            .borrow_mut()
            .insert(FileKey(path.to_path_buf()), scope.clone());
        scope
    }

    /// The names a module exports, in source order, `export *` re-exports included.
    pub fn export_names(&self, path: &Path) -> Vec<String> {
        let mut names = Vec::new();
        let mut seen = HashSet::default();
        self.collect_export_names(path, &mut names, &mut seen);
        names
    }

    fn collect_export_names(
        &self,
        path: &Path,
        names: &mut Vec<String>,
        visited: &mut HashSet<PathBuf>,
    ) {
        if !visited.insert(path.to_path_buf()) {
            return;
        }
        let Ok(scope) = self.scope(path) else { return };
        for (name, _) in &scope.exports {
            if !names.contains(name) {
                names.push(name.clone());
            }
        }
        for specifier in &scope.star_exports {
            if let Ok(target) = self.resolve(path, specifier) {
                let mut inner = Vec::new();
                self.collect_export_names(&target, &mut inner, visited);
                for name in inner {
                    // `export *` never re-exports a default export.
                    if name != "default" && !names.contains(&name) {
                        names.push(name);
                    }
                }
            }
        }
    }

    /// Evaluates the export `name` of the module at `path`.
    pub fn eval_export(&self, path: &Path, name: &str) -> Value {
        self.memoized(path, &format!("export {name}"), || {
            let scope = match self.scope(path) {
                Ok(scope) => scope,
                Err(message) => return Value::Unknown(message),
            };
            match scope.export(name) {
                Some(Export::Local(local)) => self.eval_local(path, &scope, local),
                Some(Export::DefaultExpr { item }) => match &scope.parsed.module.body[*item] {
                    ModuleItem::ModuleDecl(swc_core::ecma::ast::ModuleDecl::ExportDefaultExpr(
                        e,
                    )) => self.eval_expr(path, &scope, &e.expr),
                    _ => Value::unknown("unexpected default export"),
                },
                Some(Export::ReExport {
                    specifier,
                    imported,
                }) => self.eval_import(path, specifier, imported),
                Some(Export::Declaration(what)) => Value::Opaque((*what).into()),
                None => {
                    for specifier in &scope.star_exports {
                        if let Ok(target) = self.resolve(path, specifier) {
                            if self.export_names(&target).iter().any(|n| n == name) {
                                return self.eval_export(&target, name);
                            }
                        }
                    }
                    Value::Unknown(format!("{} has no export named `{name}`", path.display()))
                }
            }
        })
    }

    /// The export `name` of `path` as far as a caller looking for Convex functions needs it:
    /// first evaluated with object literals left unevaluated — an object is never a
    /// function, and what a factory puts in the object it returns (Better Auth's
    /// `betterAuth(…)`: its endpoints, its whole context) can take thousands of calls —
    /// then, when that gives a function or cannot tell, evaluated in full.
    pub fn eval_function_export(&self, path: &Path, name: &str) -> Value {
        let shallow =
            self.with_own_budget(|| self.with_shallow(true, || self.eval_export(path, name)));
        match shallow {
            Value::Function(_) | Value::Unknown(_) => {
                self.with_own_budget(|| self.eval_export(path, name))
            }
            decided => decided,
        }
    }

    fn memoized(&self, path: &Path, key: &str, compute: impl FnOnce() -> Value) -> Value {
        let memo = self.cache.borrow();
        if let Some((value, reads)) = memo.get(bytes_of(path)).and_then(|memo| memo.get(key)) {
            if let Some(outer) = self.reads.borrow_mut().last_mut() {
                outer.add(reads);
            }
            return value.clone();
        }
        drop(memo);
        let cache_key = (FileKey(path.to_path_buf()), key.to_string());
        if !self.active.borrow_mut().insert(cache_key.clone()) {
            return Value::Unknown(format!("`{key}` in {} depends on itself", path.display()));
        }
        let (value, reads) = self.tracked(compute);
        self.active.borrow_mut().remove(&cache_key);
        // A value cut short by the budget may be known when asked for on its own; one
        // evaluated shallowly is not the whole value.
        if !self.out_of_calls() && !self.shallow.get() {
            let (path, key) = cache_key;
            self.cache
                .borrow_mut()
                .entry(path)
                .or_default()
                .insert(key, (value.clone(), Rc::new(reads)));
        }
        value
    }

    /// Evaluates a module-level name of the module at `path`.
    pub fn eval_local(&self, path: &Path, scope: &ModuleScope, name: &str) -> Value {
        let Some(binding) = scope.locals.get(name) else {
            return match name {
                "Object" => Value::Builtin(Builtin::Object),
                "undefined" => Value::Undefined,
                "NaN" => Value::Number(f64::NAN),
                "Infinity" => Value::Number(f64::INFINITY),
                _ => globals::global(name).unwrap_or_else(|| {
                    Value::Unknown(format!("`{name}` is not a module-level constant"))
                }),
            };
        };
        match binding {
            Binding::Import {
                specifier,
                imported,
            } => self.at_module_level(path, || self.eval_import(path, specifier, imported)),
            Binding::Declaration(what) => Value::Opaque(format!("{what} `{name}`")),
            Binding::Function { item } => Value::Closure(Box::new(Closure {
                file: path.to_path_buf(),
                loc: FnLoc::Declaration { item: *item },
                this: None,
            })),
            Binding::Class { item } => Value::Class(Box::new(ClassRef {
                file: path.to_path_buf(),
                item: *item,
            })),
            Binding::Var {
                item,
                decl,
                path: props,
            } if !props.is_empty() => {
                // `const { a, b } = f()`: `f()` runs once for all the names it binds.
                let whole = self.memoized(path, &format!("{item}:{decl}"), || {
                    self.eval_initializer(path, scope, *item, *decl, name)
                });
                self.memoized(path, name, || {
                    props
                        .iter()
                        .fold(whole, |value, step| self.destructure(value, step))
                })
            }
            Binding::Var { item, decl, .. } => self.memoized(path, name, || {
                self.eval_initializer(path, scope, *item, *decl, name)
            }),
        }
    }

    /// The value of declarator `decl` of module item `item` (which declares `name`).
    fn eval_initializer(
        &self,
        path: &Path,
        scope: &ModuleScope,
        item: usize,
        decl: usize,
        name: &str,
    ) -> Value {
        self.at_module_level(path, || {
            let declarators = match &scope.parsed.module.body[item] {
                ModuleItem::Stmt(Stmt::Decl(Decl::Var(var))) => Some(&var.decls),
                ModuleItem::ModuleDecl(ModuleDecl::ExportDecl(export)) => match &export.decl {
                    Decl::Var(var) => Some(&var.decls),
                    _ => None,
                },
                _ => None,
            };
            let Some(init) = declarators
                .and_then(|decls| decls.get(decl))
                .and_then(|d| d.init.as_deref())
            else {
                return Value::Unknown(format!("`{name}` has no initializer"));
            };
            if matches!(interp::unwrap_init(init), Expr::Arrow(_) | Expr::Fn(_)) {
                return Value::Closure(Box::new(Closure {
                    file: path.to_path_buf(),
                    loc: FnLoc::Initializer { item, decl },
                    this: None,
                }));
            }
            self.eval_expr(path, scope, init)
        })
    }

    /// One step of a module-level destructuring.
    fn destructure(&self, value: Value, step: &Step) -> Value {
        match (step, value) {
            (Step::Key(key), value) => self.member(value, key),
            (step, foreign @ Value::Foreign(_)) => self.destructure(self.realize(foreign), step),
            (_, unknown @ Value::Unknown(_)) => unknown,
            (Step::Index(index), Value::Array(items)) => {
                items.into_iter().nth(*index).unwrap_or(Value::Undefined)
            }
            (Step::From(start), Value::Array(items)) => {
                Value::Array(items.into_iter().skip(*start).collect())
            }
            (Step::OtherKeys(named), Value::Object(props)) => Value::Object(
                props
                    .into_iter()
                    .filter(|(key, _)| !named.contains(key))
                    .collect(),
            ),
            (Step::OtherKeys(_), other) => {
                Value::Unknown(other.describe_unknown("an object to destructure"))
            }
            (Step::Index(_) | Step::From(_), other) => {
                Value::Unknown(other.describe_unknown("an array to destructure"))
            }
        }
    }

    /// What an import binds: known library values, else the other module's export.
    pub fn eval_import(&self, from: &Path, specifier: &str, imported: &Imported) -> Value {
        if let Some(value) = builtins::library_import(specifier, imported) {
            return value;
        }
        match self.resolve(from, specifier) {
            Ok(target) => {
                // A package's own imports are followed: it is read once realized.
                let package = match self.resolver.convex_free(from) {
                    Some(_) => None,
                    None => self.resolver.convex_free(&target),
                };
                match package {
                    Some(package) => Value::Foreign(Box::new(Foreign {
                        package,
                        module: target,
                        imported: imported.clone(),
                        steps: Vec::new(),
                    })),
                    None => self.import_target(target, imported),
                }
            }
            Err(error) => Value::Unknown(format!("import \"{specifier}\": {error}")),
        }
    }

    fn import_target(&self, target: PathBuf, imported: &Imported) -> Value {
        match imported {
            Imported::Namespace => Value::Namespace(target),
            Imported::Default => self.eval_export(&target, "default"),
            Imported::Named(name) => self.eval_export(&target, name),
        }
    }

    /// What a package's value stands for, evaluated in full (reading the package); any
    /// other value as it is.
    fn realize(&self, value: Value) -> Value {
        let Value::Foreign(foreign) = value else {
            return value;
        };
        let Foreign {
            module,
            imported,
            steps,
            ..
        } = *foreign;
        let unnamed = Expr::Invalid(swc_core::ecma::ast::Invalid::default());
        let start = self.import_target(module, &imported);
        let value = steps.into_iter().fold(start, |value, step| match step {
            ForeignStep::Member(key) => self.member(value, &key),
            ForeignStep::Call(args) => self.call_value(value, args, &unnamed),
        });
        match value {
            // Another package's value handed back: realizing again would go round.
            Value::Foreign(_) => Value::unknown("a package's value handed back by another"),
            value => value,
        }
    }

    /// Evaluates an expression of the module at `path`.
    pub fn eval_expr(&self, path: &Path, scope: &ModuleScope, expr: &Expr) -> Value {
        {
            let mut depth = self.depth.borrow_mut();
            if *depth >= MAX_DEPTH {
                return Value::unknown("expression nests too deeply to evaluate");
            }
            *depth += 1;
        }
        let value = self.eval_expr_inner(path, scope, expr);
        *self.depth.borrow_mut() -= 1;
        value
    }

    fn eval_expr_inner(&self, path: &Path, scope: &ModuleScope, expr: &Expr) -> Value {
        match expr {
            Expr::Lit(lit) => match lit {
                Lit::Str(s) => Value::Str(s.value.to_string_lossy().into_owned()),
                Lit::Num(n) => Value::Number(n.value),
                Lit::Bool(b) => Value::Bool(b.value),
                Lit::Null(_) => Value::Null,
                Lit::BigInt(b) => b
                    .value
                    .to_string()
                    .parse()
                    .map(Value::BigInt)
                    .unwrap_or_else(|_| Value::unknown("bigint literal out of the int64 range")),
                Lit::Regex(_) => Value::Data("a regular expression".into()),
                _ => Value::Opaque("a literal".into()),
            },
            Expr::Tpl(tpl) if tpl.exprs.is_empty() => Value::Str(
                tpl.quasis
                    .iter()
                    .map(|q| {
                        q.cooked
                            .as_ref()
                            .map(|c| c.to_string_lossy().into_owned())
                            .unwrap_or_default()
                    })
                    .collect(),
            ),
            // `embeddings_${dimensions}`: substitutions of strings, numbers and the like.
            Expr::Tpl(tpl) => {
                let mut text = String::new();
                for (i, quasi) in tpl.quasis.iter().enumerate() {
                    if let Some(cooked) = &quasi.cooked {
                        text.push_str(&cooked.to_string_lossy());
                    }
                    let Some(expr) = tpl.exprs.get(i) else {
                        continue;
                    };
                    match self.realize(self.eval_expr(path, scope, expr)) {
                        Value::Data(what) => return Value::Data(format!("a template with {what}")),
                        value => match globals::to_string(&value) {
                            Some(part) => text.push_str(&part),
                            None => {
                                return Value::Unknown(
                                    value.describe_unknown("a template substitution"),
                                )
                            }
                        },
                    }
                }
                Value::Str(text)
            }
            Expr::Unary(unary) if unary.op == UnaryOp::Minus => {
                match self.eval_expr(path, scope, &unary.arg) {
                    Value::Number(n) => Value::Number(-n),
                    Value::BigInt(n) => Value::BigInt(-n),
                    Value::Data(what) => Value::Data(format!("the negation of {what}")),
                    other => Value::Unknown(other.describe_unknown("a number")),
                }
            }
            Expr::Unary(unary) if unary.op == UnaryOp::Void => Value::Undefined,
            Expr::Ident(ident) if ident.sym == *"undefined" => Value::Undefined,
            Expr::Ident(ident) => match self.frame_var(path, scope, &ident.sym) {
                Some(value) => value,
                None => self.eval_local(path, scope, &ident.sym),
            },
            Expr::This(_) => self
                .frame_this()
                .unwrap_or_else(|| Value::unknown("`this` outside a method")),
            Expr::Unary(unary) if unary.op == UnaryOp::Bang => {
                let value = self.eval_expr(path, scope, &unary.arg);
                match interp::truthy(&value) {
                    Some(b) => Value::Bool(!b),
                    None if matches!(value, Value::Unknown(_)) => {
                        Value::unknown("a negation of a value known only at run time")
                    }
                    None => Value::Data("a negation of a value known only at run time".into()),
                }
            }
            Expr::Bin(bin) => self.eval_binary(path, scope, bin),
            Expr::Cond(cond) => {
                match interp::truthy(&self.realize(self.eval_expr(path, scope, &cond.test))) {
                    Some(true) => self.eval_expr(path, scope, &cond.cons),
                    Some(false) => self.eval_expr(path, scope, &cond.alt),
                    None => self.either(
                        self.eval_expr(path, scope, &cond.cons),
                        || self.eval_expr(path, scope, &cond.alt),
                        "a condition known only at run time",
                    ),
                }
            }
            Expr::OptChain(chain) => match &*chain.base {
                OptChainBase::Member(member) => {
                    let object = self.eval_expr(path, scope, &member.obj);
                    if chain.optional && matches!(object, Value::Undefined | Value::Null) {
                        return Value::Undefined;
                    }
                    match &member.prop {
                        MemberProp::Ident(ident) => self.member(object, &ident.sym),
                        _ => Value::unknown("a computed optional member"),
                    }
                }
                OptChainBase::Call(call) => {
                    let function = self.eval_expr(path, scope, &call.callee);
                    if chain.optional && matches!(function, Value::Undefined | Value::Null) {
                        return Value::Undefined;
                    }
                    match self.eval_call_args(path, scope, &function, &call.args) {
                        Ok(args) => self.call_value(function, args, &call.callee),
                        Err(stop) => stop,
                    }
                }
            },
            Expr::Paren(p) => self.eval_expr(path, scope, &p.expr),
            Expr::TsAs(e) => self.eval_expr(path, scope, &e.expr),
            Expr::TsSatisfies(e) => self.eval_expr(path, scope, &e.expr),
            Expr::TsNonNull(e) => self.eval_expr(path, scope, &e.expr),
            Expr::TsConstAssertion(e) => self.eval_expr(path, scope, &e.expr),
            Expr::TsTypeAssertion(e) => self.eval_expr(path, scope, &e.expr),
            Expr::TsInstantiation(e) => self.eval_expr(path, scope, &e.expr),
            Expr::Object(object) => self.eval_object(path, scope, object),
            Expr::Array(array) => {
                let mut items = Vec::new();
                for element in array.elems.iter() {
                    let Some(element) = element else {
                        items.push(Value::Undefined);
                        continue;
                    };
                    let value = self.eval_expr(path, scope, &element.expr);
                    if element.spread.is_some() {
                        match self.realize(value) {
                            Value::Array(inner) => items.extend(inner),
                            other => {
                                return Value::Unknown(other.describe_unknown("an array to spread"))
                            }
                        }
                    } else {
                        items.push(value);
                    }
                }
                Value::Array(items)
            }
            Expr::Member(member) => {
                let object = self.eval_expr(path, scope, &member.obj);
                let key = match &member.prop {
                    MemberProp::Ident(ident) => ident.sym.to_string(),
                    MemberProp::Computed(computed) => {
                        match self.eval_expr(path, scope, &computed.expr) {
                            Value::Str(s) => s,
                            Value::Number(n) => crate::validator::js_number(n),
                            other => {
                                return Value::Unknown(other.describe_unknown("a property name"))
                            }
                        }
                    }
                    MemberProp::PrivateName(_) => return Value::unknown("private field"),
                };
                self.member(object, &key)
            }
            Expr::Call(call) => {
                let callee = match &call.callee {
                    swc_core::ecma::ast::Callee::Expr(callee) => callee,
                    _ => return Value::unknown("`super(...)` or `import(...)` call"),
                };
                let function = self.eval_expr(path, scope, callee);
                match self.eval_call_args(path, scope, &function, &call.args) {
                    Ok(args) => self.call_value(function, args, callee),
                    Err(stop) => stop,
                }
            }
            Expr::New(new) => match self.realize(self.eval_expr(path, scope, &new.callee)) {
                Value::Class(class) => {
                    match self.eval_args(path, scope, new.args.as_deref().unwrap_or_default()) {
                        Ok(args) => self.construct(&class, args),
                        Err(stop) => stop,
                    }
                }
                _ => Value::Opaque(format!(
                    "a `new {}(...)` instance",
                    describe_callee(&new.callee)
                )),
            },
            Expr::Arrow(arrow) => {
                self.inline_closure(path, crate::source::Span::from_swc(arrow.span).start, true)
            }
            Expr::Fn(f) => self.inline_closure(
                path,
                crate::source::Span::from_swc(f.function.span).start,
                false,
            ),
            Expr::Class(_) => Value::Opaque("a class".into()),
            _ => Value::unknown("an expression static evaluation does not follow"),
        }
    }

    /// The arguments of a call of `function`. A package's value is called with its
    /// object literals evaluated even in a shallow pass: whether they are inert decides
    /// whether the package must be read (`z.object({ … })` need not be).
    fn eval_call_args(
        &self,
        path: &Path,
        scope: &ModuleScope,
        function: &Value,
        args: &[ExprOrSpread],
    ) -> Result<Vec<Value>, Value> {
        if !matches!(function, Value::Foreign(_)) {
            return self.eval_args(path, scope, args);
        }
        self.with_shallow(false, || self.eval_args(path, scope, args))
    }

    /// Runs `evaluate` with object literals left unevaluated (`shallow`) or not.
    fn with_shallow<T>(&self, shallow: bool, evaluate: impl FnOnce() -> T) -> T {
        let was = self.shallow.replace(shallow);
        let result = evaluate();
        self.shallow.set(was);
        result
    }

    fn eval_args(
        &self,
        path: &Path,
        scope: &ModuleScope,
        args: &[ExprOrSpread],
    ) -> Result<Vec<Value>, Value> {
        let mut values = Vec::new();
        for arg in args {
            let value = self.eval_expr(path, scope, &arg.expr);
            if arg.spread.is_some() {
                match self.realize(value) {
                    Value::Array(inner) => values.extend(inner),
                    other => {
                        return Err(Value::Unknown(other.describe_unknown("an array to spread")))
                    }
                }
            } else {
                values.push(value);
            }
        }
        Ok(values)
    }

    fn call_value(&self, function: Value, args: Vec<Value>, callee: &Expr) -> Value {
        match function {
            Value::Builtin(Builtin::ArrayMethod(items, method)) => {
                self.array_method(items, &method, args, callee)
            }
            Value::Builtin(builtin) => {
                let args = args.into_iter().map(|arg| self.realize(arg)).collect();
                builtins::call(builtin, args)
            }
            Value::Closure(closure) => self.call_closure(&closure, args),
            Value::Unknown(reason) => Value::Unknown(reason),
            // A string's method, say: what a callback gives might come back.
            Value::Data(what) if !args.iter().any(|a| matches!(a, Value::Closure(_))) => {
                Value::Data(format!("the result of calling {what}"))
            }
            Value::Foreign(mut foreign) if args.iter().all(|arg| self.inert(arg)) => {
                foreign.steps.push(ForeignStep::Call(args));
                Value::Foreign(foreign)
            }
            // Something Convex's handed to the package may come back.
            foreign @ Value::Foreign(_) => self.call_value(self.realize(foreign), args, callee),
            _ => Value::Unknown(format!(
                "`{}(...)` is only known by running it",
                describe_callee(callee)
            )),
        }
    }

    /// `items.method(args)` on a known array, calling the callback (a closure or a builtin
    /// such as `v.literal`) for each item as JavaScript would.
    fn array_method(
        &self,
        items: Vec<Value>,
        method: &str,
        args: Vec<Value>,
        callee: &Expr,
    ) -> Value {
        let mut args = args.into_iter();
        let first = args.next().unwrap_or(Value::Undefined);
        let second = args.next();
        // The callback's answer for each item, stopping at the first unknown one.
        let each = |callback: &Value| -> Result<Vec<Value>, Value> {
            let mut out = Vec::with_capacity(items.len());
            for (index, item) in items.iter().enumerate() {
                let call_args = vec![
                    item.clone(),
                    Value::Number(index as f64),
                    Value::Array(items.clone()),
                ];
                match self.call_value(callback.clone(), call_args, callee) {
                    Value::Unknown(reason) => return Err(Value::Unknown(reason)),
                    value => out.push(value),
                }
            }
            Ok(out)
        };
        let truths = |answers: &[Value]| -> Option<Vec<bool>> {
            answers.iter().map(interp::truthy).collect()
        };
        let unknown = || {
            Value::unknown(format!(
                "`.{method}(...)` with a callback known only at run time"
            ))
        };
        match method {
            "map" => each(&first).map_or_else(|stop| stop, Value::Array),
            "flatMap" => match each(&first) {
                Ok(answers) => Value::Array(
                    answers
                        .into_iter()
                        .flat_map(|a| match a {
                            Value::Array(inner) => inner,
                            other => vec![other],
                        })
                        .collect(),
                ),
                Err(stop) => stop,
            },
            "filter" | "find" | "some" | "every" => {
                let answers = match each(&first) {
                    Ok(answers) => answers,
                    Err(stop) => return stop,
                };
                let Some(truths) = truths(&answers) else {
                    return unknown();
                };
                let mut kept = items
                    .iter()
                    .zip(&truths)
                    .filter(|(_, t)| **t)
                    .map(|(i, _)| i);
                match method {
                    "filter" => Value::Array(kept.cloned().collect()),
                    "find" => kept.next().cloned().unwrap_or(Value::Undefined),
                    "some" => Value::Bool(truths.iter().any(|t| *t)),
                    _ => Value::Bool(truths.iter().all(|t| *t)),
                }
            }
            "forEach" => each(&first).map_or_else(|stop| stop, |_| Value::Undefined),
            "includes" => Value::Bool(items.contains(&first)),
            "indexOf" => Value::Number(
                items
                    .iter()
                    .position(|item| *item == first)
                    .map_or(-1.0, |i| i as f64),
            ),
            "join" => {
                let separator = match first {
                    Value::Undefined => ",".to_string(),
                    Value::Str(s) => s,
                    other => return Value::Unknown(other.describe_unknown("a separator")),
                };
                let parts: Option<Vec<String>> = items
                    .iter()
                    .map(|item| match item {
                        Value::Str(s) => Some(s.clone()),
                        Value::Number(n) => Some(crate::validator::js_number(*n)),
                        Value::Bool(b) => Some(b.to_string()),
                        Value::Undefined | Value::Null => Some(String::new()),
                        _ => None,
                    })
                    .collect();
                parts.map_or_else(
                    || Value::unknown("`.join()` of values known only at run time"),
                    |parts| Value::Str(parts.join(&separator)),
                )
            }
            "slice" => {
                let len = items.len() as f64;
                let at = |value: Option<Value>, default: f64| match value {
                    None | Some(Value::Undefined) => Some(default),
                    Some(Value::Number(n)) if n < 0.0 => Some((len + n).max(0.0)),
                    Some(Value::Number(n)) => Some(n.min(len)),
                    _ => None,
                };
                match (at(Some(first), 0.0), at(second, len)) {
                    (Some(start), Some(end)) if start < end => {
                        Value::Array(items[start as usize..end as usize].to_vec())
                    }
                    (Some(_), Some(_)) => Value::Array(Vec::new()),
                    _ => Value::unknown("`.slice()` with bounds known only at run time"),
                }
            }
            "concat" => {
                let mut out = items.clone();
                for value in std::iter::once(first).chain(second).chain(args) {
                    match value {
                        Value::Array(more) => out.extend(more),
                        Value::Unknown(reason) => return Value::Unknown(reason),
                        other => out.push(other),
                    }
                }
                Value::Array(out)
            }
            "flat" => Value::Array(
                items
                    .iter()
                    .flat_map(|item| match item {
                        Value::Array(inner) => inner.clone(),
                        other => vec![other.clone()],
                    })
                    .collect(),
            ),
            _ => unknown(),
        }
    }

    fn eval_binary(&self, path: &Path, scope: &ModuleScope, bin: &BinExpr) -> Value {
        let left = self.realize(self.eval_expr(path, scope, &bin.left));
        match bin.op {
            BinaryOp::NullishCoalescing => match left {
                Value::Undefined | Value::Null => self.eval_expr(path, scope, &bin.right),
                Value::Unknown(reason) => Value::Unknown(reason),
                Value::Data(_) => self.either(
                    left,
                    || self.eval_expr(path, scope, &bin.right),
                    "a `??` of a value known only at run time",
                ),
                known => known,
            },
            BinaryOp::LogicalOr | BinaryOp::LogicalAnd => match interp::truthy(&left) {
                Some(truth) if truth == (bin.op == BinaryOp::LogicalOr) => left,
                Some(_) => self.eval_expr(path, scope, &bin.right),
                None => self.either(
                    left,
                    || self.eval_expr(path, scope, &bin.right),
                    "a logical operation on a value known only at run time",
                ),
            },
            BinaryOp::EqEqEq | BinaryOp::NotEqEq => {
                let right = self.realize(self.eval_expr(path, scope, &bin.right));
                if globals::is_primitive(&left) && globals::is_primitive(&right) {
                    Value::Bool((left == right) == (bin.op == BinaryOp::EqEqEq))
                } else {
                    Value::Data("a comparison of values known only at run time".into())
                }
            }
            op => {
                let right = self.realize(self.eval_expr(path, scope, &bin.right));
                arithmetic(op, &left, &right).unwrap_or_else(|| {
                    // Whatever the operands, an operator gives a number, string or boolean:
                    // never a Convex function.
                    Value::Data(format!("the result of `{}`", op.as_str()))
                })
            }
        }
    }

    /// One of two values, as run time will choose: data when both are, unknown otherwise.
    /// `second` is evaluated only when `first` is data.
    fn either(&self, first: Value, second: impl FnOnce() -> Value, why: &str) -> Value {
        if !globals::is_data(&first) {
            return match first {
                Value::Unknown(reason) => Value::Unknown(reason),
                _ => Value::unknown(why),
            };
        }
        match second() {
            second if globals::is_data(&second) => Value::Data(why.into()),
            Value::Unknown(reason) => Value::Unknown(reason),
            _ => Value::unknown(why),
        }
    }

    fn eval_object(&self, path: &Path, scope: &ModuleScope, object: &ObjectLit) -> Value {
        if self.shallow.get() {
            // Truthy, and neither a function nor a validator: all that is known unevaluated.
            return Value::Opaque("an object".into());
        }
        let mut props: Vec<(String, Value)> = Vec::new();
        let set = |props: &mut Vec<(String, Value)>, key: String, value: Value| match props
            .iter_mut()
            .find(|(k, _)| *k == key)
        {
            Some(slot) => slot.1 = value,
            None => props.push((key, value)),
        };
        for prop in &object.props {
            match prop {
                PropOrSpread::Spread(spread) => {
                    match self.realize(self.eval_expr(path, scope, &spread.expr)) {
                        Value::Object(inner) => {
                            for (k, v) in inner {
                                set(&mut props, k, v);
                            }
                        }
                        Value::Undefined | Value::Null => {}
                        other => {
                            return Value::Unknown(other.describe_unknown("an object to spread"))
                        }
                    }
                }
                PropOrSpread::Prop(prop) => match &**prop {
                    Prop::KeyValue(kv) => {
                        let key = match &kv.key {
                            swc_core::ecma::ast::PropName::Computed(computed) => {
                                match self.eval_expr(path, scope, &computed.expr) {
                                    Value::Str(s) => s,
                                    other => {
                                        return Value::Unknown(
                                            other.describe_unknown("a property name"),
                                        )
                                    }
                                }
                            }
                            name => match prop_name(name) {
                                Some(key) => key,
                                None => return Value::unknown("unsupported property name"),
                            },
                        };
                        let value = self.eval_expr(path, scope, &kv.value);
                        set(&mut props, key, value);
                    }
                    Prop::Shorthand(ident) => {
                        let value = match self.frame_var(path, scope, &ident.sym) {
                            Some(value) => value,
                            None => self.eval_local(path, scope, &ident.sym),
                        };
                        set(&mut props, ident.sym.to_string(), value);
                    }
                    Prop::Method(m) => {
                        if let Some(key) = prop_name(&m.key) {
                            set(&mut props, key, Value::Opaque("a method".into()));
                        }
                    }
                    Prop::Getter(_) | Prop::Setter(_) | Prop::Assign(_) => {
                        return Value::unknown("an object with accessors")
                    }
                },
            }
        }
        Value::Object(props)
    }

    /// `object.key`.
    pub fn member(&self, object: Value, key: &str) -> Value {
        match object {
            Value::Object(_) => object.prop(key).cloned().unwrap_or(Value::Undefined),
            Value::Namespace(path) => self.eval_export(&path, key),
            Value::Array(items) => match key {
                "length" => Value::Number(items.len() as f64),
                "map" | "filter" | "flatMap" | "find" | "some" | "every" | "includes"
                | "indexOf" | "join" | "slice" | "concat" | "flat" | "forEach" => {
                    Value::Builtin(Builtin::ArrayMethod(items, key.into()))
                }
                _ => key
                    .parse::<usize>()
                    .ok()
                    .and_then(|i| items.get(i).cloned())
                    .unwrap_or(Value::Undefined),
            },
            Value::Unknown(reason) => Value::Unknown(reason),
            Value::Str(string) => globals::string_member(string, key),
            Value::Data(what) => Value::Data(format!("`.{key}` of {what}")),
            Value::Foreign(mut foreign) => {
                foreign.steps.push(ForeignStep::Member(key.into()));
                Value::Foreign(foreign)
            }
            Value::Builtin(builtin) => builtins::member(builtin, key),
            Value::Validator(validator, optional) => {
                builtins::validator_member(validator, optional, key)
            }
            Value::Table(table) => builtins::table_member(*table, key),
            Value::Instance(instance) => match instance.fields.iter().rev().find(|(k, _)| k == key)
            {
                Some((_, value)) => value.clone(),
                None => self.method(&instance, key),
            },
            Value::Schema(schema) => match key {
                "tables" => Value::Object(
                    schema
                        .tables
                        .iter()
                        .map(|(name, table)| (name.clone(), Value::Table(Box::new(table.clone()))))
                        .collect(),
                ),
                _ => Value::Unknown(format!("schema has no known property `{key}`")),
            },
            other => Value::Unknown(format!(
                "`.{key}` of {}",
                other.describe_unknown("an object")
            )),
        }
    }
}

/// `left op right` on known numbers and strings, as JavaScript computes it.
fn arithmetic(op: BinaryOp, left: &Value, right: &Value) -> Option<Value> {
    use BinaryOp::*;
    Some(match (left, right) {
        (Value::Number(a), Value::Number(b)) => {
            let (a, b) = (*a, *b);
            match op {
                Add => Value::Number(a + b),
                Sub => Value::Number(a - b),
                Mul => Value::Number(a * b),
                Div => Value::Number(a / b),
                Mod => Value::Number(a % b),
                Exp => Value::Number(a.powf(b)),
                Lt => Value::Bool(a < b),
                LtEq => Value::Bool(a <= b),
                Gt => Value::Bool(a > b),
                GtEq => Value::Bool(a >= b),
                _ => return None,
            }
        }
        (Value::Str(a), Value::Str(b)) if op == Add => Value::Str(format!("{a}{b}")),
        (Value::Str(a), Value::Number(b)) if op == Add => {
            Value::Str(format!("{a}{}", crate::validator::js_number(*b)))
        }
        (Value::Number(a), Value::Str(b)) if op == Add => {
            Value::Str(format!("{}{b}", crate::validator::js_number(*a)))
        }
        _ => return None,
    })
}

/// `a.b.c` for messages.
fn describe_callee(expr: &Expr) -> String {
    match expr {
        Expr::Ident(ident) => ident.sym.to_string(),
        Expr::Member(member) => match &member.prop {
            MemberProp::Ident(prop) => format!("{}.{}", describe_callee(&member.obj), prop.sym),
            _ => format!("{}[…]", describe_callee(&member.obj)),
        },
        Expr::Call(call) => match &call.callee {
            swc_core::ecma::ast::Callee::Expr(callee) => format!("{}(…)", describe_callee(callee)),
            _ => "…".into(),
        },
        Expr::Paren(p) => describe_callee(&p.expr),
        Expr::This(_) => "this".into(),
        _ => "…".into(),
    }
}
