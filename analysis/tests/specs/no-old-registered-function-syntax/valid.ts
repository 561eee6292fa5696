import { query } from "./_generated/server";
import { v } from "convex/values";

export const list = query({
  args: {},
  handler: async (ctx) => await ctx.db.query("messages").take(10),
});

// Not exported: not a registered function of the module.
const helper = query(async () => null);

// Not a registrar.
export const wrapped = makeSomething(async () => null);

export const withArgs = query({ args: { n: v.number() }, handler: async (_ctx, { n }) => n });

function makeSomething(f: () => Promise<null>) {
  return f;
}
void helper;
