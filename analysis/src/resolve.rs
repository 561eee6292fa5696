//! Module resolution as the Convex CLI's bundler (esbuild) sees it: relative paths with
//! TypeScript's extension substitution, the `paths` of the tsconfig.json nearest to the
//! importing file (following `extends`), a package importing itself by its own name, and
//! node_modules packages through `package.json` `exports` with esbuild's conditions for the
//! platform the module is bundled for. Packages are named by their real path, as esbuild
//! does, so pnpm's symlinked layout finds each package's own dependencies.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde_json::Value as Json;

use crate::workspace::{bytes_of, FileKey, Workspace};

/// The esbuild platform a module is bundled for: Convex bundles modules for its own
/// runtime with platform `browser`, and `"use node"` modules with platform `node`; both
/// with the extra conditions `convex` and `module`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Platform {
    Browser,
    Node,
}

/// How a module asks for another: `import` or `require()` (esbuild's `import`/`require`
/// conditions), or `require()` run by the local runtime (see [`Resolver::resolve_require`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ImportKind {
    Import,
    Require,
    RuntimeRequire,
}

/// The `exports` conditions esbuild accepts (in the order the package lists them, not this).
fn conditions(platform: Platform, kind: ImportKind) -> Vec<&'static str> {
    let platform = match platform {
        Platform::Browser => "browser",
        Platform::Node => "node",
    };
    match kind {
        ImportKind::Import => vec!["convex", "module", platform, "import", "default"],
        ImportKind::Require => vec!["convex", "module", platform, "require", "default"],
        ImportKind::RuntimeRequire => vec!["convex", platform, "require", "default"],
    }
}

/// esbuild's default main fields for the platform.
fn main_fields(platform: Platform) -> &'static [&'static str] {
    match platform {
        Platform::Browser => &["browser", "module", "main"],
        Platform::Node => &["main", "module"],
    }
}

/// Tried only when none of the platform's conditions matches: the source condition older
/// component packages declared, then type declarations (the analysis reads a published
/// component's sources where it ships no JavaScript for a subpath).
const FALLBACK_CONDITIONS: [&str; 2] = ["@convex-dev/component-source", "types"];
/// Source extensions tried for an extensionless or `.js` specifier.
const EXTENSIONS: [&str; 8] = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];

/// Whether `path` is a source file an import may resolve to (by its extension).
pub fn is_source(path: &Path) -> bool {
    let name = path.as_os_str().as_encoded_bytes();
    EXTENSIONS.iter().any(|ext| name.ends_with(ext.as_bytes()))
}

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

/// What the nearest tsconfig.json (with the configs it `extends`) sets for a folder's files.
#[derive(Debug, Clone, Default)]
struct Tsconfig {
    /// `compilerOptions.paths`, with absolute targets (TypeScript resolves them against the
    /// declaring config's `baseUrl`, or its folder when there is none).
    aliases: Vec<(String, Vec<PathBuf>)>,
    jsx: Jsx,
}

/// How JSX compiles, as esbuild reads it from tsconfig's `jsx`, `jsxImportSource`,
/// `jsxFactory` and `jsxFragmentFactory` (classic `React.createElement` by default).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Jsx {
    /// `"jsx": "react-jsx"` (or `react-jsxdev`): calls into `<import source>/jsx-runtime`.
    pub automatic: bool,
    pub import_source: Option<String>,
    pub factory: Option<String>,
    pub fragment: Option<String>,
}

/// Resolution results by (importing folder, specifier key): every module of a project
/// imports the same few packages, and each lookup costs file-system calls and a
/// package.json parse. Keyed by folder, then specifier, so a lookup allocates nothing.
type ResolveCache = std::sync::Mutex<
    rustc_hash::FxHashMap<FileKey, rustc_hash::FxHashMap<String, Result<PathBuf, ResolveError>>>,
>;

/// Resolvers by project root, kept across loads.
#[derive(Default)]
struct KeptResolvers(std::sync::Mutex<rustc_hash::FxHashMap<PathBuf, Arc<Resolver>>>);

