//! The tera templates of the generated files, rendered to unformatted TypeScript.

use std::sync::OnceLock;

use tera::{Context, Tera};

/// The macros every template imports.
const MACROS: (&str, &str) = ("macros.tera", include_str!("../templates/macros.tera"));

const TEMPLATES: [(&str, &str); 10] = [
    ("api.d.ts", include_str!("../templates/api.d.ts.tera")),
    ("api.ts", include_str!("../templates/api.ts.tera")),
    ("api.js", include_str!("../templates/api.js.tera")),
    ("api_cjs.cjs", include_str!("../templates/api_cjs.cjs.tera")),
    (
        "component.ts",
        include_str!("../templates/component.ts.tera"),
    ),
    ("dataModel", include_str!("../templates/dataModel.tera")),
    ("server.d.ts", include_str!("../templates/server.d.ts.tera")),
    ("server.js", include_str!("../templates/server.js.tera")),
    ("server.ts", include_str!("../templates/server.ts.tera")),
    (
        "component_server.ts",
        include_str!("../templates/component_server.ts.tera"),
    ),
];

/// The templates an app's codegen renders in the default mode (JavaScript with
/// declarations): what [`prepare`] parses ahead.
const DEFAULT_MODE: [&str; 5] = [
    "dataModel",
    "server.d.ts",
    "server.js",
    "api.js",
    "api.d.ts",
];

/// Template `name` (with the macros), parsed when first asked for: tera's parser takes about
/// a thousand instructions per byte, and a run renders half of the 30 KB of templates.
fn tera(name: &str) -> &'static Tera {
    static PARSED: [OnceLock<Tera>; TEMPLATES.len()] = [const { OnceLock::new() }; TEMPLATES.len()];
    let index = TEMPLATES
        .iter()
        .position(|(known, _)| *known == name)
        .unwrap_or_else(|| panic!("no template {name}"));
    PARSED[index].get_or_init(|| {
        let mut tera = Tera::default();
        tera.autoescape_on(vec![]);
        tera.add_raw_templates([MACROS, TEMPLATES[index]])
            .expect("the built-in templates are valid");
        tera
    })
}

/// Parses the templates of the default mode now (the others when first rendered).
pub(crate) fn prepare() {
    for name in DEFAULT_MODE {
        tera(name);
    }
}

/// Renders the template `name` with `context`.
pub fn render(name: &str, context: &Context) -> String {
    tera(name)
        .render(name, context)
        .unwrap_or_else(|e| panic!("template {name} failed to render: {e:?}"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_template_parses() {
        for (name, _) in super::TEMPLATES {
            super::tera(name);
        }
    }
}
