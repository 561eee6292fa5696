export * from "./args";
export * from "./config";
export * from "./ctx";
export * from "./handlers";
export * from "./thread";
