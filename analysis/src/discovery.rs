//! Which files under a functions folder are Convex modules, by the official CLI's rules.

use std::path::{Path, PathBuf};

use crate::workspace::{EntryKind, Workspace};

const ENTRY_POINT_EXTENSIONS: [&str; 8] =
    [".js", ".mjs", ".cjs", ".ts", ".tsx", ".mts", ".cts", ".jsx"];

/// The result of scanning one functions folder.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Discovery {
    /// Module paths relative to the folder, forward slashes, sorted by code units.
    pub modules: Vec<String>,
    /// Sub-folders (relative) holding their own `convex.config.ts`: local components.
    pub component_dirs: Vec<String>,
    /// Files inside the reserved `_deps/` folder, which is an error.
    pub reserved_deps: Vec<String>,
    /// `schema.ts`/`schema.js` files in sub-folders: no modules, but code of the schema
    /// (the root one imports them), which the rules read.
    pub nested_schemas: Vec<String>,
}

/// Lists the modules of the functions folder `dir`, reading files through `workspace` (so
/// an unsaved editor buffer counts as the file).
pub fn discover_modules(workspace: &Workspace, dir: &Path) -> std::io::Result<Discovery> {
    let mut found = Discovery::default();
    let mut candidates = Vec::new();
    walk(workspace, dir, "", &mut found, &mut candidates)?;
    // Whether a file is a module depends on its text: read them all at once, on every core.
    let files: Vec<PathBuf> = candidates.iter().map(|rel| dir.join(rel)).collect();
    workspace.read_all(&files);
    found.modules = candidates
        .into_iter()
        .zip(&files)
        .filter(|(rel, file)| declares_module(workspace, file, base_name(rel)))
        .map(|(rel, _)| rel)
        .collect();
    found.modules.sort();
    Ok(found)
}

fn base_name(rel_path: &str) -> &str {
    rel_path.rsplit('/').next().unwrap_or(rel_path)
}

/// Walks the folder: component folders and reserved files into `found`, files that may be
/// modules (by name) into `candidates`.
fn walk(
    workspace: &Workspace,
    dir: &Path,
    rel: &str,
    found: &mut Discovery,
    candidates: &mut Vec<String>,
) -> std::io::Result<()> {
    for (name, kind) in workspace.list_dir(dir)?.iter() {
        let rel_path = if rel.is_empty() {
            name.clone()
        } else {
            format!("{rel}/{name}")
        };
        let path = dir.join(name);
        match kind {
            EntryKind::Dir => {
                let is_component = workspace
                    .list_dir(&path)?
                    .iter()
                    .any(|(child, kind)| child == "convex.config.ts" && *kind == EntryKind::File);
                if is_component {
                    found.component_dirs.push(rel_path);
                    continue;
                }
                walk(workspace, &path, &rel_path, found, candidates)?;
            }
            EntryKind::File if rel_path.starts_with("_deps/") => found.reserved_deps.push(rel_path),
            EntryKind::File => {
                if is_module(&rel_path, name) {
                    candidates.push(rel_path);
                } else if !rel.is_empty()
                    && (name == "schema.ts" || name == "schema.js")
                    && !rel_path.starts_with("_generated/")
                {
                    found.nested_schemas.push(rel_path);
                }
            }
            EntryKind::Other => {}
        }
    }
    Ok(())
}

fn is_module(rel_path: &str, base: &str) -> bool {
    ENTRY_POINT_EXTENSIONS
        .iter()
        .any(|ext| rel_path.ends_with(ext))
        && !rel_path.starts_with("_generated/")
        && !base.starts_with('.')
        && !base.starts_with('#')
        && base != "schema.ts"
        && base != "schema.js"
        && base.matches('.').count() <= 1
        && !rel_path.contains(' ')
}

