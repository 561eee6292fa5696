#!/usr/bin/env bash
# Regenerates tests/corpus/<app>/golden/<mode>/ with the official Convex CLI (convex 1.48.0 +
# prettier 3.10.1, offline), for each mode the app's corpus.json lists (and `component-dir`
# when it names a componentDir).
#
#   tests/corpus/regenerate-goldens.sh [APP...]    (default: every corpus app)
#
# Each mode runs on a scratch copy of the app (node_modules folders linked) whose project's
# convex.json gets that mode's options merged in; every `_generated/` folder the CLI writes is
# then copied to golden/<mode>/ at its path relative to the corpus app folder.
set -euo pipefail
corpus=$(cd "$(dirname "$0")" && pwd)
tool=${OFFICIAL_CODEGEN:-$corpus/../../../shared/tools/official-codegen/official-codegen}

declare -A modes=(
  [default]='{}'
  [legacy-component-api]='{"codegen":{"legacyComponentApi":true}}'
  [static]='{"codegen":{"staticApi":true,"staticDataModel":true}}'
  [ts]='{"codegen":{"fileType":"ts"}}'
  [commonjs]='{"generateCommonJSApi":true}'
  [component-dir]='{}'
)

manifest() { node -e 'const m = require(process.argv[1]); const v = eval("m." + process.argv[2]); console.log(Array.isArray(v) ? v.join("\n") : (v ?? ""))' "$1/corpus.json" "$2"; }

install() {
  local src=$1
  case "$(manifest "$src" install)" in
    npm) [ -d "$src/node_modules" ] || (cd "$src" && npm ci --no-audit --no-fund --ignore-scripts) ;;
    pnpm) [ -d "$src/node_modules" ] || (cd "$src" && npx --yes "$(node -p 'require("./package.json").packageManager || "pnpm@9"' | cut -d+ -f1)" install --frozen-lockfile --ignore-scripts) ;;
    bun) [ -d "$src/node_modules" ] || (cd "$src" && npx --yes "$(node -p 'require("./package.json").packageManager || "bun"' | cut -d+ -f1)" install --frozen-lockfile --ignore-scripts) ;;
  esac
}

# Copies the corpus app into $2 without goldens or generated files; node_modules folders
# are linked package by package, the app's own workspace packages to their copies (codegen
# writes into those), as bench/corpus.py and the corpus tests do.
scratch_copy() {
  python3 -c 'import sys; sys.path.insert(0, sys.argv[1]); from corpus import scratch_copy; scratch_copy(sys.argv[2], sys.argv[3])' \
    "$corpus/../../bench" "$1" "$2"
}

apps=("$@")
if [ ${#apps[@]} -eq 0 ]; then
  for dir in "$corpus"/*/; do
    [ -f "$dir/corpus.json" ] && apps+=("$(basename "$dir")")
  done
fi

for app in "${apps[@]}"; do
  src="$corpus/$app"
  install "$src"
  project=$(manifest "$src" project)
  component_dir=$(manifest "$src" componentDir)
  app_modes=($(manifest "$src" modes))
  [ -n "$component_dir" ] && app_modes+=(component-dir)
  for mode in "${app_modes[@]}"; do
    scratch=$(mktemp -d)
    scratch_copy "$src" "$scratch"
    node -e '
      const fs = require("fs");
      const [file, options] = process.argv.slice(1);
      const config = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {};
      const mode = JSON.parse(options);
      if (Object.keys(mode).length === 0) process.exit(0);
      Object.assign(config, { ...mode, codegen: { ...(config.codegen ?? {}), ...(mode.codegen ?? {}) } });
      fs.writeFileSync(file, JSON.stringify(config, null, 2) + "\n");
    ' "$scratch/$project/convex.json" "${modes[$mode]}"
    # The official tool wants a node_modules folder in the project, which a hoisted
    # workspace install leaves only at the root.
    mkdir -p "$scratch/$project/node_modules"
    extra=()
    [ "$mode" = component-dir ] && extra=(--component-dir "$component_dir")
    echo "== $app ($mode)"
    "$tool" "$scratch/$project" "${extra[@]}" >"$scratch.log" 2>&1 || { cat "$scratch.log"; rm -rf "$scratch"; exit 1; }
    rm -rf "$src/golden/$mode"
    (cd "$scratch" && find . -name node_modules -prune -o -type d -name _generated -print) |
      while read -r dir; do
        mkdir -p "$src/golden/$mode/$dir"
        cp -R "$scratch/$dir/." "$src/golden/$mode/$dir/"
      done
    rm -rf "$scratch" "$scratch.log"
  done
done
