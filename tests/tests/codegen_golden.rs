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

/// `generate(model, earlier)` on the project at `project`, as loaded now.
fn generate_with(
    project: &std::path::Path,
    earlier: &convexkit_codegen::Renderings,
) -> convexkit_codegen::Generation {
    use convexkit_analysis::model::{Detail, ProjectModel};
    let workspace = convexkit_analysis::workspace::Workspace::new();
    let model = ProjectModel::load(project, &workspace, Detail::ALL).unwrap();
    assert!(!model.has_errors(), "{:?}", model.diagnostics);
    convexkit_codegen::generate(&model, earlier).unwrap_or_else(|e| panic!("{e:?}"))
}

#[test]
fn a_file_rendered_before_from_the_same_template_and_context_is_taken_as_kept() {
    let project = scratch_app("local-components", "static");
    let dir = project.path();
    let afresh = generate_with(dir, &Default::default());
    assert!(
        afresh.files.len() >= 8,
        "the app's and two components' files"
    );
    let again = generate_with(dir, &afresh.renderings);
    assert_eq!(again.files, afresh.files);
    assert_eq!(again.renderings, afresh.renderings);

    // Kept files marked as such: every file comes from them.
    let mut marked = serde_json::to_value(&afresh.renderings).unwrap();
    for (key, file) in marked.as_object_mut().unwrap() {
        *file = format!("kept {key}").into();
    }
    let marked: convexkit_codegen::Renderings = serde_json::from_value(marked).unwrap();
    let from_kept = generate_with(dir, &marked);
    for file in &from_kept.files {
        assert!(
            file.contents.starts_with("kept "),
            "{}",
            file.path.display()
        );
    }

    // A new module: the app's api is rendered again, exactly as afresh; the rest is kept.
    std::fs::write(
        dir.join("convex/extra.ts"),
        "import { query } from \"./_generated/server\";\nexport const ping = query({ args: {}, handler: async () => \"pong\" });\n",
    )
    .unwrap();
    let edited = generate_with(dir, &marked);
    let edited_afresh = generate_with(dir, &Default::default());
    let api = dir.join("convex/_generated/api.d.ts");
    let rendered: Vec<_> = edited
        .files
        .iter()
        .filter(|file| !file.contents.starts_with("kept "))
        .map(|file| file.path.clone())
        .collect();
    assert!(rendered.contains(&api), "{rendered:?}");
    assert!(
        rendered.len() <= 2,
        "only the app's api files: {rendered:?}"
    );
    for file in &edited.files {
        if rendered.contains(&file.path) {
            let fresh = edited_afresh.files.iter().find(|f| f.path == file.path);
            assert_eq!(Some(file), fresh);
        }
    }
    assert!(edited_afresh
        .files
        .iter()
        .any(|f| f.path == api && f.contents.contains("ping")));
}
