import { query, mutation, internalMutation, action } from "./_generated/server";

export const list = query({ // expect
  handler: async (ctx) => await ctx.db.query("messages").take(10),
});

export const send = mutation({ // expect
  handler: async (ctx, { body }: { body: string }) => {
    await ctx.db.insert("messages", { body });
  },
});

export const old = internalMutation(async (ctx) => { // expect
  await ctx.db.query("messages").first();
});

export const oldWithArgs = action(async (_ctx, args: { n: number }) => args.n); // expect

export const emptyPattern = query({ handler: async (_ctx, {}) => null }); // expect
