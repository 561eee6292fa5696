// The dashboard in Debian's Firefox ESR (headless, driven over WebDriver BiDi by
// puppeteer-core; playwright-core drives only its own Firefox builds): the data page
// shows documents and goes live, a function runs, a log line arrives, with no script
// error. DASHBOARD_URL and CONVEX_URL as for dashboard.mjs. Prints one JSON line.
import puppeteer from "puppeteer-core";
import path from "node:path";

import { call, report } from "./harness.mjs";

const dashboard = process.env.DASHBOARD_URL;
const screenshots = process.env.SCREENSHOTS;

const browser = await puppeteer.launch({
  browser: "firefox",
  executablePath: process.env.FIREFOX ?? "/usr/bin/firefox-esr",
  headless: true,
});
await report(browser, async (result, problems) => {
  const page = await browser.newPage();
  page.setDefaultTimeout(15_000);
  page.on("pageerror", (error) => problems.push(`page error: ${error}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  await page.setViewport({ width: 1280, height: 800 });
  await call("mutation", "scores:addScore", { name: "ann", score: 5 });
  await page.goto(`${dashboard}/#/data?table=scores`);
  await page.waitForSelector("tr[data-id]");
  await page.waitForSelector('#live-status[data-state="open"]');
  // Live in this browser too.
  await call("mutation", "scores:addScore", { name: "bob", score: 9 });
  await page.waitForFunction(() => document.querySelectorAll("tr[data-id]").length === 2);
  await page.screenshot({ path: path.join(screenshots, "firefox-data.png") });
  await page.click('a[data-page="functions"]');
  await page.waitForSelector('[data-function="scores:count"]');
  await page.click('[data-function="scores:count"]');
  await page.click("#run-button");
  await page.waitForFunction(() => document.querySelector("#run-result")?.textContent.trim() === "2");
  await page.click('a[data-page="logs"]');
  await page.waitForSelector('.log-entry[data-path="scores:count"]');
  await page.screenshot({ path: path.join(screenshots, "firefox-logs.png") });
  result.browser = await browser.version();
});
