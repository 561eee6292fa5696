"use node";
import { action } from "./_generated/server";
import { summarize } from "./ai";

export const run = action({ args: {}, handler: async () => (summarize ? 1 : 0) });
