//! Shared helpers of the end-to-end tests: the `convexkit` binary, fixture apps with their
//! npm dependencies installed, and scratch copies of an app in a given codegen mode.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;
use std::time::{Duration, SystemTime};

pub mod corpus;
pub mod dev_server;
pub mod engine;

/// The codegen modes every fixture's goldens are made in: what each merges into convex.json
/// (`codegen` one level deep), as tests/fixtures/regenerate-goldens.sh does.
pub const MODES: [(&str, &str); 5] = [
    ("default", "{}"),
    (
        "legacy-component-api",
        r#"{"codegen":{"legacyComponentApi":true}}"#,
    ),
    (
        "static",
        r#"{"codegen":{"staticApi":true,"staticDataModel":true}}"#,
    ),
    ("ts", r#"{"codegen":{"fileType":"ts"}}"#),
    ("commonjs", r#"{"generateCommonJSApi":true}"#),
];

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ lives in the repo")
        .to_path_buf()
}

pub fn fixture_dir(app: &str) -> PathBuf {
    repo_root().join("tests/fixtures").join(app)
}

/// Builds (once per process) and returns the `convexkit` binary.
pub fn convexkit() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let root = repo_root();
        let status = Command::new(env!("CARGO"))
            .args(["build", "--quiet", "-p", "convexkit"])
            .current_dir(&root)
            .status()
            .expect("cargo runs");
        assert!(status.success(), "building convexkit failed");
        let target =
            std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from);
        target.join("debug").join("convexkit")
    })
}

/// Installs the npm dependencies of `dir` (a folder with package.json and its lockfile).
pub fn npm_ci(dir: &Path) {
    let name = dir
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let lock = File::create(std::env::temp_dir().join(format!("convexkit-npm-{name}.lock")))
        .expect("lock file");
    lock.lock().expect("lock the install");
    if !dir.join("node_modules/.package-lock.json").is_file() {
        let output = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--ignore-scripts"])
            .current_dir(dir)
            .output()
            .expect("npm is installed");
        assert!(
            output.status.success(),
            "npm ci in {} failed:\n{}",
            dir.display(),
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

/// Installs the fixture's npm dependencies from its lockfile (`npm ci`) unless present.
/// A file lock keeps parallel test processes from installing the same app at once.
pub fn ensure_node_modules(app: &str) -> PathBuf {
    let dir = fixture_dir(app);
    npm_ci(&dir);
    dir.join("node_modules")
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name();
        if ["node_modules", "golden", "_generated"].contains(&name.to_string_lossy().as_ref()) {
            continue;
        }
        let target = to.join(&name);
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A scratch copy of a fixture app (node_modules linked, no goldens) whose convex.json
/// carries the codegen options of `mode`.
pub fn scratch_app(app: &str, mode: &str) -> tempfile::TempDir {
    let scratch = tempfile::Builder::new()
        .prefix(&format!("convexkit-{app}-"))
        .tempdir()
        .unwrap();
    copy_app(app, scratch.path());
    let options = MODES
        .iter()
        .find(|(m, _)| *m == mode)
        .expect("a known mode")
        .1;
    merge_convex_json(scratch.path(), options);
    scratch
}

/// Copies a fixture app (node_modules linked, no goldens) into `to`, e.g. one project of
/// a monorepo.
pub fn copy_app(app: &str, to: &Path) {
    let node_modules = ensure_node_modules(app);
    copy_tree(&fixture_dir(app), to);
    std::os::unix::fs::symlink(node_modules, to.join("node_modules")).unwrap();
}

/// A scratch copy of the published-components app (default codegen mode) with `files`
/// added (path under the project, text), `installs` lines after `defineApp()` in
/// convex.config.ts (each `import` line, then its `app.use(...)` line), and codegen run.
pub fn published_app_with(files: &[(&str, &str)], installs: &[(&str, &str)]) -> tempfile::TempDir {
    let project = scratch_app("published-components", "default");
    let dir = project.path();
    let write = |rel: &str, text: &str| {
        let path = dir.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    for (path, text) in files {
        write(path, text);
    }
    let imports: String = installs
        .iter()
        .map(|(import, _)| format!("{import}\n"))
        .collect();
    let uses: String = installs
        .iter()
        .map(|(_, used)| format!("\n{used}"))
        .collect();
    let config = std::fs::read_to_string(dir.join("convex/convex.config.ts"))
        .unwrap()
        .replace(
            "const app = defineApp();",
            &format!("{imports}const app = defineApp();{uses}"),
        );
    write("convex/convex.config.ts", &config);
    let codegen = run_convexkit(dir, &["codegen"]);
    assert!(
        codegen.status.success(),
        "{}",
        String::from_utf8_lossy(&codegen.stderr)
    );
    project
}

/// Merges `options` (a JSON object) into the project's convex.json, `codegen` one level deep.
pub fn merge_convex_json(project: &Path, options: &str) {
    let path = project.join("convex.json");
    let mut config: serde_json::Value = std::fs::read_to_string(&path)
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_else(|| serde_json::json!({}));
    let options: serde_json::Value = serde_json::from_str(options).unwrap();
    let config_map = config.as_object_mut().unwrap();
    for (key, value) in options.as_object().unwrap() {
        match (key.as_str(), config_map.get_mut(key)) {
            ("codegen", Some(serde_json::Value::Object(existing))) => {
                existing.extend(value.as_object().unwrap().clone());
            }
            _ => {
                config_map.insert(key.clone(), value.clone());
            }
        }
    }
    std::fs::write(path, serde_json::to_string_pretty(&config).unwrap()).unwrap();
}

/// Runs `convexkit <args>` in `dir`.
/// Sets the modification time of every file and folder under `dir` (not through links) an
/// hour back: what was written in the last moments is never trusted by the cache.
pub fn age(dir: &Path) {
    let hour_ago = SystemTime::now() - Duration::from_secs(3600);
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let kind = entry.file_type().unwrap();
        if kind.is_symlink() {
            continue;
        }
        if kind.is_dir() {
            age(&entry.path());
        }
        let file = std::fs::File::open(entry.path()).unwrap();
        file.set_modified(hour_ago).unwrap();
    }
    std::fs::File::open(dir)
        .unwrap()
        .set_modified(hour_ago)
        .unwrap();
}

pub fn run_convexkit(dir: &Path, args: &[&str]) -> Output {
    Command::new(convexkit())
        .args(args)
        .current_dir(dir)
        .output()
        .expect("convexkit runs")
}

/// Runs `function` of the component instance `component` with `args` through `convexkit
/// run`: Ok(its result) or Err(stderr).
pub fn run_in_component(
    dir: &Path,
    component: &str,
    function: &str,
    args: &serde_json::Value,
) -> Result<serde_json::Value, String> {
    let args = args.to_string();
    let output = run_convexkit(dir, &["run", "--component", component, function, &args]);
    if output.status.success() {
        serde_json::from_slice(&output.stdout).map_err(|e| e.to_string())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).into_owned())
    }
}

/// Every file under `root` (relative paths, sorted), skipping node_modules.
pub fn files_under(root: &Path) -> Vec<PathBuf> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if entry.file_name() == "node_modules" {
                continue;
            }
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                out.push(path.strip_prefix(root).unwrap().to_path_buf());
            }
        }
    }
    let mut out = Vec::new();
    walk(root, root, &mut out);
    out.sort();
    out
}

