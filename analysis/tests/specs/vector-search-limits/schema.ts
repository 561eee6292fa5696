import { defineSchema, defineTable } from "convex/server";
import { v } from "convex/values";

export default defineSchema({
  docs: defineTable({ embedding: v.array(v.float64()), tenant: v.string(), owner: v.string() })
    .vectorIndex("by_embedding", { vectorField: "embedding", dimensions: 3, filterFields: ["tenant"] }),
});
