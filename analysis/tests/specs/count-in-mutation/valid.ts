import { mutation, query } from "./_generated/server";
import { components } from "./_generated/api";
import { ShardedCounter } from "@convex-dev/sharded-counter";

const counter = new ShardedCounter(components.widgets);

export const add = mutation({
  args: {},
  handler: async (ctx) => {
    await counter.add(ctx, "beans");
  },
});

export const total = query({ args: {}, handler: async (ctx) => await counter.count(ctx, "beans") });
