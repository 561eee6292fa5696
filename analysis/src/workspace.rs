//! The parse cache: every file is parsed once per distinct content, so re-analysing a project
//! after one edit re-parses only the edited file. Editor buffers (overlays) win over disk.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use xxhash_rust::xxh3::xxh3_64;

use crate::parse::{parse, ParsedFile, SyntaxError};

/// Why a file could not be turned into an AST.
#[derive(Debug, Clone)]
pub enum LoadError {
    Io(String),
    Syntax(SyntaxError),
}

type ParseResult = Result<Arc<ParsedFile>, SyntaxError>;

#[derive(Default)]
pub struct Workspace {
    cache: Mutex<HashMap<PathBuf, (u64, ParseResult)>>,
    overlays: Mutex<HashMap<PathBuf, Arc<str>>>,
    parses: AtomicUsize,
}

impl Workspace {
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets (or with `None` clears) the unsaved contents of a file.
    pub fn set_overlay(&self, path: &Path, text: Option<Arc<str>>) {
        let mut overlays = self.overlays.lock().unwrap_or_else(|e| e.into_inner());
        match text {
            Some(text) => overlays.insert(path.to_path_buf(), text),
            None => overlays.remove(path),
        };
    }

    /// The current text of a file: its overlay, else its contents on disk.
    pub fn read(&self, path: &Path) -> Result<Arc<str>, LoadError> {
        if let Some(text) = self
            .overlays
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(path)
        {
            return Ok(text.clone());
        }
        let bytes = std::fs::read(path)
            .map_err(|e| LoadError::Io(format!("cannot read {}: {e}", path.display())))?;
        String::from_utf8(bytes)
            .map(Arc::from)
            .map_err(|_| LoadError::Io(format!("{} is not valid UTF-8", path.display())))
    }

    /// Parses a file, reusing the previous AST when its content is unchanged.
    pub fn parse(&self, path: &Path) -> Result<Arc<ParsedFile>, LoadError> {
        let text = self.read(path)?;
        let hash = xxh3_64(text.as_bytes());
        let cached = self
            .cache
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(path)
            .filter(|(h, _)| *h == hash)
            .map(|(_, result)| result.clone());
        let result = match cached {
            Some(result) => result,
            None => {
                self.parses.fetch_add(1, Ordering::Relaxed);
                let result = parse(&path.to_string_lossy(), text).map(Arc::new);
                self.cache
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(path.to_path_buf(), (hash, result.clone()));
                result
            }
        };
        result.map_err(LoadError::Syntax)
    }

    /// Parses many files on all cores, filling the cache (errors are kept for [`Self::parse`]).
    pub fn parse_all(&self, paths: &[PathBuf]) {
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(paths.len());
        if threads <= 1 {
            paths.iter().for_each(|path| drop(self.parse(path)));
            return;
        }
        let next = AtomicUsize::new(0);
        std::thread::scope(|scope| {
            for _ in 0..threads {
                scope.spawn(|| loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(path) = paths.get(index) else { break };
                    drop(self.parse(path));
                });
            }
        });
    }

    /// How many times a file was actually parsed (cache misses), for tests and benchmarks.
    pub fn parse_count(&self) -> usize {
        self.parses.load(Ordering::Relaxed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reparses_only_changed_content() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.ts");
        let b = dir.path().join("b.ts");
        std::fs::write(&a, "export const a = 1;").unwrap();
        std::fs::write(&b, "export const b = 2;").unwrap();
        let ws = Workspace::new();
        ws.parse(&a).unwrap();
        ws.parse(&b).unwrap();
        assert_eq!(ws.parse_count(), 2);
        ws.parse(&a).unwrap();
        assert_eq!(
            ws.parse_count(),
            2,
            "unchanged file must come from the cache"
        );
        ws.set_overlay(&a, Some("export const a = 3;".into()));
        let parsed = ws.parse(&a).unwrap();
        assert!(parsed.text.contains('3'));
        assert_eq!(ws.parse_count(), 3);
        ws.parse(&b).unwrap();
        assert_eq!(ws.parse_count(), 3);
    }
}
