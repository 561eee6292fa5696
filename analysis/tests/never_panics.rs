//! `ProjectModel::load` must return (Ok or Err) on any input: never panic, hang or overflow
//! the stack. Property tests feed it arbitrary bytes and randomly damaged fixture files;
//! regression cases pin the inputs that once broke it.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use convexkit_analysis::model::{Detail, ProjectModel};
use convexkit_analysis::workspace::Workspace;
use proptest::prelude::*;
use proptest::sample::Index;

/// Each load runs on its own thread with this much stack: what a test thread (and a typical
/// worker thread) gets, smaller than a main thread's 8 MiB.
const STACK: usize = 2 * 1024 * 1024;
/// Generous for a debug build on a loaded 2-core machine; a hang takes forever.
const DEADLINE: Duration = Duration::from_secs(60);

/// Loads the project in `root` with every detail on a fresh thread, failing the test if it
/// panics or does not finish in time. When the load succeeds, every diagnostic span must lie
/// within its file. Returns whether the load was Ok.
fn load_checked(root: &Path) -> bool {
    let root = root.to_path_buf();
    let (tx, rx) = mpsc::channel();
    let handle = std::thread::Builder::new()
        .name("load".into())
        .stack_size(STACK)
        .spawn(move || {
            let workspace = Workspace::new();
            let result = ProjectModel::load(&root, &workspace, Detail::ALL);
            let outcome = match result {
                Ok(model) => {
                    let mut problems = Vec::new();
                    for diagnostic in &model.diagnostics {
                        let Some(span) = diagnostic.span else {
                            continue;
                        };
                        let len = std::fs::metadata(&diagnostic.file).map_or(0, |m| m.len());
                        if span.start > span.end || u64::from(span.end) > len {
                            problems.push(format!(
                                "{} span {span:?} outside {} ({len} bytes): {}",
                                diagnostic.code,
                                diagnostic.file.display(),
                                diagnostic.message
                            ));
                        }
                    }
                    for definition in &model.definitions {
                        let Some(config) = &definition.config_file else {
                            continue;
                        };
                        let len = std::fs::metadata(config).map_or(0, |m| m.len());
                        for used in &definition.uses {
                            if used.span.start > used.span.end || u64::from(used.span.end) > len {
                                problems.push(format!(
                                    "use `{}` span {:?} outside {} ({len} bytes)",
                                    used.name,
                                    used.span,
                                    config.display()
                                ));
                            }
                        }
                    }
                    Ok(problems)
                }
                Err(_) => Err(()),
            };
            let _ = tx.send(outcome);
        })
        .expect("spawn the load thread");
    match rx.recv_timeout(DEADLINE) {
        Ok(Ok(problems)) => {
            assert!(problems.is_empty(), "{}", problems.join("\n"));
            handle.join().expect("load thread");
            true
        }
        Ok(Err(())) => {
            handle.join().expect("load thread");
            false
        }
        Err(mpsc::RecvTimeoutError::Timeout) => panic!("ProjectModel::load did not finish"),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            // The thread ended without sending: it panicked. Re-raise its panic here.
            match handle.join() {
                Err(panic) => std::panic::resume_unwind(panic),
                Ok(()) => unreachable!("the load thread always sends"),
            }
        }
    }
}

fn write(root: &Path, rel: &str, contents: &[u8]) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, contents).unwrap();
}

/// A temp project with a package.json and the given files (paths relative to the root).
fn project(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "package.json",
        br#"{"name": "fuzz", "private": true, "type": "module"}"#,
    );
    std::fs::create_dir_all(dir.path().join("convex")).unwrap();
    for (rel, contents) in files {
        write(dir.path(), rel, contents);
    }
    dir
}

// ---------------------------------------------------------------------------------------------
// 1. Arbitrary contents for convex.config.ts, schema.ts, a module and a package's files.

