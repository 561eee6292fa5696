"use node";
import { action } from "./_generated/server";
import { summarize } from "./ai"; // eslint only: the importer is a "use node" module itself

export const run = action({ args: {}, handler: async () => (summarize ? 1 : 0) });
