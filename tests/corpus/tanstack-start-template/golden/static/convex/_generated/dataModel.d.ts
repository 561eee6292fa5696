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
  adminUserSearch: {
    document: {
      authUserId: string;
      role: "user" | "admin";
      searchText: string;
      updatedAt: number;
      _id: Id<"adminUserSearch">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "authUserId"
      | "role"
      | "searchText"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_auth_user_id: ["authUserId", "_creationTime"];
    };
    searchIndexes: {
      search_text: {
        searchField: "searchText";
        filterFields: "role";
      };
    };
    vectorIndexes: {};
  };
  aiModelCatalog: {
    document: {
      access: "public" | "admin";
      beta?: boolean;
      contextWindow?: number;
      deprecated?: boolean;
      deprecationDate?: string;
      description: string;
      isActive: boolean;
      label: string;
      modelId: string;
      priceLabel?: string;
      prices?: Array<{ currency: string; price: number; unit: string }>;
      refreshedAt: number;
      source: string;
      supportsWebSearch?: boolean;
      task: string;
      _id: Id<"aiModelCatalog">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "access"
      | "beta"
      | "contextWindow"
      | "deprecated"
      | "deprecationDate"
      | "description"
      | "isActive"
      | "label"
      | "modelId"
      | "priceLabel"
      | "prices"
      | "refreshedAt"
      | "source"
      | "supportsWebSearch"
      | "task";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_isActive: ["isActive", "_creationTime"];
      by_modelId: ["modelId", "_creationTime"];
      by_refreshedAt: ["refreshedAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  aiPersonas: {
    document: {
      createdAt: number;
      name: string;
      organizationId: string;
      prompt: string;
      updatedAt: number;
      userId: string;
      _id: Id<"aiPersonas">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "name"
      | "organizationId"
      | "prompt"
      | "updatedAt"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_organizationId_and_createdAt: [
        "organizationId",
        "createdAt",
        "_creationTime",
      ];
      by_userId_and_createdAt: ["userId", "createdAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  auditLedgerArchiveVerifications: {
    document: {
      chainId: string;
      checkedAt: number;
      configured: boolean;
      driftDetected: boolean;
      exporterEnabled: boolean;
      failureReason: string | null;
      lagCount: number;
      lastVerificationStatus:
        | "verified"
        | "missing_object"
        | "hash_mismatch"
        | "no_seal"
        | "disabled";
      lastVerifiedSealEndSequence: number | null;
      latestExportEndSequence: number | null;
      latestManifestObjectKey: string | null;
      latestPayloadObjectKey: string | null;
      latestSealEndSequence: number | null;
      manifestSha256: string | null;
      payloadSha256: string | null;
      required: boolean;
      _id: Id<"auditLedgerArchiveVerifications">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "chainId"
      | "checkedAt"
      | "configured"
      | "driftDetected"
      | "exporterEnabled"
      | "failureReason"
      | "lagCount"
      | "lastVerificationStatus"
      | "lastVerifiedSealEndSequence"
      | "latestExportEndSequence"
      | "latestManifestObjectKey"
      | "latestPayloadObjectKey"
      | "latestSealEndSequence"
      | "manifestSha256"
      | "payloadSha256"
      | "required";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_chain_id_and_checked_at: ["chainId", "checkedAt", "_creationTime"];
      by_chain_id_and_status_and_checked_at: [
        "chainId",
        "lastVerificationStatus",
        "checkedAt",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  auditLedgerCheckpoints: {
    document: {
      chainId: string;
      checkedAt: number;
      endSequence: number;
      failure?: {
        actualEventHash: string | null;
        actualPreviousEventHash: string | null;
        eventId: string;
        expectedPreviousEventHash: string | null;
        expectedSequence: number;
        recomputedEventHash: string;
      };
      headHash: string | null;
      startSequence: number;
      status: "ok" | "failed";
      verifiedEventCount: number;
      _id: Id<"auditLedgerCheckpoints">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "chainId"
      | "checkedAt"
      | "endSequence"
      | "failure"
      | "failure.actualEventHash"
      | "failure.actualPreviousEventHash"
      | "failure.eventId"
      | "failure.expectedPreviousEventHash"
      | "failure.expectedSequence"
      | "failure.recomputedEventHash"
      | "headHash"
      | "startSequence"
      | "status"
      | "verifiedEventCount";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_chain_id_and_checked_at: ["chainId", "checkedAt", "_creationTime"];
      by_chain_id_and_status_and_checked_at: [
        "chainId",
        "status",
        "checkedAt",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  auditLedgerEvents: {
    document: {
      actorUserId?: string;
      chainId: string;
      eventHash: string;
      eventType: string;
      id: string;
      identifier?: string;
      ipAddress?: string;
      metadata?: string;
      organizationId?: string;
      outcome?: "success" | "failure";
      previousEventHash: string | null;
      provenance: {
        actorUserId?: string;
        emitter: string;
        identifier?: string;
        initiatedByUserId?: string;
        kind: "user" | "site_admin" | "system" | "scim_service";
        scimProviderId?: string;
        sessionId?: string;
      };
      recordedAt: number;
      requestId?: string;
      resourceId?: string;
      resourceLabel?: string;
      resourceType?: string;
      sequence: number;
      sessionId?: string;
      severity?: "info" | "warning" | "critical";
      sourceSurface?: string;
      targetUserId?: string;
      userAgent?: string;
      userId?: string;
      _id: Id<"auditLedgerEvents">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "actorUserId"
      | "chainId"
      | "eventHash"
      | "eventType"
      | "id"
      | "identifier"
      | "ipAddress"
      | "metadata"
      | "organizationId"
      | "outcome"
      | "previousEventHash"
      | "provenance"
      | "provenance.actorUserId"
      | "provenance.emitter"
      | "provenance.identifier"
      | "provenance.initiatedByUserId"
      | "provenance.kind"
      | "provenance.scimProviderId"
      | "provenance.sessionId"
      | "recordedAt"
      | "requestId"
      | "resourceId"
      | "resourceLabel"
      | "resourceType"
      | "sequence"
      | "sessionId"
      | "severity"
      | "sourceSurface"
      | "targetUserId"
      | "userAgent"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_eventType_and_sequence: [
        "chainId",
        "eventType",
        "sequence",
        "_creationTime",
      ];
      by_identifier_and_sequence: ["identifier", "sequence", "_creationTime"];
      by_organizationId_and_sequence: [
        "organizationId",
        "sequence",
        "_creationTime",
      ];
      by_recordedAt: ["chainId", "recordedAt", "_creationTime"];
      by_sequence: ["chainId", "sequence", "_creationTime"];
      by_userId_and_sequence: ["userId", "sequence", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  auditLedgerImmutableExports: {
    document: {
      bucket: string;
      chainId: string;
      endSequence: number;
      eventCount: number;
      exportedAt: number;
      headHash: string | null;
      manifestObjectKey: string;
      manifestSha256: string;
      objectKey: string;
      payloadSha256: string;
      sealedAt: number;
      startSequence: number;
      _id: Id<"auditLedgerImmutableExports">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "bucket"
      | "chainId"
      | "endSequence"
      | "eventCount"
      | "exportedAt"
      | "headHash"
      | "manifestObjectKey"
      | "manifestSha256"
      | "objectKey"
      | "payloadSha256"
      | "sealedAt"
      | "startSequence";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_chain_id_and_end_sequence: ["chainId", "endSequence", "_creationTime"];
      by_chain_id_and_exported_at: ["chainId", "exportedAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  auditLedgerSeals: {
    document: {
      chainId: string;
      endSequence: number;
      eventCount: number;
      headHash: string | null;
      sealedAt: number;
      startSequence: number;
      _id: Id<"auditLedgerSeals">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "chainId"
      | "endSequence"
      | "eventCount"
      | "headHash"
      | "sealedAt"
      | "startSequence";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_chain_id_and_end_sequence: ["chainId", "endSequence", "_creationTime"];
      by_chain_id_and_sealed_at: ["chainId", "sealedAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  auditLedgerState: {
    document: {
      chainId: string;
      chainVersion: number;
      headEventHash: string | null;
      headSequence: number;
      startedAt: number;
      updatedAt: number;
      _id: Id<"auditLedgerState">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "chainId"
      | "chainVersion"
      | "headEventHash"
      | "headSequence"
      | "startedAt"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_chain_id: ["chainId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  authLockoutAttempts: {
    document: {
      attempts: Array<number>;
      email: string;
      updatedAt: number;
      _id: Id<"authLockoutAttempts">;
      _creationTime: number;
    };
    fieldPaths: "_creationTime" | "_id" | "attempts" | "email" | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_email: ["email", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  authStepUpChallenges: {
    document: {
      authUserId: string;
      challengeId: string;
      consumedAt: number | null;
      createdAt: number;
      expiresAt: number;
      failureReason: string | null;
      preparedAt: number | null;
      redirectTo: string;
      requirement:
        | "account_email_change"
        | "audit_export"
        | "attachment_access"
        | "document_export"
        | "document_deletion"
        | "model_catalog_admin"
        | "organization_admin"
        | "password_change"
        | "session_administration"
        | "support_access_approval"
        | "user_administration";
      sessionId: string;
      updatedAt: number;
      _id: Id<"authStepUpChallenges">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "authUserId"
      | "challengeId"
      | "consumedAt"
      | "createdAt"
      | "expiresAt"
      | "failureReason"
      | "preparedAt"
      | "redirectTo"
      | "requirement"
      | "sessionId"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_auth_user_id_and_session_id: [
        "authUserId",
        "sessionId",
        "_creationTime",
      ];
      by_challenge_id: ["challengeId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  authStepUpClaims: {
    document: {
      authUserId: string;
      claimId: string;
      consumedAt: number | null;
      createdAt: number;
      expiresAt: number;
      method: "passkey" | "password_only" | "password_plus_totp" | "totp";
      requirement:
        | "account_email_change"
        | "audit_export"
        | "attachment_access"
        | "document_export"
        | "document_deletion"
        | "model_catalog_admin"
        | "organization_admin"
        | "password_change"
        | "session_administration"
        | "support_access_approval"
        | "user_administration";
      resourceId: string | null;
      resourceType: string | null;
      sessionId: string;
      updatedAt: number;
      verifiedAt: number;
      _id: Id<"authStepUpClaims">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "authUserId"
      | "claimId"
      | "consumedAt"
      | "createdAt"
      | "expiresAt"
      | "method"
      | "requirement"
      | "resourceId"
      | "resourceType"
      | "sessionId"
      | "updatedAt"
      | "verifiedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_auth_user_id: ["authUserId", "_creationTime"];
      by_auth_user_id_and_session_id_and_requirement: [
        "authUserId",
        "sessionId",
        "requirement",
        "_creationTime",
      ];
      by_claim_id: ["claimId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  backupVerificationReports: {
    document: {
      artifactContentJson: string | null;
      artifactHash: string | null;
      checkedAt: number;
      createdAt: number;
      drillId: string;
      drillType: "operator_recorded" | "restore_verification";
      evidenceSummary: string;
      failureReason: string | null;
      initiatedByKind: "system" | "user";
      initiatedByUserId: string | null;
      restoredItemCount: number;
      scopeId?: string;
      scopeType?: "provider_global";
      sourceDataset: string;
      status: "success" | "failure";
      summary: string;
      targetEnvironment: "development" | "production" | "test";
      verificationMethod: string;
      _id: Id<"backupVerificationReports">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "artifactContentJson"
      | "artifactHash"
      | "checkedAt"
      | "createdAt"
      | "drillId"
      | "drillType"
      | "evidenceSummary"
      | "failureReason"
      | "initiatedByKind"
      | "initiatedByUserId"
      | "restoredItemCount"
      | "scopeId"
      | "scopeType"
      | "sourceDataset"
      | "status"
      | "summary"
      | "targetEnvironment"
      | "verificationMethod";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_checked_at: ["checkedAt", "_creationTime"];
      by_drill_id: ["drillId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  chatAttachments: {
    document: {
      agentFileId?: string;
      agentMessageId?: string;
      createdAt: number;
      deletedAt?: number;
      deletedByUserId?: string;
      errorMessage?: string;
      extractedTextStorageId?: string;
      kind: "image" | "document";
      mimeType: string;
      name: string;
      organizationId: string;
      promptSummary: string;
      purgeEligibleAt?: number;
      rawStorageId?: Id<"_storage">;
      sizeBytes: number;
      status:
        | "pending"
        | "pending_scan"
        | "processing"
        | "quarantined"
        | "ready"
        | "error"
        | "rejected";
      storageId: string;
      threadId?: Id<"chatThreads">;
      updatedAt: number;
      userId: string;
      _id: Id<"chatAttachments">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "agentFileId"
      | "agentMessageId"
      | "createdAt"
      | "deletedAt"
      | "deletedByUserId"
      | "errorMessage"
      | "extractedTextStorageId"
      | "kind"
      | "mimeType"
      | "name"
      | "organizationId"
      | "promptSummary"
      | "purgeEligibleAt"
      | "rawStorageId"
      | "sizeBytes"
      | "status"
      | "storageId"
      | "threadId"
      | "updatedAt"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_organizationId_and_createdAt: [
        "organizationId",
        "createdAt",
        "_creationTime",
      ];
      by_organizationId_and_threadId_and_createdAt: [
        "organizationId",
        "threadId",
        "createdAt",
        "_creationTime",
      ];
      by_purgeEligibleAt: ["purgeEligibleAt", "_creationTime"];
      by_storageId: ["storageId", "_creationTime"];
      by_threadId_and_createdAt: ["threadId", "createdAt", "_creationTime"];
      by_userId_and_createdAt: ["userId", "createdAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  chatAttachmentUploadTokens: {
    document: {
      createdAt: number;
      expectedFileName: string;
      expectedMimeType: string;
      expectedSha256: string;
      expectedSizeBytes: number;
      expiresAt: number;
      organizationId: string;
      sessionId: string;
      storageId: string;
      token: string;
      userId: string;
      _id: Id<"chatAttachmentUploadTokens">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "expectedFileName"
      | "expectedMimeType"
      | "expectedSha256"
      | "expectedSizeBytes"
      | "expiresAt"
      | "organizationId"
      | "sessionId"
      | "storageId"
      | "token"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_expiresAt: ["expiresAt", "_creationTime"];
      by_token: ["token", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  chatRuns: {
    document: {
      activeAssistantMessageId?: string;
      actualInputTokens?: number;
      actualOutputTokens?: number;
      actualTotalTokens?: number;
      agentStreamId?: string;
      agentThreadId: string;
      endedAt?: number;
      errorMessage?: string;
      failureKind?:
        "provider_policy" | "provider_unavailable" | "tool_error" | "unknown";
      initiatedByUserId: string;
      model?: string;
      organizationId: string;
      ownerSessionId: string;
      promptMessageId?: string;
      provider?: string;
      startedAt: number;
      status: "idle" | "streaming" | "complete" | "aborted" | "error";
      threadId: Id<"chatThreads">;
      usageEventCount?: number;
      usageRecordedAt?: number;
      useWebSearch: boolean;
      _id: Id<"chatRuns">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "activeAssistantMessageId"
      | "actualInputTokens"
      | "actualOutputTokens"
      | "actualTotalTokens"
      | "agentStreamId"
      | "agentThreadId"
      | "endedAt"
      | "errorMessage"
      | "failureKind"
      | "initiatedByUserId"
      | "model"
      | "organizationId"
      | "ownerSessionId"
      | "promptMessageId"
      | "provider"
      | "startedAt"
      | "status"
      | "threadId"
      | "usageEventCount"
      | "usageRecordedAt"
      | "useWebSearch";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_initiatedByUserId_and_startedAt: [
        "initiatedByUserId",
        "startedAt",
        "_creationTime",
      ];
      by_ownerSessionId_and_startedAt: [
        "ownerSessionId",
        "startedAt",
        "_creationTime",
      ];
      by_status_and_startedAt: ["status", "startedAt", "_creationTime"];
      by_threadId_and_startedAt: ["threadId", "startedAt", "_creationTime"];
      by_threadId_and_status: ["threadId", "status", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  chatThreads: {
    document: {
      agentThreadId: string;
      createdAt: number;
      deletedAt?: number;
      deletedByUserId?: string;
      lastMessageAt: number;
      model?: string;
      organizationId: string;
      ownerUserId: string;
      personaId?: Id<"aiPersonas">;
      pinned: boolean;
      purgeEligibleAt?: number;
      summary?: string | null;
      summaryThroughOrder?: number;
      summaryUpdatedAt?: number;
      title: string;
      titleManuallyEdited: boolean;
      updatedAt: number;
      visibility: "private" | "shared";
      _id: Id<"chatThreads">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "agentThreadId"
      | "createdAt"
      | "deletedAt"
      | "deletedByUserId"
      | "lastMessageAt"
      | "model"
      | "organizationId"
      | "ownerUserId"
      | "personaId"
      | "pinned"
      | "purgeEligibleAt"
      | "summary"
      | "summaryThroughOrder"
      | "summaryUpdatedAt"
      | "title"
      | "titleManuallyEdited"
      | "updatedAt"
      | "visibility";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_agentThreadId: ["agentThreadId", "_creationTime"];
      by_organizationId_and_lastMessageAt: [
        "organizationId",
        "lastMessageAt",
        "_creationTime",
      ];
      by_organizationId_and_personaId: [
        "organizationId",
        "personaId",
        "_creationTime",
      ];
      by_organizationId_and_pinned: [
        "organizationId",
        "pinned",
        "_creationTime",
      ];
      by_organizationId_and_updatedAt: [
        "organizationId",
        "updatedAt",
        "_creationTime",
      ];
      by_organizationId_and_visibility_and_lastMessageAt: [
        "organizationId",
        "visibility",
        "lastMessageAt",
        "_creationTime",
      ];
      by_organizationId_and_visibility_and_updatedAt: [
        "organizationId",
        "visibility",
        "updatedAt",
        "_creationTime",
      ];
      by_ownerUserId_and_lastMessageAt: [
        "ownerUserId",
        "lastMessageAt",
        "_creationTime",
      ];
      by_ownerUserId_and_updatedAt: [
        "ownerUserId",
        "updatedAt",
        "_creationTime",
      ];
      by_purgeEligibleAt: ["purgeEligibleAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  chatUsageEvents: {
    document: {
      actorUserId: string;
      agentName?: string;
      agentThreadId: string;
      createdAt: number;
      inputTokens?: number;
      model: string;
      operationKind:
        "chat_turn" | "web_search" | "thread_title" | "thread_summary";
      organizationId: string;
      outputTokens?: number;
      provider: string;
      providerMetadataJson?: string;
      runId?: Id<"chatRuns">;
      threadId: Id<"chatThreads">;
      threadOwnerUserId: string;
      totalTokens?: number;
      _id: Id<"chatUsageEvents">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "actorUserId"
      | "agentName"
      | "agentThreadId"
      | "createdAt"
      | "inputTokens"
      | "model"
      | "operationKind"
      | "organizationId"
      | "outputTokens"
      | "provider"
      | "providerMetadataJson"
      | "runId"
      | "threadId"
      | "threadOwnerUserId"
      | "totalTokens";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_actorUserId_and_createdAt: [
        "actorUserId",
        "createdAt",
        "_creationTime",
      ];
      by_operationKind_and_createdAt: [
        "operationKind",
        "createdAt",
        "_creationTime",
      ];
      by_organizationId_and_createdAt: [
        "organizationId",
        "createdAt",
        "_creationTime",
      ];
      by_runId_and_createdAt: ["runId", "createdAt", "_creationTime"];
      by_threadId_and_createdAt: ["threadId", "createdAt", "_creationTime"];
      by_threadOwnerUserId_and_createdAt: [
        "threadOwnerUserId",
        "createdAt",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  dashboardStats: {
    document: {
      activeUsers: number;
      key: string;
      totalUsers: number;
      updatedAt: number;
      _id: Id<"dashboardStats">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "activeUsers"
      | "key"
      | "totalUsers"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_key: ["key", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  documentScanEvents: {
    document: {
      attachmentId?: Id<"chatAttachments">;
      createdAt: number;
      details: string | null;
      fileName: string;
      mimeType: string;
      organizationId: string;
      requestedByUserId: string;
      resultStatus:
        "accepted" | "inspection_failed" | "quarantined" | "rejected";
      scannedAt: number;
      scannerEngine: string;
      _id: Id<"documentScanEvents">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "attachmentId"
      | "createdAt"
      | "details"
      | "fileName"
      | "mimeType"
      | "organizationId"
      | "requestedByUserId"
      | "resultStatus"
      | "scannedAt"
      | "scannerEngine";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_attachment_id: ["attachmentId", "_creationTime"];
      by_created_at: ["createdAt", "_creationTime"];
      by_organization_id_and_created_at: [
        "organizationId",
        "createdAt",
        "_creationTime",
      ];
      by_result_status_and_created_at: [
        "resultStatus",
        "createdAt",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  emailLifecycleEvents: {
    document: {
      authUserId?: string;
      category: "onboarding";
      createdAt: number;
      email: string;
      emailId?: string;
      eventType: string;
      messageId: string;
      occurredAt: number;
      rawPayload: string;
      _id: Id<"emailLifecycleEvents">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "authUserId"
      | "category"
      | "createdAt"
      | "email"
      | "emailId"
      | "eventType"
      | "messageId"
      | "occurredAt"
      | "rawPayload";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_auth_user_id: ["authUserId", "_creationTime"];
      by_email_id: ["emailId", "_creationTime"];
      by_message_id: ["messageId", "_creationTime"];
      by_occurred_at: ["occurredAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  evidenceReports: {
    document: {
      contentHash: string;
      contentJson: string;
      createdAt: number;
      customerSummary?: string | null;
      generatedByUserId: string;
      internalReviewNotes?: string | null;
      organizationId?: string;
      reportKind:
        | "security_posture"
        | "audit_integrity"
        | "audit_readiness"
        | "annual_review"
        | "findings_snapshot"
        | "vendor_posture_snapshot"
        | "control_workspace_snapshot";
      reviewStatus: "pending" | "reviewed" | "needs_follow_up";
      reviewedAt: number | null;
      reviewedByUserId: string | null;
      scopeId?: string;
      scopeType?: "provider_global";
      _id: Id<"evidenceReports">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "contentHash"
      | "contentJson"
      | "createdAt"
      | "customerSummary"
      | "generatedByUserId"
      | "internalReviewNotes"
      | "organizationId"
      | "reportKind"
      | "reviewedAt"
      | "reviewedByUserId"
      | "reviewStatus"
      | "scopeId"
      | "scopeType";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_created_at: ["createdAt", "_creationTime"];
      by_organization_id_and_created_at: [
        "organizationId",
        "createdAt",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  exportArtifacts: {
    document: {
      artifactType: "audit_csv" | "directory_csv" | "evidence_report_export";
      createdAt: number;
      exportedAt: number;
      exportedByUserId: string;
      manifestHash: string;
      manifestJson: string;
      organizationId?: string;
      payloadHash: string;
      schemaVersion: string;
      scopeId?: string;
      scopeType?: "provider_global";
      sourceReportId?: Id<"evidenceReports">;
      _id: Id<"exportArtifacts">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "artifactType"
      | "createdAt"
      | "exportedAt"
      | "exportedByUserId"
      | "manifestHash"
      | "manifestJson"
      | "organizationId"
      | "payloadHash"
      | "schemaVersion"
      | "scopeId"
      | "scopeType"
      | "sourceReportId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_artifact_type_and_created_at: [
        "artifactType",
        "createdAt",
        "_creationTime",
      ];
      by_created_at: ["createdAt", "_creationTime"];
      by_organization_id_and_created_at: [
        "organizationId",
        "createdAt",
        "_creationTime",
      ];
      by_source_report_id_and_created_at: [
        "sourceReportId",
        "createdAt",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  fileAccessTickets: {
    document: {
      createdAt: number;
      expiresAt: number;
      ipAddress: string | null;
      issuedFromSessionId: string | null;
      issuedToUserId: string;
      organizationId: string | null;
      purpose: string;
      redeemedAt?: number;
      sourceSurface: string;
      storageId: string;
      ticketId: string;
      userAgent: string | null;
      _id: Id<"fileAccessTickets">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "expiresAt"
      | "ipAddress"
      | "issuedFromSessionId"
      | "issuedToUserId"
      | "organizationId"
      | "purpose"
      | "redeemedAt"
      | "sourceSurface"
      | "storageId"
      | "ticketId"
      | "userAgent";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_expiresAt: ["expiresAt", "_creationTime"];
      by_storageId_and_createdAt: ["storageId", "createdAt", "_creationTime"];
      by_ticketId: ["ticketId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  followUpActions: {
    document: {
      assigneeUserId?: string | null;
      controlLinks: Array<{ internalControlId: string; itemId: string }>;
      dueAt?: number | null;
      findingId: Id<"securityFindings">;
      findingKey: string;
      latestNote?: string | null;
      openedAt: number;
      openedByUserId: string;
      resolutionNote?: string | null;
      resolvedAt?: number | null;
      resolvedByUserId?: string | null;
      reviewRunId?: Id<"reviewRuns">;
      reviewTaskId?: Id<"reviewTasks">;
      scopeId?: string;
      scopeType?: "provider_global";
      status: "open" | "in_progress" | "blocked" | "resolved";
      summary?: string;
      title: string;
      updatedAt: number;
      updatedByUserId: string;
      _id: Id<"followUpActions">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "assigneeUserId"
      | "controlLinks"
      | "dueAt"
      | "findingId"
      | "findingKey"
      | "latestNote"
      | "openedAt"
      | "openedByUserId"
      | "resolutionNote"
      | "resolvedAt"
      | "resolvedByUserId"
      | "reviewRunId"
      | "reviewTaskId"
      | "scopeId"
      | "scopeType"
      | "status"
      | "summary"
      | "title"
      | "updatedAt"
      | "updatedByUserId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_finding_id_and_opened_at: ["findingId", "openedAt", "_creationTime"];
      by_finding_key_and_opened_at: ["findingKey", "openedAt", "_creationTime"];
      by_review_run_id: ["reviewRunId", "_creationTime"];
      by_status_and_updated_at: ["status", "updatedAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  organizationCleanupRequests: {
    document: {
      completedAt: number | null;
      createdAt: number;
      expiresAt: number;
      organizationId: string;
      requestedByUserId: string;
      _id: Id<"organizationCleanupRequests">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "completedAt"
      | "createdAt"
      | "expiresAt"
      | "organizationId"
      | "requestedByUserId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_expires_at: ["expiresAt", "_creationTime"];
      by_organization_id: ["organizationId", "_creationTime"];
      by_requested_by_user_id: ["requestedByUserId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  organizationDomains: {
    document: {
      createdAt: number;
      createdByUserId: string;
      domain: string;
      normalizedDomain: string;
      organizationId: string;
      status: "pending_verification" | "verified";
      verificationMethod: "dns_txt";
      verificationToken: string;
      verifiedAt: number | null;
      _id: Id<"organizationDomains">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "createdByUserId"
      | "domain"
      | "normalizedDomain"
      | "organizationId"
      | "status"
      | "verificationMethod"
      | "verificationToken"
      | "verifiedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_normalized_domain: ["normalizedDomain", "_creationTime"];
      by_organization_id: ["organizationId", "_creationTime"];
      by_organization_id_and_created_at: [
        "organizationId",
        "createdAt",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  organizationLegalHolds: {
    document: {
      createdAt: number;
      openedAt: number;
      openedByUserId: string;
      organizationId: string;
      reason: string;
      releasedAt?: number;
      releasedByUserId?: string;
      status: "active" | "released";
      updatedAt: number;
      _id: Id<"organizationLegalHolds">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "openedAt"
      | "openedByUserId"
      | "organizationId"
      | "reason"
      | "releasedAt"
      | "releasedByUserId"
      | "status"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_organization_id: ["organizationId", "_creationTime"];
      by_organization_id_and_status: [
        "organizationId",
        "status",
        "_creationTime",
      ];
      by_status_and_opened_at: ["status", "openedAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  organizationMembershipStates: {
    document: {
      createdAt: number;
      deactivatedAt?: number;
      membershipId: string;
      organizationId: string;
      reactivatedAt?: number;
      reason: string | null;
      status: "suspended" | "deactivated";
      updatedAt: number;
      updatedByUserId: string;
      userId: string;
      _id: Id<"organizationMembershipStates">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "deactivatedAt"
      | "membershipId"
      | "organizationId"
      | "reactivatedAt"
      | "reason"
      | "status"
      | "updatedAt"
      | "updatedByUserId"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_membership_id: ["membershipId", "_creationTime"];
      by_organization_id_and_status: [
        "organizationId",
        "status",
        "_creationTime",
      ];
      by_organization_id_and_user_id: [
        "organizationId",
        "userId",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  organizationPolicies: {
    document: {
      aiChatEnabled: boolean;
      allowBreakGlassPasswordLogin: boolean;
      attachmentSharingAllowed: boolean;
      auditExportRequiresStepUp: boolean;
      createdAt: number;
      dataRetentionDays: number;
      enterpriseAuthMode: "off" | "optional" | "required";
      enterpriseEnabledAt: number | null;
      enterpriseEnforcedAt: number | null;
      enterpriseProtocol: "oidc" | null;
      enterpriseProviderKey: "google-workspace" | "entra" | "okta" | null;
      invitePolicy: "owners_admins" | "owners_only";
      memberCap: number | null;
      mfaRequired: boolean;
      organizationId: string;
      supportAccessApprovalModel: "single_owner";
      supportAccessEnabled: boolean;
      temporaryLinkTtlMinutes: number;
      updatedAt: number;
      verifiedDomainsOnly: boolean;
      webSearchAllowed: boolean;
      _id: Id<"organizationPolicies">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "aiChatEnabled"
      | "allowBreakGlassPasswordLogin"
      | "attachmentSharingAllowed"
      | "auditExportRequiresStepUp"
      | "createdAt"
      | "dataRetentionDays"
      | "enterpriseAuthMode"
      | "enterpriseEnabledAt"
      | "enterpriseEnforcedAt"
      | "enterpriseProtocol"
      | "enterpriseProviderKey"
      | "invitePolicy"
      | "memberCap"
      | "mfaRequired"
      | "organizationId"
      | "supportAccessApprovalModel"
      | "supportAccessEnabled"
      | "temporaryLinkTtlMinutes"
      | "updatedAt"
      | "verifiedDomainsOnly"
      | "webSearchAllowed";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_organization_id: ["organizationId", "_creationTime"];
      by_organization_id_and_updated_at: [
        "organizationId",
        "updatedAt",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  organizationSupportAccessGrants: {
    document: {
      approvalMethod: "single_owner";
      approvedAt: number;
      createdAt: number;
      expiredNotificationSentAt: number | null;
      expiresAt: number;
      firstUsedAt: number | null;
      grantedByUserId: string;
      lastUsedAt: number | null;
      organizationId: string;
      reason: string;
      reasonCategory:
        | "incident_response"
        | "customer_requested_change"
        | "data_repair"
        | "account_recovery"
        | "other";
      reasonDetails: string;
      revocationReason: string | null;
      revokedAt: number | null;
      revokedByUserId: string | null;
      scope: "read_only" | "read_write";
      siteAdminUserId: string;
      ticketId: string;
      useCount: number;
      _id: Id<"organizationSupportAccessGrants">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "approvalMethod"
      | "approvedAt"
      | "createdAt"
      | "expiredNotificationSentAt"
      | "expiresAt"
      | "firstUsedAt"
      | "grantedByUserId"
      | "lastUsedAt"
      | "organizationId"
      | "reason"
      | "reasonCategory"
      | "reasonDetails"
      | "revocationReason"
      | "revokedAt"
      | "revokedByUserId"
      | "scope"
      | "siteAdminUserId"
      | "ticketId"
      | "useCount";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_expired_notification_sent_at: [
        "expiredNotificationSentAt",
        "_creationTime",
      ];
      by_organization_id: ["organizationId", "_creationTime"];
      by_organization_id_and_created_at: [
        "organizationId",
        "createdAt",
        "_creationTime",
      ];
      by_organization_id_and_site_admin_user_id: [
        "organizationId",
        "siteAdminUserId",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  passwordHistory: {
    document: {
      authUserId: string;
      createdAt: number;
      passwordHash: string;
      _id: Id<"passwordHistory">;
      _creationTime: number;
    };
    fieldPaths:
      "_creationTime" | "_id" | "authUserId" | "createdAt" | "passwordHash";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_auth_user_id: ["authUserId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  pdfParseJobs: {
    document: {
      completedAt?: number;
      createdAt: number;
      dispatchAttempts?: number;
      dispatchErrorMessage?: string;
      errorMessage?: string;
      organizationId: string;
      parserVersion?: string;
      processingStartedAt?: number;
      purgeEligibleAt?: number;
      requestedByUserId: string;
      resultStorageId?: string;
      status: "queued" | "processing" | "ready" | "failed" | "quarantined";
      storageId: string;
      updatedAt: number;
      _id: Id<"pdfParseJobs">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "completedAt"
      | "createdAt"
      | "dispatchAttempts"
      | "dispatchErrorMessage"
      | "errorMessage"
      | "organizationId"
      | "parserVersion"
      | "processingStartedAt"
      | "purgeEligibleAt"
      | "requestedByUserId"
      | "resultStorageId"
      | "status"
      | "storageId"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_purgeEligibleAt: ["purgeEligibleAt", "_creationTime"];
      by_requestedByUserId_and_createdAt: [
        "requestedByUserId",
        "createdAt",
        "_creationTime",
      ];
      by_status_and_updatedAt: ["status", "updatedAt", "_creationTime"];
      by_storageId: ["storageId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  rateLimit: {
    document: {
      createdAt: number;
      identifier: string;
      kind: string;
      updatedAt: number;
      _id: Id<"rateLimit">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "identifier"
      | "kind"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_createdAt: ["createdAt", "_creationTime"];
      by_identifier_kind: ["identifier", "kind", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  retentionDeletionBatches: {
    document: {
      completedAt: number;
      createdAt: number;
      deletedCount: number;
      detailsJson: string;
      failedCount: number;
      jobKind: "temporary_artifact_purge" | "phi_record_purge";
      organizationId: string;
      policySnapshotJson: string;
      skippedOnHoldCount: number;
      startedAt: number;
      status: "success" | "failure";
      _id: Id<"retentionDeletionBatches">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "completedAt"
      | "createdAt"
      | "deletedCount"
      | "detailsJson"
      | "failedCount"
      | "jobKind"
      | "organizationId"
      | "policySnapshotJson"
      | "skippedOnHoldCount"
      | "startedAt"
      | "status";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_created_at: ["createdAt", "_creationTime"];
      by_job_kind_and_created_at: ["jobKind", "createdAt", "_creationTime"];
      by_organization_id_and_created_at: [
        "organizationId",
        "createdAt",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  retentionJobs: {
    document: {
      createdAt: number;
      details?: string;
      jobKind:
        | "attachment_purge"
        | "quarantine_cleanup"
        | "temporary_artifact_purge"
        | "phi_record_purge";
      processedCount: number;
      scopeId?: string;
      scopeType?: "provider_global";
      status: "success" | "failure";
      _id: Id<"retentionJobs">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "details"
      | "jobKind"
      | "processedCount"
      | "scopeId"
      | "scopeType"
      | "status";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_created_at: ["createdAt", "_creationTime"];
      by_job_kind_and_created_at: ["jobKind", "createdAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  reviewAttestations: {
    document: {
      attestedAt: number;
      attestedByUserId: string;
      createdAt: number;
      documentLabel?: string;
      documentUrl?: string;
      documentVersion?: string;
      reviewRunId: Id<"reviewRuns">;
      reviewTaskId: Id<"reviewTasks">;
      scopeId?: string;
      scopeType?: "provider_global";
      statementKey: string;
      statementText: string;
      _id: Id<"reviewAttestations">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "attestedAt"
      | "attestedByUserId"
      | "createdAt"
      | "documentLabel"
      | "documentUrl"
      | "documentVersion"
      | "reviewRunId"
      | "reviewTaskId"
      | "scopeId"
      | "scopeType"
      | "statementKey"
      | "statementText";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_review_run_id_and_attested_at: [
        "reviewRunId",
        "attestedAt",
        "_creationTime",
      ];
      by_review_task_id: ["reviewTaskId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  reviewRuns: {
    document: {
      controlRegisterGeneratedAt: string;
      controlRegisterSchemaVersion: string;
      createdAt: number;
      createdByUserId: string;
      dedupeKey?: string;
      finalReportId?: Id<"evidenceReports">;
      finalizedAt?: number;
      finalizedByUserId?: string;
      kind: "annual" | "triggered";
      runKey: string;
      scopeId?: string;
      scopeType?: "provider_global";
      snapshotHash: string;
      snapshotJson: string;
      sourceRecordId?: string;
      sourceRecordType?: string;
      status: "ready" | "needs_attention" | "completed";
      title: string;
      triggerType?: string;
      updatedAt: number;
      year?: number;
      _id: Id<"reviewRuns">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "controlRegisterGeneratedAt"
      | "controlRegisterSchemaVersion"
      | "createdAt"
      | "createdByUserId"
      | "dedupeKey"
      | "finalizedAt"
      | "finalizedByUserId"
      | "finalReportId"
      | "kind"
      | "runKey"
      | "scopeId"
      | "scopeType"
      | "snapshotHash"
      | "snapshotJson"
      | "sourceRecordId"
      | "sourceRecordType"
      | "status"
      | "title"
      | "triggerType"
      | "updatedAt"
      | "year";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_dedupe_key: ["dedupeKey", "_creationTime"];
      by_kind_and_created_at: ["kind", "createdAt", "_creationTime"];
      by_run_key: ["runKey", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  reviewTaskEvidenceLinks: {
    document: {
      freshAt?: number;
      linkedAt: number;
      linkedByUserId?: string;
      reviewRunId: Id<"reviewRuns">;
      reviewTaskId: Id<"reviewTasks">;
      role: "primary" | "supporting" | "blocking";
      scopeId?: string;
      scopeType?: "provider_global";
      sourceId: string;
      sourceLabel?: string;
      sourceType:
        | "security_control_evidence"
        | "evidence_report"
        | "security_finding"
        | "backup_verification_report"
        | "external_document"
        | "review_task"
        | "vendor";
      _id: Id<"reviewTaskEvidenceLinks">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "freshAt"
      | "linkedAt"
      | "linkedByUserId"
      | "reviewRunId"
      | "reviewTaskId"
      | "role"
      | "scopeId"
      | "scopeType"
      | "sourceId"
      | "sourceLabel"
      | "sourceType";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_review_run_id_and_linked_at: [
        "reviewRunId",
        "linkedAt",
        "_creationTime",
      ];
      by_review_task_id: ["reviewTaskId", "_creationTime"];
      by_source_type_and_source_id: ["sourceType", "sourceId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  reviewTaskResults: {
    document: {
      actorUserId: string;
      createdAt: number;
      note?: string;
      resultType:
        | "automated_check"
        | "attested"
        | "document_linked"
        | "exception_marked"
        | "follow_up_opened"
        | "resolved";
      reviewRunId: Id<"reviewRuns">;
      reviewTaskId: Id<"reviewTasks">;
      scopeId?: string;
      scopeType?: "provider_global";
      statusAfter: "ready" | "completed" | "exception" | "blocked";
      _id: Id<"reviewTaskResults">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "actorUserId"
      | "createdAt"
      | "note"
      | "resultType"
      | "reviewRunId"
      | "reviewTaskId"
      | "scopeId"
      | "scopeType"
      | "statusAfter";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_review_run_id_and_created_at: [
        "reviewRunId",
        "createdAt",
        "_creationTime",
      ];
      by_review_task_id_and_created_at: [
        "reviewTaskId",
        "createdAt",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  reviewTasks: {
    document: {
      allowException: boolean;
      controlLinks: Array<{ internalControlId: string; itemId: string }>;
      createdAt: number;
      description: string;
      freshnessWindowDays?: number;
      latestAttestationId?: Id<"reviewAttestations">;
      latestEvidenceLinkedAt?: number;
      latestNote?: string;
      latestResultId?: Id<"reviewTaskResults">;
      policyId?: string;
      required: boolean;
      reviewRunId: Id<"reviewRuns">;
      satisfiedAt?: number;
      satisfiedThroughAt?: number;
      scopeId?: string;
      scopeType?: "provider_global";
      status: "ready" | "completed" | "exception" | "blocked";
      taskType:
        "automated_check" | "attestation" | "document_upload" | "follow_up";
      templateKey: string;
      title: string;
      updatedAt: number;
      vendorKey?:
        | "aws"
        | "cloudflare"
        | "convex"
        | "github"
        | "netlify"
        | "openrouter"
        | "resend"
        | "sentry"
        | "google_favicons"
        | "google_workspace_oauth";
      _id: Id<"reviewTasks">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "allowException"
      | "controlLinks"
      | "createdAt"
      | "description"
      | "freshnessWindowDays"
      | "latestAttestationId"
      | "latestEvidenceLinkedAt"
      | "latestNote"
      | "latestResultId"
      | "policyId"
      | "required"
      | "reviewRunId"
      | "satisfiedAt"
      | "satisfiedThroughAt"
      | "scopeId"
      | "scopeType"
      | "status"
      | "taskType"
      | "templateKey"
      | "title"
      | "updatedAt"
      | "vendorKey";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_review_run_id: ["reviewRunId", "_creationTime"];
      by_review_run_id_and_template_key: [
        "reviewRunId",
        "templateKey",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  securityControlChecklistItems: {
    document: {
      archivedSeedEvidence?: Array<{
        archivedAt: number;
        archivedByUserId: string;
        evidenceId: string;
        lifecycleStatus: "archived" | "superseded";
        replacedByEvidenceId?: string;
      }>;
      completedAt?: number;
      completedByUserId?: string;
      createdAt: number;
      hiddenSeedEvidenceIds?: Array<string>;
      internalControlId: string;
      internalOperatorNotes?: string;
      itemId: string;
      lastReviewedAt?: number;
      lastReviewedByUserId?: string;
      notes?: string;
      owner?: string;
      scopeId?: string;
      scopeType?: "provider_global";
      updatedAt: number;
      _id: Id<"securityControlChecklistItems">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "archivedSeedEvidence"
      | "completedAt"
      | "completedByUserId"
      | "createdAt"
      | "hiddenSeedEvidenceIds"
      | "internalControlId"
      | "internalOperatorNotes"
      | "itemId"
      | "lastReviewedAt"
      | "lastReviewedByUserId"
      | "notes"
      | "owner"
      | "scopeId"
      | "scopeType"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_internal_control_id: ["internalControlId", "_creationTime"];
      by_internal_control_id_and_item_id: [
        "internalControlId",
        "itemId",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  securityControlEvidence: {
    document: {
      archivedAt?: number;
      archivedByUserId?: string;
      createdAt: number;
      description?: string;
      evidenceDate?: number;
      evidenceType:
        | "file"
        | "link"
        | "note"
        | "system_snapshot"
        | "review_attestation"
        | "review_document"
        | "automated_review_result"
        | "follow_up_resolution"
        | "exception_record";
      fileName?: string;
      internalControlId: string;
      itemId: string;
      lifecycleStatus?: "active" | "archived" | "superseded";
      mimeType?: string;
      renewedFromEvidenceId?: string;
      replacedByEvidenceId?: string;
      reviewDueIntervalMonths?: 3 | 6 | 12;
      reviewOriginReviewAttestationId?: Id<"reviewAttestations">;
      reviewOriginReviewRunId?: Id<"reviewRuns">;
      reviewOriginReviewTaskId?: Id<"reviewTasks">;
      reviewOriginReviewTaskResultId?: Id<"reviewTaskResults">;
      reviewOriginSourceId?: string;
      reviewOriginSourceLabel?: string;
      reviewOriginSourceType?:
        | "security_control_evidence"
        | "evidence_report"
        | "security_finding"
        | "follow_up_action"
        | "backup_verification_report"
        | "external_document"
        | "review_task"
        | "vendor";
      reviewStatus?: "pending" | "reviewed";
      reviewedAt?: number;
      reviewedByUserId?: string;
      scopeId?: string;
      scopeType?: "provider_global";
      sizeBytes?: number;
      source?:
        | "manual_upload"
        | "internal_review"
        | "automated_system_check"
        | "external_report"
        | "vendor_attestation"
        | "review_attestation"
        | "review_document"
        | "automated_review_result"
        | "follow_up_resolution"
        | "review_exception";
      storageId?: string;
      sufficiency: "missing" | "partial" | "sufficient";
      title: string;
      updatedAt: number;
      uploadedByUserId: string;
      url?: string;
      validUntil?: number;
      _id: Id<"securityControlEvidence">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "archivedAt"
      | "archivedByUserId"
      | "createdAt"
      | "description"
      | "evidenceDate"
      | "evidenceType"
      | "fileName"
      | "internalControlId"
      | "itemId"
      | "lifecycleStatus"
      | "mimeType"
      | "renewedFromEvidenceId"
      | "replacedByEvidenceId"
      | "reviewDueIntervalMonths"
      | "reviewedAt"
      | "reviewedByUserId"
      | "reviewOriginReviewAttestationId"
      | "reviewOriginReviewRunId"
      | "reviewOriginReviewTaskId"
      | "reviewOriginReviewTaskResultId"
      | "reviewOriginSourceId"
      | "reviewOriginSourceLabel"
      | "reviewOriginSourceType"
      | "reviewStatus"
      | "scopeId"
      | "scopeType"
      | "sizeBytes"
      | "source"
      | "storageId"
      | "sufficiency"
      | "title"
      | "updatedAt"
      | "uploadedByUserId"
      | "url"
      | "validUntil";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_internal_control_id: ["internalControlId", "_creationTime"];
      by_internal_control_id_and_item_id: [
        "internalControlId",
        "itemId",
        "_creationTime",
      ];
      by_internal_control_id_and_lifecycle: [
        "internalControlId",
        "lifecycleStatus",
        "_creationTime",
      ];
      by_review_origin_review_task_id: [
        "reviewOriginReviewTaskId",
        "_creationTime",
      ];
      by_review_origin_source_type_and_source_id: [
        "reviewOriginSourceType",
        "reviewOriginSourceId",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  securityControlEvidenceActivity: {
    document: {
      actorUserId: string | null;
      auditEventId: string;
      createdAt: number;
      eventType:
        | "security_control_evidence_created"
        | "security_control_evidence_reviewed"
        | "security_control_evidence_archived"
        | "security_control_evidence_renewed";
      evidenceId: string;
      evidenceTitle: string;
      internalControlId: string;
      itemId: string;
      lifecycleStatus: "active" | "archived" | "superseded" | null;
      renewedFromEvidenceId: string | null;
      replacedByEvidenceId: string | null;
      reviewStatus: "pending" | "reviewed" | null;
      scopeId?: string;
      scopeType?: "provider_global";
      _id: Id<"securityControlEvidenceActivity">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "actorUserId"
      | "auditEventId"
      | "createdAt"
      | "eventType"
      | "evidenceId"
      | "evidenceTitle"
      | "internalControlId"
      | "itemId"
      | "lifecycleStatus"
      | "renewedFromEvidenceId"
      | "replacedByEvidenceId"
      | "reviewStatus"
      | "scopeId"
      | "scopeType";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_audit_event_id: ["auditEventId", "_creationTime"];
      by_internal_control_id_and_item_id_and_created_at: [
        "internalControlId",
        "itemId",
        "createdAt",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  securityFindings: {
    document: {
      createdAt: number;
      customerSummary?: string | null;
      description: string;
      disposition:
        | "pending_review"
        | "investigating"
        | "accepted_risk"
        | "false_positive"
        | "resolved";
      findingKey: string;
      findingType:
        | "audit_integrity_failures"
        | "audit_archive_health"
        | "audit_request_context_gaps"
        | "document_scan_quarantines"
        | "document_scan_rejections"
        | "release_security_validation";
      firstObservedAt: number;
      internalReviewNotes?: string | null;
      lastObservedAt: number;
      reviewedAt: number | null;
      reviewedByUserId: string | null;
      scopeId?: string;
      scopeType?: "provider_global";
      severity: "info" | "warning" | "critical";
      sourceLabel: string;
      sourceRecordId: string | null;
      sourceType: "audit_log" | "security_metric" | "security_control_evidence";
      status: "open" | "resolved";
      title: string;
      updatedAt: number;
      _id: Id<"securityFindings">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "customerSummary"
      | "description"
      | "disposition"
      | "findingKey"
      | "findingType"
      | "firstObservedAt"
      | "internalReviewNotes"
      | "lastObservedAt"
      | "reviewedAt"
      | "reviewedByUserId"
      | "scopeId"
      | "scopeType"
      | "severity"
      | "sourceLabel"
      | "sourceRecordId"
      | "sourceType"
      | "status"
      | "title"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_finding_key: ["findingKey", "_creationTime"];
      by_status_and_updated_at: ["status", "updatedAt", "_creationTime"];
      by_updated_at: ["updatedAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  securityMetrics: {
    document: {
      key: string;
      lastDocumentScanAt: number | null;
      quarantinedDocumentScans: number;
      rejectedDocumentScans: number;
      totalDocumentScans: number;
      updatedAt: number;
      _id: Id<"securityMetrics">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "key"
      | "lastDocumentScanAt"
      | "quarantinedDocumentScans"
      | "rejectedDocumentScans"
      | "totalDocumentScans"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_key: ["key", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  securityPolicies: {
    document: {
      contentHash: string;
      createdAt: number;
      customerSummary?: string | null;
      internalNotes?: string | null;
      lastReviewedAt?: number;
      nextReviewAt?: number;
      owner: string;
      policyId: string;
      scopeId?: string;
      scopeType?: "provider_global";
      sourcePath: string;
      summary: string;
      title: string;
      updatedAt: number;
      _id: Id<"securityPolicies">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "contentHash"
      | "createdAt"
      | "customerSummary"
      | "internalNotes"
      | "lastReviewedAt"
      | "nextReviewAt"
      | "owner"
      | "policyId"
      | "scopeId"
      | "scopeType"
      | "sourcePath"
      | "summary"
      | "title"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_policy_id: ["policyId", "_creationTime"];
      by_updated_at: ["updatedAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  securityPolicyControlMappings: {
    document: {
      createdAt: number;
      internalControlId: string;
      isPrimary: boolean;
      policyId: string;
      scopeId?: string;
      scopeType?: "provider_global";
      updatedAt: number;
      _id: Id<"securityPolicyControlMappings">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "internalControlId"
      | "isPrimary"
      | "policyId"
      | "scopeId"
      | "scopeType"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_internal_control_id: ["internalControlId", "_creationTime"];
      by_policy_id: ["policyId", "_creationTime"];
      by_policy_id_and_internal_control_id: [
        "policyId",
        "internalControlId",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  securityRelationships: {
    document: {
      createdAt: number;
      createdByUserId: string;
      fromId: string;
      fromType:
        | "control"
        | "checklist_item"
        | "evidence"
        | "finding"
        | "vendor"
        | "review_run"
        | "review_task"
        | "evidence_report";
      relationshipType:
        | "has_evidence"
        | "tracks_finding"
        | "tracks_vendor"
        | "has_review_task"
        | "has_report"
        | "supports"
        | "satisfies"
        | "follow_up_for"
        | "related_control";
      scopeId?: string;
      scopeType?: "provider_global";
      toId: string;
      toType:
        | "control"
        | "checklist_item"
        | "evidence"
        | "finding"
        | "vendor"
        | "review_run"
        | "review_task"
        | "evidence_report";
      _id: Id<"securityRelationships">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "createdByUserId"
      | "fromId"
      | "fromType"
      | "relationshipType"
      | "scopeId"
      | "scopeType"
      | "toId"
      | "toType";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_from: ["fromType", "fromId", "_creationTime"];
      by_relationship_and_created_at: [
        "relationshipType",
        "createdAt",
        "_creationTime",
      ];
      by_to: ["toType", "toId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  securityVendorControlMappings: {
    document: {
      createdAt: number;
      internalControlId: string;
      scopeId?: string;
      scopeType?: "provider_global";
      vendorKey:
        | "aws"
        | "cloudflare"
        | "convex"
        | "github"
        | "netlify"
        | "openrouter"
        | "resend"
        | "sentry"
        | "google_favicons"
        | "google_workspace_oauth";
      _id: Id<"securityVendorControlMappings">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "internalControlId"
      | "scopeId"
      | "scopeType"
      | "vendorKey";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_internal_control_id: ["internalControlId", "_creationTime"];
      by_vendor_key: ["vendorKey", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  securityVendors: {
    document: {
      contractNotes?: string | null;
      contractReviewedAt?: number | null;
      contractStatus?:
        | "baa_executed"
        | "dpa_executed"
        | "not_required"
        | "pending"
        | "not_started";
      createdAt: number;
      lastReviewedAt?: number | null;
      linkedFollowUpRunId?: Id<"reviewRuns">;
      nextReviewAt?: number | null;
      owner?: string;
      scopeId?: string;
      scopeType?: "provider_global";
      summary?: string | null;
      title: string;
      updatedAt: number;
      vendorKey:
        | "aws"
        | "cloudflare"
        | "convex"
        | "github"
        | "netlify"
        | "openrouter"
        | "resend"
        | "sentry"
        | "google_favicons"
        | "google_workspace_oauth";
      _id: Id<"securityVendors">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "contractNotes"
      | "contractReviewedAt"
      | "contractStatus"
      | "createdAt"
      | "lastReviewedAt"
      | "linkedFollowUpRunId"
      | "nextReviewAt"
      | "owner"
      | "scopeId"
      | "scopeType"
      | "summary"
      | "title"
      | "updatedAt"
      | "vendorKey";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_next_review_at: ["nextReviewAt", "_creationTime"];
      by_vendor_key: ["vendorKey", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  storageLifecycle: {
    document: {
      backendMode: "convex" | "s3-primary" | "s3-mirror";
      canonicalBucket?: string;
      canonicalKey?: string;
      canonicalVersionId?: string;
      createdAt: number;
      deletedAt?: number;
      fileSize?: number;
      inspectionDetails?: string;
      inspectionEngine?: string;
      inspectionReason?:
        | "archive_encrypted"
        | "archive_suspicious_structure"
        | "checksum_mismatch"
        | "file_signature_mismatch"
        | "inspection_error"
        | "office_macro_enabled"
        | "office_password_protected"
        | "ooxml_embedded_content"
        | "ooxml_external_relationship"
        | "ooxml_malformed"
        | "pdf_active_content"
        | "pdf_embedded_files"
        | "pdf_encrypted"
        | "pdf_javascript"
        | "pdf_launch_action"
        | "pdf_malformed"
        | "pdf_open_action"
        | "pdf_rich_media"
        | "pdf_xfa"
        | "size_limit_exceeded"
        | "unsupported_type";
      inspectionScannedAt?: number;
      inspectionStatus?: "PENDING" | "PASSED" | "REJECTED" | "FAILED";
      malwareDetectedAt?: number;
      malwareFindingId?: string;
      malwareScannedAt?: number;
      malwareStatus?:
        | "NOT_STARTED"
        | "PENDING"
        | "CLEAN"
        | "INFECTED"
        | "QUARANTINED_UNSCANNED";
      mimeType?: string;
      mirrorAttempts?: number;
      mirrorBucket?: string;
      mirrorDeadlineAt?: number;
      mirrorKey?: string;
      mirrorLastError?: string;
      mirrorStatus?: "PENDING" | "MIRRORED" | "FAILED";
      mirrorVersionId?: string;
      organizationId?: string;
      originalFileName: string;
      parentStorageId?: string;
      quarantineBucket?: string;
      quarantineKey?: string;
      quarantineReason?:
        "INFECTED" | "QUARANTINED_UNSCANNED" | "INSPECTION_REJECTED";
      quarantineVersionId?: string;
      quarantinedAt?: number;
      rejectedBucket?: string;
      rejectedKey?: string;
      rejectedVersionId?: string;
      sha256Hex?: string;
      sourceId: string;
      sourceType: string;
      storageId: string;
      storagePlacement?: "QUARANTINE" | "PROMOTED" | "REJECTED";
      updatedAt: number;
      uploadedById?: Id<"users">;
      _id: Id<"storageLifecycle">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "backendMode"
      | "canonicalBucket"
      | "canonicalKey"
      | "canonicalVersionId"
      | "createdAt"
      | "deletedAt"
      | "fileSize"
      | "inspectionDetails"
      | "inspectionEngine"
      | "inspectionReason"
      | "inspectionScannedAt"
      | "inspectionStatus"
      | "malwareDetectedAt"
      | "malwareFindingId"
      | "malwareScannedAt"
      | "malwareStatus"
      | "mimeType"
      | "mirrorAttempts"
      | "mirrorBucket"
      | "mirrorDeadlineAt"
      | "mirrorKey"
      | "mirrorLastError"
      | "mirrorStatus"
      | "mirrorVersionId"
      | "organizationId"
      | "originalFileName"
      | "parentStorageId"
      | "quarantineBucket"
      | "quarantinedAt"
      | "quarantineKey"
      | "quarantineReason"
      | "quarantineVersionId"
      | "rejectedBucket"
      | "rejectedKey"
      | "rejectedVersionId"
      | "sha256Hex"
      | "sourceId"
      | "sourceType"
      | "storageId"
      | "storagePlacement"
      | "updatedAt"
      | "uploadedById";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_backendMode_and_createdAt: [
        "backendMode",
        "createdAt",
        "_creationTime",
      ];
      by_deletedAt: ["deletedAt", "_creationTime"];
      by_inspectionStatus: ["inspectionStatus", "_creationTime"];
      by_malwareStatus: ["malwareStatus", "_creationTime"];
      by_mirrorDeadlineAt: ["mirrorDeadlineAt", "_creationTime"];
      by_mirrorS3Key: ["mirrorBucket", "mirrorKey", "_creationTime"];
      by_organizationId: ["organizationId", "_creationTime"];
      by_parentStorageId: ["parentStorageId", "_creationTime"];
      by_quarantineS3Key: [
        "quarantineBucket",
        "quarantineKey",
        "_creationTime",
      ];
      by_rejectedS3Key: ["rejectedBucket", "rejectedKey", "_creationTime"];
      by_s3Key: ["canonicalBucket", "canonicalKey", "_creationTime"];
      by_source: ["sourceType", "sourceId", "_creationTime"];
      by_storageId: ["storageId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  storageLifecycleEvents: {
    document: {
      actionResult: "success" | "failure";
      actorUserId?: Id<"users">;
      createdAt: number;
      details?: string;
      eventType: string;
      sourceId: string;
      sourceType: string;
      storageId: string;
      storageLifecycleId: Id<"storageLifecycle">;
      _id: Id<"storageLifecycleEvents">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "actionResult"
      | "actorUserId"
      | "createdAt"
      | "details"
      | "eventType"
      | "sourceId"
      | "sourceType"
      | "storageId"
      | "storageLifecycleId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_eventType_createdAt: ["eventType", "createdAt", "_creationTime"];
      by_source_createdAt: [
        "sourceType",
        "sourceId",
        "createdAt",
        "_creationTime",
      ];
      by_storageId_createdAt: ["storageId", "createdAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  userProfiles: {
    document: {
      authUserId: string;
      banExpires: number | null;
      banReason: string | null;
      banned: boolean;
      createdAt: number;
      email: string;
      emailLower: string;
      emailVerified: boolean;
      isSiteAdmin: boolean;
      lastSyncedAt: number;
      name: string | null;
      nameLower: string | null;
      onboardingCompletedAt?: number;
      onboardingDeliveryError: string | null;
      onboardingDeliveryUpdatedAt?: number;
      onboardingEmailId?: string;
      onboardingEmailLastSentAt?: number;
      onboardingEmailMessageId?: string;
      onboardingStatus:
        | "not_started"
        | "email_pending"
        | "email_sent"
        | "delivered"
        | "delivery_delayed"
        | "bounced"
        | "completed";
      phoneNumber: string | null;
      role: "user" | "admin";
      updatedAt: number;
      _id: Id<"userProfiles">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "authUserId"
      | "banExpires"
      | "banned"
      | "banReason"
      | "createdAt"
      | "email"
      | "emailLower"
      | "emailVerified"
      | "isSiteAdmin"
      | "lastSyncedAt"
      | "name"
      | "nameLower"
      | "onboardingCompletedAt"
      | "onboardingDeliveryError"
      | "onboardingDeliveryUpdatedAt"
      | "onboardingEmailId"
      | "onboardingEmailLastSentAt"
      | "onboardingEmailMessageId"
      | "onboardingStatus"
      | "phoneNumber"
      | "role"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_auth_user_id: ["authUserId", "_creationTime"];
      by_created_at: ["createdAt", "_creationTime"];
      by_email_lower: ["emailLower", "_creationTime"];
      by_email_verified: ["emailVerified", "_creationTime"];
      by_email_verified_and_created_at: [
        "emailVerified",
        "createdAt",
        "_creationTime",
      ];
      by_email_verified_and_email_lower: [
        "emailVerified",
        "emailLower",
        "_creationTime",
      ];
      by_email_verified_and_name_lower: [
        "emailVerified",
        "nameLower",
        "_creationTime",
      ];
      by_email_verified_and_role: ["emailVerified", "role", "_creationTime"];
      by_name_lower: ["nameLower", "_creationTime"];
      by_onboarding_email_id: ["onboardingEmailId", "_creationTime"];
      by_onboarding_email_message_id: [
        "onboardingEmailMessageId",
        "_creationTime",
      ];
      by_role: ["role", "_creationTime"];
      by_role_and_created_at: ["role", "createdAt", "_creationTime"];
      by_role_and_email_lower: ["role", "emailLower", "_creationTime"];
      by_role_and_email_verified: ["role", "emailVerified", "_creationTime"];
      by_role_and_email_verified_and_created_at: [
        "role",
        "emailVerified",
        "createdAt",
        "_creationTime",
      ];
      by_role_and_email_verified_and_email_lower: [
        "role",
        "emailVerified",
        "emailLower",
        "_creationTime",
      ];
      by_role_and_email_verified_and_name_lower: [
        "role",
        "emailVerified",
        "nameLower",
        "_creationTime",
      ];
      by_role_and_name_lower: ["role", "nameLower", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  userProfileSyncState: {
    document: {
      key: string;
      lastFullSyncAt: number;
      totalUsers: number;
      _id: Id<"userProfileSyncState">;
      _creationTime: number;
    };
    fieldPaths:
      "_creationTime" | "_id" | "key" | "lastFullSyncAt" | "totalUsers";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_key: ["key", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  users: {
    document: {
      authUserId: string;
      createdAt: number;
      lastActiveOrganizationId: string;
      updatedAt: number;
      _id: Id<"users">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "authUserId"
      | "createdAt"
      | "lastActiveOrganizationId"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_auth_user_id: ["authUserId", "_creationTime"];
      by_last_active_organization_id: [
        "lastActiveOrganizationId",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  userSecurityPosture: {
    document: {
      authUserId: string;
      mfaEnabled: boolean;
      passkeyCount: number;
      recentStepUpAt: number | null;
      recentStepUpValidUntil: number | null;
      updatedAt: number;
      _id: Id<"userSecurityPosture">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "authUserId"
      | "mfaEnabled"
      | "passkeyCount"
      | "recentStepUpAt"
      | "recentStepUpValidUntil"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_auth_user_id: ["authUserId", "_creationTime"];
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
