#!/usr/bin/env python3
"""Corpus benchmark (not a test): `convexkit codegen` and `convexkit check` as whole
processes (release build, median of RUNS) on every real app in tests/corpus/, beside the
official Convex CLI's codegen (convex 1.48.0 through ../shared/tools/official-codegen, one
run, given the app's env and a global `require` as a deployment has them) on the same app.

Three figures per command: `kept`, an unchanged project answered from its kept outcome
(`.convexkit/outcome/`; the usual case on a developer's machine and with a CI cache);
`edited`, after an edit of one module (a comment appended to the first module in path
order before each run: the kept outcome no longer holds; that module, and those whose
evaluation read it, are parsed and evaluated again, the rest taken from the kept analyses
in `.convexkit/`; includes `sh` and the append, about 2 ms); and `afresh`, `--no-cache`
(a fresh clone in CI without a cache: every module parsed and evaluated, modules loaded to
learn what static evaluation cannot decide).

    bench/corpus.py [--runs 10] [--skip-build] [--skip-official] [APP ...]

Targets (issue 11): on the largest app, codegen under 100 ms and check under 150 ms; on
every app, convexkit's codegen at least 100x faster than the official CLI's.
"""
import argparse, json, os, shutil, statistics, subprocess, sys, tempfile, time

from common import ROOT, release_binary

CORPUS = os.path.join(ROOT, "tests/corpus")
OFFICIAL = os.path.join(os.path.dirname(ROOT), "shared/tools/official-codegen/official-codegen")


def install(app_dir, manifest):
    """The app's dependencies from its lockfile, as the corpus tests install them."""
    # The corpus tests' mark of a finished install (an interrupted one is made again).
    installed = os.path.join(app_dir, "node_modules", ".convexkit-installed")
    if os.path.isfile(installed):
        return
    shutil.rmtree(os.path.join(app_dir, "node_modules"), ignore_errors=True)
    manager = manifest.get("install", "npm")
    if manager == "npm":
        command = ["npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts"]
    else:
        pinned = json.load(open(os.path.join(app_dir, "package.json"))).get("packageManager", manager)
        if not pinned.startswith(manager):
            pinned = manager
        command = ["npx", "--yes", pinned.split("+")[0], "install", "--frozen-lockfile", "--ignore-scripts"]
    subprocess.run(command, cwd=app_dir, check=True, stdout=subprocess.DEVNULL)
    open(installed, "w").close()


def scratch_copy(app_dir, into, app_root=None, copy_root=None):
    """The app without goldens or generated files; node_modules linked package by package,
    the app's own workspace packages to their copies (codegen writes into those)."""
    app_root, copy_root = app_root or os.path.realpath(app_dir), copy_root or into
    for entry in os.scandir(app_dir):
        target = os.path.join(into, entry.name)
        top = os.path.isfile(os.path.join(app_dir, "corpus.json"))
        if (entry.name == "golden" and top) or entry.name == "_generated":
            continue
        if entry.name == "node_modules":
            link_node_modules(entry.path, target, app_root, copy_root)
        elif entry.is_dir(follow_symlinks=False):
            os.mkdir(target)
            scratch_copy(entry.path, target, app_root, copy_root)
        elif entry.is_symlink():
            os.symlink(os.readlink(entry.path), target)
        else:
            shutil.copy(entry.path, target)


def link_node_modules(source, target, app_root, copy_root):
    os.mkdir(target)
    for entry in os.scandir(source):
        link = os.path.join(target, entry.name)
        if entry.name.startswith("@") and entry.is_dir(follow_symlinks=False):
            link_node_modules(entry.path, link, app_root, copy_root)
            continue
        resolved = os.path.realpath(entry.path)
        inside = os.path.relpath(resolved, app_root)
        workspace = entry.is_symlink() and not inside.startswith("..") and "node_modules" not in inside.split(os.sep)
        os.symlink(os.path.join(copy_root, inside) if workspace else entry.path, link)


