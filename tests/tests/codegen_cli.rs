//! The codegen command's contract around the output: exit codes, `--check`, clear errors
//! that change nothing on disk, and files codegen does not own.

use std::path::Path;

use convexkit_tests::{age, generated_files, run_convexkit, scratch_app};

fn snapshot(project: &Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    generated_files(project)
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(project.join(&p)).unwrap();
            (p, bytes)
        })
        .collect()
}

#[test]
fn check_reports_stale_files_and_writes_nothing() {
    let project = scratch_app("local-components", "default");
    let dir = project.path();
    let first = run_convexkit(dir, &["codegen", "--check"]);
    assert_eq!(
        first.status.code(),
        Some(1),
        "nothing generated yet, so everything is stale"
    );
    assert!(String::from_utf8_lossy(&first.stdout)
        .lines()
        .any(|l| l == "convex/_generated/api.d.ts"));
    assert!(generated_files(dir).is_empty(), "--check must not write");

    assert!(run_convexkit(dir, &["codegen"]).status.success());
    let clean = run_convexkit(dir, &["codegen", "--check"]);
    assert_eq!(clean.status.code(), Some(0));
    assert!(clean.stdout.is_empty());

    // A new module changes the app's api.d.ts only.
    std::fs::write(dir.join("convex/extra.ts"), "import { query } from \"./_generated/server\";\nexport const ping = query({ args: {}, handler: async () => \"pong\" });\n").unwrap();
    let stale = run_convexkit(dir, &["codegen", "--check"]);
    assert_eq!(stale.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&stale.stdout),
        "convex/_generated/api.d.ts\n"
    );
}

