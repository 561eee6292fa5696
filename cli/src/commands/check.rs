//! `convexkit check [--project DIR] [--format human|json|github|sarif] [--fix]`.

use std::path::{Path, PathBuf};

use convexkit_analysis::diagnostic::{Diagnostic, Severity};
use convexkit_analysis::model::{Detail, ProjectModel};
use convexkit_analysis::workspace::Workspace;

use crate::report::{self, absolute, print_config_error};

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Human,
    Json,
    Github,
    Sarif,
}

/// A linted project: its files, the findings, and what codegen would write.
pub(crate) struct Linted {
    pub workspace: std::sync::Arc<Workspace>,
    pub diagnostics: Vec<Diagnostic>,
    pub generated: Vec<(PathBuf, String)>,
    /// Cache files still being written (while the findings are reported).
    pub writing: Vec<std::thread::JoinHandle<()>>,
}

impl Linted {
    /// Waits for the cache files to be written.
    pub fn finish_writing(&mut self) {
        for writer in self.writing.drain(..) {
            let _ = writer.join();
        }
    }
}

/// Loads and lints the project in `workspace`; `None` when the project itself cannot be
/// read.
pub(crate) fn lint(project: &Path, workspace: std::sync::Arc<Workspace>) -> Option<Linted> {
    // The templates are parsed while the project loads (its start leaves a core idle).
    let earlier = crate::kept_renderings::load_and_prepare(project);
    // The kept analyses are files of their own: read on both cores.
    let kept = std::thread::scope(|scope| {
        scope.spawn(|| crate::kept_analysis::load_usages(project, &workspace));
        crate::clean_texts::load(project, &workspace);
        crate::kept_analysis::load_evaluations(project, &workspace)
    });
    // As codegen does: what static evaluation could not decide, loading decides.
    let loaded = crate::learned::load(project, &workspace, || {
        ProjectModel::load(project, &workspace, Detail::LINT)
    });
    let model = match loaded {
        Ok(model) => model,
        Err(error) => {
            print_config_error(project, &error);
            return None;
        }
    };
    let generated = std::sync::OnceLock::<Vec<(PathBuf, String)>>::new();
    let diagnostics = std::thread::scope(|scope| {
        // The evaluations depend on loading the model only: they are written while
        // codegen and the rules run.
        scope.spawn(|| crate::kept_analysis::store_evaluations(project, &workspace, &model, kept));
        // Codegen on a core of its own while the usages are found and the rules run: only
        // the last rule, `stale-generated`, waits for it.
        let generating = scope.spawn(|| -> Vec<(PathBuf, String)> {
            if model.has_errors() {
                return Vec::new();
            }
            let earlier = earlier.join().unwrap_or_default();
            let Ok(generation) = convexkit_codegen::generate(&model, &earlier) else {
                return Vec::new();
            };
            crate::kept_renderings::store(project, &earlier, &generation.renderings);
            let files = generation.files.into_iter();
            files.map(|f| (f.path, f.contents)).collect()
        });
        let generating = std::cell::RefCell::new(Some(generating));
        let wait_for_codegen = || {
            let files = generated.get_or_init(|| match generating.borrow_mut().take() {
                Some(thread) => thread
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                None => Vec::new(),
            });
            (!files.is_empty()).then_some(files.as_slice())
        };
        let usages = convexkit_analysis::lint::find_usages(&model, &workspace);
        let diagnostics =
            convexkit_analysis::lint::lint_with(&model, &workspace, &wait_for_codegen, usages);
        // Also when `stale-generated` is off: the files are what `--fix` writes.
        wait_for_codegen();
        diagnostics
    });
    let generated = generated.into_inner().unwrap_or_default();
    crate::clean_texts::store(project, &workspace);
    let usages = {
        let (project, workspace) = (project.to_path_buf(), workspace.clone());
        let root = model.config.root.clone();
        std::thread::spawn(move || crate::kept_analysis::store_usages(&project, &workspace, &root))
    };
    Some(Linted {
        workspace,
        diagnostics,
        generated,
        writing: vec![usages],
    })
}

