// What the browser test scripts share: calls into the app through Convex's HTTP API (as a
// client of the app makes them), and how a script ends: one JSON line, `{"ok": true, ...}`
// or `{"ok": false, "error": ...}`, which the Rust test reads (Dev::node_json).

/** Calls a function of the app at `CONVEX_URL`; its value. */
export async function call(kind, functionPath, args) {
  const response = await fetch(`${process.env.CONVEX_URL}/api/${kind}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ path: functionPath, args, format: "json" }),
  });
  const body = await response.json();
  if (body.status !== "success") throw new Error(`${functionPath}: ${JSON.stringify(body)}`);
  return body.value;
}

/**
 * Runs `scenario(result, problems)`: it fills `result` with what it measured and the page's
 * errors land in `problems` (any fails the run). `browser` is closed whatever happens.
 */
export async function report(browser, scenario) {
  const result = { ok: false };
  const problems = [];
  try {
    await scenario(result, problems);
    if (problems.length) throw new Error("the page reported errors");
    result.ok = true;
  } catch (error) {
    result.error = `${error.stack ?? error}\n${problems.join("\n")}`;
  } finally {
    await browser.close();
  }
  console.log(JSON.stringify(result));
  process.exit(result.ok ? 0 : 1);
}

/** How Debian's Chromium starts headless here: no sandbox (root), and none of the
 * background connections this machine's closed network refuses. */
export const chromiumOptions = {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};
