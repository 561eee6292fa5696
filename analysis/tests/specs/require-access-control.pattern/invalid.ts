import { query } from "./_generated/server";

declare function requireUser(ctx: unknown): Promise<void>;
declare function authorizeReader(ctx: unknown): Promise<void>;

export const old = query({ // expect
  args: {},
  handler: async (ctx) => {
    await requireUser(ctx);
  },
});

export const ok = query({
  args: {},
  handler: async (ctx) => {
    await authorizeReader(ctx);
  },
});
