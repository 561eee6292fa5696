//! Convex's HTTP API, as `ConvexHttpClient` speaks it: `POST /api/query`, `/api/mutation`,
//! `/api/action` and `/api/function` with `{ path, args, format }`, and `/api/run/<path>`.
//! A function's failure answers status 560 with `{ status: "error", errorMessage,
//! errorData? }`; a malformed request answers 400.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json as Body;
use serde_json::{json, Value as Json};

use super::worker::{Call, Outcome, Worker};
use crate::engine::isolate::Kind;

/// The status Convex answers when the function itself failed.
const UDF_FAILED: u16 = 560;

pub async fn query(State(worker): State<Worker>, body: Body<Json>) -> Response {
    run(&worker, Some(Kind::Query), None, &body).await
}

pub async fn mutation(State(worker): State<Worker>, body: Body<Json>) -> Response {
    run(&worker, Some(Kind::Mutation), None, &body).await
}

pub async fn action(State(worker): State<Worker>, body: Body<Json>) -> Response {
    run(&worker, Some(Kind::Action), None, &body).await
}

/// `/api/function`: any kind of function, of the app or of `componentPath`.
pub async fn function(State(worker): State<Worker>, body: Body<Json>) -> Response {
    run(&worker, None, None, &body).await
}

/// `/api/run/messages/list`: the path in the URL (`/` between the module's folders and
/// before the export).
pub async fn run_path(
    State(worker): State<Worker>,
    Path(path): Path<String>,
    body: Body<Json>,
) -> Response {
    let Some((module, export)) = path.rsplit_once('/') else {
        return bad_request(format!(
            "`/api/run/{path}` names no function: use /api/run/<module>/<export>"
        ));
    };
    run(&worker, None, Some(format!("{module}:{export}")), &body).await
}

/// `/api/query_ts`: the database version a query would read at.
pub async fn query_ts(State(worker): State<Worker>) -> Response {
    let version = worker.changes().borrow().version;
    Body(json!({ "ts": version.to_string() })).into_response()
}

async fn run(worker: &Worker, kind: Option<Kind>, path: Option<String>, body: &Json) -> Response {
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
    let component = body["componentPath"].as_str().unwrap_or_default();
    let call = |kind: Option<Kind>| Call {
        kind,
        component: component.trim_matches('/').to_string(),
        path: path.clone(),
        args: args.clone(),
    };
    let outcome = worker.call(call(kind)).await;
    respond(outcome)
}

fn respond(outcome: Outcome) -> Response {
    match outcome.result {
        Ok(value) => {
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
                body["errorData"] = data;
            }
            let status = StatusCode::from_u16(UDF_FAILED).unwrap_or(StatusCode::BAD_REQUEST);
            (status, Body(body)).into_response()
        }
    }
}

fn bad_request(message: String) -> Response {
    (
        StatusCode::BAD_REQUEST,
        Body(json!({ "code": "BadRequest", "message": message })),
    )
        .into_response()
}
