//! Cron jobs that an app declares in `convex/crons.ts`: reading them and
//! deciding when each one runs next, the way a deployed Convex backend does.
//!
//! `crons.ts` default-exports a `Crons` object (convex npm package,
//! `src/server/cron.ts`). Its `crons` record, which is also what the object's
//! internal `export()` returns as a string, maps each job's identifier to
//! `{ name: "<module path>:<export>", args: [<convexToJson(args)>], schedule }`.
//! [`parse_jobs`] reads that record, checking it the way the backend checks a
//! push (`CronSpec::from_exported_json` in convex-backend's
//! `crates/model/src/cron_jobs/types.rs`).
//!
//! [`Schedule::next_run`] follows the backend's `compute_next_ts`
//! (`crates/model/src/cron_jobs/next_ts.rs`) together with the executor's
//! skipping of runs that are already in the past
//! (`crates/application/src/cron_jobs/mod.rs`):
//!
//! * An interval job runs as soon as it is deployed, then every N seconds
//!   counted from the previous run's *scheduled* time. Runs that would land in
//!   the past (the process was stopped, or a run took longer than the interval)
//!   are skipped, not made up.
//! * Every other kind is a cron pattern over UTC wall-clock minutes (hourly,
//!   daily, weekly and monthly are shorthands the backend rewrites into cron
//!   specs). The next run is the first matching minute strictly after now; the
//!   previous run does not matter, so missed occurrences are skipped.
//! * A monthly job on day 29-31 does not run in months without that day (it is
//!   not moved to the month's last day): the backend turns it into the cron
//!   spec `M H D * *`.
//! * Cron specs have the five fields `minute hour day-of-month month
//!   day-of-week` with Sunday = 0 (7 is rejected), parsed with the grammar of
//!   Convex's fork of the `saffron` crate, including its Quartz-style `L`,
//!   `W` and `#` and its quirks (see [`CronPattern`]).
//!
//! Two things a deployed backend does are left out on purpose, because a
//! local runtime wants predictable times: the random delay (under 60 s, kept
//! from run to run) added to each clock-schedule run, and the random offset
//! within the hour given to an hourly, daily, weekly or monthly job whose
//! `minuteUTC` is omitted. Such a job runs at minute 0, which is the
//! occurrence Convex adds that offset to.
//!
//! When a redeploy changes a job, use [`Schedule::rescheduled_next_run`].

use serde_json::{Map, Value};

/// One cron job as `crons.ts` declares it.
#[derive(Debug, Clone, PartialEq)]
pub struct CronJob {
    /// The job's identifier: the first argument to `crons.interval(...)` etc.
    pub name: String,
    /// The function to run, as the crons record stores it, e.g.
    /// `"messages:send"` or `"dir/file:fn"`. (The backend canonicalises this
    /// to `"messages.js:send"`, and a path without `:` to `":default"`.)
    pub function: String,
    /// The function's argument object in Convex's JSON encoding
    /// (`convexToJson`, so e.g. a bigint is `{"$integer": "<base64>"}`),
    /// unwrapped from the one-element array the record stores it in.
    pub args: Value,
    pub schedule: Schedule,
}

/// When a job runs. All times are UTC.
///
/// A `minute_utc` of `None` means `crons.ts` left the minute to Convex; see the
/// module docs for what this module does with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Schedule {
    /// Every `seconds` seconds (the record's `minutes` and `hours` are
    /// converted to seconds, as the backend does).
    Interval {
        seconds: u64,
    },
    Hourly {
        minute_utc: Option<u8>,
    },
    Daily {
        hour_utc: u8,
        minute_utc: Option<u8>,
    },
    Weekly {
        /// 0 = Sunday ... 6 = Saturday.
        day_of_week: u8,
        hour_utc: u8,
        minute_utc: Option<u8>,
    },
    Monthly {
        /// 1-31; months without this day are skipped.
        day: u8,
        hour_utc: u8,
        minute_utc: Option<u8>,
    },
    Cron {
        spec: String,
    },
}

const MINUTE_MS: i64 = 60_000;
const DAY_MS: i64 = 86_400_000;
const MINUTES_PER_DAY: i64 = 1_440;

impl Schedule {
    /// The Unix time in ms (UTC) at which the job should next run.
    ///
    /// `now_ms` is the current time. `previous_run_ms` is the time the run
    /// that just finished was *scheduled* for, or `None` for a job that was
    /// just deployed (or whose schedule just changed). For an interval job
    /// this gives `now_ms` when there is no previous run, and otherwise the
    /// first `previous + k * interval` (k >= 1) that is not before `now_ms`.
    /// For every other kind it gives the first matching minute strictly after
    /// `now_ms` and ignores `previous_run_ms`.
    ///
    /// `None` means the job never runs: the schedule is invalid (only possible
    /// for a hand-built `Schedule`; [`parse_jobs`] rejects these), or the
    /// time would not fit in an `i64`.
    pub fn next_run(&self, now_ms: i64, previous_run_ms: Option<i64>) -> Option<i64> {
        match self {
            Schedule::Interval { seconds } => {
                let period = i64::try_from(*seconds).ok()?.checked_mul(1000)?;
                if period <= 0 {
                    return None;
                }
                let Some(previous) = previous_run_ms else {
                    return Some(now_ms);
                };
                let next = previous.checked_add(period)?;
                if next >= now_ms {
                    return Some(next);
                }
                let behind = i128::from(now_ms) - i128::from(next);
                let periods = (behind + i128::from(period) - 1) / i128::from(period);
                i64::try_from(i128::from(next) + periods * i128::from(period)).ok()
            }
            _ => self.pattern().ok()?.next_after(now_ms),
        }
    }

    /// The next run Convex keeps for a job whose schedule a redeploy changed
    /// from `old` to `self`, given the run that was pending on the old
    /// schedule. Mirrors `CronModel::update` in convex-backend's
    /// `crates/model/src/cron_jobs/mod.rs`: the job starts over on the new
    /// schedule as if just deployed (so an interval job runs right away),
    /// except that when the old schedule's next two runs both fall within 30 s
    /// of now the pending run is kept. The backend does that to avoid write
    /// conflicts with a job that is about to run; the run after it uses the
    /// new schedule.
    /// A redeploy that changes only the function or args keeps the pending run
    /// too, and one that doesn't change a job at all leaves it alone.
    pub fn rescheduled_next_run(
        &self,
        old: &Schedule,
        pending_next_ms: i64,
        now_ms: i64,
    ) -> Option<i64> {
        if self == old {
            return Some(pending_next_ms);
        }
        let old_run_after_next = old
            .next_run(now_ms, None)
            .and_then(|next| old.next_run(next, Some(next)));
        if let Some(t) = old_run_after_next {
            if i128::from(t) - i128::from(now_ms) <= 30_000 {
                return Some(pending_next_ms);
            }
        }
        self.next_run(now_ms, None)
    }

    /// The cron pattern the backend evaluates for a clock schedule.
    fn pattern(&self) -> Result<CronPattern, String> {
        let spec = match self {
            Schedule::Interval { .. } => return Err("an interval has no cron pattern".into()),
            Schedule::Hourly { minute_utc } => format!("{} * * * *", minute_utc.unwrap_or(0)),
            Schedule::Daily {
                hour_utc,
                minute_utc,
            } => format!("{} {hour_utc} * * *", minute_utc.unwrap_or(0)),
            Schedule::Weekly {
                day_of_week,
                hour_utc,
                minute_utc,
            } => format!("{} {hour_utc} * * {day_of_week}", minute_utc.unwrap_or(0)),
            Schedule::Monthly {
                day,
                hour_utc,
                minute_utc,
            } => format!("{} {hour_utc} {day} * *", minute_utc.unwrap_or(0)),
            Schedule::Cron { spec } => spec.clone(),
        };
        CronPattern::parse(&spec)
    }
}

