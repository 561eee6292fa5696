//! What analyses keep between runs: file texts (re-read only when a file's size or mtime
//! changes), one parse per distinct content (so re-analysing after one edit re-parses one
//! file), values derived from a parse (module usage, scopes), and per-module evaluation
//! results with the files they read. Editor buffers (overlays) win over disk.

use std::any::{Any, TypeId};
use std::borrow::Borrow;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};
use std::time::SystemTime;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use xxhash_rust::xxh3::xxh3_64;

use crate::parse::{check_syntax, parse, ParsedFile, SyntaxError};

/// A file path hashed and compared by its bytes. The paths analysis meets are normalized
/// (joined from folder listings and resolved imports), and std's `Path` hashes and compares
/// component by component: with the maps of texts and trees, the evaluator's memos and its
/// read sets keyed by `Path`, that was a tenth of evaluating a large app.
#[derive(Debug, Clone)]
pub struct FileKey(pub PathBuf);

impl FileKey {
    fn bytes(&self) -> &[u8] {
        bytes_of(&self.0)
    }
}

pub(crate) fn bytes_of(path: &Path) -> &[u8] {
    path.as_os_str().as_encoded_bytes()
}

impl PartialEq for FileKey {
    fn eq(&self, other: &Self) -> bool {
        self.bytes() == other.bytes()
    }
}

impl Eq for FileKey {}

impl Hash for FileKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // As `[u8]` hashes, so a map of keys can be searched with a path's bytes.
        self.bytes().hash(state);
    }
}

impl Borrow<[u8]> for FileKey {
    fn borrow(&self) -> &[u8] {
        self.bytes()
    }
}

/// Why a file could not be turned into an AST.
#[derive(Debug, Clone)]
pub enum LoadError {
    Io(String),
    Syntax(SyntaxError),
}

type ParseResult = Result<Arc<ParsedFile>, SyntaxError>;
type Derived = Arc<dyn Any + Send + Sync>;

/// One content of a file: its hash, its parse and what was derived from that parse.
struct ParseEntry {
    hash: u64,
    /// Set by the one thread that parses the text; others asking meanwhile wait for it.
    result: Arc<OnceLock<ParseResult>>,
    derived: HashMap<TypeId, Derived>,
}

/// A file's text as last read from disk, with the size and mtime it had then.
struct DiskText {
    len: u64,
    modified: Option<SystemTime>,
    text: Arc<str>,
    hash: u64,
    /// The revision in which size and mtime were last compared with the disk.
    checked: u64,
}

/// What a folder entry is (symlinks are neither files nor folders, as the Convex CLI sees them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    File,
    Dir,
    Other,
}

/// A folder's entries, sorted by name.
pub type Listing = Arc<[(String, EntryKind)]>;

#[derive(Default)]
pub struct Workspace {
    /// By the path's bytes (see [`FileKey`]), as the two maps every read and parse looks in.
    cache: Mutex<HashMap<FileKey, ParseEntry>>,
    disk: Mutex<HashMap<FileKey, DiskText>>,
    /// Folder listings with the revision they were read in.
    listings: Mutex<HashMap<PathBuf, (u64, Listing)>>,
    /// Unsaved texts, with their hashes.
    overlays: Mutex<HashMap<PathBuf, (Arc<str>, u64)>>,
    /// Results kept by the project model across loads, keyed by the model's choosing.
    memo: Mutex<HashMap<TypeId, Derived>>,
    /// Files known to parse (by the hash of the text), whose trees were not kept.
    parses_cleanly: Mutex<HashMap<PathBuf, u64>>,
    parses: AtomicUsize,
    revision: AtomicU64,
    /// The files read while [`Self::files_read_by`] runs its work.
    read_log: Mutex<Option<HashSet<PathBuf>>>,
    /// See [`Self::one_shot`].
    one_shot: bool,
    /// See [`Self::before_large_heap`].
    large_heap_hook: Option<fn()>,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic elsewhere never leaves these maps half-updated, so a poisoned lock is usable.
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

impl Workspace {
    pub fn new() -> Self {
        Self::default()
    }

