//! The dashboard's JSON API (docs/dashboard.md): each request is one piece of work on the
//! runtime's thread, on the dashboard's behalf.

use std::collections::HashMap;
use std::convert::Infallible;
use std::time::Instant;

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::Json as Body;
use futures_util::stream::{self, Stream, StreamExt};
use serde::Deserialize;
use serde_json::{json, Value as Json};
use tokio::sync::broadcast::error::RecvError;

use super::Dashboard;
use crate::admin::{PageRequest, MAX_PAGE};
use crate::executions::Source;
use crate::project::{LocalRuntime, RunError};

/// An answer in the API's error shape, `{code, message}`.
pub fn error(status: StatusCode, code: &str, message: impl Into<String>) -> Response {
    (
        status,
        Body(json!({ "code": code, "message": message.into() })),
    )
        .into_response()
}

fn failed(error: RunError) -> Response {
    self::error(StatusCode::BAD_REQUEST, "Error", error.to_string())
}

/// Runs `work` on the runtime's thread and answers what it returns as JSON.
async fn answer<T: serde::Serialize + Send + 'static>(
    dashboard: &Dashboard,
    work: impl FnOnce(&LocalRuntime) -> Result<T, RunError> + Send + 'static,
) -> Response {
    match dashboard.worker.with(Source::Dashboard, work).await {
        Ok(value) => Body(value).into_response(),
        Err(error) => failed(error),
    }
}

/// A write to a component's own data needs the caller's explicit confirmation: the
/// component keeps invariants over it that a direct edit can break.
fn unconfirmed(instance: &str, confirm: bool) -> Option<Response> {
    (!instance.is_empty() && !confirm).then(|| {
        error(
            StatusCode::CONFLICT,
            "ConfirmationRequired",
            format!(
                "`{instance}` is a component instance: it keeps invariants over its own data (an aggregate's tree, a workpool's queue) that a direct change can break. Send `\"confirm\": true` to do it anyway."
            ),
        )
    })
}

#[derive(Deserialize)]
pub struct InstanceQuery {
    #[serde(default)]
    instance: String,
}

pub async fn deployment(State(dashboard): State<Dashboard>) -> Response {
    answer(&dashboard, |runtime| {
        Ok(json!({
            "version": env!("CARGO_PKG_VERSION"),
            "apiUrl": runtime.origin(),
            "instances": runtime.instances()?,
        }))
    })
    .await
}

pub async fn tables(
    State(dashboard): State<Dashboard>,
    Query(query): Query<InstanceQuery>,
) -> Response {
    answer(&dashboard, move |runtime| {
        Ok(json!({ "tables": runtime.tables(&query.instance)? }))
    })
    .await
}

#[derive(Deserialize)]
pub struct DocumentsQuery {
    #[serde(default)]
    instance: String,
    table: String,
    index: Option<String>,
    order: Option<String>,
    /// A JSON object of field path → value.
    filter: Option<String>,
    cursor: Option<String>,
    limit: Option<usize>,
}

pub async fn documents(
    State(dashboard): State<Dashboard>,
    Query(query): Query<DocumentsQuery>,
) -> Response {
    let filter = match query.filter.as_deref().filter(|f| !f.trim().is_empty()) {
        None => Vec::new(),
        Some(text) => match serde_json::from_str::<Json>(text) {
            Ok(Json::Object(fields)) => fields.into_iter().collect(),
            _ => {
                return error(
                    StatusCode::BAD_REQUEST,
                    "BadFilter",
                    format!("the filter must be a JSON object of field → value, not `{text}`"),
                )
            }
        },
    };
    let request = PageRequest {
        table: query.table,
        index: query.index.filter(|i| !i.is_empty()),
        descending: query.order.as_deref() != Some("asc"),
        filter,
        cursor: query.cursor.filter(|c| !c.is_empty()),
        limit: query.limit.unwrap_or(50).min(MAX_PAGE),
    };
    answer(&dashboard, move |runtime| {
        runtime.documents(&query.instance, &request)
    })
    .await
}

#[derive(Deserialize)]
pub struct Insert {
    #[serde(default)]
    instance: String,
    table: String,
    value: Json,
    #[serde(default)]
    confirm: bool,
}

pub async fn insert_document(
    State(dashboard): State<Dashboard>,
    Body(insert): Body<Insert>,
) -> Response {
    if let Some(refused) = unconfirmed(&insert.instance, insert.confirm) {
        return refused;
    }
    answer(&dashboard, move |runtime| {
        let id = runtime.insert_document(&insert.instance, &insert.table, &insert.value)?;
        Ok(json!({ "id": id }))
    })
    .await
}