#[derive(Debug, Default)]
pub struct Resolver {
    cache: ResolveCache,
    /// Parsed package.json files by package folder: a bare import reads both the importer's
    /// and the imported package's, and loading a package graph makes thousands of them.
    manifests: std::sync::Mutex<rustc_hash::FxHashMap<FileKey, Arc<Json>>>,
    /// The tsconfig in force by folder (the nearest tsconfig.json's).
    tsconfigs: std::sync::Mutex<rustc_hash::FxHashMap<FileKey, Arc<Tsconfig>>>,
    /// Whether each package folder's dependencies reach `convex` (see [`Self::convex_free`]).
    reach_convex: std::sync::Mutex<rustc_hash::FxHashMap<FileKey, bool>>,
    /// The real folder of each `node_modules/<package>` looked for (`None`: there is none):
    /// every folder of an app looks through the same few.
    package_dirs: std::sync::Mutex<rustc_hash::FxHashMap<FileKey, Option<PathBuf>>>,
    /// The file each path stands for (see [`resolve_file`]), by the path made lexically
    /// absolute: the modules of a large app's many folders import the same few files
    /// (`../../_generated/api`), each a handful of probes of the file system.
    files: std::sync::Mutex<rustc_hash::FxHashMap<FileKey, Option<PathBuf>>>,
    /// The folder of the package.json nearest to each folder (Node's package scope), which
    /// every bare import of a folder's modules looks up.
    package_scopes: std::sync::Mutex<rustc_hash::FxHashMap<FileKey, Option<PathBuf>>>,
    /// The real path of each folder a package folder's real path was found through.
    real_paths: std::sync::Mutex<rustc_hash::FxHashMap<FileKey, PathBuf>>,
    /// Whether each `node_modules` looked in exists: most folders of an app have none, and
    /// each of their modules' bare imports would look for its package there.
    node_modules: std::sync::Mutex<rustc_hash::FxHashMap<FileKey, bool>>,
}

impl Resolver {
    /// A resolver for the project in `root`. Each file's imports follow the tsconfig.json
    /// nearest to it, as esbuild's do.
    pub fn for_project(_root: &Path) -> Self {
        Self::default()
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
        for found in [&self.package_dirs, &self.files, &self.package_scopes] {
            found
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .retain(|_, found| found.is_some());
        }
        self.node_modules
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .retain(|_, exists| *exists);
    }

    /// Forgets every resolution (files were added or removed, or a tsconfig changed).
    pub fn forget(&self) {
        self.cache.lock().unwrap_or_else(|e| e.into_inner()).clear();
        self.manifests
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clear();
        self.tsconfigs
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clear();
        self.reach_convex
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clear();
        for found in [&self.package_dirs, &self.files, &self.package_scopes] {
            found.lock().unwrap_or_else(|e| e.into_inner()).clear();
        }
        self.real_paths
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clear();
        self.node_modules
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clear();
    }

