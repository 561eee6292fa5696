//! Human-readable diagnostics on stderr: rustc-style header, location, code frame, help.

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

/// `path` relative to the project folder, with forward slashes.
pub fn relative(project: &Path, path: &Path) -> String {
    path.strip_prefix(project)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

pub fn print_config_error(project: &Path, error: &ConfigError) {
    eprintln!(
        "error: {}: {}",
        relative(project, &error.path),
        error.message
    );
}

pub fn print_diagnostics(project: &Path, workspace: &Workspace, diagnostics: &[Diagnostic]) {
    for diagnostic in diagnostics {
        let label = match diagnostic.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        eprintln!("{label}[{}]: {}", diagnostic.code, diagnostic.message);
        let path = relative(project, &diagnostic.file);
        match (diagnostic.span, workspace.read(&diagnostic.file)) {
            (Some(span), Ok(text)) => {
                let index = LineIndex::new(&text);
                let start = index.line_col(&text, span.start);
                eprintln!("  --> {path}:{}:{}", start.line, start.column);
                if diagnostic.code != "syntax-error" {
                    for line in code_frame(&text, &index, span).lines() {
                        eprintln!("   {line}");
                    }
                }
            }
            _ => eprintln!("  --> {path}"),
        }
        if let Some(help) = &diagnostic.help {
            eprintln!("  help: {help}");
        }
        eprintln!();
    }
}