/// Text that looks a little like the code the analysis reads, so the fuzzer reaches past
/// the parser more often than random bytes do.
const TOKENS: &[&str] = &[
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    ",",
    ";",
    ":",
    "...",
    ".",
    "=",
    "=>",
    "?",
    "<",
    ">",
    "\"",
    "'",
    "`",
    "${",
    "\n",
    " ",
    "\0",
    "\u{feff}",
    "é",
    "\\",
    "/",
    "//",
    "/*",
    "*/",
    "a",
    "x",
    "1",
    "-1",
    "1n",
    "null",
    "undefined",
    "v",
    "v.",
    "v.object(",
    "v.array(",
    "v.union(",
    "v.optional(",
    "v.string()",
    "v.id(\"t\")",
    "v.literal(",
    "defineTable(",
    "defineSchema(",
    "defineApp(",
    "defineComponent(",
    ".index(\"i\", [\"a\"])",
    "app.use(",
    "query(",
    "mutation(",
    "args:",
    "returns:",
    "handler:",
    "import x from \"",
    "import { v } from \"convex/values\";\n",
    "import { defineSchema, defineTable, defineApp, query } from \"convex/server\";\n",
    "import * as self from \"./x\";\n",
    "import c from \"fz/convex.config\";\n",
    "./x",
    "./schema",
    "fz",
    "export ",
    "export default ",
    "export * from \"./x\";\n",
    "const ",
    "let ",
    "function ",
    "class ",
    "as const",
    "satisfies ",
    "typeof ",
    "new ",
    "!",
    "-",
    "+",
    "return ",
    "this.",
    "f(",
    "function f(a) { return ",
    "const f = (a) => ",
    "class C { m(a) { return ",
    "new C().m(",
    "if (a) ",
    " else ",
    "a ? ",
    " && ",
    " || ",
    " ?? ",
];

fn token_soup() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..200)
        .prop_map(|tokens| tokens.concat().into_bytes())
}

/// `open` repeated `depth` times, then `middle`, then `close` repeated `depth` times (the
/// closing half sometimes cut short).
fn nested() -> impl Strategy<Value = Vec<u8>> {
    const NESTINGS: &[(&str, &str, &str)] = &[
        ("(", "1", ")"),
        ("{", "", "}"),
        ("[", "", "]"),
        ("{a:", "1", "}"),
        ("v.object({a: ", "v.string()", "})"),
        ("v.array(", "v.string()", ")"),
        ("v.optional(", "v.string()", ")"),
        ("v.union(v.null(), ", "v.string()", ")"),
        ("{...", "{}", "}"),
        ("[...", "[]", "]"),
        ("f(", "", ")"),
        ("a.", "b", ""),
        ("1 + ", "1", ""),
        ("!", "x", ""),
        ("-", "1", ""),
        ("typeof ", "x", ""),
        ("new ", "X", ""),
        ("x ? ", "1 : 2", " : 3"),
        ("a => ", "1", ""),
        ("a = ", "1", ""),
        ("`${", "1", "}`"),
        ("<A>", "x", ""),
        ("Array<", "string", ">"),
        ("/*", "", "*/"),
        ("\"", "", "\""),
    ];
    (
        prop::sample::select(NESTINGS),
        prop_oneof![0usize..100, 100usize..2_000, 2_000usize..20_000],
        any::<bool>(),
    )
        .prop_map(|((open, middle, close), depth, balanced)| {
            let closing = if balanced { depth } else { depth / 2 };
            let mut text = String::new();
            text.push_str(&open.repeat(depth));
            text.push_str(middle);
            text.push_str(&close.repeat(closing));
            text.into_bytes()
        })
}

fn long_line() -> impl Strategy<Value = Vec<u8>> {
    (prop::sample::select(TOKENS), 10_000usize..200_000)
        .prop_map(|(token, len)| token.repeat(len / token.len().max(1) + 1).into_bytes())
}

/// Arbitrary contents for one file.
fn contents() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..512),
        token_soup(),
        nested(),
        long_line(),
    ]
}

