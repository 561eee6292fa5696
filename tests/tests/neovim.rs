//! A real, independent client: headless Neovim (Debian's 0.7.2: pushed diagnostics only,
//! UTF-16 positions) drives `convexkit lsp` on a fixture app through tests/nvim/lsp_check.lua.

use std::process::Command;

use convexkit_tests::{convexkit, repo_root, run_convexkit, scratch_app};

#[test]
fn neovim_gets_diagnostics_hover_completion_definition_and_an_edit_that_clears() {
    let nvim = Command::new("nvim").arg("--version").output();
    assert!(
        nvim.is_ok_and(|o| o.status.success()),
        "this test needs Neovim: apt-get install neovim"
    );
    let project = scratch_app("lint-app", "default");
    let dir = project.path();
    assert!(run_convexkit(dir, &["codegen"]).status.success());
    let result = dir.join("nvim-result.json");
    let output = Command::new("nvim")
        .args(["--headless", "--clean", "-c"])
        .arg(format!(
            "luafile {}",
            repo_root().join("tests/nvim/lsp_check.lua").display()
        ))
        .env("CONVEXKIT", convexkit())
        .env("PROJECT", dir)
        .env("FILE", "convex/limits.ts")
        .env("RESULT", &result)
        .output()
        .unwrap();
    let text = std::fs::read_to_string(&result).unwrap_or_else(|_| {
        panic!(
            "Neovim wrote no result:\n{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    });
    let seen: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert!(seen.get("error").is_none(), "{seen}");
    assert_eq!(seen["started"], true);
    assert_eq!(seen["diagnostics_arrived"], true, "{seen}");
    let unknown = seen["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "unknown-component")
        .unwrap();
    assert_eq!(
        (unknown["lnum"].as_u64(), unknown["col"].as_u64()),
        (Some(13), Some(37))
    );
    assert_eq!(unknown["source"], "convexkit");
    let hover = seen["hover"].as_str().unwrap();
    assert!(hover.contains("@convex-dev/rate-limiter"), "{hover}");
    let completion: Vec<&str> = seen["completion"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect();
    assert!(
        completion.contains(&"leaderboard") && completion.contains(&"rateLimiter"),
        "{completion:?}"
    );
    assert!(seen["definition"]["uri"]
        .as_str()
        .unwrap()
        .ends_with("convex/convex.config.ts"));
    assert_eq!(seen["definition"]["line"], 8);
    assert_eq!(
        seen["cleared"], true,
        "the edit clears the diagnostic: {seen}"
    );
}
