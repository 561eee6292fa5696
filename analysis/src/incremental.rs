//! Evaluation results kept across project loads (the language server loads a project on
//! every edit): a module's functions are re-evaluated only when a file its evaluation read
//! has changed, so one edit re-evaluates the edited module and the modules that import it.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use rustc_hash::FxHashMap as HashMap;
use serde::{Deserialize, Serialize};

use crate::eval::{Reads, SchemaValue};
use crate::model::Function;
use crate::workspace::{bytes_of, FileKey, Workspace};

/// What evaluating one module produced.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluatedModule {
    pub functions: Arc<[Function]>,
    pub unknown_exports: Arc<[(String, String)]>,
}

#[derive(PartialEq)]
struct Entry<T> {
    /// Every file the evaluation read, with the hash of the content it read.
    reads: Vec<(PathBuf, u64)>,
    value: T,
}

/// Per project root, then file, the last evaluation and what it read (nested so a lookup
/// allocates nothing).
type Entries<T> = Mutex<HashMap<PathBuf, HashMap<PathBuf, Entry<T>>>>;

/// What evaluating a schema file's default export gave.
pub type EvaluatedSchema = Result<SchemaValue, String>;

/// Module evaluations, and schema evaluations, with what each read.
#[derive(Default)]
pub struct EvaluatedModules {
    entries: Entries<EvaluatedModule>,
    schemas: Entries<EvaluatedSchema>,
    evaluations: std::sync::atomic::AtomicUsize,
    /// Whether an entry was added, replaced by a different one or dropped since the
    /// process started (what [`Self::restore`] takes is no change).
    changed: std::sync::atomic::AtomicBool,
}

/// The content hashes of files, each looked up once per project load (by the path's bytes:
/// every evaluation kept looks up each file it read, and `Path`'s own hash walks its
/// components).
#[derive(Default)]
pub struct FileHashes(HashMap<FileKey, Option<u64>>);

impl FileHashes {
    fn get(&mut self, workspace: &Workspace, file: &Path) -> Option<u64> {
        if let Some(hash) = self.0.get(bytes_of(file)) {
            return *hash;
        }
        let hash = workspace.content_hash(file);
        self.0.insert(FileKey(file.to_path_buf()), hash);
        hash
    }
}

/// The kept evaluations of one kind (modules' or schemas'), to look up and to keep.
pub struct Kept<'a, T> {
    entries: &'a Entries<T>,
    owner: &'a EvaluatedModules,
}

impl EvaluatedModules {
    /// The kept module evaluations.
    pub fn modules(&self) -> Kept<'_, EvaluatedModule> {
        Kept {
            entries: &self.entries,
            owner: self,
        }
    }

    /// The kept schema evaluations (a large app's schema takes longer to evaluate than all
    /// its kept modules to check).
    pub fn schemas(&self) -> Kept<'_, EvaluatedSchema> {
        Kept {
            entries: &self.schemas,
            owner: self,
        }
    }
}

impl<T: Clone + PartialEq> Kept<'_, T> {
    /// The kept evaluation of `file`, if no file it read has changed since.
    pub fn lookup(
        &self,
        workspace: &Workspace,
        hashes: &mut FileHashes,
        root: &Path,
        file: &Path,
    ) -> Option<T> {
        let entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        let entry = entries.get(root)?.get(file)?;
        entry
            .reads
            .iter()
            .all(|(read, hash)| hashes.get(workspace, read) == Some(*hash))
            .then(|| entry.value.clone())
    }

    /// Keeps an evaluation of `file` that read `reads`; one that depended on something other
    /// than file contents is not kept.
    pub fn store(
        &self,
        workspace: &Workspace,
        hashes: &mut FileHashes,
        root: &Path,
        file: &Path,
        reads: &Reads,
        value: &T,
    ) {
        let owner = self.owner;
        owner
            .evaluations
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        let entries = entries.entry(root.to_path_buf()).or_default();
        let reads = reads
            .files
            .iter()
            .map(|FileKey(read)| Some((read.clone(), hashes.get(workspace, read)?)))
            .collect::<Option<Vec<_>>>()
            .filter(|_| reads.complete);
        let Some(mut reads) = reads else {
            if entries.remove(file).is_some() {
                owner
                    .changed
                    .store(true, std::sync::atomic::Ordering::Relaxed);
            }
            return;
        };
        reads.sort();
        let entry = Entry {
            reads,
            value: value.clone(),
        };
        if entries.get(file) != Some(&entry) {
            owner
                .changed
                .store(true, std::sync::atomic::Ordering::Relaxed);
            entries.insert(file.to_path_buf(), entry);
        }
    }
}

