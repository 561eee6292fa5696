//! Cron jobs: every instance's `crons.ts` (the app's, and the ones components ship, like
//! action-cache's daily purge) is read when the runtime starts serving, the stored jobs are
//! brought in line with it as a redeploy does, and due jobs run between requests.

mod schedule;

use std::collections::BTreeMap;

use serde_json::Value as Json;

pub use schedule::{parse_jobs, CronJob, Schedule};

use crate::project::{Inner, RunError};
use crate::scheduler::{JobOutcome, JobRun};
use crate::storage::StoredCron;

impl Inner {
    /// Reads the crons of every instance and stores them: new jobs are scheduled, changed
    /// ones rescheduled as Convex reschedules them, removed ones dropped. A `crons.ts`
    /// that cannot be read is reported, and its instance keeps no jobs.
    pub(crate) fn deploy_crons(&self, now_ms: i64) -> Result<Vec<String>, RunError> {
        let mut problems = Vec::new();
        let mut declared: BTreeMap<(String, String), (String, CronJob)> = BTreeMap::new();
        for path in self.instance_paths() {
            match self.declared_crons(&path) {
                Ok(jobs) => {
                    for (declaration, job) in jobs {
                        declared.insert((path.clone(), job.name.clone()), (declaration, job));
                    }
                }
                Err(message) => problems.push(message),
            }
        }
        let stored = self.store.crons()?;
        self.transaction(true, || {
            for cron in &stored {
                let key = (cron.instance.clone(), cron.name.clone());
                if !declared.contains_key(&key) {
                    self.store.delete_cron(&cron.instance, &cron.name)?;
                }
            }
            for ((instance, name), (declaration, job)) in &declared {
                let previous = stored
                    .iter()
                    .find(|c| &c.instance == instance && &c.name == name);
                let next_run = match previous {
                    Some(previous) if &previous.declaration == declaration => previous.next_run,
                    Some(previous) => match (old_schedule(previous), previous.next_run) {
                        (Some(old), Some(pending)) => {
                            job.schedule.rescheduled_next_run(&old, pending, now_ms)
                        }
                        _ => job.schedule.next_run(now_ms, None),
                    },
                    None => job.schedule.next_run(now_ms, None),
                };
                self.store.put_cron(&StoredCron {
                    instance: instance.clone(),
                    name: name.clone(),
                    declaration: declaration.clone(),
                    next_run,
                })?;
            }
            Ok(())
        })?;
        Ok(problems)
    }

    /// When the earliest cron job is due.
    pub(crate) fn next_cron_due(&self) -> Result<Option<i64>, RunError> {
        Ok(self.store.earliest_cron()?)
    }

    /// Runs the earliest cron job due at `now_ms`, if one is, and schedules its next run.
    pub(crate) fn run_next_cron(&self, now_ms: i64) -> Result<Option<JobRun>, RunError> {
        let Some(cron) = self.store.due_cron(now_ms)? else {
            return Ok(None);
        };
        let Some(job) = old_job(&cron) else {
            self.store.delete_cron(&cron.instance, &cron.name)?;
            return Ok(None);
        };
        let scheduled = cron.next_run.unwrap_or(now_ms);
        self.paginated.set(false);
        let result = self
            .address(&cron.instance, &job.function)
            .and_then(|address| self.call(&address, None, &job.args, true));
        let finished = crate::project::now_ms() as i64;
        self.transaction(true, || {
            Ok(self.store.put_cron(&StoredCron {
                next_run: job.schedule.next_run(finished, Some(scheduled)),
                ..cron.clone()
            })?)
        })?;
        Ok(Some(JobRun {
            instance: cron.instance,
            function: format!("{} (cron job \"{}\")", job.function, cron.name),
            outcome: match result {
                Ok(_) => JobOutcome::Succeeded,
                Err(error) => JobOutcome::Failed(error.message),
            },
        }))
    }

    /// The jobs an instance's `crons` module declares, each with its declaration (JSON
    /// text); none when it has no such module.
    fn declared_crons(&self, path: &str) -> Result<Vec<(String, CronJob)>, String> {
        let instance = self.instance(path).map_err(|e| e.message)?;
        let definition = &self.model.definitions[instance.definition];
        let Some(module) = definition.module("crons") else {
            return Ok(Vec::new());
        };
        let where_ = module.file.display().to_string();
        let exported = instance
            .with_isolate(self, |isolate| {
                isolate.call_export_method(&module.file, "default", "export")
            })
            .map_err(|e| format!("{where_}: cannot read its cron jobs: {e}"))?;
        let Some(text) = exported else {
            return Err(format!(
                "{where_}: the default export must be the `cronJobs()` object"
            ));
        };
        let record: Json = serde_json::from_str(&text)
            .map_err(|e| format!("{where_}: the cron jobs are not JSON: {e}"))?;
        let jobs = parse_jobs(&record).map_err(|e| format!("{where_}: {e}"))?;
        Ok(jobs
            .into_iter()
            .map(|job| (record[&job.name].to_string(), job))
            .collect())
    }
}

/// The job a stored declaration describes.
fn old_job(cron: &StoredCron) -> Option<CronJob> {
    let declaration: Json = serde_json::from_str(&cron.declaration).ok()?;
    let record = Json::Object([(cron.name.clone(), declaration)].into_iter().collect());
    parse_jobs(&record).ok()?.into_iter().next()
}

fn old_schedule(cron: &StoredCron) -> Option<Schedule> {
    old_job(cron).map(|job| job.schedule)
}
