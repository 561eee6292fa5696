//! convexkit's codegen: writes a project's `_generated/` folders byte-identical to
//! `npx convex codegen` of convex 1.48.0 (formatted as prettier 3.10.1 would).

mod api;
mod collation;
mod data_model;
mod identifiers;
pub mod pretty;
mod render;
mod renderings;
mod types;
mod validators;
mod write;

use std::path::PathBuf;

use convexkit_analysis::component_config::EnvVar;
use convexkit_analysis::config::FileType;
use convexkit_analysis::diagnostic::Diagnostic;
use convexkit_analysis::eval::Visibility;
use convexkit_analysis::model::{ComponentDefinition, DefinitionKind, ProjectModel};
use renderings::HashedContext;
use serde::Serialize;
use tera::Context;

pub use collation::{compare_module_paths, compare_strings};
pub use renderings::Renderings;
pub use write::{
    check_files, write_atomic, write_atomic_cache, write_files, WriteReport, OWNED_FILES,
};

/// Builds the collator now, on the calling thread, and parses the templates unless
/// `earlier` renderings may make them unneeded: a caller can overlap this with loading the
/// project (it is otherwise done by the first render).
pub fn prepare(earlier: &Renderings) {
    if earlier.is_empty() {
        render::prepare();
    }
    collation::prepare();
}

/// One file codegen produces, with its final content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    pub path: PathBuf,
    pub contents: String,
}

#[derive(Serialize)]
struct ModuleImport {
    ident: String,
    path: String,
}

/// What [`generate`] makes: the files, and the renderings that gave them (to pass to the
/// next run).
pub struct Generation {
    pub files: Vec<GeneratedFile>,
    pub renderings: Renderings,
}

