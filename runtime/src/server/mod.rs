//! `convexkit dev`'s servers: Convex's HTTP API and sync protocol on one port (3210 by
//! default), HTTP actions on the next, the dashboard on the one after, all on 127.0.0.1,
//! over the runtime's thread.

mod api;
pub mod dashboard;
mod files;
mod http_actions;
mod sync;
pub mod worker;

use std::future::Future;
use std::path::PathBuf;

use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::Router;
use tokio::net::TcpListener;

use worker::Worker;

/// The API router: what `ConvexHttpClient` and `ConvexClient` talk to; `database` is the
/// runtime's, which file downloads read on their own.
pub fn api_router(worker: Worker, database: PathBuf) -> Router {
    let downloads = Router::new()
        .route("/api/storage/{storage_id}", get(files::download))
        .with_state(files::Downloads::new(database));
    Router::new()
        .route("/version", get(version))
        .route("/api/query", post(api::query))
        .route("/api/query_at_ts", post(api::query))
        .route("/api/query_ts", post(api::query_ts))
        .route("/api/mutation", post(api::mutation))
        .route("/api/action", post(api::action))
        .route("/api/function", post(api::function))
        .route("/api/run/{*path}", post(api::run_path))
        // Uploads are as large as the files people store.
        .route(
            "/api/storage/upload",
            post(files::upload).layer(DefaultBodyLimit::disable()),
        )
        .route("/api/sync", get(sync::upgrade))
        .route("/api/{client_version}/sync", get(sync::upgrade))
        .with_state(worker)
        .merge(downloads)
}

/// The HTTP actions router (`http.ts`, and components' routes under their prefix), served
/// at `origin`.
pub fn site_router(worker: Worker, origin: String) -> Router {
    Router::new()
        .fallback(http_actions::serve)
        .layer(DefaultBodyLimit::disable())
        .with_state(http_actions::Site { worker, origin })
}

async fn version() -> String {
    format!("convexkit {}", env!("CARGO_PKG_VERSION"))
}

/// Serves `router` on 127.0.0.1:`port` until `shutdown` completes.
pub async fn serve(
    router: Router,
    port: u16,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), String> {
    let listener = TcpListener::bind(("127.0.0.1", port))
        .await
        .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
    axum::serve(listener, router)
        .with_graceful_shutdown(shutdown)
        .await
        .map_err(|e| format!("the server on port {port} failed: {e}"))
}
