/* eslint-disable */
/**
 * Generated `api` utility.
 *
 * THIS CODE IS AUTOMATICALLY GENERATED.
 *
 * To regenerate, run `npx convex dev`.
 * @module
 */

import type { FunctionReference } from "convex/server";
import type { GenericId as Id } from "convex/values";

/**
 * A utility for referencing Convex functions in your app's public API.
 *
 * Usage:
 * ```js
 * const myFunctionReference = api.myModule.myFunction;
 * ```
 */
export declare const api: {
  auth: {
    signIn: FunctionReference<
      "action",
      "public",
      {
        calledBy?: string;
        params?: any;
        provider?: string;
        refreshToken?: string;
        verifier?: string;
      },
      any
    >;
    signOut: FunctionReference<"action", "public", {}, any>;
  };
  categories: {
    create: FunctionReference<"mutation", "public", { name: string }, any>;
    deleteOne: FunctionReference<
      "mutation",
      "public",
      { id: Id<"categories"> },
      any
    >;
    list: FunctionReference<
      "query",
      "public",
      { dateRange?: { endDate: number; startDate: number } },
      any
    >;
    searchByName: FunctionReference<
      "query",
      "public",
      {
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
        query: string;
      },
      any
    >;
    update: FunctionReference<
      "mutation",
      "public",
      { id: Id<"categories">; name: string },
      any
    >;
  };
  clients: {
    create: FunctionReference<
      "mutation",
      "public",
      { hourly_rate_cents?: number; name: string },
      any
    >;
    deleteOne: FunctionReference<
      "mutation",
      "public",
      { id: Id<"clients"> },
      any
    >;
    list: FunctionReference<
      "query",
      "public",
      { dateRange?: { endDate: number; startDate: number } },
      any
    >;
    searchByName: FunctionReference<
      "query",
      "public",
      {
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
        query: string;
      },
      any
    >;
    update: FunctionReference<
      "mutation",
      "public",
      {
        clearHourlyRate?: boolean;
        hourly_rate_cents?: number;
        id: Id<"clients">;
        name?: string;
      },
      any
    >;
  };
  invoice_presets: {
    create: FunctionReference<
      "mutation",
      "public",
      {
        grouping_rules: Array<{
          group_by: "client" | "project" | "category" | "name";
        }>;
        include_date_range: boolean;
        include_duration: boolean;
        merge_entries: boolean;
        name: string;
      },
      any
    >;
    deleteOne: FunctionReference<
      "mutation",
      "public",
      { id: Id<"invoice_presets"> },
      any
    >;
    list: FunctionReference<"query", "public", {}, any>;
    update: FunctionReference<
      "mutation",
      "public",
      {
        grouping_rules?: Array<{
          group_by: "client" | "project" | "category" | "name";
        }>;
        id: Id<"invoice_presets">;
        include_date_range?: boolean;
        include_duration?: boolean;
        merge_entries?: boolean;
        name?: string;
      },
      any
    >;
  };
  invoices: {
    create: FunctionReference<
      "mutation",
      "public",
      {
        clientId?: Id<"clients">;
        endDate: number;
        lineItems: Array<{
          amount_cents: number;
          duration_ms: number;
          group_key?: string;
          label: string;
          rate_cents: number;
        }>;
        notes?: string;
        number?: string;
        startDate: number;
        subtotal_cents: number;
      },
      any
    >;
    deleteOne: FunctionReference<
      "mutation",
      "public",
      { id: Id<"invoices"> },
      any
    >;
    getById: FunctionReference<"query", "public", { id: Id<"invoices"> }, any>;
    getLastEndDate: FunctionReference<
      "query",
      "public",
      { clientId?: Id<"clients"> },
      any
    >;
    getUnbilledTotal: FunctionReference<"query", "public", {}, any>;
    list: FunctionReference<"query", "public", {}, any>;
    previewLineItems: FunctionReference<
      "query",
      "public",
      {
        clientId?: Id<"clients">;
        endDate: number;
        groupingRules: Array<{
          group_by: "client" | "project" | "category" | "name";
        }>;
        includeDateRange: boolean;
        includeDuration: boolean;
        mergeEntries: boolean;
        startDate: number;
      },
      any
    >;
    update: FunctionReference<
      "mutation",
      "public",
      {
        id: Id<"invoices">;
        lineItems?: Array<{
          amount_cents: number;
          duration_ms: number;
          group_key?: string;
          label: string;
          rate_cents: number;
        }>;
        notes?: string;
        number?: string;
        subtotal_cents?: number;
      },
      any
    >;
  };
  projects: {
    create: FunctionReference<
      "mutation",
      "public",
      { clientId?: Id<"clients">; hourly_rate_cents?: number; name: string },
      any
    >;
    deleteOne: FunctionReference<
      "mutation",
      "public",
      { id: Id<"projects"> },
      any
    >;
    list: FunctionReference<
      "query",
      "public",
      {
        clientId?: Id<"clients">;
        dateRange?: { endDate: number; startDate: number };
      },
      any
    >;
    searchByName: FunctionReference<
      "query",
      "public",
      {
        clientId?: Id<"clients">;
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
        query: string;
      },
      any
    >;
    update: FunctionReference<
      "mutation",
      "public",
      {
        clearClientId?: boolean;
        clearHourlyRate?: boolean;
        clientId?: Id<"clients">;
        hourly_rate_cents?: number;
        id: Id<"projects">;
        name?: string;
        status?: "active" | "archived" | "completed";
      },
      any
    >;
  };
  seed: {
    seedAnalyticsData: FunctionReference<
      "mutation",
      "public",
      { userId: Id<"users"> },
      any
    >;
  };
  time_entries: {
    bulkDelete: FunctionReference<
      "mutation",
      "public",
      { ids: Array<Id<"time_entries">> },
      any
    >;
    bulkUpdate: FunctionReference<
      "mutation",
      "public",
      {
        categoryId?: Id<"categories">;
        clientId?: Id<"clients">;
        ids: Array<Id<"time_entries">>;
        projectId?: Id<"projects">;
      },
      any
    >;
    create: FunctionReference<
      "mutation",
      "public",
      {
        categoryId?: Id<"categories">;
        clientId?: Id<"clients">;
        description?: string;
        name: string;
        notes?: string;
        projectId?: Id<"projects">;
        tagIds?: Array<Id<"tags">>;
        timeEntryId?: Id<"time_entries">;
      },
      any
    >;
    deleteOne: FunctionReference<
      "mutation",
      "public",
      { id: Id<"time_entries"> },
      any
    >;
    exportTimeEntries: FunctionReference<
      "query",
      "public",
      {
        filters?: {
          categoryIds?: Array<Id<"categories">>;
          clientIds?: Array<Id<"clients">>;
          dateRange?: { endDate?: number; startDate?: number };
          name?: string;
          projectIds?: Array<Id<"projects">>;
        };
      },
      any
    >;
    getCategoryBreakdown: FunctionReference<
      "query",
      "public",
      {
        categoryIds?: Array<Id<"categories">>;
        clientIds?: Array<Id<"clients">>;
        dateRange: { endDate: number; startDate: number };
        projectIds?: Array<Id<"projects">>;
      },
      any
    >;
    getDailyDurationBreakdown: FunctionReference<
      "query",
      "public",
      {
        constraintFilters?: {
          categoryIds?: Array<Id<"categories">>;
          clientIds?: Array<Id<"clients">>;
          projectIds?: Array<Id<"projects">>;
        };
        dateRange: { endDate: number; startDate: number };
        entityIds: Array<string>;
        groupBy: "client" | "project" | "category";
        timezoneOffsetMs?: number;
      },
      any
    >;
    getDailyDurations: FunctionReference<
      "query",
      "public",
      {
        filters?: {
          categoryIds?: Array<Id<"categories">>;
          clientIds?: Array<Id<"clients">>;
          dateRange: { endDate: number; startDate: number };
          projectIds?: Array<Id<"projects">>;
        };
        timezoneOffsetMs?: number;
      },
      any
    >;
    getEntityBreakdown: FunctionReference<
      "query",
      "public",
      {
        constraintFilters?: {
          categoryIds?: Array<Id<"categories">>;
          clientIds?: Array<Id<"clients">>;
          projectIds?: Array<Id<"projects">>;
        };
        dateRange: { endDate: number; startDate: number };
        entityIds?: Array<string>;
        groupBy: "client" | "project" | "category";
      },
      any
    >;
    getRecentProjects: FunctionReference<
      "query",
      "public",
      { limit?: number },
      any
    >;
    getRunningTimer: FunctionReference<"query", "public", {}, any>;
    getTotalDuration: FunctionReference<
      "query",
      "public",
      {
        filters?: {
          categoryIds?: Array<Id<"categories">>;
          clientIds?: Array<Id<"clients">>;
          dateRange: { endDate: number; startDate: number };
          name?: string;
          projectIds?: Array<Id<"projects">>;
        };
      },
      any
    >;
    searchTimeEntries: FunctionReference<
      "query",
      "public",
      {
        filters?: {
          categoryIds?: Array<Id<"categories">>;
          clientIds?: Array<Id<"clients">>;
          dateRange?: { endDate?: number; startDate?: number };
          name?: string;
          projectIds?: Array<Id<"projects">>;
        };
        include?: {
          category?: boolean;
          client?: boolean;
          project?: boolean;
          tags?: boolean;
        };
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
      },
      any
    >;
    stop: FunctionReference<
      "mutation",
      "public",
      { id: Id<"time_entries"> },
      any
    >;
    update: FunctionReference<
      "mutation",
      "public",
      {
        billable?: boolean;
        categoryId?: Id<"categories">;
        clientId?: Id<"clients">;
        description?: string;
        duration?: number;
        endDate?: number;
        id: Id<"time_entries">;
        name?: string;
        notes?: string;
        projectId?: Id<"projects">;
        startDate?: number;
        tagIds?: Array<Id<"tags">>;
      },
      any
    >;
    updateCategory: FunctionReference<
      "mutation",
      "public",
      {
        categoryId?: Id<"categories">;
        newCategoryName?: string;
        timeEntryId: Id<"time_entries">;
      },
      any
    >;
    updateClient: FunctionReference<
      "mutation",
      "public",
      {
        clientId?: Id<"clients">;
        newClientName?: string;
        timeEntryId: Id<"time_entries">;
      },
      any
    >;
    updateProject: FunctionReference<
      "mutation",
      "public",
      {
        newProjectName?: string;
        projectId?: Id<"projects">;
        timeEntryId: Id<"time_entries">;
      },
      any
    >;
  };
  user_settings: {
    get: FunctionReference<"query", "public", {}, any>;
    upsert: FunctionReference<
      "mutation",
      "public",
      { default_currency?: string; default_hourly_rate?: number },
      any
    >;
  };
  users: {
    me: FunctionReference<"query", "public", {}, any>;
  };
};

