export * from "./content";
export * from "./doc";
export * from "./message";
export * from "./options";
export * from "./shared";
export * from "./stream";
export * from "./system";
export * from "./tool";
