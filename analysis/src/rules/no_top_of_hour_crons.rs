//! `no-top-of-hour-crons`: a cron job scheduled at minute 0 (`minuteUTC: 0`, or a cron
//! expression whose minute field fires at 0).
//!
//! Why: the top of the hour is the busiest moment on the clock, when every app's traffic
//! and scheduled work peak. Left without a minute, `.hourly()`/`.daily()` let Convex pick
//! one and spread runs across the hour. (A rule of @convex-dev/eslint-plugin.)
//!
//! Bad:
//! ```ts
//! crons.daily("digest", { hourUTC: 8, minuteUTC: 0 }, internal.digest.send);
//! crons.cron("cleanup", "0 * * * *", internal.cleanup.run);
//! ```
//!
//! Good:
//! ```ts
//! crons.daily("digest", { hourUTC: 8 }, internal.digest.send);
//! crons.cron("cleanup", "17 * * * *", internal.cleanup.run);
//! ```
//!
//! `*/15` also fires at :00 but is left alone: its fix (`7/15`) is obscure.

use swc_core::common::Spanned;
use swc_core::ecma::ast::*;
use swc_core::ecma::visit::{noop_visit_type, Visit, VisitWith};

use super::syntax::{method_call, static_string, unwrap, Finding, ScannedFile};
use super::{LintContext, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::source::Span;

pub const RULE: Rule = Rule {
    code: "no-top-of-hour-crons",
    severity: Severity::Warning,
    enabled: true,
    summary: "A cron job scheduled at the top of the hour.",
    eslint_plugin: true,
    check,
    scan: Some(scan),
};

const MINUTE_METHODS: [&str; 4] = ["hourly", "daily", "weekly", "monthly"];

fn scan(parsed: &ScannedFile, out: &mut Vec<Finding>) {
    // What the rule reports names `minuteUTC` or the `cron` method: a module whose text
    // names neither (nearly every module) has nothing to walk for.
    if parsed.text.contains("minuteUTC") || parsed.text.contains("cron") {
        parsed.module.visit_with(&mut Crons { out });
    }
}

struct Crons<'a> {
    out: &'a mut Vec<Finding>,
}

impl Visit for Crons<'_> {
    // Types are erased before the code runs: nothing in them is looked at.
    noop_visit_type!();

    fn visit_call_expr(&mut self, call: &CallExpr) {
        call.visit_children_with(self);
        let Some((_, method, _)) = method_call(call) else {
            return;
        };
        let Some(schedule) = call.args.get(1).filter(|a| a.spread.is_none()) else {
            return;
        };
        let schedule = unwrap(&schedule.expr);
        if MINUTE_METHODS.contains(&method) {
            let Expr::Object(object) = schedule else {
                return;
            };
            for prop in &object.props {
                let PropOrSpread::Prop(prop) = prop else {
                    continue;
                };
                let Prop::KeyValue(kv) = &**prop else {
                    continue;
                };
                if !matches!(&kv.key, PropName::Ident(key) if &*key.sym == "minuteUTC") {
                    continue;
                }
                if matches!(unwrap(&kv.value), Expr::Lit(Lit::Num(n)) if n.value == 0.0) {
                    self.out.push(
                        Finding::new(
                            RULE.code,
                            Span::from_swc(prop.span()),
                            "This cron runs at the exact top of the hour (minuteUTC: 0), the busiest time on the clock.",
                        )
                        .with_help("omit `minuteUTC` to let Convex pick a minute and spread runs across the hour, or set an off-peak minute"),
                    );
                }
            }
        } else if method == "cron" {
            let Some(expression) = static_string(schedule) else {
                return;
            };
            let fields: Vec<&str> = expression.split_whitespace().collect();
            if fields.len() == 5 && minute_field_includes_zero(fields[0]) {
                self.out.push(
                    Finding::new(
                        RULE.code,
                        Span::from_swc(schedule.span()),
                        "This cron runs at the exact top of the hour (minute 0), the busiest time on the clock.",
                    )
                    .with_help("prefer `.hourly()`/`.daily()` without a minute so Convex spreads runs across the hour, `.interval()` if the job need not align to the clock, or an off-peak minute"),
                );
            }
        }
    }
}

/// A bare `0` in the minute list, or a range or step anchored at it (`0-5`, `0/30`).
fn minute_field_includes_zero(field: &str) -> bool {
    field.split(',').any(|part| {
        let rest = part.trim_start_matches('0');
        rest.len() < part.len() && (rest.is_empty() || rest.starts_with(['-', '/']))
    })
}

fn check(context: &LintContext, out: &mut Vec<Diagnostic>) {
    context.report_findings(&RULE, out);
}

#[cfg(test)]
mod tests {
    #[test]
    fn minute_zero_is_a_bare_zero_or_anchors_a_range_or_step() {
        for field in ["0", "00", "0-5", "0/30", "15,0", "30,0-1"] {
            assert!(super::minute_field_includes_zero(field), "{field}");
        }
        for field in ["*", "*/15", "10", "10-20", "5/0", "30"] {
            assert!(!super::minute_field_includes_zero(field), "{field}");
        }
    }
}
