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

/// The key of rendering `template` with `context`: a 128-bit xxh3 of both.
pub(crate) fn key(template: &str, context: &Context) -> String {
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    hasher.update(template.as_bytes());
    hasher.update(&[0]);
    // A context is serialized the same way every time: its maps keep their insertion order,
    // and the generator inserts in a fixed order.
    let json = serde_json::to_vec(&context.clone().into_json()).unwrap_or_default();
    hasher.update(&json);
    format!("{:032x}", hasher.digest128())
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
        assert_eq!(key("server.d.ts", &one), key("server.d.ts", &one.clone()));
        assert_ne!(key("server.d.ts", &one), key("server.d.ts", &other));
        assert_ne!(key("server.d.ts", &one), key("server.js", &one));
    }
}
