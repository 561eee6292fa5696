export type {
	ActionCtx,
	DatabaseReader,
	DatabaseWriter,
	MutationCtx,
	QueryCtx,
} from "../_generated/server";
export {
	httpAction,
	internalAction,
	internalQuery,
} from "../_generated/server";
export { internalMutation } from "../triggers";
export * from "./admin";
export * from "./apiKey";
export * from "./authenticated";
export * from "./private";
