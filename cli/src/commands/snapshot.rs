//! `convexkit export` / `convexkit import`: the whole database (component data included) as
//! a ZIP in the layout of Convex's snapshot export, like `npx convex export` / `npx convex
//! import` (the layout and the import's rules: `convexkit_runtime::snapshot`).

use std::path::Path;

use convexkit_runtime::project::{LocalRuntime, Options};
use convexkit_runtime::snapshot::{self, ImportMode, Schemas};
use convexkit_runtime::storage::ServingLock;

use super::database_of;

fn plural(n: u64, one: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {one}s")
    }
}

pub struct ExportArgs<'a> {
    pub project: &'a Path,
    pub database: Option<&'a Path>,
    /// The ZIP to write, or a folder to write `snapshot_<timestamp>.zip` into.
    pub path: &'a Path,
}

/// Exit codes: 0 written, 1 failed (nothing written).
pub fn export(args: ExportArgs<'_>) -> u8 {
    let database = database_of(args.project, args.database);
    // As `npx convex export`: a folder gets a file named by the snapshot's time.
    let target = if args.path.is_dir() {
        let ns = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        args.path.join(format!("snapshot_{ns}.zip"))
    } else {
        args.path.to_path_buf()
    };
    match snapshot::export(&database, &target) {
        Ok(summary) => {
            println!(
                "Exported {} in {} and {} ({}, the app included) to {}",
                plural(summary.documents, "document"),
                plural(summary.tables as u64, "table"),
                plural(summary.files, "stored file"),
                plural(summary.components as u64, "instance"),
                target.display()
            );
            0
        }
        Err(error) => {
            eprintln!("error: {error}");
            1
        }
    }
}

pub struct ImportArgs<'a> {
    pub project: &'a Path,
    pub database: Option<&'a Path>,
    pub replace: bool,
    pub file: &'a Path,
}

/// Exit codes: 0 imported, 1 failed (the database unchanged).
pub fn import(args: ImportArgs<'_>) -> u8 {
    let database = database_of(args.project, args.database);
    // A running `convexkit dev` keeps this database's tables in memory.
    let _serving = match ServingLock::claim(&database) {
        Ok(lock) => lock,
        Err(error) => {
            eprintln!("error: {error}");
            return 1;
        }
    };
    if !args.file.is_file() {
        eprintln!(
            "error: {} does not exist: pass a ZIP made by `convexkit export` or `npx convex export`",
            args.file.display()
        );
        return 1;
    }
    // The project's runtime reads the schemas: what documents are checked against and
    // which indexes are built.
    let schemas = match LocalRuntime::open(args.project, &database, Options::default())
        .map_err(|e| e.to_string())
        .and_then(|runtime| Schemas::of(&runtime).map_err(|e| e.to_string()))
    {
        Ok(schemas) => schemas,
        Err(error) => {
            eprintln!("error: {error} (an import needs the project's schemas)");
            return 1;
        }
    };
    let mode = if args.replace {
        ImportMode::Replace
    } else {
        ImportMode::RequireEmpty
    };
    match snapshot::import(&database, args.file, mode, &schemas) {
        Ok(summary) => {
            for skipped in &summary.skipped {
                eprintln!("note: not imported: {skipped}");
            }
            for component in &summary.not_installed {
                eprintln!(
                    "note: the project does not install component `{component}`; its data is \
                     kept as is, without a schema to check it or indexes beyond by_id and \
                     by_creation_time"
                );
            }
            for moved in &summary.renumbered {
                let table = if moved.component.is_empty() {
                    format!("`{}`", moved.table)
                } else {
                    format!("`{}` of component `{}`", moved.table, moved.component)
                };
                eprintln!(
                    "note: table {table} has number {} in the snapshot, which another table \
                     already uses here; its IDs now carry {} (references to them in the \
                     snapshot were rewritten)",
                    moved.from, moved.to
                );
            }
            println!(
                "Imported {} in {} and {} from {} into {}",
                plural(summary.documents, "document"),
                plural(summary.tables as u64, "table"),
                plural(summary.files, "stored file"),
                args.file.display(),
                database.display()
            );
            0
        }
        Err(error) => {
            eprintln!("error: {error}");
            1
        }
    }
}
