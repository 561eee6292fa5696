//! Providers' keys: OIDC discovery documents and JWKS, fetched over HTTP (or decoded from a
//! `data:` URI) and kept by URL.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use jsonwebtoken::jwk::JwkSet;
use serde_json::Value as Json;

use super::AuthError;

/// What OIDC discovery tells about an issuer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Discovered {
    /// The issuer the provider's metadata names (tokens must name exactly this one).
    pub issuer: String,
    pub jwks_uri: String,
}

#[derive(Default)]
pub struct Keys {
    sets: Mutex<HashMap<String, Arc<JwkSet>>>,
    discovered: Mutex<HashMap<String, Arc<Discovered>>>,
}

/// The media types a JWKS may be served as (`jwk-set+json`: WorkOS).
const JWKS_MEDIA_TYPES: [&str; 2] = ["application/json", "application/jwk-set+json"];

impl Keys {
    /// The JWKS at `url`: the kept one, unless it lacks the key `kid` a token names.
    pub async fn jwks(&self, url: &str, kid: Option<&str>) -> Result<Arc<JwkSet>, AuthError> {
        let kept = lock(&self.sets).get(url).cloned();
        if let Some(set) = kept {
            if kid.is_none_or(|kid| set.find(kid).is_some()) {
                return Ok(set);
            }
        }
        let body = fetch_jwks(url).await?;
        let set: JwkSet = serde_json::from_slice(&body).map_err(|_| {
            AuthError::invalid(format!(
                "Invalid JWKS response body from '{url}'. The response is not valid JSON or \
                 doesn't match the expected JWKS format."
            ))
        })?;
        let set = Arc::new(set);
        lock(&self.sets).insert(url.to_string(), set.clone());
        Ok(set)
    }

    /// The discovery document of `issuer` (`<issuer>/.well-known/openid-configuration`).
    pub async fn discover(&self, issuer: &str) -> Result<Arc<Discovered>, AuthError> {
        if let Some(known) = lock(&self.discovered).get(issuer).cloned() {
            return Ok(known);
        }
        let failed = |detail: String| {
            AuthError::new(
                "AuthProviderDiscoveryFailed",
                format!("Auth provider discovery of {issuer} failed{detail}"),
            )
        };
        let url = format!(
            "{}/.well-known/openid-configuration",
            issuer.trim_end_matches('/')
        );
        let response = get(url).await.map_err(|_| failed(String::new()))?;
        if response.status != 200 {
            return Err(failed(format!(
                ": {} {}",
                response.status,
                String::from_utf8_lossy(&response.body)
            )));
        }
        let metadata: Json =
            serde_json::from_slice(&response.body).map_err(|e| failed(format!(": {e}")))?;
        let text = |name| {
            metadata
                .get(name)
                .and_then(Json::as_str)
                .map(str::to_string)
        };
        let (Some(discovered_issuer), Some(jwks_uri)) = (text("issuer"), text("jwks_uri")) else {
            return Err(failed(": the metadata lacks `issuer` or `jwks_uri`".into()));
        };
        if discovered_issuer != issuer {
            return Err(failed(format!(
                ": the metadata names the issuer {discovered_issuer}"
            )));
        }
        let discovered = Arc::new(Discovered {
            issuer: discovered_issuer,
            jwks_uri,
        });
        lock(&self.discovered).insert(issuer.to_string(), discovered.clone());
        Ok(discovered)
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

/// The body of the JWKS at `url`, with the backend's checks and messages.
async fn fetch_jwks(url: &str) -> Result<Vec<u8>, AuthError> {
    if let Ok(data_url) = data_url::DataUrl::process(url) {
        return data_url
            .decode_to_vec()
            .map(|(bytes, _)| bytes)
            .map_err(|_| {
                AuthError::invalid(
                    "Invalid JWKS data URL. Check that the data URL is properly formatted and \
                     contains valid base64-encoded JSON.",
                )
            });
    }
    let response = get(url.to_string()).await.map_err(|e| {
        AuthError::invalid(format!(
            "Could not fetch JWKS from URL '{url}': {e}. Check that the URL is correct and \
             accessible."
        ))
    })?;
    if response.status != 200 {
        return Err(AuthError::invalid(format!(
            "Could not fetch JWKS from URL '{url}': HTTP {} {}. Check that the URL is correct \
             and accessible.",
            response.status, response.reason
        )));
    }
    let content_type = response.content_type.as_deref().unwrap_or("unknown");
    let mut parts = content_type.split(';').map(str::trim);
    let essence = parts.next().unwrap_or_default();
    let utf8 = parts.all(|param| match param.split_once('=') {
        Some((name, value)) if name.trim().eq_ignore_ascii_case("charset") => {
            value.trim().trim_matches('"') == "utf-8"
        }
        _ => true,
    });
    if !JWKS_MEDIA_TYPES
        .iter()
        .any(|allowed| essence.eq_ignore_ascii_case(allowed))
        || !utf8
    {
        return Err(AuthError::invalid(format!(
            "Invalid Content-Type '{content_type}' when fetching JWKS from '{url}'. Expected \
             'application/json' or 'application/jwk-set+json'."
        )));
    }
    Ok(response.body)
}

struct Fetched {
    status: u16,
    reason: &'static str,
    content_type: Option<String>,
    body: Vec<u8>,
}

/// GET `url` asking for JSON, off the async threads (the client blocks).
async fn get(url: String) -> Result<Fetched, String> {
    tokio::task::spawn_blocking(move || {
        let request = ureq::http::Request::get(&url)
            .header("accept", "application/json")
            .body(())
            .map_err(|e| e.to_string())?;
        let mut response = crate::http_client::agent()
            .run(request)
            .map_err(|e| e.to_string())?;
        let status = response.status();
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let body = response
            .body_mut()
            .with_config()
            .limit(1 << 20)
            .read_to_vec()
            .map_err(|e| e.to_string())?;
        Ok(Fetched {
            status: status.as_u16(),
            reason: status.canonical_reason().unwrap_or("Unknown"),
            content_type,
            body,
        })
    })
    .await
    .map_err(|e| e.to_string())?
}
