//! `count-in-mutation`: a mutation handler (or a helper it calls in the same file) reads a
//! sharded counter's count (`ShardedCounter#count`) or an aggregate's
//! `count/sum/at/indexOf/max/min`.
//!
//! Why: those reads touch every shard or the B-tree's root, so every concurrent mutation
//! that writes to the counter or aggregate conflicts with this one and is retried: the
//! sharding stops helping.
//!
//! Bad:
//! ```ts
//! export const add = mutation({ handler: async (ctx) => {
//!   await counter.add(ctx, "beans");
//!   return await counter.count(ctx, "beans"); // conflicts with every other add
//! } });
//! ```
//!
//! Good: read counts in queries; return nothing (or an estimate) from the mutation.

use rustc_hash::FxHashSet;

use super::{HelperKind, LintContext, Rule};
use crate::diagnostic::{Diagnostic, Severity};
use crate::eval::FunctionKind;

pub const RULE: Rule = Rule {
    code: "count-in-mutation",
    severity: Severity::Warning,
    enabled: true,
    summary: "A mutation reads a sharded counter's or an aggregate's count.",
    eslint_plugin: false,
    check,
    scan: None,
};

const AGGREGATE_READS: [&str; 6] = ["count", "sum", "at", "indexOf", "max", "min"];

fn check(context: &LintContext, out: &mut Vec<Diagnostic>) {
    for module in &context.modules {
        if module.usage.method_calls.is_empty() {
            continue;
        }
        let mutations: Vec<&str> = module
            .module
            .functions
            .iter()
            .filter(|f| f.kind == FunctionKind::Mutation)
            .map(|f| f.name.as_str())
            .collect();
        if mutations.is_empty() {
            continue;
        }
        // The mutations' bodies, and every same-file function they (transitively) call.
        let mut reached: FxHashSet<&str> = mutations.into_iter().collect();
        loop {
            let before = reached.len();
            for call in &module.usage.function_calls {
                if call
                    .enclosing
                    .as_deref()
                    .is_some_and(|e| reached.contains(e))
                {
                    reached.insert(&call.callee);
                }
            }
            if reached.len() == before {
                break;
            }
        }
        for call in &module.usage.method_calls {
            // Every read a helper has is one of these: most calls need no lookup.
            if !AGGREGATE_READS.contains(&call.method.as_str()) {
                continue;
            }
            if !call
                .enclosing
                .as_deref()
                .is_some_and(|e| reached.contains(e))
            {
                continue;
            }
            let reads = match context.helper_object(module, &call.receiver) {
                Some(HelperKind::Aggregate) => AGGREGATE_READS.contains(&call.method.as_str()),
                Some(HelperKind::ShardedCounter) => call.method == "count",
                None => false,
            };
            if reads {
                out.push(
                    Diagnostic::warning(
                        RULE.code,
                        &module.module.file,
                        Some(call.span),
                        format!(
                            "`{}.{}` in a mutation makes concurrent mutations conflict",
                            call.receiver, call.method
                        ),
                    )
                    .with_help(
                        "read counts in a query; a mutation that only writes stays conflict-free",
                    ),
                );
            }
        }
    }
}
