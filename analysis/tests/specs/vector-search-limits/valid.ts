import { action } from "./_generated/server";

export const similar = action({
  args: {},
  handler: async (ctx) => {
    const vector = [0.1, 0.2, 0.3];
    return await ctx.vectorSearch("docs", "by_embedding", {
      vector,
      limit: 256,
      filter: (q) => q.or(q.eq("tenant", "a"), q.eq("tenant", "b")),
    });
  },
});
