//! Human-readable diagnostics on stderr: rustc-style header, location, code frame, help.

use std::fmt::Write;
use std::path::Path;

use convexkit_analysis::config::ConfigError;
use convexkit_analysis::diagnostic::{Diagnostic, Severity};
use convexkit_analysis::resolve::normalize;
use convexkit_analysis::source::{code_frame, LineIndex};
use convexkit_analysis::workspace::Workspace;

/// The project folder as an absolute path, as the model reports paths.
pub fn absolute(project: &Path) -> std::path::PathBuf {
    std::path::absolute(project).map_or_else(|_| project.to_path_buf(), |p| normalize(&p))
}

/// `path` relative to the project folder, with forward slashes: `../` for a file outside
/// it (a local component in a sibling workspace package), absolute only on another root.
pub fn relative(project: &Path, path: &Path) -> String {
    if let Some(inside) = convexkit_analysis::resolve::plainly_inside(project, path) {
        return inside.to_string();
    }
    let shared = project
        .ancestors()
        .enumerate()
        .find(|(_, ancestor)| path.starts_with(ancestor) && ancestor.parent().is_some());
    let relative = match shared {
        Some((ups, ancestor)) => {
            let rest = path.strip_prefix(ancestor).unwrap_or(path);
            let mut relative = std::path::PathBuf::new();
            for _ in 0..ups {
                relative.push("..");
            }
            relative.join(rest)
        }
        None => path.to_path_buf(),
    };
    relative.to_string_lossy().replace('\\', "/")
}

pub fn print_config_error(project: &Path, error: &ConfigError) {
    eprintln!(
        "error: {}: {}",
        relative(project, &error.path),
        error.message
    );
}

pub fn print_diagnostics(project: &Path, workspace: &Workspace, diagnostics: &[Diagnostic]) {
    // Written at once: stderr is unbuffered, and a large app's hundreds of findings would
    // otherwise cost a system call per line.
    let mut out = String::new();
    let mut lines = lines_of(workspace);
    for diagnostic in diagnostics {
        let label = match diagnostic.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let _ = writeln!(out, "{label}[{}]: {}", diagnostic.code, diagnostic.message);
        let path = relative(project, &diagnostic.file);
        match (diagnostic.span, lines(&diagnostic.file)) {
            (Some(span), Some(file)) => {
                let (text, index) = &*file;
                let start = index.line_col(text, span.start);
                let _ = writeln!(out, "  --> {path}:{}:{}", start.line, start.column);
                if diagnostic.code != "syntax-error" {
                    for line in code_frame(text, index, span).lines() {
                        let _ = writeln!(out, "   {line}");
                    }
                }
            }
            _ => {
                let _ = writeln!(out, "  --> {path}");
            }
        }
        if let Some(help) = &diagnostic.help {
            let _ = writeln!(out, "  help: {help}");
        }
        out.push('\n');
    }
    eprint!("{out}");
}

/// One line per diagnostic (`path:line:column: error[code] message`), as a watcher prints
/// them on every change.
pub fn print_compact(project: &Path, workspace: &Workspace, diagnostics: &[Diagnostic]) {
    let mut out = String::new();
    let mut place = places(workspace);
    for diagnostic in diagnostics {
        let label = match diagnostic.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let (line, column, _, _) = place(diagnostic);
        let _ = writeln!(
            out,
            "{}:{line}:{column}: {label}[{}] {}",
            relative(project, &diagnostic.file),
            diagnostic.code,
            diagnostic.message
        );
    }
    eprint!("{out}");
}

/// A file's text with its line index.
type Lines = std::rc::Rc<(std::sync::Arc<str>, LineIndex)>;

/// Each file's text with its line index, built once however many diagnostics it has.
fn lines_of(workspace: &Workspace) -> impl FnMut(&Path) -> Option<Lines> + '_ {
    let mut files: std::collections::HashMap<std::path::PathBuf, Option<Lines>> =
        Default::default();
    move |file| {
        files
            .entry(file.to_path_buf())
            .or_insert_with(|| {
                let text = workspace.read(file).ok()?;
                let index = LineIndex::new(&text);
                Some(std::rc::Rc::new((text, index)))
            })
            .clone()
    }
}

/// Where diagnostics are, as 1-based (line, column, end line, end column); whole-file
/// diagnostics point at 1:1.
fn places(workspace: &Workspace) -> impl FnMut(&Diagnostic) -> (u32, u32, u32, u32) + '_ {
    let mut lines = lines_of(workspace);
    move |diagnostic| match (diagnostic.span, lines(&diagnostic.file)) {
        (Some(span), Some(file)) => {
            let (text, index) = &*file;
            let start = index.line_col(text, span.start);
            let end = index.line_col(text, span.end);
            (start.line, start.column, end.line, end.column)
        }
        _ => (1, 1, 1, 1),
    }
}

