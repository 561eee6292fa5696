use base64::Engine as _;
use jsonwebtoken::{encode, EncodingKey, Header};
use serde_json::json;

use super::*;

const RSA_PEM: &str = include_str!("testdata/rsa.pem");
const RSA_JWKS: &str = include_str!("testdata/rsa.jwks.json");
const EC_PEM: &str = include_str!("testdata/ec.pem");
const EC_JWKS: &str = include_str!("testdata/ec.jwks.json");

const ISSUER: &str = "https://auth.example.com";

fn data_uri(jwks: &str) -> String {
    format!(
        "data:text/plain;charset=utf-8;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(jwks)
    )
}

fn authenticator(algorithm: Algorithm, application_id: Option<&str>) -> Authenticator {
    let jwks = match algorithm {
        Algorithm::RS256 => RSA_JWKS,
        Algorithm::ES256 => EC_JWKS,
    };
    let authenticator = Authenticator::default();
    authenticator.set_providers(vec![AuthProvider::CustomJwt {
        issuer: ISSUER.into(),
        jwks: data_uri(jwks),
        algorithm,
        application_id: application_id.map(str::to_string),
    }]);
    authenticator
}

fn sign(algorithm: Algorithm, kid: Option<&str>, claims: &Json) -> String {
    let (alg, key) = match algorithm {
        Algorithm::RS256 => (
            JwtAlgorithm::RS256,
            EncodingKey::from_rsa_pem(RSA_PEM.as_bytes()).unwrap(),
        ),
        Algorithm::ES256 => (
            JwtAlgorithm::ES256,
            EncodingKey::from_ec_pem(EC_PEM.as_bytes()).unwrap(),
        ),
    };
    let mut header = Header::new(alg);
    header.kid = kid.map(str::to_string);
    encode(&header, claims, &key).unwrap()
}

fn claims(extra: Json) -> Json {
    let now = now_seconds();
    let mut claims = json!({ "iss": ISSUER, "sub": "user-1", "iat": now, "exp": now + 3600 });
    claims
        .as_object_mut()
        .unwrap()
        .extend(extra.as_object().unwrap().clone());
    claims
}

fn run<T>(future: impl std::future::Future<Output = T>) -> T {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(future)
}

#[test]
fn a_valid_custom_jwt_gives_its_user() {
    for (algorithm, kid) in [
        (Algorithm::RS256, "rsa-key-1"),
        (Algorithm::ES256, "ec-key-1"),
    ] {
        let token = sign(
            algorithm,
            Some(kid),
            &claims(json!({ "aud": "convex", "email": "ada@example.com" })),
        );
        let verified = run(authenticator(algorithm, Some("convex")).authenticate(&token))
            .unwrap_or_else(|e| panic!("{algorithm:?}: {e}"));
        assert_eq!(
            *verified.identity,
            json!({
                "tokenIdentifier": "https://auth.example.com|user-1",
                "issuer": ISSUER,
                "subject": "user-1",
                "email": "ada@example.com",
            })
        );
        assert!(verified.expires_at > now_seconds());
    }
}

#[test]
fn a_tampered_token_is_rejected() {
    let token = sign(Algorithm::RS256, Some("rsa-key-1"), &claims(json!({})));
    let mut parts: Vec<String> = token.split('.').map(str::to_string).collect();
    let forged = claims(json!({ "sub": "admin" }));
    parts[1] = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(forged.to_string());
    let error =
        run(authenticator(Algorithm::RS256, None).authenticate(&parts.join("."))).unwrap_err();
    assert_eq!(error.code, "InvalidAuthHeader");
    assert!(
        error
            .message
            .contains("The JWT's 'kid' (key ID) header is 'rsa-key-1'"),
        "{error}"
    );
}

#[test]
fn expired_tokens_and_strangers_get_the_backends_errors() {
    let authenticator = authenticator(Algorithm::RS256, Some("convex"));
    let now = now_seconds();
    let expired = sign(
        Algorithm::RS256,
        Some("rsa-key-1"),
        &claims(json!({ "aud": "convex", "iat": now - 7200, "exp": now - 3600 })),
    );
    let error = run(authenticator.authenticate(&expired)).unwrap_err();
    assert_eq!(error.message, "Could not validate token: Token expired");

    let other_audience = sign(
        Algorithm::RS256,
        Some("rsa-key-1"),
        &claims(json!({ "aud": "someone-else" })),
    );
    let error = run(authenticator.authenticate(&other_audience)).unwrap_err();
    assert_eq!(error.code, "NoAuthProvider");
    assert!(error
        .message
        .contains("[CustomJWT(issuer=https://auth.example.com, app_id=convex)]"));

    let unknown_key = sign(
        Algorithm::RS256,
        Some("rotated"),
        &claims(json!({ "aud": "convex" })),
    );
    assert!(run(authenticator.authenticate(&unknown_key))
        .unwrap_err()
        .message
        .contains("'rotated'"));

    // Signed with the right key but in an algorithm the provider does not name.
    let es256 = sign(
        Algorithm::ES256,
        Some("rsa-key-1"),
        &claims(json!({ "aud": "convex" })),
    );
    assert!(run(authenticator.authenticate(&es256)).is_err());

    let error = run(authenticator.authenticate("not-a-jwt")).unwrap_err();
    assert!(error.message.starts_with("Could not parse JWT payload"));

    let error = run(Authenticator::default().authenticate(&other_audience)).unwrap_err();
    assert!(error.message.contains("no providers configured"));
}

#[test]
fn the_authorization_header_must_be_bearer() {
    assert_eq!(bearer_token(None), Ok(None));
    assert_eq!(bearer_token(Some("Bearer abc")), Ok(Some("abc")));
    assert_eq!(bearer_token(Some("bearer  abc ")), Ok(Some("abc")));
    assert_eq!(
        bearer_token(Some("Basic abc")).unwrap_err().message,
        "Header must begin with `bearer `"
    );
}
