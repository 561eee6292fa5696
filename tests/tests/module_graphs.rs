//! Module graphs the runtime must link and run like Node does, never crashing: the graph
//! that crashed QuickJS (an import re-exported inside a cycle, as better-auth's
//! `dist/api/index.mjs` does) and generated graphs of cycles, `export *` chains,
//! re-exports of re-exports, imports re-exported, namespace imports, failing imports,
//! top-level await and CommonJS in the middle. Each graph runs in its own `convexkit run`
//! process, so a crash names its graph; Node's answer for the same files is the oracle.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

use convexkit_tests::{copy_app, run_convexkit};

/// A small deterministic generator (xorshift), so every graph can be reproduced by seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// The files of one graph: `m0.mjs` … (ES modules), maybe `c<i>.cjs` (CommonJS), and
/// `entry.mjs`, whose `result()` reads every export of `m0` (calling functions, which
/// read the bindings they imported).
fn generate(rng: &mut Rng) -> Vec<(String, String)> {
    let count = 2 + rng.below(5);
    // The kind of each edge i → j (None: no edge), decided first so an edge can depend on
    // the one back. Edges go to earlier and later modules alike: cycles are the point.
    let edges: Vec<Vec<Option<usize>>> = (0..count)
        .map(|i| {
            (0..count)
                .map(|j| (j != i && rng.chance(55)).then(|| rng.below(7)))
                .collect()
        })
        .collect();
    let mut files = Vec::new();
    for (i, out_edges) in edges.iter().enumerate() {
        let mut head = String::new();
        let mut reads = Vec::new();
        let mut tail = format!("export const v{i} = {i};\n");
        for (j, edge) in out_edges.iter().enumerate() {
            let Some(kind) = *edge else { continue };
            // Importing what m{j} re-exports from here needs that re-export.
            let kind = if kind == 6 && edges[j][i] != Some(2) {
                0
            } else {
                kind
            };
            match kind {
                0 => {
                    writeln!(head, "import {{ v{j} as i{i}_{j} }} from \"./m{j}.mjs\";").unwrap();
                    reads.push(format!("i{i}_{j}"));
                }
                1 => {
                    writeln!(head, "import * as ns{i}_{j} from \"./m{j}.mjs\";").unwrap();
                    reads.push(format!("ns{i}_{j}.v{j}"));
                }
                // Re-export of another module's export (and, through chains, of re-exports).
                2 => writeln!(tail, "export {{ v{j} as r{i}_{j} }} from \"./m{j}.mjs\";").unwrap(),
                3 => writeln!(tail, "export * from \"./m{j}.mjs\";").unwrap(),
                // An imported binding exported again: the shape that crashed QuickJS.
                4 => {
                    writeln!(head, "import {{ v{j} as t{i}_{j} }} from \"./m{j}.mjs\";").unwrap();
                    writeln!(tail, "export {{ t{i}_{j} as e{i}_{j} }};").unwrap();
                    reads.push(format!("t{i}_{j}"));
                }
                // A name the target does not export: linking fails.
                5 if rng.chance(15) => {
                    writeln!(head, "import {{ missing{j} }} from \"./m{j}.mjs\";").unwrap();
                }
                5 => {
                    writeln!(head, "import {{ v{j} as w{i}_{j} }} from \"./m{j}.mjs\";").unwrap();
                    reads.push(format!("w{i}_{j}"));
                }
                _ => {
                    // What m{j} re-exports from this module, back through the cycle.
                    writeln!(
                        head,
                        "import {{ r{j}_{i} as x{i}_{j} }} from \"./m{j}.mjs\";"
                    )
                    .unwrap();
                    reads.push(format!("x{i}_{j}"));
                }
            }
        }
        if rng.chance(20) {
            writeln!(head, "import cjs{i} from \"./c{i}.cjs\";").unwrap();
            reads.push(format!("cjs{i}.c"));
            files.push((
                format!("c{i}.cjs"),
                format!("exports.c = \"cjs{i}\";\nexports.other = {i};\n"),
            ));
        }
        if rng.chance(15) {
            tail.push_str("await Promise.resolve();\n");
        }
        let body: Vec<String> = reads
            .iter()
            .map(|read| {
                format!("(() => {{ try {{ return {read}; }} catch (e) {{ return \"tdz\"; }} }})()")
            })
            .collect();
        writeln!(
            tail,
            "export function get{i}() {{ return [{}]; }}",
            body.join(", ")
        )
        .unwrap();
        files.push((format!("m{i}.mjs"), format!("{head}{tail}")));
    }
    files.push((
        "entry.mjs".into(),
        "import * as m0 from \"./m0.mjs\";\nexport function result() {\n  const out = {};\n  for (const key of Object.keys(m0).sort()) {\n    const value = m0[key];\n    try { out[key] = typeof value === \"function\" ? value() : value; } catch (e) { out[key] = \"throws \" + e.constructor.name; }\n  }\n  return JSON.stringify(out);\n}\n".into(),
    ));
    files
}

