export type { UIMessage, UIStatus } from "./types";
export { fromUIMessages } from "./from_ui_messages";
export { toUIMessages } from "./to_ui_messages";
export { combineUIMessages } from "./combine_ui_messages";
