//! `convexkit run`: one function in the local runtime, like `npx convex run`.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use convexkit_runtime::auth::Caller;
use convexkit_runtime::project::{now_ms, Limits, LocalRuntime, Options, RunError};
use convexkit_runtime::scheduler::JobOutcome;
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
    /// Run the scheduled functions that are due afterwards.
    pub drain: bool,
    /// `--identity`: the user the function runs as (JSON of `UserIdentity` attributes).
    pub identity: Option<&'a str>,
}

/// The runtime's options from `--timeout` and `--env NAME=value` flags.
pub fn options(timeout: Option<u64>, env: &[String]) -> Result<Options, String> {
    let mut limits = Limits::default();
    if let Some(seconds) = timeout {
        limits.query_or_mutation = Duration::from_secs(seconds);
        limits.action = Duration::from_secs(seconds * 20);
    }
    let env = env
        .iter()
        .map(|pair| match pair.split_once('=') {
            Some((name, value)) if !name.is_empty() => Ok((name.to_string(), value.to_string())),
            _ => Err(format!("--env takes NAME=value, found `{pair}`")),
        })
        .collect::<Result<_, _>>()?;
    Ok(Options {
        limits,
        env,
        ..Options::default()
    })
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
    let identity = match options.identity.map(fake_identity).transpose() {
        Ok(identity) => identity,
        Err(message) => {
            eprintln!("error: {message}");
            return 2;
        }
    };
    let database = super::database_of(options.project, options.database);
    let runtime_options = match self::options(options.timeout, options.env) {
        Ok(runtime_options) => runtime_options,
        Err(message) => {
            eprintln!("error: {message}");
            return 2;
        }
    };
    let runtime = match LocalRuntime::open(options.project, &database, runtime_options) {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: {error}");
            return 1;
        }
    };
    let component = options.component.unwrap_or("").trim_matches('/');
    runtime.set_caller(identity.map_or(Caller::Anonymous, |i| Caller::User(Arc::new(i))));
    let result = runtime.run(component, options.function, &args);
    // Scheduled functions run as nobody, as on Convex.
    runtime.set_caller(Caller::Anonymous);
    let code = match result {
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
    };
    if options.drain {
        if let Err(error) = drain(&runtime) {
            eprintln!("error: {error}");
            return 1;
        }
    }
    code
}

/// The identity `npx convex run --identity` acts as: the attributes given, with `subject`
/// (a hash of them when missing), `issuer` (`https://convex.test`) and `tokenIdentifier`
/// (`issuer|subject`) filled in as the official CLI fills them.
fn fake_identity(text: &str) -> Result<serde_json::Value, String> {
    let mut identity: serde_json::Map<String, serde_json::Value> = serde_json::from_str(text)
        .map_err(|e| format!("Failed to parse identity as JSON: \"{text}\"\n{e}"))?;
    let as_text = |value: &serde_json::Value| match value {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let subject = identity.get("subject").map_or_else(
        || simple_hash(&serde_json::Value::Object(identity.clone()).to_string()).to_string(),
        as_text,
    );
    let issuer = identity
        .get("issuer")
        .map_or_else(|| "https://convex.test".to_string(), as_text);
    let token_identifier = identity
        .get("tokenIdentifier")
        .map_or_else(|| format!("{issuer}|{subject}"), as_text);
    identity.insert("subject".into(), subject.into());
    identity.insert("issuer".into(), issuer.into());
    identity.insert("tokenIdentifier".into(), token_identifier.into());
    Ok(serde_json::Value::Object(identity))
}

/// The official CLI's `simpleHash`: a 32-bit string hash over UTF-16 code units.
fn simple_hash(text: &str) -> i32 {
    text.encode_utf16().fold(0i32, |hash, unit| {
        (hash << 5).wrapping_sub(hash).wrapping_add(i32::from(unit))
    })
}

/// Runs due scheduled functions until none is due; says on stderr how each failed one
/// failed and when the next waiting one is due.
fn drain(runtime: &LocalRuntime) -> Result<(), RunError> {
    while let Some(run) = runtime.run_next_job(now_ms())? {
        if let JobOutcome::Failed(_) = &run.outcome {
            eprintln!("{run}");
        }
    }
    if let Some(due) = runtime.next_job_due()? {
        eprintln!(
            "note: scheduled functions are waiting; the next is due in {:.1} s",
            (due - now_ms()) / 1000.0
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identities_are_completed_as_the_official_cli_completes_them() {
        let given = fake_identity(r#"{"subject": "u1", "name": "Ada"}"#).unwrap();
        assert_eq!(
            given,
            serde_json::json!({
                "subject": "u1", "name": "Ada", "issuer": "https://convex.test",
                "tokenIdentifier": "https://convex.test|u1"
            })
        );
        // Without a subject: the hash of the attributes (what Node computes for this text).
        let anonymous = fake_identity(r#"{"name":"Ada"}"#).unwrap();
        assert_eq!(anonymous["subject"], "1947304225");
        assert!(fake_identity("not json").is_err());
    }
}
