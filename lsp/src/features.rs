//! The answers: diagnostics in LSP form, hover, completion, definition and code actions,
//! all from the latest project analysis plus the current text of the document.

use std::collections::HashMap;
use std::path::Path;

use tower_lsp_server::ls_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeDescription, CompletionItem,
    CompletionItemKind, Diagnostic, DiagnosticSeverity, Hover, HoverContents, Location,
    MarkupContent, MarkupKind, NumberOrString, Position, Range, TextEdit, Uri, WorkspaceEdit,
};

use convexkit_analysis::diagnostic::{Diagnostic as Finding, Severity};
use convexkit_analysis::eval::Visibility;
use convexkit_analysis::model::{ComponentDefinition, DefinitionKind};
use convexkit_analysis::resolve::Resolver;
use convexkit_analysis::usage::{module_usage, ComponentRef};
use convexkit_analysis::workspace::Workspace;

use crate::position::{offset, range};
use crate::project::Snapshot;

pub fn to_lsp_diagnostic(text: &str, finding: &Finding) -> Diagnostic {
    let range = finding
        .span
        .map_or_else(Range::default, |span| range(text, span));
    let mut message = finding.message.clone();
    if let Some(help) = &finding.help {
        message = format!("{message}\nhelp: {help}");
    }
    Diagnostic {
        range,
        severity: Some(match finding.severity {
            Severity::Error => DiagnosticSeverity::ERROR,
            Severity::Warning => DiagnosticSeverity::WARNING,
        }),
        code: Some(NumberOrString::String(finding.code.into())),
        code_description: convexkit_analysis::rules::rule(finding.code)
            .and_then(|rule| rule.docs_url().parse().ok())
            .map(|href| CodeDescription { href }),
        source: Some("convexkit".into()),
        message,
        ..Default::default()
    }
}

/// The definition whose `components` a reference in `file` names: the one whose
/// `_generated/api` it is imported from (`api`), else the one whose folder holds `file`.
fn owner<'a>(snapshot: &'a Snapshot, file: &Path, api: Option<&str>) -> &'a ComponentDefinition {
    let model = &snapshot.model;
    if let Some(id) =
        api.and_then(|api| model.api_owner(&Resolver::for_project(&snapshot.root), file, api))
    {
        return &model.definitions[id];
    }
    model
        .definitions
        .iter()
        .filter(|d| !matches!(d.kind, DefinitionKind::Package { .. }) && file.starts_with(&d.dir))
        .max_by_key(|d| d.dir.components().count())
        .unwrap_or(model.app())
}

/// The `components.…` reference under the cursor.
fn reference_at(path: &Path, text: &str, at: usize) -> Option<ComponentRef> {
    let parsed = convexkit_analysis::parse::parse(&path.to_string_lossy(), text.into()).ok()?;
    module_usage(&std::sync::Arc::new(parsed))
        .component_refs
        .into_iter()
        .filter(|r| (r.span.start as usize) <= at && at <= r.span.end as usize)
        .min_by_key(|r| r.span.end - r.span.start)
}

/// Whether the cursor is on the instance name of `components.X.…`.
fn on_instance(reference: &ComponentRef, at: usize) -> bool {
    (reference.instance_span.start as usize) <= at && at <= reference.instance_span.end as usize
}

fn child<'a>(
    snapshot: &'a Snapshot,
    parent: &ComponentDefinition,
    instance: &str,
) -> Option<(
    &'a ComponentDefinition,
    &'a convexkit_analysis::model::ComponentUse,
)> {
    let parent = snapshot
        .model
        .definitions
        .iter()
        .find(|d| d.dir == parent.dir)?;
    let installed = parent.uses.iter().find(|u| u.name == instance)?;
    Some((
        &snapshot.model.definitions[installed.definition?],
        installed,
    ))
}

fn public_functions(definition: &ComponentDefinition) -> Vec<String> {
    definition
        .modules
        .iter()
        .flat_map(|m| {
            m.functions
                .iter()
                .filter(|f| f.visibility == Visibility::Public)
                .map(move |f| format!("{}.{}", m.import_path().replace('/', "."), f.name))
        })
        .collect()
}