#[derive(Deserialize)]
pub struct Replace {
    #[serde(default)]
    instance: String,
    id: String,
    value: Json,
    #[serde(default)]
    confirm: bool,
}

pub async fn replace_document(
    State(dashboard): State<Dashboard>,
    Body(replace): Body<Replace>,
) -> Response {
    if let Some(refused) = unconfirmed(&replace.instance, replace.confirm) {
        return refused;
    }
    answer(&dashboard, move |runtime| {
        runtime.replace_document(&replace.instance, &replace.id, &replace.value)?;
        Ok(json!({}))
    })
    .await
}

#[derive(Deserialize)]
pub struct Delete {
    #[serde(default)]
    instance: String,
    ids: Vec<String>,
    #[serde(default)]
    confirm: bool,
}

pub async fn delete_documents(
    State(dashboard): State<Dashboard>,
    Body(delete): Body<Delete>,
) -> Response {
    if let Some(refused) = unconfirmed(&delete.instance, delete.confirm) {
        return refused;
    }
    answer(&dashboard, move |runtime| {
        runtime.delete_documents(&delete.instance, &delete.ids)?;
        Ok(json!({ "deleted": delete.ids.len() }))
    })
    .await
}

pub async fn functions(
    State(dashboard): State<Dashboard>,
    Query(query): Query<InstanceQuery>,
) -> Response {
    answer(&dashboard, move |runtime| {
        Ok(json!({ "functions": runtime.functions(&query.instance)? }))
    })
    .await
}

#[derive(Deserialize)]
pub struct Run {
    #[serde(default)]
    instance: String,
    path: String,
    #[serde(default = "empty_object")]
    args: Json,
    #[serde(default)]
    confirm: bool,
}

fn empty_object() -> Json {
    json!({})
}

/// Runs a function as `npx convex run` does (internal ones too; a component's internal
/// functions only when confirmed).
pub async fn run(State(dashboard): State<Dashboard>, Body(run): Body<Run>) -> Response {
    let outcome = dashboard
        .worker
        .with(Source::Dashboard, move |runtime| {
            let internal = runtime
                .functions(&run.instance)?
                .iter()
                .any(|f| f.path == run.path && f.visibility == "internal");
            if internal && !run.instance.is_empty() && !run.confirm {
                return Ok(None);
            }
            let started = Instant::now();
            let (result, log_lines) =
                runtime.capture_logs(|runtime| runtime.run(&run.instance, &run.path, &run.args));
            let duration_ms = started.elapsed().as_secs_f64() * 1000.0;
            Ok(Some(match result {
                Ok(value) => json!({
                    "ok": true, "value": value, "logLines": log_lines, "durationMs": duration_ms,
                }),
                Err(error) => json!({
                    "ok": false, "error": error.to_string(), "logLines": log_lines,
                    "durationMs": duration_ms,
                }),
            }))
        })
        .await;
    match outcome {
        Ok(Some(outcome)) => Body(outcome).into_response(),
        Ok(None) => error(
            StatusCode::CONFLICT,
            "ConfirmationRequired",
            "this is an internal function of a component: the component's own code calls it, with arguments it has checked; running it by hand can break the component's invariants. Send `\"confirm\": true` to run it anyway.",
        ),
        Err(error) => failed(error),
    }
}

#[derive(Deserialize)]
pub struct LogsQuery {
    #[serde(default)]
    after: u64,
}

pub async fn logs(State(dashboard): State<Dashboard>, Query(query): Query<LogsQuery>) -> Response {
    Body(json!({ "entries": dashboard.worker.executions.recent(query.after) })).into_response()
}

/// Server-sent events: `change` after every commit, `log` after every execution.
pub async fn events(
    State(dashboard): State<Dashboard>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let mut changes = dashboard.worker.changes();
    // What is already published is what the page loads; only later changes are events.
    changes.borrow_and_update();
    let executions = dashboard.worker.executions.subscribe();
    let stream = stream::unfold(
        (changes, executions),
        |(mut changes, mut executions)| async move {
            let event = tokio::select! {
                changed = changes.changed() => {
                    changed.ok()?;
                    let published = *changes.borrow_and_update();
                    Event::default().event("change").json_data(json!({
                        "epoch": published.epoch,
                        "version": published.version.to_string(),
                    }))
                }
                execution = executions.recv() => match execution {
                    Ok(execution) => Event::default().event("log").json_data(&execution),
                    // A slow reader missed some: it may fetch them from /api/logs.
                    Err(RecvError::Lagged(missed)) => Ok(Event::default()
                        .event("lagged")
                        .data(missed.to_string())),
                    Err(RecvError::Closed) => return None,
                },
            };
            Some((
                Ok(event.unwrap_or_else(|_| Event::default().comment("unserializable"))),
                (changes, executions),
            ))
        },
    );
    // A first comment flushes the answer's head at once: a browser says the stream is
    // open only when it has bytes (Firefox), not when the server has accepted it.
    let hello = stream::once(async { Ok(Event::default().comment("connected")) });
    Sse::new(hello.chain(stream)).keep_alive(KeepAlive::default())
}

