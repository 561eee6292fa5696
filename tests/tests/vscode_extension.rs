//! The VS Code extension without VS Code: `npm test` in editors/vscode typechecks it with
//! tsc and runs its node:test suites (binary discovery; activation against a mocked `vscode`
//! module; the real server spoken to with vscode-jsonrpc), then `vsce package` must produce a
//! .vsix holding the extension.

use std::process::Command;

use convexkit_tests::{convexkit, npm_ci, repo_root, run_convexkit, scratch_app};

#[test]
fn extension_typechecks_passes_its_tests_and_packages() {
    let extension = repo_root().join("editors/vscode");
    npm_ci(&extension);
    // The protocol test talks to the real server on a fixture app.
    let project = scratch_app("lint-app", "default");
    assert!(run_convexkit(project.path(), &["codegen"]).status.success());
    let test = Command::new("npm")
        .arg("test")
        .current_dir(&extension)
        .env("CONVEXKIT_BIN", convexkit())
        .env("PROJECT", project.path())
        .output()
        .unwrap();
    let log = String::from_utf8_lossy(&test.stdout);
    assert!(
        test.status.success(),
        "{log}{}",
        String::from_utf8_lossy(&test.stderr)
    );
    assert!(
        log.contains("# fail 0") && log.contains("# pass 8") && log.contains("# skipped 0"),
        "{log}"
    );

    let vsix = extension.join("convexkit.vsix");
    let _ = std::fs::remove_file(&vsix);
    let package = Command::new("npm")
        .args(["run", "package"])
        .current_dir(&extension)
        .output()
        .unwrap();
    assert!(
        package.status.success(),
        "{}{}",
        String::from_utf8_lossy(&package.stdout),
        String::from_utf8_lossy(&package.stderr)
    );
    let bytes = std::fs::read(&vsix).unwrap();
    std::fs::remove_file(&vsix).unwrap();
    let contains = |needle: &str| bytes.windows(needle.len()).any(|w| w == needle.as_bytes());
    assert!(bytes.starts_with(b"PK"), "a .vsix is a zip archive");
    for entry in [
        "extension/package.json",
        "extension/out/src/extension.js",
        "extension/node_modules/vscode-languageclient/package.json",
    ] {
        assert!(contains(entry), "{entry} is missing from the .vsix");
    }
}
