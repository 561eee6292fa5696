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
    /// Built on first use: most files parsed never report a position.
    lines: std::sync::OnceLock<LineIndex>,
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
        self.lines
            .get_or_init(|| LineIndex::new(&self.text))
            .line_col(&self.text, offset)
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

impl SyntaxError {
    fn at(text: &str, span: Span, message: String) -> Self {
        let lines = LineIndex::new(text);
        Self {
            message,
            span,
            start: lines.line_col(text, span.start),
            frame: code_frame(text, &lines, span),
        }
    }
}

/// Whether `name` can be written as a bare JavaScript identifier (ASCII letters, digits,
/// `_` and `$`, not starting with a digit).
pub fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
}

/// Parses `text` as the dialect of `path`. The first syntax error wins.
pub fn parse(path: &str, text: Arc<str>) -> Result<ParsedFile, SyntaxError> {
    let comments = SingleThreadedComments::default();
    let module = parse_module(path, &text, Some(&comments))?;
    Ok(ParsedFile {
        comments: collect_comments(&comments),
        text,
        lines: std::sync::OnceLock::new(),
        module,
    })
}

/// [`parse`] only to learn whether `text` has a syntax error: comments are skipped, not
/// kept, and the tree is dropped.
pub fn check_syntax(path: &str, text: &str) -> Result<(), SyntaxError> {
    parse_module(path, text, None).map(drop)
}

fn parse_module(
    path: &str,
    text: &str,
    comments: Option<&SingleThreadedComments>,
) -> Result<Module, SyntaxError> {
    if let Some(offset) = too_deep(text.as_bytes()) {
        // swc's parser, and the drop of the tree it builds, recurse once per level of nesting:
        // pathological input would overflow the stack rather than fail.
        return Err(SyntaxError::at(
            text,
            Span::new(offset, offset + 1),
            "the code nests too deeply to be analysed".into(),
        ));
    }
    let end = BASE_POS + text.len() as u32;
    // swc checks some invariants with debug assertions that malformed input can trip; a
    // parser failure must read as a syntax error, never as a crash.
    let parsed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let input = StringInput::new(text, BytePos(BASE_POS), BytePos(end));
        let lexer = Lexer::new(
            Dialect::from_path(path).syntax(),
            EsVersion::latest(),
            input,
            comments.map(|c| c as &dyn swc_core::common::comments::Comments),
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
    }));
    match parsed {
        Ok(Ok(module)) => Ok(module),
        Ok(Err(error)) => Err(SyntaxError::at(
            text,
            Span::from_swc(error.span()),
            error.kind().msg().into_owned(),
        )),
        Err(_) => Err(SyntaxError::at(
            text,
            Span::new(0, text.len().min(1) as u32),
            "the parser could not read this file".into(),
        )),
    }
}

/// How much nesting [`too_deep`] allows, in units of about 300 bytes of parser stack: one
/// operator (`!x`, `a = b`, `a + b`, `a.b`), or an eighth of a bracket, template `${`, `<` or
/// arrow (each costs the parser about 2 KiB). 2048 units stay well inside a 2 MiB thread stack
/// even in a debug build, and allow 256 nested brackets or a 2048-term expression.
const MAX_NESTING: u32 = 2048;
const BRACKET_COST: u32 = 8;

/// Whether `word` continues the expression or statement before it across a line break.
fn continues_across_lines(word: &[u8]) -> bool {
    matches!(
        word,
        b"in"
            | b"instanceof"
            | b"as"
            | b"satisfies"
            | b"else"
            | b"extends"
            | b"implements"
            | b"catch"
            | b"finally"
            | b"from"
            | b"of"
            | b"is"
            | b"asserts"
            | b"keyof"
            | b"while"
    )
}

/// Whether `word` nests like a prefix operator.
fn nests_like_an_operator(word: &[u8]) -> bool {
    matches!(
        word,
        b"typeof"
            | b"void"
            | b"delete"
            | b"new"
            | b"await"
            | b"yield"
            | b"in"
            | b"instanceof"
            | b"as"
            | b"satisfies"
            | b"else"
            | b"keyof"
            | b"extends"
    )
}

