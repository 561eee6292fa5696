#!/usr/bin/env python3
"""Writes the findings of @convex-dev/eslint-plugin's rules into each corpus app's
`expected-check.json`, checked against ESLint with the plugin (lint.mjs, syntax-only mode):

- found by both: listed with the plugin's agreement as the why;
- found by convexkit only: listed with the why already written for it (kept across runs);
  a new one gets `"why": "REVIEW: ..."`, which the corpus test refuses until a person
  writes why it is a real problem;
- found by ESLint only: printed, and the script exits 1 (convexkit misses it).

    tests/eslint-oracle/corpus-expected.py [--binary target/release/convexkit] [APP ...]
"""
import argparse, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CORPUS = os.path.join(ROOT, "tests/corpus")
sys.path.insert(0, HERE)
compare = __import__("compare")

AGREED = "@convex-dev/eslint-plugin 5.0.0 reports it too (tests/eslint-oracle): {summary}"


def summaries(binary):
    out = subprocess.run([binary, "check", "--rules", "--format", "json"], capture_output=True, text=True, check=True)
    return {r["code"]: r["summary"] for r in json.loads(out.stdout)["rules"]}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("apps", nargs="*")
    parser.add_argument("--binary", default=os.path.join(ROOT, "target/release/convexkit"))
    args = parser.parse_args()
    rules = summaries(args.binary)
    missed = 0
    for app in args.apps or sorted(os.listdir(CORPUS)):
        manifest_file = os.path.join(CORPUS, app, "corpus.json")
        if not os.path.isfile(manifest_file):
            continue
        project = os.path.join(CORPUS, app, json.load(open(manifest_file))["project"])
        found = compare.convexkit_list(project, args.binary, False)
        ours = set(found)
        outside = compare.outside_components(project, (p for _, p, _ in found))
        theirs = compare.eslint(project, False, False, outside)
        expected_file = os.path.join(CORPUS, app, "expected-check.json")
        previous = json.load(open(expected_file)) if os.path.exists(expected_file) else []
        kept = [d for d in previous if d["code"] not in compare.PLUGIN_RULES]
        whys = {(d["code"], d["path"], d["line"]): d["why"] for d in previous}
        entries = []
        for key in sorted(found):
            code, path, line = key
            if key in theirs:
                why = AGREED.format(summary=rules[code])
            else:
                why = whys.get(key)
                if not why or why.startswith(AGREED.split(" (")[0]):
                    why = "REVIEW: only convexkit reports this; say why it is a real problem"
            entries.append({"code": code, "path": path, "line": line, "why": why})
        for code, path, line in sorted(theirs - ours):
            print(f"{app}: ESLint only: {code} {path}:{line}", file=sys.stderr)
            missed += 1
        with open(expected_file, "w") as f:
            json.dump(kept + entries, f, indent=2, ensure_ascii=False)
            f.write("\n")
        review = sum(e["why"].startswith("REVIEW") for e in entries)
        print(f"{app}: {len(entries)} plugin-rule findings ({review} to review)")
    sys.exit(1 if missed else 0)


if __name__ == "__main__":
    main()
