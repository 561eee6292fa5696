//! `convexkit codegen` on every fixture app in every codegen mode must write exactly the
//! files the official CLI (convex 1.48.0) wrote into `golden/<mode>/`, byte for byte.

use convexkit_tests::{generated_files, run_convexkit, scratch_app};

fn assert_matches_golden(app: &str, mode: &str) {
    let project = scratch_app(app, mode);
    let output = run_convexkit(project.path(), &["codegen"]);
    assert!(
        output.status.success(),
        "codegen failed on {app} ({mode}):\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let golden = convexkit_tests::fixture_dir(app).join("golden").join(mode);
    let expected = convexkit_tests::files_under(&golden);
    assert!(!expected.is_empty(), "no goldens for {app} ({mode})");
    assert_eq!(
        generated_files(project.path()),
        expected,
        "the set of generated files differs"
    );
    for file in &expected {
        let want = std::fs::read_to_string(golden.join(file)).unwrap();
        let got = std::fs::read_to_string(project.path().join(file)).unwrap();
        if want != got {
            panic!(
                "{app} ({mode}): {} differs from the golden\n{}",
                file.display(),
                first_difference(&want, &got)
            );
        }
    }
    // A second run finds nothing to change.
    let again = run_convexkit(project.path(), &["codegen", "--check"]);
    assert_eq!(
        again.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&again.stdout)
    );
}

fn first_difference(want: &str, got: &str) -> String {
    let line = want
        .lines()
        .zip(got.lines())
        .position(|(a, b)| a != b)
        .unwrap_or(want.lines().count().min(got.lines().count()));
    format!(
        "first difference at line {}:\n  golden: {:?}\n  actual: {:?}",
        line + 1,
        want.lines().nth(line).unwrap_or("<end of file>"),
        got.lines().nth(line).unwrap_or("<end of file>")
    )
}

macro_rules! golden {
    ($($name:ident: $app:literal, $mode:literal;)*) => {
        $(#[test]
        fn $name() {
            assert_matches_golden($app, $mode);
        })*
    };
}

golden! {
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
