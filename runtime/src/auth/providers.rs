//! The providers of `convex/auth.config.ts`: what its default export says, checked as the
//! backend checks it when a push evaluates the file (same messages).

use serde_json::Value as Json;

/// A provider whose tokens the deployment accepts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthProvider {
    /// An OpenID Connect provider: its keys are found by discovery at
    /// `<domain>/.well-known/openid-configuration`; tokens must name `application_id` in `aud`.
    Oidc {
        domain: String,
        application_id: String,
    },
    /// Any issuer of JWTs with a JWKS at `jwks` (a URL or a `data:` URI).
    CustomJwt {
        issuer: String,
        jwks: String,
        algorithm: Algorithm,
        application_id: Option<String>,
    },
}

/// The signature algorithms a `customJwt` provider may name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Algorithm {
    RS256,
    ES256,
}

const SEE_AUTH_DOCS: &str =
    "To learn more, see the auth documentation at https://docs.convex.dev/auth.";

impl AuthProvider {
    /// The issuer (or OIDC domain) tokens must come from.
    pub fn issuer(&self) -> &str {
        match self {
            Self::Oidc { domain, .. } => domain,
            Self::CustomJwt { issuer, .. } => issuer,
        }
    }

    pub fn application_id(&self) -> Option<&str> {
        match self {
            Self::Oidc { application_id, .. } => Some(application_id),
            Self::CustomJwt { application_id, .. } => application_id.as_deref(),
        }
    }

    /// Whether a token from `issuer` for `audiences` is this provider's: the issuer matches
    /// (a missing scheme means https, a trailing slash does not count) and, when the
    /// provider names an application ID, the audiences hold it.
    pub fn matches_token(&self, audiences: &[String], issuer: &str) -> bool {
        if let Some(application_id) = self.application_id() {
            if !audiences.iter().any(|a| a == application_id) {
                return false;
            }
        }
        same_issuer(self.issuer(), issuer)
    }

    /// How the backend names it in "no provider matches" errors.
    pub fn describe(&self) -> String {
        match self {
            Self::Oidc {
                domain,
                application_id,
            } => format!("OIDC(domain={domain}, app_id={application_id})"),
            Self::CustomJwt {
                issuer,
                application_id,
                ..
            } => format!(
                "CustomJWT(issuer={issuer}, app_id={})",
                application_id.as_deref().unwrap_or("none")
            ),
        }
    }
}

/// `configured` (a normalized provider URL) and a token's `iss` name the same issuer.
pub fn same_issuer(configured: &str, token_issuer: &str) -> bool {
    let with_scheme = if token_issuer.starts_with("https://") || token_issuer.starts_with("http://")
    {
        token_issuer.to_string()
    } else {
        format!("https://{token_issuer}")
    };
    configured.trim_end_matches('/') == with_scheme.trim_end_matches('/')
}

/// The providers of an evaluated auth config's default export (`None`: it has none).
pub fn parse_config(config: Option<&Json>) -> Result<Vec<AuthProvider>, String> {
    let config = match config {
        None | Some(Json::Null) => {
            return Err(format!(
                "auth config file is missing default export. {SEE_AUTH_DOCS}"
            ))
        }
        Some(config) => config,
    };
    let not_matching = |error: String| {
        format!("auth config file must include a list of provider credentials: {error}")
    };
    let Some(providers) = config.get("providers") else {
        return Err(not_matching("missing field `providers`".into()));
    };
    let Json::Array(providers) = providers else {
        return Err(not_matching(format!(
            "invalid type: {}, expected a sequence",
            json_kind(providers)
        )));
    };
    providers
        .iter()
        .enumerate()
        .map(|(index, provider)| parse_provider(index, provider).map_err(not_matching))
        .collect()
}

fn parse_provider(index: usize, provider: &Json) -> Result<AuthProvider, String> {
    let Json::Object(fields) = provider else {
        return Err(format!(
            "invalid type: {}, expected a provider object",
            json_kind(provider)
        ));
    };
    if fields.contains_key("applicationId") || fields.contains_key("applicationid") {
        return Err(format!(
            "Provider at index {index} must have applicationID property spelled lowercase \
             'application', capital I, capital D."
        ));
    }
    let kind = fields.get("type").and_then(Json::as_str).unwrap_or("oidc");
    let string = |name: &str| -> Result<Option<String>, String> {
        match fields.get(name) {
            None | Some(Json::Null) => Ok(None),
            Some(Json::String(text)) => Ok(Some(text.clone())),
            Some(other) => Err(format!(
                "invalid type: {} for `{name}` of the provider at index {index}, expected a string",
                json_kind(other)
            )),
        }
    };
    let required = |name: &str| -> Result<String, String> {
        string(name)?.ok_or_else(|| format!("missing field `{name}` (provider at index {index})"))
    };
    match kind {
        "customJwt" => {
            if fields.contains_key("domain") {
                return Err(format!(
                    "Provider at index {index} is a customJwt so cannot have a 'domain' specified"
                ));
            }
            let algorithm = match required("algorithm")?.as_str() {
                "RS256" => Algorithm::RS256,
                "ES256" => Algorithm::ES256,
                other => {
                    return Err(format!(
                        "Invalid signature algorithm (only RS256 and ES256 are supported): {other}"
                    ))
                }
            };
            Ok(AuthProvider::CustomJwt {
                issuer: issuer_url(&required("issuer")?)?,
                jwks: required("jwks")?,
                algorithm,
                application_id: string("applicationID")?,
            })
        }
        "oidc" => {
            if fields.contains_key("issuer") {
                return Err(format!(
                    "Provider at index {index} is oidc so cannot have an 'issuer' specified."
                ));
            }
            Ok(AuthProvider::Oidc {
                domain: issuer_url(&required("domain")?)?,
                application_id: required("applicationID")?,
            })
        }
        other => Err(format!(
            "Provider at index {index} has unexpected 'type' value '{other}'"
        )),
    }
}

