export * from "./schemas";
export * from "./current_events";
export * from "./postition_holder";
