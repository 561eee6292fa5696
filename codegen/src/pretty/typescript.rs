//! swc AST → prettier document, for the TypeScript the codegen templates produce: imports,
//! declarations, type aliases, and the type and expression forms they use. Each rule follows
//! prettier 3.10's printer for the same node; anything else is a [`FormatError`].

use std::cell::Cell;

use swc_core::common::Spanned;
use swc_core::ecma::ast::*;

use super::doc::*;
use crate::pretty::FormatError;
use convexkit_analysis::parse::{Comment, ParsedFile};
use convexkit_analysis::source::Span as ByteSpan;

type Result<T> = std::result::Result<T, FormatError>;

/// Where a union type is printed: prettier indents it except in these positions.
#[derive(Clone, Copy, PartialEq, Eq)]
enum UnionPlace {
    Indented,
    /// Type arguments, or the right side of a break-after-operator assignment.
    NotIndented,
}

pub struct TsPrinter<'a> {
    text: &'a str,
    comments: &'a [Comment],
    next_comment: Cell<usize>,
    next_group_id: Cell<usize>,
}

fn unsupported(what: &str, span: swc_core::common::Span) -> FormatError {
    FormatError {
        message: format!("unsupported {what}"),
        offset: ByteSpan::from_swc(span).start,
    }
}

/// ES5 identifier names may be printed as unquoted keys.
fn is_es5_identifier_name(s: &str) -> bool {
    let mut chars = s.chars();
    chars
        .next()
        .is_some_and(|c| c == '$' || c == '_' || c.is_alphabetic())
        && chars.all(|c| c == '$' || c == '_' || c.is_alphanumeric())
}

impl<'a> TsPrinter<'a> {
    pub fn new(parsed: &'a ParsedFile) -> Self {
        Self {
            text: &parsed.text,
            comments: &parsed.comments,
            next_comment: Cell::new(0),
            next_group_id: Cell::new(0),
        }
    }

    fn group_id(&self) -> usize {
        let id = self.next_group_id.get();
        self.next_group_id.set(id + 1);
        id
    }

