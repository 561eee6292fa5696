//! `convexkit codegen [--project DIR] [--check] [--component-dir DIR]`.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use convexkit_analysis::diagnostic::Diagnostic;
use convexkit_analysis::model::{Detail, ProjectModel};
use convexkit_analysis::workspace::Workspace;
use convexkit_codegen::GeneratedFile;

use crate::report::{print_config_error, print_diagnostics, relative};

/// Which parts of the project the configured codegen mode needs evaluated.
pub fn detail_for(project: &Path) -> Detail {
    match convexkit_analysis::config::ProjectConfig::load(project) {
        Ok(config) => Detail {
            app_functions: config.codegen.static_api,
            package_functions: config.codegen.legacy_component_api || config.codegen.validators,
            // The default data model is `DataModelFromSchemaDefinition<typeof schema>`: types.
            schemas: config.codegen.static_data_model || config.codegen.validators,
            lint_usages: false,
        },
        Err(_) => Detail::ALL,
    }
}

/// Why codegen wrote nothing.
pub enum Failure {
    /// convex.json or package.json could not be read (already reported).
    Config,
    /// The project has errors (already reported).
    Errors,
}

/// What a successful codegen makes: the files, and the warnings printed on the way.
#[derive(serde::Serialize, serde::Deserialize)]
pub struct Generated {
    pub files: Vec<(PathBuf, String)>,
    pub warnings: Vec<Diagnostic>,
}

/// The generated files of the project, as `npx convex codegen` would write them; the
/// model's diagnostics are printed on the way.
/// With `component_dir`, only that component folder's (as the official `--component-dir`).
pub fn generate(
    project: &Path,
    component_dir: Option<&Path>,
    workspace: &Arc<Workspace>,
) -> Result<Generated, Failure> {
    // The templates are parsed while the project loads.
    let earlier = crate::kept_renderings::load_and_prepare(project);
    let detail = detail_for(project);
    crate::clean_texts::load(project, workspace);
    let kept = crate::kept_analysis::load_evaluations(project, workspace);
    // What static evaluation cannot decide, running the modules decides, as the official
    // CLI's push does.
    let loaded = crate::learned::load(project, workspace, || match component_dir {
        Some(dir) => ProjectModel::load_component_dir(project, workspace, detail, dir),
        None => ProjectModel::load(project, workspace, detail),
    });
    let model = match loaded {
        Ok(model) => model,
        Err(error) => {
            print_config_error(project, &error);
            return Err(Failure::Config);
        }
    };
    crate::clean_texts::store(project, workspace);
    crate::kept_analysis::store_evaluations(project, workspace, &model, kept);
    print_diagnostics(project, workspace, &model.diagnostics);
    if model.has_errors() {
        return Err(Failure::Errors);
    }
    let earlier = earlier.join().unwrap_or_default();
    match convexkit_codegen::generate(&model, &earlier) {
        Ok(generation) => {
            crate::kept_renderings::store(project, &earlier, &generation.renderings);
            Ok(Generated {
                files: generation
                    .files
                    .into_iter()
                    .map(|f| (f.path, f.contents))
                    .collect(),
                warnings: model.diagnostics,
            })
        }
        Err(diagnostics) => {
            print_diagnostics(project, &Workspace::new(), &diagnostics);
            Err(Failure::Errors)
        }
    }
}

pub fn run(project: &Path, check: bool, component_dir: Option<&Path>) -> u8 {
    let project = &crate::report::absolute(project);
    let command = match component_dir {
        Some(dir) => format!("codegen --component-dir {}", dir.display()).replace('/', "%"),
        None => "codegen".into(),
    };
    let generated = match crate::outcome::load::<Generated>(project, &command) {
        Some(kept) => {
            print_diagnostics(project, &Workspace::new(), &kept.warnings);
            Ok(kept)
        }
        None => generate(project, component_dir, &crate::one_shot_workspace()).inspect(|made| {
            let markers = crate::learned::installed_markers(project);
            crate::outcome::store(project, &command, made, &markers);
        }),
    };
    let files: Vec<GeneratedFile> = match generated {
        Ok(generated) => generated
            .files
            .into_iter()
            .map(|(path, contents)| GeneratedFile { path, contents })
            .collect(),
        Err(Failure::Config) => return 1,
        Err(Failure::Errors) => {
            eprintln!("codegen stopped: fix the errors above; no generated file was changed");
            return 1;
        }
    };
    if check {
        let report = convexkit_codegen::check_files(&files);
        for path in report.changed.iter().chain(&report.removed) {
            println!("{}", relative(project, path));
        }
        return u8::from(!(report.changed.is_empty() && report.removed.is_empty()));
    }
    match convexkit_codegen::write_files(&files) {
        Ok(report) => {
            for path in &report.changed {
                eprintln!("wrote {}", relative(project, path));
            }
            for path in &report.removed {
                eprintln!("removed {}", relative(project, path));
            }
            0
        }
        Err(error) => {
            eprintln!("error: cannot write the generated files: {error}");
            1
        }
    }
}
