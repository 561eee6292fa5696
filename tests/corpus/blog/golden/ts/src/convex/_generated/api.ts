/* eslint-disable */
/**
 * Generated `api` utility.
 *
 * THIS CODE IS AUTOMATICALLY GENERATED.
 *
 * To regenerate, run `npx convex dev`.
 * @module
 */

import type * as auth from "../auth.js";
import type * as convex_helpers from "../convex_helpers.js";
import type * as email_actions from "../email/actions.js";
import type * as email_templates from "../email/templates.js";
import type * as http from "../http.js";
import type * as limiter from "../limiter.js";
import type * as messages from "../messages.js";
import type * as notifications from "../notifications.js";
import type * as preferences from "../preferences.js";
import type * as uploadthing from "../uploadthing.js";
import type * as user from "../user.js";

import type {
  ApiFromModules,
  FilterApi,
  FunctionReference,
} from "convex/server";
import { anyApi, componentsGeneric } from "convex/server";

const fullApi: ApiFromModules<{
  auth: typeof auth;
  convex_helpers: typeof convex_helpers;
  "email/actions": typeof email_actions;
  "email/templates": typeof email_templates;
  http: typeof http;
  limiter: typeof limiter;
  messages: typeof messages;
  notifications: typeof notifications;
  preferences: typeof preferences;
  uploadthing: typeof uploadthing;
  user: typeof user;
}> = anyApi as any;

/**
 * A utility for referencing Convex functions in your app's public API.
 *
 * Usage:
 * ```js
 * const myFunctionReference = api.myModule.myFunction;
 * ```
 */
export const api: FilterApi<
  typeof fullApi,
  FunctionReference<any, "public">
> = anyApi as any;

/**
 * A utility for referencing Convex functions in your app's internal API.
 *
 * Usage:
 * ```js
 * const myFunctionReference = internal.myModule.myFunction;
 * ```
 */
export const internal: FilterApi<
  typeof fullApi,
  FunctionReference<any, "internal">
> = anyApi as any;

export const components = componentsGeneric() as unknown as {
  betterAuth: import("../betterAuth/_generated/component.js").ComponentApi<"betterAuth">;
  rateLimiter: import("@convex-dev/rate-limiter/_generated/component.js").ComponentApi<"rateLimiter">;
};
