// Drives the dashboard of a running `convexkit dev` (DASHBOARD_URL; its HTTP API at
// CONVEX_URL) in Debian's headless Chromium, as a user would, on the dashboard-app
// fixture: switch instances, run a function, edit a component's document through the
// confirmation, watch a log line arrive, cancel a scheduled job, upload and download a
// file, set an env var. Saves a screenshot of each page in SCREENSHOTS. Prints one JSON
// line: {"ok": true, ...} or {"ok": false, "error": ...}.
import { chromium } from "playwright-core";
import path from "node:path";

import { call, chromiumOptions, report } from "./harness.mjs";

const dashboard = process.env.DASHBOARD_URL;
const screenshots = process.env.SCREENSHOTS;
const TIMEOUT = 15_000;

/** Reads the dashboard's API (what the page shows, checked from outside it). */
async function api(pathAndQuery) {
  const response = await fetch(`${dashboard}${pathAndQuery}`);
  return await response.json();
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

const browser = await chromium.launch(chromiumOptions);
await report(browser, async (result, problems) => {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  const shot = (name) => page.screenshot({ path: path.join(screenshots, `${name}.png`) });

  await call("mutation", "scores:addScore", { name: "ann", score: 5 });
  await call("mutation", "scores:addScore", { name: "bob", score: 9 });
  const jobId = await call("mutation", "emails:remindLater", { to: "eve" });

  // Data: the app's tables, then another instance's.
  await page.goto(dashboard);
  result.firstContentfulPaintMs = await page.evaluate(
    () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
  );
  await page.selectOption("#instance-select", "");
  await page.click('[data-table="scores"]');
  await page.waitForFunction(() => document.querySelectorAll("tr[data-id]").length === 2);
  await shot("data");
  // Live: a client's write shows without a reload.
  await call("mutation", "scores:addScore", { name: "live", score: 3 });
  await page.waitForFunction(() => document.querySelectorAll("tr[data-id]").length === 3);
  await page.selectOption("#instance-select", "leaderboard");
  await page.waitForSelector('[data-table="btree"]');
  check(
    (await page.locator('[data-table="scores"]').count()) === 0,
    "the leaderboard instance lists the app's tables",
  );

  // Edit a component's document: the confirmation first.
  await page.click('[data-table="btree"]');
  await page.waitForSelector("tr[data-id]");
  await page.click('tr[data-id] button[data-action="edit"]');
  const editor = page.locator("#document-editor");
  const document = JSON.parse(await editor.inputValue());
  check(typeof document.maxNodeSize === "number", `unexpected btree: ${JSON.stringify(document)}`);
  // Even, as the aggregate requires (an odd size breaks it: what the warning is about).
  document.maxNodeSize += 2;
  await editor.fill(JSON.stringify(document, null, 2));
  await page.click("#document-save");
  await page.waitForSelector("#confirm-dialog[open]");
  const warning = await page.textContent("#confirm-message");
  check(/leaderboard/.test(warning) && /component/i.test(warning), `warning: ${warning}`);
  await shot("edit-confirmation");
  await page.click("#confirm-accept");
  await page.waitForFunction(
    async ([id, expected]) => {
      const answer = await fetch("/api/documents?instance=leaderboard&table=btree");
      const { page } = await answer.json();
      return page.find((d) => d._id === id)?.maxNodeSize === expected;
    },
    [document._id, document.maxNodeSize],
  );

  // Functions: run one and see its result.
  await page.selectOption("#instance-select", "");
  await page.click('a[data-page="functions"]');
  await page.click('[data-function="scores:top"]');
  await page.fill("#run-args", JSON.stringify({ limit: 1 }));
  await page.click("#run-button");
  await page.waitForFunction(() =>
    document.querySelector("#run-result")?.textContent.includes("bob"),
  );
  await shot("functions");

  // Logs: a client's mutation appears live.
  await page.click('a[data-page="logs"]');
  await page.waitForSelector(".log-entry");
  await call("mutation", "scores:addScore", { name: "cy", score: 1 });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.log-entry[data-path="scores:addScore"]')].length >= 4,
  );
  await shot("logs");

  // Schedules: cancel the pending reminder.
  await page.click('a[data-page="schedules"]');
  const job = page.locator(`tr[data-job-id="${jobId}"]`);
  await job.locator(".job-state").filter({ hasText: "pending" }).waitFor();
  await job.locator('button[data-action="cancel"]').click();
  await job.locator(".job-state").filter({ hasText: "canceled" }).waitFor();
  await shot("schedules");
  const jobs = (await api("/api/schedules?instance=")).jobs;
  check(jobs.find((j) => j._id === jobId)?.state.kind === "canceled", "the job was not canceled");

  // Files: upload, then download what was uploaded.
  await page.click('a[data-page="files"]');
  const bytes = Buffer.from("a file uploaded from the dashboard\n");
  await page.setInputFiles("#file-upload", {
    name: "note.txt",
    mimeType: "text/plain",
    buffer: bytes,
  });
  await page.waitForSelector("tr[data-file-id]");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.click('tr[data-file-id] a[data-action="download"]'),
  ]);
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  check(Buffer.concat(chunks).equals(bytes), "the downloaded file differs from the upload");
  await shot("files");

  // Env: set a variable.
  await page.click('a[data-page="env"]');
  await page.fill("#env-name", "GREETING");
  await page.fill("#env-value", "hello");
  await page.click("#env-set");
  await page.waitForSelector('tr[data-env="GREETING"]');
  await shot("env");
  const vars = (await api("/api/env")).vars;
  check(vars.some((v) => v.name === "GREETING" && v.value === "hello"), "GREETING not set");

});
