import { action } from "./_generated/server";
import { api, internal } from "./_generated/api";
import { useQuery, usePaginatedQuery } from "convex/react";

export const run = action({
  args: {},
  handler: async (ctx) => {
    await ctx.runQuery(api.messages.list, { channel: 1 }); // expect
    await ctx.runMutation(api.messages.send, { channel: "a", bdy: "x" }); // expect
    await ctx.runMutation(api.messages.send); // expect
    await ctx.scheduler.runAfter(0, internal.messages.cleanup, { now: true }); // expect
    await ctx.runQuery(api.messages.send, { channel: "a", body: "b" }); // expect
    await ctx.scheduler.runAfter(0, api.messages.list, { channel: "a" }); // expect
    await ctx.runAction(api.messages.summarize, { id: 3 }); // expect
  },
});

export function Feed() {
  const messages = useQuery(api.messages.list, {}); // expect
  const page = usePaginatedQuery(api.messages.page, { chanel: "x" }, { initialNumItems: 10 }); // expect
  return [messages, page];
}
