//! Calls into module-level JavaScript: functions, classes and methods whose bodies are
//! straight-line code (`const`, `if`, `return`, `this.x = …`). Published components build
//! their functions this way (`migrations.define(...)`, `workflow.define(...)`,
//! `vRunResult(v.any())`). Anything beyond that is `Unknown`, never guessed.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use swc_core::ecma::ast::{
    ArrowExpr, ArrowFunctionBody, AssignTarget, ClassMember, Decl, Expr, Function, MemberProp,
    ModuleDecl, ModuleItem, ObjectPatProp, ParamOrTsParamProp, Pat, SimpleAssignTarget, Stmt,
};
use swc_core::ecma::visit::noop_visit_type;

use super::value::*;
use super::{pattern_keys, prop_name, Evaluator, ModuleScope, Step};

/// How many calls one evaluation may make, so pathological code cannot run away.
pub const CALL_BUDGET: usize = 5_000;

/// How deep [`Evaluator::inert`] follows objects, callbacks and the bindings they read.
const MAX_INERT_DEPTH: usize = 8;

/// The names a function reads (identifiers in expressions, shorthand properties) and
/// whether it reads `this`.
#[derive(Default)]
struct NamesRead {
    names: std::collections::BTreeSet<String>,
    this: bool,
}

impl swc_core::ecma::visit::Visit for NamesRead {
    // Types are erased before the code runs: nothing in them is looked at.
    noop_visit_type!();

    fn visit_expr(&mut self, expr: &Expr) {
        use swc_core::ecma::visit::VisitWith;
        match expr {
            Expr::Ident(ident) => {
                self.names.insert(ident.sym.to_string());
            }
            Expr::This(_) => self.this = true,
            _ => expr.visit_children_with(self),
        }
    }

    fn visit_prop(&mut self, prop: &swc_core::ecma::ast::Prop) {
        use swc_core::ecma::visit::VisitWith;
        if let swc_core::ecma::ast::Prop::Shorthand(ident) = prop {
            self.names.insert(ident.sym.to_string());
        }
        prop.visit_children_with(self);
    }
}

/// The variables of one function activation.
#[derive(Default)]
pub struct Frame {
    pub file: PathBuf,
    pub vars: HashMap<String, Local>,
    pub this: Option<Value>,
}

enum Callable<'a> {
    Function(&'a Function),
    Arrow(&'a ArrowExpr),
}

fn item_decl(scope: &ModuleScope, item: usize) -> Option<&Decl> {
    match scope.parsed.module.body.get(item)? {
        ModuleItem::Stmt(Stmt::Decl(decl)) => Some(decl),
        ModuleItem::ModuleDecl(ModuleDecl::ExportDecl(export)) => Some(&export.decl),
        _ => None,
    }
}

/// An inline arrow or function expression, copied out of its module when called.
enum InlineCallable {
    Arrow(ArrowExpr),
    Function(Function),
}

impl InlineCallable {
    fn as_callable(&self) -> Callable<'_> {
        match self {
            InlineCallable::Arrow(arrow) => Callable::Arrow(arrow),
            InlineCallable::Function(function) => Callable::Function(function),
        }
    }
}

/// The arrow or function expression that starts at byte `start` of the module.
fn find_inline(scope: &ModuleScope, start: u32) -> Option<InlineCallable> {
    use swc_core::ecma::visit::{Visit, VisitWith};
    struct Finder {
        start: u32,
        found: Option<InlineCallable>,
    }
    impl Visit for Finder {
        fn visit_expr(&mut self, expr: &Expr) {
            if self.found.is_some() {
                return;
            }
            let starts_here = |span| crate::source::Span::from_swc(span).start == self.start;
            match expr {
                Expr::Arrow(arrow) if starts_here(arrow.span) => {
                    self.found = Some(InlineCallable::Arrow(arrow.clone()));
                }
                Expr::Fn(f) if starts_here(f.function.span) => {
                    self.found = Some(InlineCallable::Function((*f.function).clone()));
                }
                _ => expr.visit_children_with(self),
            }
        }
    }
    let mut finder = Finder { start, found: None };
    scope.parsed.module.visit_with(&mut finder);
    finder.found
}

