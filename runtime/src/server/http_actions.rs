//! HTTP actions: requests to the site port go to the app's `http.ts` router.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::worker::Worker;

pub async fn serve(State(_worker): State<Worker>) -> Response {
    (StatusCode::NOT_FOUND, "No matching routes found").into_response()
}
