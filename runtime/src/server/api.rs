//! Convex's HTTP API, as `ConvexHttpClient` speaks it: `POST /api/query`, `/api/mutation`,
//! `/api/action` and `/api/function` with `{ path, args, format }`, and `/api/run/<path>`.
//! A function's failure answers status 560 with `{ status: "error", errorMessage,
//! errorData? }`; a malformed request answers 400. Values are written in the `format` asked
//! for: `convex_encoded_json` (what the clients send) or `json`, the backend's clean export.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json as Body;
use serde_json::{json, Value as Json};

use std::sync::Arc;

use base64::Engine as _;

use super::worker::{Call, Outcome, Worker};
use crate::auth::{self, AuthError, Caller};
use crate::engine::isolate::Kind;
use crate::values::Value;

/// The status Convex answers when the function itself failed.
const UDF_FAILED: u16 = 560;

pub async fn query(State(worker): State<Worker>, headers: HeaderMap, body: Body<Json>) -> Response {
    run(&worker, Some(Kind::Query), None, &headers, &body).await
}

pub async fn mutation(
    State(worker): State<Worker>,
    headers: HeaderMap,
    body: Body<Json>,
) -> Response {
    run(&worker, Some(Kind::Mutation), None, &headers, &body).await
}

pub async fn action(
    State(worker): State<Worker>,
    headers: HeaderMap,
    body: Body<Json>,
) -> Response {
    run(&worker, Some(Kind::Action), None, &headers, &body).await
}

/// `/api/function`: any kind of function, of the app or of `componentPath`.
pub async fn function(
    State(worker): State<Worker>,
    headers: HeaderMap,
    body: Body<Json>,
) -> Response {
    run(&worker, None, None, &headers, &body).await
}

/// `/api/run/messages/list`: the path in the URL (`/` between the module's folders and
/// before the export).
pub async fn run_path(
    State(worker): State<Worker>,
    Path(path): Path<String>,
    headers: HeaderMap,
    body: Body<Json>,
) -> Response {
    let Some((module, export)) = path.rsplit_once('/') else {
        return bad_request(format!(
            "`/api/run/{path}` names no function: use /api/run/<module>/<export>"
        ));
    };
    run(
        &worker,
        None,
        Some(format!("{module}:{export}")),
        &headers,
        &body,
    )
    .await
}

/// `/api/query_ts`: the database version a query would read at.
pub async fn query_ts(State(worker): State<Worker>) -> Response {
    let version = worker.changes().borrow().version;
    Body(json!({ "ts": version.to_string() })).into_response()
}

async fn run(
    worker: &Worker,
    kind: Option<Kind>,
    path: Option<String>,
    headers: &HeaderMap,
    body: &Json,
) -> Response {
    let format = match Format::of(body, headers) {
        Ok(format) => format,
        Err(message) => return error_response("BadFormat", message),
    };
    let Some(path) = path.or_else(|| body["path"].as_str().map(str::to_string)) else {
        return bad_request("the request names no function: send { path, args }".into());
    };
    // `args` is the arguments object, or (as the clients send it) a one-element array.
    let args = match &body["args"] {
        Json::Array(items) if items.len() == 1 => items[0].clone(),
        Json::Null => json!({}),
        args @ Json::Object(_) => args.clone(),
        other => return bad_request(format!("args must be an object, found {other}")),
    };
    let caller = match caller(worker, headers).await {
        Ok(caller) => caller,
        Err(error) => return unauthenticated(&error),
    };
    let component = body["componentPath"].as_str().unwrap_or_default();
    let call = Call {
        kind,
        component: component.trim_matches('/').to_string(),
        path,
        args,
        caller,
    };
    let outcome = worker.call(call).await;
    respond(outcome, format)
}

/// Who a request comes from: the user of its `Authorization: Bearer` token, verified;
/// anonymous without one. An admin key (`Convex <key>`, as the CLI and dashboard send)
/// acts as the user encoded after it, if any.
pub(super) async fn caller(worker: &Worker, headers: &HeaderMap) -> Result<Caller, AuthError> {
    let header = headers
        .get("authorization")
        .map(|value| value.to_str().unwrap_or_default());
    if let Some(admin) = header.and_then(|h| h.strip_prefix("Convex ")) {
        return Ok(acting_user(admin).map_or(Caller::Anonymous, |identity| {
            Caller::User(Arc::new(identity))
        }));
    }
    match auth::bearer_token(header)? {
        None => Ok(Caller::Anonymous),
        Some(token) => Ok(Caller::User(
            worker.auth.authenticate(token).await?.identity,
        )),
    }
}

/// The user an admin key acts as: `<key>:<base64 of UserIdentity attributes>`.
fn acting_user(admin: &str) -> Option<Json> {
    let (_, encoded) = admin.split_once(':')?;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(encoded)
        .ok()?;
    Some(auth::from_attributes(serde_json::from_slice(&bytes).ok()?))
}

/// A token the deployment does not accept: 401 with the backend's code and message.
pub(super) fn unauthenticated(error: &AuthError) -> Response {
    let status = if error.code == "AuthProviderDiscoveryFailed" {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::UNAUTHORIZED
    };
    (
        status,
        Body(json!({ "code": error.code, "message": error.message })),
    )
        .into_response()
}

