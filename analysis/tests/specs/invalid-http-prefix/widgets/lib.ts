import { query, internalMutation } from "./_generated/server";
import { v } from "convex/values";

export const count = query({ args: { name: v.string() }, handler: async () => 0 });
export const reset = internalMutation({ args: {}, handler: async () => null });
