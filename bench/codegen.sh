#!/usr/bin/env bash
# Codegen benchmark for convexkit (not a test: it always exits 0 unless something breaks).
#
#   bench/codegen.sh
#
# 1. builds target/release/convexkit;
# 2. generates a synthetic app (bench/synthetic-app.mjs: 1,000 modules, ~50 tables,
#    10 published component instances; node_modules symlinked to
#    tests/fixtures/published-components/node_modules) into a temp dir;
# 3. measures `convexkit codegen` as a whole process: wall time (hyperfine, or N timed runs)
#    and peak RSS (/usr/bin/time -v), default mode and staticApi+staticDataModel, cold
#    (no _generated/) and warm (files unchanged, nothing written);
# 4. runs the official tool (/work/shared/tools/official-codegen) and convexkit on a copy of
#    tests/fixtures/local-components for comparison;
# 5. prints a summary table with the targets (< 100 ms, < 150 MB for the 1,000-module app).
#
# Environment knobs:
#   RUNS=20            timed runs per convexkit measurement
#   OFFICIAL_RUNS=3    timed runs of the official tool
#   MODULES=1000       modules in the synthetic app (TABLES=50)
#   SKIP_BUILD=1       use the existing target/release/convexkit
#   SKIP_OFFICIAL=1    skip the official tool
#   KEEP_TMP=1         keep the temp dir (path is printed)
#   BUILD_RETRIES=3    retries (60 s apart) when the build fails, e.g. during others' edits
#
# Writes nothing into the repo except `npm ci` creating a fixture's missing node_modules.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
RUNS="${RUNS:-20}"
OFFICIAL_RUNS="${OFFICIAL_RUNS:-3}"
MODULES="${MODULES:-1000}"
TABLES="${TABLES:-50}"
BUILD_RETRIES="${BUILD_RETRIES:-3}"
official="${OFFICIAL_CODEGEN:-/work/shared/tools/official-codegen/official-codegen}"
bin="$root/target/release/convexkit"
pub_fixture="$root/tests/fixtures/published-components"
cmp_fixture="$root/tests/fixtures/local-components"
TARGET_MS=100
TARGET_MB=150

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die() { printf 'bench/codegen.sh: %s\n' "$*" >&2; exit 1; }

command -v node >/dev/null || die "node is required"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/convexkit-bench.XXXXXX")"
cleanup() {
  if [ "${KEEP_TMP:-0}" = 1 ]; then echo "kept $tmp" >&2; else rm -rf "$tmp"; fi
}
trap cleanup EXIT

# ---------------------------------------------------------------------------------------
# 1. build
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  log "cargo build --release -p convexkit"
  attempt=0
  until (cd "$root" && cargo build --release -p convexkit); do
    attempt=$((attempt + 1))
    [ "$attempt" -le "$BUILD_RETRIES" ] || die "build failed"
    warn "build failed (maybe someone's edit in progress); retry $attempt/$BUILD_RETRIES in 60 s"
    sleep 60
  done
fi
[ -x "$bin" ] || die "no binary at $bin"

# tools -----------------------------------------------------------------------------------
have_hyperfine=0
if command -v hyperfine >/dev/null; then have_hyperfine=1; fi
if [ "$have_hyperfine" = 0 ] && command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  log "installing hyperfine (apt)"
  apt-get install -y hyperfine >/dev/null 2>&1 ||
    { apt-get update >/dev/null 2>&1 && apt-get install -y hyperfine >/dev/null 2>&1; } || true
  command -v hyperfine >/dev/null && have_hyperfine=1
fi
if [ ! -x /usr/bin/time ] && command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  log "installing GNU time (apt)"
  apt-get install -y time >/dev/null 2>&1 ||
    { apt-get update >/dev/null 2>&1 && apt-get install -y time >/dev/null 2>&1; } || true
fi
[ -x /usr/bin/time ] || warn "/usr/bin/time missing: no peak-memory figures"
[ "$have_hyperfine" = 1 ] || warn "hyperfine missing: falling back to $RUNS timed runs with date"

