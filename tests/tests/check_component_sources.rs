//! No false positives on real code: the rules run over the TypeScript sources that the
//! published component packages ship (`src/component`), each loaded as a project whose
//! functions folder is that component.

use convexkit_analysis::diagnostic::Diagnostic;
use convexkit_analysis::model::{Detail, ProjectModel};
use convexkit_analysis::rules::rule;
use convexkit_analysis::workspace::Workspace;
use convexkit_tests::{ensure_node_modules, eslint_plugin_findings};

const PACKAGES: [&str; 12] = [
    "action-cache",
    "aggregate",
    "batch-worker",
    "crons",
    "geospatial",
    "migrations",
    "presence",
    "rate-limiter",
    "resend",
    "sharded-counter",
    "workflow",
    "workpool",
];

#[test]
fn rules_report_nothing_on_published_component_sources() {
    let node_modules = ensure_node_modules("component-sources");
    let mut report = Vec::new();
    let mut modules = 0;
    let mut instances = Vec::new();
    for package in PACKAGES {
        let root = node_modules.join("@convex-dev").join(package);
        let scratch = tempfile::tempdir().unwrap();
        let functions = root.join("src/component");
        std::fs::write(
            scratch.path().join("convex.json"),
            serde_json::json!({ "functions": functions }).to_string(),
        )
        .unwrap();
        let workspace = Workspace::new();
        let model = ProjectModel::load(scratch.path(), &workspace, Detail::ALL).unwrap();
        modules += model.app().modules.len();
        instances.extend(
            model
                .app()
                .uses
                .iter()
                .map(|u| format!("{package}/{}", u.name)),
        );
        assert!(
            !model.app().modules.is_empty(),
            "{package}: its component modules are found"
        );
        // The package's own `_generated/` may come from another convex version, so
        // `stale-generated` is not asked for here.
        let (plugin, findings): (Vec<Diagnostic>, Vec<Diagnostic>) =
            convexkit_analysis::lint::lint(&model, &workspace, None)
                .into_iter()
                .filter(|d| rule(d.code).is_some())
                .partition(|d| rule(d.code).is_some_and(|r| r.eslint_plugin));
        // The plugin's rules find what ESLint with the plugin finds (these packages use the
        // ID-only database calls it asks to migrate); convexkit's own rules find nothing.
        let mut plugin: Vec<(String, String, u64)> = plugin
            .iter()
            .map(|d| {
                let text = std::fs::read_to_string(&d.file).unwrap();
                let line = text[..d.span.unwrap().start as usize].matches('\n').count() + 1;
                let path = d
                    .file
                    .strip_prefix(&root)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                (d.code.to_string(), path, line as u64)
            })
            .collect();
        plugin.sort();
        let expected = eslint_plugin_findings(&root, &["src/component"]);
        if plugin != expected {
            report.push(format!(
                "{package}: the plugin's rules found {plugin:?}, ESLint with the plugin {expected:?}"
            ));
        }
        for finding in findings {
            report.push(format!(
                "{package}: {} {} {}",
                finding.code,
                finding.file.display(),
                finding.message
            ));
        }
    }
    assert!(modules > 50, "only {modules} modules were linted");
    // The nested components are part of what was checked (e.g. unused-component).
    for nested in ["aggregate/batchWorker", "workflow/workpool"] {
        assert!(
            instances.iter().any(|i| i == nested),
            "{nested} not in {instances:?}"
        );
    }
    assert!(report.is_empty(), "false positives:\n{}", report.join("\n"));
}
