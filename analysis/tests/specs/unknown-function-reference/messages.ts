import { query, internalMutation } from "./_generated/server";
import { v } from "convex/values";

export const list = query({ args: { channel: v.string() }, handler: async () => [] });
export const cleanup = internalMutation({ args: {}, handler: async () => null });
