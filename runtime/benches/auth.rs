//! Token verification benchmark (issue 12's target: the overhead of a verified token per
//! HTTP call under 0.2 ms with the JWKS cached). Verifies RS256 and ES256 custom JWTs
//! (JWKS in a `data:` URI) and an RS256 OIDC token whose discovery document and JWKS are
//! served over HTTP on loopback (fetched once, then kept). Prints p50 and p99 per token;
//! asserts nothing about time.
//!
//!     cargo bench -p convexkit-runtime --bench auth [-- ITERATIONS]

use std::time::{Duration, Instant};

use base64::Engine as _;
use jsonwebtoken::{encode, Algorithm, EncodingKey, Header};
use serde_json::json;

use convexkit_runtime::auth::{now_seconds, parse_config, Authenticator};

const RSA_PEM: &str = include_str!("../src/auth/testdata/rsa.pem");
const RSA_JWKS: &str = include_str!("../src/auth/testdata/rsa.jwks.json");
const EC_PEM: &str = include_str!("../src/auth/testdata/ec.pem");
const EC_JWKS: &str = include_str!("../src/auth/testdata/ec.jwks.json");

fn main() {
    let iterations: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(20_000);
    let tokio = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    tokio.block_on(async {
        let issuer = serve_oidc().await;
        let data_uri = |jwks: &str| {
            format!(
                "data:application/json;base64,{}",
                base64::engine::general_purpose::STANDARD.encode(jwks)
            )
        };
        let config = json!({ "providers": [
            { "type": "customJwt", "issuer": "https://rsa.example.com", "jwks": data_uri(RSA_JWKS),
              "algorithm": "RS256", "applicationID": "convex" },
            { "type": "customJwt", "issuer": "https://ec.example.com", "jwks": data_uri(EC_JWKS),
              "algorithm": "ES256", "applicationID": "convex" },
            { "domain": issuer, "applicationID": "convex" },
        ]});
        let authenticator = Authenticator::default();
        authenticator.set_providers(parse_config(Some(&config)).unwrap());
        let cases = [
            ("custom JWT, RS256", "https://rsa.example.com", Algorithm::RS256),
            ("custom JWT, ES256", "https://ec.example.com", Algorithm::ES256),
            ("OIDC, RS256 (discovery over HTTP)", issuer.as_str(), Algorithm::RS256),
        ];
        for (label, issuer, algorithm) in cases {
            let token = sign(issuer, algorithm);
            let started = Instant::now();
            authenticator.authenticate(&token).await.unwrap();
            let first = started.elapsed();
            let mut times: Vec<Duration> = Vec::with_capacity(iterations);
            for _ in 0..iterations {
                let started = Instant::now();
                let verified = authenticator.authenticate(&token).await.unwrap();
                times.push(started.elapsed());
                std::hint::black_box(verified);
            }
            times.sort();
            let at = |q: f64| times[((times.len() - 1) as f64 * q) as usize].as_secs_f64() * 1e3;
            println!(
                "{label:<36} first {:>7.3} ms   p50 {:.4} ms   p99 {:.4} ms   ({iterations} tokens)",
                first.as_secs_f64() * 1e3,
                at(0.5),
                at(0.99)
            );
        }
    });
}

fn sign(issuer: &str, algorithm: Algorithm) -> String {
    let (key, kid) = match algorithm {
        Algorithm::ES256 => (EncodingKey::from_ec_pem(EC_PEM.as_bytes()), "ec-key-1"),
        _ => (EncodingKey::from_rsa_pem(RSA_PEM.as_bytes()), "rsa-key-1"),
    };
    let mut header = Header::new(algorithm);
    header.kid = Some(kid.into());
    let now = now_seconds();
    let claims = json!({ "iss": issuer, "sub": "user-1", "aud": "convex", "iat": now,
        "exp": now + 3600, "name": "Ada", "email": "ada@example.com" });
    encode(&header, &claims, &key.unwrap()).unwrap()
}

/// An OIDC provider on loopback: its discovery document and the RSA test key's JWKS.
async fn serve_oidc() -> String {
    use axum::routing::get;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let issuer = format!("http://{}", listener.local_addr().unwrap());
    let discovery = json!({ "issuer": issuer, "jwks_uri": format!("{issuer}/jwks") });
    let router = axum::Router::new()
        .route(
            "/.well-known/openid-configuration",
            get(move || async move { axum::Json(discovery) }),
        )
        .route(
            "/jwks",
            get(|| async {
                let jwks: serde_json::Value = serde_json::from_str(RSA_JWKS).unwrap();
                axum::Json(jwks)
            }),
        );
    tokio::spawn(async move { axum::serve(listener, router).await });
    issuer
}
