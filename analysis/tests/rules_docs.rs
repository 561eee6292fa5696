//! `docs/rules.md` is generated from the rules' own documentation (the `//!` head of each
//! rule's file) and must be current: run with `CONVEXKIT_UPDATE_DOCS=1` to rewrite it.

use std::path::Path;

use convexkit_analysis::rules::RULES;

fn rules_markdown(root: &Path) -> String {
    let mut out = String::from(
        "# Rules of `convexkit check`\n\n\
         Generated from each rule's documentation in `analysis/src/rules/` \
         (`CONVEXKIT_UPDATE_DOCS=1 cargo test -p convexkit-analysis --test rules_docs`); \
         `convexkit check --rules` lists them too.\n\n\
         Levels are the defaults; `convexkit.json` changes them: \
         `{ \"rules\": { \"no-filter-in-query\": \"error\", \"require-args-validator\": [\"error\", { \"ignoreUnusedArguments\": true }] } }`. \
         A finding is silenced on its line by `// convexkit-ignore-next-line <code>: reason`, \
         and the rules of @convex-dev/eslint-plugin also by ESLint's \
         `// eslint-disable-next-line @convex-dev/<rule>` (and `eslint-disable-line`, `eslint-disable`).\n\n\
         | rule | default | from | summary |\n|---|---|---|---|\n",
    );
    for rule in &RULES {
        let from = if rule.eslint_plugin {
            "@convex-dev/eslint-plugin"
        } else {
            "convexkit"
        };
        out += &format!(
            "| [`{}`](#{}) | {} | {from} | {} |\n",
            rule.code,
            rule.code,
            rule.default_level(),
            rule.summary.replace('|', "\\|")
        );
    }
    for rule in &RULES {
        let file = root.join(format!(
            "analysis/src/rules/{}.rs",
            rule.code.replace('-', "_")
        ));
        let source = std::fs::read_to_string(&file).unwrap();
        let docs: Vec<&str> = source
            .lines()
            .map_while(|l| l.strip_prefix("//!"))
            .map(|l| l.strip_prefix(' ').unwrap_or(l))
            .collect();
        out += &format!("\n## `{}`\n\n{}\n", rule.code, docs.join("\n").trim());
    }
    out
}

#[test]
fn docs_rules_md_is_generated_from_the_rules() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let expected = rules_markdown(root);
    let file = root.join("docs/rules.md");
    if std::env::var_os("CONVEXKIT_UPDATE_DOCS").is_some() {
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, &expected).unwrap();
    }
    let current = std::fs::read_to_string(&file).unwrap_or_default();
    assert!(
        current == expected,
        "docs/rules.md is not what the rules' documentation gives: run `CONVEXKIT_UPDATE_DOCS=1 cargo test -p convexkit-analysis --test rules_docs`"
    );
}
