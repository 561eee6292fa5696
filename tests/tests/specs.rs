//! Rule specs in the style of biome: `specs/<rule>/` holds `valid.ts` (nothing may be
//! reported) and `invalid.ts` (every line ending in `// expect` starts one diagnostic of the
//! rule, and no other line does), optionally `schema.ts` and `convexkit.json` (the rule's
//! options; `specs/<rule>.<variant>/` holds the same rule under other options) and other
//! modules the specs import. Each file is linted as a module of a project of its own; the diagnostics and
//! the text after `check --fix` are snapshots, reviewed like any output format.

use std::path::{Path, PathBuf};

use convexkit_analysis::diagnostic::{apply_safe_fixes, Diagnostic};
use convexkit_analysis::model::{Detail, ProjectModel};
use convexkit_analysis::workspace::Workspace;
use convexkit_tests::{eslint_findings, repo_root};

const EXPECT: &str = "// expect";
/// Marks an expected finding that ESLint's syntax-only mode does not make (convexkit
/// follows what only its typed mode or nothing in it does), with why.
const CONVEXKIT_ONLY: &str = "// expect, convexkit only:";
/// Marks a line the plugin reports and convexkit deliberately does not, with why.
const ESLINT_ONLY: &str = "// eslint only:";

fn specs_dir() -> PathBuf {
    repo_root().join("analysis/tests/specs")
}

/// Lints `file` (a spec) as `convex/<module>` of a fresh project, keeping `code`'s findings.
fn lint_spec(
    rule_dir: &Path,
    file: &str,
    module: &str,
    code: &str,
) -> (PathBuf, Vec<Diagnostic>, tempfile::TempDir) {
    let project = tempfile::tempdir().unwrap();
    let root = project.path();
    std::fs::write(
        root.join("package.json"),
        r#"{ "name": "spec", "dependencies": { "convex": "1.48.0" } }"#,
    )
    .unwrap();
    let convex = root.join("convex");
    std::fs::create_dir_all(convex.join(Path::new(module).parent().unwrap())).unwrap();
    // The folder's other modules and folders (not specs) are the project's too: a schema,
    // a module the spec imports, a local component.
    copy_project_files(rule_dir, &convex, &convex.join(module));
    if rule_dir.join("convexkit.json").is_file() {
        std::fs::copy(rule_dir.join("convexkit.json"), root.join("convexkit.json")).unwrap();
    } else if !convexkit_analysis::rules::rule(code).unwrap().enabled {
        // Rules off by default are on for their own specs.
        std::fs::write(
            root.join("convexkit.json"),
            format!(r#"{{ "rules": {{ "{code}": "error" }} }}"#),
        )
        .unwrap();
    }
    let target = convex.join(module);
    std::fs::copy(rule_dir.join(file), &target).unwrap();
    let workspace = Workspace::new();
    let model = ProjectModel::load(root, &workspace, Detail::ALL).unwrap();
    let diagnostics = convexkit_analysis::lint::lint(&model, &workspace, None)
        .into_iter()
        .filter(|d| d.code == code)
        .collect();
    (target, diagnostics, project)
}

/// Copies the project files of a spec folder into `to` (the functions folder), all but the
/// one the spec itself becomes (`target`).
fn copy_project_files(from: &Path, to: &Path, target: &Path) {
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let spec = name.starts_with("valid") || name.starts_with("invalid");
        if entry.path().is_dir() && name != "snapshots" {
            std::fs::create_dir_all(to.join(&name)).unwrap();
            copy_project_files(&entry.path(), &to.join(&name), target);
        } else if !spec && name.ends_with(".ts") && to.join(&name) != target {
            std::fs::copy(entry.path(), to.join(&name)).unwrap();
        }
    }
}

fn line_of(text: &str, offset: u32) -> usize {
    text[..offset as usize].matches('\n').count() + 1
}

/// The diagnostics as reviewed text: `line:column code severity: message`, help, and the
/// source line underlined.
fn render(text: &str, diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diagnostics {
        let span = d.span.expect("a located diagnostic");
        let line = line_of(text, span.start);
        let line_start = text[..span.start as usize].rfind('\n').map_or(0, |i| i + 1);
        let column = text[line_start..span.start as usize].chars().count() + 1;
        out += &format!(
            "{line}:{column} {} {:?}: {}\n",
            d.code, d.severity, d.message
        );
        if let Some(help) = &d.help {
            out += &format!("  help: {help}\n");
        }
        if let Some(fix) = &d.fix {
            out += &format!(
                "  fix{}: {}\n",
                if fix.safe { "" } else { " (unsafe)" },
                fix.title
            );
        }
        let source_line = text[line_start..].lines().next().unwrap_or("");
        out += &format!("  | {source_line}\n");
    }
    out
}

