//! `fetch()` for actions, performed by a real HTTP client (ureq, with TLS): the request as
//! the Fetch API built it, the response as status, headers and body.

use std::sync::OnceLock;
use std::time::Duration;

use base64::Engine as _;
use serde_json::{json, Value as Json};

/// The largest response body an action may read.
const MAX_BODY: u64 = 256 << 20;

pub(crate) fn agent() -> &'static ureq::Agent {
    static AGENT: OnceLock<ureq::Agent> = OnceLock::new();
    AGENT.get_or_init(|| {
        ureq::Agent::config_builder()
            // A response is a response, whatever its status: the action decides.
            .http_status_as_error(false)
            .timeout_connect(Some(Duration::from_secs(30)))
            .timeout_global(Some(Duration::from_secs(300)))
            .build()
            .into()
    })
}

/// Performs `{ url, method, headers: [[name, value]], body: base64 | null }`; answers
/// `{ status, statusText, url, headers, body }`, or why it could not.
pub fn fetch(request: &Json) -> Result<Json, String> {
    let url = request["url"].as_str().unwrap_or_default();
    let method = request["method"].as_str().unwrap_or("GET");
    let mut builder = ureq::http::Request::builder().method(method).uri(url);
    for pair in request["headers"].as_array().into_iter().flatten() {
        if let (Some(name), Some(value)) = (pair[0].as_str(), pair[1].as_str()) {
            builder = builder.header(name, value);
        }
    }
    let body = match request["body"].as_str() {
        Some(encoded) => base64::engine::general_purpose::STANDARD
            .decode(encoded)
            .map_err(|e| format!("fetch {url}: the body is not valid base64: {e}"))?,
        None => Vec::new(),
    };
    let request = builder
        .body(body)
        .map_err(|e| format!("fetch {url}: invalid request: {e}"))?;
    let mut response = agent()
        .run(request)
        .map_err(|e| format!("fetch {url} failed: {e}"))?;
    let status = response.status();
    let headers: Vec<Json> = response
        .headers()
        .iter()
        .filter_map(|(name, value)| Some(json!([name.as_str(), value.to_str().ok()?])))
        .collect();
    let bytes = response
        .body_mut()
        .with_config()
        .limit(MAX_BODY)
        .read_to_vec()
        .map_err(|e| format!("fetch {url}: reading the response failed: {e}"))?;
    Ok(json!({
        "status": status.as_u16(),
        "statusText": status.canonical_reason().unwrap_or_default(),
        "url": url,
        "headers": headers,
        "body": base64::engine::general_purpose::STANDARD.encode(bytes),
    }))
}