    /// The real path of the absolute path `path` (as `std::fs::canonicalize`), from its
    /// parent's: one `lstat` for a folder not seen before, where `realpath` reads every
    /// component of every package folder's path as a link.
    fn real_path(&self, path: &Path) -> PathBuf {
        memoized(&self.real_paths, path, || {
            let link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
            match (path.parent(), path.file_name()) {
                (Some(parent), Some(name)) if !link && path.is_absolute() => {
                    self.real_path(parent).join(name)
                }
                _ => std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()),
            }
        })
    }

    /// [`resolve_file`] of `path` made lexically absolute (as esbuild joins a relative import
    /// to its folder), remembered.
    fn file(&self, path: &Path) -> Option<PathBuf> {
        let path = normalize(path);
        memoized(&self.files, &path, || resolve_file(&path))
    }

    /// The folder of the package.json nearest to `dir` (`dir` itself included).
    fn package_scope(&self, dir: &Path) -> Option<PathBuf> {
        memoized(&self.package_scopes, dir, || {
            if crate::inputs::is_file(&dir.join("package.json")) {
                Some(dir.to_path_buf())
            } else {
                self.package_scope(dir.parent()?)
            }
        })
    }

    /// [`find_package_dir`], remembering what each `node_modules` held.
    fn package_dir(&self, dir: &Path, package: &str) -> Option<PathBuf> {
        nearest_package_dir(dir, package, |node_modules, package| {
            if !memoized(&self.node_modules, node_modules, || {
                crate::inputs::is_dir(node_modules)
            }) {
                return None;
            }
            let candidate = node_modules.join(package);
            memoized(&self.package_dirs, &candidate, || {
                crate::inputs::is_dir(&candidate).then(|| self.real_path(&candidate))
            })
        })
    }

    /// The name of the installed package holding `file` when that package cannot import
    /// `convex`: neither it nor any package it depends on (its dependencies, peer and
    /// optional ones, as installed beside it) is `convex`. Such a package (zod, lodash, the
    /// AI SDK) makes no Convex function or validator of its own.
    pub fn convex_free(&self, file: &Path) -> Option<String> {
        // Most files asked about are the app's own.
        let bytes = file.as_os_str().as_encoded_bytes();
        let in_packages = bytes.windows(14).any(|w| w == b"/node_modules/");
        if !in_packages {
            return None;
        }
        let package_dir = file.ancestors().skip(1).find(|dir| {
            let parent = dir.parent().and_then(Path::file_name);
            let grandparent = dir
                .parent()
                .and_then(Path::parent)
                .and_then(Path::file_name);
            parent.is_some_and(|p| p == "node_modules")
                || (parent.is_some_and(|p| p.to_string_lossy().starts_with('@'))
                    && grandparent.is_some_and(|g| g == "node_modules"))
        })?;
        if memoized(&self.reach_convex, package_dir, || {
            self.reaches_convex(package_dir)
        }) {
            return None;
        }
        let manifest = self.manifest(package_dir);
        let name = manifest.get("name").and_then(Json::as_str);
        Some(name.map_or_else(|| package_dir.display().to_string(), String::from))
    }

    fn reaches_convex(&self, package_dir: &Path) -> bool {
        let known = |dir: &Path| {
            let memo = self.reach_convex.lock().unwrap_or_else(|e| e.into_inner());
            memo.get(bytes_of(dir)).copied()
        };
        let mut seen = rustc_hash::FxHashSet::default();
        let mut pending = vec![package_dir.to_path_buf()];
        while let Some(dir) = pending.pop() {
            if !seen.insert(dir.clone()) {
                continue;
            }
            let manifest = self.manifest(&dir);
            let dependencies: Vec<&String> =
                ["dependencies", "peerDependencies", "optionalDependencies"]
                    .iter()
                    .filter_map(|field| manifest.get(*field).and_then(Json::as_object))
                    .flat_map(|deps| deps.keys())
                    .collect();
            // Most packages that reach `convex` name it themselves; one that names it among
            // its development dependencies only may still import it (found hoisted).
            let develops_with_convex = manifest
                .get("devDependencies")
                .and_then(Json::as_object)
                .is_some_and(|deps| deps.contains_key("convex"));
            if manifest.get("name").and_then(Json::as_str) == Some("convex")
                || develops_with_convex
                || dependencies.iter().any(|name| *name == "convex")
            {
                return true;
            }
            for name in dependencies {
                let Some(found) = self.package_dir(&dir, name) else {
                    continue;
                };
                // What is known of a package was learned from all it depends on.
                match known(&found) {
                    Some(true) => return true,
                    Some(false) => {}
                    None => pending.push(found),
                }
            }
        }
        false
    }

    /// Resolves `specifier` imported from the file `from`, as bundled for Convex's runtime.
    pub fn resolve(&self, from: &Path, specifier: &str) -> Result<PathBuf, ResolveError> {
        self.resolve_as(from, specifier, Platform::Browser, ImportKind::Import)
    }

    /// Resolves `specifier` required (CommonJS) from the file `from` for the local runtime,
    /// which loads what `require()` names synchronously: as esbuild's `require`, but never
    /// through the `module` condition or field (esbuild may bundle an ES module there; a
    /// runtime cannot require one).
    pub fn resolve_require(&self, from: &Path, specifier: &str) -> Result<PathBuf, ResolveError> {
        self.resolve_as(
            from,
            specifier,
            Platform::Browser,
            ImportKind::RuntimeRequire,
        )
    }

    /// Resolves `specifier` from the file `from` for `platform`, imported as `kind`.
    pub fn resolve_as(
        &self,
        from: &Path,
        specifier: &str,
        platform: Platform,
        kind: ImportKind,
    ) -> Result<PathBuf, ResolveError> {
        let dir = from.parent().unwrap_or(Path::new("."));
        let key = match (platform, kind) {
            (Platform::Browser, ImportKind::Import) => specifier.to_string(),
            _ => format!("{platform:?}:{kind:?}:{specifier}"),
        };
        if let Some(found) = self
            .cache
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(bytes_of(dir))
            .and_then(|in_dir| in_dir.get(&key))
        {
            return found.clone();
        }
        let found = self.resolve_uncached(dir, specifier, platform, kind);
        self.cache
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry(FileKey(dir.to_path_buf()))
            .or_default()
            .insert(key, found.clone());
        found
    }

    fn resolve_uncached(
        &self,
        dir: &Path,
        specifier: &str,
        platform: Platform,
        kind: ImportKind,
    ) -> Result<PathBuf, ResolveError> {
        if specifier.starts_with("./")
            || specifier.starts_with("../")
            || specifier == "."
            || specifier == ".."
        {
            return self
                .file(&dir.join(specifier))
                .ok_or_else(|| ResolveError::NotFound {
                    specifier: specifier.into(),
                });
        }
        if specifier.starts_with('/') {
            return self
                .file(Path::new(specifier))
                .ok_or_else(|| ResolveError::NotFound {
                    specifier: specifier.into(),
                });
        }
        if let Some(found) = self.resolve_alias(dir, specifier) {
            return Ok(found);
        }
        let conditions = conditions(platform, kind);
        if specifier.starts_with('#') {
            return self.resolve_package_import(dir, specifier, platform, kind, &conditions);
        }
        if let Some(found) = self.resolve_self_reference(dir, specifier, &conditions) {
            return found;
        }
        let fields: Vec<&str> = main_fields(platform)
            .iter()
            .copied()
            // A `require()` takes the CommonJS entry, not the ES `module` build.
            .filter(|field| kind == ImportKind::Import || *field != "module")
            .collect();
        self.resolve_package(dir, specifier, &conditions, &fields)
    }

    /// `#name` through the `imports` of the nearest package.json (Node's subpath imports):
    /// a file of that package, or another package.
    fn resolve_package_import(
        &self,
        dir: &Path,
        specifier: &str,
        platform: Platform,
        kind: ImportKind,
        conditions: &[&str],
    ) -> Result<PathBuf, ResolveError> {
        let not_found = || ResolveError::NotFound {
            specifier: specifier.into(),
        };
        let package_dir = self.package_scope(dir).ok_or_else(not_found)?;
        let manifest = self.manifest(&package_dir);
        let imports = manifest.get("imports").ok_or_else(not_found)?;
        let target = map_target(imports, specifier, conditions).ok_or_else(not_found)?;
        if target.starts_with("./") {
            let path = normalize(&package_dir.join(target));
            return if crate::inputs::is_file(&path) {
                Ok(path)
            } else {
                Err(not_found())
            };
        }
        self.resolve_as(&package_dir.join("package.json"), &target, platform, kind)
    }

    fn resolve_alias(&self, dir: &Path, specifier: &str) -> Option<PathBuf> {
        // esbuild applies no tsconfig to files inside packages.
        if dir.components().any(|c| c.as_os_str() == "node_modules") {
            return None;
        }
        let tsconfig = self.tsconfig_for(dir);
        for (pattern, targets) in &tsconfig.aliases {
            let captured = match pattern.split_once('*') {
                Some((prefix, suffix)) => specifier
                    .strip_prefix(prefix)
                    .and_then(|rest| rest.strip_suffix(suffix)),
                None => (pattern == specifier).then_some(""),
            };
            let Some(captured) = captured else { continue };
            for target in targets {
                let target = target.to_string_lossy().replacen('*', captured, 1);
                if let Some(found) = self.file(Path::new(&target)) {
                    return Some(found);
                }
            }
        }
        None
    }

    /// The `compilerOptions.paths` in force for `file` (its nearest tsconfig.json's): each
    /// pattern with its absolute targets (a `*` in both stands for the matched part).
    pub fn aliases(&self, file: &Path) -> Vec<(String, Vec<PathBuf>)> {
        self.tsconfig_for(file.parent().unwrap_or(Path::new(".")))
            .aliases
            .clone()
    }

    /// How JSX in `file` compiles (its nearest tsconfig.json's settings).
    pub fn jsx(&self, file: &Path) -> Jsx {
        self.tsconfig_for(file.parent().unwrap_or(Path::new(".")))
            .jsx
            .clone()
    }

    /// The settings of the tsconfig.json nearest to `dir` (defaults when there is none).
    fn tsconfig_for(&self, dir: &Path) -> Arc<Tsconfig> {
        memoized(&self.tsconfigs, dir, || match dir.join("tsconfig.json") {
            config if crate::inputs::is_file(&config) => Arc::new(read_tsconfig_in_force(&config)),
            _ => match dir.parent() {
                Some(parent) => self.tsconfig_for(parent),
                None => Arc::default(),
            },
        })
    }
}

