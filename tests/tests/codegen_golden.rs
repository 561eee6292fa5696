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

convexkit_tests::for_each_fixture_mode!(golden);
