//! The `UserIdentity` a verified token gives functions, as the backend builds it:
//! `tokenIdentifier` is `iss|sub`; an OIDC token's standard claims become camelCase fields
//! and its other claims stay as they are; a custom JWT's claims are kept flattened
//! (`"a.b"` for nested objects).

use serde_json::{Map, Value as Json};

/// OIDC standard claims and the `UserIdentity` fields they become.
const STANDARD_CLAIMS: [(&str, &str); 19] = [
    ("name", "name"),
    ("given_name", "givenName"),
    ("family_name", "familyName"),
    ("nickname", "nickname"),
    ("preferred_username", "preferredUsername"),
    ("profile", "profileUrl"),
    ("picture", "pictureUrl"),
    ("website", "websiteUrl"),
    ("email", "email"),
    ("email_verified", "emailVerified"),
    ("gender", "gender"),
    ("birthdate", "birthday"),
    ("zoneinfo", "timezone"),
    ("locale", "language"),
    ("phone_number", "phoneNumber"),
    ("phone_number_verified", "phoneNumberVerified"),
    ("address", "address"),
    ("updated_at", "updatedAt"),
    ("sub", "subject"),
];

/// Claims of an ID token that are neither standard user claims nor custom ones.
const ID_TOKEN_CLAIMS: [&str; 11] = [
    "iss",
    "aud",
    "exp",
    "iat",
    "auth_time",
    "nonce",
    "acr",
    "amr",
    "azp",
    "at_hash",
    "c_hash",
];

/// Claims dropped because they change with every refresh of the same user's token.
const VOLATILE_CLAIMS: [&str; 3] = ["jti", "nbf", "fva"];

/// The registered claims of a JWT, which a custom JWT's identity leaves out.
const REGISTERED_CLAIMS: [&str; 7] = ["iss", "sub", "aud", "exp", "nbf", "iat", "jti"];

/// The identity of a verified OIDC ID token's `claims`.
pub fn from_oidc_claims(claims: &Map<String, Json>) -> Json {
    let (issuer, subject) = issuer_and_subject(claims);
    let mut identity = head(issuer, subject);
    for (claim, field) in STANDARD_CLAIMS.iter().filter(|(claim, _)| *claim != "sub") {
        let value = match (*claim, claims.get(*claim)) {
            (_, None | Some(Json::Null)) => continue,
            ("email_verified" | "phone_number_verified", Some(value)) => match value {
                Json::Bool(_) => value.clone(),
                // Some providers send "true"/"false".
                Json::String(text) => Json::Bool(text == "true"),
                _ => continue,
            },
            ("address", Some(address)) => match address.get("formatted") {
                Some(Json::String(formatted)) => Json::String(formatted.clone()),
                _ => continue,
            },
            ("updated_at", Some(Json::Number(seconds))) => match seconds.as_i64() {
                Some(seconds) => Json::String(rfc3339(seconds)),
                None => continue,
            },
            (_, Some(Json::String(text))) => Json::String(text.clone()),
            _ => continue,
        };
        identity.insert((*field).to_string(), value);
    }
    let mut custom: Vec<(&String, &Json)> = claims
        .iter()
        .filter(|(name, _)| {
            let standard = name
                .split('#')
                .next()
                .is_some_and(|base| STANDARD_CLAIMS.iter().any(|(claim, _)| *claim == base));
            !standard
                && !ID_TOKEN_CLAIMS.contains(&name.as_str())
                && !VOLATILE_CLAIMS.contains(&name.as_str())
        })
        .collect();
    custom.sort_by(|a, b| a.0.cmp(b.0));
    for (name, value) in custom {
        identity.insert(name.clone(), value.clone());
    }
    Json::Object(identity)
}

/// The identity of a verified custom JWT's `claims`.
pub fn from_custom_jwt_claims(claims: &Map<String, Json>) -> Json {
    let (issuer, subject) = issuer_and_subject(claims);
    let mut identity = head(issuer, subject);
    let mut custom = Vec::new();
    flatten(
        claims
            .iter()
            .filter(|(name, _)| !REGISTERED_CLAIMS.contains(&name.as_str())),
        "",
        &mut custom,
    );
    custom.retain(|(name, _)| name != "fva");
    custom.sort_by(|a, b| a.0.cmp(&b.0));
    identity.extend(custom);
    Json::Object(identity)
}