#[test]
fn every_rule_spec_holds() {
    let mut checked = 0;
    let mut entries: Vec<_> = std::fs::read_dir(specs_dir()).unwrap().flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries.into_iter().filter(|e| e.file_name() != "snapshots") {
        let rule_dir = entry.path();
        // `<code>` or `<code>.<variant>` (the same rule under other options).
        let folder = entry.file_name().to_string_lossy().into_owned();
        let code = folder.split('.').next().unwrap().to_string();
        assert!(
            convexkit_analysis::rules::rule(&code).is_some(),
            "specs/{code}: no rule has this code"
        );
        for (file, module) in spec_files(&rule_dir) {
            let (target, diagnostics, project_dir) = lint_spec(&rule_dir, &file, &module, &code);
            let text = std::fs::read_to_string(&target).unwrap();
            let reported: Vec<usize> = diagnostics
                .iter()
                .map(|d| line_of(&text, d.span.unwrap().start))
                .collect();
            let expected: Vec<usize> = text
                .lines()
                .enumerate()
                .filter(|(_, l)| l.contains(EXPECT))
                .map(|(i, _)| i + 1)
                .collect();
            if convexkit_analysis::rules::rule(&code)
                .unwrap()
                .eslint_plugin
            {
                let by_eslint: Vec<usize> = text
                    .lines()
                    .enumerate()
                    .filter(|(_, l)| {
                        l.contains(EXPECT) && !l.contains(CONVEXKIT_ONLY) || l.contains(ESLINT_ONLY)
                    })
                    .map(|(i, _)| i + 1)
                    .collect();
                let project = project_dir.path();
                let relative = target.strip_prefix(project).unwrap();
                let options = std::fs::read_to_string(rule_dir.join("convexkit.json"))
                    .ok()
                    .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
                    .and_then(|c| c["rules"][&code].get(1).cloned());
                let mut args = vec!["--rules".to_string(), "all".to_string()];
                if let Some(options) = options {
                    args.push("--options".into());
                    args.push(serde_json::json!({ &code: options }).to_string());
                }
                let relative = relative.to_string_lossy();
                let by_oracle: Vec<usize> = eslint_findings(project, &[&relative], &args)
                    .into_iter()
                    .filter(|(rule, _, _)| *rule == code)
                    .map(|(_, _, line)| line as usize)
                    .collect();
                assert_eq!(
                    by_oracle,
                    by_eslint,
                    "{folder}/{file}: lines ESLint with @convex-dev/eslint-plugin reports vs lines marked `{EXPECT}` (not `{CONVEXKIT_ONLY}`) or `{ESLINT_ONLY}`"
                );
            }
            if file.starts_with("valid") {
                assert!(
                    expected.is_empty(),
                    "{code}/{file}: a valid spec expects nothing"
                );
            } else {
                assert!(
                    !expected.is_empty(),
                    "{code}/{file}: an invalid spec expects something"
                );
            }
            assert_eq!(
                reported, expected,
                "{folder}/{file}: lines reported vs lines marked `{EXPECT}`"
            );
            let mut snapshot = render(&text, &diagnostics);
            let fixed = apply_safe_fixes(&diagnostics, |f| std::fs::read_to_string(f)).unwrap();
            if let Some((_, after)) = fixed.files.iter().find(|(f, _)| *f == target) {
                snapshot += &format!("\n--- after check --fix ---\n{after}");
            }
            let name = format!(
                "{folder}__{}",
                file.trim_end_matches(".ts").trim_end_matches(".tsx")
            );
            insta::with_settings!({ snapshot_path => specs_dir().join("snapshots"), prepend_module_to_snapshot => false }, {
                insta::assert_snapshot!(name, snapshot);
            });
            checked += 1;
        }
    }
    assert!(checked > 0, "no spec found");
}

/// The spec files of a rule folder, each with the module path it is linted as: a file
/// named `*.schema.ts` is the schema, `*.config.ts` the `convex.config.ts`, others
/// `<name>.ts`, in the folder `spec.json` names
/// (`{ "moduleDir": "widgets" }`: inside that local component).
fn spec_files(rule_dir: &Path) -> Vec<(String, String)> {
    let module_dir = std::fs::read_to_string(rule_dir.join("spec.json"))
        .ok()
        .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
        .and_then(|spec| spec["moduleDir"].as_str().map(|d| format!("{d}/")))
        .unwrap_or_default();
    let mut files: Vec<(String, String)> = std::fs::read_dir(rule_dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| {
            (name.starts_with("valid") || name.starts_with("invalid")) && !name.ends_with(".snap")
        })
        .map(|name| {
            let module = if name.contains(".schema.") {
                format!("{module_dir}schema.ts")
            } else if name.contains(".config.") {
                format!("{module_dir}convex.config.ts")
            } else {
                format!(
                    "{module_dir}{}",
                    name.replace('.', "_").replacen("_ts", ".ts", 1)
                )
            };
            (name, module)
        })
        .collect();
    files.sort();
    files
}
