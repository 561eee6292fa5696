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
  activeErasureClaims: {
    document: {
      claimedAt: number;
      organizationId: string;
      requestId?: Id<"gdprErasureRequests">;
      targetUserId: string;
      _id: Id<"activeErasureClaims">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "claimedAt"
      | "organizationId"
      | "requestId"
      | "targetUserId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_org_target: ["organizationId", "targetUserId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  activeLegalHoldClaims: {
    document: {
      activeHoldId?: Id<"legalHolds">;
      organizationId: string;
      targetId: string;
      targetType:
        "thread" | "document" | "execution" | "userMembership" | "org";
      _id: Id<"activeLegalHoldClaims">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "activeHoldId"
      | "organizationId"
      | "targetId"
      | "targetType";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_target: ["organizationId", "targetType", "targetId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  agentBindings: {
    document: {
      agentSlug: string;
      knowledgeFiles?: Array<{
        extension?: string;
        fileId: Id<"_storage">;
        fileName: string;
        fileSize?: number;
        ragError?: string;
        ragIndexedAt?: number;
        ragStatus?: "queued" | "running" | "completed" | "failed";
      }>;
      organizationId: string;
      sharedWithTeamIds?: Array<string>;
      teamId?: string;
      _id: Id<"agentBindings">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "agentSlug"
      | "knowledgeFiles"
      | "organizationId"
      | "sharedWithTeamIds"
      | "teamId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_org_agent: ["organizationId", "agentSlug", "_creationTime"];
      by_organization: ["organizationId", "_creationTime"];
      by_team: ["teamId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  agentWebhooks: {
    document: {
      agentSlug: string;
      createdAt: number;
      createdBy: string;
      createdByUserId?: string;
      isActive: boolean;
      lastTriggeredAt?: number;
      organizationId: string;
      token: string;
      _id: Id<"agentWebhooks">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "agentSlug"
      | "createdAt"
      | "createdBy"
      | "createdByUserId"
      | "isActive"
      | "lastTriggeredAt"
      | "organizationId"
      | "token";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_agent: ["organizationId", "agentSlug", "_creationTime"];
      by_org: ["organizationId", "_creationTime"];
      by_token: ["token", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  agentWebhookUserThreads: {
    document: {
      createdAt: number;
      organizationId: string;
      threadId: string;
      userHash: string;
      webhookId: Id<"agentWebhooks">;
      _id: Id<"agentWebhookUserThreads">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "organizationId"
      | "threadId"
      | "userHash"
      | "webhookId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_organizationId: ["organizationId", "_creationTime"];
      by_threadId: ["threadId", "_creationTime"];
      by_webhookId_userHash: ["webhookId", "userHash", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  approvals: {
    document: {
      approvedBy?: string;
      dueDate?: number;
      executedAt?: number;
      executionError?: string;
      messageId?: string;
      metadata?: any;
      organizationId: string;
      priority: "low" | "medium" | "high" | "urgent";
      resourceId: string;
      resourceType:
        | "conversations"
        | "integration_operation"
        | "workflow_creation"
        | "workflow_run"
        | "workflow_update"
        | "human_input_request"
        | "document_write"
        | "location_request"
        | "mcp_tool_call"
        | "erasure";
      reviewedAt?: number;
      status: "pending" | "executing" | "completed" | "rejected";
      stepSlug?: string;
      threadId?: string;
      wfExecutionId?: Id<"wfExecutions">;
      _id: Id<"approvals">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "approvedBy"
      | "dueDate"
      | "executedAt"
      | "executionError"
      | "messageId"
      | "metadata"
      | "organizationId"
      | "priority"
      | "resourceId"
      | "resourceType"
      | "reviewedAt"
      | "status"
      | "stepSlug"
      | "threadId"
      | "wfExecutionId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_execution: ["wfExecutionId", "_creationTime"];
      by_org_resourceType: ["organizationId", "resourceType", "_creationTime"];
      by_org_status: ["organizationId", "status", "_creationTime"];
      by_org_status_resourceType: [
        "organizationId",
        "status",
        "resourceType",
        "_creationTime",
      ];
      by_organizationId: ["organizationId", "_creationTime"];
      by_resource: ["resourceType", "resourceId", "_creationTime"];
      by_resourceType_and_resourceId_and_status: [
        "resourceType",
        "resourceId",
        "status",
        "_creationTime",
      ];
      by_threadId: ["threadId", "_creationTime"];
      by_threadId_status_resourceType: [
        "threadId",
        "status",
        "resourceType",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  artifactRevisions: {
    document: {
      artifactId: Id<"artifacts">;
      content: string;
      createdAt: number;
      editKind: "create" | "patch" | "rewrite" | "user" | "branch";
      editedByMessageId?: string;
      patches?: Array<{ replace: string; search: string }>;
      revision: number;
      _id: Id<"artifactRevisions">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "artifactId"
      | "content"
      | "createdAt"
      | "editedByMessageId"
      | "editKind"
      | "patches"
      | "revision";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_artifact: ["artifactId", "revision", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  artifacts: {
    document: {
      content: string;
      createdAt: number;
      createdByMessageId: string;
      language?: string;
      lastEditedByMessageId?: string;
      liveStreamMode?: "create" | "rewrite" | "patch";
      liveStreamStartedAt?: number;
      organizationId: string;
      revision: number;
      streamingContent?: string;
      streamingPatches?: Array<{ replace: string; search: string }>;
      threadId: string;
      title: string;
      toolCallId?: string;
      type: "html" | "svg" | "markdown" | "mermaid" | "code";
      updatedAt: number;
      _id: Id<"artifacts">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "content"
      | "createdAt"
      | "createdByMessageId"
      | "language"
      | "lastEditedByMessageId"
      | "liveStreamMode"
      | "liveStreamStartedAt"
      | "organizationId"
      | "revision"
      | "streamingContent"
      | "streamingPatches"
      | "threadId"
      | "title"
      | "toolCallId"
      | "type"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_liveStreamMode: ["liveStreamMode", "_creationTime"];
      by_organizationId: ["organizationId", "_creationTime"];
      by_organizationId_and_thread: [
        "organizationId",
        "threadId",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  auditLogChainGenesis: {
    document: {
      lastInsertedAt: number;
      organizationId: string;
      _id: Id<"auditLogChainGenesis">;
      _creationTime: number;
    };
    fieldPaths: "_creationTime" | "_id" | "lastInsertedAt" | "organizationId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_organizationId: ["organizationId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  auditLogCheckpoints: {
    document: {
      createdAt: number;
      deletedCount: number;
      firstRetainedPreviousHash?: string;
      lastDeletedHash: string;
      maxDeletedTimestamp: number;
      organizationId: string;
      scrubbedRowCount?: number;
      scrubbedSubjectId?: string;
      signature?: string;
      signatureVersion?: 1 | 2;
      subtype?: "retention" | "pii_scrub";
      _id: Id<"auditLogCheckpoints">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "deletedCount"
      | "firstRetainedPreviousHash"
      | "lastDeletedHash"
      | "maxDeletedTimestamp"
      | "organizationId"
      | "scrubbedRowCount"
      | "scrubbedSubjectId"
      | "signature"
      | "signatureVersion"
      | "subtype";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_organizationId_createdAt: [
        "organizationId",
        "createdAt",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  auditLogs: {
    document: {
      action: string;
      actorEmail?: string;
      actorEmailHash?: string;
      actorId: string;
      actorIpHash?: string;
      actorRole?: string;
      actorType: "user" | "system" | "api" | "workflow";
      category:
        | "auth"
        | "member"
        | "data"
        | "integration"
        | "workflow"
        | "security"
        | "admin"
        | "ai";
      chainSuccessor?: Id<"auditLogs">;
      changedFields?: Array<string>;
      errorMessage?: string;
      integrityHash?: string;
      ipAddress?: string;
      lifecycleStatus?: "active" | "trashed" | "expired" | "deleted";
      metadata?: any;
      newState?: any;
      organizationId: string;
      piiScrubbed?: boolean;
      piiScrubbedAt?: number;
      previousHash?: string;
      previousState?: any;
      requestId?: string;
      resourceId?: string;
      resourceName?: string;
      resourceType: string;
      sessionId?: string;
      status: "success" | "failure" | "denied";
      statusChangedAt?: number;
      timestamp: number;
      userAgent?: string;
      _id: Id<"auditLogs">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "action"
      | "actorEmail"
      | "actorEmailHash"
      | "actorId"
      | "actorIpHash"
      | "actorRole"
      | "actorType"
      | "category"
      | "chainSuccessor"
      | "changedFields"
      | "errorMessage"
      | "integrityHash"
      | "ipAddress"
      | "lifecycleStatus"
      | "metadata"
      | "newState"
      | "organizationId"
      | "piiScrubbed"
      | "piiScrubbedAt"
      | "previousHash"
      | "previousState"
      | "requestId"
      | "resourceId"
      | "resourceName"
      | "resourceType"
      | "sessionId"
      | "status"
      | "statusChangedAt"
      | "timestamp"
      | "userAgent";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_org_category_timestamp: [
        "organizationId",
        "category",
        "timestamp",
        "_creationTime",
      ];
      by_org_resourceType_resourceId: [
        "organizationId",
        "resourceType",
        "resourceId",
        "_creationTime",
      ];
      by_org_resourceType_timestamp: [
        "organizationId",
        "resourceType",
        "timestamp",
        "_creationTime",
      ];
      by_organizationId: ["organizationId", "_creationTime"];
      by_organizationId_and_actorId: [
        "organizationId",
        "actorId",
        "_creationTime",
      ];
      by_organizationId_and_category: [
        "organizationId",
        "category",
        "_creationTime",
      ];
      by_organizationId_and_lifecycleStatus: [
        "organizationId",
        "lifecycleStatus",
        "_creationTime",
      ];
      by_organizationId_and_resourceType: [
        "organizationId",
        "resourceType",
        "_creationTime",
      ];
      by_organizationId_and_timestamp: [
        "organizationId",
        "timestamp",
        "_creationTime",
      ];
      by_resourceType_and_resourceId: [
        "resourceType",
        "resourceId",
        "_creationTime",
      ];
      by_timestamp: ["timestamp", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  brandingBindings: {
    document: {
      faviconDarkStorageId?: Id<"_storage">;
      faviconLightStorageId?: Id<"_storage">;
      logoStorageId?: Id<"_storage">;
      organizationId: string;
      _id: Id<"brandingBindings">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "faviconDarkStorageId"
      | "faviconLightStorageId"
      | "logoStorageId"
      | "organizationId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_organizationId: ["organizationId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  brandingSettings: {
    document: {
      accentColor?: string;
      appName?: string;
      brandColor?: string;
      faviconDarkStorageId?: Id<"_storage">;
      faviconLightStorageId?: Id<"_storage">;
      logoStorageId?: Id<"_storage">;
      organizationId: string;
      textLogo?: string;
      updatedAt: number;
      _id: Id<"brandingSettings">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "accentColor"
      | "appName"
      | "brandColor"
      | "faviconDarkStorageId"
      | "faviconLightStorageId"
      | "logoStorageId"
      | "organizationId"
      | "textLogo"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_organizationId: ["organizationId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  chatFilterEvents: {
    document: {
      actorType?: "user" | "api" | "assistant" | "system";
      agentSlug?: string;
      attempt?: number;
      categoryIds: Array<string>;
      createdAt: number;
      direction: "input" | "output";
      durationMs?: number;
      errorClass?:
        | "timeout"
        | "network"
        | "parse"
        | "http_4xx"
        | "http_5xx"
        | "config"
        | "unknown";
      filterName: "pii" | "chat_filter" | "moderation_provider";
      httpStatus?: number;
      kind: "detected" | "blocked" | "step_error" | "circuit_open";
      lifecycleStatus?: "active" | "trashed" | "expired" | "deleted";
      matchCount?: number;
      messageId?: string;
      organizationId: string;
      sanitizationRunId: string;
      statusChangedAt?: number;
      threadId: string;
      truncated?: boolean;
      _id: Id<"chatFilterEvents">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "actorType"
      | "agentSlug"
      | "attempt"
      | "categoryIds"
      | "createdAt"
      | "direction"
      | "durationMs"
      | "errorClass"
      | "filterName"
      | "httpStatus"
      | "kind"
      | "lifecycleStatus"
      | "matchCount"
      | "messageId"
      | "organizationId"
      | "sanitizationRunId"
      | "statusChangedAt"
      | "threadId"
      | "truncated";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_org_createdAt: ["organizationId", "createdAt", "_creationTime"];
      by_org_filter_createdAt: [
        "organizationId",
        "filterName",
        "createdAt",
        "_creationTime",
      ];
      by_org_kind_createdAt: [
        "organizationId",
        "kind",
        "createdAt",
        "_creationTime",
      ];
      by_org_lifecycleStatus: [
        "organizationId",
        "lifecycleStatus",
        "_creationTime",
      ];
      by_org_sanitizationRunId: [
        "organizationId",
        "sanitizationRunId",
        "_creationTime",
      ];
      by_org_threadId_createdAt: [
        "organizationId",
        "threadId",
        "createdAt",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  conversationMessages: {
    document: {
      channel: string;
      content: string;
      conversationId: Id<"conversations">;
      deliveredAt?: number;
      deliveryState: "queued" | "sent" | "delivered" | "failed";
      direction: "inbound" | "outbound";
      externalMessageId?: string;
      integrationName?: string;
      metadata?: any;
      organizationId: string;
      retryCount?: number;
      sentAt?: number;
      _id: Id<"conversationMessages">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "channel"
      | "content"
      | "conversationId"
      | "deliveredAt"
      | "deliveryState"
      | "direction"
      | "externalMessageId"
      | "integrationName"
      | "metadata"
      | "organizationId"
      | "retryCount"
      | "sentAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_conversationId_and_deliveredAt: [
        "conversationId",
        "deliveredAt",
        "_creationTime",
      ];
      by_org_channel_direction_deliveredAt: [
        "organizationId",
        "channel",
        "direction",
        "deliveredAt",
        "_creationTime",
      ];
      by_org_channel_direction_deliveryState_deliveredAt: [
        "organizationId",
        "channel",
        "direction",
        "deliveryState",
        "deliveredAt",
        "_creationTime",
      ];
      by_org_channel_direction_deliveryState_integration_deliveredAt: [
        "organizationId",
        "channel",
        "direction",
        "deliveryState",
        "integrationName",
        "deliveredAt",
        "_creationTime",
      ];
      by_org_deliveryState_deliveredAt: [
        "organizationId",
        "deliveryState",
        "deliveredAt",
        "_creationTime",
      ];
      by_organizationId_and_deliveredAt: [
        "organizationId",
        "deliveredAt",
        "_creationTime",
      ];
      by_organizationId_and_direction: [
        "organizationId",
        "direction",
        "_creationTime",
      ];
      by_organizationId_and_externalMessageId: [
        "organizationId",
        "externalMessageId",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  conversations: {
    document: {
      channel?: string;
      customerId?: Id<"customers">;
      direction?: "inbound" | "outbound";
      externalMessageId?: string;
      integrationName?: string;
      lastMessageAt?: number;
      lifecycleStatus?: "active" | "trashed" | "expired" | "deleted";
      metadata?: any;
      organizationId: string;
      priority?: string;
      status?: "open" | "closed" | "spam" | "archived";
      statusChangedAt?: number;
      subject?: string;
      type?: string;
      _id: Id<"conversations">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "channel"
      | "customerId"
      | "direction"
      | "externalMessageId"
      | "integrationName"
      | "lastMessageAt"
      | "lifecycleStatus"
      | "metadata"
      | "organizationId"
      | "priority"
      | "status"
      | "statusChangedAt"
      | "subject"
      | "type";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_org_integration_channel: [
        "organizationId",
        "integrationName",
        "channel",
        "_creationTime",
      ];
      by_org_lastMessageAt: [
        "organizationId",
        "lastMessageAt",
        "_creationTime",
      ];
      by_org_status_lastMessageAt: [
        "organizationId",
        "status",
        "lastMessageAt",
        "_creationTime",
      ];
      by_organizationId: ["organizationId", "_creationTime"];
      by_organizationId_and_channel: [
        "organizationId",
        "channel",
        "_creationTime",
      ];
      by_organizationId_and_customerId: [
        "organizationId",
        "customerId",
        "_creationTime",
      ];
      by_organizationId_and_direction: [
        "organizationId",
        "direction",
        "_creationTime",
      ];
      by_organizationId_and_externalMessageId: [
        "organizationId",
        "externalMessageId",
        "_creationTime",
      ];
      by_organizationId_and_lifecycleStatus: [
        "organizationId",
        "lifecycleStatus",
        "_creationTime",
      ];
      by_organizationId_and_priority: [
        "organizationId",
        "priority",
        "_creationTime",
      ];
      by_organizationId_and_status: [
        "organizationId",
        "status",
        "_creationTime",
      ];
      by_organizationId_and_type: ["organizationId", "type", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  customAgents: {
    document: {
      avatarUrl?: string;
      changeLog?: string;
      conversationStarters?: Array<string>;
      createdBy: string;
      delegateAgentIds?: Array<Id<"customAgents">>;
      description?: string;
      displayName: string;
      filePreprocessingEnabled?: boolean;
      includeOrgKnowledge?: boolean;
      includeTeamKnowledge?: boolean;
      integrationBindings?: Array<string>;
      isActive?: boolean;
      isSystemDefault?: boolean;
      knowledgeEnabled?: boolean;
      knowledgeFiles?: Array<{
        extension?: string;
        fileId: Id<"_storage">;
        fileName: string;
        fileSize?: number;
        ragError?: string;
        ragIndexedAt?: number;
        ragStatus?: "queued" | "running" | "completed" | "failed";
      }>;
      knowledgeMode?: "off" | "tool" | "context" | "both";
      knowledgeTopK?: number;
      maxSteps?: number;
      modelId?: string;
      modelPreset: "fast" | "standard" | "advanced";
      name: string;
      organizationId: string;
      outputReserve?: number;
      parentVersionId?: Id<"customAgents">;
      partnerAgentIds?: Array<Id<"customAgents">>;
      publishedAt?: number;
      publishedBy?: string;
      roleRestriction?: "admin_developer";
      rootVersionId?: Id<"customAgents">;
      sharedWithTeamIds?: Array<string>;
      status: "draft" | "active" | "archived";
      structuredResponsesEnabled?: boolean;
      systemAgentSlug?: string;
      systemInstructions: string;
      teamId?: string;
      timeoutMs?: number;
      toolNames: Array<string>;
      versionNumber: number;
      visibleInChat?: boolean;
      webSearchMode?: "off" | "tool" | "context" | "both";
      workflowBindings?: Array<Id<"wfDefinitions">>;
      _id: Id<"customAgents">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "avatarUrl"
      | "changeLog"
      | "conversationStarters"
      | "createdBy"
      | "delegateAgentIds"
      | "description"
      | "displayName"
      | "filePreprocessingEnabled"
      | "includeOrgKnowledge"
      | "includeTeamKnowledge"
      | "integrationBindings"
      | "isActive"
      | "isSystemDefault"
      | "knowledgeEnabled"
      | "knowledgeFiles"
      | "knowledgeMode"
      | "knowledgeTopK"
      | "maxSteps"
      | "modelId"
      | "modelPreset"
      | "name"
      | "organizationId"
      | "outputReserve"
      | "parentVersionId"
      | "partnerAgentIds"
      | "publishedAt"
      | "publishedBy"
      | "roleRestriction"
      | "rootVersionId"
      | "sharedWithTeamIds"
      | "status"
      | "structuredResponsesEnabled"
      | "systemAgentSlug"
      | "systemInstructions"
      | "teamId"
      | "timeoutMs"
      | "toolNames"
      | "versionNumber"
      | "visibleInChat"
      | "webSearchMode"
      | "workflowBindings";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_creator: ["createdBy", "_creationTime"];
      by_org_status: ["organizationId", "status", "_creationTime"];
      by_org_system_slug: [
        "organizationId",
        "systemAgentSlug",
        "_creationTime",
      ];
      by_org_versionNumber: [
        "organizationId",
        "versionNumber",
        "_creationTime",
      ];
      by_organization: ["organizationId", "_creationTime"];
      by_root: ["rootVersionId", "_creationTime"];
      by_root_status: ["rootVersionId", "status", "_creationTime"];
      by_team: ["teamId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  customAgentWebhooks: {
    document: {
      createdAt: number;
      createdBy: string;
      customAgentId: Id<"customAgents">;
      isActive: boolean;
      lastTriggeredAt?: number;
      organizationId: string;
      token: string;
      _id: Id<"customAgentWebhooks">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "createdBy"
      | "customAgentId"
      | "isActive"
      | "lastTriggeredAt"
      | "organizationId"
      | "token";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_agent: ["customAgentId", "_creationTime"];
      by_org: ["organizationId", "_creationTime"];
      by_token: ["token", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  customers: {
    document: {
      address?: {
        city?: string;
        country?: string;
        postalCode?: string;
        state?: string;
        street?: string;
      };
      email?: string;
      externalId?: string | number;
      lifecycleStatus?: "active" | "trashed" | "expired" | "deleted";
      locale?: string;
      metadata?: any;
      name?: string;
      organizationId: string;
      source:
        | "manual_import"
        | "file_upload"
        | "api_import"
        | "shopify"
        | "woocommerce"
        | "magento"
        | "bigcommerce"
        | "prestashop"
        | "circuly"
        | "chargebee"
        | "stripe"
        | "recurly"
        | "salesforce"
        | "hubspot"
        | "pipedrive"
        | "zoho"
        | "sap"
        | "protel"
        | "oracle"
        | "netsuite"
        | "mailchimp"
        | "klaviyo"
        | "sendgrid"
        | "webhook"
        | "zapier"
        | "custom";
      status?: "active" | "churned" | "potential";
      statusChangedAt?: number;
      _id: Id<"customers">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "address"
      | "address.city"
      | "address.country"
      | "address.postalCode"
      | "address.state"
      | "address.street"
      | "email"
      | "externalId"
      | "lifecycleStatus"
      | "locale"
      | "metadata"
      | "name"
      | "organizationId"
      | "source"
      | "status"
      | "statusChangedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_organizationId: ["organizationId", "_creationTime"];
      by_organizationId_and_email: ["organizationId", "email", "_creationTime"];
      by_organizationId_and_externalId: [
        "organizationId",
        "externalId",
        "_creationTime",
      ];
      by_organizationId_and_lifecycleStatus: [
        "organizationId",
        "lifecycleStatus",
        "_creationTime",
      ];
      by_organizationId_and_locale: [
        "organizationId",
        "locale",
        "_creationTime",
      ];
      by_organizationId_and_source: [
        "organizationId",
        "source",
        "_creationTime",
      ];
      by_organizationId_and_status: [
        "organizationId",
        "status",
        "_creationTime",
      ];
    };
    searchIndexes: {
      search_customers: {
        searchField: "name";
        filterFields: "organizationId" | "status";
      };
    };
    vectorIndexes: {};
  };
  documents: {
    document: {
      content?: string;
      contentHash?: string;
      createdBy?: string;
      driveId?: string;
      extension?: string;
      externalItemId?: string;
      fileId?: Id<"_storage">;
      folderId?: Id<"folders">;
      folderPath?: string;
      historyFiles?: Array<Id<"_storage">>;
      indexed?: boolean;
      lifecycleStatus?: "active" | "trashed" | "expired" | "deleted";
      metadata?: any;
      mimeType?: string;
      ocrApplied?: boolean;
      organizationId: string;
      ragInfo?: {
        error?: string;
        indexedAt?: number;
        indexedFileId?: Id<"_storage">;
        jobId?: string;
        status: "queued" | "running" | "completed" | "failed";
      };
      scannedPagesDetected?: number;
      sharedWithTeamIds?: Array<string>;
      siteId?: string;
      sourceCreatedAt?: number;
      sourceModifiedAt?: number;
      sourceProvider?: string;
      statusChangedAt?: number;
      teamId?: string;
      teamTags?: Array<string>;
      title?: string;
      _id: Id<"documents">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "content"
      | "contentHash"
      | "createdBy"
      | "driveId"
      | "extension"
      | "externalItemId"
      | "fileId"
      | "folderId"
      | "folderPath"
      | "historyFiles"
      | "indexed"
      | "lifecycleStatus"
      | "metadata"
      | "mimeType"
      | "ocrApplied"
      | "organizationId"
      | "ragInfo"
      | "ragInfo.error"
      | "ragInfo.indexedAt"
      | "ragInfo.indexedFileId"
      | "ragInfo.jobId"
      | "ragInfo.status"
      | "scannedPagesDetected"
      | "sharedWithTeamIds"
      | "siteId"
      | "sourceCreatedAt"
      | "sourceModifiedAt"
      | "sourceProvider"
      | "statusChangedAt"
      | "teamId"
      | "teamTags"
      | "title";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_organizationId: ["organizationId", "_creationTime"];
      by_organizationId_and_createdBy: [
        "organizationId",
        "createdBy",
        "_creationTime",
      ];
      by_organizationId_and_extension: [
        "organizationId",
        "extension",
        "_creationTime",
      ];
      by_organizationId_and_externalItemId: [
        "organizationId",
        "externalItemId",
        "_creationTime",
      ];
      by_organizationId_and_fileId: [
        "organizationId",
        "fileId",
        "_creationTime",
      ];
      by_organizationId_and_folderId: [
        "organizationId",
        "folderId",
        "_creationTime",
      ];
      by_organizationId_and_folderPath: [
        "organizationId",
        "folderPath",
        "_creationTime",
      ];
      by_organizationId_and_indexed: [
        "organizationId",
        "indexed",
        "_creationTime",
      ];
      by_organizationId_and_lifecycleStatus: [
        "organizationId",
        "lifecycleStatus",
        "_creationTime",
      ];
      by_organizationId_and_sourceProvider: [
        "organizationId",
        "sourceProvider",
        "_creationTime",
      ];
      by_organizationId_and_title: ["organizationId", "title", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  fileMetadata: {
    document: {
      contentHash?: string;
      contentType: string;
      documentId?: Id<"documents">;
      fileName: string;
      lifecycleStatus?: "active" | "trashed" | "expired" | "deleted";
      ocrApplied?: boolean;
      organizationId: string;
      pageCount?: number;
      ragError?: string;
      ragProgress?: string;
      ragQueuedAt?: number;
      ragStatus?: "queued" | "running" | "completed" | "failed";
      scannedPagesDetected?: number;
      size: number;
      source?: "user" | "agent" | "video_link";
      sourcePlatform?: string;
      sourceUrl?: string;
      statusChangedAt?: number;
      storageId: Id<"_storage">;
      threadId?: string;
      transcript?: string;
      transcriptRagError?: string;
      transcriptRagStatus?: "queued" | "running" | "completed" | "failed";
      transcriptionDurationSec?: number;
      transcriptionError?: string;
      transcriptionProgress?: string;
      transcriptionStatus?:
        "queued" | "running" | "completed" | "failed" | "skipped";
      uploadedBy?: string;
      videoDurationSec?: number;
      videoTitle?: string;
      videoUploader?: string;
      visionRequired?: boolean;
      _id: Id<"fileMetadata">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "contentHash"
      | "contentType"
      | "documentId"
      | "fileName"
      | "lifecycleStatus"
      | "ocrApplied"
      | "organizationId"
      | "pageCount"
      | "ragError"
      | "ragProgress"
      | "ragQueuedAt"
      | "ragStatus"
      | "scannedPagesDetected"
      | "size"
      | "source"
      | "sourcePlatform"
      | "sourceUrl"
      | "statusChangedAt"
      | "storageId"
      | "threadId"
      | "transcript"
      | "transcriptionDurationSec"
      | "transcriptionError"
      | "transcriptionProgress"
      | "transcriptionStatus"
      | "transcriptRagError"
      | "transcriptRagStatus"
      | "uploadedBy"
      | "videoDurationSec"
      | "videoTitle"
      | "videoUploader"
      | "visionRequired";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_org_contentHash: ["organizationId", "contentHash", "_creationTime"];
      by_org_user: ["organizationId", "uploadedBy", "_creationTime"];
      by_organizationId: ["organizationId", "_creationTime"];
      by_organizationId_and_documentId: [
        "organizationId",
        "documentId",
        "_creationTime",
      ];
      by_organizationId_and_lifecycleStatus: [
        "organizationId",
        "lifecycleStatus",
        "_creationTime",
      ];
      by_organizationId_and_source_and_documentId: [
        "organizationId",
        "source",
        "documentId",
        "_creationTime",
      ];
      by_organizationId_and_threadId: [
        "organizationId",
        "threadId",
        "_creationTime",
      ];
      by_storageId: ["storageId", "_creationTime"];
      by_transcriptionStatus: ["transcriptionStatus", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  folders: {
    document: {
      createdBy?: string;
      name: string;
      organizationId: string;
      parentId?: Id<"folders">;
      teamId?: string;
      teamTags?: Array<string>;
      _id: Id<"folders">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdBy"
      | "name"
      | "organizationId"
      | "parentId"
      | "teamId"
      | "teamTags";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_org_parent_name: [
        "organizationId",
        "parentId",
        "name",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  gdprErasureRequests: {
    document: {
      cancellationReason?: string;
      cancelledAt?: number;
      cancelledBy?: string;
      completedAt?: number;
      documentsBlockedByHold?: Array<string>;
      documentsErased?: number;
      documentsSkippedByHold?: number;
      effectiveAt?: number;
      errorMessage?: string;
      extensionDeadlineAt?: number;
      extensionGrantedAt?: number;
      extensionGrantedBy?: string;
      extensionReason?: string;
      lateFinalizeAt?: number;
      organizationId: string;
      perCategorySnapshot?: any;
      promptTemplatesErased?: number;
      ragDocumentsRemoved?: number;
      reason: string;
      reasonCode?:
        | "consent_withdrawn"
        | "no_longer_necessary"
        | "unlawful_processing"
        | "legal_obligation"
        | "objection"
        | "child"
        | "contract_termination";
      requestedAt: number;
      requestedBy: string;
      scheduledJobId?: Id<"_scheduled_functions">;
      slaDeadlineAt: number;
      startedAt?: number;
      status:
        | "pending"
        | "running"
        | "done"
        | "partial"
        | "failed"
        | "blocked"
        | "cancelled";
      targetUserId: string;
      threadsBlockedByHold?: Array<string>;
      threadsErased?: number;
      threadsSkippedByHold?: number;
      threadsTargeted?: Array<string>;
      wfExecutionsErased?: number;
      _id: Id<"gdprErasureRequests">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "cancellationReason"
      | "cancelledAt"
      | "cancelledBy"
      | "completedAt"
      | "documentsBlockedByHold"
      | "documentsErased"
      | "documentsSkippedByHold"
      | "effectiveAt"
      | "errorMessage"
      | "extensionDeadlineAt"
      | "extensionGrantedAt"
      | "extensionGrantedBy"
      | "extensionReason"
      | "lateFinalizeAt"
      | "organizationId"
      | "perCategorySnapshot"
      | "promptTemplatesErased"
      | "ragDocumentsRemoved"
      | "reason"
      | "reasonCode"
      | "requestedAt"
      | "requestedBy"
      | "scheduledJobId"
      | "slaDeadlineAt"
      | "startedAt"
      | "status"
      | "targetUserId"
      | "threadsBlockedByHold"
      | "threadsErased"
      | "threadsSkippedByHold"
      | "threadsTargeted"
      | "wfExecutionsErased";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_org_target_status: [
        "organizationId",
        "targetUserId",
        "status",
        "_creationTime",
      ];
      by_organizationId_status: ["organizationId", "status", "_creationTime"];
      by_status: ["status", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  governancePolicies: {
    document: {
      config: any;
      effectiveAt?: number;
      enabled?: boolean;
      organizationId: string;
      pendingConfig?: any;
      pendingEffectiveAt?: number;
      pendingProposedAt?: number;
      pendingProposedBy?: string;
      pendingProposedByEmail?: string;
      pendingScheduledJobId?: Id<"_scheduled_functions">;
      policyType:
        | "system_prompt"
        | "budgets"
        | "upload_policy"
        | "retention_policy"
        | "feature_flags"
        | "pii_config"
        | "default_models"
        | "model_access"
        | "login_policy"
        | "password_policy"
        | "two_factor_policy"
        | "chat_filter"
        | "moderation_provider"
        | "personalization"
        | "voice_output"
        | "data_classification_notice"
        | "dsar_governance";
      updatedAt?: number;
      updatedBy?: string;
      _id: Id<"governancePolicies">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "config"
      | "effectiveAt"
      | "enabled"
      | "organizationId"
      | "pendingConfig"
      | "pendingEffectiveAt"
      | "pendingProposedAt"
      | "pendingProposedBy"
      | "pendingProposedByEmail"
      | "pendingScheduledJobId"
      | "policyType"
      | "updatedAt"
      | "updatedBy";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_org_policyType: ["organizationId", "policyType", "_creationTime"];
      by_organizationId: ["organizationId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  governanceSecrets: {
    document: {
      authTag: string;
      ciphertext: string;
      keyFingerprint: string;
      name: string;
      nonce: string;
      organizationId: string;
      updatedAt: number;
      updatedBy: string;
      _id: Id<"governanceSecrets">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "authTag"
      | "ciphertext"
      | "keyFingerprint"
      | "name"
      | "nonce"
      | "organizationId"
      | "updatedAt"
      | "updatedBy";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_org_name: ["organizationId", "name", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  integrationCredentials: {
    document: {
      apiKeyAuth?: { keyEncrypted: string; keyPrefix?: string };
      authMethod: "api_key" | "bearer_token" | "basic_auth" | "oauth2";
      basicAuth?: { passwordEncrypted: string; username: string };
      capabilities?: {
        canPush?: boolean;
        canSync?: boolean;
        canWebhook?: boolean;
        syncFrequency?: string;
      };
      connectionConfig?: any;
      errorMessage?: string;
      iconStorageId?: Id<"_storage">;
      isActive: boolean;
      lastErrorAt?: number;
      lastSuccessAt?: number;
      lastSyncedAt?: number;
      lastTestedAt?: number;
      metadata?: any;
      oauth2Auth?: {
        accessTokenEncrypted: string;
        refreshTokenEncrypted?: string;
        scopes?: Array<string>;
        tokenExpiry?: number;
      };
      oauth2Config?: {
        authorizationUrl: string;
        clientId?: string;
        clientSecretEncrypted?: string;
        scopes?: Array<string>;
        tokenUrl: string;
      };
      organizationId: string;
      slug: string;
      sqlConnectionConfig?: {
        database?: string;
        engine: "mssql" | "postgres" | "mysql";
        options?: {
          connectionTimeout?: number;
          encrypt?: boolean;
          requestTimeout?: number;
          trustServerCertificate?: boolean;
        };
        port?: number;
        readOnly?: boolean;
        security?: {
          maxConnectionPoolSize?: number;
          maxResultRows?: number;
          queryTimeoutMs?: number;
        };
        server?: string;
      };
      status: "active" | "inactive" | "error" | "testing";
      supportedAuthMethods?: Array<
        "api_key" | "bearer_token" | "basic_auth" | "oauth2"
      >;
      syncStats?: {
        failedSyncCount?: number;
        lastSyncCount?: number;
        totalRecords?: number;
      };
      _id: Id<"integrationCredentials">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "apiKeyAuth"
      | "apiKeyAuth.keyEncrypted"
      | "apiKeyAuth.keyPrefix"
      | "authMethod"
      | "basicAuth"
      | "basicAuth.passwordEncrypted"
      | "basicAuth.username"
      | "capabilities"
      | "capabilities.canPush"
      | "capabilities.canSync"
      | "capabilities.canWebhook"
      | "capabilities.syncFrequency"
      | "connectionConfig"
      | "errorMessage"
      | "iconStorageId"
      | "isActive"
      | "lastErrorAt"
      | "lastSuccessAt"
      | "lastSyncedAt"
      | "lastTestedAt"
      | "metadata"
      | "oauth2Auth"
      | "oauth2Auth.accessTokenEncrypted"
      | "oauth2Auth.refreshTokenEncrypted"
      | "oauth2Auth.scopes"
      | "oauth2Auth.tokenExpiry"
      | "oauth2Config"
      | "oauth2Config.authorizationUrl"
      | "oauth2Config.clientId"
      | "oauth2Config.clientSecretEncrypted"
      | "oauth2Config.scopes"
      | "oauth2Config.tokenUrl"
      | "organizationId"
      | "slug"
      | "sqlConnectionConfig"
      | "sqlConnectionConfig.database"
      | "sqlConnectionConfig.engine"
      | "sqlConnectionConfig.options"
      | "sqlConnectionConfig.options.connectionTimeout"
      | "sqlConnectionConfig.options.encrypt"
      | "sqlConnectionConfig.options.requestTimeout"
      | "sqlConnectionConfig.options.trustServerCertificate"
      | "sqlConnectionConfig.port"
      | "sqlConnectionConfig.readOnly"
      | "sqlConnectionConfig.security"
      | "sqlConnectionConfig.security.maxConnectionPoolSize"
      | "sqlConnectionConfig.security.maxResultRows"
      | "sqlConnectionConfig.security.queryTimeoutMs"
      | "sqlConnectionConfig.server"
      | "status"
      | "supportedAuthMethods"
      | "syncStats"
      | "syncStats.failedSyncCount"
      | "syncStats.lastSyncCount"
      | "syncStats.totalRecords";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_organizationId: ["organizationId", "_creationTime"];
      by_organizationId_and_slug: ["organizationId", "slug", "_creationTime"];
      by_status: ["status", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  integrations: {
    document: {
      apiKeyAuth?: { keyEncrypted: string; keyPrefix?: string };
      authMethod: "api_key" | "bearer_token" | "basic_auth" | "oauth2";
      basicAuth?: { passwordEncrypted: string; username: string };
      capabilities?: {
        canPush?: boolean;
        canSync?: boolean;
        canWebhook?: boolean;
        syncFrequency?: string;
      };
      connectionConfig?: {
        apiEndpoint?: string;
        apiVersion?: string;
        domain?: string;
        rateLimit?: number;
        timeout?: number;
      };
      connector?: {
        allowedHosts?: Array<string>;
        code: string;
        operations: Array<{
          description?: string;
          name: string;
          operationType?: "read" | "write";
          parametersSchema?: any;
          requiredScopes?: Array<string>;
          requiresApproval?: boolean;
          title?: string;
        }>;
        secretBindings: Array<string>;
        timeoutMs?: number;
        version: number;
      };
      description?: string;
      errorMessage?: string;
      iconStorageId?: Id<"_storage">;
      isActive: boolean;
      lastErrorAt?: number;
      lastSuccessAt?: number;
      lastSyncedAt?: number;
      lastTestedAt?: number;
      metadata?: any;
      name: string;
      oauth2Auth?: {
        accessTokenEncrypted: string;
        refreshTokenEncrypted?: string;
        scopes?: Array<string>;
        tokenExpiry?: number;
      };
      oauth2Config?: {
        authorizationUrl: string;
        clientId?: string;
        clientSecretEncrypted?: string;
        scopes?: Array<string>;
        tokenUrl: string;
      };
      organizationId: string;
      sqlConnectionConfig?: {
        database?: string;
        engine: "mssql" | "postgres" | "mysql";
        options?: {
          connectionTimeout?: number;
          encrypt?: boolean;
          requestTimeout?: number;
          trustServerCertificate?: boolean;
        };
        port?: number;
        readOnly?: boolean;
        security?: {
          maxConnectionPoolSize?: number;
          maxResultRows?: number;
          queryTimeoutMs?: number;
        };
        server?: string;
      };
      sqlOperations?: Array<{
        description?: string;
        name: string;
        operationType?: "read" | "write";
        parametersSchema?: any;
        query: string;
        requiredScopes?: Array<string>;
        requiresApproval?: boolean;
        title?: string;
      }>;
      status: "active" | "inactive" | "error" | "testing";
      supportedAuthMethods?: Array<
        "api_key" | "bearer_token" | "basic_auth" | "oauth2"
      >;
      syncStats?: {
        failedSyncCount?: number;
        lastSyncCount?: number;
        totalRecords?: number;
      };
      title: string;
      type?: "rest_api" | "sql";
      _id: Id<"integrations">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "apiKeyAuth"
      | "apiKeyAuth.keyEncrypted"
      | "apiKeyAuth.keyPrefix"
      | "authMethod"
      | "basicAuth"
      | "basicAuth.passwordEncrypted"
      | "basicAuth.username"
      | "capabilities"
      | "capabilities.canPush"
      | "capabilities.canSync"
      | "capabilities.canWebhook"
      | "capabilities.syncFrequency"
      | "connectionConfig"
      | "connectionConfig.apiEndpoint"
      | "connectionConfig.apiVersion"
      | "connectionConfig.domain"
      | "connectionConfig.rateLimit"
      | "connectionConfig.timeout"
      | "connector"
      | "connector.allowedHosts"
      | "connector.code"
      | "connector.operations"
      | "connector.secretBindings"
      | "connector.timeoutMs"
      | "connector.version"
      | "description"
      | "errorMessage"
      | "iconStorageId"
      | "isActive"
      | "lastErrorAt"
      | "lastSuccessAt"
      | "lastSyncedAt"
      | "lastTestedAt"
      | "metadata"
      | "name"
      | "oauth2Auth"
      | "oauth2Auth.accessTokenEncrypted"
      | "oauth2Auth.refreshTokenEncrypted"
      | "oauth2Auth.scopes"
      | "oauth2Auth.tokenExpiry"
      | "oauth2Config"
      | "oauth2Config.authorizationUrl"
      | "oauth2Config.clientId"
      | "oauth2Config.clientSecretEncrypted"
      | "oauth2Config.scopes"
      | "oauth2Config.tokenUrl"
      | "organizationId"
      | "sqlConnectionConfig"
      | "sqlConnectionConfig.database"
      | "sqlConnectionConfig.engine"
      | "sqlConnectionConfig.options"
      | "sqlConnectionConfig.options.connectionTimeout"
      | "sqlConnectionConfig.options.encrypt"
      | "sqlConnectionConfig.options.requestTimeout"
      | "sqlConnectionConfig.options.trustServerCertificate"
      | "sqlConnectionConfig.port"
      | "sqlConnectionConfig.readOnly"
      | "sqlConnectionConfig.security"
      | "sqlConnectionConfig.security.maxConnectionPoolSize"
      | "sqlConnectionConfig.security.maxResultRows"
      | "sqlConnectionConfig.security.queryTimeoutMs"
      | "sqlConnectionConfig.server"
      | "sqlOperations"
      | "status"
      | "supportedAuthMethods"
      | "syncStats"
      | "syncStats.failedSyncCount"
      | "syncStats.lastSyncCount"
      | "syncStats.totalRecords"
      | "title"
      | "type";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_organizationId: ["organizationId", "_creationTime"];
      by_organizationId_and_name: ["organizationId", "name", "_creationTime"];
      by_organizationId_and_status: [
        "organizationId",
        "status",
        "_creationTime",
      ];
      by_status: ["status", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  legalHoldReleaseRequests: {
    document: {
      approvedAt?: number;
      approvedBy?: string;
      effectiveAt?: number;
      holdId: Id<"legalHolds">;
      organizationId: string;
      reason: string;
      rejectReason?: string;
      rejectedAt?: number;
      rejectedBy?: string;
      requestedAt: number;
      requestedBy: string;
      status: "pending" | "approved" | "rejected" | "effected";
      _id: Id<"legalHoldReleaseRequests">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "approvedAt"
      | "approvedBy"
      | "effectiveAt"
      | "holdId"
      | "organizationId"
      | "reason"
      | "rejectedAt"
      | "rejectedBy"
      | "rejectReason"
      | "requestedAt"
      | "requestedBy"
      | "status";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_holdId: ["holdId", "_creationTime"];
      by_organizationId_status: ["organizationId", "status", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  legalHolds: {
    document: {
      matterRef?: string;
      organizationId: string;
      placedAt: number;
      placedBy: string;
      reason: string;
      releaseReason?: string;
      releasedAt?: number;
      releasedBy?: string;
      targetId: string;
      targetLabel: string;
      targetType:
        "thread" | "document" | "execution" | "userMembership" | "org";
      _id: Id<"legalHolds">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "matterRef"
      | "organizationId"
      | "placedAt"
      | "placedBy"
      | "reason"
      | "releasedAt"
      | "releasedBy"
      | "releaseReason"
      | "targetId"
      | "targetLabel"
      | "targetType";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_organizationId: ["organizationId", "_creationTime"];
      by_organizationId_matterRef: [
        "organizationId",
        "matterRef",
        "_creationTime",
      ];
      by_organizationId_targetType: [
        "organizationId",
        "targetType",
        "_creationTime",
      ];
      by_target: ["organizationId", "targetType", "targetId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  legalMatters: {
    document: {
      caseNumber?: string;
      closedAt?: number;
      closedBy?: string;
      createdAt: number;
      createdBy: string;
      description?: string;
      name: string;
      organizationId: string;
      status: "open" | "closed";
      _id: Id<"legalMatters">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "caseNumber"
      | "closedAt"
      | "closedBy"
      | "createdAt"
      | "createdBy"
      | "description"
      | "name"
      | "organizationId"
      | "status";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_organizationId: ["organizationId", "_creationTime"];
      by_organizationId_status: ["organizationId", "status", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  llmResponseCache: {
    document: {
      agentSlug?: string;
      cacheKey: string;
      createdAt: number;
      expiresAt: number;
      model: string;
      organizationId: string;
      provider?: string;
      responseText: string;
      usage?: {
        inputTokens?: number;
        outputTokens?: number;
        totalTokens?: number;
      };
      _id: Id<"llmResponseCache">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "agentSlug"
      | "cacheKey"
      | "createdAt"
      | "expiresAt"
      | "model"
      | "organizationId"
      | "provider"
      | "responseText"
      | "usage"
      | "usage.inputTokens"
      | "usage.outputTokens"
      | "usage.totalTokens";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_cacheKey: ["cacheKey", "_creationTime"];
      by_expiresAt: ["expiresAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  loginAttempts: {
    document: {
      consecutiveFailures: number;
      email: string;
      lastFailureAt: number;
      lockedUntil: number | null;
      _id: Id<"loginAttempts">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "consecutiveFailures"
      | "email"
      | "lastFailureAt"
      | "lockedUntil";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_email: ["email", "_creationTime"];
      by_lastFailureAt: ["lastFailureAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  loginBlockCounters: {
    document: {
      email: string;
      ipLimitCount: number;
      lastIp?: string;
      lockoutCount: number;
      updatedAt: number;
      windowStart: number;
      _id: Id<"loginBlockCounters">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "email"
      | "ipLimitCount"
      | "lastIp"
      | "lockoutCount"
      | "updatedAt"
      | "windowStart";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_email_window: ["email", "windowStart", "_creationTime"];
      by_window: ["windowStart", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  mcpServers: {
    document: {
      apiKeyEncrypted?: string;
      args?: Array<string>;
      authType: "none" | "api_key" | "oauth2";
      capabilities?: {
        prompts?: boolean;
        resources?: boolean;
        tools?: boolean;
      };
      command?: string;
      description?: string;
      discoveredTools?: Array<{
        description?: string;
        inputSchema?: any;
        name: string;
        requiresApproval?: boolean;
      }>;
      displayName: string;
      env?: any;
      lastConnectedAt?: number;
      lastError?: string;
      name: string;
      oauth2Config?: {
        authorizationUrl?: string;
        clientId: string;
        clientSecretEncrypted: string;
        grantType: "client_credentials" | "authorization_code";
        scopes: Array<string>;
        tokenUrl: string;
      };
      oauth2Tokens?: {
        accessTokenEncrypted: string;
        refreshTokenEncrypted?: string;
        tokenExpiry?: number;
      };
      organizationId: string;
      status: "active" | "inactive" | "error" | "discovering";
      transportType: "stdio" | "sse" | "streamable_http";
      url?: string;
      _id: Id<"mcpServers">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "apiKeyEncrypted"
      | "args"
      | "authType"
      | "capabilities"
      | "capabilities.prompts"
      | "capabilities.resources"
      | "capabilities.tools"
      | "command"
      | "description"
      | "discoveredTools"
      | "displayName"
      | "env"
      | "lastConnectedAt"
      | "lastError"
      | "name"
      | "oauth2Config"
      | "oauth2Config.authorizationUrl"
      | "oauth2Config.clientId"
      | "oauth2Config.clientSecretEncrypted"
      | "oauth2Config.grantType"
      | "oauth2Config.scopes"
      | "oauth2Config.tokenUrl"
      | "oauth2Tokens"
      | "oauth2Tokens.accessTokenEncrypted"
      | "oauth2Tokens.refreshTokenEncrypted"
      | "oauth2Tokens.tokenExpiry"
      | "organizationId"
      | "status"
      | "transportType"
      | "url";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_org_name: ["organizationId", "name", "_creationTime"];
      by_org_status: ["organizationId", "status", "_creationTime"];
      by_organizationId: ["organizationId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  messageFeedback: {
    document: {
      agentSlug?: string;
      comment?: string;
      createdAt: number;
      lifecycleStatus?: "active" | "trashed" | "expired" | "deleted";
      messageId: string;
      metadata?: { arenaVerdict?: string; modelA?: string; modelB?: string };
      model?: string;
      organizationId: string;
      provider?: string;
      rating: "positive" | "negative";
      statusChangedAt?: number;
      threadId: string;
      userId: string;
      _id: Id<"messageFeedback">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "agentSlug"
      | "comment"
      | "createdAt"
      | "lifecycleStatus"
      | "messageId"
      | "metadata"
      | "metadata.arenaVerdict"
      | "metadata.modelA"
      | "metadata.modelB"
      | "model"
      | "organizationId"
      | "provider"
      | "rating"
      | "statusChangedAt"
      | "threadId"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_messageId_userId: ["messageId", "userId", "_creationTime"];
      by_org_createdAt: ["organizationId", "createdAt", "_creationTime"];
      by_org_rating: ["organizationId", "rating", "_creationTime"];
      by_org_user: ["organizationId", "userId", "_creationTime"];
      by_organizationId: ["organizationId", "_creationTime"];
      by_organizationId_and_lifecycleStatus: [
        "organizationId",
        "lifecycleStatus",
        "_creationTime",
      ];
      by_threadId: ["threadId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  messageMetadata: {
    document: {
      agentSlug?: string;
      blockedReason?: {
        categoryIds: Array<string>;
        code:
          "pii.blocked" | "chat_filter.blocked" | "moderation_provider.blocked";
        direction: "input" | "output";
        sanitizationRunId: string;
      };
      cachedInputTokens?: number;
      citations?: Array<{
        fileId?: string;
        index: number;
        page?: number;
        relevance?: number;
        source: string;
        type: "rag" | "web";
        url?: string;
      }>;
      contextStats?: {
        approvalCount: number;
        hasIntegrations?: boolean;
        hasRag: boolean;
        hasSummary?: boolean;
        hasWebContext?: boolean;
        messageCount: number;
        totalTokens: number;
      };
      contextWindow?: string;
      costEstimateCents?: number;
      durationMs?: number;
      error?: string;
      inputTokens?: number;
      messageId: string;
      model: string;
      outputTokens?: number;
      provider: string;
      providerMetadata?: any;
      reasoning?: string;
      reasoningTokens?: number;
      subAgentUsage?: Array<{
        costEstimateCents?: number;
        durationMs?: number;
        input?: string;
        inputTokens?: number;
        model?: string;
        output?: string;
        outputTokens?: number;
        provider?: string;
        toolName: string;
        totalTokens?: number;
      }>;
      threadId: string;
      timeToFirstTokenMs?: number;
      toolsUsage?: Array<{
        costEstimateCents?: number;
        durationMs?: number;
        input?: string;
        inputTokens?: number;
        model?: string;
        output?: string;
        outputTokens?: number;
        provider?: string;
        toolName: string;
        totalTokens?: number;
      }>;
      totalTokens?: number;
      _id: Id<"messageMetadata">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "agentSlug"
      | "blockedReason"
      | "blockedReason.categoryIds"
      | "blockedReason.code"
      | "blockedReason.direction"
      | "blockedReason.sanitizationRunId"
      | "cachedInputTokens"
      | "citations"
      | "contextStats"
      | "contextStats.approvalCount"
      | "contextStats.hasIntegrations"
      | "contextStats.hasRag"
      | "contextStats.hasSummary"
      | "contextStats.hasWebContext"
      | "contextStats.messageCount"
      | "contextStats.totalTokens"
      | "contextWindow"
      | "costEstimateCents"
      | "durationMs"
      | "error"
      | "inputTokens"
      | "messageId"
      | "model"
      | "outputTokens"
      | "provider"
      | "providerMetadata"
      | "reasoning"
      | "reasoningTokens"
      | "subAgentUsage"
      | "threadId"
      | "timeToFirstTokenMs"
      | "toolsUsage"
      | "totalTokens";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_messageId: ["messageId", "_creationTime"];
      by_threadId: ["threadId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  notifications: {
    document: {
      bodyKey: string;
      category: "security" | "system";
      createdAt: number;
      organizationId: string;
      params?: any;
      readBy: Array<string>;
      severity: "info" | "warning" | "critical";
      subjectUserId?: string;
      titleKey: string;
      _id: Id<"notifications">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "bodyKey"
      | "category"
      | "createdAt"
      | "organizationId"
      | "params"
      | "readBy"
      | "severity"
      | "subjectUserId"
      | "titleKey";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_org_created: ["organizationId", "createdAt", "_creationTime"];
      by_org_subject: ["organizationId", "subjectUserId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  onedriveSyncConfigs: {
    document: {
      errorMessage?: string;
      itemId: string;
      itemName: string;
      itemPath?: string;
      itemType: "file" | "folder";
      lastSyncAt?: number;
      lastSyncStatus?: string;
      metadata?: any;
      organizationId: string;
      status: "active" | "inactive" | "error";
      storagePrefix?: string;
      targetBucket: string;
      teamId?: string;
      userId: string;
      _id: Id<"onedriveSyncConfigs">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "errorMessage"
      | "itemId"
      | "itemName"
      | "itemPath"
      | "itemType"
      | "lastSyncAt"
      | "lastSyncStatus"
      | "metadata"
      | "organizationId"
      | "status"
      | "storagePrefix"
      | "targetBucket"
      | "teamId"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_itemId: ["itemId", "_creationTime"];
      by_organizationId: ["organizationId", "_creationTime"];
      by_organizationId_and_itemId: [
        "organizationId",
        "itemId",
        "_creationTime",
      ];
      by_organizationId_and_status: [
        "organizationId",
        "status",
        "_creationTime",
      ];
      by_userId: ["userId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  policyAcknowledgements: {
    document: {
      acknowledgedAt: number;
      organizationId: string;
      policyType:
        | "system_prompt"
        | "budgets"
        | "upload_policy"
        | "retention_policy"
        | "feature_flags"
        | "pii_config"
        | "default_models"
        | "model_access"
        | "login_policy"
        | "password_policy"
        | "two_factor_policy"
        | "chat_filter"
        | "moderation_provider"
        | "personalization"
        | "voice_output"
        | "data_classification_notice"
        | "dsar_governance";
      policyVersion: number;
      userId: string;
      _id: Id<"policyAcknowledgements">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "acknowledgedAt"
      | "organizationId"
      | "policyType"
      | "policyVersion"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_user_org_policy: [
        "userId",
        "organizationId",
        "policyType",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  products: {
    document: {
      category?: string;
      currency?: string;
      description?: string;
      externalId?: string | number;
      imageUrl?: string;
      lastUpdated?: number;
      metadata?: any;
      name: string;
      organizationId: string;
      price?: number;
      status?: "active" | "inactive" | "draft" | "archived";
      stock?: number;
      tags?: Array<string>;
      translations?: Array<{
        category?: string;
        createdAt?: number;
        description?: string;
        language: string;
        lastUpdated: number;
        metadata?: any;
        name?: string;
        tags?: Array<string>;
      }>;
      _id: Id<"products">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "category"
      | "currency"
      | "description"
      | "externalId"
      | "imageUrl"
      | "lastUpdated"
      | "metadata"
      | "name"
      | "organizationId"
      | "price"
      | "status"
      | "stock"
      | "tags"
      | "translations";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_org_lastUpdated: ["organizationId", "lastUpdated", "_creationTime"];
      by_org_status_lastUpdated: [
        "organizationId",
        "status",
        "lastUpdated",
        "_creationTime",
      ];
      by_organizationId: ["organizationId", "_creationTime"];
      by_organizationId_and_category: [
        "organizationId",
        "category",
        "_creationTime",
      ];
      by_organizationId_and_externalId: [
        "organizationId",
        "externalId",
        "_creationTime",
      ];
      by_organizationId_and_status: [
        "organizationId",
        "status",
        "_creationTime",
      ];
    };
    searchIndexes: {
      search_products: {
        searchField: "name";
        filterFields: "category" | "organizationId" | "status";
      };
    };
    vectorIndexes: {};
  };
  promptCategories: {
    document: {
      createdBy: string;
      name: string;
      nameLower: string;
      organizationId: string;
      scope: "global" | "team" | "personal";
      teamId?: string;
      _id: Id<"promptCategories">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdBy"
      | "name"
      | "nameLower"
      | "organizationId"
      | "scope"
      | "teamId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_organizationId: ["organizationId", "_creationTime"];
      by_organizationId_and_nameLower: [
        "organizationId",
        "nameLower",
        "_creationTime",
      ];
      by_organizationId_and_scope: ["organizationId", "scope", "_creationTime"];
      by_organizationId_and_scope_and_createdBy: [
        "organizationId",
        "scope",
        "createdBy",
        "_creationTime",
      ];
      by_organizationId_and_scope_and_teamId: [
        "organizationId",
        "scope",
        "teamId",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  promptTemplates: {
    document: {
      category?: string;
      categoryId?: Id<"promptCategories">;
      content: string;
      createdBy: string;
      description?: string;
      isPublished?: boolean;
      lifecycleStatus?: "active" | "trashed" | "expired" | "deleted";
      organizationId: string;
      scope: "global" | "team" | "personal";
      sourceMessageId?: string;
      statusChangedAt?: number;
      tags?: Array<string>;
      teamId?: string;
      title: string;
      usageCount: number;
      version?: number;
      versionHistory?: Array<{
        category?: string;
        categoryId?: Id<"promptCategories">;
        content: string;
        description?: string;
        publishNote?: string;
        publishedAt: number;
        publishedBy: string;
        scope: "global" | "team" | "personal";
        tags?: Array<string>;
        teamId?: string;
        title: string;
        version: number;
      }>;
      _id: Id<"promptTemplates">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "category"
      | "categoryId"
      | "content"
      | "createdBy"
      | "description"
      | "isPublished"
      | "lifecycleStatus"
      | "organizationId"
      | "scope"
      | "sourceMessageId"
      | "statusChangedAt"
      | "tags"
      | "teamId"
      | "title"
      | "usageCount"
      | "version"
      | "versionHistory";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_org_createdBy: ["organizationId", "createdBy", "_creationTime"];
      by_organizationId: ["organizationId", "_creationTime"];
      by_organizationId_and_lifecycleStatus: [
        "organizationId",
        "lifecycleStatus",
        "_creationTime",
      ];
      by_organizationId_and_scope: ["organizationId", "scope", "_creationTime"];
      by_organizationId_and_scope_and_createdBy: [
        "organizationId",
        "scope",
        "createdBy",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  retentionAppliedBounds: {
    document: {
      appliedAt: number;
      appliedBounds: any;
      appliedBoundsHash: string;
      appliedBy: string;
      organizationId: string;
      rejectedAt?: number;
      rejectedBoundsHash?: string;
      rejectedBy?: string;
      _id: Id<"retentionAppliedBounds">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "appliedAt"
      | "appliedBounds"
      | "appliedBoundsHash"
      | "appliedBy"
      | "organizationId"
      | "rejectedAt"
      | "rejectedBoundsHash"
      | "rejectedBy";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_organizationId: ["organizationId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  retentionPolicyPendingChanges: {
    document: {
      appliesAt: number;
      newConfig: any;
      oldConfig: any;
      organizationId: string;
      requestedAt: number;
      requestedBy: string;
      summary: string;
      _id: Id<"retentionPolicyPendingChanges">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "appliesAt"
      | "newConfig"
      | "oldConfig"
      | "organizationId"
      | "requestedAt"
      | "requestedBy"
      | "summary";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_organizationId_appliesAt: [
        "organizationId",
        "appliesAt",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  retentionRuns: {
    document: {
      completedAt?: number;
      lastCursor?: {
        category: string;
        lastCreationTime?: number;
        step?: string;
      };
      lastError?: string;
      lastHeartbeatAt?: number;
      organizationId: string;
      processedCount?: number;
      startedAt: number;
      _id: Id<"retentionRuns">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "completedAt"
      | "lastCursor"
      | "lastCursor.category"
      | "lastCursor.lastCreationTime"
      | "lastCursor.step"
      | "lastError"
      | "lastHeartbeatAt"
      | "organizationId"
      | "processedCount"
      | "startedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_organizationId_startedAt: [
        "organizationId",
        "startedAt",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  ssoProviders: {
    document: {
      autoProvisionRole: boolean;
      clientIdEncrypted: string;
      clientSecretEncrypted: string;
      createdAt: number;
      defaultRole: "disabled" | "member" | "editor" | "developer" | "admin";
      issuer: string;
      organizationId: string;
      providerFeatures?: {
        entraId?: {
          autoProvisionTeam?: boolean;
          domainHint?: string;
          enableOneDriveAccess?: boolean;
          excludeGroups?: Array<string>;
          seamlessSsoEnabled?: boolean;
        };
        googleWorkspace?: { enableGoogleDriveAccess?: boolean };
      };
      providerId: string;
      roleMappingRules: Array<{
        pattern: string;
        source: "jobTitle" | "appRole" | "group" | "claim";
        targetRole: "disabled" | "member" | "editor" | "developer" | "admin";
      }>;
      scopes: Array<string>;
      updatedAt: number;
      _id: Id<"ssoProviders">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "autoProvisionRole"
      | "clientIdEncrypted"
      | "clientSecretEncrypted"
      | "createdAt"
      | "defaultRole"
      | "issuer"
      | "organizationId"
      | "providerFeatures"
      | "providerFeatures.entraId"
      | "providerFeatures.entraId.autoProvisionTeam"
      | "providerFeatures.entraId.domainHint"
      | "providerFeatures.entraId.enableOneDriveAccess"
      | "providerFeatures.entraId.excludeGroups"
      | "providerFeatures.entraId.seamlessSsoEnabled"
      | "providerFeatures.googleWorkspace"
      | "providerFeatures.googleWorkspace.enableGoogleDriveAccess"
      | "providerId"
      | "roleMappingRules"
      | "scopes"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      organizationId: ["organizationId", "_creationTime"];
      providerId: ["providerId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  threadBranches: {
    document: {
      branchIndex: number;
      branchThreadId: string;
      createdAt: number;
      forkAfterMessageId: string;
      forkOrder: number;
      parentThreadId: string;
      rootThreadId: string;
      _id: Id<"threadBranches">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "branchIndex"
      | "branchThreadId"
      | "createdAt"
      | "forkAfterMessageId"
      | "forkOrder"
      | "parentThreadId"
      | "rootThreadId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_branchThreadId: ["branchThreadId", "_creationTime"];
      by_parentThreadId_forkAfterMessageId: [
        "parentThreadId",
        "forkAfterMessageId",
        "_creationTime",
      ];
      by_rootThreadId: ["rootThreadId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  threadMetadata: {
    document: {
      agentId?: Id<"agentBindings">;
      agentSlug?: string;
      arenaGroupId?: string;
      arenaModelId?: string;
      branchSelections?: string;
      cancelledAt?: number;
      cancelledMessageId?: string;
      chatType: "general" | "workflow_assistant" | "agent_test";
      createdAt: number;
      customAgentId?: Id<"customAgents">;
      disablePersonalization?: boolean;
      forkedAt?: number;
      forkedFrom?: string;
      forkedFromShare?: boolean;
      forkedMessageCount?: number;
      generationStartTime?: number;
      generationStatus?: "generating" | "idle";
      isBranch?: boolean;
      isShared?: boolean;
      lastForkedMessageOrder?: number;
      organizationId?: string;
      shareToken?: string;
      sharedAt?: number;
      sharedBy?: string;
      status: "active" | "archived" | "trashed" | "expired" | "deleted";
      statusChangedAt?: number;
      streamId?: string;
      teamId?: string;
      threadId: string;
      title?: string;
      updatedAt?: number;
      userId: string;
      voiceOutputOverride?: boolean;
      _id: Id<"threadMetadata">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "agentId"
      | "agentSlug"
      | "arenaGroupId"
      | "arenaModelId"
      | "branchSelections"
      | "cancelledAt"
      | "cancelledMessageId"
      | "chatType"
      | "createdAt"
      | "customAgentId"
      | "disablePersonalization"
      | "forkedAt"
      | "forkedFrom"
      | "forkedFromShare"
      | "forkedMessageCount"
      | "generationStartTime"
      | "generationStatus"
      | "isBranch"
      | "isShared"
      | "lastForkedMessageOrder"
      | "organizationId"
      | "sharedAt"
      | "sharedBy"
      | "shareToken"
      | "status"
      | "statusChangedAt"
      | "streamId"
      | "teamId"
      | "threadId"
      | "title"
      | "updatedAt"
      | "userId"
      | "voiceOutputOverride";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_arenaGroupId: ["arenaGroupId", "_creationTime"];
      by_org_user: ["organizationId", "userId", "_creationTime"];
      by_organizationId: ["organizationId", "_creationTime"];
      by_organizationId_and_status: [
        "organizationId",
        "status",
        "_creationTime",
      ];
      by_shareToken: ["shareToken", "_creationTime"];
      by_threadId: ["threadId", "_creationTime"];
      by_userId_chatType_status: [
        "userId",
        "chatType",
        "status",
        "createdAt",
        "_creationTime",
      ];
      by_userId_chatType_status_updated: [
        "userId",
        "chatType",
        "status",
        "updatedAt",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  threadTodos: {
    document: {
      activeTodoId?: string;
      createdAt: number;
      integrationCallCount: number;
      organizationId: string;
      recentOpIds: Array<string>;
      threadId: string;
      todos: Array<{
        content: string;
        createdAt: number;
        extractCount: number;
        failureReason?: string;
        findingsSummary?: string;
        id: string;
        searchCount: number;
        sources?: Array<{
          capturedAt: number;
          publishedDate?: string;
          score?: number;
          title?: string;
          url: string;
        }>;
        status: "pending" | "in_progress" | "done" | "failed" | "cancelled";
        updatedAt: number;
      }>;
      updatedAt: number;
      _id: Id<"threadTodos">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "activeTodoId"
      | "createdAt"
      | "integrationCallCount"
      | "organizationId"
      | "recentOpIds"
      | "threadId"
      | "todos"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_org_thread: ["organizationId", "threadId", "_creationTime"];
      by_thread: ["threadId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  ttsAudioChunks: {
    document: {
      agentSlug?: string;
      attemptCreatedAt?: number;
      audioUrl?: string;
      characterCount?: number;
      costEstimateCents?: number;
      createdAt: number;
      error?:
        | "NO_PROVIDER"
        | "UNKNOWN_MODEL"
        | "UNKNOWN_PROVIDER"
        | "UNKNOWN_VOICE"
        | "HOST_POLICY"
        | "RATE_LIMITED"
        | "CONTENTION"
        | "BUDGET_EXCEEDED"
        | "MESSAGE_CHAR_LIMIT"
        | "TIMEOUT"
        | "PROVIDER_AUTH"
        | "PROVIDER_BAD_REQUEST"
        | "PROVIDER_PAYLOAD_TOO_LARGE"
        | "PROVIDER_4XX"
        | "PROVIDER_5XX"
        | "PROVIDER_INVALID_RESPONSE"
        | "PROVIDER_ERROR"
        | "WATCHDOG_TIMEOUT";
      format?: "mp3" | "opus" | "aac" | "flac" | "wav" | "pcm";
      index: number;
      locale: string;
      messageId: string;
      modelId?: string;
      organizationId: string;
      providerName?: string;
      status: "pending" | "ready" | "failed";
      storageId?: Id<"_storage">;
      teamId?: string;
      text: string;
      threadId: string;
      usageRecordedAt?: number;
      userId?: string;
      voice?: string;
      _id: Id<"ttsAudioChunks">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "agentSlug"
      | "attemptCreatedAt"
      | "audioUrl"
      | "characterCount"
      | "costEstimateCents"
      | "createdAt"
      | "error"
      | "format"
      | "index"
      | "locale"
      | "messageId"
      | "modelId"
      | "organizationId"
      | "providerName"
      | "status"
      | "storageId"
      | "teamId"
      | "text"
      | "threadId"
      | "usageRecordedAt"
      | "userId"
      | "voice";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_message: ["messageId", "index", "_creationTime"];
      by_org_createdAt: ["organizationId", "createdAt", "_creationTime"];
      by_thread_age: ["threadId", "createdAt", "_creationTime"];
      by_user_org: ["userId", "organizationId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  ttsGcCursor: {
    document: {
      job: string;
      lastOrgId: string | null;
      updatedAt: number;
      _id: Id<"ttsGcCursor">;
      _creationTime: number;
    };
    fieldPaths: "_creationTime" | "_id" | "job" | "lastOrgId" | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_job: ["job", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  twoFactorAttempts: {
    document: {
      consecutiveFailures: number;
      lastFailureAt: number;
      lockedUntil: number | null;
      userId: string;
      _id: Id<"twoFactorAttempts">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "consecutiveFailures"
      | "lastFailureAt"
      | "lockedUntil"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_lastFailureAt: ["lastFailureAt", "_creationTime"];
      by_userId: ["userId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  usageLedger: {
    document: {
      agentSlug?: string;
      audioDurationSec?: number;
      characterCount?: number;
      costEstimate: number;
      granularity?: "daily" | "weekly" | "monthly";
      inputTokens: number;
      integrationCallCount?: number;
      integrationName?: string;
      integrationOperation?: string;
      lifecycleStatus?: "active" | "trashed" | "expired" | "deleted";
      model?: string;
      organizationId: string;
      outputTokens: number;
      periodKey: string;
      provider?: string;
      requestCount: number;
      statusChangedAt?: number;
      teamId?: string;
      totalTokens: number;
      userId: string;
      _id: Id<"usageLedger">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "agentSlug"
      | "audioDurationSec"
      | "characterCount"
      | "costEstimate"
      | "granularity"
      | "inputTokens"
      | "integrationCallCount"
      | "integrationName"
      | "integrationOperation"
      | "lifecycleStatus"
      | "model"
      | "organizationId"
      | "outputTokens"
      | "periodKey"
      | "provider"
      | "requestCount"
      | "statusChangedAt"
      | "teamId"
      | "totalTokens"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_org_granularity_period: [
        "organizationId",
        "granularity",
        "periodKey",
        "_creationTime",
      ];
      by_org_lifecycleStatus: [
        "organizationId",
        "lifecycleStatus",
        "_creationTime",
      ];
      by_org_period: ["organizationId", "periodKey", "_creationTime"];
      by_org_team_period: [
        "organizationId",
        "teamId",
        "periodKey",
        "_creationTime",
      ];
      by_org_user_period: [
        "organizationId",
        "userId",
        "periodKey",
        "_creationTime",
      ];
      by_org_user_period_team: [
        "organizationId",
        "userId",
        "periodKey",
        "teamId",
        "_creationTime",
      ];
      by_org_user_period_team_agent_model: [
        "organizationId",
        "userId",
        "periodKey",
        "teamId",
        "agentSlug",
        "model",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  userMemories: {
    document: {
      content: string;
      createdAt: number;
      deletedAt?: number;
      organizationId: string;
      pendingExpiresAt?: number;
      source: "manual" | "agent_proposed";
      sourceMessageId?: string;
      sourceThreadId?: string;
      status: "pending" | "approved";
      userId: string;
      _id: Id<"userMemories">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "content"
      | "createdAt"
      | "deletedAt"
      | "organizationId"
      | "pendingExpiresAt"
      | "source"
      | "sourceMessageId"
      | "sourceThreadId"
      | "status"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_organizationId: ["organizationId", "_creationTime"];
      by_user_org_status_deleted_created: [
        "userId",
        "organizationId",
        "status",
        "deletedAt",
        "createdAt",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  userMemoryAuditLog: {
    document: {
      action:
        "propose" | "create" | "approve" | "dismiss" | "delete" | "inject";
      actorUserId: string;
      agentSlug?: string;
      createdAt: number;
      injectedMemoryIds?: Array<Id<"userMemories">>;
      lifecycleStatus?: "active" | "trashed" | "expired" | "deleted";
      memoryId?: Id<"userMemories">;
      messageId?: string;
      organizationId: string;
      outcome: "ok" | "denied" | "error";
      requestId?: string;
      statusChangedAt?: number;
      subjectUserId: string;
      threadId?: string;
      _id: Id<"userMemoryAuditLog">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "action"
      | "actorUserId"
      | "agentSlug"
      | "createdAt"
      | "injectedMemoryIds"
      | "lifecycleStatus"
      | "memoryId"
      | "messageId"
      | "organizationId"
      | "outcome"
      | "requestId"
      | "statusChangedAt"
      | "subjectUserId"
      | "threadId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_org_at: ["organizationId", "createdAt", "_creationTime"];
      by_org_lifecycleStatus: [
        "organizationId",
        "lifecycleStatus",
        "_creationTime",
      ];
      by_org_subject_at: [
        "organizationId",
        "subjectUserId",
        "createdAt",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  userNotificationState: {
    document: {
      lastSeenChangelogVersion?: string;
      lastToastedVersion?: string;
      updatedAt: number;
      userId: string;
      _id: Id<"userNotificationState">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "lastSeenChangelogVersion"
      | "lastToastedVersion"
      | "updatedAt"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_userId: ["userId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  userPasswordMetadata: {
    document: {
      forceChangeOnNextLogin?: boolean;
      passwordChangedAt: number;
      userId: string;
      _id: Id<"userPasswordMetadata">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "forceChangeOnNextLogin"
      | "passwordChangedAt"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_userId: ["userId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  userPreferences: {
    document: {
      customInstructions: string;
      enabled?: boolean;
      organizationId: string;
      updatedAt: number;
      userId: string;
      voiceOutput?: boolean;
      _id: Id<"userPreferences">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "customInstructions"
      | "enabled"
      | "organizationId"
      | "updatedAt"
      | "userId"
      | "voiceOutput";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_organizationId: ["organizationId", "_creationTime"];
      by_userId_organizationId: ["userId", "organizationId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  vendors: {
    document: {
      address?: {
        city?: string;
        country?: string;
        postalCode?: string;
        state?: string;
        street?: string;
      };
      email?: string;
      externalId?: string | number;
      lifecycleStatus?: "active" | "trashed" | "expired" | "deleted";
      locale?: string;
      metadata?: any;
      name?: string;
      notes?: string;
      organizationId: string;
      phone?: string;
      source:
        | "manual_import"
        | "file_upload"
        | "api_import"
        | "shopify"
        | "woocommerce"
        | "magento"
        | "bigcommerce"
        | "prestashop"
        | "circuly"
        | "chargebee"
        | "stripe"
        | "recurly"
        | "salesforce"
        | "hubspot"
        | "pipedrive"
        | "zoho"
        | "sap"
        | "protel"
        | "oracle"
        | "netsuite"
        | "mailchimp"
        | "klaviyo"
        | "sendgrid"
        | "webhook"
        | "zapier"
        | "custom";
      statusChangedAt?: number;
      tags?: Array<string>;
      _id: Id<"vendors">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "address"
      | "address.city"
      | "address.country"
      | "address.postalCode"
      | "address.state"
      | "address.street"
      | "email"
      | "externalId"
      | "lifecycleStatus"
      | "locale"
      | "metadata"
      | "name"
      | "notes"
      | "organizationId"
      | "phone"
      | "source"
      | "statusChangedAt"
      | "tags";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_organizationId: ["organizationId", "_creationTime"];
      by_organizationId_and_email: ["organizationId", "email", "_creationTime"];
      by_organizationId_and_externalId: [
        "organizationId",
        "externalId",
        "_creationTime",
      ];
      by_organizationId_and_lifecycleStatus: [
        "organizationId",
        "lifecycleStatus",
        "_creationTime",
      ];
      by_organizationId_and_locale: [
        "organizationId",
        "locale",
        "_creationTime",
      ];
      by_organizationId_and_source: [
        "organizationId",
        "source",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  videoLinkJobs: {
    document: {
      attempts?: number;
      captionLang?: string;
      captionTrackKind?: "manual" | "asr" | "auto-translated";
      errorMessage?: string;
      errorReasonCode?: string;
      fileMetadataId?: Id<"fileMetadata">;
      lifecycleStatus?: "active" | "trashed" | "expired" | "deleted";
      messageBoundAt?: number;
      organizationId: string;
      pastedToken: string;
      progress?: string;
      sourcePlatform: string;
      sourceUrl: string;
      sourceUrlHash: string;
      status:
        | "queued"
        | "fetching_metadata"
        | "fetching_captions"
        | "extracting_audio"
        | "transcribing_handoff"
        | "indexing"
        | "completed"
        | "failed"
        | "skipped";
      statusChangedAt: number;
      storageId?: Id<"_storage">;
      threadId?: string;
      transcriptSource?: "captions_human" | "captions_auto" | "whisper";
      uploadedBy: string;
      videoChapters?: Array<{
        endSec: number;
        startSec: number;
        title: string;
      }>;
      videoDurationSec?: number;
      videoLanguage?: string;
      videoTitle?: string;
      videoUploader?: string;
      _id: Id<"videoLinkJobs">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "attempts"
      | "captionLang"
      | "captionTrackKind"
      | "errorMessage"
      | "errorReasonCode"
      | "fileMetadataId"
      | "lifecycleStatus"
      | "messageBoundAt"
      | "organizationId"
      | "pastedToken"
      | "progress"
      | "sourcePlatform"
      | "sourceUrl"
      | "sourceUrlHash"
      | "status"
      | "statusChangedAt"
      | "storageId"
      | "threadId"
      | "transcriptSource"
      | "uploadedBy"
      | "videoChapters"
      | "videoDurationSec"
      | "videoLanguage"
      | "videoTitle"
      | "videoUploader";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_org_user: ["organizationId", "uploadedBy", "_creationTime"];
      by_organizationId_and_sourceUrlHash: [
        "organizationId",
        "sourceUrlHash",
        "_creationTime",
      ];
      by_organizationId_and_status: [
        "organizationId",
        "status",
        "_creationTime",
      ];
      by_status: ["status", "_creationTime"];
      by_storageId: ["storageId", "_creationTime"];
      by_threadId: ["threadId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  websites: {
    document: {
      crawledPageCount?: number;
      description?: string;
      domain: string;
      lastScannedAt?: number;
      metadata?: any;
      organizationId: string;
      pageCount?: number;
      scanInterval: string;
      status?: "idle" | "scanning" | "active" | "error" | "deleting";
      title?: string;
      _id: Id<"websites">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "crawledPageCount"
      | "description"
      | "domain"
      | "lastScannedAt"
      | "metadata"
      | "organizationId"
      | "pageCount"
      | "scanInterval"
      | "status"
      | "title";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_organizationId: ["organizationId", "_creationTime"];
      by_organizationId_and_domain: [
        "organizationId",
        "domain",
        "_creationTime",
      ];
      by_organizationId_and_scanInterval: [
        "organizationId",
        "scanInterval",
        "_creationTime",
      ];
      by_organizationId_and_status: [
        "organizationId",
        "status",
        "_creationTime",
      ];
      by_status: ["status", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  wfApiKeys: {
    document: {
      createdAt: number;
      createdBy: string;
      expiresAt?: number;
      isActive: boolean;
      keyHash: string;
      keyPrefix: string;
      name: string;
      organizationId: string;
      workflowRootId?: Id<"wfDefinitions">;
      workflowSlug?: string;
      _id: Id<"wfApiKeys">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "createdBy"
      | "expiresAt"
      | "isActive"
      | "keyHash"
      | "keyPrefix"
      | "name"
      | "organizationId"
      | "workflowRootId"
      | "workflowSlug";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_keyHash: ["keyHash", "_creationTime"];
      by_org: ["organizationId", "_creationTime"];
      by_workflowRoot: ["workflowRootId", "_creationTime"];
      by_workflowSlug: ["workflowSlug", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  wfDefinitions: {
    document: {
      availableAgentTypes?: Array<string>;
      category?: string;
      changeLog?: string;
      config?: {
        models?: Array<string>;
        retryPolicy?: { backoffMs: number; maxRetries: number };
        secrets?: Record<
          string,
          { cipherText: string; keyId?: string; kind: "inlineEncrypted" }
        >;
        timeout?: number;
        variables?: Record<string, any>;
      };
      description?: string;
      globalConfig?: any;
      metadata?: any;
      name: string;
      organizationId: string;
      parentVersionId?: Id<"wfDefinitions">;
      plannerConfig?: {
        maxSteps?: number;
        model?: string;
        temperature?: number;
      };
      publishedAt?: number;
      publishedBy?: string;
      rootVersionId?: Id<"wfDefinitions">;
      status: "draft" | "active" | "archived";
      userRequirement?: {
        constraints?: Array<string>;
        context?: string;
        expectedOutcome?: string;
        goal: string;
      };
      version: string;
      versionNumber: number;
      workflowType: "predefined";
      _id: Id<"wfDefinitions">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "availableAgentTypes"
      | "category"
      | "changeLog"
      | "config"
      | "config.models"
      | "config.retryPolicy"
      | "config.retryPolicy.backoffMs"
      | "config.retryPolicy.maxRetries"
      | "config.secrets"
      | `config.secrets.${string}`
      | "config.timeout"
      | "config.variables"
      | `config.variables.${string}`
      | "description"
      | "globalConfig"
      | "metadata"
      | "name"
      | "organizationId"
      | "parentVersionId"
      | "plannerConfig"
      | "plannerConfig.maxSteps"
      | "plannerConfig.model"
      | "plannerConfig.temperature"
      | "publishedAt"
      | "publishedBy"
      | "rootVersionId"
      | "status"
      | "userRequirement"
      | "userRequirement.constraints"
      | "userRequirement.context"
      | "userRequirement.expectedOutcome"
      | "userRequirement.goal"
      | "version"
      | "versionNumber"
      | "workflowType";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_org: ["organizationId", "_creationTime"];
      by_org_and_name: ["organizationId", "name", "_creationTime"];
      by_org_name_status: ["organizationId", "name", "status", "_creationTime"];
      by_org_name_version: [
        "organizationId",
        "name",
        "versionNumber",
        "_creationTime",
      ];
      by_org_status: ["organizationId", "status", "_creationTime"];
      by_org_versionNumber: [
        "organizationId",
        "versionNumber",
        "_creationTime",
      ];
      by_rootVersionId: ["rootVersionId", "_creationTime"];
      by_root_status: ["rootVersionId", "status", "_creationTime"];
      by_status: ["status", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  wfEventSubscriptions: {
    document: {
      createdAt: number;
      createdBy: string;
      eventFilter?: Record<string, string>;
      eventType: string;
      isActive: boolean;
      lastTriggeredAt?: number;
      organizationId: string;
      workflowRootId?: Id<"wfDefinitions">;
      workflowSlug?: string;
      _id: Id<"wfEventSubscriptions">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "createdBy"
      | "eventFilter"
      | `eventFilter.${string}`
      | "eventType"
      | "isActive"
      | "lastTriggeredAt"
      | "organizationId"
      | "workflowRootId"
      | "workflowSlug";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_org: ["organizationId", "_creationTime"];
      by_org_eventType: ["organizationId", "eventType", "_creationTime"];
      by_workflowRoot: ["workflowRootId", "_creationTime"];
      by_workflowSlug: ["workflowSlug", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  wfExecutions: {
    document: {
      completedAt?: number;
      componentWorkflowId?: string;
      currentStepName?: string;
      currentStepSlug: string;
      error?: string;
      input?: any;
      lifecycleStatus?: "active" | "trashed" | "expired" | "deleted";
      loopProgress?: { current: number; total: number };
      metadata?: string;
      organizationId: string;
      output?: any;
      outputStorageId?: Id<"_storage">;
      rootWfDefinitionId?: Id<"wfDefinitions">;
      shardIndex?: number;
      startedAt: number;
      status: "pending" | "running" | "completed" | "failed";
      statusChangedAt?: number;
      stepsConfig?: string;
      stepsConfigStorageId?: Id<"_storage">;
      threadId?: string;
      triggerData?: any;
      triggeredBy?: string;
      updatedAt: number;
      userId?: string;
      variables?: string;
      variablesStorageId?: Id<"_storage">;
      waitingFor?: string;
      wfDefinitionId: Id<"wfDefinitions"> | string | null;
      workflowConfig?: string;
      workflowSlug?: string;
      workflowVersion?: string;
      _id: Id<"wfExecutions">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "completedAt"
      | "componentWorkflowId"
      | "currentStepName"
      | "currentStepSlug"
      | "error"
      | "input"
      | "lifecycleStatus"
      | "loopProgress"
      | "loopProgress.current"
      | "loopProgress.total"
      | "metadata"
      | "organizationId"
      | "output"
      | "outputStorageId"
      | "rootWfDefinitionId"
      | "shardIndex"
      | "startedAt"
      | "status"
      | "statusChangedAt"
      | "stepsConfig"
      | "stepsConfigStorageId"
      | "threadId"
      | "triggerData"
      | "triggeredBy"
      | "updatedAt"
      | "userId"
      | "variables"
      | "variablesStorageId"
      | "waitingFor"
      | "wfDefinitionId"
      | "workflowConfig"
      | "workflowSlug"
      | "workflowVersion";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_component_workflow: ["componentWorkflowId", "_creationTime"];
      by_definition: ["wfDefinitionId", "_creationTime"];
      by_definition_startedAt: ["wfDefinitionId", "startedAt", "_creationTime"];
      by_definition_status: ["wfDefinitionId", "status", "_creationTime"];
      by_definition_triggeredBy_startedAt: [
        "wfDefinitionId",
        "triggeredBy",
        "startedAt",
        "_creationTime",
      ];
      by_org: ["organizationId", "_creationTime"];
      by_org_lifecycleStatus: [
        "organizationId",
        "lifecycleStatus",
        "_creationTime",
      ];
      by_org_status: ["organizationId", "status", "_creationTime"];
      by_org_triggeredBy: ["organizationId", "triggeredBy", "_creationTime"];
      by_org_user: ["organizationId", "userId", "_creationTime"];
      by_org_workflowSlug: ["organizationId", "workflowSlug", "_creationTime"];
      by_status: ["status", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  wfInstallations: {
    document: {
      contentHash: string;
      installedAt: number;
      installedBy: string;
      organizationId: string;
      workflowSlug: string;
      _id: Id<"wfInstallations">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "contentHash"
      | "installedAt"
      | "installedBy"
      | "organizationId"
      | "workflowSlug";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_org: ["organizationId", "_creationTime"];
      by_org_slug: ["organizationId", "workflowSlug", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  wfSchedules: {
    document: {
      createdAt: number;
      createdBy: string;
      cronExpression: string;
      isActive: boolean;
      lastTriggeredAt?: number;
      organizationId: string;
      timezone: string;
      variables?: any;
      workflowRootId?: Id<"wfDefinitions">;
      workflowSlug?: string;
      _id: Id<"wfSchedules">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "createdBy"
      | "cronExpression"
      | "isActive"
      | "lastTriggeredAt"
      | "organizationId"
      | "timezone"
      | "variables"
      | "workflowRootId"
      | "workflowSlug";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_org: ["organizationId", "_creationTime"];
      by_org_active: ["organizationId", "isActive", "_creationTime"];
      by_workflowRoot: ["workflowRootId", "_creationTime"];
      by_workflowSlug: ["workflowSlug", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  wfStepAuditLogs: {
    document: {
      after?: any;
      before?: any;
      changeType: "created" | "updated" | "deleted";
      changedAt: number;
      changedBy: string;
      editMode: "visual" | "json" | "ai";
      organizationId: string;
      stepId: Id<"wfStepDefs">;
      wfDefinitionId: Id<"wfDefinitions">;
      _id: Id<"wfStepAuditLogs">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "after"
      | "before"
      | "changedAt"
      | "changedBy"
      | "changeType"
      | "editMode"
      | "organizationId"
      | "stepId"
      | "wfDefinitionId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_org: ["organizationId", "_creationTime"];
      by_org_changedAt: ["organizationId", "changedAt", "_creationTime"];
      by_step: ["stepId", "_creationTime"];
      by_workflow: ["wfDefinitionId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  wfStepDefs: {
    document: {
      config:
        | {
            inputSchema?: {
              properties: Record<
                string,
                {
                  description?: string;
                  items?: {
                    properties?: Record<
                      string,
                      {
                        description?: string;
                        type:
                          | "string"
                          | "number"
                          | "integer"
                          | "boolean"
                          | "array"
                          | "object";
                      }
                    >;
                    required?: Array<string>;
                    type:
                      | "string"
                      | "number"
                      | "integer"
                      | "boolean"
                      | "array"
                      | "object";
                  };
                  properties?: Record<
                    string,
                    {
                      description?: string;
                      type:
                        | "string"
                        | "number"
                        | "integer"
                        | "boolean"
                        | "array"
                        | "object";
                    }
                  >;
                  required?: Array<string>;
                  type:
                    | "string"
                    | "number"
                    | "integer"
                    | "boolean"
                    | "array"
                    | "object";
                }
              >;
              required?: Array<string>;
            };
          }
        | {
            context?: Record<string, string | number | boolean | null>;
            data?: Record<string, string | number | boolean | null>;
            inputs?: Array<{
              description?: string;
              name: string;
              placeholder?: string;
              required?: boolean;
              type: "text" | "number" | "email" | "date" | "boolean" | "select";
            }>;
            type: "manual";
          }
        | {
            context?: Record<string, string | number | boolean | null>;
            schedule: string;
            timezone?: string;
            type: "scheduled";
          }
        | {
            context?: Record<string, string | number | boolean | null>;
            headers?: Record<string, string | number | boolean | null>;
            type: "webhook";
            webhookData?: Record<string, string | number | boolean | null>;
          }
        | {
            context?: Record<string, string | number | boolean | null>;
            eventData?: Record<string, string | number | boolean | null>;
            eventType: string;
            type: "event";
          }
        | {
            contextVariables?: Record<string, string | number | boolean | null>;
            description?: string;
            knowledgeFileIds?: Array<string> | string;
            maxSteps?: number;
            maxTokens?: number;
            model?: string;
            models?: Array<string>;
            name: string;
            noFallback?: boolean;
            outputFormat?: "text" | "json";
            outputSchema?: {
              additionalProperties?: boolean;
              description?: string;
              properties: Record<string, any>;
              required?: Array<string>;
              type: "object";
            };
            systemPrompt: string;
            temperature?: number;
            tools?: Array<string>;
            userPrompt?: string;
          }
        | {
            llmNode: {
              contextVariables?: Record<
                string,
                string | number | boolean | null
              >;
              description?: string;
              knowledgeFileIds?: Array<string> | string;
              maxSteps?: number;
              maxTokens?: number;
              model?: string;
              models?: Array<string>;
              name: string;
              noFallback?: boolean;
              outputFormat?: "text" | "json";
              outputSchema?: {
                additionalProperties?: boolean;
                description?: string;
                properties: Record<string, any>;
                required?: Array<string>;
                type: "object";
              };
              systemPrompt: string;
              temperature?: number;
              tools?: Array<string>;
              userPrompt?: string;
            };
          }
        | {
            description?: string;
            expression?: string;
            variables?: Record<string, string | number | boolean | null>;
          }
        | {
            parameters: any;
            retryPolicy?: { backoffMs: number; maxRetries: number };
            type: string;
          }
        | {
            continueOnError?: boolean;
            description?: string;
            indexVariable?: string;
            itemVariable?: string;
            items?: any;
            maxIterations?: number;
          }
        | {
            mapping?: Record<string, any>;
            outputMapping?: Record<string, any>;
          };
      description?: string;
      inputMapping?: Record<string, any>;
      metadata?: any;
      name: string;
      nextSteps: Record<string, string>;
      order: number;
      organizationId: string;
      outputMapping?: Record<string, any>;
      stepSlug: string;
      stepType:
        | "start"
        | "trigger"
        | "llm"
        | "condition"
        | "action"
        | "loop"
        | "output";
      wfDefinitionId: Id<"wfDefinitions">;
      _id: Id<"wfStepDefs">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "config"
      | "config.context"
      | `config.context.${string}`
      | "config.contextVariables"
      | `config.contextVariables.${string}`
      | "config.continueOnError"
      | "config.data"
      | `config.data.${string}`
      | "config.description"
      | "config.eventData"
      | `config.eventData.${string}`
      | "config.eventType"
      | "config.expression"
      | "config.headers"
      | `config.headers.${string}`
      | "config.indexVariable"
      | "config.inputs"
      | "config.inputSchema"
      | "config.inputSchema.properties"
      | `config.inputSchema.properties.${string}`
      | "config.inputSchema.required"
      | "config.items"
      | "config.itemVariable"
      | "config.knowledgeFileIds"
      | "config.llmNode"
      | "config.llmNode.contextVariables"
      | `config.llmNode.contextVariables.${string}`
      | "config.llmNode.description"
      | "config.llmNode.knowledgeFileIds"
      | "config.llmNode.maxSteps"
      | "config.llmNode.maxTokens"
      | "config.llmNode.model"
      | "config.llmNode.models"
      | "config.llmNode.name"
      | "config.llmNode.noFallback"
      | "config.llmNode.outputFormat"
      | "config.llmNode.outputSchema"
      | "config.llmNode.outputSchema.additionalProperties"
      | "config.llmNode.outputSchema.description"
      | "config.llmNode.outputSchema.properties"
      | `config.llmNode.outputSchema.properties.${string}`
      | "config.llmNode.outputSchema.required"
      | "config.llmNode.outputSchema.type"
      | "config.llmNode.systemPrompt"
      | "config.llmNode.temperature"
      | "config.llmNode.tools"
      | "config.llmNode.userPrompt"
      | "config.mapping"
      | `config.mapping.${string}`
      | "config.maxIterations"
      | "config.maxSteps"
      | "config.maxTokens"
      | "config.model"
      | "config.models"
      | "config.name"
      | "config.noFallback"
      | "config.outputFormat"
      | "config.outputMapping"
      | `config.outputMapping.${string}`
      | "config.outputSchema"
      | "config.outputSchema.additionalProperties"
      | "config.outputSchema.description"
      | "config.outputSchema.properties"
      | `config.outputSchema.properties.${string}`
      | "config.outputSchema.required"
      | "config.outputSchema.type"
      | "config.parameters"
      | "config.retryPolicy"
      | "config.retryPolicy.backoffMs"
      | "config.retryPolicy.maxRetries"
      | "config.schedule"
      | "config.systemPrompt"
      | "config.temperature"
      | "config.timezone"
      | "config.tools"
      | "config.type"
      | "config.userPrompt"
      | "config.variables"
      | `config.variables.${string}`
      | "config.webhookData"
      | `config.webhookData.${string}`
      | "description"
      | "inputMapping"
      | `inputMapping.${string}`
      | "metadata"
      | "name"
      | "nextSteps"
      | `nextSteps.${string}`
      | "order"
      | "organizationId"
      | "outputMapping"
      | `outputMapping.${string}`
      | "stepSlug"
      | "stepType"
      | "wfDefinitionId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_definition: ["wfDefinitionId", "_creationTime"];
      by_definition_order: ["wfDefinitionId", "order", "_creationTime"];
      by_organizationId_and_stepType_and_order: [
        "organizationId",
        "stepType",
        "order",
        "_creationTime",
      ];
      by_step_slug: ["wfDefinitionId", "stepSlug", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  wfTriggerLogs: {
    document: {
      errorMessage?: string;
      idempotencyKey?: string;
      ipAddress?: string;
      organizationId: string;
      receivedAt: number;
      status: "accepted" | "rejected" | "duplicate" | "rate_limited";
      triggerType: "manual" | "schedule" | "webhook" | "api" | "event";
      wfDefinitionId?: Id<"wfDefinitions"> | string;
      wfExecutionId?: Id<"wfExecutions">;
      workflowRootId?: Id<"wfDefinitions">;
      workflowSlug?: string;
      _id: Id<"wfTriggerLogs">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "errorMessage"
      | "idempotencyKey"
      | "ipAddress"
      | "organizationId"
      | "receivedAt"
      | "status"
      | "triggerType"
      | "wfDefinitionId"
      | "wfExecutionId"
      | "workflowRootId"
      | "workflowSlug";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_idempotencyKey: ["organizationId", "idempotencyKey", "_creationTime"];
      by_org: ["organizationId", "_creationTime"];
      by_workflowRoot: ["workflowRootId", "_creationTime"];
      by_workflowSlug: ["workflowSlug", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  wfWebhooks: {
    document: {
      createdAt: number;
      createdBy: string;
      isActive: boolean;
      lastTriggeredAt?: number;
      organizationId: string;
      token: string;
      workflowRootId?: Id<"wfDefinitions">;
      workflowSlug?: string;
      _id: Id<"wfWebhooks">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdAt"
      | "createdBy"
      | "isActive"
      | "lastTriggeredAt"
      | "organizationId"
      | "token"
      | "workflowRootId"
      | "workflowSlug";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_org: ["organizationId", "_creationTime"];
      by_token: ["token", "_creationTime"];
      by_workflowRoot: ["workflowRootId", "_creationTime"];
      by_workflowSlug: ["workflowSlug", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  workflowProcessingRecords: {
    document: {
      metadata?: any;
      organizationId: string;
      processedAt: number;
      recordCreationTime: number;
      recordId: string;
      status?: "in_progress" | "completed";
      tableName: string;
      wfDefinitionId: string;
      _id: Id<"workflowProcessingRecords">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "metadata"
      | "organizationId"
      | "processedAt"
      | "recordCreationTime"
      | "recordId"
      | "status"
      | "tableName"
      | "wfDefinitionId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_org_table_wfDefinition: [
        "organizationId",
        "tableName",
        "wfDefinitionId",
        "_creationTime",
      ];
      by_org_table_wfDefinition_creationTime: [
        "organizationId",
        "tableName",
        "wfDefinitionId",
        "recordCreationTime",
        "_creationTime",
      ];
      by_org_table_wfDefinition_processedAt: [
        "organizationId",
        "tableName",
        "wfDefinitionId",
        "processedAt",
        "_creationTime",
      ];
      by_record: ["tableName", "recordId", "wfDefinitionId", "_creationTime"];
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
