//! Module paths as the generated files spell them: import paths and import identifiers.

/// `folder/file.ts` → `folder/file`.
pub fn import_path(module_path: &str) -> &str {
    module_path
        .rfind('.')
        .map_or(module_path, |dot| &module_path[..dot])
}

const RESERVED: [&str; 46] = [
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "import",
    "in",
    "instanceof",
    "new",
    "null",
    "return",
    "super",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "var",
    "void",
    "while",
    "with",
    "let",
    "static",
    "yield",
    "await",
    "enum",
    "implements",
    "interface",
    "package",
    "private",
    "protected",
    "public",
];

/// The identifier api.d.ts imports a module as: `/` and `-` become `_`; the file's own
/// names and reserved words get a trailing `_`.
pub fn module_identifier(module_path: &str) -> String {
    let mut ident = import_path(module_path).replace(['/', '-'], "_");
    if ["fullApi", "api", "internal", "components"].contains(&ident.as_str()) {
        ident.push('_');
    }
    if RESERVED.contains(&ident.as_str()) {
        ident.push('_');
    }
    ident
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_like_the_official_codegen() {
        assert_eq!(import_path("folder/my-file.ts"), "folder/my-file");
        assert_eq!(module_identifier("folder/my-file.ts"), "folder_my_file");
        assert_eq!(module_identifier("delete.ts"), "delete_");
        assert_eq!(module_identifier("api.ts"), "api_");
        assert_eq!(module_identifier("components.js"), "components_");
        assert_eq!(module_identifier("arguments.ts"), "arguments");
    }
}
