import { query } from "./_generated/server";
import { paginationOptsValidator } from "convex/server";
import { v } from "convex/values";

export const either = query({
  args: { paginationOpts: paginationOptsValidator, comments: v.boolean() },
  handler: async (ctx, { paginationOpts, comments }) => {
    if (comments) {
      return await ctx.db.query("comments").paginate(paginationOpts);
    }
    return await ctx.db.query("posts").paginate(paginationOpts);
  },
});

export const one = query({
  args: { paginationOpts: paginationOptsValidator, desc: v.boolean() },
  handler: async (ctx, { paginationOpts, desc }) =>
    desc
      ? await ctx.db.query("posts").order("desc").paginate(paginationOpts)
      : await ctx.db.query("posts").paginate(paginationOpts),
});

export const other = query({
  args: { paginationOpts: paginationOptsValidator },
  handler: async (ctx, { paginationOpts }) => await ctx.db.query("posts").paginate(paginationOpts),
});
