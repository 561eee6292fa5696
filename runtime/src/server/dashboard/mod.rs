//! The local dashboard `convexkit dev` serves on its own port (docs/dashboard.md): a page
//! embedded in the binary (plain HTML, CSS and a JavaScript module: no build step, no
//! network) and the JSON API it speaks, which scripts may use too.
//!
//! Only 127.0.0.1 is served, and only to requests addressed to it by that name (a page
//! cannot reach it by DNS rebinding). Every state-changing request carries the token made
//! for this run: the page has it, another web page in the browser cannot read it.

mod api;

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;

use super::worker::Worker;

/// The page, with [`TOKEN_PLACEHOLDER`] where the token goes.
const INDEX_HTML: &str = include_str!("assets/index.html");
const APP_JS: &str = include_str!("assets/app.js");
const STYLE_CSS: &str = include_str!("assets/style.css");
const TOKEN_PLACEHOLDER: &str = "__CONVEXKIT_TOKEN__";

/// The header state-changing requests carry the token in.
pub const TOKEN_HEADER: &str = "convexkit-token";

/// What every request of the dashboard's server shares.
#[derive(Clone)]
struct Dashboard {
    worker: Worker,
    token: String,
    port: u16,
}

/// A token for one run of the dashboard: 32 random bytes, hex.
pub fn new_token() -> Result<String, String> {
    use ring::rand::SecureRandom;
    let mut bytes = [0u8; 32];
    ring::rand::SystemRandom::new()
        .fill(&mut bytes)
        .map_err(|_| "cannot make a random token for the dashboard".to_string())?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Where `convexkit dev` writes the token for scripts: beside the database.
pub fn token_file(database: &std::path::Path) -> std::path::PathBuf {
    let mut name = database.file_name().unwrap_or_default().to_os_string();
    name.push(".dashboard-token");
    database.with_file_name(name)
}

/// The dashboard's router, for a server on 127.0.0.1:`port`.
pub fn router(worker: Worker, token: String, port: u16) -> Router {
    let state = Dashboard {
        worker,
        token,
        port,
    };
    Router::new()
        .route("/", get(index))
        .route(
            "/app.js",
            get(|| asset(APP_JS, "text/javascript; charset=utf-8")),
        )
        .route(
            "/style.css",
            get(|| asset(STYLE_CSS, "text/css; charset=utf-8")),
        )
        .route("/api/deployment", get(api::deployment))
        .route("/api/tables", get(api::tables))
        .route("/api/documents", get(api::documents))
        .route("/api/documents/insert", post(api::insert_document))
        .route("/api/documents/replace", post(api::replace_document))
        .route("/api/documents/delete", post(api::delete_documents))
        .route("/api/functions", get(api::functions))
        .route("/api/run", post(api::run))
        .route("/api/logs", get(api::logs))
        .route("/api/events", get(api::events))
        .route("/api/schedules", get(api::schedules))
        .route("/api/schedules/cancel", post(api::cancel_job))
        .route("/api/files", get(api::files))
        .route("/api/files/download", get(api::download))
        .route(
            "/api/files/upload",
            post(api::upload).layer(axum::extract::DefaultBodyLimit::disable()),
        )
        .route("/api/files/delete", post(api::delete_file))
        .route("/api/env", get(api::env))
        .route("/api/env/set", post(api::set_env))
        .route("/api/env/remove", post(api::remove_env))
        .layer(middleware::from_fn_with_state(state.clone(), guard))
        .with_state(state)
}

async fn index(State(dashboard): State<Dashboard>) -> Response {
    let page = INDEX_HTML.replace(TOKEN_PLACEHOLDER, &dashboard.token);
    let mut response = asset_response(page, "text/html; charset=utf-8");
    response.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'self'; img-src 'self' data: blob:; frame-ancestors 'none'",
        ),
    );
    response
}

async fn asset(text: &'static str, content_type: &'static str) -> Response {
    asset_response(text.to_string(), content_type)
}

fn asset_response(text: String, content_type: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type),
            // The page carries this run's token: never from a cache.
            (header::CACHE_CONTROL, "no-store"),
            (header::X_FRAME_OPTIONS, "DENY"),
        ],
        text,
    )
        .into_response()
}

/// Refuses requests not addressed to this server by its loopback name, state-changing
/// requests from another origin, and state-changing requests without the token.
async fn guard(State(dashboard): State<Dashboard>, request: Request, next: Next) -> Response {
    let headers = request.headers();
    let port = dashboard.port;
    let host = header_str(headers, header::HOST.as_str()).unwrap_or_default();
    if !is_loopback_name(host, port) {
        return api::error(
            StatusCode::FORBIDDEN,
            "WrongHost",
            format!("this dashboard answers requests to http://127.0.0.1:{port} only"),
        );
    }
    if ![Method::GET, Method::HEAD].contains(request.method()) {
        if let Some(origin) = header_str(headers, header::ORIGIN.as_str()) {
            let own = origin
                .strip_prefix("http://")
                .is_some_and(|authority| is_loopback_name(authority, port));
            if !own {
                return api::error(
                    StatusCode::FORBIDDEN,
                    "CrossOrigin",
                    format!("requests from {origin} may not change this deployment"),
                );
            }
        }
        if header_str(headers, TOKEN_HEADER) != Some(dashboard.token.as_str()) {
            return api::error(
                StatusCode::FORBIDDEN,
                "MissingToken",
                format!("state-changing requests need this run's token in the `{TOKEN_HEADER}` header (the dashboard page has it; scripts read it from `<database>.dashboard-token`)"),
            );
        }
    }
    next.run(request).await
}

/// Whether `authority` (`host[:port]`) names this server by a loopback name.
fn is_loopback_name(authority: &str, port: u16) -> bool {
    let (name, given_port) = match authority.rsplit_once(':') {
        Some((name, given)) => (name, Some(given)),
        None => (authority, None),
    };
    ["127.0.0.1", "localhost"].contains(&name)
        && given_port.is_none_or(|given| given == port.to_string())
}

fn header_str<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}
