import { query } from "./_generated/server";

export const some = query({
  args: {},
  handler: async (ctx) => {
    const messages = await ctx.db.query("messages").take(20);
    const stream = { collect: async () => [] };
    return [messages, await stream.collect()];
  },
});
