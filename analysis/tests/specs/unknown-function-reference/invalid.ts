import { action } from "./_generated/server";
import { api, internal } from "./_generated/api";

export const run = action({
  args: {},
  handler: async (ctx) => {
    await ctx.runQuery(api.messages.lst, { channel: "a" }); // expect
    await ctx.scheduler.runAfter(0, api.messages.cleanup, {}); // expect
    await ctx.runQuery(internal.messages.list, { channel: "a" }); // expect
    await ctx.runQuery(api.missing.list, {}); // expect
    return api.messages.nothing; // expect
  },
});
