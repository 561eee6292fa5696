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
  digests: {
    getPerspectivesByDigest: FunctionReference<
      "query",
      "public",
      { digestId: Id<"digests"> },
      any
    >;
    listByRepositories: FunctionReference<
      "query",
      "public",
      {
        cursor?: number;
        limit?: number;
        repositoryIds: Array<Id<"repositories">>;
      },
      any
    >;
    listByRepository: FunctionReference<
      "query",
      "public",
      { limit?: number; repositoryId: Id<"repositories"> },
      any
    >;
  };
  events: {
    get: FunctionReference<"query", "public", { eventId: Id<"events"> }, any>;
    listByRepositories: FunctionReference<
      "query",
      "public",
      {
        cursor?: number;
        limit?: number;
        repositoryIds: Array<Id<"repositories">>;
      },
      any
    >;
    listByRepository: FunctionReference<
      "query",
      "public",
      { limit?: number; repositoryId: Id<"repositories"> },
      any
    >;
  };
  repositories: {
    getActive: FunctionReference<"query", "public", {}, any>;
    getAllActive: FunctionReference<"query", "public", {}, any>;
    getAllAvailable: FunctionReference<"query", "public", {}, any>;
    getByIdPublic: FunctionReference<
      "query",
      "public",
      { repositoryId: Id<"repositories"> },
      any
    >;
    getByInstallation: FunctionReference<
      "query",
      "public",
      { installationId: number },
      any
    >;
    getByUser: FunctionReference<"query", "public", {}, any>;
    refreshRepos: FunctionReference<"action", "public", {}, any>;
    syncInstallationFromCallback: FunctionReference<
      "action",
      "public",
      { installationId: number },
      any
    >;
    toggleSyncStatus: FunctionReference<
      "mutation",
      "public",
      { isActive: boolean; repositoryId: Id<"repositories"> },
      any
    >;
  };
  summaries: {
    getCurrentSummaries: FunctionReference<
      "query",
      "public",
      { repositoryId: Id<"repositories"> },
      any
    >;
    getSummary: FunctionReference<
      "query",
      "public",
      {
        period: "daily" | "weekly" | "monthly";
        periodStart: number;
        repositoryId: Id<"repositories">;
      },
      any
    >;
  };
  timeline: {
    getRecentSummaries: FunctionReference<
      "query",
      "public",
      { limit?: number; repositoryId: Id<"repositories"> },
      Array<{
        _id: Id<"summaries">;
        accomplishments: string;
        createdAt: number;
        headline: string;
        includedDigestIds: Array<Id<"digests">>;
        keyFeatures: Array<string>;
        period: "daily" | "weekly" | "monthly";
        periodEnd?: number;
        periodStart: number;
        stats?: { digestCount: number };
      }>
    >;
    getSummaryWithDigests: FunctionReference<
      "query",
      "public",
      { summaryId: Id<"summaries"> },
      {
        digests: Array<{
          _id: Id<"digests">;
          category?:
            "feature" | "bugfix" | "refactor" | "docs" | "chore" | "security";
          contributors: Array<string>;
          createdAt: number;
          eventId?: Id<"events">;
          metadata?: {
            branch?: string;
            commitCount?: number;
            compareUrl?: string;
            eventType?: string;
            fileDiffs?: Array<{
              additions: number;
              deletions: number;
              filename: string;
              previous_filename?: string;
              status: "added" | "removed" | "modified" | "renamed";
            }>;
            prNumber?: number;
            prState?: string;
            prUrl?: string;
            totalAdditions?: number;
            totalDeletions?: number;
          };
          perspectives?: Array<{
            confidence: number;
            perspective:
              | "bugfix"
              | "ui"
              | "feature"
              | "security"
              | "performance"
              | "refactor"
              | "docs";
            summary: string;
            title: string;
          }>;
          repositoryId: Id<"repositories">;
          summary: string;
          title: string;
          whyThisMatters?: string;
        }>;
        summary: {
          _id: Id<"summaries">;
          accomplishments: string;
          createdAt: number;
          headline: string;
          includedDigestIds: Array<Id<"digests">>;
          keyFeatures: Array<string>;
          period: "daily" | "weekly" | "monthly";
          periodEnd?: number;
          periodStart: number;
          stats?: { digestCount: number };
        };
      }
    >;
    getTimelineContext: FunctionReference<
      "query",
      "public",
      { repositoryId: Id<"repositories"> },
      {
        daysAway: number;
        hoursAway: number;
        lastVisitAt: number;
        millisAway: number;
        summariesToShow: Array<{
          _id: Id<"summaries">;
          accomplishments: string;
          createdAt: number;
          headline: string;
          includedDigestIds: Array<Id<"digests">>;
          keyFeatures: Array<string>;
          period: "daily" | "weekly" | "monthly";
          periodEnd?: number;
          periodStart: number;
          stats?: { digestCount: number };
        }>;
        todayDigestCount: number;
        userName?: string;
      }
    >;
    getTodayFeed: FunctionReference<
      "query",
      "public",
      { cursor?: number; limit?: number; repositoryId: Id<"repositories"> },
      {
        digests: Array<{
          _id: Id<"digests">;
          category?:
            "feature" | "bugfix" | "refactor" | "docs" | "chore" | "security";
          contributors: Array<string>;
          createdAt: number;
          eventId?: Id<"events">;
          impactAnalysis?: {
            affectedSurfaces?: Array<any>;
            confidence: number;
            overallExplanation?: string;
            overallRisk: "low" | "medium" | "high";
          };
          metadata?: {
            branch?: string;
            commitCount?: number;
            compareUrl?: string;
            eventType?: string;
            fileDiffs?: Array<{
              additions: number;
              deletions: number;
              filename: string;
              previous_filename?: string;
              status: "added" | "removed" | "modified" | "renamed";
            }>;
            prNumber?: number;
            prState?: string;
            prUrl?: string;
            totalAdditions?: number;
            totalDeletions?: number;
          };
          perspectives?: Array<{
            confidence: number;
            perspective:
              | "bugfix"
              | "ui"
              | "feature"
              | "security"
              | "performance"
              | "refactor"
              | "docs";
            summary: string;
            title: string;
          }>;
          repositoryId: Id<"repositories">;
          summary: string;
          title: string;
          whyThisMatters?: string;
        }>;
        hasMore: boolean;
        nextCursor?: number;
      }
    >;
  };
  users: {
    get: FunctionReference<"query", "public", { clerkId: string }, any>;
    getCurrent: FunctionReference<"query", "public", {}, any>;
    updateApiKeys: FunctionReference<
      "mutation",
      "public",
      {
        anthropic?: string;
        openai?: string;
        openrouter?: string;
        openrouterModel?: string;
        preferredProvider?: "openai" | "anthropic" | "openrouter";
      },
      null
    >;
    updateLastVisit: FunctionReference<"mutation", "public", {}, null>;
    upsert: FunctionReference<"mutation", "public", {}, any>;
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
  agents: {
    digestAgent: {
      generateDigest: FunctionReference<
        "action",
        "internal",
        {
          eventId: Id<"events">;
          repositoryId: Id<"repositories">;
          userId: Id<"users">;
        },
        any
      >;
    };
    impactAgent: {
      analyzeImpact: FunctionReference<
        "action",
        "internal",
        {
          commitMessage?: string;
          digestId: Id<"digests">;
          fileDiffs: Array<{
            additions: number;
            deletions: number;
            filename: string;
            patch?: string;
            status: string;
          }>;
          prBody?: string;
          prTitle?: string;
          repositoryId: Id<"repositories">;
          userId: Id<"users">;
        },
        any
      >;
    };
    perspectiveAgent: {
      generatePerspective: FunctionReference<
        "action",
        "internal",
        {
          digestId: Id<"digests">;
          perspective:
            | "bugfix"
            | "ui"
            | "feature"
            | "security"
            | "performance"
            | "refactor"
            | "docs";
          repositoryId: Id<"repositories">;
          userId: Id<"users">;
        },
        any
      >;
    };
    summaryAgent: {
      generateSummary: FunctionReference<
        "action",
        "internal",
        {
          digestIds: Array<Id<"digests">>;
          period: "daily" | "weekly" | "monthly";
          periodStart: number;
          repositoryId: Id<"repositories">;
          userId: Id<"users">;
        },
        any
      >;
      updateSummaryWithDigest: FunctionReference<
        "action",
        "internal",
        {
          digestId: Id<"digests">;
          summaryId: Id<"summaries">;
          userId: Id<"users">;
        },
        any
      >;
    };
  };
  ai: {
    analyzeImpactAsync: FunctionReference<
      "action",
      "internal",
      {
        commitMessage?: string;
        digestId: Id<"digests">;
        fileDiffs: Array<{
          additions: number;
          deletions: number;
          filename: string;
          patch?: string;
          status: string;
        }>;
        prBody?: string;
        prTitle?: string;
        repositoryId: Id<"repositories">;
      },
      any
    >;
    digestEvent: FunctionReference<
      "action",
      "internal",
      { eventId: Id<"events"> },
      any
    >;
  };
  cache: {
    compute: {
      computeDigest: FunctionReference<
        "action",
        "internal",
        {
          eventHash: string;
          eventId: Id<"events">;
          repositoryId: Id<"repositories">;
          userId: Id<"users">;
        },
        any
      >;
      computeEmbedding: FunctionReference<
        "action",
        "internal",
        { apiKey: string; repositoryId: Id<"repositories">; text: string },
        any
      >;
      computeImpact: FunctionReference<
        "action",
        "internal",
        {
          commitMessage?: string;
          digestId: Id<"digests">;
          fileDiffHash: string;
          fileDiffs: Array<any>;
          prBody?: string;
          prTitle?: string;
          repositoryId: Id<"repositories">;
          userId: Id<"users">;
        },
        any
      >;
    };
  };
  cronActions: {
    generateDailySummaries: FunctionReference<"action", "internal", {}, any>;
    generateMonthlySummaries: FunctionReference<"action", "internal", {}, any>;
    generateWeeklySummaries: FunctionReference<"action", "internal", {}, any>;
    retryFailedEvents: FunctionReference<"action", "internal", {}, any>;
  };
  digests: {
    analyzeImpactAsync: FunctionReference<
      "action",
      "internal",
      {
        commitMessage?: string;
        digestId: Id<"digests">;
        fileDiffs: Array<{
          additions: number;
          deletions: number;
          filename: string;
          patch?: string;
          status: string;
        }>;
        prBody?: string;
        prTitle?: string;
        repositoryId: Id<"repositories">;
        userId: Id<"users">;
      },
      any
    >;
    create: FunctionReference<
      "mutation",
      "internal",
      {
        aiModel?: string;
        category?:
          "feature" | "bugfix" | "refactor" | "docs" | "chore" | "security";
        contributors: Array<string>;
        createdAt: number;
        eventId?: Id<"events">;
        eventType: string;
        githubDeliveryId: string;
        impactAnalysis?: {
          confidence: number;
          overallExplanation?: string;
          overallRisk: "low" | "medium" | "high";
        };
        metadata?: {
          branch?: string;
          commitCount?: number;
          compareUrl?: string;
          eventType?: string;
          fileDiffs?: Array<{
            additions: number;
            deletions: number;
            filename: string;
            previous_filename?: string;
            status: "added" | "removed" | "modified" | "renamed";
          }>;
          prNumber?: number;
          prState?: string;
          prUrl?: string;
          totalAdditions?: number;
          totalDeletions?: number;
        };
        perspectives?: Array<{
          confidence: number;
          perspective:
            | "bugfix"
            | "ui"
            | "feature"
            | "security"
            | "performance"
            | "refactor"
            | "docs";
          summary: string;
          title: string;
        }>;
        repositoryId: Id<"repositories">;
        summary: string;
        title: string;
        whyThisMatters?: string;
      },
      any
    >;
    createPerspectivesBatch: FunctionReference<
      "mutation",
      "internal",
      {
        digestId: Id<"digests">;
        perspectives: Array<{
          confidence: number;
          perspective:
            | "bugfix"
            | "ui"
            | "feature"
            | "security"
            | "performance"
            | "refactor"
            | "docs";
          summary: string;
          title: string;
        }>;
      },
      any
    >;
    generateDigest: FunctionReference<
      "action",
      "internal",
      { eventId: Id<"events"> },
      any
    >;
    getById: FunctionReference<
      "query",
      "internal",
      { digestId: Id<"digests"> },
      any
    >;
    getByRepositoryTimeRange: FunctionReference<
      "query",
      "internal",
      { endTime: number; repositoryId: Id<"repositories">; startTime: number },
      any
    >;
    update: FunctionReference<
      "mutation",
      "internal",
      {
        category?:
          "feature" | "bugfix" | "refactor" | "docs" | "chore" | "security";
        digestId: Id<"digests">;
        eventId?: Id<"events">;
        impactAnalysis?: {
          confidence: number;
          overallExplanation?: string;
          overallRisk: "low" | "medium" | "high";
        };
        perspectives?: Array<{
          confidence: number;
          perspective:
            | "bugfix"
            | "ui"
            | "feature"
            | "security"
            | "performance"
            | "refactor"
            | "docs";
          summary: string;
          title: string;
        }>;
        summary?: string;
        title?: string;
        updateTimestamp?: boolean;
        whyThisMatters?: string;
      },
      any
    >;
    updateMetadata: FunctionReference<
      "mutation",
      "internal",
      { digestId: Id<"digests">; metadata: any },
      any
    >;
  };
  events: {
    create: FunctionReference<
      "mutation",
      "internal",
      {
        githubDeliveryId: string;
        occurredAt: number;
        payload: any;
        repositoryId: Id<"repositories">;
        type: string;
      },
      any
    >;
    deleteEvent: FunctionReference<
      "mutation",
      "internal",
      { eventId: Id<"events"> },
      any
    >;
    getById: FunctionReference<
      "query",
      "internal",
      { eventId: Id<"events"> },
      any
    >;
    getFailedEventsReadyForRetry: FunctionReference<
      "query",
      "internal",
      {},
      any
    >;
    updateFileDiffs: FunctionReference<
      "mutation",
      "internal",
      {
        eventId: Id<"events">;
        fileDiffs: Array<{
          additions: number;
          changes: number;
          deletions: number;
          filename: string;
          patch?: string;
          previous_filename?: string;
          status: "added" | "removed" | "modified" | "renamed";
        }>;
      },
      any
    >;
    updateStatus: FunctionReference<
      "mutation",
      "internal",
      {
        errorMessage?: string;
        eventId: Id<"events">;
        nextRetryAt?: number;
        retryCount?: number;
        status: "pending" | "processing" | "completed" | "failed" | "skipped";
      },
      any
    >;
  };
  githubActions: {
    refreshInstallationRepos: FunctionReference<
      "action",
      "internal",
      { installationId: number; userId: Id<"users"> },
      any
    >;
    syncInstallation: FunctionReference<
      "action",
      "internal",
      { installationId: number; userId: Id<"users"> },
      any
    >;
  };
  repositories: {
    createOrUpdateRepository: FunctionReference<
      "mutation",
      "internal",
      {
        defaultBranch?: string;
        fullName: string;
        githubId: number;
        installationId: number;
        isPrivate: boolean;
        name: string;
        owner: string;
        preserveIsActive?: boolean;
        userId: Id<"users">;
      },
      any
    >;
    getByGithubId: FunctionReference<
      "query",
      "internal",
      { githubId: number },
      any
    >;
    getById: FunctionReference<
      "query",
      "internal",
      { repositoryId: Id<"repositories"> },
      any
    >;
    getByInstallationForRefresh: FunctionReference<
      "query",
      "internal",
      { installationId: number; userId: Id<"users"> },
      any
    >;
    getByInstallationInternal: FunctionReference<
      "query",
      "internal",
      { installationId: number },
      any
    >;
    listAllActive: FunctionReference<"query", "internal", {}, any>;
    updateRepositoryStatus: FunctionReference<
      "mutation",
      "internal",
      { isActive: boolean; repositoryId: Id<"repositories"> },
      any
    >;
  };
  summaries: {
    create: FunctionReference<
      "mutation",
      "internal",
      {
        accomplishments: string;
        headline: string;
        includedDigestIds: Array<Id<"digests">>;
        keyFeatures: Array<string>;
        metrics?: {
          averageDeploymentTime?: number;
          productionIncidents?: number;
          testCoverage?: number;
          totalItems: number;
        };
        period: "daily" | "weekly" | "monthly";
        periodStart: number;
        repositoryId: Id<"repositories">;
        workBreakdown: {
          bugfix?: { count: number; percentage: number };
          chore?: { count: number; percentage: number };
          docs?: { count: number; percentage: number };
          feature?: { count: number; percentage: number };
          refactor?: { count: number; percentage: number };
          security?: { count: number; percentage: number };
        };
      },
      any
    >;
    createForStreaming: FunctionReference<
      "mutation",
      "internal",
      {
        includedDigestIds: Array<Id<"digests">>;
        period: "daily" | "weekly" | "monthly";
        periodStart: number;
        repositoryId: Id<"repositories">;
      },
      any
    >;
    finishStreaming: FunctionReference<
      "mutation",
      "internal",
      { summaryId: Id<"summaries"> },
      any
    >;
    finishStreamingWithDigests: FunctionReference<
      "mutation",
      "internal",
      { newDigestIds: Array<Id<"digests">>; summaryId: Id<"summaries"> },
      any
    >;
    generateSummaryOnDemand: FunctionReference<
      "action",
      "internal",
      {
        period: "daily" | "weekly" | "monthly";
        periodStart: number;
        repositoryId: Id<"repositories">;
      },
      any
    >;
    getById: FunctionReference<
      "query",
      "internal",
      { summaryId: Id<"summaries"> },
      any
    >;
    getByRepositoryPeriod: FunctionReference<
      "query",
      "internal",
      {
        period: "daily" | "weekly" | "monthly";
        periodStart: number;
        repositoryId: Id<"repositories">;
      },
      any
    >;
    getDigestsForPeriod: FunctionReference<
      "action",
      "internal",
      {
        period: "daily" | "weekly" | "monthly";
        periodStart: number;
        repositoryId: Id<"repositories">;
      },
      any
    >;
    getDigestsForRepository: FunctionReference<
      "query",
      "internal",
      { limit?: number; repositoryId: Id<"repositories"> },
      any
    >;
    startStreaming: FunctionReference<
      "mutation",
      "internal",
      { summaryId: Id<"summaries"> },
      any
    >;
    update: FunctionReference<
      "mutation",
      "internal",
      {
        accomplishments?: string;
        headline?: string;
        includedDigestIds?: Array<Id<"digests">>;
        keyFeatures?: Array<string>;
        metrics?: {
          averageDeploymentTime?: number;
          productionIncidents?: number;
          testCoverage?: number;
          totalItems: number;
        };
        summaryId: Id<"summaries">;
        workBreakdown?: {
          bugfix?: { count: number; percentage: number };
          chore?: { count: number; percentage: number };
          docs?: { count: number; percentage: number };
          feature?: { count: number; percentage: number };
          refactor?: { count: number; percentage: number };
          security?: { count: number; percentage: number };
        };
      },
      any
    >;
    updateStreaming: FunctionReference<
      "mutation",
      "internal",
      {
        accomplishments?: string;
        headline?: string;
        keyFeatures?: Array<string>;
        metrics?: {
          averageDeploymentTime?: number;
          productionIncidents?: number;
          testCoverage?: number;
          totalItems: number;
        };
        summaryId: Id<"summaries">;
        workBreakdown?: {
          bugfix?: { count: number; percentage: number };
          chore?: { count: number; percentage: number };
          docs?: { count: number; percentage: number };
          feature?: { count: number; percentage: number };
          refactor?: { count: number; percentage: number };
          security?: { count: number; percentage: number };
        };
      },
      any
    >;
  };
  summariesAi: {
    generateSummary: FunctionReference<
      "action",
      "internal",
      {
        digestIds: Array<Id<"digests">>;
        period: "daily" | "weekly" | "monthly";
        periodStart: number;
        repositoryId: Id<"repositories">;
      },
      any
    >;
    generateSummaryStreaming: FunctionReference<
      "action",
      "internal",
      {
        digestIds: Array<Id<"digests">>;
        period: "daily" | "weekly" | "monthly";
        periodStart: number;
        repositoryId: Id<"repositories">;
        summaryId: Id<"summaries">;
      },
      any
    >;
    updateSummaryStreaming: FunctionReference<
      "action",
      "internal",
      { newDigestIds: Array<Id<"digests">>; summaryId: Id<"summaries"> },
      any
    >;
    updateSummaryWithDigest: FunctionReference<
      "action",
      "internal",
      { digestId: Id<"digests">; summaryId: Id<"summaries"> },
      any
    >;
  };
  users: {
    getById: FunctionReference<
      "query",
      "internal",
      { userId: Id<"users"> },
      any
    >;
  };
};

export declare const components: {
  actionCache: import("@convex-dev/action-cache/_generated/component.js").ComponentApi<"actionCache">;
};
