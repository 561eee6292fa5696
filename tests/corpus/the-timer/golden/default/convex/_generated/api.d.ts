/* eslint-disable */
/**
 * Generated `api` utility.
 *
 * THIS CODE IS AUTOMATICALLY GENERATED.
 *
 * To regenerate, run `npx convex dev`.
 * @module
 */

import type * as aggregates from "../aggregates.js";
import type * as auth from "../auth.js";
import type * as backfill from "../backfill.js";
import type * as categories from "../categories.js";
import type * as clients from "../clients.js";
import type * as diagnostics from "../diagnostics.js";
import type * as functions from "../functions.js";
import type * as http from "../http.js";
import type * as import_toggl from "../import_toggl.js";
import type * as invoice_presets from "../invoice_presets.js";
import type * as invoices from "../invoices.js";
import type * as logger from "../logger.js";
import type * as model_analytics from "../model/analytics.js";
import type * as model_auth from "../model/auth.js";
import type * as model_categories from "../model/categories.js";
import type * as model_clients from "../model/clients.js";
import type * as model_helpers from "../model/helpers.js";
import type * as model_invoice_presets from "../model/invoice_presets.js";
import type * as model_invoices from "../model/invoices.js";
import type * as model_projects from "../model/projects.js";
import type * as model_rates from "../model/rates.js";
import type * as model_time_entries from "../model/time_entries.js";
import type * as model_user_settings from "../model/user_settings.js";
import type * as projects from "../projects.js";
import type * as seed from "../seed.js";
import type * as time_entries from "../time_entries.js";
import type * as types from "../types.js";
import type * as user_settings from "../user_settings.js";
import type * as users from "../users.js";
import type * as utils from "../utils.js";

import type {
  ApiFromModules,
  FilterApi,
  FunctionReference,
} from "convex/server";

declare const fullApi: ApiFromModules<{
  aggregates: typeof aggregates;
  auth: typeof auth;
  backfill: typeof backfill;
  categories: typeof categories;
  clients: typeof clients;
  diagnostics: typeof diagnostics;
  functions: typeof functions;
  http: typeof http;
  import_toggl: typeof import_toggl;
  invoice_presets: typeof invoice_presets;
  invoices: typeof invoices;
  logger: typeof logger;
  "model/analytics": typeof model_analytics;
  "model/auth": typeof model_auth;
  "model/categories": typeof model_categories;
  "model/clients": typeof model_clients;
  "model/helpers": typeof model_helpers;
  "model/invoice_presets": typeof model_invoice_presets;
  "model/invoices": typeof model_invoices;
  "model/projects": typeof model_projects;
  "model/rates": typeof model_rates;
  "model/time_entries": typeof model_time_entries;
  "model/user_settings": typeof model_user_settings;
  projects: typeof projects;
  seed: typeof seed;
  time_entries: typeof time_entries;
  types: typeof types;
  user_settings: typeof user_settings;
  users: typeof users;
  utils: typeof utils;
}>;

/**
 * A utility for referencing Convex functions in your app's public API.
 *
 * Usage:
 * ```js
 * const myFunctionReference = api.myModule.myFunction;
 * ```
 */
export declare const api: FilterApi<
  typeof fullApi,
  FunctionReference<any, "public">
>;

/**
 * A utility for referencing Convex functions in your app's internal API.
 *
 * Usage:
 * ```js
 * const myFunctionReference = internal.myModule.myFunction;
 * ```
 */
export declare const internal: FilterApi<
  typeof fullApi,
  FunctionReference<any, "internal">
>;

export declare const components: {
  time_entries_total_duration_by_user: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"time_entries_total_duration_by_user">;
  time_entries_total_duration_by_client_and_date: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"time_entries_total_duration_by_client_and_date">;
  time_entries_total_duration_by_project_and_date: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"time_entries_total_duration_by_project_and_date">;
  time_entries_total_duration_by_category_and_date: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"time_entries_total_duration_by_category_and_date">;
};
