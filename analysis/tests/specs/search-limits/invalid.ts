import { query } from "./_generated/server";
import { v } from "convex/values";

export const find = query({
  args: { text: v.string() },
  handler: async (ctx, { text }) => {
    const a = await ctx.db.query("messages").withSearchIndex("search_title", (q) => q.search("title", text)).take(10); // expect
    const b = await ctx.db.query("messages").withSearchIndex("search_body", (q) => q.search("title", text)).take(10); // expect
    const c = await ctx.db
      .query("messages")
      .withSearchIndex("search_body", (q) => q.search("body", text).eq("author", "ada")) // expect
      .take(10);
    const d = await ctx.db.query("posts").withSearchIndex("search_body", (q) => q.search("body", text)).take(10); // expect
    return [a, b, c, d];
  },
});
