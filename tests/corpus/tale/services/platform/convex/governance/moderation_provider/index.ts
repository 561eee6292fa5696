/**
 * V8-safe barrel for the moderation provider module.
 *
 * The Node-only HTTP + SOPS work lives in `./internal_actions.ts` (bundled
 * for the Node runtime). Callers in V8 contexts (`sanitize.ts`) invoke
 * that action via `ctx.runAction(internal.governance.moderation_provider
 * .internal_actions.runModerationProviderAction, …)`.
 *
 * Anything exported from here must stay V8-bundleable (no `node:*`, no
 * `child_process`, no `fs`). Keep this barrel narrow.
 */

export { parseResponse, ParseError } from './response_parser';
export type { NormalizedModerationResult } from './response_parser';
export { isCircuitOpen, resetCircuitsForTesting } from './http_client';
export type { ErrorClass } from './http_client';
