//! `codegen` and `check` keep their outcome with the file-system facts it depended on
//! (`.convexkit/outcome/`): an unchanged project answers from it, and a change (an edited
//! module, a new module, a reinstalled package) makes the next run analyse again.

use std::path::Path;
use std::time::{Duration, SystemTime};

use convexkit_tests::{age, check_json, run_convexkit, scratch_app};

fn kept_at(dir: &Path, command: &str) -> Option<SystemTime> {
    std::fs::metadata(dir.join(format!(".convexkit/outcome/{command}.json")))
        .and_then(|m| m.modified())
        .ok()
}

fn check_codes(dir: &Path) -> Vec<(String, String)> {
    check_json(dir, &[])
        .1
        .into_iter()
        .map(|(code, path, ..)| (code, path))
        .collect()
}

#[test]
fn an_unchanged_project_answers_from_the_kept_outcome_and_a_change_is_seen() {
    let project = scratch_app("lint-app", "default");
    let dir = project.path();
    assert!(run_convexkit(dir, &["codegen"]).status.success());
    age(dir);

    // Kept, then answered from: the file is not written again.
    let first = check_codes(dir);
    assert!(!first.is_empty(), "the lint app has planted findings");
    let kept = kept_at(dir, "check").expect("check keeps its outcome");
    std::thread::sleep(Duration::from_millis(20));
    assert_eq!(check_codes(dir), first);
    assert_eq!(
        kept_at(dir, "check"),
        Some(kept),
        "answered from the kept outcome"
    );

    // A new module with a raw `mutation` import is seen.
    std::fs::write(
        dir.join("convex/seed.ts"),
        "import { mutation } from \"./_generated/server\";\nexport const seed = mutation({ args: {}, handler: async (ctx) => {\n  await ctx.db.insert(\"scores\", { name: \"seed\", score: 0 });\n} });\n",
    )
    .unwrap();
    let after = check_codes(dir);
    assert!(
        after.contains(&("raw-mutation-import".into(), "convex/seed.ts".into())),
        "{after:?}"
    );

    // Codegen: kept, then a new module changes the api it writes.
    assert!(run_convexkit(dir, &["codegen"]).status.success());
    age(dir);
    assert!(run_convexkit(dir, &["codegen"]).status.success());
    assert!(
        kept_at(dir, "codegen").is_some(),
        "codegen keeps its outcome"
    );
    assert!(run_convexkit(dir, &["codegen", "--check"]).status.success());
    std::fs::write(
        dir.join("convex/extra.ts"),
        "import { query } from \"./_generated/server\";\nexport const ping = query({ args: {}, handler: async () => \"pong\" });\n",
    )
    .unwrap();
    let stale = run_convexkit(dir, &["codegen", "--check"]);
    assert_eq!(stale.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&stale.stdout).contains("api.d.ts"),
        "{}",
        String::from_utf8_lossy(&stale.stdout)
    );

    // `--no-cache` analyses afresh and keeps nothing.
    std::fs::remove_dir_all(dir.join(".convexkit")).unwrap();
    age(dir);
    assert_eq!(
        run_convexkit(dir, &["check", "--format", "json", "--no-cache"])
            .status
            .code(),
        Some(1)
    );
    assert!(run_convexkit(dir, &["codegen", "--no-cache"])
        .status
        .success());
    assert!(!dir.join(".convexkit").exists(), "--no-cache wrote a cache");

    // A reinstall (the lockfile changes) is seen too.
    age(dir);
    assert!(run_convexkit(dir, &["codegen"]).status.success());
    let kept = kept_at(dir, "codegen").unwrap();
    std::thread::sleep(Duration::from_millis(20));
    let lock = dir.join("package-lock.json");
    let text = std::fs::read_to_string(&lock).unwrap();
    std::fs::write(&lock, format!("{text}\n")).unwrap();
    assert!(run_convexkit(dir, &["codegen"]).status.success());
    assert_ne!(
        kept_at(dir, "codegen"),
        Some(kept),
        "analysed again: the outcome was replaced or dropped"
    );
}

#[test]
fn a_check_right_after_an_edit_keeps_its_outcome_by_the_edited_contents() {
    let project = scratch_app("lint-app", "default");
    let dir = project.path();
    assert!(run_convexkit(dir, &["codegen"]).status.success());
    age(dir);
    let module = dir.join("convex/scores.ts");
    let text = std::fs::read_to_string(&module).unwrap();
    // Edited just now: its modification time cannot tell a second write in the same tick,
    // its contents can.
    std::fs::write(&module, format!("{text}// first\n")).unwrap();
    let findings = check_codes(dir);
    let kept = kept_at(dir, "check").expect("kept although the module changed just now");
    std::thread::sleep(Duration::from_millis(20));
    assert_eq!(check_codes(dir), findings);
    assert_eq!(
        kept_at(dir, "check"),
        Some(kept),
        "answered from the kept outcome"
    );

    // Same size, same modification time, other contents: seen.
    let modified = std::fs::metadata(&module).unwrap().modified().unwrap();
    std::fs::write(&module, format!("{text}// other\n")).unwrap();
    std::fs::File::options()
        .append(true)
        .open(&module)
        .and_then(|file| file.set_modified(modified))
        .unwrap();
    assert_eq!(check_codes(dir), findings);
    assert_ne!(
        kept_at(dir, "check"),
        Some(kept),
        "the second write went unseen"
    );
}

