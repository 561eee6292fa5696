"""What the Python benchmarks share: the release binary, and fixture apps with their npm
packages installed from their lockfiles."""
import os, shutil, subprocess, sys, time, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def release_binary(skip_build):
    """target/release/convexkit, built first unless `skip_build`."""
    if not skip_build:
        # The whole workspace, as the tests build it: a subset unifies features differently
        # and rebuilds swc.
        subprocess.run(["cargo", "build", "--release", "--workspace"], cwd=ROOT, check=True)
    return os.path.join(ROOT, "target/release/convexkit")


def installed_fixture(name):
    """tests/fixtures/NAME, with `npm ci` run there unless its node_modules is installed."""
    fixture = os.path.join(ROOT, "tests/fixtures", name)
    if not os.path.exists(os.path.join(fixture, "node_modules/.package-lock.json")):
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts"], cwd=fixture, check=True)
    return fixture


def app_copy(fixture, app):
    """A copy of an installed fixture app at `app`, sharing its node_modules (a link), without
    its goldens, generated files or database."""
    shutil.copytree(fixture, app, ignore=shutil.ignore_patterns("node_modules", "golden", "_generated", ".convexkit"))
    os.symlink(os.path.join(fixture, "node_modules"), os.path.join(app, "node_modules"))
    return app


def wait_until_answered(url, log, seconds=60):
    """Waits until `url` answers (a server started in the background); exits naming `log`
    if it does not within `seconds`. Returns how long it took, in milliseconds."""
    started = time.perf_counter()
    while True:
        try:
            urllib.request.urlopen(url, timeout=1)
            return (time.perf_counter() - started) * 1000
        except OSError:
            if time.perf_counter() - started > seconds:
                sys.exit(f"convexkit dev did not start: see {log}")
            time.sleep(0.05)
