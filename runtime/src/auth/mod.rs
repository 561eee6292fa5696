//! Authentication as the backend does it: the providers `convex/auth.config.ts` names,
//! the tokens clients send verified against those providers' keys (signature, issuer,
//! audience, expiry), and the `UserIdentity` functions then see.
//!
//! Keys are fetched over HTTP (OIDC discovery, then the JWKS; a custom JWT provider's JWKS
//! URL or `data:` URI) and kept by URL; a token naming a key ID the kept set lacks fetches
//! the set again, so rotated keys are picked up. Fetching happens outside the runtime's
//! thread: Convex Auth and Better Auth serve their keys from the app's own HTTP actions.

mod identity;
mod keys;
mod providers;

use std::sync::{Arc, RwLock};
use std::time::{SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use jsonwebtoken::{Algorithm as JwtAlgorithm, DecodingKey, Validation};
use serde_json::{Map, Value as Json};

pub use identity::from_attributes;
pub use providers::{parse_config, AuthProvider};

use keys::Keys;
use providers::{same_issuer, Algorithm};

/// Who a call runs as.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Caller {
    #[default]
    Anonymous,
    /// A user: the `UserIdentity` attributes `ctx.auth.getUserIdentity()` returns.
    User(Arc<Json>),
    /// An HTTP action's request whose token did not verify: the action still runs, and
    /// `ctx.auth.getUserIdentity()` throws this error (as on the backend).
    Rejected(Arc<AuthError>),
}

/// A token the deployment does not accept: the backend's error code and message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthError {
    /// `InvalidAuthHeader`, `NoAuthProvider`, `Unauthenticated`, ...
    pub code: &'static str,
    pub message: String,
}

impl AuthError {
    fn new(code: &'static str, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
        }
    }

    fn invalid(message: impl Into<String>) -> Self {
        Self::new("InvalidAuthHeader", message)
    }
}

impl std::fmt::Display for AuthError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// A verified token's user.
#[derive(Debug, Clone, PartialEq)]
pub struct Verified {
    pub identity: Arc<Json>,
    /// When the token expires (seconds since the epoch).
    pub expires_at: u64,
}

/// Verifies tokens against the deployment's providers; shared by every server task.
#[derive(Default)]
pub struct Authenticator {
    providers: RwLock<Arc<Vec<AuthProvider>>>,
    keys: Keys,
}

/// The allowance for clocks that differ, in seconds (the backend's, for custom JWTs).
const LEEWAY: u64 = 5;

impl Authenticator {
    /// The providers a (re)load of the app found in its auth config.
    pub fn set_providers(&self, providers: Vec<AuthProvider>) {
        *self.providers.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(providers);
    }

