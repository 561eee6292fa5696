import { defineSchema, defineTable } from "convex/server";
import { v } from "convex/values";

export default defineSchema({
  messages: defineTable({ author: v.string(), channel: v.string(), body: v.string() })
    .index("by_author", ["author"]) // expect
    .index("by_author_channel", ["author", "channel"])
    .index("by_author_channel_again", { fields: ["author", "channel"] }) // expect
    .searchIndex("search_body", { searchField: "body" }),
});