/// One kept evaluation as a cache file holds it (functions in [`Function::to_json`] form):
/// `F` is the functions, borrowed to write and owned when read.
#[derive(Debug, Serialize, Deserialize)]
pub struct StoredEvaluation<F> {
    pub file: PathBuf,
    pub reads: Vec<(PathBuf, u64)>,
    pub functions: F,
    pub unknown_exports: Vec<(String, String)>,
}

/// A kept evaluation's functions, written as a list without copying them.
#[derive(Debug)]
pub struct SharedFunctions(Arc<[Function]>);

impl Serialize for SharedFunctions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter())
    }
}

impl EvaluatedModules {
    /// The evaluations kept for the project at `root` of the modules `keep` accepts, sorted
    /// by file, for a cache that outlives the process.
    pub fn stored(
        &self,
        root: &Path,
        keep: impl Fn(&Path) -> bool,
    ) -> Vec<StoredEvaluation<SharedFunctions>> {
        let entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        let mut stored: Vec<_> = entries
            .get(root)
            .into_iter()
            .flatten()
            .filter(|(file, _)| keep(file))
            .map(|(file, entry)| StoredEvaluation {
                file: file.clone(),
                reads: entry.reads.clone(),
                functions: SharedFunctions(entry.value.functions.clone()),
                unknown_exports: entry.value.unknown_exports.to_vec(),
            })
            .collect();
        stored.sort_by(|a, b| a.file.cmp(&b.file));
        stored
    }

    /// Keeps evaluations a cache file held; each is still checked against the files it
    /// read when it is looked up.
    pub fn restore(&self, root: &Path, stored: Vec<StoredEvaluation<Vec<Function>>>) {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        let entries = entries.entry(root.to_path_buf()).or_default();
        for evaluation in stored {
            entries.insert(
                evaluation.file,
                Entry {
                    reads: evaluation.reads,
                    value: EvaluatedModule {
                        functions: evaluation.functions.into(),
                        unknown_exports: evaluation.unknown_exports.into(),
                    },
                },
            );
        }
    }
}

/// One kept schema evaluation as a cache file holds it (the schema in its `export()` form).
#[derive(Debug, Serialize, Deserialize)]
pub struct StoredSchema {
    pub file: PathBuf,
    pub reads: Vec<(PathBuf, u64)>,
    pub schema: Result<serde_json::Value, String>,
}

impl EvaluatedModules {
    /// The schema evaluations kept for the project at `root` of the files `keep` accepts,
    /// sorted by file (as [`Self::stored`]).
    pub fn stored_schemas(&self, root: &Path, keep: impl Fn(&Path) -> bool) -> Vec<StoredSchema> {
        let schemas = self.schemas.lock().unwrap_or_else(|e| e.into_inner());
        let mut stored: Vec<_> = schemas
            .get(root)
            .into_iter()
            .flatten()
            .filter(|(file, _)| keep(file))
            .map(|(file, entry)| StoredSchema {
                file: file.clone(),
                reads: entry.reads.clone(),
                schema: entry
                    .value
                    .as_ref()
                    .map(SchemaValue::to_export)
                    .map_err(Clone::clone),
            })
            .collect();
        stored.sort_by(|a, b| a.file.cmp(&b.file));
        stored
    }

    /// Keeps the schema evaluations a cache file held (one that no longer reads back is
    /// left to be evaluated again).
    pub fn restore_schemas(&self, root: &Path, stored: Vec<StoredSchema>) {
        let mut schemas = self.schemas.lock().unwrap_or_else(|e| e.into_inner());
        let schemas = schemas.entry(root.to_path_buf()).or_default();
        for evaluation in stored {
            let value = match &evaluation.schema {
                Ok(exported) => match SchemaValue::from_export(exported) {
                    Ok(schema) => Ok(schema),
                    Err(_) => continue,
                },
                Err(reason) => Err(reason.clone()),
            };
            schemas.insert(
                evaluation.file,
                Entry {
                    reads: evaluation.reads,
                    value,
                },
            );
        }
    }
}