/// A provider's domain or issuer as a URL: https:// is assumed when no scheme is written.
fn issuer_url(original: &str) -> Result<String, String> {
    let invalid = |why: &str| format!("Invalid provider domain URL \"{original}\": {why}");
    if original.starts_with('"') {
        return Err(invalid("starts with a double quote (\")"));
    }
    let scheme_end = original.find("://");
    let has_scheme = scheme_end.is_some_and(|end| {
        end > 0
            && original[..end]
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_')
    });
    let url = if has_scheme {
        original.to_string()
    } else {
        format!("https://{original}")
    };
    let (scheme, rest) = url.split_once("://").unwrap_or(("", &url));
    if scheme != "http" && scheme != "https" {
        return Err(invalid("scheme should be http or https"));
    }
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if host.is_empty() {
        return Err(invalid("empty host"));
    }
    if !has_scheme && host != "localhost" && !host.contains('.') {
        return Err(invalid(
            "Does not look like a URL (must have a scheme or end with a top-level domain)",
        ));
    }
    Ok(url)
}

fn json_kind(value: &Json) -> &'static str {
    match value {
        Json::Null => "null",
        Json::Bool(_) => "boolean",
        Json::Number(_) => "number",
        Json::String(_) => "string",
        Json::Array(_) => "sequence",
        Json::Object(_) => "map",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn oidc_and_custom_jwt_providers_are_read() {
        let providers = parse_config(Some(&json!({ "providers": [
            { "domain": "http://127.0.0.1:3211", "applicationID": "convex" },
            { "type": "customJwt", "issuer": "auth.example.com", "jwks": "data:,{}",
              "algorithm": "ES256" },
        ]})))
        .unwrap();
        assert_eq!(
            providers,
            vec![
                AuthProvider::Oidc {
                    domain: "http://127.0.0.1:3211".into(),
                    application_id: "convex".into()
                },
                AuthProvider::CustomJwt {
                    issuer: "https://auth.example.com".into(),
                    jwks: "data:,{}".into(),
                    algorithm: Algorithm::ES256,
                    application_id: None,
                },
            ]
        );
    }

    #[test]
    fn common_mistakes_get_the_backends_messages() {
        let error = |config: Json| parse_config(Some(&config)).unwrap_err();
        assert!(error(
            json!({ "providers": [{ "domain": "https://a.dev", "applicationId": "x" }] })
        )
        .contains("must have applicationID property spelled lowercase"));
        assert!(
            error(json!({ "providers": [{ "type": "customJwt", "domain": "a.dev" }] }))
                .contains("is a customJwt so cannot have a 'domain'")
        );
        assert!(error(
            json!({ "providers": [{ "type": "customJwt", "issuer": "https://a.dev",
            "jwks": "https://a.dev/jwks", "algorithm": "HS256" }] })
        )
        .contains("only RS256 and ES256 are supported): HS256"));
        assert!(
            error(json!({ "providers": [{ "domain": "not a url", "applicationID": "x" }] }))
                .contains("Does not look like a URL")
        );
        assert!(
            error(json!({ "providers": [{ "domain": "ftp://a.dev", "applicationID": "x" }] }))
                .contains("scheme should be http or https")
        );
        assert!(error(json!({})).contains("missing field `providers`"));
        assert!(parse_config(None)
            .unwrap_err()
            .contains("missing default export"));
    }

    #[test]
    fn issuers_match_without_scheme_or_trailing_slash() {
        let provider = AuthProvider::Oidc {
            domain: "https://tenant.auth0.com".into(),
            application_id: "app".into(),
        };
        assert!(provider.matches_token(&["app".into()], "https://tenant.auth0.com/"));
        assert!(provider.matches_token(&["app".into()], "tenant.auth0.com"));
        assert!(!provider.matches_token(&["other".into()], "https://tenant.auth0.com"));
        assert!(!provider.matches_token(&["app".into()], "https://evil.com"));
    }
}