/// Renders the `_generated/` files of the app and of every local component; a file whose
/// template and context are among the `earlier` renderings is taken from there.
///
/// Returns diagnostics instead when something they need is missing or not statically known.
pub fn generate(model: &ProjectModel, earlier: &Renderings) -> Result<Generation, Vec<Diagnostic>> {
    let mut rendered = Vec::new();
    let mut errors = Vec::new();
    for definition in &model.definitions {
        let is_root = match definition.kind {
            // A stand-in app (`--component-dir`) has nothing of its own to generate.
            DefinitionKind::App if model.synthetic_app => continue,
            DefinitionKind::App => true,
            DefinitionKind::Local => false,
            DefinitionKind::Package { .. } => continue,
        };
        let generator = Generator {
            model,
            definition,
            is_root,
            earlier,
        };
        match generator.files() {
            Ok(mut files) => rendered.append(&mut files),
            Err(mut problems) => errors.append(&mut problems),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let formatted = format_all(&rendered);
    let mut renderings = Renderings::default();
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for (file, result) in rendered.into_iter().zip(formatted) {
        match result {
            Ok(done) => {
                if let Some(key) = file.key {
                    renderings.keep(key, done.contents.clone());
                }
                files.push(done);
            }
            Err(error) => errors.push(error),
        }
    }
    if errors.is_empty() {
        Ok(Generation { files, renderings })
    } else {
        Err(errors)
    }
}

/// A generated file as rendered, before it is formatted as Prettier would.
struct Rendered {
    path: PathBuf,
    name: String,
    text: Text,
    /// The key of its template and context (not for `validators.ts`, which has no template).
    key: Option<String>,
}

#[derive(Clone)]
enum Text {
    /// A template's output, to format.
    Raw(String),
    /// The file as it is written: kept from an earlier rendering, or printed formatted.
    Finished(String),
}

/// Formats the rendered files, in order: on two threads when there is enough text to share
/// (an app of a thousand modules spends half of its generation formatting `api.d.ts`), each
/// taking the larger files first onto the thread with less text.
fn format_all(rendered: &[Rendered]) -> Vec<Result<GeneratedFile, Diagnostic>> {
    const WORTH_A_THREAD: usize = 64 * 1024;
    let total: usize = rendered.iter().map(|file| file.raw_len()).sum();
    let parallel = std::thread::available_parallelism().is_ok_and(|n| n.get() > 1);
    if total < WORTH_A_THREAD || !parallel {
        return rendered.iter().map(Rendered::format).collect();
    }
    let mut by_size: Vec<usize> = (0..rendered.len()).collect();
    by_size.sort_by_key(|&index| std::cmp::Reverse(rendered[index].raw_len()));
    let (mut mine, mut other) = ((Vec::new(), 0), (Vec::new(), 0));
    for index in by_size {
        let lighter = if mine.1 <= other.1 {
            &mut mine
        } else {
            &mut other
        };
        lighter.0.push(index);
        lighter.1 += rendered[index].raw_len();
    }
    let format = |indices: Vec<usize>| {
        indices
            .into_iter()
            .map(|index| (index, rendered[index].format()))
            .collect::<Vec<_>>()
    };
    let (mut done, theirs) = std::thread::scope(|scope| {
        let theirs = scope.spawn(|| format(other.0));
        let done = format(mine.0);
        (done, theirs.join())
    });
    match theirs {
        Ok(theirs) => done.extend(theirs),
        Err(panic) => std::panic::resume_unwind(panic),
    }
    done.sort_by_key(|(index, _)| *index);
    done.into_iter().map(|(_, result)| result).collect()
}

impl Rendered {
    /// How much text is left to format.
    fn raw_len(&self) -> usize {
        match &self.text {
            Text::Raw(raw) => raw.len(),
            Text::Finished(_) => 0,
        }
    }

    fn format(&self) -> Result<GeneratedFile, Diagnostic> {
        let raw = match &self.text {
            Text::Raw(raw) => raw,
            Text::Finished(contents) => {
                return Ok(GeneratedFile {
                    path: self.path.clone(),
                    contents: contents.clone(),
                })
            }
        };
        finish(raw)
            .map(|contents| GeneratedFile {
                path: self.path.clone(),
                contents,
            })
            .map_err(|error| {
                Diagnostic::error(
                    "codegen",
                    self.path.clone(),
                    None,
                    format!(
                        "internal error formatting the generated {}: {}",
                        self.name,
                        error.describe(raw)
                    ),
                )
                .with_help("this is a convexkit bug: please report it with the line above")
            })
    }
}

struct Generator<'a> {
    model: &'a ProjectModel,
    definition: &'a ComponentDefinition,
    is_root: bool,
    earlier: &'a Renderings,
}

impl Generator<'_> {
    fn error(&self, file: PathBuf, message: String, help: &str) -> Diagnostic {
        Diagnostic::error("codegen", file, None, message).with_help(help.to_string())
    }

    fn files(&self) -> Result<Vec<Rendered>, Vec<Diagnostic>> {
        let options = &self.model.config.codegen;
        let use_typescript = !self.is_root || options.file_type == FileType::Ts;
        let dir = self.definition.dir.join("_generated");
        let mut out = Vec::new();
        let mut errors = Vec::new();
        // The file `name` from `template`, unless an earlier run rendered it from the same
        // context.
        let mut emit = |name: &str, template: &str, context: &HashedContext| {
            let key = context.key(template);
            let rendered_now = out
                .iter()
                .find(|r: &&Rendered| r.key.as_ref() == Some(&key));
            let text = match (self.earlier.get(&key), rendered_now) {
                (Some(kept), _) => Text::Finished(kept.clone()),
                (None, Some(twin)) => twin.text.clone(),
                (None, None) => Text::Raw(render::render(template, &context.context)),
            };
            out.push(Rendered {
                path: dir.join(name),
                name: name.to_string(),
                text,
                key: Some(key),
            })
        };

        match self.data_model_context() {
            Ok(context) => emit(
                if use_typescript {
                    "dataModel.ts"
                } else {
                    "dataModel.d.ts"
                },
                "dataModel",
                &HashedContext::new(context),
            ),
            Err(error) => errors.push(error),
        }
        if !self.is_root {
            match api::exports_tree(self.definition, Some("Name")) {
                Ok(exports) => {
                    let mut context = Context::new();
                    context.insert("exports", &exports);
                    emit("component.ts", "component.ts", &HashedContext::new(context));
                }
                Err(unknown) => errors.push(self.unknown_function(unknown)),
            }
        }
        let mut server = Context::new();
        server.insert("env_type", &env_type(&self.definition.env));
        let server = HashedContext::new(server);
        if self.is_root && use_typescript {
            emit("server.ts", "server.ts", &server);
        } else if self.is_root {
            emit("server.d.ts", "server.d.ts", &server);
            emit("server.js", "server.js", &server);
        } else {
            emit("server.ts", "component_server.ts", &server);
        }

        match self.api_context().map(HashedContext::new) {
            Ok(context) if use_typescript => emit("api.ts", "api.ts", &context),
            Ok(context) => {
                emit("api.js", "api.js", &context);
                if self.is_root && options.generate_common_js_api {
                    emit("api_cjs.cjs", "api_cjs.cjs", &context);
                    emit("api_cjs.d.cts", "api.d.ts", &context);
                }
                emit("api.d.ts", "api.d.ts", &context);
            }
            Err(problems) => errors.extend(problems),
        }
        if self.is_root && options.validators {
            match validators::validators_file(self.model) {
                Ok(contents) => out.push(Rendered {
                    path: dir.join("validators.ts"),
                    name: "validators.ts".into(),
                    text: Text::Finished(contents),
                    key: None,
                }),
                Err(error) => errors.push(self.error(
                    error.file,
                    error.message,
                    "declare the validators with `v.*` so they can be read statically",
                )),
            }
        }
        if errors.is_empty() {
            Ok(out)
        } else {
            Err(errors)
        }
    }

    fn unknown_function(&self, unknown: types::UnknownValidator) -> Diagnostic {
        // The function may be a child's (legacyComponentApi inlines children's functions):
        // name the module whose export it is, at the export.
        let undecided =
            |f: &&convexkit_analysis::model::Function| f.name == unknown.function && f.undecided();
        let place = std::iter::once(self.definition)
            .chain(&self.model.definitions)
            .flat_map(|d| &d.modules)
            .find_map(|m| m.functions.iter().find(undecided).map(|f| (m, f.span)));
        let (file, span) = place.map_or_else(
            || (self.definition.dir.clone(), None),
            |(m, span)| (m.file.clone(), span),
        );
        Diagnostic::error(
            "codegen",
            file,
            span,
            format!(
                "the validators of `{}` cannot be decided statically or by loading its module: {}",
                unknown.function, unknown.reason
            ),
        )
        .with_help("declare `args`/`returns` with `v.*` validators, or make the module load without a deployment")
    }

    fn data_model_context(&self) -> Result<Context, Diagnostic> {
        let mut context = Context::new();
        let variant = match &self.definition.schema {
            None => "none",
            Some(_) if !self.model.config.codegen.static_data_model => "dynamic",
            Some(schema) => {
                let value = schema.value.as_ref().map_err(|reason| {
                    self.error(
                        schema.file.clone(),
                        format!("staticDataModel needs the schema statically: {reason}"),
                        "build the schema from `defineSchema`/`defineTable` with `v.*` validators",
                    )
                })?;
                let data_model = data_model::data_model_type(value).map_err(|e| {
                    self.error(
                        schema.file.clone(),
                        e.0,
                        "remove the offending field or index",
                    )
                })?;
                context.insert("data_model", &data_model);
                "static"
            }
        };
        context.insert("variant", variant);
        Ok(context)
    }

    fn api_context(&self) -> Result<Context, Vec<Diagnostic>> {
        let options = &self.model.config.codegen;
        let mut context = Context::new();
        let legacy = options.legacy_component_api;
        context.insert(
            "components",
            &api::components(self.model, self.definition, legacy)
                .map_err(|u| vec![self.unknown_function(u)])?,
        );
        context.insert("static_api", &options.static_api);
        if options.static_api {
            let unknown: Vec<Diagnostic> = self
                .definition
                .modules
                .iter()
                .flat_map(|m| m.unknown_exports.iter().map(move |(name, reason)| (m, name, reason)))
                .map(|(module, name, reason)| {
                    self.error(
                        module.file.clone(),
                        format!("staticApi needs every export statically: `{name}` in {}: {reason}", module.path),
                        "define functions with the builders from _generated/server (or convex-helpers custom builders)",
                    )
                })
                .collect();
            if !unknown.is_empty() {
                return Err(unknown);
            }
            let tree = |visibility| {
                api::api_tree(self.definition, visibility)
                    .map_err(|u| vec![self.unknown_function(u)])
            };
            context.insert("api_tree", &tree(Visibility::Public)?);
            context.insert("internal_tree", &tree(Visibility::Internal)?);
        } else {
            let mut paths: Vec<&str> = self
                .definition
                .modules
                .iter()
                .map(|m| m.path.as_str())
                .collect();
            paths.sort_by(|a, b| compare_module_paths(a, b));
            let modules: Vec<ModuleImport> = paths
                .into_iter()
                .map(|path| ModuleImport {
                    ident: identifiers::module_identifier(path),
                    path: identifiers::import_path(path).to_string(),
                })
                .collect();
            context.insert("modules", &modules);
        }
        Ok(context)
    }
}

/// Formats a rendered file as prettier would.
fn finish(raw: &str) -> Result<String, pretty::FormatError> {
    pretty::format_typescript(raw)
}

/// The `Env` type: the platform's variables, then the definition's own in declaration order.
fn env_type(env: &[EnvVar]) -> String {
    let mut lines = vec![
        "  readonly CONVEX_CLOUD_URL: string;".to_string(),
        "  readonly CONVEX_SITE_URL: string;".to_string(),
    ];
    for var in env {
        let mut ty = var.validator.as_ref().map_or_else(
            |_| "unknown".to_string(),
            |v| types::validator_to_type(v, false),
        );
        if var.optional {
            ty.push_str(" | undefined");
        }
        lines.push(format!("  readonly {}: {ty};", var.name));
    }
    format!("{{\n{}\n}}", lines.join("\n"))
}
