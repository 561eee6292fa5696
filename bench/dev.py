#!/usr/bin/env python3
"""`convexkit dev` benchmark (not a test): the dev-app fixture served by a release build,
driven from Node by the real convex client (bench/dev-client.mjs).

    python3 bench/dev.py [--n 500] [--skip-build]

Prints mutation round trips per second over the HTTP API (one client in sequence, and 8
clients at once) with per-call latency, and the delay from a mutation to the update of a
ConvexClient subscription whose query it changed.
"""
import argparse, json, os, shutil, socket, subprocess, sys, tempfile

from common import ROOT, app_copy, installed_fixture, release_binary, wait_until_answered


def free_port():
    """A port whose two successors are free too: `dev` serves HTTP actions on the next and
    the dashboard on the one after."""
    while True:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        try:
            for following in (1, 2):
                with socket.socket() as s:
                    s.bind(("127.0.0.1", port + following))
            return port
        except OSError:
            continue


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--skip-build", action="store_true")
    args = parser.parse_args()
    binary = release_binary(args.skip_build)
    fixture = installed_fixture("dev-app")
    tmp = tempfile.mkdtemp(prefix="convexkit-dev-bench.")
    app = os.path.join(tmp, "app")
    app_copy(fixture, app)
    shutil.copy(os.path.join(ROOT, "bench/dev-client.mjs"), os.path.join(app, "bench-client.mjs"))
    port = free_port()
    log = open(os.path.join(tmp, "dev.log"), "w")
    dev = subprocess.Popen([binary, "dev", "--port", str(port)], cwd=app, stderr=log, stdout=log)
    try:
        ready = wait_until_answered(f"http://127.0.0.1:{port}/version", log.name)
        result = subprocess.run(["node", "bench-client.mjs", str(args.n)], cwd=app,
                                env=dict(os.environ, CONVEX_URL=f"http://127.0.0.1:{port}"),
                                capture_output=True, text=True, timeout=600)
        if result.returncode != 0:
            sys.exit(f"bench client failed:\n{result.stdout}\n{result.stderr}")
        figures = json.loads(result.stdout.strip().splitlines()[-1])
    finally:
        dev.terminate()
        dev.wait()
        shutil.rmtree(tmp, ignore_errors=True)
    seq, conc, sub = figures["sequential"], figures["concurrent"], figures["subscription"]
    print(f"\n=== convexkit dev (release, 2 cores): dev-app fixture, the real convex 1.48.0 client in Node ===")
    print(f"start to /version answering                   {ready:8.1f} ms")
    print(f"mutation round trips, 1 client, n={args.n}       {seq['perSecond']:8.0f} /s   p50 {seq['p50']:6.2f} ms   p99 {seq['p99']:6.2f} ms")
    print(f"mutation round trips, {conc['workers']} clients, n={args.n}      {conc['perSecond']:8.0f} /s")
    print(f"mutation -> subscription update              p50 {sub['p50']:6.2f} ms   p99 {sub['p99']:6.2f} ms")


if __name__ == "__main__":
    main()
