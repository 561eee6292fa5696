//! The project a file belongs to, and one analysis of it (model + lint findings).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock, Mutex, PoisonError};

use convexkit_analysis::diagnostic::Diagnostic;
use convexkit_analysis::model::{Detail, ProjectModel};
use convexkit_analysis::workspace::Workspace;
use convexkit_codegen::{GeneratedFile, Renderings};

/// The nearest folder above `file` that is a Convex project (convex.json, or package.json
/// beside a convex/ folder).
pub fn project_root(file: &Path) -> Option<PathBuf> {
    file.ancestors()
        .skip(1)
        .find(|dir| {
            dir.join("convex.json").is_file()
                || (dir.join("package.json").is_file() && dir.join("convex").is_dir())
        })
        .map(Path::to_path_buf)
}

/// What codegen would write, as (path, contents).
pub type Generated = Arc<Vec<(PathBuf, String)>>;

/// One analysis of a project.
pub struct Snapshot {
    pub root: PathBuf,
    pub model: ProjectModel,
    /// What codegen would write, as of the last full analysis (on open, save or a watched
    /// file's change); `stale-generated` compares it with `_generated/`.
    pub generated: Generated,
    /// Findings by file.
    pub diagnostics: HashMap<PathBuf, Vec<Diagnostic>>,
}

/// Analyses the project at `root`, reading open documents from the workspace's overlays.
/// `editor_rules` (the editor's settings) apply to rules the project's convexkit.json leaves
/// unset. With `generated` (an analysis while typing), codegen is not run again: what
/// `_generated/` should hold changes on save, when codegen-on-save writes it.
pub fn analyse(
    root: &Path,
    workspace: &Workspace,
    editor_rules: &[(String, String)],
    generated: Option<Generated>,
) -> Option<Arc<Snapshot>> {
    if generated.is_none() {
        // A full analysis looks at the disk again; one while typing trusts what it read.
        workspace.begin_revision();
    }
    let mut model = ProjectModel::load(root, workspace, Detail::LINT).ok()?;
    for (code, level) in editor_rules {
        if !model.config.rules.iter().any(|(c, _)| c == code) {
            model
                .config
                .rules
                .push((code.clone(), serde_json::Value::from(level.as_str())));
        }
    }
    let generated = generated.unwrap_or_else(|| {
        Arc::new(if model.has_errors() {
            Vec::new()
        } else {
            generate(&model)
                .map(|files| files.into_iter().map(|f| (f.path, f.contents)).collect())
                .unwrap_or_default()
        })
    });
    let findings = convexkit_analysis::lint::lint(
        &model,
        workspace,
        (!generated.is_empty()).then_some(generated.as_slice()),
    );
    let mut diagnostics: HashMap<PathBuf, Vec<Diagnostic>> = HashMap::new();
    for finding in findings {
        diagnostics
            .entry(finding.file.clone())
            .or_default()
            .push(finding);
    }
    Some(Arc::new(Snapshot {
        root: root.to_path_buf(),
        model,
        generated,
        diagnostics,
    }))
}

/// Codegen's files for `model`, taking what the last generation in this process rendered
/// from the same template and context (whichever project it was: the key is both).
fn generate(model: &ProjectModel) -> Result<Vec<GeneratedFile>, Vec<Diagnostic>> {
    static EARLIER: LazyLock<Mutex<Renderings>> = LazyLock::new(Mutex::default);
    let earlier = std::mem::take(&mut *EARLIER.lock().unwrap_or_else(PoisonError::into_inner));
    let generation = convexkit_codegen::generate(model, &earlier)?;
    *EARLIER.lock().unwrap_or_else(PoisonError::into_inner) = generation.renderings;
    Ok(generation.files)
}

/// Writes the project's `_generated/` folders, as `convexkit codegen` does.
pub fn codegen(root: &Path, workspace: &Workspace) -> Result<(), String> {
    workspace.begin_revision();
    let model = ProjectModel::load(root, workspace, Detail::ALL).map_err(|e| e.message)?;
    if model.has_errors() {
        return Err("codegen skipped: the project has errors".into());
    }
    let files = generate(&model).map_err(|errors| {
        format!(
            "codegen failed: {}",
            errors
                .iter()
                .map(|e| e.message.as_str())
                .collect::<Vec<_>>()
                .join("; ")
        )
    })?;
    convexkit_codegen::write_files(&files)
        .map(|_| ())
        .map_err(|e| e.to_string())
}
