import { components } from "./_generated/api";
import { TableAggregate } from "@convex-dev/aggregate";

export const byScore = new TableAggregate(components.widgets, { sortKey: (doc: { score: number }) => doc.score });
export const byName = new TableAggregate(components.widgets, { sortKey: (doc: { name: string }) => doc.name }); // expect