/// Parses the JSON of a `Crons` object's `crons` record (what
/// `JSON.stringify(crons.crons)` gives). Jobs come back sorted by name.
/// Errors name the job and say what is wrong.
pub fn parse_jobs(json: &Value) -> Result<Vec<CronJob>, String> {
    let record = json.as_object().ok_or_else(|| {
        format!(
            "the crons record must be a JSON object mapping job names to jobs, got {}",
            show(Some(json))
        )
    })?;
    let mut jobs = Vec::with_capacity(record.len());
    for (name, entry) in record {
        let job = parse_job(name, entry).map_err(|e| format!("cron job {name:?}: {e}"))?;
        jobs.push(job);
    }
    // The record's key order depends on serde_json's `preserve_order` feature,
    // which another crate in the build may switch on.
    jobs.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(jobs)
}

fn parse_job(name: &str, entry: &Value) -> Result<CronJob, String> {
    // The backend refuses identifiers with anything but printable ASCII.
    if let Some(c) = name.chars().find(|c| !c.is_ascii() || c.is_ascii_control()) {
        return Err(format!(
            "the name contains {c:?}; job names may only contain printable ASCII characters"
        ));
    }
    let entry = entry.as_object().ok_or_else(|| {
        format!(
            "expected an object with name, args and schedule, got {}",
            show(Some(entry))
        )
    })?;
    let function = match entry.get("name") {
        Some(Value::String(s)) if !s.is_empty() => s.clone(),
        other => {
            return Err(format!(
                "`name` (the function to run) must be a non-empty string, got {}",
                show(other)
            ))
        }
    };
    let args = match entry.get("args") {
        Some(Value::Array(items)) if items.len() == 1 && items[0].is_object() => items[0].clone(),
        other => {
            return Err(format!(
                "`args` must be a one-element array holding the argument object, got {}",
                show(other)
            ))
        }
    };
    let schedule = parse_schedule(entry.get("schedule"))?;
    Ok(CronJob {
        name: name.to_owned(),
        function,
        args,
        schedule,
    })
}

fn parse_schedule(value: Option<&Value>) -> Result<Schedule, String> {
    let Some(Value::Object(s)) = value else {
        return Err(format!("`schedule` must be an object, got {}", show(value)));
    };
    let kind = match s.get("type") {
        Some(Value::String(kind)) => kind.as_str(),
        other => {
            return Err(format!(
                "`schedule.type` must be a string, got {}",
                show(other)
            ))
        }
    };
    let schedule = match kind {
        "interval" => {
            let units = [("seconds", 1), ("minutes", 60), ("hours", 3600)];
            let given: Vec<_> = units
                .iter()
                .filter(|(key, _)| present(s, key).is_some())
                .collect();
            let [(key, unit_seconds)] = given[..] else {
                return Err(format!(
                    "an interval schedule needs exactly one of seconds, minutes or hours, got {}",
                    show(value)
                ));
            };
            let raw = present(s, key);
            let count = raw.and_then(Value::as_i64).filter(|n| *n > 0).ok_or_else(|| {
                format!(
                    "`schedule.{key}` must be an integer greater than 0, got {}",
                    show(raw)
                )
            })?;
            let seconds = count
                .checked_mul(*unit_seconds)
                .ok_or_else(|| format!("`schedule.{key}` is too large: {count}"))?;
            Schedule::Interval {
                seconds: seconds.unsigned_abs(),
            }
        }
        "hourly" => Schedule::Hourly {
            minute_utc: minute_utc(s)?,
        },
        "daily" => Schedule::Daily {
            hour_utc: hour_utc(s)?,
            minute_utc: minute_utc(s)?,
        },
        "weekly" => {
            const DAYS: [&str; 7] = [
                "sunday",
                "monday",
                "tuesday",
                "wednesday",
                "thursday",
                "friday",
                "saturday",
            ];
            let raw = s.get("dayOfWeek");
            let day_of_week = raw
                .and_then(Value::as_str)
                .and_then(|d| DAYS.iter().position(|name| *name == d))
                .ok_or_else(|| {
                    format!(
                        "`schedule.dayOfWeek` must be a lower-case day name like \"monday\", got {}",
                        show(raw)
                    )
                })?;
            Schedule::Weekly {
                day_of_week: day_of_week as u8,
                hour_utc: hour_utc(s)?,
                minute_utc: minute_utc(s)?,
            }
        }
        "monthly" => Schedule::Monthly {
            day: int_field(s, "day", 1, 31)?,
            hour_utc: hour_utc(s)?,
            minute_utc: minute_utc(s)?,
        },
        "cron" => {
            let raw = s.get("cron");
            let Some(Value::String(spec)) = raw else {
                return Err(format!(
                    "`schedule.cron` must be a cron spec string, got {}",
                    show(raw)
                ));
            };
            let pattern =
                CronPattern::parse(spec).map_err(|e| format!("invalid cron spec {spec:?}: {e}"))?;
            if !pattern.can_ever_run() {
                return Err(format!("cron spec {spec:?} never matches any time"));
            }
            Schedule::Cron { spec: spec.clone() }
        }
        other => {
            return Err(format!(
                "unknown schedule type {other:?} (expected interval, hourly, daily, weekly, monthly or cron)"
            ))
        }
    };
    Ok(schedule)
}

/// A field that is there and not `null` (serde's `Option` treats both the
/// same, and `JSON.stringify` drops `undefined`).
fn present<'a>(s: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
    s.get(key).filter(|v| !v.is_null())
}

fn int_field(s: &Map<String, Value>, key: &str, min: i64, max: i64) -> Result<u8, String> {
    let raw = present(s, key);
    raw.and_then(Value::as_i64)
        .filter(|n| (min..=max).contains(n))
        .map(|n| n as u8)
        .ok_or_else(|| {
            format!(
                "`schedule.{key}` must be an integer from {min} to {max}, got {}",
                show(raw)
            )
        })
}

fn hour_utc(s: &Map<String, Value>) -> Result<u8, String> {
    int_field(s, "hourUTC", 0, 23)
}

fn minute_utc(s: &Map<String, Value>) -> Result<Option<u8>, String> {
    match present(s, "minuteUTC") {
        None => Ok(None),
        Some(_) => int_field(s, "minuteUTC", 0, 59).map(Some),
    }
}

/// A short rendering of a JSON value for error messages.
fn show(value: Option<&Value>) -> String {
    let Some(value) = value else {
        return "nothing".into();
    };
    let text = value.to_string();
    if text.chars().count() <= 80 {
        text
    } else {
        let cut: String = text.chars().take(77).collect();
        format!("{cut}...")
    }
}

// ---------------------------------------------------------------------------
// Cron patterns
// ---------------------------------------------------------------------------

