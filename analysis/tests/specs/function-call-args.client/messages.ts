import { query, mutation, internalMutation, action } from "./_generated/server";
import { v } from "convex/values";

export const list = query({ args: { channel: v.string(), limit: v.optional(v.number()) }, handler: async () => [] });
export const send = mutation({ args: { channel: v.string(), body: v.string() }, handler: async () => null });
export const page = query({
  args: { channel: v.string(), paginationOpts: v.any() },
  handler: async () => null,
});
export const cleanup = internalMutation({ args: {}, handler: async () => null });
export const summarize = action({ args: { id: v.id("messages") }, handler: async () => "" });
