//! Project configuration: `convex.json` (the official CLI's) and `convexkit.json` (ours).

use std::path::{Path, PathBuf};

use serde::Deserialize;

/// convex.json `codegen.fileType`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FileType {
    /// `api.js` + `api.d.ts`, …
    #[default]
    JsDts,
    /// `api.ts`, …
    Ts,
}

/// The codegen options of convex.json, plus convexkit's own additions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CodegenOptions {
    pub file_type: FileType,
    pub legacy_component_api: bool,
    pub static_api: bool,
    pub static_data_model: bool,
    pub generate_common_js_api: bool,
    /// convexkit.json `codegen.validators`: also write `_generated/validators.ts`.
    pub validators: bool,
}

#[derive(Debug, Clone)]
pub struct ProjectConfig {
    /// The project folder (holds package.json).
    pub root: PathBuf,
    /// The functions folder relative to `root`, forward slashes, no trailing slash.
    pub functions: String,
    pub codegen: CodegenOptions,
    /// convexkit.json `rules`: rule code → "off" | "warn" | "error", or `[level, options]`,
    /// in file order.
    pub rules: Vec<(String, serde_json::Value)>,
}

/// A configuration file that cannot be used, with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub path: PathBuf,
    pub message: String,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct ConvexJson {
    functions: Option<String>,
    #[serde(default)]
    codegen: ConvexJsonCodegen,
    #[serde(default, rename = "generateCommonJSApi")]
    generate_common_js_api: bool,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct ConvexJsonCodegen {
    #[serde(default)]
    static_api: bool,
    #[serde(default)]
    static_data_model: bool,
    #[serde(default)]
    legacy_component_api: bool,
    file_type: Option<String>,
}

#[derive(Deserialize, Default)]
struct ConvexkitJson {
    #[serde(default)]
    codegen: ConvexkitCodegen,
    #[serde(default)]
    rules: serde_json::Map<String, serde_json::Value>,
}

#[derive(Deserialize, Default)]
struct ConvexkitCodegen {
    #[serde(default)]
    validators: bool,
}

fn read_json<T: for<'de> Deserialize<'de> + Default>(path: &Path) -> Result<T, ConfigError> {
    match crate::inputs::read_to_string(path) {
        Ok(text) => serde_json::from_str(&text).map_err(|e| ConfigError {
            path: path.to_path_buf(),
            message: format!(
                "invalid JSON at line {}, column {}: {e}",
                e.line(),
                e.column()
            ),
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(T::default()),
        Err(e) => Err(ConfigError {
            path: path.to_path_buf(),
            message: e.to_string(),
        }),
    }
}

impl ProjectConfig {
    /// Reads the configuration of the project in `root`.
    pub fn load(root: &Path) -> Result<Self, ConfigError> {
        let convex_json_path = root.join("convex.json");
        let convex: ConvexJson = read_json(&convex_json_path)?;
        let ours: ConvexkitJson = read_json(&root.join("convexkit.json"))?;
        let file_type = match convex.codegen.file_type.as_deref() {
            None | Some("js/dts") => FileType::JsDts,
            Some("ts") => FileType::Ts,
            Some(other) => {
                return Err(ConfigError {
                    path: convex_json_path,
                    message: format!(
                        "codegen.fileType must be \"ts\" or \"js/dts\", found {other:?}"
                    ),
                })
            }
        };
        if convex.generate_common_js_api && file_type == FileType::Ts {
            return Err(ConfigError {
                path: convex_json_path,
                message: "Cannot use `generateCommonJSApi: true` with `codegen.fileType: \"ts\"`"
                    .into(),
            });
        }
        let functions = convex.functions.unwrap_or_else(|| "convex/".into());
        let functions = functions
            .replace('\\', "/")
            .trim_start_matches("./")
            .trim_end_matches('/')
            .to_string();
        Ok(Self {
            root: root.to_path_buf(),
            functions: if functions.is_empty() {
                ".".into()
            } else {
                functions
            },
            codegen: CodegenOptions {
                file_type,
                legacy_component_api: convex.codegen.legacy_component_api,
                static_api: convex.codegen.static_api,
                static_data_model: convex.codegen.static_data_model,
                generate_common_js_api: convex.generate_common_js_api,
                validators: ours.codegen.validators,
            },
            rules: ours.rules.into_iter().collect(),
        })
    }

    pub fn functions_dir(&self) -> PathBuf {
        self.root.join(&self.functions)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_convex_json_and_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let config = ProjectConfig::load(dir.path()).unwrap();
        assert_eq!(config.functions, "convex");
        assert_eq!(config.codegen, CodegenOptions::default());

        std::fs::write(
            dir.path().join("convex.json"),
            r#"{"functions": "./src/convex/", "generateCommonJSApi": true, "codegen": {"staticApi": true}}"#,
        )
        .unwrap();
        std::fs::write(
            dir.path().join("convexkit.json"),
            r#"{"codegen": {"validators": true}}"#,
        )
        .unwrap();
        let config = ProjectConfig::load(dir.path()).unwrap();
        assert_eq!(config.functions, "src/convex");
        assert!(config.codegen.static_api && config.codegen.validators);
        assert!(config.codegen.generate_common_js_api);
    }

    #[test]
    fn bad_json_names_the_file_and_position() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("convex.json"), "{\n  \"functions\": ,\n}").unwrap();
        let err = ProjectConfig::load(dir.path()).unwrap_err();
        assert!(err.path.ends_with("convex.json"));
        assert!(err.message.contains("line 2"), "{}", err.message);
    }
}