/// Runs `with` on the function `loc` names in `scope` (an inline one copied out of the
/// module's tree first); `None` when it is not found.
fn with_callable<T>(
    scope: &ModuleScope,
    loc: &FnLoc,
    with: impl FnOnce(Callable<'_>) -> T,
) -> Option<T> {
    let inline = match loc {
        FnLoc::Inline { start, .. } => find_inline(scope, *start),
        _ => None,
    };
    let function = inline
        .as_ref()
        .map(InlineCallable::as_callable)
        .or_else(|| callable(scope, loc))?;
    Some(with(function))
}

fn callable<'a>(scope: &'a ModuleScope, loc: &FnLoc) -> Option<Callable<'a>> {
    match loc {
        // Found by position in `call_closure`.
        FnLoc::Inline { .. } => None,
        FnLoc::Declaration { item } => match item_decl(scope, *item)? {
            Decl::Fn(f) => Some(Callable::Function(&f.function)),
            _ => None,
        },
        FnLoc::Initializer { item, decl } => match item_decl(scope, *item)? {
            Decl::Var(var) => match unwrap_init(var.decls.get(*decl)?.init.as_deref()?) {
                Expr::Arrow(arrow) => Some(Callable::Arrow(arrow)),
                Expr::Fn(f) => Some(Callable::Function(&f.function)),
                _ => None,
            },
            _ => None,
        },
        FnLoc::Method { item, member } => match item_decl(scope, *item)? {
            Decl::Class(class) => match class.class.body.get(*member)? {
                ClassMember::Method(method) => Some(Callable::Function(&method.function)),
                _ => None,
            },
            _ => None,
        },
    }
}

/// The function expression a `const` is initialized with, if any.
pub fn unwrap_init(expr: &Expr) -> &Expr {
    match expr {
        Expr::Paren(p) => unwrap_init(&p.expr),
        Expr::TsAs(e) => unwrap_init(&e.expr),
        Expr::TsSatisfies(e) => unwrap_init(&e.expr),
        other => other,
    }
}

/// JavaScript truthiness, when the value is known.
pub fn truthy(value: &Value) -> Option<bool> {
    Some(match value {
        Value::Unknown(_) | Value::Data(_) | Value::Foreign(_) => return None,
        Value::Undefined | Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => *n != 0.0 && !n.is_nan(),
        Value::BigInt(n) => *n != 0,
        Value::Str(s) => !s.is_empty(),
        _ => true,
    })
}

enum Flow {
    Next,
    Return(Value),
}

