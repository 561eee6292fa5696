import { query, mutation } from "./_generated/server";
import type { DatabaseReader } from "./_generated/server";
import { v } from "convex/values";

export const read = query({
  args: { id: v.id("messages") },
  handler: async (ctx, { id }) => await ctx.db.get(id), // expect
});

export const edit = mutation({
  args: { messageId: v.id("messages"), body: v.string() },
  handler: async (ctx, args) => {
    await ctx.db.patch(args.messageId, { body: args.body }); // expect
    const db = ctx.db;
    await db.replace(args.messageId, { body: args.body, author: "ada" }); // expect, convexkit only: `db` holds `ctx.db` (ESLint needs type information for it)
  },
});

export const remove = mutation({
  args: { message: v.id("messages") },
  handler: async ({ db }, { message: id }) => {
    await db.delete(id); // expect, convexkit only: `db` destructured from the context (ESLint needs type information for it)
  },
});

export async function load(db: DatabaseReader, anyId: string) {
  return await db.get(anyId as never); // expect, convexkit only: a parameter typed `DatabaseReader` (ESLint needs type information for it)
}

export const touch = mutation({
  args: {},
  handler: async (ctx) => {
    const existing = await ctx.db.query("messages").withIndex("by_author", (q) => q.eq("author", "ada")).unique();
    if (existing) await ctx.db.patch(existing._id, { body: "x" }); // expect
    for (const message of await ctx.db.query("messages").take(10)) {
      await ctx.db.delete(message._id); // expect
    }
    const again = await ctx.db.get("messages", existing!._id);
    if (again) await ctx.db.replace(again._id, { body: "y", author: "ada" }); // expect
  },
});
