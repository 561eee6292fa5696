//! The WebSocket sync protocol of `ConvexClient` / `ConvexReactClient` (`/api/sync`,
//! `/api/<client version>/sync`): query sets, mutations, actions and authentication in,
//! transitions and responses out.
//!
//! Every transition carries results that are all valid at one database version: whenever
//! the version moves (a mutation, a scheduled function) or the query set changes, the
//! session runs all of its queries together at the current version and sends the ones whose
//! result changed. A mutation's response carries the version it committed at; the client
//! resolves it once a transition reaches that version, so it reads its own writes.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::ws::{Message, Utf8Bytes, WebSocket, WebSocketUpgrade};
use axum::extract::State;
use axum::response::Response;
use base64::Engine as _;
use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value as Json};

use super::worker::{Call, Outcome, ReadSet, Subscribed, Worker};
use crate::auth::{self, Caller};
use crate::engine::isolate::Kind;

pub async fn upgrade(State(worker): State<Worker>, socket: WebSocketUpgrade) -> Response {
    socket.on_upgrade(move |socket| session(socket, worker))
}

/// The client's view: what it has been sent, at which versions.
struct Session {
    worker: Worker,
    queries: BTreeMap<u64, Subscription>,
    query_set: u64,
    /// The identity version the client was last sent, and the one the next transition
    /// moves it to (ahead after an `Authenticate`).
    identity: u64,
    next_identity: u64,
    /// Who the client authenticated as, and until when (seconds since the epoch).
    caller: Caller,
    expires_at: Option<u64>,
    /// The database version of the last transition.
    ts: i64,
    /// The runtime's change epoch the results were last brought up to.
    epoch: u64,
}

struct Subscription {
    call: Call,
    /// The modification last sent for this query (None: none yet).
    sent: Option<Json>,
    /// The tables its last run read (None: it has not run).
    read: Option<ReadSet>,
}

/// What a session whose token expired is told (the backend's message on revalidation).
const TOKEN_EXPIRED: &str = "Could not validate token: Token expired";

/// How often the server shows it is alive (the client reconnects after a silence).
const PING_EVERY: Duration = Duration::from_secs(15);

async fn session(socket: WebSocket, worker: Worker) {
    let (mut sink, mut incoming) = socket.split();
    let mut changes = worker.changes();
    let mut session = Session {
        worker,
        queries: BTreeMap::new(),
        query_set: 0,
        identity: 0,
        next_identity: 0,
        caller: Caller::Anonymous,
        expires_at: None,
        ts: 0,
        epoch: 0,
    };
    let mut ping = tokio::time::interval(PING_EVERY);
    loop {
        let replies = tokio::select! {
            message = incoming.next() => match message {
                Some(Ok(Message::Text(text))) => match serde_json::from_str::<Json>(&text) {
                    Ok(message) => session.handle(&message).await,
                    Err(error) => vec![fatal(&format!("malformed message: {error}"))],
                },
                Some(Ok(Message::Close(_))) | Some(Err(_)) | None => return,
                Some(Ok(_)) => Vec::new(),
            },
            changed = changes.changed() => match changed {
                Ok(()) if session.expired() => vec![session.auth_error(TOKEN_EXPIRED)],
                Ok(()) => session.refresh(Vec::new(), session.query_set).await.into_iter().collect(),
                Err(_) => return,
            },
            _ = ping.tick() => vec![json!({ "type": "Ping" })],
        };
        for reply in replies {
            // Both end the session: the client reconnects (after fetching a new token).
            let fatal = reply["type"] == "FatalError" || reply["type"] == "AuthError";
            let text = Utf8Bytes::from(reply.to_string());
            if sink.send(Message::Text(text)).await.is_err() || fatal {
                return;
            }
        }
    }
}

impl Session {
    async fn handle(&mut self, message: &Json) -> Vec<Json> {
        match message["type"].as_str() {
            Some("Connect") | Some("Event") => Vec::new(),
            Some("Authenticate") => self.authenticate(message).await,
            _ if self.expired() => vec![self.auth_error(TOKEN_EXPIRED)],
            Some("ModifyQuerySet") => self.modify_query_set(message).await,
            Some(kind @ ("Mutation" | "Action")) => vec![self.request(kind, message).await],
            other => vec![fatal(&format!("unknown message type {other:?}"))],
        }
    }

    /// A new token (or none): every query runs again as the new user, in a transition to
    /// the next identity version. A token that does not verify ends the session with the
    /// backend's `AuthError`.
    async fn authenticate(&mut self, message: &Json) -> Vec<Json> {
        let (caller, expires_at) = match message["tokenType"].as_str() {
            Some("User") => {
                let token = message["value"].as_str().unwrap_or_default();
                match self.worker.auth.authenticate(token).await {
                    Ok(verified) => (Caller::User(verified.identity), Some(verified.expires_at)),
                    Err(error) => return vec![self.auth_error(&error.message)],
                }
            }
            // An admin (the dashboard) may act as a user.
            Some("Admin") => match &message["impersonating"] {
                Json::Object(attributes) => (
                    Caller::User(Arc::new(auth::from_attributes(attributes.clone()))),
                    None,
                ),
                _ => (Caller::Anonymous, None),
            },
            _ => (Caller::Anonymous, None),
        };
        self.next_identity = message["baseVersion"].as_u64().unwrap_or(self.identity) + 1;
        self.expires_at = expires_at;
        for subscription in self.queries.values_mut() {
            subscription.call.caller = caller.clone();
            subscription.read = None;
        }
        self.caller = caller;
        self.refresh(Vec::new(), self.query_set)
            .await
            .into_iter()
            .collect()
    }

    /// The token the session authenticated with has expired.
    fn expired(&self) -> bool {
        self.expires_at.is_some_and(|at| auth::now_seconds() >= at)
    }

