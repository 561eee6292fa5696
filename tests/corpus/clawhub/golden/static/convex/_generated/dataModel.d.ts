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
  apiTokens: {
    document: {
      createdAt: number;
      label: string;
      lastUsedAt?: number;
      prefix: string;
      revokedAt?: number;
      tokenHash: string;
      userId: Id<"users">;
      _id: Id<"apiTokens">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "label"
      | "lastUsedAt"
      | "prefix"
      | "revokedAt"
      | "tokenHash"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_hash: ["tokenHash", "_creationTime"];
      by_user: ["userId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  auditLogs: {
    document: {
      action: string;
      actorUserId?: Id<"users">;
      createdAt: number;
      metadata?: any;
      targetId: string;
      targetType: string;
      _id: Id<"auditLogs">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "action"
      | "actorUserId"
      | "createdAt"
      | "metadata"
      | "targetId"
      | "targetType";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_actor: ["actorUserId", "_creationTime"];
      by_target: ["targetType", "targetId", "_creationTime"];
      by_target_action: ["targetType", "targetId", "action", "_creationTime"];
      by_target_createdAt: [
        "targetType",
        "targetId",
        "createdAt",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  authAccounts: {
    document: {
      emailVerified?: string;
      phoneVerified?: string;
      provider: string;
      providerAccountId: string;
      secret?: string;
      userId: Id<"users">;
      _id: Id<"authAccounts">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "emailVerified"
      | "phoneVerified"
      | "provider"
      | "providerAccountId"
      | "secret"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      providerAndAccountId: ["provider", "providerAccountId", "_creationTime"];
      userIdAndProvider: ["userId", "provider", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  authRateLimits: {
    document: {
      attemptsLeft: number;
      identifier: string;
      lastAttemptTime: number;
      _id: Id<"authRateLimits">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "attemptsLeft"
      | "identifier"
      | "lastAttemptTime";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      identifier: ["identifier", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  authRefreshTokens: {
    document: {
      expirationTime: number;
      firstUsedTime?: number;
      parentRefreshTokenId?: Id<"authRefreshTokens">;
      sessionId: Id<"authSessions">;
      _id: Id<"authRefreshTokens">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "expirationTime"
      | "firstUsedTime"
      | "parentRefreshTokenId"
      | "sessionId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_expiration_time: ["expirationTime", "_creationTime"];
      sessionId: ["sessionId", "_creationTime"];
      sessionIdAndParentRefreshTokenId: [
        "sessionId",
        "parentRefreshTokenId",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  authSessions: {
    document: {
      expirationTime: number;
      userId: Id<"users">;
      _id: Id<"authSessions">;
      _creationTime: number;
    };
    fieldPaths: "_creationTime" | "_id" | "expirationTime" | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_expiration_time: ["expirationTime", "_creationTime"];
      userId: ["userId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  authVerificationCodes: {
    document: {
      accountId: Id<"authAccounts">;
      code: string;
      emailVerified?: string;
      expirationTime: number;
      phoneVerified?: string;
      provider: string;
      verifier?: string;
      _id: Id<"authVerificationCodes">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "accountId"
      | "code"
      | "emailVerified"
      | "expirationTime"
      | "phoneVerified"
      | "provider"
      | "verifier";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      accountId: ["accountId", "_creationTime"];
      code: ["code", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  authVerifiers: {
    document: {
      sessionId?: Id<"authSessions">;
      signature?: string;
      _id: Id<"authVerifiers">;
      _creationTime: number;
    };
    fieldPaths: "_creationTime" | "_id" | "sessionId" | "signature";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      signature: ["signature", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  canonicalTrendingItems: {
    document: {
      card: {
        canonicalUrl: string;
        displayName: string;
        featured: boolean;
        id: string;
        install: {
          kind: "clawhub" | "github" | "skills-sh";
          reference: string;
          sourceUrl: string | null;
        };
        links: { canonical: string; source: string | null };
        metrics: {
          lifetimeInstalls: number | null;
          lifetimeInstallsPeriod: "lifetime";
          trending24hBookmarks: number | null;
          trending24hDownloads?: number | null;
          trending24hInstalls: number | null;
          updatedAt: number;
        };
        official: boolean;
        publisher: {
          displayName: string | null;
          handle: string | null;
          image: string | null;
          kind: "user" | "org";
          official: boolean;
        } | null;
        slug: string;
        source: "clawhub" | "skills-sh";
        sourceIdentity: {
          host: string | null;
          id: string;
          lifetimeInstalls: number | null;
          owner: string | null;
          repo: string | null;
        };
        summary: string | null;
        trust: {
          clawHubVerdict: string | null;
          installability: "installable";
          sourceFreshness: "native" | "observed-only";
          upstreamScanners: {
            genAgentTrustHub: {
              sourceCheckedAt?: string;
              sourceUrl?: string;
              status: string;
            };
            snyk: {
              sourceCheckedAt?: string;
              sourceUrl?: string;
              status: string;
            };
            socket: {
              sourceCheckedAt?: string;
              sourceUrl?: string;
              status: string;
            };
          } | null;
          visibility: "public";
        };
      };
      expiresAt: number;
      lane: "clawhub-trending" | "clawhub-rising" | "skills-sh-trending";
      position: number;
      snapshotId: string;
      sourceRef:
        | { kind: "clawhub"; skillId: Id<"skills"> }
        | { externalId: string; kind: "skills-sh" };
      _id: Id<"canonicalTrendingItems">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "card"
      | "card.canonicalUrl"
      | "card.displayName"
      | "card.featured"
      | "card.id"
      | "card.install"
      | "card.install.kind"
      | "card.install.reference"
      | "card.install.sourceUrl"
      | "card.links"
      | "card.links.canonical"
      | "card.links.source"
      | "card.metrics"
      | "card.metrics.lifetimeInstalls"
      | "card.metrics.lifetimeInstallsPeriod"
      | "card.metrics.trending24hBookmarks"
      | "card.metrics.trending24hDownloads"
      | "card.metrics.trending24hInstalls"
      | "card.metrics.updatedAt"
      | "card.official"
      | "card.publisher"
      | "card.publisher.displayName"
      | "card.publisher.handle"
      | "card.publisher.image"
      | "card.publisher.kind"
      | "card.publisher.official"
      | "card.slug"
      | "card.source"
      | "card.sourceIdentity"
      | "card.sourceIdentity.host"
      | "card.sourceIdentity.id"
      | "card.sourceIdentity.lifetimeInstalls"
      | "card.sourceIdentity.owner"
      | "card.sourceIdentity.repo"
      | "card.summary"
      | "card.trust"
      | "card.trust.clawHubVerdict"
      | "card.trust.installability"
      | "card.trust.sourceFreshness"
      | "card.trust.upstreamScanners"
      | "card.trust.upstreamScanners.genAgentTrustHub"
      | "card.trust.upstreamScanners.genAgentTrustHub.sourceCheckedAt"
      | "card.trust.upstreamScanners.genAgentTrustHub.sourceUrl"
      | "card.trust.upstreamScanners.genAgentTrustHub.status"
      | "card.trust.upstreamScanners.snyk"
      | "card.trust.upstreamScanners.snyk.sourceCheckedAt"
      | "card.trust.upstreamScanners.snyk.sourceUrl"
      | "card.trust.upstreamScanners.snyk.status"
      | "card.trust.upstreamScanners.socket"
      | "card.trust.upstreamScanners.socket.sourceCheckedAt"
      | "card.trust.upstreamScanners.socket.sourceUrl"
      | "card.trust.upstreamScanners.socket.status"
      | "card.trust.visibility"
      | "expiresAt"
      | "lane"
      | "position"
      | "snapshotId"
      | "sourceRef"
      | "sourceRef.externalId"
      | "sourceRef.kind"
      | "sourceRef.skillId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_expires_at: ["expiresAt", "_creationTime"];
      by_snapshot_id_and_position: ["snapshotId", "position", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  canonicalTrendingNativePoolItems: {
    document: {
      bookmarks24h: number;
      card: {
        canonicalUrl: string;
        displayName: string;
        featured: boolean;
        id: string;
        install: {
          kind: "clawhub" | "github" | "skills-sh";
          reference: string;
          sourceUrl: string | null;
        };
        links: { canonical: string; source: string | null };
        metrics: {
          lifetimeInstalls: number | null;
          lifetimeInstallsPeriod: "lifetime";
          trending24hBookmarks: number | null;
          trending24hDownloads?: number | null;
          trending24hInstalls: number | null;
          updatedAt: number;
        };
        official: boolean;
        publisher: {
          displayName: string | null;
          handle: string | null;
          image: string | null;
          kind: "user" | "org";
          official: boolean;
        } | null;
        slug: string;
        source: "clawhub" | "skills-sh";
        sourceIdentity: {
          host: string | null;
          id: string;
          lifetimeInstalls: number | null;
          owner: string | null;
          repo: string | null;
        };
        summary: string | null;
        trust: {
          clawHubVerdict: string | null;
          installability: "installable";
          sourceFreshness: "native" | "observed-only";
          upstreamScanners: {
            genAgentTrustHub: {
              sourceCheckedAt?: string;
              sourceUrl?: string;
              status: string;
            };
            snyk: {
              sourceCheckedAt?: string;
              sourceUrl?: string;
              status: string;
            };
            socket: {
              sourceCheckedAt?: string;
              sourceUrl?: string;
              status: string;
            };
          } | null;
          visibility: "public";
        };
      };
      createdAt: number;
      downloads24h?: number;
      expiresAt: number;
      identity: string;
      installs24h: number;
      lane: "clawhub-trending" | "clawhub-rising";
      poolId: string;
      position: number;
      publisherKey: string;
      sourceRef:
        | { kind: "clawhub"; skillId: Id<"skills"> }
        | { externalId: string; kind: "skills-sh" };
      updatedAt: number;
      upstreamRank: number | null;
      _id: Id<"canonicalTrendingNativePoolItems">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "bookmarks24h"
      | "card"
      | "card.canonicalUrl"
      | "card.displayName"
      | "card.featured"
      | "card.id"
      | "card.install"
      | "card.install.kind"
      | "card.install.reference"
      | "card.install.sourceUrl"
      | "card.links"
      | "card.links.canonical"
      | "card.links.source"
      | "card.metrics"
      | "card.metrics.lifetimeInstalls"
      | "card.metrics.lifetimeInstallsPeriod"
      | "card.metrics.trending24hBookmarks"
      | "card.metrics.trending24hDownloads"
      | "card.metrics.trending24hInstalls"
      | "card.metrics.updatedAt"
      | "card.official"
      | "card.publisher"
      | "card.publisher.displayName"
      | "card.publisher.handle"
      | "card.publisher.image"
      | "card.publisher.kind"
      | "card.publisher.official"
      | "card.slug"
      | "card.source"
      | "card.sourceIdentity"
      | "card.sourceIdentity.host"
      | "card.sourceIdentity.id"
      | "card.sourceIdentity.lifetimeInstalls"
      | "card.sourceIdentity.owner"
      | "card.sourceIdentity.repo"
      | "card.summary"
      | "card.trust"
      | "card.trust.clawHubVerdict"
      | "card.trust.installability"
      | "card.trust.sourceFreshness"
      | "card.trust.upstreamScanners"
      | "card.trust.upstreamScanners.genAgentTrustHub"
      | "card.trust.upstreamScanners.genAgentTrustHub.sourceCheckedAt"
      | "card.trust.upstreamScanners.genAgentTrustHub.sourceUrl"
      | "card.trust.upstreamScanners.genAgentTrustHub.status"
      | "card.trust.upstreamScanners.snyk"
      | "card.trust.upstreamScanners.snyk.sourceCheckedAt"
      | "card.trust.upstreamScanners.snyk.sourceUrl"
      | "card.trust.upstreamScanners.snyk.status"
      | "card.trust.upstreamScanners.socket"
      | "card.trust.upstreamScanners.socket.sourceCheckedAt"
      | "card.trust.upstreamScanners.socket.sourceUrl"
      | "card.trust.upstreamScanners.socket.status"
      | "card.trust.visibility"
      | "createdAt"
      | "downloads24h"
      | "expiresAt"
      | "identity"
      | "installs24h"
      | "lane"
      | "poolId"
      | "position"
      | "publisherKey"
      | "sourceRef"
      | "sourceRef.externalId"
      | "sourceRef.kind"
      | "sourceRef.skillId"
      | "updatedAt"
      | "upstreamRank";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_expires_at: ["expiresAt", "_creationTime"];
      by_pool_id_and_lane_and_position: [
        "poolId",
        "lane",
        "position",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  canonicalTrendingNativePools: {
    document: {
      completedAt?: number;
      error?: string;
      expiresAt: number;
      generatedAt: number;
      operations?: {
        documentsRead: number;
        documentsWritten: number;
        functionCalls: number;
      };
      poolId: string;
      rankingVersion: string;
      sealedGeneration: number;
      sourceCounts?: { clawhubRising: number; clawhubTrending: number };
      status: "building" | "ready" | "failed";
      windowEndHour: number;
      windowStartHour: number;
      writtenRisingItems: number;
      writtenTrendingItems: number;
      _id: Id<"canonicalTrendingNativePools">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "completedAt"
      | "error"
      | "expiresAt"
      | "generatedAt"
      | "operations"
      | "operations.documentsRead"
      | "operations.documentsWritten"
      | "operations.functionCalls"
      | "poolId"
      | "rankingVersion"
      | "sealedGeneration"
      | "sourceCounts"
      | "sourceCounts.clawhubRising"
      | "sourceCounts.clawhubTrending"
      | "status"
      | "windowEndHour"
      | "windowStartHour"
      | "writtenRisingItems"
      | "writtenTrendingItems";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_expires_at: ["expiresAt", "_creationTime"];
      by_pool_id: ["poolId", "_creationTime"];
      by_status_and_generated_at: ["status", "generatedAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  canonicalTrendingSnapshots: {
    document: {
      completedAt?: number;
      error?: string;
      expiresAt: number;
      generatedAt: number;
      kind: "skills";
      nativePoolId?: string;
      operations?: {
        documentsRead: number;
        documentsWritten: number;
        functionCalls: number;
      };
      rankingVersion: string;
      snapshotId: string;
      sourceCounts?: {
        clawhubRising: number;
        clawhubTrending: number;
        skillsShTrending: number;
      };
      status: "building" | "ready" | "failed";
      totalItems?: number;
      windowEndDay: number;
      windowEndHour?: number;
      windowHours: number;
      windowStartDay: number;
      windowStartHour?: number;
      writtenItems: number;
      _id: Id<"canonicalTrendingSnapshots">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "completedAt"
      | "error"
      | "expiresAt"
      | "generatedAt"
      | "kind"
      | "nativePoolId"
      | "operations"
      | "operations.documentsRead"
      | "operations.documentsWritten"
      | "operations.functionCalls"
      | "rankingVersion"
      | "snapshotId"
      | "sourceCounts"
      | "sourceCounts.clawhubRising"
      | "sourceCounts.clawhubTrending"
      | "sourceCounts.skillsShTrending"
      | "status"
      | "totalItems"
      | "windowEndDay"
      | "windowEndHour"
      | "windowHours"
      | "windowStartDay"
      | "windowStartHour"
      | "writtenItems";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_expires_at: ["expiresAt", "_creationTime"];
      by_kind_and_status_and_expires_at: [
        "kind",
        "status",
        "expiresAt",
        "_creationTime",
      ];
      by_snapshot_id: ["snapshotId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  catalogClassificationResults: {
    document: {
      appliedAt?: number;
      applyStatus: "preview" | "applied" | "stale" | "skipped-author" | "error";
      categories: Array<string>;
      categoryCandidateCount: number;
      categoryCandidates: Array<{
        category: string;
        evidence: Array<string>;
        primaryEvidence?: boolean;
        primaryEvidenceCount?: number;
        score: number;
        sources: Array<string>;
        strongEvidence?: boolean;
        strongPrimaryEvidence?: boolean;
      }>;
      categoryConfidence: "high" | "medium" | "low";
      categoryNeedsReview: boolean;
      classifiedAt: number;
      classifierVersion: string;
      error?: string;
      inputHash: string;
      packageId?: Id<"packages">;
      packageReleaseId?: Id<"packageReleases">;
      skillId?: Id<"skills">;
      skillVersionId?: Id<"skillVersions">;
      targetKind: "skill" | "plugin";
      topicCandidateCount: number;
      topicCandidates: Array<{
        confidence: "high" | "medium" | "low";
        evidence: Array<string>;
        primaryEvidence: boolean;
        primarySourceCount: number;
        score: number;
        slug: string;
        sources: Array<string>;
        strongEvidence: boolean;
        suppressedBy?: string;
        topic: string;
      }>;
      topicClassifierVersion: string;
      topicConfidence: "high" | "medium" | "low";
      topicInputHash: string;
      topicNeedsReview: boolean;
      topics: Array<string>;
      unknownSignals: Array<string>;
      _id: Id<"catalogClassificationResults">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "appliedAt"
      | "applyStatus"
      | "categories"
      | "categoryCandidateCount"
      | "categoryCandidates"
      | "categoryConfidence"
      | "categoryNeedsReview"
      | "classifiedAt"
      | "classifierVersion"
      | "error"
      | "inputHash"
      | "packageId"
      | "packageReleaseId"
      | "skillId"
      | "skillVersionId"
      | "targetKind"
      | "topicCandidateCount"
      | "topicCandidates"
      | "topicClassifierVersion"
      | "topicConfidence"
      | "topicInputHash"
      | "topicNeedsReview"
      | "topics"
      | "unknownSignals";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_apply_status: ["applyStatus", "classifiedAt", "_creationTime"];
      by_category_confidence: [
        "categoryConfidence",
        "classifiedAt",
        "_creationTime",
      ];
      by_package: ["packageId", "_creationTime"];
      by_skill: ["skillId", "_creationTime"];
      by_topic_confidence: ["topicConfidence", "classifiedAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  catalogFeedPublications: {
    document: {
      expiresAt: string;
      feedId: string;
      generatedAt: string;
      payload: string;
      payloadSha256: string;
      publishedAt: number;
      sequence: number;
      _id: Id<"catalogFeedPublications">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "expiresAt"
      | "feedId"
      | "generatedAt"
      | "payload"
      | "payloadSha256"
      | "publishedAt"
      | "sequence";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_feed: ["feedId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  cliDeviceCodes: {
    document: {
      approvedAt?: number;
      approvedByUserId?: Id<"users">;
      consumedAt?: number;
      createdAt: number;
      deniedAt?: number;
      deviceCodeHash: string;
      expiresAt: number;
      label: string;
      scope: string;
      status: "pending" | "approved" | "denied" | "consumed" | "expired";
      userCode: string;
      userCodeHash: string;
      _id: Id<"cliDeviceCodes">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "approvedAt"
      | "approvedByUserId"
      | "consumedAt"
      | "createdAt"
      | "deniedAt"
      | "deviceCodeHash"
      | "expiresAt"
      | "label"
      | "scope"
      | "status"
      | "userCode"
      | "userCodeHash";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_device_code_hash: ["deviceCodeHash", "_creationTime"];
      by_status_expires: ["status", "expiresAt", "_creationTime"];
      by_user_code_hash: ["userCodeHash", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  curatedSkillSearchDigest: {
    document: {
      categories?: Array<string>;
      createdAt: number;
      displayName: string;
      isSuspicious?: boolean;
      recommendedScore?: number;
      skillId: Id<"skills">;
      slug: string;
      softDeletedAt?: number;
      statsDownloads?: number;
      statsInstallsAllTime?: number;
      statsStars?: number;
      summary?: string;
      topics?: Array<string>;
      updatedAt: number;
      _id: Id<"curatedSkillSearchDigest">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "categories"
      | "createdAt"
      | "displayName"
      | "isSuspicious"
      | "recommendedScore"
      | "skillId"
      | "slug"
      | "softDeletedAt"
      | "statsDownloads"
      | "statsInstallsAllTime"
      | "statsStars"
      | "summary"
      | "topics"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_active_created: ["softDeletedAt", "createdAt", "_creationTime"];
      by_active_downloads: [
        "softDeletedAt",
        "statsDownloads",
        "updatedAt",
        "_creationTime",
      ];
      by_active_installs: [
        "softDeletedAt",
        "statsInstallsAllTime",
        "updatedAt",
        "_creationTime",
      ];
      by_active_name: ["softDeletedAt", "displayName", "_creationTime"];
      by_active_recommended_score: [
        "softDeletedAt",
        "recommendedScore",
        "updatedAt",
        "_creationTime",
      ];
      by_active_stars: [
        "softDeletedAt",
        "statsStars",
        "updatedAt",
        "_creationTime",
      ];
      by_active_updated: ["softDeletedAt", "updatedAt", "_creationTime"];
      by_nonsuspicious_created: [
        "softDeletedAt",
        "isSuspicious",
        "createdAt",
        "_creationTime",
      ];
      by_nonsuspicious_downloads: [
        "softDeletedAt",
        "isSuspicious",
        "statsDownloads",
        "updatedAt",
        "_creationTime",
      ];
      by_nonsuspicious_installs: [
        "softDeletedAt",
        "isSuspicious",
        "statsInstallsAllTime",
        "updatedAt",
        "_creationTime",
      ];
      by_nonsuspicious_name: [
        "softDeletedAt",
        "isSuspicious",
        "displayName",
        "_creationTime",
      ];
      by_nonsuspicious_recommended_score: [
        "softDeletedAt",
        "isSuspicious",
        "recommendedScore",
        "updatedAt",
        "_creationTime",
      ];
      by_nonsuspicious_stars: [
        "softDeletedAt",
        "isSuspicious",
        "statsStars",
        "updatedAt",
        "_creationTime",
      ];
      by_nonsuspicious_updated: [
        "softDeletedAt",
        "isSuspicious",
        "updatedAt",
        "_creationTime",
      ];
      by_skill: ["skillId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  downloadMetricDedupes: {
    document: {
      createdAt: number;
      dayStart: number;
      identityHash: string;
      identityKind: "user" | "ip";
      targetId: string;
      targetKind: "skill" | "package";
      _id: Id<"downloadMetricDedupes">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "dayStart"
      | "identityHash"
      | "identityKind"
      | "targetId"
      | "targetKind";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_day: ["dayStart", "_creationTime"];
      by_target_identity_day: [
        "targetKind",
        "targetId",
        "identityKind",
        "identityHash",
        "dayStart",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  embeddingSkillMap: {
    document: {
      embeddingId: Id<"skillEmbeddings">;
      skillId: Id<"skills">;
      _id: Id<"embeddingSkillMap">;
      _creationTime: number;
    };
    fieldPaths: "_creationTime" | "_id" | "embeddingId" | "skillId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_embedding: ["embeddingId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  githubOrgMemberships: {
    document: {
      avatarUrl?: string;
      githubOrgId: string;
      login: string;
      role: "admin" | "member";
      syncedAt: number;
      userId: Id<"users">;
      _id: Id<"githubOrgMemberships">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "avatarUrl"
      | "githubOrgId"
      | "login"
      | "role"
      | "syncedAt"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_user: ["userId", "_creationTime"];
      by_user_and_github_org: ["userId", "githubOrgId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  githubSkillCandidates: {
    document: {
      canceledAt?: number;
      cancellationReason?: string;
      createdAt: number;
      displayName: string;
      failedAt?: number;
      githubCommit: string;
      githubContentHash: string;
      githubHasSkillCard: boolean;
      githubPath: string;
      githubRepo?: string;
      githubSourceId: Id<"githubSkillSources">;
      icon?: string;
      lifecycleStatus?:
        | "pending"
        | "promoted"
        | "superseded"
        | "rejected"
        | "failed"
        | "canceled"
        | "rolled_back";
      previousCandidateId?: Id<"githubSkillCandidates">;
      promotedAt?: number;
      rejectedAt?: number;
      rolledBackAt?: number;
      scanStatus: "clean" | "suspicious" | "malicious" | "pending" | "failed";
      skillCardMarkdown?: string;
      skillCardMarkdownPath?: string;
      skillId: Id<"skills">;
      skillMarkdown?: string;
      skillMarkdownPath?: string;
      summary?: string;
      supersededAt?: number;
      supersededByCandidateId?: Id<"githubSkillCandidates">;
      updatedAt: number;
      upstreamVersion?: string;
      verdictSourceScanId?: Id<"githubSkillScans">;
      _id: Id<"githubSkillCandidates">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "canceledAt"
      | "cancellationReason"
      | "createdAt"
      | "displayName"
      | "failedAt"
      | "githubCommit"
      | "githubContentHash"
      | "githubHasSkillCard"
      | "githubPath"
      | "githubRepo"
      | "githubSourceId"
      | "icon"
      | "lifecycleStatus"
      | "previousCandidateId"
      | "promotedAt"
      | "rejectedAt"
      | "rolledBackAt"
      | "scanStatus"
      | "skillCardMarkdown"
      | "skillCardMarkdownPath"
      | "skillId"
      | "skillMarkdown"
      | "skillMarkdownPath"
      | "summary"
      | "supersededAt"
      | "supersededByCandidateId"
      | "updatedAt"
      | "upstreamVersion"
      | "verdictSourceScanId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_github_source: ["githubSourceId", "_creationTime"];
      by_github_source_and_lifecycle_status: [
        "githubSourceId",
        "lifecycleStatus",
        "_creationTime",
      ];
      by_skill: ["skillId", "_creationTime"];
      by_skill_and_commit_and_content_hash: [
        "skillId",
        "githubCommit",
        "githubContentHash",
        "_creationTime",
      ];
      by_skill_and_content_hash: [
        "skillId",
        "githubContentHash",
        "_creationTime",
      ];
      by_skill_and_repo_source_commit_path_hash: [
        "skillId",
        "githubRepo",
        "githubSourceId",
        "githubCommit",
        "githubPath",
        "githubContentHash",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  githubSkillContents: {
    document: {
      createdAt: number;
      fetchedAt: number;
      githubCommit: string;
      githubContentHash: string;
      githubPath: string;
      githubSourceId: Id<"githubSkillSources">;
      skillCardMarkdown?: string;
      skillCardMarkdownPath?: string;
      skillId: Id<"skills">;
      skillMarkdown: string;
      skillMarkdownPath: string;
      updatedAt: number;
      _id: Id<"githubSkillContents">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "fetchedAt"
      | "githubCommit"
      | "githubContentHash"
      | "githubPath"
      | "githubSourceId"
      | "skillCardMarkdown"
      | "skillCardMarkdownPath"
      | "skillId"
      | "skillMarkdown"
      | "skillMarkdownPath"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_github_source: ["githubSourceId", "_creationTime"];
      by_skill: ["skillId", "_creationTime"];
      by_skill_and_content_hash: [
        "skillId",
        "githubContentHash",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  githubSkillScans: {
    document: {
      commit: string;
      completedAt?: number;
      contentHash: string;
      createdAt: number;
      githubSourceId: Id<"githubSkillSources">;
      lastError?: string;
      llmAnalysis?: {
        agenticRiskFindings?: Array<{
          categoryId: string;
          categoryLabel: string;
          confidence: "high" | "medium" | "low";
          evidence?: { explanation: string; path: string; snippet: string };
          recommendation: string;
          riskBucket:
            | "abnormal_behavior_control"
            | "permission_boundary"
            | "sensitive_data_protection";
          severity: string;
          status: "none" | "note" | "concern";
          userImpact: string;
        }>;
        checkedAt: number;
        confidence?: string;
        dimensions?: Array<{
          detail: string;
          label: string;
          name: string;
          rating: string;
        }>;
        findings?: string;
        guidance?: string;
        model?: string;
        riskSummary?: {
          abnormal_behavior_control: {
            highestSeverity?: string;
            status: "none" | "note" | "concern";
            summary: string;
          };
          permission_boundary: {
            highestSeverity?: string;
            status: "none" | "note" | "concern";
            summary: string;
          };
          sensitive_data_protection: {
            highestSeverity?: string;
            status: "none" | "note" | "concern";
            summary: string;
          };
        };
        status: string;
        summary?: string;
        verdict?: string;
      };
      path: string;
      runId?: string;
      skillId: Id<"skills">;
      skillScanRequestId?: Id<"skillScanRequests">;
      skillSpectorAnalysis?: {
        checkedAt: number;
        error?: string;
        issueCount: number;
        issues: Array<{
          category?: string;
          codeSnippet?: string;
          confidence?: number;
          endLine?: number;
          explanation: string;
          file?: string;
          finding?: string;
          issueId: string;
          pattern?: string;
          remediation?: string;
          severity: string;
          startLine?: number;
        }>;
        recommendation?: string;
        scannerVersion?: string;
        score?: number;
        severity?: string;
        status: string;
        summary?: string;
      };
      staticScan?: {
        checkedAt: number;
        engineVersion: string;
        findings: Array<{
          code: string;
          evidence: string;
          file: string;
          line: number;
          message: string;
          severity: "info" | "warn" | "critical";
        }>;
        reasonCodes: Array<string>;
        status: "clean" | "suspicious" | "malicious";
        summary: string;
      };
      status: "clean" | "suspicious" | "malicious" | "pending" | "failed";
      updatedAt: number;
      _id: Id<"githubSkillScans">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "commit"
      | "completedAt"
      | "contentHash"
      | "createdAt"
      | "githubSourceId"
      | "lastError"
      | "llmAnalysis"
      | "llmAnalysis.agenticRiskFindings"
      | "llmAnalysis.checkedAt"
      | "llmAnalysis.confidence"
      | "llmAnalysis.dimensions"
      | "llmAnalysis.findings"
      | "llmAnalysis.guidance"
      | "llmAnalysis.model"
      | "llmAnalysis.riskSummary"
      | "llmAnalysis.riskSummary.abnormal_behavior_control"
      | "llmAnalysis.riskSummary.abnormal_behavior_control.highestSeverity"
      | "llmAnalysis.riskSummary.abnormal_behavior_control.status"
      | "llmAnalysis.riskSummary.abnormal_behavior_control.summary"
      | "llmAnalysis.riskSummary.permission_boundary"
      | "llmAnalysis.riskSummary.permission_boundary.highestSeverity"
      | "llmAnalysis.riskSummary.permission_boundary.status"
      | "llmAnalysis.riskSummary.permission_boundary.summary"
      | "llmAnalysis.riskSummary.sensitive_data_protection"
      | "llmAnalysis.riskSummary.sensitive_data_protection.highestSeverity"
      | "llmAnalysis.riskSummary.sensitive_data_protection.status"
      | "llmAnalysis.riskSummary.sensitive_data_protection.summary"
      | "llmAnalysis.status"
      | "llmAnalysis.summary"
      | "llmAnalysis.verdict"
      | "path"
      | "runId"
      | "skillId"
      | "skillScanRequestId"
      | "skillSpectorAnalysis"
      | "skillSpectorAnalysis.checkedAt"
      | "skillSpectorAnalysis.error"
      | "skillSpectorAnalysis.issueCount"
      | "skillSpectorAnalysis.issues"
      | "skillSpectorAnalysis.recommendation"
      | "skillSpectorAnalysis.scannerVersion"
      | "skillSpectorAnalysis.score"
      | "skillSpectorAnalysis.severity"
      | "skillSpectorAnalysis.status"
      | "skillSpectorAnalysis.summary"
      | "staticScan"
      | "staticScan.checkedAt"
      | "staticScan.engineVersion"
      | "staticScan.findings"
      | "staticScan.reasonCodes"
      | "staticScan.status"
      | "staticScan.summary"
      | "status"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_github_source_and_updated_at: [
        "githubSourceId",
        "updatedAt",
        "_creationTime",
      ];
      by_skill_and_content_hash: ["skillId", "contentHash", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  githubSkillSources: {
    document: {
      authorizationCheckedAt?: number;
      authorizationError?: string;
      authorizationStatus?: "active" | "revoked";
      createdAt: number;
      defaultBranch?: string;
      disconnectedOwnerPublisherId?: Id<"publishers">;
      displayManifest?: {
        groupings: Array<{
          description?: string;
          skills: Array<string>;
          title: string;
        }>;
        notGrouped?: "top" | "bottom";
      };
      displayManifestCommit?: string;
      displayManifestFetchedAt?: number;
      displayManifestHash?: string;
      displayManifestKind?: "skills.sh";
      displayManifestStatus?: "ok" | "missing" | "invalid" | "failed";
      githubOwnerId?: string;
      githubRepositoryId?: string;
      lastSyncError?: string;
      lastSyncErrorAt?: number;
      lastSyncInvalidSkills?: Array<{
        displayName: string;
        error: string;
        path: string;
        slug: string;
      }>;
      lastSyncIssues?: Array<{
        displayName: string;
        existingOwnerHandle?: string;
        kind: "invalid_slug" | "slug_conflict";
        message: string;
        path: string;
        severity: "error" | "warning";
        slug: string;
      }>;
      lastSyncStatus?: "ok" | "failed" | "skipped";
      ownerPublisherId?: Id<"publishers">;
      repo: string;
      updatedAt: number;
      _id: Id<"githubSkillSources">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "authorizationCheckedAt"
      | "authorizationError"
      | "authorizationStatus"
      | "createdAt"
      | "defaultBranch"
      | "disconnectedOwnerPublisherId"
      | "displayManifest"
      | "displayManifest.groupings"
      | "displayManifest.notGrouped"
      | "displayManifestCommit"
      | "displayManifestFetchedAt"
      | "displayManifestHash"
      | "displayManifestKind"
      | "displayManifestStatus"
      | "githubOwnerId"
      | "githubRepositoryId"
      | "lastSyncError"
      | "lastSyncErrorAt"
      | "lastSyncInvalidSkills"
      | "lastSyncIssues"
      | "lastSyncStatus"
      | "ownerPublisherId"
      | "repo"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_created: ["createdAt", "_creationTime"];
      by_github_repository_id: ["githubRepositoryId", "_creationTime"];
      by_owner_publisher: ["ownerPublisherId", "_creationTime"];
      by_owner_publisher_and_repo: [
        "ownerPublisherId",
        "repo",
        "_creationTime",
      ];
      by_repo: ["repo", "_creationTime"];
      by_updated: ["updatedAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  globalStats: {
    document: {
      activeExternalSkillsCount?: number;
      activePluginsCount?: number;
      activeSkillsCount: number;
      key: string;
      updatedAt: number;
      _id: Id<"globalStats">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "activeExternalSkillsCount"
      | "activePluginsCount"
      | "activeSkillsCount"
      | "key"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_key: ["key", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  httpRateLimitKeys: {
    document: {
      expiresAt: number;
      key: string;
      lastTouchedAt: number;
      name: string;
      shard?: number;
      _id: Id<"httpRateLimitKeys">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "expiresAt"
      | "key"
      | "lastTouchedAt"
      | "name"
      | "shard";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_expires_at: ["expiresAt", "_creationTime"];
      by_name_and_key_and_expires_at: [
        "name",
        "key",
        "expiresAt",
        "_creationTime",
      ];
      by_name_and_key_and_shard: ["name", "key", "shard", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  installTelemetryDedupes: {
    document: {
      createdAt: number;
      dayStart: number;
      skillId: Id<"skills">;
      userId: Id<"users">;
      _id: Id<"installTelemetryDedupes">;
      _creationTime: number;
    };
    fieldPaths:
      "_creationTime" | "_id" | "createdAt" | "dayStart" | "skillId" | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_day: ["dayStart", "_creationTime"];
      by_skill: ["skillId", "_creationTime"];
      by_user: ["userId", "_creationTime"];
      by_user_createdAt: ["userId", "createdAt", "_creationTime"];
      by_user_skill_day: ["userId", "skillId", "dayStart", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  officialPluginMigrations: {
    document: {
      blockers: Array<string>;
      bundledPluginId: string;
      createdAt: number;
      hostTargetsComplete: boolean;
      moderationApproved: boolean;
      notes?: string;
      owner?: string;
      packageId?: Id<"packages">;
      packageName: string;
      phase:
        | "planned"
        | "published"
        | "clawpack-ready"
        | "legacy-zip-only"
        | "metadata-ready"
        | "blocked"
        | "ready-for-openclaw";
      runtimeBundlesReady: boolean;
      scanClean: boolean;
      sourceCommit?: string;
      sourcePath?: string;
      sourceRepo?: string;
      updatedAt: number;
      _id: Id<"officialPluginMigrations">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "blockers"
      | "bundledPluginId"
      | "createdAt"
      | "hostTargetsComplete"
      | "moderationApproved"
      | "notes"
      | "owner"
      | "packageId"
      | "packageName"
      | "phase"
      | "runtimeBundlesReady"
      | "scanClean"
      | "sourceCommit"
      | "sourcePath"
      | "sourceRepo"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_bundled_plugin: ["bundledPluginId", "_creationTime"];
      by_package_name: ["packageName", "_creationTime"];
      by_phase_updatedAt: ["phase", "updatedAt", "_creationTime"];
      by_updatedAt: ["updatedAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  officialPublishers: {
    document: {
      createdAt: number;
      createdByUserId?: Id<"users">;
      publisherId: Id<"publishers">;
      reason?: string;
      updatedAt: number;
      _id: Id<"officialPublishers">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "createdByUserId"
      | "publisherId"
      | "reason"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_created: ["createdAt", "_creationTime"];
      by_publisher: ["publisherId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  packageAppeals: {
    document: {
      actionTaken?: "none" | "approve";
      createdAt: number;
      message: string;
      packageId: Id<"packages">;
      releaseId: Id<"packageReleases">;
      resolutionNote?: string;
      resolvedAt?: number;
      resolvedBy?: Id<"users">;
      status: "open" | "accepted" | "rejected";
      userId: Id<"users">;
      version: string;
      _id: Id<"packageAppeals">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "actionTaken"
      | "createdAt"
      | "message"
      | "packageId"
      | "releaseId"
      | "resolutionNote"
      | "resolvedAt"
      | "resolvedBy"
      | "status"
      | "userId"
      | "version";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_createdAt: ["createdAt", "_creationTime"];
      by_package: ["packageId", "_creationTime"];
      by_release_status_createdAt: [
        "releaseId",
        "status",
        "createdAt",
        "_creationTime",
      ];
      by_status_createdAt: ["status", "createdAt", "_creationTime"];
      by_user_createdAt: ["userId", "createdAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  packageBadges: {
    document: {
      at: number;
      byUserId: Id<"users">;
      kind: "highlighted";
      packageId: Id<"packages">;
      _id: Id<"packageBadges">;
      _creationTime: number;
    };
    fieldPaths:
      "_creationTime" | "_id" | "at" | "byUserId" | "kind" | "packageId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_kind_at: ["kind", "at", "_creationTime"];
      by_package: ["packageId", "_creationTime"];
      by_package_kind: ["packageId", "kind", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  packageDailyStats: {
    document: {
      bookmarks?: number;
      day: number;
      downloads: number;
      installs: number;
      packageId: Id<"packages">;
      rankingDatasetVersion?: string;
      rankingImportedAt?: number;
      updatedAt: number;
      _id: Id<"packageDailyStats">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "bookmarks"
      | "day"
      | "downloads"
      | "installs"
      | "packageId"
      | "rankingDatasetVersion"
      | "rankingImportedAt"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_day: ["day", "_creationTime"];
      by_package_day: ["packageId", "day", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  packageInspectorFindingNotifications: {
    document: {
      email: string;
      findingCount: number;
      ownerPublisherId?: Id<"publishers">;
      ownerUserId: Id<"users">;
      packageId: Id<"packages">;
      packageName: string;
      releaseId: Id<"packageReleases">;
      sentAt: number;
      version: string;
      _id: Id<"packageInspectorFindingNotifications">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "email"
      | "findingCount"
      | "ownerPublisherId"
      | "ownerUserId"
      | "packageId"
      | "packageName"
      | "releaseId"
      | "sentAt"
      | "version";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_owner_user_sent: ["ownerUserId", "sentAt", "_creationTime"];
      by_release: ["releaseId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  packageInspectorScanCursors: {
    document: {
      cursor?: string | null;
      leaseExpiresAt?: number;
      name: string;
      pendingCursor?: string | null;
      runId?: string;
      updatedAt: number;
      _id: Id<"packageInspectorScanCursors">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "cursor"
      | "leaseExpiresAt"
      | "name"
      | "pendingCursor"
      | "runId"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_name: ["name", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  packageInspectorScanStates: {
    document: {
      completedAt: number;
      inspectorVersion: string;
      notificationCompletedAt?: number;
      packageId: Id<"packages">;
      releaseId: Id<"packageReleases">;
      targetOpenClawVersion: string;
      _id: Id<"packageInspectorScanStates">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "completedAt"
      | "inspectorVersion"
      | "notificationCompletedAt"
      | "packageId"
      | "releaseId"
      | "targetOpenClawVersion";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_release_and_completed_at: [
        "releaseId",
        "completedAt",
        "_creationTime",
      ];
      by_release_and_inspector_version_and_target_openclaw_version: [
        "releaseId",
        "inspectorVersion",
        "targetOpenClawVersion",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  packageInspectorWarnings: {
    document: {
      authorRemediation?: { docsUrl?: string; summary: string };
      code: string;
      compatStatus?: string;
      createdAt: number;
      decision?: string;
      deprecated?: boolean;
      evidence?: Array<string>;
      findingKind?: "warning" | "error";
      fixture?: string;
      inspectorFindingId?: string;
      inspectorVersion?: string;
      issueClass?: string;
      level?: string;
      message: string;
      ownerPublisherId?: Id<"publishers">;
      ownerUserId: Id<"users">;
      packageId: Id<"packages">;
      packageName: string;
      releaseId: Id<"packageReleases">;
      scanSource?: "publish" | "nightly";
      severity?: string;
      targetOpenClawVersion?: string;
      version: string;
      _id: Id<"packageInspectorWarnings">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "authorRemediation"
      | "authorRemediation.docsUrl"
      | "authorRemediation.summary"
      | "code"
      | "compatStatus"
      | "createdAt"
      | "decision"
      | "deprecated"
      | "evidence"
      | "findingKind"
      | "fixture"
      | "inspectorFindingId"
      | "inspectorVersion"
      | "issueClass"
      | "level"
      | "message"
      | "ownerPublisherId"
      | "ownerUserId"
      | "packageId"
      | "packageName"
      | "releaseId"
      | "scanSource"
      | "severity"
      | "targetOpenClawVersion"
      | "version";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_owner_publisher_created: [
        "ownerPublisherId",
        "createdAt",
        "_creationTime",
      ];
      by_owner_user_created: ["ownerUserId", "createdAt", "_creationTime"];
      by_package_created: ["packageId", "createdAt", "_creationTime"];
      by_release: ["releaseId", "_creationTime"];
      by_release_created: ["releaseId", "createdAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  packageInstallMetricDedupes: {
    document: {
      createdAt: number;
      dayStart: number;
      identityHash: string;
      identityKind: "user" | "ip";
      metricKind: "install";
      targetId: Id<"packages">;
      targetKind: "package";
      _id: Id<"packageInstallMetricDedupes">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "dayStart"
      | "identityHash"
      | "identityKind"
      | "metricKind"
      | "targetId"
      | "targetKind";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_day: ["dayStart", "_creationTime"];
      by_target_metric_identity_day: [
        "targetKind",
        "targetId",
        "metricKind",
        "identityKind",
        "identityHash",
        "dayStart",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  packageLeaderboards: {
    document: {
      generatedAt: number;
      items: Array<{
        downloads: number;
        installs: number;
        packageId: Id<"packages">;
        score: number;
      }>;
      kind: string;
      rangeEndDay: number;
      rangeStartDay: number;
      _id: Id<"packageLeaderboards">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "generatedAt"
      | "items"
      | "kind"
      | "rangeEndDay"
      | "rangeStartDay";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_kind: ["kind", "generatedAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  packageModerationEventLogs: {
    document: {
      action: string;
      actorUserId: Id<"users">;
      appealId?: Id<"packageAppeals">;
      createdAt: number;
      kind: "report" | "appeal";
      metadata?: any;
      reportId?: Id<"packageReports">;
      _id: Id<"packageModerationEventLogs">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "action"
      | "actorUserId"
      | "appealId"
      | "createdAt"
      | "kind"
      | "metadata"
      | "reportId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_actor_createdAt: ["actorUserId", "createdAt", "_creationTime"];
      by_appeal_createdAt: ["appealId", "createdAt", "_creationTime"];
      by_report_createdAt: ["reportId", "createdAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  packagePluginCategorySearchDigest: {
    document: {
      categories?: Array<string>;
      channel: "official" | "community" | "private";
      createdAt: number;
      displayName: string;
      family: "skill" | "code-plugin" | "bundle-plugin" | "claw";
      icon?: string;
      isOfficial: boolean;
      latestVersion?: string;
      name: string;
      normalizedName: string;
      ownerHandle?: string;
      ownerKind?: "user" | "org";
      ownerPublisherId?: Id<"publishers">;
      ownerUserId: Id<"users">;
      packageId: Id<"packages">;
      pluginCategory: string;
      pluginCategoryTags?: Array<string>;
      recommendedScore?: number;
      recommendedScoreVersion?: number;
      runtimeId?: string;
      scanStatus?: "clean" | "suspicious" | "malicious" | "pending" | "not-run";
      softDeletedAt?: number;
      stats?: {
        downloads: number;
        installs: number;
        stars: number;
        versions: number;
      };
      summary?: string;
      topics?: Array<string>;
      updatedAt: number;
      verificationTier?:
        | "structural"
        | "source-linked"
        | "provenance-verified"
        | "rebuild-verified";
      _id: Id<"packagePluginCategorySearchDigest">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "categories"
      | "channel"
      | "createdAt"
      | "displayName"
      | "family"
      | "icon"
      | "isOfficial"
      | "latestVersion"
      | "name"
      | "normalizedName"
      | "ownerHandle"
      | "ownerKind"
      | "ownerPublisherId"
      | "ownerUserId"
      | "packageId"
      | "pluginCategory"
      | "pluginCategoryTags"
      | "recommendedScore"
      | "recommendedScoreVersion"
      | "runtimeId"
      | "scanStatus"
      | "softDeletedAt"
      | "stats"
      | "stats.downloads"
      | "stats.installs"
      | "stats.stars"
      | "stats.versions"
      | "summary"
      | "topics"
      | "updatedAt"
      | "verificationTier";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_active_category_downloads: [
        "softDeletedAt",
        "pluginCategory",
        "stats.downloads",
        "updatedAt",
        "_creationTime",
      ];
      by_active_category_installs: [
        "softDeletedAt",
        "pluginCategory",
        "stats.installs",
        "updatedAt",
        "_creationTime",
      ];
      by_active_category_recommended_score: [
        "softDeletedAt",
        "pluginCategory",
        "recommendedScore",
        "updatedAt",
        "_creationTime",
      ];
      by_active_category_updated: [
        "softDeletedAt",
        "pluginCategory",
        "updatedAt",
        "_creationTime",
      ];
      by_active_channel_category_downloads: [
        "softDeletedAt",
        "channel",
        "pluginCategory",
        "stats.downloads",
        "updatedAt",
        "_creationTime",
      ];
      by_active_channel_category_updated: [
        "softDeletedAt",
        "channel",
        "pluginCategory",
        "updatedAt",
        "_creationTime",
      ];
      by_active_channel_official_category_downloads: [
        "softDeletedAt",
        "channel",
        "isOfficial",
        "pluginCategory",
        "stats.downloads",
        "updatedAt",
        "_creationTime",
      ];
      by_active_channel_official_category_updated: [
        "softDeletedAt",
        "channel",
        "isOfficial",
        "pluginCategory",
        "updatedAt",
        "_creationTime",
      ];
      by_active_family_category_downloads: [
        "softDeletedAt",
        "family",
        "pluginCategory",
        "stats.downloads",
        "updatedAt",
        "_creationTime",
      ];
      by_active_family_category_installs: [
        "softDeletedAt",
        "family",
        "pluginCategory",
        "stats.installs",
        "updatedAt",
        "_creationTime",
      ];
      by_active_family_category_recommended_score: [
        "softDeletedAt",
        "family",
        "pluginCategory",
        "recommendedScore",
        "updatedAt",
        "_creationTime",
      ];
      by_active_family_category_updated: [
        "softDeletedAt",
        "family",
        "pluginCategory",
        "updatedAt",
        "_creationTime",
      ];
      by_active_family_channel_category_downloads: [
        "softDeletedAt",
        "family",
        "channel",
        "pluginCategory",
        "stats.downloads",
        "updatedAt",
        "_creationTime",
      ];
      by_active_family_channel_category_updated: [
        "softDeletedAt",
        "family",
        "channel",
        "pluginCategory",
        "updatedAt",
        "_creationTime",
      ];
      by_active_family_channel_official_category_downloads: [
        "softDeletedAt",
        "family",
        "channel",
        "isOfficial",
        "pluginCategory",
        "stats.downloads",
        "updatedAt",
        "_creationTime",
      ];
      by_active_family_official_category_downloads: [
        "softDeletedAt",
        "family",
        "isOfficial",
        "pluginCategory",
        "stats.downloads",
        "updatedAt",
        "_creationTime",
      ];
      by_active_family_official_category_installs: [
        "softDeletedAt",
        "family",
        "isOfficial",
        "pluginCategory",
        "stats.installs",
        "updatedAt",
        "_creationTime",
      ];
      by_active_family_official_category_recommended_score: [
        "softDeletedAt",
        "family",
        "isOfficial",
        "pluginCategory",
        "recommendedScore",
        "updatedAt",
        "_creationTime",
      ];
      by_active_family_official_category_updated: [
        "softDeletedAt",
        "family",
        "isOfficial",
        "pluginCategory",
        "updatedAt",
        "_creationTime",
      ];
      by_active_official_category_downloads: [
        "softDeletedAt",
        "isOfficial",
        "pluginCategory",
        "stats.downloads",
        "updatedAt",
        "_creationTime",
      ];
      by_active_official_category_installs: [
        "softDeletedAt",
        "isOfficial",
        "pluginCategory",
        "stats.installs",
        "updatedAt",
        "_creationTime",
      ];
      by_active_official_category_recommended_score: [
        "softDeletedAt",
        "isOfficial",
        "pluginCategory",
        "recommendedScore",
        "updatedAt",
        "_creationTime",
      ];
      by_active_official_category_updated: [
        "softDeletedAt",
        "isOfficial",
        "pluginCategory",
        "updatedAt",
        "_creationTime",
      ];
      by_package: ["packageId", "pluginCategory", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  packagePublishTokens: {
    document: {
      actor?: string;
      actorId?: string;
      createdAt: number;
      environment?: string;
      expiresAt: number;
      lastUsedAt?: number;
      packageId: Id<"packages">;
      prefix: string;
      provider: "github-actions";
      ref: string;
      refType?: string;
      repository: string;
      repositoryId: string;
      repositoryOwner: string;
      repositoryOwnerId: string;
      revokedAt?: number;
      runAttempt: string;
      runId: string;
      sha: string;
      tokenHash: string;
      version: string;
      workflowFilename: string;
      _id: Id<"packagePublishTokens">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "actor"
      | "actorId"
      | "createdAt"
      | "environment"
      | "expiresAt"
      | "lastUsedAt"
      | "packageId"
      | "prefix"
      | "provider"
      | "ref"
      | "refType"
      | "repository"
      | "repositoryId"
      | "repositoryOwner"
      | "repositoryOwnerId"
      | "revokedAt"
      | "runAttempt"
      | "runId"
      | "sha"
      | "tokenHash"
      | "version"
      | "workflowFilename";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_hash: ["tokenHash", "_creationTime"];
      by_package: ["packageId", "version", "createdAt", "_creationTime"];
      by_package_revoked_created: [
        "packageId",
        "revokedAt",
        "createdAt",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  packagePublishUploadTickets: {
    document: {
      createdAt: number;
      expiresAt: number;
      kind: "user" | "github-actions";
      publishTokenId?: Id<"packagePublishTokens">;
      storageId?: Id<"_storage">;
      usedAt?: number;
      userId?: Id<"users">;
      _id: Id<"packagePublishUploadTickets">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "expiresAt"
      | "kind"
      | "publishTokenId"
      | "storageId"
      | "usedAt"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_publish_token: ["publishTokenId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  packageReleases: {
    document: {
      artifactKind?: "legacy-zip" | "npm-pack";
      changelog: string;
      clawManifestSummary?: {
        agent: { description?: string; id: string; name?: string };
        cronJobCount: number;
        mcpServerCount: number;
        packages: { pluginCount: number; skillCount: number };
        schemaVersion: 1;
        workspace: { bootstrapFiles: Array<string>; fileCount: number };
      };
      clawpackFormat?: "tgz";
      clawpackSha256?: string;
      clawpackSize?: number;
      clawpackStorageId?: Id<"_storage">;
      compatibility?: {
        builtWithOpenClawVersion?: string;
        minGatewayVersion?: string;
        pluginApiRange?: string;
        pluginSdkVersion?: string;
      };
      createdAt: number;
      createdBy: Id<"users">;
      distTags: Array<string>;
      extractedPackageJson?: any;
      extractedPluginManifest?: any;
      files: Array<{
        contentType?: string;
        path: string;
        sha256: string;
        size: number;
        storageId: Id<"_storage">;
      }>;
      icon?: string;
      integritySha256: string;
      llmAnalysis?: {
        agenticRiskFindings?: Array<{
          categoryId: string;
          categoryLabel: string;
          confidence: "high" | "medium" | "low";
          evidence?: { explanation: string; path: string; snippet: string };
          recommendation: string;
          riskBucket:
            | "abnormal_behavior_control"
            | "permission_boundary"
            | "sensitive_data_protection";
          severity: string;
          status: "none" | "note" | "concern";
          userImpact: string;
        }>;
        checkedAt: number;
        confidence?: string;
        dimensions?: Array<{
          detail: string;
          label: string;
          name: string;
          rating: string;
        }>;
        findings?: string;
        guidance?: string;
        model?: string;
        riskSummary?: {
          abnormal_behavior_control: {
            highestSeverity?: string;
            status: "none" | "note" | "concern";
            summary: string;
          };
          permission_boundary: {
            highestSeverity?: string;
            status: "none" | "note" | "concern";
            summary: string;
          };
          sensitive_data_protection: {
            highestSeverity?: string;
            status: "none" | "note" | "concern";
            summary: string;
          };
        };
        status: string;
        summary?: string;
        verdict?: string;
      };
      manifestSearchTerms?: Array<string>;
      manualModeration?: {
        reason: string;
        reviewerUserId: Id<"users">;
        state: "approved" | "quarantined" | "revoked";
        updatedAt: number;
      };
      normalizedBundleManifest?: any;
      npmFileCount?: number;
      npmIntegrity?: string;
      npmShasum?: string;
      npmTarballName?: string;
      npmUnpackedSize?: number;
      ownerDeletedAt?: number;
      ownerDeletedBy?: Id<"users">;
      packageId: Id<"packages">;
      pendingPublication?: any;
      pluginManifestSummary?: {
        bundledSkills: Array<{
          description?: string;
          name: string;
          rootPath: string;
          sha256: string;
          size: number;
          skillMdPath: string;
        }>;
        compatibility?: {
          builtWithOpenClawVersion?: string;
          minGatewayVersion?: string;
          pluginApiRange?: string;
          pluginSdkVersion?: string;
        };
        configFields: Array<{
          description?: string;
          name: string;
          required: boolean;
          sensitive: boolean;
        }>;
        icon?: string;
        manifestIdentity?: {
          description?: string;
          family?: string;
          name?: string;
          version?: string;
        };
        mcpServers: Array<{ name: string }>;
        schemaVersion: 1;
      };
      publicationStatus?: "pending" | "published" | "blocked";
      publishActor?:
        | { kind: "user"; userId: Id<"users"> }
        | {
            kind: "github-actions";
            repository: string;
            runAttempt: string;
            runId: string;
            sha: string;
            workflow: string;
          };
      publishAttemptId?: Id<"publishAttempts">;
      runtimeId?: string;
      sha256hash?: string;
      skillSpectorAnalysis?: {
        checkedAt: number;
        error?: string;
        issueCount: number;
        issues: Array<{
          category?: string;
          codeSnippet?: string;
          confidence?: number;
          endLine?: number;
          explanation: string;
          file?: string;
          finding?: string;
          issueId: string;
          pattern?: string;
          remediation?: string;
          severity: string;
          startLine?: number;
        }>;
        recommendation?: string;
        scannerVersion?: string;
        score?: number;
        severity?: string;
        status: string;
        summary?: string;
      };
      softDeletedAt?: number;
      source?: any;
      sourceRepo?: string;
      staticScan?: {
        checkedAt: number;
        engineVersion: string;
        findings: Array<{
          code: string;
          evidence: string;
          file: string;
          line: number;
          message: string;
          severity: "info" | "warn" | "critical";
        }>;
        reasonCodes: Array<string>;
        status: "clean" | "suspicious" | "malicious";
        summary: string;
      };
      summary?: string;
      verification?: {
        hasProvenance?: boolean;
        scanStatus?:
          "clean" | "suspicious" | "malicious" | "pending" | "not-run";
        scope: "artifact-only" | "dependency-graph-aware";
        sourceCommit?: string;
        sourcePath?: string;
        sourceRepo?: string;
        sourceTag?: string;
        summary?: string;
        tier:
          | "structural"
          | "source-linked"
          | "provenance-verified"
          | "rebuild-verified";
        trustedOpenClawPlugin?: boolean;
      };
      version: string;
      vtAnalysis?: {
        analysis?: string;
        checkedAt: number;
        engineStats?: {
          harmless?: number;
          malicious?: number;
          suspicious?: number;
          undetected?: number;
        };
        scanner?: string;
        source?: string;
        status: string;
        verdict?: string;
      };
      _id: Id<"packageReleases">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "artifactKind"
      | "changelog"
      | "clawManifestSummary"
      | "clawManifestSummary.agent"
      | "clawManifestSummary.agent.description"
      | "clawManifestSummary.agent.id"
      | "clawManifestSummary.agent.name"
      | "clawManifestSummary.cronJobCount"
      | "clawManifestSummary.mcpServerCount"
      | "clawManifestSummary.packages"
      | "clawManifestSummary.packages.pluginCount"
      | "clawManifestSummary.packages.skillCount"
      | "clawManifestSummary.schemaVersion"
      | "clawManifestSummary.workspace"
      | "clawManifestSummary.workspace.bootstrapFiles"
      | "clawManifestSummary.workspace.fileCount"
      | "clawpackFormat"
      | "clawpackSha256"
      | "clawpackSize"
      | "clawpackStorageId"
      | "compatibility"
      | "compatibility.builtWithOpenClawVersion"
      | "compatibility.minGatewayVersion"
      | "compatibility.pluginApiRange"
      | "compatibility.pluginSdkVersion"
      | "createdAt"
      | "createdBy"
      | "distTags"
      | "extractedPackageJson"
      | "extractedPluginManifest"
      | "files"
      | "icon"
      | "integritySha256"
      | "llmAnalysis"
      | "llmAnalysis.agenticRiskFindings"
      | "llmAnalysis.checkedAt"
      | "llmAnalysis.confidence"
      | "llmAnalysis.dimensions"
      | "llmAnalysis.findings"
      | "llmAnalysis.guidance"
      | "llmAnalysis.model"
      | "llmAnalysis.riskSummary"
      | "llmAnalysis.riskSummary.abnormal_behavior_control"
      | "llmAnalysis.riskSummary.abnormal_behavior_control.highestSeverity"
      | "llmAnalysis.riskSummary.abnormal_behavior_control.status"
      | "llmAnalysis.riskSummary.abnormal_behavior_control.summary"
      | "llmAnalysis.riskSummary.permission_boundary"
      | "llmAnalysis.riskSummary.permission_boundary.highestSeverity"
      | "llmAnalysis.riskSummary.permission_boundary.status"
      | "llmAnalysis.riskSummary.permission_boundary.summary"
      | "llmAnalysis.riskSummary.sensitive_data_protection"
      | "llmAnalysis.riskSummary.sensitive_data_protection.highestSeverity"
      | "llmAnalysis.riskSummary.sensitive_data_protection.status"
      | "llmAnalysis.riskSummary.sensitive_data_protection.summary"
      | "llmAnalysis.status"
      | "llmAnalysis.summary"
      | "llmAnalysis.verdict"
      | "manifestSearchTerms"
      | "manualModeration"
      | "manualModeration.reason"
      | "manualModeration.reviewerUserId"
      | "manualModeration.state"
      | "manualModeration.updatedAt"
      | "normalizedBundleManifest"
      | "npmFileCount"
      | "npmIntegrity"
      | "npmShasum"
      | "npmTarballName"
      | "npmUnpackedSize"
      | "ownerDeletedAt"
      | "ownerDeletedBy"
      | "packageId"
      | "pendingPublication"
      | "pluginManifestSummary"
      | "pluginManifestSummary.bundledSkills"
      | "pluginManifestSummary.compatibility"
      | "pluginManifestSummary.compatibility.builtWithOpenClawVersion"
      | "pluginManifestSummary.compatibility.minGatewayVersion"
      | "pluginManifestSummary.compatibility.pluginApiRange"
      | "pluginManifestSummary.compatibility.pluginSdkVersion"
      | "pluginManifestSummary.configFields"
      | "pluginManifestSummary.icon"
      | "pluginManifestSummary.manifestIdentity"
      | "pluginManifestSummary.manifestIdentity.description"
      | "pluginManifestSummary.manifestIdentity.family"
      | "pluginManifestSummary.manifestIdentity.name"
      | "pluginManifestSummary.manifestIdentity.version"
      | "pluginManifestSummary.mcpServers"
      | "pluginManifestSummary.schemaVersion"
      | "publicationStatus"
      | "publishActor"
      | "publishActor.kind"
      | "publishActor.repository"
      | "publishActor.runAttempt"
      | "publishActor.runId"
      | "publishActor.sha"
      | "publishActor.userId"
      | "publishActor.workflow"
      | "publishAttemptId"
      | "runtimeId"
      | "sha256hash"
      | "skillSpectorAnalysis"
      | "skillSpectorAnalysis.checkedAt"
      | "skillSpectorAnalysis.error"
      | "skillSpectorAnalysis.issueCount"
      | "skillSpectorAnalysis.issues"
      | "skillSpectorAnalysis.recommendation"
      | "skillSpectorAnalysis.scannerVersion"
      | "skillSpectorAnalysis.score"
      | "skillSpectorAnalysis.severity"
      | "skillSpectorAnalysis.status"
      | "skillSpectorAnalysis.summary"
      | "softDeletedAt"
      | "source"
      | "sourceRepo"
      | "staticScan"
      | "staticScan.checkedAt"
      | "staticScan.engineVersion"
      | "staticScan.findings"
      | "staticScan.reasonCodes"
      | "staticScan.status"
      | "staticScan.summary"
      | "summary"
      | "verification"
      | "verification.hasProvenance"
      | "verification.scanStatus"
      | "verification.scope"
      | "verification.sourceCommit"
      | "verification.sourcePath"
      | "verification.sourceRepo"
      | "verification.sourceTag"
      | "verification.summary"
      | "verification.tier"
      | "verification.trustedOpenClawPlugin"
      | "version"
      | "vtAnalysis"
      | "vtAnalysis.analysis"
      | "vtAnalysis.checkedAt"
      | "vtAnalysis.engineStats"
      | "vtAnalysis.engineStats.harmless"
      | "vtAnalysis.engineStats.malicious"
      | "vtAnalysis.engineStats.suspicious"
      | "vtAnalysis.engineStats.undetected"
      | "vtAnalysis.scanner"
      | "vtAnalysis.source"
      | "vtAnalysis.status"
      | "vtAnalysis.verdict";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_active_created: ["softDeletedAt", "createdAt", "_creationTime"];
      by_package: ["packageId", "_creationTime"];
      by_package_active_created: [
        "packageId",
        "softDeletedAt",
        "createdAt",
        "_creationTime",
      ];
      by_package_owner_deleted_created: [
        "packageId",
        "ownerDeletedBy",
        "createdAt",
        "_creationTime",
      ];
      by_package_version: ["packageId", "version", "_creationTime"];
      by_sha256hash: ["sha256hash", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  packageReports: {
    document: {
      actionTaken?: "none" | "quarantine" | "revoke";
      createdAt: number;
      packageId: Id<"packages">;
      reason?: string;
      releaseId?: Id<"packageReleases">;
      status: "open" | "confirmed" | "dismissed" | "triaged";
      triageNote?: string;
      triagedAt?: number;
      triagedBy?: Id<"users">;
      userId: Id<"users">;
      version?: string;
      _id: Id<"packageReports">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "actionTaken"
      | "createdAt"
      | "packageId"
      | "reason"
      | "releaseId"
      | "status"
      | "triagedAt"
      | "triagedBy"
      | "triageNote"
      | "userId"
      | "version";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_createdAt: ["createdAt", "_creationTime"];
      by_package: ["packageId", "_creationTime"];
      by_package_createdAt: ["packageId", "createdAt", "_creationTime"];
      by_package_user: ["packageId", "userId", "_creationTime"];
      by_release: ["releaseId", "_creationTime"];
      by_status_createdAt: ["status", "createdAt", "_creationTime"];
      by_user: ["userId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  packages: {
    document: {
      categories?: Array<string>;
      channel: "official" | "community" | "private";
      compatibility?: {
        builtWithOpenClawVersion?: string;
        minGatewayVersion?: string;
        pluginApiRange?: string;
        pluginSdkVersion?: string;
      };
      createdAt: number;
      displayName: string;
      family: "skill" | "code-plugin" | "bundle-plugin" | "claw";
      icon?: string;
      inferredAt?: number;
      inferredCategories?: Array<string>;
      inferredCategoryConfidence?: "high" | "medium" | "low";
      inferredClassifierVersion?: string;
      inferredFromReleaseId?: Id<"packageReleases">;
      inferredInputHash?: string;
      inferredTopicClassifierVersion?: string;
      inferredTopicConfidence?: "high" | "medium" | "low";
      inferredTopicInputHash?: string;
      inferredTopics?: Array<string>;
      isOfficial: boolean;
      lastReportedAt?: number;
      latestReleaseId?: Id<"packageReleases">;
      latestVersionSummary?: {
        artifact?: {
          format?: string;
          kind: "legacy-zip" | "npm-pack";
          npmFileCount?: number;
          npmIntegrity?: string;
          npmShasum?: string;
          npmTarballName?: string;
          npmUnpackedSize?: number;
          sha256?: string;
          size?: number;
        };
        changelog: string;
        compatibility?: {
          builtWithOpenClawVersion?: string;
          minGatewayVersion?: string;
          pluginApiRange?: string;
          pluginSdkVersion?: string;
        };
        createdAt: number;
        icon?: string;
        verification?: {
          hasProvenance?: boolean;
          scanStatus?:
            "clean" | "suspicious" | "malicious" | "pending" | "not-run";
          scope: "artifact-only" | "dependency-graph-aware";
          sourceCommit?: string;
          sourcePath?: string;
          sourceRepo?: string;
          sourceTag?: string;
          summary?: string;
          tier:
            | "structural"
            | "source-linked"
            | "provenance-verified"
            | "rebuild-verified";
          trustedOpenClawPlugin?: boolean;
        };
        version: string;
      };
      name: string;
      normalizedName: string;
      ownerPublisherId?: Id<"publishers">;
      ownerUserId: Id<"users">;
      recommendedScore?: number;
      recommendedScoreVersion?: number;
      reportCount?: number;
      runtimeId?: string;
      scanStatus?: "clean" | "suspicious" | "malicious" | "pending" | "not-run";
      softDeletedAt?: number;
      softDeletedBy?: Id<"users">;
      softDeletedByRole?: "admin" | "moderator" | "user";
      softDeletedReason?:
        "user.banned" | "user.deactivated" | "publisher.deleted";
      sourceRepo?: string;
      stats: {
        downloads: number;
        installs: number;
        stars: number;
        versions: number;
      };
      summary?: string;
      tags: Record<string, Id<"packageReleases">>;
      topics?: Array<string>;
      updatedAt: number;
      verification?: {
        hasProvenance?: boolean;
        scanStatus?:
          "clean" | "suspicious" | "malicious" | "pending" | "not-run";
        scope: "artifact-only" | "dependency-graph-aware";
        sourceCommit?: string;
        sourcePath?: string;
        sourceRepo?: string;
        sourceTag?: string;
        summary?: string;
        tier:
          | "structural"
          | "source-linked"
          | "provenance-verified"
          | "rebuild-verified";
        trustedOpenClawPlugin?: boolean;
      };
      _id: Id<"packages">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "categories"
      | "channel"
      | "compatibility"
      | "compatibility.builtWithOpenClawVersion"
      | "compatibility.minGatewayVersion"
      | "compatibility.pluginApiRange"
      | "compatibility.pluginSdkVersion"
      | "createdAt"
      | "displayName"
      | "family"
      | "icon"
      | "inferredAt"
      | "inferredCategories"
      | "inferredCategoryConfidence"
      | "inferredClassifierVersion"
      | "inferredFromReleaseId"
      | "inferredInputHash"
      | "inferredTopicClassifierVersion"
      | "inferredTopicConfidence"
      | "inferredTopicInputHash"
      | "inferredTopics"
      | "isOfficial"
      | "lastReportedAt"
      | "latestReleaseId"
      | "latestVersionSummary"
      | "latestVersionSummary.artifact"
      | "latestVersionSummary.artifact.format"
      | "latestVersionSummary.artifact.kind"
      | "latestVersionSummary.artifact.npmFileCount"
      | "latestVersionSummary.artifact.npmIntegrity"
      | "latestVersionSummary.artifact.npmShasum"
      | "latestVersionSummary.artifact.npmTarballName"
      | "latestVersionSummary.artifact.npmUnpackedSize"
      | "latestVersionSummary.artifact.sha256"
      | "latestVersionSummary.artifact.size"
      | "latestVersionSummary.changelog"
      | "latestVersionSummary.compatibility"
      | "latestVersionSummary.compatibility.builtWithOpenClawVersion"
      | "latestVersionSummary.compatibility.minGatewayVersion"
      | "latestVersionSummary.compatibility.pluginApiRange"
      | "latestVersionSummary.compatibility.pluginSdkVersion"
      | "latestVersionSummary.createdAt"
      | "latestVersionSummary.icon"
      | "latestVersionSummary.verification"
      | "latestVersionSummary.verification.hasProvenance"
      | "latestVersionSummary.verification.scanStatus"
      | "latestVersionSummary.verification.scope"
      | "latestVersionSummary.verification.sourceCommit"
      | "latestVersionSummary.verification.sourcePath"
      | "latestVersionSummary.verification.sourceRepo"
      | "latestVersionSummary.verification.sourceTag"
      | "latestVersionSummary.verification.summary"
      | "latestVersionSummary.verification.tier"
      | "latestVersionSummary.verification.trustedOpenClawPlugin"
      | "latestVersionSummary.version"
      | "name"
      | "normalizedName"
      | "ownerPublisherId"
      | "ownerUserId"
      | "recommendedScore"
      | "recommendedScoreVersion"
      | "reportCount"
      | "runtimeId"
      | "scanStatus"
      | "softDeletedAt"
      | "softDeletedBy"
      | "softDeletedByRole"
      | "softDeletedReason"
      | "sourceRepo"
      | "stats"
      | "stats.downloads"
      | "stats.installs"
      | "stats.stars"
      | "stats.versions"
      | "summary"
      | "tags"
      | `tags.${string}`
      | "topics"
      | "updatedAt"
      | "verification"
      | "verification.hasProvenance"
      | "verification.scanStatus"
      | "verification.scope"
      | "verification.sourceCommit"
      | "verification.sourcePath"
      | "verification.sourceRepo"
      | "verification.sourceTag"
      | "verification.summary"
      | "verification.tier"
      | "verification.trustedOpenClawPlugin";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_active_downloads: [
        "softDeletedAt",
        "stats.downloads",
        "updatedAt",
        "_creationTime",
      ];
      by_active_family_downloads: [
        "softDeletedAt",
        "family",
        "stats.downloads",
        "updatedAt",
        "_creationTime",
      ];
      by_active_family_installs: [
        "softDeletedAt",
        "family",
        "stats.installs",
        "updatedAt",
        "_creationTime",
      ];
      by_active_family_official_downloads: [
        "softDeletedAt",
        "family",
        "isOfficial",
        "stats.downloads",
        "updatedAt",
        "_creationTime",
      ];
      by_active_family_official_installs: [
        "softDeletedAt",
        "family",
        "isOfficial",
        "stats.installs",
        "updatedAt",
        "_creationTime",
      ];
      by_active_family_recommended_rank: [
        "softDeletedAt",
        "family",
        "stats.stars",
        "stats.downloads",
        "stats.installs",
        "updatedAt",
        "_creationTime",
      ];
      by_active_family_recommended_score: [
        "softDeletedAt",
        "family",
        "recommendedScore",
        "updatedAt",
        "_creationTime",
      ];
      by_active_family_recommended_score_version: [
        "softDeletedAt",
        "family",
        "recommendedScoreVersion",
        "_creationTime",
      ];
      by_active_installs: [
        "softDeletedAt",
        "stats.installs",
        "updatedAt",
        "_creationTime",
      ];
      by_active_recommended_rank: [
        "softDeletedAt",
        "stats.stars",
        "stats.downloads",
        "stats.installs",
        "updatedAt",
        "_creationTime",
      ];
      by_active_recommended_score: [
        "softDeletedAt",
        "recommendedScore",
        "updatedAt",
        "_creationTime",
      ];
      by_active_recommended_score_version: [
        "softDeletedAt",
        "recommendedScoreVersion",
        "_creationTime",
      ];
      by_active_updated: ["softDeletedAt", "updatedAt", "_creationTime"];
      by_family_channel_updated: [
        "family",
        "channel",
        "updatedAt",
        "_creationTime",
      ];
      by_family_official_updated: [
        "family",
        "isOfficial",
        "updatedAt",
        "_creationTime",
      ];
      by_family_updated: ["family", "updatedAt", "_creationTime"];
      by_name: ["normalizedName", "_creationTime"];
      by_owner: ["ownerUserId", "_creationTime"];
      by_owner_publisher: ["ownerPublisherId", "_creationTime"];
      by_owner_publisher_active_downloads: [
        "ownerPublisherId",
        "softDeletedAt",
        "stats.downloads",
        "updatedAt",
        "_creationTime",
      ];
      by_owner_publisher_active_installs: [
        "ownerPublisherId",
        "softDeletedAt",
        "stats.installs",
        "updatedAt",
        "_creationTime",
      ];
      by_owner_publisher_active_updated: [
        "ownerPublisherId",
        "softDeletedAt",
        "updatedAt",
        "_creationTime",
      ];
      by_runtime_id: ["runtimeId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  packageSearchDigest: {
    document: {
      categories?: Array<string>;
      channel: "official" | "community" | "private";
      createdAt: number;
      displayName: string;
      family: "skill" | "code-plugin" | "bundle-plugin" | "claw";
      icon?: string;
      isOfficial: boolean;
      latestVersion?: string;
      manifestSearchTerms?: Array<string>;
      name: string;
      normalizedName: string;
      ownerHandle?: string;
      ownerKind?: "user" | "org";
      ownerPublisherId?: Id<"publishers">;
      ownerUserId: Id<"users">;
      packageId: Id<"packages">;
      pluginCategoryTags?: Array<string>;
      recommendedScore?: number;
      recommendedScoreVersion?: number;
      runtimeId?: string;
      scanStatus?: "clean" | "suspicious" | "malicious" | "pending" | "not-run";
      softDeletedAt?: number;
      stats?: {
        downloads: number;
        installs: number;
        stars: number;
        versions: number;
      };
      summary?: string;
      topics?: Array<string>;
      updatedAt: number;
      verificationTier?:
        | "structural"
        | "source-linked"
        | "provenance-verified"
        | "rebuild-verified";
      _id: Id<"packageSearchDigest">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "categories"
      | "channel"
      | "createdAt"
      | "displayName"
      | "family"
      | "icon"
      | "isOfficial"
      | "latestVersion"
      | "manifestSearchTerms"
      | "name"
      | "normalizedName"
      | "ownerHandle"
      | "ownerKind"
      | "ownerPublisherId"
      | "ownerUserId"
      | "packageId"
      | "pluginCategoryTags"
      | "recommendedScore"
      | "recommendedScoreVersion"
      | "runtimeId"
      | "scanStatus"
      | "softDeletedAt"
      | "stats"
      | "stats.downloads"
      | "stats.installs"
      | "stats.stars"
      | "stats.versions"
      | "summary"
      | "topics"
      | "updatedAt"
      | "verificationTier";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_active_channel_official_updated: [
        "softDeletedAt",
        "channel",
        "isOfficial",
        "updatedAt",
        "_creationTime",
      ];
      by_active_channel_updated: [
        "softDeletedAt",
        "channel",
        "updatedAt",
        "_creationTime",
      ];
      by_active_family_channel_updated: [
        "softDeletedAt",
        "family",
        "channel",
        "updatedAt",
        "_creationTime",
      ];
      by_active_family_created: [
        "softDeletedAt",
        "family",
        "createdAt",
        "_creationTime",
      ];
      by_active_family_normalized_name: [
        "softDeletedAt",
        "family",
        "normalizedName",
        "updatedAt",
        "_creationTime",
      ];
      by_active_family_official_updated: [
        "softDeletedAt",
        "family",
        "isOfficial",
        "updatedAt",
        "_creationTime",
      ];
      by_active_family_owner_handle: [
        "softDeletedAt",
        "family",
        "ownerHandle",
        "updatedAt",
        "_creationTime",
      ];
      by_active_family_runtime_id: [
        "softDeletedAt",
        "family",
        "runtimeId",
        "updatedAt",
        "_creationTime",
      ];
      by_active_family_updated: [
        "softDeletedAt",
        "family",
        "updatedAt",
        "_creationTime",
      ];
      by_active_name: ["softDeletedAt", "displayName", "_creationTime"];
      by_active_normalized_name: [
        "softDeletedAt",
        "normalizedName",
        "updatedAt",
        "_creationTime",
      ];
      by_active_official_updated: [
        "softDeletedAt",
        "isOfficial",
        "updatedAt",
        "_creationTime",
      ];
      by_active_owner_handle: [
        "softDeletedAt",
        "ownerHandle",
        "updatedAt",
        "_creationTime",
      ];
      by_active_runtime_id: [
        "softDeletedAt",
        "runtimeId",
        "updatedAt",
        "_creationTime",
      ];
      by_active_updated: ["softDeletedAt", "updatedAt", "_creationTime"];
      by_package: ["packageId", "_creationTime"];
    };
    searchIndexes: {
      search_by_display_name: {
        searchField: "displayName";
        filterFields: "family" | "softDeletedAt";
      };
    };
    vectorIndexes: {};
  };
  packageStatEvents: {
    document: {
      kind: "download" | "install" | "install_clear";
      occurredAt: number;
      packageId: Id<"packages">;
      processedAt?: number;
      _id: Id<"packageStatEvents">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "kind"
      | "occurredAt"
      | "packageId"
      | "processedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_package: ["packageId", "_creationTime"];
      by_unprocessed: ["processedAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  packageTopicSearchDigest: {
    document: {
      categories?: Array<string>;
      channel: "official" | "community" | "private";
      createdAt: number;
      displayName: string;
      family: "skill" | "code-plugin" | "bundle-plugin" | "claw";
      icon?: string;
      isOfficial: boolean;
      latestVersion?: string;
      name: string;
      normalizedName: string;
      ownerHandle?: string;
      ownerKind?: "user" | "org";
      ownerPublisherId?: Id<"publishers">;
      ownerUserId: Id<"users">;
      packageId: Id<"packages">;
      pluginCategoryTags?: Array<string>;
      recommendedScore?: number;
      recommendedScoreVersion?: number;
      runtimeId?: string;
      scanStatus?: "clean" | "suspicious" | "malicious" | "pending" | "not-run";
      softDeletedAt?: number;
      stats?: {
        downloads: number;
        installs: number;
        stars: number;
        versions: number;
      };
      summary?: string;
      topic: string;
      topics?: Array<string>;
      updatedAt: number;
      verificationTier?:
        | "structural"
        | "source-linked"
        | "provenance-verified"
        | "rebuild-verified";
      _id: Id<"packageTopicSearchDigest">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "categories"
      | "channel"
      | "createdAt"
      | "displayName"
      | "family"
      | "icon"
      | "isOfficial"
      | "latestVersion"
      | "name"
      | "normalizedName"
      | "ownerHandle"
      | "ownerKind"
      | "ownerPublisherId"
      | "ownerUserId"
      | "packageId"
      | "pluginCategoryTags"
      | "recommendedScore"
      | "recommendedScoreVersion"
      | "runtimeId"
      | "scanStatus"
      | "softDeletedAt"
      | "stats"
      | "stats.downloads"
      | "stats.installs"
      | "stats.stars"
      | "stats.versions"
      | "summary"
      | "topic"
      | "topics"
      | "updatedAt"
      | "verificationTier";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_active_channel_official_topic_downloads: [
        "softDeletedAt",
        "channel",
        "isOfficial",
        "topic",
        "stats.downloads",
        "updatedAt",
        "_creationTime",
      ];
      by_active_channel_official_topic_updated: [
        "softDeletedAt",
        "channel",
        "isOfficial",
        "topic",
        "updatedAt",
        "_creationTime",
      ];
      by_active_channel_topic_downloads: [
        "softDeletedAt",
        "channel",
        "topic",
        "stats.downloads",
        "updatedAt",
        "_creationTime",
      ];
      by_active_channel_topic_updated: [
        "softDeletedAt",
        "channel",
        "topic",
        "updatedAt",
        "_creationTime",
      ];
      by_active_family_channel_official_topic_downloads: [
        "softDeletedAt",
        "family",
        "channel",
        "isOfficial",
        "topic",
        "stats.downloads",
        "updatedAt",
        "_creationTime",
      ];
      by_active_family_channel_topic_downloads: [
        "softDeletedAt",
        "family",
        "channel",
        "topic",
        "stats.downloads",
        "updatedAt",
        "_creationTime",
      ];
      by_active_family_channel_topic_updated: [
        "softDeletedAt",
        "family",
        "channel",
        "topic",
        "updatedAt",
        "_creationTime",
      ];
      by_active_family_official_topic_downloads: [
        "softDeletedAt",
        "family",
        "isOfficial",
        "topic",
        "stats.downloads",
        "updatedAt",
        "_creationTime",
      ];
      by_active_family_official_topic_updated: [
        "softDeletedAt",
        "family",
        "isOfficial",
        "topic",
        "updatedAt",
        "_creationTime",
      ];
      by_active_family_topic_downloads: [
        "softDeletedAt",
        "family",
        "topic",
        "stats.downloads",
        "updatedAt",
        "_creationTime",
      ];
      by_active_family_topic_updated: [
        "softDeletedAt",
        "family",
        "topic",
        "updatedAt",
        "_creationTime",
      ];
      by_active_official_topic_downloads: [
        "softDeletedAt",
        "isOfficial",
        "topic",
        "stats.downloads",
        "updatedAt",
        "_creationTime",
      ];
      by_active_official_topic_installs: [
        "softDeletedAt",
        "isOfficial",
        "topic",
        "stats.installs",
        "updatedAt",
        "_creationTime",
      ];
      by_active_official_topic_recommended_score: [
        "softDeletedAt",
        "isOfficial",
        "topic",
        "recommendedScore",
        "updatedAt",
        "_creationTime",
      ];
      by_active_official_topic_updated: [
        "softDeletedAt",
        "isOfficial",
        "topic",
        "updatedAt",
        "_creationTime",
      ];
      by_active_topic_downloads: [
        "softDeletedAt",
        "topic",
        "stats.downloads",
        "updatedAt",
        "_creationTime",
      ];
      by_active_topic_installs: [
        "softDeletedAt",
        "topic",
        "stats.installs",
        "updatedAt",
        "_creationTime",
      ];
      by_active_topic_recommended_score: [
        "softDeletedAt",
        "topic",
        "recommendedScore",
        "updatedAt",
        "_creationTime",
      ];
      by_active_topic_updated: [
        "softDeletedAt",
        "topic",
        "updatedAt",
        "_creationTime",
      ];
      by_package: ["packageId", "topic", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  packageTrustedPublishers: {
    document: {
      createdAt: number;
      createdByUserId: Id<"users">;
      environment?: string;
      packageId: Id<"packages">;
      provider: "github-actions";
      repository: string;
      repositoryId: string;
      repositoryOwner: string;
      repositoryOwnerId: string;
      updatedAt: number;
      updatedByUserId: Id<"users">;
      workflowFilename: string;
      _id: Id<"packageTrustedPublishers">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "createdByUserId"
      | "environment"
      | "packageId"
      | "provider"
      | "repository"
      | "repositoryId"
      | "repositoryOwner"
      | "repositoryOwnerId"
      | "updatedAt"
      | "updatedByUserId"
      | "workflowFilename";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_package: ["packageId", "_creationTime"];
      by_repository: ["repository", "workflowFilename", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  promotions: {
    document: {
      authChoiceId?: string;
      blurb: string;
      createdAt: number;
      createdByUserId: Id<"users">;
      docsUrl?: string;
      endsAt: number;
      launchPageUrl?: string;
      launchedAt?: number;
      models: Array<{
        alias?: string;
        modelRef: string;
        suggestedDefault?: boolean;
      }>;
      pluginNames?: Array<string>;
      provider?: string;
      signupUrl?: string;
      slug: string;
      sponsor?: string;
      startsAt: number;
      status: "draft" | "active" | "ended";
      title: string;
      updatedAt: number;
      updatedByUserId?: Id<"users">;
      _id: Id<"promotions">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "authChoiceId"
      | "blurb"
      | "createdAt"
      | "createdByUserId"
      | "docsUrl"
      | "endsAt"
      | "launchedAt"
      | "launchPageUrl"
      | "models"
      | "pluginNames"
      | "provider"
      | "signupUrl"
      | "slug"
      | "sponsor"
      | "startsAt"
      | "status"
      | "title"
      | "updatedAt"
      | "updatedByUserId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_slug: ["slug", "_creationTime"];
      by_status_endsAt: ["status", "endsAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  publishAttempts: {
    document: {
      artifactFingerprint: string;
      blockedAt?: number;
      checkClaimExpiresAt?: number;
      checkClaimId?: string;
      checkClaimLastError?: string;
      checkClaimedAt?: number;
      checkFailureCount?: number;
      checks: {
        clawscan: {
          checkedAt?: number;
          redactedFindings?: Array<string>;
          status: "pending" | "clean" | "blocked" | "failed";
          summary?: string;
        };
        trufflehog: {
          checkedAt?: number;
          redactedFindings?: Array<string>;
          status: "pending" | "clean" | "blocked" | "failed";
          summary?: string;
        };
      };
      clawpackStorageId?: Id<"_storage">;
      createdAt: number;
      createdNewParent?: boolean;
      displayName: string;
      expiresAt: number;
      failedAt?: number;
      files: Array<{
        contentType?: string;
        path: string;
        sha256: string;
        size: number;
        storageId: Id<"_storage">;
      }>;
      finalizationClaimExpiresAt?: number;
      finalizationClaimId?: string;
      finalizationClaimedAt?: number;
      finalizationLastError?: string;
      finalizedAt?: number;
      followup?: { ownerHandle?: string; skipWebhook?: boolean };
      idempotencyKey: string;
      kind: "skill" | "package";
      ownerPublisherId?: Id<"publishers">;
      ownerUserId?: Id<"users">;
      packageFollowup?: any;
      packageId?: Id<"packages">;
      packageInsertArgs?: any;
      packageReleaseId?: Id<"packageReleases">;
      result?: any;
      scanContext?: any;
      skillId?: Id<"skills">;
      skillInsertArgs?: any;
      skillVersionId?: Id<"skillVersions">;
      slug: string;
      sourceOwnerPublisherId?: Id<"publishers">;
      status:
        | "pending_checks"
        | "ready_to_finalize"
        | "finalizing"
        | "finalized"
        | "blocked"
        | "failed"
        | "expired";
      updatedAt: number;
      userId: Id<"users">;
      version: string;
      _id: Id<"publishAttempts">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "artifactFingerprint"
      | "blockedAt"
      | "checkClaimedAt"
      | "checkClaimExpiresAt"
      | "checkClaimId"
      | "checkClaimLastError"
      | "checkFailureCount"
      | "checks"
      | "checks.clawscan"
      | "checks.clawscan.checkedAt"
      | "checks.clawscan.redactedFindings"
      | "checks.clawscan.status"
      | "checks.clawscan.summary"
      | "checks.trufflehog"
      | "checks.trufflehog.checkedAt"
      | "checks.trufflehog.redactedFindings"
      | "checks.trufflehog.status"
      | "checks.trufflehog.summary"
      | "clawpackStorageId"
      | "createdAt"
      | "createdNewParent"
      | "displayName"
      | "expiresAt"
      | "failedAt"
      | "files"
      | "finalizationClaimedAt"
      | "finalizationClaimExpiresAt"
      | "finalizationClaimId"
      | "finalizationLastError"
      | "finalizedAt"
      | "followup"
      | "followup.ownerHandle"
      | "followup.skipWebhook"
      | "idempotencyKey"
      | "kind"
      | "ownerPublisherId"
      | "ownerUserId"
      | "packageFollowup"
      | "packageId"
      | "packageInsertArgs"
      | "packageReleaseId"
      | "result"
      | "scanContext"
      | "skillId"
      | "skillInsertArgs"
      | "skillVersionId"
      | "slug"
      | "sourceOwnerPublisherId"
      | "status"
      | "updatedAt"
      | "userId"
      | "version";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_expires_at: ["expiresAt", "_creationTime"];
      by_idempotency_key: ["idempotencyKey", "_creationTime"];
      by_kind_status_slug_version_created: [
        "kind",
        "status",
        "slug",
        "version",
        "createdAt",
        "_creationTime",
      ];
      by_owner_publisher_status_created: [
        "ownerPublisherId",
        "status",
        "createdAt",
        "_creationTime",
      ];
      by_status_and_created: ["status", "createdAt", "_creationTime"];
      by_status_check_claim_expires_at_created: [
        "status",
        "checkClaimExpiresAt",
        "createdAt",
        "_creationTime",
      ];
      by_user_status_created: [
        "userId",
        "status",
        "createdAt",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  publisherAbuseReviewEvents: {
    document: {
      actorUserId?: Id<"users">;
      createdAt: number;
      eventType:
        | "nomination_opened"
        | "nomination_score_updated"
        | "autoban_warning_sent"
        | "triage_status_changed";
      nextLabel?: "pass" | "review" | "potential_ban_candidate";
      nextStatus?:
        | "pending"
        | "banned"
        | "reviewed_no_action"
        | "false_positive"
        | "needs_policy_discussion"
        | "candidate_for_future_action";
      nominationId: Id<"publisherAbuseReviewNominations">;
      notes?: string;
      ownerKey: string;
      previousLabel?: "pass" | "review" | "potential_ban_candidate";
      previousStatus?:
        | "pending"
        | "banned"
        | "reviewed_no_action"
        | "false_positive"
        | "needs_policy_discussion"
        | "candidate_for_future_action";
      runId?: Id<"publisherAbuseScoreRuns">;
      scoreId?: Id<"publisherAbuseScores">;
      _id: Id<"publisherAbuseReviewEvents">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "actorUserId"
      | "createdAt"
      | "eventType"
      | "nextLabel"
      | "nextStatus"
      | "nominationId"
      | "notes"
      | "ownerKey"
      | "previousLabel"
      | "previousStatus"
      | "runId"
      | "scoreId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_actor_and_created_at: ["actorUserId", "createdAt", "_creationTime"];
      by_nomination_and_created_at: [
        "nominationId",
        "createdAt",
        "_creationTime",
      ];
      by_owner_key_and_created_at: ["ownerKey", "createdAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  publisherAbuseReviewNominations: {
    document: {
      handleSnapshot: string;
      label: "pass" | "review" | "potential_ban_candidate";
      lastScoredAt: number;
      latestScoreId: Id<"publisherAbuseScores">;
      modelVersion: string;
      notes?: string;
      openedAt: number;
      openedByRunId: Id<"publisherAbuseScoreRuns">;
      ownerKey: string;
      ownerPublisherId?: Id<"publishers">;
      ownerUserId?: Id<"users">;
      reviewedAt?: number;
      reviewedByUserId?: Id<"users">;
      status:
        | "pending"
        | "banned"
        | "reviewed_no_action"
        | "false_positive"
        | "needs_policy_discussion"
        | "candidate_for_future_action";
      updatedAt: number;
      warningExpiresAt?: number;
      warningPendingAt?: number;
      warningPendingRunId?: Id<"publisherAbuseScoreRuns">;
      warningPendingScoreId?: Id<"publisherAbuseScores">;
      warningRunId?: Id<"publisherAbuseScoreRuns">;
      warningScoreId?: Id<"publisherAbuseScores">;
      warningSentAt?: number;
      _id: Id<"publisherAbuseReviewNominations">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "handleSnapshot"
      | "label"
      | "lastScoredAt"
      | "latestScoreId"
      | "modelVersion"
      | "notes"
      | "openedAt"
      | "openedByRunId"
      | "ownerKey"
      | "ownerPublisherId"
      | "ownerUserId"
      | "reviewedAt"
      | "reviewedByUserId"
      | "status"
      | "updatedAt"
      | "warningExpiresAt"
      | "warningPendingAt"
      | "warningPendingRunId"
      | "warningPendingScoreId"
      | "warningRunId"
      | "warningScoreId"
      | "warningSentAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_label_and_status_and_last_scored_at: [
        "label",
        "status",
        "lastScoredAt",
        "_creationTime",
      ];
      by_last_scored_at: ["lastScoredAt", "_creationTime"];
      by_owner_key_and_model_version: [
        "ownerKey",
        "modelVersion",
        "_creationTime",
      ];
      by_status_and_label_and_last_scored_at: [
        "status",
        "label",
        "lastScoredAt",
        "_creationTime",
      ];
      by_status_and_last_scored_at: ["status", "lastScoredAt", "_creationTime"];
      by_status_and_model_version_and_label_and_last_scored_at: [
        "status",
        "modelVersion",
        "label",
        "lastScoredAt",
        "_creationTime",
      ];
      by_status_and_reviewed_at: ["status", "reviewedAt", "_creationTime"];
      by_status_and_updated_at: ["status", "updatedAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  publisherAbuseScoreRuns: {
    document: {
      actorUserId?: Id<"users">;
      collectCursor?: string;
      completedAt?: number;
      errorMessage?: string;
      finalizeCursor?: string;
      finalizedScores: number;
      lastTransientError?: string;
      lastTransientErrorAt?: number;
      meanLogPressure?: number;
      modelConfig: {
        downloadDemandElasticity: number;
        downloadsPerSkillPivot: number;
        engagementElasticity?: number;
        installTrustElasticity: number;
        installsPerSkillPivot: number;
        minDownloadsPerSkill: number;
        minInstallsPerSkill: number;
        minPublishedSkillsForAggregateLabel?: number;
        minStarsPerSkill: number;
        modelVersion: string;
        outputElasticity: number;
        potentialBanCandidateZThreshold: number;
        reviewZThreshold: number;
        skillPivot: number;
        starTrustElasticity: number;
        starsPerSkillPivot: number;
      };
      modelVersion: string;
      nextTransientRetryAt?: number;
      nominatedPublishers: number;
      passCount: number;
      phase: "collecting" | "finalizing" | "completed";
      potentialBanCandidateCount: number;
      reviewCount: number;
      scannedPublishers: number;
      scoredPublishers: number;
      startedAt: number;
      status: "running" | "completed" | "failed";
      stdDevLogPressure?: number;
      sumLogPressure: number;
      sumSquaredLogPressure: number;
      temporalBenchmark?: {
        downloads30dAverage: number;
        downloads30dMedian: number;
        downloads30dP95: number;
        downloads30dP99: number;
        sampleSize: number;
        scope?: "all_active_skills";
        spikeMultiplier7dP95: number;
        spikeMultiplier7dP99: number;
      };
      temporalCandidateCursor?: string;
      temporalDownloadsCursor?: string;
      temporalDownloadsMedian?: number;
      temporalDownloadsP95?: number;
      temporalDownloadsP99?: number;
      temporalDownloadsProcessed?: number;
      temporalDownloadsSum?: number;
      temporalMode?: "current" | "backfill";
      temporalPipelineKind?: "signals";
      temporalPipelinePhase?:
        | "collecting"
        | "downloads_percentiles"
        | "spike_percentiles"
        | "classifying"
        | "completed";
      temporalSampleSize?: number;
      temporalScanComplete?: boolean;
      temporalSourceCursor?: string;
      temporalSpikeCursor?: string;
      temporalSpikeP95?: number;
      temporalSpikeP99?: number;
      temporalSpikeProcessed?: number;
      temporalTodayDay?: number;
      transientErrorCount?: number;
      trigger: "cron" | "manual";
      updatedAt: number;
      _id: Id<"publisherAbuseScoreRuns">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "actorUserId"
      | "collectCursor"
      | "completedAt"
      | "errorMessage"
      | "finalizeCursor"
      | "finalizedScores"
      | "lastTransientError"
      | "lastTransientErrorAt"
      | "meanLogPressure"
      | "modelConfig"
      | "modelConfig.downloadDemandElasticity"
      | "modelConfig.downloadsPerSkillPivot"
      | "modelConfig.engagementElasticity"
      | "modelConfig.installsPerSkillPivot"
      | "modelConfig.installTrustElasticity"
      | "modelConfig.minDownloadsPerSkill"
      | "modelConfig.minInstallsPerSkill"
      | "modelConfig.minPublishedSkillsForAggregateLabel"
      | "modelConfig.minStarsPerSkill"
      | "modelConfig.modelVersion"
      | "modelConfig.outputElasticity"
      | "modelConfig.potentialBanCandidateZThreshold"
      | "modelConfig.reviewZThreshold"
      | "modelConfig.skillPivot"
      | "modelConfig.starsPerSkillPivot"
      | "modelConfig.starTrustElasticity"
      | "modelVersion"
      | "nextTransientRetryAt"
      | "nominatedPublishers"
      | "passCount"
      | "phase"
      | "potentialBanCandidateCount"
      | "reviewCount"
      | "scannedPublishers"
      | "scoredPublishers"
      | "startedAt"
      | "status"
      | "stdDevLogPressure"
      | "sumLogPressure"
      | "sumSquaredLogPressure"
      | "temporalBenchmark"
      | "temporalBenchmark.downloads30dAverage"
      | "temporalBenchmark.downloads30dMedian"
      | "temporalBenchmark.downloads30dP95"
      | "temporalBenchmark.downloads30dP99"
      | "temporalBenchmark.sampleSize"
      | "temporalBenchmark.scope"
      | "temporalBenchmark.spikeMultiplier7dP95"
      | "temporalBenchmark.spikeMultiplier7dP99"
      | "temporalCandidateCursor"
      | "temporalDownloadsCursor"
      | "temporalDownloadsMedian"
      | "temporalDownloadsP95"
      | "temporalDownloadsP99"
      | "temporalDownloadsProcessed"
      | "temporalDownloadsSum"
      | "temporalMode"
      | "temporalPipelineKind"
      | "temporalPipelinePhase"
      | "temporalSampleSize"
      | "temporalScanComplete"
      | "temporalSourceCursor"
      | "temporalSpikeCursor"
      | "temporalSpikeP95"
      | "temporalSpikeP99"
      | "temporalSpikeProcessed"
      | "temporalTodayDay"
      | "transientErrorCount"
      | "trigger"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_model_status_phase_temporal_complete_started_at: [
        "modelVersion",
        "status",
        "phase",
        "temporalMode",
        "temporalScanComplete",
        "startedAt",
        "_creationTime",
      ];
      by_model_version_and_started_at: [
        "modelVersion",
        "startedAt",
        "_creationTime",
      ];
      by_model_version_and_status_and_trigger_and_updated_at: [
        "modelVersion",
        "status",
        "trigger",
        "updatedAt",
        "_creationTime",
      ];
      by_model_version_and_status_and_updated_at: [
        "modelVersion",
        "status",
        "updatedAt",
        "_creationTime",
      ];
      by_model_version_and_temporal_pipeline_kind_and_phase_started_at: [
        "modelVersion",
        "temporalPipelineKind",
        "temporalPipelinePhase",
        "startedAt",
        "_creationTime",
      ];
      by_started_at: ["startedAt", "_creationTime"];
      by_status_and_updated_at: ["status", "updatedAt", "_creationTime"];
      by_temporal_pipeline_kind_and_started_at: [
        "temporalPipelineKind",
        "startedAt",
        "_creationTime",
      ];
      by_temporal_pipeline_kind_and_status_and_updated_at: [
        "temporalPipelineKind",
        "status",
        "updatedAt",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  publisherAbuseScores: {
    document: {
      createdAt: number;
      downloadsPerSkill: number;
      handleSnapshot: string;
      installsPerSkill: number;
      label: "pass" | "review" | "potential_ban_candidate";
      logPressure: number;
      modelVersion: string;
      ownerKey: string;
      ownerPublisherId?: Id<"publishers">;
      ownerUserId?: Id<"users">;
      pressure: number;
      publishedSkills: number;
      rank: number;
      reasonCodes: Array<string>;
      runId: Id<"publisherAbuseScoreRuns">;
      starsPerSkill: number;
      temporalBenchmark?: {
        downloads30dAverage: number;
        downloads30dMedian: number;
        downloads30dP95: number;
        downloads30dP99: number;
        sampleSize: number;
        scope?: "all_active_skills";
        spikeMultiplier7dP95: number;
        spikeMultiplier7dP99: number;
      };
      temporalEvidence?: Array<{
        baseline7Downloads: number;
        displayName: string;
        downloadInstallRatio30: number;
        downloads30dCohortBand?: "p95" | "p99";
        downloads30dVsPeerP95?: number;
        installDownloadExcessZScore30?: number;
        installDownloadExcessZScore7?: number;
        installDownloadRatio30?: number;
        installDownloadRatio7?: number;
        nearConversion?: boolean;
        nearConversionWindowEndDay?: number;
        nearConversionWindowStartDay?: number;
        pressure: number;
        previous30Downloads: number;
        reasonCodes: Array<string>;
        recent30Downloads: number;
        recent30Installs: number;
        recent7Downloads: number;
        recent7Installs: number;
        skillId: Id<"skills">;
        slug: string;
        spike: boolean;
        spikeMultiplier: number;
        spikeMultiplierCohortBand?: "p95" | "p99";
        spikeMultiplierVsPeerP95?: number;
        spikeWindowEndDay?: number;
        spikeWindowStartDay?: number;
        sustained: boolean;
        sustainedWindowEndDay?: number;
        sustainedWindowStartDay?: number;
      }>;
      temporalHighSkillCount?: number;
      temporalMaxPressure?: number;
      temporalP99SkillCount?: number;
      temporalSpikeSkillCount?: number;
      temporalSustainedSkillCount?: number;
      totalDownloads: number;
      totalInstalls: number;
      totalStars: number;
      zScore: number;
      _id: Id<"publisherAbuseScores">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "downloadsPerSkill"
      | "handleSnapshot"
      | "installsPerSkill"
      | "label"
      | "logPressure"
      | "modelVersion"
      | "ownerKey"
      | "ownerPublisherId"
      | "ownerUserId"
      | "pressure"
      | "publishedSkills"
      | "rank"
      | "reasonCodes"
      | "runId"
      | "starsPerSkill"
      | "temporalBenchmark"
      | "temporalBenchmark.downloads30dAverage"
      | "temporalBenchmark.downloads30dMedian"
      | "temporalBenchmark.downloads30dP95"
      | "temporalBenchmark.downloads30dP99"
      | "temporalBenchmark.sampleSize"
      | "temporalBenchmark.scope"
      | "temporalBenchmark.spikeMultiplier7dP95"
      | "temporalBenchmark.spikeMultiplier7dP99"
      | "temporalEvidence"
      | "temporalHighSkillCount"
      | "temporalMaxPressure"
      | "temporalP99SkillCount"
      | "temporalSpikeSkillCount"
      | "temporalSustainedSkillCount"
      | "totalDownloads"
      | "totalInstalls"
      | "totalStars"
      | "zScore";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_label_and_z_score: ["label", "zScore", "_creationTime"];
      by_owner_key_and_created_at: ["ownerKey", "createdAt", "_creationTime"];
      by_owner_key_and_model_version: [
        "ownerKey",
        "modelVersion",
        "_creationTime",
      ];
      by_run_and_label_and_rank: ["runId", "label", "rank", "_creationTime"];
      by_run_and_owner_key: ["runId", "ownerKey", "_creationTime"];
      by_run_and_pressure: ["runId", "pressure", "_creationTime"];
      by_run_and_rank: ["runId", "rank", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  publisherAbuseSignalReviewEvents: {
    document: {
      actorUserId: Id<"users">;
      createdAt: number;
      eventType: "snoozed" | "dismissed" | "reopened";
      nextStatus: "open" | "snoozed" | "dismissed";
      note?: string;
      ownerKey: string;
      previousStatus: "open" | "snoozed" | "dismissed";
      signalId: Id<"publisherAbuseSignals">;
      snoozedUntil?: number;
      _id: Id<"publisherAbuseSignalReviewEvents">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "actorUserId"
      | "createdAt"
      | "eventType"
      | "nextStatus"
      | "note"
      | "ownerKey"
      | "previousStatus"
      | "signalId"
      | "snoozedUntil";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_actor_and_created_at: ["actorUserId", "createdAt", "_creationTime"];
      by_owner_key_and_created_at: ["ownerKey", "createdAt", "_creationTime"];
      by_signal_and_created_at: ["signalId", "createdAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  publisherAbuseSignals: {
    document: {
      allTimeDownloads: number;
      allTimeInstallDownloadRatio: number;
      allTimeInstalls: number;
      evidenceAcknowledgedAt?: number;
      evidenceBaselineDownloads?: number;
      evidenceBaselineInstalls?: number;
      firstSeenAt: number;
      freshDownloadsSinceSnooze?: number;
      freshInstallsSinceSnooze?: number;
      handleSnapshot: string;
      lastChangedAt?: number;
      lastNotificationError?: string;
      lastNotifiedAt?: number;
      lastSeenAt: number;
      latestRunId?: Id<"publisherAbuseScoreRuns">;
      latestScoreId?: Id<"publisherAbuseScores">;
      needsNotification?: boolean;
      notificationBaselineDownloads?: number;
      notificationBaselineInstalls?: number;
      notificationClaimedAt?: number;
      ownerKey: string;
      ownerPublisherId: Id<"publishers"> | null;
      ownerUserId: Id<"users"> | null;
      recent30Downloads: number;
      recent30InstallDownloadRatio: number;
      recent30Installs: number;
      recent7Downloads: number;
      recent7InstallDownloadRatio: number;
      recent7Installs: number;
      recurrenceCount?: number;
      reviewNote?: string;
      reviewStatus: "open" | "snoozed" | "dismissed";
      reviewedAt?: number;
      reviewedByUserId?: Id<"users">;
      seenCount: number;
      signalType:
        "high_install_download_ratio" | "sustained_downloads_flat_installs";
      skillDisplayName: string;
      skillId: Id<"skills">;
      skillSlug: string;
      snoozeCount?: number;
      snoozedUntil?: number;
      temporalBenchmark?: {
        downloads30dAverage: number;
        downloads30dMedian: number;
        downloads30dP95: number;
        downloads30dP99: number;
        sampleSize: number;
        scope?: "all_active_skills";
        spikeMultiplier7dP95: number;
        spikeMultiplier7dP99: number;
      };
      _id: Id<"publisherAbuseSignals">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "allTimeDownloads"
      | "allTimeInstallDownloadRatio"
      | "allTimeInstalls"
      | "evidenceAcknowledgedAt"
      | "evidenceBaselineDownloads"
      | "evidenceBaselineInstalls"
      | "firstSeenAt"
      | "freshDownloadsSinceSnooze"
      | "freshInstallsSinceSnooze"
      | "handleSnapshot"
      | "lastChangedAt"
      | "lastNotificationError"
      | "lastNotifiedAt"
      | "lastSeenAt"
      | "latestRunId"
      | "latestScoreId"
      | "needsNotification"
      | "notificationBaselineDownloads"
      | "notificationBaselineInstalls"
      | "notificationClaimedAt"
      | "ownerKey"
      | "ownerPublisherId"
      | "ownerUserId"
      | "recent7Downloads"
      | "recent7InstallDownloadRatio"
      | "recent7Installs"
      | "recent30Downloads"
      | "recent30InstallDownloadRatio"
      | "recent30Installs"
      | "recurrenceCount"
      | "reviewedAt"
      | "reviewedByUserId"
      | "reviewNote"
      | "reviewStatus"
      | "seenCount"
      | "signalType"
      | "skillDisplayName"
      | "skillId"
      | "skillSlug"
      | "snoozeCount"
      | "snoozedUntil"
      | "temporalBenchmark"
      | "temporalBenchmark.downloads30dAverage"
      | "temporalBenchmark.downloads30dMedian"
      | "temporalBenchmark.downloads30dP95"
      | "temporalBenchmark.downloads30dP99"
      | "temporalBenchmark.sampleSize"
      | "temporalBenchmark.scope"
      | "temporalBenchmark.spikeMultiplier7dP95"
      | "temporalBenchmark.spikeMultiplier7dP99";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_last_seen_at: ["lastSeenAt", "_creationTime"];
      by_needs_notification_and_last_changed_at: [
        "needsNotification",
        "lastChangedAt",
        "_creationTime",
      ];
      by_needs_notification_and_notification_claimed_at: [
        "needsNotification",
        "notificationClaimedAt",
        "_creationTime",
      ];
      by_owner_key_and_last_seen_at: [
        "ownerKey",
        "lastSeenAt",
        "_creationTime",
      ];
      by_review_status_and_last_seen_at: [
        "reviewStatus",
        "lastSeenAt",
        "_creationTime",
      ];
      by_signal_type_and_last_seen_at: [
        "signalType",
        "lastSeenAt",
        "_creationTime",
      ];
      by_skill_and_signal_type: ["skillId", "signalType", "_creationTime"];
      by_skill_signal_type_and_owner_key: [
        "skillId",
        "signalType",
        "ownerKey",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  publisherAbuseTemporalScanCandidates: {
    document: {
      displayName: string;
      expirationTime: number;
      handleSnapshot: string;
      ownerKey: string;
      ownerPublisherId?: Id<"publishers">;
      ownerUserId?: Id<"users">;
      runId: Id<"publisherAbuseScoreRuns">;
      skillId: Id<"skills">;
      slug: string;
      temporalScore: {
        baseline7Downloads: number;
        downloadInstallRatio30: number;
        downloads30dCohortBand?: "p95" | "p99";
        downloads30dVsPeerP95?: number;
        installDownloadExcessZScore30: number;
        installDownloadExcessZScore7: number;
        installDownloadRatio30: number;
        installDownloadRatio7: number;
        nearConversion: boolean;
        nearConversionWindowEndDay?: number;
        nearConversionWindowStartDay?: number;
        pressure: number;
        previous30Downloads: number;
        reasonCodes: Array<string>;
        recent30Downloads: number;
        recent30Installs: number;
        recent7Downloads: number;
        recent7Installs: number;
        spike: boolean;
        spikeMultiplier: number;
        spikeMultiplierCohortBand?: "p95" | "p99";
        spikeMultiplierVsPeerP95?: number;
        spikeWindowEndDay?: number;
        spikeWindowStartDay?: number;
        sustained: boolean;
        sustainedWindowEndDay?: number;
        sustainedWindowStartDay?: number;
      };
      totalDownloads: number;
      totalInstalls: number;
      _id: Id<"publisherAbuseTemporalScanCandidates">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "displayName"
      | "expirationTime"
      | "handleSnapshot"
      | "ownerKey"
      | "ownerPublisherId"
      | "ownerUserId"
      | "runId"
      | "skillId"
      | "slug"
      | "temporalScore"
      | "temporalScore.baseline7Downloads"
      | "temporalScore.downloadInstallRatio30"
      | "temporalScore.downloads30dCohortBand"
      | "temporalScore.downloads30dVsPeerP95"
      | "temporalScore.installDownloadExcessZScore7"
      | "temporalScore.installDownloadExcessZScore30"
      | "temporalScore.installDownloadRatio7"
      | "temporalScore.installDownloadRatio30"
      | "temporalScore.nearConversion"
      | "temporalScore.nearConversionWindowEndDay"
      | "temporalScore.nearConversionWindowStartDay"
      | "temporalScore.pressure"
      | "temporalScore.previous30Downloads"
      | "temporalScore.reasonCodes"
      | "temporalScore.recent7Downloads"
      | "temporalScore.recent7Installs"
      | "temporalScore.recent30Downloads"
      | "temporalScore.recent30Installs"
      | "temporalScore.spike"
      | "temporalScore.spikeMultiplier"
      | "temporalScore.spikeMultiplierCohortBand"
      | "temporalScore.spikeMultiplierVsPeerP95"
      | "temporalScore.spikeWindowEndDay"
      | "temporalScore.spikeWindowStartDay"
      | "temporalScore.sustained"
      | "temporalScore.sustainedWindowEndDay"
      | "temporalScore.sustainedWindowStartDay"
      | "totalDownloads"
      | "totalInstalls";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_expiration_time: ["expirationTime", "_creationTime"];
      by_run_id: ["runId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  publisherAbuseTemporalScanSamples: {
    document: {
      expirationTime: number;
      recent30Downloads: number;
      runId: Id<"publisherAbuseScoreRuns">;
      spikeMultiplier: number;
      _id: Id<"publisherAbuseTemporalScanSamples">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "expirationTime"
      | "recent30Downloads"
      | "runId"
      | "spikeMultiplier";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_expiration_time: ["expirationTime", "_creationTime"];
      by_run_id_and_recent30_downloads: [
        "runId",
        "recent30Downloads",
        "_creationTime",
      ];
      by_run_id_and_spike_multiplier: [
        "runId",
        "spikeMultiplier",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  publisherImageUploadTickets: {
    document: {
      createdAt: number;
      expiresAt: number;
      publisherId: Id<"publishers">;
      storageId?: Id<"_storage">;
      usedAt?: number;
      userId: Id<"users">;
      _id: Id<"publisherImageUploadTickets">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "expiresAt"
      | "publisherId"
      | "storageId"
      | "usedAt"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_publisher_user: ["publisherId", "userId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  publisherInvites: {
    document: {
      acceptedAt?: number;
      acceptedByUserId?: Id<"users">;
      createdAt: number;
      declinedAt?: number;
      declinedByUserId?: Id<"users">;
      expiresAt: number;
      inviterUserId: Id<"users">;
      publisherId: Id<"publishers">;
      revokedAt?: number;
      revokedByUserId?: Id<"users">;
      role: "owner" | "admin" | "publisher";
      status: "pending" | "accepted" | "declined" | "revoked";
      targetHandle: string;
      targetUserId?: Id<"users">;
      updatedAt: number;
      _id: Id<"publisherInvites">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "acceptedAt"
      | "acceptedByUserId"
      | "createdAt"
      | "declinedAt"
      | "declinedByUserId"
      | "expiresAt"
      | "inviterUserId"
      | "publisherId"
      | "revokedAt"
      | "revokedByUserId"
      | "role"
      | "status"
      | "targetHandle"
      | "targetUserId"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_expires_at: ["expiresAt", "_creationTime"];
      by_publisher_status_expires: [
        "publisherId",
        "status",
        "expiresAt",
        "_creationTime",
      ];
      by_publisher_target_status_expires: [
        "publisherId",
        "targetHandle",
        "status",
        "expiresAt",
        "_creationTime",
      ];
      by_publisher_target_user_status_expires: [
        "publisherId",
        "targetUserId",
        "status",
        "expiresAt",
        "_creationTime",
      ];
      by_target_handle_status_expires: [
        "targetHandle",
        "status",
        "expiresAt",
        "_creationTime",
      ];
      by_target_user_status_expires: [
        "targetUserId",
        "status",
        "expiresAt",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  publisherMembers: {
    document: {
      createdAt: number;
      publisherId: Id<"publishers">;
      role: "owner" | "admin" | "publisher";
      updatedAt: number;
      userId: Id<"users">;
      _id: Id<"publisherMembers">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "publisherId"
      | "role"
      | "updatedAt"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_publisher: ["publisherId", "_creationTime"];
      by_publisher_and_role: ["publisherId", "role", "_creationTime"];
      by_publisher_user: ["publisherId", "userId", "_creationTime"];
      by_user: ["userId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  publishers: {
    document: {
      bio?: string;
      createdAt: number;
      deactivatedAt?: number;
      deletedAt?: number;
      displayName: string;
      githubHandle?: string;
      githubOrgId?: string;
      githubVerifiedAt?: number;
      githubVerifiedByUserId?: Id<"users">;
      handle: string;
      image?: string;
      imageStorageId?: Id<"_storage">;
      kind: "user" | "org";
      linkedUserId?: Id<"users">;
      publishedPackages?: number;
      publishedSkills?: number;
      skillTotalDownloads?: number;
      skillTotalInstalls?: number;
      skillTotalStars?: number;
      totalDownloads?: number;
      totalInstalls?: number;
      totalStars?: number;
      trustedPublisher?: boolean;
      updatedAt: number;
      _id: Id<"publishers">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "bio"
      | "createdAt"
      | "deactivatedAt"
      | "deletedAt"
      | "displayName"
      | "githubHandle"
      | "githubOrgId"
      | "githubVerifiedAt"
      | "githubVerifiedByUserId"
      | "handle"
      | "image"
      | "imageStorageId"
      | "kind"
      | "linkedUserId"
      | "publishedPackages"
      | "publishedSkills"
      | "skillTotalDownloads"
      | "skillTotalInstalls"
      | "skillTotalStars"
      | "totalDownloads"
      | "totalInstalls"
      | "totalStars"
      | "trustedPublisher"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_active_kind_handle: [
        "deletedAt",
        "deactivatedAt",
        "kind",
        "handle",
        "_creationTime",
      ];
      by_active_kind_total_downloads: [
        "deletedAt",
        "deactivatedAt",
        "kind",
        "totalDownloads",
        "updatedAt",
        "_creationTime",
      ];
      by_active_kind_total_installs: [
        "deletedAt",
        "deactivatedAt",
        "kind",
        "totalInstalls",
        "updatedAt",
        "_creationTime",
      ];
      by_active_total_downloads: [
        "deletedAt",
        "deactivatedAt",
        "totalDownloads",
        "updatedAt",
        "_creationTime",
      ];
      by_active_total_installs: [
        "deletedAt",
        "deactivatedAt",
        "totalInstalls",
        "updatedAt",
        "_creationTime",
      ];
      by_handle: ["handle", "_creationTime"];
      by_kind_handle: ["kind", "handle", "_creationTime"];
      by_linked_user: ["linkedUserId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  rankingMetricImports: {
    document: {
      checksum: string;
      dailyRowCount: number;
      datasetVersion: string;
      endDay: number;
      generatedAt: string;
      importedAt: number;
      importedPackageRows: number;
      importedSkillRows: number;
      packageTargetCount: number;
      skillTargetCount: number;
      skippedOverlayRows: number;
      startDay: number;
      targetCount: number;
      unresolvedTargets: number;
      _id: Id<"rankingMetricImports">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "checksum"
      | "dailyRowCount"
      | "datasetVersion"
      | "endDay"
      | "generatedAt"
      | "importedAt"
      | "importedPackageRows"
      | "importedSkillRows"
      | "packageTargetCount"
      | "skillTargetCount"
      | "skippedOverlayRows"
      | "startDay"
      | "targetCount"
      | "unresolvedTargets";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_dataset_version: ["datasetVersion", "_creationTime"];
      by_imported_at: ["importedAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  registryArtifactBackupJobs: {
    document: {
      attempts: number;
      claimedAt?: number;
      completedAt?: number;
      createdAt: number;
      exhaustedAt?: number;
      lastAttemptAt?: number;
      lastError?: string;
      leaseExpiresAt?: number;
      leaseToken?: string;
      nextRunAt: number;
      packageReleaseId?: Id<"packageReleases">;
      reason: "publish" | "seed" | "retry" | "sync";
      skillVersionId?: Id<"skillVersions">;
      status:
        "pending" | "running" | "succeeded" | "exhausted" | "missingArtifact";
      targetKind: "skillVersion" | "packageRelease";
      updatedAt: number;
      _id: Id<"registryArtifactBackupJobs">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "attempts"
      | "claimedAt"
      | "completedAt"
      | "createdAt"
      | "exhaustedAt"
      | "lastAttemptAt"
      | "lastError"
      | "leaseExpiresAt"
      | "leaseToken"
      | "nextRunAt"
      | "packageReleaseId"
      | "reason"
      | "skillVersionId"
      | "status"
      | "targetKind"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_package_release: ["packageReleaseId", "_creationTime"];
      by_skill_version: ["skillVersionId", "_creationTime"];
      by_status_attempts: ["status", "attempts", "_creationTime"];
      by_status_leaseExpiresAt: ["status", "leaseExpiresAt", "_creationTime"];
      by_status_nextRunAt: ["status", "nextRunAt", "_creationTime"];
      by_updatedAt: ["updatedAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  registryArtifactBackupSyncState: {
    document: {
      cursor?: string;
      isDone?: boolean;
      key: string;
      updatedAt: number;
      _id: Id<"registryArtifactBackupSyncState">;
      _creationTime: number;
    };
    fieldPaths:
      "_creationTime" | "_id" | "cursor" | "isDone" | "key" | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_key: ["key", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  reservedHandles: {
    document: {
      createdAt: number;
      handle: string;
      reason?: string;
      releasedAt?: number;
      rightfulOwnerUserId: Id<"users">;
      updatedAt: number;
      _id: Id<"reservedHandles">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "handle"
      | "reason"
      | "releasedAt"
      | "rightfulOwnerUserId"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_handle: ["handle", "_creationTime"];
      by_handle_active_updatedAt: [
        "handle",
        "releasedAt",
        "updatedAt",
        "_creationTime",
      ];
      by_owner: ["rightfulOwnerUserId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  reservedSlugs: {
    document: {
      deletedAt: number;
      expiresAt: number;
      originalOwnerPublisherId?: Id<"publishers">;
      originalOwnerUserId: Id<"users">;
      reason?: string;
      releasedAt?: number;
      slug: string;
      _id: Id<"reservedSlugs">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "deletedAt"
      | "expiresAt"
      | "originalOwnerPublisherId"
      | "originalOwnerUserId"
      | "reason"
      | "releasedAt"
      | "slug";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_expiry: ["expiresAt", "_creationTime"];
      by_owner: ["originalOwnerUserId", "_creationTime"];
      by_slug: ["slug", "_creationTime"];
      by_slug_active_deletedAt: [
        "slug",
        "releasedAt",
        "deletedAt",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  securityScanDispatchState: {
    document: {
      key: string;
      lastDispatchAt?: number;
      lastDispatchStatus?: "succeeded" | "failed" | "unknown";
      lastError?: string;
      leaseExpiresAt?: number;
      leaseToken?: string;
      scheduledAt?: number;
      scheduledToken?: string;
      updatedAt: number;
      _id: Id<"securityScanDispatchState">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "key"
      | "lastDispatchAt"
      | "lastDispatchStatus"
      | "lastError"
      | "leaseExpiresAt"
      | "leaseToken"
      | "scheduledAt"
      | "scheduledToken"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_key: ["key", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  securityScanJobs: {
    document: {
      attempts: number;
      completedAt?: number;
      createdAt: number;
      hasMaliciousSignal: boolean;
      lastError?: string;
      leaseExpiresAt?: number;
      leaseToken?: string;
      nextRunAt: number;
      packageReleaseId?: Id<"packageReleases">;
      priority: number;
      rolloutGate?: "github-skill-sync";
      runId?: string;
      skillScanRequestId?: Id<"skillScanRequests">;
      skillVersionId?: Id<"skillVersions">;
      source:
        | "publish"
        | "vt-update"
        | "backfill"
        | "bulk-rescan"
        | "manual"
        | "skills-sh-catalog-test";
      status: "queued" | "running" | "succeeded" | "failed";
      targetKind: "skillVersion" | "packageRelease" | "skillScanRequest";
      updatedAt: number;
      waitForVtUntil: number;
      workerId?: string;
      _id: Id<"securityScanJobs">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "attempts"
      | "completedAt"
      | "createdAt"
      | "hasMaliciousSignal"
      | "lastError"
      | "leaseExpiresAt"
      | "leaseToken"
      | "nextRunAt"
      | "packageReleaseId"
      | "priority"
      | "rolloutGate"
      | "runId"
      | "skillScanRequestId"
      | "skillVersionId"
      | "source"
      | "status"
      | "targetKind"
      | "updatedAt"
      | "waitForVtUntil"
      | "workerId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_package_release: ["packageReleaseId", "_creationTime"];
      by_skill_scan_request: ["skillScanRequestId", "_creationTime"];
      by_skill_version: ["skillVersionId", "_creationTime"];
      by_status_and_lease_expires_at: [
        "status",
        "leaseExpiresAt",
        "_creationTime",
      ];
      by_status_and_next_run_at: ["status", "nextRunAt", "_creationTime"];
      by_status_and_updated_at: ["status", "updatedAt", "_creationTime"];
      by_status_malicious_signal_next_run_at: [
        "status",
        "hasMaliciousSignal",
        "nextRunAt",
        "_creationTime",
      ];
      by_status_source_created_at: [
        "status",
        "source",
        "createdAt",
        "_creationTime",
      ];
      by_status_source_next_run_at: [
        "status",
        "source",
        "nextRunAt",
        "_creationTime",
      ];
      by_status_source_target_kind_created_at: [
        "status",
        "source",
        "targetKind",
        "createdAt",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  skillAppeals: {
    document: {
      actionTaken?: "none" | "restore";
      createdAt: number;
      message: string;
      resolutionNote?: string;
      resolvedAt?: number;
      resolvedBy?: Id<"users">;
      skillId: Id<"skills">;
      skillVersionId?: Id<"skillVersions">;
      status: "open" | "accepted" | "rejected";
      userId: Id<"users">;
      version?: string;
      _id: Id<"skillAppeals">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "actionTaken"
      | "createdAt"
      | "message"
      | "resolutionNote"
      | "resolvedAt"
      | "resolvedBy"
      | "skillId"
      | "skillVersionId"
      | "status"
      | "userId"
      | "version";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_createdAt: ["createdAt", "_creationTime"];
      by_skill_status_createdAt: [
        "skillId",
        "status",
        "createdAt",
        "_creationTime",
      ];
      by_status_createdAt: ["status", "createdAt", "_creationTime"];
      by_user_createdAt: ["userId", "createdAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  skillBadges: {
    document: {
      at: number;
      byUserId: Id<"users">;
      kind: "highlighted" | "official" | "deprecated" | "redactionApproved";
      skillId: Id<"skills">;
      _id: Id<"skillBadges">;
      _creationTime: number;
    };
    fieldPaths:
      "_creationTime" | "_id" | "at" | "byUserId" | "kind" | "skillId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_kind_at: ["kind", "at", "_creationTime"];
      by_skill: ["skillId", "_creationTime"];
      by_skill_kind: ["skillId", "kind", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  skillCardGenerationJobs: {
    document: {
      attempts: number;
      completedAt?: number;
      createdAt: number;
      lastError?: string;
      leaseExpiresAt?: number;
      leaseToken?: string;
      nextRunAt: number;
      priority: number;
      runId?: string;
      skillId: Id<"skills">;
      skillVersionId: Id<"skillVersions">;
      source: "publish" | "scan" | "manual";
      status: "queued" | "running" | "succeeded" | "failed";
      updatedAt: number;
      workerId?: string;
      _id: Id<"skillCardGenerationJobs">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "attempts"
      | "completedAt"
      | "createdAt"
      | "lastError"
      | "leaseExpiresAt"
      | "leaseToken"
      | "nextRunAt"
      | "priority"
      | "runId"
      | "skillId"
      | "skillVersionId"
      | "source"
      | "status"
      | "updatedAt"
      | "workerId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_skill: ["skillId", "_creationTime"];
      by_skill_version: ["skillVersionId", "_creationTime"];
      by_skill_version_status: ["skillVersionId", "status", "_creationTime"];
      by_status_and_lease_expires_at: [
        "status",
        "leaseExpiresAt",
        "_creationTime",
      ];
      by_status_and_next_run_at: ["status", "nextRunAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  skillDailyStats: {
    document: {
      bookmarks?: number;
      day: number;
      downloads: number;
      installs: number;
      rankingDatasetVersion?: string;
      rankingImportedAt?: number;
      skillId: Id<"skills">;
      updatedAt: number;
      _id: Id<"skillDailyStats">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "bookmarks"
      | "day"
      | "downloads"
      | "installs"
      | "rankingDatasetVersion"
      | "rankingImportedAt"
      | "skillId"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_day: ["day", "_creationTime"];
      by_skill_day: ["skillId", "day", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  skillEmbeddings: {
    document: {
      embedding: Array<number>;
      isApproved: boolean;
      isLatest: boolean;
      ownerId: Id<"users">;
      ownerPublisherId?: Id<"publishers">;
      skillId: Id<"skills">;
      updatedAt: number;
      versionId: Id<"skillVersions">;
      visibility: string;
      _id: Id<"skillEmbeddings">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "embedding"
      | "isApproved"
      | "isLatest"
      | "ownerId"
      | "ownerPublisherId"
      | "skillId"
      | "updatedAt"
      | "versionId"
      | "visibility";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_skill: ["skillId", "_creationTime"];
      by_version: ["versionId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {
      by_embedding: {
        vectorField: "embedding";
        dimensions: number;
        filterFields: "visibility";
      };
    };
  };
  skillHourlyStats: {
    document: {
      bookmarks: number;
      downloads: number;
      expiresAt: number;
      generation: number;
      hour: number;
      installs: number;
      skillId: Id<"skills">;
      updatedAt: number;
      _id: Id<"skillHourlyStats">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "bookmarks"
      | "downloads"
      | "expiresAt"
      | "generation"
      | "hour"
      | "installs"
      | "skillId"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_expires_at: ["expiresAt", "_creationTime"];
      by_hour: ["hour", "_creationTime"];
      by_skill_and_hour_and_generation: [
        "skillId",
        "hour",
        "generation",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  skillHourlyStatStates: {
    document: {
      activeGeneration: number;
      backfillCompletedAt?: number;
      eventBackfillThroughCreationTime: number;
      key: string;
      lastAggregationCompletedAt?: number;
      lastProcessedEventCreationTime?: number;
      liveStartedAt: number;
      updatedAt: number;
      _id: Id<"skillHourlyStatStates">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "activeGeneration"
      | "backfillCompletedAt"
      | "eventBackfillThroughCreationTime"
      | "key"
      | "lastAggregationCompletedAt"
      | "lastProcessedEventCreationTime"
      | "liveStartedAt"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_key: ["key", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  skillLeaderboards: {
    document: {
      generatedAt: number;
      items: Array<{
        downloads: number;
        installs: number;
        score: number;
        skillId: Id<"skills">;
      }>;
      kind: string;
      rangeEndDay: number;
      rangeStartDay: number;
      _id: Id<"skillLeaderboards">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "generatedAt"
      | "items"
      | "kind"
      | "rangeEndDay"
      | "rangeStartDay";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_kind: ["kind", "generatedAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  skillModerationEventLogs: {
    document: {
      action: string;
      actorUserId: Id<"users">;
      appealId?: Id<"skillAppeals">;
      createdAt: number;
      kind: "report" | "appeal";
      metadata?: any;
      reportId?: Id<"skillReports">;
      _id: Id<"skillModerationEventLogs">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "action"
      | "actorUserId"
      | "appealId"
      | "createdAt"
      | "kind"
      | "metadata"
      | "reportId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_actor_createdAt: ["actorUserId", "createdAt", "_creationTime"];
      by_appeal_createdAt: ["appealId", "createdAt", "_creationTime"];
      by_report_createdAt: ["reportId", "createdAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  skillOwnershipTransfers: {
    document: {
      expiresAt: number;
      fromUserId: Id<"users">;
      message?: string;
      requestedAt: number;
      respondedAt?: number;
      skillId: Id<"skills">;
      status: "pending" | "accepted" | "rejected" | "cancelled" | "expired";
      toUserId: Id<"users">;
      _id: Id<"skillOwnershipTransfers">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "expiresAt"
      | "fromUserId"
      | "message"
      | "requestedAt"
      | "respondedAt"
      | "skillId"
      | "status"
      | "toUserId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_from_user: ["fromUserId", "_creationTime"];
      by_from_user_status: ["fromUserId", "status", "_creationTime"];
      by_skill: ["skillId", "_creationTime"];
      by_skill_status: ["skillId", "status", "_creationTime"];
      by_to_user: ["toUserId", "_creationTime"];
      by_to_user_status: ["toUserId", "status", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  skillPresentationAssets: {
    document: {
      contentType: "image/png" | "image/jpeg" | "image/webp" | "image/svg+xml";
      createdAt: number;
      sha256: string;
      size: number;
      storageId: Id<"_storage">;
      _id: Id<"skillPresentationAssets">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "contentType"
      | "createdAt"
      | "sha256"
      | "size"
      | "storageId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_sha256: ["sha256", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  skillPublishUploadTickets: {
    document: {
      contentType?: string;
      createdAt: number;
      expiresAt: number;
      path: string;
      sha256: string;
      size: number;
      storageId?: Id<"_storage">;
      usedAt?: number;
      userId: Id<"users">;
      _id: Id<"skillPublishUploadTickets">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "contentType"
      | "createdAt"
      | "expiresAt"
      | "path"
      | "sha256"
      | "size"
      | "storageId"
      | "usedAt"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_expires_at: ["expiresAt", "_creationTime"];
      by_user: ["userId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  skillReports: {
    document: {
      actionTaken?: "none" | "hide";
      createdAt: number;
      reason?: string;
      skillId: Id<"skills">;
      skillVersionId?: Id<"skillVersions">;
      status?: "open" | "confirmed" | "dismissed" | "triaged";
      triageNote?: string;
      triagedAt?: number;
      triagedBy?: Id<"users">;
      userId: Id<"users">;
      version?: string;
      _id: Id<"skillReports">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "actionTaken"
      | "createdAt"
      | "reason"
      | "skillId"
      | "skillVersionId"
      | "status"
      | "triagedAt"
      | "triagedBy"
      | "triageNote"
      | "userId"
      | "version";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_createdAt: ["createdAt", "_creationTime"];
      by_skill: ["skillId", "_creationTime"];
      by_skill_createdAt: ["skillId", "createdAt", "_creationTime"];
      by_skill_status_createdAt: [
        "skillId",
        "status",
        "createdAt",
        "_creationTime",
      ];
      by_skill_user: ["skillId", "userId", "_creationTime"];
      by_status_createdAt: ["status", "createdAt", "_creationTime"];
      by_user: ["userId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  skills: {
    document: {
      badges?: {
        deprecated?: { at: number; byUserId: Id<"users"> };
        highlighted?: { at: number; byUserId: Id<"users"> };
        official?: { at: number; byUserId: Id<"users"> };
        redactionApproved?: { at: number; byUserId: Id<"users"> };
      };
      batch?: string;
      canonicalSkillId?: Id<"skills">;
      categories?: Array<string>;
      createdAt: number;
      displayName: string;
      downloadBackfill?: {
        appliedAt: number;
        baselineAverageDownloadsPerSkillWeek: number;
        baselineCollectedAt: number;
        baselinePublicHostedDownloads: number;
        baselinePublicHostedSkillCount: number;
        baselinePublicHostedSkillWeeks: number;
        basis: "public-hosted-downloads-per-published-week";
        estimatedBackfilledDownloads: number;
        modelVersion: string;
        pendingSkillDocDownloads: number;
        previousDownloads: number;
        publishedAt: number;
        publishedWeeks: number;
        sourceRepo: string;
        targetDownloads: number;
      };
      forkOf?: {
        at: number;
        kind: "fork" | "duplicate";
        skillId: Id<"skills">;
        version?: string;
      };
      githubCurrentCandidateId?: Id<"githubSkillCandidates">;
      githubCurrentCheckedAt?: number;
      githubCurrentCommit?: string;
      githubCurrentContentHash?: string;
      githubCurrentRepo?: string;
      githubCurrentStatus?: "present" | "missing" | "unknown";
      githubHasSkillCard?: boolean;
      githubPath?: string;
      githubPendingCandidateId?: Id<"githubSkillCandidates">;
      githubRemovedAt?: number;
      githubScanStatus?:
        "clean" | "suspicious" | "malicious" | "pending" | "failed";
      githubSourceId?: Id<"githubSkillSources">;
      hiddenAt?: number;
      hiddenBy?: Id<"users">;
      icon?: string;
      inferredAt?: number;
      inferredCategories?: Array<string>;
      inferredCategoryConfidence?: "high" | "medium" | "low";
      inferredClassifierVersion?: string;
      inferredFromVersionId?: Id<"skillVersions">;
      inferredInputHash?: string;
      inferredTopicClassifierVersion?: string;
      inferredTopicConfidence?: "high" | "medium" | "low";
      inferredTopicInputHash?: string;
      inferredTopics?: Array<string>;
      installBackfill?: {
        appliedAt: number;
        cleanDownloads: number;
        cleanInstalls: number;
        cleanWindowEndDay: number;
        cleanWindowStartDay: number;
        estimatedBackfilledInstalls: number;
        globalCleanRate: number;
        maxSmoothedRate: number;
        minimumCleanDownloads: number;
        modelVersion: string;
        pendingSkillDocDownloads: number;
        pendingSkillDocInstallsAllTime: number;
        previousInstallsAllTime: number;
        priorDownloads: number;
        smoothedRate: number;
        targetInstallsAllTime: number;
        totalDownloads: number;
      };
      installKind?: "github";
      isSuspicious?: boolean;
      lastReportedAt?: number;
      lastReviewedAt?: number;
      latestVersionId?: Id<"skillVersions">;
      latestVersionSummary?: {
        changelog: string;
        changelogSource?: "auto" | "user";
        clawdis?: any;
        createdAt: number;
        description?: string;
        version: string;
      };
      manualOverride?: {
        note: string;
        reviewerUserId: Id<"users">;
        updatedAt: number;
        verdict: "clean";
      };
      moderationEngineVersion?: string;
      moderationEvaluatedAt?: number;
      moderationEvidence?: Array<{
        code: string;
        evidence: string;
        file: string;
        line: number;
        message: string;
        severity: "info" | "warn" | "critical";
      }>;
      moderationFlags?: Array<string>;
      moderationNotes?: string;
      moderationReason?: string;
      moderationReasonCodes?: Array<string>;
      moderationSourceVersionId?: Id<"skillVersions">;
      moderationStatus?: "active" | "hidden" | "removed";
      moderationSummary?: string;
      moderationVerdict?: "clean" | "suspicious" | "malicious";
      ownerPublisherId?: Id<"publishers">;
      ownerUserId: Id<"users">;
      quality?: {
        decision: "pass" | "quarantine" | "reject";
        evaluatedAt: number;
        reason: string;
        score: number;
        signals: {
          bodyChars: number;
          bodyWords: number;
          bulletCount: number;
          cjkChars?: number;
          genericSummary: boolean;
          headingCount: number;
          templateMarkerHits: number;
          uniqueWordRatio: number;
        };
        similarRecentCount: number;
        trustTier: "low" | "medium" | "trusted";
      };
      reportCount?: number;
      resourceId?: string;
      scanCheckCount?: number;
      scanLastCheckedAt?: number;
      slug: string;
      softDeletedAt?: number;
      stats: {
        comments: number;
        downloads: number;
        installsAllTime?: number;
        installsCurrent?: number;
        stars: number;
        versions: number;
      };
      statsDownloads?: number;
      statsGithubStars?: number;
      statsInstallsAllTime?: number;
      statsInstallsCurrent?: number;
      statsSkillsShInstalls?: number;
      statsStars?: number;
      summary?: string;
      tags: Record<string, Id<"skillVersions">>;
      topics?: Array<string>;
      unpublishedOriginalSlug?: string;
      unpublishedSlugReleasedAt?: number;
      unpublishedSlugReservedUntil?: number;
      updatedAt: number;
      _id: Id<"skills">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "badges"
      | "badges.deprecated"
      | "badges.deprecated.at"
      | "badges.deprecated.byUserId"
      | "badges.highlighted"
      | "badges.highlighted.at"
      | "badges.highlighted.byUserId"
      | "badges.official"
      | "badges.official.at"
      | "badges.official.byUserId"
      | "badges.redactionApproved"
      | "badges.redactionApproved.at"
      | "badges.redactionApproved.byUserId"
      | "batch"
      | "canonicalSkillId"
      | "categories"
      | "createdAt"
      | "displayName"
      | "downloadBackfill"
      | "downloadBackfill.appliedAt"
      | "downloadBackfill.baselineAverageDownloadsPerSkillWeek"
      | "downloadBackfill.baselineCollectedAt"
      | "downloadBackfill.baselinePublicHostedDownloads"
      | "downloadBackfill.baselinePublicHostedSkillCount"
      | "downloadBackfill.baselinePublicHostedSkillWeeks"
      | "downloadBackfill.basis"
      | "downloadBackfill.estimatedBackfilledDownloads"
      | "downloadBackfill.modelVersion"
      | "downloadBackfill.pendingSkillDocDownloads"
      | "downloadBackfill.previousDownloads"
      | "downloadBackfill.publishedAt"
      | "downloadBackfill.publishedWeeks"
      | "downloadBackfill.sourceRepo"
      | "downloadBackfill.targetDownloads"
      | "forkOf"
      | "forkOf.at"
      | "forkOf.kind"
      | "forkOf.skillId"
      | "forkOf.version"
      | "githubCurrentCandidateId"
      | "githubCurrentCheckedAt"
      | "githubCurrentCommit"
      | "githubCurrentContentHash"
      | "githubCurrentRepo"
      | "githubCurrentStatus"
      | "githubHasSkillCard"
      | "githubPath"
      | "githubPendingCandidateId"
      | "githubRemovedAt"
      | "githubScanStatus"
      | "githubSourceId"
      | "hiddenAt"
      | "hiddenBy"
      | "icon"
      | "inferredAt"
      | "inferredCategories"
      | "inferredCategoryConfidence"
      | "inferredClassifierVersion"
      | "inferredFromVersionId"
      | "inferredInputHash"
      | "inferredTopicClassifierVersion"
      | "inferredTopicConfidence"
      | "inferredTopicInputHash"
      | "inferredTopics"
      | "installBackfill"
      | "installBackfill.appliedAt"
      | "installBackfill.cleanDownloads"
      | "installBackfill.cleanInstalls"
      | "installBackfill.cleanWindowEndDay"
      | "installBackfill.cleanWindowStartDay"
      | "installBackfill.estimatedBackfilledInstalls"
      | "installBackfill.globalCleanRate"
      | "installBackfill.maxSmoothedRate"
      | "installBackfill.minimumCleanDownloads"
      | "installBackfill.modelVersion"
      | "installBackfill.pendingSkillDocDownloads"
      | "installBackfill.pendingSkillDocInstallsAllTime"
      | "installBackfill.previousInstallsAllTime"
      | "installBackfill.priorDownloads"
      | "installBackfill.smoothedRate"
      | "installBackfill.targetInstallsAllTime"
      | "installBackfill.totalDownloads"
      | "installKind"
      | "isSuspicious"
      | "lastReportedAt"
      | "lastReviewedAt"
      | "latestVersionId"
      | "latestVersionSummary"
      | "latestVersionSummary.changelog"
      | "latestVersionSummary.changelogSource"
      | "latestVersionSummary.clawdis"
      | "latestVersionSummary.createdAt"
      | "latestVersionSummary.description"
      | "latestVersionSummary.version"
      | "manualOverride"
      | "manualOverride.note"
      | "manualOverride.reviewerUserId"
      | "manualOverride.updatedAt"
      | "manualOverride.verdict"
      | "moderationEngineVersion"
      | "moderationEvaluatedAt"
      | "moderationEvidence"
      | "moderationFlags"
      | "moderationNotes"
      | "moderationReason"
      | "moderationReasonCodes"
      | "moderationSourceVersionId"
      | "moderationStatus"
      | "moderationSummary"
      | "moderationVerdict"
      | "ownerPublisherId"
      | "ownerUserId"
      | "quality"
      | "quality.decision"
      | "quality.evaluatedAt"
      | "quality.reason"
      | "quality.score"
      | "quality.signals"
      | "quality.signals.bodyChars"
      | "quality.signals.bodyWords"
      | "quality.signals.bulletCount"
      | "quality.signals.cjkChars"
      | "quality.signals.genericSummary"
      | "quality.signals.headingCount"
      | "quality.signals.templateMarkerHits"
      | "quality.signals.uniqueWordRatio"
      | "quality.similarRecentCount"
      | "quality.trustTier"
      | "reportCount"
      | "resourceId"
      | "scanCheckCount"
      | "scanLastCheckedAt"
      | "slug"
      | "softDeletedAt"
      | "stats"
      | "stats.comments"
      | "stats.downloads"
      | "stats.installsAllTime"
      | "stats.installsCurrent"
      | "stats.stars"
      | "stats.versions"
      | "statsDownloads"
      | "statsGithubStars"
      | "statsInstallsAllTime"
      | "statsInstallsCurrent"
      | "statsSkillsShInstalls"
      | "statsStars"
      | "summary"
      | "tags"
      | `tags.${string}`
      | "topics"
      | "unpublishedOriginalSlug"
      | "unpublishedSlugReleasedAt"
      | "unpublishedSlugReservedUntil"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_active_created: ["softDeletedAt", "createdAt", "_creationTime"];
      by_active_name: ["softDeletedAt", "displayName", "_creationTime"];
      by_active_stats_downloads: [
        "softDeletedAt",
        "statsDownloads",
        "updatedAt",
        "_creationTime",
      ];
      by_active_stats_installs_all_time: [
        "softDeletedAt",
        "statsInstallsAllTime",
        "updatedAt",
        "_creationTime",
      ];
      by_active_stats_stars: [
        "softDeletedAt",
        "statsStars",
        "updatedAt",
        "_creationTime",
      ];
      by_active_updated: ["softDeletedAt", "updatedAt", "_creationTime"];
      by_batch: ["batch", "_creationTime"];
      by_canonical: ["canonicalSkillId", "_creationTime"];
      by_fork_of: ["forkOf.skillId", "_creationTime"];
      by_github_source: ["githubSourceId", "_creationTime"];
      by_moderation: ["moderationStatus", "moderationReason", "_creationTime"];
      by_nonsuspicious_created: [
        "softDeletedAt",
        "isSuspicious",
        "createdAt",
        "_creationTime",
      ];
      by_nonsuspicious_downloads: [
        "softDeletedAt",
        "isSuspicious",
        "statsDownloads",
        "updatedAt",
        "_creationTime",
      ];
      by_nonsuspicious_installs: [
        "softDeletedAt",
        "isSuspicious",
        "statsInstallsAllTime",
        "updatedAt",
        "_creationTime",
      ];
      by_nonsuspicious_name: [
        "softDeletedAt",
        "isSuspicious",
        "displayName",
        "_creationTime",
      ];
      by_nonsuspicious_stars: [
        "softDeletedAt",
        "isSuspicious",
        "statsStars",
        "updatedAt",
        "_creationTime",
      ];
      by_nonsuspicious_updated: [
        "softDeletedAt",
        "isSuspicious",
        "updatedAt",
        "_creationTime",
      ];
      by_owner: ["ownerUserId", "_creationTime"];
      by_owner_active_updated: [
        "ownerUserId",
        "softDeletedAt",
        "updatedAt",
        "_creationTime",
      ];
      by_owner_publisher: ["ownerPublisherId", "_creationTime"];
      by_owner_publisher_active_downloads: [
        "ownerPublisherId",
        "softDeletedAt",
        "statsDownloads",
        "updatedAt",
        "_creationTime",
      ];
      by_owner_publisher_active_installs: [
        "ownerPublisherId",
        "softDeletedAt",
        "statsInstallsAllTime",
        "updatedAt",
        "_creationTime",
      ];
      by_owner_publisher_active_updated: [
        "ownerPublisherId",
        "softDeletedAt",
        "updatedAt",
        "_creationTime",
      ];
      by_owner_publisher_slug: ["ownerPublisherId", "slug", "_creationTime"];
      by_owner_slug: ["ownerUserId", "slug", "_creationTime"];
      by_slug: ["slug", "_creationTime"];
      by_stats_downloads: ["statsDownloads", "updatedAt", "_creationTime"];
      by_stats_installs_all_time: [
        "statsInstallsAllTime",
        "updatedAt",
        "_creationTime",
      ];
      by_stats_installs_current: [
        "statsInstallsCurrent",
        "updatedAt",
        "_creationTime",
      ];
      by_stats_stars: ["statsStars", "updatedAt", "_creationTime"];
      by_updated: ["updatedAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  skillScanRequestFileChunks: {
    document: {
      chunkIndex: number;
      createdAt: number;
      files: Array<{
        contentType?: string;
        path: string;
        sha256: string;
        size: number;
        storageId: Id<"_storage">;
      }>;
      skillScanRequestId: Id<"skillScanRequests">;
      _id: Id<"skillScanRequestFileChunks">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "chunkIndex"
      | "createdAt"
      | "files"
      | "skillScanRequestId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_skill_scan_request_id_and_chunk_index: [
        "skillScanRequestId",
        "chunkIndex",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  skillScanRequests: {
    document: {
      actorUserId: Id<"users">;
      completedAt?: number;
      createdAt: number;
      displayName?: string;
      expiresAt: number;
      fileChunkCount?: number;
      fileManifestBytes?: number;
      files: Array<{
        contentType?: string;
        path: string;
        sha256: string;
        size: number;
        storageId: Id<"_storage">;
      }>;
      githubSkillScanId?: Id<"githubSkillScans">;
      lastError?: string;
      llmAnalysis?: {
        agenticRiskFindings?: Array<{
          categoryId: string;
          categoryLabel: string;
          confidence: "high" | "medium" | "low";
          evidence?: { explanation: string; path: string; snippet: string };
          recommendation: string;
          riskBucket:
            | "abnormal_behavior_control"
            | "permission_boundary"
            | "sensitive_data_protection";
          severity: string;
          status: "none" | "note" | "concern";
          userImpact: string;
        }>;
        checkedAt: number;
        confidence?: string;
        dimensions?: Array<{
          detail: string;
          label: string;
          name: string;
          rating: string;
        }>;
        findings?: string;
        guidance?: string;
        model?: string;
        riskSummary?: {
          abnormal_behavior_control: {
            highestSeverity?: string;
            status: "none" | "note" | "concern";
            summary: string;
          };
          permission_boundary: {
            highestSeverity?: string;
            status: "none" | "note" | "concern";
            summary: string;
          };
          sensitive_data_protection: {
            highestSeverity?: string;
            status: "none" | "note" | "concern";
            summary: string;
          };
        };
        status: string;
        summary?: string;
        verdict?: string;
      };
      parsed?: {
        clawdis?: any;
        frontmatter: Record<string, any>;
        license?: "MIT-0";
        metadata?: any;
        moltbot?: any;
        presentation?: {
          displayName: string;
          displayNameSource?: "publisher" | "openai" | "skill" | "slug";
          icon?: string;
          summary?: string;
          summarySource?: "publisher" | "openai" | "skill" | "generated";
        };
      };
      requestedJobPriority?: number;
      requestedJobSource?:
        | "publish"
        | "vt-update"
        | "backfill"
        | "bulk-rescan"
        | "manual"
        | "skills-sh-catalog-test";
      runId?: string;
      securityScanJobId?: Id<"securityScanJobs">;
      sha256hash?: string;
      skillId?: Id<"skills">;
      skillSpectorAnalysis?: {
        checkedAt: number;
        error?: string;
        issueCount: number;
        issues: Array<{
          category?: string;
          codeSnippet?: string;
          confidence?: number;
          endLine?: number;
          explanation: string;
          file?: string;
          finding?: string;
          issueId: string;
          pattern?: string;
          remediation?: string;
          severity: string;
          startLine?: number;
        }>;
        recommendation?: string;
        scannerVersion?: string;
        score?: number;
        severity?: string;
        status: string;
        summary?: string;
      };
      skillVersionId?: Id<"skillVersions">;
      skillsShCatalogAttemptId?: Id<"skillsShCatalogScanAttempts">;
      slug?: string;
      sourceKind: "upload" | "published" | "github" | "skills-sh-catalog";
      staticScan?: {
        checkedAt: number;
        engineVersion: string;
        findings: Array<{
          code: string;
          evidence: string;
          file: string;
          line: number;
          message: string;
          severity: "info" | "warn" | "critical";
        }>;
        reasonCodes: Array<string>;
        status: "clean" | "suspicious" | "malicious";
        summary: string;
      };
      status: "queued" | "running" | "succeeded" | "failed";
      update: boolean;
      updatedAt: number;
      version?: string;
      vtAnalysis?: {
        analysis?: string;
        checkedAt: number;
        engineStats?: {
          harmless?: number;
          malicious?: number;
          suspicious?: number;
          undetected?: number;
        };
        scanner?: string;
        source?: string;
        status: string;
        verdict?: string;
      };
      writtenBack: boolean;
      _id: Id<"skillScanRequests">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "actorUserId"
      | "completedAt"
      | "createdAt"
      | "displayName"
      | "expiresAt"
      | "fileChunkCount"
      | "fileManifestBytes"
      | "files"
      | "githubSkillScanId"
      | "lastError"
      | "llmAnalysis"
      | "llmAnalysis.agenticRiskFindings"
      | "llmAnalysis.checkedAt"
      | "llmAnalysis.confidence"
      | "llmAnalysis.dimensions"
      | "llmAnalysis.findings"
      | "llmAnalysis.guidance"
      | "llmAnalysis.model"
      | "llmAnalysis.riskSummary"
      | "llmAnalysis.riskSummary.abnormal_behavior_control"
      | "llmAnalysis.riskSummary.abnormal_behavior_control.highestSeverity"
      | "llmAnalysis.riskSummary.abnormal_behavior_control.status"
      | "llmAnalysis.riskSummary.abnormal_behavior_control.summary"
      | "llmAnalysis.riskSummary.permission_boundary"
      | "llmAnalysis.riskSummary.permission_boundary.highestSeverity"
      | "llmAnalysis.riskSummary.permission_boundary.status"
      | "llmAnalysis.riskSummary.permission_boundary.summary"
      | "llmAnalysis.riskSummary.sensitive_data_protection"
      | "llmAnalysis.riskSummary.sensitive_data_protection.highestSeverity"
      | "llmAnalysis.riskSummary.sensitive_data_protection.status"
      | "llmAnalysis.riskSummary.sensitive_data_protection.summary"
      | "llmAnalysis.status"
      | "llmAnalysis.summary"
      | "llmAnalysis.verdict"
      | "parsed"
      | "parsed.clawdis"
      | "parsed.frontmatter"
      | `parsed.frontmatter.${string}`
      | "parsed.license"
      | "parsed.metadata"
      | "parsed.moltbot"
      | "parsed.presentation"
      | "parsed.presentation.displayName"
      | "parsed.presentation.displayNameSource"
      | "parsed.presentation.icon"
      | "parsed.presentation.summary"
      | "parsed.presentation.summarySource"
      | "requestedJobPriority"
      | "requestedJobSource"
      | "runId"
      | "securityScanJobId"
      | "sha256hash"
      | "skillId"
      | "skillSpectorAnalysis"
      | "skillSpectorAnalysis.checkedAt"
      | "skillSpectorAnalysis.error"
      | "skillSpectorAnalysis.issueCount"
      | "skillSpectorAnalysis.issues"
      | "skillSpectorAnalysis.recommendation"
      | "skillSpectorAnalysis.scannerVersion"
      | "skillSpectorAnalysis.score"
      | "skillSpectorAnalysis.severity"
      | "skillSpectorAnalysis.status"
      | "skillSpectorAnalysis.summary"
      | "skillsShCatalogAttemptId"
      | "skillVersionId"
      | "slug"
      | "sourceKind"
      | "staticScan"
      | "staticScan.checkedAt"
      | "staticScan.engineVersion"
      | "staticScan.findings"
      | "staticScan.reasonCodes"
      | "staticScan.status"
      | "staticScan.summary"
      | "status"
      | "update"
      | "updatedAt"
      | "version"
      | "vtAnalysis"
      | "vtAnalysis.analysis"
      | "vtAnalysis.checkedAt"
      | "vtAnalysis.engineStats"
      | "vtAnalysis.engineStats.harmless"
      | "vtAnalysis.engineStats.malicious"
      | "vtAnalysis.engineStats.suspicious"
      | "vtAnalysis.engineStats.undetected"
      | "vtAnalysis.scanner"
      | "vtAnalysis.source"
      | "vtAnalysis.status"
      | "vtAnalysis.verdict"
      | "writtenBack";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_actor_user_id_and_created_at: [
        "actorUserId",
        "createdAt",
        "_creationTime",
      ];
      by_expires_at: ["expiresAt", "_creationTime"];
      by_security_scan_job_id: ["securityScanJobId", "_creationTime"];
      by_skill_version_id_and_created_at: [
        "skillVersionId",
        "createdAt",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  skillSearchDigest: {
    document: {
      badges?: {
        deprecated?: { at: number; byUserId: Id<"users"> };
        highlighted?: { at: number; byUserId: Id<"users"> };
        official?: { at: number; byUserId: Id<"users"> };
        redactionApproved?: { at: number; byUserId: Id<"users"> };
      };
      canonicalSkillId?: Id<"skills">;
      categories?: Array<string>;
      createdAt: number;
      displayName: string;
      forkOf?: {
        at: number;
        kind: "fork" | "duplicate";
        skillId: Id<"skills">;
        version?: string;
      };
      githubCurrentStatus?: "present" | "missing" | "unknown";
      githubHasSkillCard?: boolean;
      githubScanStatus?:
        "clean" | "suspicious" | "malicious" | "pending" | "failed";
      icon?: string;
      installKind?: "github";
      isSuspicious?: boolean;
      latestVersionId?: Id<"skillVersions">;
      latestVersionSkillId?: Id<"skills">;
      latestVersionSummary?: {
        changelog: string;
        changelogSource?: "auto" | "user";
        clawdis?: any;
        createdAt: number;
        description?: string;
        version: string;
      };
      moderationFlags?: Array<string>;
      moderationReason?: string;
      moderationStatus?: "active" | "hidden" | "removed";
      moderationVerdict?: "clean" | "suspicious" | "malicious";
      normalizedDisplayName?: string;
      normalizedDisplayNameFirstToken?: string;
      normalizedSlug?: string;
      normalizedSlugFirstToken?: string;
      ownerDisplayName?: string;
      ownerHandle?: string;
      ownerImage?: string;
      ownerKind?: "user" | "org";
      ownerName?: string;
      ownerPublisherId?: Id<"publishers">;
      ownerUserId: Id<"users">;
      publicVersion?:
        | { status: "available"; versionId: Id<"skillVersions"> }
        | { status: "unavailable" };
      recommendedScore?: number;
      recommendedScoreVersion?: number;
      skillId: Id<"skills">;
      slug: string;
      softDeletedAt?: number;
      stats: {
        comments: number;
        downloads: number;
        installsAllTime?: number;
        installsCurrent?: number;
        stars: number;
        versions: number;
      };
      statsDownloads?: number;
      statsGithubStars?: number;
      statsInstallsAllTime?: number;
      statsInstallsCurrent?: number;
      statsSkillsShInstalls?: number;
      statsStars?: number;
      summary?: string;
      tags: Record<string, Id<"skillVersions">>;
      topics?: Array<string>;
      updatedAt: number;
      _id: Id<"skillSearchDigest">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "badges"
      | "badges.deprecated"
      | "badges.deprecated.at"
      | "badges.deprecated.byUserId"
      | "badges.highlighted"
      | "badges.highlighted.at"
      | "badges.highlighted.byUserId"
      | "badges.official"
      | "badges.official.at"
      | "badges.official.byUserId"
      | "badges.redactionApproved"
      | "badges.redactionApproved.at"
      | "badges.redactionApproved.byUserId"
      | "canonicalSkillId"
      | "categories"
      | "createdAt"
      | "displayName"
      | "forkOf"
      | "forkOf.at"
      | "forkOf.kind"
      | "forkOf.skillId"
      | "forkOf.version"
      | "githubCurrentStatus"
      | "githubHasSkillCard"
      | "githubScanStatus"
      | "icon"
      | "installKind"
      | "isSuspicious"
      | "latestVersionId"
      | "latestVersionSkillId"
      | "latestVersionSummary"
      | "latestVersionSummary.changelog"
      | "latestVersionSummary.changelogSource"
      | "latestVersionSummary.clawdis"
      | "latestVersionSummary.createdAt"
      | "latestVersionSummary.description"
      | "latestVersionSummary.version"
      | "moderationFlags"
      | "moderationReason"
      | "moderationStatus"
      | "moderationVerdict"
      | "normalizedDisplayName"
      | "normalizedDisplayNameFirstToken"
      | "normalizedSlug"
      | "normalizedSlugFirstToken"
      | "ownerDisplayName"
      | "ownerHandle"
      | "ownerImage"
      | "ownerKind"
      | "ownerName"
      | "ownerPublisherId"
      | "ownerUserId"
      | "publicVersion"
      | "publicVersion.status"
      | "publicVersion.versionId"
      | "recommendedScore"
      | "recommendedScoreVersion"
      | "skillId"
      | "slug"
      | "softDeletedAt"
      | "stats"
      | "stats.comments"
      | "stats.downloads"
      | "stats.installsAllTime"
      | "stats.installsCurrent"
      | "stats.stars"
      | "stats.versions"
      | "statsDownloads"
      | "statsGithubStars"
      | "statsInstallsAllTime"
      | "statsInstallsCurrent"
      | "statsSkillsShInstalls"
      | "statsStars"
      | "summary"
      | "tags"
      | `tags.${string}`
      | "topics"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_active_created: ["softDeletedAt", "createdAt", "_creationTime"];
      by_active_name: ["softDeletedAt", "displayName", "_creationTime"];
      by_active_normalized_display_name: [
        "softDeletedAt",
        "normalizedDisplayName",
        "_creationTime",
      ];
      by_active_normalized_display_name_first_token: [
        "softDeletedAt",
        "normalizedDisplayNameFirstToken",
        "_creationTime",
      ];
      by_active_normalized_slug: [
        "softDeletedAt",
        "normalizedSlug",
        "_creationTime",
      ];
      by_active_normalized_slug_first_token: [
        "softDeletedAt",
        "normalizedSlugFirstToken",
        "_creationTime",
      ];
      by_active_recommended_rank: [
        "softDeletedAt",
        "statsStars",
        "statsDownloads",
        "updatedAt",
        "_creationTime",
      ];
      by_active_recommended_score: [
        "softDeletedAt",
        "recommendedScore",
        "updatedAt",
        "_creationTime",
      ];
      by_active_recommended_score_version: [
        "softDeletedAt",
        "recommendedScoreVersion",
        "_creationTime",
      ];
      by_active_stats_downloads: [
        "softDeletedAt",
        "statsDownloads",
        "updatedAt",
        "_creationTime",
      ];
      by_active_stats_installs_all_time: [
        "softDeletedAt",
        "statsInstallsAllTime",
        "updatedAt",
        "_creationTime",
      ];
      by_active_stats_stars: [
        "softDeletedAt",
        "statsStars",
        "updatedAt",
        "_creationTime",
      ];
      by_active_updated: ["softDeletedAt", "updatedAt", "_creationTime"];
      by_nonsuspicious_created: [
        "softDeletedAt",
        "isSuspicious",
        "createdAt",
        "_creationTime",
      ];
      by_nonsuspicious_downloads: [
        "softDeletedAt",
        "isSuspicious",
        "statsDownloads",
        "updatedAt",
        "_creationTime",
      ];
      by_nonsuspicious_installs: [
        "softDeletedAt",
        "isSuspicious",
        "statsInstallsAllTime",
        "updatedAt",
        "_creationTime",
      ];
      by_nonsuspicious_name: [
        "softDeletedAt",
        "isSuspicious",
        "displayName",
        "_creationTime",
      ];
      by_nonsuspicious_normalized_display_name: [
        "softDeletedAt",
        "isSuspicious",
        "normalizedDisplayName",
        "_creationTime",
      ];
      by_nonsuspicious_normalized_display_name_first_token: [
        "softDeletedAt",
        "isSuspicious",
        "normalizedDisplayNameFirstToken",
        "_creationTime",
      ];
      by_nonsuspicious_normalized_slug: [
        "softDeletedAt",
        "isSuspicious",
        "normalizedSlug",
        "_creationTime",
      ];
      by_nonsuspicious_normalized_slug_first_token: [
        "softDeletedAt",
        "isSuspicious",
        "normalizedSlugFirstToken",
        "_creationTime",
      ];
      by_nonsuspicious_recommended_rank: [
        "softDeletedAt",
        "isSuspicious",
        "statsStars",
        "statsDownloads",
        "updatedAt",
        "_creationTime",
      ];
      by_nonsuspicious_recommended_score: [
        "softDeletedAt",
        "isSuspicious",
        "recommendedScore",
        "updatedAt",
        "_creationTime",
      ];
      by_nonsuspicious_recommended_score_version: [
        "softDeletedAt",
        "isSuspicious",
        "recommendedScoreVersion",
        "_creationTime",
      ];
      by_nonsuspicious_stars: [
        "softDeletedAt",
        "isSuspicious",
        "statsStars",
        "updatedAt",
        "_creationTime",
      ];
      by_nonsuspicious_updated: [
        "softDeletedAt",
        "isSuspicious",
        "updatedAt",
        "_creationTime",
      ];
      by_skill: ["skillId", "_creationTime"];
    };
    searchIndexes: {
      search_by_display_name: {
        searchField: "displayName";
        filterFields: "isSuspicious" | "softDeletedAt";
      };
      search_by_slug: {
        searchField: "slug";
        filterFields: "isSuspicious" | "softDeletedAt";
      };
    };
    vectorIndexes: {};
  };
  skillSlugAliases: {
    document: {
      createdAt: number;
      ownerPublisherId?: Id<"publishers">;
      ownerUserId: Id<"users">;
      skillId: Id<"skills">;
      slug: string;
      updatedAt: number;
      _id: Id<"skillSlugAliases">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "ownerPublisherId"
      | "ownerUserId"
      | "skillId"
      | "slug"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_owner: ["ownerUserId", "_creationTime"];
      by_owner_publisher: ["ownerPublisherId", "_creationTime"];
      by_owner_publisher_slug: ["ownerPublisherId", "slug", "_creationTime"];
      by_owner_slug: ["ownerUserId", "slug", "_creationTime"];
      by_skill: ["skillId", "_creationTime"];
      by_slug: ["slug", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  skillsShCatalogControls: {
    document: {
      discoveryEnabled: boolean;
      key: "global";
      maxCatalogInFlight: number;
      maxCatalogQueued: number;
      maxEntriesPerBatch: number;
      maxEntriesPerRun: number;
      maxNativeInFlight: number;
      maxNativeQueued: number;
      maxPlannedScans: number;
      maxScanAdmissionsPerBatch: number;
      maxScanAdmissionsPerDay: number;
      maxScanAdmissionsPerRun: number;
      maxWritesPerBatch: number;
      mirrorPublicVisibilityEnabled?: boolean;
      mode: "off" | "fixture" | "staging-live";
      paused: boolean;
      publicVisibilityEnabled: boolean;
      realScanAllowlist: Array<string>;
      reason: string;
      scanAdmissionEnabled: boolean;
      scanPlanningEnabled: boolean;
      updatedAt: number;
      updatedBy: string;
      writesEnabled: boolean;
      _id: Id<"skillsShCatalogControls">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "discoveryEnabled"
      | "key"
      | "maxCatalogInFlight"
      | "maxCatalogQueued"
      | "maxEntriesPerBatch"
      | "maxEntriesPerRun"
      | "maxNativeInFlight"
      | "maxNativeQueued"
      | "maxPlannedScans"
      | "maxScanAdmissionsPerBatch"
      | "maxScanAdmissionsPerDay"
      | "maxScanAdmissionsPerRun"
      | "maxWritesPerBatch"
      | "mirrorPublicVisibilityEnabled"
      | "mode"
      | "paused"
      | "publicVisibilityEnabled"
      | "realScanAllowlist"
      | "reason"
      | "scanAdmissionEnabled"
      | "scanPlanningEnabled"
      | "updatedAt"
      | "updatedBy"
      | "writesEnabled";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_key: ["key", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  skillsShCatalogEntries: {
    document: {
      createdAt: number;
      displayName: string;
      externalId: string;
      firstObservedAt: number;
      githubCommit?: string;
      githubContentHash?: string;
      githubOwnerId: number;
      githubPath?: string;
      githubRepoUrl: string;
      githubStars?: number;
      installs: number;
      lastObservedAt: number;
      owner: string;
      publicVisible: boolean;
      publishedScanAttemptId?: Id<"skillsShCatalogScanAttempts">;
      reconciliation?: {
        claimOpportunity: boolean;
        claimPublisherHandle?: string;
        kind: "new" | "exact-native" | "route-collision";
        nativeSkillId?: Id<"skills">;
        nativeSlug?: string;
        nativeStatsDownloads?: number;
        observedAt: number;
      };
      repo: string;
      scanStatus:
        | "not-planned"
        | "planned"
        | "queued"
        | "clean"
        | "suspicious"
        | "malicious"
        | "failed"
        | "canceled";
      slug: string;
      sourceContentHash: string;
      sourceKind: "fixture" | "frozen-snapshot" | "staging-live";
      sourceSnapshotId: string;
      sourceUrl: string;
      updatedAt: number;
      _id: Id<"skillsShCatalogEntries">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "displayName"
      | "externalId"
      | "firstObservedAt"
      | "githubCommit"
      | "githubContentHash"
      | "githubOwnerId"
      | "githubPath"
      | "githubRepoUrl"
      | "githubStars"
      | "installs"
      | "lastObservedAt"
      | "owner"
      | "publicVisible"
      | "publishedScanAttemptId"
      | "reconciliation"
      | "reconciliation.claimOpportunity"
      | "reconciliation.claimPublisherHandle"
      | "reconciliation.kind"
      | "reconciliation.nativeSkillId"
      | "reconciliation.nativeSlug"
      | "reconciliation.nativeStatsDownloads"
      | "reconciliation.observedAt"
      | "repo"
      | "scanStatus"
      | "slug"
      | "sourceContentHash"
      | "sourceKind"
      | "sourceSnapshotId"
      | "sourceUrl"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_external_id: ["externalId", "_creationTime"];
      by_owner_and_source_kind_and_github_owner_id: [
        "owner",
        "sourceKind",
        "githubOwnerId",
        "_creationTime",
      ];
      by_scan_status_and_updated_at: [
        "scanStatus",
        "updatedAt",
        "_creationTime",
      ];
      by_source_kind_and_github_owner_id_and_owner: [
        "sourceKind",
        "githubOwnerId",
        "owner",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  skillsShCatalogRuns: {
    document: {
      actor: string;
      batchesProcessed: number;
      budgets: {
        maxEntriesPerBatch: number;
        maxEntriesPerRun: number;
        maxPlannedScans: number;
        maxScanAdmissionsPerBatch: number;
        maxScanAdmissionsPerDay: number;
        maxScanAdmissionsPerRun: number;
        maxWritesPerBatch: number;
      };
      completedAt?: number;
      counts: {
        claimOpportunities?: number;
        exactNativeMatches?: number;
        inserted: number;
        newExternal?: number;
        observed: number;
        rejected: number;
        routeCollisions?: number;
        scansAdmitted: number;
        scansCanceled: number;
        scansCompleted: number;
        scansPlanned: number;
        unchanged: number;
        updated: number;
        wouldInsert: number;
        wouldUpdate: number;
      };
      cursor: number;
      dryRun: boolean;
      fixtureId:
        | "patrick-html-canary-v1"
        | "nvidia-small-v1"
        | "nvidia-small-v2"
        | "skills-sh-500-2026-07-21"
        | "skills-sh-500-2026-07-21-v2"
        | "synthetic-20000-v1"
        | "skills-sh-test-live-500";
      fixtureLength: number;
      githubVerification?: {
        checkedAt: string;
        commit: string;
        contentHash: string;
        fetches: number;
        ownerId: number;
      };
      lastBatchReads: number;
      lastBatchWrites: number;
      lastError?: string;
      operations: { dbReads: number; dbWrites: number; functionCalls: number };
      reason: string;
      scanAdmissionBatches: number;
      scanCursor: number;
      snapshotCaptureFetches: number;
      snapshotId: string;
      sourceCapturedAt?: string;
      sourceKind: "fixture" | "frozen-snapshot" | "staging-live";
      startedAt: number;
      status:
        | "running"
        | "paused"
        | "completed"
        | "budget-exhausted"
        | "failed"
        | "canceling"
        | "canceled";
      updatedAt: number;
      _id: Id<"skillsShCatalogRuns">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "actor"
      | "batchesProcessed"
      | "budgets"
      | "budgets.maxEntriesPerBatch"
      | "budgets.maxEntriesPerRun"
      | "budgets.maxPlannedScans"
      | "budgets.maxScanAdmissionsPerBatch"
      | "budgets.maxScanAdmissionsPerDay"
      | "budgets.maxScanAdmissionsPerRun"
      | "budgets.maxWritesPerBatch"
      | "completedAt"
      | "counts"
      | "counts.claimOpportunities"
      | "counts.exactNativeMatches"
      | "counts.inserted"
      | "counts.newExternal"
      | "counts.observed"
      | "counts.rejected"
      | "counts.routeCollisions"
      | "counts.scansAdmitted"
      | "counts.scansCanceled"
      | "counts.scansCompleted"
      | "counts.scansPlanned"
      | "counts.unchanged"
      | "counts.updated"
      | "counts.wouldInsert"
      | "counts.wouldUpdate"
      | "cursor"
      | "dryRun"
      | "fixtureId"
      | "fixtureLength"
      | "githubVerification"
      | "githubVerification.checkedAt"
      | "githubVerification.commit"
      | "githubVerification.contentHash"
      | "githubVerification.fetches"
      | "githubVerification.ownerId"
      | "lastBatchReads"
      | "lastBatchWrites"
      | "lastError"
      | "operations"
      | "operations.dbReads"
      | "operations.dbWrites"
      | "operations.functionCalls"
      | "reason"
      | "scanAdmissionBatches"
      | "scanCursor"
      | "snapshotCaptureFetches"
      | "snapshotId"
      | "sourceCapturedAt"
      | "sourceKind"
      | "startedAt"
      | "status"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_started_at: ["startedAt", "_creationTime"];
      by_status_and_updated_at: ["status", "updatedAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  skillsShCatalogScanAttempts: {
    document: {
      artifactContentHash?: string;
      completedAt?: number;
      createdAt: number;
      dispatchKind: "deterministic" | "real";
      entryId: Id<"skillsShCatalogEntries">;
      externalId: string;
      githubCommit?: string;
      githubContentHash?: string;
      githubOwnerId?: number;
      githubPath?: string;
      owner?: string;
      priority: "low";
      publicationRolledBackAt?: number;
      repo?: string;
      runId: Id<"skillsShCatalogRuns">;
      securityScanJobId?: Id<"securityScanJobs">;
      skillScanRequestId?: Id<"skillScanRequests">;
      slug?: string;
      source: "skills-sh-catalog-fixture" | "skills-sh-catalog-test";
      sourceContentHash: string;
      status: "queued" | "running" | "succeeded" | "failed" | "canceled";
      updatedAt: number;
      verdict?: "clean" | "suspicious" | "malicious" | "failed";
      _id: Id<"skillsShCatalogScanAttempts">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "artifactContentHash"
      | "completedAt"
      | "createdAt"
      | "dispatchKind"
      | "entryId"
      | "externalId"
      | "githubCommit"
      | "githubContentHash"
      | "githubOwnerId"
      | "githubPath"
      | "owner"
      | "priority"
      | "publicationRolledBackAt"
      | "repo"
      | "runId"
      | "securityScanJobId"
      | "skillScanRequestId"
      | "slug"
      | "source"
      | "sourceContentHash"
      | "status"
      | "updatedAt"
      | "verdict";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_created_at: ["createdAt", "_creationTime"];
      by_dispatch_kind_and_status_and_created_at: [
        "dispatchKind",
        "status",
        "createdAt",
        "_creationTime",
      ];
      by_entry_and_source_content_hash: [
        "entryId",
        "sourceContentHash",
        "_creationTime",
      ];
      by_run: ["runId", "_creationTime"];
      by_run_and_status: ["runId", "status", "_creationTime"];
      by_run_dispatch_kind_status_created_at: [
        "runId",
        "dispatchKind",
        "status",
        "createdAt",
        "_creationTime",
      ];
      by_status_and_created_at: ["status", "createdAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  skillsShMirrorConflicts: {
    document: {
      createdAt: number;
      externalId: string;
      kind:
        | "same-run-drift"
        | "trending-same-observation-drift"
        | "identity-mismatch"
        | "source-quarantine";
      observedFingerprint: string;
      offset: number;
      page: number;
      previousFingerprint?: string;
      reason?: string;
      runId: Id<"skillsShMirrorRuns">;
      upstreamSourceType?: string;
      _id: Id<"skillsShMirrorConflicts">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "externalId"
      | "kind"
      | "observedFingerprint"
      | "offset"
      | "page"
      | "previousFingerprint"
      | "reason"
      | "runId"
      | "upstreamSourceType";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_external_id_and_created_at: [
        "externalId",
        "createdAt",
        "_creationTime",
      ];
      by_run_id: ["runId", "_creationTime"];
      by_run_id_and_external_id_and_kind: [
        "runId",
        "externalId",
        "kind",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  skillsShMirrorControls: {
    document: {
      activationLeaderboardRunId?: Id<"skillsShMirrorRuns">;
      activationLockToken?: string;
      activationLockedAt?: number;
      activationTrendingRunId?: Id<"skillsShMirrorRuns">;
      enabled: boolean;
      key: "global";
      latestCompletedLeaderboardRunId?: Id<"skillsShMirrorRuns">;
      maxDetailBytes: number;
      maxRowsPerBatch: number;
      maxRowsPerRun: number;
      paused: boolean;
      reason: string;
      updatedAt: number;
      updatedBy: string;
      _id: Id<"skillsShMirrorControls">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "activationLeaderboardRunId"
      | "activationLockedAt"
      | "activationLockToken"
      | "activationTrendingRunId"
      | "enabled"
      | "key"
      | "latestCompletedLeaderboardRunId"
      | "maxDetailBytes"
      | "maxRowsPerBatch"
      | "maxRowsPerRun"
      | "paused"
      | "reason"
      | "updatedAt"
      | "updatedBy";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_key: ["key", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  skillsShMirrorDetails: {
    document: {
      content: string;
      contentBytes: number;
      contentKind: "skill-md" | "readme";
      createdAt: number;
      digestId: Id<"skillsShMirrorDigests">;
      externalId: string;
      lastObservedRunId: Id<"skillsShMirrorRuns">;
      path: string;
      sourceBytes: number;
      sourceContentHash?: string;
      sourceFileCount: number;
      sourceSnapshotId: string;
      truncated: boolean;
      updatedAt: number;
      _id: Id<"skillsShMirrorDetails">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "content"
      | "contentBytes"
      | "contentKind"
      | "createdAt"
      | "digestId"
      | "externalId"
      | "lastObservedRunId"
      | "path"
      | "sourceBytes"
      | "sourceContentHash"
      | "sourceFileCount"
      | "sourceSnapshotId"
      | "truncated"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_digest_id: ["digestId", "_creationTime"];
      by_external_id: ["externalId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  skillsShMirrorDigests: {
    document: {
      active: boolean;
      canonicalRepoUrl?: string;
      claimAttempt?: number;
      claimFailedAt?: number;
      claimGithubCommit?: string;
      claimGithubContentHash?: string;
      claimGithubPath?: string;
      claimGithubSourceId?: Id<"githubSkillSources">;
      claimPublisherId?: Id<"publishers">;
      claimSkillId?: Id<"skills">;
      claimStartedAt?: number;
      claimStatus?: "pending" | "failed" | "promoted";
      claimedAt?: number;
      createdAt: number;
      detailStatus: "available" | "missing";
      displayName: string;
      externalId: string;
      firstObservedAt: number;
      githubCommit?: string;
      githubPath?: string;
      inferredAt?: number;
      inferredCategories?: Array<string>;
      inferredCategoryConfidence?: "high" | "medium" | "low";
      inferredClassifierVersion?: string;
      inferredInputHash?: string;
      inferredTopicClassifierVersion?: string;
      inferredTopicConfidence?: "high" | "medium" | "low";
      inferredTopicInputHash?: string;
      inferredTopics?: Array<string>;
      installable: boolean;
      lastObservedAt: number;
      lastObservedRunId: Id<"skillsShMirrorRuns">;
      normalizedDisplayName: string;
      normalizedDisplayNameFirstToken: string;
      normalizedSlug: string;
      normalizedSlugFirstToken: string;
      observationFingerprint: string;
      owner?: string;
      publicVisible: boolean;
      repo?: string;
      searchSummary?: string;
      searchText: string;
      slug: string;
      sourceContentHash?: string;
      sourceFreshnessStatus: "observed-only" | "stale";
      sourceHost?: string;
      sourceSnapshotId: string;
      sourceType: "github" | "well-known";
      sourceUrl: string;
      staleQuarantineReason?: string;
      tombstonedAt?: number;
      trendingLifetimeInstalls?: number;
      trendingObservedAt?: number;
      trendingObservedRunId?: Id<"skillsShMirrorRuns">;
      trendingRank?: number;
      trendingSnapshotId?: string;
      updatedAt: number;
      upstreamInstalls: number;
      upstreamScanners: {
        genAgentTrustHub: {
          sourceCheckedAt?: string;
          sourceUrl?: string;
          status: string;
        };
        snyk: { sourceCheckedAt?: string; sourceUrl?: string; status: string };
        socket: {
          sourceCheckedAt?: string;
          sourceUrl?: string;
          status: string;
        };
      };
      upstreamSourceType?: string;
      _id: Id<"skillsShMirrorDigests">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "active"
      | "canonicalRepoUrl"
      | "claimAttempt"
      | "claimedAt"
      | "claimFailedAt"
      | "claimGithubCommit"
      | "claimGithubContentHash"
      | "claimGithubPath"
      | "claimGithubSourceId"
      | "claimPublisherId"
      | "claimSkillId"
      | "claimStartedAt"
      | "claimStatus"
      | "createdAt"
      | "detailStatus"
      | "displayName"
      | "externalId"
      | "firstObservedAt"
      | "githubCommit"
      | "githubPath"
      | "inferredAt"
      | "inferredCategories"
      | "inferredCategoryConfidence"
      | "inferredClassifierVersion"
      | "inferredInputHash"
      | "inferredTopicClassifierVersion"
      | "inferredTopicConfidence"
      | "inferredTopicInputHash"
      | "inferredTopics"
      | "installable"
      | "lastObservedAt"
      | "lastObservedRunId"
      | "normalizedDisplayName"
      | "normalizedDisplayNameFirstToken"
      | "normalizedSlug"
      | "normalizedSlugFirstToken"
      | "observationFingerprint"
      | "owner"
      | "publicVisible"
      | "repo"
      | "searchSummary"
      | "searchText"
      | "slug"
      | "sourceContentHash"
      | "sourceFreshnessStatus"
      | "sourceHost"
      | "sourceSnapshotId"
      | "sourceType"
      | "sourceUrl"
      | "staleQuarantineReason"
      | "tombstonedAt"
      | "trendingLifetimeInstalls"
      | "trendingObservedAt"
      | "trendingObservedRunId"
      | "trendingRank"
      | "trendingSnapshotId"
      | "updatedAt"
      | "upstreamInstalls"
      | "upstreamScanners"
      | "upstreamScanners.genAgentTrustHub"
      | "upstreamScanners.genAgentTrustHub.sourceCheckedAt"
      | "upstreamScanners.genAgentTrustHub.sourceUrl"
      | "upstreamScanners.genAgentTrustHub.status"
      | "upstreamScanners.snyk"
      | "upstreamScanners.snyk.sourceCheckedAt"
      | "upstreamScanners.snyk.sourceUrl"
      | "upstreamScanners.snyk.status"
      | "upstreamScanners.socket"
      | "upstreamScanners.socket.sourceCheckedAt"
      | "upstreamScanners.socket.sourceUrl"
      | "upstreamScanners.socket.status"
      | "upstreamSourceType";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_active_and_normalized_display_name: [
        "active",
        "normalizedDisplayName",
        "_creationTime",
      ];
      by_active_and_normalized_display_name_first_token: [
        "active",
        "normalizedDisplayNameFirstToken",
        "_creationTime",
      ];
      by_active_and_normalized_slug: [
        "active",
        "normalizedSlug",
        "_creationTime",
      ];
      by_active_and_normalized_slug_first_token: [
        "active",
        "normalizedSlugFirstToken",
        "_creationTime",
      ];
      by_active_and_source_type_and_owner_and_repo_and_external_id: [
        "active",
        "sourceType",
        "owner",
        "repo",
        "externalId",
        "_creationTime",
      ];
      by_active_and_upstream_installs: [
        "active",
        "upstreamInstalls",
        "_creationTime",
      ];
      by_active_visible_installable_fresh_display: [
        "active",
        "publicVisible",
        "installable",
        "sourceFreshnessStatus",
        "normalizedDisplayName",
        "_creationTime",
      ];
      by_active_visible_installable_fresh_display_token: [
        "active",
        "publicVisible",
        "installable",
        "sourceFreshnessStatus",
        "normalizedDisplayNameFirstToken",
        "_creationTime",
      ];
      by_active_visible_installable_fresh_slug: [
        "active",
        "publicVisible",
        "installable",
        "sourceFreshnessStatus",
        "normalizedSlug",
        "_creationTime",
      ];
      by_active_visible_installable_fresh_slug_token: [
        "active",
        "publicVisible",
        "installable",
        "sourceFreshnessStatus",
        "normalizedSlugFirstToken",
        "_creationTime",
      ];
      by_external_id: ["externalId", "_creationTime"];
      by_last_observed_at: ["lastObservedAt", "_creationTime"];
      by_source_type_and_external_id: [
        "sourceType",
        "externalId",
        "_creationTime",
      ];
    };
    searchIndexes: {
      search_by_search_text: {
        searchField: "searchText";
        filterFields:
          "active" | "installable" | "publicVisible" | "sourceFreshnessStatus";
      };
    };
    vectorIndexes: {};
  };
  skillsShMirrorFacets: {
    document: {
      active: boolean;
      createdAt: number;
      digestId: Id<"skillsShMirrorDigests">;
      externalId: string;
      installs: number;
      kind: "category" | "topic";
      term: string;
      updatedAt: number;
      _id: Id<"skillsShMirrorFacets">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "active"
      | "createdAt"
      | "digestId"
      | "externalId"
      | "installs"
      | "kind"
      | "term"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_active_and_kind_and_term_and_installs_and_external_id: [
        "active",
        "kind",
        "term",
        "installs",
        "externalId",
        "_creationTime",
      ];
      by_digest_id_and_kind_and_term: [
        "digestId",
        "kind",
        "term",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  skillsShMirrorRuns: {
    document: {
      activatedAt?: number;
      activatedTrendingRunId?: Id<"skillsShMirrorRuns">;
      activationSnapshotId?: string;
      actor: string;
      batchLeaseExpiresAt?: number;
      batchLeaseToken?: string;
      completedAt?: number;
      counts: {
        conflicts: number;
        detailsInserted: number;
        detailsMissing: number;
        detailsTruncated: number;
        detailsUnchanged: number;
        detailsUpdated: number;
        inserted: number;
        observed: number;
        quarantined?: number;
        quarantinedPreserved?: number;
        reactivated: number;
        rejected: number;
        scansAdmitted: 0;
        scansPlanned: 0;
        tombstoned: number;
        trendingHydrated?: number;
        trendingHydrationAttempts?: number;
        trendingHydrationFailed?: number;
        trendingJoined?: number;
        trendingMissing?: number;
        trendingStaleRejected?: number;
        trendingUnchanged?: number;
        trendingUpdated?: number;
        unchanged: number;
        updated: number;
      };
      offset: number;
      operations: {
        dbReads: number;
        dbWrites: number;
        functionCalls: number;
        sourceBytes: number;
        sourceRequests: number;
      };
      page: number;
      reason: string;
      reconcileCursor?: string;
      snapshotId: string;
      sourceCaptureWrites?: number;
      sourceDurationMs?: number;
      sourceMeasuredAt: string;
      sourcePageSize: number;
      sourceSnapshotHash?: string;
      sourceTotal: number;
      sourceView?: "leaderboard" | "trending";
      startedAt: number;
      status:
        | "running"
        | "paused"
        | "reconciling"
        | "completed"
        | "failed"
        | "canceled";
      updatedAt: number;
      _id: Id<"skillsShMirrorRuns">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "activatedAt"
      | "activatedTrendingRunId"
      | "activationSnapshotId"
      | "actor"
      | "batchLeaseExpiresAt"
      | "batchLeaseToken"
      | "completedAt"
      | "counts"
      | "counts.conflicts"
      | "counts.detailsInserted"
      | "counts.detailsMissing"
      | "counts.detailsTruncated"
      | "counts.detailsUnchanged"
      | "counts.detailsUpdated"
      | "counts.inserted"
      | "counts.observed"
      | "counts.quarantined"
      | "counts.quarantinedPreserved"
      | "counts.reactivated"
      | "counts.rejected"
      | "counts.scansAdmitted"
      | "counts.scansPlanned"
      | "counts.tombstoned"
      | "counts.trendingHydrated"
      | "counts.trendingHydrationAttempts"
      | "counts.trendingHydrationFailed"
      | "counts.trendingJoined"
      | "counts.trendingMissing"
      | "counts.trendingStaleRejected"
      | "counts.trendingUnchanged"
      | "counts.trendingUpdated"
      | "counts.unchanged"
      | "counts.updated"
      | "offset"
      | "operations"
      | "operations.dbReads"
      | "operations.dbWrites"
      | "operations.functionCalls"
      | "operations.sourceBytes"
      | "operations.sourceRequests"
      | "page"
      | "reason"
      | "reconcileCursor"
      | "snapshotId"
      | "sourceCaptureWrites"
      | "sourceDurationMs"
      | "sourceMeasuredAt"
      | "sourcePageSize"
      | "sourceSnapshotHash"
      | "sourceTotal"
      | "sourceView"
      | "startedAt"
      | "status"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_source_view_and_status_and_source_snapshot_hash: [
        "sourceView",
        "status",
        "sourceSnapshotHash",
        "_creationTime",
      ];
      by_started_at: ["startedAt", "_creationTime"];
      by_status_and_updated_at: ["status", "updatedAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  skillsShMirrorSourcePages: {
    document: {
      contentHash: string;
      createdAt: number;
      hasMore: boolean;
      identityHash: string;
      page: number;
      pageLength: number;
      rows: Array<{
        id: string;
        installUrl: string | null;
        installs: number;
        name: string;
        slug: string;
        source: string;
        sourceType: string;
        url: string;
      }>;
      serializedBytes: number;
      snapshotHash: string;
      sourceBytes: number;
      sourceTotal: number;
      sourceView?: "leaderboard" | "trending";
      _id: Id<"skillsShMirrorSourcePages">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "contentHash"
      | "createdAt"
      | "hasMore"
      | "identityHash"
      | "page"
      | "pageLength"
      | "rows"
      | "serializedBytes"
      | "snapshotHash"
      | "sourceBytes"
      | "sourceTotal"
      | "sourceView";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_snapshot_hash_and_page: ["snapshotHash", "page", "_creationTime"];
      by_source_view_and_page_and_created_at: [
        "sourceView",
        "page",
        "createdAt",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  skillStatBackfillState: {
    document: {
      cursor?: string;
      doneAt?: number;
      key: string;
      updatedAt: number;
      _id: Id<"skillStatBackfillState">;
      _creationTime: number;
    };
    fieldPaths:
      "_creationTime" | "_id" | "cursor" | "doneAt" | "key" | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_key: ["key", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  skillStatDocSyncLeases: {
    document: {
      key: string;
      lastError?: string;
      lastErrorAt?: number;
      lastErrorProcessedCount?: number;
      lastFinishedAt?: number;
      lastProcessedAt?: number;
      lastProcessedCount?: number;
      lastStartedAt?: number;
      leaseExpiresAt: number;
      leaseOwner: string;
      updatedAt: number;
      _id: Id<"skillStatDocSyncLeases">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "key"
      | "lastError"
      | "lastErrorAt"
      | "lastErrorProcessedCount"
      | "lastFinishedAt"
      | "lastProcessedAt"
      | "lastProcessedCount"
      | "lastStartedAt"
      | "leaseExpiresAt"
      | "leaseOwner"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_key: ["key", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  skillStatEvents: {
    document: {
      delta?: { allTime: number; current: number };
      kind:
        | "download"
        | "star"
        | "unstar"
        | "comment"
        | "uncomment"
        | "install_new"
        | "install_reactivate"
        | "install_deactivate"
        | "install_clear";
      occurredAt: number;
      processedAt?: number;
      skillId: Id<"skills">;
      _id: Id<"skillStatEvents">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "delta"
      | "delta.allTime"
      | "delta.current"
      | "kind"
      | "occurredAt"
      | "processedAt"
      | "skillId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_skill: ["skillId", "_creationTime"];
      by_skill_processed: ["skillId", "processedAt", "_creationTime"];
      by_unprocessed: ["processedAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  skillStatUpdateCursors: {
    document: {
      cursorCreationTime?: number;
      key: string;
      updatedAt: number;
      _id: Id<"skillStatUpdateCursors">;
      _creationTime: number;
    };
    fieldPaths:
      "_creationTime" | "_id" | "cursorCreationTime" | "key" | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_key: ["key", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  skillTopicSearchDigest: {
    document: {
      createdAt: number;
      isSuspicious?: boolean;
      normalizedDisplayName?: string;
      recommendedScore?: number;
      skillId: Id<"skills">;
      softDeletedAt?: number;
      statsDownloads?: number;
      statsInstallsAllTime?: number;
      statsStars?: number;
      topic: string;
      updatedAt: number;
      _id: Id<"skillTopicSearchDigest">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "isSuspicious"
      | "normalizedDisplayName"
      | "recommendedScore"
      | "skillId"
      | "softDeletedAt"
      | "statsDownloads"
      | "statsInstallsAllTime"
      | "statsStars"
      | "topic"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_active_topic_created: [
        "softDeletedAt",
        "topic",
        "createdAt",
        "updatedAt",
        "_creationTime",
      ];
      by_active_topic_downloads: [
        "softDeletedAt",
        "topic",
        "statsDownloads",
        "updatedAt",
        "_creationTime",
      ];
      by_active_topic_installs: [
        "softDeletedAt",
        "topic",
        "statsInstallsAllTime",
        "updatedAt",
        "_creationTime",
      ];
      by_active_topic_name: [
        "softDeletedAt",
        "topic",
        "normalizedDisplayName",
        "updatedAt",
        "_creationTime",
      ];
      by_active_topic_recommended_score: [
        "softDeletedAt",
        "topic",
        "recommendedScore",
        "updatedAt",
        "_creationTime",
      ];
      by_active_topic_stars: [
        "softDeletedAt",
        "topic",
        "statsStars",
        "updatedAt",
        "_creationTime",
      ];
      by_active_topic_updated: [
        "softDeletedAt",
        "topic",
        "updatedAt",
        "_creationTime",
      ];
      by_nonsuspicious_topic_created: [
        "softDeletedAt",
        "isSuspicious",
        "topic",
        "createdAt",
        "updatedAt",
        "_creationTime",
      ];
      by_nonsuspicious_topic_downloads: [
        "softDeletedAt",
        "isSuspicious",
        "topic",
        "statsDownloads",
        "updatedAt",
        "_creationTime",
      ];
      by_nonsuspicious_topic_installs: [
        "softDeletedAt",
        "isSuspicious",
        "topic",
        "statsInstallsAllTime",
        "updatedAt",
        "_creationTime",
      ];
      by_nonsuspicious_topic_name: [
        "softDeletedAt",
        "isSuspicious",
        "topic",
        "normalizedDisplayName",
        "updatedAt",
        "_creationTime",
      ];
      by_nonsuspicious_topic_recommended_score: [
        "softDeletedAt",
        "isSuspicious",
        "topic",
        "recommendedScore",
        "updatedAt",
        "_creationTime",
      ];
      by_nonsuspicious_topic_stars: [
        "softDeletedAt",
        "isSuspicious",
        "topic",
        "statsStars",
        "updatedAt",
        "_creationTime",
      ];
      by_nonsuspicious_topic_updated: [
        "softDeletedAt",
        "isSuspicious",
        "topic",
        "updatedAt",
        "_creationTime",
      ];
      by_skill: ["skillId", "topic", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  skillVersionFingerprints: {
    document: {
      createdAt: number;
      fingerprint: string;
      kind?: "source" | "generated-bundle";
      skillId: Id<"skills">;
      versionId: Id<"skillVersions">;
      _id: Id<"skillVersionFingerprints">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "fingerprint"
      | "kind"
      | "skillId"
      | "versionId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_fingerprint: ["fingerprint", "_creationTime"];
      by_skill_fingerprint: ["skillId", "fingerprint", "_creationTime"];
      by_version: ["versionId", "_creationTime"];
      by_version_kind: ["versionId", "kind", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  skillVersions: {
    document: {
      changelog: string;
      changelogSource?: "auto" | "user";
      createdAt: number;
      createdBy: Id<"users">;
      depRegistryAnalysis?: {
        checkedAt: number;
        notFoundPackages: Array<string>;
        results: Array<{
          exists: boolean;
          httpStatus?: number;
          name: string;
          registry: "pypi" | "npm" | "cargo";
          source: string;
        }>;
        status: "clean" | "suspicious" | "error";
        summary: string;
        unresolvedPackages: Array<string>;
      };
      depRegistryScanStatus?: "clean" | "suspicious" | "error";
      files: Array<{
        contentType?: string;
        path: string;
        sha256: string;
        size: number;
        storageId: Id<"_storage">;
      }>;
      fingerprint?: string;
      icon?: string;
      llmAnalysis?: {
        agenticRiskFindings?: Array<{
          categoryId: string;
          categoryLabel: string;
          confidence: "high" | "medium" | "low";
          evidence?: { explanation: string; path: string; snippet: string };
          recommendation: string;
          riskBucket:
            | "abnormal_behavior_control"
            | "permission_boundary"
            | "sensitive_data_protection";
          severity: string;
          status: "none" | "note" | "concern";
          userImpact: string;
        }>;
        checkedAt: number;
        confidence?: string;
        dimensions?: Array<{
          detail: string;
          label: string;
          name: string;
          rating: string;
        }>;
        findings?: string;
        guidance?: string;
        model?: string;
        riskSummary?: {
          abnormal_behavior_control: {
            highestSeverity?: string;
            status: "none" | "note" | "concern";
            summary: string;
          };
          permission_boundary: {
            highestSeverity?: string;
            status: "none" | "note" | "concern";
            summary: string;
          };
          sensitive_data_protection: {
            highestSeverity?: string;
            status: "none" | "note" | "concern";
            summary: string;
          };
        };
        status: string;
        summary?: string;
        verdict?: string;
      };
      manualRevocation?: {
        reason: string;
        reviewerUserId: Id<"users">;
        revokedAt: number;
      };
      ownerDeletedAt?: number;
      ownerDeletedBy?: Id<"users">;
      parsed: {
        clawdis?: any;
        frontmatter: Record<string, any>;
        license?: "MIT-0";
        metadata?: any;
        moltbot?: any;
        presentation?: {
          displayName: string;
          displayNameSource?: "publisher" | "openai" | "skill" | "slug";
          icon?: string;
          summary?: string;
          summarySource?: "publisher" | "openai" | "skill" | "generated";
        };
      };
      pendingPublication?: any;
      publicationStatus?: "pending" | "published" | "blocked";
      publishAttemptId?: Id<"publishAttempts">;
      sha256hash?: string;
      skillId: Id<"skills">;
      skillSpectorAnalysis?: {
        checkedAt: number;
        error?: string;
        issueCount: number;
        issues: Array<{
          category?: string;
          codeSnippet?: string;
          confidence?: number;
          endLine?: number;
          explanation: string;
          file?: string;
          finding?: string;
          issueId: string;
          pattern?: string;
          remediation?: string;
          severity: string;
          startLine?: number;
        }>;
        recommendation?: string;
        scannerVersion?: string;
        score?: number;
        severity?: string;
        status: string;
        summary?: string;
      };
      softDeletedAt?: number;
      sourceProvenance?: {
        commit: string;
        importedAt: number;
        kind: "github";
        path?: string;
        ref: string;
        repo: string;
        url: string;
      };
      staticScan?: {
        checkedAt: number;
        engineVersion: string;
        findings: Array<{
          code: string;
          evidence: string;
          file: string;
          line: number;
          message: string;
          severity: "info" | "warn" | "critical";
        }>;
        reasonCodes: Array<string>;
        status: "clean" | "suspicious" | "malicious";
        summary: string;
      };
      version: string;
      vtAnalysis?: {
        analysis?: string;
        checkedAt: number;
        engineStats?: {
          harmless?: number;
          malicious?: number;
          suspicious?: number;
          undetected?: number;
        };
        scanner?: string;
        source?: string;
        status: string;
        verdict?: string;
      };
      _id: Id<"skillVersions">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "changelog"
      | "changelogSource"
      | "createdAt"
      | "createdBy"
      | "depRegistryAnalysis"
      | "depRegistryAnalysis.checkedAt"
      | "depRegistryAnalysis.notFoundPackages"
      | "depRegistryAnalysis.results"
      | "depRegistryAnalysis.status"
      | "depRegistryAnalysis.summary"
      | "depRegistryAnalysis.unresolvedPackages"
      | "depRegistryScanStatus"
      | "files"
      | "fingerprint"
      | "icon"
      | "llmAnalysis"
      | "llmAnalysis.agenticRiskFindings"
      | "llmAnalysis.checkedAt"
      | "llmAnalysis.confidence"
      | "llmAnalysis.dimensions"
      | "llmAnalysis.findings"
      | "llmAnalysis.guidance"
      | "llmAnalysis.model"
      | "llmAnalysis.riskSummary"
      | "llmAnalysis.riskSummary.abnormal_behavior_control"
      | "llmAnalysis.riskSummary.abnormal_behavior_control.highestSeverity"
      | "llmAnalysis.riskSummary.abnormal_behavior_control.status"
      | "llmAnalysis.riskSummary.abnormal_behavior_control.summary"
      | "llmAnalysis.riskSummary.permission_boundary"
      | "llmAnalysis.riskSummary.permission_boundary.highestSeverity"
      | "llmAnalysis.riskSummary.permission_boundary.status"
      | "llmAnalysis.riskSummary.permission_boundary.summary"
      | "llmAnalysis.riskSummary.sensitive_data_protection"
      | "llmAnalysis.riskSummary.sensitive_data_protection.highestSeverity"
      | "llmAnalysis.riskSummary.sensitive_data_protection.status"
      | "llmAnalysis.riskSummary.sensitive_data_protection.summary"
      | "llmAnalysis.status"
      | "llmAnalysis.summary"
      | "llmAnalysis.verdict"
      | "manualRevocation"
      | "manualRevocation.reason"
      | "manualRevocation.reviewerUserId"
      | "manualRevocation.revokedAt"
      | "ownerDeletedAt"
      | "ownerDeletedBy"
      | "parsed"
      | "parsed.clawdis"
      | "parsed.frontmatter"
      | `parsed.frontmatter.${string}`
      | "parsed.license"
      | "parsed.metadata"
      | "parsed.moltbot"
      | "parsed.presentation"
      | "parsed.presentation.displayName"
      | "parsed.presentation.displayNameSource"
      | "parsed.presentation.icon"
      | "parsed.presentation.summary"
      | "parsed.presentation.summarySource"
      | "pendingPublication"
      | "publicationStatus"
      | "publishAttemptId"
      | "sha256hash"
      | "skillId"
      | "skillSpectorAnalysis"
      | "skillSpectorAnalysis.checkedAt"
      | "skillSpectorAnalysis.error"
      | "skillSpectorAnalysis.issueCount"
      | "skillSpectorAnalysis.issues"
      | "skillSpectorAnalysis.recommendation"
      | "skillSpectorAnalysis.scannerVersion"
      | "skillSpectorAnalysis.score"
      | "skillSpectorAnalysis.severity"
      | "skillSpectorAnalysis.status"
      | "skillSpectorAnalysis.summary"
      | "softDeletedAt"
      | "sourceProvenance"
      | "sourceProvenance.commit"
      | "sourceProvenance.importedAt"
      | "sourceProvenance.kind"
      | "sourceProvenance.path"
      | "sourceProvenance.ref"
      | "sourceProvenance.repo"
      | "sourceProvenance.url"
      | "staticScan"
      | "staticScan.checkedAt"
      | "staticScan.engineVersion"
      | "staticScan.findings"
      | "staticScan.reasonCodes"
      | "staticScan.status"
      | "staticScan.summary"
      | "version"
      | "vtAnalysis"
      | "vtAnalysis.analysis"
      | "vtAnalysis.checkedAt"
      | "vtAnalysis.engineStats"
      | "vtAnalysis.engineStats.harmless"
      | "vtAnalysis.engineStats.malicious"
      | "vtAnalysis.engineStats.suspicious"
      | "vtAnalysis.engineStats.undetected"
      | "vtAnalysis.scanner"
      | "vtAnalysis.source"
      | "vtAnalysis.status"
      | "vtAnalysis.verdict";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_active_created: ["softDeletedAt", "createdAt", "_creationTime"];
      by_active_vt_status_created: [
        "softDeletedAt",
        "vtAnalysis.status",
        "createdAt",
        "_creationTime",
      ];
      by_dep_registry_scan_status_and_created: [
        "depRegistryScanStatus",
        "createdAt",
        "_creationTime",
      ];
      by_sha256hash: ["sha256hash", "_creationTime"];
      by_skill: ["skillId", "_creationTime"];
      by_skill_active_created: [
        "skillId",
        "softDeletedAt",
        "createdAt",
        "_creationTime",
      ];
      by_skill_owner_deleted_created: [
        "skillId",
        "ownerDeletedBy",
        "createdAt",
        "_creationTime",
      ];
      by_skill_version: ["skillId", "version", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  stars: {
    document: {
      createdAt: number;
      hourlyStatsRecordedAt?: number;
      skillId: Id<"skills">;
      userId: Id<"users">;
      _id: Id<"stars">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "hourlyStatsRecordedAt"
      | "skillId"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_skill: ["skillId", "_creationTime"];
      by_skill_user: ["skillId", "userId", "_creationTime"];
      by_user: ["userId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  systemSettings: {
    document: {
      enabled: boolean;
      key: "publisherAbuseAutobanEnabled";
      updatedAt: number;
      updatedByUserId?: Id<"users">;
      _id: Id<"systemSettings">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "enabled"
      | "key"
      | "updatedAt"
      | "updatedByUserId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_key_and_updated_at: ["key", "updatedAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  userPackageInstalls: {
    document: {
      firstSeenAt: number;
      lastSeenAt: number;
      lastVersion?: string;
      metricRecordedAt?: number;
      packageId: Id<"packages">;
      userId: Id<"users">;
      _id: Id<"userPackageInstalls">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "firstSeenAt"
      | "lastSeenAt"
      | "lastVersion"
      | "metricRecordedAt"
      | "packageId"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_package: ["packageId", "_creationTime"];
      by_user: ["userId", "_creationTime"];
      by_user_lastSeenAt: ["userId", "lastSeenAt", "_creationTime"];
      by_user_package: ["userId", "packageId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  users: {
    document: {
      banReason?: string;
      bio?: string;
      createdAt?: number;
      deactivatedAt?: number;
      deletedAt?: number;
      displayName?: string;
      email?: string;
      emailVerificationTime?: number;
      githubCreatedAt?: number;
      githubFetchedAt?: number;
      githubOrgMembershipsSyncedAt?: number;
      githubOrgMembershipsTruncated?: boolean;
      githubProfileSyncedAt?: number;
      handle?: string;
      image?: string;
      isAnonymous?: boolean;
      name?: string;
      personalPublisherId?: Id<"publishers">;
      phone?: string;
      phoneVerificationTime?: number;
      publishedSkills?: number;
      purgedAt?: number;
      requiresModerationAt?: number;
      requiresModerationReason?: string;
      role?: "admin" | "moderator" | "user";
      totalDownloads?: number;
      totalStars?: number;
      trustedPublisher?: boolean;
      updatedAt?: number;
      _id: Id<"users">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "banReason"
      | "bio"
      | "createdAt"
      | "deactivatedAt"
      | "deletedAt"
      | "displayName"
      | "email"
      | "emailVerificationTime"
      | "githubCreatedAt"
      | "githubFetchedAt"
      | "githubOrgMembershipsSyncedAt"
      | "githubOrgMembershipsTruncated"
      | "githubProfileSyncedAt"
      | "handle"
      | "image"
      | "isAnonymous"
      | "name"
      | "personalPublisherId"
      | "phone"
      | "phoneVerificationTime"
      | "publishedSkills"
      | "purgedAt"
      | "requiresModerationAt"
      | "requiresModerationReason"
      | "role"
      | "totalDownloads"
      | "totalStars"
      | "trustedPublisher"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_active_handle: [
        "deletedAt",
        "deactivatedAt",
        "handle",
        "_creationTime",
      ];
      by_ban_reason_deleted_at: ["banReason", "deletedAt", "_creationTime"];
      by_deactivated_purged_at: ["deactivatedAt", "purgedAt", "_creationTime"];
      email: ["email", "_creationTime"];
      handle: ["handle", "_creationTime"];
      phone: ["phone", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  userSkillInstalls: {
    document: {
      firstSeenAt: number;
      lastSeenAt: number;
      lastVersion?: string;
      skillId: Id<"skills">;
      userId: Id<"users">;
      _id: Id<"userSkillInstalls">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "firstSeenAt"
      | "lastSeenAt"
      | "lastVersion"
      | "skillId"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_skill: ["skillId", "_creationTime"];
      by_user: ["userId", "_creationTime"];
      by_user_lastSeenAt: ["userId", "lastSeenAt", "_creationTime"];
      by_user_skill: ["userId", "skillId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  vtScanLogs: {
    document: {
      createdAt: number;
      durationMs: number;
      errors: number;
      flaggedSkills?: Array<{ slug: string; status: string }>;
      total: number;
      type: "daily_rescan" | "backfill" | "pending_poll";
      unchanged: number;
      updated: number;
      _id: Id<"vtScanLogs">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "durationMs"
      | "errors"
      | "flaggedSkills"
      | "total"
      | "type"
      | "unchanged"
      | "updated";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_type_date: ["type", "createdAt", "_creationTime"];
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