/// The identity given as `UserIdentity` attributes (an admin acting as a user: the
/// `setAdminAuth` header, the dashboard's `impersonating`), with `tokenIdentifier` made
/// from `issuer|subject` when it is missing, as the backend completes it.
pub fn from_attributes(mut attributes: Map<String, Json>) -> Json {
    if !attributes.contains_key("tokenIdentifier") {
        let (issuer, subject) = issuer_and_subject_named(&attributes, "issuer", "subject");
        let token_identifier = format!("{issuer}|{subject}");
        attributes.insert("tokenIdentifier".into(), Json::String(token_identifier));
    }
    Json::Object(attributes)
}

fn issuer_and_subject(claims: &Map<String, Json>) -> (&str, &str) {
    issuer_and_subject_named(claims, "iss", "sub")
}

fn issuer_and_subject_named<'a>(
    fields: &'a Map<String, Json>,
    issuer: &str,
    subject: &str,
) -> (&'a str, &'a str) {
    let text = |name| fields.get(name).and_then(Json::as_str).unwrap_or_default();
    (text(issuer), text(subject))
}

fn head(issuer: &str, subject: &str) -> Map<String, Json> {
    let mut identity = Map::new();
    identity.insert(
        "tokenIdentifier".into(),
        Json::String(format!("{issuer}|{subject}")),
    );
    identity.insert("issuer".into(), Json::String(issuer.into()));
    identity.insert("subject".into(), Json::String(subject.into()));
    identity
}

fn flatten<'a>(
    claims: impl Iterator<Item = (&'a String, &'a Json)>,
    prefix: &str,
    out: &mut Vec<(String, Json)>,
) {
    for (name, value) in claims {
        let key = format!("{prefix}{name}");
        match value {
            Json::Object(nested) => flatten(nested.iter(), &format!("{key}."), out),
            other => out.push((key, other.clone())),
        }
    }
}

/// `seconds` since the epoch as RFC 3339 with a `+00:00` offset (as the backend writes
/// `updatedAt`).
fn rfc3339(seconds: i64) -> String {
    let timestamp = jiff::Timestamp::from_second(seconds).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    timestamp.strftime("%Y-%m-%dT%H:%M:%S+00:00").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn claims(value: Json) -> Map<String, Json> {
        value.as_object().unwrap().clone()
    }

    #[test]
    fn oidc_standard_claims_become_camel_case_fields() {
        let identity = from_oidc_claims(&claims(json!({
            "iss": "https://auth.example.com", "sub": "user|1", "aud": "app", "exp": 2,
            "iat": 1, "nbf": 1, "jti": "x", "name": "Ada Lovelace", "given_name": "Ada",
            "email": "ada@example.com", "email_verified": true, "picture": "https://p/a.png",
            "locale": "en", "updated_at": 1700000000,
            "address": { "formatted": "1 Main St" }, "org": { "id": 7 }, "admin": true,
        })));
        assert_eq!(
            identity,
            json!({
                "tokenIdentifier": "https://auth.example.com|user|1",
                "issuer": "https://auth.example.com",
                "subject": "user|1",
                "name": "Ada Lovelace",
                "givenName": "Ada",
                "pictureUrl": "https://p/a.png",
                "email": "ada@example.com",
                "emailVerified": true,
                "language": "en",
                "address": "1 Main St",
                "updatedAt": "2023-11-14T22:13:20+00:00",
                "admin": true,
                "org": { "id": 7 },
            })
        );
        // Field order is the backend's, custom claims last and sorted.
        let keys: Vec<&String> = identity.as_object().unwrap().keys().collect();
        assert_eq!(keys.last().map(|k| k.as_str()), Some("org"));
    }

    #[test]
    fn custom_jwt_claims_are_kept_flat() {
        let identity = from_custom_jwt_claims(&claims(json!({
            "iss": "https://api.example.com", "sub": "u1", "aud": ["a"], "exp": 2, "iat": 1,
            "email": "a@b.c", "given_name": "Ada", "org": { "id": 7, "roles": ["x"] },
            "fva": [1, 2],
        })));
        assert_eq!(
            identity,
            json!({
                "tokenIdentifier": "https://api.example.com|u1",
                "issuer": "https://api.example.com",
                "subject": "u1",
                "email": "a@b.c",
                "given_name": "Ada",
                "org.id": 7,
                "org.roles": ["x"],
            })
        );
    }
}
