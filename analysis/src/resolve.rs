//! Module resolution as the Convex CLI's bundler (esbuild) sees it: relative paths with
//! TypeScript's extension substitution, node_modules packages through `package.json`
//! `exports` (conditions `convex`, `module`, `import`, `default`), and tsconfig `paths`.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde_json::Value as Json;

use crate::workspace::Workspace;

/// Conditions tried, in the order the package lists them, like esbuild with the CLI's options.
const CONDITIONS: [&str; 5] = ["convex", "module", "import", "default", "node"];
/// The conditions of a CommonJS `require()`, as Node's resolver tries them.
const REQUIRE_CONDITIONS: [&str; 4] = ["convex", "require", "default", "node"];
/// Tried only when none of [`CONDITIONS`] matches: the source condition older component
/// packages declared, then type declarations.
const FALLBACK_CONDITIONS: [&str; 2] = ["@convex-dev/component-source", "types"];
/// Source extensions tried for an extensionless or `.js` specifier.
const EXTENSIONS: [&str; 8] = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResolveError {
    /// No `node_modules/<package>` folder above the importing file.
    MissingPackage { package: String },
    /// The package exists but does not export the subpath.
    MissingExport { package: String, subpath: String },
    /// A relative or aliased path that names no file.
    NotFound { specifier: String },
}

impl std::fmt::Display for ResolveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ResolveError::MissingPackage { package } => write!(
                f,
                "package \"{package}\" is not installed; run `npm install` (is it in package.json?)"
            ),
            ResolveError::MissingExport { package, subpath } => write!(
                f,
                "package \"{package}\" does not export \"{subpath}\" (see its package.json \"exports\")"
            ),
            ResolveError::NotFound { specifier } => write!(f, "cannot find module \"{specifier}\""),
        }
    }
}

/// `compilerOptions.paths` of the project's tsconfig.json.
#[derive(Debug, Clone, Default)]
struct PathAliases {
    base: PathBuf,
    entries: Vec<(String, Vec<String>)>,
}

/// Resolution results by (importing folder, specifier): every module of a project imports
/// the same few packages, and each lookup costs file-system calls and a package.json parse.
/// Keyed by folder, then specifier, so a lookup allocates nothing.
type ResolveCache = std::sync::Mutex<
    rustc_hash::FxHashMap<PathBuf, rustc_hash::FxHashMap<String, Result<PathBuf, ResolveError>>>,
>;

/// Resolvers by project root, kept across loads.
#[derive(Default)]
struct KeptResolvers(std::sync::Mutex<rustc_hash::FxHashMap<PathBuf, Arc<Resolver>>>);

#[derive(Debug, Default)]
pub struct Resolver {
    aliases: PathAliases,
    cache: ResolveCache,
}

impl Resolver {
    /// A resolver for the project in `root` (reads its tsconfig.json `paths`, if any).
    pub fn for_project(root: &Path) -> Self {
        let aliases = read_tsconfig_paths(&root.join("tsconfig.json")).unwrap_or_default();
        Self {
            aliases,
            cache: ResolveCache::default(),
        }
    }

    /// The resolver of the project in `root` kept in `workspace`, so its cache lasts across
    /// loads (each load starts with [`Self::forget_failures`]).
    pub fn kept(workspace: &Workspace, root: &Path) -> Arc<Resolver> {
        let kept = workspace.memo::<KeptResolvers>();
        let mut resolvers = kept.0.lock().unwrap_or_else(|e| e.into_inner());
        resolvers
            .entry(root.to_path_buf())
            .or_insert_with(|| Arc::new(Resolver::for_project(root)))
            .clone()
    }

    /// Forgets the specifiers that did not resolve: a missing file may exist by now.
    pub fn forget_failures(&self) {
        self.cache
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .values_mut()
            .for_each(|in_dir| in_dir.retain(|_, found| found.is_ok()));
    }

    /// Forgets every resolution (files were added or removed).
    pub fn forget(&self) {
        self.cache.lock().unwrap_or_else(|e| e.into_inner()).clear();
    }

    /// Resolves `specifier` imported from the file `from`.
    pub fn resolve(&self, from: &Path, specifier: &str) -> Result<PathBuf, ResolveError> {
        self.resolve_cached(from, specifier, specifier, &CONDITIONS)
    }

