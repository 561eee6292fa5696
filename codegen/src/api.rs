//! The dynamic parts of `api.d.ts`/`api.ts`/`component.ts`: function trees and the
//! `components` object, as lines in the shape the official generators emit them.

use std::collections::BTreeMap;
use std::path::Path;

use convexkit_analysis::eval::{FunctionKind, Visibility};
use convexkit_analysis::model::{ComponentDefinition, Function, ProjectModel};

use crate::collation::compare_strings;
use crate::identifiers::import_path;
use crate::types::{function_reference, UnknownValidator};

/// A tree of functions keyed by path segment.
enum Node<'a> {
    Branch(BTreeMap<String, Node<'a>>),
    Leaf(&'a Function),
}

fn sorted<'m, 'a>(branch: &'m BTreeMap<String, Node<'a>>) -> Vec<(&'m String, &'m Node<'a>)> {
    let mut entries: Vec<_> = branch.iter().collect();
    entries.sort_by(|(a, _), (b, _)| compare_strings(a, b));
    entries
}

fn insert<'a>(branch: &mut BTreeMap<String, Node<'a>>, segments: &[&str], function: &'a Function) {
    match segments.split_first() {
        None => {
            branch.insert(function.name.clone(), Node::Leaf(function));
        }
        Some((first, rest)) => {
            let node = branch
                .entry(first.to_string())
                .or_insert_with(|| Node::Branch(BTreeMap::new()));
            // A module path that is also a function name is rejected by the backend too.
            if let Node::Branch(children) = node {
                insert(children, rest, function);
            }
        }
    }
}

fn build_tree(
    definition: &ComponentDefinition,
    visibility: Visibility,
) -> BTreeMap<String, Node<'_>> {
    let mut root = BTreeMap::new();
    for module in &definition.modules {
        for function in module.functions.iter() {
            if function.kind == FunctionKind::HttpAction || function.visibility != visibility {
                continue;
            }
            let segments: Vec<&str> = import_path(&module.path).split('/').collect();
            insert(&mut root, &segments, function);
        }
    }
    root
}

/// `codegenApiTree`: the typed `api`/`internal` object of a definition (staticApi).
pub fn api_tree(
    definition: &ComponentDefinition,
    visibility: Visibility,
) -> Result<String, UnknownValidator> {
    let mut lines = Vec::new();
    print_api_tree(&build_tree(definition, visibility), &mut lines)?;
    Ok(lines.join("\n"))
}

fn print_api_tree(
    branch: &BTreeMap<String, Node<'_>>,
    lines: &mut Vec<String>,
) -> Result<(), UnknownValidator> {
    lines.push("{".into());
    for (name, node) in sorted(branch) {
        match node {
            Node::Branch(children) => {
                lines.push(format!("\"{name}\":"));
                print_api_tree(children, lines)?;
                lines.push(",".into());
            }
            Node::Leaf(function) => {
                let reference =
                    function_reference(function, function.visibility.as_str(), true, None)?;
                lines.push(format!("\"{name}\": {reference},"));
            }
        }
    }
    lines.push("}".into());
    Ok(())
}

/// `codegenExport`: a definition's public functions as `ComponentApi` (component.ts) or,
/// with no component path, inlined into a parent's `components` (legacyComponentApi).
pub fn exports_tree(
    definition: &ComponentDefinition,
    component_path: Option<&str>,
) -> Result<String, UnknownValidator> {
    let mut lines = Vec::new();
    print_exports(
        &build_tree(definition, Visibility::Public),
        component_path,
        &mut lines,
    )?;
    Ok(lines.join("\n"))
}

fn print_exports(
    branch: &BTreeMap<String, Node<'_>>,
    component_path: Option<&str>,
    lines: &mut Vec<String>,
) -> Result<(), UnknownValidator> {
    lines.push("{".into());
    for (name, node) in sorted(branch) {
        lines.push(format!("{name}:"));
        match node {
            Node::Branch(children) => print_exports(children, component_path, lines)?,
            Node::Leaf(function) => lines.push(function_reference(
                function,
                "internal",
                false,
                component_path,
            )?),
        }
        lines.push(",".into());
    }
    lines.push("}".into());
    Ok(())
}

/// The members of `components` in a definition's api file, in `use()` order.
pub fn components(
    model: &ProjectModel,
    definition: &ComponentDefinition,
    legacy: bool,
) -> Result<String, UnknownValidator> {
    let mut lines = Vec::new();
    for child in &definition.uses {
        let Some(child_id) = child.definition else {
            continue;
        };
        let child_definition = &model.definitions[child_id];
        if legacy {
            lines.push(format!("{}: {{", child.name));
            let exports = exports_tree(child_definition, None)?;
            // Drop the outer braces: the entries sit directly in `name: { … },`.
            let inner: Vec<&str> = exports.lines().collect();
            lines.extend(inner[1..inner.len() - 1].iter().map(|l| l.to_string()));
            lines.push("},".into());
        } else {
            let import =
                component_import_path(definition, child_definition, child.specifier.as_deref());
            lines.push(format!(
                "  \"{name}\": import(\"{import}/_generated/component.js\").ComponentApi<\"{name}\">,",
                name = child.name
            ));
        }
    }
    Ok(lines.iter().map(|l| format!("{l}\n")).collect())
}

/// How a parent's `_generated/` folder imports a child's `component.js`: a package by its
/// specifier (with `/convex.config…` stripped), a local component by its relative path
/// from the parent's `_generated/` folder.
fn component_import_path(
    parent: &ComponentDefinition,
    child: &ComponentDefinition,
    specifier: Option<&str>,
) -> String {
    match specifier.filter(|s| !s.starts_with('.')) {
        Some(specifier) => {
            specifier[..specifier.find("/convex.config").unwrap_or(specifier.len())].to_string()
        }
        None => relative_path(&parent.dir.join("_generated"), &child.dir),
    }
}

/// `path.relative(from, to)` with forward slashes.
pub fn relative_path(from: &Path, to: &Path) -> String {
    let from: Vec<_> = from.components().collect();
    let to: Vec<_> = to.components().collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = vec!["..".to_string(); from.len() - common];
    parts.extend(
        to[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    parts.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_between_generated_folders() {
        assert_eq!(
            relative_path(
                Path::new("/p/convex/_generated"),
                Path::new("/p/convex/components/x")
            ),
            "../components/x"
        );
        assert_eq!(
            relative_path(
                Path::new("/p/convex/widgets/_generated"),
                Path::new("/p/convex/widgets/ratings")
            ),
            "../ratings"
        );
    }
}
