import { v } from "convex/values";
import schema from "./schema";

export const userFields = { name: v.string() };
export const noteOwner = schema.tables.users.validator; // expect
export const table = { owner: v.id("users"), copy: schema }; // expect
export function later() {
  return schema.tables.notes;
}
