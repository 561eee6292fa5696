import { query } from "./_generated/server";
import { components } from "./_generated/api";

export const total = query({
  args: {},
  handler: async (ctx) => await ctx.runQuery(components.widgets.lib.count, { name: "a" }),
});