    /// Resolves `specifier` required (CommonJS) from the file `from`: packages through
    /// their `require` condition or `main`.
    pub fn resolve_require(&self, from: &Path, specifier: &str) -> Result<PathBuf, ResolveError> {
        let key = format!("require:{specifier}");
        self.resolve_cached(from, specifier, &key, &REQUIRE_CONDITIONS)
    }

    fn resolve_cached(
        &self,
        from: &Path,
        specifier: &str,
        key: &str,
        conditions: &[&str],
    ) -> Result<PathBuf, ResolveError> {
        let dir = from.parent().unwrap_or(Path::new("."));
        if let Some(found) = self
            .cache
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(dir)
            .and_then(|in_dir| in_dir.get(key))
        {
            return found.clone();
        }
        let found = self.resolve_uncached(dir, specifier, conditions);
        self.cache
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry(dir.to_path_buf())
            .or_default()
            .insert(key.to_string(), found.clone());
        found
    }

    fn resolve_uncached(
        &self,
        dir: &Path,
        specifier: &str,
        conditions: &[&str],
    ) -> Result<PathBuf, ResolveError> {
        if specifier.starts_with("./")
            || specifier.starts_with("../")
            || specifier == "."
            || specifier == ".."
        {
            return resolve_file(&dir.join(specifier)).ok_or_else(|| ResolveError::NotFound {
                specifier: specifier.into(),
            });
        }
        if specifier.starts_with('/') {
            return resolve_file(Path::new(specifier)).ok_or_else(|| ResolveError::NotFound {
                specifier: specifier.into(),
            });
        }
        if let Some(found) = self.resolve_alias(specifier) {
            return Ok(found);
        }
        resolve_package(dir, specifier, conditions)
    }

    fn resolve_alias(&self, specifier: &str) -> Option<PathBuf> {
        for (pattern, targets) in &self.aliases.entries {
            let captured = match pattern.split_once('*') {
                Some((prefix, suffix)) => specifier
                    .strip_prefix(prefix)
                    .and_then(|rest| rest.strip_suffix(suffix)),
                None => (pattern == specifier).then_some(""),
            };
            let Some(captured) = captured else { continue };
            for target in targets {
                let target = target.replacen('*', captured, 1);
                if let Some(found) = resolve_file(&self.aliases.base.join(target)) {
                    return Some(found);
                }
            }
        }
        None
    }
}

fn read_tsconfig_paths(path: &Path) -> Option<PathAliases> {
    let text = std::fs::read_to_string(path).ok()?;
    let json: Json = jsonc_parser::parse_to_serde_value(&text, &Default::default()).ok()?;
    let options = json.get("compilerOptions")?;
    let dir = path.parent()?;
    let base = options
        .get("baseUrl")
        .and_then(Json::as_str)
        .map_or_else(|| dir.to_path_buf(), |b| dir.join(b));
    let entries = options
        .get("paths")?
        .as_object()?
        .iter()
        .map(|(pattern, targets)| {
            let targets = targets
                .as_array()
                .map(|t| {
                    t.iter()
                        .filter_map(Json::as_str)
                        .map(String::from)
                        .collect()
                })
                .unwrap_or_default();
            (pattern.clone(), targets)
        })
        .collect();
    Some(PathAliases { base, entries })
}

/// A path with TypeScript's rules: as is, `.js` → `.ts`, added extension, or `index.*`.
fn resolve_file(path: &Path) -> Option<PathBuf> {
    let text = path.to_string_lossy();
    if path.is_file() {
        return Some(normalize(path));
    }
    for (js, ts) in [
        (".js", [".ts", ".tsx"]),
        (".mjs", [".mts", ".mts"]),
        (".cjs", [".cts", ".cts"]),
        (".jsx", [".tsx", ".tsx"]),
    ] {
        if let Some(stem) = text.strip_suffix(js) {
            for ext in ts {
                let candidate = PathBuf::from(format!("{stem}{ext}"));
                if candidate.is_file() {
                    return Some(normalize(&candidate));
                }
            }
        }
    }
    for ext in EXTENSIONS {
        let candidate = PathBuf::from(format!("{text}{ext}"));
        if candidate.is_file() {
            return Some(normalize(&candidate));
        }
    }
    if path.is_dir() {
        for ext in EXTENSIONS {
            let candidate = path.join(format!("index{ext}"));
            if candidate.is_file() {
                return Some(normalize(&candidate));
            }
        }
    }
    None
}

