#!/usr/bin/env python3
"""Language-server benchmark (not a test): edit-to-diagnostics latency and memory.

    python3 bench/lsp.py [--modules 1000] [--edits 200] [--skip-build]

On the synthetic app of bench/synthetic-app.mjs (node_modules from the published-components
fixture), it starts `convexkit lsp`, opens a module, and makes EDITS edits that alternately
break and fix a `components.X` reference, timing each didChange until the server publishes
diagnostics for that document version. Prints p50/p99 latency and the server's resident
memory after opening the app. Targets: p50 < 20 ms, p99 < 50 ms, < 300 MB.
"""
import argparse, json, os, shutil, statistics, subprocess, sys, tempfile, time

from common import ROOT, installed_fixture, release_binary


def send(proc, message):
    body = json.dumps(message).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    proc.stdin.flush()


def receive(proc):
    length = 0
    while True:
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError("server exited")
        line = line.strip()
        if not line:
            break
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    return json.loads(proc.stdout.read(length))


def rss_mb(pid, field):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field):
                return int(line.split()[1]) / 1024
    return 0.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--modules", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=200)
    parser.add_argument("--skip-build", action="store_true")
    args = parser.parse_args()
    binary = release_binary(args.skip_build)
    fixture = installed_fixture("published-components")

    tmp = tempfile.mkdtemp(prefix="convexkit-lsp-bench.")
    try:
        app = os.path.join(tmp, "app")
        subprocess.run(["node", os.path.join(ROOT, "bench/synthetic-app.mjs"), app, "--modules", str(args.modules)], check=True, stdout=subprocess.DEVNULL)
        os.symlink(os.path.join(fixture, "node_modules"), os.path.join(app, "node_modules"))
        subprocess.run([binary, "codegen", "--project", app], check=True, stderr=subprocess.DEVNULL)
        target = os.path.join(app, "convex/bench_target.ts")
        good = 'import { components } from "./_generated/api";\nexport const target = components.%s;\n'
        config = open(os.path.join(app, "convex/convex.config.ts")).read()
        instance = config.split('name: "')[1].split('"')[0]
        with open(target, "w") as f:
            f.write(good % instance)
        uri = "file://" + target

        proc = subprocess.Popen([binary, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        send(proc, {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": None, "rootUri": "file://" + app, "capabilities": {}}})
        while receive(proc).get("id") != 1:
            pass
        send(proc, {"jsonrpc": "2.0", "method": "initialized", "params": {}})
        started = time.perf_counter()
        send(proc, {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": uri, "languageId": "typescript", "version": 1, "text": good % instance}}})
        # The first analysis of the whole app publishes diagnostics for some file.
        while receive(proc).get("method") != "textDocument/publishDiagnostics":
            pass
        first = (time.perf_counter() - started) * 1000
        memory = rss_mb(proc.pid, "VmRSS:")

        latencies = []
        for version in range(2, args.edits + 2):
            name = "doesNotExist" if version % 2 == 0 else instance
            start = time.perf_counter()
            send(proc, {"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": good % name}]}})
            while True:
                message = receive(proc)
                params = message.get("params", {})
                if message.get("method") == "textDocument/publishDiagnostics" and params.get("uri") == uri and params.get("version") == version:
                    break
            latencies.append((time.perf_counter() - start) * 1000)
        peak = rss_mb(proc.pid, "VmHWM:")
        send(proc, {"jsonrpc": "2.0", "id": 2, "method": "shutdown", "params": None})
        send(proc, {"jsonrpc": "2.0", "method": "exit", "params": None})
        proc.wait(timeout=10)

        latencies.sort()
        p = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))]
        print(f"\n=== convexkit lsp: {args.modules}-module app, {args.edits} edits, 2 cores ===")
        print(f"first analysis after open  {first:8.1f} ms")
        print(f"edit -> diagnostics  p50 {p(0.50):8.1f} ms   p99 {p(0.99):8.1f} ms   mean {statistics.mean(latencies):8.1f} ms   (targets p50 < 20 ms, p99 < 50 ms)")
        print(f"resident memory after open {memory:8.1f} MB   peak {peak:.1f} MB   (target < 300 MB)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