/// `compilerOptions` that a tsconfig.json sets or inherits through `extends`.
#[derive(Default)]
struct TsconfigOptions {
    /// `baseUrl`, made absolute against the config declaring it.
    base_url: Option<PathBuf>,
    /// `paths` with the folder of the config declaring them.
    paths: Option<(serde_json::Map<String, Json>, PathBuf)>,
    /// `jsx`, `jsxImportSource`, `jsxFactory`, `jsxFragmentFactory`.
    jsx: [Option<String>; 4],
}

const JSX_OPTIONS: [&str; 4] = ["jsx", "jsxImportSource", "jsxFactory", "jsxFragmentFactory"];

fn read_tsconfig_in_force(path: &Path) -> Tsconfig {
    let options = read_tsconfig(path, 0);
    let [jsx, import_source, factory, fragment] = options.jsx;
    let jsx = Jsx {
        automatic: matches!(jsx.as_deref(), Some("react-jsx" | "react-jsxdev")),
        import_source,
        factory,
        fragment,
    };
    let Some((paths, declared_in)) = options.paths else {
        return Tsconfig {
            aliases: Vec::new(),
            jsx,
        };
    };
    let base = options.base_url.unwrap_or(declared_in);
    let aliases = paths
        .iter()
        .map(|(pattern, targets)| {
            let targets = targets
                .as_array()
                .map(|t| {
                    t.iter()
                        .filter_map(Json::as_str)
                        .map(|target| normalize(&base.join(target)))
                        .collect()
                })
                .unwrap_or_default();
            (pattern.clone(), targets)
        })
        .collect();
    Tsconfig { aliases, jsx }
}

