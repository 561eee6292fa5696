import { v } from "convex/values";
import schema from "./schema";
import type { Infer } from "convex/values";

export const noteFields = { owner: v.id("users") };
export type Note = Infer<typeof schema.tables.notes.validator>;
export const read = () => schema.tables.notes;
class Holder {
  value = schema;
}
void Holder;
