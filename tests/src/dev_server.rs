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
        let port = free_ports();
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

    /// Where the dashboard is served (two ports after the API's).
    pub fn dashboard_port(&self) -> u16 {
        self.port + 2
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Runs `client/<script>.mjs` against this server; its JSON line, which must say ok.
    pub fn client(&self, project: &Path, script: &str) -> Value {
        let mut node = Command::new("node");
        node.arg(format!("client/{script}.mjs"))
            .env("CONVEX_URL", self.url())
            .env("CONVEX_SITE_URL", self.site_url())
            .current_dir(project);
        self.node_json(node, script)
    }

    /// Runs a Node script (`node`, set up) that prints one JSON line last; that line, which
    /// must say `"ok": true` (else the test fails with the script's output and dev's log).
    pub fn node_json(&self, mut node: Command, what: &str) -> Value {
        let output = node.output().expect("node runs");
        let stdout = String::from_utf8_lossy(&output.stdout);
        let result: Value = stdout
            .lines()
            .last()
            .and_then(|line| serde_json::from_str(line).ok())
            .unwrap_or(Value::Null);
        assert!(
            output.status.success() && result["ok"] == true,
            "{what} failed: {stdout}\n{}\n--- dev log ---\n{}",
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

/// A port whose two successors are free too (HTTP actions, the dashboard).
fn free_ports() -> u16 {
    loop {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        if port < u16::MAX - 2
            && (1..=2).all(|next| TcpListener::bind(("127.0.0.1", port + next)).is_ok())
        {
            return port;
        }
    }
}

/// The body of a GET answered 200, if it was.
pub fn get(port: u16, path: &str) -> Option<String> {
    let answer = send(port, "GET", path, &[], b"")?;
    (answer.status == 200).then(|| String::from_utf8_lossy(&answer.body).into_owned())
}

/// A POST of JSON: the answer's JSON when the server answered it (200), the function failed
/// (560) or the request was refused (400); None for anything else.
pub fn post(port: u16, endpoint: &str, body: &Value) -> Option<Value> {
    let answer = send(
        port,
        "POST",
        endpoint,
        &[("Content-Type", "application/json")],
        body.to_string().as_bytes(),
    )?;
    matches!(answer.status, 200 | 400 | 560)
        .then(|| serde_json::from_slice(&answer.body).ok())
        .flatten()
}

/// An HTTP answer.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    /// The header lines, names lower-cased.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or(Value::Null)
    }
}

/// Sends a request (`Host: 127.0.0.1` unless `headers` name one) and reads the whole
/// answer; None when the connection fails.
pub fn send(
    port: u16,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Option<Answer> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    // Generous: a debug build serving a large app runs its cron jobs between requests.
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .ok()?;
    let mut head = format!("{method} {path} HTTP/1.1\r\n");
    if !headers.iter().any(|(n, _)| n.eq_ignore_ascii_case("host")) {
        head.push_str("Host: 127.0.0.1\r\n");
    }
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str(&format!(
        "Content-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    ));
    stream.write_all(head.as_bytes()).ok()?;
    stream.write_all(body).ok()?;
    let mut response = Vec::new();
    stream.read_to_end(&mut response).ok()?;
    let split = response.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = String::from_utf8_lossy(&response[..split]).into_owned();
    let mut lines = head.lines();
    let status = lines.next()?.split(' ').nth(1)?.parse().ok()?;
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect::<Vec<_>>();
    let mut body = response[split + 4..].to_vec();
    if headers
        .iter()
        .any(|(n, v)| n == "transfer-encoding" && v == "chunked")
    {
        body = dechunk(&body);
    }
    Some(Answer {
        status,
        headers,
        body,
    })
}

/// The body of a chunked answer.
fn dechunk(mut chunked: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    while let Some(end) = chunked.windows(2).position(|w| w == b"\r\n") {
        let size = std::str::from_utf8(&chunked[..end])
            .ok()
            .and_then(|s| usize::from_str_radix(s.trim(), 16).ok())
            .unwrap_or(0);
        if size == 0 || chunked.len() < end + 2 + size {
            break;
        }
        body.extend_from_slice(&chunked[end + 2..end + 2 + size]);
        chunked = &chunked[(end + 4 + size).min(chunked.len())..];
    }
    body
}
