//! Authentication with the real packages and clients:
//! - Convex Auth (tests/fixtures/convex-auth-app): the Password provider signs a user up
//!   and in through its own `auth:signIn` action (scrypt and RS256 signing on the runtime's
//!   `crypto.subtle`); the token it issues is verified by OIDC discovery and the JWKS the
//!   app's own HTTP actions serve, and authenticates ConvexHttpClient calls, an HTTP action
//!   and a ConvexClient subscription; a tampered token is refused by the HTTP API and by
//!   the sync protocol.
//! - Better Auth, local install (tests/fixtures/better-auth-app): sign-up and sign-in over
//!   its HTTP routes, the Convex JWT fetched with the session cookie (its key pair made by
//!   jose's `generateKeyPair`, kept in the component), verified as a custom JWT against the
//!   JWKS its routes serve.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

use convexkit_runtime::project::{LocalRuntime, Options};
use convexkit_tests::copy_app;
use convexkit_tests::dev_server::Dev;

fn project(app: &str) -> tempfile::TempDir {
    let project = tempfile::Builder::new()
        .prefix(&format!("convexkit-{app}-"))
        .tempdir()
        .unwrap();
    copy_app(app, project.path());
    project
}

/// The env vars Convex Auth signs with, made by its own set-up steps (client/keys.mjs).
fn signing_keys(dir: &Path) -> Vec<String> {
    let output = Command::new("node")
        .arg("client/keys.mjs")
        .current_dir(dir)
        .output()
        .expect("node runs");
    assert!(output.status.success(), "{output:?}");
    let keys: Value = serde_json::from_slice(&output.stdout).unwrap();
    ["JWT_PRIVATE_KEY", "JWKS"]
        .iter()
        .flat_map(|name| {
            [
                "--env".to_string(),
                format!("{name}={}", keys[name].as_str().unwrap()),
            ]
        })
        .chain(["--env".into(), "SITE_URL=http://localhost:5173".into()])
        .collect()
}

#[test]
fn convex_auth_signs_in_and_its_tokens_are_verified() {
    let project = project("convex-auth-app");
    let dir = project.path();
    let dev = Dev::start_with(dir, &signing_keys(dir));
    let result = dev.client(dir, "sign-in");

    let site = dev.site_url();
    let identity = &result["identity"];
    let subject = identity["subject"].as_str().unwrap();
    assert_eq!(identity["issuer"], site.as_str());
    assert_eq!(identity["tokenIdentifier"], format!("{site}|{subject}"));
    // Convex Auth's subject is `<user id>|<session id>`, the user being the one signed up.
    assert!(result["viewer"]["email"]
        .as_str()
        .unwrap()
        .ends_with("@example.com"));
    assert_eq!(result["whoami"], *identity, "the HTTP action sees the user");
    assert_eq!(result["notes"], serde_json::json!(["first", "second"]));
    assert_eq!(result["forged"]["status"], 401);
    assert_eq!(result["forged"]["code"], "Unauthenticated");
    assert_eq!(result["forgedSubscriptionAnonymous"], true);
    assert!(dev.stop().success());
}

#[test]
fn better_auth_signs_in_over_its_routes_and_its_jwt_is_verified() {
    let project = project("better-auth-app");
    let dir = project.path();
    let env = [
        "BETTER_AUTH_SECRET=a-secret-of-at-least-32-characters-long",
        "SITE_URL=http://localhost:3000",
    ];
    let args: Vec<String> = env
        .iter()
        .flat_map(|pair| ["--env".to_string(), pair.to_string()])
        .collect();
    let dev = Dev::start_with(dir, &args);
    let result = dev.client(dir, "sign-in");

    let site = dev.site_url();
    let identity = &result["identity"];
    let subject = identity["subject"].as_str().unwrap();
    // Better Auth's issuer is CONVEX_SITE_URL; its claims are a custom JWT's, kept as named.
    assert_eq!(identity["issuer"], site.as_str());
    assert_eq!(identity["tokenIdentifier"], format!("{site}|{subject}"));
    assert_eq!(identity["name"], "Grace Hopper");
    assert_eq!(identity["email"], result["user"]["email"]);
    assert!(identity["sessionId"].is_string(), "{identity}");
    assert_eq!(result["subscribed"]["email"], result["user"]["email"]);
    assert_eq!(result["forged"]["status"], 401);
    assert_eq!(result["forged"]["code"], "InvalidAuthHeader");
    assert!(dev.stop().success());
}

fn providers_of(dir: &Path, auth_config: &str, env: &[(&str, &str)]) -> Result<String, String> {
    std::fs::write(dir.join("convex/auth.config.ts"), auth_config).unwrap();
    let options = Options {
        env: env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        ..Options::default()
    };
    let runtime = LocalRuntime::open(dir, &dir.join(".convexkit/db.sqlite3"), options)
        .map_err(|e| e.message)?;
    runtime
        .auth_providers()
        .map(|providers| format!("{providers:?}"))
        .map_err(|e| e.message)
}

#[test]
fn the_auth_config_is_evaluated_with_the_deployments_env_and_checked() {
    let project = project("convex-auth-app");
    let dir = project.path();
    let config = r#"export default { providers: [{ type: "customJwt", issuer: process.env.ISSUER,
        jwks: `${process.env.ISSUER}/jwks`, algorithm: "ES256", applicationID: "convex" }] };"#;
    let providers = providers_of(dir, config, &[("ISSUER", "https://auth.example.com")]).unwrap();
    assert!(
        providers.contains(
            r#"issuer: "https://auth.example.com", jwks: "https://auth.example.com/jwks""#
        ),
        "{providers}"
    );

    let misspelled =
        r#"export default { providers: [{ domain: "https://a.dev", applicationId: "x" }] };"#;
    let error = providers_of(dir, misspelled, &[]).unwrap_err();
    assert!(error.contains("auth.config.ts"), "{error}");
    assert!(
        error.contains("must have applicationID property spelled lowercase 'application'"),
        "{error}"
    );

    // Reading an unset variable fails as on the backend, with how to set it.
    let unset = r#"export default { providers: [{ domain: process.env.CLERK_ISSUER!, applicationID: "convex" }] };"#;
    let error = providers_of(dir, unset, &[]).unwrap_err();
    assert!(
        error.contains(
            "Environment variable CLERK_ISSUER is used in auth config file but its value was not set"
        ),
        "{error}"
    );
    assert!(error.contains("convexkit env set CLERK_ISSUER"), "{error}");

    let no_default = "export const providers = [];";
    let error = providers_of(dir, no_default, &[]).unwrap_err();
    assert!(
        error.contains("auth config file is missing default export"),
        "{error}"
    );
}
