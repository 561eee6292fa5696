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

export const afterEnable = query({
  args: {},
  handler: async (ctx) => {
    /* eslint-disable @convex-dev/no-filter-in-query */
    const c = await ctx.db.query("flags").filter((q) => q.eq(q.field("x"), 1)).take(5);
    /* eslint-enable @convex-dev/no-filter-in-query */
    const d = await ctx.db.query("flags").filter((q) => q.eq(q.field("x"), 2)).take(5); // expect
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- another plugin's rule
    const e = await ctx.db.query("flags").filter((q) => q.eq(q.field("x"), 3)).take(5); // expect
    return [c, d, e];
  },
});
