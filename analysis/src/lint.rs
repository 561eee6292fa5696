//! `convexkit check` as a library call: the rules, then convexkit.json severities and
//! `// convexkit-ignore-next-line <code>: reason` suppressions, sorted by place.

use std::path::PathBuf;

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::ProjectModel;
use crate::rules::{rule, run_rules, Generated, LintContext, Rule, RULES};
use crate::source::Span;
use crate::workspace::Workspace;

const SUPPRESSION: &str = "convexkit-ignore-next-line";
const ESLINT_DISABLE: &str = "eslint-disable";
/// How @convex-dev/eslint-plugin's rules are named in ESLint comments.
const ESLINT_PLUGIN_PREFIX: &str = "@convex-dev/";

/// Lints a loaded project. `generated` is what codegen would write (for `stale-generated`).
pub fn lint(
    model: &ProjectModel,
    workspace: &Workspace,
    generated: Option<&[(PathBuf, String)]>,
) -> Vec<Diagnostic> {
    lint_with(
        model,
        workspace,
        &|| generated,
        find_usages(model, workspace),
    )
}

/// How the app's modules and client files use components, found on all cores: a caller
/// with other work (codegen's) does it meanwhile, then passes them to [`lint_with`].
pub struct Usages {
    client_files: Vec<PathBuf>,
}

pub fn find_usages(model: &ProjectModel, workspace: &Workspace) -> Usages {
    Usages {
        client_files: LintContext::find_usages(model, workspace),
    }
}