/// The CLI skips a `.ts`/`.tsx` file unless some line starts (after at most 100 blanks)
/// with `import` or `export`, so an empty file is not mistaken for a module.
fn declares_module(workspace: &Workspace, path: &Path, base: &str) -> bool {
    if !(base.ends_with(".ts") || base.ends_with(".tsx")) {
        return true;
    }
    // A file that cannot be read (or is not UTF-8) is listed, so loading it reports why.
    let Ok(text) = workspace.read(path) else {
        return true;
    };
    text.lines().any(|line| {
        let trimmed = line.trim_start();
        line.len() - trimmed.len() <= 100
            && (trimmed.starts_with("import") || trimmed.starts_with("export"))
    })
}

/// Folders of a project that hold no client code of its own: dependencies, build output,
/// tool state.
const NOT_CLIENT_CODE: [&str; 7] = [
    "node_modules",
    "dist",
    "build",
    "out",
    "coverage",
    "public",
    "target",
];

/// The project's client code that references the app's functions: source files outside
/// the functions folders (`skip`) whose text imports a `_generated/api` (React, Svelte's
/// scripts, Next.js server code), for the rules that check `useQuery(api.x.y, ...)`.
pub fn discover_client_files(workspace: &Workspace, root: &Path, skip: &[PathBuf]) -> Vec<PathBuf> {
    let mut candidates = Vec::new();
    let mut pending = vec![root.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let Ok(listing) = workspace.list_dir(&dir) else {
            continue;
        };
        for (name, kind) in listing.iter() {
            let path = dir.join(name);
            match kind {
                EntryKind::Dir => {
                    if !name.starts_with('.')
                        && !NOT_CLIENT_CODE.contains(&name.as_str())
                        && !skip.contains(&path)
                    {
                        pending.push(path);
                    }
                }
                EntryKind::File => {
                    let source = [".ts", ".tsx", ".js", ".jsx", ".mts", ".mjs"]
                        .iter()
                        .any(|ext| name.ends_with(ext))
                        && !name.ends_with(".d.ts");
                    if source {
                        candidates.push(path);
                    }
                }
                EntryKind::Other => {}
            }
        }
    }
    workspace.read_all(&candidates);
    let mut files: Vec<PathBuf> = candidates
        .into_iter()
        .filter(|file| {
            workspace
                .read(file)
                .is_ok_and(|text| text.contains("_generated/api"))
        })
        .collect();
    files.sort();
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    fn touch(root: &Path, rel: &str, text: &str) {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    #[test]
    fn follows_the_official_rules() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for rel in [
            "messages.ts",
            "Zebra.ts",
            "a10.ts",
            "a2.ts",
            "nested/deep/mod.ts",
            "jsx.jsx",
            "schema.ts",
            "convex.config.ts",
            "x.test.ts",
            ".hidden.ts",
            "#tmp.ts",
            "README.md",
            "with space/mod.ts",
            "_generated/api.js",
            "component/convex.config.ts",
            "component/fns.ts",
            "types.d.ts",
        ] {
            touch(root, rel, "export const x = 1;\n");
        }
        touch(root, "empty.ts", "// nothing here\nconst x = 1;\n");
        touch(root, "plain.js", "const x = 1;\n");
        let found = discover_modules(&Workspace::new(), root).unwrap();
        assert_eq!(
            found.modules,
            [
                "Zebra.ts",
                "a10.ts",
                "a2.ts",
                "jsx.jsx",
                "messages.ts",
                "nested/deep/mod.ts",
                "plain.js"
            ]
        );
        assert_eq!(found.component_dirs, ["component"]);
        assert!(found.reserved_deps.is_empty());
    }

    #[test]
    fn reports_the_reserved_deps_folder() {
        let dir = tempfile::tempdir().unwrap();
        touch(dir.path(), "_deps/x.ts", "export const x = 1;");
        assert_eq!(
            discover_modules(&Workspace::new(), dir.path())
                .unwrap()
                .reserved_deps,
            ["_deps/x.ts"]
        );
    }
}
