//! The top-level bindings and exports of one module, found once per parsed file.

use std::path::Path;
use std::sync::Arc;

use swc_core::ecma::ast::{
    Decl, DefaultDecl, ExportSpecifier, Ident, ImportNamedSpecifier, ImportSpecifier, ModuleDecl,
    ModuleExportName, ModuleItem, ObjectPat, ObjectPatProp, Pat, PropName, Stmt,
};

use rustc_hash::FxHashMap as HashMap;

use crate::parse::ParsedFile;
use crate::source::Span;
use crate::workspace::{LoadError, Workspace};
use swc_core::common::Spanned;

/// What an import brings in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Imported {
    Named(String),
    Default,
    Namespace,
}

/// Where a module-level name comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Binding {
    /// `const x = <init>` (declarator `decl` of statement `item`), destructured through
    /// `path` (`const { a: [b] } = init` gives `b` the path `[Key("a"), Index(0)]`).
    Var {
        item: usize,
        decl: usize,
        path: Vec<Step>,
    },
    Import {
        specifier: String,
        imported: Imported,
    },
    /// `function f() {}` at module item `item`.
    Function { item: usize },
    /// `class C {}` at module item `item`.
    Class { item: usize },
    /// Another declaration that is never a Convex value.
    Declaration(&'static str),
}

/// One step of a destructuring pattern, from the value to a name it binds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// `{ key }`
    Key(String),
    /// `[, x]`
    Index(usize),
    /// `{ a, ...rest }`: every property but those named before.
    OtherKeys(Vec<String>),
    /// `[a, ...rest]`: the elements from this index on.
    From(usize),
}

/// What a module exports under one name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Export {
    Local(String),
    /// `export default <expr>` at module item `item`.
    DefaultExpr {
        item: usize,
    },
    /// `export { x as y } from "…"` / `export * as ns from "…"`.
    ReExport {
        specifier: String,
        imported: Imported,
    },
    Declaration(&'static str),
}

pub struct ModuleScope {
    pub parsed: Arc<ParsedFile>,
    pub locals: HashMap<String, Binding>,
    /// Exports in source order.
    pub exports: Vec<(String, Export)>,
    /// `export * from "…"` specifiers.
    pub star_exports: Vec<String>,
    /// Where each export is declared (the whole module item).
    pub export_spans: HashMap<String, Span>,
}

/// The name an import or export specifier spells (`x`, or `"a-b"` as `a-b`).
pub fn export_name(name: &ModuleExportName) -> String {
    match name {
        ModuleExportName::Ident(ident) => ident.sym.to_string(),
        ModuleExportName::Str(s) => s.value.to_string_lossy().into_owned(),
    }
}

/// The name a named import takes from its module (`x` of `import { x as y }`).
pub fn imported_name(named: &ImportNamedSpecifier) -> String {
    named
        .imported
        .as_ref()
        .map_or_else(|| named.local.sym.to_string(), export_name)
}

/// The local name an import specifier binds.
pub fn import_local(specifier: &ImportSpecifier) -> &Ident {
    match specifier {
        ImportSpecifier::Named(named) => &named.local,
        ImportSpecifier::Default(default) => &default.local,
        ImportSpecifier::Namespace(namespace) => &namespace.local,
    }
}

pub fn prop_name(name: &PropName) -> Option<String> {
    match name {
        PropName::Ident(ident) => Some(ident.sym.to_string()),
        PropName::Str(s) => Some(s.value.to_string_lossy().into_owned()),
        PropName::Num(n) => Some(crate::validator::js_number(n.value)),
        _ => None,
    }
}