    /// The workspace of a process that exits after one analysis: what the analysis builds
    /// on the way (each thread's evaluations) is left for the exit to free, as freeing a
    /// large app's node by node takes about as long as building it.
    pub fn one_shot() -> Self {
        Self {
            one_shot: true,
            ..Self::default()
        }
    }

    /// Runs `hook` before each analysis that builds a large heap (hundreds of files parsed
    /// afresh), for a process to choose how its memory is served then (the CLI turns
    /// transparent huge pages on).
    pub fn before_large_heap(self, hook: fn()) -> Self {
        Self {
            large_heap_hook: Some(hook),
            ..self
        }
    }

    pub(crate) fn large_heap_ahead(&self) {
        if let Some(hook) = self.large_heap_hook {
            hook();
        }
    }

    /// Drops `value`, unless this workspace is [`Self::one_shot`].
    pub fn discard<T>(&self, value: T) {
        if self.one_shot {
            std::mem::forget(value);
        }
    }

    /// Sets (or with `None` clears) the unsaved contents of a file.
    pub fn set_overlay(&self, path: &Path, text: Option<Arc<str>>) {
        let mut overlays = lock(&self.overlays);
        match text {
            Some(text) => {
                let hash = xxh3_64(text.as_bytes());
                overlays.insert(path.to_path_buf(), (text, hash))
            }
            None => overlays.remove(path),
        };
    }

    /// Forgets everything read from disk and every kept result, for when files may have
    /// changed in ways size and mtime do not show (a package reinstalled, a config edited).
    pub fn invalidate(&self) {
        lock(&self.disk).clear();
        lock(&self.listings).clear();
        lock(&self.memo).clear();
    }

    /// Starts a new revision: files on disk are compared (once each) with what was read
    /// before. Within a revision, a file read from disk is taken to be unchanged, so one
    /// analysis sees one state of each file however often it reads it.
    pub fn begin_revision(&self) {
        self.revision.fetch_add(1, Ordering::SeqCst);
    }

    /// The current text of a file: its overlay, else its contents on disk.
    pub fn read(&self, path: &Path) -> Result<Arc<str>, LoadError> {
        self.read_hashed(path).map(|(text, _)| text)
    }

    /// The current text of a file with its hash.
    fn read_hashed(&self, path: &Path) -> Result<(Arc<str>, u64), LoadError> {
        if let Some(log) = lock(&self.read_log).as_mut() {
            log.insert(path.to_path_buf());
        }
        if let Some(overlay) = lock(&self.overlays).get(path) {
            return Ok(overlay.clone());
        }
        let revision = self.revision.load(Ordering::SeqCst);
        if let Some(known) = lock(&self.disk).get(bytes_of(path)) {
            if known.checked == revision {
                crate::inputs::read_file(path, known.len, known.modified, known.hash);
                return Ok((known.text.clone(), known.hash));
            }
        }
        let io_error =
            |e: std::io::Error| LoadError::Io(format!("cannot read {}: {e}", path.display()));
        let known = lock(&self.disk).contains_key(bytes_of(path));
        if known {
            let metadata = std::fs::metadata(path).map_err(io_error)?;
            let (len, modified) = (metadata.len(), metadata.modified().ok());
            if let Some(known) = lock(&self.disk).get_mut(bytes_of(path)) {
                if known.len == len && known.modified == modified && modified.is_some() {
                    known.checked = revision;
                    crate::inputs::read_file(path, len, modified, known.hash);
                    return Ok((known.text.clone(), known.hash));
                }
            }
        }
        let (bytes, metadata) = crate::inputs::read_with_metadata(path).map_err(io_error)?;
        let (len, modified) = (metadata.len(), metadata.modified().ok());
        let text: Arc<str> = String::from_utf8(bytes)
            .map(Arc::from)
            .map_err(|_| LoadError::Io(format!("{} is not valid UTF-8", path.display())))?;
        let hash = xxh3_64(text.as_bytes());
        crate::inputs::read_file(path, len, modified, hash);
        lock(&self.disk).insert(
            FileKey(path.to_path_buf()),
            DiskText {
                len,
                modified,
                text: text.clone(),
                hash,
                checked: revision,
            },
        );
        Ok((text, hash))
    }