/// Node's answer for each graph: the JSON `result()` gives, or None when loading failed.
fn node_answers(root: &Path, graphs: usize) -> Vec<Option<String>> {
    let script = format!(
        "const out = [];\nfor (let i = 0; i < {graphs}; i++) {{\n  try {{ out.push((await import(`./graphs/g${{i}}/entry.mjs`)).result()); }} catch (e) {{ out.push(null); }}\n}}\nconsole.log(JSON.stringify(out));\n"
    );
    std::fs::write(root.join("oracle.mjs"), script).unwrap();
    let output = Command::new("node")
        .arg("oracle.mjs")
        .current_dir(root)
        .output()
        .expect("node runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

fn write(root: &Path, path: &str, text: &str) {
    let path = root.join(path);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// A project whose query `graph<i>:result` returns graph i's `result()`.
fn project(graphs: &[Vec<(String, String)>]) -> tempfile::TempDir {
    let project = tempfile::tempdir().unwrap();
    copy_app("plain-app", project.path());
    for (i, files) in graphs.iter().enumerate() {
        for (name, text) in files {
            write(project.path(), &format!("graphs/g{i}/{name}"), text);
        }
        write(
            project.path(),
            &format!("convex/graph{i}.ts"),
            &format!("import {{ query }} from \"./_generated/server\";\nimport {{ result }} from \"../graphs/g{i}/entry.mjs\";\nexport const run = query({{ args: {{}}, handler: async () => result() }});\n"),
        );
    }
    let codegen = run_convexkit(project.path(), &["codegen"]);
    assert!(
        codegen.status.success(),
        "{}",
        String::from_utf8_lossy(&codegen.stderr)
    );
    project
}

/// Runs graph `i`: its JSON answer, or the error message; panics on a crash.
fn run_graph(project: &Path, i: usize, files: &[(String, String)]) -> Result<String, String> {
    let output = run_convexkit(project, &["run", &format!("graph{i}:run")]);
    let shown = || {
        files
            .iter()
            .map(|(name, text)| format!("--- {name}\n{text}"))
            .collect::<String>()
    };
    match output.status.code() {
        Some(0) => Ok(serde_json::from_slice::<String>(&output.stdout)
            .unwrap_or_else(|e| panic!("graph {i}: not a JSON string ({e})\n{}", shown()))),
        Some(1) => {
            let message = String::from_utf8_lossy(&output.stderr).trim().to_string();
            assert!(
                !message.is_empty(),
                "graph {i} failed silently\n{}",
                shown()
            );
            Err(message)
        }
        _ => panic!(
            "graph {i} crashed the runtime ({}):\n{}\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr),
            shown()
        ),
    }
}

#[test]
fn an_import_re_exported_inside_a_cycle_links() {
    let graph = vec![
        (
            "m0.mjs".to_string(),
            "import { x } from \"./m1.mjs\";\nexport function f() { return x; }\nexport { x };\n"
                .to_string(),
        ),
        (
            "m1.mjs".into(),
            "import { x as fromA } from \"./m0.mjs\";\nexport const x = 1;\nexport function g() { return fromA; }\n".into(),
        ),
        (
            "entry.mjs".into(),
            "import { f } from \"./m0.mjs\";\nexport function result() { return JSON.stringify(f()); }\n".into(),
        ),
    ];
    let project = project(std::slice::from_ref(&graph));
    assert_eq!(run_graph(project.path(), 0, &graph), Ok("1".to_string()));
}

#[test]
fn generated_module_graphs_load_as_node_loads_them() {
    const GRAPHS: usize = 48;
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let graphs: Vec<_> = (0..GRAPHS).map(|_| generate(&mut rng)).collect();
    let project = project(&graphs);
    let oracle = node_answers(project.path(), GRAPHS);
    let mut mismatches = Vec::new();
    let (mut answered, mut refused) = (0, 0);
    for (i, files) in graphs.iter().enumerate() {
        let got = run_graph(project.path(), i, files);
        match (&oracle[i], &got) {
            (Some(want), Ok(got)) if want == got => answered += 1,
            (None, Err(_)) => refused += 1,
            _ => mismatches.push(format!(
                "graph {i}: node {:?}, convexkit {got:?}\n{}",
                oracle[i],
                files
                    .iter()
                    .map(|(name, text)| format!("--- {name}\n{text}"))
                    .collect::<String>()
            )),
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
    // The generator makes both kinds: graphs that link and graphs that must not.
    assert!(
        answered > GRAPHS / 4 && refused > 0,
        "{answered} answered, {refused} refused"
    );
}

/// QuickJS names a failed import's export and module in 63-byte pieces; the error must
/// name both whole, and the importing file and line, however long the paths are.
#[test]
fn a_failed_link_is_reported_in_full() {
    let deep = "a_rather_long_folder_name/holding_helpers_that/are_nested_deeper_than_63_bytes";
    let graphs = vec![
        vec![
            (
                format!("{deep}/helpers.mjs"),
                "export const present = 1;\n".to_string(),
            ),
            (
                "entry.mjs".into(),
                format!("// line 1\nimport {{ anExportNamedLongerThanSixtyThreeBytesSoThatQuickJsCutsItShort }} from \"./{deep}/helpers.mjs\";\nexport function result() {{ return 1; }}\n"),
            ),
        ],
        vec![
            ("a_module_whose_name_is_long_enough/one.mjs".into(), "export const x = 1;\n".into()),
            ("a_module_whose_name_is_long_enough/two.mjs".into(), "export const x = 2;\n".into()),
            (
                "a_module_whose_name_is_long_enough/both.mjs".into(),
                "export * from \"./one.mjs\";\nexport * from \"./two.mjs\";\n".into(),
            ),
            (
                "entry.mjs".into(),
                "import { x } from \"./a_module_whose_name_is_long_enough/both.mjs\";\nexport function result() { return x; }\n".into(),
            ),
        ],
    ];
    let project = project(&graphs);
    let root = project.path().canonicalize().unwrap();
    let missing = run_graph(project.path(), 0, &graphs[0]).unwrap_err();
    let module = root.join(format!("graphs/g0/{deep}/helpers.mjs"));
    assert!(
        missing.contains(&format!(
            "Could not find export 'anExportNamedLongerThanSixtyThreeBytesSoThatQuickJsCutsItShort' in module '{}', imported by {}:2",
            module.display(),
            root.join("graphs/g0/entry.mjs").display()
        )),
        "{missing}"
    );
    let ambiguous = run_graph(project.path(), 1, &graphs[1]).unwrap_err();
    let module = root.join("graphs/g1/a_module_whose_name_is_long_enough/both.mjs");
    assert!(
        ambiguous.contains(&format!(
            "export 'x' in module '{}' is ambiguous",
            module.display()
        )) && ambiguous.contains("graphs/g1/entry.mjs:1"),
        "{ambiguous}"
    );
}

/// What Convex runs is esbuild's bundle, which reads a CommonJS file's named imports as
/// properties of its `module.exports`, however it assigns them (lodash's UMD wrapper hides
/// them from Node's lexer), and keeps any character a literal holds (a raw NUL included).
/// The oracle: esbuild's bundle of the same files, run by Node.
#[test]
fn modules_load_as_convex_bundler_bundles_them() {
    let umd = "(function (root, factory) {\n  var lib = factory();\n  if (typeof module === 'object' && module.exports) { (module.exports = lib).lib = lib; } else { root.lib = lib; }\n})(this, function () {\n  function lib(value) { return value; }\n  lib.first = function (array) { return array[0]; };\n  lib.clone = function (array) { return array.slice(); };\n  return lib;\n});\n";
    let graph = vec![
        ("vendor/umd.cjs".to_string(), umd.to_string()),
        (
            "a.mjs".into(),
            "import { first } from \"./vendor/umd.cjs\";\nexport const a = first([7, 8]);\n".into(),
        ),
        (
            "b.mjs".into(),
            "import lib, { clone, lib as itself } from \"./vendor/umd.cjs\";\nexport const b = [clone([1, 2]), typeof lib, itself === lib];\n".into(),
        ),
        (
            "nul.mjs".into(),
            "export const nul = \"a\u{0}b\";\n".into(),
        ),
        (
            "entry.mjs".into(),
            "import { a } from \"./a.mjs\";\nimport { b } from \"./b.mjs\";\nimport { nul } from \"./nul.mjs\";\nexport function result() { return JSON.stringify([a, b, nul.length, nul.charCodeAt(1)]); }\n".into(),
        ),
    ];
    let project = project(std::slice::from_ref(&graph));
    let bundled = Command::new("node_modules/.bin/esbuild")
        .args([
            "graphs/g0/entry.mjs",
            "--bundle",
            "--format=esm",
            "--platform=browser",
            "--outfile=bundle.mjs",
        ])
        .current_dir(project.path())
        .output()
        .expect("esbuild runs");
    assert!(
        bundled.status.success(),
        "{}",
        String::from_utf8_lossy(&bundled.stderr)
    );
    let oracle = Command::new("node")
        .args([
            "--input-type=module",
            "-e",
            "import { result } from './bundle.mjs'; console.log(result());",
        ])
        .current_dir(project.path())
        .output()
        .expect("node runs");
    let expected = String::from_utf8_lossy(&oracle.stdout).trim().to_string();
    assert_eq!(expected, "[7,[[1,2],\"function\",true],3,0]");
    assert_eq!(run_graph(project.path(), 0, &graph), Ok(expected));
}
