//! Source text, byte spans and line/column mapping shared by every consumer of the model.

use serde::Serialize;

/// A byte range into one file's text (UTF-8 offsets, end exclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, serde::Deserialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: u32, end: u32) -> Self {
        Self { start, end }
    }

    /// Converts an swc span of a file parsed at [`crate::parse::BASE_POS`].
    pub fn from_swc(span: swc_core::common::Span) -> Self {
        let base = crate::parse::BASE_POS;
        Self {
            start: span.lo.0.saturating_sub(base),
            end: span.hi.0.saturating_sub(base),
        }
    }
}

/// A 1-based line and column; the column counts Unicode scalar values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LineCol {
    pub line: u32,
    pub column: u32,
}

/// Maps byte offsets to lines and columns.
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let breaks = memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i as u32 + 1);
        Self {
            line_starts: std::iter::once(0).chain(breaks).collect(),
        }
    }

    /// Zero-based line of a byte offset.
    pub fn line_of(&self, offset: u32) -> usize {
        match self.line_starts.binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next - 1,
        }
    }

    pub fn line_start(&self, line: usize) -> u32 {
        self.line_starts[line]
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// 1-based line and column (in chars) of a byte offset into `text`.
    pub fn line_col(&self, text: &str, offset: u32) -> LineCol {
        let offset = (offset as usize).min(text.len());
        let line = self.line_of(offset as u32);
        let start = self.line_starts[line] as usize;
        let column = text
            .get(start..offset)
            .map_or(offset - start, |prefix| prefix.chars().count());
        LineCol {
            line: line as u32 + 1,
            column: column as u32 + 1,
        }
    }

    /// The text of a zero-based line, without its line break.
    pub fn line_text<'a>(&self, text: &'a str, line: usize) -> &'a str {
        let start = self.line_starts[line] as usize;
        let end = self
            .line_starts
            .get(line + 1)
            .map_or(text.len(), |&next| next as usize);
        text.get(start..end)
            .unwrap_or("")
            .trim_end_matches(['\n', '\r'])
    }
}

/// A rustc-style code frame: the lines around `span` with the span underlined.
pub fn code_frame(text: &str, index: &LineIndex, span: Span) -> String {
    let start = index.line_col(text, span.start);
    let line = start.line as usize - 1;
    let first = line.saturating_sub(1);
    let last = (line + 1).min(index.line_count() - 1);
    let width = (last + 1).to_string().len();
    let mut out = String::new();
    for n in first..=last {
        let content = index.line_text(text, n);
        out.push_str(&format!("{:>width$} | {}\n", n + 1, content));
        if n == line {
            let end_col = if index.line_of(span.end) == line && span.end > span.start {
                index.line_col(text, span.end).column
            } else {
                start.column + 1
            };
            let marks = (end_col.saturating_sub(start.column)).max(1) as usize;
            out.push_str(&format!(
                "{:>width$} | {}{}\n",
                "",
                " ".repeat(start.column as usize - 1),
                "^".repeat(marks)
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_offsets_to_lines_and_char_columns() {
        let text = "ab\nçd\n\nx";
        let index = LineIndex::new(text);
        assert_eq!(index.line_col(text, 0), LineCol { line: 1, column: 1 });
        assert_eq!(index.line_col(text, 3), LineCol { line: 2, column: 1 });
        // "ç" is two bytes: the "d" after it is the second character.
        assert_eq!(index.line_col(text, 5), LineCol { line: 2, column: 2 });
        assert_eq!(index.line_col(text, 8), LineCol { line: 4, column: 1 });
        assert_eq!(index.line_text(text, 1), "çd");
    }

    #[test]
    fn code_frame_underlines_the_span() {
        let text = "const a = 1;\nconst b = oops;\nconst c = 3;\n";
        let index = LineIndex::new(text);
        let frame = code_frame(text, &index, Span::new(23, 27));
        assert_eq!(
            frame,
            "1 | const a = 1;\n2 | const b = oops;\n  |           ^^^^\n3 | const c = 3;\n"
        );
    }
}
