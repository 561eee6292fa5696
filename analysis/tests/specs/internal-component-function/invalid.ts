import { mutation } from "./_generated/server";
import { components } from "./_generated/api";

export const reset = mutation({
  args: {},
  handler: async (ctx) => {
    await ctx.runMutation(components.widgets.lib.reset, {}); // expect
    await ctx.runQuery(components.widgets.lib.nothing, {}); // expect
  },
});
