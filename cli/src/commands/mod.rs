//! One module per command.

use std::path::{Path, PathBuf};

pub mod check;
pub mod codegen;
pub mod dev;
pub mod env;
pub mod lsp;
pub mod run;
pub mod snapshot;
pub mod supervisor;

/// The database a command uses: `--db`, else the project's `.convexkit/db.sqlite3`.
pub fn database_of(project: &Path, database: Option<&Path>) -> PathBuf {
    database
        .map(Path::to_path_buf)
        .unwrap_or_else(|| project.join(".convexkit/db.sqlite3"))
}