impl EvaluatedModules {
    /// How many evaluations of modules and schemas were made (not taken from the cache), for
    /// tests and benchmarks.
    pub fn evaluations(&self) -> usize {
        self.evaluations.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Whether what is kept differs from what [`Self::restore`] took.
    pub fn changed(&self) -> bool {
        self.changed.load(std::sync::atomic::Ordering::Relaxed)
    }
}

/// The modules each functions folder had at the last load.
#[derive(Default)]
pub struct KnownModules(Mutex<HashMap<PathBuf, Vec<String>>>);

impl KnownModules {
    /// Records the modules of `dir`; true when an earlier load found others.
    pub fn changed(&self, dir: &Path, modules: &[String]) -> bool {
        let mut known = self.0.lock().unwrap_or_else(|e| e.into_inner());
        // Copied only when they change: most loads (every keystroke) find the same list.
        let changed = match known.get(dir) {
            Some(before) if before.as_slice() == modules => return false,
            Some(_) => true,
            None => false,
        };
        known.insert(dir.to_path_buf(), modules.to_vec());
        changed
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::model::{Detail, ProjectModel};
    use crate::validator::Validator;
    use crate::workspace::Workspace;

    use super::EvaluatedModules;

    fn write(root: &Path, rel: &str, text: &str) {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    /// An app whose `messages.ts` takes its argument validator from `shared/fields.ts`.
    fn app() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "package.json", "{}");
        write(
            dir.path(),
            "convex/shared/fields.ts",
            "import { v } from \"convex/values\";\nexport const body = v.string();\n",
        );
        write(
            dir.path(),
            "convex/messages.ts",
            "import { mutation } from \"./_generated/server\";\nimport { body } from \"./shared/fields\";\n\
             export const send = mutation({ args: { body }, handler: async () => {} });\n",
        );
        write(
            dir.path(),
            "convex/users.ts",
            "import { query } from \"./_generated/server\";\nimport { v } from \"convex/values\";\n\
             export const get = query({ args: { id: v.string() }, handler: async () => null });\n",
        );
        dir
    }

    fn send_body(model: &ProjectModel) -> Validator {
        let module = model
            .app()
            .modules
            .iter()
            .find(|m| m.path == "messages.ts")
            .unwrap();
        match module.functions[0].args.as_ref().unwrap() {
            Validator::Object(fields) => fields[0].validator.clone(),
            other => panic!("args are an object, found {other:?}"),
        }
    }

    fn evaluations(workspace: &Workspace) -> usize {
        workspace.memo::<EvaluatedModules>().evaluations()
    }

    #[test]
    fn an_unchanged_project_is_not_evaluated_again() {
        let dir = app();
        let workspace = Workspace::new();
        let first = ProjectModel::load(dir.path(), &workspace, Detail::ALL).unwrap();
        let evaluated = evaluations(&workspace);
        assert_eq!(evaluated, 3, "every module is evaluated once");
        let again = ProjectModel::load(dir.path(), &workspace, Detail::ALL).unwrap();
        assert_eq!(evaluations(&workspace), evaluated);
        assert_eq!(again.app().modules, first.app().modules);
    }

    #[test]
    fn editing_an_imported_file_re_evaluates_its_importers_only() {
        let dir = app();
        let workspace = Workspace::new();
        let first = ProjectModel::load(dir.path(), &workspace, Detail::ALL).unwrap();
        assert!(matches!(send_body(&first), Validator::String));
        let before = evaluations(&workspace);

        let fields = dir.path().join("convex/shared/fields.ts");
        workspace.set_overlay(
            &fields,
            Some("import { v } from \"convex/values\";\nexport const body = v.number();\n".into()),
        );
        let edited = ProjectModel::load(dir.path(), &workspace, Detail::ALL).unwrap();
        assert!(
            matches!(send_body(&edited), Validator::Number),
            "{:?}",
            send_body(&edited)
        );
        // shared/fields.ts itself and messages.ts, which imports it; users.ts is kept.
        assert_eq!(evaluations(&workspace), before + 2);

        workspace.set_overlay(&fields, None);
        let reverted = ProjectModel::load(dir.path(), &workspace, Detail::ALL).unwrap();
        assert!(matches!(send_body(&reverted), Validator::String));
    }