impl Evaluator<'_> {
    fn spend_call(&self) -> Result<(), Value> {
        self.calls.set(self.calls.get() + 1);
        if self.out_of_calls() {
            return Err(Value::unknown("evaluation needs too many calls to follow"));
        }
        Ok(())
    }

    /// Runs `evaluate` with a budget of calls of its own (one export of a module).
    pub fn with_own_budget<T>(&self, evaluate: impl FnOnce() -> T) -> T {
        let spent = self.calls.replace(0);
        let result = evaluate();
        self.calls.set(spent);
        result
    }

    /// Whether the evaluation in progress has spent its budget of calls.
    pub(super) fn out_of_calls(&self) -> bool {
        self.calls.get() > CALL_BUDGET
    }

    /// Calls a module-level function with `args`.
    pub fn call_closure(&self, closure: &Closure, args: Vec<Value>) -> Value {
        if let Err(stop) = self.spend_call() {
            return stop;
        }
        let scope = match self.scope(&closure.file) {
            Ok(scope) => scope,
            Err(message) => return Value::Unknown(message),
        };
        let vars = match &closure.loc {
            FnLoc::Inline { captured, .. } => captured.iter().cloned().collect(),
            _ => HashMap::new(),
        };
        let frame = Frame {
            file: closure.file.clone(),
            vars,
            this: closure.this.clone(),
        };
        let called = with_callable(&scope, &closure.loc, |function| {
            self.with_frame(frame, || match function {
                Callable::Arrow(arrow) => {
                    let params: Vec<&Pat> = arrow.params.iter().collect();
                    if let Err(stop) = self.bind_params(&closure.file, &scope, &params, args) {
                        return stop;
                    }
                    match &*arrow.body {
                        ArrowFunctionBody::Expr(expr) => {
                            self.eval_expr(&closure.file, &scope, expr)
                        }
                        ArrowFunctionBody::FunctionBody(block) => {
                            self.run_body(&closure.file, &scope, &block.stmts)
                        }
                    }
                }
                Callable::Function(function) => {
                    let params: Vec<&Pat> = function.params.iter().map(|p| &p.pat).collect();
                    if let Err(stop) = self.bind_params(&closure.file, &scope, &params, args) {
                        return stop;
                    }
                    match &function.body {
                        Some(body) => self.run_body(&closure.file, &scope, &body.stmts),
                        None => Value::unknown("a function without a body"),
                    }
                }
            })
            .0
        });
        called.unwrap_or_else(|| Value::unknown("the called function was not found"))
    }

    /// `new Class(args)`: runs field initializers and the constructor.
    pub fn construct(&self, class: &ClassRef, args: Vec<Value>) -> Value {
        if let Err(stop) = self.spend_call() {
            return stop;
        }
        let scope = match self.scope(&class.file) {
            Ok(scope) => scope,
            Err(message) => return Value::Unknown(message),
        };
        let Some(Decl::Class(decl)) = item_decl(&scope, class.item) else {
            return Value::unknown("the class declaration was not found");
        };
        if decl.class.super_class.is_some() {
            return Value::Opaque(format!(
                "a `new {}(...)` instance (a subclass)",
                decl.ident.sym
            ));
        }
        let instance = Value::Instance(Box::new(Instance {
            class: class.clone(),
            fields: Vec::new(),
        }));
        let frame = Frame {
            file: class.file.clone(),
            vars: HashMap::new(),
            this: Some(instance),
        };
        let (outcome, frame) = self.with_frame(frame, || {
            for member in &decl.class.body {
                if let ClassMember::ClassProp(prop) = member {
                    if let (Some(name), Some(value)) = (prop_name(&prop.key), prop.value.as_deref())
                    {
                        if prop.is_static {
                            continue;
                        }
                        let value = self.eval_expr(&class.file, &scope, value);
                        self.set_this_field(&name, value);
                    }
                }
            }
            let Some(constructor) = decl.class.body.iter().find_map(|m| match m {
                ClassMember::Constructor(c) => Some(c),
                _ => None,
            }) else {
                return Value::Undefined;
            };
            let mut params = Vec::new();
            for param in &constructor.params {
                match param {
                    ParamOrTsParamProp::Param(p) => params.push(&p.pat),
                    ParamOrTsParamProp::TsParamProp(_) => {
                        return Value::unknown("constructor parameter properties are not followed")
                    }
                }
            }
            if let Err(stop) = self.bind_params(&class.file, &scope, &params, args) {
                return stop;
            }
            match &constructor.body {
                Some(body) => self.run_body(&class.file, &scope, &body.stmts),
                None => Value::Undefined,
            }
        });
        match outcome {
            Value::Unknown(reason) => Value::Unknown(reason),
            _ => frame.this.unwrap_or(Value::Undefined),
        }
    }

    /// A method of an instance's class, bound to the instance.
    pub fn method(&self, instance: &Instance, name: &str) -> Value {
        let Ok(scope) = self.scope(&instance.class.file) else {
            return Value::unknown("the class's module cannot be read");
        };
        let Some(Decl::Class(decl)) = item_decl(&scope, instance.class.item) else {
            return Value::unknown("the class declaration was not found");
        };
        for (member, body) in decl.class.body.iter().enumerate() {
            if let ClassMember::Method(method) = body {
                if !method.is_static && prop_name(&method.key).as_deref() == Some(name) {
                    return Value::Closure(Box::new(Closure {
                        file: instance.class.file.clone(),
                        loc: FnLoc::Method {
                            item: instance.class.item,
                            member,
                        },
                        this: Some(Value::Instance(Box::new(instance.clone()))),
                    }));
                }
            }
        }
        Value::Unknown(format!(
            "`{}` has no method `{name}` that evaluation can follow",
            decl.ident.sym
        ))
    }

    /// Whether a value handed to a package that cannot import `convex` is sure to give back
    /// no Convex function or validator: data, the package's own values, and objects,
    /// arrays and callbacks made of nothing else.
    pub fn inert(&self, value: &Value) -> bool {
        self.inert_within(value, 0)
    }

    fn inert_within(&self, value: &Value, depth: usize) -> bool {
        if depth > MAX_INERT_DEPTH {
            return false;
        }
        match value {
            Value::Object(props) => props.iter().all(|(_, v)| self.inert_within(v, depth + 1)),
            Value::Array(items) => items.iter().all(|v| self.inert_within(v, depth + 1)),
            Value::Closure(closure) => self.inert_closure(closure, depth + 1),
            value => super::globals::is_data(value) || matches!(value, Value::Foreign(_)),
        }
    }

    /// A callback is inert when all it reads is: its own parameters and locals, globals, and
    /// module bindings and captured variables whose values are inert. (A name it declares
    /// that is also a module binding counts as the binding: that errs on the safe side.)
    fn inert_closure(&self, closure: &Closure, depth: usize) -> bool {
        use swc_core::ecma::visit::VisitWith;
        if closure.this.is_some() {
            return false;
        }
        let Ok(scope) = self.scope(&closure.file) else {
            return false;
        };
        let mut read = NamesRead::default();
        let found = with_callable(&scope, &closure.loc, |function| match function {
            Callable::Arrow(arrow) => arrow.visit_with(&mut read),
            Callable::Function(function) => function.visit_with(&mut read),
        });
        if found.is_none() {
            return false;
        }
        let captured: &[(String, Local)] = match &closure.loc {
            FnLoc::Inline { captured, .. } => captured,
            _ => &[],
        };
        !read.this
            && read.names.iter().all(|name| {
                if let Some((_, local)) = captured.iter().find(|(n, _)| n == name) {
                    return match local {
                        Local::Value(value) => self.inert_within(value, depth),
                        Local::Deferred(_) => false,
                    };
                }
                if scope.locals.contains_key(name.as_str()) {
                    let value = self.eval_local(&closure.file, &scope, name);
                    return self.inert_within(&value, depth);
                }
                // Globals through which another module's values can be reached.
                !matches!(
                    name.as_str(),
                    "require"
                        | "globalThis"
                        | "global"
                        | "window"
                        | "self"
                        | "module"
                        | "exports"
                        | "eval"
                        | "Function"
                )
            })
    }

    /// A closure over the arrow (`arrow`) or function expression starting at byte `start`
    /// of `file`, capturing the variables of the current call (none at module level).
    pub fn inline_closure(&self, file: &Path, start: u32, arrow: bool) -> Value {
        let (captured, this) = self.current_locals();
        Value::Closure(Box::new(Closure {
            file: file.to_path_buf(),
            loc: FnLoc::Inline {
                start,
                captured: std::sync::Arc::new(captured),
            },
            // An arrow keeps the `this` of where it is written.
            this: if arrow { this } else { None },
        }))
    }

    fn with_frame<T>(&self, frame: Frame, run: impl FnOnce() -> T) -> (T, Frame) {
        self.frames.borrow_mut().push(frame);
        let result = run();
        let frame = self.frames.borrow_mut().pop().expect("frames are balanced");
        (result, frame)
    }

    /// A variable of the innermost frame, when that frame belongs to `file`; a deferred
    /// initializer is evaluated now, once for the frame.
    pub fn frame_var(&self, file: &Path, scope: &ModuleScope, name: &str) -> Option<Value> {
        let local = {
            let frames = self.frames.borrow();
            let frame = frames.last()?;
            if frame.file != file {
                return None;
            }
            frame.vars.get(name)?.clone()
        };
        let deferred = match local {
            Local::Value(value) => return Some(value),
            Local::Deferred(deferred) => deferred,
        };
        let frame = Frame {
            file: file.to_path_buf(),
            vars: deferred.vars.iter().cloned().collect(),
            this: deferred.this.clone(),
        };
        let (value, _) = self.with_frame(frame, || self.eval_expr(file, scope, &deferred.init));
        self.set_var(name.to_string(), value.clone());
        Some(value)
    }

    pub fn frame_this(&self) -> Option<Value> {
        self.frames.borrow().last().and_then(|f| f.this.clone())
    }

    /// Runs `compute` outside any function frame (module-level code sees no locals).
    pub fn at_module_level<T>(&self, file: &Path, compute: impl FnOnce() -> T) -> T {
        self.with_frame(
            Frame {
                file: file.to_path_buf(),
                ..Frame::default()
            },
            compute,
        )
        .0
    }

    fn set_var(&self, name: String, value: Value) {
        self.set_local(name, Local::Value(value));
    }

    fn set_local(&self, name: String, local: Local) {
        if let Some(frame) = self.frames.borrow_mut().last_mut() {
            frame.vars.insert(name, local);
        }
    }

    /// The variables and `this` of the current call (none at module level).
    fn current_locals(&self) -> (Vec<(String, Local)>, Option<Value>) {
        self.frames
            .borrow()
            .last()
            .map(|f| (f.vars.clone().into_iter().collect(), f.this.clone()))
            .unwrap_or_default()
    }

    /// `const name = init`, evaluated when `name` is first read.
    fn defer(&self, name: String, init: &Expr) {
        let (vars, this) = self.current_locals();
        let deferred = Deferred {
            init: init.clone(),
            vars,
            this,
        };
        self.set_local(name, Local::Deferred(std::sync::Arc::new(deferred)));
    }

    fn set_this_field(&self, name: &str, value: Value) {
        if let Some(Value::Instance(instance)) = self
            .frames
            .borrow_mut()
            .last_mut()
            .and_then(|f| f.this.as_mut())
        {
            match instance.fields.iter_mut().find(|(k, _)| k == name) {
                Some(slot) => slot.1 = value,
                None => instance.fields.push((name.to_string(), value)),
            }
        }
    }

    fn bind_params(
        &self,
        file: &Path,
        scope: &ModuleScope,
        params: &[&Pat],
        args: Vec<Value>,
    ) -> Result<(), Value> {
        let mut args = args.into_iter();
        for pat in params {
            if let Pat::Rest(rest) = pat {
                self.bind_pattern(
                    file,
                    scope,
                    &rest.arg,
                    Value::Array(args.by_ref().collect()),
                )?;
            } else {
                self.bind_pattern(file, scope, pat, args.next().unwrap_or(Value::Undefined))?;
            }
        }
        Ok(())
    }

    fn bind_pattern(
        &self,
        file: &Path,
        scope: &ModuleScope,
        pat: &Pat,
        value: Value,
    ) -> Result<(), Value> {
        match pat {
            Pat::Ident(ident) => self.set_var(ident.id.sym.to_string(), value),
            Pat::Assign(assign) => {
                let value = match value {
                    Value::Undefined => self.eval_expr(file, scope, &assign.right),
                    other => other,
                };
                self.bind_pattern(file, scope, &assign.left, value)?;
            }
            Pat::Object(object) => {
                for prop in &object.props {
                    match prop {
                        ObjectPatProp::KeyValue(kv) => {
                            let key = prop_name(&kv.key)
                                .ok_or_else(|| Value::unknown("a computed destructuring key"))?;
                            let field = self.member(value.clone(), &key);
                            self.bind_pattern(file, scope, &kv.value, field)?;
                        }
                        ObjectPatProp::Assign(assign) => {
                            let mut field = self.member(value.clone(), &assign.key.sym);
                            if let (Value::Undefined, Some(default)) = (&field, &assign.value) {
                                field = self.eval_expr(file, scope, default);
                            }
                            self.set_var(assign.key.sym.to_string(), field);
                        }
                        ObjectPatProp::Rest(rest) => {
                            if !matches!(value, Value::Object(_) | Value::Unknown(_)) {
                                return Err(Value::Unknown(
                                    value.describe_unknown("an object to destructure"),
                                ));
                            }
                            let others = Step::OtherKeys(pattern_keys(object));
                            let others = self.destructure(value.clone(), &others);
                            self.bind_pattern(file, scope, &rest.arg, others)?;
                        }
                    }
                }
            }
            // `([name, table]) => …` over `Object.entries(…)`.
            Pat::Array(array) => {
                if !matches!(value, Value::Array(_) | Value::Unknown(_)) {
                    return Err(Value::Unknown(
                        value.describe_unknown("an array to destructure"),
                    ));
                }
                for (index, element) in array.elems.iter().enumerate() {
                    let (pat, step) = match element {
                        None => continue,
                        Some(Pat::Rest(rest)) => (&*rest.arg, Step::From(index)),
                        Some(pat) => (pat, Step::Index(index)),
                    };
                    let item = self.destructure(value.clone(), &step);
                    self.bind_pattern(file, scope, pat, item)?;
                }
            }
            _ => {
                return Err(Value::unknown(
                    "a parameter pattern evaluation does not follow",
                ))
            }
        }
        Ok(())
    }

    fn run_body(&self, file: &Path, scope: &ModuleScope, stmts: &[Stmt]) -> Value {
        match self.run_stmts(file, scope, stmts) {
            Ok(Flow::Return(value)) => value,
            Ok(Flow::Next) => Value::Undefined,
            Err(stop) => stop,
        }
    }

    fn run_stmts(&self, file: &Path, scope: &ModuleScope, stmts: &[Stmt]) -> Result<Flow, Value> {
        for stmt in stmts {
            if let Flow::Return(value) = self.run_stmt(file, scope, stmt)? {
                return Ok(Flow::Return(value));
            }
        }
        Ok(Flow::Next)
    }

    fn run_stmt(&self, file: &Path, scope: &ModuleScope, stmt: &Stmt) -> Result<Flow, Value> {
        match stmt {
            Stmt::Return(ret) => Ok(Flow::Return(match &ret.arg {
                Some(arg) => self.eval_expr(file, scope, arg),
                None => Value::Undefined,
            })),
            Stmt::Decl(Decl::Var(var)) => {
                for declarator in &var.decls {
                    if let (Pat::Ident(name), Some(init)) = (&declarator.name, &declarator.init) {
                        self.defer(name.id.sym.to_string(), init);
                        continue;
                    }
                    let value = match &declarator.init {
                        Some(init) => self.eval_expr(file, scope, init),
                        None => Value::Undefined,
                    };
                    self.bind_pattern(file, scope, &declarator.name, value)?;
                }
                Ok(Flow::Next)
            }
            Stmt::If(branch) => match truthy(&self.eval_expr(file, scope, &branch.test)) {
                Some(true) => self.run_stmt(file, scope, &branch.cons),
                Some(false) => match &branch.alt {
                    Some(alt) => self.run_stmt(file, scope, alt),
                    None => Ok(Flow::Next),
                },
                None => Err(Value::unknown("a branch on a value known only at run time")),
            },
            Stmt::Block(block) => self.run_stmts(file, scope, &block.stmts),
            Stmt::Empty(_) => Ok(Flow::Next),
            Stmt::Expr(expr) => match &*expr.expr {
                Expr::Assign(assign) => match &assign.left {
                    AssignTarget::Simple(SimpleAssignTarget::Member(member))
                        if matches!(&*member.obj, Expr::This(_))
                            && assign.op == swc_core::ecma::ast::AssignOp::Assign =>
                    {
                        let MemberProp::Ident(name) = &member.prop else {
                            return Err(Value::unknown("a computed `this` field"));
                        };
                        let value = self.eval_expr(file, scope, &assign.right);
                        self.set_this_field(&name.sym, value);
                        Ok(Flow::Next)
                    }
                    _ => Err(Value::unknown("an assignment evaluation does not follow")),
                },
                // Calls for their effect (logging, argument checks) do not change the result.
                _ => Ok(Flow::Next),
            },
            Stmt::Throw(_) => Err(Value::unknown("the function throws")),
            _ => Err(Value::unknown("control flow evaluation does not follow")),
        }
    }
}
