import { query, mutation } from "./_generated/server";

export const mine = query({
  args: {},
  handler: async (ctx) => {
    const identity = await ctx.auth.getUserIdentity(); // expect
    return identity?.subject ?? null;
  },
});

export const save = mutation({
  args: {},
  handler: async ({ auth, db }) => {
    if (!(await auth.getUserIdentity())) throw new Error("no user"); // expect
    await db.insert("widgets", {});
  },
});
