//! Generated files kept by what they were rendered from.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use tera::Context;

/// Formatted files by a hash of their template and context. Rendering and formatting are
/// pure functions of the two in one build of convexkit, so a context seen before gives back
/// its file without parsing the template or formatting: after an edit that leaves a
/// project's api and schema as they were (most edits), codegen renders nothing. Parsing the
/// templates alone is most of the work on a small app.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Renderings(HashMap<String, String>);

impl Renderings {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub(crate) fn get(&self, key: &str) -> Option<&String> {
        self.0.get(key)
    }

    pub(crate) fn keep(&mut self, key: String, file: String) {
        self.0.insert(key, file);
    }
}

/// A template context with the 128-bit xxh3 of its serialization, taken once for all the
/// templates rendered from it (an app's api context gives two to four files).
pub(crate) struct HashedContext {
    pub context: Context,
    hash: u128,
}

impl HashedContext {
    pub fn new(context: Context) -> Self {
        // A context is serialized the same way every time: its maps keep their insertion
        // order, and the generator inserts in a fixed order.
        let value = context.into_json();
        let hash = xxhash_rust::xxh3::xxh3_128(&serde_json::to_vec(&value).unwrap_or_default());
        // `into_json` gives an object, which `from_value` takes back without copying.
        let context = Context::from_value(value).expect("a context is an object");
        Self { context, hash }
    }

    /// The key of rendering `template` with this context.
    pub fn key(&self, template: &str) -> String {
        format!("{template} {:032x}", self.hash)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_tells_templates_and_contexts_apart() {
        let mut one = Context::new();
        one.insert("env_type", "{}");
        let mut other = Context::new();
        other.insert("env_type", "{ readonly A: string; }");
        let (one, other) = (HashedContext::new(one), HashedContext::new(other));
        let again = HashedContext::new(one.context.clone());
        assert_eq!(one.key("server.d.ts"), again.key("server.d.ts"));
        assert_ne!(one.key("server.d.ts"), other.key("server.d.ts"));
        assert_ne!(one.key("server.d.ts"), one.key("server.js"));
    }
}