#[test]
fn an_edited_module_is_parsed_again_and_its_syntax_error_reported() {
    let project = scratch_app("plain-app", "default");
    let dir = project.path();
    assert!(run_convexkit(dir, &["codegen"]).status.success());
    age(dir);
    assert!(run_convexkit(dir, &["codegen"]).status.success());
    assert!(
        dir.join(".convexkit/clean-texts.json").is_file(),
        "default-mode codegen keeps which texts parsed"
    );
    let module = std::fs::read_dir(dir.join("convex"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "ts") && !p.ends_with("schema.ts"))
        .expect("a module");
    let text = std::fs::read_to_string(&module).unwrap();
    std::fs::write(&module, format!("{text}\nexport const broken = (;\n")).unwrap();
    let output = run_convexkit(dir, &["codegen"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    let name = module.file_name().unwrap().to_string_lossy().to_string();
    assert!(stderr.contains(&name), "{stderr}");
    // The text the cache knows to be clean again: codegen succeeds.
    std::fs::write(&module, text).unwrap();
    assert!(run_convexkit(dir, &["codegen"]).status.success());
}

#[test]
fn check_after_an_edit_takes_the_kept_analyses_of_unchanged_modules() {
    let project = scratch_app("lint-app", "default");
    let dir = project.path();
    assert!(run_convexkit(dir, &["codegen"]).status.success());
    age(dir);
    let afresh = check_json(dir, &["--no-cache"]).1;
    assert_eq!(check_json(dir, &[]).1, afresh);
    for kept in ["evaluations.json", "usages.json"] {
        assert!(dir.join(".convexkit").join(kept).is_file(), "{kept} kept");
    }

    // Without the outcome, the kept evaluations and usages answer alone: the same findings.
    std::fs::remove_dir_all(dir.join(".convexkit/outcome")).unwrap();
    assert_eq!(check_json(dir, &[]).1, afresh);

    // An edit reaches the modules that import the edited one: `byScore` is no aggregate
    // any more, so `scores.ts` (its kept usage unchanged) no longer reads an aggregate's
    // count in a mutation, while the sharded counter's read is still found.
    let counts = |findings: &[convexkit_tests::Finding]| {
        findings
            .iter()
            .filter(|f| f.0 == "count-in-mutation")
            .count()
    };
    assert!(counts(&afresh) >= 2, "{afresh:?}");
    let aggregates = dir.join("convex/lib/aggregates.ts");
    let text = std::fs::read_to_string(&aggregates).unwrap();
    let edited = text.replace(
        "export const byScore = new TableAggregate<",
        "export const byScore = makeAggregate<",
    );
    std::fs::write(
        &aggregates,
        format!("{edited}\ndeclare function makeAggregate<T>(c: unknown, o: unknown): any;\n"),
    )
    .unwrap();
    let after = check_json(dir, &[]).1;
    assert_eq!(after, check_json(dir, &["--no-cache"]).1);
    assert_eq!(counts(&after), 1, "{after:?}");
}

#[test]
fn caches_a_power_cut_left_empty_or_zeroed_are_read_as_no_cache() {
    // Caches are replaced atomically but not synced to disk: after a power cut a file may
    // be empty or hold zeros, and must then count as absent, never as a kept answer.
    let project = scratch_app("lint-app", "default");
    let dir = project.path();
    assert!(run_convexkit(dir, &["codegen"]).status.success());
    age(dir);
    let afresh = check_json(dir, &["--no-cache"]).1;
    assert_eq!(check_json(dir, &[]).1, afresh);
    let generated = |dir: &Path| {
        let mut files: Vec<_> = std::fs::read_dir(dir.join("convex/_generated"))
            .unwrap()
            .flatten()
            .map(|e| (e.file_name(), std::fs::read(e.path()).unwrap()))
            .collect();
        files.sort();
        files
    };
    let before = generated(dir);

    for damage in [0, 4096] {
        let mut caches = Vec::new();
        for folder in [dir.join(".convexkit"), dir.join(".convexkit/outcome")] {
            for entry in std::fs::read_dir(folder).unwrap().flatten() {
                if entry.path().extension().is_some_and(|e| e == "json") {
                    std::fs::write(entry.path(), vec![0u8; damage]).unwrap();
                    caches.push(entry.path());
                }
            }
        }
        assert!(caches.len() >= 4, "{caches:?}");
        assert_eq!(check_json(dir, &[]).1, afresh, "{damage} bytes of zeros");
        let output = run_convexkit(dir, &["codegen", "--check"]);
        assert!(output.status.success(), "{output:?}");
        assert!(run_convexkit(dir, &["codegen"]).status.success());
        assert_eq!(generated(dir), before);
        let rewritten = caches
            .iter()
            .filter(|c| std::fs::read(c).is_ok_and(|b| b.first() == Some(&b'{')))
            .count();
        assert!(rewritten >= 2, "the caches are made again: {caches:?}");
    }
}
