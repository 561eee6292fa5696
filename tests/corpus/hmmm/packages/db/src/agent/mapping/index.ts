export * from "./approvals";
export * from "./content";
export * from "./data";
export * from "./messages";
export * from "./results";
export * from "./tool_results";
export * from "./types";
export * from "./usage";