/// A parsed five-field cron spec, evaluated the way the backend's cron parser
/// (get-convex/saffron at rev 1d842379, Convex's fork of Cloudflare's
/// `saffron`) does. Accepted per field:
///
/// * minute 0-59, hour 0-23, day-of-month 1-31, month 1-12 or `JAN`-`DEC`,
///   day-of-week 0-6 or `SUN`-`SAT` (Sunday = 0); names are case-insensitive;
/// * `*`, `*/step`, `a`, `a-b`, `a/step`, `a-b/step`, comma-separated lists
///   (`*` alone can't be part of a list, but `1,*` means `1,<min>`);
/// * day-of-month: `L` (last day), `L-n` (n days before it), `LW` and `L-nW`
///   (nearest weekday to those), `nW` (nearest weekday to day n);
/// * day-of-week: `L` (Saturday), `dL` (last weekday d of the month),
///   `d#n` (nth weekday d of the month).
///
/// When both day fields are restricted a day matching either one runs (only a
/// bare `*` counts as unrestricted, so `*/1` restricts). A range running
/// backwards wraps around (`FRI-MON`). We reproduce saffron's quirks instead
/// of fixing them, so that a job runs locally when it would run on Convex:
///
/// * a wrapping range also includes the value just before its start
///   (`50-10` covers minutes 49-59 and 0-10; `FRI-MON` includes Thursday);
/// * a wrapping step in day-of-month, month or day-of-week counts a phantom
///   value past the field's maximum and restarts at day 2, February or
///   Monday, so `25-5/2` is days 2, 4, 25, 27, 29 and 31;
/// * for `L-nW` and `nW` the starting day matches a little more loosely than
///   later days do (saffron checks the current day with a separate function).
#[derive(Debug, Clone, PartialEq, Eq)]
struct CronPattern {
    minutes: u64,
    hours: u32,
    days_of_month: DomRule,
    /// Bit m-1 for month m.
    months: u16,
    days_of_week: DowRule,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DomRule {
    Any,
    /// Bit d-1 for day d.
    Days(u32),
    /// `L` (offset 0) or `L-offset`.
    Last(u8),
    /// `LW` (offset 0) or `L-offsetW`.
    LastWeekday(u8),
    /// `dayW`.
    NearestWeekday(u8),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DowRule {
    Any,
    /// Bit w for weekday w (0 = Sunday).
    Days(u8),
    /// `wL`: the last weekday w of the month.
    Last(u8),
    /// `w#n`: the nth weekday w of the month.
    Nth(u8, u8),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Minute,
    Hour,
    DayOfMonth,
    Month,
    DayOfWeek,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Item {
    One(u8),
    Range(u8, u8),
    Step { start: u8, end: u8, step: u8 },
}

const MONTH_NAMES: [&str; 12] = [
    "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
];
const DAY_NAMES: [&str; 7] = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

impl Field {
    fn label(self) -> &'static str {
        match self {
            Field::Minute => "minute",
            Field::Hour => "hour",
            Field::DayOfMonth => "day-of-month",
            Field::Month => "month",
            Field::DayOfWeek => "day-of-week",
        }
    }

    fn min(self) -> u8 {
        match self {
            Field::Minute | Field::Hour | Field::DayOfWeek => 0,
            Field::DayOfMonth | Field::Month => 1,
        }
    }

    fn max(self) -> u8 {
        match self {
            Field::Minute => 59,
            Field::Hour => 23,
            Field::DayOfMonth => 31,
            Field::Month => 12,
            Field::DayOfWeek => 6,
        }
    }

    /// Largest step saffron accepts: the field's max minus its min, where
    /// day-of-week's range is 1-7 there.
    fn max_step(self) -> u8 {
        match self {
            Field::DayOfWeek => 6,
            _ => self.max() - self.min(),
        }
    }

    /// The bit a value sets.
    fn bit(self, value: u8) -> u32 {
        u32::from(value - self.min())
    }

    fn top_bit(self) -> u32 {
        self.bit(self.max())
    }

    /// The bounds saffron's wrapping step runs through. It takes them from
    /// the field's 1-based constants but applies them to 0-based bits, which
    /// is where its wrapping-step quirk comes from.
    fn wrap_step_bounds(self) -> (u32, u32) {
        match self {
            Field::Minute => (0, 59),
            Field::Hour => (0, 23),
            Field::DayOfMonth => (1, 31),
            Field::Month => (1, 12),
            Field::DayOfWeek => (1, 7),
        }
    }

    fn names(self) -> &'static [&'static str] {
        match self {
            Field::Month => &MONTH_NAMES,
            Field::DayOfWeek => &DAY_NAMES,
            _ => &[],
        }
    }

    fn compile(self, items: &[Item]) -> u64 {
        let all = (1u64 << (self.top_bit() + 1)) - 1;
        let mut mask = 0u64;
        for item in items {
            match normalize(*item) {
                Item::One(v) => mask |= 1 << self.bit(v),
                Item::Range(a, b) if a <= b => {
                    for bit in self.bit(a)..=self.bit(b) {
                        mask |= 1 << bit;
                    }
                }
                Item::Range(a, b) => {
                    // Saffron's wrapping range starts one before `a`.
                    for bit in (self.bit(a) - 1)..=self.top_bit() {
                        mask |= 1 << bit;
                    }
                    for bit in 0..=self.bit(b) {
                        mask |= 1 << bit;
                    }
                }
                Item::Step { start, end, step } => {
                    let (from, to) = (self.bit(start), self.bit(end));
                    let step = usize::from(step);
                    if from <= to {
                        for bit in (from..=to).step_by(step) {
                            mask |= 1 << bit;
                        }
                    } else {
                        let (low, high) = self.wrap_step_bounds();
                        for bit in (from..=high).chain(low..=to).step_by(step) {
                            mask |= 1 << bit;
                        }
                    }
                }
            }
        }
        mask & all
    }
}

fn normalize(item: Item) -> Item {
    match item {
        Item::Range(a, b)
        | Item::Step {
            start: a, end: b, ..
        } if a == b => Item::One(a),
        Item::Step {
            start,
            end,
            step: 1,
        } => Item::Range(start, end),
        other => other,
    }
}

/// Reads one field's text.
struct Cursor<'a> {
    text: &'a str,
    pos: usize,
    field: Field,
}

impl<'a> Cursor<'a> {
    fn new(text: &'a str, field: Field) -> Self {
        Self {
            text,
            pos: 0,
            field,
        }
    }

    fn rest(&self) -> &'a str {
        &self.text[self.pos..]
    }

    fn eat(&mut self, c: char) -> bool {
        if self.rest().starts_with(c) {
            self.pos += c.len_utf8();
            true
        } else {
            false
        }
    }

    fn error(&self, expected: &str) -> String {
        match self.rest().chars().next() {
            Some(c) => format!(
                "{} field {:?}: expected {expected}, found {c:?}",
                self.field.label(),
                self.text
            ),
            None => format!(
                "{} field {:?}: expected {expected}, found the end of the field",
                self.field.label(),
                self.text
            ),
        }
    }

    fn end(&self) -> Result<(), String> {
        if self.rest().is_empty() {
            Ok(())
        } else {
            Err(self.error("the end of the field"))
        }
    }

    /// A run of digits, saturating rather than overflowing so that a huge
    /// number reads as out of range.
    fn digits(&mut self) -> Option<u32> {
        let len = self.rest().bytes().take_while(u8::is_ascii_digit).count();
        if len == 0 {
            return None;
        }
        let value = self.rest().bytes().take(len).fold(0u32, |n, b| {
            n.saturating_mul(10).saturating_add(u32::from(b - b'0'))
        });
        self.pos += len;
        Some(value)
    }

    fn number(&mut self, what: &str, min: u8, max: u8) -> Result<u8, String> {
        let (label, text) = (self.field.label(), self.text);
        let out_of_range = || format!("{label} field {text:?}: {what} must be from {min} to {max}");
        match self.digits() {
            Some(n) if (u32::from(min)..=u32::from(max)).contains(&n) => Ok(n as u8),
            Some(_) => Err(out_of_range()),
            None => Err(self.error(&format!("a {what}"))),
        }
    }

    /// A value; `*` stands for the field's minimum where `star` allows it.
    fn value(&mut self, star: bool) -> Result<u8, String> {
        let field = self.field;
        if self.rest().starts_with(|c: char| c.is_ascii_digit()) {
            let what = match field {
                Field::DayOfWeek => "value (0-6, Sunday is 0)",
                _ => "value",
            };
            let (min, max) = (field.min(), field.max());
            return match self.digits() {
                Some(n) if (u32::from(min)..=u32::from(max)).contains(&n) => Ok(n as u8),
                _ => Err(format!(
                    "{} field {:?}: {what} must be from {min} to {max}",
                    field.label(),
                    self.text
                )),
            };
        }
        let rest = self.rest();
        if let Some(i) = field.names().iter().position(|name| {
            rest.get(..3)
                .is_some_and(|prefix| prefix.eq_ignore_ascii_case(name))
        }) {
            self.pos += 3;
            return Ok(field.min() + i as u8);
        }
        if star && self.eat('*') {
            return Ok(field.min());
        }
        Err(self.error(match field {
            Field::Month => "a number or month name",
            Field::DayOfWeek => "a number or day name",
            _ => "a number",
        }))
    }

    fn step(&mut self) -> Result<u8, String> {
        self.number("step", 1, self.field.max_step())
    }

    /// A single value, range or step; what follows a comma.
    fn item(&mut self) -> Result<Item, String> {
        let start = self.value(true)?;
        self.range_or_step(start)
    }

    fn range_or_step(&mut self, start: u8) -> Result<Item, String> {
        if self.eat('/') {
            let step = self.step()?;
            Ok(Item::Step {
                start,
                end: self.field.max(),
                step,
            })
        } else if self.eat('-') {
            let end = self.value(false)?;
            if self.eat('/') {
                let step = self.step()?;
                Ok(Item::Step { start, end, step })
            } else {
                Ok(Item::Range(start, end))
            }
        } else {
            Ok(Item::One(start))
        }
    }

    /// `first` and any comma-separated items after it, to the end of the field.
    fn list(&mut self, first: Item) -> Result<Vec<Item>, String> {
        let mut items = vec![first];
        while self.eat(',') {
            items.push(self.item()?);
        }
        self.end()?;
        Ok(items)
    }

    /// A leading `*` or `*/step`; `Ok(None)` for a bare `*`.
    fn star(&mut self) -> Result<Option<Vec<Item>>, String> {
        if self.eat('/') {
            let step = self.step()?;
            let first = Item::Step {
                start: self.field.min(),
                end: self.field.max(),
                step,
            };
            self.list(first).map(Some)
        } else {
            self.end()?;
            Ok(None)
        }
    }
}

