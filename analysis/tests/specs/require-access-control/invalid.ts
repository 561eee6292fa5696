import { query, mutation } from "./_generated/server";
import { v } from "convex/values";

export const open = query({ // expect
  args: {},
  handler: async (ctx) => await ctx.db.query("notes").take(10),
});

const remove = mutation({ // expect
  args: { id: v.id("notes") },
  handler: async (ctx, { id }) => {
    const note = await ctx.db.get("notes", id);
    await ctx.db.delete("notes", id);
    return note;
  },
});
export { remove };

export default query({ args: {}, handler: async () => null }); // expect
