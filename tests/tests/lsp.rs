//! `convexkit lsp` driven over stdio by a minimal JSON-RPC client: diagnostics (UTF-16
//! positions on non-ASCII text, rule doc links), hover, completion, definition, a code
//! action, an edit that clears a diagnostic, several projects in one workspace, changes on
//! disk through registered watchers, and a clean shutdown.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::Duration;

use serde_json::{json, Value};

use convexkit_tests::{convexkit, copy_app, run_convexkit, scratch_app};

struct Client {
    child: Child,
    stdin: ChildStdin,
    messages: Receiver<Value>,
    next_id: u64,
}

impl Client {
    fn start(dir: &Path) -> Self {
        let mut child = Command::new(convexkit())
            .arg("lsp")
            .current_dir(dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take().unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let (sender, messages) = channel();
        std::thread::spawn(move || loop {
            let mut length = 0;
            loop {
                let mut header = String::new();
                if stdout.read_line(&mut header).unwrap_or(0) == 0 {
                    return;
                }
                let header = header.trim();
                if header.is_empty() {
                    break;
                }
                if let Some(value) = header.strip_prefix("Content-Length: ") {
                    length = value.parse().unwrap();
                }
            }
            let mut body = vec![0; length];
            if stdout.read_exact(&mut body).is_err()
                || sender.send(serde_json::from_slice(&body).unwrap()).is_err()
            {
                return;
            }
        });
        Self {
            child,
            stdin,
            messages,
            next_id: 1,
        }
    }

    fn send(&mut self, message: Value) {
        let body = message.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({ "jsonrpc": "2.0", "method": method, "params": params }));
    }

    fn next(&mut self) -> Value {
        self.messages
            .recv_timeout(Duration::from_secs(30))
            .expect("the server answers within 30 s")
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        loop {
            let message = self.next();
            if message["id"] == id {
                assert!(message.get("error").is_none(), "{message}");
                return message["result"].clone();
            }
        }
    }

    /// The next diagnostics published for `uri` that satisfy `accept`.
    fn diagnostics(&mut self, uri: &str, accept: impl Fn(&Value) -> bool) -> Value {
        loop {
            let message = self.next();
            if message["method"] == "textDocument/publishDiagnostics"
                && message["params"]["uri"] == uri
                && accept(&message["params"])
            {
                return message["params"].clone();
            }
        }
    }
}

fn uri(path: &Path) -> String {
    format!("file://{}", path.display())
}

/// The LSP position (UTF-16) of the first `needle` after `after` in `text`.
fn position_of(text: &str, after: &str, needle: &str) -> (u32, u32) {
    let start = text.find(after).unwrap();
    let at = start + text[start..].find(needle).unwrap();
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    (
        text[..at].matches('\n').count() as u32,
        text[line_start..at].encode_utf16().count() as u32,
    )
}

