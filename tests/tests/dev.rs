//! `convexkit dev` on the dev-app fixture, driven from Node by the real `convex` client
//! (tests/fixtures/dev-app/client/*.mjs): ConvexHttpClient calls, a ConvexClient
//! subscription updated by a mutation, uploads, HTTP actions; the scheduler and crons run
//! on their own; SIGTERM stops it with exit 0 and the data kept.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use convexkit_tests::{convexkit, copy_app, run_convexkit};

/// A running `convexkit dev`, stopped (SIGTERM) when dropped.
struct Dev {
    child: Child,
    port: u16,
    log: std::path::PathBuf,
}

impl Dev {
    fn start(project: &Path) -> Dev {
        // Tests run side by side: a port taken between choosing it and binding it means
        // another try.
        for _ in 0..3 {
            if let Some(dev) = Dev::try_start(project) {
                return dev;
            }
        }
        panic!("convexkit dev did not start on three free ports");
    }

    fn try_start(project: &Path) -> Option<Dev> {
        let port = free_port_pair();
        let log = project.join("dev.log");
        let child = Command::new(convexkit())
            .args(["dev", "--port", &port.to_string()])
            .current_dir(project)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .expect("convexkit dev starts");
        let mut dev = Dev { child, port, log };
        let deadline = Instant::now() + Duration::from_secs(120);
        while get(port, "/version").is_none() {
            if let Ok(Some(status)) = dev.child.try_wait() {
                assert!(
                    dev.log().contains("cannot listen"),
                    "dev exited with {status}:\n{}",
                    dev.log()
                );
                return None;
            }
            assert!(
                Instant::now() < deadline,
                "dev never answered /version:\n{}",
                dev.log()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        Some(dev)
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Runs `client/<script>.mjs` against this server; its JSON line, which must say ok.
    fn client(&self, project: &Path, script: &str) -> Value {
        let output = Command::new("node")
            .arg(format!("client/{script}.mjs"))
            .env("CONVEX_URL", self.url())
            .current_dir(project)
            .output()
            .expect("node runs");
        let stdout = String::from_utf8_lossy(&output.stdout);
        let result: Value = stdout
            .lines()
            .last()
            .and_then(|line| serde_json::from_str(line).ok())
            .unwrap_or(Value::Null);
        assert!(
            output.status.success() && result["ok"] == true,
            "{script} failed: {stdout}\n{}\n--- dev log ---\n{}",
            String::from_utf8_lossy(&output.stderr),
            self.log()
        );
        result
    }

    /// SIGTERM, then the exit status.
    fn stop(mut self) -> std::process::ExitStatus {
        terminate(&self.child);
        let status = self.child.wait().unwrap();
        std::mem::forget(self);
        status
    }
}

impl Drop for Dev {
    fn drop(&mut self) {
        terminate(&self.child);
        let _ = self.child.wait();
    }
}

fn terminate(child: &Child) {
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
}

/// A port whose successor is free too (the HTTP actions port).
fn free_port_pair() -> u16 {
    loop {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        if port < u16::MAX && TcpListener::bind(("127.0.0.1", port + 1)).is_ok() {
            return port;
        }
    }
}

/// The body of a GET answered 200, if it was.
fn get(port: u16, path: &str) -> Option<String> {
    request(port, &format!("GET {path} HTTP/1.1\r\n"), "")
}

/// A query through the HTTP API: its `value`, or None when it failed.
fn query(port: u16, path: &str) -> Option<Value> {
    let body = serde_json::json!({ "path": path, "args": {}, "format": "json" });
    let answer = post(port, "/api/query", &body)?;
    (answer["status"] == "success").then(|| answer["value"].clone())
}

/// A POST of JSON: the answer's JSON, whatever its status.
fn post(port: u16, endpoint: &str, body: &Value) -> Option<Value> {
    let body = body.to_string();
    let head = format!(
        "POST {endpoint} HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: {}\r\n",
        body.len()
    );
    serde_json::from_str(&request(port, &head, &body)?).ok()
}

/// The body of a request answered 200, if it was.
fn request(port: u16, head: &str, body: &str) -> Option<String> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(
        stream,
        "{head}Host: 127.0.0.1\r\nConnection: close\r\n\r\n{body}"
    )
    .ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    let (head, body) = response.split_once("\r\n\r\n")?;
    let status = head.lines().next()?.split(' ').nth(1)?;
    // 560: the function failed (the body says how).
    matches!(status, "200" | "560").then(|| body.to_string())
}

fn project() -> tempfile::TempDir {
    let project = tempfile::Builder::new()
        .prefix("convexkit-dev-app-")
        .tempdir()
        .unwrap();
    copy_app("dev-app", project.path());
    project
}

/// Runs a function in the stopped project: the data `dev` left.
fn run(project: &Path, function: &str) -> Value {
    let output = run_convexkit(project, &["run", function]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn the_real_convex_client_talks_to_convexkit_dev() {
    let project = project();
    let dir = project.path();
    let dev = Dev::start(dir);

    let http = dev.client(dir, "http-client");
    assert_eq!(http["errorData"]["code"], "NOPE");
    let subscription = dev.client(dir, "subscription");
    assert!(
        subscription["updates"].as_u64().unwrap() >= 2,
        "{subscription}"
    );

    let status = dev.stop();
    assert!(status.success(), "dev exits 0 on SIGTERM: {status:?}");
    // Everything committed is kept: the two messages of the HTTP client and the
    // subscription's.
    let messages = run(dir, "messages:list");
    assert!(messages.as_array().unwrap().len() >= 3, "{messages}");
}

#[test]
fn scheduler_crons_and_the_components_that_run_on_them() {
    let project = project();
    let dir = project.path();
    let dev = Dev::start(dir);
    // The script waits for every flow to finish and checks each (see its header).
    let background = dev.client(dir, "background");
    assert_eq!(
        background["computed"], 1,
        "the action cache ran the action once"
    );
    assert_eq!(background["workStatus"]["state"], "finished");
    assert!(dev.stop().success());
    // The app's cron (every second) and the crons component's kept their runs.
    let ticks = run(dir, "scheduler:jobs")
        .as_array()
        .unwrap()
        .iter()
        .filter(|job| job["name"] == "tick")
        .count();
    assert!(ticks >= 1);
}

/// Polls `path` until it answers `expected` (or the time is up).
fn wait_for(dev: &Dev, path: &str, expected: &Value) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while query(dev.port, path).as_ref() != Some(expected) {
        assert!(
            Instant::now() < deadline,
            "{path} never answered {expected}:\n{}",
            dev.log()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn a_change_reloads_the_modules_and_keeps_the_data() {
    let project = project();
    let dir = project.path();
    let dev = Dev::start(dir);
    let module = dir.join("convex/extra.ts");
    let version = |answer: &str| {
        format!(
            "import {{ query }} from \"./_generated/server\";\nexport const ping = query({{ args: {{}}, handler: async () => \"{answer}\" }});\n"
        )
    };
    dev.client(dir, "http-client");
    std::fs::write(&module, version("pong")).unwrap();
    wait_for(&dev, "extra:ping", &Value::from("pong"));
    std::fs::write(&module, version("pong again")).unwrap();
    wait_for(&dev, "extra:ping", &Value::from("pong again"));

    // A broken module keeps the last good version serving, with the error printed.
    std::fs::write(
        &module,
        "export const ping = query({ args: {} handler }});\n",
    )
    .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while !dev.log().contains("not reloaded") {
        assert!(Instant::now() < deadline, "{}", dev.log());
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(
        dev.log().contains("extra.ts:1:"),
        "the error names the file and line:\n{}",
        dev.log()
    );
    assert_eq!(
        query(dev.port, "extra:ping"),
        Some(Value::from("pong again"))
    );
    // The data written before the reloads is still there.
    let messages = query(dev.port, "messages:list").unwrap();
    assert!(messages.as_array().unwrap().len() >= 2, "{messages}");
    assert!(dev.stop().success());
}
