//! Parsing one file with swc into an AST plus the facts every consumer needs about it.

use std::sync::Arc;

use swc_core::common::comments::SingleThreadedComments;
use swc_core::common::{BytePos, Spanned};
use swc_core::ecma::ast::{EsVersion, Module};
use swc_core::ecma::parser::{lexer::Lexer, EsSyntax, Parser, StringInput, Syntax, TsSyntax};

use crate::source::{code_frame, LineCol, LineIndex, Span};

/// swc reserves position 0 for "no position"; every file is parsed starting here.
pub const BASE_POS: u32 = 1;

/// The dialect a file is parsed as, decided by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    TypeScript,
    Tsx,
    /// `.d.ts` declaration files.
    Declaration,
    JavaScript,
}

impl Dialect {
    pub fn from_path(path: &str) -> Self {
        if path.ends_with(".d.ts") || path.ends_with(".d.mts") || path.ends_with(".d.cts") {
            Dialect::Declaration
        } else if path.ends_with(".tsx") {
            Dialect::Tsx
        } else if path.ends_with(".ts") || path.ends_with(".mts") || path.ends_with(".cts") {
            Dialect::TypeScript
        } else {
            Dialect::JavaScript
        }
    }

    fn syntax(self) -> Syntax {
        match self {
            Dialect::TypeScript | Dialect::Tsx | Dialect::Declaration => {
                Syntax::Typescript(TsSyntax {
                    tsx: self == Dialect::Tsx,
                    dts: self == Dialect::Declaration,
                    decorators: true,
                    ..Default::default()
                })
            }
            Dialect::JavaScript => Syntax::Es(EsSyntax {
                jsx: true,
                decorators: true,
                ..Default::default()
            }),
        }
    }
}

/// One successfully parsed file.
pub struct ParsedFile {
    pub text: Arc<str>,
    pub lines: LineIndex,
    pub module: Module,
    /// Every comment, in source order (kept as plain data so a parsed file is `Send`).
    pub comments: Vec<Comment>,
}

/// A comment's text (without `//` or `/* */`) and where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    pub span: Span,
    pub text: String,
    pub block: bool,
}

impl std::fmt::Debug for ParsedFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ParsedFile")
            .field("len", &self.text.len())
            .finish_non_exhaustive()
    }
}

impl ParsedFile {
    pub fn line_col(&self, offset: u32) -> LineCol {
        self.lines.line_col(&self.text, offset)
    }
}

/// A syntax error, located and rendered with a code frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub message: String,
    pub span: Span,
    pub start: LineCol,
    pub frame: String,
}

/// Parses `text` as the dialect of `path`. The first syntax error wins.
pub fn parse(path: &str, text: Arc<str>) -> Result<ParsedFile, SyntaxError> {
    let lines = LineIndex::new(&text);
    let comments = SingleThreadedComments::default();
    let end = BASE_POS + text.len() as u32;
    let result = {
        let input = StringInput::new(&text, BytePos(BASE_POS), BytePos(end));
        let lexer = Lexer::new(
            Dialect::from_path(path).syntax(),
            EsVersion::latest(),
            input,
            Some(&comments),
        );
        let mut parser = Parser::new_from(lexer);
        let parsed = parser.parse_module();
        let recovered = parser.take_errors();
        match parsed {
            Ok(module) => match recovered.into_iter().next() {
                Some(error) => Err(error),
                None => Ok(module),
            },
            Err(error) => Err(error),
        }
    };
    match result {
        Ok(module) => Ok(ParsedFile {
            comments: collect_comments(&comments),
            text,
            lines,
            module,
        }),
        Err(error) => {
            let span = Span::from_swc(error.span());
            Err(SyntaxError {
                message: error.kind().msg().into_owned(),
                span,
                start: lines.line_col(&text, span.start),
                frame: code_frame(&text, &lines, span),
            })
        }
    }
}

fn collect_comments(comments: &SingleThreadedComments) -> Vec<Comment> {
    let (leading, trailing) = comments.borrow_all();
    let mut all: Vec<Comment> = leading
        .values()
        .chain(trailing.values())
        .flatten()
        .map(|c| Comment {
            span: Span::from_swc(c.span),
            text: c.text.to_string(),
            block: c.kind == swc_core::common::comments::CommentKind::Block,
        })
        .collect();
    all.sort_by_key(|c| c.span.start);
    all.dedup_by_key(|c| c.span.start);
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_typescript_and_reports_errors_with_position() {
        let ok = parse("a.ts", "export const x: number = 1;\n".into()).unwrap();
        assert_eq!(ok.module.body.len(), 1);

        let err = parse("b.ts", "const a = 1;\nconst = 2;\n".into()).unwrap_err();
        assert_eq!(err.start.line, 2);
        assert!(err.frame.contains("2 | const = 2;"), "{}", err.frame);
    }

    #[test]
    fn javascript_files_do_not_accept_type_annotations() {
        assert!(parse("a.js", "const x: number = 1;".into()).is_err());
        assert!(parse("a.tsx", "export const el = <div>{1}</div>;".into()).is_ok());
    }
}
