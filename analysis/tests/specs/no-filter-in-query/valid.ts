import { query } from "./_generated/server";

export const byAuthor = query({
  args: {},
  handler: async (ctx) => {
    const all = await ctx.db.query("messages").withIndex("by_author", (q) => q.eq("author", "ada")).take(100);
    // Filtering the array a query returned.
    const done = all.filter((m) => m.done);
    const again = (await ctx.db.query("messages").take(10)).filter((m) => m.done);
    const q = [1, 2, 3];
    const odd = q.filter((n) => n % 2);
    return [done, again, odd];
  },
});

export const shadowed = query({
  args: {},
  handler: async (ctx) => {
    const q = ctx.db.query("messages");
    const inner = () => {
      const q = ["a", "b"];
      return q.filter((s) => s === "a");
    };
    return [await q.first(), inner()];
  },
});

// Silenced the ways a project moving from ESLint has them.
export const silenced = query({
  args: {},
  handler: async (ctx) => {
    // eslint-disable-next-line @convex-dev/no-filter-in-query -- a tiny table
    const a = await ctx.db.query("flags").filter((q) => q.eq(q.field("on"), true)).take(5);
    const b = await ctx.db.query("flags").filter((q) => q.eq(q.field("on"), false)).take(5); // eslint-disable-line @convex-dev/no-filter-in-query
    /* eslint-disable @convex-dev/no-filter-in-query */
    const c = await ctx.db.query("flags").filter((q) => q.eq(q.field("x"), 1)).take(5);
    const d = await ctx.db.query("flags").filter((q) => q.eq(q.field("x"), 2)).take(5);
    /* eslint-enable @convex-dev/no-filter-in-query */
    // convexkit-ignore-next-line no-filter-in-query: a tiny table
    const e = await ctx.db.query("flags").filter((q) => q.eq(q.field("x"), 3)).take(5); // eslint only: ESLint does not read convexkit's own comment
    return [a, b, c, d, e];
  },
});
