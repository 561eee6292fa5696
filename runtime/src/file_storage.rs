//! File storage, per component instance: a file is a `_storage` document in its instance's
//! tables (what `ctx.db.system` reads, and what `v.id("_storage")` checks) and its bytes
//! in the database's files folder, named by the document's ID. A file is written (to a
//! temporary name, then renamed) before its document, so a committed document always has
//! its bytes; a document whose transaction rolled back leaves an unreferenced file.

use std::collections::BTreeMap;
use std::path::PathBuf;

use base64::Engine as _;
use sha2::{Digest, Sha256};

use crate::project::{now_ms, Inner, RunError};
use crate::storage::{Document, Store};
use crate::values::Value;

/// The system table of stored files (one per instance).
pub const STORAGE_TABLE: &str = "_storage";

/// A stored file: its `_storage` document's fields and where its bytes are.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredFile {
    pub storage_id: String,
    pub instance: String,
    /// The SHA-256 of the bytes, base64 (as the backend reports it).
    pub sha256: String,
    pub size: u64,
    pub content_type: Option<String>,
    pub path: PathBuf,
}

impl Inner {
    /// Stores `bytes` as a file of `instance` (in the open transaction); returns its ID.
    /// `expected_sha256` (base64), when given, must match.
    pub(crate) fn store_file(
        &self,
        instance: &str,
        bytes: &[u8],
        content_type: Option<&str>,
        expected_sha256: Option<&str>,
    ) -> Result<String, RunError> {
        let sha256 = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(bytes));
        if let Some(expected) = expected_sha256 {
            if expected != sha256 {
                return Err(RunError::new(format!(
                    "the file's SHA-256 is {sha256}, not the {expected} it was stored with"
                )));
            }
        }
        let table = self
            .store
            .table(instance, STORAGE_TABLE, true)?
            .ok_or_else(|| RunError::new("cannot create _storage"))?;
        let (id, creation_time) = self.store.new_identity(&table, now_ms());
        let dir = self.store.files_dir();
        let written = std::fs::create_dir_all(dir).and_then(|()| {
            let partial = dir.join(format!("{id}.partial"));
            std::fs::write(&partial, bytes)?;
            std::fs::rename(&partial, dir.join(&id))
        });
        written
            .map_err(|e| RunError::new(format!("cannot write a file in {}: {e}", dir.display())))?;
        let document =
            storage_document(&id, creation_time, sha256, bytes.len() as u64, content_type);
        self.store
            .insert(&table, &document, &[], &Default::default())?;
        Ok(id)
    }

    /// The file `storage_id`, if it exists (in `instance`, when one is named).
    pub(crate) fn stored_file(
        &self,
        storage_id: &str,
        instance: Option<&str>,
    ) -> Result<Option<StoredFile>, RunError> {
        let Some(document) = self.store.get(storage_id)? else {
            return Ok(None);
        };
        if instance.is_some_and(|instance| instance != document.table.component) {
            return Ok(None);
        }
        Ok(file_of(&self.store, &document, storage_id))
    }

    /// Deletes the file `storage_id` of `instance` (its document, in the open transaction).
    pub(crate) fn delete_file(&self, instance: &str, storage_id: &str) -> Result<(), RunError> {
        let document = self
            .store
            .get(storage_id)?
            .filter(|d| d.table.name == STORAGE_TABLE && d.table.component == instance)
            .ok_or_else(|| RunError::new(format!("storage id {storage_id} not found")))?;
        self.store.delete(&document, &[], &Default::default())?;
        Ok(())
    }

    /// Where a client downloads the file `storage_id`.
    pub(crate) fn file_url(&self, storage_id: &str) -> String {
        format!("{}/api/storage/{storage_id}", self.origin)
    }

    /// Whether answering `url` needs the runtime's own thread (this server's API or HTTP
    /// actions; file downloads are read apart).
    pub(crate) fn served_by_runtime_thread(&self, url: &str) -> bool {
        if !self.serving {
            return false;
        }
        let Some(port) = self
            .origin
            .rsplit(':')
            .next()
            .and_then(|p| p.parse::<u16>().ok())
        else {
            return false;
        };
        let site = format!("http://127.0.0.1:{}", port.saturating_add(1));
        let api_path = url.strip_prefix(self.origin.as_str());
        let downloads = api_path.is_some_and(|path| {
            path.starts_with("/api/storage/") && !path.starts_with("/api/storage/upload")
        });
        (api_path.is_some() && !downloads) || url.starts_with(&site)
    }

    /// Where a client uploads a file for `instance` (`generateUploadUrl`).
    pub(crate) fn upload_url(&self, instance: &str) -> String {
        format!("{}/api/storage/upload?instance={instance}", self.origin)
    }
}

/// The `_storage` document of a file (`contentType` only when it has one).
pub fn storage_document(
    id: &str,
    creation_time: f64,
    sha256: String,
    size: u64,
    content_type: Option<&str>,
) -> BTreeMap<String, Value> {
    let mut document = BTreeMap::from([
        ("_id".to_string(), Value::String(id.to_string())),
        ("_creationTime".to_string(), Value::Float64(creation_time)),
        ("sha256".to_string(), Value::String(sha256)),
        ("size".to_string(), Value::Float64(size as f64)),
    ]);
    if let Some(content_type) = content_type.filter(|t| !t.is_empty()) {
        document.insert("contentType".into(), Value::String(content_type.into()));
    }
    document
}

/// The file `storage_id`, read from `store` (the server reads downloads through a
/// connection of its own, so an action can fetch a file while the runtime is busy).
pub fn lookup(store: &Store, storage_id: &str) -> Result<Option<StoredFile>, RunError> {
    Ok(match store.get(storage_id)? {
        Some(document) => file_of(store, &document, storage_id),
        None => None,
    })
}

fn file_of(store: &Store, document: &Document, storage_id: &str) -> Option<StoredFile> {
    if document.table.name != STORAGE_TABLE {
        return None;
    }
    let field = |name: &str| document.value.get(name);
    Some(StoredFile {
        storage_id: storage_id.to_string(),
        instance: document.table.component.clone(),
        sha256: field("sha256")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
        size: match field("size") {
            Some(Value::Float64(size)) => *size as u64,
            _ => 0,
        },
        content_type: field("contentType")
            .and_then(Value::as_str)
            .map(str::to_string),
        path: store.files_dir().join(storage_id),
    })
}
