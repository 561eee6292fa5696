import { action } from "./_generated/server";
import { api, internal } from "./_generated/api";
import { useQuery, usePaginatedQuery } from "convex/react";

export const run = action({
  args: {},
  handler: async (ctx, ) => {
    const channel = "general";
    await ctx.runQuery(api.messages.list, { channel });
    await ctx.runQuery(api.messages.list, { channel: "a", limit: 10 });
    await ctx.runMutation(api.messages.send, { channel, body: `hi ${channel}` });
    await ctx.scheduler.runAfter(0, internal.messages.cleanup, {});
    await ctx.scheduler.runAt(Date.now(), internal.messages.cleanup);
    const args = { channel: "a" };
    await ctx.runQuery(api.messages.list, args);
  },
});

export function Feed({ open }: { open: boolean }) {
  const messages = useQuery(api.messages.list, open ? { channel: "a" } : "skip");
  const skipped = useQuery(api.messages.list, "skip");
  const page = usePaginatedQuery(api.messages.page, { channel: "x" }, { initialNumItems: 10 });
  return [messages, skipped, page];
}
