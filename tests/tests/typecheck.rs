//! convexkit's generated files typecheck with `tsc --noEmit` (typescript from each
//! fixture's lockfile) against the app code that uses them.

use std::process::Command;

use convexkit_tests::{run_convexkit, scratch_app};

fn assert_typechecks(app: &str, mode: &str) {
    let project = scratch_app(app, mode);
    let dir = project.path();
    let codegen = run_convexkit(dir, &["codegen"]);
    assert!(
        codegen.status.success(),
        "{}",
        String::from_utf8_lossy(&codegen.stderr)
    );
    let tsc = Command::new(dir.join("node_modules/.bin/tsc"))
        .args(["--noEmit", "-p", "."])
        .current_dir(dir)
        .output()
        .expect("tsc from the fixture's node_modules");
    assert!(
        tsc.status.success(),
        "tsc failed on {app} ({mode}):\n{}{}",
        String::from_utf8_lossy(&tsc.stdout),
        String::from_utf8_lossy(&tsc.stderr)
    );
}

macro_rules! typecheck {
    ($($name:ident: $app:literal, $mode:literal;)*) => {
        $(#[test]
        fn $name() {
            assert_typechecks($app, $mode);
        })*
    };
}

typecheck! {
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
