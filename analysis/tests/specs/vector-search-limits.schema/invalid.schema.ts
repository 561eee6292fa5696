import { defineSchema, defineTable } from "convex/server";
import { v } from "convex/values";

const fields = Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`f${i}`, v.string()]));

export default defineSchema({
  notes: defineTable({ body: v.array(v.float64()), ...fields })
    .vectorIndex("by_vector", { // expect
      vectorField: "body",
      dimensions: 2,
      filterFields: ["f0", "f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8", "f9", "f10", "f11", "f12", "f13", "f14", "f15", "f16"],
    }),
});