pub fn hover(snapshot: &Snapshot, path: &Path, text: &str, at: Position) -> Option<Hover> {
    let at_offset = offset(text, at);
    let Some(reference) = reference_at(path, text, at_offset) else {
        return use_hover(snapshot, path, text, at_offset);
    };
    let (definition, installed) = child(
        snapshot,
        owner(snapshot, path, Some(&reference.api)),
        &reference.path[0],
    )?;
    let markdown = if reference.path.len() >= 3 && !on_instance(&reference, at_offset) {
        let module_path = reference.path[1..reference.path.len() - 1].join("/");
        let name = &reference.path[reference.path.len() - 1];
        let module = definition.module(&module_path)?;
        let function = module.functions.iter().find(|f| &f.name == name)?;
        let args = function
            .args
            .as_ref()
            .map_or_else(|e| format!("unknown ({e})"), |v| v.describe());
        let returns = match &function.returns {
            Ok(Some(v)) => v.describe(),
            Ok(None) => "any".into(),
            Err(e) => format!("unknown ({e})"),
        };
        format!(
            "**{}** `{}.{}` ({} {})\n\n```ts\nargs: {args}\nreturns: {returns}\n```",
            function.kind.as_str(),
            reference.path[0],
            reference.path[1..].join("."),
            function.visibility.as_str(),
            function.kind.as_str()
        )
    } else {
        let source = describe_source(snapshot, definition);
        let functions = public_functions(definition);
        format!(
            "**component instance** `{}` — {source}{}\n\nname: `{}`{}\n\npublic functions ({}):\n{}",
            installed.name,
            definition.name.as_ref().map(|n| format!(" (`defineComponent(\"{n}\")`)")).unwrap_or_default(),
            installed.name,
            installed.http_prefix.as_ref().map(|p| format!(", httpPrefix `{p}`")).unwrap_or_default(),
            functions.len(),
            functions.iter().map(|f| format!("- `{f}`")).collect::<Vec<_>>().join("\n")
        )
    };
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: markdown,
        }),
        range: Some(range(text, reference.span)),
    })
}

/// Where a definition comes from: its package, or its folder in the project.
fn describe_source(snapshot: &Snapshot, definition: &ComponentDefinition) -> String {
    match &definition.kind {
        DefinitionKind::Package { package } => format!("package `{package}`"),
        _ => format!(
            "local component `{}`",
            definition
                .dir
                .strip_prefix(&snapshot.root)
                .unwrap_or(&definition.dir)
                .display()
        ),
    }
}

/// Hover on an `app.use(...)` call in a convex.config.ts: what the instance installs.
fn use_hover(snapshot: &Snapshot, path: &Path, text: &str, at: usize) -> Option<Hover> {
    let parent = snapshot
        .model
        .definitions
        .iter()
        .find(|d| d.config_file.as_deref() == Some(path))?;
    let installed = parent
        .uses
        .iter()
        .find(|u| (u.span.start as usize) <= at && at <= u.span.end as usize)?;
    let definition = &snapshot.model.definitions[installed.definition?];
    let source = describe_source(snapshot, definition);
    let tables = definition
        .schema
        .as_ref()
        .and_then(|s| s.value.as_ref().ok())
        .map(|s| {
            s.tables
                .iter()
                .map(|(name, _)| format!("`{name}`"))
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_else(|| "unknown".into());
    let children: Vec<String> = definition
        .uses
        .iter()
        .map(|u| format!("`{}`", u.name))
        .collect();
    let markdown = format!(
        "**installs** `components.{}` — {source}\n\nits own tables: {tables}\n\nits own components: {}\n\npublic functions: {}",
        installed.name,
        if children.is_empty() { "none".to_string() } else { children.join(", ") },
        public_functions(definition).len()
    );
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: markdown,
        }),
        range: Some(range(text, installed.span)),
    })
}

/// Every reference to the instance under the cursor, across the definition's modules, and
/// the `use()` that installs it.
pub fn references(
    snapshot: &Snapshot,
    workspace: &Workspace,
    path: &Path,
    text: &str,
    at: Position,
) -> Option<Vec<Location>> {
    let reference = reference_at(path, text, offset(text, at))?;
    let parent = owner(snapshot, path, Some(&reference.api));
    let instance = &reference.path[0];
    let mut locations = Vec::new();
    if let (Some(config), Some(installed)) = (
        &parent.config_file,
        parent.uses.iter().find(|u| &u.name == instance),
    ) {
        let config_text = workspace.read(config).ok()?;
        locations.push(Location {
            uri: Uri::from_file_path(config)?,
            range: range(&config_text, installed.span),
        });
    }
    // Every module of the app and its local components: a module may name another
    // definition's instances through that definition's `_generated/api`.
    let modules = snapshot
        .model
        .definitions
        .iter()
        .filter(|d| !matches!(d.kind, DefinitionKind::Package { .. }))
        .flat_map(|d| &d.modules);
    for module in modules {
        let Ok(parsed) = workspace.parse(&module.file) else {
            continue;
        };
        for found in module_usage(&parsed)
            .component_refs
            .into_iter()
            .filter(|r| {
                &r.path[0] == instance
                    && !r.aliased
                    && std::ptr::eq(owner(snapshot, &module.file, Some(&r.api)), parent)
            })
        {
            if let Some(uri) = Uri::from_file_path(&module.file) {
                locations.push(Location {
                    uri,
                    range: range(&parsed.text, found.instance_span),
                });
            }
        }
    }
    Some(locations)
}

/// `components.a.b.` before the cursor: the segments after `components`, the last partial.
fn completion_context(text: &str, at: usize) -> Option<Vec<String>> {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let before = &text[line_start..at];
    let chain_start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '_' || *c == '$' || *c == '.')
        .last()
        .map_or(before.len(), |(i, _)| i);
    let mut segments: Vec<String> = before[chain_start..].split('.').map(String::from).collect();
    if segments.first().map(String::as_str) != Some("components") || segments.len() < 2 {
        return None;
    }
    segments.remove(0);
    segments.pop();
    Some(segments)
}

