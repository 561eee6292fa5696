import { defineSchema } from "convex/server";

export default defineSchema({
  // Any tables used by the example app go here.
});