/// Code the fuzzed text is spliced into, so that it sits where the analysis evaluates it.
const WRAPPERS: &[(&str, &str)] = &[
    ("", ""),
    (
        "import { v } from \"convex/values\";\nimport { defineSchema, defineTable } from \"convex/server\";\nexport default defineSchema({ t: defineTable(",
        ") });\n",
    ),
    (
        "import { v } from \"convex/values\";\nimport { query } from \"convex/server\";\nexport const f = query({ args: { a: ",
        " }, handler: async () => null });\n",
    ),
    (
        "import { v } from \"convex/values\";\nexport const a = ",
        ";\nexport const b = a;\n",
    ),
    (
        "import { defineApp } from \"convex/server\";\nimport c from \"fz/convex.config\";\nconst app = defineApp(",
        ");\napp.use(c);\nexport default app;\n",
    ),
    (
        "import { defineApp } from \"convex/server\";\nimport c from \"fz/convex.config\";\nconst app = defineApp();\napp.use(",
        ");\nexport default app;\n",
    ),
    (
        "import { defineComponent } from \"convex/server\";\nexport default defineComponent(",
        ");\n",
    ),
];

fn wrapped() -> impl Strategy<Value = Vec<u8>> {
    (prop::sample::select(WRAPPERS), contents()).prop_map(|((before, after), middle)| {
        let mut text = before.as_bytes().to_vec();
        text.extend_from_slice(&middle);
        text.extend_from_slice(after.as_bytes());
        text
    })
}

/// A package the fuzzed files can import, whose files are fuzzed too.
const PACKAGE_JSON: &[u8] = br#"{"name": "fz", "type": "module", "exports": {".": "./index.js", "./convex.config": "./convex.config.js", "./convex.config.js": "./convex.config.js"}}"#;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn arbitrary_files_never_panic(
        config in wrapped(),
        schema in wrapped(),
        module in wrapped(),
        package_config in wrapped(),
        package_index in wrapped(),
        with_config in any::<bool>(),
        with_package in any::<bool>(),
    ) {
        let mut files: Vec<(&str, &[u8])> = vec![
            ("convex/schema.ts", &schema),
            ("convex/x.ts", &module),
        ];
        if with_config {
            files.push(("convex/convex.config.ts", &config));
        }
        if with_package {
            files.push(("node_modules/fz/package.json", PACKAGE_JSON));
            files.push(("node_modules/fz/convex.config.js", &package_config));
            files.push(("node_modules/fz/index.js", &package_index));
        }
        let dir = project(&files);
        load_checked(dir.path());
    }
}

// ---------------------------------------------------------------------------------------------
// 2. Real fixture files, randomly damaged.

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures")
}

/// Every `.ts` file under a fixture's `convex/` folder: (fixture folder, path relative to it).
fn fixture_files() -> Vec<(PathBuf, PathBuf)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "ts") {
                out.push(path);
            }
        }
    }
    let mut fixtures: Vec<PathBuf> = std::fs::read_dir(fixtures_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("convex").is_dir())
        .collect();
    fixtures.sort();
    let mut files = Vec::new();
    for fixture in fixtures {
        let mut found = Vec::new();
        walk(&fixture.join("convex"), &mut found);
        for file in found {
            let rel = file.strip_prefix(&fixture).unwrap().to_path_buf();
            files.push((fixture.clone(), rel));
        }
    }
    assert!(
        files.len() > 20,
        "expected the fixture apps' files, found {files:?}"
    );
    files
}

/// Copies a fixture's project files and `convex/` folder (never `node_modules/`).
fn copy_fixture(fixture: &Path, to: &Path) {
    fn copy_dir(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            let target = to.join(entry.file_name());
            if entry.file_type().unwrap().is_dir() {
                copy_dir(&entry.path(), &target);
            } else {
                std::fs::copy(entry.path(), target).unwrap();
            }
        }
    }
    for name in [
        "package.json",
        "tsconfig.json",
        "convex.json",
        "convexkit.json",
    ] {
        let file = fixture.join(name);
        if file.is_file() {
            std::fs::copy(&file, to.join(name)).unwrap();
        }
    }
    copy_dir(&fixture.join("convex"), &to.join("convex"));
}