/// How answers write values (the backend's `ValueFormat`).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Format {
    /// Convex's JSON export form (`{"$integer": …}`), which the clients send and read.
    Encoded,
    /// The clean export: int64 as a decimal string, bytes as base64, NaN as `"NaN"`.
    Clean,
}

impl Format {
    /// The request's `format`, else what the backend gives the client named in the
    /// `Convex-Client` header (the encoded form only to old clients).
    /// An unknown format is refused with the backend's `BadFormat` message.
    fn of(body: &Json, headers: &HeaderMap) -> Result<Self, String> {
        match &body["format"] {
            Json::Null => Ok(Self::default_for(
                headers
                    .get("convex-client")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or_default(),
            )),
            Json::String(name) => match name.as_str() {
                "convex_encoded_json" | "convex_json" => Ok(Self::Encoded),
                "json" | "convex_clean_json" => Ok(Self::Clean),
                other => Err(format!("format param must be one of [`json`]. Got {other}")),
            },
            other => Err(format!("format param must be one of [`json`]. Got {other}")),
        }
    }

    /// npm (and the CLI's) clients up to 1.4.1 and Python's up to 0.5.0 read the encoded
    /// form by default; every other client the clean one.
    fn default_for(client: &str) -> Self {
        let newer_than = |version: &str, threshold: [u64; 3]| {
            let parts: Vec<u64> = version
                .split(['.', '-'])
                .take(3)
                .map(|p| p.parse().unwrap_or(0))
                .collect();
            parts.as_slice() > threshold.as_slice()
        };
        let encoded = match client.rsplit_once('-') {
            Some(("npm" | "npm-cli" | "actions", version)) => !newer_than(version, [1, 4, 1]),
            Some(("python" | "python-convex", version)) => !newer_than(version, [0, 5, 0]),
            _ => false,
        };
        if encoded {
            Self::Encoded
        } else {
            Self::Clean
        }
    }

    /// `value` (in the export form the runtime answers in) as this format writes it.
    fn write(self, value: Json) -> Json {
        match (self, Value::from_json(&value)) {
            (Self::Clean, Ok(value)) => value.to_clean_json(),
            _ => value,
        }
    }
}

fn respond(outcome: Outcome, format: Format) -> Response {
    match outcome.result {
        Ok(value) => {
            let value = format.write(value);
            Body(json!({ "status": "success", "value": value, "logLines": [] })).into_response()
        }
        Err(error) => {
            let mut body = json!({
                "status": "error",
                "errorMessage": error.message,
                "logLines": [],
            });
            if let Some(data) = error
                .data
                .and_then(|d| serde_json::from_str::<Json>(&d).ok())
            {
                body["errorData"] = format.write(data);
            }
            let status = StatusCode::from_u16(UDF_FAILED).unwrap_or(StatusCode::BAD_REQUEST);
            (status, Body(body)).into_response()
        }
    }
}

fn bad_request(message: String) -> Response {
    error_response("BadRequest", message)
}

fn error_response(code: &str, message: String) -> Response {
    (
        StatusCode::BAD_REQUEST,
        Body(json!({ "code": code, "message": message })),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_written_in_the_format_asked_for() {
        let encoded = json!({
            "n": { "$integer": "KgAAAAAAAAA=" },
            "b": { "$bytes": "AAEC" },
            "f": [{ "$float": "AAAAAAAA+H8=" }, { "$float": "AAAAAAAA8P8=" }, 1.5],
            "s": "text",
        });
        assert_eq!(
            Format::Clean.write(encoded.clone()),
            json!({ "n": "42", "b": "AAEC", "f": ["NaN", "-Infinity", 1.5], "s": "text" })
        );
        assert_eq!(Format::Encoded.write(encoded.clone()), encoded);
    }

    #[test]
    fn an_admin_key_acts_as_the_user_encoded_after_it() {
        // What ConvexHttpClient.setAdminAuth(key, { subject, issuer, name }) sends.
        let attributes = json!({ "subject": "u1", "issuer": "https://a.dev", "name": "Ada" });
        let encoded = base64::engine::general_purpose::STANDARD.encode(attributes.to_string());
        assert_eq!(
            acting_user(&format!("admin-key:{encoded}")),
            Some(json!({
                "subject": "u1", "issuer": "https://a.dev", "name": "Ada",
                "tokenIdentifier": "https://a.dev|u1",
            }))
        );
        assert_eq!(acting_user("admin-key"), None);
    }

    #[test]
    fn without_a_format_old_clients_get_the_encoded_form() {
        assert_eq!(Format::default_for("npm-1.4.1"), Format::Encoded);
        assert_eq!(Format::default_for("npm-1.48.0"), Format::Clean);
        assert_eq!(Format::default_for("python-0.5.0"), Format::Encoded);
        assert_eq!(Format::default_for(""), Format::Clean);
        let headers = HeaderMap::new();
        assert_eq!(
            Format::of(&json!({ "format": "convex_encoded_json" }), &headers).unwrap(),
            Format::Encoded
        );
        assert!(Format::of(&json!({ "format": "xml" }), &headers).is_err());
    }
}
