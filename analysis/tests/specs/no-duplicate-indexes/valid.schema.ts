import { defineSchema, defineTable } from "convex/server";
import { v } from "convex/values";

export default defineSchema({
  messages: defineTable({ author: v.string(), channel: v.string() })
    .index("by_author_channel", ["author", "channel"])
    .index("by_channel", ["channel"])
    .index("by_author_staged", { fields: ["author"], staged: true }),
  users: defineTable({ name: v.string() }).index("by_name", ["name"]),
});
