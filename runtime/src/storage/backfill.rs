//! Which indexes each table's entries were written for. A push that adds an index (or
//! changes its fields) to a table that already holds documents gets the index built from
//! them, as the backend backfills it; an index the schema dropped loses its entries.
//! Without this, `withIndex` on a new index would silently find nothing.

use rusqlite::params;

use super::{parse_document, IndexDef, Result, Store};

pub(super) const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS index_defs (
    table_number INTEGER NOT NULL,
    index_name TEXT NOT NULL,
    fields TEXT NOT NULL,
    PRIMARY KEY (table_number, index_name)
);
";

impl Store {
    /// Makes the entries of table `name` of `component` match `indexes` (the schema's, not
    /// the system ones): new or changed indexes are built from the documents, dropped ones
    /// deleted. Returns the names of the indexes built.
    pub fn ensure_indexes(
        &self,
        component: &str,
        name: &str,
        indexes: &[IndexDef],
    ) -> Result<Vec<String>> {
        let Some(table) = self.table(component, name, false)? else {
            // No documents yet: every insert writes the schema's entries.
            return Ok(Vec::new());
        };
        // All built, or none.
        self.atomically(|| self.rebuild_stale(table.number, indexes))
    }

    fn rebuild_stale(&self, table_number: u32, indexes: &[IndexDef]) -> Result<Vec<String>> {
        let connection = self.connection.borrow();
        let recorded: Vec<(String, String)> = connection
            .prepare_cached("SELECT index_name, fields FROM index_defs WHERE table_number = ?1")?
            .query_map(params![table_number], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let fields_of =
            |index: &IndexDef| serde_json::Value::from(index.fields.clone()).to_string();
        let stale: Vec<&IndexDef> = indexes
            .iter()
            .filter(|index| !recorded.contains(&(index.name.clone(), fields_of(index))))
            .collect();
        let dropped: Vec<&String> = recorded
            .iter()
            .map(|(name, _)| name)
            .filter(|name| !indexes.iter().any(|index| &index.name == *name))
            .collect();
        if stale.is_empty() && dropped.is_empty() {
            return Ok(Vec::new());
        }
        let mut clear = connection.prepare_cached(
            "DELETE FROM index_entries WHERE table_number = ?1 AND index_name = ?2",
        )?;
        let mut forget = connection
            .prepare_cached("DELETE FROM index_defs WHERE table_number = ?1 AND index_name = ?2")?;
        for name in dropped.iter().copied().chain(stale.iter().map(|i| &i.name)) {
            clear.execute(params![table_number, name])?;
            forget.execute(params![table_number, name])?;
        }
        if !stale.is_empty() {
            let stale: Vec<IndexDef> = stale.into_iter().cloned().collect();
            let mut documents = connection
                .prepare_cached("SELECT id, value FROM documents WHERE table_number = ?1")?;
            let rows = documents.query_map(params![table_number], |row| {
                Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
            })?;
            let mut entry = connection.prepare_cached(
                "INSERT INTO index_entries (table_number, index_name, key, id) VALUES (?1, ?2, ?3, ?4)",
            )?;
            for row in rows {
                let (id, json) = row?;
                let document = parse_document(&json)?;
                for index in &stale {
                    entry.execute(params![table_number, index.name, index.key(&document), id])?;
                }
            }
            let mut record = connection.prepare_cached(
                "INSERT INTO index_defs (table_number, index_name, fields) VALUES (?1, ?2, ?3)",
            )?;
            for index in &stale {
                record.execute(params![table_number, index.name, fields_of(index)])?;
            }
            return Ok(stale.into_iter().map(|index| index.name).collect());
        }
        Ok(Vec::new())
    }
}
