//! The real-app corpus (tests/corpus/*/, see its README.md): each app's manifest, its
//! dependencies installed with its own package manager, and scratch copies to run on.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use crate::{merge_convex_json, repo_root, MODES};

/// One corpus app and its manifest (`corpus.json`).
pub struct CorpusApp {
    pub name: String,
    pub dir: PathBuf,
    pub manifest: Value,
}

impl CorpusApp {
    /// The Convex project's folder, relative to the app folder.
    pub fn project(&self) -> &str {
        self.manifest["project"].as_str().unwrap_or(".")
    }

    /// The codegen modes the official CLI succeeds in.
    pub fn modes(&self) -> Vec<&str> {
        self.manifest["modes"]
            .as_array()
            .map(|m| m.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default()
    }

    pub fn component_dir(&self) -> Option<&str> {
        self.manifest["componentDir"].as_str()
    }

    /// Installs the app's dependencies from its lockfile unless they are there.
    pub fn install(&self) {
        let lock = std::fs::File::create(
            std::env::temp_dir().join(format!("convexkit-corpus-{}.lock", self.name)),
        )
        .expect("lock file");
        lock.lock().expect("lock the install");
        // Written last: an install that was interrupted is made again from scratch.
        let installed = self.dir.join("node_modules/.convexkit-installed");
        if installed.is_file() {
            return;
        }
        let _ = std::fs::remove_dir_all(self.dir.join("node_modules"));
        let manager = self.manifest["install"].as_str().unwrap_or("npm");
        let mut command = match manager {
            "npm" => {
                let mut npm = Command::new("npm");
                npm.args(["ci", "--no-audit", "--no-fund", "--ignore-scripts"]);
                npm
            }
            "pnpm" | "bun" => {
                // The version the app pins (`packageManager`), from the npm registry.
                let pinned = std::fs::read_to_string(self.dir.join("package.json"))
                    .ok()
                    .and_then(|t| serde_json::from_str::<Value>(&t).ok())
                    .and_then(|p| p["packageManager"].as_str().map(String::from))
                    .filter(|p| p.starts_with(manager))
                    .map(|p| p.split('+').next().unwrap_or(&p).to_string())
                    .unwrap_or_else(|| manager.to_string());
                let mut npx = Command::new("npx");
                npx.args([
                    "--yes",
                    &pinned,
                    "install",
                    "--frozen-lockfile",
                    "--ignore-scripts",
                ]);
                npx
            }
            other => panic!("{}: unknown install \"{other}\"", self.name),
        };
        let output = command
            .current_dir(&self.dir)
            .output()
            .expect("the package manager runs");
        assert!(
            output.status.success(),
            "installing {} failed:\n{}\n{}",
            self.name,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        std::fs::write(&installed, "").expect("mark the install done");
    }

    /// A scratch copy of the app (no goldens or generated files; every node_modules folder
    /// linked to the installed one) whose project's convex.json carries `mode`'s options.
    /// Returns the scratch folder and the project inside it.
    pub fn scratch(&self, mode: &str) -> (tempfile::TempDir, PathBuf) {
        self.install();
        let scratch = tempfile::Builder::new()
            .prefix(&format!("convexkit-corpus-{}-", self.name))
            .tempdir()
            .unwrap();
        copy_linking_node_modules(&self.dir, scratch.path());
        let project = scratch.path().join(self.project());
        if let Some((_, options)) = MODES.iter().find(|(m, _)| *m == mode) {
            if *options != "{}" {
                merge_convex_json(&project, options);
            }
        }
        (scratch, project)
    }
}

fn copy_linking_node_modules(from: &Path, to: &Path) {
    copy_tree(from, to, from, to);
}

/// Copies `from` (inside the app at `app`) to `to` (inside its copy at `copy`), linking
/// node_modules instead of copying them.
fn copy_tree(from: &Path, to: &Path, app: &Path, copy: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name();
        let target = to.join(&name);
        match name.to_string_lossy().as_ref() {
            "golden" if from.join("corpus.json").is_file() => continue,
            "_generated" => continue,
            "node_modules" => {
                link_node_modules(&entry.path(), &target, app, copy);
                continue;
            }
            _ => {}
        }
        let kind = entry.file_type().unwrap();
        if kind.is_dir() {
            copy_tree(&entry.path(), &target, app, copy);
        } else if kind.is_symlink() {
            std::os::unix::fs::symlink(std::fs::read_link(entry.path()).unwrap(), target).unwrap();
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A node_modules folder of the copy: each package links to the installed one, except the
/// app's own workspace packages, which link to their copies (so what codegen writes into a
/// workspace component lands in the copy, not in the corpus).
fn link_node_modules(from: &Path, to: &Path, app: &Path, copy: &Path) {
    std::fs::create_dir_all(to).unwrap();
    let app = std::fs::canonicalize(app).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name();
        let target = to.join(&name);
        let kind = entry.file_type().unwrap();
        if kind.is_dir() && name.to_string_lossy().starts_with('@') {
            link_node_modules(&entry.path(), &target, &app, copy);
            continue;
        }
        let resolved = std::fs::canonicalize(entry.path()).unwrap_or_else(|_| entry.path());
        let workspace_package = kind.is_symlink()
            && resolved.starts_with(&app)
            && !resolved
                .components()
                .any(|c| c.as_os_str() == "node_modules");
        let source = match resolved.strip_prefix(&app) {
            Ok(inside) if workspace_package => copy.join(inside),
            _ => entry.path(),
        };
        std::os::unix::fs::symlink(source, target).unwrap();
    }
}

/// Every corpus app, by name; only those `CONVEXKIT_CORPUS` names (comma-separated) when
/// it is set, to try a few apps locally.
pub fn corpus_apps() -> Vec<CorpusApp> {
    let only: Option<Vec<String>> = std::env::var("CONVEXKIT_CORPUS")
        .ok()
        .map(|names| names.split(',').map(|n| n.trim().to_string()).collect());
    let root = repo_root().join("tests/corpus");
    let mut apps: Vec<CorpusApp> = std::fs::read_dir(&root)
        .unwrap()
        .flatten()
        .filter(|e| e.path().join("corpus.json").is_file())
        .filter(|e| {
            only.as_ref()
                .is_none_or(|names| names.iter().any(|n| *n == *e.file_name().to_string_lossy()))
        })
        .map(|e| {
            let dir = e.path();
            let manifest = std::fs::read_to_string(dir.join("corpus.json")).unwrap();
            CorpusApp {
                name: e.file_name().to_string_lossy().into_owned(),
                manifest: serde_json::from_str(&manifest)
                    .unwrap_or_else(|e| panic!("{}/corpus.json: {e}", dir.display())),
                dir,
            }
        })
        .collect();
    apps.sort_by(|a, b| a.name.cmp(&b.name));
    apps
}
