//! The facts of the file system an analysis depended on, for caches that must tell when a
//! result went stale: each file read (its size and modification time, or the hash of its
//! contents when it changed too recently for the time to tell), each folder listed
//! (its modification time, which adding or removing an entry changes) and each path probed
//! (whether it was a file, a folder or nothing). Every read and probe of the analysis goes
//! through here; recording is off until a one-shot command turns it on, so the language
//! server and `dev` never pay for it.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};

/// One observation of a path.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Fact {
    /// The file's size and modification time (nanoseconds since the epoch).
    Contents { len: u64, modified: u128 },
    /// The file's size and the xxh3 of its contents, for a file read within two seconds of
    /// its last change: a second write in the same tick of the file system's clock would
    /// keep its modification time (see [`too_recent`]), not its contents. So a check run
    /// right after an edit still keeps what it found.
    Text { len: u64, hash: u64 },
    /// The folder's modification time.
    Entries { modified: u128 },
    /// What the path was.
    Kind(Kind),
}

impl Fact {
    /// A file's size and modification time.
    pub fn contents(len: u64, modified: Option<std::time::SystemTime>) -> Self {
        Fact::Contents {
            len,
            modified: nanos(modified),
        }
    }

    /// A file read with its contents' xxh3 `hash`: its size and modification time, or the
    /// hash when the time is too recent to tell.
    pub fn text(len: u64, modified: Option<std::time::SystemTime>, hash: u64) -> Self {
        let modified = nanos(modified);
        if modified >= racy_since() {
            Fact::Text { len, hash }
        } else {
            Fact::Contents { len, modified }
        }
    }
}

/// Modification times from here on are too recent to be trusted (two seconds ago).
fn racy_since() -> u128 {
    std::time::SystemTime::now()
        .checked_sub(std::time::Duration::from_secs(2))
        .map_or(0, |t| nanos(Some(t)))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Kind {
    File,
    Folder,
    Missing,
}

static RECORDING: AtomicBool = AtomicBool::new(false);
static FACTS: Mutex<Vec<(PathBuf, Fact)>> = Mutex::new(Vec::new());

/// Starts recording (for the rest of the process).
pub fn record() {
    RECORDING.store(true, Ordering::SeqCst);
}

/// Everything recorded so far, each path and kind of fact once (the first recorded),
/// sorted by path.
pub fn recorded() -> Vec<(PathBuf, Fact)> {
    let mut facts = FACTS.lock().unwrap_or_else(|e| e.into_inner()).clone();
    sort_and_dedup(&mut facts);
    facts
}

/// Sorts facts by path (as bytes: tens of thousands of them, compared whole rather than by
/// component) and kind, keeping the first of each path and kind.
pub fn sort_and_dedup(facts: &mut Vec<(PathBuf, Fact)>) {
    let rank = |fact: &Fact| match fact {
        Fact::Contents { .. } | Fact::Text { .. } => 0,
        Fact::Entries { .. } => 1,
        Fact::Kind(_) => 2,
    };
    facts.sort_by(|a, b| {
        (a.0.as_os_str().as_encoded_bytes(), rank(&a.1))
            .cmp(&(b.0.as_os_str().as_encoded_bytes(), rank(&b.1)))
    });
    facts.dedup_by(|later, earlier| {
        later.0.as_os_str() == earlier.0.as_os_str() && rank(&later.1) == rank(&earlier.1)
    });
}

/// Whether `fact` still holds for `path`.
pub fn holds(path: &Path, fact: &Fact) -> bool {
    observe(path, fact) == *fact
}

/// Whether every one of `facts` still holds: a cache checks thousands, one `stat` each,
/// on every core.
pub fn all_hold(facts: &[(PathBuf, Fact)]) -> bool {
    let changed = AtomicBool::new(false);
    crate::workspace::on_all_cores(facts, |(path, fact)| {
        if !changed.load(Ordering::Relaxed) && !holds(path, fact) {
            changed.store(true, Ordering::Relaxed);
        }
    });
    !changed.load(Ordering::Relaxed)
}

/// Whether one of `facts` changed in the last two seconds, too recently for a cache to
/// trust it: a file written twice within one tick of the file system's clock keeps its
/// modification time (git calls such entries "racily clean"). Generated files are written
/// by codegen itself, from the project, just before a `check` often reads them: they are
/// not racy.
pub fn too_recent(facts: &[(PathBuf, Fact)]) -> bool {
    let racy = racy_since();
    let generated = |path: &Path| path.components().any(|c| c.as_os_str() == "_generated");
    // The time first: it rules out nearly every fact, and walking a path is not cheap.
    facts.iter().any(|(path, fact)| match fact {
        Fact::Contents { modified, .. } | Fact::Entries { modified } => {
            *modified >= racy && !generated(path)
        }
        Fact::Kind(_) | Fact::Text { .. } => false,
    })
}

fn observe(path: &Path, like: &Fact) -> Fact {
    match like {
        Fact::Contents { .. } => of_file(path),
        Fact::Entries { .. } => Fact::Entries {
            modified: std::fs::metadata(path).map_or(0, |m| nanos(m.modified().ok())),
        },
        Fact::Kind(_) => Fact::Kind(kind(path)),
        Fact::Text { .. } => match std::fs::read(path) {
            Ok(bytes) => Fact::Text {
                len: bytes.len() as u64,
                hash: xxhash_rust::xxh3::xxh3_64(&bytes),
            },
            Err(_) => Fact::Kind(kind(path)),
        },
    }
}

/// The file at `path` as it is now: its size and modification time, or that it is missing.
pub fn of_file(path: &Path) -> Fact {
    match std::fs::metadata(path) {
        Ok(metadata) => Fact::contents(metadata.len(), metadata.modified().ok()),
        Err(_) => Fact::Kind(Kind::Missing),
    }
}

fn kind(path: &Path) -> Kind {
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => Kind::Folder,
        Ok(m) if m.is_file() => Kind::File,
        _ => Kind::Missing,
    }
}

