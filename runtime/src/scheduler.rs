//! The scheduler: `ctx.scheduler.runAfter/runAt/cancel` from apps and components. A job is
//! a document in the scheduling instance's `_scheduled_functions` table (what
//! `ctx.db.system` reads) plus a row in the queue, both written in the scheduling
//! transaction. Due jobs run one at a time in order of time: a mutation together with its
//! job's final state in one transaction, an action between an `inProgress` and a final state.

use std::collections::BTreeMap;

use serde_json::Value as Json;

use crate::engine::isolate::Kind;
use crate::project::{now_ms, Address, Inner, RunError};
use crate::storage::{Document, Job};
use crate::values::Value;

/// The system table of scheduled functions (one per instance).
pub const SCHEDULED_FUNCTIONS: &str = "_scheduled_functions";

/// How a due job ended.
#[derive(Debug, Clone, PartialEq)]
pub struct JobRun {
    /// The instance the function belongs to, and its `module:export`.
    pub instance: String,
    pub function: String,
    pub outcome: JobOutcome,
}

impl std::fmt::Display for JobRun {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let instance = if self.instance.is_empty() {
            String::new()
        } else {
            format!("{}/", self.instance)
        };
        let function = &self.function;
        match &self.outcome {
            JobOutcome::Succeeded => write!(f, "scheduled function {instance}{function} ran"),
            JobOutcome::Failed(message) => {
                write!(
                    f,
                    "scheduled function {instance}{function} failed: {message}"
                )
            }
            JobOutcome::Canceled => {
                write!(f, "scheduled function {instance}{function} was canceled")
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum JobOutcome {
    Succeeded,
    Failed(String),
    /// It was canceled before it started.
    Canceled,
}

impl Inner {
    /// Schedules `target` with `args` (JSON export form) at `due_ms`, on behalf of the
    /// instance `scheduler`; returns the `_scheduled_functions` document's ID.
    pub(crate) fn schedule(
        &self,
        scheduler: &str,
        target: &Address,
        args: &Json,
        due_ms: f64,
    ) -> Result<String, RunError> {
        let args = Value::from_json(args).map_err(|e| RunError::new(e.to_string()))?;
        if !matches!(args, Value::Object(_)) {
            return Err(RunError::new(
                "scheduled function arguments must be an object",
            ));
        }
        let table = self
            .store
            .table(scheduler, SCHEDULED_FUNCTIONS, true)?
            .ok_or_else(|| RunError::new("cannot create _scheduled_functions"))?;
        let (id, creation_time) = self.store.new_identity(&table, now_ms());
        let document = BTreeMap::from([
            ("_id".to_string(), Value::String(id.clone())),
            ("_creationTime".to_string(), Value::Float64(creation_time)),
            ("name".to_string(), Value::String(target.function.clone())),
            ("args".to_string(), Value::Array(vec![args])),
            ("scheduledTime".to_string(), Value::Float64(due_ms)),
            ("state".to_string(), state("pending", None)),
        ]);
        self.store
            .insert(&table, &document, &[], &Default::default())?;
        self.store.enqueue(&Job {
            id: id.clone(),
            instance: target.instance.clone(),
            function: target.function.clone(),
            due: due_ms,
        })?;
        Ok(id)
    }

    /// Cancels the job `id` of the instance `scheduler`: a pending job never runs, and a
    /// running action's result is dropped. Canceling a finished job changes nothing.
    pub(crate) fn cancel(&self, scheduler: &str, id: &str) -> Result<(), RunError> {
        let document = self
            .store
            .get(id)?
            .filter(|d| d.table.component == scheduler && d.table.name == SCHEDULED_FUNCTIONS)
            .ok_or_else(|| RunError::new(format!("no scheduled function has the ID {id}")))?;
        if matches!(state_of(&document), "pending" | "inProgress") {
            self.set_state(&document, state("canceled", None), Some(now_ms()))?;
            self.store.dequeue(id)?;
        }
        Ok(())
    }

    /// Runs the earliest job due at `now_ms`, if one is; `None` when none is due.
    pub(crate) fn run_next_job(&self, now_ms: f64) -> Result<Option<JobRun>, RunError> {
        let Some(job) = self.store.next_due(now_ms)? else {
            return Ok(None);
        };
        let run = |outcome| JobRun {
            instance: job.instance.clone(),
            function: job.function.clone(),
            outcome,
        };
        let pending = self
            .store
            .get(&job.id)?
            .filter(|document| state_of(document) == "pending");
        let Some(document) = pending else {
            self.transaction(true, || Ok(self.store.dequeue(&job.id)?))?;
            return Ok(Some(run(JobOutcome::Canceled)));
        };
        let args = document.value.get("args").and_then(|args| match args {
            Value::Array(items) => items.first(),
            _ => None,
        });
        let args = args
            .map(Value::to_json)
            .transpose()
            .map_err(|e| RunError::new(e.to_string()))?
            .unwrap_or_else(|| Json::Object(Default::default()));
        let address = self.address(&job.instance, &job.function);
        let kind = match &address {
            Ok(address) => self.kind_of(address)?,
            Err(_) => None,
        };
        let outcome = match (address, kind) {
            (Ok(address), Some(Kind::Mutation)) => self.run_job_mutation(&job, &address, &args)?,
            (Ok(address), Some(Kind::Action)) => self.run_job_action(&job, &address, &args)?,
            (Ok(address), _) => {
                let message = format!("{} is not a mutation or an action", address.function);
                self.finish_job(&job.id, Err(message.clone()))?;
                JobOutcome::Failed(message)
            }
            (Err(error), _) => {
                self.finish_job(&job.id, Err(error.message.clone()))?;
                JobOutcome::Failed(error.message)
            }
        };
        Ok(Some(run(outcome)))
    }

    /// A mutation and its job's `success` state commit together; when it fails, its writes
    /// roll back and the job is marked `failed` in a transaction of its own.
    fn run_job_mutation(
        &self,
        job: &Job,
        address: &Address,
        args: &Json,
    ) -> Result<JobOutcome, RunError> {
        self.paginated.set(false);
        let ran = self.transaction(true, || {
            self.call(address, Some(Kind::Mutation), args, true)?;
            self.finish_job(&job.id, Ok(()))
        });
        match ran {
            Ok(()) => Ok(JobOutcome::Succeeded),
            Err(error) => {
                self.finish_job(&job.id, Err(error.message.clone()))?;
                Ok(JobOutcome::Failed(error.message))
            }
        }
    }

    fn run_job_action(
        &self,
        job: &Job,
        address: &Address,
        args: &Json,
    ) -> Result<JobOutcome, RunError> {
        let started = self.transaction(true, || {
            let document = self.store.get(&job.id)?;
            if let Some(document) = document {
                self.set_state(&document, state("inProgress", None), None)?;
            }
            Ok(())
        });
        started?;
        let result = self
            .call(address, Some(Kind::Action), args, true)
            .map(|_| ())
            .map_err(|error| error.message);
        self.finish_job(&job.id, result.clone())?;
        Ok(match result {
            Ok(()) => JobOutcome::Succeeded,
            Err(message) => JobOutcome::Failed(message),
        })
    }

    /// Records how a job ended (in the open transaction, or one of its own) and takes it
    /// off the queue. A job canceled while it ran stays canceled.
    fn finish_job(&self, id: &str, result: Result<(), String>) -> Result<(), RunError> {
        let finish = || {
            if let Some(document) = self.store.get(id)? {
                if state_of(&document) != "canceled" {
                    let state = match &result {
                        Ok(()) => state("success", None),
                        Err(message) => state("failed", Some(message)),
                    };
                    self.set_state(&document, state, Some(now_ms()))?;
                }
            }
            Ok(self.store.dequeue(id)?)
        };
        self.within_transaction(finish)
    }

    fn set_state(
        &self,
        document: &Document,
        state: Value,
        completed_ms: Option<f64>,
    ) -> Result<(), RunError> {
        let mut updated = document.value.clone();
        updated.insert("state".into(), state);
        if let Some(completed) = completed_ms {
            updated.insert("completedTime".into(), Value::Float64(completed));
        }
        Ok(self
            .store
            .replace(document, &updated, &[], &Default::default())?)
    }
}

/// `{ kind }`, or `{ kind: "failed", error }`.
fn state(kind: &str, error: Option<&str>) -> Value {
    let mut fields = BTreeMap::from([("kind".to_string(), Value::String(kind.into()))]);
    if let Some(error) = error {
        fields.insert("error".into(), Value::String(error.into()));
    }
    Value::Object(fields)
}

fn state_of(document: &Document) -> &str {
    document
        .value
        .get("state")
        .and_then(Value::as_object)
        .and_then(|state| state.get("kind"))
        .and_then(Value::as_str)
        .unwrap_or_default()
}
