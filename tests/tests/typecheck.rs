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

convexkit_tests::for_each_fixture_mode!(typecheck);
