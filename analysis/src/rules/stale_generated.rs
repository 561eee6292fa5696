//! `stale-generated`: a `_generated/` file differs from what `convexkit codegen` would
//! write (or is missing).
//!
//! Why: `_generated/` types the app's calls into its own functions and its components; a
//! stale copy hides type errors that `npx convex deploy` will then report.
//!
//! Reported once per generated file, at that file. Fix: run `convexkit codegen`.

use super::{LintContext, Rule};
use crate::diagnostic::{Diagnostic, Fix, Severity};

pub const RULE: Rule = Rule {
    code: "stale-generated",
    severity: Severity::Error,
    enabled: true,
    summary: "A `_generated/` file differs from what codegen would write.",
    eslint_plugin: false,
    check,
    scan: None,
};

fn check(context: &LintContext, out: &mut Vec<Diagnostic>) {
    let Some(generated) = (context.generated)() else {
        return;
    };
    for (path, contents) in generated {
        crate::inputs::read_path(path);
        let message = match std::fs::read(path) {
            Ok(existing) if existing == contents.as_bytes() => continue,
            Ok(_) => "is out of date",
            Err(_) => "is missing",
        };
        let name = path
            .strip_prefix(&context.model.config.root)
            .unwrap_or(path)
            .display()
            .to_string();
        out.push(
            Diagnostic::error(RULE.code, path, None, format!("{name} {message}"))
                .with_help("run `convexkit codegen`")
                .with_fix(Fix {
                    title: "Run codegen".into(),
                    edits: Vec::new(),
                    safe: true,
                    run_codegen: true,
                }),
        );
    }
}