pub fn completion(
    snapshot: &Snapshot,
    path: &Path,
    text: &str,
    at: Position,
) -> Option<Vec<CompletionItem>> {
    let segments = completion_context(text, offset(text, at))?;
    let parent = owner(snapshot, path, None);
    let Some(instance) = segments.first() else {
        return Some(
            parent
                .uses
                .iter()
                .map(|u| CompletionItem {
                    label: u.name.clone(),
                    kind: Some(CompletionItemKind::MODULE),
                    detail: Some("component instance".into()),
                    ..Default::default()
                })
                .collect(),
        );
    };
    let (definition, _) = child(snapshot, parent, instance)?;
    let prefix = segments[1..].join("/");
    let mut items: HashMap<String, CompletionItem> = HashMap::new();
    for module in &definition.modules {
        let module_path = module.import_path();
        if prefix.is_empty() || module_path.starts_with(&format!("{prefix}/")) {
            let rest = if prefix.is_empty() {
                module_path
            } else {
                &module_path[prefix.len() + 1..]
            };
            let next = rest.split('/').next().unwrap_or(rest).to_string();
            items.entry(next.clone()).or_insert(CompletionItem {
                label: next,
                kind: Some(CompletionItemKind::MODULE),
                ..Default::default()
            });
        }
        if module_path == prefix {
            for function in module
                .functions
                .iter()
                .filter(|f| f.visibility == Visibility::Public)
            {
                items.insert(
                    function.name.clone(),
                    CompletionItem {
                        label: function.name.clone(),
                        kind: Some(CompletionItemKind::FUNCTION),
                        detail: Some(format!(
                            "{} {}",
                            function.visibility.as_str(),
                            function.kind.as_str()
                        )),
                        ..Default::default()
                    },
                );
            }
        }
    }
    let mut items: Vec<CompletionItem> = items.into_values().collect();
    items.sort_by(|a, b| a.label.cmp(&b.label));
    Some(items)
}

pub fn definition(
    snapshot: &Snapshot,
    workspace: &Workspace,
    path: &Path,
    text: &str,
    at: Position,
) -> Option<Location> {
    let at_offset = offset(text, at);
    let reference = reference_at(path, text, at_offset)?;
    let parent = owner(snapshot, path, Some(&reference.api));
    let (definition, installed) = child(snapshot, parent, &reference.path[0])?;
    if reference.path.len() >= 3 && !on_instance(&reference, at_offset) {
        let module_path = reference.path[1..reference.path.len() - 1].join("/");
        let module = definition.module(&module_path)?;
        let function = module
            .functions
            .iter()
            .find(|f| f.name == reference.path[reference.path.len() - 1])?;
        let target = workspace.read(&module.file).ok()?;
        return Some(Location {
            uri: Uri::from_file_path(&module.file)?,
            range: function
                .span
                .map_or_else(Range::default, |span| range(&target, span)),
        });
    }
    let config = parent.config_file.as_ref()?;
    let config_text = workspace.read(config).ok()?;
    Some(Location {
        uri: Uri::from_file_path(config)?,
        range: range(&config_text, installed.span),
    })
}

pub fn code_actions(
    snapshot: &Snapshot,
    workspace: &Workspace,
    path: &Path,
    text: &str,
    requested: Range,
) -> Vec<CodeActionOrCommand> {
    let Some(findings) = snapshot.diagnostics.get(path) else {
        return Vec::new();
    };
    let overlaps = |r: Range| !(r.end < requested.start || requested.end < r.start);
    let mut actions = Vec::new();
    for finding in findings {
        let (Some(span), Some(fix)) = (finding.span, &finding.fix) else {
            continue;
        };
        if !overlaps(range(text, span)) || fix.edits.is_empty() {
            continue;
        }
        let mut changes: HashMap<Uri, Vec<TextEdit>> = HashMap::new();
        for edit in &fix.edits {
            let file_text = if edit.file == path {
                text.to_string()
            } else {
                workspace
                    .read(&edit.file)
                    .map(|t| t.to_string())
                    .unwrap_or_default()
            };
            let Some(uri) = Uri::from_file_path(&edit.file) else {
                continue;
            };
            changes.entry(uri).or_default().push(TextEdit {
                range: range(&file_text, edit.span),
                new_text: edit.text.clone(),
            });
        }
        actions.push(CodeActionOrCommand::CodeAction(CodeAction {
            title: fix.title.clone(),
            kind: Some(CodeActionKind::QUICKFIX),
            diagnostics: Some(vec![to_lsp_diagnostic(text, finding)]),
            edit: Some(WorkspaceEdit {
                changes: Some(changes),
                ..Default::default()
            }),
            is_preferred: Some(fix.safe),
            ..Default::default()
        }));
    }
    actions
}