fn bind_pattern(
    pat: &Pat,
    item: usize,
    decl: usize,
    path: Vec<Step>,
    out: &mut Vec<(String, Binding)>,
) {
    let step = |step: Step| {
        let mut path = path.clone();
        path.push(step);
        path
    };
    match pat {
        Pat::Ident(ident) => {
            out.push((ident.id.sym.to_string(), Binding::Var { item, decl, path }))
        }
        Pat::Object(object) => {
            for prop in &object.props {
                match prop {
                    ObjectPatProp::KeyValue(kv) => match prop_name(&kv.key) {
                        Some(key) => {
                            bind_pattern(&kv.value, item, decl, step(Step::Key(key)), out);
                        }
                        None => bind_declarations(&kv.value, "a computed destructuring key", out),
                    },
                    ObjectPatProp::Assign(assign) => {
                        let key = assign.key.sym.to_string();
                        let path = step(Step::Key(key.clone()));
                        out.push((key, Binding::Var { item, decl, path }));
                    }
                    ObjectPatProp::Rest(rest) => {
                        let path = step(Step::OtherKeys(pattern_keys(object)));
                        bind_pattern(&rest.arg, item, decl, path, out);
                    }
                }
            }
        }
        Pat::Assign(assign) => bind_pattern(&assign.left, item, decl, path, out),
        Pat::Array(array) => {
            for (index, element) in array.elems.iter().enumerate() {
                match element {
                    Some(Pat::Rest(rest)) => {
                        bind_pattern(&rest.arg, item, decl, step(Step::From(index)), out)
                    }
                    Some(pat) => bind_pattern(pat, item, decl, step(Step::Index(index)), out),
                    None => {}
                }
            }
        }
        _ => {}
    }
}

/// The keys an object pattern names (what its `...rest` does not get).
pub fn pattern_keys(object: &ObjectPat) -> Vec<String> {
    object
        .props
        .iter()
        .filter_map(|prop| match prop {
            ObjectPatProp::KeyValue(kv) => prop_name(&kv.key),
            ObjectPatProp::Assign(assign) => Some(assign.key.sym.to_string()),
            ObjectPatProp::Rest(_) => None,
        })
        .collect()
}

/// The names a pattern evaluation does not follow binds, as such.
fn bind_declarations(pat: &Pat, what: &'static str, out: &mut Vec<(String, Binding)>) {
    let mut names = Vec::new();
    bind_pattern(pat, 0, 0, Vec::new(), &mut names);
    out.extend(
        names
            .into_iter()
            .map(|(name, _)| (name, Binding::Declaration(what))),
    );
}

fn declaration_names(decl: &Decl, item: usize, out: &mut Vec<(String, Binding)>) {
    match decl {
        Decl::Var(var) => {
            for (index, declarator) in var.decls.iter().enumerate() {
                bind_pattern(&declarator.name, item, index, Vec::new(), out);
            }
        }
        Decl::Fn(f) => out.push((f.ident.sym.to_string(), Binding::Function { item })),
        Decl::Class(c) => out.push((c.ident.sym.to_string(), Binding::Class { item })),
        Decl::TsEnum(e) => out.push((e.id.sym.to_string(), Binding::Declaration("an enum"))),
        _ => {}
    }
}

impl ModuleScope {
    /// The scope of the current text of `path`, built once per text and shared by whatever
    /// looks at it (each thread's evaluator, the usages).
    pub fn of(workspace: &Workspace, path: &Path) -> Result<Arc<ModuleScope>, LoadError> {
        let derived = workspace.derived(path, |parsed| ModuleScope::new(parsed.clone()));
        derived.map(|(_, scope)| scope)
    }

