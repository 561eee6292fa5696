//! Open documents: full text and version, with incremental changes applied.

use std::collections::HashMap;

use tower_lsp_server::ls_types::{TextDocumentContentChangeEvent, Uri};

use crate::position::offset;

#[derive(Debug, Clone)]
pub struct Document {
    pub version: i32,
    pub text: String,
}

#[derive(Debug, Default)]
pub struct Documents {
    open: HashMap<Uri, Document>,
}

impl Documents {
    pub fn open(&mut self, uri: Uri, version: i32, text: String) {
        self.open.insert(uri, Document { version, text });
    }

    pub fn close(&mut self, uri: &Uri) {
        self.open.remove(uri);
    }

    /// Applies changes in order; a change without a range replaces the whole text.
    pub fn change(
        &mut self,
        uri: &Uri,
        version: i32,
        changes: Vec<TextDocumentContentChangeEvent>,
    ) -> Option<&Document> {
        let document = self.open.get_mut(uri)?;
        for change in changes {
            match change.range {
                Some(range) => {
                    let start = offset(&document.text, range.start);
                    let end = offset(&document.text, range.end).max(start);
                    document.text.replace_range(start..end, &change.text);
                }
                None => document.text = change.text,
            }
        }
        document.version = version;
        Some(document)
    }

    pub fn get(&self, uri: &Uri) -> Option<&Document> {
        self.open.get(uri)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&Uri, &Document)> {
        self.open.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tower_lsp_server::ls_types::{Position, Range};

    #[test]
    fn incremental_changes_apply_in_order() {
        let uri: Uri = "file:///p/convex/a.ts".parse().unwrap();
        let mut documents = Documents::default();
        documents.open(uri.clone(), 1, "const a = 1;\nconst ü = 2;\n".into());
        let edit = |line, from, to, text: &str| TextDocumentContentChangeEvent {
            range: Some(Range {
                start: Position {
                    line,
                    character: from,
                },
                end: Position {
                    line,
                    character: to,
                },
            }),
            range_length: None,
            text: text.into(),
        };
        let document = documents
            .change(&uri, 2, vec![edit(0, 10, 11, "42"), edit(1, 6, 7, "b")])
            .unwrap();
        assert_eq!(document.text, "const a = 42;\nconst b = 2;\n");
        assert_eq!(document.version, 2);
    }
}
