#!/usr/bin/env python3
"""Local-runtime benchmark (not a test): `convexkit run` on the published-components fixture.

    python3 bench/runtime.py [--n 2000] [--docs 100000] [--skip-build] [--skip-convex-test]

Prints:
- cold start: one `convexkit run` of a query on the 7-component app (process start to exit);
- the mutation of issue 5: N iterations of insert (an aggregate trigger) + sharded-counter add
  + rate-limit check, in one transaction;
- an indexed `first()` on a table of 1,000 and of DOCS documents (reads flat in table size);
- the same mutation (the same BENCH_MODULE) on convex-test, the community mock backend, in
  vitest on the tests/fixtures/convex-test-diff app (the same components from npm, registered
  with their `/test` helpers): the call timed inside the vitest process, beside convexkit's.
"""
import argparse, json, os, re, shutil, statistics, subprocess, sys, tempfile, time

from common import ROOT, app_copy, installed_fixture, release_binary

BENCH_MODULE = r'''
import { v } from "convex/values";
import { ShardedCounter } from "@convex-dev/sharded-counter";
import { components } from "./_generated/api";
import { mutation as raw, query } from "./_generated/server";
import { mutation } from "./functions";
import { rateLimiter } from "./rateLimits";

const counter = new ShardedCounter(components.shardedCounter, { shards: { beans: 16 } });

export const loop = mutation({
  args: { n: v.number() },
  handler: async (ctx, { n }) => {
    for (let i = 0; i < n; i++) {
      await ctx.db.insert("scores", { name: `p${i}`, score: i });
      await counter.add(ctx, "beans", 1);
      await rateLimiter.check(ctx, "signUp", { key: "bench" });
    }
  },
});

export const seedUsers = raw({
  args: { from: v.number(), count: v.number() },
  handler: async (ctx, { from, count }) => {
    for (let i = from; i < from + count; i++) {
      await ctx.db.insert("users", { name: `u${i}`, email: `u${i}@example.com`, role: "member" });
    }
  },
});

export const firstByEmail = query({
  args: { email: v.string() },
  handler: async (ctx, { email }) =>
    await ctx.db.query("users").withIndex("by_email", (q) => q.eq("email", email)).first(),
});

export const firstMany = query({
  args: { emails: v.array(v.string()) },
  handler: async (ctx, { emails }) => {
    let found = 0;
    for (const email of emails) {
      const user = await ctx.db.query("users").withIndex("by_email", (q) => q.eq("email", email)).first();
      if (user) found++;
    }
    return found;
  },
});
'''


def run(binary, app, *args):
    started = time.perf_counter()
    result = subprocess.run([binary, "run", *args], cwd=app, capture_output=True, text=True)
    elapsed = (time.perf_counter() - started) * 1000
    if result.returncode != 0:
        sys.exit(f"convexkit run {' '.join(args)} failed:\n{result.stderr}")
    return elapsed, result.stdout


def scratch_app(binary, fixture, app):
    """A copy of a fixture app (installed, node_modules linked) with convex/bench.ts, after
    codegen."""
    app_copy(fixture, app)
    with open(os.path.join(app, "convex/bench.ts"), "w") as f:
        f.write(BENCH_MODULE)
    subprocess.run([binary, "codegen"], cwd=app, check=True, capture_output=True)
    return app