# fixtures' node_modules ----------------------------------------------------------------
for fx in "$pub_fixture" "$cmp_fixture"; do
  if [ ! -d "$fx/node_modules" ]; then
    log "npm ci in ${fx#"$root"/}"
    (cd "$fx" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed in $fx"
  fi
done

# ---------------------------------------------------------------------------------------
# measurement helpers

# time_cmd NAME PREPARE CMD: records NAME_min / NAME_median / NAME_mean in ms (files under $tmp/r).
mkdir -p "$tmp/r"
time_cmd() {
  local name="$1" prepare="$2" cmd="$3" runs="${4:-$RUNS}" warmup="${5:-2}"
  if [ "$have_hyperfine" = 1 ]; then
    local args=(--style basic --runs "$runs" --warmup "$warmup" --export-json "$tmp/r/$name.json")
    [ -n "$prepare" ] && args+=(--prepare "$prepare")
    hyperfine "${args[@]}" --command-name "$name" "$cmd" >&2
    node -e '
      const r = require(process.argv[1]).results[0];
      const ms = (s) => (s * 1000).toFixed(1);
      console.log([ms(r.min), ms(r.median), ms(r.mean), ms(r.stddev || 0)].join(" "));
    ' "$tmp/r/$name.json" >"$tmp/r/$name.txt"
  else
    local i t0 t1
    for ((i = 0; i < warmup; i++)); do
      [ -n "$prepare" ] && bash -c "$prepare"
      bash -c "$cmd" >/dev/null 2>&1
    done
    : >"$tmp/r/$name.samples"
    for ((i = 0; i < runs; i++)); do
      [ -n "$prepare" ] && bash -c "$prepare"
      t0=$(date +%s%N)
      bash -c "$cmd" >/dev/null 2>&1
      t1=$(date +%s%N)
      echo $(((t1 - t0) / 1000)) >>"$tmp/r/$name.samples"
    done
    node -e '
      const xs = require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n").map(Number).sort((a, b) => a - b);
      const med = xs.length % 2 ? xs[(xs.length - 1) / 2] : (xs[xs.length / 2 - 1] + xs[xs.length / 2]) / 2;
      const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
      const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
      const ms = (us) => (us / 1000).toFixed(1);
      console.log([ms(xs[0]), ms(med), ms(mean), ms(sd)].join(" "));
    ' "$tmp/r/$name.samples" >"$tmp/r/$name.txt"
    echo "$name: min/median/mean/sd ms = $(cat "$tmp/r/$name.txt")" >&2
  fi
}

# peak_rss NAME PREPARE CMD: max RSS (MB) over 3 runs, recorded in $tmp/r/NAME.rss
peak_rss() {
  local name="$1" prepare="$2" cmd="$3" best=0 kb i
  if [ ! -x /usr/bin/time ]; then echo "n/a" >"$tmp/r/$name.rss"; return; fi
  for i in 1 2 3; do
    [ -n "$prepare" ] && bash -c "$prepare"
    /usr/bin/time -v bash -c "exec $cmd" >/dev/null 2>"$tmp/r/$name.time" || true
    kb=$(sed -n 's/.*Maximum resident set size (kbytes): *//p' "$tmp/r/$name.time")
    [ -n "$kb" ] && [ "$kb" -gt "$best" ] && best=$kb
  done
  awk -v kb="$best" 'BEGIN { printf "%.1f\n", kb / 1024 }' >"$tmp/r/$name.rss"
}

fig() { # fig NAME FIELD(1=min 2=median 3=mean 4=sd)
  if [ -f "$tmp/r/$1.txt" ]; then cut -d' ' -f"$2" "$tmp/r/$1.txt"; else echo "-"; fi
}
rss() { if [ -f "$tmp/r/$1.rss" ]; then cat "$tmp/r/$1.rss"; else echo "-"; fi; }

# snapshot of every _generated file (path, size, mtime in ns) under a folder
gen_snapshot() { find "$1" -path '*/node_modules' -prune -o -path '*/_generated/*' -type f -printf '%p %s %T@\n' | sort; }
rm_generated() { echo "find '$1/convex' -type d -name _generated -prune -exec rm -rf {} +"; }

# ---------------------------------------------------------------------------------------
# 2. synthetic app
app="$tmp/app"
app_static="$tmp/app-static"
log "generating synthetic app: $MODULES modules, $TABLES tables, 10 component instances"
n=$(node "$here/synthetic-app.mjs" "$app" --modules "$MODULES" --tables "$TABLES")
[ "$n" = "$MODULES" ] || die "generator wrote $n modules, expected $MODULES"
ln -s "$pub_fixture/node_modules" "$app/node_modules"
cp -r "$app" "$app_static" # copies the symlink as a symlink
printf '{"codegen":{"staticApi":true,"staticDataModel":true}}\n' >"$app_static/convex.json"
src_files=$(find "$app/convex" -name '*.ts' | wc -l)
src_bytes=$(find "$app/convex" -name '*.ts' -printf '%s\n' | awk '{ s += $1 } END { print s }')

# sanity checks ------------------------------------------------------------------------------
sanity=()
check_run() { # check_run LABEL DIR
  local label="$1" dir="$2" rc=0
  "$bin" codegen --project "$dir" >"$tmp/r/out.txt" 2>&1 || rc=$?
  if [ "$rc" != 0 ]; then
    sed -n 1,40p "$tmp/r/out.txt" >&2
    sanity+=("FAIL  $label: convexkit codegen exited $rc")
    return 1
  fi
  sanity+=("ok    $label: convexkit codegen exited 0")
}

log "sanity: convexkit codegen on the synthetic app"
if check_run "synthetic app, default mode" "$app"; then
  api="$app/convex/_generated/api.d.ts"
  imports=$(grep -cE '^import type \* as [A-Za-z0-9_$]+ from "\.\./' "$api" || true)
  if [ "$imports" = "$MODULES" ]; then
    sanity+=("ok    synthetic app: api.d.ts imports $imports modules (expected $MODULES)")
  else
    sanity+=("FAIL  synthetic app: api.d.ts imports $imports modules (expected $MODULES)")
  fi
  comps=$(grep -cE '^  [A-Za-z0-9_]+: import\(' "$api" || true)
  if [ "$comps" = 10 ]; then
    sanity+=("ok    synthetic app: api.d.ts lists $comps component instances (expected 10)")
  else
    sanity+=("FAIL  synthetic app: api.d.ts lists $comps component instances (expected 10)")
  fi
  # warm re-run writes nothing
  before=$(gen_snapshot "$app")
  sleep 0.05
  "$bin" codegen --project "$app" >/dev/null 2>&1 || true
  after=$(gen_snapshot "$app")
  if [ "$before" = "$after" ]; then
    sanity+=("ok    synthetic app: re-run with unchanged files rewrote nothing")
  else
    sanity+=("FAIL  synthetic app: re-run with unchanged files touched _generated/ files")
  fi
  if "$bin" codegen --project "$app" --check >/dev/null 2>&1; then
    sanity+=("ok    synthetic app: codegen --check exits 0 after codegen")
  else
    sanity+=("FAIL  synthetic app: codegen --check reports changes right after codegen")
  fi
fi
if check_run "synthetic app, staticApi+staticDataModel" "$app_static"; then
  api="$app_static/convex/_generated/api.d.ts"
  if [ -s "$api" ] && ! grep -q 'ApiFromModules' "$api" && [ -s "$app_static/convex/_generated/dataModel.d.ts" ]; then
    sanity+=("ok    synthetic app (static): api.d.ts is a static API ($(wc -l <"$api") lines)")
  else
    sanity+=("FAIL  synthetic app (static): api.d.ts missing or not static")
  fi
fi

# ---------------------------------------------------------------------------------------
# 3. convexkit on the synthetic app
log "timing convexkit on the synthetic app ($RUNS runs each)"
ck="$bin codegen --project"
time_cmd synth_cold "$(rm_generated "$app")" "$ck $app"
peak_rss synth_cold "$(rm_generated "$app")" "$ck $app"
"$bin" codegen --project "$app" >/dev/null 2>&1 || true
time_cmd synth_warm "" "$ck $app"
peak_rss synth_warm "" "$ck $app"
time_cmd synth_check "" "$ck $app --check"
time_cmd static_cold "$(rm_generated "$app_static")" "$ck $app_static"
peak_rss static_cold "$(rm_generated "$app_static")" "$ck $app_static"
"$bin" codegen --project "$app_static" >/dev/null 2>&1 || true
time_cmd static_warm "" "$ck $app_static"
peak_rss static_warm "" "$ck $app_static"

# ---------------------------------------------------------------------------------------
# 4. comparison with the official tool on a fixture copy
fx_off="$tmp/fixture-official"
fx_ck="$tmp/fixture-convexkit"
for d in "$fx_off" "$fx_ck"; do
  mkdir -p "$d"
  (cd "$cmp_fixture" && tar cf - --exclude=./node_modules --exclude=./golden --exclude='*/_generated' .) | (cd "$d" && tar xf -)
  ln -s "$cmp_fixture/node_modules" "$d/node_modules"
done
fixture_name="${cmp_fixture#"$root"/}"
fx_short="$(basename "$cmp_fixture")"
official_ok=0
if [ "${SKIP_OFFICIAL:-0}" != 1 ] && [ -x "$official" ]; then
  log "official tool on a copy of $fixture_name (first run may install its pinned CLI)"
  if "$official" "$fx_off" >"$tmp/r/official.txt" 2>&1; then
    official_ok=1
    sanity+=("ok    official-codegen on $fixture_name copy: exited 0")
    time_cmd official "$(rm_generated "$fx_off")" "$official $fx_off" "$OFFICIAL_RUNS" 0
    peak_rss official_self "$(rm_generated "$fx_off")" "$official $fx_off" # whole tree (node + children): see note
  else
    sed -n 1,40p "$tmp/r/official.txt" >&2
    sanity+=("FAIL  official-codegen on $fixture_name copy failed (see above)")
  fi
else
  warn "skipping the official tool"
fi
log "convexkit on a copy of $fixture_name"
if check_run "$fixture_name copy" "$fx_ck"; then
  if [ "$official_ok" = 1 ]; then
    "$official" "$fx_off" >/dev/null 2>&1 || true
    ndiff=0 differing=""
    while IFS= read -r f; do
      rel="${f#"$fx_off"/}"
      cmp -s "$f" "$fx_ck/$rel" || { ndiff=$((ndiff + 1)); differing="$differing $rel"; }
    done < <(find "$fx_off/convex" -path '*/_generated/*' -type f | sort)
    ntot=$(find "$fx_off/convex" -path '*/_generated/*' -type f | wc -l)
    sanity+=("info  $fx_short: $ndiff of $ntot generated files differ from the official output${differing:+:$differing}")
    sanity+=("      (expected: convex/widgets/_generated/api.ts, the official nested-component import bug)")
  fi
  time_cmd fixture_cold "$(rm_generated "$fx_ck")" "$ck $fx_ck"
  peak_rss fixture_cold "$(rm_generated "$fx_ck")" "$ck $fx_ck"
  "$bin" codegen --project "$fx_ck" >/dev/null 2>&1 || true
  time_cmd fixture_warm "" "$ck $fx_ck"
fi

# ---------------------------------------------------------------------------------------
# 5. summary
verdict() { # verdict VALUE TARGET
  awk -v x="$1" -v t="$2" 'BEGIN { if (x == "-" || x == "n/a") print "   "; else if (x + 0 < t + 0) print "ok "; else print "MISS" }'
}
line() { printf '%-50s %8s %9s %8s %8s   %s\n' "$@"; }
{
  echo
  echo "================================ convexkit codegen benchmark ================================"
  echo "machine: $(nproc) cores, $(uname -sr); binary: target/release/convexkit ($(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?'), worktree $( [ -n "$(git -C "$root" status --porcelain -- analysis codegen cli 2>/dev/null)" ] && echo dirty || echo clean))"
  echo "synthetic app: $MODULES modules ($src_files .ts files incl. schema + config, $((src_bytes / 1024)) KiB), $TABLES tables, 10 component instances"
  echo "timer: $([ "$have_hyperfine" = 1 ] && echo "hyperfine $(hyperfine --version | cut -d' ' -f2)" || echo "date, $RUNS runs"); memory: /usr/bin/time -v max RSS (max of 3 runs)"
  echo
  line "" "min ms" "median ms" "mean ms" "peak MB" "target (<$TARGET_MS ms median, <$TARGET_MB MB)"
  line "-----" "------" "---------" "-------" "-------" "------"
  for row in "synth_cold|synthetic, default mode, cold (no _generated/)|1" \
             "synth_warm|synthetic, default mode, warm (nothing written)|1" \
             "synth_check|synthetic, default mode, --check|0" \
             "static_cold|synthetic, staticApi+staticDataModel, cold|1" \
             "static_warm|synthetic, staticApi+staticDataModel, warm|1" \
             "fixture_cold|$fx_short fixture, convexkit, cold|0" \
             "fixture_warm|$fx_short fixture, convexkit, warm|0" \
             "official|$fx_short fixture, official-codegen 1.48.0|0"; do
    IFS='|' read -r key label targeted <<<"$row"
    [ -f "$tmp/r/$key.txt" ] || continue
    med=$(fig "$key" 2)
    mb=$(rss "$key")
    [ "$key" = official ] && mb="$(rss official_self)*"
    tgt=""
    if [ "$targeted" = 1 ]; then tgt="time $(verdict "$med" $TARGET_MS)  mem $(verdict "$mb" $TARGET_MB)"; fi
    line "$label" "$(fig "$key" 1)" "$med" "$(fig "$key" 3)" "$mb" "$tgt"
  done
  echo
  echo "* official-codegen peak RSS is the largest single process in its tree (GNU time reports"
  echo "  the max over the waited-for children), not the sum of node + esbuild + mock backend."
  if [ -f "$tmp/r/official.txt" ] && [ -f "$tmp/r/fixture_cold.txt" ]; then
    awk -v o="$(fig official 2)" -v c="$(fig fixture_cold 2)" \
      'BEGIN { if (c > 0) printf "official / convexkit on the fixture (median, cold): %.0fx\n", o / c }'
  fi
  echo
  echo "checks:"
  for s in "${sanity[@]}"; do echo "  $s"; done
  echo "============================================================================================"
}