/// Removes `.` and `..` components without touching the file system (keeps symlinks).
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// Splits `@scope/name/sub/path` into (`@scope/name`, `./sub/path`).
pub fn split_package_specifier(specifier: &str) -> (&str, String) {
    let mut slashes = specifier.match_indices('/');
    let end = if specifier.starts_with('@') {
        slashes.nth(1)
    } else {
        slashes.next()
    }
    .map_or(specifier.len(), |(i, _)| i);
    let subpath = &specifier[end..];
    (&specifier[..end], format!(".{subpath}"))
}

fn resolve_package(
    from_dir: &Path,
    specifier: &str,
    conditions: &[&str],
) -> Result<PathBuf, ResolveError> {
    let (package, subpath) = split_package_specifier(specifier);
    let package_dir = from_dir
        .ancestors()
        .map(|dir| dir.join("node_modules").join(package))
        .find(|dir| dir.is_dir())
        .ok_or_else(|| ResolveError::MissingPackage {
            package: package.into(),
        })?;
    let missing = || ResolveError::MissingExport {
        package: package.into(),
        subpath: subpath.clone(),
    };
    let manifest: Json = std::fs::read_to_string(package_dir.join("package.json"))
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or(Json::Null);
    if let Some(exports) = manifest.get("exports") {
        let target = exports_target(exports, &subpath, conditions).ok_or_else(missing)?;
        let path = normalize(&package_dir.join(target));
        return if path.is_file() {
            Ok(path)
        } else {
            Err(missing())
        };
    }
    if subpath == "." {
        // `module` is the ES build bundlers prefer; `require()` takes `main`.
        let fields: &[&str] = if conditions.contains(&"require") {
            &["main"]
        } else {
            &["module", "main"]
        };
        let main = fields
            .iter()
            .find_map(|key| manifest.get(*key).and_then(Json::as_str))
            .unwrap_or("index.js");
        return resolve_file(&package_dir.join(main)).ok_or_else(missing);
    }
    resolve_file(&package_dir.join(&subpath)).ok_or_else(missing)
}

/// Resolves a subpath through an `exports` field (strings, condition objects, subpath
/// keys and `*` patterns), returning the target relative to the package folder.
pub fn resolve_exports(exports: &Json, subpath: &str) -> Option<String> {
    exports_target(exports, subpath, &CONDITIONS)
}

fn exports_target(exports: &Json, subpath: &str, conditions: &[&str]) -> Option<String> {
    let is_subpath_map = exports
        .as_object()
        .is_some_and(|map| map.keys().any(|k| k.starts_with('.')));
    if !is_subpath_map {
        return (subpath == ".")
            .then(|| pick_condition(exports, "", conditions))
            .flatten();
    }
    let map = exports.as_object()?;
    if let Some(target) = map.get(subpath) {
        return pick_condition(target, "", conditions);
    }
    // The longest matching pattern wins.
    map.iter()
        .filter_map(|(key, target)| {
            let (prefix, suffix) = key.split_once('*')?;
            let captured = subpath.strip_prefix(prefix)?.strip_suffix(suffix)?;
            Some((prefix.len(), target, captured))
        })
        .max_by_key(|(len, _, _)| *len)
        .and_then(|(_, target, captured)| pick_condition(target, captured, conditions))
}

fn pick_condition(target: &Json, captured: &str, conditions: &[&str]) -> Option<String> {
    pick_with(target, captured, conditions)
        .or_else(|| pick_with(target, captured, &FALLBACK_CONDITIONS))
}