const EDIT_TOKENS: &[&str] = &[
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    ",",
    ";",
    "...",
    "v.",
    "v.object(",
    "defineTable(",
    "defineSchema(",
    "app.use(",
    "app.use(app);\n",
    "import x from \"",
    "import x from \"./",
    "import x from \"missing-package\";\n",
    "import * as me from \"./",
    "export default ",
    "export * from \"./",
    "export const ",
    "=>",
    "\"",
    "'",
    "`",
    "${",
    "\n",
    "//",
    "/*",
    "\0",
    "é",
    "x",
    "1",
];

#[derive(Debug, Clone)]
enum Edit {
    Delete {
        at: Index,
        len: usize,
    },
    Insert {
        at: Index,
        token: &'static str,
    },
    /// Copies `[from, from + len)` to `at`.
    Duplicate {
        from: Index,
        len: usize,
        at: Index,
    },
    /// Overwrites one byte, possibly breaking UTF-8.
    Byte {
        at: Index,
        byte: u8,
    },
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<Index>(), 1usize..200).prop_map(|(at, len)| Edit::Delete { at, len }),
        (any::<Index>(), prop::sample::select(EDIT_TOKENS))
            .prop_map(|(at, token)| Edit::Insert { at, token }),
        (any::<Index>(), 1usize..400, any::<Index>()).prop_map(|(from, len, at)| Edit::Duplicate {
            from,
            len,
            at
        }),
        (any::<Index>(), any::<u8>()).prop_map(|(at, byte)| Edit::Byte { at, byte }),
    ]
}

fn apply(text: &mut Vec<u8>, edit: &Edit) {
    // Positions are 0..=len, so inserting at the end is possible.
    let pos = |index: &Index, len: usize| index.index(len + 1);
    match edit {
        Edit::Delete { at, len } => {
            let start = pos(at, text.len());
            let end = (start + len).min(text.len());
            text.drain(start..end);
        }
        Edit::Insert { at, token } => {
            let at = pos(at, text.len());
            text.splice(at..at, token.bytes());
        }
        Edit::Duplicate { from, len, at } => {
            let start = pos(from, text.len());
            let end = (start + len).min(text.len());
            let slice = text[start..end].to_vec();
            let at = pos(at, text.len());
            text.splice(at..at, slice);
        }
        Edit::Byte { at, byte } => {
            if !text.is_empty() {
                let at = at.index(text.len());
                text[at] = *byte;
            }
        }
    }
}

fn damaged_fixture_loads(file: &Index, edits: &[Edit]) {
    let files = fixture_files();
    let (fixture, rel) = &files[file.index(files.len())];
    let dir = tempfile::tempdir().unwrap();
    copy_fixture(fixture, dir.path());
    let mut text = std::fs::read(fixture.join(rel)).unwrap();
    for edit in edits {
        apply(&mut text, edit);
    }
    std::fs::write(dir.path().join(rel), &text).unwrap();
    load_checked(dir.path());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn damaged_fixture_files_never_panic(
        file in any::<Index>(),
        edits in prop::collection::vec(edit(), 1..8),
    ) {
        damaged_fixture_loads(&file, &edits);
    }
}

/// Every fixture file, one prefix of it at a time (a file being typed, or truncated on disk).
#[test]
fn truncated_fixture_files_never_panic() {
    let files = fixture_files();
    for (fixture, rel) in files
        .iter()
        .filter(|(_, rel)| rel.ends_with("convex.config.ts") || rel.ends_with("schema.ts"))
    {
        let text = std::fs::read(fixture.join(rel)).unwrap();
        let dir = tempfile::tempdir().unwrap();
        copy_fixture(fixture, dir.path());
        for cut in (0..text.len()).step_by((text.len() / 6).max(1)) {
            std::fs::write(dir.path().join(rel), &text[..cut]).unwrap();
            load_checked(dir.path());
        }
    }
}