    fn source(&self, span: swc_core::common::Span) -> &'a str {
        let span = ByteSpan::from_swc(span);
        self.text
            .get(span.start as usize..span.end as usize)
            .unwrap_or("")
    }

    fn byte(&self, index: usize) -> Option<u8> {
        self.text.as_bytes().get(index).copied()
    }

    fn skip_spaces(&self, mut index: usize) -> usize {
        while matches!(self.byte(index), Some(b' ' | b'\t')) {
            index += 1;
        }
        index
    }

    /// Whether a newline follows `index` after blanks (prettier's `hasNewline`).
    fn has_newline(&self, index: usize) -> bool {
        matches!(self.byte(self.skip_spaces(index)), Some(b'\n' | b'\r'))
    }

    fn has_newline_before(&self, index: usize) -> bool {
        let before = self.text[..index].trim_end_matches([' ', '\t']);
        before.is_empty() || before.ends_with('\n')
    }

    fn skip_newline(&self, index: usize) -> usize {
        match self.byte(index) {
            Some(b'\r') if self.byte(index + 1) == Some(b'\n') => index + 2,
            Some(b'\n' | b'\r') => index + 1,
            _ => index,
        }
    }

    /// Whether the line after the one ending at `end` is blank (prettier's `isNextLineEmpty`).
    fn is_next_line_empty(&self, end: usize) -> bool {
        let mut index = end;
        while matches!(self.byte(index), Some(b' ' | b'\t' | b',' | b';')) {
            index += 1;
        }
        if self.text[index..].starts_with("//") {
            while !matches!(self.byte(index), None | Some(b'\n' | b'\r')) {
                index += 1;
            }
        }
        let after = self.skip_newline(index);
        after != index && self.has_newline(after)
    }

    fn comment_doc(&self, comment: &Comment) -> Doc {
        let raw = &self.text[comment.span.start as usize..comment.span.end as usize];
        if !comment.block {
            return text(raw.trim_end());
        }
        let value = &raw[2..raw.len() - 2];
        let star_value = format!("*{value}*");
        let lines: Vec<&str> = star_value.split('\n').map(str::trim_start).collect();
        if !value.contains('\n') || !lines.iter().all(|l| l.starts_with('*')) {
            return text(raw);
        }
        let mut parts = vec![text("/")];
        for (index, line) in lines.iter().enumerate() {
            if index == 0 {
                parts.push(text(line.trim_end()));
                parts.push(hardline());
            } else if index == lines.len() - 1 {
                parts.push(text(format!(" {line}")));
            } else {
                parts.push(text(format!(" {}", line.trim_end())));
                parts.push(hardline());
            }
        }
        parts.push(text("/"));
        concat(parts)
    }

    /// The comments before `start` not printed yet, each with its line breaks.
    fn leading_comments(&self, start: u32) -> Vec<Doc> {
        let mut docs = Vec::new();
        let mut next = self.next_comment.get();
        while let Some(comment) = self.comments.get(next).filter(|c| c.span.end <= start) {
            next += 1;
            docs.push(self.comment_doc(comment));
            let end = comment.span.end as usize;
            if comment.block {
                if self.has_newline(end) {
                    docs.push(if self.has_newline_before(comment.span.start as usize) {
                        hardline()
                    } else {
                        line()
                    });
                } else {
                    docs.push(text(" "));
                }
            } else {
                docs.push(hardline());
            }
            let after = self.skip_newline(self.skip_spaces(end));
            if after != self.skip_spaces(end) && self.has_newline(after) {
                docs.push(hardline());
            }
        }
        self.next_comment.set(next);
        docs
    }

    pub fn program(&self, module: &Module) -> Result<Doc> {
        let mut parts = Vec::new();
        let count = module.body.len();
        for (index, item) in module.body.iter().enumerate() {
            let span = item.span();
            parts.extend(self.leading_comments(ByteSpan::from_swc(span).start));
            parts.push(self.module_item(item)?);
            if index + 1 < count {
                parts.push(hardline());
                if self.is_next_line_empty(ByteSpan::from_swc(span).end as usize) {
                    parts.push(hardline());
                }
            }
        }
        if self.next_comment.get() < self.comments.len() {
            if count > 0 {
                parts.push(hardline());
            }
            parts.extend(self.leading_comments(u32::MAX));
        }
        parts.push(hardline());
        Ok(concat(parts))
    }

    fn module_item(&self, item: &ModuleItem) -> Result<Doc> {
        match item {
            ModuleItem::ModuleDecl(ModuleDecl::Import(import)) => self.import(import),
            ModuleItem::ModuleDecl(ModuleDecl::ExportDecl(export)) => {
                Ok(concat(vec![text("export "), self.decl(&export.decl)?]))
            }
            ModuleItem::Stmt(Stmt::Decl(decl)) => self.decl(decl),
            ModuleItem::Stmt(Stmt::Expr(stmt)) => Ok(concat(vec![
                self.expr(&stmt.expr, Place::Statement)?,
                text(";"),
            ])),
            other => Err(unsupported("statement", other.span())),
        }
    }

    fn string(&self, s: &Str) -> Doc {
        let raw = self.source(s.span);
        if raw.starts_with('"') {
            return text(raw);
        }
        text(serde_json::to_string(&s.value.to_string_lossy()).unwrap_or_default())
    }

    fn import(&self, import: &ImportDecl) -> Result<Doc> {
        let mut parts = vec![
            text("import"),
            text(if import.type_only { " type" } else { "" }),
        ];
        let mut standalone = Vec::new();
        let mut grouped = Vec::new();
        for specifier in &import.specifiers {
            match specifier {
                ImportSpecifier::Default(d) => standalone.push(text(d.local.sym.to_string())),
                ImportSpecifier::Namespace(ns) => {
                    standalone.push(text(format!("* as {}", ns.local.sym)))
                }
                ImportSpecifier::Named(named) => {
                    let local = named.local.sym.to_string();
                    let name = match &named.imported {
                        Some(ModuleExportName::Ident(imported)) if imported.sym != *local => {
                            format!("{} as {local}", imported.sym)
                        }
                        Some(ModuleExportName::Str(s)) => {
                            format!("{} as {local}", self.source(s.span))
                        }
                        _ => local,
                    };
                    grouped.push(text(format!(
                        "{}{name}",
                        if named.is_type_only { "type " } else { "" }
                    )));
                }
            }
        }
        if !import.specifiers.is_empty() {
            parts.push(text(" "));
            let has_standalone = !standalone.is_empty();
            parts.push(join(text(", "), standalone));
            if !grouped.is_empty() {
                if has_standalone {
                    parts.push(text(", "));
                }
                if grouped.len() > 1 || has_standalone {
                    parts.push(group(bracketed("{", grouped, "}", true, true)));
                } else {
                    parts.push(concat(vec![text("{ "), concat(grouped), text(" }")]));
                }
            }
            parts.push(text(" from"));
        }
        parts.push(text(" "));
        parts.push(self.string(&import.src));
        parts.push(text(";"));
        Ok(concat(parts))
    }

    fn decl(&self, decl: &Decl) -> Result<Doc> {
        match decl {
            Decl::Var(var) => self.var_decl(var),
            Decl::TsTypeAlias(alias) => self.type_alias(alias),
            other => Err(unsupported("declaration", other.span())),
        }
    }

    fn var_decl(&self, var: &VarDecl) -> Result<Doc> {
        let [declarator] = var.decls.as_slice() else {
            return Err(unsupported("multiple declarators", var.span));
        };
        let kind = match var.kind {
            VarDeclKind::Const => "const",
            VarDeclKind::Let => "let",
            VarDeclKind::Var => "var",
        };
        let left = self.pattern(&declarator.name)?;
        let assignment = self.assignment(
            left,
            declarator.init.as_deref().map(Right::Expr),
            Some(&declarator.name),
            None,
        )?;
        Ok(group(concat(vec![
            text(if var.declare { "declare " } else { "" }),
            text(kind),
            text(" "),
            assignment,
            text(";"),
        ])))
    }

    fn type_alias(&self, alias: &TsTypeAliasDecl) -> Result<Doc> {
        let mut left = vec![
            text(if alias.declare { "declare " } else { "" }),
            text("type "),
            text(alias.id.sym.to_string()),
        ];
        if let Some(params) = &alias.type_params {
            left.push(self.type_param_decl(params)?);
        }
        let right = Right::Type(&alias.type_ann);
        Ok(concat(vec![
            self.assignment(
                concat(left),
                Some(right),
                None,
                alias.type_params.as_deref(),
            )?,
            text(";"),
        ]))
    }

    fn pattern(&self, pat: &Pat) -> Result<Doc> {
        match pat {
            Pat::Ident(ident) => {
                let mut parts = vec![text(ident.id.sym.to_string())];
                if let Some(ann) = &ident.type_ann {
                    parts.push(text(": "));
                    parts.push(self.ty(&ann.type_ann, UnionPlace::Indented)?);
                }
                Ok(concat(parts))
            }
            Pat::Object(object) => {
                let mut props = Vec::new();
                for prop in &object.props {
                    match prop {
                        ObjectPatProp::Assign(assign) if assign.value.is_none() => {
                            props.push(text(assign.key.sym.to_string()))
                        }
                        other => return Err(unsupported("destructuring", other.span())),
                    }
                }
                Ok(group(bracketed("{", props, "}", true, true)))
            }
            other => Err(unsupported("binding pattern", other.span())),
        }
    }

    /// prettier's `printAssignment` with the layouts these files need.
    fn assignment(
        &self,
        left: Doc,
        right: Option<Right<'_>>,
        declarator: Option<&Pat>,
        type_params: Option<&TsTypeParamDecl>,
    ) -> Result<Doc> {
        let Some(right) = right else {
            return Ok(left);
        };
        let layout = self.choose_layout(&left, right, declarator, type_params);
        let right_doc = match right {
            Right::Expr(expr) => self.expr(expr, Place::AssignmentRight)?,
            Right::Type(ty) => {
                let place = if layout == Layout::BreakAfterOperator {
                    UnionPlace::NotIndented
                } else {
                    UnionPlace::Indented
                };
                self.ty(ty, place)?
            }
        };
        Ok(match layout {
            Layout::BreakAfterOperator => group(concat(vec![
                group(left),
                text(" ="),
                group(indent(concat(vec![line(), right_doc]))),
            ])),
            Layout::NeverBreakAfterOperator => {
                group(concat(vec![group(left), text(" = "), right_doc]))
            }
            Layout::BreakLhs => group(concat(vec![left, text(" = "), group(right_doc)])),
            Layout::Fluid => {
                let id = self.group_id();
                group(concat(vec![
                    group(left),
                    text(" ="),
                    group_with(indent(line()), false, Some(id)),
                    Doc::LineSuffixBoundary,
                    Doc::IndentIfBreak {
                        contents: Box::new(right_doc),
                        group: id,
                    },
                ]))
            }
        })
    }

    fn choose_layout(
        &self,
        left: &Doc,
        right: Right<'_>,
        declarator: Option<&Pat>,
        type_params: Option<&TsTypeParamDecl>,
    ) -> Layout {
        if let Right::Type(TsType::TsUnionOrIntersectionType(
            TsUnionOrIntersectionType::TsUnionType(union),
        )) = right
        {
            if !should_hug_union(union) {
                return Layout::BreakAfterOperator;
            }
        }
        if let Right::Expr(Expr::Call(call)) = right {
            if matches!(&call.callee, Callee::Expr(callee) if matches!(&**callee, Expr::Ident(i) if i.sym == "require"))
            {
                return Layout::NeverBreakAfterOperator;
            }
        }
        if declarator.is_some_and(has_complex_type_annotation) {
            return Layout::BreakLhs;
        }
        if let Right::Expr(expr) = right {
            let expr = unparen(expr);
            if matches!(expr, Expr::Lit(Lit::Str(_)))
                || is_poorly_breakable_member_chain(expr, false)
            {
                return Layout::BreakAfterOperator;
            }
        }
        if type_params.is_some_and(|p| {
            p.params.len() > 1
                && p.params
                    .iter()
                    .any(|p| p.constraint.is_some() || p.default.is_some())
        }) {
            return Layout::BreakLhs;
        }
        let right_is_simple_literal = matches!(
            right,
            Right::Expr(Expr::Lit(Lit::Bool(_) | Lit::Num(_))) | Right::Expr(Expr::Tpl(_))
        );
        if !can_break(left) && right_is_simple_literal {
            return Layout::NeverBreakAfterOperator;
        }
        Layout::Fluid
    }

    fn expr(&self, expr: &Expr, place: Place) -> Result<Doc> {
        match expr {
            Expr::Ident(ident) => Ok(text(ident.sym.to_string())),
            Expr::Lit(Lit::Str(s)) => Ok(self.string(s)),
            Expr::Lit(Lit::Num(n)) => Ok(text(self.source(n.span))),
            Expr::Lit(Lit::Bool(b)) => Ok(text(b.value.to_string())),
            Expr::Lit(Lit::Null(_)) => Ok(text("null")),
            Expr::Paren(paren) => {
                let inner = self.expr(&paren.expr, place)?;
                Ok(concat(vec![text("("), inner, text(")")]))
            }
            Expr::TsAs(cast) => {
                let parts = concat(vec![
                    self.expr(&cast.expr, Place::Other)?,
                    text(" as "),
                    self.ty(&cast.type_ann, UnionPlace::Indented)?,
                ]);
                if place == Place::MemberObject {
                    Ok(group(concat(vec![
                        indent(concat(vec![softline(), parts])),
                        softline(),
                    ])))
                } else {
                    Ok(parts)
                }
            }
            Expr::Member(member) => {
                let MemberProp::Ident(prop) = &member.prop else {
                    return Err(unsupported("computed member", member.span));
                };
                let object = self.expr(strip_paren_for_member(&member.obj), Place::MemberObject)?;
                let object = if matches!(&*member.obj, Expr::Paren(_)) {
                    concat(vec![text("("), object, text(")")])
                } else {
                    object
                };
                let lookup = text(format!(".{}", prop.sym));
                let inline = matches!(&*member.obj, Expr::Ident(_)) && place != Place::MemberObject;
                Ok(if inline {
                    concat(vec![object, lookup])
                } else {
                    concat(vec![
                        object,
                        group(indent(concat(vec![softline(), lookup]))),
                    ])
                })
            }
            Expr::Call(call) => {
                let Callee::Expr(callee) = &call.callee else {
                    return Err(unsupported("call", call.span));
                };
                let mut args = Vec::new();
                for arg in &call.args {
                    args.push(self.expr(&arg.expr, Place::Other)?);
                }
                Ok(concat(vec![
                    self.expr(callee, Place::Other)?,
                    text("("),
                    join(text(", "), args),
                    text(")"),
                ]))
            }
            Expr::Assign(assign) => {
                let AssignTarget::Simple(SimpleAssignTarget::Member(member)) = &assign.left else {
                    return Err(unsupported("assignment target", assign.span));
                };
                let left = self.expr(&Expr::Member(member.clone()), Place::Other)?;
                self.assignment(left, Some(Right::Expr(&assign.right)), None, None)
            }
            Expr::Object(object) => {
                let mut props = Vec::new();
                for prop in &object.props {
                    match prop {
                        PropOrSpread::Prop(prop) => match &**prop {
                            Prop::KeyValue(kv) => {
                                let key = match &kv.key {
                                    PropName::Ident(i) => text(i.sym.to_string()),
                                    PropName::Str(s) => self.key_string(s),
                                    other => return Err(unsupported("property key", other.span())),
                                };
                                props.push(concat(vec![
                                    key,
                                    text(": "),
                                    self.expr(&kv.value, Place::Other)?,
                                ]));
                            }
                            Prop::Shorthand(ident) => props.push(text(ident.sym.to_string())),
                            other => return Err(unsupported("property", other.span())),
                        },
                        PropOrSpread::Spread(spread) => {
                            return Err(unsupported("spread", spread.dot3_token))
                        }
                    }
                }
                if props.is_empty() {
                    return Ok(text("{}"));
                }
                let should_break = object
                    .props
                    .first()
                    .is_some_and(|first| self.newline_between(object.span.lo, first.span().lo));
                Ok(group_with(
                    bracketed("{", props, "}", true, true),
                    should_break,
                    None,
                ))
            }
            other => Err(unsupported("expression", other.span())),
        }
    }

    fn newline_between(
        &self,
        from: swc_core::common::BytePos,
        to: swc_core::common::BytePos,
    ) -> bool {
        let from = ByteSpan::from_swc(swc_core::common::Span::new(from, from)).start as usize;
        let to = ByteSpan::from_swc(swc_core::common::Span::new(to, to)).start as usize;
        self.text.get(from..to).is_some_and(|s| s.contains('\n'))
    }

    /// A quoted key, unquoted when it is an identifier name written without escapes.
    fn key_string(&self, s: &Str) -> Doc {
        let value = s.value.to_string_lossy();
        let raw = self.source(s.span);
        if raw.len() >= 2
            && &raw[1..raw.len() - 1] == value.as_ref()
            && is_es5_identifier_name(&value)
        {
            return text(value.into_owned());
        }
        self.string(s)
    }

    fn type_args(&self, args: &TsTypeParamInstantiation) -> Result<Doc> {
        let params = &args.params;
        if params.is_empty() {
            return Ok(text("<>"));
        }
        if params.len() == 1 && should_hug_type(&params[0]) {
            return Ok(concat(vec![
                text("<"),
                self.ty(&params[0], UnionPlace::NotIndented)?,
                text(">"),
            ]));
        }
        let mut docs = Vec::new();
        for param in params {
            docs.push(self.ty(param, UnionPlace::NotIndented)?);
        }
        Ok(group(bracketed("<", docs, ">", false, false)))
    }

    fn type_param_decl(&self, decl: &TsTypeParamDecl) -> Result<Doc> {
        let mut docs = Vec::new();
        for param in &decl.params {
            let mut parts = vec![text(param.name.sym.to_string())];
            for (keyword, ty) in [(" extends", &param.constraint), (" =", &param.default)] {
                if let Some(ty) = ty {
                    let id = self.group_id();
                    parts.push(text(keyword));
                    parts.push(group_with(indent(line()), false, Some(id)));
                    parts.push(Doc::LineSuffixBoundary);
                    parts.push(Doc::IndentIfBreak {
                        contents: Box::new(self.ty(ty, UnionPlace::Indented)?),
                        group: id,
                    });
                }
            }
            docs.push(group(concat(parts)));
        }
        Ok(group(bracketed("<", docs, ">", false, true)))
    }

    fn entity_name(name: &TsEntityName) -> String {
        match name {
            TsEntityName::Ident(ident) => ident.sym.to_string(),
            TsEntityName::TsQualifiedName(q) => {
                format!("{}.{}", Self::entity_name(&q.left), q.right.sym)
            }
        }
    }

    fn ty(&self, ty: &TsType, place: UnionPlace) -> Result<Doc> {
        match ty {
            TsType::TsKeywordType(keyword) => Ok(text(self.source(keyword.span))),
            TsType::TsTypeRef(reference) => {
                let mut parts = vec![text(Self::entity_name(&reference.type_name))];
                if let Some(args) = &reference.type_params {
                    parts.push(self.type_args(args)?);
                }
                Ok(concat(parts))
            }
            TsType::TsTypeQuery(query) => match &query.expr_name {
                TsTypeQueryExpr::TsEntityName(name) => {
                    Ok(text(format!("typeof {}", Self::entity_name(name))))
                }
                TsTypeQueryExpr::Import(import) => {
                    Ok(concat(vec![text("typeof "), self.import_type(import)?]))
                }
            },
            TsType::TsImportType(import) => self.import_type(import),
            TsType::TsLitType(literal) => Ok(match &literal.lit {
                TsLit::Str(s) => self.string(s),
                _ => text(self.source(literal.span)),
            }),
            TsType::TsTypeLit(literal) => self.type_literal(literal),
            TsType::TsUnionOrIntersectionType(TsUnionOrIntersectionType::TsUnionType(union)) => {
                self.union(union, place)
            }
            TsType::TsUnionOrIntersectionType(TsUnionOrIntersectionType::TsIntersectionType(
                intersection,
            )) => self.intersection(intersection),
            TsType::TsTupleType(tuple) => {
                let mut docs = Vec::new();
                for element in &tuple.elem_types {
                    docs.push(self.ty(&element.ty, UnionPlace::NotIndented)?);
                }
                if docs.is_empty() {
                    return Ok(text("[]"));
                }
                Ok(group(bracketed("[", docs, "]", false, true)))
            }
            TsType::TsArrayType(array) => Ok(concat(vec![
                self.ty(&array.elem_type, UnionPlace::Indented)?,
                text("[]"),
            ])),
            TsType::TsTypeOperator(op) => {
                let keyword = match op.op {
                    TsTypeOperatorOp::KeyOf => "keyof",
                    TsTypeOperatorOp::Unique => "unique",
                    TsTypeOperatorOp::ReadOnly => "readonly",
                };
                Ok(concat(vec![
                    text(format!("{keyword} ")),
                    self.ty(&op.type_ann, UnionPlace::Indented)?,
                ]))
            }
            other => Err(unsupported("type", other.span())),
        }
    }

    fn import_type(&self, import: &TsImportType) -> Result<Doc> {
        let mut parts = vec![text("import("), self.string(&import.arg), text(")")];
        if let Some(qualifier) = &import.qualifier {
            parts.push(text(format!(".{}", Self::entity_name(qualifier))));
        }
        if let Some(args) = &import.type_args {
            parts.push(self.type_args(args)?);
        }
        Ok(concat(parts))
    }

    fn type_literal(&self, literal: &TsTypeLit) -> Result<Doc> {
        if literal.members.is_empty() {
            return Ok(text("{}"));
        }
        let mut parts = Vec::new();
        let count = literal.members.len();
        for (index, member) in literal.members.iter().enumerate() {
            let TsTypeElement::TsPropertySignature(prop) = member else {
                return Err(unsupported("type member", member.span()));
            };
            let key = match &*prop.key {
                Expr::Ident(ident) => text(ident.sym.to_string()),
                Expr::Lit(Lit::Str(s)) => self.key_string(s),
                Expr::Lit(Lit::Num(n)) => text(self.source(n.span)),
                other => return Err(unsupported("property key", other.span())),
            };
            let mut signature = vec![
                text(if prop.readonly { "readonly " } else { "" }),
                key,
                text(if prop.optional { "?" } else { "" }),
            ];
            if let Some(ann) = &prop.type_ann {
                signature.push(text(": "));
                signature.push(self.ty(&ann.type_ann, UnionPlace::Indented)?);
            }
            parts.push(group(concat(signature)));
            let last = index + 1 == count;
            parts.push(if last {
                if_break(text(";"), text(""))
            } else {
                text(";")
            });
            if !last {
                parts.push(line());
                if self.is_next_line_empty(ByteSpan::from_swc(prop.span).end as usize) {
                    parts.push(hardline());
                }
            }
        }
        let should_break = self.newline_between(literal.span.lo, literal.members[0].span().lo);
        Ok(group_with(
            concat(vec![
                text("{"),
                indent(concat(vec![line(), concat(parts)])),
                line(),
                text("}"),
            ]),
            should_break,
            None,
        ))
    }

    fn union(&self, union: &TsUnionType, place: UnionPlace) -> Result<Doc> {
        if should_hug_union(union) {
            let mut docs = Vec::new();
            for member in &union.types {
                docs.push(self.ty(member, UnionPlace::Indented)?);
            }
            return Ok(join(text(" | "), docs));
        }
        let mut items = Vec::new();
        for (index, member) in union.types.iter().enumerate() {
            let bar = if index == 0 {
                if_break(text("| "), text(""))
            } else {
                concat(vec![line(), text("| ")])
            };
            items.push(concat(vec![
                bar,
                align(2, self.ty(member, UnionPlace::Indented)?),
            ]));
        }
        let printed = group(concat(items));
        Ok(match place {
            UnionPlace::NotIndented => printed,
            UnionPlace::Indented => group(indent(concat(vec![softline(), printed]))),
        })
    }

    fn intersection(&self, intersection: &TsIntersectionType) -> Result<Doc> {
        let mut parts = Vec::new();
        let mut was_indented = false;
        for (index, member) in intersection.types.iter().enumerate() {
            let doc = self.ty(member, UnionPlace::Indented)?;
            if index == 0 {
                parts.push(doc);
                continue;
            }
            let current_object = is_object_type(member);
            let previous_object = is_object_type(&intersection.types[index - 1]);
            if previous_object && current_object {
                parts.push(concat(vec![
                    text(" & "),
                    if was_indented { indent(doc) } else { doc },
                ]));
            } else if !previous_object && !current_object {
                parts.push(indent(concat(vec![text(" &"), line(), doc])));
            } else {
                if index > 1 {
                    was_indented = true;
                }
                parts.push(concat(vec![
                    text(" & "),
                    if index > 1 { indent(doc) } else { doc },
                ]));
            }
        }
        Ok(group(concat(parts)))
    }
}

