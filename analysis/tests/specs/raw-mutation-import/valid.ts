import { mutation } from "./functions";
import { v } from "convex/values";

export const add = mutation({
  args: { name: v.string() },
  handler: async (ctx, { name }) => {
    await ctx.db.insert("users", { name });
  },
});
