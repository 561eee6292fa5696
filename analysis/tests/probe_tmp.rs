use convexkit_analysis::model::{Detail, ProjectModel};
use convexkit_analysis::workspace::Workspace;
#[test]
fn probe() {
    let open = std::env::var("OPEN").unwrap();
    let mid = std::env::var("MID").unwrap_or_default();
    let close = std::env::var("CLOSE").unwrap_or_default();
    let pre = std::env::var("PRE").unwrap_or_default();
    let post = std::env::var("POST").unwrap_or_default();
    let depth: usize = std::env::var("DEPTH").unwrap().parse().unwrap();
    let stack: usize = std::env::var("STACK")
        .map(|s| s.parse().unwrap())
        .unwrap_or(2 << 20);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("package.json"), "{}").unwrap();
    std::fs::create_dir(dir.path().join("convex")).unwrap();
    let text = format!(
        "{pre}{}{mid}{}{post}",
        open.repeat(depth),
        close.repeat(depth)
    );
    std::fs::write(dir.path().join("convex/x.ts"), text).unwrap();
    let root = dir.path().to_path_buf();
    std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || {
            let ws = Workspace::new();
            let m = ProjectModel::load(&root, &ws, Detail::ALL).unwrap();
            eprintln!(
                "diags {:?}",
                m.diagnostics
                    .iter()
                    .map(|d| &d.message)
                    .collect::<Vec<_>>()
                    .first()
            );
        })
        .unwrap()
        .join()
        .unwrap();
}
