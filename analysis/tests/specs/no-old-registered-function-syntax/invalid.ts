import { query, mutation, internalAction } from "./_generated/server";

export const list = query(async (ctx) => { // expect
  return await ctx.db.query("messages").take(10);
});

export const send = mutation(async (ctx, { body }: { body: string }) => { // expect
  await ctx.db.insert("messages", { body });
});

export const ping = internalAction(async function () { // expect
  return "pong";
});
