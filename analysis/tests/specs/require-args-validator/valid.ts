import { query, mutation } from "./_generated/server";
import { v } from "convex/values";

export const list = query({
  args: {},
  handler: async (ctx) => await ctx.db.query("messages").take(10),
});

const args = { body: v.string() };
export const send = mutation({
  args,
  handler: async (ctx, { body }) => {
    await ctx.db.insert("messages", { body });
  },
});

// Not exported.
const local = query({ handler: async () => null });
void local;
