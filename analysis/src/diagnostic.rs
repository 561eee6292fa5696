//! Problems found in a project, located in a file, for every output (terminal, JSON, editor).

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::source::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// A stable rule or error code (`component-not-found`, `syntax-error`, …).
    #[serde(deserialize_with = "static_code")]
    pub code: Code,
    pub severity: Severity,
    /// The file the diagnostic is about (absolute).
    pub file: PathBuf,
    /// Where in the file; `None` for a whole-file problem.
    pub span: Option<Span>,
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
    /// A fix as text edits, when the rule can offer one.
    pub fix: Option<Box<Fix>>,
}

/// A diagnostic's code. (An alias, so that serde reads it with `static_code` rather than
/// borrowing it from the input.)
pub type Code = &'static str;

/// A code read back (from a cache): codes are a small fixed set, so keeping each read
/// one for the rest of the process costs a few bytes.
pub(crate) fn static_code<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<&'static str, D::Error> {
    let code = String::deserialize(deserializer)?;
    Ok(Box::leak(code.into_boxed_str()))
}

/// Replace `span` of `file` with `text`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edit {
    pub file: PathBuf,
    pub span: Span,
    pub text: String,
}

/// A rule's proposed change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fix {
    pub title: String,
    pub edits: Vec<Edit>,
    /// Safe fixes are applied by `check --fix`; others are only offered.
    pub safe: bool,
    /// The fix is "run codegen" rather than text edits.
    pub run_codegen: bool,
}

impl Diagnostic {
    pub fn error(
        code: &'static str,
        file: impl Into<PathBuf>,
        span: Option<Span>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            code,
            severity: Severity::Error,
            file: file.into(),
            span,
            message: message.into(),
            help: None,
            fix: None,
        }
    }

    pub fn warning(
        code: &'static str,
        file: impl Into<PathBuf>,
        span: Option<Span>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(code, file, span, message)
        }
    }

    pub fn with_fix(mut self, fix: Fix) -> Self {
        self.fix = Some(Box::new(fix));
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

/// The files as the safe fixes of `diagnostics` leave them: every fix whose edits overlap
/// none of an earlier one's, applied to the text `read` gives. Also says how many fixes
/// were applied and whether one asks for codegen.
pub fn apply_safe_fixes(
    diagnostics: &[Diagnostic],
    read: impl Fn(&std::path::Path) -> std::io::Result<String>,
) -> std::io::Result<AppliedFixes> {
    let mut by_file: std::collections::BTreeMap<PathBuf, Vec<&Edit>> = Default::default();
    let mut applied = AppliedFixes::default();
    for fix in diagnostics
        .iter()
        .filter_map(|d| d.fix.as_ref())
        .filter(|f| f.safe)
    {
        let overlaps = fix.edits.iter().any(|edit| {
            by_file.get(&edit.file).is_some_and(|edits| {
                edits.iter().any(|other| {
                    edit.span.start < other.span.end && other.span.start < edit.span.end
                        || edit.span == other.span
                })
            })
        });
        if overlaps {
            continue;
        }
        for edit in &fix.edits {
            by_file.entry(edit.file.clone()).or_default().push(edit);
        }
        applied.run_codegen |= fix.run_codegen;
        applied.count += 1;
    }
    for (file, mut edits) in by_file {
        let mut text = read(&file)?;
        edits.sort_by_key(|edit| std::cmp::Reverse(edit.span.start));
        for edit in edits {
            text.replace_range(edit.span.start as usize..edit.span.end as usize, &edit.text);
        }
        applied.files.push((file, text));
    }
    Ok(applied)
}

/// What [`apply_safe_fixes`] made.
#[derive(Debug, Default)]
pub struct AppliedFixes {
    /// Each changed file with its new text.
    pub files: Vec<(PathBuf, String)>,
    pub count: usize,
    pub run_codegen: bool,
}
