import { components } from "./_generated/api";
import { TableAggregate } from "@convex-dev/aggregate";

export const byScore = new TableAggregate(components.widgets, { sortKey: (doc: { score: number }) => doc.score });
