// The browser half of bench/dashboard.py: opens the data page of the `scores` table at
// DASHBOARD_URL RUNS times in headless Chromium (fresh context each time) and measures
// the first contentful paint and the first rows; then scrolls 20 pages down and counts
// what was loaded. Prints one JSON line.
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const require = createRequire(path.join(root, "tests/browser/package.json"));
const { chromium } = require("playwright-core");
const { chromiumOptions } = await import(pathToFileURL(path.join(root, "tests/browser/harness.mjs")).href);

const dashboard = process.env.DASHBOARD_URL;
const runs = Number(process.env.RUNS ?? 5);
const PAGES = 20;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const browser = await chromium.launch(chromiumOptions);
const firstPaints = [];
const firstRows = [];
let loaded = 0;
const perPage = [];
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${dashboard}/#/data?table=scores`);
    await page.waitForSelector("tr[data-id]", { timeout: 30_000 });
    const timing = await page.evaluate(() => ({
      paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
      rows: performance.now(),
    }));
    firstPaints.push(Math.round(timing.paint * 10) / 10);
    firstRows.push(timing.rows);
    if (run === runs - 1) {
      for (let i = 0; i < PAGES; i++) {
        const before = await page.locator("tr[data-id]").count();
        const started = Date.now();
        await page.evaluate(() => {
          const scroll = document.querySelector("#documents");
          scroll.scrollTop = scroll.scrollHeight;
        });
        await page.waitForFunction(
          (count) => document.querySelectorAll("tr[data-id]").length > count,
          before,
          { timeout: 30_000 },
        );
        perPage.push(Date.now() - started);
      }
      loaded = await page.locator("tr[data-id]").count();
    }
    await context.close();
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify({
  firstPaint: median(firstPaints),
  firstPaints,
  firstRows: median(firstRows),
  pages: PAGES,
  loaded,
  perPage: median(perPage),
}));
