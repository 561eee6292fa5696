import { query } from "./_generated/server";
import { v } from "convex/values";

// The app authenticates and passes the user in.
export const mine = query({
  args: { userId: v.string() },
  handler: async (ctx, { userId }) => {
    return await ctx.db.query("widgets").withIndex("by_owner", (q) => q.eq("owner", userId)).take(10);
  },
});
