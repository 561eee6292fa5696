import { cronJobs } from "convex/server";
import { internal } from "./_generated/api";

const crons = cronJobs();
crons.hourly("sync", { minuteUTC: 17 }, internal.jobs.sync);
crons.daily("digest", { hourUTC: 8 }, internal.jobs.digest);
crons.interval("poll", { minutes: 5 }, internal.jobs.poll);
crons.cron("cleanup", "17 * * * *", internal.jobs.cleanup);
crons.cron("steps", "*/15 * * * *", internal.jobs.cleanup);
crons.cron("six fields", "0 0 * * * *", internal.jobs.cleanup);
export default crons;
