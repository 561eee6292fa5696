//! Link errors in full. QuickJS reports an import it cannot bind with the export's and the
//! module's names cut at 63 bytes each (`JS_AtomGetStr` into a 64-byte buffer) and without
//! the importing module: `Could not find export 'x' in module '/home/me/app/convex/li'`.
//! When a link fails, the module graph is walked from the module being loaded to find the
//! import QuickJS stopped at, and the message is written again with both names whole and
//! the importer's file and line.

use std::collections::{BTreeSet, HashSet, VecDeque};
use std::path::{Path, PathBuf};

use swc_core::common::Spanned;
use swc_core::ecma::ast::{ExportSpecifier, ImportSpecifier, ModuleDecl, ModuleItem};

use convexkit_analysis::eval::scope::{export_name, ModuleScope};
use convexkit_analysis::resolve::Resolver;
use convexkit_analysis::source::Span;
use convexkit_analysis::workspace::Workspace;

use super::loader::{commonjs_exports, format_of, Format};

/// The three ways QuickJS fails to bind an import, as its messages word them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Failure {
    NotFound,
    Circular,
    Ambiguous,
}

/// A QuickJS link error, its names as QuickJS cut them.
#[derive(Debug, PartialEq, Eq)]
struct LinkError<'a> {
    failure: Failure,
    export: &'a str,
    module: &'a str,
}

fn parse(message: &str) -> Option<LinkError<'_>> {
    let first_line = message.lines().next()?;
    let (failure, rest) = if let Some(rest) = first_line.strip_prefix("Could not find export '") {
        (Failure::NotFound, rest.strip_suffix('\'')?)
    } else if let Some(rest) =
        first_line.strip_prefix("circular reference when looking for export '")
    {
        (Failure::Circular, rest.strip_suffix('\'')?)
    } else {
        let rest = first_line.strip_prefix("export '")?;
        (Failure::Ambiguous, rest.strip_suffix("' is ambiguous")?)
    };
    let (export, module) = rest.split_once("' in module '")?;
    let module = module.strip_suffix('\'').unwrap_or(module);
    Some(LinkError {
        failure,
        export,
        module,
    })
}

/// One `import { imported } from "specifier"` (or `export { imported } from`) that binds a
/// name of `target`.
struct ImportSite {
    importer: PathBuf,
    line: u32,
    specifier: String,
    imported: String,
    target: PathBuf,
}

/// `message` written again in full, when it is a link error and the import it is about is
/// found in the graph of modules `entry` imports.
pub fn complete(
    workspace: &Workspace,
    resolver: &Resolver,
    entry: &Path,
    message: &str,
) -> Option<String> {
    let error = parse(message)?;
    let site = import_sites(workspace, resolver, entry).find(|site| {
        site.imported.starts_with(error.export)
            && site.target.to_string_lossy().starts_with(error.module)
            && (error.failure != Failure::NotFound
                || !provides(workspace, resolver, &site.target, &site.imported))
    })?;
    let (name, module) = (&site.imported, site.target.display());
    let what = match error.failure {
        Failure::NotFound => format!("Could not find export '{name}' in module '{module}'"),
        Failure::Circular => {
            format!("circular reference when looking for export '{name}' in module '{module}'")
        }
        Failure::Ambiguous => format!(
            "export '{name}' in module '{module}' is ambiguous (more than one `export *` provides it)"
        ),
    };
    Some(format!(
        "{what}, imported by {}:{} (from \"{}\")",
        site.importer.display(),
        site.line,
        site.specifier
    ))
}