/// Reads a tsconfig and the configs it extends (later `extends` entries, then the config
/// itself, override earlier ones, as TypeScript merges them).
fn read_tsconfig(path: &Path, depth: usize) -> TsconfigOptions {
    let mut merged = TsconfigOptions::default();
    let Some(json) = crate::inputs::read_to_string(path).ok().and_then(|text| {
        jsonc_parser::parse_to_serde_value::<Json>(&text, &Default::default()).ok()
    }) else {
        return merged;
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    if depth < 16 {
        let extends = match json.get("extends") {
            Some(Json::String(one)) => vec![one.as_str()],
            Some(Json::Array(many)) => many.iter().filter_map(Json::as_str).collect(),
            _ => Vec::new(),
        };
        for parent in extends.into_iter().filter_map(|e| find_extended(dir, e)) {
            let inherited = read_tsconfig(&parent, depth + 1);
            merged.base_url = inherited.base_url.or(merged.base_url);
            merged.paths = inherited.paths.or(merged.paths);
            for (mine, theirs) in merged.jsx.iter_mut().zip(inherited.jsx) {
                *mine = theirs.or(mine.take());
            }
        }
    }
    if let Some(options) = json.get("compilerOptions") {
        if let Some(base) = options.get("baseUrl").and_then(Json::as_str) {
            merged.base_url = Some(normalize(&dir.join(base)));
        }
        if let Some(paths) = options.get("paths").and_then(Json::as_object) {
            merged.paths = Some((paths.clone(), dir.to_path_buf()));
        }
        for (value, key) in merged.jsx.iter_mut().zip(JSX_OPTIONS) {
            if let Some(set) = options.get(key).and_then(Json::as_str) {
                *value = Some(set.to_string());
            }
        }
    }
    merged
}

/// The file a tsconfig's `extends` names: a relative path (`.json` optional) or a package
/// (`@tsconfig/node20/tsconfig.json`, `@acme/config` meaning its tsconfig.json).
fn find_extended(dir: &Path, extends: &str) -> Option<PathBuf> {
    let with_json = |path: PathBuf| -> Option<PathBuf> {
        if crate::inputs::is_file(&path) {
            return Some(path);
        }
        let json = PathBuf::from(format!("{}.json", path.display()));
        if crate::inputs::is_file(&json) {
            return Some(json);
        }
        let nested = path.join("tsconfig.json");
        crate::inputs::is_file(&nested).then_some(nested)
    };
    if extends.starts_with("./") || extends.starts_with("../") || extends.starts_with('/') {
        return with_json(normalize(&dir.join(extends)));
    }
    let (package, subpath) = split_package_specifier(extends);
    let package_dir = find_package_dir(dir, package)?;
    if subpath == "." {
        let manifest = read_manifest(&package_dir);
        let main = manifest
            .get("tsconfig")
            .and_then(Json::as_str)
            .unwrap_or("tsconfig.json");
        return with_json(package_dir.join(main));
    }
    with_json(package_dir.join(&subpath))
}

/// A path with TypeScript's rules: as is, `.js` → `.ts`, added extension, or `index.*`.
fn resolve_file(path: &Path) -> Option<PathBuf> {
    let text = path.to_string_lossy();
    if crate::inputs::is_file(path) {
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
                if crate::inputs::is_file(&candidate) {
                    return Some(normalize(&candidate));
                }
            }
        }
    }
    for ext in EXTENSIONS {
        let candidate = PathBuf::from(format!("{text}{ext}"));
        if crate::inputs::is_file(&candidate) {
            return Some(normalize(&candidate));
        }
    }
    if crate::inputs::is_dir(path) {
        for ext in EXTENSIONS {
            let candidate = path.join(format!("index{ext}"));
            if crate::inputs::is_file(&candidate) {
                return Some(normalize(&candidate));
            }
        }
    }
    None
}

