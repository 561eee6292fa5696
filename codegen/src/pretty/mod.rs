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
