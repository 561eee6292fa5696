//! The dashboard `convexkit dev` serves (docs/dashboard.md): its JSON API over real HTTP
//! on a fixture app with two aggregate instances, a workpool and file storage, its guards
//! against other web pages, and the page itself driven in headless Chromium.

use std::path::Path;
use std::process::Command;

use base64::Engine as _;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use convexkit_tests::dev_server::{send, Answer, Dev};
use convexkit_tests::{copy_app, npm_ci, repo_root};

fn project() -> tempfile::TempDir {
    let project = tempfile::Builder::new()
        .prefix("convexkit-dashboard-app-")
        .tempdir()
        .unwrap();
    copy_app("dashboard-app", project.path());
    project
}

/// `convexkit dev` on the project, with the dashboard answering.
fn start(project: &Path) -> Dev {
    let dev = Dev::start(project);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while send(dev.dashboard_port(), "GET", "/api/deployment", &[], b"").is_none() {
        assert!(std::time::Instant::now() < deadline, "{}", dev.log());
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    dev
}

/// The token `dev` wrote beside its database for scripts.
fn token(project: &Path) -> String {
    std::fs::read_to_string(project.join(".convexkit/db.sqlite3.dashboard-token")).unwrap()
}

struct Client {
    port: u16,
    token: String,
}

impl Client {
    fn get(&self, path: &str) -> Value {
        let answer = send(self.port, "GET", path, &[], b"").expect("the dashboard answers");
        assert_eq!(answer.status, 200, "GET {path}: {:?}", answer.json());
        answer.json()
    }

    fn post(&self, path: &str, body: Value) -> Answer {
        send(
            self.port,
            "POST",
            path,
            &[
                ("Content-Type", "application/json"),
                ("Convexkit-Token", &self.token),
            ],
            body.to_string().as_bytes(),
        )
        .expect("the dashboard answers")
    }

    fn ok(&self, path: &str, body: Value) -> Value {
        let answer = self.post(path, body);
        assert_eq!(answer.status, 200, "POST {path}: {:?}", answer.json());
        answer.json()
    }
}

fn client_mutation(dev: &Dev, path: &str, args: Value) -> Value {
    let answer = convexkit_tests::dev_server::post(
        dev.port,
        "/api/mutation",
        &json!({ "path": path, "args": args, "format": "json" }),
    )
    .unwrap();
    assert_eq!(answer["status"], "success", "{answer}");
    answer["value"].clone()
}

#[test]
fn other_web_pages_cannot_drive_the_dashboard() {
    let project = project();
    let dev = start(project.path());
    let port = dev.dashboard_port();
    let token = token(project.path());
    let set = |headers: &[(&str, &str)]| {
        let mut all = vec![("Content-Type", "application/json")];
        all.extend_from_slice(headers);
        send(
            port,
            "POST",
            "/api/env/set",
            &all,
            br#"{"name":"A","value":"1"}"#,
        )
        .unwrap()
    };

    // The page carries this run's token; nothing answers with CORS headers.
    let page = send(port, "GET", "/", &[], b"").unwrap();
    assert_eq!(page.status, 200);
    let html = String::from_utf8(page.body.clone()).unwrap();
    assert!(html.contains(&format!("content=\"{token}\"")), "{html}");
    assert_eq!(page.header("x-frame-options"), Some("DENY"));
    assert_eq!(token.len(), 64);

    // A cross-origin page: no token (it cannot read the page), or the token replayed
    // from another origin, or a preflight asking leave to send it.
    let evil = ("Origin", "http://evil.example");
    assert_eq!(set(&[evil]).status, 403);
    let replayed = set(&[evil, ("Convexkit-Token", &token)]);
    assert_eq!(replayed.status, 403);
    assert_eq!(replayed.json()["code"], "CrossOrigin");
    let preflight = send(
        port,
        "OPTIONS",
        "/api/env/set",
        &[
            evil,
            ("Access-Control-Request-Method", "POST"),
            ("Access-Control-Request-Headers", "convexkit-token"),
        ],
        b"",
    )
    .unwrap();
    assert!(
        preflight.header("access-control-allow-origin").is_none(),
        "{preflight:?}"
    );
    // A page that rebinds its own name to 127.0.0.1.
    let rebound = send(port, "GET", "/api/env", &[("Host", "evil.example:80")], b"").unwrap();
    assert_eq!(rebound.status, 403);
    // No token at all, or a wrong one.
    assert_eq!(set(&[]).json()["code"], "MissingToken");
    assert_eq!(set(&[("Convexkit-Token", "0000")]).status, 403);
    // Nothing was set by any of them; the page's own request is.
    let env = send(port, "GET", "/api/env", &[], b"").unwrap().json();
    assert_eq!(env["vars"], json!([]));
    let own = format!("http://127.0.0.1:{port}");
    assert_eq!(
        set(&[("Origin", &own), ("Convexkit-Token", &token)]).status,
        200
    );
    let env = send(port, "GET", "/api/env", &[], b"").unwrap().json();
    assert_eq!(env["vars"], json!([{ "name": "A", "value": "1" }]));
}

#[test]
fn the_api_reads_and_edits_every_instance() {
    let project = project();
    let dev = start(project.path());
    let api = Client {
        port: dev.dashboard_port(),
        token: token(project.path()),
    };

    // Instances, with the package each comes from.
    let deployment = api.get("/api/deployment");
    let instances = deployment["instances"].as_array().unwrap();
    let package_of = |path: &str| {
        instances
            .iter()
            .find(|i| i["path"] == path)
            .map(|i| i["package"].clone())
    };
    assert_eq!(package_of(""), Some(Value::Null));
    assert_eq!(
        package_of("leaderboard"),
        Some(json!("@convex-dev/aggregate"))
    );
    assert_eq!(
        package_of("photoCount"),
        Some(json!("@convex-dev/aggregate"))
    );
    assert_eq!(package_of("emailPool"), Some(json!("@convex-dev/workpool")));

    // Data written through the app shows in the app's tables and in the instance the
    // app's aggregate writes to, not in the other aggregate.
    client_mutation(
        &dev,
        "scores:addScore",
        json!({ "name": "ann", "score": 5 }),
    );
    client_mutation(
        &dev,
        "scores:addScore",
        json!({ "name": "bob", "score": 9 }),
    );
    let count = |instance: &str, table: &str| {
        let tables = api.get(&format!("/api/tables?instance={instance}"));
        tables["tables"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["name"] == table)
            .map_or(0, |t| t["documents"].as_u64().unwrap())
    };
    assert_eq!(count("", "scores"), 2);
    assert_eq!(count("", "photos"), 0);
    assert!(count("leaderboard", "btreeNode") >= 1);
    assert_eq!(count("photoCount", "btreeNode"), 0);
    let app_tables = api.get("/api/tables?instance=");
    let names: Vec<_> = app_tables["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["emails", "photos", "scores"]);
    let scores = &app_tables["tables"][2];
    assert_eq!(
        scores["indexes"],
        json!([{ "name": "by_score", "fields": ["score"] }])
    );
    assert_eq!(scores["validator"]["type"], "object");

    // Pages: newest first by default, any index in either order, equality filters.
    let names = |query: &str| -> Vec<String> {
        api.get(&format!("/api/documents?instance=&table=scores{query}"))["page"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["name"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(names(""), ["bob", "ann"]);
    assert_eq!(names("&order=asc"), ["ann", "bob"]);
    assert_eq!(names("&index=by_score&order=asc"), ["ann", "bob"]);
    assert_eq!(names("&filter=%7B%22name%22%3A%22ann%22%7D"), ["ann"]);
    let first = api.get("/api/documents?instance=&table=scores&limit=1");
    assert_eq!(first["isDone"], false);
    let cursor = first["continueCursor"].as_str().unwrap();
    let encoded: String = cursor
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect();
    let rest = api.get(&format!(
        "/api/documents?instance=&table=scores&limit=1&cursor={encoded}"
    ));
    assert_eq!(rest["page"][0]["name"], "ann");

    // Edits are validated by the schema and reach the app's queries.
    let refused = api.post(
        "/api/documents/insert",
        json!({ "instance": "", "table": "scores", "value": { "name": 3, "score": 1 } }),
    );
    assert_eq!(refused.status, 400);
    let message = refused.json()["message"].as_str().unwrap().to_string();
    assert!(message.contains("does not match the schema"), "{message}");
    let id = api.ok(
        "/api/documents/insert",
        json!({ "instance": "", "table": "scores", "value": { "name": "cy", "score": 7 } }),
    )["id"]
        .as_str()
        .unwrap()
        .to_string();
    api.ok(
        "/api/documents/replace",
        json!({ "instance": "", "id": id, "value": { "name": "cy", "score": 700 } }),
    );
    let top = api.ok(
        "/api/run",
        json!({ "instance": "", "path": "scores:top", "args": { "limit": 1 } }),
    );
    assert_eq!(top["ok"], true, "{top}");
    assert_eq!(top["value"], json!([{ "name": "cy", "score": 700 }]));
    assert!(top["durationMs"].as_f64().unwrap() > 0.0);
    api.ok(
        "/api/documents/delete",
        json!({ "instance": "", "ids": [id] }),
    );
    assert_eq!(count("", "scores"), 2);

    // A component's data and internal functions: only when confirmed.
    let node = api.get("/api/documents?instance=leaderboard&table=btreeNode")["page"][0].clone();
    let node_id = node["_id"].as_str().unwrap();
    let unconfirmed = api.post(
        "/api/documents/replace",
        json!({ "instance": "leaderboard", "id": node_id, "value": node }),
    );
    assert_eq!(unconfirmed.status, 409);
    assert_eq!(unconfirmed.json()["code"], "ConfirmationRequired");
    api.ok(
        "/api/documents/replace",
        json!({ "instance": "leaderboard", "id": node_id, "value": node, "confirm": true }),
    );
    let functions = api.get("/api/functions?instance=leaderboard");
    let internal = functions["functions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["visibility"] == "internal")
        .expect("the aggregate has internal functions")["path"]
        .clone();
    let run = api.post(
        "/api/run",
        json!({ "instance": "leaderboard", "path": internal, "args": {} }),
    );
    assert_eq!(run.status, 409);

    // Functions: kind, visibility, validators.
    let functions = api.get("/api/functions?instance=");
    let add = functions["functions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == "scores:addScore")
        .unwrap()
        .clone();
    assert_eq!(add["kind"], "mutation");
    assert_eq!(add["visibility"], "public");
    assert_eq!(add["args"]["value"]["name"]["fieldType"]["type"], "string");
    assert_eq!(
        add["returns"],
        json!({ "type": "id", "tableName": "scores" })
    );

    // Logs: every execution, whoever started it, with its console lines.
    let logs = api.get("/api/logs");
    let entries = logs["entries"].as_array().unwrap();
    let sources: Vec<_> = entries
        .iter()
        .map(|e| (e["path"].as_str().unwrap(), e["source"].as_str().unwrap()))
        .collect();
    assert!(
        sources.contains(&("scores:addScore", "client")),
        "{sources:?}"
    );
    assert!(
        sources.contains(&("scores:top", "dashboard")),
        "{sources:?}"
    );
    let last = entries.last().unwrap()["id"].as_u64().unwrap();
    client_mutation(&dev, "emails:send", json!({ "to": "dee@example.com" }));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let later = api.get(&format!("/api/logs?after={last}"));
        // The workpool runs the app's mutation inside its own function.
        let delivered = later["entries"].as_array().unwrap().iter().find(|e| {
            e["logLines"]
                .as_array()
                .unwrap()
                .iter()
                .any(|line| line.as_str().unwrap().starts_with("[LOG] delivering"))
        });
        if let Some(delivered) = delivered {
            assert_eq!(delivered["instance"], "emailPool");
            assert_eq!(delivered["source"], "scheduler");
            assert_eq!(delivered["ok"], true);
            break;
        }
        assert!(std::time::Instant::now() < deadline, "{later}");
        std::thread::sleep(std::time::Duration::from_millis(100));
    }

    // Schedules: a pending job canceled; the cron job with its next run.
    let job = client_mutation(&dev, "emails:remindLater", json!({ "to": "eve" }));
    let job_state = || {
        api.get("/api/schedules?instance=")["jobs"]
            .as_array()
            .unwrap()
            .iter()
            .find(|j| j["_id"] == job)
            .unwrap()["state"]["kind"]
            .clone()
    };
    assert_eq!(job_state(), "pending");
    api.ok(
        "/api/schedules/cancel",
        json!({ "instance": "", "id": job }),
    );
    assert_eq!(job_state(), "canceled");
    let crons = api.get("/api/schedules?instance=")["crons"].clone();
    assert_eq!(crons[0]["name"], "morning reminder");
    assert!(crons[0]["nextRun"].as_f64().unwrap() > 0.0);

    // Files: upload, list with size and sha256, download, delete.
    let bytes = b"hello dashboard";
    let uploaded = send(
        api.port,
        "POST",
        "/api/files/upload?instance=",
        &[
            ("Content-Type", "text/plain"),
            ("Convexkit-Token", &api.token),
        ],
        bytes,
    )
    .unwrap();
    assert_eq!(uploaded.status, 200, "{:?}", uploaded.json());
    let storage_id = uploaded.json()["storageId"].as_str().unwrap().to_string();
    let files = api.get("/api/files?instance=")["files"].clone();
    assert_eq!(files[0]["_id"], storage_id.as_str());
    assert_eq!(files[0]["size"], 15);
    assert_eq!(files[0]["contentType"], "text/plain");
    // The SHA-256 in base64, as `ctx.storage.getMetadata` reports it.
    let sha256 = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(bytes));
    assert_eq!(files[0]["sha256"], sha256.as_str());
    let download = send(
        api.port,
        "GET",
        &format!("/api/files/download?instance=&id={storage_id}"),
        &[],
        b"",
    )
    .unwrap();
    assert_eq!(download.body, bytes);
    assert_eq!(download.header("content-type"), Some("text/plain"));
    // The other instance's files are its own.
    assert_eq!(
        api.get("/api/files?instance=photoCount")["files"],
        json!([])
    );
    api.ok(
        "/api/files/delete",
        json!({ "instance": "", "id": storage_id }),
    );
    assert_eq!(api.get("/api/files?instance=")["files"], json!([]));

    // Env vars.
    api.ok("/api/env/set", json!({ "name": "GREETING", "value": "hi" }));
    assert_eq!(
        api.get("/api/env")["vars"],
        json!([{ "name": "GREETING", "value": "hi" }])
    );
    let bad = api.post("/api/env/set", json!({ "name": "1BAD", "value": "x" }));
    assert_eq!(bad.status, 400);
    api.ok("/api/env/remove", json!({ "name": "GREETING" }));
    assert_eq!(api.get("/api/env")["vars"], json!([]));
}

/// Runs `tests/browser/<script>` against `convexkit dev` on the fixture; the screenshots
/// it saves must be there (`target/dashboard-screenshots/<name>.png`, for review).
fn browser_test(script: &str, screenshots: &[&str]) {
    let browser = repo_root().join("tests/browser");
    npm_ci(&browser);
    let project = project();
    let dev = start(project.path());
    let folder = repo_root().join("target/dashboard-screenshots");
    std::fs::create_dir_all(&folder).unwrap();
    let mut node = Command::new("node");
    node.arg(script)
        .env(
            "DASHBOARD_URL",
            format!("http://127.0.0.1:{}", dev.dashboard_port()),
        )
        .env("CONVEX_URL", dev.url())
        .env("SCREENSHOTS", &folder)
        .current_dir(&browser);
    dev.node_json(node, script);
    for name in screenshots {
        let shot = folder.join(format!("{name}.png"));
        assert!(
            std::fs::metadata(&shot).is_ok_and(|m| m.len() > 1000),
            "no screenshot {}",
            shot.display()
        );
    }
}

#[test]
fn the_dashboard_in_chromium() {
    browser_test(
        "dashboard.mjs",
        &[
            "data",
            "edit-confirmation",
            "functions",
            "logs",
            "schedules",
            "files",
            "env",
        ],
    );
}

#[test]
fn the_dashboard_in_firefox() {
    browser_test("firefox.mjs", &["firefox-data", "firefox-logs"]);
}