fn pick_with(target: &Json, captured: &str, accepted: &[&str]) -> Option<String> {
    match target {
        Json::String(path) => Some(path.replace('*', captured)),
        Json::Array(options) => options
            .iter()
            .find_map(|t| pick_with(t, captured, accepted)),
        Json::Object(conditions) => conditions
            .iter()
            .filter(|(key, _)| accepted.contains(&key.as_str()))
            .find_map(|(_, t)| pick_with(t, captured, accepted)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn require_takes_the_require_condition() {
        let exports = json!({ ".": { "import": "./build/es6/luxon.mjs", "require": "./build/node/luxon.js" } });
        assert_eq!(
            exports_target(&exports, ".", &CONDITIONS).as_deref(),
            Some("./build/es6/luxon.mjs")
        );
        assert_eq!(
            exports_target(&exports, ".", &REQUIRE_CONDITIONS).as_deref(),
            Some("./build/node/luxon.js")
        );
    }

    #[test]
    fn exports_conditions_and_patterns() {
        let exports = json!({
            ".": { "types": "./dist/index.d.ts", "default": "./dist/index.js" },
            "./convex.config": { "types": "./d.d.ts", "import": "./dist/component/convex.config.js" },
            "./convex.config.js": "./dist/component/convex.config.js",
            "./_generated/*": { "default": "./dist/_generated/*" }
        });
        assert_eq!(
            resolve_exports(&exports, ".").as_deref(),
            Some("./dist/index.js")
        );
        assert_eq!(
            resolve_exports(&exports, "./convex.config").as_deref(),
            Some("./dist/component/convex.config.js")
        );
        assert_eq!(
            resolve_exports(&exports, "./_generated/component.js").as_deref(),
            Some("./dist/_generated/component.js")
        );
        assert_eq!(resolve_exports(&exports, "./missing"), None);
        let older = json!({
            "./convex.config": {
                "@convex-dev/component-source": "./src/component/convex.config.ts",
                "types": "./dist/component/convex.config.d.ts"
            },
            "./convex.config.js": {
                "@convex-dev/component-source": "./src/component/convex.config.ts",
                "import": "./dist/esm/component/convex.config.js"
            }
        });
        assert_eq!(
            resolve_exports(&older, "./convex.config").as_deref(),
            Some("./src/component/convex.config.ts")
        );
        assert_eq!(
            resolve_exports(&older, "./convex.config.js").as_deref(),
            Some("./dist/esm/component/convex.config.js"),
            "the built JS wins whenever the package offers it"
        );
        assert_eq!(
            resolve_exports(&json!("./main.js"), ".").as_deref(),
            Some("./main.js")
        );
    }

    #[test]
    fn splits_scoped_and_plain_specifiers() {
        assert_eq!(
            split_package_specifier("@convex-dev/aggregate/convex.config"),
            ("@convex-dev/aggregate", "./convex.config".into())
        );
        assert_eq!(
            split_package_specifier("convex/server"),
            ("convex", "./server".into())
        );
        assert_eq!(split_package_specifier("lodash"), ("lodash", ".".into()));
    }

    #[test]
    fn resolves_relative_with_typescript_extension_rules_and_aliases() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("convex/@acme-x/lib")).unwrap();
        std::fs::write(root.join("convex/@acme-x/convex.config.ts"), "").unwrap();
        std::fs::write(root.join("convex/@acme-x/lib/index.ts"), "").unwrap();
        std::fs::write(
            root.join("tsconfig.json"),
            "{ // comment\n \"compilerOptions\": { \"paths\": { \"@c/*\": [\"./convex/*\"] }, }, }",
        )
        .unwrap();
        let resolver = Resolver::for_project(root);
        let from = root.join("convex/convex.config.ts");
        let want = root.join("convex/@acme-x/convex.config.ts");
        assert_eq!(
            resolver
                .resolve(&from, "./@acme-x/convex.config.js")
                .unwrap(),
            want
        );
        assert_eq!(
            resolver.resolve(&from, "./@acme-x/convex.config").unwrap(),
            want
        );
        assert_eq!(
            resolver.resolve(&from, "@c/@acme-x/convex.config").unwrap(),
            want
        );
        assert_eq!(
            resolver.resolve(&from, "./@acme-x/lib").unwrap(),
            root.join("convex/@acme-x/lib/index.ts")
        );
        assert_eq!(
            resolver.resolve(&from, "@convex-dev/nothing/convex.config"),
            Err(ResolveError::MissingPackage {
                package: "@convex-dev/nothing".into()
            })
        );
    }
}