/// The named imports and re-exports of every ES module reachable from `entry`, breadth
/// first (the importer QuickJS links first is found first).
fn import_sites<'a>(
    workspace: &'a Workspace,
    resolver: &'a Resolver,
    entry: &Path,
) -> impl Iterator<Item = ImportSite> + 'a {
    let mut queue = VecDeque::from([entry.to_path_buf()]);
    let mut seen = HashSet::from([entry.to_path_buf()]);
    std::iter::from_fn(move || {
        let module = queue.pop_front()?;
        let mut sites = Vec::new();
        if !matches!(
            format_of(workspace, &module),
            Ok(Format::Compiled | Format::EsModule)
        ) {
            return Some(sites);
        }
        let Ok(parsed) = workspace.parse(&module) else {
            return Some(sites);
        };
        for item in &parsed.module.body {
            let ModuleItem::ModuleDecl(decl) = item else {
                continue;
            };
            let (specifier, names) = match decl {
                ModuleDecl::Import(import) if !import.type_only => (
                    &import.src.value,
                    import
                        .specifiers
                        .iter()
                        .filter_map(|spec| match spec {
                            ImportSpecifier::Named(named) if !named.is_type_only => Some(
                                named
                                    .imported
                                    .as_ref()
                                    .map_or_else(|| named.local.sym.to_string(), export_name),
                            ),
                            ImportSpecifier::Default(_) => Some("default".into()),
                            _ => None,
                        })
                        .collect::<Vec<_>>(),
                ),
                ModuleDecl::ExportNamed(named) if !named.type_only => match &named.src {
                    Some(src) => (
                        &src.value,
                        named
                            .specifiers
                            .iter()
                            .filter_map(|spec| match spec {
                                ExportSpecifier::Named(n) if !n.is_type_only => {
                                    Some(export_name(&n.orig))
                                }
                                _ => None,
                            })
                            .collect(),
                    ),
                    None => continue,
                },
                ModuleDecl::ExportAll(all) if !all.type_only => (&all.src.value, Vec::new()),
                _ => continue,
            };
            let specifier = specifier.to_string_lossy().into_owned();
            let Ok(target) = resolver.resolve(&module, &specifier) else {
                continue;
            };
            if seen.insert(target.clone()) {
                queue.push_back(target.clone());
            }
            let line = parsed.line_col(Span::from_swc(decl.span()).start).line;
            sites.extend(names.into_iter().map(|imported| ImportSite {
                importer: module.clone(),
                line,
                specifier: specifier.clone(),
                imported,
                target: target.clone(),
            }));
        }
        Some(sites)
    })
    .flatten()
}

/// Whether the module at `path` exports `name`, as the loader presents it to QuickJS.
/// Unknown (unreadable) modules are taken to provide it.
fn provides(workspace: &Workspace, resolver: &Resolver, path: &Path, name: &str) -> bool {
    let mut seen = BTreeSet::new();
    provides_within(workspace, resolver, path, name, &mut seen)
}

fn provides_within(
    workspace: &Workspace,
    resolver: &Resolver,
    path: &Path,
    name: &str,
    seen: &mut BTreeSet<PathBuf>,
) -> bool {
    if !seen.insert(path.to_path_buf()) {
        return false;
    }
    match format_of(workspace, path) {
        Err(_) => true,
        Ok(Format::Json) => workspace
            .read(path)
            .ok()
            .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
            .is_none_or(|json| name == "default" || json.get(name).is_some()),
        Ok(Format::CommonJs) => {
            name == "default" || commonjs_exports(workspace, resolver, path).contains(name)
        }
        Ok(Format::Compiled | Format::EsModule) => {
            let Ok(parsed) = workspace.parse(path) else {
                return true;
            };
            let scope = ModuleScope::new(parsed);
            scope.export(name).is_some()
                || (name != "default"
                    && scope.star_exports.iter().any(|specifier| {
                        resolver.resolve(path, specifier).is_ok_and(|target| {
                            provides_within(workspace, resolver, &target, name, seen)
                        })
                    }))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_three_link_errors() {
        assert_eq!(
            parse("Could not find export 'x' in module '/a/b.ts'\n    at <anonymous>"),
            Some(LinkError {
                failure: Failure::NotFound,
                export: "x",
                module: "/a/b.ts"
            })
        );
        assert_eq!(
            parse("circular reference when looking for export 'y' in module '/a/c'"),
            Some(LinkError {
                failure: Failure::Circular,
                export: "y",
                module: "/a/c"
            })
        );
        assert_eq!(
            parse("export 'z' in module '/a/d.mjs' is ambiguous"),
            Some(LinkError {
                failure: Failure::Ambiguous,
                export: "z",
                module: "/a/d.mjs"
            })
        );
        assert_eq!(parse("x is not defined"), None);
    }
}
