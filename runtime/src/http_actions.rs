//! HTTP actions: a request goes to the router the app's `http.ts` default-exports, or, when
//! its path starts with the `httpPrefix` a component was installed with, to that
//! component's router with the prefix taken off. The router's `runRequest` runs it, as on
//! the backend; an HTTP action is an action (no transaction of its own).

use base64::Engine as _;
use serde_json::{json, Value as Json};

use crate::engine::isolate::Kind;
use crate::project::{now_ms, Inner, RunError};

/// A request to the site port.
#[derive(Debug, Clone)]
pub struct HttpRequest {
    pub method: String,
    /// The path and query (`/hello?x=1`).
    pub path_and_query: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct HttpResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Inner {
    /// Answers an HTTP action request; `site` is the origin it was sent to.
    pub(crate) fn http_action(
        &self,
        request: &HttpRequest,
        site: &str,
    ) -> Result<HttpResponse, RunError> {
        let path = request
            .path_and_query
            .split('?')
            .next()
            .unwrap_or("/")
            .to_string();
        let (instance_path, route) = self.http_route(&path);
        let instance = self.instance(&instance_path)?;
        let definition = &self.model.definitions[instance.definition];
        let Some(module) = definition.module("http") else {
            return Ok(HttpResponse {
                status: 404,
                headers: vec![("content-type".into(), "text/plain".into())],
                body: format!("No HttpAction routed for {path}").into_bytes(),
            });
        };
        let headers: Vec<Json> = request.headers.iter().map(|(k, v)| json!([k, v])).collect();
        let convex_json = json!({
            "method": request.method,
            "url": format!("{site}{}", request.path_and_query),
            "headers": headers,
            "body": (!request.body.is_empty())
                .then(|| base64::engine::general_purpose::STANDARD.encode(&request.body)),
        })
        .to_string();
        let now = now_ms();
        let name = format!("{} {path}", request.method);
        self.recorded(
            &instance_path,
            &name,
            || "httpAction",
            || {
                let answer = instance.with_isolate(self, |isolate| {
                    instance.host.enter(Kind::Action, now, "http");
                    let answer = isolate.call_router(
                        &module.file,
                        &convex_json,
                        &route,
                        now,
                        self.limits.action,
                    );
                    instance.host.leave();
                    answer
                })?;
                response_from(&answer)
            },
        )
    }

    /// The instance whose router serves `path`, and the path that router sees: the app's,
    /// unless a component installed with an `httpPrefix` claims it (the longest wins).
    fn http_route(&self, path: &str) -> (String, String) {
        self.model.definitions[0]
            .uses
            .iter()
            .filter_map(|child| {
                let prefix = child.http_prefix.as_deref()?.trim_end_matches('/');
                let rest = path.strip_prefix(prefix)?;
                (rest.is_empty() || rest.starts_with('/')).then(|| {
                    let route = if rest.is_empty() { "/" } else { rest };
                    (prefix.len(), child.name.clone(), route.to_string())
                })
            })
            .max_by_key(|(length, _, _)| *length)
            .map_or_else(
                || (String::new(), path.to_string()),
                |(_, name, route)| (name, route),
            )
    }
}

/// The router's answer: `{ status, statusText, headers, body: base64 | null }`.
fn response_from(answer: &str) -> Result<HttpResponse, RunError> {
    let json: Json = serde_json::from_str(answer)
        .map_err(|e| RunError::new(format!("the HTTP action answered malformed JSON: {e}")))?;
    let headers = json["headers"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|pair| Some((pair[0].as_str()?.to_string(), pair[1].as_str()?.to_string())))
        .collect();
    let body = match json["body"].as_str() {
        Some(encoded) => base64::engine::general_purpose::STANDARD
            .decode(encoded)
            .map_err(|e| RunError::new(format!("the HTTP action's body is not base64: {e}")))?,
        None => Vec::new(),
    };
    Ok(HttpResponse {
        status: json["status"].as_u64().unwrap_or(200) as u16,
        headers,
        body,
    })
}
