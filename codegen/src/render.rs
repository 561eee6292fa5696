//! The tera templates of the generated files, rendered to unformatted TypeScript.

use std::sync::OnceLock;

use tera::{Context, Tera};

const TEMPLATES: [(&str, &str); 11] = [
    ("macros.tera", include_str!("../templates/macros.tera")),
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

fn tera() -> &'static Tera {
    static TERA: OnceLock<Tera> = OnceLock::new();
    TERA.get_or_init(|| {
        let mut tera = Tera::default();
        tera.autoescape_on(vec![]);
        tera.add_raw_templates(TEMPLATES)
            .expect("the built-in templates are valid");
        tera
    })
}

pub(crate) fn prepare() {
    tera();
}

/// Renders the template `name` with `context`.
pub fn render(name: &str, context: &Context) -> String {
    tera()
        .render(name, context)
        .unwrap_or_else(|e| panic!("template {name} failed to render: {e:?}"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_template_parses() {
        let _ = super::tera();
    }
}
