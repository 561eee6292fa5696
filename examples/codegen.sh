#!/usr/bin/env bash
# Runs `convexkit codegen` on a bundled example app (a leaderboard that installs
# @convex-dev/aggregate twice, sharded-counter, rate-limiter, action-cache, migrations
# and workflow), installing what it needs first. The app is copied to target/example/
# so the repository stays clean; look at target/example/convex/_generated/ afterwards.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
app="$root/tests/fixtures/published-components"
out="$root/target/example"

command -v npm >/dev/null || { echo "examples/codegen.sh needs node and npm (apt-get install nodejs npm)" >&2; exit 1; }
[ -f "$app/node_modules/.package-lock.json" ] || (cd "$app" && npm ci --no-audit --no-fund --ignore-scripts)
cargo build --release -p convexkit --manifest-path "$root/Cargo.toml"

rm -rf "$out" && mkdir -p "$out"
(cd "$app" && tar --exclude=./node_modules --exclude=./golden --exclude='_generated' -cf - .) | tar -C "$out" -xf -
ln -s "$app/node_modules" "$out/node_modules"

convexkit="$root/target/release/convexkit"
time "$convexkit" codegen --project "$out"
echo
"$convexkit" codegen --project "$out" --check && echo "codegen --check: up to date"
echo "generated files:"
find "$out/convex/_generated" -type f | sed "s|$out/||" | sort
