//! CommonJS dependencies under ES modules: a CommonJS file is loaded as a small ES module
//! that runs it through `require` (see `cjs.js`) and re-exports `module.exports`, with the
//! named exports Node's cjs-module-lexer would find (`exports.x = …`,
//! `Object.defineProperty(exports, "x", …)`, `module.exports = { x, … }`, esbuild's
//! `0 && (module.exports = { … })` annotation), following its re-exports
//! (`module.exports = require("…")`, TypeScript's `__exportStar(require("…"), exports)`,
//! esbuild's `__reExport(…, require("…"))`).

use std::collections::BTreeSet;

use swc_core::ecma::ast::{
    AssignTarget, Callee, Expr, Lit, MemberExpr, MemberProp, ModuleItem, Prop, PropName,
    PropOrSpread, SimpleAssignTarget,
};
use swc_core::ecma::visit::{Visit, VisitWith};

use convexkit_analysis::parse::ParsedFile;

/// Whether a parsed `.js` file is CommonJS: no `import`/`export` declarations.
pub fn is_commonjs(parsed: &ParsedFile) -> bool {
    !parsed
        .module
        .body
        .iter()
        .any(|item| matches!(item, ModuleItem::ModuleDecl(_)))
}

/// The names a CommonJS module exports as far as its syntax shows them, and the
/// specifiers whose exports it re-exports.
pub fn export_names(parsed: &ParsedFile) -> (BTreeSet<String>, Vec<String>) {
    let mut finder = ExportFinder::default();
    parsed.module.visit_with(&mut finder);
    finder.names.remove("default");
    finder.names.remove("__esModule");
    (finder.names, finder.reexports)
}

/// The ES module QuickJS loads in place of the CommonJS file at `path`, exporting `names`
/// (its own and its re-exported modules', see [`export_names`]).
pub fn wrapper(path: &str, names: &BTreeSet<String>) -> String {
    let path_json = serde_json::to_string(path).unwrap_or_else(|_| "\"\"".into());
    let mut source = format!(
        "const __exports = globalThis.__convexkit_require_path({path_json});\nexport default __exports;\n"
    );
    for name in names {
        if is_identifier(name) {
            source.push_str(&format!("export const {name} = __exports.{name};\n"));
        }
    }
    source
}

/// A name `export const` can declare: an identifier that is no reserved word.
pub(crate) fn is_identifier(name: &str) -> bool {
    convexkit_analysis::parse::is_identifier(name)
        && !matches!(
            name,
            "default"
                | "class"
                | "function"
                | "const"
                | "let"
                | "var"
                | "new"
                | "delete"
                | "if"
                | "else"
                | "for"
                | "while"
                | "do"
                | "return"
                | "switch"
                | "case"
                | "break"
                | "continue"
                | "try"
                | "catch"
                | "finally"
                | "throw"
                | "typeof"
                | "instanceof"
                | "in"
                | "void"
                | "with"
                | "yield"
                | "await"
                | "enum"
                | "export"
                | "import"
                | "super"
                | "this"
                | "null"
                | "true"
                | "false"
                | "extends"
                | "debugger"
        )
}

#[derive(Default)]
struct ExportFinder {
    names: BTreeSet<String>,
    reexports: Vec<String>,
}

/// `require("specifier")`: the specifier.
fn required(expr: &Expr) -> Option<String> {
    let Expr::Call(call) = expr else { return None };
    let Callee::Expr(callee) = &call.callee else {
        return None;
    };
    if !matches!(&**callee, Expr::Ident(name) if &*name.sym == "require") {
        return None;
    }
    match call.args.first().map(|a| &*a.expr) {
        Some(Expr::Lit(Lit::Str(specifier))) => {
            Some(specifier.value.to_string_lossy().into_owned())
        }
        _ => None,
    }
}

/// The name of a called helper: `__exportStar(…)` or `tslib.__exportStar(…)`.
fn helper_name(callee: &Expr) -> Option<&str> {
    match callee {
        Expr::Ident(name) => Some(&name.sym),
        Expr::Member(member) => match &member.prop {
            MemberProp::Ident(prop) => Some(&prop.sym),
            _ => None,
        },
        _ => None,
    }
}

/// `exports` or `module.exports`.
fn is_exports(expr: &Expr) -> bool {
    match expr {
        Expr::Ident(ident) => &*ident.sym == "exports",
        Expr::Member(member) => is_module_exports(member),
        _ => false,
    }
}

fn is_module_exports(member: &MemberExpr) -> bool {
    matches!(&*member.obj, Expr::Ident(ident) if &*ident.sym == "module")
        && matches!(&member.prop, MemberProp::Ident(prop) if &*prop.sym == "exports")
}

