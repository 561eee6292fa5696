import { query, mutation } from "./_generated/server";

// Takes no arguments: no validator needed with `ignoreUnusedArguments`.
export const list = query({
  handler: async (ctx) => await ctx.db.query("messages").take(10),
});

export const send = mutation({ // expect
  handler: async (ctx, { body }: { body: string }) => {
    await ctx.db.insert("messages", { body });
  },
});
