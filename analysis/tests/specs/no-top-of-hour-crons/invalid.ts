import { cronJobs } from "convex/server";
import { internal } from "./_generated/api";

const crons = cronJobs();
crons.hourly("sync", { minuteUTC: 0 }, internal.jobs.sync); // expect
crons.daily("digest", { hourUTC: 8, minuteUTC: 0 }, internal.jobs.digest); // expect
crons.monthly("bill", { day: 1, hourUTC: 3, minuteUTC: 0 as const }, internal.jobs.bill); // expect
crons.cron("cleanup", "0 * * * *", internal.jobs.cleanup); // expect
crons.cron("twice", "30,0 * * * *", internal.jobs.cleanup); // expect
crons.cron("range", `0-5 3 * * *`, internal.jobs.cleanup); // expect
export default crons;
