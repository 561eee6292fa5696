import { mutation } from "./_generated/server";
import { internal } from "./_generated/api";
import { v } from "convex/values";

export const done = mutation({
  args: { id: v.id("tasks") },
  handler: async (ctx, { id }) => {
    await ctx.db.patch("tasks", id, { done: true });
    void ctx.scheduler.runAfter(0, internal.tasks.notify, { id });
    const pending = ctx.db.insert("log", { id });
    await Promise.all([pending, ctx.db.insert("log", { id })]);
    const cache = new Map<string, number>();
    cache.delete("x");
    return ctx.db.patch("tasks", id, { seen: true });
  },
});