    fn auth_error(&self, message: &str) -> Json {
        json!({
            "type": "AuthError",
            "error": message,
            "baseVersion": self.identity,
            "authUpdateAttempted": true,
        })
    }

    async fn modify_query_set(&mut self, message: &Json) -> Vec<Json> {
        let base = message["baseVersion"].as_u64().unwrap_or_default();
        if base != self.query_set {
            return vec![fatal(&format!(
                "query set version {base} does not follow {}",
                self.query_set
            ))];
        }
        let new_version = message["newVersion"].as_u64().unwrap_or(base + 1);
        let mut removed = Vec::new();
        for modification in message["modifications"].as_array().into_iter().flatten() {
            let Some(id) = modification["queryId"].as_u64() else {
                continue;
            };
            match modification["type"].as_str() {
                Some("Add") => {
                    let call = Call {
                        kind: Some(Kind::Query),
                        component: component_path(modification),
                        path: modification["udfPath"].as_str().unwrap_or_default().into(),
                        args: first_arg(&modification["args"]),
                        caller: self.caller.clone(),
                    };
                    self.queries.insert(
                        id,
                        Subscription {
                            call,
                            sent: None,
                            read: None,
                        },
                    );
                }
                Some("Remove") => {
                    self.queries.remove(&id);
                    removed.push(json!({ "type": "QueryRemoved", "queryId": id }));
                }
                _ => {}
            }
        }
        self.refresh(removed, new_version)
            .await
            .into_iter()
            .collect()
    }

    /// Brings every query up to the current version (re-running those whose reads changed,
    /// and new ones) and builds the transition to it, with `modifications` first; None when
    /// nothing changed at all.
    async fn refresh(&mut self, mut modifications: Vec<Json>, query_set: u64) -> Option<Json> {
        let ids: Vec<u64> = self.queries.keys().copied().collect();
        let queries = ids
            .iter()
            .map(|id| Subscribed {
                call: self.queries[id].call.clone(),
                read: self.queries[id].read.clone(),
            })
            .collect();
        let refreshed = self.worker.refresh(self.epoch, queries).await;
        for (id, outcome) in ids.into_iter().zip(refreshed.outcomes) {
            let (Some((outcome, read)), Some(subscription)) = (outcome, self.queries.get_mut(&id))
            else {
                continue;
            };
            subscription.read = Some(read);
            let modification = query_modification(id, outcome);
            if subscription.sent.as_ref() != Some(&modification) {
                subscription.sent = Some(modification.clone());
                modifications.push(modification);
            }
        }
        self.epoch = self.epoch.max(refreshed.at.epoch);
        let ts = refreshed.at.version.max(self.ts);
        if modifications.is_empty()
            && ts == self.ts
            && query_set == self.query_set
            && self.next_identity == self.identity
        {
            return None;
        }
        let transition = json!({
            "type": "Transition",
            "startVersion": self.version(),
            "endVersion": {
                "querySet": query_set, "identity": self.next_identity, "ts": encode_ts(ts),
            },
            "modifications": modifications,
        });
        self.ts = ts;
        self.query_set = query_set;
        self.identity = self.next_identity;
        Some(transition)
    }

    fn version(&self) -> Json {
        json!({ "querySet": self.query_set, "identity": self.identity, "ts": encode_ts(self.ts) })
    }

    async fn request(&mut self, kind: &str, message: &Json) -> Json {
        let call = Call {
            kind: Some(if kind == "Mutation" {
                Kind::Mutation
            } else {
                Kind::Action
            }),
            component: component_path(message),
            path: message["udfPath"].as_str().unwrap_or_default().into(),
            args: first_arg(&message["args"]),
            caller: self.caller.clone(),
        };
        let outcome = self.worker.call(call).await;
        let mut response = json!({
            "type": format!("{kind}Response"),
            "requestId": message["requestId"],
            "logLines": outcome.log_lines,
        });
        match outcome.result {
            Ok(value) => {
                response["success"] = json!(true);
                response["result"] = value;
                if kind == "Mutation" {
                    response["ts"] = json!(encode_ts(outcome.version));
                }
            }
            Err(error) => {
                response["success"] = json!(false);
                response["result"] = json!(error.message);
                if let Some(data) = error
                    .data
                    .and_then(|d| serde_json::from_str::<Json>(&d).ok())
                {
                    response["errorData"] = data;
                }
            }
        }
        response
    }
}

fn query_modification(id: u64, outcome: Outcome) -> Json {
    let log_lines = outcome.log_lines;
    match outcome.result {
        Ok(value) => json!({
            "type": "QueryUpdated", "queryId": id, "value": value, "logLines": log_lines,
            "journal": null,
        }),
        Err(error) => json!({
            "type": "QueryFailed",
            "queryId": id,
            "errorMessage": error.message,
            "errorData": error.data.and_then(|d| serde_json::from_str::<Json>(&d).ok()),
            "logLines": log_lines,
            "journal": null,
        }),
    }
}

fn component_path(message: &Json) -> String {
    message["componentPath"]
        .as_str()
        .unwrap_or_default()
        .trim_matches('/')
        .to_string()
}

/// Clients send arguments as a one-element array.
fn first_arg(args: &Json) -> Json {
    match args {
        Json::Array(items) if !items.is_empty() => items[0].clone(),
        Json::Object(_) => args.clone(),
        _ => json!({}),
    }
}

/// A version on the wire: the u64's 8 little-endian bytes in base64.
fn encode_ts(ts: i64) -> String {
    base64::engine::general_purpose::STANDARD.encode((ts.max(0) as u64).to_le_bytes())
}

fn fatal(error: &str) -> Json {
    json!({ "type": "FatalError", "error": error })
}
