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
  accounts: {
    queries: {
      hasCredentialAccount: FunctionReference<"query", "public", {}, boolean>;
      hasMicrosoftAccount: FunctionReference<"query", "public", {}, boolean>;
    };
  };
  agent_tools: {
    human_input: {
      actions: {
        submitHumanInputResponse: FunctionReference<
          "action",
          "public",
          {
            approvalId: Id<"approvals">;
            modelId?: string;
            response: string | Array<string>;
          },
          { streamId?: string; success: boolean; threadId?: string }
        >;
      };
    };
    location: {
      actions: {
        submitLocationResponse: FunctionReference<
          "action",
          "public",
          {
            approvalId: Id<"approvals">;
            denied?: boolean;
            location?: string;
            modelId?: string;
          },
          { streamId?: string; success: boolean; threadId?: string }
        >;
      };
    };
  };
  agents: {
    arena_chat: {
      arenaChat: FunctionReference<
        "action",
        "public",
        {
          agentSlug: string;
          attachments?: Array<{
            fileId: Id<"_storage">;
            fileName: string;
            fileSize: number;
            fileType: string;
          }>;
          copyHistoryToB?: boolean;
          message: string;
          modelIdA: string;
          modelIdB: string;
          organizationId: string;
          threadIdA: string;
          threadIdB: string;
          userContext?: { language: string; timezone: string };
        },
        { streamIdA: string; streamIdB: string }
      >;
    };
    file_actions: {
      deleteAgent: FunctionReference<
        "action",
        "public",
        { agentName: string; orgSlug: string; organizationId?: string },
        null
      >;
      duplicateAgent: FunctionReference<
        "action",
        "public",
        { agentName: string; orgSlug: string; organizationId?: string },
        { newAgentName: string }
      >;
      listAgents: FunctionReference<
        "action",
        "public",
        { orgSlug: string },
        any
      >;
      listHistory: FunctionReference<
        "action",
        "public",
        { agentName: string; orgSlug: string },
        any
      >;
      readAgent: FunctionReference<
        "action",
        "public",
        { agentName: string; orgSlug: string },
        any
      >;
      readHistoryEntry: FunctionReference<
        "action",
        "public",
        { agentName: string; orgSlug: string; timestamp: string },
        any
      >;
      restoreFromHistory: FunctionReference<
        "action",
        "public",
        { agentName: string; orgSlug: string; timestamp: string },
        { hash: string }
      >;
      saveAgent: FunctionReference<
        "action",
        "public",
        {
          agentName: string;
          config: any;
          isNew?: boolean;
          oldAgentName?: string;
          orgSlug: string;
          organizationId?: string;
        },
        { hash: string; warnings?: Array<string> }
      >;
      snapshotToHistory: FunctionReference<
        "action",
        "public",
        { agentName: string; orgSlug: string },
        { timestamp: string } | null
      >;
      translateAgentFields: FunctionReference<
        "action",
        "public",
        {
          fields: Record<string, string | Array<string>>;
          targetLocale: string;
        },
        { error?: string; translated: Record<string, string | Array<string>> }
      >;
    };
    mutations: {
      addKnowledgeFile: FunctionReference<
        "mutation",
        "public",
        {
          agentSlug: string;
          contentType: string;
          fileId: Id<"_storage">;
          fileName: string;
          fileSize: number;
          organizationId: string;
        },
        null
      >;
      removeKnowledgeFile: FunctionReference<
        "mutation",
        "public",
        { agentSlug: string; fileId: Id<"_storage">; organizationId: string },
        null
      >;
      updateAgentBindings: FunctionReference<
        "mutation",
        "public",
        { agentSlug: string; organizationId: string; teamId?: string },
        null
      >;
      updateAgentSharing: FunctionReference<
        "mutation",
        "public",
        { agentSlug: string; organizationId: string; teamIds: Array<string> },
        null
      >;
    };
    queries: {
      getAvailableIntegrations: FunctionReference<
        "query",
        "public",
        { organizationId: string },
        any
      >;
      getAvailableTools: FunctionReference<"query", "public", {}, any>;
      getBindingByAgent: FunctionReference<
        "query",
        "public",
        { agentSlug: string; organizationId: string },
        any
      >;
      hasBindingsByTeam: FunctionReference<
        "query",
        "public",
        { teamId: string },
        any
      >;
      listBindingsByOrg: FunctionReference<
        "query",
        "public",
        { organizationId: string },
        any
      >;
    };
    unified_chat: {
      chatWithAgent: FunctionReference<
        "action",
        "public",
        {
          additionalContext?: Record<string, string>;
          agentSlug: string;
          attachments?: Array<{
            fileId: Id<"_storage">;
            fileName: string;
            fileSize: number;
            fileType: string;
          }>;
          capabilityBindings?: Array<string>;
          maxSteps?: number;
          message: string;
          modelId?: string;
          organizationId: string;
          threadId: string;
          userContext?: { language: string; timezone: string };
        },
        { messageAlreadyExists: boolean; streamId: string }
      >;
    };
    webhooks: {
      mutations: {
        createWebhook: FunctionReference<
          "mutation",
          "public",
          { agentSlug: string; organizationId: string },
          { token: string; webhookId: Id<"agentWebhooks"> }
        >;
        deleteWebhook: FunctionReference<
          "mutation",
          "public",
          { webhookId: Id<"agentWebhooks"> },
          null
        >;
        toggleWebhook: FunctionReference<
          "mutation",
          "public",
          { isActive: boolean; webhookId: Id<"agentWebhooks"> },
          null
        >;
      };
      queries: {
        getWebhooks: FunctionReference<
          "query",
          "public",
          { agentSlug: string; organizationId: string },
          any
        >;
      };
    };
  };
  approvals: {
    actions: {
      executeApprovedDocumentWrite: FunctionReference<
        "action",
        "public",
        { approvalId: Id<"approvals"> },
        any
      >;
      executeApprovedIntegrationOperation: FunctionReference<
        "action",
        "public",
        { approvalId: Id<"approvals"> },
        any
      >;
      executeApprovedWorkflowCreation: FunctionReference<
        "action",
        "public",
        { approvalId: Id<"approvals"> },
        any
      >;
      executeApprovedWorkflowRun: FunctionReference<
        "action",
        "public",
        { approvalId: Id<"approvals"> },
        any
      >;
      executeApprovedWorkflowUpdate: FunctionReference<
        "action",
        "public",
        { approvalId: Id<"approvals"> },
        any
      >;
    };
    mutations: {
      removeRecommendedProduct: FunctionReference<
        "mutation",
        "public",
        { approvalId: Id<"approvals">; productId: string },
        null
      >;
      updateApprovalStatus: FunctionReference<
        "mutation",
        "public",
        {
          approvalId: Id<"approvals">;
          comments?: string;
          status: "pending" | "executing" | "completed" | "rejected";
          triggerAgentResponse?: boolean;
        },
        null
      >;
    };
    queries: {
      approxCountApprovalsByStatus: FunctionReference<
        "query",
        "public",
        { organizationId: string; status: "pending" | "resolved" },
        number
      >;
      getApproval: FunctionReference<
        "query",
        "public",
        { approvalId: Id<"approvals"> },
        {
          _creationTime: number;
          _id: string;
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
          wfExecutionId?: string;
        } | null
      >;
      getHumanInputRequestsForThread: FunctionReference<
        "query",
        "public",
        { messageId?: string; threadId: string },
        Array<{
          _creationTime: number;
          _id: string;
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
          wfExecutionId?: string;
        }>
      >;
      getPendingIntegrationApprovalsForThread: FunctionReference<
        "query",
        "public",
        { messageId?: string; threadId: string },
        Array<{
          _creationTime: number;
          _id: string;
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
          wfExecutionId?: string;
        }>
      >;
      getWorkflowCreationApprovalsForThread: FunctionReference<
        "query",
        "public",
        { messageId?: string; threadId: string },
        Array<{
          _creationTime: number;
          _id: string;
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
          wfExecutionId?: string;
        }>
      >;
      listActiveApprovalsByOrganization: FunctionReference<
        "query",
        "public",
        { limit?: number; organizationId: string },
        Array<{
          _creationTime: number;
          _id: string;
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
          wfExecutionId?: string;
        }>
      >;
      listApprovalsByOrganization: FunctionReference<
        "query",
        "public",
        {
          limit?: number;
          organizationId: string;
          resourceType?:
            | "conversations"
            | "integration_operation"
            | "workflow_creation"
            | "workflow_run"
            | "workflow_update"
            | "human_input_request"
            | "document_write"
            | "location_request"
            | "mcp_tool_call"
            | "erasure"
            | Array<
                | "conversations"
                | "integration_operation"
                | "workflow_creation"
                | "workflow_run"
                | "workflow_update"
                | "human_input_request"
                | "document_write"
                | "location_request"
                | "mcp_tool_call"
                | "erasure"
              >;
          search?: string;
          status?: "pending" | "executing" | "completed" | "rejected";
        },
        Array<{
          _creationTime: number;
          _id: string;
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
          wfExecutionId?: string;
        }>
      >;
      listApprovalsPaginated: FunctionReference<
        "query",
        "public",
        {
          excludeStatus?: "pending" | "executing" | "completed" | "rejected";
          organizationId: string;
          paginationOpts: {
            cursor: string | null;
            endCursor?: string | null;
            id?: number;
            maximumBytesRead?: number;
            maximumRowsRead?: number;
            numItems: number;
          };
          resourceType?:
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
          status?: "pending" | "executing" | "completed" | "rejected";
        },
        any
      >;
    };
  };
  artifacts: {
    mutations: {
      userEdit: FunctionReference<
        "mutation",
        "public",
        { artifactId: Id<"artifacts">; content: string },
        { revision: number }
      >;
    };
    queries: {
      getById: FunctionReference<
        "query",
        "public",
        { artifactId: Id<"artifacts"> },
        any
      >;
      listByThread: FunctionReference<
        "query",
        "public",
        { limit?: number; organizationId: string; threadId: string },
        any
      >;
      listRevisions: FunctionReference<
        "query",
        "public",
        { artifactId: Id<"artifacts"> },
        any
      >;
      syncArtifactStream: FunctionReference<
        "query",
        "public",
        {
          artifactId: Id<"artifacts">;
          streamArgs?:
            | { kind: "list"; startOrder?: number }
            | {
                cursors: Array<{ cursor: number; streamId: string }>;
                kind: "deltas";
              };
        },
        any
      >;
    };
  };
  audit_logs: {
    actions: {
      requestExport: FunctionReference<
        "action",
        "public",
        {
          filter?: {
            actorId?: string;
            category?: string;
            endDate?: number;
            resourceType?: string;
            search?: string;
            startDate?: number;
            status?: string;
          };
          format: "csv" | "json";
          organizationId: string;
        },
        { fileName: string; storageId: string; url: string }
      >;
    };
    queries: {
      getActivitySummary: FunctionReference<
        "query",
        "public",
        { endDate?: number; organizationId: string; startDate?: number },
        {
          byCategory: Record<string, number>;
          byResourceType: Record<string, number>;
          deniedCount: number;
          failureCount: number;
          successCount: number;
          topActors: Array<{
            actorEmail?: string;
            actorId: string;
            count: number;
          }>;
          totalActions: number;
        }
      >;
      getResourceAuditTrail: FunctionReference<
        "query",
        "public",
        {
          limit?: number;
          organizationId: string;
          resourceId: string;
          resourceType: string;
        },
        Array<{
          _creationTime: number;
          _id: Id<"auditLogs">;
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
        }>
      >;
      listAuditLogs: FunctionReference<
        "query",
        "public",
        {
          cursor?: string;
          filter?: {
            actorId?: string;
            category?:
              | "auth"
              | "member"
              | "data"
              | "integration"
              | "workflow"
              | "security"
              | "admin"
              | "ai";
            endDate?: number;
            resourceId?: string;
            resourceType?: string;
            search?: string;
            startDate?: number;
            status?: "success" | "failure" | "denied";
          };
          limit?: number;
          organizationId: string;
        },
        {
          logs: Array<{
            _creationTime: number;
            _id: Id<"auditLogs">;
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
          }>;
          nextCursor?: string;
        }
      >;
      listAuditLogsPaginated: FunctionReference<
        "query",
        "public",
        {
          category?: string;
          organizationId: string;
          paginationOpts: {
            cursor: string | null;
            endCursor?: string | null;
            id?: number;
            maximumBytesRead?: number;
            maximumRowsRead?: number;
            numItems: number;
          };
          resourceType?: string;
        },
        any
      >;
    };
    verify_integrity: {
      verifyIntegrity: FunctionReference<
        "query",
        "public",
        { fromTimestamp?: number; maxEntries?: number; organizationId: string },
        {
          checkpointMismatch?: { checkpointId: string; reason: string };
          checkpointsVerified: number;
          firstBrokenAt?: {
            actual: string;
            expected: string;
            logId: string;
            timestamp: number;
          };
          lastVerifiedTimestamp?: number;
          truncated: boolean;
          unsignedScrubCount: number;
          valid: boolean;
          verifiedCount: number;
        }
      >;
    };
  };
  branding: {
    file_actions: {
      deleteImage: FunctionReference<
        "action",
        "public",
        { type: string },
        null
      >;
      readBranding: FunctionReference<
        "action",
        "public",
        {},
        {
          accentColor?: string;
          appName?: string;
          brandColor?: string;
          faviconDarkFilename?: string;
          faviconDarkUrl: string | null;
          faviconLightFilename?: string;
          faviconLightUrl: string | null;
          hash: string;
          logoFilename?: string;
          logoUrl: string | null;
          textLogo?: string;
        }
      >;
      resetBranding: FunctionReference<"action", "public", {}, null>;
      saveBranding: FunctionReference<
        "action",
        "public",
        {
          config: {
            accentColor?: string;
            appName?: string;
            brandColor?: string;
            faviconDarkFilename?: string;
            faviconLightFilename?: string;
            logoFilename?: string;
            textLogo?: string;
          };
        },
        { hash: string }
      >;
      saveImage: FunctionReference<
        "action",
        "public",
        { base64: string; mimeType: string; type: string },
        { filename: string }
      >;
      snapshotToHistory: FunctionReference<
        "action",
        "public",
        {},
        { timestamp: string } | null
      >;
    };
    mutations: {
      clearBrandingBindings: FunctionReference<"mutation", "public", {}, null>;
      upsertBrandingBindings: FunctionReference<
        "mutation",
        "public",
        {
          faviconDarkStorageId?: Id<"_storage"> | null;
          faviconLightStorageId?: Id<"_storage"> | null;
          logoStorageId?: Id<"_storage"> | null;
        },
        null
      >;
    };
  };
  changelog: {
    actions: {
      listReleases: FunctionReference<
        "action",
        "public",
        { from?: string },
        Array<{
          body: string | null;
          htmlUrl: string;
          name: string | null;
          publishedAt: string | null;
          tag: string;
          version: string;
        }>
      >;
    };
  };
  chat_filter_events: {
    queries: {
      listRecent: FunctionReference<
        "query",
        "public",
        {
          filterName?: "pii" | "chat_filter" | "moderation_provider";
          kind?: "detected" | "blocked" | "step_error" | "circuit_open";
          limit?: number;
          organizationId: string;
        },
        any
      >;
    };
  };
  conversations: {
    actions: {
      improveMessage: FunctionReference<
        "action",
        "public",
        { instruction?: string; originalMessage: string },
        { error?: string; improvedMessage: string }
      >;
    };
    mutations: {
      addMessageToConversation: FunctionReference<
        "mutation",
        "public",
        {
          attachment?: {
            contentType?: string;
            filename: string;
            size?: number;
            url: string;
          };
          content: string;
          conversationId: Id<"conversations">;
          externalMessageId?: string;
          isCustomer: boolean;
          organizationId: string;
          sender: string;
          status?: string;
        },
        Id<"conversations">
      >;
      bulkArchiveConversations: FunctionReference<
        "mutation",
        "public",
        { conversationIds: Array<Id<"conversations">> },
        { errors: Array<string>; failedCount: number; successCount: number }
      >;
      bulkCloseConversations: FunctionReference<
        "mutation",
        "public",
        { conversationIds: Array<Id<"conversations">>; resolvedBy?: string },
        { errors: Array<string>; failedCount: number; successCount: number }
      >;
      bulkReopenConversations: FunctionReference<
        "mutation",
        "public",
        { conversationIds: Array<Id<"conversations">> },
        { errors: Array<string>; failedCount: number; successCount: number }
      >;
      bulkSpamConversations: FunctionReference<
        "mutation",
        "public",
        { conversationIds: Array<Id<"conversations">> },
        { errors: Array<string>; failedCount: number; successCount: number }
      >;
      bulkUnarchiveConversations: FunctionReference<
        "mutation",
        "public",
        { conversationIds: Array<Id<"conversations">> },
        { errors: Array<string>; failedCount: number; successCount: number }
      >;
      closeConversation: FunctionReference<
        "mutation",
        "public",
        { conversationId: Id<"conversations">; resolvedBy?: string },
        null
      >;
      deleteConversation: FunctionReference<
        "mutation",
        "public",
        { conversationId: Id<"conversations"> },
        null
      >;
      downloadAttachments: FunctionReference<
        "mutation",
        "public",
        { messageId: Id<"conversationMessages"> },
        null
      >;
      markConversationAsRead: FunctionReference<
        "mutation",
        "public",
        { conversationId: Id<"conversations"> },
        null
      >;
      markConversationAsSpam: FunctionReference<
        "mutation",
        "public",
        { conversationId: Id<"conversations"> },
        null
      >;
      reopenConversation: FunctionReference<
        "mutation",
        "public",
        { conversationId: Id<"conversations"> },
        null
      >;
      sendMessageViaIntegration: FunctionReference<
        "mutation",
        "public",
        {
          attachments?: Array<{
            contentType: string;
            fileName: string;
            size: number;
            storageId: Id<"_storage">;
          }>;
          cc?: Array<string>;
          content: string;
          conversationId: Id<"conversations">;
          html?: string;
          inReplyTo?: string;
          integrationName: string;
          organizationId: string;
          references?: Array<string>;
          subject: string;
          text?: string;
          to: Array<string>;
        },
        Id<"conversationMessages">
      >;
      updateConversation: FunctionReference<
        "mutation",
        "public",
        {
          conversationId: Id<"conversations">;
          metadata?: any;
          priority?: "low" | "medium" | "high" | "urgent";
          status?: "open" | "closed" | "spam" | "archived";
          subject?: string;
          type?: string;
        },
        null
      >;
    };
    queries: {
      approxCountConversationsByStatus: FunctionReference<
        "query",
        "public",
        {
          organizationId: string;
          status: "open" | "closed" | "spam" | "archived";
        },
        number
      >;
      getConversationWithMessages: FunctionReference<
        "query",
        "public",
        { conversationId: Id<"conversations"> },
        {
          _creationTime: number;
          _id: string;
          business_id: string;
          channel?: string;
          created_at: string;
          customer: {
            created_at: string;
            email: string;
            id: string;
            locale?: string;
            name?: string;
            source?: string;
            status: string;
          };
          customerId?: string;
          customer_id: string;
          description: string;
          direction?: "inbound" | "outbound";
          externalMessageId?: string;
          id: string;
          integrationName?: string;
          lastMessageAt?: number;
          last_message_at?: string;
          last_read_at?: string;
          message_count: number;
          messages: Array<{
            attachment?: {
              contentType?: string;
              filename: string;
              size?: number;
              url: string;
            };
            attachments?: Array<{
              contentId?: string;
              contentType: string;
              filename: string;
              id: string;
              size: number;
              storageId?: string;
              url?: string;
            }>;
            content: string;
            id: string;
            isCustomer: boolean;
            sender: string;
            status: "queued" | "sent" | "delivered" | "failed";
            timestamp: string;
          }>;
          metadata?: any;
          organizationId: string;
          pendingApproval?: {
            _creationTime: number;
            _id: string;
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
            wfExecutionId?: string;
          } | null;
          priority?: string;
          resolved_at?: string;
          resolved_by?: string;
          status?: "open" | "closed" | "spam" | "archived";
          subject?: string;
          title: string;
          type?: string;
          unread_count: number;
          updated_at: string;
        } | null
      >;
      listConversations: FunctionReference<
        "query",
        "public",
        { organizationId: string },
        any
      >;
      listConversationsPaginated: FunctionReference<
        "query",
        "public",
        {
          channel?: string;
          organizationId: string;
          paginationOpts: {
            cursor: string | null;
            endCursor?: string | null;
            id?: number;
            maximumBytesRead?: number;
            maximumRowsRead?: number;
            numItems: number;
          };
          priority?: string;
          status?: "open" | "closed" | "spam" | "archived";
        },
        any
      >;
    };
  };
  customers: {
    mutations: {
      bulkCreateCustomers: FunctionReference<
        "mutation",
        "public",
        {
          customers: Array<{
            address?: {
              city?: string;
              country?: string;
              postalCode?: string;
              state?: string;
              street?: string;
            };
            email: string;
            externalId?: string;
            locale?: string;
            metadata?: any;
            name?: string;
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
            status: "active" | "churned" | "potential";
          }>;
          organizationId: string;
        },
        {
          errors: Array<{
            customer: any;
            error: string;
            errorCode: string;
            index: number;
          }>;
          failed: number;
          success: number;
        }
      >;
      deleteCustomer: FunctionReference<
        "mutation",
        "public",
        { customerId: Id<"customers"> },
        null
      >;
      updateCustomer: FunctionReference<
        "mutation",
        "public",
        {
          address?: {
            city?: string;
            country?: string;
            postalCode?: string;
            state?: string;
            street?: string;
          };
          customerId: Id<"customers">;
          email?: string;
          externalId?: string;
          locale?: string;
          metadata?: any;
          name?: string;
          source?:
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
        },
        {
          _creationTime: number;
          _id: string;
          address?: {
            city?: string;
            country?: string;
            postalCode?: string;
            state?: string;
            street?: string;
          };
          email?: string;
          externalId?: string | number;
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
        } | null
      >;
    };
    queries: {
      approxCountCustomers: FunctionReference<
        "query",
        "public",
        { organizationId: string },
        number
      >;
      listCustomers: FunctionReference<
        "query",
        "public",
        { organizationId: string },
        Array<{
          _creationTime: number;
          _id: string;
          address?: {
            city?: string;
            country?: string;
            postalCode?: string;
            state?: string;
            street?: string;
          };
          email?: string;
          externalId?: string | number;
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
        }>
      >;
      listCustomersPaginated: FunctionReference<
        "query",
        "public",
        {
          locale?: string;
          organizationId: string;
          paginationOpts: {
            cursor: string | null;
            endCursor?: string | null;
            id?: number;
            maximumBytesRead?: number;
            maximumRowsRead?: number;
            numItems: number;
          };
          source?: string;
          status?: string;
        },
        any
      >;
    };
  };
  documents: {
    actions: {
      retryRagIndexing: FunctionReference<
        "action",
        "public",
        { documentId: Id<"documents"> },
        { error?: string; success: boolean }
      >;
    };
    compare_documents: {
      compareDocuments: FunctionReference<
        "action",
        "public",
        {
          baseFileName: string;
          baseStorageId: string;
          comparisonFileName: string;
          comparisonStorageId: string;
          organizationId: string;
        },
        any
      >;
    };
    mutations: {
      createDocumentFromUpload: FunctionReference<
        "mutation",
        "public",
        {
          contentHash?: string;
          contentType?: string;
          fileId: Id<"_storage">;
          fileName: string;
          fileSize?: number;
          folderId?: Id<"folders">;
          metadata?: any;
          organizationId: string;
          teamId?: string;
        },
        { documentId: Id<"documents">; success: boolean }
      >;
      deleteDocument: FunctionReference<
        "mutation",
        "public",
        { documentId: Id<"documents"> },
        null
      >;
      updateDocument: FunctionReference<
        "mutation",
        "public",
        {
          content?: string;
          documentId: Id<"documents">;
          extension?: string;
          externalItemId?: string;
          fileId?: Id<"_storage">;
          metadata?: any;
          mimeType?: string;
          sourceProvider?: string;
          teamIds?: Array<string>;
          title?: string;
        },
        any
      >;
    };
    queries: {
      approxCountDocuments: FunctionReference<
        "query",
        "public",
        { organizationId: string },
        number
      >;
      listDocuments: FunctionReference<
        "query",
        "public",
        { organizationId: string },
        any
      >;
      listDocumentsPaginated: FunctionReference<
        "query",
        "public",
        {
          extension?: string;
          folderId?: Id<"folders">;
          organizationId: string;
          paginationOpts: {
            cursor: string | null;
            endCursor?: string | null;
            id?: number;
            maximumBytesRead?: number;
            maximumRowsRead?: number;
            numItems: number;
          };
          sourceProvider?: string;
        },
        any
      >;
    };
  };
  feedback: {
    mutations: {
      deleteFeedback: FunctionReference<
        "mutation",
        "public",
        { messageId: string; organizationId: string },
        null
      >;
      submitFeedback: FunctionReference<
        "mutation",
        "public",
        {
          comment?: string;
          messageId: string;
          metadata?: {
            arenaVerdict?: string;
            modelA?: string;
            modelB?: string;
          };
          organizationId: string;
          rating: "positive" | "negative";
          threadId: string;
        },
        Id<"messageFeedback">
      >;
    };
    queries: {
      getFeedbackStats: FunctionReference<
        "query",
        "public",
        {
          agentSlug?: string;
          model?: string;
          organizationId: string;
          periodDays?: 1 | 7 | 30 | 90;
          provider?: string;
        },
        any
      >;
      getMessageFeedback: FunctionReference<
        "query",
        "public",
        { messageId: string },
        any
      >;
      listRecentFeedback: FunctionReference<
        "query",
        "public",
        {
          agentSlug?: string;
          kind?: "all" | "message" | "arena";
          model?: string;
          organizationId: string;
          paginationOpts: {
            cursor: string | null;
            endCursor?: string | null;
            id?: number;
            maximumBytesRead?: number;
            maximumRowsRead?: number;
            numItems: number;
          };
          periodDays?: 1 | 7 | 30 | 90;
          provider?: string;
          withCommentOnly?: boolean;
        },
        any
      >;
    };
  };
  file_metadata: {
    actions: {
      checkFileRagStatuses: FunctionReference<
        "action",
        "public",
        { storageIds: Array<Id<"_storage">> },
        null
      >;
    };
    mutations: {
      retryTranscription: FunctionReference<
        "mutation",
        "public",
        { organizationId: string; storageId: Id<"_storage"> },
        any
      >;
      saveFileMetadata: FunctionReference<
        "mutation",
        "public",
        {
          contentType: string;
          documentId?: Id<"documents">;
          fileName: string;
          organizationId: string;
          size: number;
          source?: "user" | "agent";
          storageId: Id<"_storage">;
          threadId?: string;
        },
        any
      >;
      skipTranscription: FunctionReference<
        "mutation",
        "public",
        { organizationId: string; storageId: Id<"_storage"> },
        any
      >;
    };
    queries: {
      getByDocumentId: FunctionReference<
        "query",
        "public",
        { documentId: Id<"documents">; organizationId: string },
        {
          ocrApplied?: boolean;
          pageCount?: number;
          scannedPagesDetected?: number;
          visionRequired?: boolean;
        } | null
      >;
      getByStorageIds: FunctionReference<
        "query",
        "public",
        { storageIds: Array<Id<"_storage">> },
        Array<{
          _creationTime: number;
          contentType: string;
          documentId?: Id<"documents">;
          fileName: string;
          pageCount?: number;
          ragError?: string;
          ragProgress?: string;
          ragStatus?: "queued" | "running" | "completed" | "failed";
          scannedPagesDetected?: number;
          size: number;
          storageId: Id<"_storage">;
          transcript?: string;
          transcriptRagError?: string;
          transcriptRagStatus?: "queued" | "running" | "completed" | "failed";
          transcriptionDurationSec?: number;
          transcriptionError?: string;
          transcriptionProgress?: string;
          transcriptionStatus?:
            "queued" | "running" | "completed" | "failed" | "skipped";
          visionRequired?: boolean;
        }>
      >;
      getUserStorageUsage: FunctionReference<
        "query",
        "public",
        { organizationId: string },
        { totalBytes: number }
      >;
    };
  };
  files: {
    mutations: {
      generateUploadUrl: FunctionReference<"mutation", "public", {}, string>;
    };
    queries: {
      getFileUrl: FunctionReference<
        "query",
        "public",
        { fileId: Id<"_storage"> },
        string | null
      >;
      getFileUrls: FunctionReference<
        "query",
        "public",
        { fileIds: Array<Id<"_storage">> },
        Array<{ fileId: Id<"_storage">; url: string | null }>
      >;
    };
  };
  folders: {
    mutations: {
      createFolder: FunctionReference<
        "mutation",
        "public",
        {
          name: string;
          organizationId: string;
          parentId?: Id<"folders">;
          teamId?: string;
        },
        Id<"folders">
      >;
      deleteFolder: FunctionReference<
        "mutation",
        "public",
        { folderId: Id<"folders"> },
        null
      >;
      renameFolder: FunctionReference<
        "mutation",
        "public",
        { folderId: Id<"folders">; name: string },
        null
      >;
      updateFolderTeams: FunctionReference<
        "mutation",
        "public",
        { folderId: Id<"folders">; teamIds: Array<string> },
        null
      >;
    };
    queries: {
      getFolder: FunctionReference<
        "query",
        "public",
        { folderId: Id<"folders"> },
        any
      >;
      getFolderBreadcrumb: FunctionReference<
        "query",
        "public",
        { folderId: Id<"folders"> },
        any
      >;
      listFolders: FunctionReference<
        "query",
        "public",
        { organizationId: string; parentId?: Id<"folders"> },
        any
      >;
    };
  };
  governance: {
    default_model_query: {
      getMyDefaultModel: FunctionReference<
        "query",
        "public",
        { organizationId: string },
        { modelId: string; providerName: string } | null
      >;
    };
    dsar_policy: {
      cancelPendingDsarPolicyChange: FunctionReference<
        "mutation",
        "public",
        { organizationId: string },
        null
      >;
      getDsarPolicyForUi: FunctionReference<
        "query",
        "public",
        { organizationId: string },
        {
          callerIsOwner: boolean;
          config: {
            coolingOffHours: number;
            dailyLimitPerAdmin: number;
            requireDualApproval: boolean;
          };
          pending: {
            config: {
              coolingOffHours: number;
              dailyLimitPerAdmin: number;
              requireDualApproval: boolean;
            };
            effectiveAt: number;
            proposedAt: number;
            proposedBy: string;
            proposedByEmail?: string;
            proposedByName?: string;
          } | null;
        }
      >;
      proposeDsarPolicy: FunctionReference<
        "mutation",
        "public",
        {
          config: {
            coolingOffHours: number;
            dailyLimitPerAdmin: number;
            requireDualApproval: boolean;
          };
          organizationId: string;
        },
        { applied: boolean; effectiveAt?: number }
      >;
    };
    erasure: {
      cancelErasureRequest: FunctionReference<
        "mutation",
        "public",
        { cancellationReason: string; requestId: Id<"gdprErasureRequests"> },
        null
      >;
      extendErasureDeadline: FunctionReference<
        "mutation",
        "public",
        {
          extensionReason: string;
          extraDays: number;
          requestId: Id<"gdprErasureRequests">;
        },
        { extensionDeadlineAt: number }
      >;
      requestErasure: FunctionReference<
        "mutation",
        "public",
        {
          organizationId: string;
          reason: string;
          reasonCode:
            | "consent_withdrawn"
            | "no_longer_necessary"
            | "unlawful_processing"
            | "legal_obligation"
            | "objection"
            | "child"
            | "contract_termination";
          userId: string;
        },
        { requestId: Id<"gdprErasureRequests">; threadsTargeted: number }
      >;
      retryErasureRequest: FunctionReference<
        "mutation",
        "public",
        { requestId: Id<"gdprErasureRequests"> },
        null
      >;
    };
    erasure_queries: {
      getErasureRequest: FunctionReference<
        "query",
        "public",
        { requestId: Id<"gdprErasureRequests"> },
        {
          auditEntries: Array<{
            _creationTime: number;
            _id: Id<"auditLogs">;
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
          }>;
          request: {
            _id: Id<"gdprErasureRequests">;
            cancellationReason?: string;
            cancelledAt?: number;
            cancelledBy?: string;
            cancelledByName?: string;
            completedAt?: number;
            documentsBlockedByHold?: Array<string>;
            documentsErased?: number;
            documentsSkippedByHold?: number;
            effectiveAt?: number;
            errorMessage?: string;
            extensionDeadlineAt?: number;
            extensionGrantedAt?: number;
            extensionGrantedBy?: string;
            extensionGrantedByName?: string;
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
            requestedByName: string;
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
            targetUserName: string;
            threadsBlockedByHold?: Array<string>;
            threadsErased?: number;
            threadsSkippedByHold?: number;
            threadsTargeted?: Array<string>;
            wfExecutionsErased?: number;
          };
        }
      >;
      listErasureRequests: FunctionReference<
        "query",
        "public",
        {
          organizationId: string;
          paginationOpts: {
            cursor: string | null;
            endCursor?: string | null;
            id?: number;
            maximumBytesRead?: number;
            maximumRowsRead?: number;
            numItems: number;
          };
          statuses?: Array<
            | "pending"
            | "running"
            | "done"
            | "partial"
            | "failed"
            | "blocked"
            | "cancelled"
          >;
        },
        any
      >;
    };
    legal_hold: {
      approveLegalHoldRelease: FunctionReference<
        "mutation",
        "public",
        { organizationId: string; requestId: Id<"legalHoldReleaseRequests"> },
        null
      >;
      bulkPlaceLegalHold: FunctionReference<
        "mutation",
        "public",
        {
          holds: Array<{
            matterRef?: string;
            reason: string;
            targetId: string;
            targetType: "userMembership" | "org";
          }>;
          organizationId: string;
        },
        {
          placed: number;
          skipped: Array<{
            reason: string;
            targetId: string;
            targetType: string;
          }>;
        }
      >;
      closeLegalMatter: FunctionReference<
        "mutation",
        "public",
        { matterId: Id<"legalMatters">; releaseReason?: string },
        { releaseRequestsFiled: number }
      >;
      placeLegalHold: FunctionReference<
        "mutation",
        "public",
        {
          matterRef?: string;
          organizationId: string;
          reason: string;
          targetId: string;
          targetType: "userMembership" | "org";
        },
        Id<"legalHolds">
      >;
      rejectLegalHoldRelease: FunctionReference<
        "mutation",
        "public",
        {
          organizationId: string;
          reason: string;
          requestId: Id<"legalHoldReleaseRequests">;
        },
        null
      >;
      requestLegalHoldRelease: FunctionReference<
        "mutation",
        "public",
        { holdId: Id<"legalHolds">; organizationId: string; reason: string },
        Id<"legalHoldReleaseRequests">
      >;
      upsertLegalMatter: FunctionReference<
        "mutation",
        "public",
        {
          caseNumber?: string;
          description?: string;
          matterId?: Id<"legalMatters">;
          name: string;
          organizationId: string;
        },
        Id<"legalMatters">
      >;
    };
    legal_hold_queries: {
      getLegalHoldByTarget: FunctionReference<
        "query",
        "public",
        {
          organizationId: string;
          targetId: string;
          targetType:
            "thread" | "document" | "execution" | "userMembership" | "org";
        },
        null | {
          _id: Id<"legalHolds">;
          effectiveAt?: number;
          hasApprovedRelease: boolean;
          hasPendingRelease: boolean;
          matterName?: string;
          matterRef?: string;
          placedAt: number;
          placedBy?: string;
          placedByName?: string;
          reason?: string;
          targetId: string;
          targetType:
            "thread" | "document" | "execution" | "userMembership" | "org";
          via: "direct" | "user_custodian" | "org";
          view: "admin" | "member";
        }
      >;
      listActiveHoldTargetIds: FunctionReference<
        "query",
        "public",
        {
          organizationId: string;
          targetType:
            "thread" | "document" | "execution" | "userMembership" | "org";
        },
        { orgHeld: boolean; targetIds: Array<string> }
      >;
      listLegalHoldReleaseRequests: FunctionReference<
        "query",
        "public",
        {
          organizationId: string;
          status: "pending" | "approved" | "rejected" | "effected";
        },
        Array<{
          _id: Id<"legalHoldReleaseRequests">;
          approvedAt?: number;
          approvedBy?: string;
          approvedByName?: string;
          effectiveAt?: number;
          holdId: Id<"legalHolds">;
          organizationId: string;
          reason: string;
          rejectReason?: string;
          rejectedAt?: number;
          rejectedBy?: string;
          rejectedByName?: string;
          requestedAt: number;
          requestedBy: string;
          requestedByName: string;
          status: "pending" | "approved" | "rejected" | "effected";
          targetId?: string;
          targetType?:
            "thread" | "document" | "execution" | "userMembership" | "org";
        }>
      >;
      listLegalHoldReleaseRequestsPaginated: FunctionReference<
        "query",
        "public",
        {
          organizationId: string;
          paginationOpts: {
            cursor: string | null;
            endCursor?: string | null;
            id?: number;
            maximumBytesRead?: number;
            maximumRowsRead?: number;
            numItems: number;
          };
          status: "pending" | "approved" | "rejected" | "effected";
        },
        any
      >;
      listLegalHolds: FunctionReference<
        "query",
        "public",
        {
          organizationId: string;
          status?: "active" | "released" | "all";
          targetType?:
            "thread" | "document" | "execution" | "userMembership" | "org";
        },
        Array<{
          _id: Id<"legalHolds">;
          matterName?: string;
          matterRef?: string;
          organizationId: string;
          placedAt: number;
          placedBy: string;
          placedByName: string;
          reason: string;
          releaseReason?: string;
          releasedAt?: number;
          releasedBy?: string;
          releasedByName?: string;
          targetId: string;
          targetLabel: string;
          targetType:
            "thread" | "document" | "execution" | "userMembership" | "org";
        }>
      >;
      listLegalMatters: FunctionReference<
        "query",
        "public",
        { organizationId: string; status?: "open" | "closed" | "all" },
        Array<{
          _id: Id<"legalMatters">;
          caseNumber?: string;
          closedAt?: number;
          closedBy?: string;
          closedByName?: string;
          createdAt: number;
          createdBy: string;
          createdByName: string;
          description?: string;
          linkedActiveHolds: number;
          name: string;
          organizationId: string;
          status: "open" | "closed";
        }>
      >;
      listOrgMembersForPicker: FunctionReference<
        "query",
        "public",
        { organizationId: string },
        Array<{
          displayName: string;
          email: string;
          role: string;
          userId: string;
        }>
      >;
    };
    moderation_provider: {
      secrets: {
        hasModerationSecret: FunctionReference<
          "action",
          "public",
          { organizationId: string },
          string | null
        >;
        saveModerationSecret: FunctionReference<
          "action",
          "public",
          { authHeader: string; organizationId: string },
          null
        >;
      };
      test_action: {
        testModerationProvider: FunctionReference<
          "action",
          "public",
          {
            direction?: "input" | "output";
            orgSlug: string;
            organizationId: string;
            text: string;
          },
          {
            categoryIds?: Array<string>;
            circuitOpened?: boolean;
            durationMs?: number;
            errorClass?:
              | "timeout"
              | "network"
              | "parse"
              | "http_4xx"
              | "http_5xx"
              | "config"
              | "unknown";
            hint?: string;
            httpStatus?: number;
            kind:
              | "pass"
              | "modified"
              | "flagged"
              | "blocked"
              | "step_error"
              | "not_configured";
            matchCount?: number;
            ok: boolean;
          }
        >;
      };
    };
    mutations: {
      cancelPendingRetentionChange: FunctionReference<
        "mutation",
        "public",
        {
          organizationId: string;
          pendingId: Id<"retentionPolicyPendingChanges">;
        },
        null
      >;
      upsertPolicy: FunctionReference<
        "mutation",
        "public",
        {
          config: any;
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
        },
        Id<"governancePolicies">
      >;
    };
    policy_acknowledgements: {
      acknowledgePolicy: FunctionReference<
        "mutation",
        "public",
        { organizationId: string; policyType: "data_classification_notice" },
        Id<"policyAcknowledgements">
      >;
      getPolicyAcknowledgement: FunctionReference<
        "query",
        "public",
        { organizationId: string; policyType: "data_classification_notice" },
        any
      >;
    };
    precheck: {
      precheckInput: FunctionReference<
        "action",
        "public",
        { organizationId: string; text: string },
        {
          blocked: boolean;
          categoryIds?: Array<string>;
          categoryLabels?: Array<string>;
          code?: "pii.blocked" | "chat_filter.blocked";
          maskedText?: string;
        }
      >;
    };
    queries: {
      getAccessibleModelsForUser: FunctionReference<
        "query",
        "public",
        { modelIds: Array<string>; organizationId: string },
        Array<string>
      >;
      getMyBudgetStatus: FunctionReference<
        "query",
        "public",
        { organizationId: string; selectedTeamId?: string | null },
        any
      >;
      getMyFeatureFlags: FunctionReference<
        "query",
        "public",
        { organizationId: string },
        any
      >;
      getOrgUsageMetrics: FunctionReference<
        "query",
        "public",
        {
          agentSlug?: string;
          granularity: "daily" | "weekly" | "monthly";
          model?: string;
          organizationId: string;
          periodDays: 7 | 30 | 90;
          provider?: string;
        },
        any
      >;
      getPendingRetentionChange: FunctionReference<
        "query",
        "public",
        { organizationId: string },
        any
      >;
      getPolicy: FunctionReference<
        "query",
        "public",
        {
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
        },
        any
      >;
      getUsageSummary: FunctionReference<
        "query",
        "public",
        { organizationId: string; periodKey?: string },
        any
      >;
      listPolicies: FunctionReference<
        "query",
        "public",
        { organizationId: string },
        any
      >;
      listTrashedRows: FunctionReference<
        "query",
        "public",
        {
          cursor?: { id: string; ts: number } | null;
          limit?: number;
          organizationId: string;
          resourceTypes?: Array<
            | "thread"
            | "document"
            | "fileMetadata"
            | "promptTemplate"
            | "messageFeedback"
            | "customer"
            | "vendor"
            | "externalConversation"
            | "workflowExecution"
            | "usageLedger"
            | "auditLog"
            | "chatFilterEvent"
            | "memoryAudit"
          >;
        },
        {
          nextCursor: { id: string; ts: number } | null;
          rows: Array<{
            createdAt: number;
            displayName: string | null;
            id: string;
            ownerId: string | null;
            ownerName: string | null;
            resourceType:
              | "thread"
              | "document"
              | "fileMetadata"
              | "promptTemplate"
              | "messageFeedback"
              | "customer"
              | "vendor"
              | "externalConversation"
              | "workflowExecution"
              | "usageLedger"
              | "auditLog"
              | "chatFilterEvent"
              | "memoryAudit";
            status: "trashed" | "expired";
            statusChangedAt: number | null;
          }>;
        }
      >;
    };
    restore: {
      restoreSoftDeletedRow: FunctionReference<
        "mutation",
        "public",
        {
          organizationId: string;
          resourceType:
            | "thread"
            | "document"
            | "fileMetadata"
            | "promptTemplate"
            | "messageFeedback"
            | "customer"
            | "vendor"
            | "externalConversation"
            | "workflowExecution"
            | "usageLedger"
            | "auditLog"
            | "chatFilterEvent"
            | "memoryAudit";
          rowId: string;
        },
        null
      >;
    };
    retention_actions: {
      getRetentionBoundsAction: FunctionReference<
        "action",
        "public",
        { organizationId: string },
        {
          bounds: Array<{
            category: string;
            default: number;
            defaultEnv: {
              applied: boolean;
              envName: string;
              source: "metadata" | "none";
            };
            max: number;
            maxEnv: {
              applied: boolean;
              envName: string;
              source: "metadata" | "none";
            };
            metadata?: {
              help?: string;
              hidden?: boolean;
              label?: string;
              order?: number;
            };
            min: number;
            minEnv: {
              applied: boolean;
              envName: string;
              source: "metadata" | "none";
            };
            source: "file" | "env";
            unit: "days" | "hours";
          }>;
          retentionDisabled: boolean;
        }
      >;
      upsertRetentionPolicyAction: FunctionReference<
        "action",
        "public",
        { config: any; organizationId: string },
        Id<"governancePolicies">
      >;
    };
    retention_bounds_proposal: {
      applyBoundsProposal: FunctionReference<
        "action",
        "public",
        { organizationId: string; proposedHash: string },
        Id<"retentionAppliedBounds">
      >;
      getPendingBoundsProposal: FunctionReference<
        "action",
        "public",
        { organizationId: string },
        null | {
          appliedBounds: null | Record<string, { max: number; min: number }>;
          diff: Array<{
            category: string;
            direction: "tighten" | "loosen";
            field: "min" | "max";
            from: number;
            to: number;
          }>;
          firstApply: boolean;
          impactPreview: Array<{
            category: string;
            current: number;
            field: string;
            willClampTo: number;
          }>;
          proposedBounds: Record<string, { max: number; min: number }>;
          proposedHash: string;
        }
      >;
      rejectBoundsProposal: FunctionReference<
        "action",
        "public",
        { organizationId: string; proposedHash: string },
        null
      >;
    };
    retention_runs: {
      getRetentionRunStatus: FunctionReference<
        "query",
        "public",
        { organizationId: string },
        any
      >;
    };
  };
  integrations: {
    actions: {
      generateOAuth2Url: FunctionReference<
        "action",
        "public",
        { credentialId: Id<"integrationCredentials">; organizationId: string },
        string
      >;
      saveCredentials: FunctionReference<
        "action",
        "public",
        {
          apiKeyAuth?: { key: string; keyPrefix?: string };
          authMethod?: "api_key" | "bearer_token" | "basic_auth" | "oauth2";
          basicAuth?: { password: string; username: string };
          capabilities?: {
            canPush?: boolean;
            canSync?: boolean;
            canWebhook?: boolean;
            syncFrequency?: string;
          };
          connectionConfig?: any;
          credentialId: Id<"integrationCredentials">;
          iconStorageId?: Id<"_storage">;
          isActive?: boolean;
          metadata?: any;
          oauth2Auth?: {
            accessToken: string;
            refreshToken?: string;
            scopes?: Array<string>;
            tokenExpiry?: number;
          };
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
          status?: "active" | "inactive" | "error" | "testing";
        },
        null
      >;
      saveOAuth2ClientCredentials: FunctionReference<
        "action",
        "public",
        {
          authorizationUrl: string;
          clientId: string;
          clientSecret: string;
          credentialId: Id<"integrationCredentials">;
          scopes?: Array<string>;
          tokenUrl: string;
        },
        null
      >;
      testConnection: FunctionReference<
        "action",
        "public",
        {
          apiKeyAuth?: { key: string; keyPrefix?: string };
          basicAuth?: { password: string; username: string };
          connectionConfig?: any;
          credentialId: Id<"integrationCredentials">;
          oauth2Auth?: {
            accessToken: string;
            refreshToken?: string;
            scopes?: Array<string>;
            tokenExpiry?: number;
          };
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
        },
        { message: string; success: boolean }
      >;
    };
    credential_mutations: {
      deleteCredentials: FunctionReference<
        "mutation",
        "public",
        { credentialId: Id<"integrationCredentials"> },
        null
      >;
      updateCredentials: FunctionReference<
        "mutation",
        "public",
        {
          apiKeyAuth?: { keyEncrypted: string; keyPrefix?: string };
          authMethod?: "api_key" | "bearer_token" | "basic_auth" | "oauth2";
          basicAuth?: { passwordEncrypted: string; username: string };
          capabilities?: {
            canPush?: boolean;
            canSync?: boolean;
            canWebhook?: boolean;
            syncFrequency?: string;
          };
          connectionConfig?: any;
          credentialId: Id<"integrationCredentials">;
          errorMessage?: string;
          iconStorageId?: Id<"_storage">;
          isActive?: boolean;
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
          status?: "active" | "inactive" | "error" | "testing";
          supportedAuthMethods?: Array<
            "api_key" | "bearer_token" | "basic_auth" | "oauth2"
          >;
        },
        null
      >;
    };
    credential_queries: {
      getBySlug: FunctionReference<
        "query",
        "public",
        { organizationId: string; slug: string },
        any
      >;
      list: FunctionReference<
        "query",
        "public",
        { organizationId: string },
        any
      >;
    };
    file_actions: {
      installIntegration: FunctionReference<
        "action",
        "public",
        { orgSlug: string; organizationId: string; slug: string },
        { credentialId: Id<"integrationCredentials">; hash: string }
      >;
      listIntegrations: FunctionReference<
        "action",
        "public",
        {
          filter?: "installed" | "templates" | "all";
          orgSlug: string;
          organizationId?: string;
        },
        any
      >;
      readIntegration: FunctionReference<
        "action",
        "public",
        { orgSlug: string; slug: string },
        any
      >;
      saveIntegrationConfig: FunctionReference<
        "action",
        "public",
        { config: any; expectedHash?: string; orgSlug: string; slug: string },
        { hash: string }
      >;
      uninstallIntegration: FunctionReference<
        "action",
        "public",
        { orgSlug: string; organizationId: string; slug: string },
        { deleted: boolean }
      >;
      writeIntegrationFiles: FunctionReference<
        "action",
        "public",
        { config: any; connectorCode?: string; orgSlug: string; slug: string },
        { hash: string }
      >;
    };
    mutations: {
      deleteIntegration: FunctionReference<
        "mutation",
        "public",
        { integrationId: Id<"integrations"> },
        null
      >;
      updateIcon: FunctionReference<
        "mutation",
        "public",
        { iconStorageId?: Id<"_storage">; integrationId: Id<"integrations"> },
        null
      >;
    };
    queries: {
      get: FunctionReference<
        "query",
        "public",
        { integrationId: Id<"integrations"> },
        {
          _creationTime: number;
          _id: string;
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
          iconUrl?: string | null;
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
        } | null
      >;
      getByName: FunctionReference<
        "query",
        "public",
        { name: string; organizationId: string },
        {
          _creationTime: number;
          _id: string;
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
          iconUrl?: string | null;
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
        } | null
      >;
      list: FunctionReference<
        "query",
        "public",
        { name?: string; organizationId: string },
        Array<{
          _creationTime: number;
          _id: string;
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
          iconUrl?: string | null;
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
        }>
      >;
      listRelatedAutomations: FunctionReference<
        "query",
        "public",
        { integrationName: string; organizationId: string },
        any
      >;
    };
  };
  login_attempts: {
    queries: {
      listBlockCounters: FunctionReference<
        "query",
        "public",
        { limit?: number; organizationId: string },
        Array<{
          _id: Id<"loginBlockCounters">;
          email: string;
          ipLimitCount: number;
          lastIp?: string;
          lockoutCount: number;
          updatedAt: number;
          windowStart: number;
        }>
      >;
    };
  };
  mcp_servers: {
    actions: {
      executeMcpTool: FunctionReference<
        "action",
        "public",
        { serverId: Id<"mcpServers">; toolArgs?: any; toolName: string },
        any
      >;
      testConnection: FunctionReference<
        "action",
        "public",
        { id: Id<"mcpServers"> },
        any
      >;
    };
    public_mutations: {
      create: FunctionReference<
        "action",
        "public",
        {
          apiKey?: string;
          args?: Array<string>;
          authType: "none" | "api_key" | "oauth2";
          command?: string;
          description?: string;
          displayName: string;
          env?: any;
          name: string;
          oauth2Config?: {
            authorizationUrl?: string;
            clientId: string;
            clientSecret: string;
            grantType: "client_credentials" | "authorization_code";
            scopes?: Array<string>;
            tokenUrl: string;
          };
          organizationId: string;
          transportType: "stdio" | "sse" | "streamable_http";
          url?: string;
        },
        any
      >;
      remove: FunctionReference<
        "action",
        "public",
        { id: Id<"mcpServers"> },
        any
      >;
      update: FunctionReference<
        "action",
        "public",
        {
          apiKey?: string;
          args?: Array<string>;
          authType?: "none" | "api_key" | "oauth2";
          command?: string;
          description?: string;
          displayName?: string;
          env?: any;
          id: Id<"mcpServers">;
          name?: string;
          oauth2Config?: {
            authorizationUrl?: string;
            clientId: string;
            clientSecret: string;
            grantType: "client_credentials" | "authorization_code";
            scopes?: Array<string>;
            tokenUrl: string;
          };
          transportType?: "stdio" | "sse" | "streamable_http";
          url?: string;
        },
        any
      >;
      updateStatus: FunctionReference<
        "action",
        "public",
        { id: Id<"mcpServers">; status: "active" | "inactive" },
        any
      >;
    };
    queries: {
      getById: FunctionReference<
        "query",
        "public",
        { id: Id<"mcpServers"> },
        any
      >;
      list: FunctionReference<
        "query",
        "public",
        { organizationId: string },
        any
      >;
    };
  };
  members: {
    mutations: {
      addMember: FunctionReference<
        "mutation",
        "public",
        {
          organizationId: string;
          role?:
            "owner" | "disabled" | "member" | "editor" | "developer" | "admin";
          userId: string;
        },
        string
      >;
      removeMember: FunctionReference<
        "mutation",
        "public",
        { memberId: string },
        null
      >;
      transferOwnership: FunctionReference<
        "mutation",
        "public",
        { targetMemberId: string },
        null
      >;
      updateMemberDisplayName: FunctionReference<
        "mutation",
        "public",
        { displayName: string; memberId: string },
        null
      >;
      updateMemberRole: FunctionReference<
        "mutation",
        "public",
        {
          memberId: string;
          role:
            "owner" | "disabled" | "member" | "editor" | "developer" | "admin";
        },
        null
      >;
    };
    queries: {
      approxCountMyTeams: FunctionReference<
        "query",
        "public",
        { organizationId: string },
        number
      >;
      getCurrentMemberContext: FunctionReference<
        "query",
        "public",
        { organizationId: string },
        | {
            createdAt: number;
            displayName?: string;
            isAdmin: boolean;
            memberId: string;
            organizationId: string;
            role:
              | "owner"
              | "disabled"
              | "member"
              | "editor"
              | "developer"
              | "admin";
            status: "ok";
            userId: string;
          }
        | { status: "not_found" }
        | { status: "not_member" }
        | null
      >;
      getMyTeams: FunctionReference<
        "query",
        "public",
        { organizationId: string },
        Array<{
          createdAt: number | null;
          id: string;
          memberCount: number;
          name: string;
        }>
      >;
      getUserIdByEmail: FunctionReference<
        "query",
        "public",
        { email: string },
        string | null
      >;
      getUserOrganizationsList: FunctionReference<
        "query",
        "public",
        {},
        Array<{
          organizationId: string;
          role:
            "owner" | "disabled" | "member" | "editor" | "developer" | "admin";
        }>
      >;
      getUserOrganizationsWithDetails: FunctionReference<
        "query",
        "public",
        {},
        Array<{
          name: string;
          organizationId: string;
          role:
            "owner" | "disabled" | "member" | "editor" | "developer" | "admin";
          slug?: string;
        }>
      >;
      listByOrganization: FunctionReference<
        "query",
        "public",
        { organizationId: string },
        Array<{
          _id: string;
          createdAt: number;
          displayName?: string;
          email?: string;
          organizationId: string;
          role:
            "owner" | "disabled" | "member" | "editor" | "developer" | "admin";
          twoFactorEnabled: boolean;
          userId: string;
        }>
      >;
      listOrgTeams: FunctionReference<
        "query",
        "public",
        { organizationId: string },
        Array<{
          createdAt: number | null;
          id: string;
          memberCount: number;
          name: string;
        }>
      >;
    };
  };
  message_metadata: {
    queries: {
      getMessageMetadata: FunctionReference<
        "query",
        "public",
        { messageId: string; threadId?: string },
        {
          _creationTime: number;
          _id: Id<"messageMetadata">;
          agentSlug?: string;
          blockedReason?: {
            categoryIds: Array<string>;
            code:
              | "pii.blocked"
              | "chat_filter.blocked"
              | "moderation_provider.blocked";
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
        } | null
      >;
    };
  };
  notifications: {
    mutations: {
      markAllRead: FunctionReference<
        "mutation",
        "public",
        { organizationId: string },
        null
      >;
      markRead: FunctionReference<
        "mutation",
        "public",
        { notificationId: Id<"notifications"> },
        null
      >;
    };
    queries: {
      list: FunctionReference<
        "query",
        "public",
        {
          filter?: "all" | "unread";
          organizationId: string;
          paginationOpts: {
            cursor: string | null;
            endCursor?: string | null;
            id?: number;
            maximumBytesRead?: number;
            maximumRowsRead?: number;
            numItems: number;
          };
        },
        {
          continueCursor: string;
          isDone: boolean;
          page: Array<{
            _creationTime: number;
            _id: Id<"notifications">;
            bodyKey: string;
            category: "security" | "system";
            createdAt: number;
            organizationId: string;
            params?: any;
            read: boolean;
            readBy: Array<string>;
            severity: "info" | "warning" | "critical";
            titleKey: string;
          }>;
        }
      >;
      unreadCount: FunctionReference<
        "query",
        "public",
        { organizationId: string },
        number
      >;
    };
  };
  onedrive: {
    actions: {
      importFiles: FunctionReference<
        "action",
        "public",
        {
          importType: "one-time" | "sync";
          items: Array<{
            driveId?: string;
            id: string;
            isDirectlySelected?: boolean;
            name: string;
            relativePath?: string;
            selectedParentId?: string;
            selectedParentName?: string;
            selectedParentPath?: string;
            siteId?: string;
            size: number;
            sourceType?: "onedrive" | "sharepoint";
          }>;
          organizationId: string;
          teamId?: string;
        },
        {
          error?: string;
          failedCount: number;
          results: Array<{
            documentId?: Id<"documents">;
            error?: string;
            fileId: string;
            fileName: string;
            status: "success" | "skipped" | "error";
          }>;
          skippedCount: number;
          success: boolean;
          successCount: number;
          totalFiles: number;
        }
      >;
      listFiles: FunctionReference<
        "action",
        "public",
        { folderId?: string; search?: string },
        {
          error?: string;
          items?: Array<{
            childCount?: number;
            id: string;
            isFolder: boolean;
            lastModified?: number;
            mimeType?: string;
            name: string;
            size: number;
            webUrl?: string;
          }>;
          success: boolean;
        }
      >;
      listSharePointDrives: FunctionReference<
        "action",
        "public",
        { siteId: string },
        {
          drives?: Array<{
            description?: string;
            driveType: string;
            id: string;
            name: string;
            webUrl?: string;
          }>;
          error?: string;
          success: boolean;
        }
      >;
      listSharePointFiles: FunctionReference<
        "action",
        "public",
        { driveId: string; folderId?: string; siteId: string },
        {
          error?: string;
          items?: Array<{
            childCount?: number;
            id: string;
            isFolder: boolean;
            lastModified?: number;
            mimeType?: string;
            name: string;
            size: number;
            webUrl?: string;
          }>;
          success: boolean;
        }
      >;
      listSharePointSites: FunctionReference<
        "action",
        "public",
        { search?: string },
        {
          error?: string;
          sites?: Array<{
            description?: string;
            displayName: string;
            id: string;
            name: string;
            webUrl: string;
          }>;
          success: boolean;
        }
      >;
    };
  };
  organizations: {
    actions: {
      initializeDefaultWorkflows: FunctionReference<
        "action",
        "public",
        { organizationId: string },
        null
      >;
    };
    delete_cleanup: {
      prepareOrganizationDeletion: FunctionReference<
        "mutation",
        "public",
        { organizationId: string },
        { orgSlug: string }
      >;
    };
    queries: {
      getOrganization: FunctionReference<
        "query",
        "public",
        { id: string },
        {
          _creationTime: number;
          _id: string;
          createdAt: number;
          logo?: string | null;
          metadata?: any;
          name: string;
          slug?: string;
        } | null
      >;
      instanceHasAnyOrganization: FunctionReference<
        "query",
        "public",
        {},
        boolean
      >;
    };
    record_org_switch: {
      recordOrgSwitch: FunctionReference<
        "mutation",
        "public",
        { organizationId: string },
        null
      >;
    };
  };
  personalization: {
    queries: {
      getOrgDefault: FunctionReference<
        "query",
        "public",
        { organizationId: string },
        any
      >;
      isPersonalizationActiveForChat: FunctionReference<
        "query",
        "public",
        { organizationId: string; threadId: string },
        any
      >;
    };
  };
  products: {
    mutations: {
      bulkCreateProducts: FunctionReference<
        "mutation",
        "public",
        {
          organizationId: string;
          products: Array<{
            category?: string;
            currency?: string;
            description?: string;
            imageUrl?: string;
            name: string;
            price?: number;
            status?: "active" | "inactive" | "draft" | "archived";
            stock?: number;
          }>;
        },
        {
          errors: Array<{
            error: string;
            errorCode: string;
            index: number;
            product: any;
          }>;
          failed: number;
          success: number;
        }
      >;
      createProduct: FunctionReference<
        "mutation",
        "public",
        {
          category?: string;
          currency?: string;
          description?: string;
          imageUrl?: string;
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
        },
        Id<"products">
      >;
      deleteProduct: FunctionReference<
        "mutation",
        "public",
        { productId: Id<"products"> },
        Id<"products">
      >;
      updateProduct: FunctionReference<
        "mutation",
        "public",
        {
          category?: string;
          currency?: string;
          description?: string;
          imageUrl?: string;
          metadata?: any;
          name?: string;
          price?: number;
          productId: Id<"products">;
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
        },
        Id<"products">
      >;
      upsertProductTranslation: FunctionReference<
        "mutation",
        "public",
        {
          category?: string;
          description?: string;
          language: string;
          metadata?: any;
          name?: string;
          productId: Id<"products">;
          tags?: Array<string>;
        },
        Id<"products">
      >;
    };
    queries: {
      approxCountProducts: FunctionReference<
        "query",
        "public",
        { organizationId: string },
        number
      >;
      listProducts: FunctionReference<
        "query",
        "public",
        { organizationId: string },
        Array<{
          _creationTime: number;
          _id: string;
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
        }>
      >;
      listProductsPaginated: FunctionReference<
        "query",
        "public",
        {
          category?: string;
          organizationId: string;
          paginationOpts: {
            cursor: string | null;
            endCursor?: string | null;
            id?: number;
            maximumBytesRead?: number;
            maximumRowsRead?: number;
            numItems: number;
          };
          status?: string;
        },
        any
      >;
    };
  };
  prompts: {
    actions: {
      savePrompt: FunctionReference<
        "action",
        "public",
        {
          category?: string;
          categoryId?: Id<"promptCategories">;
          content: string;
          description?: string;
          organizationId: string;
          scope: "global" | "team" | "personal";
          sourceMessageId?: string;
          tags?: Array<string>;
          teamId?: string;
          title?: string;
        },
        {
          _creationTime: number;
          _id: Id<"promptTemplates">;
          category?: string;
          categoryId?: Id<"promptCategories">;
          content: string;
          createdBy: string;
          description?: string;
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
        }
      >;
    };
    categories: {
      createCategory: FunctionReference<
        "mutation",
        "public",
        {
          name: string;
          organizationId: string;
          scope: "global" | "team" | "personal";
          teamId?: string;
        },
        {
          _creationTime: number;
          _id: Id<"promptCategories">;
          createdBy: string;
          name: string;
          nameLower: string;
          organizationId: string;
          scope: "global" | "team" | "personal";
          teamId?: string;
        }
      >;
      deleteCategory: FunctionReference<
        "mutation",
        "public",
        { categoryId: Id<"promptCategories"> },
        null
      >;
      listCategories: FunctionReference<
        "query",
        "public",
        { organizationId: string },
        {
          global: Array<{
            _creationTime: number;
            _id: Id<"promptCategories">;
            createdBy: string;
            name: string;
            nameLower: string;
            organizationId: string;
            scope: "global" | "team" | "personal";
            teamId?: string;
          }>;
          personal: Array<{
            _creationTime: number;
            _id: Id<"promptCategories">;
            createdBy: string;
            name: string;
            nameLower: string;
            organizationId: string;
            scope: "global" | "team" | "personal";
            teamId?: string;
          }>;
          team: Array<{
            _creationTime: number;
            _id: Id<"promptCategories">;
            createdBy: string;
            name: string;
            nameLower: string;
            organizationId: string;
            scope: "global" | "team" | "personal";
            teamId?: string;
          }>;
        }
      >;
      renameCategory: FunctionReference<
        "mutation",
        "public",
        { categoryId: Id<"promptCategories">; name: string },
        {
          _creationTime: number;
          _id: Id<"promptCategories">;
          createdBy: string;
          name: string;
          nameLower: string;
          organizationId: string;
          scope: "global" | "team" | "personal";
          teamId?: string;
        }
      >;
    };
    mutations: {
      createPrompt: FunctionReference<
        "mutation",
        "public",
        {
          category?: string;
          categoryId?: Id<"promptCategories">;
          content: string;
          description?: string;
          organizationId: string;
          scope: "global" | "team" | "personal";
          sourceMessageId?: string;
          tags?: Array<string>;
          teamId?: string;
          title?: string;
        },
        {
          _creationTime: number;
          _id: Id<"promptTemplates">;
          category?: string;
          categoryId?: Id<"promptCategories">;
          content: string;
          createdBy: string;
          description?: string;
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
        }
      >;
      deletePrompt: FunctionReference<
        "mutation",
        "public",
        { promptId: Id<"promptTemplates"> },
        null
      >;
      incrementUsage: FunctionReference<
        "mutation",
        "public",
        { promptId: Id<"promptTemplates"> },
        null
      >;
      restoreFromVersion: FunctionReference<
        "mutation",
        "public",
        {
          expectedVersion?: number;
          promptId: Id<"promptTemplates">;
          targetVersion: number;
        },
        {
          _creationTime: number;
          _id: Id<"promptTemplates">;
          category?: string;
          categoryId?: Id<"promptCategories">;
          content: string;
          createdBy: string;
          description?: string;
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
        }
      >;
      updatePrompt: FunctionReference<
        "mutation",
        "public",
        {
          category?: string;
          categoryId?: Id<"promptCategories">;
          content?: string;
          description?: string;
          expectedVersion?: number;
          promptId: Id<"promptTemplates">;
          scope?: "global" | "team" | "personal";
          tags?: Array<string>;
          teamId?: string;
          title?: string;
        },
        {
          _creationTime: number;
          _id: Id<"promptTemplates">;
          category?: string;
          categoryId?: Id<"promptCategories">;
          content: string;
          createdBy: string;
          description?: string;
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
        } | null
      >;
    };
    queries: {
      getPrompt: FunctionReference<
        "query",
        "public",
        { promptId: Id<"promptTemplates"> },
        {
          _creationTime: number;
          _id: Id<"promptTemplates">;
          category?: string;
          categoryId?: Id<"promptCategories">;
          content: string;
          createdBy: string;
          description?: string;
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
        } | null
      >;
      getPromptHistory: FunctionReference<
        "query",
        "public",
        { promptId: Id<"promptTemplates"> },
        {
          current: {
            category?: string;
            categoryId?: Id<"promptCategories">;
            content: string;
            description?: string;
            publishNote?: string;
            publishedAt: number;
            publishedBy: string;
            publishedByName: string | null;
            scope: "global" | "team" | "personal";
            tags?: Array<string>;
            teamId?: string;
            title: string;
            version: number;
          };
          history: Array<{
            category?: string;
            categoryId?: Id<"promptCategories">;
            content: string;
            description?: string;
            publishNote?: string;
            publishedAt: number;
            publishedBy: string;
            publishedByName: string | null;
            scope: "global" | "team" | "personal";
            tags?: Array<string>;
            teamId?: string;
            title: string;
            version: number;
          }>;
          totalCount: number;
        } | null
      >;
      getSavedSourceMessageIds: FunctionReference<
        "query",
        "public",
        { organizationId: string; sourceMessageIds: Array<string> },
        Array<{ promptId: Id<"promptTemplates">; sourceMessageId: string }>
      >;
      listPromptFacets: FunctionReference<
        "query",
        "public",
        { organizationId: string },
        {
          categories: Array<{
            _id: Id<"promptCategories">;
            name: string;
            scope: "global" | "team" | "personal";
            teamId?: string;
          }>;
          legacyCategoryStrings: Array<string>;
          scanCapped: boolean;
          scanned: number;
          tags: Array<string>;
        }
      >;
      listPrompts: FunctionReference<
        "query",
        "public",
        {
          categories?: Array<string>;
          categoryIds?: Array<Id<"promptCategories">>;
          organizationId: string;
          paginationOpts?: {
            cursor: string | null;
            endCursor?: string | null;
            id?: number;
            maximumBytesRead?: number;
            maximumRowsRead?: number;
            numItems: number;
          };
          scope?: "global" | "team" | "personal";
          search?: string;
          tags?: Array<string>;
        },
        {
          continueCursor: string;
          isDone: boolean;
          page: Array<{
            _creationTime: number;
            _id: Id<"promptTemplates">;
            category?: string;
            categoryId?: Id<"promptCategories">;
            content: string;
            createdBy: string;
            description?: string;
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
          }>;
        }
      >;
    };
  };
  providers: {
    file_actions: {
      deleteProvider: FunctionReference<
        "action",
        "public",
        { orgSlug: string; providerName: string },
        null
      >;
      fetchProviderModels: FunctionReference<
        "action",
        "public",
        { apiKey: string; baseUrl: string; orgSlug: string },
        Array<{ id: string }>
      >;
      getAllProviderConfigs: FunctionReference<
        "action",
        "public",
        { orgSlug: string },
        any
      >;
      hasProviderSecret: FunctionReference<
        "action",
        "public",
        { modelId?: string; orgSlug: string; providerName: string },
        string | null
      >;
      listProviders: FunctionReference<
        "action",
        "public",
        { orgSlug: string },
        any
      >;
      readProvider: FunctionReference<
        "action",
        "public",
        { orgSlug: string; providerName: string },
        any
      >;
      saveProvider: FunctionReference<
        "action",
        "public",
        {
          config: any;
          expectedHash?: string;
          orgSlug: string;
          providerName: string;
        },
        { hash: string }
      >;
      saveProviderSecret: FunctionReference<
        "action",
        "public",
        {
          apiKey?: string;
          force?: boolean;
          modelKeys?: Record<string, string>;
          orgSlug: string;
          providerName: string;
        },
        null
      >;
      testProviderConnection: FunctionReference<
        "action",
        "public",
        { orgSlug: string; providerName: string },
        {
          results: Array<{
            error?: string;
            latencyMs: number;
            modelId: string;
            ok: boolean;
            status?: number;
            tag: string;
            warning?: string;
          }>;
          skipped: Array<{ modelId: string; reason: string }>;
        }
      >;
    };
  };
  sso_providers: {
    actions: {
      getSsoCredentialsForEmail: FunctionReference<
        "action",
        "public",
        { organizationId: string },
        { clientId: string; clientSecret: string; tenantId: string } | null
      >;
      getWithClientId: FunctionReference<
        "action",
        "public",
        {},
        {
          _id: Id<"ssoProviders">;
          autoProvisionRole: boolean;
          clientId: string;
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
            targetRole:
              "disabled" | "member" | "editor" | "developer" | "admin";
          }>;
          scopes: Array<string>;
          updatedAt: number;
        } | null
      >;
      remove: FunctionReference<
        "action",
        "public",
        { organizationId: string },
        null
      >;
      testConfig: FunctionReference<
        "action",
        "public",
        { clientId: string; clientSecret: string; issuer: string },
        { error?: string; valid: boolean }
      >;
      testExistingConfig: FunctionReference<
        "action",
        "public",
        {},
        { error?: string; valid: boolean }
      >;
      upsert: FunctionReference<
        "action",
        "public",
        {
          autoProvisionRole: boolean;
          clientId: string;
          clientSecret?: string;
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
            targetRole:
              "disabled" | "member" | "editor" | "developer" | "admin";
          }>;
          scopes: Array<string>;
        },
        string
      >;
    };
    queries: {
      get: FunctionReference<
        "query",
        "public",
        {},
        {
          _id: Id<"ssoProviders">;
          autoProvisionRole: boolean;
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
            targetRole:
              "disabled" | "member" | "editor" | "developer" | "admin";
          }>;
          scopes: Array<string>;
          updatedAt: number;
        } | null
      >;
      getMicrosoftToken: FunctionReference<
        "query",
        "public",
        {},
        {
          accessToken: string | null;
          expiresAt: number | null;
          isExpired: boolean;
          refreshToken: string | null;
        } | null
      >;
      isSsoConfigured: FunctionReference<
        "query",
        "public",
        {},
        {
          enabled: boolean;
          providerType?: string;
          seamlessSsoEnabled?: boolean;
        }
      >;
    };
  };
  team_members: {
    mutations: {
      addMember: FunctionReference<
        "mutation",
        "public",
        { organizationId: string; teamId: string; userId: string },
        any
      >;
      removeMember: FunctionReference<
        "mutation",
        "public",
        { organizationId: string; teamMemberId: string },
        null
      >;
    };
    queries: {
      listByTeam: FunctionReference<
        "query",
        "public",
        { teamId: string },
        Array<{
          _id: string;
          displayName?: string;
          email?: string;
          joinedAt: number;
          role: string;
          teamId: string;
          userId: string;
        }>
      >;
    };
  };
  thread_todos: {
    queries: {
      get: FunctionReference<
        "query",
        "public",
        { threadId: string },
        {
          activeTodoId?: string;
          integrationCallCount: number;
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
        } | null
      >;
    };
  };
  threads: {
    edit_and_branch: {
      editAndBranch: FunctionReference<
        "action",
        "public",
        {
          agentSlug: string;
          editedMessageId: string;
          modelId?: string;
          newMessage: string;
          orgSlug: string;
          organizationId: string;
          rootThreadId: string;
          sourceThreadId: string;
          userContext?: { language: string; timezone: string };
        },
        { branchThreadId: string; forkOrder: number; streamId: string }
      >;
    };
    fork_and_chat: {
      forkAndChat: FunctionReference<
        "action",
        "public",
        {
          agentSlug: string;
          message: string;
          modelId?: string;
          orgSlug: string;
          organizationId: string;
          shareToken: string;
          userContext?: { language: string; timezone: string };
        },
        { streamId: string; threadId: string }
      >;
    };
    fork_own_thread: {
      forkOwnThread: FunctionReference<
        "mutation",
        "public",
        { threadId: string; upToMessageOrder?: number },
        string
      >;
    };
    fork_thread: {
      forkThread: FunctionReference<
        "mutation",
        "public",
        { shareToken: string },
        string
      >;
    };
    get_message_error: {
      getMessageError: FunctionReference<
        "query",
        "public",
        { threadId: string },
        string | null
      >;
    };
    get_shared_thread: {
      getSharedThread: FunctionReference<
        "query",
        "public",
        { shareToken: string },
        any
      >;
    };
    mutations: {
      archiveChatThread: FunctionReference<
        "mutation",
        "public",
        { threadId: string },
        null
      >;
      cancelGeneration: FunctionReference<
        "mutation",
        "public",
        { displayedContent?: string | null; threadId: string },
        null
      >;
      cleanupArenaBranch: FunctionReference<
        "mutation",
        "public",
        { threadIdA: string; threadIdB: string; verdict?: string },
        null
      >;
      createArenaThreadB: FunctionReference<
        "mutation",
        "public",
        { organizationId: string; threadIdA: string },
        string
      >;
      createChatThread: FunctionReference<
        "mutation",
        "public",
        {
          arenaGroupId?: string;
          arenaModelId?: string;
          chatType?: "general" | "workflow_assistant" | "agent_test";
          forkedFrom?: string;
          isBranch?: boolean;
          organizationId: string;
          teamId?: string;
          title?: string;
        },
        string
      >;
      deleteChatThread: FunctionReference<
        "mutation",
        "public",
        { threadId: string },
        null
      >;
      editAndBranch: FunctionReference<
        "action",
        "public",
        {
          agentSlug: string;
          editedMessageId: string;
          modelId?: string;
          newMessage: string;
          orgSlug: string;
          organizationId: string;
          rootThreadId: string;
          sourceThreadId: string;
          userContext?: { language: string; timezone: string };
        },
        { branchThreadId: string; forkOrder: number; streamId: string }
      >;
      forkAndChat: FunctionReference<
        "action",
        "public",
        {
          agentSlug: string;
          message: string;
          modelId?: string;
          orgSlug: string;
          organizationId: string;
          shareToken: string;
          userContext?: { language: string; timezone: string };
        },
        { streamId: string; threadId: string }
      >;
      forkOwnThread: FunctionReference<
        "mutation",
        "public",
        { threadId: string; upToMessageOrder?: number },
        string
      >;
      forkThread: FunctionReference<
        "mutation",
        "public",
        { shareToken: string },
        string
      >;
      shareThread: FunctionReference<
        "mutation",
        "public",
        { organizationId?: string; threadId: string },
        string
      >;
      unarchiveChatThread: FunctionReference<
        "mutation",
        "public",
        { threadId: string },
        null
      >;
      unshareThread: FunctionReference<
        "mutation",
        "public",
        { threadId: string },
        null
      >;
      updateBranchSelections: FunctionReference<
        "mutation",
        "public",
        { branchSelections: string; threadId: string },
        null
      >;
      updateChatThread: FunctionReference<
        "mutation",
        "public",
        { threadId: string; title: string },
        null
      >;
    };
    queries: {
      getArenaThreadPair: FunctionReference<
        "query",
        "public",
        { threadId: string },
        { threadIdA: string; threadIdB: string } | null
      >;
      getFailedMessageErrors: FunctionReference<
        "query",
        "public",
        { threadId: string },
        any
      >;
      getSharedThread: FunctionReference<
        "query",
        "public",
        { shareToken: string },
        any
      >;
      getThreadBranches: FunctionReference<
        "query",
        "public",
        { organizationId: string; rootThreadId: string },
        any
      >;
      getThreadBranchSelections: FunctionReference<
        "query",
        "public",
        { organizationId: string; threadId: string },
        any
      >;
      getThreadForkInfo: FunctionReference<
        "query",
        "public",
        { threadId: string },
        any
      >;
      getThreadMessages: FunctionReference<
        "query",
        "public",
        { threadId: string },
        any
      >;
      getThreadMessagesStreaming: FunctionReference<
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
          streamArgs?:
            | { kind: "list"; startOrder?: number }
            | {
                cursors: Array<{ cursor: number; streamId: string }>;
                kind: "deltas";
              };
          threadId: string;
        },
        any
      >;
      getThreadShareStatus: FunctionReference<
        "query",
        "public",
        { threadId: string },
        any
      >;
      getThreadStatus: FunctionReference<
        "query",
        "public",
        { organizationId: string; threadId: string },
        any
      >;
      isThreadGenerating: FunctionReference<
        "query",
        "public",
        { threadId: string },
        boolean
      >;
      listArchivedThreads: FunctionReference<
        "query",
        "public",
        {
          organizationId?: string;
          paginationOpts?: {
            cursor: string | null;
            endCursor?: string | null;
            id?: number;
            maximumBytesRead?: number;
            maximumRowsRead?: number;
            numItems: number;
          };
          teamId?: string;
        },
        any
      >;
      listThreads: FunctionReference<
        "query",
        "public",
        {
          organizationId?: string;
          paginationOpts?: {
            cursor: string | null;
            endCursor?: string | null;
            id?: number;
            maximumBytesRead?: number;
            maximumRowsRead?: number;
            numItems: number;
          };
          teamId?: string;
        },
        any
      >;
    };
    restore_chat_thread: {
      restoreChatThread: FunctionReference<
        "mutation",
        "public",
        { threadId: string },
        null
      >;
    };
    share_thread: {
      shareThread: FunctionReference<
        "mutation",
        "public",
        { organizationId?: string; threadId: string },
        string
      >;
      unshareThread: FunctionReference<
        "mutation",
        "public",
        { threadId: string },
        null
      >;
    };
  };
  tts: {
    mutations: {
      setThreadVoiceOutputOverride: FunctionReference<
        "mutation",
        "public",
        { organizationId?: string; override: boolean | null; threadId: string },
        null
      >;
      setUserVoiceOutput: FunctionReference<
        "mutation",
        "public",
        { enabled: boolean; organizationId: string },
        null
      >;
    };
    queries: {
      getMessageChunks: FunctionReference<
        "query",
        "public",
        { messageId: string; threadId: string },
        Array<{
          chunkId: Id<"ttsAudioChunks">;
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
          status: "pending" | "ready" | "failed";
          text: string;
          voice?: string;
        }>
      >;
      getMessageVoiceUsage: FunctionReference<
        "query",
        "public",
        { messageId: string; threadId: string },
        null | {
          breakdown: Array<{
            characters: number;
            chunkCount: number;
            costCents: number;
            model: string;
            provider: string;
            voice?: string;
          }>;
          chunkCount: number;
          totalCharacters: number;
          totalCostCents: number;
        }
      >;
      getVoiceModeEffective: FunctionReference<
        "query",
        "public",
        { threadId: string },
        {
          enabled: boolean;
          source: "thread" | "preferences" | "default" | "org_policy";
          userDefault: boolean;
        }
      >;
    };
    synthesize: {
      getCapability: FunctionReference<
        "action",
        "public",
        { organizationId: string },
        { available: boolean; modelId?: string; providerName?: string }
      >;
      synthesizeChunk: FunctionReference<
        "action",
        "public",
        {
          index: number;
          locale: string;
          messageId: string;
          organizationId: string;
          text: string;
          threadId: string;
        },
        {
          errorCode?: string;
          retryAfterMs?: number;
          status: "ready" | "in-flight" | "failed";
        }
      >;
    };
  };
  two_factor: {
    mutations: {
      resetForUser: FunctionReference<
        "mutation",
        "public",
        { memberId: string },
        null
      >;
    };
    queries: {
      getStatus: FunctionReference<
        "query",
        "public",
        {},
        | { authenticated: false }
        | {
            authenticated: true;
            backupCodesRemaining: number | null;
            decision: "ok" | "grace" | "blocked";
            enforced: boolean;
            exemptSsoUsers: boolean;
            graceUntil: number | null;
            hasCredential: boolean;
            twoFactorEnabled: boolean;
          }
      >;
    };
  };
  user_memories: {
    mutations: {
      addMemory: FunctionReference<
        "mutation",
        "public",
        { content: string; organizationId: string },
        any
      >;
      approvePendingMemory: FunctionReference<
        "mutation",
        "public",
        { content?: string; memoryId: Id<"userMemories"> },
        any
      >;
      dismissPendingMemory: FunctionReference<
        "mutation",
        "public",
        { memoryId: Id<"userMemories"> },
        any
      >;
      softDeleteMemory: FunctionReference<
        "mutation",
        "public",
        { memoryId: Id<"userMemories"> },
        any
      >;
    };
    queries: {
      listMyMemories: FunctionReference<
        "query",
        "public",
        { includePending?: boolean; organizationId: string },
        any
      >;
      listPendingMemories: FunctionReference<
        "query",
        "public",
        { organizationId?: string; threadId?: string },
        any
      >;
    };
  };
  user_preferences: {
    mutations: {
      setEnabled: FunctionReference<
        "mutation",
        "public",
        { enabled: boolean; organizationId: string },
        any
      >;
      upsertMyPreferences: FunctionReference<
        "mutation",
        "public",
        { customInstructions: string; organizationId: string },
        any
      >;
    };
    queries: {
      getMyPreferences: FunctionReference<
        "query",
        "public",
        { organizationId: string },
        any
      >;
    };
  };
  users: {
    get_last_active_org: {
      getLastActiveOrganizationId: FunctionReference<
        "query",
        "public",
        {},
        string | null
      >;
    };
    mutations: {
      createMember: FunctionReference<
        "mutation",
        "public",
        {
          displayName?: string;
          email: string;
          organizationId: string;
          password?: string;
          role?:
            "owner" | "admin" | "developer" | "editor" | "member" | "disabled";
        },
        { isExistingUser: boolean; memberId: string; userId: string }
      >;
      setMemberPassword: FunctionReference<
        "mutation",
        "public",
        { memberId: string; newPassword: string },
        null
      >;
      updateUserName: FunctionReference<
        "mutation",
        "public",
        { name: string },
        null
      >;
      updateUserPassword: FunctionReference<
        "mutation",
        "public",
        {
          currentPassword?: string;
          newPassword: string;
          trigger?: "voluntary" | "forced";
        },
        null
      >;
    };
    notification_state: {
      getUserNotificationState: FunctionReference<
        "query",
        "public",
        {},
        {
          lastSeenChangelogVersion?: string;
          lastToastedVersion?: string;
          updatedAt: number;
          userId: string;
        } | null
      >;
      markChangelogSeen: FunctionReference<
        "mutation",
        "public",
        { version: string },
        null
      >;
      markToastShown: FunctionReference<
        "mutation",
        "public",
        { version: string },
        null
      >;
    };
    queries: {
      getCurrentUser: FunctionReference<
        "query",
        "public",
        {},
        { email?: string; name?: string; userId: string } | null
      >;
      getPasswordExpiryStatus: FunctionReference<
        "query",
        "public",
        {},
        {
          daysUntilExpiry: number | null;
          expired: boolean;
          hasCredential: boolean;
          reason: "admin_set" | "rotation" | null;
          rotationEnabled: boolean;
        }
      >;
      hasAnyUsers: FunctionReference<"query", "public", {}, boolean>;
    };
  };
  vendors: {
    mutations: {
      bulkCreateVendors: FunctionReference<
        "mutation",
        "public",
        {
          organizationId: string;
          vendors: Array<{
            address?: {
              city?: string;
              country?: string;
              postalCode?: string;
              state?: string;
              street?: string;
            };
            email: string;
            externalId?: string | number;
            locale?: string;
            metadata?: any;
            name?: string;
            notes?: string;
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
            tags?: Array<string>;
          }>;
        },
        {
          errors: Array<{
            error: string;
            errorCode: string;
            index: number;
            vendor: any;
          }>;
          failed: number;
          success: number;
        }
      >;
      deleteVendor: FunctionReference<
        "mutation",
        "public",
        { vendorId: Id<"vendors"> },
        null
      >;
      updateVendor: FunctionReference<
        "mutation",
        "public",
        {
          address?: {
            city?: string;
            country?: string;
            postalCode?: string;
            state?: string;
            street?: string;
          };
          email?: string;
          externalId?: string;
          locale?: string;
          metadata?: any;
          name?: string;
          notes?: string;
          phone?: string;
          source?:
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
          tags?: Array<string>;
          vendorId: Id<"vendors">;
        },
        any
      >;
    };
    queries: {
      approxCountVendors: FunctionReference<
        "query",
        "public",
        { organizationId: string },
        number
      >;
      listVendors: FunctionReference<
        "query",
        "public",
        { organizationId: string },
        any
      >;
      listVendorsPaginated: FunctionReference<
        "query",
        "public",
        {
          locale?: string;
          organizationId: string;
          paginationOpts: {
            cursor: string | null;
            endCursor?: string | null;
            id?: number;
            maximumBytesRead?: number;
            maximumRowsRead?: number;
            numItems: number;
          };
          source?: string;
        },
        any
      >;
    };
  };
  video_links: {
    mutations: {
      bindCompletedJobsToMessage: FunctionReference<
        "mutation",
        "public",
        { organizationId: string; threadId: string },
        any
      >;
      cancelVideoLink: FunctionReference<
        "mutation",
        "public",
        { jobId: Id<"videoLinkJobs"> },
        any
      >;
      ingestVideoUrl: FunctionReference<
        "mutation",
        "public",
        {
          normalizedUrl: string;
          organizationId: string;
          pastedToken: string;
          sourcePlatform: string;
          threadId?: string;
          url: string;
          userLocale?: string;
        },
        any
      >;
      retryVideoLink: FunctionReference<
        "mutation",
        "public",
        { jobId: Id<"videoLinkJobs"> },
        any
      >;
      unbindJobsFromMessage: FunctionReference<
        "mutation",
        "public",
        { jobIds: Array<Id<"videoLinkJobs">> },
        any
      >;
    };
    queries: {
      listForThread: FunctionReference<
        "query",
        "public",
        { organizationId: string; threadId: string },
        any
      >;
      listForUserUnboundChat: FunctionReference<
        "query",
        "public",
        { organizationId: string },
        any
      >;
    };
  };
  websites: {
    actions: {
      createWebsite: FunctionReference<
        "action",
        "public",
        {
          description?: string;
          domain: string;
          organizationId: string;
          scanInterval: string;
          title?: string;
        },
        Id<"websites">
      >;
      deleteWebsite: FunctionReference<
        "action",
        "public",
        { websiteId: Id<"websites"> },
        null
      >;
      fetchChunks: FunctionReference<
        "action",
        "public",
        { url: string; websiteId: Id<"websites"> },
        any
      >;
      fetchPages: FunctionReference<
        "action",
        "public",
        { limit?: number; offset?: number; websiteId: Id<"websites"> },
        {
          hasMore: boolean;
          offset: number;
          pages: Array<{
            chunks_count: number;
            content_hash: string | null;
            discovered_at: string | null;
            indexed: boolean;
            last_crawled_at: string | null;
            status: string;
            title: string | null;
            url: string;
            word_count: number;
          }>;
          total: number;
        }
      >;
      searchContent: FunctionReference<
        "action",
        "public",
        { limit?: number; query: string; websiteId: Id<"websites"> },
        any
      >;
      syncStatuses: FunctionReference<
        "action",
        "public",
        { organizationId: string },
        null
      >;
      updateWebsite: FunctionReference<
        "action",
        "public",
        {
          description?: string;
          domain?: string;
          scanInterval?: string;
          title?: string;
          websiteId: Id<"websites">;
        },
        null
      >;
    };
    mutations: {
      updateWebsite: FunctionReference<
        "mutation",
        "public",
        {
          description?: string;
          domain?: string;
          scanInterval?: string;
          status?: "idle" | "scanning" | "active" | "error" | "deleting";
          title?: string;
          websiteId: Id<"websites">;
        },
        null
      >;
    };
    queries: {
      approxCountWebsites: FunctionReference<
        "query",
        "public",
        { organizationId: string },
        number
      >;
      listWebsites: FunctionReference<
        "query",
        "public",
        { organizationId: string },
        Array<{
          _creationTime: number;
          _id: string;
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
        }>
      >;
      listWebsitesPaginated: FunctionReference<
        "query",
        "public",
        {
          organizationId: string;
          paginationOpts: {
            cursor: string | null;
            endCursor?: string | null;
            id?: number;
            maximumBytesRead?: number;
            maximumRowsRead?: number;
            numItems: number;
          };
          scanInterval?: string;
          status?: string;
        },
        any
      >;
    };
  };
  wf_executions: {
    actions: {
      startWorkflowFromFile: FunctionReference<
        "action",
        "public",
        {
          input?: any;
          organizationId: string;
          triggerData?: any;
          triggeredBy: string;
          workflowSlug: string;
        },
        Id<"wfExecutions"> | null
      >;
    };
    mutations: {
      cancelExecution: FunctionReference<
        "mutation",
        "public",
        { executionId: Id<"wfExecutions"> },
        null
      >;
    };
    queries: {
      approxCountExecutions: FunctionReference<
        "query",
        "public",
        { wfDefinitionId: string },
        number
      >;
      getExecutionStatus: FunctionReference<
        "query",
        "public",
        { executionId: Id<"wfExecutions"> },
        any
      >;
      getExecutionStepJournal: FunctionReference<
        "query",
        "public",
        { executionId: Id<"wfExecutions"> },
        any
      >;
      getOrgWorkflowMetrics: FunctionReference<
        "query",
        "public",
        { organizationId: string; periodDays: 7 | 30 | 90 },
        any
      >;
      getRawExecution: FunctionReference<
        "query",
        "public",
        { executionId: Id<"wfExecutions"> },
        any
      >;
      listExecutions: FunctionReference<
        "query",
        "public",
        {
          dateFrom?: string;
          dateTo?: string;
          paginationOpts: {
            cursor: string | null;
            endCursor?: string | null;
            id?: number;
            maximumBytesRead?: number;
            maximumRowsRead?: number;
            numItems: number;
          };
          status?: Array<string>;
          triggeredBy?: string;
          wfDefinitionId: string;
        },
        any
      >;
      listExecutionsCursor: FunctionReference<
        "query",
        "public",
        {
          cursor?: string;
          dateFrom?: string;
          dateTo?: string;
          numItems?: number;
          searchTerm?: string;
          status?: Array<string>;
          triggeredBy?: string;
          wfDefinitionId: string;
        },
        any
      >;
    };
  };
  workflows: {
    file_actions: {
      deleteWorkflow: FunctionReference<
        "action",
        "public",
        { organizationId: string; workflowSlug: string },
        null
      >;
      duplicateWorkflow: FunctionReference<
        "action",
        "public",
        { organizationId: string; workflowSlug: string },
        { newSlug: string }
      >;
      getAvailableWorkflows: FunctionReference<
        "action",
        "public",
        { organizationId: string },
        Array<{ description?: string; id: string; name: string }>
      >;
      installWorkflow: FunctionReference<
        "action",
        "public",
        { organizationId: string; workflowSlug: string },
        { hash: string }
      >;
      listHistory: FunctionReference<
        "action",
        "public",
        { organizationId: string; workflowSlug: string },
        any
      >;
      listWorkflows: FunctionReference<
        "action",
        "public",
        { filter?: "installed" | "templates" | "all"; organizationId: string },
        any
      >;
      readHistoryEntry: FunctionReference<
        "action",
        "public",
        { organizationId: string; timestamp: string; workflowSlug: string },
        any
      >;
      readWorkflow: FunctionReference<
        "action",
        "public",
        { organizationId: string; workflowSlug: string },
        any
      >;
      renameWorkflow: FunctionReference<
        "action",
        "public",
        { newSlug: string; oldSlug: string; organizationId: string },
        null
      >;
      restoreFromHistory: FunctionReference<
        "action",
        "public",
        { organizationId: string; timestamp: string; workflowSlug: string },
        { hash: string }
      >;
      saveWorkflowWithSnapshot: FunctionReference<
        "action",
        "public",
        {
          config: any;
          expectedHash?: string;
          organizationId: string;
          workflowSlug: string;
        },
        { hash: string }
      >;
      uninstallWorkflow: FunctionReference<
        "action",
        "public",
        { organizationId: string; workflowSlug: string },
        null
      >;
    };
    installations: {
      isInstalled: FunctionReference<
        "query",
        "public",
        { organizationId: string; workflowSlug: string },
        boolean
      >;
    };
    triggers: {
      actions: {
        generateCronExpression: FunctionReference<
          "action",
          "public",
          { naturalLanguage: string },
          { cronExpression: string; description: string }
        >;
      };
      slug_mutations: {
        createEventSubscriptionBySlug: FunctionReference<
          "mutation",
          "public",
          {
            eventFilter?: Record<string, string>;
            eventType: string;
            organizationId: string;
            workflowSlug: string;
          },
          Id<"wfEventSubscriptions">
        >;
        createScheduleBySlug: FunctionReference<
          "mutation",
          "public",
          {
            cronExpression: string;
            organizationId: string;
            timezone: string;
            variables?: any;
            workflowSlug: string;
          },
          Id<"wfSchedules">
        >;
        createWebhookBySlug: FunctionReference<
          "mutation",
          "public",
          { organizationId: string; workflowSlug: string },
          { token: string; webhookId: Id<"wfWebhooks"> }
        >;
        deleteEventSubscriptionBySlug: FunctionReference<
          "mutation",
          "public",
          { subscriptionId: Id<"wfEventSubscriptions"> },
          null
        >;
        deleteScheduleBySlug: FunctionReference<
          "mutation",
          "public",
          { scheduleId: Id<"wfSchedules"> },
          null
        >;
        deleteWebhookBySlug: FunctionReference<
          "mutation",
          "public",
          { webhookId: Id<"wfWebhooks"> },
          null
        >;
        toggleEventSubscriptionBySlug: FunctionReference<
          "mutation",
          "public",
          { isActive: boolean; subscriptionId: Id<"wfEventSubscriptions"> },
          null
        >;
        toggleScheduleBySlug: FunctionReference<
          "mutation",
          "public",
          { isActive: boolean; scheduleId: Id<"wfSchedules"> },
          null
        >;
        toggleWebhookBySlug: FunctionReference<
          "mutation",
          "public",
          { isActive: boolean; webhookId: Id<"wfWebhooks"> },
          null
        >;
        updateEventSubscriptionBySlug: FunctionReference<
          "mutation",
          "public",
          {
            eventFilter?: Record<string, string>;
            subscriptionId: Id<"wfEventSubscriptions">;
          },
          null
        >;
        updateScheduleBySlug: FunctionReference<
          "mutation",
          "public",
          {
            cronExpression: string;
            scheduleId: Id<"wfSchedules">;
            timezone: string;
            variables?: any;
          },
          null
        >;
      };
      slug_queries: {
        getEventSubscriptionsBySlug: FunctionReference<
          "query",
          "public",
          { organizationId: string; workflowSlug: string },
          any
        >;
        getSchedulesBySlug: FunctionReference<
          "query",
          "public",
          { organizationId: string; workflowSlug: string },
          any
        >;
        getTriggerActivityBySlug: FunctionReference<
          "query",
          "public",
          { organizationId: string; workflowSlug: string },
          {
            activeTriggers: number;
            hasActiveTrigger: boolean;
            totalTriggers: number;
          }
        >;
        getTriggerLogsBySlug: FunctionReference<
          "query",
          "public",
          { organizationId: string; workflowSlug: string },
          any
        >;
        getWebhooksBySlug: FunctionReference<
          "query",
          "public",
          { organizationId: string; workflowSlug: string },
          any
        >;
      };
    };
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
  agent_tools: {
    documents: {
      internal_actions: {
        executeApprovedDocumentWrite: FunctionReference<
          "action",
          "internal",
          { approvalId: Id<"approvals">; approvedBy: string },
          any
        >;
      };
      internal_mutations: {
        claimDocumentWriteForExecution: FunctionReference<
          "mutation",
          "internal",
          { approvalId: Id<"approvals"> },
          boolean
        >;
        createDocumentWriteApproval: FunctionReference<
          "mutation",
          "internal",
          {
            files: Array<{
              fileId: string;
              fileName: string;
              fileSize: number;
              mimeType: string;
              title: string;
            }>;
            folderPath?: string;
            messageId?: string;
            organizationId: string;
            threadId?: string;
          },
          any
        >;
        updateDocumentWriteApprovalWithResult: FunctionReference<
          "mutation",
          "internal",
          {
            approvalId: Id<"approvals">;
            fileResults: Array<{
              createdDocumentId: Id<"documents"> | null;
              executionError: string | null;
              fileId: string;
            }>;
          },
          any
        >;
      };
    };
    files: {
      internal_actions: {
        analyzeImageUncached: FunctionReference<
          "action",
          "internal",
          {
            fileId: Id<"_storage">;
            fileName?: string;
            orgSlug?: string;
            question?: string;
          },
          {
            analysis: string;
            error?: string;
            fileName?: string;
            model: string;
            success: boolean;
          }
        >;
      };
      internal_mutations: {
        appendGeneratedFilePart: FunctionReference<
          "action",
          "internal",
          {
            downloadUrl: string;
            fileName: string;
            mimeType: string;
            promptMessageId: string;
            threadId: string;
          },
          null
        >;
      };
    };
    human_input: {
      internal_mutations: {
        createHumanInputRequest: FunctionReference<
          "mutation",
          "internal",
          {
            context?: string;
            fields: Array<{
              description?: string;
              initialTodos?: Array<{ content: string; id: string }>;
              label: string;
              maxItems?: number;
              minItems?: number;
              options?: Array<{
                description?: string;
                label: string;
                value?: string;
              }>;
              required?: boolean;
              type:
                | "text"
                | "textarea"
                | "number"
                | "email"
                | "url"
                | "tel"
                | "single_select"
                | "multi_select"
                | "yes_no"
                | "todo_list";
            }>;
            messageId?: string;
            organizationId: string;
            question: string;
            stepSlug?: string;
            threadId: string;
            wfExecutionId?: string;
          },
          any
        >;
      };
      mutations: {
        submitHumanInputResponseInternal: FunctionReference<
          "mutation",
          "internal",
          {
            agentConfig?: any;
            approvalId: Id<"approvals">;
            approvedBy: string;
            respondedBy: string;
            response: string | Array<string>;
          },
          { streamId?: string; success: boolean; threadId?: string }
        >;
      };
    };
    integrations: {
      internal_actions: {
        executeApprovedOperation: FunctionReference<
          "action",
          "internal",
          { approvalId: Id<"approvals">; approvedBy: string },
          any
        >;
        executeBatchIntegration: FunctionReference<
          "action",
          "internal",
          {
            integrationName: string;
            messageId?: string;
            operations: Array<{ id?: string; operation: string; params?: any }>;
            organizationId: string;
            threadId?: string;
          },
          {
            integration: string;
            results: Array<{
              approvalId?: string;
              data?: any;
              duration?: number;
              error?: string;
              id?: string;
              operation: string;
              requiresApproval?: boolean;
              rowCount?: number;
              success: boolean;
            }>;
            stats: {
              approvalCount: number;
              failureCount: number;
              successCount: number;
              totalTime: number;
            };
            success: boolean;
          }
        >;
        executeIntegration: FunctionReference<
          "action",
          "internal",
          {
            integrationName: string;
            messageId?: string;
            operation: string;
            organizationId: string;
            params?: any;
            skipApprovalCheck?: boolean;
            threadId?: string;
          },
          any
        >;
      };
      internal_mutations: {
        createIntegrationApproval: FunctionReference<
          "mutation",
          "internal",
          {
            estimatedImpact?: string;
            integrationId: string;
            integrationName: string;
            integrationType: "sql" | "rest_api";
            messageId?: string;
            operationName: string;
            operationTitle: string;
            operationType: "read" | "write";
            organizationId: string;
            parameters: any;
            threadId?: string;
          },
          any
        >;
        saveSystemMessage: FunctionReference<
          "mutation",
          "internal",
          { content: string; threadId: string },
          any
        >;
        triggerIntegrationCompletionResponse: FunctionReference<
          "mutation",
          "internal",
          {
            agentConfig: any;
            agentSlug: string;
            messageContent: string;
            organizationId: string;
            threadId: string;
          },
          any
        >;
        updateApprovalWithResult: FunctionReference<
          "mutation",
          "internal",
          {
            approvalId: Id<"approvals">;
            executionError: string | null;
            executionResult: any;
          },
          any
        >;
      };
      trigger_completion_action: {
        triggerCompletionWithAgent: FunctionReference<
          "action",
          "internal",
          {
            agentSlug: string;
            messageContent: string;
            organizationId: string;
            threadId: string;
          },
          any
        >;
      };
    };
    location: {
      internal_mutations: {
        createLocationRequest: FunctionReference<
          "mutation",
          "internal",
          {
            messageId?: string;
            organizationId: string;
            reason: string;
            stepSlug?: string;
            threadId: string;
            wfExecutionId?: string;
          },
          any
        >;
      };
      mutations: {
        submitLocationResponseInternal: FunctionReference<
          "mutation",
          "internal",
          {
            agentConfig?: any;
            approvalId: Id<"approvals">;
            approvedBy: string;
            denied?: boolean;
            location?: string;
            respondedBy: string;
          },
          { streamId?: string; success: boolean; threadId?: string }
        >;
      };
    };
    rag: {
      helpers: {
        verify_thread_scoped_access: {
          verifyStorageIdsInThreadScope: FunctionReference<
            "query",
            "internal",
            {
              accessibleThreadIds: Array<string>;
              organizationId: string;
              storageIds: Array<string>;
            },
            boolean
          >;
        };
      };
    };
    workflows: {
      internal_actions: {
        executeApprovedWorkflowCreation: FunctionReference<
          "action",
          "internal",
          { approvalId: Id<"approvals">; approvedBy: string },
          any
        >;
        executeApprovedWorkflowRun: FunctionReference<
          "action",
          "internal",
          { approvalId: Id<"approvals">; approvedBy: string },
          any
        >;
        executeApprovedWorkflowUpdate: FunctionReference<
          "action",
          "internal",
          { approvalId: Id<"approvals">; approvedBy: string },
          any
        >;
      };
      internal_mutations: {
        claimWorkflowApprovalForExecution: FunctionReference<
          "mutation",
          "internal",
          { approvalId: Id<"approvals"> },
          boolean
        >;
        createBatchWorkflowStepUpdateApproval: FunctionReference<
          "mutation",
          "internal",
          {
            messageId?: string;
            organizationId: string;
            steps: Array<{
              stepName: string;
              stepSlug: string;
              stepUpdates: any;
            }>;
            threadId?: string;
            updateSummary: string;
            workflowName: string;
            workflowSlug: string;
            workflowVersion: string;
          },
          any
        >;
        createWorkflowCreationApproval: FunctionReference<
          "mutation",
          "internal",
          {
            messageId?: string;
            organizationId: string;
            stepsConfig: Array<{
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
                      type:
                        | "text"
                        | "number"
                        | "email"
                        | "date"
                        | "boolean"
                        | "select";
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
                    webhookData?: Record<
                      string,
                      string | number | boolean | null
                    >;
                  }
                | {
                    context?: Record<string, string | number | boolean | null>;
                    eventData?: Record<
                      string,
                      string | number | boolean | null
                    >;
                    eventType: string;
                    type: "event";
                  }
                | {
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
                    variables?: Record<
                      string,
                      string | number | boolean | null
                    >;
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
              name: string;
              nextSteps: Record<string, string>;
              stepSlug: string;
              stepType:
                | "start"
                | "trigger"
                | "llm"
                | "action"
                | "condition"
                | "loop"
                | "output";
            }>;
            threadId?: string;
            workflowConfig: {
              config?: any;
              description?: string;
              name: string;
              version?: string;
              workflowType?: "predefined";
            };
            workflowDescription?: string;
            workflowName: string;
          },
          any
        >;
        createWorkflowRunApproval: FunctionReference<
          "mutation",
          "internal",
          {
            messageId?: string;
            organizationId: string;
            parameters?: any;
            threadId?: string;
            workflowDescription?: string;
            workflowName: string;
            workflowSlug: string;
          },
          any
        >;
        createWorkflowStepUpdateApproval: FunctionReference<
          "mutation",
          "internal",
          {
            messageId?: string;
            organizationId: string;
            stepName: string;
            stepSlug: string;
            stepUpdates: any;
            threadId?: string;
            updateSummary: string;
            workflowName: string;
            workflowSlug: string;
            workflowVersion: string;
          },
          any
        >;
        createWorkflowUpdateApproval: FunctionReference<
          "mutation",
          "internal",
          {
            messageId?: string;
            organizationId: string;
            stepsConfig: Array<{
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
                      type:
                        | "text"
                        | "number"
                        | "email"
                        | "date"
                        | "boolean"
                        | "select";
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
                    webhookData?: Record<
                      string,
                      string | number | boolean | null
                    >;
                  }
                | {
                    context?: Record<string, string | number | boolean | null>;
                    eventData?: Record<
                      string,
                      string | number | boolean | null
                    >;
                    eventType: string;
                    type: "event";
                  }
                | {
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
                    variables?: Record<
                      string,
                      string | number | boolean | null
                    >;
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
              name: string;
              nextSteps: Record<string, string>;
              stepSlug: string;
              stepType:
                | "start"
                | "trigger"
                | "llm"
                | "action"
                | "condition"
                | "loop"
                | "output";
            }>;
            threadId?: string;
            updateSummary: string;
            workflowConfig: {
              config?: any;
              description?: string;
              name: string;
              version?: string;
              workflowType?: "predefined";
            };
            workflowName: string;
            workflowSlug: string;
            workflowVersion: string;
          },
          any
        >;
        saveSystemMessage: FunctionReference<
          "mutation",
          "internal",
          { content: string; threadId: string },
          any
        >;
        triggerWorkflowCompletionResponse: FunctionReference<
          "mutation",
          "internal",
          {
            agentConfig: any;
            agentSlug: string;
            messageContent: string;
            organizationId: string;
            threadId: string;
          },
          any
        >;
        updateWorkflowApprovalWithResult: FunctionReference<
          "mutation",
          "internal",
          {
            approvalId: Id<"approvals">;
            createdWorkflowSlug: string | null;
            executionError: string | null;
          },
          any
        >;
        updateWorkflowRunApprovalWithResult: FunctionReference<
          "mutation",
          "internal",
          {
            approvalId: Id<"approvals">;
            executionError: string | null;
            executionId: Id<"wfExecutions"> | null;
          },
          any
        >;
        updateWorkflowUpdateApprovalWithResult: FunctionReference<
          "mutation",
          "internal",
          { approvalId: Id<"approvals">; executionError: string | null },
          any
        >;
      };
      trigger_completion_action: {
        triggerCompletionWithAgent: FunctionReference<
          "action",
          "internal",
          {
            agentSlug: string;
            messageContent: string;
            organizationId: string;
            threadId: string;
          },
          any
        >;
      };
    };
  };
  agents: {
    file_actions: {
      readAgentForChat: FunctionReference<
        "action",
        "internal",
        { agentName: string; orgSlug: string },
        any
      >;
      resolveAgentConfig: FunctionReference<
        "action",
        "internal",
        {
          agentSlug: string;
          modelId?: string;
          orgSlug: string;
          organizationId: string;
        },
        any
      >;
    };
    image_generation: {
      run_image_generation: {
        runImageGeneration: FunctionReference<
          "action",
          "internal",
          {
            agentSlug?: string;
            attachmentImages?: Array<{
              fileId: string;
              fileName: string;
              mimeType: string;
            }>;
            modelRef: string;
            orgSlug?: string;
            organizationId?: string;
            promptMessageId: string;
            rawPrompt: string;
            streamId?: string;
            systemInstructions?: string;
            teamIds?: Array<string>;
            threadId: string;
            userId?: string;
          },
          null
        >;
      };
    };
    internal_actions: {
      checkKnowledgeFileStatus: FunctionReference<
        "action",
        "internal",
        {
          agentSlug: string;
          attempt: number;
          fileId: Id<"_storage">;
          organizationId: string;
        },
        null
      >;
      deleteKnowledgeFileFromRag: FunctionReference<
        "action",
        "internal",
        { fileId: Id<"_storage"> },
        null
      >;
      indexKnowledgeFile: FunctionReference<
        "action",
        "internal",
        { agentSlug: string; fileId: Id<"_storage">; organizationId: string },
        null
      >;
      listAgentsInternal: FunctionReference<
        "action",
        "internal",
        { orgSlug: string },
        any
      >;
      readAgentInternal: FunctionReference<
        "action",
        "internal",
        { agentName: string; orgSlug: string },
        any
      >;
    };
    internal_mutations: {
      cleanupAgentBinding: FunctionReference<
        "mutation",
        "internal",
        { agentSlug: string; organizationId: string },
        any
      >;
      updateKnowledgeFileRagInfo: FunctionReference<
        "mutation",
        "internal",
        {
          agentSlug: string;
          fileId: Id<"_storage">;
          organizationId: string;
          ragError?: string;
          ragIndexedAt?: number;
          ragStatus: "queued" | "running" | "completed" | "failed";
        },
        any
      >;
    };
    internal_queries: {
      getAvailableIntegrations: FunctionReference<
        "query",
        "internal",
        { organizationId: string },
        any
      >;
      getBindingByAgent: FunctionReference<
        "query",
        "internal",
        { agentSlug: string; organizationId: string },
        any
      >;
      listBindingsForOrg: FunctionReference<
        "query",
        "internal",
        { organizationId: string },
        any
      >;
    };
    mutations: {
      cleanupAgentBinding: FunctionReference<
        "mutation",
        "internal",
        { agentSlug: string; organizationId: string },
        null
      >;
      upsertBinding: FunctionReference<
        "mutation",
        "internal",
        {
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
          teamId?: string;
        },
        Id<"agentBindings">
      >;
    };
    seed_system_defaults: {
      ensureSystemDefaults: FunctionReference<
        "mutation",
        "internal",
        { organizationId: string },
        any
      >;
      seedSystemDefaultAgents: FunctionReference<
        "mutation",
        "internal",
        { organizationId: string },
        any
      >;
    };
    start_chat: {
      startChat: FunctionReference<
        "mutation",
        "internal",
        {
          additionalContext?: Record<string, string>;
          agentConfig: any;
          agentSlug: string;
          attachments?: Array<{
            fileId: Id<"_storage">;
            fileName: string;
            fileSize: number;
            fileType: string;
          }>;
          capabilityBindings?: Array<string>;
          maxSteps?: number;
          message: string;
          organizationId: string;
          preAllocatedStreamId?: string;
          threadId: string;
          userContext?: { language: string; timezone: string };
          userEmail: string;
          userId: string;
          userName: string;
        },
        { messageAlreadyExists: boolean; streamId: string }
      >;
    };
    webhooks: {
      internal_actions: {
        chatViaWebhook: FunctionReference<
          "action",
          "internal",
          {
            additionalSystemPrompt?: string;
            agentSlug: string;
            agentType?: string;
            attachments?: Array<{
              fileId: Id<"_storage">;
              fileName: string;
              fileSize: number;
              fileType: string;
            }>;
            chatOwnerId?: string;
            enableStreaming?: boolean;
            message: string;
            organizationId: string;
            preferredModel?: string;
            threadId?: string;
            userHash?: string;
            webhookId: Id<"agentWebhooks">;
          },
          { streamId: string; threadId: string }
        >;
      };
      internal_mutations: {
        deleteUserThreadsByWebhook: FunctionReference<
          "mutation",
          "internal",
          { webhookId: Id<"agentWebhooks"> },
          null
        >;
        getOrCreateUserThread: FunctionReference<
          "mutation",
          "internal",
          {
            chatOwnerId: string;
            organizationId: string;
            userHash: string;
            webhookId: Id<"agentWebhooks">;
          },
          { created: boolean; threadId: string }
        >;
        startWebhookChat: FunctionReference<
          "mutation",
          "internal",
          {
            agentConfig: any;
            agentSlug: string;
            agentType?: string;
            attachments?: Array<{
              fileId: Id<"_storage">;
              fileName: string;
              fileSize: number;
              fileType: string;
            }>;
            chatOwnerId?: string;
            enableStreaming?: boolean;
            message: string;
            organizationId: string;
            threadId?: string;
            webhookId: Id<"agentWebhooks">;
          },
          { streamId: string; threadId: string }
        >;
        updateWebhookLastTriggered: FunctionReference<
          "mutation",
          "internal",
          { lastTriggeredAt: number; webhookId: Id<"agentWebhooks"> },
          null
        >;
      };
      internal_queries: {
        getWebhookByToken: FunctionReference<
          "query",
          "internal",
          { token: string },
          any
        >;
      };
    };
  };
  approvals: {
    internal_mutations: {
      createApproval: FunctionReference<
        "mutation",
        "internal",
        {
          description?: string;
          dueDate?: number;
          messageId?: string;
          metadata?: any;
          organizationId: string;
          priority: "low" | "medium" | "high" | "urgent";
          requestedBy?: string;
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
          stepSlug?: string;
          threadId?: string;
          wfExecutionId?: Id<"wfExecutions">;
        },
        any
      >;
      linkApprovalsToMessage: FunctionReference<
        "mutation",
        "internal",
        { messageId: string; threadId: string },
        any
      >;
    };
    internal_queries: {
      getApprovalById: FunctionReference<
        "query",
        "internal",
        { approvalId: Id<"approvals"> },
        {
          _creationTime: number;
          _id: string;
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
          wfExecutionId?: string;
        } | null
      >;
      getApprovalContext: FunctionReference<
        "query",
        "internal",
        { approvalId: Id<"approvals"> },
        { agentSlug?: string; organizationId: string; threadId: string }
      >;
      getApprovalsForThread: FunctionReference<
        "query",
        "internal",
        { threadId: string },
        Array<{
          _creationTime: number;
          _id: string;
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
          wfExecutionId?: string;
        }>
      >;
      hasPendingHumanInputForThread: FunctionReference<
        "query",
        "internal",
        { threadId: string },
        boolean
      >;
      listPendingForExecution: FunctionReference<
        "query",
        "internal",
        { executionId: Id<"wfExecutions"> },
        Array<{
          _creationTime: number;
          _id: string;
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
          wfExecutionId?: string;
        }>
      >;
      listRespondedForExecution: FunctionReference<
        "query",
        "internal",
        { executionId: Id<"wfExecutions"> },
        Array<{ question: string; response: string | Array<string> }>
      >;
      verifyOrganizationMembership: FunctionReference<
        "query",
        "internal",
        { email: string; name: string; organizationId: string; userId: string },
        any
      >;
    };
  };
  artifacts: {
    internal_mutations: {
      abortStream: FunctionReference<
        "mutation",
        "internal",
        { artifactId: Id<"artifacts"> },
        null
      >;
      applyToolPatches: FunctionReference<
        "mutation",
        "internal",
        {
          artifactId: Id<"artifacts">;
          editedByMessageId: string;
          expectedRevision: number;
          patches: Array<{ replace: string; search: string }>;
        },
        | { content: string; revision: number; success: true }
        | {
            currentRevision?: number;
            error: string;
            failedIndex: number;
            stale?: boolean;
            success: false;
          }
      >;
      beginEditStream: FunctionReference<
        "mutation",
        "internal",
        {
          artifactId: Id<"artifacts">;
          liveStreamMode: "create" | "rewrite" | "patch";
          toolCallId?: string;
        },
        null
      >;
      cleanupStaleStreams: FunctionReference<
        "mutation",
        "internal",
        {},
        { cleared: number }
      >;
      createArtifact: FunctionReference<
        "mutation",
        "internal",
        {
          content: string;
          createdByMessageId: string;
          language?: string;
          liveStreamMode?: "create" | "rewrite" | "patch";
          organizationId: string;
          threadId: string;
          title: string;
          toolCallId?: string;
          type: "html" | "svg" | "markdown" | "mermaid" | "code";
        },
        { artifactId: Id<"artifacts">; revision: number }
      >;
      finalizeStreamedCreate: FunctionReference<
        "mutation",
        "internal",
        {
          artifactId: Id<"artifacts">;
          content: string;
          editedByMessageId: string;
          language?: string;
          title: string;
        },
        null
      >;
      rewriteArtifact: FunctionReference<
        "mutation",
        "internal",
        {
          artifactId: Id<"artifacts">;
          content: string;
          editedByMessageId: string;
          expectedRevision: number;
        },
        | { revision: number; success: true }
        | {
            currentRevision: number;
            error: string;
            stale: true;
            success: false;
          }
      >;
      updateStreamingContent: FunctionReference<
        "mutation",
        "internal",
        {
          artifactId: Id<"artifacts">;
          language?: string;
          streamingContent?: string;
          streamingPatches?: Array<{ replace: string; search: string }>;
          title?: string;
        },
        null
      >;
    };
    internal_queries: {
      getById: FunctionReference<
        "query",
        "internal",
        {
          artifactId: Id<"artifacts">;
          expectedOrganizationId?: string;
          expectedThreadId?: string;
        },
        any
      >;
      listByThread: FunctionReference<
        "query",
        "internal",
        { organizationId: string; threadId: string },
        any
      >;
    };
  };
  audit_logs: {
    export_audit_logs: {
      exportAuditLogs: FunctionReference<
        "action",
        "internal",
        {
          filter?: {
            actorId?: string;
            category?: string;
            endDate?: number;
            resourceType?: string;
            search?: string;
            startDate?: number;
            status?: string;
          };
          format: "csv" | "json";
          organizationId: string;
        },
        { fileName: string; storageId: string }
      >;
    };
    internal_mutations: {
      createAuditLog: FunctionReference<
        "mutation",
        "internal",
        {
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
          changedFields?: Array<string>;
          errorMessage?: string;
          ipAddress?: string;
          metadata?: any;
          newState?: any;
          organizationId: string;
          previousState?: any;
          requestId?: string;
          resourceId?: string;
          resourceName?: string;
          resourceType: string;
          sessionId?: string;
          status: "success" | "failure" | "denied";
          userAgent?: string;
        },
        any
      >;
      deleteOldLogs: FunctionReference<
        "mutation",
        "internal",
        {
          batchSize?: number;
          olderThanTimestamp: number;
          organizationId: string;
          protectedUserIds?: Array<string>;
        },
        { deletedCount: number; hasMore: boolean }
      >;
      logJoinedOrganization: FunctionReference<
        "mutation",
        "internal",
        {
          organizationId: string;
          userEmail: string;
          userId: string;
          userRole: string;
        },
        any
      >;
      scrubSubjectAuditLogs: FunctionReference<
        "mutation",
        "internal",
        { organizationId: string; userId: string },
        {
          scrubbedActorRowCount: number;
          scrubbedResourceRowCount: number;
          scrubbedRowCount: number;
        }
      >;
    };
    internal_queries: {
      getUserEmailMap: FunctionReference<"query", "internal", {}, any>;
      listLogsForExport: FunctionReference<
        "query",
        "internal",
        {
          filter?: {
            actorId?: string;
            category?: string;
            endDate?: number;
            resourceType?: string;
            search?: string;
            startDate?: number;
            status?: string;
          };
          organizationId: string;
        },
        any
      >;
      verifyAdminAccess: FunctionReference<
        "query",
        "internal",
        {
          email: string;
          name?: string;
          organizationId: string;
          userId: string;
        },
        any
      >;
    };
  };
  branding: {
    internal_queries: {
      getBindingsWithUrls: FunctionReference<"query", "internal", {}, any>;
      getLegacyBranding: FunctionReference<"query", "internal", {}, any>;
      isCallerAdmin: FunctionReference<
        "query",
        "internal",
        { userId: string },
        boolean
      >;
    };
  };
  changelog: {
    internal_actions: {
      fetchReleasesPageUncached: FunctionReference<
        "action",
        "internal",
        { page: number },
        Array<{
          body: string | null;
          htmlUrl: string;
          name: string | null;
          publishedAt: string | null;
          tag: string;
          version: string;
        }>
      >;
    };
  };
  chat_filter_events: {
    internal_mutations: {
      recordEvent: FunctionReference<
        "mutation",
        "internal",
        {
          actorType?: "user" | "api" | "assistant" | "system";
          agentSlug?: string;
          attempt?: number;
          categoryIds: Array<string>;
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
          matchCount?: number;
          messageId?: string;
          organizationId: string;
          sanitizationRunId: string;
          threadId: string;
          truncated?: boolean;
        },
        Id<"chatFilterEvents">
      >;
    };
  };
  conversations: {
    internal_actions: {
      checkMessageDeliveryAction: FunctionReference<
        "action",
        "internal",
        {
          integrationName: string;
          internetMessageId: string;
          messageId: Id<"conversationMessages">;
          organizationId: string;
          retryCount?: number;
        },
        null
      >;
      downloadAttachmentsAction: FunctionReference<
        "action",
        "internal",
        {
          externalMessageId: string;
          integrationName: string;
          messageId: Id<"conversationMessages">;
          organizationId: string;
        },
        null
      >;
      sendMessageViaIntegrationAction: FunctionReference<
        "action",
        "internal",
        {
          attachments?: Array<{
            contentType: string;
            fileName: string;
            size?: number;
            storageId: Id<"_storage">;
          }>;
          body: string;
          cc?: Array<string>;
          contentType?: string;
          inReplyTo?: string;
          integrationName: string;
          messageId: Id<"conversationMessages">;
          organizationId: string;
          references?: Array<string>;
          subject: string;
          to: Array<string>;
        },
        null
      >;
    };
    internal_mutations: {
      addMessageToConversation: FunctionReference<
        "mutation",
        "internal",
        {
          attachment?: {
            contentType?: string;
            filename: string;
            size?: number;
            url: string;
          };
          attachments?: Array<{
            contentId?: string;
            contentType: string;
            filename: string;
            id: string;
            size: number;
            storageId?: string;
            url?: string;
          }>;
          content: string;
          conversationId: Id<"conversations">;
          deliveredAt?: number;
          externalMessageId?: string;
          integrationName?: string;
          isCustomer: boolean;
          metadata?: any;
          organizationId: string;
          sender: string;
          sentAt?: number;
          status?: string;
        },
        Id<"conversations">
      >;
      backfillLastMessageAt: FunctionReference<
        "mutation",
        "internal",
        { batchSize?: number; cursor?: Id<"conversations"> },
        {
          done: boolean;
          nextCursor: Id<"conversations"> | null;
          processed: number;
        }
      >;
      createConversation: FunctionReference<
        "mutation",
        "internal",
        {
          channel?: string;
          customerId?: Id<"customers">;
          direction?: "inbound" | "outbound";
          externalMessageId?: string;
          metadata?: any;
          organizationId: string;
          priority?: "low" | "medium" | "high" | "urgent";
          status?: "open" | "closed" | "spam" | "archived";
          subject?: string;
          type?: string;
        },
        { conversationId: Id<"conversations">; success: boolean }
      >;
      createConversationWithMessage: FunctionReference<
        "mutation",
        "internal",
        {
          channel?: string;
          customerId?: Id<"customers">;
          direction?: "inbound" | "outbound";
          externalMessageId?: string;
          initialMessage: {
            attachment?: {
              contentType?: string;
              filename: string;
              size?: number;
              url: string;
            };
            attachments?: Array<{
              contentId?: string;
              contentType: string;
              filename: string;
              id: string;
              size: number;
              storageId?: string;
              url?: string;
            }>;
            content: string;
            deliveredAt?: number;
            externalMessageId?: string;
            integrationName?: string;
            isCustomer: boolean;
            metadata?: any;
            sender: string;
            sentAt?: number;
            status?: "queued" | "sent" | "delivered" | "failed";
          };
          integrationName?: string;
          metadata?: any;
          organizationId: string;
          priority?: "low" | "medium" | "high" | "urgent";
          status?: "open" | "closed" | "spam" | "archived";
          subject?: string;
          type?: string;
        },
        {
          conversationId: Id<"conversations">;
          messageId: Id<"conversationMessages">;
          success: boolean;
        }
      >;
      updateConversationMessage: FunctionReference<
        "mutation",
        "internal",
        {
          deliveredAt?: number;
          deliveryState?: "queued" | "sent" | "delivered" | "failed";
          externalMessageId?: string;
          messageId: Id<"conversationMessages">;
          metadata?: any;
          retryCount?: number;
          sentAt?: number;
        },
        null
      >;
      updateConversations: FunctionReference<
        "mutation",
        "internal",
        {
          conversationId?: Id<"conversations">;
          organizationId?: string;
          priority?: "low" | "medium" | "high" | "urgent";
          status?: "open" | "closed" | "spam" | "archived";
          updates: {
            customerId?: Id<"customers">;
            metadata?: any;
            priority?: "low" | "medium" | "high" | "urgent";
            status?: "open" | "closed" | "spam" | "archived";
            subject?: string;
            type?: string;
          };
        },
        {
          success: boolean;
          updatedCount: number;
          updatedIds: Array<Id<"conversations">>;
        }
      >;
    };
    internal_queries: {
      getConversationByExternalMessageId: FunctionReference<
        "query",
        "internal",
        { externalMessageId: string; organizationId: string },
        {
          _creationTime: number;
          _id: Id<"conversations">;
          channel?: string;
          customerId?: Id<"customers">;
          direction?: "inbound" | "outbound";
          externalMessageId?: string;
          integrationName?: string;
          lastMessageAt?: number;
          metadata?: any;
          organizationId: string;
          priority?: string;
          status?: "open" | "closed" | "spam" | "archived";
          subject?: string;
          type?: string;
        } | null
      >;
      getConversationById: FunctionReference<
        "query",
        "internal",
        { conversationId: Id<"conversations"> },
        {
          _creationTime: number;
          _id: Id<"conversations">;
          channel?: string;
          customerId?: Id<"customers">;
          direction?: "inbound" | "outbound";
          externalMessageId?: string;
          integrationName?: string;
          lastMessageAt?: number;
          metadata?: any;
          organizationId: string;
          priority?: string;
          status?: "open" | "closed" | "spam" | "archived";
          subject?: string;
          type?: string;
        } | null
      >;
      getMessageByExternalId: FunctionReference<
        "query",
        "internal",
        { externalMessageId: string; organizationId: string },
        {
          _creationTime: number;
          _id: Id<"conversationMessages">;
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
          sentAt?: number;
        } | null
      >;
      getMessageById: FunctionReference<
        "query",
        "internal",
        { messageId: Id<"conversationMessages">; organizationId: string },
        {
          _creationTime: number;
          _id: Id<"conversationMessages">;
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
          sentAt?: number;
        } | null
      >;
      queryConversationMessages: FunctionReference<
        "query",
        "internal",
        {
          channel?: string;
          conversationId?: Id<"conversations">;
          direction?: "inbound" | "outbound";
          organizationId: string;
          paginationOpts: {
            cursor: string | null;
            id?: number;
            numItems: number;
          };
        },
        {
          continueCursor: string;
          isDone: boolean;
          page: Array<{
            _creationTime: number;
            _id: Id<"conversationMessages">;
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
            sentAt?: number;
          }>;
        }
      >;
      queryConversations: FunctionReference<
        "query",
        "internal",
        {
          channel?: string;
          customerId?: Id<"customers">;
          direction?: "inbound" | "outbound";
          organizationId: string;
          paginationOpts: {
            cursor: string | null;
            id?: number;
            numItems: number;
          };
          priority?: "low" | "medium" | "high" | "urgent";
          status?: "open" | "closed" | "spam" | "archived";
        },
        {
          continueCursor: string;
          isDone: boolean;
          page: Array<{
            _creationTime: number;
            _id: Id<"conversations">;
            channel?: string;
            customerId?: Id<"customers">;
            direction?: "inbound" | "outbound";
            externalMessageId?: string;
            integrationName?: string;
            lastMessageAt?: number;
            metadata?: any;
            organizationId: string;
            priority?: string;
            status?: "open" | "closed" | "spam" | "archived";
            subject?: string;
            type?: string;
          }>;
        }
      >;
      queryLatestMessageByDeliveryState: FunctionReference<
        "query",
        "internal",
        {
          channel: string;
          deliveryState: "queued" | "sent" | "delivered" | "failed";
          direction: "inbound" | "outbound";
          integrationName?: string;
          organizationId: string;
        },
        {
          message: {
            _creationTime: number;
            _id: Id<"conversationMessages">;
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
            sentAt?: number;
          } | null;
        }
      >;
    };
  };
  customers: {
    internal_mutations: {
      bulkCreateCustomers: FunctionReference<
        "mutation",
        "internal",
        {
          customers: Array<{
            address?: {
              city?: string;
              country?: string;
              postalCode?: string;
              state?: string;
              street?: string;
            };
            email: string;
            externalId?: string;
            locale?: string;
            metadata?: any;
            name?: string;
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
            status: "active" | "churned" | "potential";
          }>;
          organizationId: string;
        },
        {
          errors: Array<{
            customer: any;
            error: string;
            errorCode: string;
            index: number;
          }>;
          failed: number;
          success: number;
        }
      >;
      createCustomer: FunctionReference<
        "mutation",
        "internal",
        {
          address?: {
            city?: string;
            country?: string;
            postalCode?: string;
            state?: string;
            street?: string;
          };
          email?: string;
          externalId?: string | number;
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
        },
        { customerId: Id<"customers">; success: boolean }
      >;
      deleteCustomer: FunctionReference<
        "mutation",
        "internal",
        { callerOrgId?: string; customerId: Id<"customers"> },
        null
      >;
      findOrCreateCustomer: FunctionReference<
        "mutation",
        "internal",
        {
          email: string;
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
        },
        { created: boolean; customerId: Id<"customers"> }
      >;
      updateCustomer: FunctionReference<
        "mutation",
        "internal",
        {
          address?: {
            city?: string;
            country?: string;
            postalCode?: string;
            state?: string;
            street?: string;
          };
          callerOrgId?: string;
          customerId: Id<"customers">;
          email?: string;
          externalId?: string;
          locale?: string;
          metadata?: any;
          name?: string;
          source?:
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
        },
        {
          _creationTime: number;
          _id: string;
          address?: {
            city?: string;
            country?: string;
            postalCode?: string;
            state?: string;
            street?: string;
          };
          email?: string;
          externalId?: string | number;
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
        } | null
      >;
      updateCustomers: FunctionReference<
        "mutation",
        "internal",
        {
          customerId?: Id<"customers">;
          organizationId?: string;
          status?: "active" | "churned" | "potential";
          updates: {
            address?: {
              city?: string;
              country?: string;
              postalCode?: string;
              state?: string;
              street?: string;
            };
            email?: string;
            locale?: string;
            metadata?: any;
            name?: string;
            source?:
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
          };
        },
        {
          success: boolean;
          updatedCount: number;
          updatedIds: Array<Id<"customers">>;
        }
      >;
    };
    internal_queries: {
      filterCustomers: FunctionReference<
        "query",
        "internal",
        { expression: string; organizationId: string },
        {
          count: number;
          customers: Array<{
            _creationTime: number;
            _id: string;
            address?: {
              city?: string;
              country?: string;
              postalCode?: string;
              state?: string;
              street?: string;
            };
            email?: string;
            externalId?: string | number;
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
          }>;
        }
      >;
      getCustomerByEmail: FunctionReference<
        "query",
        "internal",
        { email: string; organizationId: string },
        any
      >;
      getCustomerById: FunctionReference<
        "query",
        "internal",
        { callerOrgId?: string; customerId: Id<"customers"> },
        {
          _creationTime: number;
          _id: string;
          address?: {
            city?: string;
            country?: string;
            postalCode?: string;
            state?: string;
            street?: string;
          };
          email?: string;
          externalId?: string | number;
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
        } | null
      >;
      queryCustomers: FunctionReference<
        "query",
        "internal",
        {
          externalId?: string | number;
          locale?: Array<string>;
          organizationId: string;
          paginationOpts: {
            cursor: string | null;
            id?: number;
            numItems: number;
          };
          searchTerm?: string;
          source?:
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
            | "custom"
            | Array<
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
                | "custom"
              >;
          status?:
            | "active"
            | "churned"
            | "potential"
            | Array<"active" | "churned" | "potential">;
        },
        {
          continueCursor: string;
          isDone: boolean;
          page: Array<{
            _creationTime: number;
            _id: string;
            address?: {
              city?: string;
              country?: string;
              postalCode?: string;
              state?: string;
              street?: string;
            };
            email?: string;
            externalId?: string | number;
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
          }>;
        }
      >;
    };
  };
  documents: {
    internal_actions: {
      checkRagDocumentStatus: FunctionReference<
        "action",
        "internal",
        { attempt: number; documentId: Id<"documents"> },
        null
      >;
      deleteDocumentFromRag: FunctionReference<
        "action",
        "internal",
        { attempt?: number; documentId: Id<"documents"> },
        null
      >;
      generateDocument: FunctionReference<
        "action",
        "internal",
        {
          content: string;
          extraCss?: string;
          fileName: string;
          imageOptions?: {
            fullPage?: boolean;
            height?: number;
            imageType?: string;
            quality?: number;
            scale?: number;
            width?: number;
          };
          organizationId: string;
          outputFormat: "pdf" | "image" | "docx" | "pptx";
          pdfOptions?: {
            format?: string;
            landscape?: boolean;
            marginBottom?: string;
            marginLeft?: string;
            marginRight?: string;
            marginTop?: string;
            printBackground?: boolean;
          };
          sourceType: "markdown" | "html" | "url";
          urlOptions?: {
            waitUntil?: "load" | "domcontentloaded" | "networkidle" | "commit";
          };
          wrapInTemplate?: boolean;
        },
        any
      >;
      generateDocx: FunctionReference<
        "action",
        "internal",
        {
          content: {
            sections: Array<{
              headers?: Array<string>;
              items?: Array<string>;
              level?: number;
              rows?: Array<Array<string>>;
              text?: string;
              type:
                | "heading"
                | "paragraph"
                | "bullets"
                | "numbered"
                | "table"
                | "quote"
                | "code";
            }>;
            subtitle?: string;
            title?: string;
          };
          fileName: string;
          organizationId: string;
        },
        any
      >;
      reindexDocumentInRag: FunctionReference<
        "action",
        "internal",
        { documentId: Id<"documents">; oldFileId: Id<"_storage"> },
        null
      >;
      storeRawContent: FunctionReference<
        "action",
        "internal",
        {
          content: string;
          contentType: string;
          extension: string;
          fileName: string;
          organizationId: string;
        },
        any
      >;
      uploadDocumentToRag: FunctionReference<
        "action",
        "internal",
        { documentId: Id<"documents"> },
        null
      >;
    };
    internal_mutations: {
      backfillIndexedField: FunctionReference<
        "mutation",
        "internal",
        { batchSize?: number; cursor?: string },
        {
          cursor: string | null;
          done: boolean;
          processed: number;
          updated: number;
        }
      >;
      createDocument: FunctionReference<
        "mutation",
        "internal",
        {
          content?: string;
          contentHash?: string;
          createdBy?: string;
          extension?: string;
          externalItemId?: string;
          fileId?: Id<"_storage">;
          folderId?: Id<"folders">;
          metadata?: any;
          mimeType?: string;
          organizationId: string;
          sourceProvider?: string;
          teamId?: string;
          title: string;
        },
        Id<"documents">
      >;
      deleteDocumentById: FunctionReference<
        "mutation",
        "internal",
        { callerOrgId?: string; documentId: Id<"documents"> },
        null
      >;
      updateDocument: FunctionReference<
        "mutation",
        "internal",
        {
          callerOrgId?: string;
          content?: string;
          contentHash?: string;
          documentId: Id<"documents">;
          extension?: string;
          externalItemId?: string;
          fileId?: Id<"_storage">;
          folderId?: Id<"folders">;
          metadata?: any;
          mimeType?: string;
          sourceProvider?: string;
          teamId?: string;
          title?: string;
        },
        any
      >;
      updateDocumentDates: FunctionReference<
        "mutation",
        "internal",
        {
          documentId: Id<"documents">;
          ocrApplied?: boolean;
          scannedPagesDetected?: number;
          sourceCreatedAt?: number;
          sourceModifiedAt?: number;
        },
        null
      >;
      updateDocumentRagInfo: FunctionReference<
        "mutation",
        "internal",
        {
          documentId: Id<"documents">;
          ragInfo: {
            error?: string;
            indexedAt?: number;
            indexedFileId?: Id<"_storage">;
            status: "queued" | "running" | "completed" | "failed";
          };
        },
        any
      >;
    };
    internal_queries: {
      findDocumentByExternalId: FunctionReference<
        "query",
        "internal",
        {
          externalItemId: string;
          folderId?: Id<"folders"> | null;
          organizationId: string;
        },
        any
      >;
      findDocumentByFileId: FunctionReference<
        "query",
        "internal",
        { fileId: string; organizationId: string },
        any
      >;
      getAccessibleDocumentIds: FunctionReference<
        "query",
        "internal",
        { organizationId: string; userId: string },
        any
      >;
      getAgentScopedFileIds: FunctionReference<
        "query",
        "internal",
        {
          agentTeamId?: string;
          agentTeamIds?: Array<string>;
          includeOrgKnowledge?: boolean;
          includeTeamKnowledge?: boolean;
          knowledgeFileIds?: Array<string>;
          organizationId: string;
        },
        any
      >;
      getDocumentByIdRaw: FunctionReference<
        "query",
        "internal",
        { callerOrgId?: string; documentId: Id<"documents"> },
        any
      >;
      listForAgent: FunctionReference<
        "query",
        "internal",
        {
          cursor?: number;
          dateFrom?: number;
          dateTo?: number;
          extension?: string;
          fileName?: string;
          folderPath?: string;
          limit?: number;
          organizationId: string;
          sortBy?: "createdAt" | "name";
          sortOrder?: "asc" | "desc";
          teamId?: string;
          userId: string;
        },
        any
      >;
      listIndexedForAgent: FunctionReference<
        "query",
        "internal",
        {
          agentTeamId?: string;
          agentTeamIds?: Array<string>;
          cursor?: string;
          includeOrgKnowledge?: boolean;
          includeTeamKnowledge?: boolean;
          knowledgeFileIds?: Array<string>;
          limit?: number;
          organizationId: string;
        },
        any
      >;
      queryDocuments: FunctionReference<
        "query",
        "internal",
        {
          organizationId: string;
          paginationOpts: { cursor: string | null; numItems: number };
          sourceProvider?: string;
        },
        any
      >;
      verifyOrganizationMembership: FunctionReference<
        "query",
        "internal",
        { organizationId: string; userId: string },
        any
      >;
      verifyStorageIdsBelongToOrg: FunctionReference<
        "query",
        "internal",
        { organizationId: string; storageIds: Array<string> },
        boolean
      >;
    };
    migrate_team_fields: {
      migrateTeamFields: FunctionReference<
        "mutation",
        "internal",
        { batchSize?: number; cursor?: string },
        { cursor?: string; isDone: boolean; migrated: number }
      >;
    };
  };
  file_metadata: {
    internal_actions: {
      extractFileMetadata: FunctionReference<
        "action",
        "internal",
        {
          attempt?: number;
          contentType: string;
          fileName: string;
          storageId: Id<"_storage">;
        },
        null
      >;
      uploadFileToRag: FunctionReference<
        "action",
        "internal",
        { contentType: string; fileName: string; storageId: Id<"_storage"> },
        null
      >;
    };
    internal_mutations: {
      expireStaleRagQueue: FunctionReference<
        "mutation",
        "internal",
        { staleAfterMs: number; storageId: Id<"_storage"> },
        null
      >;
      linkDocumentToFile: FunctionReference<
        "mutation",
        "internal",
        { documentId: Id<"documents">; storageId: Id<"_storage"> },
        any
      >;
      recoverStuckTranscriptions: FunctionReference<
        "mutation",
        "internal",
        {},
        null
      >;
      saveFileMetadata: FunctionReference<
        "mutation",
        "internal",
        {
          contentType: string;
          documentId?: Id<"documents">;
          fileName: string;
          organizationId: string;
          size: number;
          source?: "user" | "agent" | "video_link";
          sourcePlatform?: string;
          sourceUrl?: string;
          storageId: Id<"_storage">;
          threadId?: string;
          uploadedBy?: string;
          videoDurationSec?: number;
          videoTitle?: string;
          videoUploader?: string;
        },
        any
      >;
      updateFileRagStatus: FunctionReference<
        "mutation",
        "internal",
        {
          ocrApplied?: boolean;
          ragError?: string;
          ragProgress?: string;
          ragStatus: "queued" | "running" | "completed" | "failed";
          storageId: Id<"_storage">;
        },
        any
      >;
      updateFileTranscription: FunctionReference<
        "mutation",
        "internal",
        {
          contentHash?: string;
          storageId: Id<"_storage">;
          transcript?: string;
          transcriptRagError?: string;
          transcriptRagStatus?: "queued" | "running" | "completed" | "failed";
          transcriptionDurationSec?: number;
          transcriptionError?: string;
          transcriptionProgress?: string;
          transcriptionStatus?:
            "queued" | "running" | "completed" | "failed" | "skipped";
        },
        any
      >;
      updateFileVisionMetadata: FunctionReference<
        "mutation",
        "internal",
        {
          pageCount?: number;
          scannedPagesDetected?: number;
          storageId: Id<"_storage">;
          visionRequired?: boolean;
        },
        any
      >;
    };
    internal_queries: {
      filterStorageIdsByCallerOrg: FunctionReference<
        "query",
        "internal",
        { storageIds: Array<Id<"_storage">>; userId: string },
        Array<Id<"_storage">>
      >;
      findCachedTranscript: FunctionReference<
        "query",
        "internal",
        {
          contentHash: string;
          excludeStorageId: Id<"_storage">;
          organizationId: string;
        },
        any
      >;
      getByStorageId: FunctionReference<
        "query",
        "internal",
        { storageId: Id<"_storage"> },
        any
      >;
      getStorageSha256: FunctionReference<
        "query",
        "internal",
        { storageId: Id<"_storage"> },
        any
      >;
      lookupVideoLinkSources: FunctionReference<
        "query",
        "internal",
        { storageIds: Array<Id<"_storage">> },
        Array<{ sourceUrl?: string; storageId: Id<"_storage"> }>
      >;
    };
    transcribe_audio: {
      transcribeAudio: FunctionReference<
        "action",
        "internal",
        {
          attempt?: number;
          contentType: string;
          fileName: string;
          organizationId: string;
          storageId: Id<"_storage">;
        },
        null
      >;
    };
  };
  folders: {
    internal_mutations: {
      getOrCreateFolderPath: FunctionReference<
        "mutation",
        "internal",
        {
          createdBy?: string;
          organizationId: string;
          pathSegments: Array<string>;
          teamId?: string;
        },
        Id<"folders"> | null
      >;
    };
  };
  governance: {
    dsar_policy: {
      applyPendingDsarPolicyChange: FunctionReference<
        "mutation",
        "internal",
        { organizationId: string },
        null
      >;
    };
    erasure: {
      beginProcessing: FunctionReference<
        "mutation",
        "internal",
        { requestId: Id<"gdprErasureRequests"> },
        {
          organizationId: string;
          requestedBy: string;
          targetUserId: string;
          threadsTargeted: Array<string>;
        } | null
      >;
      confirmAndScheduleErasure: FunctionReference<
        "mutation",
        "internal",
        { approverId: string; requestId: Id<"gdprErasureRequests"> },
        null
      >;
      eraseSubjectDocuments: FunctionReference<
        "mutation",
        "internal",
        { organizationId: string; userId: string },
        { fileIds: Array<string>; rows: number; skippedByHold: number }
      >;
      eraseSubjectFileMetadata: FunctionReference<
        "mutation",
        "internal",
        { organizationId: string; userId: string },
        {
          blobs: number;
          ragPurgeStorageIds: Array<string>;
          rows: number;
          skippedByHold: number;
        }
      >;
      eraseSubjectLoginAttempts: FunctionReference<
        "mutation",
        "internal",
        { email: string; organizationId: string; userId: string },
        { attempts: number; blockCounters: number; skippedByHold: number }
      >;
      eraseSubjectMessageFeedback: FunctionReference<
        "mutation",
        "internal",
        { organizationId: string; userId: string },
        { rows: number; skippedByHold: number }
      >;
      eraseSubjectNotifications: FunctionReference<
        "mutation",
        "internal",
        { organizationId: string; subjectEmail: string | null; userId: string },
        { rows: number; skippedByHold: number }
      >;
      eraseSubjectOnedrive: FunctionReference<
        "mutation",
        "internal",
        { organizationId: string; userId: string },
        { rows: number; skippedByHold: number }
      >;
      eraseSubjectPolicyAcknowledgements: FunctionReference<
        "mutation",
        "internal",
        { organizationId: string; userId: string },
        { rows: number; skippedByHold: number }
      >;
      eraseSubjectPromptTemplates: FunctionReference<
        "mutation",
        "internal",
        { organizationId: string; userId: string },
        { rows: number; skippedByHold: number }
      >;
      eraseSubjectTwoFactorAttempts: FunctionReference<
        "mutation",
        "internal",
        { organizationId: string; userId: string },
        { rows: number; skippedByHold: number }
      >;
      eraseSubjectUsageLedger: FunctionReference<
        "mutation",
        "internal",
        { organizationId: string; userId: string },
        { rows: number; skippedByHold: number }
      >;
      eraseSubjectUserMemories: FunctionReference<
        "mutation",
        "internal",
        { organizationId: string; userId: string },
        { rows: number; skippedByHold: number }
      >;
      eraseSubjectUserPreferences: FunctionReference<
        "mutation",
        "internal",
        { organizationId: string; userId: string },
        { rows: number; skippedByHold: number }
      >;
      eraseSubjectVideoLinks: FunctionReference<
        "mutation",
        "internal",
        { organizationId: string; userId: string },
        {
          blobs: number;
          ragPurgeStorageIds: Array<string>;
          rows: number;
          skippedByHold: number;
        }
      >;
      eraseSubjectWfExecutions: FunctionReference<
        "mutation",
        "internal",
        { organizationId: string; userId: string },
        { rows: number; skippedByHold: number }
      >;
      eraseThreadById: FunctionReference<
        "mutation",
        "internal",
        { organizationId: string; threadId: string },
        { done: boolean; remaining: number; skippedByHold?: boolean }
      >;
      finalizeProcessing: FunctionReference<
        "mutation",
        "internal",
        {
          documentsErased?: number;
          documentsSkippedByHold?: number;
          errorMessage?: string;
          perCategory?: {
            fileMetadata: {
              blobs: number;
              ragPurgeStorageIds?: Array<string>;
              rows: number;
              skippedByHold: number;
            };
            loginAttempts: {
              attempts: number;
              blockCounters: number;
              skippedByHold: number;
            };
            messageFeedback: { rows: number; skippedByHold: number };
            notifications: { rows: number; skippedByHold: number };
            onedrive: { rows: number; skippedByHold: number };
            policyAcknowledgements: { rows: number; skippedByHold: number };
            promptTemplates: { rows: number; skippedByHold: number };
            twoFactorAttempts: { rows: number; skippedByHold: number };
            usageLedger: { rows: number; skippedByHold: number };
            userMemories: { rows: number; skippedByHold: number };
            userPreferences: { rows: number; skippedByHold: number };
            videoLinks: {
              blobs: number;
              ragPurgeStorageIds?: Array<string>;
              rows: number;
              skippedByHold: number;
            };
            wfExecutions: { rows: number; skippedByHold: number };
          };
          ragDocumentsRemoved: number;
          requestId: Id<"gdprErasureRequests">;
          threadsErased: number;
          threadsSkippedByHold?: number;
        },
        null
      >;
      lookupSubjectEmail: FunctionReference<
        "mutation",
        "internal",
        { userId: string },
        string | null
      >;
      processErasureRequest: FunctionReference<
        "action",
        "internal",
        { requestId: Id<"gdprErasureRequests"> },
        null
      >;
      recoverStuckErasureRequests: FunctionReference<
        "mutation",
        "internal",
        {},
        { recovered: number }
      >;
    };
    internal_mutations: {
      getGuardrailsSecretInternal: FunctionReference<
        "query",
        "internal",
        { name: string; organizationId: string },
        null | {
          authTag: string;
          ciphertext: string;
          keyFingerprint: string;
          nonce: string;
          updatedAt: number;
        }
      >;
      incrementUsageLedger: FunctionReference<
        "mutation",
        "internal",
        {
          agentSlug?: string;
          costEstimateCents: number;
          inputTokens: number;
          model?: string;
          organizationId: string;
          outputTokens: number;
          period?: "daily" | "weekly" | "monthly";
          provider?: string;
          teamId?: string;
          timestamp: number;
          userId: string;
        },
        null
      >;
      recordIntegrationUsage: FunctionReference<
        "mutation",
        "internal",
        {
          agentSlug: string;
          costEstimateCents: number;
          integrationName: string;
          integrationOperation: string;
          organizationId: string;
          teamId?: string;
          timestamp: number;
          userId: string;
        },
        null
      >;
      recordTranscriptionUsage: FunctionReference<
        "mutation",
        "internal",
        {
          agentSlug: string;
          audioDurationSec: number;
          costEstimateCents: number;
          model: string;
          organizationId: string;
          provider: string;
          teamId?: string;
          timestamp: number;
          userId: string;
        },
        null
      >;
      requireGovernanceAdminInternal: FunctionReference<
        "query",
        "internal",
        {
          email?: string;
          name?: string;
          organizationId: string;
          userId: string;
        },
        null
      >;
      requireOrganizationMemberInternal: FunctionReference<
        "query",
        "internal",
        {
          email?: string;
          name?: string;
          organizationId: string;
          userId: string;
        },
        null
      >;
      upsertGuardrailsSecret: FunctionReference<
        "mutation",
        "internal",
        {
          authTag: string;
          ciphertext: string;
          keyFingerprint: string;
          name: string;
          nonce: string;
          organizationId: string;
          updatedBy: string;
        },
        null
      >;
    };
    internal_mutations_retention: {
      deleteExpiredChatFilterEvent: FunctionReference<
        "mutation",
        "internal",
        {
          cutoffMs?: number;
          eventId: Id<"chatFilterEvents">;
          organizationId: string;
        },
        null
      >;
      deleteExpiredCustomer: FunctionReference<
        "mutation",
        "internal",
        { cutoffMs?: number; organizationId: string; rowId: Id<"customers"> },
        null
      >;
      deleteExpiredDocument: FunctionReference<
        "mutation",
        "internal",
        {
          cutoffMs?: number;
          documentId: Id<"documents">;
          organizationId: string;
        },
        null
      >;
      deleteExpiredExternalConversation: FunctionReference<
        "mutation",
        "internal",
        {
          cutoffMs?: number;
          organizationId: string;
          rowId: Id<"conversations">;
        },
        null
      >;
      deleteExpiredLoginAttempt: FunctionReference<
        "mutation",
        "internal",
        { attemptId: Id<"loginAttempts"> },
        null
      >;
      deleteExpiredLoginBlockCounter: FunctionReference<
        "mutation",
        "internal",
        { counterId: Id<"loginBlockCounters"> },
        null
      >;
      deleteExpiredMemoryAuditRow: FunctionReference<
        "mutation",
        "internal",
        {
          cutoffMs?: number;
          organizationId: string;
          rowId: Id<"userMemoryAuditLog">;
        },
        null
      >;
      deleteExpiredMessageFeedback: FunctionReference<
        "mutation",
        "internal",
        {
          cutoffMs?: number;
          organizationId: string;
          rowId: Id<"messageFeedback">;
        },
        null
      >;
      deleteExpiredMessageMetadata: FunctionReference<
        "mutation",
        "internal",
        { organizationId: string; rowId: Id<"messageMetadata"> },
        null
      >;
      deleteExpiredNotification: FunctionReference<
        "mutation",
        "internal",
        { organizationId: string; rowId: Id<"notifications"> },
        null
      >;
      deleteExpiredPromptTemplate: FunctionReference<
        "mutation",
        "internal",
        {
          cutoffMs?: number;
          organizationId: string;
          rowId: Id<"promptTemplates">;
        },
        null
      >;
      deleteExpiredTempFile: FunctionReference<
        "mutation",
        "internal",
        {
          cutoffMs?: number;
          fileMetadataId: Id<"fileMetadata">;
          organizationId: string;
        },
        null
      >;
      deleteExpiredThread: FunctionReference<
        "mutation",
        "internal",
        {
          cutoffMs?: number;
          organizationId: string;
          threadMetadataId: Id<"threadMetadata">;
        },
        { done: boolean; remaining: number }
      >;
      deleteExpiredTwoFactorAttempt: FunctionReference<
        "mutation",
        "internal",
        { attemptId: Id<"twoFactorAttempts"> },
        null
      >;
      deleteExpiredUsageLedgerRow: FunctionReference<
        "mutation",
        "internal",
        { cutoffMs?: number; organizationId: string; rowId: Id<"usageLedger"> },
        null
      >;
      deleteExpiredVendor: FunctionReference<
        "mutation",
        "internal",
        { cutoffMs?: number; organizationId: string; rowId: Id<"vendors"> },
        null
      >;
      deleteExpiredWorkflowExecution: FunctionReference<
        "mutation",
        "internal",
        {
          cutoffMs?: number;
          executionId: Id<"wfExecutions">;
          organizationId: string;
        },
        null
      >;
      deleteExpiredWorkflowTriggerLog: FunctionReference<
        "mutation",
        "internal",
        {
          cutoffMs?: number;
          organizationId: string;
          triggerLogId: Id<"wfTriggerLogs">;
        },
        null
      >;
      finalizePendingRetentionChange: FunctionReference<
        "mutation",
        "internal",
        {
          organizationId: string;
          pendingId: Id<"retentionPolicyPendingChanges">;
        },
        null
      >;
      markThreadExpired: FunctionReference<
        "mutation",
        "internal",
        {
          cutoffMs?: number;
          organizationId: string;
          threadMetadataId: Id<"threadMetadata">;
        },
        null
      >;
      setRejectedBounds: FunctionReference<
        "mutation",
        "internal",
        {
          actorEmail?: string;
          actorId: string;
          organizationId: string;
          proposedBounds: any;
          rejectedBoundsHash: string;
        },
        null
      >;
      upsertAppliedBounds: FunctionReference<
        "mutation",
        "internal",
        {
          actorEmail?: string;
          actorId: string;
          actorType: "user" | "system";
          appliedBounds: any;
          appliedBoundsHash: string;
          auditAction: string;
          organizationId: string;
        },
        Id<"retentionAppliedBounds">
      >;
    };
    internal_queries: {
      checkBudgetForRequest: FunctionReference<
        "query",
        "internal",
        { organizationId: string; userId: string },
        { allowed: boolean; code?: string; reason?: string }
      >;
      checkModelAccessInternal: FunctionReference<
        "query",
        "internal",
        { modelId: string; organizationId: string; userId: string },
        { allowed: boolean; reason?: string }
      >;
      getAccessibleModelsInternal: FunctionReference<
        "query",
        "internal",
        { modelIds: Array<string>; organizationId: string; userId: string },
        Array<string>
      >;
      getAppliedBounds: FunctionReference<
        "query",
        "internal",
        { organizationId: string },
        any
      >;
      getGuardrailsConfigsInternal: FunctionReference<
        "query",
        "internal",
        { organizationId: string },
        { chatFilter: any; moderation: any; pii: any }
      >;
      getPendingRetentionChange: FunctionReference<
        "query",
        "internal",
        { organizationId: string },
        {
          _id: Id<"retentionPolicyPendingChanges">;
          appliesAt: number;
          newConfig: any;
          oldConfig: any;
          summary: string;
        } | null
      >;
      getPiiConfigInternal: FunctionReference<
        "query",
        "internal",
        { organizationId: string },
        any
      >;
      getRetentionPolicyForOrg: FunctionReference<
        "query",
        "internal",
        { organizationId: string },
        any
      >;
      getSystemPromptPolicyInternal: FunctionReference<
        "query",
        "internal",
        { organizationId: string },
        any
      >;
      listExpiredChatFilterEvents: FunctionReference<
        "query",
        "internal",
        { batchSize: number; cutoffMs: number; organizationId: string },
        any
      >;
      listExpiredCustomers: FunctionReference<
        "query",
        "internal",
        { batchSize: number; cutoffMs: number; organizationId: string },
        any
      >;
      listExpiredDocuments: FunctionReference<
        "query",
        "internal",
        { batchSize: number; cutoffMs: number; organizationId: string },
        any
      >;
      listExpiredExternalConversations: FunctionReference<
        "query",
        "internal",
        { batchSize: number; cutoffMs: number; organizationId: string },
        any
      >;
      listExpiredLoginAttempts: FunctionReference<
        "query",
        "internal",
        { batchSize: number; cutoffMs: number },
        any
      >;
      listExpiredLoginBlockCounters: FunctionReference<
        "query",
        "internal",
        { batchSize: number; cutoffMs: number },
        any
      >;
      listExpiredMemoryAuditRows: FunctionReference<
        "query",
        "internal",
        { batchSize: number; cutoffMs: number; organizationId: string },
        any
      >;
      listExpiredMessageFeedback: FunctionReference<
        "query",
        "internal",
        { batchSize: number; cutoffMs: number; organizationId: string },
        any
      >;
      listExpiredMessageMetadataForOrg: FunctionReference<
        "query",
        "internal",
        { batchSize: number; cutoffMs: number; organizationId: string },
        any
      >;
      listExpiredNotifications: FunctionReference<
        "query",
        "internal",
        { batchSize: number; cutoffMs: number; organizationId: string },
        any
      >;
      listExpiredPromptTemplates: FunctionReference<
        "query",
        "internal",
        { batchSize: number; cutoffMs: number; organizationId: string },
        any
      >;
      listExpiredTempFiles: FunctionReference<
        "query",
        "internal",
        {
          batchSize: number;
          cutoffMs: number;
          organizationId: string;
          source: "user" | "agent";
        },
        any
      >;
      listExpiredThreads: FunctionReference<
        "query",
        "internal",
        { batchSize: number; cutoffMs: number; organizationId: string },
        any
      >;
      listExpiredTwoFactorAttempts: FunctionReference<
        "query",
        "internal",
        { batchSize: number; cutoffMs: number },
        any
      >;
      listExpiredUsageLedgerRows: FunctionReference<
        "query",
        "internal",
        { batchSize: number; cutoffMs: number; organizationId: string },
        any
      >;
      listExpiredVendors: FunctionReference<
        "query",
        "internal",
        { batchSize: number; cutoffMs: number; organizationId: string },
        any
      >;
      listExpiredWorkflowExecutions: FunctionReference<
        "query",
        "internal",
        { batchSize: number; cutoffMs: number; organizationId: string },
        any
      >;
      listExpiredWorkflowTriggerLogs: FunctionReference<
        "query",
        "internal",
        { batchSize: number; cutoffMs: number; organizationId: string },
        any
      >;
      listGraceExpiredChatFilterEvents: FunctionReference<
        "query",
        "internal",
        { batchSize: number; graceCutoffMs: number; organizationId: string },
        any
      >;
      listGraceExpiredCustomers: FunctionReference<
        "query",
        "internal",
        { batchSize: number; graceCutoffMs: number; organizationId: string },
        any
      >;
      listGraceExpiredDocuments: FunctionReference<
        "query",
        "internal",
        { batchSize: number; graceCutoffMs: number; organizationId: string },
        any
      >;
      listGraceExpiredExternalConversations: FunctionReference<
        "query",
        "internal",
        { batchSize: number; graceCutoffMs: number; organizationId: string },
        any
      >;
      listGraceExpiredMemoryAuditRows: FunctionReference<
        "query",
        "internal",
        { batchSize: number; graceCutoffMs: number; organizationId: string },
        any
      >;
      listGraceExpiredMessageFeedback: FunctionReference<
        "query",
        "internal",
        { batchSize: number; graceCutoffMs: number; organizationId: string },
        any
      >;
      listGraceExpiredPromptTemplates: FunctionReference<
        "query",
        "internal",
        { batchSize: number; graceCutoffMs: number; organizationId: string },
        any
      >;
      listGraceExpiredTempFiles: FunctionReference<
        "query",
        "internal",
        {
          batchSize: number;
          graceCutoffMs: number;
          organizationId: string;
          source: "user" | "agent";
        },
        any
      >;
      listGraceExpiredThreads: FunctionReference<
        "query",
        "internal",
        { batchSize: number; graceCutoffMs: number; organizationId: string },
        any
      >;
      listGraceExpiredUsageLedgerRows: FunctionReference<
        "query",
        "internal",
        { batchSize: number; graceCutoffMs: number; organizationId: string },
        any
      >;
      listGraceExpiredVendors: FunctionReference<
        "query",
        "internal",
        { batchSize: number; graceCutoffMs: number; organizationId: string },
        any
      >;
      listGraceExpiredWorkflowExecutions: FunctionReference<
        "query",
        "internal",
        { batchSize: number; graceCutoffMs: number; organizationId: string },
        any
      >;
      listRetentionPolicies: FunctionReference<"query", "internal", {}, any>;
      resolveDefaultModelInternal: FunctionReference<
        "query",
        "internal",
        {
          organizationId: string;
          userEmail: string;
          userId: string;
          userName?: string;
        },
        { modelId: string; providerName: string } | null
      >;
      verifyOrgAdmin: FunctionReference<
        "query",
        "internal",
        {
          email: string;
          name?: string;
          organizationId: string;
          userId: string;
        },
        null | { role: string }
      >;
      verifyOrgMember: FunctionReference<
        "query",
        "internal",
        {
          email: string;
          name?: string;
          organizationId: string;
          userId: string;
        },
        { role: string }
      >;
    };
    legal_hold: {
      effectApprovedReleases: FunctionReference<
        "mutation",
        "internal",
        { organizationId: string },
        number
      >;
    };
    legal_hold_internal: {
      loadActiveHoldsForOrg: FunctionReference<
        "query",
        "internal",
        { organizationId: string },
        { orgHeld: boolean; userMembershipIds: Array<string> }
      >;
    };
    moderation_provider: {
      internal_actions: {
        runModerationProviderAction: FunctionReference<
          "action",
          "internal",
          {
            categoryMappings: Array<{
              enabled: boolean;
              internalLabel: string;
              mode: "block" | "mask" | "flag";
              providerCategory: string;
              scoreThreshold?: number;
            }>;
            direction: "input" | "output";
            endpoint: {
              bufferPolicy: {
                idleFlushMs: number;
                maxBufferChars: number;
                minFlushChars: number;
                perStreamMaxConcurrent: number;
              };
              headers: Record<string, string>;
              maxResponseBytes: number;
              method: "POST";
              requestTemplate: string;
              timeoutMs: number;
              url: string;
            };
            failBehavior: {
              input: "open" | "closed";
              output: "open" | "closed";
            };
            orgSlug: string;
            organizationId: string;
            responseShape:
              | { type: "openai_moderation" }
              | { type: "azure_content_safety" }
              | { type: "perspective" }
              | {
                  categoriesPath: string;
                  categoryShape: "array" | "record_of_bool" | "record_of_score";
                  flaggedPath?: string;
                  scoresPath?: string;
                  type: "custom_jsonpath";
                };
            text: string;
          },
          {
            extras: {
              attempts?: number;
              circuitOpened?: boolean;
              durationMs?: number;
              errorClass?:
                | "timeout"
                | "network"
                | "parse"
                | "http_4xx"
                | "http_5xx"
                | "config"
                | "unknown";
              httpStatus?: number;
            };
            outcome: {
              categoryIds?: Array<string>;
              errorClass?:
                | "timeout"
                | "network"
                | "parse"
                | "http_4xx"
                | "http_5xx"
                | "config"
                | "unknown";
              kind: "pass" | "modified" | "flagged" | "blocked" | "step_error";
              matchCount?: number;
              text?: string;
            };
          }
        >;
      };
    };
    mutations: {
      upsertRetentionPolicyInternal: FunctionReference<
        "mutation",
        "internal",
        {
          actorEmail?: string;
          actorId: string;
          actorName?: string;
          config: any;
          organizationId: string;
        },
        Id<"governancePolicies">
      >;
    };
    retention_bounds_proposal: {
      seedInitialBoundsInternal: FunctionReference<
        "action",
        "internal",
        {
          actorEmail?: string;
          actorId: string;
          actorType: "user" | "system";
          organizationId: string;
        },
        null | Id<"retentionAppliedBounds">
      >;
    };
    retention_cleanup: {
      effectReleasesOnly: FunctionReference<"action", "internal", {}, null>;
      runOrgRetentionCleanup: FunctionReference<
        "action",
        "internal",
        { organizationId: string; resumeRunId?: Id<"retentionRuns"> },
        null
      >;
      runRetentionCleanup: FunctionReference<"action", "internal", {}, null>;
    };
    retention_runs: {
      claimRetentionRun: FunctionReference<
        "mutation",
        "internal",
        { organizationId: string },
        Id<"retentionRuns"> | null
      >;
      completeRetentionRun: FunctionReference<
        "mutation",
        "internal",
        { error?: string; runId: Id<"retentionRuns"> },
        null
      >;
      getOpenRunForOrg: FunctionReference<
        "query",
        "internal",
        { organizationId: string },
        {
          _id: Id<"retentionRuns">;
          lastCursor?: {
            category: string;
            lastCreationTime?: number;
            step?: string;
          };
          processedCount?: number;
          startedAt: number;
        } | null
      >;
      recordRetentionRunCheckpoint: FunctionReference<
        "mutation",
        "internal",
        {
          cursor?: {
            category: string;
            lastCreationTime?: number;
            step?: string;
          };
          processedDelta?: number;
          runId: Id<"retentionRuns">;
        },
        null
      >;
    };
    soft_delete_helpers: {
      markRowExpiredGeneric: FunctionReference<
        "mutation",
        "internal",
        {
          cutoffMs?: number;
          organizationId: string;
          resourceType:
            | "thread"
            | "document"
            | "fileMetadata"
            | "promptTemplate"
            | "messageFeedback"
            | "customer"
            | "vendor"
            | "externalConversation"
            | "workflowExecution"
            | "usageLedger"
            | "auditLog"
            | "chatFilterEvent"
            | "memoryAudit";
          rowId: string;
          timestampField?: string;
        },
        null
      >;
    };
  };
  integrations: {
    credential_mutations: {
      createCredentials: FunctionReference<
        "mutation",
        "internal",
        {
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
          iconStorageId?: Id<"_storage">;
          isActive: boolean;
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
        },
        any
      >;
      deleteCredentialsInternal: FunctionReference<
        "mutation",
        "internal",
        { credentialId: Id<"integrationCredentials"> },
        any
      >;
      updateCredentialsInternal: FunctionReference<
        "mutation",
        "internal",
        {
          apiKeyAuth?: { keyEncrypted: string; keyPrefix?: string };
          authMethod?: "api_key" | "bearer_token" | "basic_auth" | "oauth2";
          basicAuth?: { passwordEncrypted: string; username: string };
          capabilities?: {
            canPush?: boolean;
            canSync?: boolean;
            canWebhook?: boolean;
            syncFrequency?: string;
          };
          connectionConfig?: any;
          credentialId: Id<"integrationCredentials">;
          errorMessage?: string;
          iconStorageId?: Id<"_storage">;
          isActive?: boolean;
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
          status?: "active" | "inactive" | "error" | "testing";
          supportedAuthMethods?: Array<
            "api_key" | "bearer_token" | "basic_auth" | "oauth2"
          >;
        },
        any
      >;
    };
    credential_queries: {
      getByIdInternal: FunctionReference<
        "query",
        "internal",
        { credentialId: Id<"integrationCredentials"> },
        any
      >;
      getBySlugInternal: FunctionReference<
        "query",
        "internal",
        { organizationId: string; slug: string },
        any
      >;
      listInternal: FunctionReference<
        "query",
        "internal",
        { organizationId: string },
        any
      >;
      verifyCredentialAccess: FunctionReference<
        "query",
        "internal",
        { credentialId: Id<"integrationCredentials">; userId: string },
        any
      >;
    };
    file_actions: {
      readIntegrationForExecution: FunctionReference<
        "action",
        "internal",
        { orgSlug: string; slug: string },
        any
      >;
    };
    internal_mutations: {
      createIntegration: FunctionReference<
        "mutation",
        "internal",
        {
          apiKeyAuth?: {
            headerName?: string;
            keyEncrypted: string;
            prefix?: string;
          };
          authMethod: "api_key" | "bearer_token" | "basic_auth" | "oauth2";
          basicAuth?: { passwordEncrypted: string; username: string };
          capabilities?: {
            canPush?: boolean;
            canSync?: boolean;
            canWebhook?: boolean;
            syncFrequency?: string;
          };
          connectionConfig?: any;
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
          iconStorageId?: Id<"_storage">;
          isActive: boolean;
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
          title: string;
          type?: "rest_api" | "sql";
        },
        any
      >;
      patchIntegrationMetadata: FunctionReference<
        "mutation",
        "internal",
        { integrationId: Id<"integrations">; metadataPatch: any },
        any
      >;
      updateIntegration: FunctionReference<
        "mutation",
        "internal",
        {
          apiKeyAuth?: { keyEncrypted: string; keyPrefix?: string };
          authMethod?: "api_key" | "bearer_token" | "basic_auth" | "oauth2";
          basicAuth?: { passwordEncrypted: string; username: string };
          capabilities?: {
            canPush?: boolean;
            canSync?: boolean;
            canWebhook?: boolean;
            syncFrequency?: string;
          };
          connectionConfig?: any;
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
          integrationId: Id<"integrations">;
          isActive?: boolean;
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
          status?: "active" | "inactive" | "error" | "testing";
          supportedAuthMethods?: Array<
            "api_key" | "bearer_token" | "basic_auth" | "oauth2"
          >;
          title?: string;
        },
        any
      >;
    };
    internal_queries: {
      getByName: FunctionReference<
        "query",
        "internal",
        { name: string; organizationId: string },
        any
      >;
      getInternal: FunctionReference<
        "query",
        "internal",
        { integrationId: Id<"integrations"> },
        any
      >;
      listInternal: FunctionReference<
        "query",
        "internal",
        { name?: string; organizationId: string },
        any
      >;
    };
    load_integration: {
      loadIntegration: FunctionReference<
        "action",
        "internal",
        { orgSlug: string; organizationId: string; slug: string },
        any
      >;
    };
    oauth2_token_exchange: {
      handleOAuth2Callback: FunctionReference<
        "action",
        "internal",
        {
          code: string;
          credentialId: Id<"integrationCredentials">;
          redirectUri: string;
        },
        any
      >;
    };
  };
  lib: {
    agent_chat: {
      internal_actions: {
        afterGenerateHook: FunctionReference<
          "action",
          "internal",
          {
            result: { durationMs?: number; text?: string; usage?: any };
            threadId: string;
          },
          null
        >;
        beforeGenerateHook: FunctionReference<
          "action",
          "internal",
          {
            attachments?: Array<{
              fileId: Id<"_storage">;
              fileName: string;
              fileSize: number;
              fileType: string;
            }>;
            contextMessagesTokens: number;
            promptMessage: string;
            threadId: string;
          },
          { contextExceedsBudget: boolean; promptContent?: any }
        >;
        runAgentGeneration: FunctionReference<
          "action",
          "internal",
          {
            additionalContext?: Record<string, string>;
            agentConfig: {
              agentTeamId?: string;
              agentTeamIds?: Array<string>;
              convexToolNames?: Array<string>;
              delegateSlugs?: Array<string>;
              fallbackModels?: Array<string>;
              includeOrgKnowledge?: boolean;
              includeTeamKnowledge?: boolean;
              instructions: string;
              integrationBindings?: Array<string>;
              knowledgeFileIds?: Array<string>;
              knowledgeMode?: "off" | "tool" | "context" | "both";
              maxSteps?: number;
              model?: string;
              name: string;
              outputFormat?: "text" | "json";
              outputReserve?: number;
              personalizationMode?: "on" | "off";
              provider?: string;
              structuredResponsesEnabled?: boolean;
              timeoutMs?: number;
              webSearchMode?: "off" | "tool" | "context" | "both";
              workflowBindings?: Array<string>;
            };
            agentOptions?: any;
            agentSlug?: string;
            agentType: string;
            attachments?: Array<{
              fileId: Id<"_storage">;
              fileName: string;
              fileSize: number;
              fileType: string;
            }>;
            deadlineMs?: number;
            debugTag: string;
            enableStreaming?: boolean;
            generationParams?: any;
            hooks?: {
              afterGenerate?: string;
              beforeContext?: string;
              beforeGenerate?: string;
            };
            maxContextTokens?: number;
            maxSteps?: number;
            model: string;
            organizationId: string;
            originalUserText?: string;
            parentThreadId?: string;
            promptMessage: string;
            promptMessageId?: string;
            provider?: string;
            streamId?: string;
            threadId: string;
            threadTeamId?: string;
            userContext?: { language: string; timezone: string };
            userId?: string;
          },
          any
        >;
      };
    };
    config_store: {
      actions: {
        readRetentionConfig: FunctionReference<
          "action",
          "internal",
          { orgSlug: string },
          null | any
        >;
      };
    };
    crypto: {
      internal_actions: {
        decryptString: FunctionReference<
          "action",
          "internal",
          { jwe: string },
          string
        >;
        encryptString: FunctionReference<
          "action",
          "internal",
          { plaintext: string },
          string
        >;
      };
    };
    get_user_teams: {
      getSearchableDatasets: FunctionReference<
        "query",
        "internal",
        { userId: string },
        any
      >;
    };
    summarization: {
      internal_actions: {
        autoSummarizeIfNeeded: FunctionReference<
          "action",
          "internal",
          { organizationId?: string; threadId: string },
          {
            existingSummary?: string;
            newMessageCount: number;
            summarized: boolean;
            totalMessagesSummarized: number;
          }
        >;
      };
    };
  };
  login_attempts: {
    internal_mutations: {
      clearOnSuccess: FunctionReference<
        "mutation",
        "internal",
        { email: string; ip?: string; userAgent?: string },
        null
      >;
      recordBlocked: FunctionReference<
        "mutation",
        "internal",
        { email: string; ip?: string },
        null
      >;
      recordFailure: FunctionReference<
        "mutation",
        "internal",
        { email: string; ip?: string; userAgent?: string },
        { locked: boolean; lockedUntil: number | null }
      >;
    };
    internal_queries: {
      getLockState: FunctionReference<
        "query",
        "internal",
        { email: string },
        { lockedUntil: number | null }
      >;
      getTrustedProxies: FunctionReference<
        "query",
        "internal",
        {},
        Array<string>
      >;
    };
  };
  mcp_servers: {
    execute_approved: {
      executeApprovedMcpToolCall: FunctionReference<
        "action",
        "internal",
        { approvalId: Id<"approvals">; approvedBy: string },
        any
      >;
    };
    internal_queries: {
      getById: FunctionReference<
        "query",
        "internal",
        { id: Id<"mcpServers"> },
        any
      >;
      listActiveByOrg: FunctionReference<
        "query",
        "internal",
        { organizationId: string },
        any
      >;
    };
    mutations: {
      insert: FunctionReference<
        "mutation",
        "internal",
        {
          apiKeyEncrypted?: string;
          args?: Array<string>;
          authType: "none" | "api_key" | "oauth2";
          command?: string;
          description?: string;
          displayName: string;
          env?: any;
          name: string;
          oauth2Config?: {
            authorizationUrl?: string;
            clientId: string;
            clientSecretEncrypted: string;
            grantType: "client_credentials" | "authorization_code";
            scopes: Array<string>;
            tokenUrl: string;
          };
          organizationId: string;
          status: "active" | "inactive" | "error";
          transportType: "stdio" | "sse" | "streamable_http";
          url?: string;
        },
        Id<"mcpServers">
      >;
      remove: FunctionReference<
        "mutation",
        "internal",
        { id: Id<"mcpServers"> },
        null
      >;
      setStatus: FunctionReference<
        "mutation",
        "internal",
        { id: Id<"mcpServers">; status: "active" | "inactive" },
        null
      >;
      update: FunctionReference<
        "mutation",
        "internal",
        {
          apiKeyEncrypted?: string;
          args?: Array<string>;
          authType?: "none" | "api_key" | "oauth2";
          command?: string;
          description?: string;
          displayName?: string;
          env?: any;
          id: Id<"mcpServers">;
          name?: string;
          oauth2Config?: {
            authorizationUrl?: string;
            clientId: string;
            clientSecretEncrypted: string;
            grantType: "client_credentials" | "authorization_code";
            scopes: Array<string>;
            tokenUrl: string;
          };
          transportType?: "stdio" | "sse" | "streamable_http";
          url?: string;
        },
        null
      >;
      updateDiscoveredTools: FunctionReference<
        "mutation",
        "internal",
        {
          discoveredTools: Array<{
            description?: string;
            inputSchema?: any;
            name: string;
            requiresApproval?: boolean;
          }>;
          id: Id<"mcpServers">;
          lastErrorMessage?: string;
          lastTestedAt?: number;
          status: "active" | "inactive" | "error" | "discovering";
        },
        null
      >;
      updateOauth2Tokens: FunctionReference<
        "mutation",
        "internal",
        {
          accessTokenEncrypted: string;
          id: Id<"mcpServers">;
          refreshTokenEncrypted?: string;
          tokenExpiry?: number;
        },
        null
      >;
    };
  };
  members: {
    internal_queries: {
      getMemberRole: FunctionReference<
        "query",
        "internal",
        { organizationId: string; userId: string },
        string | null
      >;
    };
  };
  message_metadata: {
    internal_mutations: {
      saveMessageMetadata: FunctionReference<
        "mutation",
        "internal",
        {
          agentSlug?: string;
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
          model?: string;
          outputTokens?: number;
          provider?: string;
          providerMetadata?: any;
          reasoning?: string;
          reasoningTokens?: number;
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
        },
        Id<"messageMetadata">
      >;
      setBlockedReason: FunctionReference<
        "mutation",
        "internal",
        {
          categoryIds: Array<string>;
          code:
            | "pii.blocked"
            | "chat_filter.blocked"
            | "moderation_provider.blocked";
          direction: "input" | "output";
          messageId: string;
          sanitizationRunId: string;
          threadId: string;
        },
        Id<"messageMetadata">
      >;
    };
  };
  migrations: {
    backfill_apikey_reference_id: {
      apply: FunctionReference<"mutation", "internal", {}, any>;
    };
    backfill_file_metadata_document_id: {
      backfillFileMetadataDocumentId: FunctionReference<
        "mutation",
        "internal",
        {},
        any
      >;
    };
    backfill_folder_path: {
      backfillFolderPath: FunctionReference<"mutation", "internal", {}, any>;
    };
    backfill_folders: {
      backfillFolders: FunctionReference<"mutation", "internal", {}, any>;
    };
    backfill_ledger_granularity: {
      apply: FunctionReference<"mutation", "internal", {}, any>;
    };
    backfill_thread_metadata: {
      backfillThreadMetadata: FunctionReference<
        "mutation",
        "internal",
        {},
        any
      >;
    };
    backfill_wf_installations: {
      backfillWfInstallations: FunctionReference<
        "action",
        "internal",
        { installedBy?: string; orgSlug: string; organizationId: string },
        {
          failed: number;
          installed: number;
          rewritten: number;
          skipped: number;
        }
      >;
    };
    backfill_workflow_schedules: {
      backfillWorkflowSchedules: FunctionReference<
        "mutation",
        "internal",
        {},
        any
      >;
    };
    merge_audit_retention: {
      apply: FunctionReference<"mutation", "internal", {}, any>;
    };
    migrate_org_creators: {
      migrateOrgCreators: FunctionReference<"mutation", "internal", {}, any>;
    };
    remove_deprecated_llm_fields: {
      removeDeprecatedLLMFields: FunctionReference<
        "mutation",
        "internal",
        {},
        any
      >;
    };
    rename_org_slug: {
      renameOrgSlug: FunctionReference<"mutation", "internal", {}, any>;
    };
    runAll: FunctionReference<"action", "internal", {}, any>;
    seed_applied_bounds: {
      apply: FunctionReference<
        "action",
        "internal",
        {},
        { seeded: number; skipped: number }
      >;
    };
    trigger_steps_to_start: {
      migrateTriggerStepsToStart: FunctionReference<
        "mutation",
        "internal",
        {},
        any
      >;
    };
  };
  node_only: {
    documents: {
      internal_actions: {
        generateExcel: FunctionReference<
          "action",
          "internal",
          {
            fileName: string;
            sheets: Array<{
              headers: Array<string>;
              name: string;
              rows: Array<Array<string | number | boolean | null>>;
            }>;
          },
          {
            fileBase64: string;
            fileName: string;
            rowCount: number;
            sheetCount: number;
          }
        >;
        parseExcel: FunctionReference<
          "action",
          "internal",
          { storageId: Id<"_storage"> },
          {
            sheetCount: number;
            sheets: Array<{
              headers: Array<string>;
              name: string;
              rowCount: number;
              rows: Array<Array<string | number | boolean | null>>;
            }>;
            totalRows: number;
          }
        >;
      };
    };
    integration_sandbox: {
      internal_actions: {
        executeIntegration: FunctionReference<
          "action",
          "internal",
          {
            allowedHosts?: Array<string>;
            code: string;
            operation: string;
            organizationId?: string;
            params: any;
            secrets: any;
            timeoutMs?: number;
            variables: any;
          },
          {
            duration?: number;
            error?: string;
            fileReferences?: Array<{
              contentType: string;
              fileId: string;
              fileName: string;
              size: number;
              url: string;
            }>;
            logs?: Array<string>;
            result?: any;
            success: boolean;
          }
        >;
      };
    };
    sql: {
      internal_actions: {
        executeQuery: FunctionReference<
          "action",
          "internal",
          {
            allowWrite?: boolean;
            credentials: {
              database: string;
              options?: {
                connectionTimeout?: number;
                encrypt?: boolean;
                requestTimeout?: number;
                trustServerCertificate?: boolean;
              };
              password: string;
              port?: number;
              server: string;
              user: string;
            };
            engine: "mssql" | "postgres" | "mysql";
            params?: any;
            query: string;
            security?: { maxResultRows?: number; queryTimeoutMs?: number };
          },
          {
            data?: any;
            duration?: number;
            error?: string;
            rowCount?: number;
            success: boolean;
          }
        >;
      };
    };
  };
  oauth2: {
    getUserEmail: FunctionReference<
      "action",
      "internal",
      { accessToken: string; provider: string },
      any
    >;
    refreshToken: FunctionReference<
      "action",
      "internal",
      {
        accountType?: "personal" | "organizational" | "both";
        clientId: string;
        clientSecret: string;
        provider: string;
        refreshToken: string;
        scope?: string;
        tokenUrl?: string;
      },
      any
    >;
  };
  onedrive: {
    internal_actions: {
      downloadAndStoreFile: FunctionReference<
        "action",
        "internal",
        {
          fileName?: string;
          itemId: string;
          organizationId?: string;
          token: string;
        },
        {
          error?: string;
          mimeType?: string;
          storageId?: string;
          success: boolean;
        }
      >;
      listFolderContents: FunctionReference<
        "action",
        "internal",
        { itemId: string; token: string },
        {
          error?: string;
          files?: Array<{
            id: string;
            lastModified?: number;
            mimeType?: string;
            name: string;
            size: number;
          }>;
          success: boolean;
        }
      >;
      readFileFromOneDrive: FunctionReference<
        "action",
        "internal",
        { itemId: string; token: string },
        {
          content?: ArrayBuffer;
          error?: string;
          mimeType?: string;
          size?: number;
          success: boolean;
        }
      >;
      refreshToken: FunctionReference<
        "action",
        "internal",
        { accountId: string; refreshToken: string },
        { accessToken?: string; error?: string; success: boolean }
      >;
      uploadToStorage: FunctionReference<
        "action",
        "internal",
        {
          contentType: string;
          createdBy?: string;
          documentIdToUpdate?: Id<"documents">;
          fileData: ArrayBuffer;
          fileName: string;
          metadata?: any;
          organizationId: string;
        },
        {
          documentId?: Id<"documents">;
          error?: string;
          fileId?: Id<"_storage">;
          success: boolean;
        }
      >;
    };
    internal_mutations: {
      updateSyncConfig: FunctionReference<
        "mutation",
        "internal",
        {
          configId: Id<"onedriveSyncConfigs">;
          errorMessage?: string;
          lastSyncAt?: number;
          lastSyncStatus?: string;
          status?: "active" | "inactive" | "error";
        },
        { success: boolean }
      >;
      updateTokens: FunctionReference<
        "mutation",
        "internal",
        {
          accessToken: string;
          accessTokenExpiresAt: number;
          accountId: string;
          refreshToken?: string;
          refreshTokenExpiresAt?: number;
        },
        null
      >;
    };
    internal_queries: {
      getUserToken: FunctionReference<
        "query",
        "internal",
        { userId: string },
        {
          accountId?: string;
          needsRefresh: boolean;
          refreshToken?: string;
          token: string | null;
        }
      >;
    };
  };
  openai_compat: {
    internal_actions: {
      chatDirectModel: FunctionReference<
        "action",
        "internal",
        {
          conversationMessages?: any;
          generationParams?: any;
          message: string;
          modelId: string;
          organizationId: string;
          responseFormat?: string;
          toolChoice?: any;
          tools?: any;
          userEmail?: string;
          userId: string;
          userName?: string;
        },
        any
      >;
    };
    internal_mutations: {
      createThreadAndSaveMessage: FunctionReference<
        "mutation",
        "internal",
        {
          message: string;
          organizationId: string;
          threadId?: string;
          userEmail?: string;
          userId: string;
          userName?: string;
        },
        string
      >;
      saveToolMessages: FunctionReference<
        "mutation",
        "internal",
        { messages: Array<{ content: any; role: string }>; threadId: string },
        null
      >;
      startOpenAIChat: FunctionReference<
        "mutation",
        "internal",
        {
          agentConfig: any;
          agentSlug: string;
          enableStreaming?: boolean;
          generationParams?: any;
          message: string;
          organizationId: string;
          threadId?: string;
          userEmail?: string;
          userId: string;
          userName?: string;
        },
        { streamId: string; threadId: string }
      >;
    };
    internal_queries: {
      getLatestThreadToolsUsage: FunctionReference<
        "query",
        "internal",
        { threadId: string },
        {
          citations?: Array<{
            fileId?: string;
            index: number;
            page?: number;
            relevance?: number;
            source: string;
            type: "rag" | "web";
            url?: string;
          }>;
          inputTokens?: number;
          outputTokens?: number;
          toolsUsage: Array<{ output?: string; toolName: string }>;
          totalTokens?: number;
        } | null
      >;
      resolveUserOrganization: FunctionReference<
        "query",
        "internal",
        { orgSlug?: string; userId: string },
        { orgSlug: string; organizationId: string }
      >;
    };
  };
  organizations: {
    internal_queries: {
      getOrganizationDefaultLocale: FunctionReference<
        "query",
        "internal",
        { organizationId: string },
        any
      >;
    };
    scaffold: {
      cleanupOrgFilesystem: FunctionReference<
        "action",
        "internal",
        { orgSlug: string },
        null
      >;
      scaffoldNewOrganization: FunctionReference<
        "action",
        "internal",
        { orgSlug: string },
        null
      >;
    };
  };
  personalization: {
    internal_queries: {
      getPersonalizationDataForInjection: FunctionReference<
        "query",
        "internal",
        { organizationId: string; threadId: string; userId: string },
        any
      >;
      isPersonalizationActiveForChat: FunctionReference<
        "query",
        "internal",
        { organizationId: string; threadId: string; userId: string },
        any
      >;
    };
  };
  products: {
    internal_mutations: {
      deleteProduct: FunctionReference<
        "mutation",
        "internal",
        { callerOrgId?: string; productId: Id<"products"> },
        Id<"products">
      >;
      ingestProduct: FunctionReference<
        "mutation",
        "internal",
        {
          category?: string;
          currency?: string;
          description?: string;
          externalId?: string | number;
          imageUrl?: string;
          metadata?: any;
          name: string;
          organizationId: string;
          price?: number;
          status?: "active" | "inactive" | "draft" | "archived";
          stock?: number;
          tags?: Array<string>;
        },
        { productId: Id<"products">; success: boolean }
      >;
      updateProducts: FunctionReference<
        "mutation",
        "internal",
        {
          callerOrgId?: string;
          category?: string;
          externalId?: string | number | Array<string | number>;
          organizationId?: string;
          productId?: Id<"products">;
          status?: "active" | "inactive" | "draft" | "archived";
          updates: {
            category?: string;
            currency?: string;
            description?: string;
            externalId?: string | number;
            imageUrl?: string;
            metadata?: any;
            name?: string;
            price?: number;
            status?: "active" | "inactive" | "draft" | "archived";
            stock?: number;
            tags?: Array<string>;
          };
        },
        {
          success: boolean;
          updatedCount: number;
          updatedIds: Array<Id<"products">>;
        }
      >;
    };
    internal_queries: {
      filterProducts: FunctionReference<
        "query",
        "internal",
        { expression: string; organizationId: string },
        {
          count: number;
          products: Array<{
            _creationTime: number;
            _id: string;
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
          }>;
        }
      >;
      getProductById: FunctionReference<
        "query",
        "internal",
        { callerOrgId?: string; productId: Id<"products"> },
        {
          _creationTime: number;
          _id: string;
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
        } | null
      >;
      listByOrganization: FunctionReference<
        "query",
        "internal",
        {
          organizationId: string;
          paginationOpts: {
            cursor: string | null;
            id?: number;
            numItems: number;
          };
        },
        {
          continueCursor: string;
          isDone: boolean;
          page: Array<{
            _creationTime: number;
            _id: string;
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
          }>;
        }
      >;
      queryProducts: FunctionReference<
        "query",
        "internal",
        {
          category?: string;
          externalId?: string | number | Array<string | number>;
          minStock?: number;
          organizationId: string;
          paginationOpts: {
            cursor: string | null;
            id?: number;
            numItems: number;
          };
          status?: "active" | "inactive" | "draft" | "archived";
        },
        {
          continueCursor: string;
          isDone: boolean;
          page: Array<{
            _creationTime: number;
            _id: string;
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
          }>;
        }
      >;
    };
  };
  prompts: {
    generate_title: {
      generatePromptTitle: FunctionReference<
        "action",
        "internal",
        { content: string },
        string | null
      >;
    };
    queries: {
      validateSaveArgs: FunctionReference<
        "query",
        "internal",
        {
          category?: string;
          categoryId?: Id<"promptCategories">;
          content: string;
          description?: string;
          organizationId: string;
          scope: "global" | "team" | "personal";
          tags?: Array<string>;
          teamId?: string;
        },
        null
      >;
    };
  };
  providers: {
    file_actions: {
      getAllConfiguredModelIds: FunctionReference<
        "action",
        "internal",
        { orgSlug?: string },
        Array<{
          displayName?: string;
          id: string;
          providerName: string;
          quantizations?: Array<string>;
          tags: Array<string>;
        }>
      >;
      getAllModelIds: FunctionReference<
        "action",
        "internal",
        { orgSlug?: string },
        Array<{
          displayName?: string;
          id: string;
          providerName: string;
          quantizations?: Array<string>;
          tags: Array<string>;
        }>
      >;
      resolveModelByTag: FunctionReference<
        "action",
        "internal",
        { orgSlug?: string; providerName?: string; tag: string },
        {
          apiKey: string;
          audioFormat?: "mp3" | "opus" | "aac" | "flac" | "wav" | "pcm";
          baseUrl: string;
          centsPerAudioMinute?: number;
          centsPerMillionCharacters?: number;
          defaultInstructions?: string;
          defaultVoice?: string;
          dimensions?: number;
          imageCentsPerImage?: number;
          imageGenerationMode?: "images-api" | "chat-multimodal";
          inputCentsPerMillion?: number;
          instructionsByLocale?: Record<string, string>;
          maxOutputTokens?: number;
          modelId: string;
          outputCentsPerMillion?: number;
          providerName: string;
          providerOptions?: Record<string, any>;
          supportsStructuredOutputs: boolean;
          tags: Array<string>;
          voicesByLocale?: Record<string, string>;
        }
      >;
      resolveModelData: FunctionReference<
        "action",
        "internal",
        { modelId: string; orgSlug?: string; providerName?: string },
        {
          apiKey: string;
          audioFormat?: "mp3" | "opus" | "aac" | "flac" | "wav" | "pcm";
          baseUrl: string;
          centsPerAudioMinute?: number;
          centsPerMillionCharacters?: number;
          defaultInstructions?: string;
          defaultVoice?: string;
          dimensions?: number;
          imageCentsPerImage?: number;
          imageGenerationMode?: "images-api" | "chat-multimodal";
          inputCentsPerMillion?: number;
          instructionsByLocale?: Record<string, string>;
          maxOutputTokens?: number;
          modelId: string;
          outputCentsPerMillion?: number;
          providerName: string;
          providerOptions?: Record<string, any>;
          supportsStructuredOutputs: boolean;
          tags: Array<string>;
          voicesByLocale?: Record<string, string>;
        }
      >;
    };
  };
  sso_providers: {
    internal_actions: {
      handleSsoLogin: FunctionReference<
        "action",
        "internal",
        {
          accessToken: string;
          accessTokenExpiresAt?: number;
          appRoles?: Array<string>;
          email: string;
          externalId: string;
          jobTitle?: string;
          name: string;
          organizationId: string;
          providerId: string;
          refreshToken?: string;
        },
        {
          error?: string;
          sessionToken?: string;
          success: boolean;
          userId?: string;
        }
      >;
    };
    internal_mutations: {
      createUserSession: FunctionReference<
        "mutation",
        "internal",
        { organizationId: string; userId: string },
        { sessionId: string | null; sessionToken: string | null }
      >;
      findOrCreateSsoUser: FunctionReference<
        "mutation",
        "internal",
        {
          accessToken: string;
          accessTokenExpiresAt?: number;
          email: string;
          externalId: string;
          name: string;
          organizationId: string;
          providerId: string;
          refreshToken?: string;
          role: "disabled" | "member" | "editor" | "developer" | "admin";
        },
        { isNewUser: boolean; userId: string | null }
      >;
      removeProvider: FunctionReference<
        "mutation",
        "internal",
        {
          actorEmail: string;
          actorId: string;
          actorRole: string;
          organizationId: string;
        },
        null
      >;
      upsertProvider: FunctionReference<
        "mutation",
        "internal",
        {
          actorEmail: string;
          actorId: string;
          actorRole: string;
          autoProvisionRole: boolean;
          clientIdEncrypted: string;
          clientSecretEncrypted: string;
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
            targetRole:
              "disabled" | "member" | "editor" | "developer" | "admin";
          }>;
          scopes: Array<string>;
        },
        string
      >;
    };
    internal_queries: {
      getAuthUser: FunctionReference<
        "query",
        "internal",
        {},
        { _id: string; email: string; name: string } | null
      >;
      getByOrganization: FunctionReference<
        "query",
        "internal",
        { organizationId: string },
        {
          _id: Id<"ssoProviders">;
          clientIdEncrypted: string;
          clientSecretEncrypted: string;
        } | null
      >;
      getCallerRole: FunctionReference<
        "query",
        "internal",
        { organizationId: string; userId: string },
        string | null
      >;
      getSsoConfig: FunctionReference<
        "query",
        "internal",
        {},
        {
          _id: Id<"ssoProviders">;
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
            targetRole:
              "disabled" | "member" | "editor" | "developer" | "admin";
          }>;
          scopes: Array<string>;
          updatedAt: number;
        } | null
      >;
    };
  };
  streaming: {
    internal_mutations: {
      appendToStream: FunctionReference<
        "mutation",
        "internal",
        { streamId: string; text: string },
        any
      >;
      completeStream: FunctionReference<
        "mutation",
        "internal",
        { streamId: string },
        any
      >;
      errorStream: FunctionReference<
        "mutation",
        "internal",
        { streamId: string },
        any
      >;
      startStream: FunctionReference<
        "mutation",
        "internal",
        { streamId: string },
        any
      >;
      updateStreamStatus: FunctionReference<
        "mutation",
        "internal",
        { status: "streaming" | "done" | "error"; streamId: string },
        any
      >;
    };
  };
  thread_todos: {
    internal_mutations: {
      appendTodoSources: FunctionReference<
        "mutation",
        "internal",
        {
          organizationId: string;
          sources: Array<{
            publishedDate?: string;
            score?: number;
            title?: string;
            url: string;
          }>;
          threadId: string;
          todoId: string;
        },
        null
      >;
      applyTodoOperations: FunctionReference<
        "mutation",
        "internal",
        {
          opId: string;
          operations: Array<
            | { content: string; id: string; type: "add" }
            | {
                content?: string;
                failureReason?: string;
                findingsSummary?: string;
                id: string;
                status?:
                  "pending" | "in_progress" | "done" | "failed" | "cancelled";
                type: "update";
              }
            | { id: string; type: "remove" }
          >;
          organizationId: string;
          threadId: string;
        },
        | {
            activeTodoId?: string;
            deduplicated?: boolean;
            success: true;
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
              status:
                "pending" | "in_progress" | "done" | "failed" | "cancelled";
              updatedAt: number;
            }>;
          }
        | {
            code:
              | "duplicate_active"
              | "unknown_todo"
              | "duplicate_add"
              | "invalid_batch";
            error: string;
            success: false;
          }
      >;
      incrementIntegrationCallCount: FunctionReference<
        "mutation",
        "internal",
        {
          counterKind?: "search" | "extract";
          delta: number;
          organizationId: string;
          threadId: string;
          todoId?: string;
        },
        { integrationCallCount: number }
      >;
    };
    internal_queries: {
      getByThread: FunctionReference<
        "query",
        "internal",
        { organizationId: string; threadId: string },
        {
          activeTodoId?: string;
          integrationCallCount: number;
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
        } | null
      >;
    };
    plan_review_ttl: {
      expirePlanReviews: FunctionReference<"mutation", "internal", {}, null>;
    };
  };
  threads: {
    create_branch_thread: {
      createBranchThread: FunctionReference<
        "mutation",
        "internal",
        {
          editedMessageId: string;
          editedMessageOrder: number;
          newMessage: string;
          organizationId: string;
          rootThreadId: string;
          sourceThreadId: string;
          userId: string;
        },
        { branchThreadId: string; forkOrder: number }
      >;
    };
    generate_thread_title: {
      generateThreadTitle: FunctionReference<
        "action",
        "internal",
        { firstMessage: string; organizationId?: string; threadId: string },
        null
      >;
    };
    internal_mutations: {
      archiveChatThreadInternal: FunctionReference<
        "mutation",
        "internal",
        { callerOrgId?: string; callerUserId?: string; threadId: string },
        null
      >;
      cleanupOrphanedSubThreads: FunctionReference<
        "mutation",
        "internal",
        { parentThreadId: string; subThreadIds: Array<string> },
        { archivedCount: number }
      >;
      clearGenerationStatus: FunctionReference<
        "mutation",
        "internal",
        { streamId: string; threadId: string },
        any
      >;
      createChatThreadInternal: FunctionReference<
        "mutation",
        "internal",
        { organizationId?: string; title?: string; userId: string },
        string
      >;
      deleteChatThreadInternal: FunctionReference<
        "mutation",
        "internal",
        { callerOrgId?: string; callerUserId?: string; threadId: string },
        null
      >;
      getOrCreateSubThreadAtomic: FunctionReference<
        "mutation",
        "internal",
        { parentThreadId: string; subAgentType: string; userId?: string },
        { isNew: boolean; threadId: string }
      >;
      markGenerating: FunctionReference<
        "mutation",
        "internal",
        { agentSlug?: string; organizationId: string; threadId: string },
        {
          streamId: string;
          userEmail: string;
          userId: string;
          userName: string;
        }
      >;
      unarchiveChatThreadInternal: FunctionReference<
        "mutation",
        "internal",
        { callerOrgId?: string; callerUserId?: string; threadId: string },
        null
      >;
      updateChatThreadInternal: FunctionReference<
        "mutation",
        "internal",
        {
          callerOrgId?: string;
          callerUserId?: string;
          threadId: string;
          title: string;
        },
        null
      >;
    };
    internal_queries: {
      getThreadMessagesInternal: FunctionReference<
        "query",
        "internal",
        { callerOrgId?: string; threadId: string },
        any
      >;
      getThreadMetadata: FunctionReference<
        "query",
        "internal",
        { callerOrgId?: string; threadId: string },
        any
      >;
      listArchivedThreadsInternal: FunctionReference<
        "query",
        "internal",
        {
          organizationId?: string;
          paginationOpts: {
            cursor: string | null;
            endCursor?: string | null;
            id?: number;
            maximumBytesRead?: number;
            maximumRowsRead?: number;
            numItems: number;
          };
          userId: string;
        },
        any
      >;
      listThreadsInternal: FunctionReference<
        "query",
        "internal",
        {
          organizationId?: string;
          paginationOpts: {
            cursor: string | null;
            endCursor?: string | null;
            id?: number;
            maximumBytesRead?: number;
            maximumRowsRead?: number;
            numItems: number;
          };
          userId: string;
        },
        any
      >;
    };
    mutations: {
      copyThreadMessages: FunctionReference<
        "mutation",
        "internal",
        { sourceThreadId: string; targetThreadId: string; userId: string },
        null
      >;
      createArenaBranchLink: FunctionReference<
        "mutation",
        "internal",
        { branchThreadId: string; rootThreadId: string },
        null
      >;
    };
  };
  trusted_headers_auth: {
    internal_mutations: {
      authenticate: FunctionReference<
        "mutation",
        "internal",
        {
          email: string;
          existingSessionToken?: string;
          ipAddress?: string;
          name: string;
          role: string;
          secret?: string;
          teams: Array<{ id: string; name: string }> | null;
          userAgent?: string;
        },
        any
      >;
    };
  };
  tts: {
    cascade_helpers: {
      gcOrgTtsChunks: FunctionReference<
        "mutation",
        "internal",
        {},
        { orgsScanned: number; rowsDeleted: number; wrappedAround: boolean }
      >;
    };
    mutations: {
      logCapabilityProbeDenied: FunctionReference<
        "mutation",
        "internal",
        { actorEmail?: string; actorId: string; organizationId: string },
        null
      >;
      markChunkFailed: FunctionReference<
        "mutation",
        "internal",
        {
          attemptCreatedAt: number;
          chunkId: Id<"ttsAudioChunks">;
          error:
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
        },
        { stale: boolean }
      >;
      markChunkReadyAndRecordUsage: FunctionReference<
        "mutation",
        "internal",
        {
          attemptCreatedAt: number;
          characterCount: number;
          chunkId: Id<"ttsAudioChunks">;
          costEstimateCents: number;
          format: "mp3" | "opus" | "aac" | "flac" | "wav" | "pcm";
          modelId: string;
          providerName: string;
          storageId: Id<"_storage">;
          voice: string;
        },
        { stale: boolean }
      >;
      maybeCleanupChunks: FunctionReference<
        "mutation",
        "internal",
        { limit: number; olderThanMs: number; threadId: string },
        null
      >;
      reserveChunk: FunctionReference<
        "mutation",
        "internal",
        {
          index: number;
          locale: string;
          messageId: string;
          organizationId: string;
          prospectiveCostCentsPerMChars?: number;
          text: string;
          threadId: string;
        },
        | {
            format?: "mp3" | "opus" | "aac" | "flac" | "wav" | "pcm";
            kind: "ready";
            storageId: Id<"_storage">;
            voice?: string;
          }
        | { kind: "pending-in-flight" }
        | {
            attemptCreatedAt: number;
            chunkId: Id<"ttsAudioChunks">;
            kind: "reserved";
            organizationId: string;
            teamId?: string;
            userId: string;
          }
      >;
    };
    queries: {
      getChunkForServe: FunctionReference<
        "query",
        "internal",
        { chunkId: string; email?: string; userId: string },
        null | { storageId: string }
      >;
    };
  };
  two_factor: {
    internal_mutations: {
      clearOnSuccess: FunctionReference<
        "mutation",
        "internal",
        {
          ip?: string;
          method: "totp" | "backup_code";
          userAgent?: string;
          userId: string;
        },
        null
      >;
      logEnrollmentEvent: FunctionReference<
        "mutation",
        "internal",
        {
          action: "2fa_enrolled" | "2fa_disabled" | "2fa_reset_by_admin";
          actorEmail?: string;
          actorId: string;
          ip?: string;
          metadata?: any;
          userAgent?: string;
          userId: string;
        },
        null
      >;
      recordFailure: FunctionReference<
        "mutation",
        "internal",
        {
          ip?: string;
          method: "totp" | "backup_code";
          userAgent?: string;
          userId: string;
        },
        { locked: boolean; lockedUntil: number | null }
      >;
      setGraceUntilIfAbsent: FunctionReference<
        "mutation",
        "internal",
        { graceUntil: number; userId: string },
        null
      >;
    };
    internal_queries: {
      evaluateEnforcement: FunctionReference<
        "query",
        "internal",
        {
          twoFactorEnabled: boolean;
          twoFactorGraceUntil: number | null;
          userId: string;
        },
        {
          decision: "ok" | "grace" | "blocked";
          graceDeadline: number | null;
          graceUntilToSet: number | null;
        }
      >;
      getLockStateByUserId: FunctionReference<
        "query",
        "internal",
        { userId: string },
        { lockedUntil: number | null }
      >;
    };
  };
  user_memories: {
    internal_mutations: {
      resolveProposalMessageIds: FunctionReference<
        "mutation",
        "internal",
        {
          mappings: Array<{ messageId: string; toolCallId: string }>;
          organizationId: string;
          threadId: string;
          userId: string;
        },
        any
      >;
      writeProposal: FunctionReference<
        "mutation",
        "internal",
        {
          content: string;
          organizationId: string;
          pendingTtlMs: number;
          perDayCap: number;
          perThreadCap: number;
          threadId: string;
          toolCallId?: string;
          userId: string;
        },
        any
      >;
    };
  };
  user_memory_audit_log: {
    internal_mutations: {
      appendAudit: FunctionReference<
        "mutation",
        "internal",
        {
          action:
            "propose" | "create" | "approve" | "dismiss" | "delete" | "inject";
          actorUserId: string;
          agentSlug?: string;
          injectedMemoryIds?: Array<Id<"userMemories">>;
          memoryId?: Id<"userMemories">;
          messageId?: string;
          organizationId: string;
          outcome: "ok" | "denied" | "error";
          requestId?: string;
          subjectUserId: string;
          threadId?: string;
        },
        any
      >;
    };
  };
  users: {
    internal_mutations: {
      resetOwner: FunctionReference<
        "mutation",
        "internal",
        { newEmail?: string; newPassword?: string },
        any
      >;
    };
  };
  vendors: {
    internal_mutations: {
      bulkCreateVendors: FunctionReference<
        "mutation",
        "internal",
        {
          organizationId: string;
          vendors: Array<{
            address?: {
              city?: string;
              country?: string;
              postalCode?: string;
              state?: string;
              street?: string;
            };
            email: string;
            externalId?: string | number;
            locale?: string;
            metadata?: any;
            name?: string;
            notes?: string;
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
            tags?: Array<string>;
          }>;
        },
        {
          errors: Array<{
            error: string;
            errorCode: string;
            index: number;
            vendor: any;
          }>;
          failed: number;
          success: number;
        }
      >;
      createVendor: FunctionReference<
        "mutation",
        "internal",
        {
          address?: {
            city?: string;
            country?: string;
            postalCode?: string;
            state?: string;
            street?: string;
          };
          email?: string;
          externalId?: string | number;
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
          tags?: Array<string>;
        },
        Id<"vendors">
      >;
      deleteVendor: FunctionReference<
        "mutation",
        "internal",
        { callerOrgId?: string; vendorId: Id<"vendors"> },
        null
      >;
      updateVendor: FunctionReference<
        "mutation",
        "internal",
        {
          address?: {
            city?: string;
            country?: string;
            postalCode?: string;
            state?: string;
            street?: string;
          };
          callerOrgId?: string;
          email?: string;
          externalId?: string;
          locale?: string;
          metadata?: any;
          name?: string;
          notes?: string;
          phone?: string;
          source?:
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
          tags?: Array<string>;
          vendorId: Id<"vendors">;
        },
        null
      >;
    };
    internal_queries: {
      getVendor: FunctionReference<
        "query",
        "internal",
        { callerOrgId?: string; vendorId: Id<"vendors"> },
        any
      >;
      queryVendors: FunctionReference<
        "query",
        "internal",
        {
          locale?: string;
          organizationId: string;
          paginationOpts: {
            cursor: string | null;
            id?: number;
            numItems: number;
          };
          source?:
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
        },
        any
      >;
    };
  };
  video_links: {
    ingest_video_link: {
      ingestVideoLink: FunctionReference<
        "action",
        "internal",
        { jobId: Id<"videoLinkJobs">; userLocale?: string },
        any
      >;
    };
    internal_mutations: {
      cleanupCancelledVideoLink: FunctionReference<
        "mutation",
        "internal",
        { jobId: Id<"videoLinkJobs"> },
        any
      >;
      heartbeatJobByStorageId: FunctionReference<
        "mutation",
        "internal",
        { progress?: string; storageId: Id<"_storage"> },
        any
      >;
      insertSyntheticFileMetadata: FunctionReference<
        "mutation",
        "internal",
        {
          captionLang?: string;
          fileSize: number;
          jobId: Id<"videoLinkJobs">;
          organizationId: string;
          sourcePlatform: string;
          sourceUrl: string;
          storageId: Id<"_storage">;
          threadId?: string;
          transcript: string;
          transcriptSource: "captions_human" | "captions_auto" | "whisper";
          uploadedBy: string;
          videoDurationSec: number;
          videoTitle: string;
          videoUploader?: string;
        },
        any
      >;
      recoverStuckVideoLinkJobs: FunctionReference<
        "mutation",
        "internal",
        {},
        any
      >;
      updateJob: FunctionReference<
        "mutation",
        "internal",
        {
          attempts?: number;
          captionLang?: string;
          captionTrackKind?: "manual" | "asr" | "auto-translated";
          errorMessage?: string;
          errorReasonCode?:
            | "privateOrAgeGated"
            | "unavailable"
            | "geoblocked"
            | "unsupported"
            | "transient"
            | "botDetection"
            | "rateLimited"
            | "forbidden"
            | "liveStream"
            | "premiere"
            | "memberOnly"
            | "jsRuntimeMissing"
            | "binaryNotInstalled"
            | "timeout"
            | "outputValidationFailed"
            | "invalidUrl"
            | "unsupportedProtocol"
            | "credentialedUrl"
            | "ipLiteral"
            | "playlist"
            | "dnsResolutionFailed"
            | "privateIpResolved"
            | "videoTooLong"
            | "whisperFailed";
          expectedStatus?:
            | "queued"
            | "fetching_metadata"
            | "fetching_captions"
            | "extracting_audio"
            | "transcribing_handoff"
            | "indexing"
            | "completed"
            | "failed"
            | "skipped";
          fileMetadataId?: Id<"fileMetadata">;
          jobId: Id<"videoLinkJobs">;
          progress?: string;
          status?:
            | "queued"
            | "fetching_metadata"
            | "fetching_captions"
            | "extracting_audio"
            | "transcribing_handoff"
            | "indexing"
            | "completed"
            | "failed"
            | "skipped";
          storageId?: Id<"_storage">;
          transcriptSource?: "captions_human" | "captions_auto" | "whisper";
          videoChapters?: Array<{
            endSec: number;
            startSec: number;
            title: string;
          }>;
          videoDurationSec?: number;
          videoLanguage?: string;
          videoTitle?: string;
          videoUploader?: string;
        },
        "ok" | "cas_miss" | "not_found"
      >;
    };
    internal_queries: {
      getJobById: FunctionReference<
        "query",
        "internal",
        { jobId: Id<"videoLinkJobs"> },
        any
      >;
    };
  };
  websites: {
    internal_actions: {
      fetchAndPatchHomepage: FunctionReference<
        "action",
        "internal",
        { domain: string; websiteId: Id<"websites"> },
        any
      >;
      fetchPageChunks: FunctionReference<
        "action",
        "internal",
        { domain: string; url: string },
        any
      >;
      fetchWebsitePages: FunctionReference<
        "action",
        "internal",
        { domain: string; limit?: number; offset?: number },
        any
      >;
      registerAndSync: FunctionReference<
        "action",
        "internal",
        { domain: string; scanInterval: string; websiteId: Id<"websites"> },
        any
      >;
      searchWebsiteContent: FunctionReference<
        "action",
        "internal",
        { domain: string; limit?: number; query: string },
        any
      >;
      syncSingleWebsite: FunctionReference<
        "action",
        "internal",
        { domain: string; websiteId: Id<"websites"> },
        any
      >;
      syncWebsiteStatuses: FunctionReference<
        "action",
        "internal",
        { organizationId: string },
        any
      >;
    };
    internal_mutations: {
      deleteWebsite: FunctionReference<
        "mutation",
        "internal",
        { websiteId: Id<"websites"> },
        string
      >;
      patchWebsite: FunctionReference<
        "mutation",
        "internal",
        {
          crawledPageCount?: number;
          description?: string;
          domain?: string;
          lastScannedAt?: number;
          metadata?: any;
          pageCount?: number;
          scanInterval?: string;
          status?: "idle" | "scanning" | "active" | "error" | "deleting";
          title?: string;
          websiteId: Id<"websites">;
        },
        any
      >;
      provisionWebsite: FunctionReference<
        "mutation",
        "internal",
        {
          description?: string;
          domain: string;
          metadata?: any;
          organizationId: string;
          scanInterval: string;
          status?: "idle" | "scanning" | "active" | "error" | "deleting";
          title?: string;
        },
        any
      >;
    };
    internal_queries: {
      getWebsite: FunctionReference<
        "query",
        "internal",
        { websiteId: Id<"websites"> },
        any
      >;
      getWebsiteByDomain: FunctionReference<
        "query",
        "internal",
        { domain: string; organizationId: string },
        any
      >;
      listWebsitesForSync: FunctionReference<
        "query",
        "internal",
        { organizationId: string },
        any
      >;
      listWebsitesPaginated: FunctionReference<
        "query",
        "internal",
        {
          organizationId: string;
          paginationOpts: {
            cursor: string | null;
            endCursor?: string | null;
            id?: number;
            maximumBytesRead?: number;
            maximumRowsRead?: number;
            numItems: number;
          };
          scanInterval?: string;
          status?: string;
        },
        any
      >;
      listWebsiteSummaries: FunctionReference<
        "query",
        "internal",
        { organizationId: string },
        any
      >;
      verifyOrganizationMembership: FunctionReference<
        "query",
        "internal",
        { email: string; name: string; organizationId: string; userId: string },
        any
      >;
    };
  };
  wf_executions: {
    internal_mutations: {
      cleanupExecutionStorage: FunctionReference<
        "mutation",
        "internal",
        {
          executionId: Id<"wfExecutions">;
          outputStorageId?: Id<"_storage">;
          variablesStorageId?: Id<"_storage">;
        },
        null
      >;
      completeExecution: FunctionReference<
        "mutation",
        "internal",
        {
          executionId: Id<"wfExecutions">;
          output: any;
          outputStorageId?: Id<"_storage">;
          variablesSerialized?: string;
          variablesStorageId?: Id<"_storage">;
        },
        null
      >;
      deleteStorageBlob: FunctionReference<
        "mutation",
        "internal",
        { storageId: Id<"_storage"> },
        null
      >;
      failExecution: FunctionReference<
        "mutation",
        "internal",
        { error: string; executionId: Id<"wfExecutions"> },
        null
      >;
      persistExecutionOutput: FunctionReference<
        "mutation",
        "internal",
        {
          executionId: Id<"wfExecutions">;
          output: any;
          outputStorageId?: Id<"_storage">;
        },
        null
      >;
      startWorkflowFromFileConfig: FunctionReference<
        "mutation",
        "internal",
        {
          input?: any;
          organizationId: string;
          triggerData?: any;
          triggeredBy: string;
          userId?: string;
          workflowConfig: any;
          workflowSlug: string;
        },
        Id<"wfExecutions">
      >;
      updateExecutionStatus: FunctionReference<
        "mutation",
        "internal",
        {
          currentStepName?: string;
          currentStepSlug?: string;
          error?: string;
          executionId: Id<"wfExecutions">;
          loopProgress?: { current: number; total: number } | null;
          status: "pending" | "running" | "completed" | "failed";
          waitingFor?: string;
        },
        null
      >;
      updateExecutionVariables: FunctionReference<
        "mutation",
        "internal",
        {
          executionId: Id<"wfExecutions">;
          variablesSerialized?: string;
          variablesStorageId?: Id<"_storage">;
        },
        null
      >;
    };
    internal_queries: {
      getExecution: FunctionReference<
        "query",
        "internal",
        { callerOrgId?: string; executionId: Id<"wfExecutions"> },
        any
      >;
      getExecutionStepJournalInternal: FunctionReference<
        "query",
        "internal",
        { callerOrgId?: string; executionId: Id<"wfExecutions"> },
        any
      >;
      getRawExecution: FunctionReference<
        "query",
        "internal",
        { callerOrgId?: string; executionId: Id<"wfExecutions"> },
        any
      >;
      listExecutionsCursorInternal: FunctionReference<
        "query",
        "internal",
        {
          callerOrgId?: string;
          cursor: string | null;
          dateFrom?: string;
          dateTo?: string;
          numItems?: number;
          searchTerm?: string;
          status?: Array<string>;
          triggeredBy?: string;
          wfDefinitionId: string;
        },
        any
      >;
    };
  };
  workflow_engine: {
    action_defs: {
      rag: {
        helpers: {
          delete_document: {
            deleteFromRagBatch: FunctionReference<
              "action",
              "internal",
              { fileIds: Array<string> },
              null
            >;
          };
        };
      };
    };
    engine: {
      dynamicWorkflow: FunctionReference<"mutation", "internal", any, any>;
      dynamicWorkflow1: FunctionReference<"mutation", "internal", any, any>;
      dynamicWorkflow2: FunctionReference<"mutation", "internal", any, any>;
      dynamicWorkflow3: FunctionReference<"mutation", "internal", any, any>;
    };
    helpers: {
      engine: {
        start_workflow_from_file: {
          startWorkflowFromFile: FunctionReference<
            "action",
            "internal",
            {
              input?: any;
              orgSlug: string;
              organizationId: string;
              triggerData?: any;
              triggeredBy: string;
              userId?: string;
              workflowSlug: string;
            },
            Id<"wfExecutions"> | null
          >;
        };
      };
    };
    internal_actions: {
      executeActionNode: FunctionReference<
        "action",
        "internal",
        {
          executionId: string | Id<"wfExecutions">;
          stepDef: {
            config: {
              parameters: any;
              retryPolicy?: { backoffMs: number; maxRetries: number };
              type: string;
            };
            stepSlug: string;
            stepType: "action";
          };
          threadId?: string;
          variables: any;
        },
        {
          approvalTaskId?: string;
          error?: string;
          output: { data: any; meta?: any; type: string };
          port: string;
          threadId?: string;
          variables?: any;
        }
      >;
      executeConditionNode: FunctionReference<
        "action",
        "internal",
        {
          executionId: string | Id<"wfExecutions">;
          stepDef: {
            config: {
              description?: string;
              expression?: string;
              variables?: Record<string, string | number | boolean | null>;
            };
            stepSlug: string;
            stepType: "condition";
          };
          variables: any;
        },
        {
          approvalTaskId?: string;
          error?: string;
          output: { data: any; meta?: any; type: string };
          port: string;
          threadId?: string;
          variables?: any;
        }
      >;
      executeLLMNode: FunctionReference<
        "action",
        "internal",
        {
          executionId: string | Id<"wfExecutions">;
          stepDef: {
            config:
              | {
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
                };
            organizationId: string;
            stepSlug: string;
            stepType: "llm";
          };
          threadId?: string;
          variables: any;
        },
        {
          approvalTaskId?: string;
          error?: string;
          output: { data: any; meta?: any; type: string };
          port: string;
          threadId?: string;
          variables?: any;
        }
      >;
      executeLoopNode: FunctionReference<
        "action",
        "internal",
        {
          executionId: string | Id<"wfExecutions">;
          stepDef: {
            config: {
              continueOnError?: boolean;
              description?: string;
              indexVariable?: string;
              itemVariable?: string;
              items?: any;
              maxIterations?: number;
            };
            stepSlug: string;
            stepType: "loop";
          };
          threadId?: string;
          variables: any;
        },
        {
          approvalTaskId?: string;
          error?: string;
          output: { data: any; meta?: any; type: string };
          port: string;
          threadId?: string;
          variables?: any;
        }
      >;
      executeStep: FunctionReference<
        "action",
        "internal",
        {
          executionId: string;
          initialInput?: any;
          organizationId: string;
          resumeVariables?: any;
          stepName?: string;
          stepSlug: string;
          stepType:
            | "start"
            | "trigger"
            | "llm"
            | "condition"
            | "action"
            | "loop"
            | "output";
          threadId?: string;
        },
        { approvalTaskId?: string; error?: string; port: string }
      >;
      scanAndTrigger: FunctionReference<"action", "internal", {}, null>;
      serializeExecutionOutput: FunctionReference<
        "action",
        "internal",
        { executionId: Id<"wfExecutions"> },
        null
      >;
    };
    internal_mutations: {
      cleanupComponentWorkflow: FunctionReference<
        "mutation",
        "internal",
        { shardIndex?: number; workflowId: string },
        null
      >;
      onWorkflowComplete: FunctionReference<
        "mutation",
        "internal",
        { context: any; result: any; workflowId: string },
        null
      >;
      recoverStuck: FunctionReference<
        "mutation",
        "internal",
        {},
        { recovered: number }
      >;
    };
    internal_queries: {
      getLastExecutionTime: FunctionReference<
        "query",
        "internal",
        { wfDefinitionId: string },
        number | null
      >;
      getLastExecutionTimes: FunctionReference<
        "query",
        "internal",
        { wfDefinitionIds: Array<string> },
        Record<string, number | null>
      >;
      getRunningExecutions: FunctionReference<
        "query",
        "internal",
        { wfDefinitionIds: Array<string> },
        Record<string, boolean>
      >;
      getScheduledWorkflows: FunctionReference<
        "query",
        "internal",
        {},
        Array<{
          name: string;
          organizationId: string;
          schedule: string;
          scheduleId: Id<"wfSchedules">;
          timezone: string;
          variables?: any;
          workflowSlug: string;
        }>
      >;
    };
  };
  workflows: {
    file_actions: {
      listWorkflowsForAgent: FunctionReference<
        "action",
        "internal",
        { orgSlug: string; organizationId: string },
        any
      >;
      readWorkflowForExecution: FunctionReference<
        "action",
        "internal",
        { orgSlug: string; workflowSlug: string },
        any
      >;
      saveWorkflowForExecution: FunctionReference<
        "action",
        "internal",
        { config: any; orgSlug: string; workflowSlug: string },
        { hash: string }
      >;
    };
    installations: {
      deleteInstallation: FunctionReference<
        "mutation",
        "internal",
        { organizationId: string; workflowSlug: string },
        null
      >;
      getInstallationInternal: FunctionReference<
        "query",
        "internal",
        { organizationId: string; workflowSlug: string },
        {
          _creationTime: number;
          _id: Id<"wfInstallations">;
          contentHash: string;
          installedAt: number;
          installedBy: string;
          organizationId: string;
          workflowSlug: string;
        } | null
      >;
      listInstalledSlugs: FunctionReference<
        "query",
        "internal",
        { organizationId: string },
        Array<string>
      >;
      upsertInstallation: FunctionReference<
        "mutation",
        "internal",
        {
          contentHash: string;
          installedBy: string;
          organizationId: string;
          workflowSlug: string;
        },
        Id<"wfInstallations">
      >;
    };
    processing_records: {
      internal_mutations: {
        findUnprocessed: FunctionReference<
          "mutation",
          "internal",
          {
            backoffHours: number;
            filterExpression?: string;
            organizationId: string;
            tableName:
              | "customers"
              | "products"
              | "documents"
              | "conversations"
              | "conversationMessages"
              | "approvals"
              | "onedriveSyncConfigs";
            wfDefinitionId: string;
          },
          any
        >;
        recordProcessed: FunctionReference<
          "mutation",
          "internal",
          {
            metadata?: any;
            organizationId: string;
            recordCreationTime: number;
            recordId: string;
            tableName:
              | "customers"
              | "products"
              | "documents"
              | "conversations"
              | "conversationMessages"
              | "approvals"
              | "onedriveSyncConfigs";
            wfDefinitionId: string;
          },
          any
        >;
      };
      internal_queries: {
        getProcessingRecordById: FunctionReference<
          "query",
          "internal",
          { processingRecordId: Id<"workflowProcessingRecords"> },
          any
        >;
      };
    };
    triggers: {
      internal_mutations: {
        cancelExecutionInternal: FunctionReference<
          "mutation",
          "internal",
          { callerOrgId?: string; executionId: Id<"wfExecutions"> },
          null
        >;
        createScheduleInternal: FunctionReference<
          "mutation",
          "internal",
          {
            createdBy: string;
            cronExpression: string;
            organizationId: string;
            requires?: {
              integrations?: Array<{
                minVersion?: number;
                name: string;
                operations?: Array<string>;
              }>;
            };
            timezone: string;
            variables?: any;
            workflowSlug: string;
          },
          Id<"wfSchedules">
        >;
        createTriggerLog: FunctionReference<
          "mutation",
          "internal",
          {
            errorMessage?: string;
            idempotencyKey?: string;
            ipAddress?: string;
            organizationId: string;
            status: "accepted" | "rejected" | "duplicate" | "rate_limited";
            triggerType: "manual" | "schedule" | "webhook" | "api" | "event";
            wfDefinitionId?: Id<"wfDefinitions"> | string;
            wfExecutionId?: Id<"wfExecutions">;
            workflowRootId?: Id<"wfDefinitions">;
            workflowSlug?: string;
          },
          Id<"wfTriggerLogs">
        >;
        createWebhookInternal: FunctionReference<
          "mutation",
          "internal",
          { createdBy: string; organizationId: string; workflowSlug: string },
          { _id: Id<"wfWebhooks">; token: string }
        >;
        deleteScheduleInternal: FunctionReference<
          "mutation",
          "internal",
          { callerOrgId?: string; scheduleId: Id<"wfSchedules"> },
          null
        >;
        deleteWebhookInternal: FunctionReference<
          "mutation",
          "internal",
          { callerOrgId?: string; webhookId: Id<"wfWebhooks"> },
          null
        >;
        processEvent: FunctionReference<
          "mutation",
          "internal",
          { eventData?: any; eventType: string; organizationId: string },
          null
        >;
        provisionEventSubscription: FunctionReference<
          "mutation",
          "internal",
          {
            createdBy: string;
            eventFilter?: Record<string, string>;
            eventType: string;
            organizationId: string;
            workflowRootId: Id<"wfDefinitions">;
          },
          Id<"wfEventSubscriptions">
        >;
        provisionSchedule: FunctionReference<
          "mutation",
          "internal",
          {
            createdBy: string;
            cronExpression: string;
            organizationId: string;
            timezone: string;
            workflowRootId: Id<"wfDefinitions">;
          },
          Id<"wfSchedules">
        >;
        updateScheduleInternal: FunctionReference<
          "mutation",
          "internal",
          {
            callerOrgId?: string;
            cronExpression?: string;
            isActive?: boolean;
            scheduleId: Id<"wfSchedules">;
            timezone?: string;
            variables?: any;
          },
          null
        >;
        updateScheduleLastTriggered: FunctionReference<
          "mutation",
          "internal",
          { lastTriggeredAt: number; scheduleId: Id<"wfSchedules"> },
          null
        >;
        updateWebhookLastTriggered: FunctionReference<
          "mutation",
          "internal",
          { lastTriggeredAt: number; webhookId: Id<"wfWebhooks"> },
          null
        >;
      };
      internal_queries: {
        checkIdempotencyQuery: FunctionReference<
          "query",
          "internal",
          { idempotencyKey: string; organizationId: string },
          any
        >;
        getActiveVersion: FunctionReference<
          "query",
          "internal",
          { workflowRootId: Id<"wfDefinitions"> },
          Id<"wfDefinitions"> | null
        >;
        getApiKeyByHash: FunctionReference<
          "query",
          "internal",
          { keyHash: string },
          any
        >;
        getSchedulesBySlugInternal: FunctionReference<
          "query",
          "internal",
          { organizationId: string; workflowSlug: string },
          any
        >;
        getTriggerLogsBySlugInternal: FunctionReference<
          "query",
          "internal",
          { organizationId: string; workflowSlug: string },
          any
        >;
        getWebhookByToken: FunctionReference<
          "query",
          "internal",
          { token: string },
          any
        >;
        getWebhooksBySlugInternal: FunctionReference<
          "query",
          "internal",
          { organizationId: string; workflowSlug: string },
          any
        >;
      };
    };
  };
};

export declare const components: {
  betterAuth: import("../betterAuth/_generated/component.js").ComponentApi<"betterAuth">;
  workflow: import("@convex-dev/workflow/_generated/component.js").ComponentApi<"workflow">;
  workflow_1: import("@convex-dev/workflow/_generated/component.js").ComponentApi<"workflow_1">;
  workflow_2: import("@convex-dev/workflow/_generated/component.js").ComponentApi<"workflow_2">;
  workflow_3: import("@convex-dev/workflow/_generated/component.js").ComponentApi<"workflow_3">;
  agent: import("@convex-dev/agent/_generated/component.js").ComponentApi<"agent">;
  rateLimiter: import("@convex-dev/rate-limiter/_generated/component.js").ComponentApi<"rateLimiter">;
  actionCache: import("@convex-dev/action-cache/_generated/component.js").ComponentApi<"actionCache">;
  persistentTextStreaming: import("@convex-dev/persistent-text-streaming/_generated/component.js").ComponentApi<"persistentTextStreaming">;
  migrations: import("@convex-dev/migrations/_generated/component.js").ComponentApi<"migrations">;
};