/**
 * A utility for referencing Convex functions in your app's internal API.
 *
 * Usage:
 * ```js
 * const myFunctionReference = internal.myModule.myFunction;
 * ```
 */
export declare const internal: {
  auth: {
    store: FunctionReference<
      "mutation",
      "internal",
      {
        args:
          | {
              generateTokens: boolean;
              sessionId?: Id<"authSessions">;
              type: "signIn";
              userId: Id<"users">;
            }
          | { type: "signOut" }
          | { refreshToken: string; type: "refreshSession" }
          | {
              allowExtraProviders: boolean;
              generateTokens: boolean;
              params: any;
              provider?: string;
              type: "verifyCodeAndSignIn";
              verifier?: string;
            }
          | { type: "verifier" }
          | { signature: string; type: "verifierSignature"; verifier: string }
          | {
              profile: any;
              provider: string;
              providerAccountId: string;
              signature: string;
              type: "userOAuth";
            }
          | {
              accountId?: Id<"authAccounts">;
              allowExtraProviders: boolean;
              code: string;
              email?: string;
              expirationTime: number;
              phone?: string;
              provider: string;
              type: "createVerificationCode";
            }
          | {
              account: { id: string; secret?: string };
              profile: any;
              provider: string;
              shouldLinkViaEmail?: boolean;
              shouldLinkViaPhone?: boolean;
              type: "createAccountFromCredentials";
            }
          | {
              account: { id: string; secret?: string };
              provider: string;
              type: "retrieveAccountWithCredentials";
            }
          | {
              account: { id: string; secret: string };
              provider: string;
              type: "modifyAccount";
            }
          | {
              except?: Array<Id<"authSessions">>;
              type: "invalidateSessions";
              userId: Id<"users">;
            };
      },
      any
    >;
  };
  backfill: {
    backfillAggregates: FunctionReference<
      "mutation",
      "internal",
      { batchSize?: number; cursor?: string },
      any
    >;
    clearAllAggregates: FunctionReference<"mutation", "internal", {}, any>;
  };
  diagnostics: {
    compareAggregatesToActual: FunctionReference<
      "query",
      "internal",
      { endDate: number; startDate: number; userId: Id<"users"> },
      any
    >;
  };
  import_toggl: {
    importTogglData: FunctionReference<
      "mutation",
      "internal",
      {
        email: string;
        entries: Array<{
          billable: boolean;
          description: string;
          duration_ms: number;
          end_time: number;
          project: string;
          start_time: number;
          tag?: string;
        }>;
      },
      any
    >;
  };
};

export declare const components: {
  time_entries_total_duration_by_user: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"time_entries_total_duration_by_user">;
  time_entries_total_duration_by_client_and_date: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"time_entries_total_duration_by_client_and_date">;
  time_entries_total_duration_by_project_and_date: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"time_entries_total_duration_by_project_and_date">;
  time_entries_total_duration_by_category_and_date: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"time_entries_total_duration_by_category_and_date">;
};
