import { query, mutation, internalMutation } from "./_generated/server";
import { v } from "convex/values";

declare function requireUser(ctx: unknown): Promise<void>;
declare function canEdit(ctx: unknown, id: string): Promise<boolean>;
declare const authz: { require: (ctx: unknown) => Promise<void> };

export const mine = query({
  args: {},
  handler: async (ctx) => {
    await requireUser(ctx);
    return null;
  },
});

export const edit = mutation({
  args: { id: v.id("notes") },
  handler: async (ctx, { id }) => {
    if (!(await canEdit(ctx, id))) throw new Error("forbidden");
  },
});

export const viaMethod = mutation({ args: {}, handler: async (ctx) => authz.require(ctx) });

export const internalOnly = internalMutation({ args: {}, handler: async () => null });

// Not exported.
const helper = query({ args: {}, handler: async () => null });
void helper;