def convex_test_loop(binary, app, n):
    """bench:loop on convex-test: tests/fixtures/convex-test-diff/convex/bench.test.ts in vitest;
    and on convexkit on the same app (5 component instances), for the side-by-side table."""
    fixture = installed_fixture("convex-test-diff")
    scratch_app(binary, fixture, app)
    convexkit_ms, _ = run(binary, app, "bench:loop", '{"n": %d}' % n)
    convexkit_one_ms, _ = run(binary, app, "bench:loop", '{"n": 1}')
    env = dict(os.environ, CONVEX_TEST_BENCH_N=str(n), NO_COLOR="1")
    started = time.perf_counter()
    result = subprocess.run(["node", "node_modules/vitest/vitest.mjs", "run", "convex/bench.test.ts"],
                            cwd=app, env=env, capture_output=True, text=True)
    wall = (time.perf_counter() - started) * 1000
    found = re.search(r"CONVEX_TEST_BENCH (\{.*\})", result.stdout)
    if result.returncode != 0 or not found:
        sys.exit(f"vitest bench failed:\n{result.stdout}\n{result.stderr}")
    with open(os.path.join(fixture, "node_modules/convex-test/package.json")) as f:
        version = json.load(f)["version"]
    return dict(json.loads(found.group(1)), wall=wall, version=version,
                convexkit_ms=convexkit_ms, convexkit_one_ms=convexkit_one_ms)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--docs", type=int, default=100000)
    parser.add_argument("--skip-build", action="store_true")
    parser.add_argument("--skip-convex-test", action="store_true")
    args = parser.parse_args()
    binary = release_binary(args.skip_build)
    fixture = installed_fixture("published-components")
    tmp = tempfile.mkdtemp(prefix="convexkit-runtime-bench.")
    try:
        app = scratch_app(binary, fixture, os.path.join(tmp, "app"))

        cold = sorted(run(binary, app, "counters:get", '{"name":"beans"}')[0] for _ in range(15))
        loop, _ = run(binary, app, "bench:loop", '{"n": %d}' % args.n)
        loop_small, _ = run(binary, app, "bench:loop", '{"n": 1}')

        def seed(total):
            done = 0
            while done < total:
                count = min(5000, total - done)
                run(binary, app, "bench:seedUsers", '{"from": %d, "count": %d}' % (done, count))
                done += count

        lookups = 200
        def first_many(total):
            emails = ",".join('"u%d@example.com"' % (i * total // lookups) for i in range(lookups))
            elapsed, out = run(binary, app, "bench:firstMany", '{"emails": [%s]}' % emails)
            assert out.strip() == str(lookups), out
            return (elapsed - cold[len(cold) // 2]) / lookups

        seed(1000)
        small = first_many(1000)
        seed_started = time.perf_counter()
        seed(args.docs)  # emails repeat u0..: the index holds DOCS + 1,000 entries
        seeded = time.perf_counter() - seed_started
        large = first_many(args.docs)

        print(f"\n=== convexkit run: published-components app (7 component instances), release, 2 cores ===")
        print(f"cold start (query, process start to exit)   p50 {cold[len(cold)//2]:7.1f} ms   min {cold[0]:7.1f} ms   (target < 150 ms)")
        print(f"mutation, n={args.n} x (insert + aggregate + counter + rate limit)   {loop:8.1f} ms   ({(loop - loop_small) / args.n * 1000:6.1f} us per iteration)")
        print(f"seeding {args.docs} documents in mutations of 5,000                    {seeded:8.1f} s")
        print(f"indexed first(): 1,000 docs {small*1000:7.1f} us   {args.docs + 1000} docs {large*1000:7.1f} us   (per lookup, cold start excluded)")

        if not args.skip_convex_test:
            ct = convex_test_loop(binary, os.path.join(tmp, "convex-test-app"), args.n)
            ck, ck_one = ct["convexkit_ms"], ct["convexkit_one_ms"]
            print(f"\n=== bench:loop, n={args.n} x (insert + aggregate + counter + rate limit) in one mutation:")
            print(f"    the convex-test-diff app (5 component instances), convexkit vs convex-test ===")
            print(f"{'':34}{'convexkit run (release)':>26}{'convex-test ' + ct['version'] + ' (vitest)':>34}")
            print(f"{'mutation, n=' + str(args.n):34}{ck:23.1f} ms{ct['ms']:31.1f} ms")
            print(f"{'per iteration ((n - one) / n)':34}{(ck - ck_one) / args.n * 1000:23.1f} us{(ct['ms'] - ct['oneMs']) / args.n * 1000:31.1f} us")
            print(f"{'mutation, n=1 (after the n)':34}{ck_one:23.1f} ms{ct['oneMs']:31.1f} ms")
            print(f"{'vitest, process start to exit':34}{'':26}{ct['wall']:31.1f} ms")
            print("convexkit: whole `convexkit run` processes (start, load the app, run, commit to SQLite).")
            print("convex-test: the `t.mutation` call inside a running vitest (in memory, nothing persisted;")
            print("             the n call also loads the app's and the components' modules).")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