pub fn nanos(modified: Option<std::time::SystemTime>) -> u128 {
    modified
        .and_then(|m| m.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos())
}

fn note(path: &Path, fact: impl FnOnce() -> Fact) {
    if RECORDING.load(Ordering::Relaxed) {
        let fact = fact();
        FACTS
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((path.to_path_buf(), fact));
    }
}

/// A file was read whose metadata was `len` bytes, modified at `modified`, and whose
/// contents hash to `hash` (xxh3).
pub fn read_file(path: &Path, len: u64, modified: Option<std::time::SystemTime>, hash: u64) {
    note(path, || Fact::text(len, modified, hash));
}

/// A file was read (its metadata is taken now).
pub fn read_path(path: &Path) {
    note(path, || of_file(path));
}

/// The result depends on `fact` (found by another cache's check).
pub fn depended_on(path: &Path, fact: &Fact) {
    note(path, || fact.clone());
}

/// A folder was listed.
pub fn listed(dir: &Path) {
    note(dir, || Fact::Entries {
        modified: std::fs::metadata(dir).map_or(0, |m| nanos(m.modified().ok())),
    });
}

/// `std::fs::read_to_string`, recorded.
pub fn read_to_string(path: &Path) -> std::io::Result<String> {
    let read = read_with_metadata(path).and_then(|(bytes, metadata)| {
        let text = String::from_utf8(bytes)
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?;
        Ok((text, metadata))
    });
    note(path, || match &read {
        Ok((text, metadata)) => Fact::text(
            metadata.len(),
            metadata.modified().ok(),
            xxhash_rust::xxh3::xxh3_64(text.as_bytes()),
        ),
        Err(_) => Fact::Kind(kind(path)),
    });
    read.map(|(text, _)| text)
}