impl Visit for ExportFinder {
    fn visit_assign_expr(&mut self, assign: &swc_core::ecma::ast::AssignExpr) {
        if let AssignTarget::Simple(SimpleAssignTarget::Member(member)) = &assign.left {
            if is_exports(&member.obj) {
                // exports.name = … / module.exports.name = …
                if let MemberProp::Ident(prop) = &member.prop {
                    self.names.insert(prop.sym.to_string());
                }
            } else if is_module_exports(member) {
                // module.exports = require("…")
                if let Some(specifier) = required(&assign.right) {
                    self.reexports.push(specifier);
                }
                // module.exports = { a, b: … }
                if let Expr::Object(object) = &*assign.right {
                    for prop in &object.props {
                        let PropOrSpread::Prop(prop) = prop else {
                            continue;
                        };
                        match &**prop {
                            Prop::Shorthand(ident) => {
                                self.names.insert(ident.sym.to_string());
                            }
                            Prop::KeyValue(kv) => {
                                if let Some(name) = prop_name(&kv.key) {
                                    self.names.insert(name);
                                }
                            }
                            Prop::Method(method) => {
                                if let Some(name) = prop_name(&method.key) {
                                    self.names.insert(name);
                                }
                            }
                            _ => {}
                        }
                    }
                }
            }
        }
        assign.visit_children_with(self);
    }

    fn visit_call_expr(&mut self, call: &swc_core::ecma::ast::CallExpr) {
        // __exportStar(require("…"), exports), __export(require("…")),
        // __reExport(target, require("…"), module.exports)
        if let Callee::Expr(callee) = &call.callee {
            if let Some("__exportStar" | "__export" | "__reExport") = helper_name(callee) {
                if let Some(specifier) = call.args.iter().find_map(|a| required(&a.expr)) {
                    self.reexports.push(specifier);
                }
            }
        }
        // Object.defineProperty(exports, "name", …)
        if let Callee::Expr(callee) = &call.callee {
            if let Expr::Member(member) = &**callee {
                let is_define = matches!(&*member.obj, Expr::Ident(o) if &*o.sym == "Object")
                    && matches!(&member.prop, MemberProp::Ident(p) if &*p.sym == "defineProperty");
                if is_define && call.args.len() >= 2 && is_exports(&call.args[0].expr) {
                    if let Expr::Lit(Lit::Str(name)) = &*call.args[1].expr {
                        self.names.insert(name.value.to_string_lossy().into_owned());
                    }
                }
            }
        }
        call.visit_children_with(self);
    }
}

fn prop_name(name: &PropName) -> Option<String> {
    match name {
        PropName::Ident(ident) => Some(ident.sym.to_string()),
        PropName::Str(s) => Some(s.value.to_string_lossy().into_owned()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    fn parse(source: &str) -> ParsedFile {
        convexkit_analysis::parse::parse("lib/index.js", Arc::from(source)).unwrap()
    }

    #[test]
    fn finds_the_names_node_would_find() {
        let parsed = parse(
            "\"use strict\";\nObject.defineProperty(exports, \"__esModule\", { value: true });\n\
             exports.Channel = exports.Other = void 0;\nclass Channel {}\nexports.Channel = Channel;\n\
             Object.defineProperty(exports, \"viaDefine\", { get() { return 1; } });\n\
             module.exports.direct = 1;\n",
        );
        assert!(is_commonjs(&parsed));
        let names: Vec<String> = export_names(&parsed).0.into_iter().collect();
        assert_eq!(names, ["Channel", "Other", "direct", "viaDefine"]);
    }

    #[test]
    fn object_assigned_to_module_exports() {
        let parsed = parse("function a() {}\nmodule.exports = { a, b: 2, c() {} };\n");
        let (names, _) = export_names(&parsed);
        assert_eq!(names.iter().collect::<Vec<_>>(), ["a", "b", "c"]);
        assert!(wrapper("/x/index.js", &names).contains("export const b = __exports.b;"));
    }

    #[test]
    fn finds_re_exports_and_esbuild_annotations() {
        let parsed = parse(
            "if (process.env.NODE_ENV === 'production') { module.exports = require('./cjs/react.production.js'); }\n\
             __exportStar(require(\"./types\"), exports);\ntslib_1.__exportStar(require(\"./more\"), exports);\n\
             __reExport(src_exports, require(\"dep\"), module.exports);\n\
             0 && (module.exports = { annotated, other });\n",
        );
        let (names, reexports) = export_names(&parsed);
        assert_eq!(names.iter().collect::<Vec<_>>(), ["annotated", "other"]);
        assert_eq!(
            reexports,
            ["./cjs/react.production.js", "./types", "./more", "dep"]
        );
    }

    #[test]
    fn es_modules_are_not_commonjs() {
        assert!(!is_commonjs(&parse("export const a = 1;\n")));
        assert!(!is_commonjs(&parse("import x from \"y\";\nx();\n")));
    }
}
