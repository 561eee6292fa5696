import { defineSchema, defineTable } from "convex/server";
import { v } from "convex/values";
import { userFields } from "./invalid";
import { noteFields } from "./valid";

export default defineSchema({
  users: defineTable(userFields),
  notes: defineTable(noteFields),
});
