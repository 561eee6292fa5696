//! The local runtime: runs a Convex app and the component packages it installs, unmodified,
//! with the component model's guarantees. Functions run in QuickJS (one context per
//! component instance; `"use node"` modules in a Node.js process per instance), data lives
//! in SQLite (tables namespaced per instance).

pub mod admin;
pub mod analyze;
pub mod auth;
pub mod crons;
pub mod engine;
pub mod executions;
pub mod file_storage;
pub mod http_actions;
mod http_client;
pub mod node;
pub mod project;
pub mod scheduler;
pub mod server;
pub mod snapshot;
pub mod storage;
mod syscalls;
pub mod values;