pub fn run(project: &Path, format: Format, fix: bool) -> u8 {
    let project = &absolute(project);
    // `--fix` edits files: it always starts from the files as they are.
    let kept = (!fix)
        .then(|| crate::outcome::load::<Vec<Diagnostic>>(project, "check"))
        .flatten();
    let linted = match kept {
        Some(diagnostics) => Some(Linted {
            workspace: crate::one_shot_workspace(),
            diagnostics,
            generated: Vec::new(),
            writing: Vec::new(),
        }),
        None => lint(project, crate::one_shot_workspace()).map(|mut linted| {
            if !fix {
                let (project, diagnostics) = (project.clone(), linted.diagnostics.clone());
                linted.writing.push(std::thread::spawn(move || {
                    let markers = crate::learned::installed_markers(&project);
                    crate::outcome::store(&project, "check", &diagnostics, &markers);
                }));
            }
            linted
        }),
    };
    let Some(mut linted) = linted else {
        return 2;
    };
    if fix {
        match apply_fixes(&linted.diagnostics, &linted.generated) {
            Ok(0) => {}
            Ok(count) => {
                eprintln!("applied {count} fix{}", if count == 1 { "" } else { "es" });
                linted.finish_writing();
                let Some(again) = lint(project, crate::one_shot_workspace()) else {
                    return 2;
                };
                linted = again;
            }
            Err(error) => {
                eprintln!("error: applying fixes failed: {error}");
                return 2;
            }
        }
    }
    let Linted {
        workspace,
        diagnostics,
        ..
    } = &linted;
    match format {
        Format::Human => report::print_diagnostics(project, workspace, diagnostics),
        Format::Json => println!("{}", report::json(project, workspace, diagnostics)),
        Format::Github => print!("{}", report::github(project, workspace, diagnostics)),
        Format::Sarif => println!("{}", report::sarif(project, workspace, diagnostics)),
    }
    if format == Format::Human {
        let errors = diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        let warnings = diagnostics.len() - errors;
        eprintln!(
            "{errors} error{}, {warnings} warning{}",
            if errors == 1 { "" } else { "s" },
            if warnings == 1 { "" } else { "s" }
        );
    }
    let failed = diagnostics.iter().any(|d| d.severity == Severity::Error);
    linted.finish_writing();
    u8::from(failed)
}

/// `check --rules`: every rule with its default level and summary (JSON with `--format json`).
pub fn list_rules(format: Format) -> u8 {
    let rules = convexkit_analysis::rules::RULES
        .iter()
        .map(|rule| (rule, rule.default_level()));
    match format {
        Format::Json | Format::Sarif => {
            let rules: Vec<serde_json::Value> = rules
                .map(|(rule, level)| {
                    serde_json::json!({
                        "code": rule.code,
                        "default": level,
                        "eslintPlugin": rule.eslint_plugin,
                        "summary": rule.summary,
                        "docs": rule.docs_url(),
                    })
                })
                .collect();
            println!("{}", serde_json::json!({ "rules": rules }));
        }
        Format::Human | Format::Github => {
            for (rule, level) in rules {
                println!("{:<36} {level:<5}  {}", rule.code, rule.summary);
            }
        }
    }
    0
}

/// Applies every safe fix whose edits do not overlap an earlier one; returns how many.
fn apply_fixes(
    diagnostics: &[Diagnostic],
    generated: &[(PathBuf, String)],
) -> std::io::Result<usize> {
    let applied = convexkit_analysis::diagnostic::apply_safe_fixes(diagnostics, |file| {
        std::fs::read_to_string(file)
    })?;
    for (file, text) in &applied.files {
        convexkit_codegen::write_atomic(file, text)?;
    }
    if applied.run_codegen {
        let files: Vec<_> = generated
            .iter()
            .map(|(path, contents)| convexkit_codegen::GeneratedFile {
                path: path.clone(),
                contents: contents.clone(),
            })
            .collect();
        convexkit_codegen::write_files(&files)?;
    }
    Ok(applied.count)
}