impl CronPattern {
    fn parse(spec: &str) -> Result<CronPattern, String> {
        if spec.starts_with([' ', '\t']) || spec.ends_with([' ', '\t']) {
            return Err("it has leading or trailing whitespace".into());
        }
        let fields: Vec<&str> = spec.split([' ', '\t']).filter(|f| !f.is_empty()).collect();
        let [minute, hour, dom, month, dow] = fields[..] else {
            return Err(format!(
                "expected 5 fields (minute hour day-of-month month day-of-week) separated by spaces, found {}",
                fields.len()
            ));
        };
        let simple = |text, field: Field| -> Result<u64, String> {
            let mut c = Cursor::new(text, field);
            let items = if c.eat('*') {
                match c.star()? {
                    Some(items) => items,
                    None => return Ok(field.compile(&[Item::Range(field.min(), field.max())])),
                }
            } else {
                let first = c.item()?;
                c.list(first)?
            };
            Ok(field.compile(&items))
        };
        Ok(CronPattern {
            minutes: simple(minute, Field::Minute)?,
            hours: simple(hour, Field::Hour)? as u32,
            days_of_month: parse_dom(dom)?,
            months: simple(month, Field::Month)? as u16,
            days_of_week: parse_dow(dow)?,
        })
    }

    /// Saffron's `Cron::any`: false for patterns that plainly never match.
    /// The backend rejects those when the app is pushed.
    fn any(&self) -> bool {
        if self.days_of_week != DowRule::Any {
            return true;
        }
        let first_day = match self.days_of_month {
            DomRule::Any | DomRule::Last(0) | DomRule::LastWeekday(0) => return true,
            DomRule::Last(offset) | DomRule::LastWeekday(offset) => u32::from(offset) + 1,
            DomRule::Days(days) => days.trailing_zeros() + 1,
            // Saffron reads the day number as if it were a bit mask here.
            DomRule::NearestWeekday(day) => u32::from(day).trailing_zeros() + 1,
        };
        const MONTHS_WITH_31_DAYS: u16 = 0b1010_1101_0101;
        const MONTHS_WITH_30_DAYS: u16 = 0b0101_0010_1000;
        let longest = if self.months & MONTHS_WITH_31_DAYS != 0 {
            31
        } else if self.months & MONTHS_WITH_30_DAYS != 0 {
            30
        } else {
            29
        };
        first_day <= longest
    }

    /// Whether the pattern runs at some time at all. Weekdays and leap years
    /// repeat every 400 years, so a 400-year search from any date settles it.
    fn can_ever_run(&self) -> bool {
        self.any() && self.next_day_from(days_from_civil(2000, 1, 1)).is_some()
    }

    /// The first matching minute strictly after `t_ms`, found the way
    /// saffron's `Cron::next_after` finds it.
    fn next_after(&self, t_ms: i64) -> Option<i64> {
        if !self.any() {
            return None;
        }
        let start = t_ms.div_euclid(MINUTE_MS).checked_add(1)?;
        let day = start.div_euclid(MINUTES_PER_DAY);
        let minute_of_day = start.rem_euclid(MINUTES_PER_DAY) as u32;
        let (y, m, d) = civil_from_days(day);
        // Saffron checks the starting day with its `contains` functions and
        // later days with its `find_next` functions; they differ slightly.
        if self.has_month(m) && self.contains_day(y, m, d) {
            if let Some(minute) = self.first_minute_from(minute_of_day) {
                return to_ms(day, minute);
            }
        }
        let next_day = self.next_day_from(day.checked_add(1)?)?;
        to_ms(next_day, self.first_minute_from(0)?)
    }

    /// The first day on or after `day` that the pattern runs on, looking at
    /// most 400 years ahead.
    fn next_day_from(&self, day: i64) -> Option<i64> {
        let (mut y, mut m, d) = civil_from_days(day);
        let mut from_day = d;
        for _ in 0..=400 * 12 {
            if self.has_month(m) {
                let days = self.days_in(y, m) >> (from_day - 1);
                if days != 0 {
                    let found = from_day + days.trailing_zeros();
                    return Some(days_from_civil(y, m, found));
                }
            }
            from_day = 1;
            m += 1;
            if m > 12 {
                m = 1;
                y += 1;
            }
        }
        None
    }

    fn has_month(&self, month: u32) -> bool {
        self.months & (1 << (month - 1)) != 0
    }

    /// Hour and minute (as a minute of the day) of the first matching time
    /// at or after `minute_of_day`.
    fn first_minute_from(&self, minute_of_day: u32) -> Option<u32> {
        let (start_hour, start_minute) = (minute_of_day / 60, minute_of_day % 60);
        (start_hour..24)
            .filter(|h| self.hours & (1 << h) != 0)
            .find_map(|h| {
                let from = if h == start_hour { start_minute } else { 0 };
                let minutes = self.minutes >> from;
                (minutes != 0).then(|| h * 60 + from + minutes.trailing_zeros())
            })
    }