    fn providers(&self) -> Arc<Vec<AuthProvider>> {
        self.providers
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Verifies `token` (a JWT) and returns its user.
    pub async fn authenticate(&self, token: &str) -> Result<Verified, AuthError> {
        let claims = unverified_claims(token)?;
        let Some(issuer) = claims.get("iss").and_then(Json::as_str) else {
            return Err(AuthError::invalid(
                "Missing issuer claim ('iss') in JWT payload. The JWT must include an 'iss' \
                 claim that matches one of your configured auth providers.",
            ));
        };
        let audiences = audiences(&claims);
        let providers = self.providers();
        let provider = providers
            .iter()
            .find(|p| p.matches_token(&audiences, issuer))
            .ok_or_else(|| no_provider(&providers))?;
        match provider {
            AuthProvider::Oidc { application_id, .. } => {
                self.verify_oidc(token, issuer, application_id).await
            }
            AuthProvider::CustomJwt {
                issuer: configured,
                jwks,
                algorithm,
                application_id,
            } => {
                let claims = self
                    .verify_signature(token, jwks, &[algorithm.jwt()])
                    .await?;
                check_custom_jwt_claims(&claims, configured, application_id.as_deref())?;
                Ok(Verified {
                    identity: Arc::new(identity::from_custom_jwt_claims(&claims)),
                    expires_at: expiry(&claims).unwrap_or_default(),
                })
            }
        }
    }

    async fn verify_oidc(
        &self,
        token: &str,
        issuer: &str,
        application_id: &str,
    ) -> Result<Verified, AuthError> {
        let discovered = self.keys.discover(issuer).await?;
        let unverified = || {
            AuthError::new(
                "Unauthenticated",
                "Could not verify OIDC token claim. Check that the token signature is valid and \
                 the token hasn't expired.",
            )
        };
        let claims = self
            .verify_signature(
                token,
                &discovered.jwks_uri,
                &[JwtAlgorithm::RS256, JwtAlgorithm::EdDSA],
            )
            .await
            .map_err(|_| unverified())?;
        let audience_ok = audiences(&claims).iter().any(|a| a == application_id);
        let issuer_ok = claims.get("iss").and_then(Json::as_str) == Some(&discovered.issuer);
        if !audience_ok || !issuer_ok || check_times(&claims, 0).is_err() {
            return Err(unverified());
        }
        if claims.get("sub").and_then(Json::as_str).is_none() {
            return Err(unverified());
        }
        Ok(Verified {
            identity: Arc::new(identity::from_oidc_claims(&claims)),
            expires_at: expiry(&claims).unwrap_or_default(),
        })
    }

    /// The claims of `token` once its signature verifies with a key of the JWKS at
    /// `jwks_url` (found by the token's key ID) in one of `algorithms`.
    async fn verify_signature(
        &self,
        token: &str,
        jwks_url: &str,
        algorithms: &[JwtAlgorithm],
    ) -> Result<Map<String, Json>, AuthError> {
        let header = jsonwebtoken::decode_header(token).map_err(|e| {
            AuthError::invalid(format!(
                "Could not decode token. The JWT header is not valid: {e}"
            ))
        })?;
        let not_decoded = || match &header.kid {
            Some(kid) => AuthError::invalid(format!(
                "Could not decode token. The JWT's 'kid' (key ID) header is '{kid}', does this \
                 key match any key in the provider's JWKS?"
            )),
            None => AuthError::invalid(
                "Could not decode token. JWT may be missing a 'kid' (key ID) header.",
            ),
        };
        if !algorithms.contains(&header.alg) {
            return Err(not_decoded());
        }
        let set = self.keys.jwks(jwks_url, header.kid.as_deref()).await?;
        let candidates: Vec<_> = match &header.kid {
            Some(kid) => set.find(kid).into_iter().collect(),
            None => set.keys.iter().collect(),
        };
        let mut validation = Validation::new(header.alg);
        // Only the signature here: the claims are checked with the backend's rules.
        validation.validate_exp = false;
        validation.validate_aud = false;
        validation.required_spec_claims.clear();
        candidates
            .into_iter()
            .filter_map(|jwk| DecodingKey::from_jwk(jwk).ok())
            .find_map(|key| {
                jsonwebtoken::decode::<Map<String, Json>>(token, &key, &validation)
                    .ok()
                    .map(|data| data.claims)
            })
            .ok_or_else(not_decoded)
    }
}

impl Algorithm {
    fn jwt(self) -> JwtAlgorithm {
        match self {
            Algorithm::RS256 => JwtAlgorithm::RS256,
            Algorithm::ES256 => JwtAlgorithm::ES256,
        }
    }
}

/// The payload of `token`, before anything is verified (to pick its provider).
fn unverified_claims(token: &str) -> Result<Map<String, Json>, AuthError> {
    let parse_error = || {
        AuthError::invalid(
            "Could not parse JWT payload. Check that the token is a valid JWT format with three \
             base64-encoded parts separated by dots.",
        )
    };
    let mut parts = token.split('.');
    let (Some(_), Some(payload), Some(_), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(parse_error());
    };
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .map_err(|_| parse_error())?;
    serde_json::from_slice(&bytes).map_err(|_| parse_error())
}

fn audiences(claims: &Map<String, Json>) -> Vec<String> {
    match claims.get("aud") {
        Some(Json::String(audience)) => vec![audience.clone()],
        Some(Json::Array(audiences)) => audiences
            .iter()
            .filter_map(|a| a.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

fn no_provider(providers: &[AuthProvider]) -> AuthError {
    let message = if providers.is_empty() {
        "No auth provider found matching the given token (no providers configured). Check \
         convex/auth.config.ts."
            .to_string()
    } else {
        let configured: Vec<String> = providers.iter().map(AuthProvider::describe).collect();
        format!(
            "No auth provider found matching the given token. Check that your JWT's issuer and \
             audience match one of your configured providers: [{}]",
            configured.join(", ")
        )
    };
    AuthError::new("NoAuthProvider", message)
}

/// A custom JWT's issuer, audience, subject and times, with the backend's messages.
fn check_custom_jwt_claims(
    claims: &Map<String, Json>,
    issuer: &str,
    application_id: Option<&str>,
) -> Result<(), AuthError> {
    let token_issuer = claims.get("iss").and_then(Json::as_str).unwrap_or_default();
    if !same_issuer(issuer, token_issuer) {
        return Err(AuthError::invalid(format!(
            "Invalid issuer: {token_issuer} != {issuer}"
        )));
    }
    if let Some(application_id) = application_id {
        if claims.get("aud").is_none() {
            return Err(AuthError::invalid(
                "Missing audience claim ('aud') in JWT payload. The JWT must include an 'aud' \
                 claim that matches your configured application ID.",
            ));
        }
        let audiences = audiences(claims);
        if !audiences.iter().any(|a| a == application_id) {
            return Err(AuthError::invalid(format!(
                "Invalid audience: {application_id} not in {audiences:?}"
            )));
        }
    }
    // A missing `exp` is refused here too.
    check_times(claims, LEEWAY)
        .map_err(|why| AuthError::invalid(format!("Could not validate token: {why}")))?;
    if claims.get("sub").and_then(Json::as_str).is_none() {
        return Err(AuthError::invalid("Missing subject"));
    }
    Ok(())
}

/// A time claim (`exp`, `nbf`, `iat`), in seconds since the epoch.
fn seconds(claims: &Map<String, Json>, name: &str) -> Option<u64> {
    claims.get(name).and_then(Json::as_f64).map(|t| t as u64)
}

fn expiry(claims: &Map<String, Json>) -> Option<u64> {
    seconds(claims, "exp")
}

/// `exp`, `nbf` and `iat` against the clock, allowing `leeway` seconds.
fn check_times(claims: &Map<String, Json>, leeway: u64) -> Result<(), &'static str> {
    let now = now_seconds();
    let time = |name| seconds(claims, name);
    match time("exp") {
        Some(exp) if exp + leeway <= now => return Err("Token expired"),
        None => return Err("Missing expiry"),
        _ => {}
    }
    if time("nbf").is_some_and(|nbf| nbf > now + leeway) {
        return Err("Token not yet valid");
    }
    if time("iat").is_some_and(|iat| iat > now + leeway) {
        return Err("Token issued in the future");
    }
    Ok(())
}

pub fn now_seconds() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// The token of an `Authorization` header: `None` without one; an error unless it is
/// `Bearer <token>` (the backend's message).
pub fn bearer_token(header: Option<&str>) -> Result<Option<&str>, AuthError> {
    let Some(header) = header else {
        return Ok(None);
    };
    match header.get(..7) {
        Some(scheme) if header.len() > 7 && scheme.eq_ignore_ascii_case("bearer ") => {
            Ok(Some(header[7..].trim()))
        }
        _ => Err(AuthError::invalid("Header must begin with `bearer `")),
    }
}

#[cfg(test)]
mod tests;