/// The rest of `path` after `project/` when it needs no normalizing (no empty or `.`
/// part, no backslash): what `path.strip_prefix(project)` gives for nearly every path of
/// a project, told by comparing bytes rather than components (a large app's reports and
/// orders name thousands).
pub fn plainly_inside<'p>(project: &Path, path: &'p Path) -> Option<&'p str> {
    let rest = path
        .to_str()?
        .strip_prefix(project.to_str()?)?
        .strip_prefix('/')?;
    let plain = rest.split('/').all(|part| !part.is_empty() && part != ".") && !rest.contains('\\');
    plain.then_some(rest)
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

/// The folder of `package` in the nearest `node_modules` above `dir`, by its real path
/// (pnpm links packages from its store; their dependencies sit beside the real folder).
fn find_package_dir(dir: &Path, package: &str) -> Option<PathBuf> {
    nearest_package_dir(dir, package, |node_modules, package| {
        real_dir(&node_modules.join(package))
    })
}

/// [`find_package_dir`] with `real_dir` telling the real path of `package` in a
/// `node_modules` (`None`: it is not there).
fn nearest_package_dir(
    dir: &Path,
    package: &str,
    mut real_dir: impl FnMut(&Path, &str) -> Option<PathBuf>,
) -> Option<PathBuf> {
    dir.ancestors()
        .filter(|dir| dir.file_name().is_none_or(|name| name != "node_modules"))
        .find_map(|dir| real_dir(&dir.join("node_modules"), package))
}

/// The real path of the folder `path`; `None` when there is no such folder.
fn real_dir(path: &Path) -> Option<PathBuf> {
    crate::inputs::is_dir(path)
        .then(|| std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()))
}

impl Resolver {
    /// The package.json in `package_dir`, parsed once (`Null` when it is missing or invalid).
    fn manifest(&self, package_dir: &Path) -> Arc<Json> {
        memoized(&self.manifests, package_dir, || {
            Arc::new(read_manifest(package_dir))
        })
    }

    /// A package importing itself by its own name (`import x from "my-lib/sub"` inside my-lib):
    /// Node and esbuild resolve it through the nearest package.json's `exports`.
    fn resolve_self_reference(
        &self,
        dir: &Path,
        specifier: &str,
        conditions: &[&str],
    ) -> Option<Result<PathBuf, ResolveError>> {
        let (package, subpath) = split_package_specifier(specifier);
        let package_dir = self.package_scope(dir)?;
        let manifest = self.manifest(&package_dir);
        if manifest.get("name").and_then(Json::as_str) != Some(package) {
            return None;
        }
        let exports = manifest.get("exports")?;
        Some(package_export(
            &package_dir,
            package,
            &subpath,
            exports,
            conditions,
        ))
    }

