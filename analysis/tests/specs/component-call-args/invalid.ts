import { query } from "./_generated/server";
import { components } from "./_generated/api";

export const total = query({
  args: {},
  handler: async (ctx) => {
    const a = await ctx.runQuery(components.widgets.lib.count, { name: 1 }); // expect
    const b = await ctx.runQuery(components.widgets.lib.count, {}); // expect
    return a + b;
  },
});