/// The undamaged fixtures load with every span inside its file.
#[test]
fn fixtures_load_with_spans_in_bounds() {
    let mut fixtures: Vec<PathBuf> = fixture_files().into_iter().map(|(f, _)| f).collect();
    fixtures.dedup();
    for fixture in fixtures {
        assert!(load_checked(&fixture), "{} must load", fixture.display());
    }
}

// ---------------------------------------------------------------------------------------------
// 3. Regression cases.

const PRELUDE: &str =
    "import { v } from \"convex/values\";\nimport { query } from \"convex/server\";\n";

fn loads(files: &[(&str, &str)]) -> bool {
    let files: Vec<(&str, &[u8])> = files.iter().map(|(p, t)| (*p, t.as_bytes())).collect();
    let dir = project(&files);
    load_checked(dir.path())
}

#[test]
fn circular_imports_between_two_modules() {
    let a = format!(
        "{PRELUDE}import {{ b, bArgs }} from \"./b\";\nexport const aArgs = {{ ...bArgs, x: v.string() }};\nexport const a = bArgs;\nexport const fa = query({{ args: aArgs, handler: async () => b }});\n"
    );
    let b = format!(
        "{PRELUDE}import {{ a, aArgs }} from \"./a\";\nexport const bArgs = {{ ...aArgs, y: v.number() }};\nexport const b = aArgs;\nexport const fb = query({{ args: bArgs, handler: async () => a }});\n"
    );
    assert!(loads(&[("convex/a.ts", &a), ("convex/b.ts", &b)]));
    // Namespace imports of each other, and `export *` both ways.
    let a = format!("{PRELUDE}import * as b from \"./b\";\nexport * from \"./b\";\nexport const x = b.y;\nexport const f = query({{ args: {{ a: b.y }}, handler: async () => 1 }});\n");
    let b = format!("{PRELUDE}import * as a from \"./a\";\nexport * from \"./a\";\nexport const y = a.x;\nexport const g = query({{ args: {{ a: a.missing }}, handler: async () => 1 }});\n");
    assert!(loads(&[("convex/a.ts", &a), ("convex/b.ts", &b)]));
}

#[test]
fn module_reexporting_itself() {
    let x = format!("{PRELUDE}export * from \"./x\";\nexport {{ y as z }} from \"./x\";\nexport {{ default }} from \"./x\";\nexport const y = query({{ args: {{}}, handler: async () => 1 }});\n");
    assert!(loads(&[("convex/x.ts", &x)]));
    // The schema, too.
    let schema = "export * from \"./schema\";\nexport { default } from \"./schema\";\n";
    assert!(loads(&[("convex/schema.ts", schema)]));
}

#[test]
fn self_referencing_consts() {
    let x = format!(
        "{PRELUDE}const a = {{ ...a }};\nconst b = [...b];\nconst c = c.d;\nconst {{ e = e }} = {{}};\nconst f = g, g = f;\nexport const q = query({{ args: {{ ...a, b, c, e, f }}, handler: async () => 1 }});\nexport const r = query({{ args: a, returns: v.object(a), handler: async () => 1 }});\n"
    );
    assert!(loads(&[("convex/x.ts", &x)]));
    let schema = "import { defineSchema, defineTable } from \"convex/server\";\nconst s = defineSchema({ t: defineTable(s) });\nexport default s;\n";
    assert!(loads(&[("convex/schema.ts", schema)]));
}

#[test]
fn import_of_a_missing_package() {
    let x = format!("{PRELUDE}import {{ args }} from \"not-installed\";\nimport * as ns from \"@scope/not-installed/sub\";\nexport * from \"also-missing\";\nexport const f = query({{ args, returns: ns.r, handler: async () => 1 }});\n");
    let config = "import { defineApp } from \"convex/server\";\nimport c from \"not-installed/convex.config\";\nconst app = defineApp();\napp.use(c);\nexport default app;\n";
    assert!(loads(&[
        ("convex/x.ts", &x),
        ("convex/convex.config.ts", config)
    ]));
}