/// The generated files of a project: everything inside a `_generated/` folder.
pub fn generated_files(project: &Path) -> Vec<PathBuf> {
    files_under(project)
        .into_iter()
        .filter(|p| p.components().any(|c| c.as_os_str() == "_generated"))
        .collect()
}

/// Calls `$test! { name: "app", "mode"; … }` with every fixture app that has goldens in
/// every codegen mode (the [`MODES`]), so each suite covers the same matrix.
#[macro_export]
macro_rules! for_each_fixture_mode {
    ($test:ident) => {
        $test! {
            plain_app_default: "plain-app", "default";
            plain_app_legacy_component_api: "plain-app", "legacy-component-api";
            plain_app_static: "plain-app", "static";
            plain_app_ts: "plain-app", "ts";
            plain_app_commonjs: "plain-app", "commonjs";
            odd_modules_default: "odd-modules", "default";
            odd_modules_legacy_component_api: "odd-modules", "legacy-component-api";
            odd_modules_static: "odd-modules", "static";
            odd_modules_ts: "odd-modules", "ts";
            odd_modules_commonjs: "odd-modules", "commonjs";
            local_components_default: "local-components", "default";
            local_components_legacy_component_api: "local-components", "legacy-component-api";
            local_components_static: "local-components", "static";
            local_components_ts: "local-components", "ts";
            local_components_commonjs: "local-components", "commonjs";
            published_components_default: "published-components", "default";
            published_components_legacy_component_api: "published-components", "legacy-component-api";
            published_components_static: "published-components", "static";
            published_components_ts: "published-components", "ts";
            published_components_commonjs: "published-components", "commonjs";
        }
    };
}

/// A `check --format json` finding as (code, path, line, column).
pub type Finding = (String, String, u64, u64);

/// `convexkit check --format json` with `extra` arguments: its exit code and findings.
pub fn check_json(dir: &Path, extra: &[&str]) -> (Option<i32>, Vec<Finding>) {
    let mut args = vec!["check", "--format", "json"];
    args.extend_from_slice(extra);
    let output = run_convexkit(dir, &args);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "{e}: {}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    });
    let found = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["path"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
            )
        })
        .collect();
    (output.status.code(), found)
}

/// What ESLint with @convex-dev/eslint-plugin 5.0.0 (its recommended config, syntax-only:
/// `tests/eslint-oracle/lint.mjs`) reports on `files` (relative to `project`, folders
/// allowed), as (rule, path relative to `project`, line), sorted.
pub fn eslint_plugin_findings(project: &Path, files: &[&str]) -> Vec<(String, String, u64)> {
    eslint_findings(project, files, &[])
}

/// [`eslint_plugin_findings`] with more arguments for `lint.mjs` (`--rules all`, `--options
/// JSON`).
pub fn eslint_findings(
    project: &Path,
    files: &[&str],
    args: &[String],
) -> Vec<(String, String, u64)> {
    let oracle = repo_root().join("tests/eslint-oracle");
    npm_ci(&oracle);
    let output = Command::new("node")
        .arg(oracle.join("lint.mjs"))
        .arg(project)
        .args(args)
        .args(files)
        .output()
        .expect("node runs");
    assert!(
        output.status.success(),
        "ESLint failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let mut found: Vec<(String, String, u64)> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .map(|f| {
            (
                f["code"].as_str().unwrap_or_default().to_string(),
                f["path"].as_str().unwrap_or_default().to_string(),
                f["line"].as_u64().unwrap_or_default(),
            )
        })
        .filter(|(code, path, _)| {
            convexkit_analysis::rules::rule(code).is_some_and(|r| r.eslint_plugin)
                && is_module_name(path)
        })
        .collect();
    found.sort();
    found
}

/// Whether a file can be a Convex module by its name (what convexkit lints): not `.x`,
/// `#x`, `x.test.ts`, nor a path with a space. ESLint lints every file it is given.
fn is_module_name(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    !name.starts_with(['.', '#']) && name.matches('.').count() <= 1 && !path.contains(' ')
}
