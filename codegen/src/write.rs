//! Writing generated files: atomically (temp file + rename), only when the content
//! changes, and never outside the `_generated/` folders codegen owns.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::GeneratedFile;

/// Files codegen may write in a `_generated/` folder; anything else there (notably `ai/`)
/// belongs to someone else and is never touched.
pub const OWNED_FILES: [&str; 12] = [
    "api.d.ts",
    "api.js",
    "api.ts",
    "api_cjs.cjs",
    "api_cjs.d.cts",
    "component.ts",
    "dataModel.d.ts",
    "dataModel.ts",
    "server.d.ts",
    "server.js",
    "server.ts",
    "validators.ts",
];

/// What writing (or checking) the files did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct WriteReport {
    /// Files whose content changed (written, or that would be written).
    pub changed: Vec<PathBuf>,
    /// Owned files no longer generated (deleted, or that would be deleted).
    pub removed: Vec<PathBuf>,
}

fn stale_owned_files(files: &[GeneratedFile]) -> Vec<PathBuf> {
    let mut dirs: Vec<&Path> = files.iter().filter_map(|f| f.path.parent()).collect();
    dirs.sort();
    dirs.dedup();
    let mut stale = Vec::new();
    for dir in dirs {
        for name in OWNED_FILES {
            let path = dir.join(name);
            if path.is_file() && !files.iter().any(|f| f.path == path) {
                stale.push(path);
            }
        }
    }
    stale
}

fn differs(file: &GeneratedFile) -> bool {
    std::fs::read(&file.path).map_or(true, |existing| existing != file.contents.as_bytes())
}

/// Lists what [`write_files`] would change, writing nothing.
pub fn check_files(files: &[GeneratedFile]) -> WriteReport {
    WriteReport {
        changed: files
            .iter()
            .filter(|f| differs(f))
            .map(|f| f.path.clone())
            .collect(),
        removed: stale_owned_files(files),
    }
}

/// Replaces `path` with `contents` atomically: a reader sees the old or the new file, never
/// a half-written one, and the new one is on disk when this returns.
pub fn write_atomic(path: &Path, contents: &str) -> std::io::Result<()> {
    replace(path, contents, true)
}

/// [`write_atomic`] without waiting for the disk, for caches: a process that dies leaves the
/// old file or the new one, and what a power cut may leave (an empty or zeroed file) is not
/// JSON, so it is read as no cache. Waiting for the disk cost more than the rest of an
/// analysis of a small app (two fsyncs, 5–8 ms).
pub fn write_atomic_cache(path: &Path, contents: &str) -> std::io::Result<()> {
    replace(path, contents, false)
}

fn replace(path: &Path, contents: &str, durable: bool) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut temp = tempfile::NamedTempFile::new_in(dir)?;
    temp.write_all(contents.as_bytes())?;
    // A temporary file is private (0600); the file it replaces keeps its mode, a new one gets
    // what an ordinary write gives (0644 under the usual umask), as the official CLI's do.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).map_or(0o644, |m| m.permissions().mode() & 0o777);
        temp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(mode))?;
    }
    if durable {
        temp.as_file().sync_all()?;
    }
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Writes every file whose content differs, each atomically.
pub fn write_files(files: &[GeneratedFile]) -> std::io::Result<WriteReport> {
    let report = check_files(files);
    for file in files.iter().filter(|f| report.changed.contains(&f.path)) {
        write_atomic(&file.path, &file.contents)?;
    }
    for path in &report.removed {
        std::fs::remove_file(path)?;
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn new_files_are_readable_by_all_and_replaced_ones_keep_their_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("_generated/api.d.ts");
        write_atomic(&path, "a").unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o644);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o664)).unwrap();
        write_atomic(&path, "b").unwrap();
        assert_eq!(mode(&path), 0o664);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "b");
    }

    #[test]
    fn writes_only_changes_and_keeps_foreign_files() {
        let dir = tempfile::tempdir().unwrap();
        let generated = dir.path().join("_generated");
        std::fs::create_dir_all(generated.join("ai")).unwrap();
        std::fs::write(generated.join("ai/guidelines.md"), "keep").unwrap();
        std::fs::write(generated.join("api.ts"), "old").unwrap();
        std::fs::write(generated.join("notes.txt"), "keep").unwrap();
        let files = vec![
            GeneratedFile {
                path: generated.join("api.d.ts"),
                contents: "new".into(),
            },
            GeneratedFile {
                path: generated.join("server.js"),
                contents: "same".into(),
            },
        ];
        std::fs::write(generated.join("server.js"), "same").unwrap();
        let report = write_files(&files).unwrap();
        assert_eq!(report.changed, [generated.join("api.d.ts")]);
        assert_eq!(report.removed, [generated.join("api.ts")]);
        assert_eq!(
            std::fs::read_to_string(generated.join("api.d.ts")).unwrap(),
            "new"
        );
        assert!(generated.join("ai/guidelines.md").is_file());
        assert!(generated.join("notes.txt").is_file());
        assert!(!generated.join("api.ts").exists());
        assert_eq!(write_files(&files).unwrap(), WriteReport::default());
    }
}
