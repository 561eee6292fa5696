import { query, internalMutation } from "./_generated/server";
import { paginationOptsValidator } from "convex/server";

export const both = query({
  args: { paginationOpts: paginationOptsValidator },
  handler: async (ctx, { paginationOpts }) => {
    const posts = await ctx.db.query("posts").paginate(paginationOpts);
    const comments = await ctx.db.query("comments").order("desc").paginate(paginationOpts); // expect
    return { posts, comments };
  },
});

export const backfill = internalMutation({
  args: {},
  handler: async (ctx) => {
    let cursor: string | null = null;
    let done = false;
    while (!done) {
      const page = await ctx.db.query("posts").paginate({ cursor, numItems: 100 }); // expect
      cursor = page.continueCursor;
      done = page.isDone;
    }
  },
});