/// [`lint`] with the usages found, and what codegen writes asked for only once every
/// other rule has run (a caller may still be generating it).
pub fn lint_with<'a>(
    model: &'a ProjectModel,
    workspace: &'a Workspace,
    generated: Generated<'a>,
    usages: Usages,
) -> Vec<Diagnostic> {
    let context = LintContext::new(model, workspace, generated, usages.client_files);
    let mut diagnostics: Vec<Diagnostic> = model
        .diagnostics
        .iter()
        .filter(|d| rule(d.code).is_none())
        .cloned()
        .collect();

    let config_file = model.config.root.join("convexkit.json");
    // Rules off by default stay off unless convexkit.json sets a level.
    let mut off: Vec<&str> = RULES
        .iter()
        .filter(|r| !r.enabled)
        .map(|r| r.code)
        .collect();
    let mut severities: Vec<(&str, Severity)> = Vec::new();
    for (code, setting) in &model.config.rules {
        let level = setting
            .as_str()
            .or_else(|| setting.as_array()?.first()?.as_str());
        let level = match level {
            Some(level @ ("off" | "warn" | "error")) => level,
            _ => {
                diagnostics.push(Diagnostic::error(
                    "invalid-config",
                    &config_file,
                    None,
                    format!(
                        "rule `{code}`: the setting must be \"off\", \"warn\", \"error\" or [level, {{ options }}], found {setting}"
                    ),
                ));
                continue;
            }
        };
        let Some(rule) = rule(code) else {
            diagnostics.push(unknown_rule(&config_file, None, code));
            continue;
        };
        off.retain(|c| *c != rule.code);
        match level {
            "off" => off.push(rule.code),
            "warn" => severities.push((rule.code, Severity::Warning)),
            _ => severities.push((rule.code, Severity::Error)),
        }
    }
    // Rules that are off do not run at all; the one that compares codegen's output runs
    // last (the order of findings is the sort's below).
    let waits_for_codegen = |rule: &Rule| rule.code == crate::rules::STALE_GENERATED;
    let mut found = run_rules(&context, |rule| {
        !off.contains(&rule.code) && !waits_for_codegen(rule)
    });
    found.extend(run_rules(&context, |rule| {
        !off.contains(&rule.code) && waits_for_codegen(rule)
    }));
    for (code, severity) in &severities {
        set_severity(&mut found, code, *severity);
    }
    diagnostics.extend(found);

    // Suppressions, per file.
    for module in context.modules.iter().chain(&context.clients) {
        // Most modules have none: their text says so without parsing them.
        let mentioned = workspace
            .read(&module.module.file)
            .is_ok_and(|text| text.contains(SUPPRESSION) || text.contains(ESLINT_DISABLE));
        let Some(parsed) = mentioned.then(|| module.parsed()).flatten() else {
            continue;
        };
        for (index, comment) in parsed.comments.iter().enumerate() {
            let Some(suppression) = Suppression::read(&comment.text) else {
                continue;
            };
            if let Suppression::Convexkit(codes) = &suppression {
                for code in codes {
                    if rule(code).is_none() {
                        diagnostics.push(unknown_rule(
                            &module.module.file,
                            Some(comment.span),
                            code,
                        ));
                    }
                }
            }
            let line_of = |offset: u32| parsed.line_col(offset).line;
            let (first, last) = match suppression.reach() {
                Reach::NextLine => {
                    let next = line_of(comment.span.end) + 1;
                    (next, next)
                }
                Reach::ThisLine => {
                    let this = line_of(comment.span.start);
                    (this, this)
                }
                Reach::RestOfFile => {
                    // Up to the next `eslint-enable` (of these rules, or of all).
                    let end = parsed.comments[index + 1..]
                        .iter()
                        .find(|c| suppression.ended_by(&c.text))
                        .map_or(u32::MAX, |c| line_of(c.span.start));
                    (line_of(comment.span.start), end)
                }
            };
            diagnostics.retain(|d| {
                !(d.file == module.module.file
                    && suppression.silences(d.code)
                    && d.span
                        .is_some_and(|span| (first..=last).contains(&line_of(span.start))))
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

fn set_severity(diagnostics: &mut [Diagnostic], code: &str, severity: Severity) {
    for diagnostic in diagnostics.iter_mut().filter(|d| d.code == code) {
        diagnostic.severity = severity;
    }
}

/// A comment that silences rules: convexkit's own, or ESLint's for the rules of
/// @convex-dev/eslint-plugin, so a project moving from ESLint keeps its comments.
enum Suppression {
    /// `convexkit-ignore-next-line code, code: reason`.
    Convexkit(Vec<String>),
    /// `eslint-disable-next-line`, `eslint-disable-line` or `eslint-disable` (to the end of
    /// the file), with the plugin's rules it names (none named: all of them).
    Eslint(Reach, Vec<String>),
}

#[derive(Clone, Copy)]
enum Reach {
    NextLine,
    ThisLine,
    RestOfFile,
}

impl Suppression {
    fn read(comment: &str) -> Option<Self> {
        let comment = comment.trim();
        if let Some(rest) = comment.strip_prefix(SUPPRESSION) {
            let codes = rest.split(':').next().unwrap_or("");
            return Some(Suppression::Convexkit(
                codes
                    .split([',', ' '])
                    .filter(|c| !c.is_empty())
                    .map(String::from)
                    .collect(),
            ));
        }
        let (reach, rest) = [
            ("eslint-disable-next-line", Reach::NextLine),
            ("eslint-disable-line", Reach::ThisLine),
            ("eslint-disable", Reach::RestOfFile),
        ]
        .into_iter()
        .find_map(|(directive, reach)| {
            let rest = comment.strip_prefix(directive)?;
            (rest.is_empty() || rest.starts_with(char::is_whitespace)).then_some((reach, rest))
        })?;
        let named = eslint_rules(rest);
        let codes: Vec<String> = plugin_codes(&named).into_iter().map(String::from).collect();
        // Only other plugins' rules named: nothing of ours is silenced.
        if !named.is_empty() && codes.is_empty() {
            return None;
        }
        Some(Suppression::Eslint(reach, codes))
    }

    fn reach(&self) -> Reach {
        match self {
            Suppression::Convexkit(_) => Reach::NextLine,
            Suppression::Eslint(reach, _) => *reach,
        }
    }

    /// Whether `comment` is an `eslint-enable` that ends this `eslint-disable`.
    fn ended_by(&self, comment: &str) -> bool {
        let Suppression::Eslint(Reach::RestOfFile, codes) = self else {
            return false;
        };
        let Some(rest) = comment.trim().strip_prefix("eslint-enable") else {
            return false;
        };
        let named = plugin_codes(&eslint_rules(rest));
        named.is_empty() || codes.iter().all(|c| named.contains(&c.as_str()))
    }

    fn silences(&self, code: &str) -> bool {
        match self {
            Suppression::Convexkit(codes) => codes.iter().any(|c| c == code),
            Suppression::Eslint(_, codes) => {
                rule(code).is_some_and(|r| r.eslint_plugin)
                    && (codes.is_empty() || codes.iter().any(|c| c == code))
            }
        }
    }
}

/// The rules an ESLint directive names (`eslint-disable-next-line a, b -- why`): the list
/// before `--`.
fn eslint_rules(directive_rest: &str) -> Vec<&str> {
    directive_rest
        .split(" --")
        .next()
        .unwrap_or("")
        .split(',')
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .collect()
}

/// The codes of @convex-dev/eslint-plugin's rules among ESLint rule names.
fn plugin_codes<'s>(rules: &[&'s str]) -> Vec<&'s str> {
    rules
        .iter()
        .filter_map(|r| r.strip_prefix(ESLINT_PLUGIN_PREFIX))
        .collect()
}