    /// The days of month `m` the pattern runs on (bit d-1 for day d), per
    /// saffron's `find_next_day`.
    fn days_in(&self, y: i64, m: u32) -> u32 {
        let len = days_in_month(y, m);
        let first_weekday = weekday(days_from_civil(y, m, 1));
        let weekday_of = |d: u32| (first_weekday + d - 1) % 7;
        let only = |d: u32| {
            if (1..=len).contains(&d) {
                1u32 << (d - 1)
            } else {
                0
            }
        };
        let dom = match self.days_of_month {
            DomRule::Any => (1u32 << len) - 1,
            DomRule::Days(days) => days & ((1u32 << len) - 1),
            DomRule::Last(offset) => only(len.saturating_sub(u32::from(offset))),
            DomRule::LastWeekday(0) => match weekday_of(len) {
                6 => only(len - 1),
                0 => only(len - 2),
                _ => only(len),
            },
            DomRule::LastWeekday(offset) => {
                let day = len.saturating_sub(u32::from(offset));
                match (day, weekday_of(day.max(1))) {
                    (0, _) => 0,
                    (1, 6) => only(3),
                    (_, 6) => only(day - 1),
                    (_, 0) => only(day + 1),
                    _ => only(day),
                }
            }
            DomRule::NearestWeekday(day) => {
                let day = u32::from(day);
                if day > len {
                    0
                } else {
                    match weekday_of(day) {
                        6 if day == 1 => only(3),
                        6 => only(day - 1),
                        0 if day == len => only(len - 2),
                        0 => only(day + 1),
                        _ => only(day),
                    }
                }
            }
        };
        // The day of month of the first weekday `w`.
        let first = |w: u8| (u32::from(w) + 7 - first_weekday) % 7 + 1;
        let dow = match self.days_of_week {
            DowRule::Any => (1u32 << len) - 1,
            DowRule::Days(weekdays) => (1..=len)
                .filter(|d| weekdays & (1 << weekday_of(*d)) != 0)
                .fold(0, |days, d| days | 1 << (d - 1)),
            DowRule::Last(w) => {
                let first = first(w);
                only(if first + 28 <= len {
                    first + 28
                } else {
                    first + 21
                })
            }
            DowRule::Nth(w, nth) => only(first(w) + 7 * (u32::from(nth) - 1)),
        };
        match (self.days_of_month, self.days_of_week) {
            (DomRule::Any, _) => dow,
            (_, DowRule::Any) => dom,
            _ => dom | dow,
        }
    }

    /// Whether day `d` of month `m` matches, per saffron's `contains_date`.
    fn contains_day(&self, y: i64, m: u32, d: u32) -> bool {
        let len = days_in_month(y, m);
        let wd = weekday(days_from_civil(y, m, d));
        let is_weekday = (1..=5).contains(&wd);
        let dom = match self.days_of_month {
            DomRule::Any => true,
            DomRule::Days(days) => days & (1 << (d - 1)) != 0,
            DomRule::Last(offset) => d + u32::from(offset) == len,
            DomRule::LastWeekday(0) => (is_weekday && d == len) || (wd == 5 && len - d < 3),
            DomRule::LastWeekday(offset) => {
                let shifted = d + u32::from(offset);
                (is_weekday && shifted == len)
                    || (wd == 1 && shifted >= len && shifted - len < 3)
                    || (wd == 5 && shifted + 1 == len)
            }
            DomRule::NearestWeekday(day) => {
                let day = u32::from(day);
                (is_weekday && d == day)
                    || (wd == 1 && d - 1 == day)
                    || (wd == 1 && d == 3 && day == 1)
                    || (wd == 5 && d + 1 == day)
                    || (wd == 5 && d + 2 == day && day == len)
            }
        };
        let dow = match self.days_of_week {
            DowRule::Any => true,
            DowRule::Days(weekdays) => weekdays & (1 << wd) != 0,
            DowRule::Last(w) => u32::from(w) == wd && d + 7 > len,
            DowRule::Nth(w, nth) => u32::from(w) == wd && (d - 1) / 7 + 1 == u32::from(nth),
        };
        match (self.days_of_month, self.days_of_week) {
            (DomRule::Any, _) => dow,
            (_, DowRule::Any) => dom,
            _ => dom || dow,
        }
    }
}

fn parse_dom(text: &str) -> Result<DomRule, String> {
    let field = Field::DayOfMonth;
    let mut c = Cursor::new(text, field);
    if c.eat('*') {
        return Ok(match c.star()? {
            Some(items) => DomRule::Days(field.compile(&items) as u32),
            None => DomRule::Any,
        });
    }
    if c.eat('L') {
        let rule = if c.eat('-') {
            let offset = c.number("offset after L-", 1, 30)?;
            if c.eat('W') {
                DomRule::LastWeekday(offset)
            } else {
                DomRule::Last(offset)
            }
        } else if c.eat('W') {
            DomRule::LastWeekday(0)
        } else {
            DomRule::Last(0)
        };
        c.end()?;
        return Ok(rule);
    }
    let day = c.value(false)?;
    if c.eat('W') {
        c.end()?;
        return Ok(DomRule::NearestWeekday(day));
    }
    let first = c.range_or_step(day)?;
    let items = c.list(first)?;
    Ok(DomRule::Days(field.compile(&items) as u32))
}

fn parse_dow(text: &str) -> Result<DowRule, String> {
    let field = Field::DayOfWeek;
    let mut c = Cursor::new(text, field);
    if c.eat('*') {
        return Ok(match c.star()? {
            Some(items) => DowRule::Days(field.compile(&items) as u8),
            None => DowRule::Any,
        });
    }
    if c.eat('L') {
        c.end()?;
        return Ok(DowRule::Days(1 << 6));
    }
    let day = c.value(false)?;
    if c.eat('L') {
        c.end()?;
        return Ok(DowRule::Last(day));
    }
    if c.eat('#') {
        let nth = c.number("week number after #", 1, 5)?;
        c.end()?;
        return Ok(DowRule::Nth(day, nth));
    }
    let first = c.range_or_step(day)?;
    let items = c.list(first)?;
    Ok(DowRule::Days(field.compile(&items) as u8))
}

// ---------------------------------------------------------------------------
// Calendar arithmetic (proleptic Gregorian, days since 1970-01-01)
// ---------------------------------------------------------------------------

fn to_ms(day: i64, minute_of_day: u32) -> Option<i64> {
    day.checked_mul(DAY_MS)?
        .checked_add(i64::from(minute_of_day) * MINUTE_MS)
}

fn is_leap_year(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(y) => 29,
        2 => 28,
        _ => 31,
    }
}

/// 0 = Sunday; 1970-01-01 was a Thursday.
fn weekday(day: i64) -> u32 {
    (day + 4).rem_euclid(7) as u32
}

// Howard Hinnant's days_from_civil / civil_from_days, which count in 400-year
// eras starting on March 1 so that leap days fall at the end of a year.
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let month_from_march = i64::from((m + 9) % 12);
    let day_of_year = (153 * month_from_march + 2) / 5 + i64::from(d) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

