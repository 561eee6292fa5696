//! File storage over HTTP: the upload endpoint `generateUploadUrl` points at (the body is
//! the file, its Content-Type the file's type; it answers `{ storageId }`), and downloads
//! at the URLs `getUrl` gives.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json as Body;
use serde_json::json;

use super::worker::Worker;
use crate::executions::Source;
use crate::file_storage::lookup;
use crate::storage::Store;

pub async fn upload(
    State(worker): State<Worker>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let instance = query.get("instance").cloned().unwrap_or_default();
    let content_type = content_type(&headers);
    let stored = worker
        .with(Source::Client, move |runtime| {
            runtime.store_upload(&instance, &body, content_type.as_deref())
        })
        .await;
    match stored {
        Ok(storage_id) => Body(json!({ "storageId": storage_id })).into_response(),
        Err(error) => (StatusCode::BAD_REQUEST, error.message).into_response(),
    }
}

/// Downloads read the database through a connection of their own (an action may be
/// fetching a file while the runtime's thread waits on that action), opened on the first.
pub struct Downloads {
    database: PathBuf,
    store: Mutex<Option<Store>>,
}

impl Downloads {
    pub fn new(database: PathBuf) -> Arc<Self> {
        Arc::new(Self {
            database,
            store: Mutex::new(None),
        })
    }
}

pub async fn download(
    State(downloads): State<Arc<Downloads>>,
    Path(storage_id): Path<String>,
) -> Response {
    let found = tokio::task::spawn_blocking(move || {
        let file = {
            let mut store = downloads.store.lock().unwrap_or_else(|e| e.into_inner());
            if store.is_none() {
                *store = Some(Store::open(&downloads.database).map_err(|e| e.0)?);
            }
            let store = store.as_ref().expect("opened above");
            lookup(store, &storage_id).map_err(|e| e.message)?
        };
        let Some(file) = file else {
            return Ok(None);
        };
        let bytes = std::fs::read(&file.path)
            .map_err(|e| format!("cannot read {}: {e}", file.path.display()))?;
        Ok::<_, String>(Some((file.content_type, bytes)))
    })
    .await;
    match found {
        Ok(Ok(Some((content_type, bytes)))) => {
            let content_type = content_type.unwrap_or_else(|| "application/octet-stream".into());
            ([(header::CONTENT_TYPE, content_type)], bytes).into_response()
        }
        Ok(Ok(None)) => (StatusCode::NOT_FOUND, "File not found").into_response(),
        Ok(Err(message)) => (StatusCode::INTERNAL_SERVER_ERROR, message).into_response(),
        Err(error) => (StatusCode::INTERNAL_SERVER_ERROR, error.to_string()).into_response(),
    }
}

/// The request's `Content-Type`, which a stored file keeps.
pub(super) fn content_type(headers: &HeaderMap) -> Option<String> {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .map(str::to_string)
}