def timed(command, cwd, runs):
    """Median wall time in ms of `runs` runs (after one warm-up run)."""
    subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def first_module(project, functions):
    """The first module in path order (not the schema, the config or generated code)."""
    found = []
    for dirpath, dirnames, filenames in os.walk(os.path.join(project, functions)):
        dirnames[:] = [d for d in dirnames if d not in ("_generated", "node_modules")]
        found += [
            os.path.join(dirpath, f)
            for f in filenames
            if f.endswith((".ts", ".js")) and not f.endswith(".d.ts") and ".test." not in f
            and f not in ("schema.ts", "convex.config.ts", "auth.config.ts", "http.ts")
        ]
    return min(found)


def modules(project, functions):
    count = 0
    for dirpath, dirnames, filenames in os.walk(os.path.join(project, functions)):
        dirnames[:] = [d for d in dirnames if d not in ("_generated", "node_modules")]
        count += sum(1 for f in filenames if f.endswith((".ts", ".tsx", ".js", ".mjs", ".jsx")))
    return count


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--skip-build", action="store_true")
    parser.add_argument("--skip-official", action="store_true")
    parser.add_argument("apps", nargs="*")
    options = parser.parse_args()
    binary = release_binary(options.skip_build)
    apps = options.apps or sorted(
        a for a in os.listdir(CORPUS) if os.path.isfile(os.path.join(CORPUS, a, "corpus.json"))
    )
    print(f"{'app':26} {'files':>5} {'codegen ms':>26} {'check ms':>26} {'official s':>10} {'speed-up':>26}")
    header = f"{'kept':>8} {'edited':>8} {'afresh':>8}"
    print(f"{'':26} {'':5} {header} {header} {'':10} {header}")
    for name in apps:
        app_dir = os.path.join(CORPUS, name)
        manifest = json.load(open(os.path.join(app_dir, "corpus.json")))
        install(app_dir, manifest)
        with tempfile.TemporaryDirectory(prefix=f"convexkit-bench-{name}-") as tmp:
            root = os.path.join(tmp, "app")
            os.mkdir(root)
            scratch_copy(app_dir, root)
            project = os.path.join(root, manifest.get("project", "."))
            config = os.path.join(project, "convex.json")
            functions = json.load(open(config)).get("functions", "convex") if os.path.exists(config) else "convex"
            subprocess.run([binary, "codegen"], cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            # Files written in the last two seconds are never trusted by the kept outcome.
            time.sleep(2.5)
            module = first_module(project, functions)
            edited = lambda *args: ["sh", "-c", f'echo "// edited" >> {module} && exec "$0" "$@"', binary, *args]
            figures = []
            for args in (["codegen"], ["check", "--format", "json"]):
                figures.append(timed([binary, *args], project, options.runs))
                figures.append(timed(edited(*args), project, options.runs))
                figures.append(timed([binary, *args, "--no-cache"], project, options.runs))
            official = None if options.skip_official or not manifest.get("modes") else run_official(project, manifest, tmp)
            ratio = lambda ms: f"{official * 1000 / ms:7.0f}x" if official else "       -"
            shown = f"{official:10.1f}" if official else "         -"
            ms = " ".join(f"{f:8.1f}" for f in figures[:3]) + " " + " ".join(f"{f:8.1f}" for f in figures[3:])
            print(f"{name:26} {modules(project, functions):5} {ms} {shown} {' '.join(ratio(f) for f in figures[:3])}")
            sys.stdout.flush()


def run_official(project, manifest, tmp):
    """The official CLI's codegen wall time in seconds (None when it fails), with the env
    vars the app reads at load and the global `require` Convex's Node executor provides."""
    shim = os.path.join(tmp, "global-require.cjs")
    with open(shim, "w") as f:
        f.write('globalThis.require ??= require("node:module").createRequire(process.cwd() + "/");\n')
    env = {**os.environ, **manifest.get("env", {}), "NODE_OPTIONS": f"--require {shim}"}
    # The tool wants a node_modules folder in the project (a hoisted workspace has it at the root).
    os.makedirs(os.path.join(project, "node_modules"), exist_ok=True)
    start = time.perf_counter()
    done = subprocess.run([OFFICIAL, project], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start if done.returncode == 0 else None


if __name__ == "__main__":
    main()