pub async fn schedules(
    State(dashboard): State<Dashboard>,
    Query(query): Query<InstanceQuery>,
) -> Response {
    answer(&dashboard, move |runtime| {
        Ok(json!({
            "jobs": runtime.scheduled_jobs(&query.instance)?,
            "crons": runtime.cron_jobs(&query.instance)?,
        }))
    })
    .await
}

#[derive(Deserialize)]
pub struct ById {
    #[serde(default)]
    instance: String,
    id: String,
    #[serde(default)]
    confirm: bool,
}

pub async fn cancel_job(State(dashboard): State<Dashboard>, Body(job): Body<ById>) -> Response {
    if let Some(refused) = unconfirmed(&job.instance, job.confirm) {
        return refused;
    }
    answer(&dashboard, move |runtime| {
        runtime.cancel_job(&job.instance, &job.id)?;
        Ok(json!({}))
    })
    .await
}

pub async fn files(
    State(dashboard): State<Dashboard>,
    Query(query): Query<InstanceQuery>,
) -> Response {
    answer(&dashboard, move |runtime| {
        Ok(json!({ "files": runtime.files(&query.instance)? }))
    })
    .await
}

#[derive(Deserialize)]
pub struct FileQuery {
    #[serde(default)]
    instance: String,
    id: String,
}

pub async fn download(
    State(dashboard): State<Dashboard>,
    Query(query): Query<FileQuery>,
) -> Response {
    let id = query.id.clone();
    let found = dashboard
        .worker
        .with(Source::Dashboard, move |runtime| {
            runtime.file(&query.instance, &query.id)
        })
        .await;
    let file = match found {
        Ok(Some(file)) => file,
        Ok(None) => {
            return error(
                StatusCode::NOT_FOUND,
                "NotFound",
                format!("no stored file {id} in this instance"),
            )
        }
        Err(error) => return failed(error),
    };
    match tokio::fs::read(&file.path).await {
        Ok(bytes) => (
            [(
                header::CONTENT_TYPE,
                file.content_type
                    .unwrap_or_else(|| "application/octet-stream".into()),
            )],
            bytes,
        )
            .into_response(),
        Err(e) => error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "FileMissing",
            format!("the bytes of {id} cannot be read: {e}"),
        ),
    }
}

pub async fn upload(
    State(dashboard): State<Dashboard>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let instance = query.get("instance").cloned().unwrap_or_default();
    let confirm = query.get("confirm").is_some_and(|c| c == "true");
    if let Some(refused) = unconfirmed(&instance, confirm) {
        return refused;
    }
    let content_type = crate::server::files::content_type(&headers);
    answer(&dashboard, move |runtime| {
        let id = runtime.store_upload(&instance, &body, content_type.as_deref())?;
        Ok(json!({ "storageId": id }))
    })
    .await
}

pub async fn delete_file(State(dashboard): State<Dashboard>, Body(file): Body<ById>) -> Response {
    if let Some(refused) = unconfirmed(&file.instance, file.confirm) {
        return refused;
    }
    answer(&dashboard, move |runtime| {
        runtime.delete_file(&file.instance, &file.id)?;
        Ok(json!({}))
    })
    .await
}

pub async fn env(State(dashboard): State<Dashboard>) -> Response {
    answer(&dashboard, |runtime| {
        let vars: Vec<Json> = runtime
            .env_vars()?
            .into_iter()
            .map(|(name, value)| json!({ "name": name, "value": value }))
            .collect();
        Ok(json!({ "vars": vars }))
    })
    .await
}

#[derive(Deserialize)]
pub struct SetEnv {
    name: String,
    value: Option<String>,
}

pub async fn set_env(State(dashboard): State<Dashboard>, Body(set): Body<SetEnv>) -> Response {
    let Some(value) = set.value else {
        return error(
            StatusCode::BAD_REQUEST,
            "MissingValue",
            "`value` is required",
        );
    };
    answer(&dashboard, move |runtime| {
        runtime.set_env_var(&set.name, Some(&value))?;
        Ok(json!({}))
    })
    .await
}

pub async fn remove_env(
    State(dashboard): State<Dashboard>,
    Body(remove): Body<SetEnv>,
) -> Response {
    answer(&dashboard, move |runtime| {
        runtime.set_env_var(&remove.name, None)?;
        Ok(json!({}))
    })
    .await
}
