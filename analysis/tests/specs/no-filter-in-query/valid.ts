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
