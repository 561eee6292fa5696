#!/usr/bin/env python3
"""Compares `convexkit check` with ESLint + @convex-dev/eslint-plugin (lint.mjs) on a Convex
project, for the plugin's rules: prints what only one of them reports, as
`only-convexkit|only-eslint code path:line`, and a count per rule.

    tests/eslint-oracle/compare.py PROJECT_DIR [--typed] [--all] [--binary PATH]

`--all` turns on the rules the recommended config leaves off (on both sides)."""
import argparse, collections, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PLUGIN_RULES = [
    "no-old-registered-function-syntax", "require-args-validator", "require-access-control",
    "import-wrong-runtime", "explicit-table-ids", "no-filter-in-query", "no-collect-in-query",
    "no-top-of-hour-crons", "no-schema-import-cycle", "no-duplicate-indexes", "no-process-env",
]


def functions_dir(project):
    try:
        config = json.load(open(os.path.join(project, "convex.json")))
        return config.get("functions", "convex").strip("./") or "."
    except FileNotFoundError:
        return "convex"


def convexkit(project, binary, all_rules):
    return set(convexkit_list(project, binary, all_rules))


def convexkit_list(project, binary, all_rules):
    """Every finding of the plugin's rules (two on one line are two)."""
    config = os.path.join(project, "convexkit.json")
    saved = open(config).read() if os.path.exists(config) else None
    try:
        if all_rules:
            json.dump({"rules": {r: "error" for r in PLUGIN_RULES}}, open(config, "w"))
        out = subprocess.run([binary, "check", "--project", project, "--format", "json", "--no-cache"],
                             capture_output=True, text=True).stdout
    finally:
        if saved is None:
            if all_rules:
                os.remove(config)
        else:
            open(config, "w").write(saved)
    # Files of local components outside the project (a workspace package) come as `../`.
    return [(d["code"], d["path"], d["line"]) for d in json.loads(out)["diagnostics"]
            if d["code"] in PLUGIN_RULES and not d["path"].startswith("/")]


def outside_components(project, paths):
    """The folders (holding convex.config.ts) of local components outside the project that
    `paths` (relative, `../...`) lie in."""
    folders = set()
    for path in paths:
        if not path.startswith("../"):
            continue
        folder = os.path.dirname(os.path.normpath(os.path.join(project, path)))
        while folder != os.path.dirname(folder) and not os.path.isfile(os.path.join(folder, "convex.config.ts")):
            folder = os.path.dirname(folder)
        folders.add(folder)
    return sorted(folders)


def eslint(project, typed, all_rules, outside=()):
    """ESLint's findings in the functions folder, and in the `outside` folders (each linted
    from the folder shared with the project), with paths relative to the project."""
    found = eslint_in(project, [functions_dir(project)], typed, all_rules)
    for folder in outside:
        base = os.path.commonpath([project, folder])
        for code, path, line in eslint_in(base, [os.path.relpath(folder, base)], typed, all_rules):
            found.add((code, os.path.relpath(os.path.join(base, path), project), line))
    return found


def eslint_in(project, folders, typed, all_rules):
    command = ["node", os.path.join(HERE, "lint.mjs"), project, "--rules", "all" if all_rules else "recommended"]
    if typed:
        command.append("--typed")
    command += folders
    out = subprocess.run(command, capture_output=True, text=True, cwd=project)
    if out.returncode != 0:
        sys.exit(out.stderr)
    found = set()
    for line in out.stdout.splitlines():
        d = json.loads(line)
        # The files convexkit lints: Convex's modules and the schema (not `x.test.ts`,
        # `convex.config.ts`, `.d.ts`, `#x.ts`, `.x.ts`: such names are no modules).
        name = os.path.basename(d["path"])
        if d["code"] not in PLUGIN_RULES or name.count(".") > 1 or name.startswith(("#", ".")) or " " in d["path"]:
            continue
        found.add((d["code"], d["path"], d["line"]))
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("project")
    parser.add_argument("--typed", action="store_true")
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--binary", default=os.path.join(ROOT, "target/release/convexkit"))
    args = parser.parse_args()
    project = os.path.abspath(args.project)
    ours = convexkit(project, args.binary, args.all)
    theirs = eslint(project, args.typed, args.all, outside_components(project, (p for _, p, _ in ours)))
    counts = collections.Counter()
    for side, found in (("only-convexkit", ours - theirs), ("only-eslint", theirs - ours)):
        for code, path, line in sorted(found):
            print(f"{side} {code} {path}:{line}")
            counts[(code, side)] += 1
    for code, path, line in ours & theirs:
        counts[(code, "both")] += 1
    for (code, side), n in sorted(counts.items()):
        print(f"# {code:36} {side:15} {n}", file=sys.stderr)


if __name__ == "__main__":
    main()