#[test]
fn language_server_features_over_stdio() {
    let project = scratch_app("lint-app", "default");
    let dir = project.path();
    assert!(run_convexkit(dir, &["codegen"]).status.success());
    let file = dir.join("convex/limits.ts");
    // Non-ASCII before the reference: its diagnostic's column counts UTF-16 units.
    let text = std::fs::read_to_string(&file).unwrap().replace(
        "await ctx.runMutation(components.leaderbord",
        "await /* 😀é */ ctx.runMutation(components.leaderbord",
    );
    let file_uri = uri(&file);

    let mut client = Client::start(dir);
    let init = client.request(
        "initialize",
        json!({ "processId": null, "rootUri": uri(dir), "capabilities": {} }),
    );
    assert_eq!(init["capabilities"]["hoverProvider"], true);
    client.notify("initialized", json!({}));
    client.notify("textDocument/didOpen", json!({ "textDocument": { "uri": file_uri, "languageId": "typescript", "version": 1, "text": text } }));

    let published = client.diagnostics(&file_uri, |_| true);
    let unknown = published["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "unknown-component")
        .expect("unknown-component is published")
        .clone();
    let (line, character) = position_of(&text, "/* 😀é */", "leaderbord");
    assert_eq!(
        unknown["range"]["start"],
        json!({ "line": line, "character": character })
    );
    assert_eq!(unknown["source"], "convexkit");
    let docs = unknown["codeDescription"]["href"]
        .as_str()
        .unwrap_or_default();
    assert!(
        docs.ends_with("/analysis/src/rules/unknown_component.rs"),
        "{docs}"
    );

    let (line, character) = position_of(&text, "runMutation(components.", "rateLimiter");
    let hover = client.request("textDocument/hover", json!({ "textDocument": { "uri": file_uri }, "position": { "line": line, "character": character + 2 } }));
    let markdown = hover["contents"]["value"].as_str().unwrap();
    assert!(
        markdown.contains("`rateLimiter`")
            && markdown.contains("@convex-dev/rate-limiter")
            && markdown.contains("lib.rateLimit"),
        "{markdown}"
    );

    let completion = client.request("textDocument/completion", json!({ "textDocument": { "uri": file_uri }, "position": { "line": line, "character": character } }));
    let labels: Vec<&str> = completion
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["label"].as_str().unwrap())
        .collect();
    for instance in [
        "leaderboard",
        "shardedCounter",
        "rateLimiter",
        "legacyCounter",
    ] {
        assert!(labels.contains(&instance), "{labels:?}");
    }

    let definition = client.request("textDocument/definition", json!({ "textDocument": { "uri": file_uri }, "position": { "line": line, "character": character + 2 } }));
    assert_eq!(definition["uri"], uri(&dir.join("convex/convex.config.ts")));
    assert_eq!(
        definition["range"]["start"]["line"], 8,
        "app.use(rateLimiter) is on line 9"
    );

    let references = client.request(
        "textDocument/references",
        json!({ "textDocument": { "uri": file_uri }, "position": { "line": line, "character": character + 2 }, "context": { "includeDeclaration": true } }),
    );
    let referenced: Vec<&str> = references
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["uri"].as_str().unwrap())
        .collect();
    assert!(
        referenced.contains(&uri(&dir.join("convex/convex.config.ts")).as_str())
            && referenced.contains(&file_uri.as_str()),
        "{referenced:?}"
    );

    // Hover on the `use()` that installs an instance.
    let config = dir.join("convex/convex.config.ts");
    let config_text = std::fs::read_to_string(&config).unwrap();
    client.notify("textDocument/didOpen", json!({ "textDocument": { "uri": uri(&config), "languageId": "typescript", "version": 1, "text": config_text } }));
    let (use_line, use_character) = position_of(&config_text, "app.use(rateLimiter", "rateLimiter");
    let installs = client.request("textDocument/hover", json!({ "textDocument": { "uri": uri(&config) }, "position": { "line": use_line, "character": use_character } }));
    let installs = installs["contents"]["value"].as_str().unwrap_or_default();
    assert!(
        installs.contains("**installs** `components.rateLimiter`")
            && installs.contains("`rateLimits`"),
        "{installs}"
    );

    // Completion inside a new `use()`'s name: the default name, made unique.
    let edited_config = config_text.replace(
        "export default app;",
        "app.use(shardedCounter, { name: \"\" });\napp.use(aggregate, { name: \"\" });\nexport default app;",
    );
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri(&config), "version": 2 }, "contentChanges": [{ "text": edited_config }] }),
    );
    for (after, expected) in [
        ("app.use(shardedCounter, { name: \"\"", "shardedCounter2"),
        ("app.use(aggregate, { name: \"\"", "aggregate"),
    ] {
        let (line, character) = position_of(&edited_config, after, "\"\"");
        let names = client.request("textDocument/completion", json!({ "textDocument": { "uri": uri(&config) }, "position": { "line": line, "character": character + 1 } }));
        let labels: Vec<&str> = names
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["label"].as_str().unwrap())
            .collect();
        assert_eq!(labels, [expected], "after {after}");
    }
    // Empty names are errors, which would stop codegen on save below.
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri(&config), "version": 3 }, "contentChanges": [{ "text": config_text }] }),
    );

    let actions = client.request("textDocument/codeAction", json!({ "textDocument": { "uri": file_uri }, "range": unknown["range"], "context": { "diagnostics": [] } }));
    let titles: Vec<&str> = actions
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert!(titles.contains(&"Replace with `leaderboard`"), "{titles:?}");

    // Fix the typo with an incremental edit: the diagnostic goes away for version 2.
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": file_uri, "version": 2 }, "contentChanges": [{ "range": unknown["range"], "text": "leaderboard" }] }),
    );
    let after = client.diagnostics(&file_uri, |p| p["version"] == 2);
    assert!(
        !after["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["code"] == "unknown-component"),
        "{after}"
    );

    // Saving a new module runs codegen: the app's api.d.ts gains it.
    let extra = dir.join("convex/extra.ts");
    let extra_text = "import { query } from \"./_generated/server\";\nexport const ping = query({ args: {}, handler: async () => \"pong\" });\n";
    std::fs::write(&extra, extra_text).unwrap();
    let extra_uri = uri(&extra);
    client.notify("textDocument/didOpen", json!({ "textDocument": { "uri": extra_uri, "languageId": "typescript", "version": 1, "text": extra_text } }));
    client.notify(
        "textDocument/didSave",
        json!({ "textDocument": { "uri": extra_uri } }),
    );
    let api = dir.join("convex/_generated/api.d.ts");
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while !std::fs::read_to_string(&api)
        .unwrap()
        .contains("typeof extra")
    {
        assert!(
            std::time::Instant::now() < deadline,
            "codegen on save did not run"
        );
        std::thread::sleep(Duration::from_millis(50));
    }

    client.request("shutdown", json!(null));
    client.notify("exit", json!(null));
    let status = client.child.wait().unwrap();
    assert!(status.success());
}