    /// Runs `work` and returns with its result every file it read (from disk or from this
    /// workspace's copy), with the size and modification time each had. Not nested.
    pub fn files_read_by<T>(
        &self,
        work: impl FnOnce() -> T,
    ) -> (T, Vec<(PathBuf, crate::inputs::Fact)>) {
        *lock(&self.read_log) = Some(HashSet::default());
        let result = work();
        let read = lock(&self.read_log).take().unwrap_or_default();
        let disk = lock(&self.disk);
        let mut files: Vec<(PathBuf, crate::inputs::Fact)> = read
            .into_iter()
            .filter_map(|path| {
                let known = disk.get(bytes_of(&path))?;
                let fact = crate::inputs::Fact::text(known.len, known.modified, known.hash);
                Some((path, fact))
            })
            .collect();
        files.sort_by(|a, b| a.0.cmp(&b.0));
        (result, files)
    }

    /// The entries of a folder, read once per revision.
    pub fn list_dir(&self, dir: &Path) -> std::io::Result<Listing> {
        let revision = self.revision.load(Ordering::SeqCst);
        if let Some((read_in, listing)) = lock(&self.listings).get(dir) {
            if *read_in == revision {
                return Ok(listing.clone());
            }
        }
        crate::inputs::listed(dir);
        let mut entries = Vec::new();
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            let file_type = entry.file_type()?;
            let kind = if file_type.is_dir() {
                EntryKind::Dir
            } else if file_type.is_file() {
                EntryKind::File
            } else {
                EntryKind::Other
            };
            entries.push((entry.file_name().to_string_lossy().into_owned(), kind));
        }
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        let listing: Listing = entries.into();
        lock(&self.listings).insert(dir.to_path_buf(), (revision, listing.clone()));
        Ok(listing)
    }

    /// A hash of the file's current text (`None` when it cannot be read).
    pub fn content_hash(&self, path: &Path) -> Option<u64> {
        self.read_hashed(path).ok().map(|(_, hash)| hash)
    }

    /// Parses a file, reusing the previous AST when its content is unchanged.
    pub fn parse(&self, path: &Path) -> Result<Arc<ParsedFile>, LoadError> {
        self.parse_hashed(path).map(|(_, parsed)| parsed)
    }

    /// The parse of a file with the hash of the text it was parsed from.
    pub fn parse_hashed(&self, path: &Path) -> Result<(u64, Arc<ParsedFile>), LoadError> {
        let (text, hash) = self.read_hashed(path)?;
        let slot = {
            let mut cache = lock(&self.cache);
            match cache.get(bytes_of(path)).filter(|entry| entry.hash == hash) {
                Some(entry) => entry.result.clone(),
                None => {
                    let slot = Arc::new(OnceLock::new());
                    cache.insert(
                        FileKey(path.to_path_buf()),
                        ParseEntry {
                            hash,
                            result: slot.clone(),
                            derived: HashMap::default(),
                        },
                    );
                    slot
                }
            }
        };
        // Two evaluating threads often reach a shared module at once: one parses it.
        let result = slot
            .get_or_init(|| {
                self.parses.fetch_add(1, Ordering::Relaxed);
                parse(&path.to_string_lossy(), text).map(Arc::new)
            })
            .clone();
        result
            .map(|parsed| (hash, parsed))
            .map_err(LoadError::Syntax)
    }

