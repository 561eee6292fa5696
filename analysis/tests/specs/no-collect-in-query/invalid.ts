import { query } from "./_generated/server";

export const all = query({
  args: {},
  handler: async (ctx) => {
    const messages = await ctx.db.query("messages").collect(); // expect
    const q = ctx.db.query("users").withIndex("by_name");
    const users = await q.collect(); // expect, convexkit only: a query kept in a variable (ESLint needs type information for it)
    return [messages, users];
  },
});