#[test]
fn config_use_argument_not_an_import() {
    for argument in [
        "",
        "app",
        "{}",
        "defineApp()",
        "local",
        "\"./widgets/convex.config\"",
        "(await import(\"x\")).default",
        "...[]",
        "c, { name: 1, httpPrefix: {} }",
        "c, { name: undefined }",
        "c, ...[]",
    ] {
        let config = format!("import {{ defineApp }} from \"convex/server\";\nimport {{ named as c }} from \"./x\";\nconst local = defineApp();\nconst app = defineApp();\napp.use({argument});\nexport default app;\n");
        let x = "export const named = 1;\n";
        assert!(loads(&[
            ("convex/convex.config.ts", &config),
            ("convex/x.ts", x)
        ]));
    }
    // A config that uses itself, and a local component that uses its parent.
    let config = "import { defineApp } from \"convex/server\";\nimport me from \"./convex.config\";\nimport w from \"./w/convex.config\";\nconst app = defineApp();\napp.use(me);\napp.use(w);\nexport default app;\n";
    let child = "import { defineComponent } from \"convex/server\";\nimport parent from \"../convex.config\";\nimport me from \"./convex.config\";\nconst c = defineComponent(\"w\");\nc.use(parent);\nc.use(me);\nexport default c;\n";
    assert!(loads(&[
        ("convex/convex.config.ts", config),
        ("convex/w/convex.config.ts", child)
    ]));
}

#[test]
fn recursive_functions_and_methods() {
    let x = format!(
        "{PRELUDE}function f(a) {{ return f(a); }}\nconst g = (a) => h(a), h = (a) => g({{ a }});\nfunction fan(a) {{ return {{ l: fan(a), r: fan(a), ...fan(a) }}; }}\nfunction grow(a) {{ return grow(v.object({{ a }})); }}\nclass C {{ m(a) {{ return this.m(a); }} n() {{ return new C().n(); }} }}\nconst c = new C();\nexport const q = query({{ args: {{ a: f(1), b: g(1), c: fan(1), d: grow(v.string()), e: c.m(1), f: c.n() }}, handler: async () => 1 }});\nexport const r = query({{ args: fan(v.string()), returns: grow(v.null()), handler: async () => 1 }});\n"
    );
    assert!(loads(&[("convex/x.ts", &x)]));
}

/// Once overflowed the stack in swc's parser (and, for long operator chains, in dropping the
/// tree it built): now a "nests too deeply" syntax error.
#[test]
fn deep_nesting_is_a_syntax_error() {
    for (open, middle, close) in [
        ("(", "1", ")"),
        ("{", "", "}"),
        ("v.object({a: ", "v.string()", "})"),
        ("`${", "1", "}`"),
        ("!", "x", ""),
        ("1 + ", "1", ""),
        ("a.", "b", ""),
        ("a => ", "1", ""),
    ] {
        let deep = format!(
            "{PRELUDE}export const x = {}{middle}{};\n",
            open.repeat(100_000),
            close.repeat(100_000)
        );
        let schema = format!(
            "import {{ v }} from \"convex/values\";\nimport {{ defineSchema, defineTable }} from \"convex/server\";\nexport default defineSchema({{ t: defineTable({}{middle}{}) }});\n",
            open.repeat(5_000),
            close.repeat(5_000)
        );
        let files: Vec<(&str, &[u8])> = vec![
            ("convex/x.ts", deep.as_bytes()),
            ("convex/schema.ts", schema.as_bytes()),
        ];
        let dir = project(&files);
        assert!(load_checked(dir.path()));
        let workspace = Workspace::new();
        let model = ProjectModel::load(dir.path(), &workspace, Detail::ALL).unwrap();
        let deep_errors = model
            .diagnostics
            .iter()
            .filter(|d| d.code == "syntax-error" && d.message.contains("nests too deeply"))
            .count();
        assert_eq!(deep_errors, 2, "{open}: {:#?}", model.diagnostics);
    }
}
