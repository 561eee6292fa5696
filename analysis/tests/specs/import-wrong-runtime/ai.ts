"use node";
import { action } from "./_generated/server";

export type Summary = { text: string };
export const summarize = action({ args: {}, handler: async () => "..." });
