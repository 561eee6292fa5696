import { query } from "./_generated/server";
import type { DatabaseReader } from "./_generated/server";

export const byAuthor = query({
  args: {},
  handler: async (ctx) => {
    const direct = await ctx.db
      .query("messages")
      .filter((q) => q.eq(q.field("author"), "ada")) // expect
      .collect();
    const ordered = await ctx.db.query("messages").order("desc").filter((q) => q.eq(q.field("done"), false)).take(5); // expect
    let q = ctx.db.query("messages").withIndex("by_author");
    q = q.order("desc");
    const kept = await q.filter((f) => f.eq(f.field("done"), true)).first(); // expect, convexkit only: a query kept in a reassigned variable (ESLint needs type information for it)
    return [direct, ordered, kept];
  },
});

export async function helper(db: DatabaseReader) {
  return await db.query("messages").filter((q) => q.eq(q.field("a"), 1)).first(); // expect
}