    fn resolve_package(
        &self,
        from_dir: &Path,
        specifier: &str,
        conditions: &[&str],
        main_fields: &[&str],
    ) -> Result<PathBuf, ResolveError> {
        let (package, subpath) = split_package_specifier(specifier);
        let package_dir =
            self.package_dir(from_dir, package)
                .ok_or_else(|| ResolveError::MissingPackage {
                    package: package.into(),
                })?;
        let manifest = self.manifest(&package_dir);
        if let Some(exports) = manifest.get("exports") {
            return package_export(&package_dir, package, &subpath, exports, conditions);
        }
        let missing = || ResolveError::MissingExport {
            package: package.into(),
            subpath: subpath.clone(),
        };
        if subpath == "." {
            let main = main_fields
                .iter()
                .find_map(|key| manifest.get(*key).and_then(Json::as_str))
                .unwrap_or("index.js");
            return self
                .file(&package_dir.join(main))
                .or_else(|| self.file(&package_dir.join("index.js")))
                .ok_or_else(missing);
        }
        self.file(&package_dir.join(&subpath)).ok_or_else(missing)
    }
}

/// The value `map` holds for `key`, made by `make` (without the lock: it may ask the map
/// for another key) the first time.
fn memoized<T: Clone>(
    map: &std::sync::Mutex<rustc_hash::FxHashMap<FileKey, T>>,
    key: &Path,
    make: impl FnOnce() -> T,
) -> T {
    if let Some(known) = map
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(bytes_of(key))
    {
        return known.clone();
    }
    let made = make();
    map.lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(FileKey(key.to_path_buf()), made.clone());
    made
}

fn read_manifest(package_dir: &Path) -> Json {
    crate::inputs::read_to_string(&package_dir.join("package.json"))
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or(Json::Null)
}

fn package_export(
    package_dir: &Path,
    package: &str,
    subpath: &str,
    exports: &Json,
    conditions: &[&str],
) -> Result<PathBuf, ResolveError> {
    let missing = || ResolveError::MissingExport {
        package: package.into(),
        subpath: subpath.into(),
    };
    let target = exports_target(exports, subpath, conditions).ok_or_else(missing)?;
    let path = normalize(&package_dir.join(target));
    if crate::inputs::is_file(&path) {
        Ok(path)
    } else {
        Err(missing())
    }
}

/// Resolves a subpath through an `exports` field (strings, condition objects, subpath
/// keys and `*` patterns) for Convex's runtime, returning the target relative to the
/// package folder.
pub fn resolve_exports(exports: &Json, subpath: &str) -> Option<String> {
    exports_target(
        exports,
        subpath,
        &conditions(Platform::Browser, ImportKind::Import),
    )
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
    map_target(exports, subpath, conditions)
}