/// A cheap lexical over-estimate of how deeply the parser will recurse on `text` (brackets,
/// template substitutions, and chains of operators within one expression). Returns the byte
/// offset where it first exceeds [`MAX_NESTING`], if it does. Comments, strings and regular
/// expressions are skipped; a chain restarts after `,` or `;`, inside a new bracket, and at
/// a line break between an operand and a word (where an expression cannot go on).
///
/// It reads every byte of every module before parsing, so it jumps over comments, strings
/// and template text with `memchr` and classifies bytes by table (it was a tenth of all
/// instructions of `check` on a large app).
fn too_deep(text: &[u8]) -> Option<u32> {
    enum Frame {
        /// Inside brackets; `base` is the nesting at their start, `outer` the nesting before.
        Code { base: u32, outer: u32 },
        /// Inside a template literal's text; `outer` is the nesting before it.
        Template { outer: u32 },
    }
    let mut stack: Vec<Frame> = Vec::new();
    let mut level: u32 = 0;
    // Whether the last token ends an operand (so `/` divides and a line break may end it).
    let mut after_operand = false;
    let mut newline = false;
    let mut i = 0;
    let base = |stack: &[Frame]| match stack.last() {
        Some(Frame::Code { base, .. }) => *base,
        _ => 0,
    };
    // The end of the word starting at `from`.
    let word_end = |from: usize| {
        text[from..]
            .iter()
            .position(|&b| !is_word_byte(b))
            .map_or(text.len(), |n| from + n)
    };
    while i < text.len() {
        if let Some(Frame::Template { outer }) = stack.last() {
            // Template text, up to the closing backquote or a `${`.
            let outer = *outer;
            let Some(n) = memchr::memchr3(b'\\', b'`', b'$', &text[i..]) else {
                break;
            };
            i += n;
            match text[i] {
                b'\\' => i += 2,
                b'`' => {
                    stack.pop();
                    level = outer + 1;
                    after_operand = true;
                    i += 1;
                }
                b'$' if text.get(i + 1) == Some(&b'{') => {
                    stack.push(Frame::Code {
                        base: level + BRACKET_COST,
                        outer: level,
                    });
                    level += BRACKET_COST;
                    after_operand = false;
                    i += 2;
                }
                _ => i += 1,
            }
            if level > MAX_NESTING {
                return Some(i.min(text.len() - 1) as u32);
            }
            continue;
        }
        let c = text[i];
        let start = i;
        match c {
            b'\n' => {
                newline = true;
                i += 1;
                continue;
            }
            b' ' | b'\t' | b'\r' | b'\x0C' => {
                // Indentation comes in runs.
                i += 1;
                while text
                    .get(i)
                    .is_some_and(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\x0C'))
                {
                    i += 1;
                }
                continue;
            }
            b'/' if text.get(i + 1) == Some(&b'/') => {
                i = memchr::memchr(b'\n', &text[i..]).map_or(text.len(), |n| i + n);
                continue;
            }
            b'/' if text.get(i + 1) == Some(&b'*') => {
                let inside = &text[i + 2..];
                let length = memchr::memmem::find(inside, b"*/").unwrap_or(inside.len());
                newline |= memchr::memchr(b'\n', &inside[..length]).is_some();
                i += 2 + length + 2;
                continue;
            }
            _ => {}
        }
        let word = is_word_byte(c);
        if newline
            && after_operand
            && (word || c == b'"' || c == b'\'')
            && !continues_across_lines(&text[i..word_end(i)])
        {
            level = base(&stack);
        }
        newline = false;
        match c {
            _ if c.is_ascii_digit() => {
                // A number (with its `.`, exponent, `_` separators and `n`).
                while i < text.len() && (is_word_byte(text[i]) || text[i] == b'.') {
                    i += 1;
                }
                after_operand = true;
            }
            _ if word => {
                i = word_end(i);
                if nests_like_an_operator(&text[start..i]) {
                    level += 1;
                    after_operand = false;
                } else {
                    after_operand = true;
                }
            }
            b'"' | b'\'' => {
                i += 1;
                // Up to the closing quote or the end of the line, escapes skipped.
                while i < text.len() {
                    match memchr::memchr3(c, b'\n', b'\\', &text[i..]) {
                        Some(n) if text[i + n] == b'\\' => i += n + 2,
                        Some(n) => {
                            i += n;
                            break;
                        }
                        None => i = text.len(),
                    }
                }
                i += 1;
                after_operand = true;
            }
            b'`' => {
                stack.push(Frame::Template { outer: level });
                i += 1;
            }
            b'/' if !after_operand => {
                // A regular expression literal.
                i += 1;
                let mut class = false;
                while i < text.len() && text[i] != b'\n' && (class || text[i] != b'/') {
                    match text[i] {
                        b'\\' => i += 1,
                        b'[' => class = true,
                        b']' => class = false,
                        _ => {}
                    }
                    i += 1;
                }
                i += 1;
                after_operand = true;
            }
            b'(' | b'[' | b'{' => {
                let outer = level;
                level += BRACKET_COST;
                stack.push(Frame::Code { base: level, outer });
                after_operand = false;
                i += 1;
            }
            b')' | b']' | b'}' => {
                i += 1;
                match stack.pop() {
                    Some(Frame::Code { outer, .. }) => {
                        level = outer + 1;
                        // `}` closing a `${` returns to the template's text.
                        after_operand = true;
                    }
                    // Unbalanced: a syntax error the parser reports.
                    _ => after_operand = true,
                }
            }
            b',' | b';' => {
                level = base(&stack);
                after_operand = false;
                i += 1;
            }
            b'=' if text.get(i + 1) == Some(&b'>') => {
                level += BRACKET_COST;
                after_operand = false;
                i += 2;
            }
            b'<' => {
                level += BRACKET_COST;
                after_operand = false;
                i += 1;
            }
            _ => {
                level += 1;
                after_operand = false;
                i += 1;
            }
        }
        if level > MAX_NESTING {
            return Some(start as u32);
        }
    }
    None
}

/// Letters, digits, `_`, `$` and every byte of a non-ASCII character.
fn is_word_byte(b: u8) -> bool {
    WORD_BYTES[b as usize]
}

static WORD_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = byte.is_ascii_alphanumeric() || byte == b'_' || byte == b'$' || byte >= 0x80;
        b += 1;
    }
    table
};

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
    fn a_syntax_check_finds_what_parsing_finds_comments_aside() {
        let commented = "// a\nexport const x = /* b */ 1;\n";
        assert_eq!(check_syntax("a.ts", commented), Ok(()));
        assert_eq!(parse("a.ts", commented.into()).unwrap().comments.len(), 2);
        for (path, text) in [
            ("b.ts", "const a = 1;\n// c\nconst = 2;\n"),
            ("c.tsx", "export const x = <div>;\n"),
            ("d.js", "let x: number = 1;\n"),
        ] {
            assert_eq!(
                check_syntax(path, text),
                parse(path, text.into()).map(drop),
                "{path}"
            );
            assert!(check_syntax(path, text).is_err(), "{path}");
        }
    }

    #[test]
    fn rejects_nesting_that_would_overflow_the_parser() {
        for (open, middle, close) in [
            ("(", "1", ")"),
            ("{a:", "1", "}"),
            ("`${", "1", "}`"),
            ("!", "x", ""),
            ("1 + ", "1", ""),
            ("a.", "b", ""),
            ("a => ", "1", ""),
            ("Array<", "1", ">"),
        ] {
            let text = format!(
                "export const x = {}{middle}{};",
                open.repeat(20_000),
                close.repeat(20_000)
            );
            let err = parse("a.ts", text.clone().into()).unwrap_err();
            assert!(
                err.message.contains("nests too deeply"),
                "{open}: {}",
                err.message
            );
            assert!((err.span.end as usize) <= text.len());
        }
    }

    #[test]
    fn ordinary_code_is_not_too_deep() {
        // Statements without semicolons, long lists, strings, comments and regexes with
        // brackets in them do not add up.
        let mut text = String::from("import { v } from \"convex/values\"\n");
        for i in 0..3000 {
            text.push_str(&format!(
                "export const a{i} = {{ x: v.string(), y: \"(((\", z: /[(]/, w: `${{a}}(` }} // (((\n/* {{{{ */ app.use(a{i}, {{ name: 'n' + {i} }})\n"
            ));
        }
        text.push_str(&format!(
            "export const list = [{}]\n",
            "1 + 2, ".repeat(5000)
        ));
        assert_eq!(too_deep(text.as_bytes()), None);
        assert!(parse("a.ts", text.into()).is_ok());
        let nested = format!("const x = {}1{};", "(".repeat(200), ")".repeat(200));
        assert!(parse("a.ts", nested.into()).is_ok());
    }

    #[test]
    fn a_parser_assertion_becomes_a_syntax_error() {
        // swc's debug assertion `span.start <= span.end` fires on this input.
        assert!(parse("schema.ts", "é,v.object(function this.".into()).is_err());
    }

    #[test]
    fn javascript_files_do_not_accept_type_annotations() {
        assert!(parse("a.js", "const x: number = 1;".into()).is_err());
        assert!(parse("a.tsx", "export const el = <div>{1}</div>;".into()).is_ok());
    }
}