/// A file's bytes with its metadata as it was when the read began (a write meanwhile shows
/// as a change next time). Four system calls, where `metadata` then `read` make six: a
/// large app reads thousands of files, and a system call costs microseconds.
pub fn read_with_metadata(path: &Path) -> std::io::Result<(Vec<u8>, std::fs::Metadata)> {
    use std::io::Read;
    let mut file = std::fs::File::open(path)?;
    let metadata = file.metadata()?;
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    // As many bytes as the metadata says, in one read: `File::read_to_end` would ask the
    // size again and read once more to find the end. (A size of zero may not be one: a
    // pipe, a file of /proc.)
    match metadata.len() {
        0 => file.read_to_end(&mut bytes)?,
        len => (&mut file).take(len).read_to_end(&mut bytes)?,
    };
    Ok((bytes, metadata))
}

/// `Path::is_file`, recorded.
pub fn is_file(path: &Path) -> bool {
    probe(path) == Kind::File
}

/// `Path::is_dir`, recorded.
pub fn is_dir(path: &Path) -> bool {
    probe(path) == Kind::Folder
}

fn probe(path: &Path) -> Kind {
    let found = kind(path);
    note(path, || Fact::Kind(found));
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_read_whole_with_its_size() {
        let dir = tempfile::tempdir().unwrap();
        let large = dir.path().join("large.ts");
        let text: String = (0..50_000).map(|i| format!("{i}\n")).collect();
        std::fs::write(&large, &text).unwrap();
        let (bytes, metadata) = read_with_metadata(&large).unwrap();
        assert_eq!(bytes, text.as_bytes());
        assert_eq!(metadata.len(), text.len() as u64);
        let empty = dir.path().join("empty.ts");
        std::fs::write(&empty, "").unwrap();
        assert!(read_with_metadata(&empty).unwrap().0.is_empty());
        // A size of zero is no promise: what /proc reports as empty still reads.
        let proc_file = Path::new("/proc/self/status");
        if proc_file.exists() {
            assert!(!read_with_metadata(proc_file).unwrap().0.is_empty());
        }
        assert!(read_with_metadata(&dir.path().join("missing.ts")).is_err());
    }

    #[test]
    fn facts_hold_until_the_file_system_changes() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.ts");
        std::fs::write(&file, "1").unwrap();
        let read = of_file(&file);
        let missing = dir.path().join("b.ts");
        assert!(holds(&file, &read));
        assert!(holds(&missing, &Fact::Kind(Kind::Missing)));
        assert!(holds(dir.path(), &Fact::Kind(Kind::Folder)));
        std::fs::write(&missing, "").unwrap();
        assert!(!holds(&missing, &Fact::Kind(Kind::Missing)));
        std::fs::write(&file, "22").unwrap();
        assert!(!holds(&file, &read));
    }

    #[test]
    fn a_file_read_just_after_a_change_is_known_by_its_contents() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.ts");
        std::fs::write(&file, "one").unwrap();
        let metadata = std::fs::metadata(&file).unwrap();
        let modified = metadata.modified().unwrap();
        let fact = Fact::text(
            metadata.len(),
            Some(modified),
            xxhash_rust::xxh3::xxh3_64(b"one"),
        );
        assert!(matches!(fact, Fact::Text { .. }), "{fact:?}");
        assert!(!too_recent(&[(file.clone(), fact.clone())]));
        assert!(holds(&file, &fact));
        // What a modification time cannot tell: same size and time, other contents.
        std::fs::write(&file, "two").unwrap();
        std::fs::File::options()
            .append(true)
            .open(&file)
            .and_then(|f| f.set_modified(modified))
            .unwrap();
        assert!(!holds(&file, &fact));
        // A file changed a while ago is known by its size and time.
        let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        let old = Fact::text(3, Some(hour_ago), 0);
        assert!(matches!(old, Fact::Contents { .. }), "{old:?}");
    }
}
