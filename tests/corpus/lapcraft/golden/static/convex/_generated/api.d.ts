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
  activities: {
    checkActivityLimit: FunctionReference<"query", "public", {}, any>;
    create: FunctionReference<
      "mutation",
      "public",
      {
        activityDate?: string;
        distance: number;
        duration: number;
        elevationGain?: number;
        lapCount: number;
        name: string;
        source: "file" | "strava";
        sourceFormat: "gpx" | "tcx";
        sport?: string;
        stravaActivityId?: number;
        xmlStorageId: Id<"_storage">;
      },
      any
    >;
    generateUploadUrl: FunctionReference<"mutation", "public", {}, any>;
    getBySlug: FunctionReference<"query", "public", { slug: string }, any>;
    getXmlContent: FunctionReference<
      "action",
      "public",
      { activityId: Id<"activities"> },
      any
    >;
    getXmlUrl: FunctionReference<
      "query",
      "public",
      { activityId: Id<"activities"> },
      any
    >;
    list: FunctionReference<"query", "public", {}, any>;
    remove: FunctionReference<
      "mutation",
      "public",
      { activityId: Id<"activities"> },
      any
    >;
    update: FunctionReference<
      "mutation",
      "public",
      {
        activityId: Id<"activities">;
        distance?: number;
        duration?: number;
        elevationGain?: number;
        lapCount?: number;
        name?: string;
        xmlStorageId?: Id<"_storage">;
      },
      any
    >;
  };
  admin: {
    createProfile: FunctionReference<
      "mutation",
      "public",
      { tokenIdentifier: string },
      any
    >;
    getProfile: FunctionReference<
      "query",
      "public",
      { tokenIdentifier: string },
      any
    >;
    grantCredits: FunctionReference<
      "mutation",
      "public",
      { amount: number; tokenIdentifier: string },
      any
    >;
    isAdmin: FunctionReference<"query", "public", {}, any>;
    listProfiles: FunctionReference<"query", "public", {}, any>;
  };
  auth: {
    getCurrentUser: FunctionReference<"query", "public", {}, any>;
  };
  columns: {
    addColumnToActivity: FunctionReference<
      "mutation",
      "public",
      {
        activityId: Id<"activities">;
        columnId: Id<"columnDefinitions">;
        order: number;
      },
      any
    >;
    checkColumnLimit: FunctionReference<
      "query",
      "public",
      { activityId: Id<"activities"> },
      any
    >;
    clearValue: FunctionReference<
      "mutation",
      "public",
      {
        activityId: Id<"activities">;
        columnId: Id<"columnDefinitions">;
        lapId: string;
      },
      any
    >;
    createDefinition: FunctionReference<
      "mutation",
      "public",
      {
        formula?: {
          left: string;
          operator: "divide" | "multiply" | "add" | "subtract" | "divideby";
          right: string;
        };
        isShared: boolean;
        name: string;
        type: "manual" | "computed";
      },
      any
    >;
    deleteDefinition: FunctionReference<
      "mutation",
      "public",
      { id: Id<"columnDefinitions"> },
      any
    >;
    listActivityColumns: FunctionReference<
      "query",
      "public",
      { activityId: Id<"activities"> },
      any
    >;
    listDefinitions: FunctionReference<"query", "public", {}, any>;
    listValues: FunctionReference<
      "query",
      "public",
      { activityId: Id<"activities"> },
      any
    >;
    removeColumnFromActivity: FunctionReference<
      "mutation",
      "public",
      { id: Id<"activityColumns"> },
      any
    >;
    setValue: FunctionReference<
      "mutation",
      "public",
      {
        activityId: Id<"activities">;
        columnId: Id<"columnDefinitions">;
        lapId: string;
        value: number;
      },
      any
    >;
    updateDefinition: FunctionReference<
      "mutation",
      "public",
      {
        formula?: {
          left: string;
          operator: "divide" | "multiply" | "add" | "subtract" | "divideby";
          right: string;
        };
        id: Id<"columnDefinitions">;
        isShared?: boolean;
        name?: string;
      },
      any
    >;
  };
  comparisons: {
    getComparisonData: FunctionReference<
      "query",
      "public",
      {
        activityIds: Array<Id<"activities">>;
        columnId?: Id<"columnDefinitions">;
      },
      any
    >;
    getComputedComparisonInputs: FunctionReference<
      "query",
      "public",
      {
        activityIds: Array<Id<"activities">>;
        columnId?: Id<"columnDefinitions">;
      },
      any
    >;
    listActivitiesForColumn: FunctionReference<
      "query",
      "public",
      { columnId?: Id<"columnDefinitions"> },
      any
    >;
    listComparableColumns: FunctionReference<"query", "public", {}, any>;
  };
  credits: {
    deductMyCredits: FunctionReference<
      "mutation",
      "public",
      { amount: number; metadata?: string },
      any
    >;
    ensureProfile: FunctionReference<"mutation", "public", {}, any>;
    getBalance: FunctionReference<"query", "public", {}, any>;
    getProfile: FunctionReference<"query", "public", {}, any>;
    listTransactions: FunctionReference<
      "query",
      "public",
      { limit?: number },
      any
    >;
    setMyStripeCustomerId: FunctionReference<
      "mutation",
      "public",
      { stripeCustomerId: string },
      any
    >;
  };
  strava: {
    deleteConnection: FunctionReference<"mutation", "public", {}, any>;
    exchangeToken: FunctionReference<"action", "public", { code: string }, any>;
    fetchActivityStreams: FunctionReference<
      "action",
      "public",
      { activityId: number },
      any
    >;
    getConnection: FunctionReference<"query", "public", {}, any>;
    listActivities: FunctionReference<
      "action",
      "public",
      { page: number; perPage: number },
      any
    >;
  };
  stripe: {
    handleCreditPackPurchased: FunctionReference<
      "action",
      "public",
      {
        checkoutSessionId: string;
        credits: number;
        tokenIdentifier: string;
        webhookSecret: string;
      },
      any
    >;
    handleInvoicePaid: FunctionReference<
      "action",
      "public",
      { stripeCustomerId: string; webhookSecret: string },
      any
    >;
    handleSubscriptionCreated: FunctionReference<
      "action",
      "public",
      {
        stripeCustomerId: string;
        stripeSubscriptionId: string;
        tokenIdentifier: string;
        webhookSecret: string;
      },
      any
    >;
    handleSubscriptionDeleted: FunctionReference<
      "action",
      "public",
      { stripeCustomerId: string; webhookSecret: string },
      any
    >;
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
  credits: {
    deductCredits: FunctionReference<
      "mutation",
      "internal",
      { amount: number; metadata?: string; tokenIdentifier: string },
      any
    >;
    downgradeToFree: FunctionReference<
      "mutation",
      "internal",
      { metadata?: string; tokenIdentifier: string },
      any
    >;
    getProfileByStripeCustomerId: FunctionReference<
      "query",
      "internal",
      { stripeCustomerId: string },
      any
    >;
    grantPlanCredits: FunctionReference<
      "mutation",
      "internal",
      {
        metadata?: string;
        plan: "free" | "premium";
        stripeSubscriptionId?: string;
        tokenIdentifier: string;
      },
      any
    >;
    grantPurchasedCredits: FunctionReference<
      "mutation",
      "internal",
      { amount: number; metadata?: string; tokenIdentifier: string },
      any
    >;
    resetPlanCredits: FunctionReference<
      "mutation",
      "internal",
      { metadata?: string; tokenIdentifier: string },
      any
    >;
    setStripeCustomerId: FunctionReference<
      "mutation",
      "internal",
      { stripeCustomerId: string; tokenIdentifier: string },
      any
    >;
    upgradeToPremium: FunctionReference<
      "mutation",
      "internal",
      {
        metadata?: string;
        stripeCustomerId: string;
        stripeSubscriptionId: string;
        tokenIdentifier: string;
      },
      any
    >;
  };
  devScripts: {
    remapTokenIdentifiers: FunctionReference<
      "mutation",
      "internal",
      { fromPrefix: string; toPrefix: string },
      any
    >;
  };
  strava: {
    getConnectionTokens: FunctionReference<
      "query",
      "internal",
      { tokenIdentifier: string },
      any
    >;
    upsertConnection: FunctionReference<
      "mutation",
      "internal",
      {
        accessToken: string;
        athleteId: number;
        athleteName?: string;
        expiresAt: number;
        refreshToken: string;
        scope: string;
        tokenIdentifier: string;
      },
      any
    >;
  };
};

export declare const components: {
  betterAuth: import("../betterAuth/_generated/component.js").ComponentApi<"betterAuth">;
};
