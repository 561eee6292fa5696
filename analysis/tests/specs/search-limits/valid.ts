import { query } from "./_generated/server";
import { v } from "convex/values";

export const find = query({
  args: { text: v.string(), channel: v.string() },
  handler: async (ctx, { text, channel }) =>
    await ctx.db
      .query("messages")
      .withSearchIndex("search_body", (q) => q.search("body", text).eq("channel", channel))
      .take(10),
});
