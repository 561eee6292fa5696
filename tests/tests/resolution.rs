//! Module resolution against esbuild itself, the bundler the Convex CLI runs: one tree of
//! package layouts (exports conditions, main fields, a package importing itself, tsconfig
//! `paths` through `extends` chains, a nearer tsconfig shadowing the root's, pnpm's
//! symlinked store), every specifier resolved by both for Convex's runtime (platform
//! browser) and for "use node" modules (platform node), as `import` and as `require()`.

use std::path::{Path, PathBuf};
use std::process::Command;

use convexkit_analysis::resolve::{ImportKind, Platform, Resolver};

fn write(root: &Path, path: &str, text: &str) {
    let path = root.join(path);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn symlink(root: &Path, target: &str, link: &str) {
    let link = root.join(link);
    std::fs::create_dir_all(link.parent().unwrap()).unwrap();
    std::os::unix::fs::symlink(target, link).unwrap();
}

/// A project with one package per resolution rule.
fn layout(root: &Path) {
    write(
        root,
        "package.json",
        r##"{ "name": "my-app", "exports": { "./shared": "./src/shared.ts", "./convex.config": "./convex/convex.config.ts" },
            "imports": { "#internal/*": "./src/*.ts", "#dep": "plain", "#cond": { "node": "./lib/aliased.ts", "default": "./src/shared.ts" } } }"##,
    );
    write(root, "src/shared.ts", "");
    write(root, "src/lib/util.ts", "");
    write(root, "lib/aliased.ts", "");
    write(root, "convex/convex.config.ts", "");
    write(root, "convex/app.ts", "");
    write(root, "convex/nested/deep.ts", "");
    // tsconfig paths: the root extends a base (paths relative to the base's folder) and a
    // framework-generated config whose paths point back out of its folder.
    write(
        root,
        "tsconfig.json",
        r#"{ "extends": ["./config/tsconfig.base", "./.svelte-kit/tsconfig.json"], "compilerOptions": { "strict": true, }, }"#,
    );
    write(
        root,
        "config/tsconfig.base.json",
        r#"{ "compilerOptions": { "paths": { "@/*": ["../src/*"], "~lib": ["../lib/aliased.ts"] } } }"#,
    );
    write(
        root,
        ".svelte-kit/tsconfig.json",
        r#"{ "compilerOptions": { "paths": { "$lib": ["../src/lib"], "$lib/*": ["../src/lib/*"] } } }"#,
    );
    // A nested project whose own tsconfig has no paths: the root's do not apply there.
    write(root, "other/tsconfig.json", r#"{ "compilerOptions": {} }"#);
    write(root, "other/file.ts", "");
    // A nested project extending a config from a package, with baseUrl.
    write(
        root,
        "based/tsconfig.json",
        r#"{ "extends": "@acme/tsconfig/base.json", "compilerOptions": { "baseUrl": "." } }"#,
    );
    write(root, "based/file.ts", "");
    write(root, "based/models/user.ts", "");
    write(
        root,
        "node_modules/@acme/tsconfig/base.json",
        r##"{ "compilerOptions": { "paths": { "#models/*": ["models/*"] } } }"##,
    );
    write(
        root,
        "node_modules/@acme/tsconfig/package.json",
        r#"{ "name": "@acme/tsconfig" }"#,
    );
    // Exports conditions.
    let conditional = r#"{ "name": "conditional", "exports": { ".": { "types": "./t.d.ts", "node": "./node.js", "browser": "./browser.js", "default": "./default.js" }, "./kind": { "require": "./req.js", "import": "./imp.mjs" }, "./mod": { "module": "./module.js", "default": "./default.js" }, "./convex": { "convex": "./convex.js", "default": "./default.js" }, "./feature/*": { "node": "./node/*.js", "default": "./web/*.js" } } }"#;
    write(root, "node_modules/conditional/package.json", conditional);
    for file in [
        "node.js",
        "browser.js",
        "default.js",
        "req.js",
        "imp.mjs",
        "module.js",
        "convex.js",
        "node/a.js",
        "web/a.js",
    ] {
        write(root, &format!("node_modules/conditional/{file}"), "");
    }
    // Main fields without exports.
    write(
        root,
        "node_modules/fields/package.json",
        r#"{ "name": "fields", "main": "./main.js", "module": "./module.js", "browser": "./browser.js" }"#,
    );
    for file in ["main.js", "module.js", "browser.js"] {
        write(root, &format!("node_modules/fields/{file}"), "");
    }
    write(
        root,
        "node_modules/plain/package.json",
        r#"{ "name": "plain", "main": "lib/index" }"#,
    );
    write(root, "node_modules/plain/lib/index.js", "");
    write(root, "node_modules/plain/lib/extra.js", "");
    // pnpm: a top-level link into the store; `linked` depends on `dep`, which only its
    // store folder can see.
    write(
        root,
        "node_modules/.pnpm/linked@1.0.0/node_modules/linked/package.json",
        r#"{ "name": "linked", "exports": "./index.js" }"#,
    );
    write(
        root,
        "node_modules/.pnpm/linked@1.0.0/node_modules/linked/index.js",
        "",
    );
    write(
        root,
        "node_modules/.pnpm/dep@2.0.0/node_modules/dep/package.json",
        r#"{ "name": "dep", "main": "dep.js" }"#,
    );
    write(
        root,
        "node_modules/.pnpm/dep@2.0.0/node_modules/dep/dep.js",
        "",
    );
    symlink(
        root,
        "../../dep@2.0.0/node_modules/dep",
        "node_modules/.pnpm/linked@1.0.0/node_modules/dep",
    );
    symlink(
        root,
        ".pnpm/linked@1.0.0/node_modules/linked",
        "node_modules/linked",
    );
}

/// (importing file, specifier) pairs; each is resolved for both platforms and both kinds.
const CASES: [(&str, &str); 26] = [
    ("convex/app.ts", "./nested/deep"),
    ("convex/app.ts", "./nested/deep.js"),
    ("convex/app.ts", "../src/shared"),
    ("convex/app.ts", "my-app/shared"),
    ("convex/app.ts", "my-app/convex.config"),
    ("convex/app.ts", "my-app/missing"),
    ("convex/app.ts", "@/shared"),
    ("convex/nested/deep.ts", "@/lib/util"),
    ("convex/app.ts", "~lib"),
    ("convex/app.ts", "$lib"),
    ("convex/app.ts", "$lib/util"),
    ("other/file.ts", "@/shared"),
    ("based/file.ts", "#models/user"),
    ("convex/app.ts", "#internal/shared"),
    ("convex/app.ts", "#dep"),
    ("convex/app.ts", "#cond"),
    ("convex/app.ts", "#missing"),
    ("convex/app.ts", "conditional"),
    ("convex/app.ts", "conditional/kind"),
    ("convex/app.ts", "conditional/mod"),
    ("convex/app.ts", "conditional/convex"),
    ("convex/app.ts", "conditional/feature/a"),
    ("convex/app.ts", "fields"),
    ("convex/app.ts", "plain/lib/extra"),
    ("convex/app.ts", "linked"),
    (
        "node_modules/.pnpm/linked@1.0.0/node_modules/linked/index.js",
        "dep",
    ),
];

/// What esbuild (with the Convex CLI's options) resolves each case to, or null.
fn esbuild_answers(
    root: &Path,
    esbuild: &Path,
    queries: &serde_json::Value,
) -> Vec<Option<PathBuf>> {
    let script = r#"
const esbuild = require(process.argv[1]);
const all = JSON.parse(process.argv[2]);
const answers = [];
let queries = [];
const plugin = { name: "probe", setup(build) {
  build.onResolve({ filter: /^probe-entry$/ }, async () => {
    for (const q of queries) {
      const found = await build.resolve(q.specifier, {
        kind: q.kind === "Require" ? "require-call" : "import-statement",
        resolveDir: q.dir, importer: q.from,
      });
      answers.push(found.errors.length ? null : found.path);
    }
    return { path: "probe-entry", namespace: "probe" };
  });
  build.onLoad({ filter: /.*/, namespace: "probe" }, () => ({ contents: "" }));
} };
(async () => {
  for (const platform of ["browser", "node"]) {
    queries = all.filter((q) => q.platform.toLowerCase() === platform);
    await esbuild.build({ entryPoints: ["probe-entry"], bundle: true, write: false, platform,
      conditions: ["convex", "module"], logLevel: "silent", plugins: [plugin] });
  }
  console.log(JSON.stringify(answers));
})();
"#;
    // The script answers browser queries first, then node ones: the order of `queries`.
    let output = Command::new("node")
        .args([
            "-e",
            script,
            esbuild.to_str().unwrap(),
            &queries.to_string(),
        ])
        .current_dir(root)
        .output()
        .expect("node runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let answers: Vec<Option<String>> = serde_json::from_slice(&output.stdout).unwrap();
    answers.into_iter().map(|a| a.map(PathBuf::from)).collect()
}

#[test]
fn resolution_matches_esbuild() {
    let node_modules = convexkit_tests::ensure_node_modules("plain-app");
    let esbuild = node_modules.join("esbuild");
    let dir = tempfile::tempdir().unwrap();
    let root = std::fs::canonicalize(dir.path()).unwrap();
    layout(&root);

    let mut queries = Vec::new();
    for platform in [Platform::Browser, Platform::Node] {
        for kind in [ImportKind::Import, ImportKind::Require] {
            for (from, specifier) in CASES {
                queries.push((from, specifier, platform, kind));
            }
        }
    }
    let json = serde_json::Value::Array(
        queries
            .iter()
            .map(|(from, specifier, platform, kind)| {
                let from = root.join(from);
                serde_json::json!({
                    "from": from, "dir": from.parent().unwrap(), "specifier": specifier,
                    "platform": format!("{platform:?}"), "kind": format!("{kind:?}"),
                })
            })
            .collect(),
    );
    let expected = esbuild_answers(&root, &esbuild, &json);
    assert_eq!(expected.len(), queries.len());

    let resolver = Resolver::for_project(&root);
    let mut mismatches = Vec::new();
    for ((from, specifier, platform, kind), want) in queries.iter().zip(&expected) {
        let got = resolver
            .resolve_as(&root.join(from), specifier, *platform, *kind)
            .ok();
        if &got != want {
            mismatches.push(format!(
                "{from} imports {specifier:?} ({platform:?}, {kind:?}): esbuild {want:?}, convexkit {got:?}"
            ));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
    // The layout exercises every rule: esbuild resolved most cases, and refused some.
    let resolved = expected.iter().filter(|a| a.is_some()).count();
    assert!(resolved > queries.len() / 2 && resolved < queries.len());
}