/// The target of `key` in a subpath map (`exports` with `./…` keys, `imports` with `#…`
/// keys): the exact key, else the longest matching `*` pattern.
fn map_target(map: &Json, key: &str, conditions: &[&str]) -> Option<String> {
    let map = map.as_object()?;
    if let Some(target) = map.get(key) {
        return pick_condition(target, "", conditions);
    }
    // The longest matching pattern wins.
    map.iter()
        .filter_map(|(pattern, target)| {
            let (prefix, suffix) = pattern.split_once('*')?;
            let captured = key.strip_prefix(prefix)?.strip_suffix(suffix)?;
            Some(((prefix.len(), pattern.len()), target, captured))
        })
        // Node's order: the longer prefix, then the longer pattern (`./*.js` before `./*`).
        .max_by_key(|(rank, _, _)| *rank)
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
    fn a_path_plainly_inside_is_what_strip_prefix_gives() {
        let project = Path::new("/w/app");
        for path in ["/w/app/convex/a.ts", "/w/app/x", "/w/app/../b/c.ts"] {
            let plain = plainly_inside(project, Path::new(path));
            let components = Path::new(path).strip_prefix(project).unwrap();
            assert_eq!(plain.map(Path::new), Some(components), "{path}");
        }
        // Paths a byte comparison cannot tell are left to `strip_prefix`.
        for path in [
            "/w/app/./a.ts",
            "/w/app//a.ts",
            "/w/app/",
            "/w/application/a.ts",
            "/w/a.ts",
        ] {
            assert_eq!(plainly_inside(project, Path::new(path)), None, "{path}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn real_paths_agree_with_canonicalize_through_linked_folders() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let store = root.join("store/pkg@1/node_modules/pkg");
        std::fs::create_dir_all(&store).unwrap();
        std::fs::create_dir_all(root.join("app/node_modules/plain")).unwrap();
        std::os::unix::fs::symlink(&store, root.join("app/node_modules/pkg")).unwrap();
        std::os::unix::fs::symlink(root.join("app"), root.join("linked-app")).unwrap();
        let resolver = Resolver::default();
        for path in [
            "app/node_modules/plain",
            "app/node_modules/pkg",
            "linked-app/node_modules/pkg",
            "linked-app/node_modules/plain",
            "store/pkg@1/node_modules/pkg",
        ] {
            let path = root.join(path);
            assert_eq!(
                resolver.real_path(&path),
                std::fs::canonicalize(&path).unwrap(),
                "{}",
                path.display()
            );
        }
    }

    #[test]
    fn a_package_installed_after_a_failed_lookup_is_found_on_the_next_load() {
        let root = tempfile::tempdir().unwrap();
        let app = root.path().join("convex/nested");
        std::fs::create_dir_all(&app).unwrap();
        let importer = app.join("a.ts");
        std::fs::write(&importer, "import x from \"late\";").unwrap();
        let resolver = Resolver::default();
        assert!(matches!(
            resolver.resolve(&importer, "late"),
            Err(ResolveError::MissingPackage { .. })
        ));
        let package = root.path().join("node_modules/late");
        std::fs::create_dir_all(&package).unwrap();
        std::fs::write(package.join("package.json"), r#"{ "name": "late" }"#).unwrap();
        std::fs::write(package.join("index.js"), "export default 1;").unwrap();
        // Within a load, what was looked up holds; a new load looks again.
        assert!(resolver.resolve(&importer, "late").is_err());
        resolver.forget_failures();
        let found = resolver.resolve(&importer, "late").unwrap();
        assert_eq!(
            found,
            std::fs::canonicalize(&package).unwrap().join("index.js")
        );
    }

    #[test]
    fn a_package_is_convex_free_when_nothing_it_depends_on_is_convex() {
        let root = tempfile::tempdir().unwrap();
        let modules = root.path().join("node_modules");
        let package = |name: &str, manifest: Json| {
            let dir = modules.join(name);
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(dir.join("package.json"), manifest.to_string()).unwrap();
            std::fs::write(dir.join("index.js"), "export {};").unwrap();
            dir.join("index.js")
        };
        let pure = package(
            "pure",
            json!({ "name": "pure", "dependencies": { "tiny": "1" } }),
        );
        package("tiny", json!({ "name": "tiny" }));
        let wrapper = package(
            "wrapper",
            json!({ "name": "wrapper", "dependencies": { "@scope/inner": "1" } }),
        );
        package(
            "@scope/inner",
            json!({ "name": "@scope/inner", "peerDependencies": { "convex": "^1" } }),
        );
        let sloppy = package(
            "sloppy",
            json!({ "name": "sloppy", "devDependencies": { "convex": "^1" } }),
        );
        let resolver = Resolver::default();
        assert_eq!(resolver.convex_free(&pure).as_deref(), Some("pure"));
        assert_eq!(resolver.convex_free(&wrapper), None);
        assert_eq!(resolver.convex_free(&sloppy), None);
        let inner = modules.join("@scope/inner/index.js");
        assert_eq!(resolver.convex_free(&inner), None);
        assert_eq!(resolver.convex_free(&root.path().join("app.ts")), None);
    }

    #[test]
    fn require_takes_the_require_condition() {
        let exports = json!({ ".": { "import": "./build/es6/luxon.mjs", "require": "./build/node/luxon.js" } });
        assert_eq!(
            exports_target(
                &exports,
                ".",
                &conditions(Platform::Browser, ImportKind::Import)
            )
            .as_deref(),
            Some("./build/es6/luxon.mjs")
        );
        assert_eq!(
            exports_target(
                &exports,
                ".",
                &conditions(Platform::Browser, ImportKind::Require)
            )
            .as_deref(),
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
