//! A prettier-compatible formatter (prettier 3.10, default options) for the TypeScript that
//! the codegen templates produce, so generated files are byte-identical to the official ones.

mod doc;
mod printer;
mod typescript;

use convexkit_analysis::parse::parse;

/// Why a source could not be formatted: a syntax error or a construct outside the subset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError {
    pub message: String,
    /// Byte offset in the source.
    pub offset: u32,
}

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} at byte {}", self.message, self.offset)
    }
}

impl std::error::Error for FormatError {}

impl FormatError {
    /// The problem with where it is in `source` (the generated text that was formatted):
    /// line, column and that line, so a report names the construct, not a byte.
    pub fn describe(&self, source: &str) -> String {
        let at = (self.offset as usize).min(source.len());
        let line_start = source[..at].rfind('\n').map_or(0, |i| i + 1);
        let line_end = source[at..].find('\n').map_or(source.len(), |i| at + i);
        let line = source[..at].matches('\n').count() + 1;
        let column = source[line_start..at].chars().count() + 1;
        format!(
            "{} at line {line}, column {column}: `{}`",
            self.message,
            source[line_start..line_end].trim()
        )
    }
}

/// Formats TypeScript source as `prettier.format(source, { parser: "typescript" })` does.
pub fn format_typescript(source: &str) -> Result<String, FormatError> {
    let parsed = parse("generated.ts", source.into()).map_err(|e| FormatError {
        message: format!("syntax error: {}", e.message),
        offset: e.span.start,
    })?;
    let mut document = typescript::TsPrinter::new(&parsed).program(&parsed.module)?;
    doc::propagate_breaks(&mut document);
    Ok(printer::print(&document))
}