    /// `derive(parse of path)`, computed once per distinct content of the file.
    pub fn derived<T: Send + Sync + 'static>(
        &self,
        path: &Path,
        derive: impl FnOnce(&Arc<ParsedFile>) -> T,
    ) -> Result<(Arc<ParsedFile>, Arc<T>), LoadError> {
        let (hash, parsed) = self.parse_hashed(path)?;
        let key = TypeId::of::<T>();
        let known = lock(&self.cache)
            .get(bytes_of(path))
            .filter(|entry| entry.hash == hash)
            .and_then(|entry| entry.derived.get(&key).cloned())
            .and_then(|value| value.downcast::<T>().ok());
        if let Some(value) = known {
            return Ok((parsed, value));
        }
        let value = Arc::new(derive(&parsed));
        let mut cache = lock(&self.cache);
        if let Some(entry) = cache.get_mut(bytes_of(path)).filter(|e| e.hash == hash) {
            entry.derived.insert(key, value.clone());
        }
        Ok((parsed, value))
    }

    /// A store of type `T` kept across analyses until [`Self::invalidate`].
    pub fn memo<T: Default + Send + Sync + 'static>(&self) -> Arc<T> {
        lock(&self.memo)
            .entry(TypeId::of::<T>())
            .or_insert_with(|| Arc::new(T::default()))
            .clone()
            .downcast::<T>()
            .unwrap_or_else(|_| unreachable!("the memo is keyed by type"))
    }

    /// Parses many files on all cores, filling the cache (errors are kept for [`Self::parse`]).
    pub fn parse_all(&self, paths: &[PathBuf]) {
        let paths: Vec<&PathBuf> = paths.iter().filter(|path| !self.is_parsed(path)).collect();
        on_all_cores(&paths, |path| drop(self.parse(path)));
    }

    /// Parses many files on all cores only to learn which have syntax errors: the errors are
    /// kept (for [`Self::parse`]), the trees are not. Memory freed after each file serves
    /// the next, where keeping every tree of a large app touches (and has the system zero)
    /// a hundred megabytes more.
    pub fn check_syntax_all(&self, paths: &[PathBuf]) {
        on_all_cores(&self.syntax_unknown(paths), |path| {
            self.check_syntax_of(path)
        });
    }

    /// [`Self::check_syntax_all`] on this thread only (beside other work on the others).
    pub fn check_syntax(&self, paths: &[PathBuf]) {
        for path in self.syntax_unknown(paths) {
            self.check_syntax_of(path);
        }
    }

    fn syntax_unknown<'p>(&self, paths: &'p [PathBuf]) -> Vec<&'p PathBuf> {
        paths
            .iter()
            .filter(|path| !self.is_parsed(path) && !self.parses_cleanly(path))
            .collect()
    }

    fn check_syntax_of(&self, path: &Path) {
        let Ok((text, hash)) = self.read_hashed(path) else {
            return;
        };
        self.parses.fetch_add(1, Ordering::Relaxed);
        match check_syntax(&path.to_string_lossy(), &text) {
            Ok(()) => {
                lock(&self.parses_cleanly).insert(path.to_path_buf(), hash);
            }
            Err(error) => {
                lock(&self.cache).insert(
                    FileKey(path.to_path_buf()),
                    ParseEntry {
                        hash,
                        result: Arc::new(OnceLock::from(Err(error))),
                        derived: HashMap::default(),
                    },
                );
            }
        }
    }

    /// Texts an earlier run found to parse without error (by path and hash of the text):
    /// [`Self::check_syntax_all`] does not parse them again.
    pub fn assume_clean(&self, known: impl IntoIterator<Item = (PathBuf, u64)>) {
        lock(&self.parses_cleanly).extend(known);
    }

    /// The texts read from disk that are known to parse without error, by path and hash
    /// (what [`Self::assume_clean`] takes).
    pub fn clean_texts(&self) -> Vec<(PathBuf, u64)> {
        let disk = lock(&self.disk);
        let parses_cleanly = lock(&self.parses_cleanly);
        let cache = lock(&self.cache);
        let mut clean: Vec<(PathBuf, u64)> = disk
            .iter()
            .filter(|(FileKey(path), text)| known_clean(&parses_cleanly, &cache, path, text.hash))
            .map(|(FileKey(path), text)| (path.clone(), text.hash))
            .collect();
        clean.sort();
        clean
    }

    /// Whether the current text of `path` is known to parse without error (its tree kept or
    /// not).
    pub fn parses_cleanly(&self, path: &Path) -> bool {
        let Ok((_, hash)) = self.read_hashed(path) else {
            return false;
        };
        known_clean(&lock(&self.parses_cleanly), &lock(&self.cache), path, hash)
    }

    /// Whether any text is known to parse without error though its tree was not kept (as a
    /// previous run's kept record tells): a syntax check of a project is then mostly
    /// skipped.
    pub fn knows_clean_texts(&self) -> bool {
        !lock(&self.parses_cleanly).is_empty()
    }

    /// Reads many files on all cores, filling the cache.
    pub fn read_all(&self, paths: &[PathBuf]) {
        let paths: Vec<&PathBuf> = paths.iter().collect();
        on_all_cores(&paths, |path| drop(self.read_hashed(path)));
    }

    /// Whether the current text of `path` has been parsed.
    fn is_parsed(&self, path: &Path) -> bool {
        let Ok((_, hash)) = self.read_hashed(path) else {
            return false;
        };
        lock(&self.cache)
            .get(bytes_of(path))
            .is_some_and(|entry| entry.hash == hash)
    }

    /// How many times a file was actually parsed (cache misses), for tests and benchmarks.
    pub fn parse_count(&self) -> usize {
        self.parses.load(Ordering::Relaxed)
    }
}