#[test]
fn language_server_survives_bad_input() {
    let project = scratch_app("lint-app", "default");
    let dir = project.path();
    let mut client = Client::start(dir);
    client.request(
        "initialize",
        json!({ "processId": null, "rootUri": uri(dir), "capabilities": {} }),
    );
    client.notify("initialized", json!({}));

    // Malformed JSON: an error reply (or nothing), never a crash.
    write!(client.stdin, "Content-Length: 8\r\n\r\n{{broken}}").unwrap();
    client.stdin.flush().unwrap();
    // An unknown method: "method not found".
    client.send(
        json!({ "jsonrpc": "2.0", "id": 99, "method": "convexkit/noSuchMethod", "params": {} }),
    );
    let reply = loop {
        let message = client.next();
        if message["id"] == 99 {
            break message;
        }
    };
    assert_eq!(reply["error"]["code"], -32601);

    // A document whose file does not exist, a huge one, and one that does not parse.
    let missing = dir.join("convex/deleted.ts");
    client.notify("textDocument/didOpen", json!({ "textDocument": { "uri": uri(&missing), "languageId": "typescript", "version": 1, "text": "export const x = components.nope;" } }));
    let huge = "export const big = [".to_string() + &"1, ".repeat(300_000) + "];\n";
    client.notify("textDocument/didOpen", json!({ "textDocument": { "uri": uri(&dir.join("convex/huge.ts")), "languageId": "typescript", "version": 1, "text": huge } }));
    client.notify("textDocument/didOpen", json!({ "textDocument": { "uri": uri(&dir.join("convex/broken.ts")), "languageId": "typescript", "version": 1, "text": "export const = ;" } }));
    let hover = client.request("textDocument/hover", json!({ "textDocument": { "uri": uri(&missing) }, "position": { "line": 40, "character": 900 } }));
    assert!(hover.is_null());

    client.request("shutdown", json!(null));
    client.notify("exit", json!(null));
    assert!(client.child.wait().unwrap().success());
}

