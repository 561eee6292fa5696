import { query, env } from "./_generated/server";

export const config = query({
  args: {},
  handler: async () => ({ site: env.CONVEX_SITE_URL }),
});

function local(process: { env: Record<string, string> }) {
  return process.env.X;
}
void local;
