#!/usr/bin/env bash
# Lint benchmark (not a test): `convexkit check` vs ESLint with @convex-dev/eslint-plugin's
# recommended config (typescript-eslint with type information, as Convex's docs set it up),
# side by side on the same synthetic 1,000-module app (bench/synthetic-app.mjs).
#
#   bench/check.sh            RUNS=10 ESLINT_RUNS=3 MODULES=1000 SKIP_BUILD=1 KEEP_TMP=1
#
# Targets (issue 13): convexkit, with every rule on (the plugin's, its off-by-default ones
# too, and convexkit's own), at least 100x faster than ESLint with the plugin's
# recommended config.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
RUNS="${RUNS:-10}"
ESLINT_RUNS="${ESLINT_RUNS:-3}"
MODULES="${MODULES:-1000}"
bin="$root/target/release/convexkit"
fixture="$root/tests/fixtures/published-components"

command -v hyperfine >/dev/null || apt-get install -y hyperfine >/dev/null
[ -x /usr/bin/time ] || apt-get install -y time >/dev/null
[ -n "${SKIP_BUILD:-}" ] || cargo build --release -p convexkit --manifest-path "$root/Cargo.toml"
[ -f "$fixture/node_modules/.package-lock.json" ] || (cd "$fixture" && npm ci --no-audit --no-fund --ignore-scripts)
[ -f "$here/eslint/node_modules/.package-lock.json" ] || (cd "$here/eslint" && npm ci --no-audit --no-fund --ignore-scripts)

tmp="$(mktemp -d "${TMPDIR:-/tmp}/convexkit-check-bench.XXXXXX")"
[ -n "${KEEP_TMP:-}" ] && echo "kept $tmp" >&2 || trap 'rm -rf "$tmp"' EXIT
app="$tmp/app"
node "$here/synthetic-app.mjs" "$app" --modules "$MODULES" >/dev/null
ln -s "$fixture/node_modules" "$app/node_modules"
cat > "$app/tsconfig.json" <<'JSON'
{ "compilerOptions": { "target": "ESNext", "module": "ESNext", "moduleResolution": "Bundler", "strict": true, "skipLibCheck": true, "noEmit": true }, "include": ["convex"] }
JSON
"$bin" codegen --project "$app" >/dev/null 2>&1
# Every rule on, those the plugin's recommended config leaves off included.
cat > "$app/convexkit.json" <<'JSON'
{ "rules": { "require-access-control": "error", "import-wrong-runtime": "error", "no-collect-in-query": "error" } }
JSON

# ESLint flat config in the app, importing the plugin and parser from bench/eslint by path.
eslint_modules="$here/eslint/node_modules"
cat > "$app/eslint.config.mjs" <<JS
import convexPlugin from "$eslint_modules/@convex-dev/eslint-plugin/dist/esm/index.js";
import tseslint from "$eslint_modules/typescript-eslint/dist/index.js";
export default [
  { ignores: ["convex/_generated/**"] },
  {
    files: ["convex/**/*.ts"],
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  ...convexPlugin.configs.recommended,
];
JS

findings=$("$bin" check --project "$app" --format json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).diagnostics.length))' || true)
eslint_findings=$(cd "$app" && "$eslint_modules/.bin/eslint" --format json convex 2>/dev/null | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).reduce((n,f)=>n+f.messages.length,0)))' || true)

hyperfine -N -i -w 2 -r "$RUNS" --export-json "$tmp/convexkit.json" "$bin check --project $app --format json" >&2
hyperfine -N -i -w 1 -r "$RUNS" --export-json "$tmp/convexkit-afresh.json" "$bin check --project $app --format json --no-cache" >&2
(cd "$app" && hyperfine -i -w 1 -r "$ESLINT_RUNS" --export-json "$tmp/eslint.json" "$eslint_modules/.bin/eslint convex" >&2)
# (a check that finds errors exits 1: its figures count all the same)
rss() { { /usr/bin/time -v "$@" 2>&1 >/dev/null || true; } | awk -F': ' '/Maximum resident/ {printf "%.1f", $2/1024}'; }
convexkit_mb=$(rss "$bin" check --project "$app" --format json)
eslint_mb=$(cd "$app" && rss "$eslint_modules/.bin/eslint" convex)

node - "$tmp/convexkit.json" "$tmp/eslint.json" "$tmp/convexkit-afresh.json" "$MODULES" "$findings" "$eslint_findings" "$convexkit_mb" "$eslint_mb" <<'JS'
const fs = require("fs");
const [ck, es, afresh, modules, findings, eslintFindings, ckMb, esMb] = process.argv.slice(2);
const median = (f) => JSON.parse(fs.readFileSync(f)).results[0].median * 1000;
const c = median(ck), e = median(es), a = median(afresh);
console.log(`\n=== convexkit check vs ESLint (@convex-dev/eslint-plugin recommended), ${modules} modules, 2 cores ===`);
console.log(`convexkit check   median ${c.toFixed(1).padStart(8)} ms   peak ${ckMb} MB   findings ${findings}   (kept outcome)`);
console.log(`  --no-cache      median ${a.toFixed(1).padStart(8)} ms   (afresh: every module parsed and linted)`);
console.log(`ESLint            median ${e.toFixed(1).padStart(8)} ms   peak ${esMb} MB   findings ${eslintFindings}`);
console.log(`speed-up          ${(e / c).toFixed(1)}x kept, ${(e / a).toFixed(1)}x afresh   (target: >= 100x: ${e / a >= 100 ? "met" : e / c >= 100 ? "met kept, MISSED afresh" : "MISSED"})`);
JS
