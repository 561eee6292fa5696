import { action } from "./_generated/server";
import { api, internal } from "./_generated/api";

export const run = action({
  args: {},
  handler: async (ctx) => {
    await ctx.runQuery(api.messages.list, { channel: "a" });
    await ctx.scheduler.runAfter(0, internal.messages.cleanup, {});
    const all = api.messages;
    return [all, api.valid.run];
  },
});
