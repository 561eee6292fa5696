import { mutation, action } from "./_generated/server";
import { internal } from "./_generated/api";
import { v } from "convex/values";

export const done = mutation({
  args: { id: v.id("tasks") },
  handler: async (ctx, { id }) => {
    ctx.db.patch("tasks", id, { done: true }); // expect
    ctx.scheduler.runAfter(0, internal.tasks.notify, { id }); // expect
    (ctx.db.insert("log", { id })); // expect
  },
});

export const run = action({
  args: {},
  handler: (ctx) => {
    ctx.runMutation(internal.tasks.cleanup, {}); // expect
  },
});
