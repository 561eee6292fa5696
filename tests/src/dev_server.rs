//! A `convexkit dev` server run by a test, and plain HTTP requests to it.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::convexkit;

/// A running `convexkit dev`, stopped (SIGTERM) when dropped.
pub struct Dev {
    child: Child,
    pub port: u16,
    log: std::path::PathBuf,
}

impl Dev {
    pub fn start(project: &Path) -> Dev {
        Dev::start_with(project, &[])
    }

    /// Starts `convexkit dev` with more arguments (`--env NAME=value`, …).
    pub fn start_with(project: &Path, args: &[String]) -> Dev {
        Dev::start_with_env(project, args, &[])
    }

    /// Starts `convexkit dev` with more arguments and environment variables.
    pub fn start_with_env(project: &Path, args: &[String], env: &[(&str, &str)]) -> Dev {
        // Tests run side by side: a port taken between choosing it and binding it means
        // another try.
        for _ in 0..3 {
            if let Some(dev) = Dev::try_start(project, args, env) {
                return dev;
            }
        }
        panic!("convexkit dev did not start on three free ports");
    }

    fn try_start(project: &Path, args: &[String], env: &[(&str, &str)]) -> Option<Dev> {
        let port = free_port_pair();
        let log = project.join("dev.log");
        let child = Command::new(convexkit())
            .args(["dev", "--port", &port.to_string()])
            .args(args)
            .envs(env.iter().copied())
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

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Where HTTP actions are served (the port after the API's).
    pub fn site_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port + 1)
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Runs `client/<script>.mjs` against this server; its JSON line, which must say ok.
    pub fn client(&self, project: &Path, script: &str) -> Value {
        let output = Command::new("node")
            .arg(format!("client/{script}.mjs"))
            .env("CONVEX_URL", self.url())
            .env("CONVEX_SITE_URL", self.site_url())
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
    pub fn stop(mut self) -> std::process::ExitStatus {
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
pub fn get(port: u16, path: &str) -> Option<String> {
    let (status, body) = request(port, &format!("GET {path} HTTP/1.1\r\n"), "")?;
    (status == "200").then_some(body)
}

/// A POST of JSON: the answer's JSON when the server answered it (200), the function failed
/// (560) or the request was refused (400); None for anything else.
pub fn post(port: u16, endpoint: &str, body: &Value) -> Option<Value> {
    let body = body.to_string();
    let head = format!(
        "POST {endpoint} HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: {}\r\n",
        body.len()
    );
    let (status, body) = request(port, &head, &body)?;
    matches!(status.as_str(), "200" | "400" | "560")
        .then(|| serde_json::from_str(&body).ok())
        .flatten()
}

/// The status and body of the answer to a request.
fn request(port: u16, head: &str, body: &str) -> Option<(String, String)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    // Generous: a debug build serving a large app runs its cron jobs between requests.
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .ok()?;
    write!(
        stream,
        "{head}Host: 127.0.0.1\r\nConnection: close\r\n\r\n{body}"
    )
    .ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    let (head, body) = response.split_once("\r\n\r\n")?;
    let status = head.lines().next()?.split(' ').nth(1)?;
    Some((status.to_string(), body.to_string()))
}
