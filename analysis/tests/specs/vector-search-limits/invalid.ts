import { action } from "./_generated/server";

export const similar = action({
  args: {},
  handler: async (ctx) => {
    const vector = [0.1, 0.2, 0.3];
    await ctx.vectorSearch("docs", "by_embedding", { vector, limit: 500 }); // expect
    await ctx.vectorSearch("docs", "by_embedding", { vector, filter: (q) => q.eq("owner", "ada") }); // expect
    await ctx.vectorSearch("docs", "by_text", { vector }); // expect
    await ctx.vectorSearch("docs", "by_embedding", { vector, limit: 0 }); // expect
  },
});
