//! convexkit's analysis: parses a Convex project with swc into one [`model::ProjectModel`]
//! that codegen, the lint rules, the language server and the runtime all read.

pub mod component_config;
pub mod config;
pub mod diagnostic;
pub mod discovery;
pub mod eval;
pub mod incremental;
pub mod inputs;
pub mod lint;
pub mod model;
pub mod parse;
pub mod resolve;
pub mod rules;
pub mod source;
pub mod usage;
pub mod validator;
pub mod workspace;