#[derive(Clone, Copy)]
enum Right<'a> {
    Expr(&'a Expr),
    Type(&'a TsType),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Layout {
    BreakAfterOperator,
    NeverBreakAfterOperator,
    BreakLhs,
    Fluid,
}

/// Where an expression is printed, for the rules that depend on the parent.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    Statement,
    AssignmentRight,
    MemberObject,
    Other,
}

fn unparen(expr: &Expr) -> &Expr {
    match expr {
        Expr::Paren(p) => unparen(&p.expr),
        other => other,
    }
}

fn strip_paren_for_member(expr: &Expr) -> &Expr {
    unparen(expr)
}

/// A member chain without calls (`a.b.c`), which prettier prefers to move after the `=`.
fn is_poorly_breakable_member_chain(expr: &Expr, deep: bool) -> bool {
    match unparen(expr) {
        Expr::Member(member) => is_poorly_breakable_member_chain(&member.obj, true),
        Expr::Call(call) if call.args.is_empty() => match &call.callee {
            Callee::Expr(callee) => is_poorly_breakable_member_chain(callee, true),
            _ => false,
        },
        Expr::Ident(_) | Expr::This(_) => deep,
        _ => false,
    }
}

fn type_args_of(ty: &TsType) -> Option<&[Box<TsType>]> {
    match ty {
        TsType::TsTypeRef(reference) => reference.type_params.as_ref().map(|p| p.params.as_slice()),
        _ => None,
    }
}

