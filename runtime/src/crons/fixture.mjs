// Regenerates crons_fixture.json from the convex npm package that convexkit's
// tests install, so the Rust parser is checked against real `Crons` output.
// Usage (from runtime/src/crons/): node fixture.mjs > fixture.json
import { cronJobs, anyApi } from "../../../tests/fixtures/published-components/node_modules/convex/dist/esm/server/index.js";

const crons = cronJobs();
crons.interval("every 30 seconds", { seconds: 30 }, anyApi.presence.clear, { reason: "stale" });
crons.interval("every 5 minutes", { minutes: 5 }, anyApi.sync.pull);
crons.interval("every 2 hours", { hours: 2 }, anyApi.nested.dir.job.run, { count: 3, big: 7n });
crons.hourly("hourly at 17", { minuteUTC: 17 }, anyApi.stats.roll, { window: "1h" });
crons.hourly("hourly, minute left to Convex", anyApi.stats.touch);
crons.daily("daily 08:30", { hourUTC: 8, minuteUTC: 30 }, anyApi.reports.daily, { recipients: ["a@example.com", "b@example.com"] });
crons.daily("daily 23:xx", { hourUTC: 23 }, anyApi.reports.nightly);
crons.weekly("weekly tuesday 12:30", { dayOfWeek: "tuesday", hourUTC: 12, minuteUTC: 30 }, anyApi.emails.weekly, { template: "digest", dryRun: false });
crons.monthly("monthly 31st 16:00", { day: 31, hourUTC: 16, minuteUTC: 0 }, anyApi.billing.charge, { nested: { ok: true, none: null } });
crons.cron("weekday mornings", "*/15 9-17 * 1-5 1-5", anyApi.tasks.poll, { limit: 10.5 });
console.log(JSON.stringify(crons.crons, null, 2));