fn civil_from_days(day: i64) -> (i64, u32, u32) {
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let d = (day_of_year - (153 * month_from_march + 2) / 5 + 1) as u32;
    let m = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    } as u32;
    let y = year_of_era + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Unix seconds to ms, so the constants below can be checked with `date -u -d @N`.
    const fn at(unix_seconds: i64) -> i64 {
        unix_seconds * 1000
    }

    fn next(schedule: &Schedule, now: i64) -> i64 {
        schedule.next_run(now, None).expect("schedule should run")
    }

    fn cron(spec: &str) -> Schedule {
        Schedule::Cron { spec: spec.into() }
    }

    /// A crons record holding one job with `schedule`.
    fn one_job(schedule: Value) -> Value {
        json!({ "job": { "name": "tasks:run", "args": [{}], "schedule": schedule } })
    }

    fn parse_error(record: Value) -> String {
        parse_jobs(&record).expect_err("should be rejected")
    }

    #[test]
    fn calendar_arithmetic() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(weekday(0), 4); // Thursday
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        assert_eq!(weekday(-1), 3); // Wednesday
        assert_eq!(days_from_civil(2000, 3, 1), 951_868_800 / 86_400);
        assert_eq!(days_from_civil(2024, 2, 29), 1_709_164_800 / 86_400);
        assert_eq!(weekday(days_from_civil(2024, 2, 29)), 4); // Thursday
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(2023, 2), 28);
        assert_eq!(days_in_month(2100, 2), 28); // divisible by 100, not 400
        assert_eq!(days_in_month(2000, 2), 29); // divisible by 400
        for day in (-800_000..800_000).step_by(97) {
            let (y, m, d) = civil_from_days(day);
            assert!((1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m));
            assert_eq!(days_from_civil(y, m, d), day);
        }
    }

    #[test]
    fn interval_runs_at_deploy_then_every_period() {
        let every_minute = Schedule::Interval { seconds: 60 };
        let now = at(1_677_659_700); // 2023-03-01 08:35:00
        assert_eq!(every_minute.next_run(now, None), Some(now));
        // The run took half a second; the next one counts from its scheduled time.
        assert_eq!(
            every_minute.next_run(now + 500, Some(now)),
            Some(at(1_677_659_760)) // 2023-03-01 08:36:00
        );
    }

    #[test]
    fn interval_skips_runs_in_the_past() {
        let hourly = Schedule::Interval { seconds: 3600 };
        let previous = at(1_677_659_700); // 2023-03-01 08:35:00
                                          // Stopped until 12:00: 09:35, 10:35 and 11:35 are skipped.
        assert_eq!(
            hourly.next_run(at(1_677_672_000), Some(previous)), // now 12:00
            Some(at(1_677_674_100))                             // 12:35
        );
        // A run due exactly now is not in the past.
        assert_eq!(
            hourly.next_run(at(1_677_670_500), Some(previous)), // now 11:35
            Some(at(1_677_670_500))                             // 11:35
        );
        // A previous run after now (clock moved back) still counts forward from it.
        assert_eq!(
            hourly.next_run(previous - 10_000, Some(previous)),
            Some(previous + 3_600_000)
        );
    }

    #[test]
    fn hourly_runs_when_the_utc_minute_comes_round() {
        let at_five = Schedule::Hourly {
            minute_utc: Some(5),
        };
        let now = at(1_677_659_700); // 2023-03-01 08:35:00
        let first = next(&at_five, now);
        assert_eq!(first, at(1_677_661_500)); // 09:05
        assert_eq!(next(&at_five, first), at(1_677_665_100)); // 10:05, strictly after 09:05
        assert_eq!(next(&at_five, first - 1), first); // 09:04:59.999 -> 09:05
        assert_eq!(next(&at_five, first + 59_999), at(1_677_665_100)); // 09:05:59.999 -> 10:05
                                                                       // The previous run doesn't matter for clock schedules.
        assert_eq!(at_five.next_run(now, Some(0)), Some(first));
        // No minute given: top of the hour (Convex would add a random delay).
        let unpinned = Schedule::Hourly { minute_utc: None };
        assert_eq!(next(&unpinned, now), at(1_677_661_200)); // 09:00
    }

    #[test]
    fn daily() {
        let daily = Schedule::Daily {
            hour_utc: 8,
            minute_utc: Some(30),
        };
        let now = at(1_677_573_300); // 2023-02-28 08:35:00, just past today's run
        let first = next(&daily, now);
        assert_eq!(first, at(1_677_659_400)); // 2023-03-01 08:30
        assert_eq!(next(&daily, first), at(1_677_745_800)); // 2023-03-02 08:30
        let unpinned = Schedule::Daily {
            hour_utc: 8,
            minute_utc: None,
        };
        assert_eq!(next(&unpinned, now), at(1_677_657_600)); // 2023-03-01 08:00
    }

    #[test]
    fn weekly() {
        let tuesdays = Schedule::Weekly {
            day_of_week: 2,
            hour_utc: 12,
            minute_utc: Some(30),
        };
        let now = at(1_677_573_300); // Tuesday 2023-02-28 08:35:00
        let first = next(&tuesdays, now);
        assert_eq!(first, at(1_677_587_400)); // Tuesday 2023-02-28 12:30, same day
        assert_eq!(next(&tuesdays, first), at(1_678_192_200)); // Tuesday 2023-03-07 12:30
        let sundays = Schedule::Weekly {
            day_of_week: 0,
            hour_utc: 23,
            minute_utc: Some(59),
        };
        assert_eq!(
            next(&sundays, at(1_709_337_600)), // Saturday 2024-03-02 00:00
            at(1_709_510_340)                  // Sunday 2024-03-03 23:59
        );
    }

    #[test]
    fn monthly() {
        let first_of_month = Schedule::Monthly {
            day: 1,
            hour_utc: 12,
            minute_utc: Some(30),
        };
        let now = at(1_677_573_300); // 2023-02-28 08:35
        let first = next(&first_of_month, now);
        assert_eq!(first, at(1_677_673_800)); // 2023-03-01 12:30
        assert_eq!(next(&first_of_month, first), at(1_680_352_200)); // 2023-04-01 12:30
    }

    #[test]
    fn monthly_skips_months_without_the_day() {
        // Convex turns `monthly` into the cron spec "M H D * *", so a job on
        // the 31st skips 30-day months instead of moving to their last day.
        let on_31st = Schedule::Monthly {
            day: 31,
            hour_utc: 16,
            minute_utc: Some(0),
        };
        assert_eq!(
            next(&on_31st, at(1_681_516_800)), // 2023-04-15 00:00 (April has 30 days)
            at(1_685_548_800)                  // 2023-05-31 16:00
        );
        assert_eq!(
            next(&on_31st, at(1_675_180_800)), // 2023-01-31 16:00, the run itself
            at(1_680_278_400)                  // 2023-03-31 16:00: February skipped
        );
        let on_30th = Schedule::Monthly {
            day: 30,
            hour_utc: 0,
            minute_utc: Some(0),
        };
        assert_eq!(
            next(&on_30th, at(1_675_209_600)), // 2023-02-01 00:00
            at(1_680_134_400)                  // 2023-03-30 00:00
        );
    }

    #[test]
    fn monthly_on_the_29th_follows_leap_years() {
        let on_29th = Schedule::Monthly {
            day: 29,
            hour_utc: 10,
            minute_utc: Some(0),
        };
        let cases = [
            (at(1_675_209_600), at(1_680_084_000)), // from 2023-02-01: 2023-03-29 10:00 (2023 not leap)
            (at(1_706_745_600), at(1_709_200_800)), // from 2024-02-01: 2024-02-29 10:00
            (at(4_105_123_200), at(4_109_997_600)), // from 2100-02-01: 2100-03-29 10:00 (2100 not leap)
            (at(949_363_200), at(951_818_400)),     // from 2000-02-01: 2000-02-29 10:00 (2000 leap)
        ];
        for (now, expected) in cases {
            assert_eq!(next(&on_29th, now), expected, "from {now}");
        }
    }

    #[test]
    fn cron_matches_convex_test_vector() {
        // Monday and Friday at 12:00; from convex-backend's next_ts.rs tests.
        let spec = cron("0 12 * * 1,5");
        let now = at(1_677_573_300); // Tuesday 2023-02-28 08:35
        let first = next(&spec, now);
        assert_eq!(first, at(1_677_844_800)); // Friday 2023-03-03 12:00
        assert_eq!(next(&spec, first), at(1_678_104_000)); // Monday 2023-03-06 12:00
    }

    #[test]
    fn cron_ranges_steps_and_lists() {
        // Every 15 minutes from 09:00 to 17:45, Monday-Friday, January-May.
        let office = cron("*/15 9-17 * 1-5 1-5");
        assert_eq!(
            next(&office, at(1_704_476_400)), // Friday 2024-01-05 17:40
            at(1_704_476_700)                 // 17:45
        );
        assert_eq!(
            next(&office, at(1_704_477_000)), // Friday 2024-01-05 17:50
            at(1_704_704_400)                 // Monday 2024-01-08 09:00
        );
        assert_eq!(
            next(&office, at(1_717_177_560)), // Friday 2024-05-31 17:46, end of May
            at(1_735_722_000)                 // Wednesday 2025-01-01 09:00
        );

        // Both day fields restricted: a day matching either runs.
        let either = cron("5,35 */6 1-7 * MON");
        assert_eq!(
            next(&either, at(1_704_652_800)), // Sunday 2024-01-07 18:40
            at(1_704_672_300)                 // Monday 2024-01-08 00:05
        );
        assert_eq!(
            next(&either, at(1_704_738_900)), // Monday 2024-01-08 18:35, a run
            at(1_705_277_100)                 // Monday 2024-01-15 00:05 (the 9th-14th don't match)
        );

        // Names, case-insensitive.
        let q1_weekdays = cron("0 9 * JAN-MAR mon-fri");
        assert_eq!(
            next(&q1_weekdays, at(1_711_702_800)), // Friday 2024-03-29 09:00
            at(1_735_722_000)                      // Wednesday 2025-01-01 09:00
        );
    }

    #[test]
    fn cron_quartz_extensions() {
        // Last day of the month, in a leap year.
        assert_eq!(
            next(&cron("0 0 L * *"), at(1_707_523_200)), // 2024-02-10
            at(1_709_164_800)                            // 2024-02-29 00:00
        );
        assert_eq!(
            next(&cron("30 23 L 2 *"), at(1_677_628_800)), // 2023-03-01
            at(1_709_249_400)                              // 2024-02-29 23:30
        );
        // Second Monday; last Friday.
        assert_eq!(
            next(&cron("0 0 * * 1#2"), at(1_704_067_200)), // Monday 2024-01-01 00:00
            at(1_704_672_000)                              // Monday 2024-01-08
        );
        assert_eq!(
            next(&cron("0 0 * * 5L"), at(1_704_067_200)), // 2024-01-01
            at(1_706_227_200)                             // Friday 2024-01-26
        );
        // Weekday nearest the 15th: Saturday 2024-06-15 moves to Friday the 14th.
        assert_eq!(
            next(&cron("0 12 15W * *"), at(1_717_200_000)), // 2024-06-01
            at(1_718_366_400)                               // Friday 2024-06-14 12:00
        );
    }

    #[test]
    fn cron_reproduces_saffron_wrapping_range() {
        // Convex's parser makes the wrapping range 50-10 start at minute 49.
        assert_eq!(
            next(&cron("50-10 * * * *"), at(1_704_069_000)), // 2024-01-01 00:30
            at(1_704_070_140)                                // 00:49
        );
    }

    #[test]
    fn parses_the_real_packages_output() {
        // fixture/generate.mjs ran cronJobs() from convex 1.48.0 to make this.
        let record: Value = serde_json::from_str(include_str!("fixture.json")).unwrap();
        let jobs = parse_jobs(&record).unwrap();
        let summary: Vec<(&str, &str, &Schedule)> = jobs
            .iter()
            .map(|j| (j.name.as_str(), j.function.as_str(), &j.schedule))
            .collect();
        let expected = [
            (
                "daily 08:30",
                "reports:daily",
                Schedule::Daily {
                    hour_utc: 8,
                    minute_utc: Some(30),
                },
            ),
            (
                "daily 23:xx",
                "reports:nightly",
                Schedule::Daily {
                    hour_utc: 23,
                    minute_utc: None,
                },
            ),
            (
                "every 2 hours",
                "nested/dir/job:run",
                Schedule::Interval { seconds: 7200 },
            ),
            (
                "every 30 seconds",
                "presence:clear",
                Schedule::Interval { seconds: 30 },
            ),
            (
                "every 5 minutes",
                "sync:pull",
                Schedule::Interval { seconds: 300 },
            ),
            (
                "hourly at 17",
                "stats:roll",
                Schedule::Hourly {
                    minute_utc: Some(17),
                },
            ),
            (
                "hourly, minute left to Convex",
                "stats:touch",
                Schedule::Hourly { minute_utc: None },
            ),
            (
                "monthly 31st 16:00",
                "billing:charge",
                Schedule::Monthly {
                    day: 31,
                    hour_utc: 16,
                    minute_utc: Some(0),
                },
            ),
            (
                "weekday mornings",
                "tasks:poll",
                cron("*/15 9-17 * 1-5 1-5"),
            ),
            (
                "weekly tuesday 12:30",
                "emails:weekly",
                Schedule::Weekly {
                    day_of_week: 2,
                    hour_utc: 12,
                    minute_utc: Some(30),
                },
            ),
        ];
        let expected: Vec<(&str, &str, &Schedule)> =
            expected.iter().map(|(n, f, s)| (*n, *f, s)).collect();
        assert_eq!(summary, expected);

        let args = |name: &str| &jobs.iter().find(|j| j.name == name).unwrap().args;
        assert_eq!(args("every 5 minutes"), &json!({}));
        assert_eq!(
            args("every 2 hours"),
            &json!({ "count": 3, "big": { "$integer": "BwAAAAAAAAA=" } })
        );
        assert_eq!(
            args("monthly 31st 16:00"),
            &json!({ "nested": { "ok": true, "none": null } })
        );
        assert_eq!(args("weekday mornings"), &json!({ "limit": 10.5 }));
    }

    #[test]
    fn rejects_malformed_records() {
        assert!(parse_error(json!([])).contains("must be a JSON object"));
        assert_eq!(parse_jobs(&json!({})), Ok(vec![]));

        let err = parse_error(
            json!({ "caf\u{e9}": { "name": "a:b", "args": [{}], "schedule": { "type": "hourly" } } }),
        );
        assert!(
            err.contains("cron job \"café\"") && err.contains("printable ASCII"),
            "{err}"
        );

        let err = parse_error(json!({ "job": "tasks:run" }));
        assert!(
            err.starts_with("cron job \"job\": expected an object"),
            "{err}"
        );

        let bad_entries = [
            (
                json!({ "args": [{}], "schedule": { "type": "hourly" } }),
                "`name`",
            ),
            (
                json!({ "name": "", "args": [{}], "schedule": { "type": "hourly" } }),
                "`name`",
            ),
            (
                json!({ "name": "a:b", "args": {}, "schedule": { "type": "hourly" } }),
                "`args`",
            ),
            (
                json!({ "name": "a:b", "args": [1], "schedule": { "type": "hourly" } }),
                "`args`",
            ),
            (
                json!({ "name": "a:b", "args": [{}, {}], "schedule": { "type": "hourly" } }),
                "`args`",
            ),
            (
                json!({ "name": "a:b", "args": [{}] }),
                "`schedule` must be an object, got nothing",
            ),
            (
                json!({ "name": "a:b", "args": [{}], "schedule": { "minutes": 5 } }),
                "`schedule.type`",
            ),
        ];
        for (entry, expected) in bad_entries {
            let err = parse_error(json!({ "job": entry }));
            assert!(
                err.starts_with("cron job \"job\": ") && err.contains(expected),
                "{err}"
            );
        }
    }

    #[test]
    fn rejects_invalid_schedules() {
        let cases = [
            (
                json!({ "type": "yearly" }),
                "unknown schedule type \"yearly\"",
            ),
            (
                json!({ "type": "interval" }),
                "exactly one of seconds, minutes or hours",
            ),
            (
                json!({ "type": "interval", "seconds": 5, "minutes": 1 }),
                "exactly one of",
            ),
            (
                json!({ "type": "interval", "seconds": 0 }),
                "`schedule.seconds` must be an integer greater than 0, got 0",
            ),
            (
                json!({ "type": "interval", "minutes": 1.5 }),
                "`schedule.minutes` must be an integer greater than 0, got 1.5",
            ),
            (json!({ "type": "interval", "hours": -2 }), "greater than 0"),
            (
                json!({ "type": "interval", "hours": i64::MAX }),
                "too large",
            ),
            (
                json!({ "type": "hourly", "minuteUTC": 60 }),
                "`schedule.minuteUTC` must be an integer from 0 to 59, got 60",
            ),
            (
                json!({ "type": "daily", "minuteUTC": 0 }),
                "`schedule.hourUTC` must be an integer from 0 to 23, got nothing",
            ),
            (json!({ "type": "daily", "hourUTC": 24 }), "hourUTC"),
            (
                json!({ "type": "weekly", "dayOfWeek": "Tuesday", "hourUTC": 1 }),
                "lower-case day name",
            ),
            (
                json!({ "type": "weekly", "dayOfWeek": 2, "hourUTC": 1 }),
                "dayOfWeek",
            ),
            (
                json!({ "type": "monthly", "day": 32, "hourUTC": 1 }),
                "`schedule.day` must be an integer from 1 to 31, got 32",
            ),
            (
                json!({ "type": "monthly", "day": 0, "hourUTC": 1 }),
                "`schedule.day`",
            ),
            (
                json!({ "type": "cron" }),
                "`schedule.cron` must be a cron spec string",
            ),
        ];
        for (schedule, expected) in cases {
            let err = parse_error(one_job(schedule.clone()));
            assert!(
                err.starts_with("cron job \"job\": ") && err.contains(expected),
                "{schedule}: {err}"
            );
        }
        // `null` is the same as leaving a field out, as in the backend.
        let jobs = parse_jobs(&one_job(json!({ "type": "hourly", "minuteUTC": null }))).unwrap();
        assert_eq!(jobs[0].schedule, Schedule::Hourly { minute_utc: None });
        let jobs = parse_jobs(&one_job(
            json!({ "type": "interval", "seconds": null, "minutes": 2 }),
        ))
        .unwrap();
        assert_eq!(jobs[0].schedule, Schedule::Interval { seconds: 120 });
    }

    #[test]
    fn rejects_invalid_cron_specs() {
        let cases = [
            (
                "61 * * * *",
                "minute field \"61\": value must be from 0 to 59",
            ),
            ("* * * *", "expected 5 fields"),
            ("0 0 * * * *", "found 6"),
            (
                "0 0 * * 7",
                "day-of-week field \"7\": value (0-6, Sunday is 0) must be from 0 to 6",
            ),
            ("0 0 0 * *", "day-of-month field \"0\""),
            ("0 0 * 13 *", "month field \"13\""),
            ("*/0 * * * *", "step must be from 1 to 59"),
            ("0 0 */31 * *", "step must be from 1 to 30"),
            (
                "0 0 ? * *",
                "day-of-month field \"?\": expected a number, found '?'",
            ),
            ("*,5 * * * *", "expected the end of the field, found ','"),
            ("0 0 * * MONDAY", "found 'D'"),
            ("0 0 * * 1#6", "week number after # must be from 1 to 5"),
            ("0 0 L-31 * *", "offset after L- must be from 1 to 30"),
            ("0 0 1-L * *", "expected a number"),
            ("0 0 1- * *", "found the end of the field"),
            (
                "999 * * * *",
                "minute field \"999\": value must be from 0 to 59",
            ),
            (" 0 0 * * *", "leading or trailing whitespace"),
            ("0 0 * * * ", "leading or trailing whitespace"),
            ("0\n0 * * *", "expected 5 fields"),
            ("", "found 0"),
            // Valid syntax, but no such day: the backend refuses these.
            ("0 0 31 2 *", "never matches any time"),
            ("0 0 30 FEB *", "never matches"),
            ("0 0 30W 2 *", "never matches"),
            ("0 0 L-29 2 *", "never matches"),
        ];
        for (spec, expected) in cases {
            let err = parse_error(one_job(json!({ "type": "cron", "cron": spec })));
            assert!(
                err.starts_with("cron job \"job\": ")
                    && err.contains(&format!("{spec:?}"))
                    && err.contains(expected),
                "{spec:?}: {err}"
            );
        }
        // Edge cases that are valid.
        for spec in [
            "0 0 29 2 *",    // leap days only
            "0 0 31 4,5 *",  // May has a 31st
            "0\t0  * * SUN", // tabs and repeated spaces separate fields
            "00 09 * * 0",   // leading zeros
            "1,* * * * *",   // `*` later in a list means the minimum
            "0 0 LW * L",
            "0 0 L-3W * 6#5",
        ] {
            assert!(
                parse_jobs(&one_job(json!({ "type": "cron", "cron": spec }))).is_ok(),
                "{spec:?} should parse"
            );
        }
    }

    #[test]
    fn rescheduling() {
        let now = at(1_677_659_700); // 2023-03-01 08:35
        let pending = at(1_677_661_500); // 09:05
        let hourly = Schedule::Hourly {
            minute_utc: Some(5),
        };
        let daily = Schedule::Daily {
            hour_utc: 8,
            minute_utc: Some(30),
        };
        // Unchanged: keep what's pending.
        assert_eq!(
            hourly.rescheduled_next_run(&hourly, pending, now),
            Some(pending)
        );
        // Changed: start over on the new schedule.
        assert_eq!(
            daily.rescheduled_next_run(&hourly, pending, now),
            Some(at(1_677_745_800)) // 2023-03-02 08:30
        );
        // An interval job starts over by running right away.
        let interval = Schedule::Interval { seconds: 300 };
        assert_eq!(
            interval.rescheduled_next_run(&hourly, pending, now),
            Some(now)
        );
        // The old schedule runs again within 30 s: Convex keeps the pending run.
        let fast = Schedule::Interval { seconds: 30 };
        assert_eq!(daily.rescheduled_next_run(&fast, now, now), Some(now));
        let slower = Schedule::Interval { seconds: 31 };
        assert_eq!(
            daily.rescheduled_next_run(&slower, now, now),
            Some(at(1_677_745_800))
        );
    }

    #[test]
    fn never_panics_on_bad_schedules_or_extreme_times() {
        let schedules = [
            Schedule::Interval { seconds: 0 },
            Schedule::Interval { seconds: u64::MAX },
            Schedule::Interval { seconds: 1 },
            Schedule::Hourly {
                minute_utc: Some(60),
            },
            Schedule::Hourly {
                minute_utc: Some(255),
            },
            Schedule::Daily {
                hour_utc: 24,
                minute_utc: None,
            },
            Schedule::Weekly {
                day_of_week: 7,
                hour_utc: 0,
                minute_utc: None,
            },
            Schedule::Monthly {
                day: 0,
                hour_utc: 0,
                minute_utc: None,
            },
            Schedule::Monthly {
                day: 31,
                hour_utc: 23,
                minute_utc: Some(59),
            },
            cron("not a cron spec"),
            cron("0 0 31 2 *"),
            cron("0 0 30W 2 *"),
            cron("\u{e9} * * * *"),
            cron("* * * * *"),
            cron("59 23 L-30W * 6L"),
        ];
        for schedule in &schedules {
            for now in [i64::MIN, i64::MIN / 2, -1, 0, i64::MAX / 2, i64::MAX] {
                for previous in [None, Some(i64::MIN), Some(0), Some(i64::MAX)] {
                    if let Some(t) = schedule.next_run(now, previous) {
                        assert!(t >= now, "{schedule:?} at {now}: {t}");
                    }
                }
            }
        }
        assert_eq!(Schedule::Interval { seconds: 0 }.next_run(0, None), None);
        assert_eq!(
            Schedule::Weekly {
                day_of_week: 7,
                hour_utc: 0,
                minute_utc: None
            }
            .next_run(0, None),
            None
        );
        assert_eq!(cron("0 0 31 2 *").next_run(0, None), None);
        assert_eq!(cron("* * * * *").next_run(i64::MAX, None), None);
    }

    #[test]
    fn walks_minute_by_minute_across_a_leap_day_and_new_year() {
        let every_minute = cron("* * * * *");
        let mut t = at(1_709_164_800) - 61_000; // 2024-02-28 23:58:59
        let mut runs = 0;
        let end = at(1_709_251_200); // 2024-03-01 00:00
        while t < end {
            let n = next(&every_minute, t);
            assert_eq!(n % MINUTE_MS, 0);
            assert!(n > t && n - t <= MINUTE_MS);
            t = n;
            runs += 1;
        }
        assert_eq!(runs, 1 + 24 * 60 + 1); // 23:59 on the 28th, all of the 29th, 00:00 on March 1
        let new_year = next(&cron("0 0 1 1 *"), at(1_704_067_200)); // from 2024-01-01 00:00
        assert_eq!(new_year, at(1_735_689_600)); // 2025-01-01 00:00
    }
}