/// `const x: A<B<C>, D> = …`: prettier breaks the left side first.
fn has_complex_type_annotation(pat: &Pat) -> bool {
    let Pat::Ident(ident) = pat else { return false };
    let Some(ann) = &ident.type_ann else {
        return false;
    };
    type_args_of(&ann.type_ann).is_some_and(|args| {
        args.len() > 1
            && args.iter().any(|arg| {
                type_args_of(arg).is_some_and(|a| !a.is_empty())
                    || matches!(&**arg, TsType::TsConditionalType(_))
            })
    })
}

fn is_object_type(ty: &TsType) -> bool {
    matches!(ty, TsType::TsTypeLit(_) | TsType::TsMappedType(_))
}

fn is_simple_type(ty: &TsType) -> bool {
    match ty {
        TsType::TsKeywordType(_) | TsType::TsThisType(_) | TsType::TsLitType(_) => true,
        TsType::TsTypeRef(reference) => reference.type_params.is_none(),
        _ => false,
    }
}

fn should_hug_type(ty: &TsType) -> bool {
    match ty {
        TsType::TsUnionOrIntersectionType(TsUnionOrIntersectionType::TsUnionType(union)) => {
            should_hug_union(union)
        }
        other => is_simple_type(other) || is_object_type(other),
    }
}

/// `{ … } | null`: an object-like type with only null/void beside it is printed inline.
fn should_hug_union(union: &TsUnionType) -> bool {
    let is_object_like = |ty: &TsType| matches!(ty, TsType::TsTypeLit(_) | TsType::TsTypeRef(_));
    let is_void = |ty: &TsType| matches!(ty, TsType::TsKeywordType(k) if matches!(k.kind, TsKeywordTypeKind::TsNullKeyword | TsKeywordTypeKind::TsVoidKeyword));
    let Some(object) = union.types.iter().position(|t| is_object_like(t)) else {
        return false;
    };
    union
        .types
        .iter()
        .enumerate()
        .all(|(i, t)| i == object || is_void(t))
}