/// Runs `work` on each item, spread over the machine's cores when there is enough of it: a
/// thread costs more than reading or parsing a few dozen files (its allocator touches fresh
/// memory, which the system must zero).
pub(crate) fn on_all_cores<T: Sync>(items: &[T], work: impl Fn(&T) + Sync) {
    on_all_cores_with(items, || (), |(), item| work(item), drop);
}

/// [`on_all_cores`] with a state of each thread's own, made by `state` on that thread and
/// handed to `finish` there when the work is done.
pub(crate) fn on_all_cores_with<T: Sync, S>(
    items: &[T],
    state: impl Fn() -> S + Sync,
    work: impl Fn(&mut S, &T) + Sync,
    finish: impl Fn(S) + Sync,
) {
    const ITEMS_PER_THREAD: usize = 64;
    let threads = cores().min(items.len() / ITEMS_PER_THREAD);
    if threads <= 1 {
        let mut state = state();
        items.iter().for_each(|item| work(&mut state, item));
        finish(state);
        return;
    }
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                let mut state = state();
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(index) else { break };
                    work(&mut state, item);
                }
                finish(state);
            });
        }
    });
}

/// How many threads can run at once.
pub(crate) fn cores() -> usize {
    static CORES: OnceLock<usize> = OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// Whether the text of `path` with `hash` is known to parse without error: parsed to
/// check it, or its tree kept.
fn known_clean(
    parses_cleanly: &HashMap<PathBuf, u64>,
    cache: &HashMap<FileKey, ParseEntry>,
    path: &Path,
    hash: u64,
) -> bool {
    parses_cleanly.get(path) == Some(&hash)
        || cache.get(bytes_of(path)).is_some_and(|entry| {
            entry.hash == hash && entry.result.get().is_some_and(Result::is_ok)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_asked_for_by_two_threads_at_once_is_parsed_once() {
        let dir = tempfile::tempdir().unwrap();
        let files: Vec<PathBuf> = (0..300)
            .map(|i| {
                let file = dir.path().join(format!("m{i}.ts"));
                let body = format!("export const x{i} = {{ a: [1, 2, 3] }};\n").repeat(200);
                std::fs::write(&file, body).unwrap();
                file
            })
            .collect();
        let ws = Workspace::new();
        let start = std::sync::Barrier::new(2);
        let shared = std::sync::Mutex::new(Vec::new());
        std::thread::scope(|scope| {
            for _ in 0..2 {
                scope.spawn(|| {
                    start.wait();
                    let trees: Vec<_> = files.iter().map(|f| ws.parse(f).unwrap()).collect();
                    shared.lock().unwrap().push(trees);
                });
            }
        });
        assert_eq!(ws.parse_count(), files.len());
        // Both threads got the same trees.
        let shared = shared.into_inner().unwrap();
        assert!(shared[0]
            .iter()
            .zip(&shared[1])
            .all(|(a, b)| Arc::ptr_eq(a, b)));
    }

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
