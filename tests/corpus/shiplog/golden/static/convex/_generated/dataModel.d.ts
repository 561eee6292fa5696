/* eslint-disable */
/**
 * Generated data model types.
 *
 * THIS CODE IS AUTOMATICALLY GENERATED.
 *
 * To regenerate, run `npx convex dev`.
 * @module
 */

import type {
  DocumentByName,
  TableNamesInDataModel,
  SystemTableNames,
  AnyDataModel,
} from "convex/server";
import type { GenericId } from "convex/values";

/**
 * A type describing your Convex data model.
 *
 * This type includes information about what tables you have, the type of
 * documents stored in those tables, and the indexes defined on them.
 *
 * This type is used to parameterize methods like `queryGeneric` and
 * `mutationGeneric` to make them type-safe.
 */

export type DataModel = {
  digests: {
    document: {
      aiModel?: string;
      category?:
        "feature" | "bugfix" | "refactor" | "docs" | "chore" | "security";
      contributors: Array<string>;
      createdAt: number;
      eventId?: Id<"events">;
      githubDeliveryId: string;
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
      _id: Id<"digests">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "aiModel"
      | "category"
      | "contributors"
      | "createdAt"
      | "eventId"
      | "githubDeliveryId"
      | "impactAnalysis"
      | "impactAnalysis.affectedSurfaces"
      | "impactAnalysis.confidence"
      | "impactAnalysis.overallExplanation"
      | "impactAnalysis.overallRisk"
      | "metadata"
      | "metadata.branch"
      | "metadata.commitCount"
      | "metadata.compareUrl"
      | "metadata.eventType"
      | "metadata.fileDiffs"
      | "metadata.prNumber"
      | "metadata.prState"
      | "metadata.prUrl"
      | "metadata.totalAdditions"
      | "metadata.totalDeletions"
      | "perspectives"
      | "repositoryId"
      | "summary"
      | "title"
      | "whyThisMatters";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_delivery_id: ["githubDeliveryId", "_creationTime"];
      by_event: ["eventId", "_creationTime"];
      by_repository: ["repositoryId", "_creationTime"];
      by_repository_time: ["repositoryId", "createdAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  events: {
    document: {
      createdAt: number;
      errorMessage?: string;
      fileDiffs?: Array<{
        additions: number;
        changes: number;
        deletions: number;
        filename: string;
        patch?: string;
        previous_filename?: string;
        status: "added" | "removed" | "modified" | "renamed";
      }>;
      githubDeliveryId: string;
      nextRetryAt?: number;
      occurredAt: number;
      payload: any;
      processedAt?: number;
      repositoryId: Id<"repositories">;
      retryCount?: number;
      status: "pending" | "processing" | "completed" | "failed" | "skipped";
      type: string;
      _id: Id<"events">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "errorMessage"
      | "fileDiffs"
      | "githubDeliveryId"
      | "nextRetryAt"
      | "occurredAt"
      | "payload"
      | "processedAt"
      | "repositoryId"
      | "retryCount"
      | "status"
      | "type";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_delivery_id: ["githubDeliveryId", "_creationTime"];
      by_repository: ["repositoryId", "_creationTime"];
      by_repository_status: ["repositoryId", "status", "_creationTime"];
      by_repository_time: ["repositoryId", "occurredAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  repositories: {
    document: {
      createdAt: number;
      defaultBranch?: string;
      fullName: string;
      githubId: number;
      githubInstallationId: number;
      indexError?: string;
      indexStatus?: "pending" | "indexing" | "completed" | "failed";
      indexedAt?: number;
      isActive: boolean;
      isPrivate: boolean;
      lastSyncedAt?: number;
      name: string;
      owner: string;
      updatedAt: number;
      userId: Id<"users">;
      _id: Id<"repositories">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "defaultBranch"
      | "fullName"
      | "githubId"
      | "githubInstallationId"
      | "indexedAt"
      | "indexError"
      | "indexStatus"
      | "isActive"
      | "isPrivate"
      | "lastSyncedAt"
      | "name"
      | "owner"
      | "updatedAt"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_github_id: ["githubId", "_creationTime"];
      by_index_status: ["indexStatus", "_creationTime"];
      by_installation: ["githubInstallationId", "_creationTime"];
      by_user: ["userId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  summaries: {
    document: {
      accomplishments: string;
      createdAt: number;
      generatedAt?: number;
      headline: string;
      includedDigestIds: Array<Id<"digests">>;
      isStreaming?: boolean;
      keyFeatures: Array<string>;
      lastUpdatedAt: number;
      metrics?: {
        averageDeploymentTime?: number;
        productionIncidents?: number;
        testCoverage?: number;
        totalItems: number;
      };
      period: "daily" | "weekly" | "monthly";
      periodEnd?: number;
      periodStart: number;
      repositoryId: Id<"repositories">;
      stats?: { digestCount: number };
      workBreakdown: {
        bugfix?: { count: number; percentage: number };
        chore?: { count: number; percentage: number };
        docs?: { count: number; percentage: number };
        feature?: { count: number; percentage: number };
        refactor?: { count: number; percentage: number };
        security?: { count: number; percentage: number };
      };
      _id: Id<"summaries">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "accomplishments"
      | "createdAt"
      | "generatedAt"
      | "headline"
      | "includedDigestIds"
      | "isStreaming"
      | "keyFeatures"
      | "lastUpdatedAt"
      | "metrics"
      | "metrics.averageDeploymentTime"
      | "metrics.productionIncidents"
      | "metrics.testCoverage"
      | "metrics.totalItems"
      | "period"
      | "periodEnd"
      | "periodStart"
      | "repositoryId"
      | "stats"
      | "stats.digestCount"
      | "workBreakdown"
      | "workBreakdown.bugfix"
      | "workBreakdown.bugfix.count"
      | "workBreakdown.bugfix.percentage"
      | "workBreakdown.chore"
      | "workBreakdown.chore.count"
      | "workBreakdown.chore.percentage"
      | "workBreakdown.docs"
      | "workBreakdown.docs.count"
      | "workBreakdown.docs.percentage"
      | "workBreakdown.feature"
      | "workBreakdown.feature.count"
      | "workBreakdown.feature.percentage"
      | "workBreakdown.refactor"
      | "workBreakdown.refactor.count"
      | "workBreakdown.refactor.percentage"
      | "workBreakdown.security"
      | "workBreakdown.security.count"
      | "workBreakdown.security.percentage";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_repository_period: [
        "repositoryId",
        "period",
        "periodStart",
        "_creationTime",
      ];
      by_repository_time: ["repositoryId", "periodStart", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  users: {
    document: {
      apiKeys?: {
        anthropic?: string;
        openai?: string;
        openrouter?: string;
        openrouterModel?: string;
        preferredProvider?: "openai" | "anthropic" | "openrouter";
      };
      avatarUrl?: string;
      clerkId: string;
      createdAt: number;
      email: string;
      githubUsername: string;
      lastVisitAt?: number;
      updatedAt: number;
      _id: Id<"users">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "apiKeys"
      | "apiKeys.anthropic"
      | "apiKeys.openai"
      | "apiKeys.openrouter"
      | "apiKeys.openrouterModel"
      | "apiKeys.preferredProvider"
      | "avatarUrl"
      | "clerkId"
      | "createdAt"
      | "email"
      | "githubUsername"
      | "lastVisitAt"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_clerk_id: ["clerkId", "_creationTime"];
      by_github_username: ["githubUsername", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
};

/**
 * The names of all of your Convex tables.
 */
export type TableNames = TableNamesInDataModel<DataModel>;

/**
 * The type of a document stored in Convex.
 *
 * @typeParam TableName - A string literal type of the table name (like "users").
 */
export type Doc<TableName extends TableNames> = DocumentByName<
  DataModel,
  TableName
>;

/**
 * An identifier for a document in Convex.
 *
 * Convex documents are uniquely identified by their `Id`, which is accessible
 * on the `_id` field. To learn more, see [Document IDs](https://docs.convex.dev/using/document-ids).
 *
 * Documents can be loaded using `db.get(tableName, id)` in query and mutation functions.
 *
 * IDs are just strings at runtime, but this type can be used to distinguish them from other
 * strings when type checking.
 *
 * @typeParam TableName - A string literal type of the table name (like "users").
 */
export type Id<TableName extends TableNames | SystemTableNames> =
  GenericId<TableName>;
