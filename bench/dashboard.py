#!/usr/bin/env python3
"""The dashboard's benchmark (not a test): `convexkit dev` (release) on the dashboard-app
fixture with 100,000 documents in one table, its data page opened in Debian's headless
Chromium (bench/dashboard-browser.mjs, playwright-core from tests/browser/).

    python3 bench/dashboard.py [--documents 100000] [--runs 5] [--skip-build]

Prints, over the runs, the median first contentful paint of the data page and the time to
its first rows, then the cost of scrolling: how many documents the page had loaded after
scrolling 20 pages down (never all of them), and the median time per page.
"""
import argparse, json, os, shutil, subprocess, sys, tempfile, urllib.request

from common import ROOT, app_copy, installed_fixture, release_binary, wait_until_answered
from dev import free_port


def post(url, token, body):
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"content-type": "application/json",
                                              "convexkit-token": token})
    with urllib.request.urlopen(request, timeout=600) as answer:
        return json.loads(answer.read())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-build", action="store_true")
    args = parser.parse_args()
    binary = release_binary(args.skip_build)
    fixture = installed_fixture("dashboard-app")
    browser = os.path.join(ROOT, "tests/browser")
    if not os.path.exists(os.path.join(browser, "node_modules/.package-lock.json")):
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=browser, check=True)
    tmp = tempfile.mkdtemp(prefix="convexkit-dashboard-bench.")
    app = app_copy(fixture, os.path.join(tmp, "app"))
    port = free_port()
    dashboard = f"http://127.0.0.1:{port + 2}"
    log = open(os.path.join(tmp, "dev.log"), "w")
    dev = subprocess.Popen([binary, "dev", "--port", str(port), "--dashboard-port", str(port + 2)],
                           cwd=app, stderr=log, stdout=log)
    try:
        wait_until_answered(f"{dashboard}/api/deployment", log.name)
        token = open(os.path.join(app, ".convexkit/db.sqlite3.dashboard-token")).read()
        batch = 10_000
        for offset in range(0, args.documents, batch):
            count = min(batch, args.documents - offset)
            answer = post(f"{dashboard}/api/run", token,
                          {"path": "scores:seed", "args": {"count": count, "offset": offset}})
            if not answer.get("ok"):
                sys.exit(f"seeding failed: {answer}")
        result = subprocess.run(["node", os.path.join(ROOT, "bench/dashboard-browser.mjs")],
                                env=dict(os.environ, DASHBOARD_URL=dashboard, RUNS=str(args.runs)),
                                capture_output=True, text=True, timeout=900)
        if result.returncode != 0:
            sys.exit(f"the browser part failed:\n{result.stdout}\n{result.stderr}")
        figures = json.loads(result.stdout.strip().splitlines()[-1])
    finally:
        dev.terminate()
        dev.wait()
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"\n=== convexkit dashboard (release, 2 cores, headless Chromium): a table of {args.documents:,} documents ===")
    print(f"data page, first contentful paint         median {figures['firstPaint']:7.1f} ms  (runs: {figures['firstPaints']})")
    print(f"data page, first rows shown               median {figures['firstRows']:7.1f} ms")
    print(f"scrolling {figures['pages']} pages down: {figures['loaded']:,} documents loaded of {args.documents:,}, "
          f"median {figures['perPage']:.1f} ms per page")


if __name__ == "__main__":
    main()
