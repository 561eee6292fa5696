//! Cron jobs as last deployed: each instance's jobs by name, with the declaration they were
//! scheduled from and when they run next.

use rusqlite::{params, OptionalExtension};

use super::{Result, Store};

pub(super) const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS cron_jobs (
    instance TEXT NOT NULL,
    name TEXT NOT NULL,
    declaration TEXT NOT NULL,
    next_run INTEGER,
    PRIMARY KEY (instance, name)
);
";

/// A deployed cron job.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredCron {
    pub instance: String,
    pub name: String,
    /// Its entry of the `crons` record (JSON text), as `crons.ts` declared it.
    pub declaration: String,
    /// When it runs next (ms since the epoch); None: never.
    pub next_run: Option<i64>,
}

/// The columns of a `StoredCron`, in its fields' order.
const COLUMNS: &str = "instance, name, declaration, next_run";

fn stored_cron(row: &rusqlite::Row<'_>) -> rusqlite::Result<StoredCron> {
    Ok(StoredCron {
        instance: row.get(0)?,
        name: row.get(1)?,
        declaration: row.get(2)?,
        next_run: row.get(3)?,
    })
}

impl Store {
    pub fn crons(&self) -> Result<Vec<StoredCron>> {
        let connection = self.connection.borrow();
        let mut statement = connection.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM cron_jobs ORDER BY instance, name"
        ))?;
        let rows = statement.query_map([], stored_cron)?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// The cron job due earliest at or before `now_ms`, if any is due.
    pub fn due_cron(&self, now_ms: i64) -> Result<Option<StoredCron>> {
        let connection = self.connection.borrow();
        let cron = connection
            .prepare_cached(&format!(
                "SELECT {COLUMNS} FROM cron_jobs WHERE next_run <= ?1 ORDER BY next_run, instance, name LIMIT 1"
            ))?
            .query_row(params![now_ms], stored_cron)
            .optional()?;
        Ok(cron)
    }

    /// When the earliest cron job is due.
    pub fn earliest_cron(&self) -> Result<Option<i64>> {
        let connection = self.connection.borrow();
        let next = connection
            .prepare_cached("SELECT MIN(next_run) FROM cron_jobs")?
            .query_row([], |row| row.get(0))?;
        Ok(next)
    }

    pub fn put_cron(&self, cron: &StoredCron) -> Result<()> {
        self.connection
            .borrow()
            .prepare_cached(
                "INSERT OR REPLACE INTO cron_jobs (instance, name, declaration, next_run)
                 VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![
                cron.instance,
                cron.name,
                cron.declaration,
                cron.next_run
            ])?;
        Ok(())
    }

    pub fn delete_cron(&self, instance: &str, name: &str) -> Result<()> {
        self.connection
            .borrow()
            .prepare_cached("DELETE FROM cron_jobs WHERE instance = ?1 AND name = ?2")?
            .execute(params![instance, name])?;
        Ok(())
    }
}