fn severity(diagnostic: &Diagnostic) -> &'static str {
    match diagnostic.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// The contract's JSON: `{"diagnostics":[{code, severity, path, line, column, endLine, endColumn, message}]}`.
pub fn json(project: &Path, workspace: &Workspace, diagnostics: &[Diagnostic]) -> String {
    /// One diagnostic, its fields in the contract's order (serialized straight to text: a
    /// `json!` tree of a large app's findings cost milliseconds at the end of `check`).
    #[derive(serde::Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Item<'a> {
        code: &'a str,
        severity: &'static str,
        path: String,
        line: u32,
        column: u32,
        end_line: u32,
        end_column: u32,
        message: &'a str,
    }
    #[derive(serde::Serialize)]
    struct Report<'a> {
        diagnostics: Vec<Item<'a>>,
    }
    let mut place = places(workspace);
    let diagnostics = diagnostics
        .iter()
        .map(|d| {
            let (line, column, end_line, end_column) = place(d);
            Item {
                code: d.code,
                severity: severity(d),
                path: relative(project, &d.file),
                line,
                column,
                end_line,
                end_column,
                message: &d.message,
            }
        })
        .collect();
    serde_json::to_string(&Report { diagnostics })
        .unwrap_or_else(|error| unreachable!("strings and numbers serialize: {error}"))
}

/// GitHub Actions workflow commands (`::error file=…::message`), one per diagnostic.
pub fn github(project: &Path, workspace: &Workspace, diagnostics: &[Diagnostic]) -> String {
    let data = |s: &str| {
        s.replace('%', "%25")
            .replace('\r', "%0D")
            .replace('\n', "%0A")
    };
    let property = |s: &str| data(s).replace(':', "%3A").replace(',', "%2C");
    let mut place = places(workspace);
    diagnostics
        .iter()
        .map(|d| {
            let (line, column, end_line, end_column) = place(d);
            format!(
                "::{} file={},line={line},col={column},endLine={end_line},endColumn={end_column},title={}::{}\n",
                severity(d),
                property(&relative(project, &d.file)),
                property(&format!("convexkit({})", d.code)),
                data(&d.message)
            )
        })
        .collect()
}

/// A SARIF 2.1.0 log with one run, the rules as its driver's rules.
pub fn sarif(project: &Path, workspace: &Workspace, diagnostics: &[Diagnostic]) -> String {
    let rules: Vec<serde_json::Value> = convexkit_analysis::rules::RULES
        .iter()
        .map(|rule| {
            serde_json::json!({
                "id": rule.code,
                "shortDescription": { "text": rule.summary },
                "helpUri": rule.docs_url(),
                "defaultConfiguration": {
                    "enabled": rule.enabled,
                    "level": match rule.severity { Severity::Error => "error", Severity::Warning => "warning" },
                },
            })
        })
        .collect();
    let mut place = places(workspace);
    let results: Vec<serde_json::Value> = diagnostics
        .iter()
        .map(|d| {
            let (line, column, end_line, end_column) = place(d);
            let mut message = d.message.clone();
            if let Some(help) = &d.help {
                message = format!("{message}\nhelp: {help}");
            }
            serde_json::json!({
                "ruleId": d.code,
                "level": severity(d),
                "message": { "text": message },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": relative(project, &d.file), "uriBaseId": "PROJECTROOT" },
                        "region": { "startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column },
                    }
                }],
            })
        })
        .collect();
    serde_json::to_string_pretty(&serde_json::json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "convexkit",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            } },
            "originalUriBaseIds": { "PROJECTROOT": { "uri": format!("file://{}/", project.display()) } },
            "results": results,
        }],
    }))
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::relative;
    use std::path::Path;

    #[test]
    fn paths_are_relative_to_the_project_also_outside_it() {
        let project = Path::new("/w/apps/web");
        assert_eq!(
            relative(project, Path::new("/w/apps/web/convex/a.ts")),
            "convex/a.ts"
        );
        assert_eq!(
            relative(project, Path::new("/w/packages/agent/src/x.ts")),
            "../../packages/agent/src/x.ts"
        );
        assert_eq!(relative(project, Path::new("/etc/x.ts")), "/etc/x.ts");
        // Paths that need normalizing read as their components do.
        for (path, expected) in [
            ("/w/apps/web/./convex/a.ts", "convex/a.ts"),
            ("/w/apps/web//convex/a.ts", "convex/a.ts"),
            ("/w/apps/web/convex/", "convex"),
            ("/w/apps/webfoo/x.ts", "../webfoo/x.ts"),
            ("/w/apps/web/../api/x.ts", "../api/x.ts"),
        ] {
            assert_eq!(relative(project, Path::new(path)), expected, "{path}");
        }
    }
}
