import { query } from "./_generated/server";

const site = process.env.CONVEX_SITE_URL; // expect
const key = process.env["OPENAI_API_KEY"]; // expect
const { CLIENT_ID, CLIENT_SECRET } = process.env; // expect
const all = { ...process.env }; // expect
process.env.DEBUG = "1"; // expect

export const config = query({
  args: {},
  handler: async () => {
    return { site, key, CLIENT_ID, CLIENT_SECRET, all, mode: process.env.MODE ?? "dev" }; // expect
  },
});
