import { query, mutation } from "./_generated/server";
import { v } from "convex/values";

export const read = query({
  args: { id: v.id("messages") },
  handler: async (ctx, { id }) => await ctx.db.get("messages", id),
});

export const edit = mutation({
  args: { id: v.id("messages") },
  handler: async (ctx, { id }) => {
    await ctx.db.patch("messages", id, { body: "x" });
    const cache = new Map<string, number>();
    cache.get("a");
    cache.delete("a");
  },
});
