//! Completion of the instance name in `app.use(definition, { name: "…" })`: the name the
//! component would get by default, made unique among the config's other instances.

use std::path::Path;

use tower_lsp_server::ls_types::{CompletionItem, CompletionItemKind};

use convexkit_analysis::component_config::{read_definition, UseCall};
use convexkit_analysis::eval::Evaluator;
use convexkit_analysis::resolve::Resolver;
use convexkit_analysis::workspace::Workspace;

use crate::project::Snapshot;

/// Completions when `at` (a byte offset) is inside the `name` option of a `use()` call in
/// the config file `path`. The current text is read, since the snapshot may predate it.
pub fn complete(
    snapshot: &Snapshot,
    workspace: &Workspace,
    path: &Path,
    at: usize,
) -> Option<Vec<CompletionItem>> {
    let file_name = path.file_name()?.to_str()?;
    if !matches!(file_name, "convex.config.ts" | "convex.config.js") {
        return None;
    }
    let resolver = Resolver::kept(workspace, &snapshot.root);
    let evaluator = Evaluator::new(workspace, &resolver);
    let config = read_definition(&evaluator, path).ok()?;
    let current = config.uses.iter().find(|u| {
        u.name_span
            .is_some_and(|span| span.start as usize <= at && at <= span.end as usize)
    })?;
    let taken: Vec<String> = config
        .uses
        .iter()
        .filter(|u| !std::ptr::eq(*u, current))
        .filter_map(|u| match &u.name {
            Some(Ok(name)) => Some(name.clone()),
            Some(Err(_)) => None,
            None => default_name(snapshot, &resolver, path, u),
        })
        .collect();
    let base = default_name(snapshot, &resolver, path, current)?;
    let name = std::iter::once(base.clone())
        .chain((2..).map(|n| format!("{base}{n}")))
        .find(|candidate| !taken.contains(candidate))?;
    Some(vec![CompletionItem {
        label: name,
        kind: Some(CompletionItemKind::VALUE),
        detail: Some(format!(
            "instance name not yet used (taken: {})",
            list(&taken)
        )),
        ..Default::default()
    }])
}

/// The name a `use()` gives its instance without a `name` option: the component's own
/// (`defineComponent("aggregate")`), found in the analysed project by its config file.
fn default_name(
    snapshot: &Snapshot,
    resolver: &Resolver,
    config: &Path,
    call: &UseCall,
) -> Option<String> {
    let specifier = call.specifier.as_deref()?;
    let child_config = resolver.resolve(config, specifier).ok();
    snapshot
        .model
        .definitions
        .iter()
        .find(|d| d.config_file.is_some() && d.config_file == child_config)
        .and_then(|d| d.name.clone())
        .or_else(|| {
            // Not analysed yet: the package's last segment (`@convex-dev/aggregate` → aggregate).
            let package = specifier.trim_end_matches("/convex.config");
            let last = package.rsplit('/').next()?;
            Some(
                last.split(['-', '.'])
                    .enumerate()
                    .fold(String::new(), |mut name, (i, part)| {
                        if i == 0 {
                            name.push_str(part);
                        } else {
                            let mut chars = part.chars();
                            name.extend(chars.next().map(|c| c.to_ascii_uppercase()));
                            name.push_str(chars.as_str());
                        }
                        name
                    }),
            )
        })
        .filter(|name| !name.is_empty())
}

fn list(names: &[String]) -> String {
    if names.is_empty() {
        "none".into()
    } else {
        names.join(", ")
    }
}
