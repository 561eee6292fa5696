export * from "./create_tool";
export * from "./types";
export * from "./wrap_tools";