#[test]
fn a_syntax_error_is_located_and_leaves_generated_files_untouched() {
    let project = scratch_app("published-components", "default");
    let dir = project.path();
    assert!(run_convexkit(dir, &["codegen"]).status.success());
    let before = snapshot(dir);

    let module = dir.join("convex/photos.ts");
    let text = std::fs::read_to_string(&module).unwrap();
    std::fs::write(&module, text.replacen("args: {", "args: {{", 1)).unwrap();
    let output = run_convexkit(dir, &["codegen"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("error[syntax-error]"), "{stderr}");
    assert!(stderr.contains("--> convex/photos.ts:"), "{stderr}");
    assert!(stderr.contains(" | "), "a code frame is shown: {stderr}");
    assert_eq!(snapshot(dir), before, "no generated file may change");

    // Every module with an error is reported, in path order.
    std::fs::write(dir.join("convex/aaBroken.ts"), "export const = 1;\n").unwrap();
    std::fs::write(dir.join("convex/zzBroken.ts"), "export const = 2;\n").unwrap();
    let stderr = String::from_utf8_lossy(&run_convexkit(dir, &["codegen"]).stderr).into_owned();
    let at = |file: &str| {
        stderr
            .find(&format!("--> convex/{file}:"))
            .unwrap_or_else(|| panic!("{file} not reported: {stderr}"))
    };
    assert!(
        at("aaBroken.ts") < at("photos.ts") && at("photos.ts") < at("zzBroken.ts"),
        "{stderr}"
    );
}

#[test]
fn a_missing_component_package_names_the_package_and_the_fix() {
    let project = scratch_app("published-components", "default");
    let dir = project.path();
    let config = dir.join("convex/convex.config.ts");
    let text = std::fs::read_to_string(&config).unwrap();
    let text = text.replace("const app = defineApp();", "import presence from \"@convex-dev/presence/convex.config\";\n\nconst app = defineApp();\napp.use(presence);");
    std::fs::write(&config, text).unwrap();
    let output = run_convexkit(dir, &["codegen"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr.contains("@convex-dev/presence"), "{stderr}");
    assert!(stderr.contains("npm install"), "{stderr}");
    assert!(stderr.contains("--> convex/convex.config.ts:"), "{stderr}");
    assert!(generated_files(dir).is_empty());
}

#[test]
fn keeps_files_it_does_not_own_and_removes_outdated_ones_it_does() {
    let project = scratch_app("plain-app", "default");
    let dir = project.path();
    let generated = dir.join("convex/_generated");
    std::fs::create_dir_all(generated.join("ai")).unwrap();
    std::fs::write(generated.join("ai/guidelines.md"), "mine").unwrap();
    std::fs::write(generated.join("api.ts"), "left over from fileType ts").unwrap();
    assert!(run_convexkit(dir, &["codegen"]).status.success());
    assert_eq!(
        std::fs::read_to_string(generated.join("ai/guidelines.md")).unwrap(),
        "mine"
    );
    assert!(
        !generated.join("api.ts").exists(),
        "api.ts belongs to the ts mode only"
    );
    assert!(generated.join("api.d.ts").is_file());
}

#[test]
fn usage_errors_exit_with_2() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(
        run_convexkit(dir.path(), &["codegen", "--no-such-flag"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        run_convexkit(dir.path(), &["no-such-command"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn a_project_without_functions_folder_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("package.json"), "{}").unwrap();
    let output = run_convexkit(dir.path(), &["codegen"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("functions folder"));
}

#[test]
fn static_api_learns_by_loading_and_names_a_function_no_run_decides() {
    let project = scratch_app("plain-app", "static");
    let dir = project.path();
    // Only a run knows the shape: loading the module decides it, as a push does.
    std::fs::write(
        dir.join("convex/dynamic.ts"),
        "import { v } from \"convex/values\";\nimport { query } from \"./_generated/server\";\n\nconst shape = process.env.WIDE ? { a: v.string() } : { b: v.number() };\n\nexport const pick = query({ args: shape, handler: async () => null });\n",
    )
    .unwrap();
    let output = run_convexkit(dir, &["codegen"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let api = std::fs::read_to_string(dir.join("convex/_generated/api.d.ts")).unwrap();
    assert!(api.contains("{ b: number }"), "{api}");

    // A module that cannot load leaves the validators undecided: named with file and line.
    std::fs::write(
        dir.join("convex/dynamic.ts"),
        "import { v } from \"convex/values\";\nimport { query } from \"./_generated/server\";\n\nif (!process.env.WIDE) throw new Error(\"WIDE is not set\");\nconst shape = process.env.WIDE ? { a: v.string() } : { b: v.number() };\n\nexport const pick = query({ args: shape, handler: async () => null });\n",
    )
    .unwrap();
    let before = snapshot(dir);
    let output = run_convexkit(dir, &["codegen"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("`pick`"), "{stderr}");
    assert!(stderr.contains("WIDE is not set"), "{stderr}");
    assert!(stderr.contains("--> convex/dynamic.ts:7:1"), "{stderr}");
    assert_eq!(snapshot(dir), before, "nothing may be written");
}

#[test]
fn only_a_static_data_model_evaluates_the_schema() {
    // A schema neither static evaluation nor loading decides (loading throws without the
    // deployment's environment).
    let undecidable = |dir: &Path| {
        let schema = dir.join("convex/schema.ts");
        let text = std::fs::read_to_string(&schema).unwrap().replace(
            "export default defineSchema(",
            "if (!process.env.WIDE) throw new Error(\"WIDE is not set\");\nexport default (process.env.WIDE ? defineSchema : defineSchema)(",
        );
        std::fs::write(&schema, text).unwrap();
    };
    // The default data model is `DataModelFromSchemaDefinition<typeof schema>`: only types,
    // as the official CLI writes it without running anything.
    let project = scratch_app("plain-app", "default");
    let dir = project.path();
    undecidable(dir);
    let output = run_convexkit(dir, &["codegen"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        !dir.join(".convexkit/learned.json").exists(),
        "default-mode codegen loaded the schema"
    );
    let data_model = std::fs::read_to_string(dir.join("convex/_generated/dataModel.d.ts")).unwrap();
    assert!(
        data_model.contains("DataModelFromSchemaDefinition"),
        "{data_model}"
    );

    // A static data model needs the tables: codegen says which file and why it has none.
    let project = scratch_app("plain-app", "static");
    let dir = project.path();
    undecidable(dir);
    let output = run_convexkit(dir, &["codegen"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("convex/schema.ts"), "{stderr}");
    assert!(stderr.contains("WIDE is not set"), "{stderr}");
}

#[test]
fn what_loading_learned_is_reused_until_a_file_it_read_changes() {
    let project = scratch_app("plain-app", "static");
    let dir = project.path();
    let module = |field: &str| {
        format!("import {{ v }} from \"convex/values\";\nimport {{ query }} from \"./_generated/server\";\n\nconst shape = process.env.WIDE ? {{ a: v.string() }} : {{ {field}: v.number() }};\n\nexport const pick = query({{ args: shape, handler: async () => null }});\n")
    };
    let api = || std::fs::read_to_string(dir.join("convex/_generated/api.d.ts")).unwrap();
    std::fs::write(dir.join("convex/dynamic.ts"), module("first")).unwrap();
    // Nothing written in the last moments is trusted by a cache.
    age(dir);
    assert!(run_convexkit(dir, &["codegen"]).status.success());
    assert!(api().contains("{ first: number }"));
    assert!(dir.join(".convexkit/learned.json").is_file());
    // Same files: the cache answers, and codegen --check agrees with what was written.
    assert_eq!(
        run_convexkit(dir, &["codegen", "--check"]).status.code(),
        Some(0)
    );
    // The module changes: what was learned from it is learned again.
    std::fs::write(dir.join("convex/dynamic.ts"), module("second")).unwrap();
    assert!(run_convexkit(dir, &["codegen"]).status.success());
    assert!(api().contains("{ second: number }"), "{}", api());
}

#[test]
fn codegen_and_check_share_what_loading_learned() {
    let project = scratch_app("local-components", "default");
    let dir = project.path();
    // Undecided until loaded: one module of a local component (default-mode codegen writes
    // its functions into the component's api) and one of the app (only check needs it).
    let module = |server: &str| {
        format!("import {{ v }} from \"convex/values\";\nimport {{ query }} from \"{server}\";\n\nconst shape = process.env.WIDE ? {{ a: v.string() }} : {{ b: v.number() }};\n\nexport const pick = query({{ args: shape, handler: async () => null }});\n")
    };
    std::fs::write(
        dir.join("convex/widgets/dynamic.ts"),
        module("./_generated/server"),
    )
    .unwrap();
    std::fs::write(dir.join("convex/dynamic.ts"), module("./_generated/server")).unwrap();
    age(dir);
    let learned = dir.join(".convexkit/learned.json");
    let learned_at = || std::fs::metadata(&learned).and_then(|m| m.modified()).ok();
    let afresh = |args: &[&str]| {
        // Without the kept outcome: the project is analysed, the learned cache consulted.
        let _ = std::fs::remove_dir_all(dir.join(".convexkit/outcome"));
        run_convexkit(dir, args)
    };
    assert!(afresh(&["codegen"]).status.success());
    assert!(
        learned_at().is_some(),
        "codegen learned the component's module"
    );
    afresh(&["check"]);
    let after_check = learned_at();
    let text = std::fs::read_to_string(&learned).unwrap();
    assert!(
        text.contains("convex/widgets/dynamic.ts") && text.contains("convex/dynamic.ts"),
        "{text}"
    );
    std::thread::sleep(std::time::Duration::from_millis(20));
    // Each needs a part of what the cache holds: neither loads nor rewrites it.
    assert!(afresh(&["codegen"]).status.success());
    afresh(&["check"]);
    assert_eq!(learned_at(), after_check, "the learned cache was rewritten");
    // The component's api types its function with what loading learned.
    let api =
        || std::fs::read_to_string(dir.join("convex/widgets/_generated/component.ts")).unwrap();
    assert!(api().contains("{ b: number }"), "{}", api());

    // What was learned depends on what loading read: an edit elsewhere keeps it.
    let other = dir.join("convex/products.ts");
    let text = std::fs::read_to_string(&other).unwrap();
    std::fs::write(&other, format!("{text}// edited\n")).unwrap();
    // Older than the caches' two racy seconds, as an edit made a while ago.
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    std::fs::File::options()
        .append(true)
        .open(&other)
        .and_then(|file| file.set_modified(hour_ago))
        .unwrap();
    afresh(&["check"]);
    assert!(afresh(&["codegen"]).status.success());
    assert_eq!(
        learned_at(),
        after_check,
        "an unrelated edit made it learn again"
    );
    // An edit of a module it loaded is learned again.
    let dynamic = dir.join("convex/widgets/dynamic.ts");
    let text = std::fs::read_to_string(&dynamic).unwrap();
    std::fs::write(&dynamic, text.replace("v.number()", "v.boolean()")).unwrap();
    assert!(afresh(&["codegen"]).status.success());
    assert!(api().contains("{ b: boolean }"), "{}", api());
}

#[test]
fn invalid_and_duplicate_instance_names_stop_codegen() {
    let project = scratch_app("published-components", "default");
    let dir = project.path();
    let config = dir.join("convex/convex.config.ts");
    let text = std::fs::read_to_string(&config).unwrap();
    let text = text
        .replace(
            "app.use(aggregate, { name: \"photoCount\" });",
            "app.use(aggregate, { name: \"leaderboard\" });",
        )
        .replace(
            "app.use(migrations);",
            "app.use(migrations, { name: \"data-migrations\" });",
        );
    std::fs::write(&config, text).unwrap();
    let output = run_convexkit(dir, &["codegen"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("error[duplicate-component-name]"),
        "{stderr}"
    );
    assert!(
        stderr
            .contains("error[invalid-component-name]: invalid component name \"data-migrations\""),
        "{stderr}"
    );
    assert!(generated_files(dir).is_empty());
}

#[test]
fn the_reserved_deps_folder_is_an_error() {
    let project = scratch_app("plain-app", "default");
    let dir = project.path();
    std::fs::create_dir_all(dir.join("convex/_deps")).unwrap();
    std::fs::write(
        dir.join("convex/_deps/vendored.ts"),
        "export const x = 1;\n",
    )
    .unwrap();
    let output = run_convexkit(dir, &["codegen"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("_deps"), "{stderr}");
    assert!(stderr.contains("--> convex/_deps/vendored.ts"), "{stderr}");
}
