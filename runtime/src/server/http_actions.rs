//! The HTTP actions port: every request goes to the routers of `http.ts` (the app's, or a
//! component's under its `httpPrefix`), on the runtime's thread.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};

use std::sync::Arc;

use super::worker::Worker;
use crate::auth::Caller;
use crate::executions::Source;
use crate::http_actions::HttpRequest;

/// The runtime, and the origin the site is served at (what `request.url` starts with).
#[derive(Clone)]
pub struct Site {
    pub worker: Worker,
    pub origin: String,
}

pub async fn serve(
    State(site): State<Site>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let request = HttpRequest {
        method: method.to_string(),
        path_and_query: uri
            .path_and_query()
            .map_or_else(|| "/".to_string(), |p| p.to_string()),
        headers: headers
            .iter()
            .filter_map(|(name, value)| Some((name.to_string(), value.to_str().ok()?.to_string())))
            .collect(),
        body: body.to_vec(),
    };
    // A token that does not verify does not stop the action: `getUserIdentity()` throws.
    let caller = super::api::caller(&site.worker, &headers)
        .await
        .unwrap_or_else(|error| Caller::Rejected(Arc::new(error)));
    let origin = site.origin.clone();
    let answered = site
        .worker
        .with(Source::Http, move |runtime| {
            runtime.as_caller(&caller, |runtime| runtime.http_action(&request, &origin))
        })
        .await;
    let answer = match answered {
        Ok(answer) => answer,
        Err(error) => return (StatusCode::INTERNAL_SERVER_ERROR, error.message).into_response(),
    };
    // Only the headers the action set (no default content type).
    let mut response = Response::new(axum::body::Body::from(answer.body));
    *response.status_mut() =
        StatusCode::from_u16(answer.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    for (name, value) in answer.headers {
        if let (Ok(name), Ok(value)) = (
            HeaderName::try_from(name.as_str()),
            HeaderValue::try_from(value.as_str()),
        ) {
            response.headers_mut().append(name, value);
        }
    }
    response
}