    pub fn new(parsed: Arc<ParsedFile>) -> Self {
        let mut bindings = Vec::new();
        let mut exports = Vec::new();
        let mut star_exports = Vec::new();
        let mut export_spans = HashMap::default();
        for (item, module_item) in parsed.module.body.iter().enumerate() {
            let exports_before = exports.len();
            match module_item {
                ModuleItem::Stmt(Stmt::Decl(decl)) => declaration_names(decl, item, &mut bindings),
                ModuleItem::Stmt(_) => {}
                ModuleItem::ModuleDecl(module_decl) => match module_decl {
                    ModuleDecl::Import(import) => {
                        let specifier = import.src.value.to_string_lossy().into_owned();
                        for spec in &import.specifiers {
                            let (local, imported) = match spec {
                                ImportSpecifier::Named(named) => (
                                    named.local.sym.to_string(),
                                    match &named.imported {
                                        Some(name) if export_name(name) == "default" => {
                                            Imported::Default
                                        }
                                        Some(name) => Imported::Named(export_name(name)),
                                        None => Imported::Named(named.local.sym.to_string()),
                                    },
                                ),
                                ImportSpecifier::Default(d) => {
                                    (d.local.sym.to_string(), Imported::Default)
                                }
                                ImportSpecifier::Namespace(ns) => {
                                    (ns.local.sym.to_string(), Imported::Namespace)
                                }
                            };
                            bindings.push((
                                local,
                                Binding::Import {
                                    specifier: specifier.clone(),
                                    imported,
                                },
                            ));
                        }
                    }
                    ModuleDecl::ExportDecl(export) => {
                        let start = bindings.len();
                        declaration_names(&export.decl, item, &mut bindings);
                        for (name, binding) in &bindings[start..] {
                            let export = match binding {
                                Binding::Declaration(what) => Export::Declaration(what),
                                _ => Export::Local(name.clone()),
                            };
                            exports.push((name.clone(), export));
                        }
                    }
                    // `export type { … }` names no value: it is gone from the JavaScript.
                    ModuleDecl::ExportNamed(named) if named.type_only => {}
                    ModuleDecl::ExportNamed(named) => {
                        let source = named
                            .src
                            .as_ref()
                            .map(|s| s.value.to_string_lossy().into_owned());
                        for spec in &named.specifiers {
                            let (exported, orig) = match spec {
                                ExportSpecifier::Named(n) if n.is_type_only => continue,
                                ExportSpecifier::Named(n) => (
                                    export_name(n.exported.as_ref().unwrap_or(&n.orig)),
                                    Imported::Named(export_name(&n.orig)),
                                ),
                                ExportSpecifier::Namespace(ns) => {
                                    (export_name(&ns.name), Imported::Namespace)
                                }
                                ExportSpecifier::Default(d) => {
                                    (d.exported.sym.to_string(), Imported::Default)
                                }
                            };
                            let export = match (&source, orig) {
                                (Some(specifier), imported) => Export::ReExport {
                                    specifier: specifier.clone(),
                                    imported: match imported {
                                        Imported::Named(n) if n == "default" => Imported::Default,
                                        other => other,
                                    },
                                },
                                (None, Imported::Named(local)) => Export::Local(local),
                                (None, _) => continue,
                            };
                            exports.push((exported, export));
                        }
                    }
                    ModuleDecl::ExportDefaultExpr(_) => {
                        exports.push(("default".into(), Export::DefaultExpr { item }))
                    }
                    ModuleDecl::ExportDefaultDecl(d) => {
                        let what = match &d.decl {
                            DefaultDecl::Fn(_) => "a function",
                            DefaultDecl::Class(_) => "a class",
                            DefaultDecl::TsInterfaceDecl(_) => "an interface",
                        };
                        exports.push(("default".into(), Export::Declaration(what)));
                    }
                    ModuleDecl::ExportAll(all) if all.type_only => {}
                    ModuleDecl::ExportAll(all) => {
                        star_exports.push(all.src.value.to_string_lossy().into_owned())
                    }
                    _ => {}
                },
            }
            for (name, _) in &exports[exports_before..] {
                export_spans
                    .entry(name.clone())
                    .or_insert_with(|| Span::from_swc(module_item.span()));
            }
        }
        Self {
            export_spans,
            parsed,
            locals: bindings.into_iter().collect(),
            exports,
            star_exports,
        }
    }

    pub fn export(&self, name: &str) -> Option<&Export> {
        self.exports.iter().find(|(n, _)| n == name).map(|(_, e)| e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scope(text: &str) -> ModuleScope {
        ModuleScope::new(Arc::new(crate::parse::parse("m.ts", text.into()).unwrap()))
    }

    #[test]
    fn type_only_exports_are_no_exports() {
        let scope = scope(
            "export { a, type B } from './x';\nexport type { C } from './x';\nexport type * from './y';\nexport * from './z';\nexport type D = number;\nexport interface E {}\nconst f = 1;\ntype G = string;\nexport { f, type G };\n",
        );
        let names: Vec<&str> = scope.exports.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["a", "f"]);
        assert_eq!(scope.star_exports, ["./z"]);
    }
}
