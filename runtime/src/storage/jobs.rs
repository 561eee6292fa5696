//! The scheduler's queue: one row per scheduled function that has not finished, beside its
//! `_scheduled_functions` document. Both are written in the scheduling transaction, so a
//! job scheduled by a mutation that rolls back never exists, and jobs survive restarts.

use rusqlite::{params, OptionalExtension};

use super::{Result, Store};

pub(super) const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS scheduled_jobs (
    id TEXT PRIMARY KEY,
    instance TEXT NOT NULL,
    function TEXT NOT NULL,
    due REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS scheduled_jobs_by_due ON scheduled_jobs (due);
";

/// A function waiting to run: its `_scheduled_functions` document, and what to call.
#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    /// The `_scheduled_functions` document (in the scheduling instance's table).
    pub id: String,
    /// The instance the function belongs to, and its `module:export`.
    pub instance: String,
    pub function: String,
    /// When it is due, in milliseconds since the epoch.
    pub due: f64,
}

impl Store {
    pub fn enqueue(&self, job: &Job) -> Result<()> {
        self.connection
            .borrow()
            .prepare_cached(
                "INSERT INTO scheduled_jobs (id, instance, function, due) VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![job.id, job.instance, job.function, job.due])?;
        Ok(())
    }

    /// The earliest job due at or before `now_ms` (jobs due together run in the order they
    /// were scheduled).
    pub fn next_due(&self, now_ms: f64) -> Result<Option<Job>> {
        let connection = self.connection.borrow();
        let job = connection
            .prepare_cached(
                "SELECT id, instance, function, due FROM scheduled_jobs
                 WHERE due <= ?1 ORDER BY due, rowid LIMIT 1",
            )?
            .query_row(params![now_ms], |row| {
                Ok(Job {
                    id: row.get(0)?,
                    instance: row.get(1)?,
                    function: row.get(2)?,
                    due: row.get(3)?,
                })
            })
            .optional()?;
        Ok(job)
    }

    /// When the earliest waiting job is due, if any is waiting.
    pub fn earliest_due(&self) -> Result<Option<f64>> {
        let connection = self.connection.borrow();
        let due = connection
            .prepare_cached("SELECT MIN(due) FROM scheduled_jobs")?
            .query_row([], |row| row.get(0))?;
        Ok(due)
    }

    /// Takes a job off the queue (it ran, or was canceled).
    pub fn dequeue(&self, id: &str) -> Result<()> {
        self.connection
            .borrow()
            .prepare_cached("DELETE FROM scheduled_jobs WHERE id = ?1")?
            .execute(params![id])?;
        Ok(())
    }
}
