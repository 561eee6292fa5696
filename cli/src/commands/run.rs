//! `convexkit run`: one function in the local runtime, like `npx convex run`.

use std::path::Path;
use std::time::Duration;

use convexkit_runtime::project::{Limits, LocalRuntime, Options};
use convexkit_runtime::values::Value;

pub struct RunArgs<'a> {
    pub project: &'a Path,
    pub database: Option<&'a Path>,
    pub component: Option<&'a str>,
    pub function: &'a str,
    pub args: Option<&'a str>,
    /// Seconds a query or mutation may run (actions get 20× as long).
    pub timeout: Option<u64>,
    /// `NAME=value` deployment environment variables (`process.env` of the app).
    pub env: &'a [String],
}

/// Exit codes: 0 success, 1 the function failed (or its input did), 2 usage errors.
pub fn run(options: RunArgs<'_>) -> u8 {
    let args_text = options.args.unwrap_or("{}");
    let args: serde_json::Value = match serde_json::from_str(args_text) {
        Ok(args @ serde_json::Value::Object(_)) => args,
        Ok(_) => {
            eprintln!("error: ARGS_JSON must be a JSON object, like '{{\"name\": \"ada\"}}'");
            return 2;
        }
        Err(e) => {
            eprintln!("error: ARGS_JSON is not valid JSON ({e}): {args_text}");
            return 2;
        }
    };
    let database = options
        .database
        .map(Path::to_path_buf)
        .unwrap_or_else(|| options.project.join(".convexkit/db.sqlite3"));
    let mut limits = Limits::default();
    if let Some(seconds) = options.timeout {
        limits.query_or_mutation = Duration::from_secs(seconds);
        limits.action = Duration::from_secs(seconds * 20);
    }
    let mut env = Vec::new();
    for pair in options.env {
        match pair.split_once('=') {
            Some((name, value)) if !name.is_empty() => {
                env.push((name.to_string(), value.to_string()))
            }
            _ => {
                eprintln!("error: --env takes NAME=value, found `{pair}`");
                return 2;
            }
        }
    }
    let runtime = match LocalRuntime::open(options.project, &database, Options { limits, env }) {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: {error}");
            return 1;
        }
    };
    let component = options.component.unwrap_or("").trim_matches('/');
    match runtime.run(component, options.function, &args) {
        Ok(result) => match Value::from_json(&result) {
            Ok(value) => {
                println!("{}", value.to_cli_string());
                0
            }
            Err(error) => {
                eprintln!("error: the function returned an invalid value: {error}");
                1
            }
        },
        Err(error) => {
            eprintln!("error: {}", error.message);
            if let Some(data) = error.data {
                eprintln!("{data}");
            }
            1
        }
    }
}