#[test]
fn clients_that_pull_diagnostics_get_them_by_request() {
    let project = scratch_app("lint-app", "default");
    let dir = project.path();
    assert!(run_convexkit(dir, &["codegen"]).status.success());
    let file = dir.join("convex/limits.ts");
    let file_uri = uri(&file);
    let mut client = Client::start(dir);
    let init = client.request(
        "initialize",
        json!({ "processId": null, "rootUri": uri(dir), "capabilities": { "textDocument": { "diagnostic": { "dynamicRegistration": false } } } }),
    );
    assert_eq!(
        init["capabilities"]["diagnosticProvider"]["identifier"],
        "convexkit"
    );
    client.notify("initialized", json!({}));
    let text = std::fs::read_to_string(&file).unwrap();
    client.notify("textDocument/didOpen", json!({ "textDocument": { "uri": file_uri, "languageId": "typescript", "version": 1, "text": text } }));
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    loop {
        let report = client.request(
            "textDocument/diagnostic",
            json!({ "textDocument": { "uri": file_uri } }),
        );
        assert_eq!(report["kind"], "full");
        if report["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["code"] == "unknown-component")
        {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no pulled diagnostics: {report}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    client.request("shutdown", json!(null));
    client.notify("exit", json!(null));
    assert!(client.child.wait().unwrap().success());
}

#[test]
fn editor_rule_settings_apply_where_convexkit_json_is_silent() {
    let project = scratch_app("lint-app", "default");
    let dir = project.path();
    assert!(run_convexkit(dir, &["codegen"]).status.success());
    std::fs::write(
        dir.join("convexkit.json"),
        r#"{"rules": {"component-call-args": "warn"}}"#,
    )
    .unwrap();
    let file = dir.join("convex/limits.ts");
    let file_uri = uri(&file);
    let mut client = Client::start(dir);
    client.request(
        "initialize",
        json!({ "processId": null, "rootUri": uri(dir), "capabilities": {},
                "initializationOptions": { "rules": { "unknown-component": "off", "component-call-args": "error" } } }),
    );
    client.notify("initialized", json!({}));
    let text = std::fs::read_to_string(&file).unwrap();
    client.notify("textDocument/didOpen", json!({ "textDocument": { "uri": file_uri, "languageId": "typescript", "version": 1, "text": text } }));
    let published = client.diagnostics(&file_uri, |_| true);
    let diagnostics = published["diagnostics"].as_array().unwrap();
    assert!(
        !diagnostics.iter().any(|d| d["code"] == "unknown-component"),
        "turned off by the editor"
    );
    let call_args: Vec<&Value> = diagnostics
        .iter()
        .filter(|d| d["code"] == "component-call-args")
        .collect();
    assert!(!call_args.is_empty());
    assert!(
        call_args.iter().all(|d| d["severity"] == 2),
        "convexkit.json's \"warn\" wins over the editor's \"error\""
    );
    client.request("shutdown", json!(null));
    client.notify("exit", json!(null));
    assert!(client.child.wait().unwrap().success());
}

fn completion_labels(client: &mut Client, file: &Path, text: &str, after: &str) -> Vec<String> {
    let (line, character) = position_of(text, after, "components.");
    let completion = client.request("textDocument/completion", json!({ "textDocument": { "uri": uri(file) }, "position": { "line": line, "character": character + "components.".len() as u32 } }));
    completion
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["label"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn several_projects_in_one_workspace_are_analysed_separately() {
    let repo = tempfile::tempdir().unwrap();
    let first = repo.path().join("apps/first");
    let second = repo.path().join("apps/second");
    copy_app("lint-app", &first);
    copy_app("lint-app", &second);
    // The second project names its aggregate differently.
    let config = second.join("convex/convex.config.ts");
    let renamed = std::fs::read_to_string(&config)
        .unwrap()
        .replace("name: \"leaderboard\"", "name: \"scores\"");
    std::fs::write(&config, renamed).unwrap();
    for project in [&first, &second] {
        assert!(run_convexkit(project, &["codegen"]).status.success());
    }

    let mut client = Client::start(repo.path());
    client.request(
        "initialize",
        json!({ "processId": null, "rootUri": uri(repo.path()), "capabilities": {},
                "workspaceFolders": [{ "uri": uri(&first), "name": "first" }, { "uri": uri(&second), "name": "second" }] }),
    );
    client.notify("initialized", json!({}));
    let mut texts = Vec::new();
    for project in [&first, &second] {
        let file = project.join("convex/limits.ts");
        let text = std::fs::read_to_string(&file).unwrap();
        client.notify("textDocument/didOpen", json!({ "textDocument": { "uri": uri(&file), "languageId": "typescript", "version": 1, "text": text } }));
        let published = client.diagnostics(&uri(&file), |_| true);
        assert!(
            published["diagnostics"]
                .as_array()
                .unwrap()
                .iter()
                .any(|d| d["code"] == "unknown-component"),
            "{published}"
        );
        texts.push((file, text));
    }
    let first_labels = completion_labels(&mut client, &texts[0].0, &texts[0].1, "runMutation(");
    let second_labels = completion_labels(&mut client, &texts[1].0, &texts[1].1, "runMutation(");
    assert!(
        first_labels.contains(&"leaderboard".to_string())
            && !first_labels.contains(&"scores".to_string()),
        "{first_labels:?}"
    );
    assert!(
        second_labels.contains(&"scores".to_string())
            && !second_labels.contains(&"leaderboard".to_string()),
        "{second_labels:?}"
    );
    client.request("shutdown", json!(null));
    client.notify("exit", json!(null));
    assert!(client.child.wait().unwrap().success());
}

#[test]
fn changes_on_disk_arrive_through_registered_watchers() {
    let project = scratch_app("lint-app", "default");
    let dir = project.path();
    assert!(run_convexkit(dir, &["codegen"]).status.success());
    let mut client = Client::start(dir);
    client.request(
        "initialize",
        json!({ "processId": null, "rootUri": uri(dir),
                "capabilities": { "workspace": { "didChangeWatchedFiles": { "dynamicRegistration": true } } } }),
    );
    client.notify("initialized", json!({}));
    let registration = loop {
        let message = client.next();
        if message["method"] == "client/registerCapability" {
            break message;
        }
    };
    client.send(json!({ "jsonrpc": "2.0", "id": registration["id"], "result": null }));
    let registered = &registration["params"]["registrations"][0];
    assert_eq!(registered["method"], "workspace/didChangeWatchedFiles");
    let globs: Vec<&str> = registered["registerOptions"]["watchers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["globPattern"].as_str().unwrap())
        .collect();
    assert!(
        globs.contains(&"**/node_modules/.package-lock.json")
            && globs.iter().any(|g| g.contains("convex.json")),
        "{globs:?}"
    );

    let file = dir.join("convex/limits.ts");
    let text = std::fs::read_to_string(&file).unwrap();
    client.notify("textDocument/didOpen", json!({ "textDocument": { "uri": uri(&file), "languageId": "typescript", "version": 1, "text": text } }));
    let unknown = |params: &Value| {
        params["diagnostics"].as_array().unwrap().iter().any(|d| {
            d["code"] == "unknown-component"
                && d["message"].as_str().unwrap().contains("leaderbord")
        })
    };
    assert!(unknown(&client.diagnostics(&uri(&file), |_| true)));

    // The config (not open in the editor) gains the misspelt instance on disk.
    let config = dir.join("convex/convex.config.ts");
    let installed = std::fs::read_to_string(&config).unwrap().replace(
        "export default app;",
        "app.use(aggregate, { name: \"leaderbord\" });\nexport default app;",
    );
    std::fs::write(&config, installed).unwrap();
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [{ "uri": uri(&config), "type": 2 }] }),
    );
    client.diagnostics(&uri(&file), |params| !unknown(params));
    client.request("shutdown", json!(null));
    client.notify("exit", json!(null));
    assert!(client.child.wait().unwrap().success());
}

#[test]
fn plugin_rules_are_published_as_you_type_with_their_fixes() {
    let project = scratch_app("lint-app", "default");
    let dir = project.path();
    assert!(run_convexkit(dir, &["codegen"]).status.success());
    // A new module, typed but never saved: an ID-only `db.get` on a validated argument.
    let file = dir.join("convex/typed.ts");
    let text = "import { query } from \"./_generated/server\";\nimport { v } from \"convex/values\";\n\nexport const read = query({\n  args: { id: v.id(\"scores\") },\n  handler: async (ctx, { id }) => await ctx.db.get(id),\n});\n";
    std::fs::write(&file, "").unwrap();
    let file_uri = uri(&file);

    let mut client = Client::start(dir);
    client.request(
        "initialize",
        json!({ "processId": null, "rootUri": uri(dir), "capabilities": {} }),
    );
    client.notify("initialized", json!({}));
    client.notify("textDocument/didOpen", json!({ "textDocument": { "uri": file_uri, "languageId": "typescript", "version": 1, "text": text } }));

    let published = client.diagnostics(&file_uri, |p| {
        p["diagnostics"]
            .as_array()
            .is_some_and(|d| d.iter().any(|d| d["code"] == "explicit-table-ids"))
    });
    let finding = published["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "explicit-table-ids")
        .unwrap()
        .clone();
    let (line, character) = position_of(text, "=> await ", "ctx.db.get");
    assert_eq!(
        finding["range"]["start"],
        json!({ "line": line, "character": character })
    );
    let actions = client.request("textDocument/codeAction", json!({ "textDocument": { "uri": file_uri }, "range": finding["range"], "context": { "diagnostics": [] } }));
    let fix = actions
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"] == "Add the table name \"scores\"")
        .unwrap_or_else(|| panic!("no table-name fix in {actions}"));
    let edit = &fix["edit"]["changes"][&file_uri][0];
    assert_eq!(edit["newText"], "\"scores\", ");
    let (line, character) = position_of(text, "ctx.db.get(", "id)");
    assert_eq!(
        edit["range"]["start"],
        json!({ "line": line, "character": character })
    );
}
