//! `convexkit check` as a library call: the rules, then convexkit.json severities and
//! `// convexkit-ignore-next-line <code>: reason` suppressions, sorted by place.

use std::path::PathBuf;

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::ProjectModel;
use crate::rules::{rule, run_rules, LintContext, RULES};
use crate::source::Span;
use crate::workspace::Workspace;

const SUPPRESSION: &str = "convexkit-ignore-next-line";

/// Lints a loaded project. `generated` is what codegen would write (for `stale-generated`).
pub fn lint(
    model: &ProjectModel,
    workspace: &Workspace,
    generated: Option<&[(PathBuf, String)]>,
) -> Vec<Diagnostic> {
    let context = LintContext::new(model, workspace, generated);
    let mut diagnostics: Vec<Diagnostic> = model
        .diagnostics
        .iter()
        .filter(|d| rule(d.code).is_none())
        .cloned()
        .collect();
    diagnostics.extend(run_rules(&context));

    let config_file = model.config.root.join("convexkit.json");
    for (code, level) in &model.config.rules {
        let known = rule(code).is_some();
        let level = match level.as_str() {
            "off" | "warn" | "error" => level.as_str(),
            other => {
                diagnostics.push(Diagnostic::error(
                    "invalid-config",
                    &config_file,
                    None,
                    format!("rule `{code}`: level must be \"off\", \"warn\" or \"error\", found {other}"),
                ));
                continue;
            }
        };
        if !known {
            diagnostics.push(unknown_rule(&config_file, None, code));
            continue;
        }
        diagnostics.retain_mut(|d| {
            if d.code != code {
                return true;
            }
            match level {
                "off" => return false,
                "warn" => d.severity = Severity::Warning,
                _ => d.severity = Severity::Error,
            }
            true
        });
    }

    // Suppressions, per file: a comment applies to diagnostics starting on the next line.
    for module in &context.modules {
        // Most modules have none: their text says so without parsing them.
        let mentioned = workspace
            .read(&module.module.file)
            .is_ok_and(|text| text.contains(SUPPRESSION));
        let Some(parsed) = mentioned.then(|| module.parsed()).flatten() else {
            continue;
        };
        for comment in &parsed.comments {
            let Some(rest) = comment.text.trim().strip_prefix(SUPPRESSION) else {
                continue;
            };
            let codes: Vec<&str> = rest
                .split(':')
                .next()
                .unwrap_or("")
                .split([',', ' '])
                .filter(|c| !c.is_empty())
                .collect();
            let line = parsed.line_col(comment.span.start).line + 1;
            for code in &codes {
                if rule(code).is_none() {
                    diagnostics.push(unknown_rule(&module.module.file, Some(comment.span), code));
                }
            }
            diagnostics.retain(|d| {
                !(d.file == module.module.file
                    && codes.contains(&d.code)
                    && d.span
                        .is_some_and(|span| parsed.line_col(span.start).line == line))
            });
        }
    }

    let root = &model.config.root;
    diagnostics.sort_by_cached_key(|d| {
        (
            crate::model::path_order_key(root, &d.file),
            d.span.map_or(0, |s| s.start),
        )
    });
    diagnostics.dedup();
    diagnostics
}

fn unknown_rule(file: &std::path::Path, span: Option<Span>, code: &str) -> Diagnostic {
    let known: Vec<&str> = RULES.iter().map(|r| r.code).collect();
    Diagnostic::warning(
        "unknown-rule",
        file,
        span,
        format!("unknown rule code `{code}`"),
    )
    .with_help(format!("known rules: {}", known.join(", ")))
}
