//! convexkit's formatter against real prettier 3.10.1 (the one convex 1.48.0 installs) on
//! generated inputs shaped like codegen's, with random types, names and lengths around the
//! 80-column boundary — beyond the fixture goldens.

use std::fmt::Write as _;
use std::process::Command;

use convexkit_codegen::pretty::format_typescript;
use convexkit_tests::ensure_node_modules;

/// A small deterministic generator (64-bit LCG), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn name(&mut self) -> String {
        const WORDS: [&str; 12] = [
            "id",
            "name",
            "score",
            "createdAt",
            "ownerId",
            "tags",
            "metadata",
            "isArchived",
            "displayName",
            "lastSeenTimestamp",
            "organizationIdentifier",
            "x",
        ];
        let mut name = WORDS[self.below(WORDS.len() as u64) as usize].to_string();
        if self.below(4) == 0 {
            name.push_str(WORDS[self.below(WORDS.len() as u64) as usize]);
        }
        name
    }
    /// A type as the official `validatorToType` prints it (objects on one line, `, `-separated).
    fn ty(&mut self, depth: u32) -> String {
        let leaf = depth >= 4 || self.below(3) == 0;
        if leaf {
            return match self.below(9) {
                0 => "string".into(),
                1 => "number".into(),
                2 => "boolean".into(),
                3 => "null".into(),
                4 => "any".into(),
                5 => format!("Id<\"{}\">", self.name()),
                6 => format!("\"{}\"", self.name()),
                7 => format!("{}n", self.below(100)),
                _ => "bigint".into(),
            };
        }
        match self.below(5) {
            0 => format!("Array<{}>", self.ty(depth + 1)),
            1 => format!("Record<string, {}>", self.ty(depth + 1)),
            2 => {
                let n = 2 + self.below(5);
                (0..n)
                    .map(|_| self.ty(depth + 1))
                    .collect::<Vec<_>>()
                    .join(" | ")
            }
            3 => format!("{} | null", self.object(depth + 1)),
            _ => self.object(depth + 1),
        }
    }
    fn object(&mut self, depth: u32) -> String {
        let n = self.below(6);
        let fields: Vec<String> = (0..n)
            .map(|_| {
                format!(
                    "{}{}: {}",
                    self.name(),
                    if self.below(3) == 0 { "?" } else { "" },
                    self.ty(depth)
                )
            })
            .collect();
        format!("{{ {} }}", fields.join(", "))
    }
}

/// An `api.d.ts`-like tree of function references, lines joined as the official generator does.
fn api_file(rng: &mut Rng) -> String {
    let mut out = String::from("/* eslint-disable */\n/**\n * Generated `api` utility.\n */\nimport type { FunctionReference } from \"convex/server\";\n\n/**\n   * A doc comment.\n   */\nexport declare const api:\n{\n");
    for _ in 0..1 + rng.below(4) {
        let _ = writeln!(out, "\"{}\":\n{{", rng.name());
        for _ in 0..1 + rng.below(4) {
            let kind = ["query", "mutation", "action"][rng.below(3) as usize];
            let _ = writeln!(
                out,
                "\"{}\": FunctionReference<\"{kind}\", \"public\", {}, {}>,",
                rng.name(),
                rng.object(1),
                rng.ty(1)
            );
        }
        out.push_str("}\n,\n");
    }
    out.push_str("}\n;\n");
    out
}

/// A `dataModel.d.ts`-like table map with field-path unions of random length.
fn data_model_file(rng: &mut Rng) -> String {
    let mut out = String::from("export type DataModel = {\n");
    for _ in 0..1 + rng.below(3) {
        let table = rng.name();
        let paths: Vec<String> = (0..rng.below(12))
            .map(|_| format!("\"{}\"", rng.name()))
            .collect();
        let _ = writeln!(
            out,
            "  {table}:\n{{\n  document: {},\n  fieldPaths: {},\n  indexes: {{\n    \"by_id\": [\"_id\"],\n    \"{}\": [\"{}\", \"_creationTime\"],\n  }},\n  searchIndexes: {{\n  }},\n}}\n,",
            rng.object(1),
            if paths.is_empty() { "never".to_string() } else { paths.join(" | ") },
            rng.name(),
            rng.name()
        );
    }
    out.push_str("}\n & AnyDataModel\n;\n");
    out
}

#[test]
fn formats_like_prettier_on_generated_inputs() {
    let node_modules = ensure_node_modules("published-components");
    let dir = tempfile::tempdir().unwrap();
    let mut rng = Rng(0x5eed);
    let mut inputs = Vec::new();
    for i in 0..400 {
        let source = if i % 2 == 0 {
            api_file(&mut rng)
        } else {
            data_model_file(&mut rng)
        };
        std::fs::write(dir.path().join(format!("{i}.ts")), &source).unwrap();
        inputs.push(source);
    }
    let script = r#"
        const [prettierPath, dir, count] = process.argv.slice(1);
        const prettier = require(prettierPath);
        const fs = require("fs");
        (async () => {
          for (let i = 0; i < Number(count); i++) {
            const source = fs.readFileSync(`${dir}/${i}.ts`, "utf8");
            fs.writeFileSync(`${dir}/${i}.out`, await prettier.format(source, { parser: "typescript" }));
          }
        })().catch((e) => { console.error(e); process.exit(1); });
    "#;
    let status = Command::new("node")
        .args([
            "-e",
            script,
            &node_modules.join("prettier").to_string_lossy(),
            &dir.path().to_string_lossy(),
            &inputs.len().to_string(),
        ])
        .status()
        .expect("node runs");
    assert!(status.success());
    let prettier_version: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(node_modules.join("prettier/package.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(prettier_version["version"], "3.10.1");

    let mut failures = Vec::new();
    for (i, source) in inputs.iter().enumerate() {
        let expected = std::fs::read_to_string(dir.path().join(format!("{i}.out"))).unwrap();
        match format_typescript(source) {
            Ok(actual) if actual == expected => {}
            Ok(actual) => failures.push(format!(
                "case {i}:\n--- input\n{source}\n--- prettier\n{expected}\n--- convexkit\n{actual}"
            )),
            Err(error) => failures.push(format!("case {i}: {error}\n{source}")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} differ; first:\n{}",
        failures.len(),
        inputs.len(),
        failures[0]
    );
}