    #[test]
    fn a_schema_is_evaluated_again_only_when_a_file_it_read_changed() {
        let dir = app();
        write(
            dir.path(),
            "convex/schema.ts",
            "import { defineSchema, defineTable } from \"convex/server\";\nimport { body } from \"./shared/fields\";\n\
             export default defineSchema({ messages: defineTable({ body }).index(\"by_body\", [\"body\"]) });\n",
        );
        let schema_of = |model: &ProjectModel| model.app().schema.clone().unwrap().value.unwrap();
        let workspace = Workspace::new();
        let first = ProjectModel::load(dir.path(), &workspace, Detail::ALL).unwrap();
        assert_eq!(
            first.app().schema.as_ref().unwrap().file,
            dir.path().join("convex/schema.ts")
        );
        let before = evaluations(&workspace);

        // An edit of a module the schema does not read: the schema is kept.
        let users = dir.path().join("convex/users.ts");
        workspace.set_overlay(&users, Some("export const x = 1;\n".into()));
        ProjectModel::load(dir.path(), &workspace, Detail::ALL).unwrap();
        assert_eq!(evaluations(&workspace), before + 1, "users.ts only");

        // An edit of a file it reads: evaluated again.
        let fields = dir.path().join("convex/shared/fields.ts");
        workspace.set_overlay(
            &fields,
            Some("import { v } from \"convex/values\";\nexport const body = v.number();\n".into()),
        );
        let edited = ProjectModel::load(dir.path(), &workspace, Detail::ALL).unwrap();
        assert_eq!(
            schema_of(&edited).tables[0].1.document,
            Validator::Object(
                vec![crate::validator::Field {
                    name: "body".into(),
                    validator: Validator::Number,
                    optional: false,
                }]
                .into()
            )
        );

        // As a cache file keeps it: the same schema in another process, not evaluated.
        let root = edited.config.root.clone();
        let stored = workspace
            .memo::<EvaluatedModules>()
            .stored_schemas(&root, |_| true);
        let text = serde_json::to_string(&stored).unwrap();
        let restored = Workspace::new();
        for (file, text) in [
            (&users, "export const x = 1;\n"),
            (
                &fields,
                "import { v } from \"convex/values\";\nexport const body = v.number();\n",
            ),
        ] {
            restored.set_overlay(file, Some(text.into()));
        }
        restored
            .memo::<EvaluatedModules>()
            .restore_schemas(&root, serde_json::from_str(&text).unwrap());
        let again = ProjectModel::load(dir.path(), &restored, Detail::ALL).unwrap();
        assert_eq!(schema_of(&again), schema_of(&edited));
        assert_eq!(evaluations(&restored), 3, "the modules only");
    }

    #[test]
    fn a_change_on_disk_is_seen_in_the_next_revision() {
        let dir = app();
        let workspace = Workspace::new();
        ProjectModel::load(dir.path(), &workspace, Detail::ALL).unwrap();
        // Another size, so the change shows even where mtimes are coarse.
        write(
            dir.path(),
            "convex/shared/fields.ts",
            "import { v } from \"convex/values\";\nexport const body = v.boolean();\n",
        );
        let same_revision = ProjectModel::load(dir.path(), &workspace, Detail::ALL).unwrap();
        assert!(
            matches!(send_body(&same_revision), Validator::String),
            "within a revision, files are taken as first read"
        );
        workspace.begin_revision();
        let next = ProjectModel::load(dir.path(), &workspace, Detail::ALL).unwrap();
        assert!(matches!(send_body(&next), Validator::Boolean));
    }

    #[test]
    fn an_import_that_did_not_resolve_is_tried_again() {
        let dir = app();
        write(
            dir.path(),
            "convex/messages.ts",
            "import { mutation } from \"./_generated/server\";\nimport { body } from \"../lib/later\";\n\
             export const send = mutation({ args: { body }, handler: async () => {} });\n",
        );
        let workspace = Workspace::new();
        let first = ProjectModel::load(dir.path(), &workspace, Detail::ALL).unwrap();
        let module = &first
            .app()
            .modules
            .iter()
            .find(|m| m.path == "messages.ts")
            .unwrap();
        assert!(module.functions.is_empty() || module.functions[0].args.is_err());

        // Outside the functions folder, so the list of modules does not change.
        write(
            dir.path(),
            "lib/later.ts",
            "import { v } from \"convex/values\";\nexport const body = v.int64();\n",
        );
        workspace.begin_revision();
        let next = ProjectModel::load(dir.path(), &workspace, Detail::ALL).unwrap();
        assert!(
            matches!(send_body(&next), Validator::BigInt),
            "{:?}",
            send_body(&next)
        );
    }
}
