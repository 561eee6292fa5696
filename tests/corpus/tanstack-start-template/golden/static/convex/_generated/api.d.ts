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
  admin: {
    cleanupDeletedUserData: FunctionReference<
      "action",
      "public",
      { email: string; userId: string },
      {
        deletedAppUser: number;
        deletedAuditLogs: number;
        email: string;
        success: boolean;
      }
    >;
    createChatModel: FunctionReference<
      "mutation",
      "public",
      {
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
        supportsWebSearch?: boolean;
      },
      { message: string; modelId: Id<"aiModelCatalog">; success: boolean }
    >;
    deleteUserIndexEntry: FunctionReference<
      "mutation",
      "public",
      { userId: string },
      { success: boolean }
    >;
    ensureUserIndex: FunctionReference<
      "action",
      "public",
      { force?: boolean },
      { success: true; synced: boolean; totalUsers: number }
    >;
    getChatModelCatalogStatus: FunctionReference<
      "query",
      "public",
      {},
      {
        activeModelsCount: number;
        adminModelsCount: number;
        lastRefreshedAt: number | null;
        publicModelsCount: number;
      }
    >;
    getSystemStats: FunctionReference<
      "query",
      "public",
      {},
      { admins: number; users: number }
    >;
    listChatModelCatalog: FunctionReference<
      "query",
      "public",
      {},
      Array<{
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
      }>
    >;
    listUsers: FunctionReference<
      "query",
      "public",
      {
        cursor?: string;
        page: number;
        pageSize: number;
        role: "all" | "admin" | "user";
        search: string;
        secondarySortBy:
          "name" | "email" | "role" | "emailVerified" | "createdAt";
        secondarySortOrder: "asc" | "desc";
        sortBy: "name" | "email" | "role" | "emailVerified" | "createdAt";
        sortOrder: "asc" | "desc";
      },
      {
        pagination: {
          hasNextPage: boolean;
          nextCursor: string | null;
          page: number;
          pageSize: number;
          total: number;
          totalPages: number;
        };
        users: Array<{
          banExpires: number | null;
          banReason: string | null;
          banned: boolean;
          createdAt: number;
          email: string;
          emailVerified: boolean;
          id: string;
          name: string | null;
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
          organizations: Array<{
            id: string;
            logo: string | null;
            name: string;
            slug: string;
          }>;
          role: "user" | "admin";
          updatedAt: number;
        }>;
      }
    >;
    recordAdminUserSessionsViewed: FunctionReference<
      "action",
      "public",
      {
        requestContext?: {
          ipAddress: string | null;
          requestId: string;
          userAgent: string | null;
        };
        sessionCount: number;
        targetUserId: string;
      },
      null
    >;
    setChatModelActiveState: FunctionReference<
      "mutation",
      "public",
      { isActive: boolean; modelId: string },
      { message: string; success: boolean }
    >;
    setUserOnboardingStatus: FunctionReference<
      "mutation",
      "public",
      {
        onboardingCompletedAt?: number;
        onboardingDeliveryError?: string | null;
        onboardingDeliveryUpdatedAt?: number;
        onboardingEmailId?: string | null;
        onboardingEmailLastSentAt?: number;
        onboardingEmailMessageId?: string | null;
        onboardingStatus?:
          | "not_started"
          | "email_pending"
          | "email_sent"
          | "delivered"
          | "delivery_delayed"
          | "bounced"
          | "completed";
        userId: string;
      },
      { success: boolean }
    >;
    syncUserIndexEntry: FunctionReference<
      "mutation",
      "public",
      { userId: string },
      { success: boolean }
    >;
    truncateData: FunctionReference<
      "action",
      "public",
      {},
      {
        failedTableNames: Array<string>;
        failedTables: number;
        invalidateAllCaches: boolean;
        message: string;
        success: boolean;
        totalTables: number;
        truncatedTables: number;
      }
    >;
    updateChatModel: FunctionReference<
      "mutation",
      "public",
      {
        existingModelId: string;
        model: {
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
          supportsWebSearch?: boolean;
        };
      },
      { message: string; success: boolean }
    >;
  };
  adminModelImports: {
    importTopFreeModels: FunctionReference<
      "action",
      "public",
      {},
      { message: string; success: boolean }
    >;
    importTopPaidModels: FunctionReference<
      "action",
      "public",
      {},
      { message: string; success: boolean }
    >;
  };
  agentChat: {
    continuePrompt: FunctionReference<
      "mutation",
      "public",
      {
        model?: string;
        ownerSessionId: string;
        personaId?: Id<"aiPersonas">;
        promptMessageId: string;
        threadId: Id<"chatThreads">;
        useWebSearch?: boolean;
      },
      { runId: Id<"chatRuns">; threadId: Id<"chatThreads"> }
    >;
    createPersona: FunctionReference<
      "mutation",
      "public",
      { name: string; prompt: string },
      Id<"aiPersonas">
    >;
    deletePersona: FunctionReference<
      "action",
      "public",
      { personaId: Id<"aiPersonas"> },
      null
    >;
    deleteThread: FunctionReference<
      "mutation",
      "public",
      { threadId: Id<"chatThreads"> },
      null
    >;
    editUserMessage: FunctionReference<
      "mutation",
      "public",
      {
        messageId: string;
        model?: string;
        ownerSessionId: string;
        text: string;
        useWebSearch?: boolean;
      },
      { runId: Id<"chatRuns">; threadId: Id<"chatThreads"> }
    >;
    fetchSourceFavicon: FunctionReference<
      "action",
      "public",
      { hostname: string },
      | {
          bodyBase64: string;
          cacheControl: string;
          contentType: string;
          ok: true;
        }
      | { ok: false }
    >;
    generateChatAttachmentUploadTarget: FunctionReference<
      "action",
      "public",
      { fileName: string; mimeType: string; sha256: string; sizeBytes: number },
      {
        uploadTarget: {
          backend: "convex" | "s3";
          expiresAt: number;
          storageId: string;
          uploadFields?: Record<string, string>;
          uploadHeaders?: Record<string, string>;
          uploadMethod: "POST" | "PUT";
          uploadUrl: string;
        };
        uploadToken: string;
      }
    >;
    getActiveRun: FunctionReference<
      "query",
      "public",
      { threadId: Id<"chatThreads"> },
      {
        _creationTime: number;
        _id: Id<"chatRuns">;
        activeAssistantMessageId?: string;
        actualInputTokens?: number;
        actualOutputTokens?: number;
        actualTotalTokens?: number;
        agentStreamId?: string;
        agentThreadId: string;
        canStop: boolean;
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
      } | null
    >;
    getChatRateLimit: FunctionReference<
      "query",
      "public",
      { hasAttachments?: boolean; textLength?: number },
      {
        estimatedInputTokens: number;
        estimatedTokens: { ok: boolean; retryAfter?: number };
        request: { ok: boolean; retryAfter?: number };
      }
    >;
    getLatestRunState: FunctionReference<
      "query",
      "public",
      { threadId: Id<"chatThreads"> },
      {
        canStop: boolean;
        endedAt?: number;
        errorMessage?: string;
        failureKind?:
          "provider_policy" | "provider_unavailable" | "tool_error" | "unknown";
        promptMessageId?: string;
        runId: Id<"chatRuns">;
        status: "idle" | "streaming" | "complete" | "aborted" | "error";
      } | null
    >;
    getLatestThreadId: FunctionReference<
      "query",
      "public",
      {},
      Id<"chatThreads"> | null
    >;
    getRetryableRunIds: FunctionReference<
      "query",
      "public",
      { threadId: Id<"chatThreads"> },
      Record<string, string>
    >;
    getThread: FunctionReference<
      "query",
      "public",
      { threadId: Id<"chatThreads"> },
      {
        _creationTime: number;
        _id: Id<"chatThreads">;
        agentThreadId: string;
        canManage: boolean;
        createdAt: number;
        lastMessageAt: number;
        model?: string;
        organizationId: string;
        ownerUserId: string;
        personaId?: Id<"aiPersonas">;
        pinned: boolean;
        summary?: string | null;
        summaryThroughOrder?: number;
        summaryUpdatedAt?: number;
        title: string;
        titleManuallyEdited: boolean;
        updatedAt: number;
        visibility: "private" | "shared";
      } | null
    >;
    getThreadTitle: FunctionReference<
      "query",
      "public",
      { threadId: string },
      string | null
    >;
    listPersonas: FunctionReference<
      "query",
      "public",
      {},
      Array<{
        _creationTime: number;
        _id: Id<"aiPersonas">;
        canManage: boolean;
        createdAt: number;
        name: string;
        organizationId: string;
        prompt: string;
        updatedAt: number;
        userId: string;
      }>
    >;
    listThreadMessages: FunctionReference<
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
      {
        continueCursor: string;
        isDone: boolean;
        page: Array<any>;
        streams?: any;
      }
    >;
    listThreads: FunctionReference<
      "query",
      "public",
      {},
      Array<{
        _creationTime: number;
        _id: Id<"chatThreads">;
        agentThreadId: string;
        canManage: boolean;
        createdAt: number;
        lastMessageAt: number;
        model?: string;
        organizationId: string;
        ownerUserId: string;
        personaId?: Id<"aiPersonas">;
        pinned: boolean;
        summary?: string | null;
        summaryThroughOrder?: number;
        summaryUpdatedAt?: number;
        title: string;
        titleManuallyEdited: boolean;
        updatedAt: number;
        visibility: "private" | "shared";
      }>
    >;
    precreateThread: FunctionReference<
      "mutation",
      "public",
      {
        attachmentIds: Array<Id<"chatAttachments">>;
        model?: string;
        personaId?: Id<"aiPersonas">;
        text: string;
      },
      { threadId: Id<"chatThreads"> }
    >;
    renameThread: FunctionReference<
      "mutation",
      "public",
      { threadId: Id<"chatThreads">; title: string },
      null
    >;
    retryAssistantResponse: FunctionReference<
      "mutation",
      "public",
      {
        model?: string;
        ownerSessionId: string;
        runId: Id<"chatRuns">;
        useWebSearch?: boolean;
      },
      { runId: Id<"chatRuns">; threadId: Id<"chatThreads"> }
    >;
    sendMessage: FunctionReference<
      "mutation",
      "public",
      {
        attachmentIds: Array<Id<"chatAttachments">>;
        clientMessageId?: string;
        model?: string;
        ownerSessionId: string;
        personaId?: Id<"aiPersonas">;
        text: string;
        threadId: Id<"chatThreads">;
        useWebSearch?: boolean;
      },
      { runId: Id<"chatRuns">; threadId: Id<"chatThreads"> }
    >;
    setThreadPersona: FunctionReference<
      "mutation",
      "public",
      { personaId?: Id<"aiPersonas">; threadId: Id<"chatThreads"> },
      null
    >;
    setThreadPinned: FunctionReference<
      "mutation",
      "public",
      { pinned: boolean; threadId: Id<"chatThreads"> },
      null
    >;
    updatePersona: FunctionReference<
      "mutation",
      "public",
      { name: string; personaId: Id<"aiPersonas">; prompt: string },
      null
    >;
  };
  agentChatActions: {
    createChatAttachmentFromUpload: FunctionReference<
      "action",
      "public",
      {
        mimeType: string;
        name: string;
        sizeBytes: number;
        storageId: string;
        uploadToken: string;
      },
      {
        _creationTime: number;
        _id: Id<"chatAttachments">;
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
        previewUrl: string | null;
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
      }
    >;
    stopRun: FunctionReference<
      "action",
      "public",
      { runId?: Id<"chatRuns">; threadId?: Id<"chatThreads"> },
      boolean
    >;
  };
  audit: {
    exportAuditLedgerJsonl: FunctionReference<
      "action",
      "public",
      {
        organizationId?: string;
        outcome?: "success" | "failure";
        resourceType?: string;
        severity?: "info" | "warning" | "critical";
        sourceSurface?: string;
      },
      {
        filename: string;
        jsonl: string;
        manifest: {
          chainId: string;
          chainVersion: number;
          exportedAt: number;
          firstSequence: number | null;
          headHash: string | null;
          lastSequence: number | null;
          rowCount: number;
        };
      }
    >;
    listAuditLedgerEvents: FunctionReference<
      "query",
      "public",
      {
        cursor?: string;
        eventType?: string;
        identifier?: string;
        limit?: number;
        organizationId?: string;
        outcome?: "success" | "failure";
        resourceType?: string;
        severity?: "info" | "warning" | "critical";
        sourceSurface?: string;
        userId?: string;
      },
      {
        continueCursor: string | null;
        events: Array<{
          actorUserId?: string;
          eventHash?: string;
          eventType: string;
          id: string;
          identifier?: string;
          ipAddress?: string;
          metadata?: any;
          organizationId?: string;
          outcome?: "success" | "failure";
          previousEventHash?: string;
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
        }>;
        isDone: boolean;
        limit: number;
      }
    >;
    recordAuditLedgerViewed: FunctionReference<
      "action",
      "public",
      { organizationId?: string; resultCount: number; surface: string },
      null
    >;
  };
  auth: {
    access: {
      resolveOrganizationPermissionById: FunctionReference<
        "query",
        "public",
        {
          organizationId: string;
          permission:
            | "viewOrganization"
            | "manageMembers"
            | "manageDomains"
            | "managePolicies"
            | "viewAudit"
            | "exportAudit"
            | "manageEvidence"
            | "readThread"
            | "writeThread"
            | "readAttachment"
            | "deleteAttachment"
            | "issueAttachmentAccessUrl";
        },
        | { allowed: false; organizationId: string | null; reason: string }
        | {
            allowed: true;
            decision: {
              assurance: {
                emailVerified: boolean;
                enterpriseSatisfactionPath:
                  | "not_required"
                  | "enterprise_session"
                  | "owner_break_glass"
                  | "site_admin"
                  | "support_grant"
                  | null;
                enterpriseSatisfied: boolean;
                enterpriseStatus:
                  | "not_required"
                  | "satisfied"
                  | "missing_enterprise_session"
                  | "unmanaged_email_domain"
                  | "support_grant_required"
                  | "support_grant_expired";
                mfaSatisfied: boolean;
                recentStepUpSatisfied: boolean;
                supportGrantId: Id<"organizationSupportAccessGrants"> | null;
                supportGrantScope: "read_only" | "read_write" | null;
                supportGrantTicketId: string | null;
              };
              membership: {
                _creationTime?: number;
                _id?: string;
                createdAt: number;
                id?: string;
                organizationId: string;
                role: string;
                userId: string;
              } | null;
              membershipStatus: "active" | "deactivated" | "suspended" | null;
              organizationId: string;
              organizationSlug: string | null;
              permission:
                | "viewOrganization"
                | "manageMembers"
                | "manageDomains"
                | "managePolicies"
                | "viewAudit"
                | "exportAudit"
                | "manageEvidence"
                | "readThread"
                | "writeThread"
                | "readAttachment"
                | "deleteAttachment"
                | "issueAttachmentAccessUrl";
              user: {
                _creationTime: number;
                _id: Id<"users">;
                activeOrganizationId: string | null;
                authSession: {
                  activeOrganizationId?: string | null;
                  authMethod?: string | null;
                  createdAt?: number;
                  enterpriseOrganizationId?: string | null;
                  enterpriseProtocol?: string | null;
                  enterpriseProviderKey?: string | null;
                  expiresAt?: number;
                  id?: string;
                  impersonatedBy?: string | null;
                  mfaVerified?: boolean | null;
                  updatedAt?: number;
                } | null;
                authUser: {
                  _creationTime?: number;
                  _id?: string;
                  banExpires?: number | null;
                  banReason?: string | null;
                  banned?: boolean | null;
                  createdAt?: number;
                  displayUsername?: string | null;
                  email?: string | null;
                  emailVerified?: boolean;
                  id?: string;
                  image?: string | null;
                  isAnonymous?: boolean | null;
                  name?: string | null;
                  phoneNumber?: string | null;
                  phoneNumberVerified?: boolean | null;
                  role?: string | Array<string> | null;
                  twoFactorEnabled?: boolean | null;
                  updatedAt?: number;
                  userId?: string | null;
                  username?: string | null;
                };
                authUserId: string;
                createdAt: number;
                isSiteAdmin: boolean;
                lastActiveOrganizationId: string;
                updatedAt: number;
              };
              viewerRole: "owner" | "admin" | "member" | "site-admin" | null;
            };
          }
      >;
      resolveOrganizationPermissionBySlug: FunctionReference<
        "query",
        "public",
        {
          organizationSlug: string;
          permission:
            | "viewOrganization"
            | "manageMembers"
            | "manageDomains"
            | "managePolicies"
            | "viewAudit"
            | "exportAudit"
            | "manageEvidence"
            | "readThread"
            | "writeThread"
            | "readAttachment"
            | "deleteAttachment"
            | "issueAttachmentAccessUrl";
        },
        | { allowed: false; organizationId: string | null; reason: string }
        | {
            allowed: true;
            decision: {
              assurance: {
                emailVerified: boolean;
                enterpriseSatisfactionPath:
                  | "not_required"
                  | "enterprise_session"
                  | "owner_break_glass"
                  | "site_admin"
                  | "support_grant"
                  | null;
                enterpriseSatisfied: boolean;
                enterpriseStatus:
                  | "not_required"
                  | "satisfied"
                  | "missing_enterprise_session"
                  | "unmanaged_email_domain"
                  | "support_grant_required"
                  | "support_grant_expired";
                mfaSatisfied: boolean;
                recentStepUpSatisfied: boolean;
                supportGrantId: Id<"organizationSupportAccessGrants"> | null;
                supportGrantScope: "read_only" | "read_write" | null;
                supportGrantTicketId: string | null;
              };
              membership: {
                _creationTime?: number;
                _id?: string;
                createdAt: number;
                id?: string;
                organizationId: string;
                role: string;
                userId: string;
              } | null;
              membershipStatus: "active" | "deactivated" | "suspended" | null;
              organizationId: string;
              organizationSlug: string | null;
              permission:
                | "viewOrganization"
                | "manageMembers"
                | "manageDomains"
                | "managePolicies"
                | "viewAudit"
                | "exportAudit"
                | "manageEvidence"
                | "readThread"
                | "writeThread"
                | "readAttachment"
                | "deleteAttachment"
                | "issueAttachmentAccessUrl";
              user: {
                _creationTime: number;
                _id: Id<"users">;
                activeOrganizationId: string | null;
                authSession: {
                  activeOrganizationId?: string | null;
                  authMethod?: string | null;
                  createdAt?: number;
                  enterpriseOrganizationId?: string | null;
                  enterpriseProtocol?: string | null;
                  enterpriseProviderKey?: string | null;
                  expiresAt?: number;
                  id?: string;
                  impersonatedBy?: string | null;
                  mfaVerified?: boolean | null;
                  updatedAt?: number;
                } | null;
                authUser: {
                  _creationTime?: number;
                  _id?: string;
                  banExpires?: number | null;
                  banReason?: string | null;
                  banned?: boolean | null;
                  createdAt?: number;
                  displayUsername?: string | null;
                  email?: string | null;
                  emailVerified?: boolean;
                  id?: string;
                  image?: string | null;
                  isAnonymous?: boolean | null;
                  name?: string | null;
                  phoneNumber?: string | null;
                  phoneNumberVerified?: boolean | null;
                  role?: string | Array<string> | null;
                  twoFactorEnabled?: boolean | null;
                  updatedAt?: number;
                  userId?: string | null;
                  username?: string | null;
                };
                authUserId: string;
                createdAt: number;
                isSiteAdmin: boolean;
                lastActiveOrganizationId: string;
                updatedAt: number;
              };
              viewerRole: "owner" | "admin" | "member" | "site-admin" | null;
            };
          }
      >;
      resolveStorageReadAccess: FunctionReference<
        "query",
        "public",
        { storageId: string },
        {
          allowed: boolean;
          organizationId: string | null;
          permission:
            | "viewOrganization"
            | "manageMembers"
            | "manageDomains"
            | "managePolicies"
            | "viewAudit"
            | "exportAudit"
            | "manageEvidence"
            | "readThread"
            | "writeThread"
            | "readAttachment"
            | "deleteAttachment"
            | "issueAttachmentAccessUrl"
            | null;
          reason: string | null;
          supportGrantId: Id<"organizationSupportAccessGrants"> | null;
          supportGrantScope: "read_only" | "read_write" | null;
          supportGrantTicketId: string | null;
        }
      >;
    };
    adminBanUser: FunctionReference<
      "action",
      "public",
      {
        banExpiresIn?: number;
        banReason?: string;
        requestContext?: {
          ipAddress: string | null;
          requestId: string;
          userAgent: string | null;
        };
        userId: string;
      },
      | {
          data: {
            user: {
              banExpires: number | null;
              banReason: string | null;
              banned: boolean | null;
              createdAt: number;
              email: string;
              emailVerified: boolean;
              id: string;
              name: string | null;
              role: string | Array<string> | null;
              updatedAt: number;
            };
          };
          ok: true;
        }
      | {
          error: { code: string | null; message: string; status: number };
          ok: false;
        }
    >;
    adminCreateUser: FunctionReference<
      "action",
      "public",
      {
        email: string;
        name: string;
        password?: string;
        requestContext?: {
          ipAddress: string | null;
          requestId: string;
          userAgent: string | null;
        };
        role?: "admin" | "user";
      },
      | {
          data: {
            user: {
              banExpires: number | null;
              banReason: string | null;
              banned: boolean | null;
              createdAt: number;
              email: string;
              emailVerified: boolean;
              id: string;
              name: string | null;
              role: string | Array<string> | null;
              updatedAt: number;
            };
          };
          ok: true;
        }
      | {
          error: { code: string | null; message: string; status: number };
          ok: false;
        }
    >;
    adminGetUser: FunctionReference<
      "action",
      "public",
      {
        id: string;
        requestContext?: {
          ipAddress: string | null;
          requestId: string;
          userAgent: string | null;
        };
      },
      | {
          data: {
            banExpires: number | null;
            banReason: string | null;
            banned: boolean | null;
            createdAt: number;
            email: string;
            emailVerified: boolean;
            id: string;
            name: string | null;
            role: string | Array<string> | null;
            updatedAt: number;
          };
          ok: true;
        }
      | {
          error: { code: string | null; message: string; status: number };
          ok: false;
        }
    >;
    adminListUsers: FunctionReference<
      "action",
      "public",
      {
        limit?: number;
        offset?: number;
        requestContext?: {
          ipAddress: string | null;
          requestId: string;
          userAgent: string | null;
        };
      },
      | {
          data: {
            limit?: number;
            offset?: number;
            total: number;
            users: Array<{
              banExpires: number | null;
              banReason: string | null;
              banned: boolean | null;
              createdAt: number;
              email: string;
              emailVerified: boolean;
              id: string;
              name: string | null;
              role: string | Array<string> | null;
              updatedAt: number;
            }>;
          };
          ok: true;
        }
      | {
          error: { code: string | null; message: string; status: number };
          ok: false;
        }
    >;
    adminListUserSessions: FunctionReference<
      "action",
      "public",
      {
        requestContext?: {
          ipAddress: string | null;
          requestId: string;
          userAgent: string | null;
        };
        userId: string;
      },
      | {
          data: {
            sessions: Array<{
              createdAt: number;
              expiresAt: number;
              id: string;
              impersonatedBy?: string;
              ipAddress: string | null;
              updatedAt: number;
              userAgent: string | null;
              userId: string;
            }>;
          };
          ok: true;
        }
      | {
          error: { code: string | null; message: string; status: number };
          ok: false;
        }
    >;
    adminRemoveUser: FunctionReference<
      "action",
      "public",
      {
        requestContext?: {
          ipAddress: string | null;
          requestId: string;
          userAgent: string | null;
        };
        userId: string;
      },
      | { data: { success: boolean }; ok: true }
      | {
          error: { code: string | null; message: string; status: number };
          ok: false;
        }
    >;
    adminRevokeUserSession: FunctionReference<
      "action",
      "public",
      {
        requestContext?: {
          ipAddress: string | null;
          requestId: string;
          userAgent: string | null;
        };
        sessionId: string;
      },
      | { data: { success: boolean }; ok: true }
      | {
          error: { code: string | null; message: string; status: number };
          ok: false;
        }
    >;
    adminRevokeUserSessions: FunctionReference<
      "action",
      "public",
      {
        requestContext?: {
          ipAddress: string | null;
          requestId: string;
          userAgent: string | null;
        };
        userId: string;
      },
      | { data: { success: boolean }; ok: true }
      | {
          error: { code: string | null; message: string; status: number };
          ok: false;
        }
    >;
    adminSetRole: FunctionReference<
      "action",
      "public",
      {
        requestContext?: {
          ipAddress: string | null;
          requestId: string;
          userAgent: string | null;
        };
        role: "admin" | "user";
        userId: string;
      },
      | {
          data: {
            user: {
              banExpires: number | null;
              banReason: string | null;
              banned: boolean | null;
              createdAt: number;
              email: string;
              emailVerified: boolean;
              id: string;
              name: string | null;
              role: string | Array<string> | null;
              updatedAt: number;
            };
          };
          ok: true;
        }
      | {
          error: { code: string | null; message: string; status: number };
          ok: false;
        }
    >;
    adminSetUserPassword: FunctionReference<
      "action",
      "public",
      {
        newPassword: string;
        requestContext?: {
          ipAddress: string | null;
          requestId: string;
          userAgent: string | null;
        };
        userId: string;
      },
      | { data: { status: boolean }; ok: true }
      | {
          error: { code: string | null; message: string; status: number };
          ok: false;
        }
    >;
    adminUnbanUser: FunctionReference<
      "action",
      "public",
      {
        requestContext?: {
          ipAddress: string | null;
          requestId: string;
          userAgent: string | null;
        };
        userId: string;
      },
      | {
          data: {
            user: {
              banExpires: number | null;
              banReason: string | null;
              banned: boolean | null;
              createdAt: number;
              email: string;
              emailVerified: boolean;
              id: string;
              name: string | null;
              role: string | Array<string> | null;
              updatedAt: number;
            };
          };
          ok: true;
        }
      | {
          error: { code: string | null; message: string; status: number };
          ok: false;
        }
    >;
    adminUpdateUser: FunctionReference<
      "action",
      "public",
      {
        data: { email?: string; name?: string; phoneNumber?: string | null };
        requestContext?: {
          ipAddress: string | null;
          requestId: string;
          userAgent: string | null;
        };
        userId: string;
      },
      | {
          data: {
            banExpires: number | null;
            banReason: string | null;
            banned: boolean | null;
            createdAt: number;
            email: string;
            emailVerified: boolean;
            id: string;
            name: string | null;
            role: string | Array<string> | null;
            updatedAt: number;
          };
          ok: true;
        }
      | {
          error: { code: string | null; message: string; status: number };
          ok: false;
        }
    >;
    beginOnboardingAuthenticatorSetup: FunctionReference<
      "action",
      "public",
      {},
      { backupCodes: Array<string>; totpURI: string }
    >;
    cancelOrganizationInvitationServer: FunctionReference<
      "action",
      "public",
      { invitationId: string },
      | { data: { invitation: { id: string } }; ok: true }
      | {
          error: { code: string | null; message: string; status: number };
          ok: false;
        }
    >;
    checkOrganizationSlugServer: FunctionReference<
      "action",
      "public",
      { slug: string },
      | { data: { status: boolean }; ok: true }
      | {
          error: { code: string | null; message: string; status: number };
          ok: false;
        }
    >;
    createOrganizationInvitationServer: FunctionReference<
      "action",
      "public",
      {
        email: string;
        organizationId: string;
        resend?: boolean;
        role: "owner" | "admin" | "member";
      },
      | { data: { id: string }; ok: true }
      | {
          error: { code: string | null; message: string; status: number };
          ok: false;
        }
    >;
    createOrganizationServer: FunctionReference<
      "action",
      "public",
      { keepCurrentActiveOrganization?: boolean; name: string; slug: string },
      | {
          data: {
            id?: string;
            logo?: string | null;
            name?: string;
            slug?: string;
          };
          ok: true;
        }
      | {
          error: { code: string | null; message: string; status: number };
          ok: false;
        }
    >;
    deleteOrganizationScimProviderServer: FunctionReference<
      "action",
      "public",
      {
        organizationId: string;
        providerKey: "google-workspace" | "entra" | "okta";
      },
      | { data: { success: boolean }; ok: true }
      | {
          error: { code: string | null; message: string; status: number };
          ok: false;
        }
    >;
    deleteOrganizationServer: FunctionReference<
      "action",
      "public",
      { organizationId: string },
      | {
          data: {
            id?: string;
            logo?: string | null;
            name?: string;
            slug?: string;
          };
          ok: true;
        }
      | {
          error: { code: string | null; message: string; status: number };
          ok: false;
        }
    >;
    enforcePdfParseRateLimit: FunctionReference<
      "action",
      "public",
      {},
      { ok: boolean; retryAfter?: number }
    >;
    generateOrganizationScimTokenServer: FunctionReference<
      "action",
      "public",
      {
        organizationId: string;
        providerKey: "google-workspace" | "entra" | "okta";
      },
      | { data: { scimToken: string }; ok: true }
      | {
          error: { code: string | null; message: string; status: number };
          ok: false;
        }
    >;
    getCurrentSessionServer: FunctionReference<
      "action",
      "public",
      {},
      | {
          data: {
            session: { createdAt: number; updatedAt: number | null } | null;
          } | null;
          ok: true;
        }
      | {
          error: { code: string | null; message: string; status: number };
          ok: false;
        }
    >;
    handleScimOrganizationLifecycle: FunctionReference<
      "action",
      "public",
      {
        authorizationHeader: string;
        baseUrl: string;
        bodyJson?: string;
        operation: "delete" | "patch" | "post" | "put";
        userId?: string;
      },
      {
        body: string | null;
        handled: boolean;
        location: string | null;
        status: number;
      }
    >;
    leaveOrganizationServer: FunctionReference<
      "action",
      "public",
      { organizationId: string },
      | { data: { success: boolean }; ok: true }
      | {
          error: { code: string | null; message: string; status: number };
          ok: false;
        }
    >;
    listCurrentSessions: FunctionReference<
      "action",
      "public",
      {},
      | {
          data: Array<{
            createdAt: number;
            expiresAt: number;
            id: string;
            ipAddress: string | null;
            isCurrent: boolean;
            updatedAt: number;
            userAgent: string | null;
          }>;
          ok: true;
        }
      | {
          error: { code: string | null; message: string; status: number };
          ok: false;
        }
    >;
    listOrganizationScimProvidersServer: FunctionReference<
      "action",
      "public",
      { organizationId: string },
      | {
          data: {
            providers: Array<{
              id: string;
              organizationId: string | null;
              providerId: string;
            }>;
          };
          ok: true;
        }
      | {
          error: { code: string | null; message: string; status: number };
          ok: false;
        }
    >;
    removeOrganizationMemberServer: FunctionReference<
      "action",
      "public",
      { memberIdOrEmail: string; organizationId: string },
      | { data: { member: { id: string } }; ok: true }
      | {
          error: { code: string | null; message: string; status: number };
          ok: false;
        }
    >;
    requestPasswordResetServer: FunctionReference<
      "action",
      "public",
      { email: string; redirectTo?: string },
      | { data: { message: string; status: boolean }; ok: true }
      | {
          error: { code: string | null; message: string; status: number };
          ok: false;
        }
    >;
    resolvePasswordResetEmail: FunctionReference<
      "action",
      "public",
      { token: string },
      { email: string; found: true } | { found: false }
    >;
    revokeCurrentOtherSessions: FunctionReference<
      "action",
      "public",
      {},
      | { data: { success: boolean }; ok: true }
      | {
          error: { code: string | null; message: string; status: number };
          ok: false;
        }
    >;
    revokeCurrentSessionById: FunctionReference<
      "action",
      "public",
      { sessionId: string },
      | { data: { success: boolean }; ok: true }
      | {
          error: { code: string | null; message: string; status: number };
          ok: false;
        }
    >;
    updateOrganizationMemberRoleServer: FunctionReference<
      "action",
      "public",
      {
        memberId: string;
        organizationId: string;
        role: "owner" | "admin" | "member";
      },
      | { data: { member: { id: string } }; ok: true }
      | {
          error: { code: string | null; message: string; status: number };
          ok: false;
        }
    >;
    updateOrganizationServer: FunctionReference<
      "action",
      "public",
      { data: { logo?: string; name?: string }; organizationId: string },
      | {
          data: {
            id?: string;
            logo?: string | null;
            name?: string;
            slug?: string;
          };
          ok: true;
        }
      | {
          error: { code: string | null; message: string; status: number };
          ok: false;
        }
    >;
  };
  chatModels: {
    listAvailableChatModels: FunctionReference<
      "query",
      "public",
      {},
      Array<{
        access: "public" | "admin";
        badge?: string;
        description: string;
        id: string;
        label: string;
        priceLabel?: string;
        selectable: boolean;
        supportsWebSearch?: boolean;
      }>
    >;
  };
  dashboard: {
    getDashboardData: FunctionReference<
      "query",
      "public",
      { asOf: number },
      | { status: "unauthenticated" }
      | { status: "forbidden" }
      | {
          stats: {
            activeUsers: number;
            lastUpdated: string;
            recentSignups: number;
            totalUsers: number;
          };
          status: "success";
        }
    >;
  };
  emails: {
    checkEmailServiceConfigured: FunctionReference<
      "query",
      "public",
      {},
      { isConfigured: boolean; message: string | null }
    >;
  };
  fileServing: {
    createSignedServeUrl: FunctionReference<
      "action",
      "public",
      {
        requestContext?: {
          ipAddress: string | null;
          requestId: string;
          userAgent: string | null;
        };
        storageId: string;
      },
      { expiresAt: number; storageId: string; ticketId: string; url: string }
    >;
  };
  organizationDomains: {
    detectOrganizationDomainDnsProvider: FunctionReference<
      "action",
      "public",
      { domainId: Id<"organizationDomains">; organizationId: string },
      {
        confidence: "high" | "medium" | null;
        domainId: Id<"organizationDomains">;
        providerName: string | null;
        providerUrl: string | null;
      }
    >;
    verifyOrganizationDomain: FunctionReference<
      "action",
      "public",
      {
        domainId: Id<"organizationDomains">;
        organizationId: string;
        requestContext?: {
          ipAddress: string | null;
          requestId: string;
          userAgent: string | null;
        };
      },
      {
        checkedAt: number;
        domain: {
          createdAt: number;
          createdByUserId: string;
          domain: string;
          id: Id<"organizationDomains">;
          normalizedDomain: string;
          organizationId: string;
          status: "pending_verification" | "verified";
          verificationMethod: "dns_txt";
          verificationRecordName: string | null;
          verificationRecordValue: string | null;
          verificationToken: string | null;
          verifiedAt: number | null;
        };
        reason: string | null;
        verified: boolean;
      }
    >;
  };
  organizationManagement: {
    addOrganizationDomain: FunctionReference<
      "mutation",
      "public",
      { domain: string; organizationId: string },
      {
        createdAt: number;
        createdByUserId: string;
        domain: string;
        id: Id<"organizationDomains">;
        normalizedDomain: string;
        organizationId: string;
        status: "pending_verification" | "verified";
        verificationMethod: "dns_txt";
        verificationRecordName: string | null;
        verificationRecordValue: string | null;
        verificationToken: string | null;
        verifiedAt: number | null;
      }
    >;
    applyOrganizationLegalHold: FunctionReference<
      "mutation",
      "public",
      {
        organizationId: string;
        reason: string;
        requestContext?: {
          ipAddress: string | null;
          requestId: string;
          userAgent: string | null;
        };
      },
      {
        hold: {
          id: Id<"organizationLegalHolds">;
          openedAt: number;
          openedByUserId: string;
          organizationId: string;
          reason: string;
          releasedAt: number | null;
          releasedByUserId: string | null;
          status: "active" | "released";
        };
        success: true;
      }
    >;
    createOrganizationSupportAccessGrant: FunctionReference<
      "mutation",
      "public",
      {
        expiresAt: number;
        organizationId: string;
        reasonCategory:
          | "incident_response"
          | "customer_requested_change"
          | "data_repair"
          | "account_recovery"
          | "other";
        reasonDetails: string;
        requestContext?: {
          ipAddress: string | null;
          requestId: string;
          userAgent: string | null;
        };
        scope: "read_only" | "read_write";
        siteAdminUserId: string;
        ticketId: string;
      },
      {
        grant: {
          approvalMethod: "single_owner";
          approvedAt: number;
          createdAt: number;
          expiredNotificationSentAt: number | null;
          expiresAt: number;
          firstUsedAt: number | null;
          grantedByEmail: string | null;
          grantedByName: string | null;
          grantedByUserId: string;
          id: Id<"organizationSupportAccessGrants">;
          lastUsedAt: number | null;
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
          revokedByEmail: string | null;
          revokedByName: string | null;
          revokedByUserId: string | null;
          scope: "read_only" | "read_write";
          siteAdminEmail: string;
          siteAdminName: string | null;
          siteAdminUserId: string;
          ticketId: string;
          useCount: number;
        };
        success: true;
      }
    >;
    deactivateOrganizationMember: FunctionReference<
      "mutation",
      "public",
      { membershipId: string; organizationId: string; reason?: string | null },
      { status: "active" | "suspended" | "deactivated"; success: true }
    >;
    executePreparedOrganizationCleanup: FunctionReference<
      "action",
      "public",
      { cleanupRequestId: Id<"organizationCleanupRequests"> },
      {
        deletedPersonas: number;
        deletedStandaloneAttachments: number;
        deletedThreads: number;
        success: boolean;
      }
    >;
    exportOrganizationAuditCsv: FunctionReference<
      "action",
      "public",
      {
        endDate?: string;
        eventType:
          | "all"
          | "organization_created"
          | "organization_updated"
          | "member_added"
          | "member_removed"
          | "member_role_updated"
          | "member_suspended"
          | "member_deactivated"
          | "member_reactivated"
          | "member_invited"
          | "invite_accepted"
          | "invite_rejected"
          | "invite_cancelled"
          | "domain_added"
          | "domain_verification_succeeded"
          | "domain_verification_failed"
          | "domain_verification_token_regenerated"
          | "domain_removed"
          | "organization_policy_updated"
          | "enterprise_auth_mode_updated"
          | "enterprise_break_glass_used"
          | "enterprise_login_succeeded"
          | "enterprise_scim_token_generated"
          | "enterprise_scim_token_deleted"
          | "scim_member_deprovisioned"
          | "scim_member_reactivated"
          | "scim_member_deprovision_failed"
          | "bulk_invite_revoked"
          | "bulk_invite_resent"
          | "bulk_member_removed"
          | "support_access_granted"
          | "support_access_revoked"
          | "support_access_used"
          | "authorization_denied"
          | "admin_user_sessions_viewed"
          | "directory_exported"
          | "audit_log_exported"
          | "audit_ledger_viewed"
          | "retention_hold_applied"
          | "retention_hold_released"
          | "retention_purge_completed"
          | "retention_purge_failed"
          | "retention_purge_skipped_on_hold"
          | "chat_thread_created"
          | "chat_thread_deleted"
          | "chat_attachment_uploaded"
          | "chat_attachment_scan_passed"
          | "chat_attachment_scan_failed"
          | "chat_attachment_quarantined"
          | "chat_attachment_deleted"
          | "attachment_access_url_issued"
          | "file_access_ticket_issued"
          | "file_access_redeemed"
          | "file_access_redeem_failed"
          | "pdf_parse_requested"
          | "pdf_parse_succeeded"
          | "pdf_parse_failed"
          | "chat_run_completed"
          | "chat_run_failed"
          | "chat_web_search_used"
          | "evidence_report_generated"
          | "evidence_report_exported"
          | "evidence_report_reviewed"
          | "security_control_evidence_created"
          | "security_control_evidence_reviewed"
          | "security_control_evidence_archived"
          | "security_control_evidence_renewed"
          | "outbound_vendor_access_denied"
          | "outbound_vendor_access_used"
          | "mfa_enrollment_enforced"
          | "email_verification_enforced"
          | "admin_step_up_challenged"
          | "step_up_challenge_required"
          | "step_up_challenge_completed"
          | "step_up_challenge_failed"
          | "step_up_consumed"
          | "backup_restore_drill_completed"
          | "backup_restore_drill_failed";
        failuresOnly?: boolean;
        preset?: "all" | "security";
        requestContext?: {
          ipAddress: string | null;
          requestId: string;
          userAgent: string | null;
        };
        search: string;
        slug: string;
        sortBy: "label" | "identifier" | "userId" | "createdAt";
        sortOrder: "asc" | "desc";
        startDate?: string;
      },
      { csv: string; filename: string }
    >;
    exportOrganizationDirectoryCsv: FunctionReference<
      "action",
      "public",
      {
        asOf: number;
        kind: "all" | "member" | "invite";
        requestContext?: {
          ipAddress: string | null;
          requestId: string;
          userAgent: string | null;
        };
        search: string;
        secondarySortBy:
          "name" | "email" | "kind" | "role" | "status" | "createdAt";
        secondarySortOrder: "asc" | "desc";
        slug: string;
        sortBy: "name" | "email" | "kind" | "role" | "status" | "createdAt";
        sortOrder: "asc" | "desc";
      },
      { csv: string; filename: string }
    >;
    getOrganizationCreationEligibility: FunctionReference<
      "query",
      "public",
      {},
      {
        canCreate: boolean;
        count: number;
        isUnlimited: boolean;
        limit: number | null;
        reason: string | null;
      }
    >;
    getOrganizationEnterpriseAccess: FunctionReference<
      "query",
      "public",
      {
        organizationId: string;
        permission?:
          | "viewOrganization"
          | "manageMembers"
          | "manageDomains"
          | "managePolicies"
          | "viewAudit"
          | "exportAudit"
          | "manageEvidence"
          | "readThread"
          | "writeThread"
          | "readAttachment"
          | "deleteAttachment"
          | "issueAttachmentAccessUrl";
      },
      {
        allowed: boolean;
        enterpriseAuthMode: "off" | "optional" | "required";
        providerKey: "google-workspace" | "entra" | "okta" | null;
        reason: string | null;
        requiresEnterpriseAuth: boolean;
        satisfactionPath:
          | "not_required"
          | "enterprise_session"
          | "owner_break_glass"
          | "site_admin"
          | "support_grant"
          | null;
        status:
          | "not_required"
          | "satisfied"
          | "missing_enterprise_session"
          | "unmanaged_email_domain"
          | "support_grant_required"
          | "support_grant_expired";
        supportGrant: {
          expiresAt: number;
          id: Id<"organizationSupportAccessGrants">;
          reason: string;
          scope: "read_only" | "read_write";
          ticketId: string;
        } | null;
      }
    >;
    getOrganizationEnterpriseAccessBySlug: FunctionReference<
      "query",
      "public",
      {
        permission?:
          | "viewOrganization"
          | "manageMembers"
          | "manageDomains"
          | "managePolicies"
          | "viewAudit"
          | "exportAudit"
          | "manageEvidence"
          | "readThread"
          | "writeThread"
          | "readAttachment"
          | "deleteAttachment"
          | "issueAttachmentAccessUrl";
        slug: string;
      },
      {
        allowed: boolean;
        enterpriseAuthMode: "off" | "optional" | "required";
        providerKey: "google-workspace" | "entra" | "okta" | null;
        reason: string | null;
        requiresEnterpriseAuth: boolean;
        satisfactionPath:
          | "not_required"
          | "enterprise_session"
          | "owner_break_glass"
          | "site_admin"
          | "support_grant"
          | null;
        status:
          | "not_required"
          | "satisfied"
          | "missing_enterprise_session"
          | "unmanaged_email_domain"
          | "support_grant_required"
          | "support_grant_expired";
        supportGrant: {
          expiresAt: number;
          id: Id<"organizationSupportAccessGrants">;
          reason: string;
          scope: "read_only" | "read_write";
          ticketId: string;
        } | null;
      } | null
    >;
    getOrganizationEnterpriseAuthSettings: FunctionReference<
      "query",
      "public",
      { slug: string },
      {
        access: {
          admin: boolean;
          delete: boolean;
          edit: boolean;
          siteAdmin: boolean;
          view: boolean;
        };
        availableEnterpriseProviders: Array<{
          key: "google-workspace" | "entra" | "okta";
          label: string;
          protocol: "oidc";
          selectable: boolean;
          status: "active" | "not_configured" | "coming_soon";
        }>;
        canManage: boolean;
        capabilities: {
          availableInviteRoles: Array<"owner" | "admin" | "member">;
          canDeleteOrganization: boolean;
          canInvite: boolean;
          canLeaveOrganization: boolean;
          canManageDomains: boolean;
          canManageMembers: boolean;
          canManagePolicies: boolean;
          canUpdateSettings: boolean;
          canViewAudit: boolean;
        };
        enterpriseAuth: null | {
          managedDomains: Array<string>;
          protocol: "oidc";
          providerKey: "google-workspace" | "entra" | "okta";
          providerLabel: string;
          providerStatus: "active" | "not_configured" | "coming_soon";
          scimConnectionConfigured: boolean;
          scimProviderId: string;
        };
        isMember: boolean;
        organization: {
          id: string;
          logo: string | null;
          name: string;
          slug: string;
        };
        policies: {
          aiChatEnabled: boolean;
          allowBreakGlassPasswordLogin: boolean;
          attachmentSharingAllowed: boolean;
          auditExportRequiresStepUp: boolean;
          dataRetentionDays: number;
          enterpriseAuthMode: "off" | "optional" | "required";
          enterpriseEnabledAt: number | null;
          enterpriseEnforcedAt: number | null;
          enterpriseProtocol: "oidc" | null;
          enterpriseProviderKey: "google-workspace" | "entra" | "okta" | null;
          invitePolicy: "owners_admins" | "owners_only";
          memberCap: number | null;
          mfaRequired: boolean;
          temporaryLinkTtlMinutes: number;
          verifiedDomainsOnly: boolean;
          webSearchAllowed: boolean;
        };
        viewerRole: "owner" | "admin" | "member" | "site-admin" | null;
      } | null
    >;
    getOrganizationLegalHold: FunctionReference<
      "query",
      "public",
      { slug: string },
      {
        id: Id<"organizationLegalHolds">;
        openedAt: number;
        openedByUserId: string;
        organizationId: string;
        reason: string;
        releasedAt: number | null;
        releasedByUserId: string | null;
        status: "active" | "released";
      } | null
    >;
    getOrganizationMemberJoinAccess: FunctionReference<
      "query",
      "public",
      { organizationId: string },
      { allowed: true } | { allowed: false; reason: string }
    >;
    getOrganizationSettings: FunctionReference<
      "query",
      "public",
      { slug: string },
      {
        access: {
          admin: boolean;
          delete: boolean;
          edit: boolean;
          siteAdmin: boolean;
          view: boolean;
        };
        availableEnterpriseProviders: Array<{
          key: "google-workspace" | "entra" | "okta";
          label: string;
          protocol: "oidc";
          selectable: boolean;
          status: "active" | "not_configured" | "coming_soon";
        }>;
        canManage: boolean;
        capabilities: {
          availableInviteRoles: Array<"owner" | "admin" | "member">;
          canDeleteOrganization: boolean;
          canInvite: boolean;
          canLeaveOrganization: boolean;
          canManageDomains: boolean;
          canManageMembers: boolean;
          canManagePolicies: boolean;
          canUpdateSettings: boolean;
          canViewAudit: boolean;
        };
        enterpriseAuth: null | {
          managedDomains: Array<string>;
          protocol: "oidc";
          providerKey: "google-workspace" | "entra" | "okta";
          providerLabel: string;
          providerStatus: "active" | "not_configured" | "coming_soon";
          scimConnectionConfigured: boolean;
          scimProviderId: string;
        };
        isMember: boolean;
        organization: {
          id: string;
          logo: string | null;
          name: string;
          slug: string;
        };
        policies: {
          aiChatEnabled: boolean;
          allowBreakGlassPasswordLogin: boolean;
          attachmentSharingAllowed: boolean;
          auditExportRequiresStepUp: boolean;
          dataRetentionDays: number;
          enterpriseAuthMode: "off" | "optional" | "required";
          enterpriseEnabledAt: number | null;
          enterpriseEnforcedAt: number | null;
          enterpriseProtocol: "oidc" | null;
          enterpriseProviderKey: "google-workspace" | "entra" | "okta" | null;
          invitePolicy: "owners_admins" | "owners_only";
          memberCap: number | null;
          mfaRequired: boolean;
          temporaryLinkTtlMinutes: number;
          verifiedDomainsOnly: boolean;
          webSearchAllowed: boolean;
        };
        viewerRole: "owner" | "admin" | "member" | "site-admin" | null;
      } | null
    >;
    getOrganizationSupportAccessSettings: FunctionReference<
      "query",
      "public",
      { slug: string },
      {
        approvalModel: "single_owner";
        availableSiteAdmins: Array<{
          authUserId: string;
          email: string;
          name: string | null;
        }>;
        canManageSupportAccess: boolean;
        grants: Array<{
          approvalMethod: "single_owner";
          approvedAt: number;
          createdAt: number;
          expiredNotificationSentAt: number | null;
          expiresAt: number;
          firstUsedAt: number | null;
          grantedByEmail: string | null;
          grantedByName: string | null;
          grantedByUserId: string;
          id: Id<"organizationSupportAccessGrants">;
          lastUsedAt: number | null;
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
          revokedByEmail: string | null;
          revokedByName: string | null;
          revokedByUserId: string | null;
          scope: "read_only" | "read_write";
          siteAdminEmail: string;
          siteAdminName: string | null;
          siteAdminUserId: string;
          ticketId: string;
          useCount: number;
        }>;
        organization: {
          id: string;
          logo: string | null;
          name: string;
          slug: string;
        };
        stepUpSatisfied: boolean;
        stepUpValidUntil: number | null;
        supportAccessEnabled: boolean;
      } | null
    >;
    getOrganizationWriteAccess: FunctionReference<
      "query",
      "public",
      {
        action:
          | "invite"
          | "update-member-role"
          | "remove-member"
          | "suspend-member"
          | "deactivate-member"
          | "reactivate-member"
          | "cancel-invitation"
          | "manage-scim"
          | "update-settings"
          | "delete-organization";
        email?: string;
        membershipId?: string;
        nextRole?: "owner" | "admin" | "member";
        organizationId: string;
        resend?: boolean;
      },
      { allowed: true } | { allowed: false; reason: string }
    >;
    listOrganizationAuditEvents: FunctionReference<
      "query",
      "public",
      {
        cursor?: string;
        endDate?: string;
        eventType:
          | "all"
          | "organization_created"
          | "organization_updated"
          | "member_added"
          | "member_removed"
          | "member_role_updated"
          | "member_suspended"
          | "member_deactivated"
          | "member_reactivated"
          | "member_invited"
          | "invite_accepted"
          | "invite_rejected"
          | "invite_cancelled"
          | "domain_added"
          | "domain_verification_succeeded"
          | "domain_verification_failed"
          | "domain_verification_token_regenerated"
          | "domain_removed"
          | "organization_policy_updated"
          | "enterprise_auth_mode_updated"
          | "enterprise_break_glass_used"
          | "enterprise_login_succeeded"
          | "enterprise_scim_token_generated"
          | "enterprise_scim_token_deleted"
          | "scim_member_deprovisioned"
          | "scim_member_reactivated"
          | "scim_member_deprovision_failed"
          | "bulk_invite_revoked"
          | "bulk_invite_resent"
          | "bulk_member_removed"
          | "support_access_granted"
          | "support_access_revoked"
          | "support_access_used"
          | "authorization_denied"
          | "admin_user_sessions_viewed"
          | "directory_exported"
          | "audit_log_exported"
          | "audit_ledger_viewed"
          | "retention_hold_applied"
          | "retention_hold_released"
          | "retention_purge_completed"
          | "retention_purge_failed"
          | "retention_purge_skipped_on_hold"
          | "chat_thread_created"
          | "chat_thread_deleted"
          | "chat_attachment_uploaded"
          | "chat_attachment_scan_passed"
          | "chat_attachment_scan_failed"
          | "chat_attachment_quarantined"
          | "chat_attachment_deleted"
          | "attachment_access_url_issued"
          | "file_access_ticket_issued"
          | "file_access_redeemed"
          | "file_access_redeem_failed"
          | "pdf_parse_requested"
          | "pdf_parse_succeeded"
          | "pdf_parse_failed"
          | "chat_run_completed"
          | "chat_run_failed"
          | "chat_web_search_used"
          | "evidence_report_generated"
          | "evidence_report_exported"
          | "evidence_report_reviewed"
          | "security_control_evidence_created"
          | "security_control_evidence_reviewed"
          | "security_control_evidence_archived"
          | "security_control_evidence_renewed"
          | "outbound_vendor_access_denied"
          | "outbound_vendor_access_used"
          | "mfa_enrollment_enforced"
          | "email_verification_enforced"
          | "admin_step_up_challenged"
          | "step_up_challenge_required"
          | "step_up_challenge_completed"
          | "step_up_challenge_failed"
          | "step_up_consumed"
          | "backup_restore_drill_completed"
          | "backup_restore_drill_failed";
        failuresOnly?: boolean;
        includeAllMatching?: boolean;
        limit?: number;
        page?: number;
        pageSize?: number;
        preset?: "all" | "security";
        search: string;
        slug: string;
        sortBy?: "label" | "identifier" | "userId" | "createdAt";
        sortOrder?: "asc" | "desc";
        startDate?: string;
      },
      {
        capabilities: { canViewAudit: boolean };
        events: Array<{
          actorLabel?: string;
          actorUserId?: string;
          createdAt: number;
          eventHash?: string;
          eventType: string;
          id: string;
          identifier?: string;
          ipAddress?: string;
          label: string;
          metadata?: any;
          organizationId?: string;
          outcome?: "success" | "failure";
          previousEventHash?: string;
          requestId?: string;
          resourceId?: string;
          resourceLabel?: string;
          resourceType?: string;
          sessionId?: string;
          severity?: "info" | "warning" | "critical";
          sourceSurface?: string;
          summary?: string;
          targetLabel?: string;
          targetUserId?: string;
          userAgent?: string;
          userId?: string;
        }>;
        organization: {
          id: string;
          logo: string | null;
          name: string;
          slug: string;
        };
        pagination: {
          page: number;
          pageSize: number;
          total: number;
          totalPages: number;
        };
      } | null
    >;
    listOrganizationDirectory: FunctionReference<
      "query",
      "public",
      {
        asOf: number;
        kind: "all" | "member" | "invite";
        page: number;
        pageSize: number;
        search: string;
        secondarySortBy:
          "name" | "email" | "kind" | "role" | "status" | "createdAt";
        secondarySortOrder: "asc" | "desc";
        slug: string;
        sortBy: "name" | "email" | "kind" | "role" | "status" | "createdAt";
        sortOrder: "asc" | "desc";
      },
      {
        access: {
          admin: boolean;
          delete: boolean;
          edit: boolean;
          siteAdmin: boolean;
          view: boolean;
        };
        capabilities: {
          availableInviteRoles: Array<"owner" | "admin" | "member">;
          canDeleteOrganization: boolean;
          canInvite: boolean;
          canLeaveOrganization: boolean;
          canManageDomains: boolean;
          canManageMembers: boolean;
          canManagePolicies: boolean;
          canUpdateSettings: boolean;
          canViewAudit: boolean;
        };
        counts: { invites: number; members: number };
        organization: {
          id: string;
          logo: string | null;
          name: string;
          slug: string;
        };
        pagination: {
          page: number;
          pageSize: number;
          total: number;
          totalPages: number;
        };
        policies: {
          aiChatEnabled: boolean;
          allowBreakGlassPasswordLogin: boolean;
          attachmentSharingAllowed: boolean;
          auditExportRequiresStepUp: boolean;
          dataRetentionDays: number;
          enterpriseAuthMode: "off" | "optional" | "required";
          enterpriseEnabledAt: number | null;
          enterpriseEnforcedAt: number | null;
          enterpriseProtocol: "oidc" | null;
          enterpriseProviderKey: "google-workspace" | "entra" | "okta" | null;
          invitePolicy: "owners_admins" | "owners_only";
          memberCap: number | null;
          mfaRequired: boolean;
          temporaryLinkTtlMinutes: number;
          verifiedDomainsOnly: boolean;
          webSearchAllowed: boolean;
        };
        rows: Array<
          | {
              authUserId: string;
              availableRoles: Array<"owner" | "admin" | "member">;
              canChangeRole: boolean;
              canDeactivate: boolean;
              canReactivate: boolean;
              canRemove: boolean;
              canSuspend: boolean;
              createdAt: number;
              email: string;
              id: string;
              isSiteAdmin: boolean;
              kind: "member";
              membershipId: string;
              name: string | null;
              role: "owner" | "admin" | "member";
              status: "active" | "suspended" | "deactivated";
            }
          | {
              canRevoke: boolean;
              createdAt: number;
              email: string;
              expiresAt: number;
              id: string;
              invitationId: string;
              kind: "invite";
              name: null;
              role: "owner" | "admin" | "member";
              status: "pending" | "expired";
            }
        >;
        viewerRole: "owner" | "admin" | "member" | "site-admin" | null;
      } | null
    >;
    listOrganizationDomains: FunctionReference<
      "query",
      "public",
      { slug: string },
      {
        capabilities: { canManageDomains: boolean; canViewAudit: boolean };
        domains: Array<{
          createdAt: number;
          createdByUserId: string;
          domain: string;
          id: Id<"organizationDomains">;
          normalizedDomain: string;
          organizationId: string;
          status: "pending_verification" | "verified";
          verificationMethod: "dns_txt";
          verificationRecordName: string | null;
          verificationRecordValue: string | null;
          verificationToken: string | null;
          verifiedAt: number | null;
        }>;
        enterpriseAuth: null | {
          managedDomains: Array<string>;
          protocol: "oidc";
          providerKey: "google-workspace" | "entra" | "okta";
          providerLabel: string;
          providerStatus: "active" | "not_configured" | "coming_soon";
          scimConnectionConfigured: boolean;
          scimProviderId: string;
        };
        organization: {
          id: string;
          logo: string | null;
          name: string;
          slug: string;
        };
      } | null
    >;
    listOrganizationsForDirectory: FunctionReference<
      "query",
      "public",
      {},
      Array<{
        canManage: boolean;
        id: string;
        isSiteAdminView: boolean;
        logo: string | null;
        name: string;
        slug: string;
        viewerRole: "owner" | "admin" | "member" | "site-admin" | null;
      }>
    >;
    prepareOrganizationCleanup: FunctionReference<
      "mutation",
      "public",
      { organizationId: string },
      { cleanupRequestId: Id<"organizationCleanupRequests">; expiresAt: number }
    >;
    reactivateOrganizationMember: FunctionReference<
      "mutation",
      "public",
      { membershipId: string; organizationId: string },
      { status: "active" | "suspended" | "deactivated"; success: true }
    >;
    regenerateOrganizationDomainToken: FunctionReference<
      "mutation",
      "public",
      { domainId: Id<"organizationDomains">; organizationId: string },
      {
        createdAt: number;
        createdByUserId: string;
        domain: string;
        id: Id<"organizationDomains">;
        normalizedDomain: string;
        organizationId: string;
        status: "pending_verification" | "verified";
        verificationMethod: "dns_txt";
        verificationRecordName: string | null;
        verificationRecordValue: string | null;
        verificationToken: string | null;
        verifiedAt: number | null;
      }
    >;
    releaseOrganizationLegalHold: FunctionReference<
      "mutation",
      "public",
      {
        organizationId: string;
        requestContext?: {
          ipAddress: string | null;
          requestId: string;
          userAgent: string | null;
        };
      },
      {
        hold: {
          id: Id<"organizationLegalHolds">;
          openedAt: number;
          openedByUserId: string;
          organizationId: string;
          reason: string;
          releasedAt: number | null;
          releasedByUserId: string | null;
          status: "active" | "released";
        };
        success: true;
      }
    >;
    removeOrganizationDomain: FunctionReference<
      "mutation",
      "public",
      { domainId: Id<"organizationDomains">; organizationId: string },
      { success: true }
    >;
    resolveOrganizationEnterpriseAuthByEmail: FunctionReference<
      "action",
      "public",
      { email: string },
      null | {
        canUsePasswordFallback: boolean;
        protocol: "oidc";
        providerKey: "google-workspace" | "entra" | "okta";
        requiresEnterpriseAuth: boolean;
      }
    >;
    revokeOrganizationSupportAccessGrant: FunctionReference<
      "mutation",
      "public",
      {
        grantId: string;
        organizationId: string;
        reason: string;
        requestContext?: {
          ipAddress: string | null;
          requestId: string;
          userAgent: string | null;
        };
      },
      {
        grant: {
          approvalMethod: "single_owner";
          approvedAt: number;
          createdAt: number;
          expiredNotificationSentAt: number | null;
          expiresAt: number;
          firstUsedAt: number | null;
          grantedByEmail: string | null;
          grantedByName: string | null;
          grantedByUserId: string;
          id: Id<"organizationSupportAccessGrants">;
          lastUsedAt: number | null;
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
          revokedByEmail: string | null;
          revokedByName: string | null;
          revokedByUserId: string | null;
          scope: "read_only" | "read_write";
          siteAdminEmail: string;
          siteAdminName: string | null;
          siteAdminUserId: string;
          ticketId: string;
          useCount: number;
        };
        success: true;
      }
    >;
    suspendOrganizationMember: FunctionReference<
      "mutation",
      "public",
      { membershipId: string; organizationId: string; reason?: string | null },
      { status: "active" | "suspended" | "deactivated"; success: true }
    >;
    updateOrganizationPolicies: FunctionReference<
      "mutation",
      "public",
      {
        aiChatEnabled: boolean;
        allowBreakGlassPasswordLogin: boolean;
        attachmentSharingAllowed: boolean;
        auditExportRequiresStepUp: boolean;
        dataRetentionDays: number;
        enterpriseAuthMode: "off" | "optional" | "required";
        enterpriseProtocol: "oidc" | null;
        enterpriseProviderKey: "google-workspace" | "entra" | "okta" | null;
        invitePolicy: "owners_admins" | "owners_only";
        memberCap: number | null;
        mfaRequired: boolean;
        organizationId: string;
        requestContext?: {
          ipAddress: string | null;
          requestId: string;
          userAgent: string | null;
        };
        temporaryLinkTtlMinutes: number;
        verifiedDomainsOnly: boolean;
        webSearchAllowed: boolean;
      },
      {
        policies: {
          aiChatEnabled: boolean;
          allowBreakGlassPasswordLogin: boolean;
          attachmentSharingAllowed: boolean;
          auditExportRequiresStepUp: boolean;
          dataRetentionDays: number;
          enterpriseAuthMode: "off" | "optional" | "required";
          enterpriseEnabledAt: number | null;
          enterpriseEnforcedAt: number | null;
          enterpriseProtocol: "oidc" | null;
          enterpriseProviderKey: "google-workspace" | "entra" | "okta" | null;
          invitePolicy: "owners_admins" | "owners_only";
          memberCap: number | null;
          mfaRequired: boolean;
          supportAccessApprovalModel: "single_owner";
          supportAccessEnabled: boolean;
          temporaryLinkTtlMinutes: number;
          verifiedDomainsOnly: boolean;
          webSearchAllowed: boolean;
        };
        success: true;
      }
    >;
    updateOrganizationSupportAccessPolicy: FunctionReference<
      "mutation",
      "public",
      {
        organizationId: string;
        requestContext?: {
          ipAddress: string | null;
          requestId: string;
          userAgent: string | null;
        };
        supportAccessEnabled: boolean;
      },
      {
        approvalModel: "single_owner";
        success: true;
        supportAccessEnabled: boolean;
      }
    >;
  };
  pdfParseActions: {
    enqueuePdfParseJob: FunctionReference<
      "action",
      "public",
      { storageId: string },
      { status: "queued" | "blocked_pending_scan"; storageId: string }
    >;
    getPdfParseBackendMode: FunctionReference<
      "action",
      "public",
      {},
      "convex" | "s3-primary" | "s3-mirror"
    >;
    getPdfParseJobStatus: FunctionReference<
      "action",
      "public",
      { storageId: string },
      {
        content?: string;
        errorMessage?: string;
        images?: Array<{
          dataUrl: string;
          height: number;
          name: string;
          pageNumber: number;
          width: number;
        }>;
        pages?: number;
        status: "queued" | "processing" | "ready" | "failed" | "quarantined";
        storageId: string;
      }
    >;
    recordDirectPdfParseAuditEvent: FunctionReference<
      "action",
      "public",
      {
        eventType:
          "pdf_parse_requested" | "pdf_parse_succeeded" | "pdf_parse_failed";
        metadata?: string;
        organizationId?: string;
        outcome?: "success" | "failure";
        requestId?: string;
        resourceId?: string;
        resourceLabel?: string;
        resourceType?: string;
        severity?: "info" | "warning" | "critical";
        sourceSurface?: string;
      },
      null
    >;
  };
  playgroundAdmin: {
    issueChatPlaygroundApiKey: FunctionReference<
      "mutation",
      "public",
      { name?: string },
      string
    >;
    revokeChatPlaygroundApiKey: FunctionReference<
      "mutation",
      "public",
      { apiKey?: string; name?: string },
      | "missing"
      | "deleted"
      | "name mismatch"
      | "must provide either apiKey or name"
    >;
  };
  securityOps: {
    recordDocumentScanEvent: FunctionReference<
      "mutation",
      "public",
      {
        attachmentId?: Id<"chatAttachments">;
        details: string | null;
        fileName: string;
        mimeType: string;
        organizationId: string;
        resultStatus:
          "accepted" | "inspection_failed" | "quarantined" | "rejected";
        scannedAt: number;
        scannerEngine: string;
      },
      Id<"documentScanEvents">
    >;
  };
  securityPolicies: {
    getSecurityPolicyDetail: FunctionReference<
      "query",
      "public",
      { policyId: string },
      {
        contentHash: string;
        lastReviewedAt: number | null;
        linkedAnnualReviewTask: {
          id: Id<"reviewTasks">;
          status: "ready" | "completed" | "exception" | "blocked";
          title: string;
        } | null;
        mappedControls: Array<{
          familyId: string;
          familyTitle: string;
          implementationSummary?: string;
          internalControlId: string;
          isPrimary: boolean;
          nist80053Id: string;
          platformChecklist: Array<{
            itemId: string;
            label: string;
            required: boolean;
            support: "missing" | "partial" | "complete";
          }>;
          responsibility:
            "platform" | "shared-responsibility" | "customer" | null;
          support: "missing" | "partial" | "complete";
          title: string;
        }>;
        nextReviewAt: number | null;
        owner: string;
        policyId: string;
        scopeId: string;
        scopeType: "provider_global";
        sourceMarkdown: string | null;
        sourcePath: string;
        summary: string;
        support: "missing" | "partial" | "complete";
        title: string;
      } | null
    >;
    listSecurityPolicies: FunctionReference<
      "query",
      "public",
      {},
      Array<{
        contentHash: string;
        lastReviewedAt: number | null;
        linkedAnnualReviewTask: {
          id: Id<"reviewTasks">;
          status: "ready" | "completed" | "exception" | "blocked";
          title: string;
        } | null;
        mappedControlCount: number;
        mappedControlCountsBySupport: {
          complete: number;
          missing: number;
          partial: number;
        };
        nextReviewAt: number | null;
        owner: string;
        policyId: string;
        scopeId: string;
        scopeType: "provider_global";
        sourcePath: string;
        summary: string;
        support: "missing" | "partial" | "complete";
        title: string;
      }>
    >;
    listSecurityPolicyExports: FunctionReference<
      "query",
      "public",
      {},
      Array<{
        contentHash: string;
        lastReviewedAt: number | null;
        linkedAnnualReviewTask: {
          id: Id<"reviewTasks">;
          status: "ready" | "completed" | "exception" | "blocked";
          title: string;
        } | null;
        mappedControlCount: number;
        mappedControlCountsBySupport: {
          complete: number;
          missing: number;
          partial: number;
        };
        nextReviewAt: number | null;
        owner: string;
        policyId: string;
        scopeId: string;
        scopeType: "provider_global";
        sourcePath: string;
        summary: string;
        support: "missing" | "partial" | "complete";
        title: string;
      }>
    >;
    syncSecurityPoliciesFromSeed: FunctionReference<
      "action",
      "public",
      {},
      {
        mappingCount: number;
        policyCount: number;
        syncedAt: number;
        syncedByUserId: string;
      }
    >;
  };
  securityPosture: {
    getAuditReadinessOverview: FunctionReference<
      "query",
      "public",
      {},
      {
        archiveStatus: {
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
          lastVerifiedAt: number | null;
          lastVerifiedSealEndSequence: number | null;
          latestExportEndSequence: number | null;
          latestManifestObjectKey: string | null;
          latestPayloadObjectKey: string | null;
          latestSealEndSequence: number | null;
          required: boolean;
        };
        currentHead: {
          headHash: string | null;
          headSequence: number;
          updatedAt: number;
        } | null;
        immutableExportHealthy: boolean;
        immutableExportLagCount: number;
        lastIntegrityFailure: {
          checkedAt: number;
          eventId: string;
          expectedSequence: number;
        } | null;
        lastSealAt: number | null;
        latestBackupDrill: {
          artifactHash: string | null;
          checkedAt: number;
          drillId: string;
          drillType: "operator_recorded" | "restore_verification";
          failureReason: string | null;
          initiatedByKind: "system" | "user";
          initiatedByUserId: string | null;
          restoredItemCount: number;
          scopeId: string;
          scopeType: "provider_global";
          sourceDataset: string;
          status: "success" | "failure";
          targetEnvironment: "development" | "production" | "test";
          verificationMethod: string;
        } | null;
        latestCheckpoint: {
          checkedAt: number;
          endSequence: number;
          headHash: string | null;
          startSequence: number;
          status: "ok" | "failed";
          verifiedEventCount: number;
        } | null;
        latestImmutableExport: {
          endSequence: number;
          exportedAt: number;
          headHash: string | null;
          objectKey: string;
        } | null;
        latestRetentionJob: {
          createdAt: number;
          details?: string;
          jobKind:
            | "attachment_purge"
            | "quarantine_cleanup"
            | "temporary_artifact_purge"
            | "phi_record_purge";
          processedCount: number;
          scopeId: string;
          scopeType: "provider_global";
          status: "success" | "failure";
        } | null;
        latestVerifiedCheckpoint: {
          checkedAt: number;
          endSequence: number;
          headHash: string | null;
          startSequence: number;
          verifiedEventCount: number;
        } | null;
        metadataGaps: Array<{
          createdAt: number;
          eventType: string;
          id: string;
          resourceId: string | null;
        }>;
        recentDeniedActions: Array<{
          createdAt: number;
          eventType: string;
          id: string;
          metadata: string | null;
          organizationId: string | null;
        }>;
        recentExports: Array<{
          artifactType:
            "audit_csv" | "directory_csv" | "evidence_report_export";
          exportedAt: number;
          manifestHash: string;
          sourceReportId: Id<"evidenceReports"> | null;
        }>;
        sealCount: number;
        unverifiedTailCount: number;
      }
    >;
    getSecurityFindingsBoard: FunctionReference<
      "query",
      "public",
      {},
      {
        findings: Array<{
          activeFollowUp: {
            assigneeDisplay: string | null;
            assigneeUserId: string | null;
            controlLinks: Array<{
              internalControlId: string;
              itemId: string;
              itemLabel: string | null;
              nist80053Id: string;
              title: string;
            }>;
            dueAt: number | null;
            id: Id<"followUpActions">;
            isOverdue: boolean;
            latestNote: string | null;
            openedAt: number;
            resolutionNote: string | null;
            resolvedAt: number | null;
            reviewRunId: Id<"reviewRuns"> | null;
            reviewTaskId: Id<"reviewTasks"> | null;
            reviewedEvidence: Array<{
              id: Id<"securityControlEvidence">;
              internalControlId: string;
              itemId: string;
              reviewedAt: number | null;
              title: string;
            }>;
            reviewedEvidenceCount: number;
            status: "open" | "in_progress" | "blocked" | "resolved";
            summary: string | null;
            title: string;
            updatedAt: number;
          } | null;
          customerSummary: string | null;
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
          followUpOverdue: boolean;
          hasOpenFollowUp: boolean;
          internalNotes: string | null;
          lastObservedAt: number;
          latestLinkedReviewRun: {
            id: Id<"reviewRuns">;
            status: "ready" | "needs_attention" | "completed";
            title: string;
          } | null;
          relatedControls: Array<{
            internalControlId: string;
            itemId: string | null;
            itemLabel: string | null;
            nist80053Id: string;
            title: string;
          }>;
          reviewedAt: number | null;
          reviewedByDisplay: string | null;
          scopeId: string;
          scopeType: "provider_global";
          severity: "info" | "warning" | "critical";
          sourceLabel: string;
          sourceRecordId: string | null;
          sourceType:
            "audit_log" | "security_metric" | "security_control_evidence";
          status: "open" | "resolved";
          title: string;
        }>;
        scopeId: string;
        scopeType: "provider_global";
        summary: {
          activeFollowUpCount: number;
          openCount: number;
          overdueFollowUpCount: number;
          reviewPendingCount: number;
          totalCount: number;
        };
      }
    >;
    getSecurityPostureSummary: FunctionReference<
      "query",
      "public",
      {},
      {
        audit: {
          integrityFailures: number;
          lastEventAt: number | null;
          lastImmutableExportAt: number | null;
        };
        auth: {
          emailVerificationRequired: boolean;
          mfaCoveragePercent: number;
          mfaEnabledUsers: number;
          passkeyEnabledUsers: number;
          totalUsers: number;
        };
        backups: {
          lastCheckedAt: number | null;
          lastStatus: "success" | "failure" | null;
        };
        retention: {
          lastJobAt: number | null;
          lastJobStatus: "success" | "failure" | null;
        };
        scanner: {
          lastScanAt: number | null;
          quarantinedCount: number;
          rejectedCount: number;
          totalScans: number;
        };
        sessions: {
          freshWindowMinutes: number;
          sessionExpiryHours: number;
          temporaryLinkTtlMinutes: number;
        };
        telemetry: { sentryApproved: boolean; sentryEnabled: boolean };
        vendors: Array<{
          allowedDataClasses: Array<string>;
          allowedEnvironments: Array<"development" | "production" | "test">;
          approvalEnvVar: string | null;
          approved: boolean;
          approvedByDefault: boolean;
          displayName: string;
          vendor:
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
        }>;
      }
    >;
    getSecurityReportsBoard: FunctionReference<
      "query",
      "public",
      {},
      {
        auditReadiness: {
          archiveStatus: {
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
            lastVerifiedAt: number | null;
            lastVerifiedSealEndSequence: number | null;
            latestExportEndSequence: number | null;
            latestManifestObjectKey: string | null;
            latestPayloadObjectKey: string | null;
            latestSealEndSequence: number | null;
            required: boolean;
          };
          currentHead: {
            headHash: string | null;
            headSequence: number;
            updatedAt: number;
          } | null;
          immutableExportHealthy: boolean;
          immutableExportLagCount: number;
          lastIntegrityFailure: {
            checkedAt: number;
            eventId: string;
            expectedSequence: number;
          } | null;
          lastSealAt: number | null;
          latestBackupDrill: {
            artifactHash: string | null;
            checkedAt: number;
            drillId: string;
            drillType: "operator_recorded" | "restore_verification";
            failureReason: string | null;
            initiatedByKind: "system" | "user";
            initiatedByUserId: string | null;
            restoredItemCount: number;
            scopeId: string;
            scopeType: "provider_global";
            sourceDataset: string;
            status: "success" | "failure";
            targetEnvironment: "development" | "production" | "test";
            verificationMethod: string;
          } | null;
          latestCheckpoint: {
            checkedAt: number;
            endSequence: number;
            headHash: string | null;
            startSequence: number;
            status: "ok" | "failed";
            verifiedEventCount: number;
          } | null;
          latestImmutableExport: {
            endSequence: number;
            exportedAt: number;
            headHash: string | null;
            objectKey: string;
          } | null;
          latestRetentionJob: {
            createdAt: number;
            details?: string;
            jobKind:
              | "attachment_purge"
              | "quarantine_cleanup"
              | "temporary_artifact_purge"
              | "phi_record_purge";
            processedCount: number;
            scopeId: string;
            scopeType: "provider_global";
            status: "success" | "failure";
          } | null;
          latestVerifiedCheckpoint: {
            checkedAt: number;
            endSequence: number;
            headHash: string | null;
            startSequence: number;
            verifiedEventCount: number;
          } | null;
          metadataGaps: Array<{
            createdAt: number;
            eventType: string;
            id: string;
            resourceId: string | null;
          }>;
          recentDeniedActions: Array<{
            createdAt: number;
            eventType: string;
            id: string;
            metadata: string | null;
            organizationId: string | null;
          }>;
          recentExports: Array<{
            artifactType:
              "audit_csv" | "directory_csv" | "evidence_report_export";
            exportedAt: number;
            manifestHash: string;
            sourceReportId: Id<"evidenceReports"> | null;
          }>;
          sealCount: number;
          unverifiedTailCount: number;
        };
        evidenceReports: Array<{
          contentHash: string;
          createdAt: number;
          customerSummary: string | null;
          generatedByUserId: string;
          id: Id<"evidenceReports">;
          internalNotes: string | null;
          latestExport: {
            exportHash: string;
            exportedAt: number;
            exportedByUserId: string;
            id: Id<"exportArtifacts">;
            manifestHash: string;
          } | null;
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
          scopeId: string;
          scopeType: "provider_global";
        }>;
        scopeId: string;
        scopeType: "provider_global";
      }
    >;
    getSecurityWorkspaceOverview: FunctionReference<
      "query",
      "public",
      {},
      {
        auditReadiness: {
          archiveStatus: {
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
            lastVerifiedAt: number | null;
            lastVerifiedSealEndSequence: number | null;
            latestExportEndSequence: number | null;
            latestManifestObjectKey: string | null;
            latestPayloadObjectKey: string | null;
            latestSealEndSequence: number | null;
            required: boolean;
          };
          currentHead: {
            headHash: string | null;
            headSequence: number;
            updatedAt: number;
          } | null;
          immutableExportHealthy: boolean;
          immutableExportLagCount: number;
          lastIntegrityFailure: {
            checkedAt: number;
            eventId: string;
            expectedSequence: number;
          } | null;
          lastSealAt: number | null;
          latestBackupDrill: {
            artifactHash: string | null;
            checkedAt: number;
            drillId: string;
            drillType: "operator_recorded" | "restore_verification";
            failureReason: string | null;
            initiatedByKind: "system" | "user";
            initiatedByUserId: string | null;
            restoredItemCount: number;
            scopeId: string;
            scopeType: "provider_global";
            sourceDataset: string;
            status: "success" | "failure";
            targetEnvironment: "development" | "production" | "test";
            verificationMethod: string;
          } | null;
          latestCheckpoint: {
            checkedAt: number;
            endSequence: number;
            headHash: string | null;
            startSequence: number;
            status: "ok" | "failed";
            verifiedEventCount: number;
          } | null;
          latestImmutableExport: {
            endSequence: number;
            exportedAt: number;
            headHash: string | null;
            objectKey: string;
          } | null;
          latestRetentionJob: {
            createdAt: number;
            details?: string;
            jobKind:
              | "attachment_purge"
              | "quarantine_cleanup"
              | "temporary_artifact_purge"
              | "phi_record_purge";
            processedCount: number;
            scopeId: string;
            scopeType: "provider_global";
            status: "success" | "failure";
          } | null;
          latestVerifiedCheckpoint: {
            checkedAt: number;
            endSequence: number;
            headHash: string | null;
            startSequence: number;
            verifiedEventCount: number;
          } | null;
          metadataGaps: Array<{
            createdAt: number;
            eventType: string;
            id: string;
            resourceId: string | null;
          }>;
          recentDeniedActions: Array<{
            createdAt: number;
            eventType: string;
            id: string;
            metadata: string | null;
            organizationId: string | null;
          }>;
          recentExports: Array<{
            artifactType:
              "audit_csv" | "directory_csv" | "evidence_report_export";
            exportedAt: number;
            manifestHash: string;
            sourceReportId: Id<"evidenceReports"> | null;
          }>;
          sealCount: number;
          unverifiedTailCount: number;
        };
        controlSummary: {
          byResponsibility: {
            customer: number;
            platform: number;
            sharedResponsibility: number;
          };
          bySupport: { complete: number; missing: number; partial: number };
          totalControls: number;
        };
        currentAnnualReviewRun: {
          createdAt: number;
          finalizedAt: number | null;
          id: Id<"reviewRuns">;
          kind: "annual" | "triggered";
          scopeId: string;
          scopeType: "provider_global";
          status: "ready" | "needs_attention" | "completed";
          taskCounts: {
            blocked: number;
            completed: number;
            exception: number;
            ready: number;
            total: number;
          };
          title: string;
          triggerType: string | null;
          year: number | null;
        } | null;
        findingSummary: {
          openCount: number;
          totalCount: number;
          undispositionedCount: number;
        };
        postureSummary: {
          audit: {
            integrityFailures: number;
            lastEventAt: number | null;
            lastImmutableExportAt: number | null;
          };
          auth: {
            emailVerificationRequired: boolean;
            mfaCoveragePercent: number;
            mfaEnabledUsers: number;
            passkeyEnabledUsers: number;
            totalUsers: number;
          };
          backups: {
            lastCheckedAt: number | null;
            lastStatus: "success" | "failure" | null;
          };
          retention: {
            lastJobAt: number | null;
            lastJobStatus: "success" | "failure" | null;
          };
          scanner: {
            lastScanAt: number | null;
            quarantinedCount: number;
            rejectedCount: number;
            totalScans: number;
          };
          sessions: {
            freshWindowMinutes: number;
            sessionExpiryHours: number;
            temporaryLinkTtlMinutes: number;
          };
          telemetry: { sentryApproved: boolean; sentryEnabled: boolean };
          vendors: Array<{
            allowedDataClasses: Array<string>;
            allowedEnvironments: Array<"development" | "production" | "test">;
            approvalEnvVar: string | null;
            approved: boolean;
            approvedByDefault: boolean;
            displayName: string;
            vendor:
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
          }>;
        };
        queues: {
          blockedReviewTasks: number;
          missingSupportControls: number;
          pendingVendorReviews: number;
          undispositionedFindings: number;
        };
        scopeId: string;
        scopeType: "provider_global";
        vendorSummary: {
          approvedCount: number;
          dueSoonCount: number;
          overdueCount: number;
          totalCount: number;
        };
      }
    >;
  };
  securityReports: {
    exportEvidenceReport: FunctionReference<
      "action",
      "public",
      {
        id: Id<"evidenceReports">;
        requestContext?: {
          ipAddress: string | null;
          requestId: string;
          userAgent: string | null;
        };
      },
      {
        createdAt: number;
        id: Id<"evidenceReports">;
        latestExport: {
          exportHash: string;
          exportedAt: number;
          exportedByUserId: string;
          id: Id<"exportArtifacts">;
          manifestHash: string;
        } | null;
        report: string;
        reportKind:
          | "security_posture"
          | "audit_integrity"
          | "audit_readiness"
          | "annual_review"
          | "findings_snapshot"
          | "vendor_posture_snapshot"
          | "control_workspace_snapshot";
        reviewStatus: "pending" | "reviewed" | "needs_follow_up";
        scopeId: string;
        scopeType: "provider_global";
      }
    >;
    generateEvidenceReport: FunctionReference<
      "action",
      "public",
      {
        reportKind?:
          | "security_posture"
          | "audit_integrity"
          | "audit_readiness"
          | "annual_review"
          | "findings_snapshot"
          | "vendor_posture_snapshot"
          | "control_workspace_snapshot";
        requestContext?: {
          ipAddress: string | null;
          requestId: string;
          userAgent: string | null;
        };
      },
      {
        createdAt: number;
        id: Id<"evidenceReports">;
        latestExport: {
          exportHash: string;
          exportedAt: number;
          exportedByUserId: string;
          id: Id<"exportArtifacts">;
          manifestHash: string;
        } | null;
        report: string;
        reportKind:
          | "security_posture"
          | "audit_integrity"
          | "audit_readiness"
          | "annual_review"
          | "findings_snapshot"
          | "vendor_posture_snapshot"
          | "control_workspace_snapshot";
        reviewStatus: "pending" | "reviewed" | "needs_follow_up";
        scopeId: string;
        scopeType: "provider_global";
      }
    >;
    getEvidenceReportDetail: FunctionReference<
      "query",
      "public",
      { id: Id<"evidenceReports"> },
      {
        contentHash: string;
        contentJson: string;
        createdAt: number;
        customerSummary: string | null;
        generatedByUserId: string;
        id: Id<"evidenceReports">;
        internalNotes: string | null;
        latestExport: {
          exportHash: string;
          exportedAt: number;
          exportedByUserId: string;
          id: Id<"exportArtifacts">;
          integritySummary: {
            checkedAt: string | null;
            failureCount: number;
            verified: boolean;
          } | null;
          manifestHash: string;
          manifestJson: string;
          schemaVersion: string;
        } | null;
        linkedTasks: Array<{
          controlLinks: Array<{
            controlTitle: string | null;
            internalControlId: string;
            itemId: string;
            itemLabel: string | null;
            nist80053Id: string | null;
          }>;
          reviewRunId: Id<"reviewRuns">;
          reviewRunKind: "annual" | "triggered";
          reviewRunStatus: "ready" | "needs_attention" | "completed";
          reviewRunTitle: string;
          taskId: Id<"reviewTasks">;
          taskStatus: "ready" | "completed" | "exception" | "blocked";
          taskTitle: string;
        }>;
        organizationId: string | null;
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
        reviewedByDisplay: string | null;
        scopeId: string;
        scopeType: "provider_global";
      } | null
    >;
    listEvidenceReports: FunctionReference<
      "query",
      "public",
      { limit?: number },
      Array<{
        contentHash: string;
        createdAt: number;
        customerSummary: string | null;
        generatedByUserId: string;
        id: Id<"evidenceReports">;
        internalNotes: string | null;
        latestExport: {
          exportHash: string;
          exportedAt: number;
          exportedByUserId: string;
          id: Id<"exportArtifacts">;
          manifestHash: string;
        } | null;
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
        scopeId: string;
        scopeType: "provider_global";
      }>
    >;
    listSecurityVendors: FunctionReference<
      "query",
      "public",
      {},
      Array<{
        allowedDataClasses: Array<string>;
        allowedEnvironments: Array<"development" | "production" | "test">;
        approvalEnvVar: string | null;
        approved: boolean;
        approvedByDefault: boolean;
        contractNotes: string | null;
        contractReviewedAt: number | null;
        contractStatus:
          | "baa_executed"
          | "dpa_executed"
          | "not_required"
          | "pending"
          | "not_started";
        lastReviewedAt: number | null;
        linkedAnnualReviewTask: {
          id: Id<"reviewTasks">;
          status: "ready" | "completed" | "exception" | "blocked";
          title: string;
        } | null;
        linkedEntities: Array<{
          entityId: string;
          entityType:
            | "policy"
            | "control"
            | "checklist_item"
            | "evidence"
            | "finding"
            | "vendor"
            | "review_run"
            | "review_task"
            | "evidence_report";
          label: string;
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
          status: string | null;
        }>;
        linkedFollowUpRunId: Id<"reviewRuns"> | null;
        nextReviewAt: number | null;
        owner: string | null;
        relatedControls: Array<{
          internalControlId: string;
          itemId: string | null;
          itemLabel: string | null;
          nist80053Id: string;
          title: string;
        }>;
        reviewStatus: "current" | "due_soon" | "overdue";
        scopeId: string;
        scopeType: "provider_global";
        summary: string | null;
        title: string;
        vendor:
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
      }>
    >;
    reviewEvidenceReport: FunctionReference<
      "mutation",
      "public",
      {
        customerSummary?: string;
        id: Id<"evidenceReports">;
        internalNotes?: string;
        requestContext?: {
          ipAddress: string | null;
          requestId: string;
          userAgent: string | null;
        };
        reviewStatus: "reviewed" | "needs_follow_up";
      },
      {
        _creationTime: number;
        _id: Id<"evidenceReports">;
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
      }
    >;
    reviewSecurityVendor: FunctionReference<
      "mutation",
      "public",
      {
        owner?: string;
        summary?: string;
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
      },
      {
        allowedDataClasses: Array<string>;
        allowedEnvironments: Array<"development" | "production" | "test">;
        approvalEnvVar: string | null;
        approved: boolean;
        approvedByDefault: boolean;
        contractNotes: string | null;
        contractReviewedAt: number | null;
        contractStatus:
          | "baa_executed"
          | "dpa_executed"
          | "not_required"
          | "pending"
          | "not_started";
        lastReviewedAt: number | null;
        linkedAnnualReviewTask: {
          id: Id<"reviewTasks">;
          status: "ready" | "completed" | "exception" | "blocked";
          title: string;
        } | null;
        linkedEntities: Array<{
          entityId: string;
          entityType:
            | "policy"
            | "control"
            | "checklist_item"
            | "evidence"
            | "finding"
            | "vendor"
            | "review_run"
            | "review_task"
            | "evidence_report";
          label: string;
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
          status: string | null;
        }>;
        linkedFollowUpRunId: Id<"reviewRuns"> | null;
        nextReviewAt: number | null;
        owner: string | null;
        relatedControls: Array<{
          internalControlId: string;
          itemId: string | null;
          itemLabel: string | null;
          nist80053Id: string;
          title: string;
        }>;
        reviewStatus: "current" | "due_soon" | "overdue";
        scopeId: string;
        scopeType: "provider_global";
        summary: string | null;
        title: string;
        vendor:
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
      }
    >;
    syncSecurityVendors: FunctionReference<"mutation", "public", {}, number>;
  };
  securityReviews: {
    attestReviewTask: FunctionReference<
      "mutation",
      "public",
      {
        documentLabel?: string;
        documentUrl?: string;
        documentVersion?: string;
        note?: string;
        reviewTaskId: Id<"reviewTasks">;
      },
      null
    >;
    createTriggeredReviewRun: FunctionReference<
      "mutation",
      "public",
      {
        controlLinks?: Array<{ internalControlId: string; itemId: string }>;
        dedupeKey?: string;
        sourceRecordId?: string;
        sourceRecordType?: string;
        title: string;
        triggerType: string;
      },
      {
        createdAt: number;
        finalizedAt: number | null;
        id: Id<"reviewRuns">;
        kind: "annual" | "triggered";
        scopeId: string;
        scopeType: "provider_global";
        status: "ready" | "needs_attention" | "completed";
        taskCounts: {
          blocked: number;
          completed: number;
          exception: number;
          ready: number;
          total: number;
        };
        title: string;
        triggerType: string | null;
        year: number | null;
      }
    >;
    ensureCurrentAnnualReviewRun: FunctionReference<
      "mutation",
      "public",
      {},
      {
        createdAt: number;
        finalizedAt: number | null;
        id: Id<"reviewRuns">;
        kind: "annual" | "triggered";
        scopeId: string;
        scopeType: "provider_global";
        status: "ready" | "needs_attention" | "completed";
        taskCounts: {
          blocked: number;
          completed: number;
          exception: number;
          ready: number;
          total: number;
        };
        title: string;
        triggerType: string | null;
        year: number | null;
      }
    >;
    finalizeReviewRun: FunctionReference<
      "action",
      "public",
      {
        requestContext?: {
          ipAddress: string | null;
          requestId: string;
          userAgent: string | null;
        };
        reviewRunId: Id<"reviewRuns">;
      },
      {
        createdAt: number;
        finalReportId: Id<"evidenceReports"> | null;
        finalizedAt: number | null;
        id: Id<"reviewRuns">;
        kind: "annual" | "triggered";
        scopeId: string;
        scopeType: "provider_global";
        sourceRecordId: string | null;
        sourceRecordType: string | null;
        status: "ready" | "needs_attention" | "completed";
        tasks: Array<{
          allowException: boolean;
          controlLinks: Array<{
            controlTitle: string | null;
            internalControlId: string;
            itemId: string;
            itemLabel: string | null;
            nist80053Id: string | null;
          }>;
          description: string;
          evidenceLinks: Array<{
            freshAt: number | null;
            id: Id<"reviewTaskEvidenceLinks">;
            linkedAt: number;
            linkedByDisplay: string | null;
            role: "primary" | "supporting" | "blocking";
            sourceId: string;
            sourceLabel: string;
            sourceType:
              | "security_control_evidence"
              | "evidence_report"
              | "security_finding"
              | "backup_verification_report"
              | "external_document"
              | "review_task"
              | "vendor";
          }>;
          findingsSummary: {
            activeFollowUpCount: number;
            blockingCriticalCount: number;
            criticalOpenCount: number;
            lowerSeverityOpenCount: number;
            overdueFollowUpCount: number;
            totalOpenCount: number;
            undispositionedCount: number;
          } | null;
          freshnessWindowDays: number | null;
          id: Id<"reviewTasks">;
          latestAttestation: {
            attestedAt: number;
            attestedByDisplay: string | null;
            documentLabel: string | null;
            documentUrl: string | null;
            documentVersion: string | null;
            statementKey: string;
            statementText: string;
          } | null;
          latestNote: string | null;
          policy: {
            id: string;
            policyId: string;
            sourcePath: string;
            support: "missing" | "partial" | "complete";
            title: string;
            type: "policy";
          } | null;
          policyControls: Array<{
            familyId: string;
            familyTitle: string;
            implementationSummary?: string;
            internalControlId: string;
            isPrimary: boolean;
            nist80053Id: string;
            platformChecklist: Array<{
              itemId: string;
              label: string;
              required: boolean;
              support: "missing" | "partial" | "complete";
            }>;
            responsibility:
              "platform" | "shared-responsibility" | "customer" | null;
            support: "missing" | "partial" | "complete";
            title: string;
          }>;
          required: boolean;
          satisfiedAt: number | null;
          satisfiedThroughAt: number | null;
          status: "ready" | "completed" | "exception" | "blocked";
          taskType:
            "automated_check" | "attestation" | "document_upload" | "follow_up";
          templateKey: string;
          title: string;
          vendor: {
            reviewStatus: "current" | "due_soon" | "overdue";
            title: string;
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
          } | null;
        }>;
        title: string;
        triggerType: string | null;
        year: number | null;
      } | null
    >;
    getCurrentAnnualReviewRun: FunctionReference<
      "query",
      "public",
      {},
      {
        createdAt: number;
        finalizedAt: number | null;
        id: Id<"reviewRuns">;
        kind: "annual" | "triggered";
        scopeId: string;
        scopeType: "provider_global";
        status: "ready" | "needs_attention" | "completed";
        taskCounts: {
          blocked: number;
          completed: number;
          exception: number;
          ready: number;
          total: number;
        };
        title: string;
        triggerType: string | null;
        year: number | null;
      } | null
    >;
    getReviewRunDetail: FunctionReference<
      "query",
      "public",
      { reviewRunId: Id<"reviewRuns"> },
      {
        createdAt: number;
        finalReportId: Id<"evidenceReports"> | null;
        finalizedAt: number | null;
        id: Id<"reviewRuns">;
        kind: "annual" | "triggered";
        scopeId: string;
        scopeType: "provider_global";
        sourceRecordId: string | null;
        sourceRecordType: string | null;
        status: "ready" | "needs_attention" | "completed";
        tasks: Array<{
          allowException: boolean;
          controlLinks: Array<{
            controlTitle: string | null;
            internalControlId: string;
            itemId: string;
            itemLabel: string | null;
            nist80053Id: string | null;
          }>;
          description: string;
          evidenceLinks: Array<{
            freshAt: number | null;
            id: Id<"reviewTaskEvidenceLinks">;
            linkedAt: number;
            linkedByDisplay: string | null;
            role: "primary" | "supporting" | "blocking";
            sourceId: string;
            sourceLabel: string;
            sourceType:
              | "security_control_evidence"
              | "evidence_report"
              | "security_finding"
              | "backup_verification_report"
              | "external_document"
              | "review_task"
              | "vendor";
          }>;
          findingsSummary: {
            activeFollowUpCount: number;
            blockingCriticalCount: number;
            criticalOpenCount: number;
            lowerSeverityOpenCount: number;
            overdueFollowUpCount: number;
            totalOpenCount: number;
            undispositionedCount: number;
          } | null;
          freshnessWindowDays: number | null;
          id: Id<"reviewTasks">;
          latestAttestation: {
            attestedAt: number;
            attestedByDisplay: string | null;
            documentLabel: string | null;
            documentUrl: string | null;
            documentVersion: string | null;
            statementKey: string;
            statementText: string;
          } | null;
          latestNote: string | null;
          policy: {
            id: string;
            policyId: string;
            sourcePath: string;
            support: "missing" | "partial" | "complete";
            title: string;
            type: "policy";
          } | null;
          policyControls: Array<{
            familyId: string;
            familyTitle: string;
            implementationSummary?: string;
            internalControlId: string;
            isPrimary: boolean;
            nist80053Id: string;
            platformChecklist: Array<{
              itemId: string;
              label: string;
              required: boolean;
              support: "missing" | "partial" | "complete";
            }>;
            responsibility:
              "platform" | "shared-responsibility" | "customer" | null;
            support: "missing" | "partial" | "complete";
            title: string;
          }>;
          required: boolean;
          satisfiedAt: number | null;
          satisfiedThroughAt: number | null;
          status: "ready" | "completed" | "exception" | "blocked";
          taskType:
            "automated_check" | "attestation" | "document_upload" | "follow_up";
          templateKey: string;
          title: string;
          vendor: {
            reviewStatus: "current" | "due_soon" | "overdue";
            title: string;
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
          } | null;
        }>;
        title: string;
        triggerType: string | null;
        year: number | null;
      } | null
    >;
    getReviewTaskAttestationHistory: FunctionReference<
      "query",
      "public",
      { reviewTaskId: Id<"reviewTasks"> },
      Array<{ attestedAt: number; attestedByDisplay: string | null }>
    >;
    linkReviewTaskEvidence: FunctionReference<
      "mutation",
      "public",
      {
        freshAt?: number;
        reviewTaskId: Id<"reviewTasks">;
        role?: "primary" | "supporting" | "blocking";
        sourceId: string;
        sourceLabel: string;
        sourceType:
          | "security_control_evidence"
          | "evidence_report"
          | "security_finding"
          | "backup_verification_report"
          | "external_document"
          | "review_task"
          | "vendor";
      },
      Id<"reviewTaskEvidenceLinks">
    >;
    listTriggeredReviewRuns: FunctionReference<
      "query",
      "public",
      {},
      Array<{
        createdAt: number;
        finalizedAt: number | null;
        id: Id<"reviewRuns">;
        kind: "annual" | "triggered";
        scopeId: string;
        scopeType: "provider_global";
        status: "ready" | "needs_attention" | "completed";
        taskCounts: {
          blocked: number;
          completed: number;
          exception: number;
          ready: number;
          total: number;
        };
        title: string;
        triggerType: string | null;
        year: number | null;
      }>
    >;
    openTriggeredFollowUp: FunctionReference<
      "mutation",
      "public",
      { note?: string; reviewTaskId: Id<"reviewTasks"> },
      {
        createdAt: number;
        finalizedAt: number | null;
        id: Id<"reviewRuns">;
        kind: "annual" | "triggered";
        scopeId: string;
        scopeType: "provider_global";
        status: "ready" | "needs_attention" | "completed";
        taskCounts: {
          blocked: number;
          completed: number;
          exception: number;
          ready: number;
          total: number;
        };
        title: string;
        triggerType: string | null;
        year: number | null;
      }
    >;
    refreshReviewRunAutomation: FunctionReference<
      "action",
      "public",
      { reviewRunId: Id<"reviewRuns"> },
      {
        createdAt: number;
        finalReportId: Id<"evidenceReports"> | null;
        finalizedAt: number | null;
        id: Id<"reviewRuns">;
        kind: "annual" | "triggered";
        scopeId: string;
        scopeType: "provider_global";
        sourceRecordId: string | null;
        sourceRecordType: string | null;
        status: "ready" | "needs_attention" | "completed";
        tasks: Array<{
          allowException: boolean;
          controlLinks: Array<{
            controlTitle: string | null;
            internalControlId: string;
            itemId: string;
            itemLabel: string | null;
            nist80053Id: string | null;
          }>;
          description: string;
          evidenceLinks: Array<{
            freshAt: number | null;
            id: Id<"reviewTaskEvidenceLinks">;
            linkedAt: number;
            linkedByDisplay: string | null;
            role: "primary" | "supporting" | "blocking";
            sourceId: string;
            sourceLabel: string;
            sourceType:
              | "security_control_evidence"
              | "evidence_report"
              | "security_finding"
              | "backup_verification_report"
              | "external_document"
              | "review_task"
              | "vendor";
          }>;
          findingsSummary: {
            activeFollowUpCount: number;
            blockingCriticalCount: number;
            criticalOpenCount: number;
            lowerSeverityOpenCount: number;
            overdueFollowUpCount: number;
            totalOpenCount: number;
            undispositionedCount: number;
          } | null;
          freshnessWindowDays: number | null;
          id: Id<"reviewTasks">;
          latestAttestation: {
            attestedAt: number;
            attestedByDisplay: string | null;
            documentLabel: string | null;
            documentUrl: string | null;
            documentVersion: string | null;
            statementKey: string;
            statementText: string;
          } | null;
          latestNote: string | null;
          policy: {
            id: string;
            policyId: string;
            sourcePath: string;
            support: "missing" | "partial" | "complete";
            title: string;
            type: "policy";
          } | null;
          policyControls: Array<{
            familyId: string;
            familyTitle: string;
            implementationSummary?: string;
            internalControlId: string;
            isPrimary: boolean;
            nist80053Id: string;
            platformChecklist: Array<{
              itemId: string;
              label: string;
              required: boolean;
              support: "missing" | "partial" | "complete";
            }>;
            responsibility:
              "platform" | "shared-responsibility" | "customer" | null;
            support: "missing" | "partial" | "complete";
            title: string;
          }>;
          required: boolean;
          satisfiedAt: number | null;
          satisfiedThroughAt: number | null;
          status: "ready" | "completed" | "exception" | "blocked";
          taskType:
            "automated_check" | "attestation" | "document_upload" | "follow_up";
          templateKey: string;
          title: string;
          vendor: {
            reviewStatus: "current" | "due_soon" | "overdue";
            title: string;
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
          } | null;
        }>;
        title: string;
        triggerType: string | null;
        year: number | null;
      } | null
    >;
    runSecurityWorkspaceMigrationNow: FunctionReference<
      "mutation",
      "public",
      {},
      {
        migratedReviewArtifacts: number;
        patchedChecklistStatuses: number;
        patchedReviewNotes: number;
        patchedScopeRecords: number;
        syncedVendorRows: number;
      }
    >;
    setReviewTaskException: FunctionReference<
      "mutation",
      "public",
      { note: string; reviewTaskId: Id<"reviewTasks"> },
      null
    >;
  };
  securityWorkspace: {
    addSecurityControlEvidenceLink: FunctionReference<
      "mutation",
      "public",
      {
        description?: string;
        evidenceDate: number;
        followUpActionId?: Id<"followUpActions">;
        internalControlId: string;
        itemId: string;
        reviewDueIntervalMonths: 3 | 6 | 12;
        source:
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
        sufficiency: "missing" | "partial" | "sufficient";
        title: string;
        url: string;
      },
      Id<"securityControlEvidence">
    >;
    addSecurityControlEvidenceNote: FunctionReference<
      "mutation",
      "public",
      {
        description: string;
        evidenceDate: number;
        followUpActionId?: Id<"followUpActions">;
        internalControlId: string;
        itemId: string;
        reviewDueIntervalMonths: 3 | 6 | 12;
        source:
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
        sufficiency: "missing" | "partial" | "sufficient";
        title: string;
      },
      Id<"securityControlEvidence">
    >;
    archiveSecurityControlEvidence: FunctionReference<
      "mutation",
      "public",
      { evidenceId: string; internalControlId: string; itemId: string },
      null
    >;
    createSecurityControlEvidenceUploadTarget: FunctionReference<
      "action",
      "public",
      {
        contentType: string;
        fileName: string;
        fileSize: number;
        followUpActionId?: Id<"followUpActions">;
        internalControlId: string;
        itemId: string;
      },
      {
        backend: "convex" | "s3";
        backendMode: "convex" | "s3-primary" | "s3-mirror";
        expiresAt: number;
        storageId: string;
        uploadFields?: Record<string, string>;
        uploadHeaders?: Record<string, string>;
        uploadMethod: "POST" | "PUT";
        uploadUrl: string;
      }
    >;
    createSecurityFindingFollowUpAction: FunctionReference<
      "mutation",
      "public",
      {
        controlLinks: Array<{ internalControlId: string; itemId: string }>;
        dueAt?: number | null;
        findingKey: string;
        reviewRunId?: Id<"reviewRuns">;
        reviewTaskId?: Id<"reviewTasks">;
        summary?: string | null;
      },
      {
        activeFollowUp: {
          assigneeDisplay: string | null;
          assigneeUserId: string | null;
          controlLinks: Array<{
            internalControlId: string;
            itemId: string;
            itemLabel: string | null;
            nist80053Id: string;
            title: string;
          }>;
          dueAt: number | null;
          id: Id<"followUpActions">;
          isOverdue: boolean;
          latestNote: string | null;
          openedAt: number;
          resolutionNote: string | null;
          resolvedAt: number | null;
          reviewRunId: Id<"reviewRuns"> | null;
          reviewTaskId: Id<"reviewTasks"> | null;
          reviewedEvidence: Array<{
            id: Id<"securityControlEvidence">;
            internalControlId: string;
            itemId: string;
            reviewedAt: number | null;
            title: string;
          }>;
          reviewedEvidenceCount: number;
          status: "open" | "in_progress" | "blocked" | "resolved";
          summary: string | null;
          title: string;
          updatedAt: number;
        } | null;
        customerSummary: string | null;
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
        followUpOverdue: boolean;
        hasOpenFollowUp: boolean;
        internalNotes: string | null;
        lastObservedAt: number;
        latestLinkedReviewRun: {
          id: Id<"reviewRuns">;
          status: "ready" | "needs_attention" | "completed";
          title: string;
        } | null;
        relatedControls: Array<{
          internalControlId: string;
          itemId: string | null;
          itemLabel: string | null;
          nist80053Id: string;
          title: string;
        }>;
        reviewedAt: number | null;
        reviewedByDisplay: string | null;
        scopeId: string;
        scopeType: "provider_global";
        severity: "info" | "warning" | "critical";
        sourceLabel: string;
        sourceRecordId: string | null;
        sourceType:
          "audit_log" | "security_metric" | "security_control_evidence";
        status: "open" | "resolved";
        title: string;
      }
    >;
    finalizeSecurityControlEvidenceUpload: FunctionReference<
      "action",
      "public",
      {
        backendMode: "convex" | "s3-primary" | "s3-mirror";
        description?: string;
        evidenceDate: number;
        fileName: string;
        fileSize: number;
        followUpActionId?: Id<"followUpActions">;
        internalControlId: string;
        itemId: string;
        mimeType: string;
        reviewDueIntervalMonths: 3 | 6 | 12;
        source:
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
        storageId: string;
        sufficiency: "missing" | "partial" | "sufficient";
        title: string;
      },
      Id<"securityControlEvidence">
    >;
    getSecurityControlWorkspaceDetail: FunctionReference<
      "query",
      "public",
      { internalControlId: string },
      {
        controlStatement: string;
        customerResponsibilityNotes: string | null;
        familyId: string;
        familyTitle: string;
        hasExpiringSoonEvidence: boolean;
        implementationSummary: string;
        internalControlId: string;
        lastReviewedAt: number | null;
        linkedEntities: Array<{
          entityId: string;
          entityType:
            | "policy"
            | "control"
            | "checklist_item"
            | "evidence"
            | "finding"
            | "vendor"
            | "review_run"
            | "review_task"
            | "evidence_report";
          label: string;
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
          status: string | null;
        }>;
        mappings: {
          csf20: Array<{ label: string | null; subcategoryId: string }>;
          hipaa: Array<{
            citation: string;
            implementationSpecification: "addressable" | "required" | null;
            text: string | null;
            title: string | null;
            type:
              | "implementation_specification"
              | "section"
              | "standard"
              | "subsection"
              | null;
          }>;
          nist80066: Array<{
            label: string | null;
            mappingType:
              "key-activity" | "relationship" | "sample-question" | null;
            referenceId: string;
          }>;
          soc2: Array<{
            criterionId: string;
            group:
              | "availability"
              | "common-criteria"
              | "confidentiality"
              | "privacy"
              | "processing-integrity";
            label: string | null;
            trustServiceCategory:
              | "availability"
              | "confidentiality"
              | "privacy"
              | "processing-integrity"
              | "security";
          }>;
        };
        nist80053Id: string;
        owner: string;
        platformChecklist: Array<{
          completedAt: number | null;
          description: string;
          evidence: Array<{
            archivedAt: number | null;
            archivedByDisplay: string | null;
            createdAt: number;
            description: string | null;
            evidenceDate: number | null;
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
            expiryStatus: "none" | "current" | "expiring_soon" | "expired";
            fileName: string | null;
            id: string;
            lifecycleStatus: "active" | "archived" | "superseded";
            mimeType: string | null;
            renewedFromEvidenceId: string | null;
            replacedByEvidenceId: string | null;
            reviewDueIntervalMonths: 3 | 6 | 12 | null;
            reviewOriginReviewAttestationId: Id<"reviewAttestations"> | null;
            reviewOriginReviewRunId: Id<"reviewRuns"> | null;
            reviewOriginReviewTaskId: Id<"reviewTasks"> | null;
            reviewOriginReviewTaskResultId: Id<"reviewTaskResults"> | null;
            reviewOriginSourceId: string | null;
            reviewOriginSourceLabel: string | null;
            reviewOriginSourceType:
              | "security_control_evidence"
              | "evidence_report"
              | "security_finding"
              | "follow_up_action"
              | "backup_verification_report"
              | "external_document"
              | "review_task"
              | "vendor"
              | null;
            reviewStatus: "pending" | "reviewed";
            reviewedAt: number | null;
            reviewedByDisplay: string | null;
            sizeBytes: number | null;
            source:
              | "manual_upload"
              | "internal_review"
              | "automated_system_check"
              | "external_report"
              | "vendor_attestation"
              | "review_attestation"
              | "review_document"
              | "automated_review_result"
              | "follow_up_resolution"
              | "review_exception"
              | null;
            storageId: string | null;
            sufficiency: "missing" | "partial" | "sufficient";
            title: string;
            uploadedByDisplay: string | null;
            url: string | null;
            validUntil: number | null;
          }>;
          hasExpiringSoonEvidence: boolean;
          itemId: string;
          label: string;
          lastReviewedAt: number | null;
          operatorNotes: string | null;
          owner: string | null;
          required: boolean;
          reviewArtifact: {
            evidenceId: string;
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
            relatedReports: Array<{
              id: Id<"evidenceReports">;
              label: string;
              reportKind:
                | "security_posture"
                | "audit_integrity"
                | "audit_readiness"
                | "annual_review"
                | "findings_snapshot"
                | "vendor_posture_snapshot"
                | "control_workspace_snapshot";
            }>;
            reviewRunId: Id<"reviewRuns">;
            reviewRunKind: "annual" | "triggered";
            reviewRunStatus: "ready" | "needs_attention" | "completed";
            reviewRunTitle: string;
            reviewTaskId: Id<"reviewTasks">;
            reviewTaskTitle: string;
            satisfiedAt: number;
            satisfiedByDisplay: string | null;
            validUntil: number | null;
          } | null;
          suggestedEvidenceTypes: Array<"file" | "link" | "note" | "system">;
          support: "missing" | "partial" | "complete";
          verificationMethod: string;
        }>;
        priority: "p0" | "p1" | "p2";
        responsibility:
          "platform" | "shared-responsibility" | "customer" | null;
        scopeId: string;
        scopeType: "provider_global";
        support: "missing" | "partial" | "complete";
        title: string;
      } | null
    >;
    listSecurityControlEvidenceActivity: FunctionReference<
      "query",
      "public",
      { internalControlId: string; itemId: string },
      Array<{
        actorDisplay: string | null;
        createdAt: number;
        eventType:
          | "security_control_evidence_created"
          | "security_control_evidence_reviewed"
          | "security_control_evidence_archived"
          | "security_control_evidence_renewed";
        evidenceId: string;
        evidenceTitle: string;
        id: string;
        internalControlId: string;
        itemId: string;
        lifecycleStatus: "active" | "archived" | "superseded" | null;
        renewedFromEvidenceId: string | null;
        replacedByEvidenceId: string | null;
        reviewStatus: "pending" | "reviewed" | null;
      }>
    >;
    listSecurityControlWorkspaceExports: FunctionReference<
      "query",
      "public",
      { controlIds?: Array<string> },
      Array<{
        controlStatement: string;
        customerResponsibilityNotes: string | null;
        familyId: string;
        familyTitle: string;
        hasExpiringSoonEvidence: boolean;
        implementationSummary: string;
        internalControlId: string;
        lastReviewedAt: number | null;
        mappings: {
          csf20: Array<{ label: string | null; subcategoryId: string }>;
          hipaa: Array<{
            citation: string;
            implementationSpecification: "addressable" | "required" | null;
            text: string | null;
            title: string | null;
            type:
              | "implementation_specification"
              | "section"
              | "standard"
              | "subsection"
              | null;
          }>;
          nist80066: Array<{
            label: string | null;
            mappingType:
              "key-activity" | "relationship" | "sample-question" | null;
            referenceId: string;
          }>;
          soc2: Array<{
            criterionId: string;
            group:
              | "availability"
              | "common-criteria"
              | "confidentiality"
              | "privacy"
              | "processing-integrity";
            label: string | null;
            trustServiceCategory:
              | "availability"
              | "confidentiality"
              | "privacy"
              | "processing-integrity"
              | "security";
          }>;
        };
        nist80053Id: string;
        owner: string;
        platformChecklist: Array<{
          completedAt: number | null;
          description: string;
          evidence: Array<{
            archivedAt: number | null;
            archivedByDisplay: string | null;
            createdAt: number;
            description: string | null;
            evidenceDate: number | null;
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
            expiryStatus: "none" | "current" | "expiring_soon" | "expired";
            fileName: string | null;
            id: string;
            lifecycleStatus: "active" | "archived" | "superseded";
            mimeType: string | null;
            renewedFromEvidenceId: string | null;
            replacedByEvidenceId: string | null;
            reviewDueIntervalMonths: 3 | 6 | 12 | null;
            reviewOriginReviewAttestationId: Id<"reviewAttestations"> | null;
            reviewOriginReviewRunId: Id<"reviewRuns"> | null;
            reviewOriginReviewTaskId: Id<"reviewTasks"> | null;
            reviewOriginReviewTaskResultId: Id<"reviewTaskResults"> | null;
            reviewOriginSourceId: string | null;
            reviewOriginSourceLabel: string | null;
            reviewOriginSourceType:
              | "security_control_evidence"
              | "evidence_report"
              | "security_finding"
              | "follow_up_action"
              | "backup_verification_report"
              | "external_document"
              | "review_task"
              | "vendor"
              | null;
            reviewStatus: "pending" | "reviewed";
            reviewedAt: number | null;
            reviewedByDisplay: string | null;
            sizeBytes: number | null;
            source:
              | "manual_upload"
              | "internal_review"
              | "automated_system_check"
              | "external_report"
              | "vendor_attestation"
              | "review_attestation"
              | "review_document"
              | "automated_review_result"
              | "follow_up_resolution"
              | "review_exception"
              | null;
            storageId: string | null;
            sufficiency: "missing" | "partial" | "sufficient";
            title: string;
            uploadedByDisplay: string | null;
            url: string | null;
            validUntil: number | null;
          }>;
          hasExpiringSoonEvidence: boolean;
          itemId: string;
          label: string;
          lastReviewedAt: number | null;
          operatorNotes: string | null;
          owner: string | null;
          required: boolean;
          reviewArtifact: {
            evidenceId: string;
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
            relatedReports: Array<{
              id: Id<"evidenceReports">;
              label: string;
              reportKind:
                | "security_posture"
                | "audit_integrity"
                | "audit_readiness"
                | "annual_review"
                | "findings_snapshot"
                | "vendor_posture_snapshot"
                | "control_workspace_snapshot";
            }>;
            reviewRunId: Id<"reviewRuns">;
            reviewRunKind: "annual" | "triggered";
            reviewRunStatus: "ready" | "needs_attention" | "completed";
            reviewRunTitle: string;
            reviewTaskId: Id<"reviewTasks">;
            reviewTaskTitle: string;
            satisfiedAt: number;
            satisfiedByDisplay: string | null;
            validUntil: number | null;
          } | null;
          suggestedEvidenceTypes: Array<"file" | "link" | "note" | "system">;
          support: "missing" | "partial" | "complete";
          verificationMethod: string;
        }>;
        priority: "p0" | "p1" | "p2";
        responsibility:
          "platform" | "shared-responsibility" | "customer" | null;
        scopeId: string;
        scopeType: "provider_global";
        support: "missing" | "partial" | "complete";
        title: string;
      }>
    >;
    listSecurityControlWorkspaces: FunctionReference<
      "query",
      "public",
      {},
      Array<{
        checklistStats: { completeCount: number; totalCount: number };
        controlStatement: string;
        customerResponsibilityNotes: string | null;
        familyId: string;
        familyTitle: string;
        hasExpiringSoonEvidence: boolean;
        implementationSummary: string;
        internalControlId: string;
        lastReviewedAt: number | null;
        mappings: {
          csf20: Array<{ label: string | null; subcategoryId: string }>;
          hipaa: Array<{
            citation: string;
            implementationSpecification: "addressable" | "required" | null;
            text: string | null;
            title: string | null;
            type:
              | "implementation_specification"
              | "section"
              | "standard"
              | "subsection"
              | null;
          }>;
          nist80066: Array<{
            label: string | null;
            mappingType:
              "key-activity" | "relationship" | "sample-question" | null;
            referenceId: string;
          }>;
          soc2: Array<{
            criterionId: string;
            group:
              | "availability"
              | "common-criteria"
              | "confidentiality"
              | "privacy"
              | "processing-integrity";
            label: string | null;
            trustServiceCategory:
              | "availability"
              | "confidentiality"
              | "privacy"
              | "processing-integrity"
              | "security";
          }>;
        };
        nist80053Id: string;
        owner: string;
        priority: "p0" | "p1" | "p2";
        responsibility:
          "platform" | "shared-responsibility" | "customer" | null;
        searchableText: string;
        support: "missing" | "partial" | "complete";
        title: string;
      }>
    >;
    listSecurityFindings: FunctionReference<
      "query",
      "public",
      {},
      Array<{
        activeFollowUp: {
          assigneeDisplay: string | null;
          assigneeUserId: string | null;
          controlLinks: Array<{
            internalControlId: string;
            itemId: string;
            itemLabel: string | null;
            nist80053Id: string;
            title: string;
          }>;
          dueAt: number | null;
          id: Id<"followUpActions">;
          isOverdue: boolean;
          latestNote: string | null;
          openedAt: number;
          resolutionNote: string | null;
          resolvedAt: number | null;
          reviewRunId: Id<"reviewRuns"> | null;
          reviewTaskId: Id<"reviewTasks"> | null;
          reviewedEvidence: Array<{
            id: Id<"securityControlEvidence">;
            internalControlId: string;
            itemId: string;
            reviewedAt: number | null;
            title: string;
          }>;
          reviewedEvidenceCount: number;
          status: "open" | "in_progress" | "blocked" | "resolved";
          summary: string | null;
          title: string;
          updatedAt: number;
        } | null;
        customerSummary: string | null;
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
        followUpOverdue: boolean;
        hasOpenFollowUp: boolean;
        internalNotes: string | null;
        lastObservedAt: number;
        latestLinkedReviewRun: {
          id: Id<"reviewRuns">;
          status: "ready" | "needs_attention" | "completed";
          title: string;
        } | null;
        relatedControls: Array<{
          internalControlId: string;
          itemId: string | null;
          itemLabel: string | null;
          nist80053Id: string;
          title: string;
        }>;
        reviewedAt: number | null;
        reviewedByDisplay: string | null;
        scopeId: string;
        scopeType: "provider_global";
        severity: "info" | "warning" | "critical";
        sourceLabel: string;
        sourceRecordId: string | null;
        sourceType:
          "audit_log" | "security_metric" | "security_control_evidence";
        status: "open" | "resolved";
        title: string;
      }>
    >;
    listSecurityFollowUpActions: FunctionReference<
      "query",
      "public",
      { findingKey?: string },
      Array<{
        assigneeDisplay: string | null;
        assigneeUserId: string | null;
        controlLinks: Array<{
          internalControlId: string;
          itemId: string;
          itemLabel: string | null;
          nist80053Id: string;
          title: string;
        }>;
        dueAt: number | null;
        id: Id<"followUpActions">;
        isOverdue: boolean;
        latestNote: string | null;
        openedAt: number;
        resolutionNote: string | null;
        resolvedAt: number | null;
        reviewRunId: Id<"reviewRuns"> | null;
        reviewTaskId: Id<"reviewTasks"> | null;
        reviewedEvidence: Array<{
          id: Id<"securityControlEvidence">;
          internalControlId: string;
          itemId: string;
          reviewedAt: number | null;
          title: string;
        }>;
        reviewedEvidenceCount: number;
        status: "open" | "in_progress" | "blocked" | "resolved";
        summary: string | null;
        title: string;
        updatedAt: number;
      }>
    >;
    openSecurityFindingFollowUp: FunctionReference<
      "mutation",
      "public",
      { findingKey: string; note?: string },
      {
        createdAt: number;
        finalizedAt: number | null;
        id: Id<"reviewRuns">;
        kind: "annual" | "triggered";
        scopeId: string;
        scopeType: "provider_global";
        status: "ready" | "needs_attention" | "completed";
        taskCounts: {
          blocked: number;
          completed: number;
          exception: number;
          ready: number;
          total: number;
        };
        title: string;
        triggerType: string | null;
        year: number | null;
      }
    >;
    renewSecurityControlEvidence: FunctionReference<
      "mutation",
      "public",
      { evidenceId: string; internalControlId: string; itemId: string },
      Id<"securityControlEvidence">
    >;
    resolveSecurityFindingFollowUpAction: FunctionReference<
      "mutation",
      "public",
      {
        followUpActionId: Id<"followUpActions">;
        resolutionNote?: string | null;
      },
      {
        assigneeDisplay: string | null;
        assigneeUserId: string | null;
        controlLinks: Array<{
          internalControlId: string;
          itemId: string;
          itemLabel: string | null;
          nist80053Id: string;
          title: string;
        }>;
        dueAt: number | null;
        id: Id<"followUpActions">;
        isOverdue: boolean;
        latestNote: string | null;
        openedAt: number;
        resolutionNote: string | null;
        resolvedAt: number | null;
        reviewRunId: Id<"reviewRuns"> | null;
        reviewTaskId: Id<"reviewTasks"> | null;
        reviewedEvidence: Array<{
          id: Id<"securityControlEvidence">;
          internalControlId: string;
          itemId: string;
          reviewedAt: number | null;
          title: string;
        }>;
        reviewedEvidenceCount: number;
        status: "open" | "in_progress" | "blocked" | "resolved";
        summary: string | null;
        title: string;
        updatedAt: number;
      }
    >;
    reviewSecurityControlEvidence: FunctionReference<
      "mutation",
      "public",
      {
        evidenceId: Id<"securityControlEvidence">;
        reviewStatus: "pending" | "reviewed";
      },
      null
    >;
    reviewSecurityFinding: FunctionReference<
      "mutation",
      "public",
      {
        customerSummary?: string;
        disposition:
          | "pending_review"
          | "investigating"
          | "accepted_risk"
          | "false_positive"
          | "resolved";
        findingKey: string;
        internalNotes?: string;
      },
      {
        activeFollowUp: {
          assigneeDisplay: string | null;
          assigneeUserId: string | null;
          controlLinks: Array<{
            internalControlId: string;
            itemId: string;
            itemLabel: string | null;
            nist80053Id: string;
            title: string;
          }>;
          dueAt: number | null;
          id: Id<"followUpActions">;
          isOverdue: boolean;
          latestNote: string | null;
          openedAt: number;
          resolutionNote: string | null;
          resolvedAt: number | null;
          reviewRunId: Id<"reviewRuns"> | null;
          reviewTaskId: Id<"reviewTasks"> | null;
          reviewedEvidence: Array<{
            id: Id<"securityControlEvidence">;
            internalControlId: string;
            itemId: string;
            reviewedAt: number | null;
            title: string;
          }>;
          reviewedEvidenceCount: number;
          status: "open" | "in_progress" | "blocked" | "resolved";
          summary: string | null;
          title: string;
          updatedAt: number;
        } | null;
        customerSummary: string | null;
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
        followUpOverdue: boolean;
        hasOpenFollowUp: boolean;
        internalNotes: string | null;
        lastObservedAt: number;
        latestLinkedReviewRun: {
          id: Id<"reviewRuns">;
          status: "ready" | "needs_attention" | "completed";
          title: string;
        } | null;
        relatedControls: Array<{
          internalControlId: string;
          itemId: string | null;
          itemLabel: string | null;
          nist80053Id: string;
          title: string;
        }>;
        reviewedAt: number | null;
        reviewedByDisplay: string | null;
        scopeId: string;
        scopeType: "provider_global";
        severity: "info" | "warning" | "critical";
        sourceLabel: string;
        sourceRecordId: string | null;
        sourceType:
          "audit_log" | "security_metric" | "security_control_evidence";
        status: "open" | "resolved";
        title: string;
      }
    >;
    updateSecurityFindingFollowUpAction: FunctionReference<
      "mutation",
      "public",
      {
        assigneeUserId?: string | null;
        dueAt?: number | null;
        followUpActionId: Id<"followUpActions">;
        latestNote?: string | null;
        status?: "open" | "in_progress" | "blocked";
        summary?: string | null;
      },
      {
        assigneeDisplay: string | null;
        assigneeUserId: string | null;
        controlLinks: Array<{
          internalControlId: string;
          itemId: string;
          itemLabel: string | null;
          nist80053Id: string;
          title: string;
        }>;
        dueAt: number | null;
        id: Id<"followUpActions">;
        isOverdue: boolean;
        latestNote: string | null;
        openedAt: number;
        resolutionNote: string | null;
        resolvedAt: number | null;
        reviewRunId: Id<"reviewRuns"> | null;
        reviewTaskId: Id<"reviewTasks"> | null;
        reviewedEvidence: Array<{
          id: Id<"securityControlEvidence">;
          internalControlId: string;
          itemId: string;
          reviewedAt: number | null;
          title: string;
        }>;
        reviewedEvidenceCount: number;
        status: "open" | "in_progress" | "blocked" | "resolved";
        summary: string | null;
        title: string;
        updatedAt: number;
      }
    >;
  };
  stepUp: {
    createCurrentAccountEmailChangeChallenge: FunctionReference<
      "mutation",
      "public",
      { redirectTo?: string },
      {
        challengeId: string;
        redirectTo: string;
        requirement:
          | "account_email_change"
          | "audit_export"
          | "attachment_access"
          | "document_export"
          | "document_deletion"
          | "organization_admin"
          | "password_change"
          | "session_administration"
          | "support_access_approval"
          | "user_administration"
          | "model_catalog_admin";
      }
    >;
    createCurrentAttachmentAccessChallenge: FunctionReference<
      "mutation",
      "public",
      { redirectTo?: string },
      {
        challengeId: string;
        redirectTo: string;
        requirement:
          | "account_email_change"
          | "audit_export"
          | "attachment_access"
          | "document_export"
          | "document_deletion"
          | "organization_admin"
          | "password_change"
          | "session_administration"
          | "support_access_approval"
          | "user_administration"
          | "model_catalog_admin";
      }
    >;
    createCurrentAuditExportChallenge: FunctionReference<
      "mutation",
      "public",
      { redirectTo?: string },
      {
        challengeId: string;
        redirectTo: string;
        requirement:
          | "account_email_change"
          | "audit_export"
          | "attachment_access"
          | "document_export"
          | "document_deletion"
          | "organization_admin"
          | "password_change"
          | "session_administration"
          | "support_access_approval"
          | "user_administration"
          | "model_catalog_admin";
      }
    >;
    createCurrentDocumentDeletionChallenge: FunctionReference<
      "mutation",
      "public",
      { redirectTo?: string },
      {
        challengeId: string;
        redirectTo: string;
        requirement:
          | "account_email_change"
          | "audit_export"
          | "attachment_access"
          | "document_export"
          | "document_deletion"
          | "organization_admin"
          | "password_change"
          | "session_administration"
          | "support_access_approval"
          | "user_administration"
          | "model_catalog_admin";
      }
    >;
    createCurrentDocumentExportChallenge: FunctionReference<
      "mutation",
      "public",
      { redirectTo?: string },
      {
        challengeId: string;
        redirectTo: string;
        requirement:
          | "account_email_change"
          | "audit_export"
          | "attachment_access"
          | "document_export"
          | "document_deletion"
          | "organization_admin"
          | "password_change"
          | "session_administration"
          | "support_access_approval"
          | "user_administration"
          | "model_catalog_admin";
      }
    >;
    createCurrentModelCatalogAdminChallenge: FunctionReference<
      "mutation",
      "public",
      { redirectTo?: string },
      {
        challengeId: string;
        redirectTo: string;
        requirement:
          | "account_email_change"
          | "audit_export"
          | "attachment_access"
          | "document_export"
          | "document_deletion"
          | "organization_admin"
          | "password_change"
          | "session_administration"
          | "support_access_approval"
          | "user_administration"
          | "model_catalog_admin";
      }
    >;
    createCurrentOrganizationAdminChallenge: FunctionReference<
      "mutation",
      "public",
      { redirectTo?: string },
      {
        challengeId: string;
        redirectTo: string;
        requirement:
          | "account_email_change"
          | "audit_export"
          | "attachment_access"
          | "document_export"
          | "document_deletion"
          | "organization_admin"
          | "password_change"
          | "session_administration"
          | "support_access_approval"
          | "user_administration"
          | "model_catalog_admin";
      }
    >;
    createCurrentPasswordChangeChallenge: FunctionReference<
      "mutation",
      "public",
      { redirectTo?: string },
      {
        challengeId: string;
        redirectTo: string;
        requirement:
          | "account_email_change"
          | "audit_export"
          | "attachment_access"
          | "document_export"
          | "document_deletion"
          | "organization_admin"
          | "password_change"
          | "session_administration"
          | "support_access_approval"
          | "user_administration"
          | "model_catalog_admin";
      }
    >;
    createCurrentSessionAdministrationChallenge: FunctionReference<
      "mutation",
      "public",
      { redirectTo?: string },
      {
        challengeId: string;
        redirectTo: string;
        requirement:
          | "account_email_change"
          | "audit_export"
          | "attachment_access"
          | "document_export"
          | "document_deletion"
          | "organization_admin"
          | "password_change"
          | "session_administration"
          | "support_access_approval"
          | "user_administration"
          | "model_catalog_admin";
      }
    >;
    createCurrentSupportAccessApprovalChallenge: FunctionReference<
      "mutation",
      "public",
      { redirectTo?: string },
      {
        challengeId: string;
        redirectTo: string;
        requirement:
          | "account_email_change"
          | "audit_export"
          | "attachment_access"
          | "document_export"
          | "document_deletion"
          | "organization_admin"
          | "password_change"
          | "session_administration"
          | "support_access_approval"
          | "user_administration"
          | "model_catalog_admin";
      }
    >;
    createCurrentUserAdministrationChallenge: FunctionReference<
      "mutation",
      "public",
      { redirectTo?: string },
      {
        challengeId: string;
        redirectTo: string;
        requirement:
          | "account_email_change"
          | "audit_export"
          | "attachment_access"
          | "document_export"
          | "document_deletion"
          | "organization_admin"
          | "password_change"
          | "session_administration"
          | "support_access_approval"
          | "user_administration"
          | "model_catalog_admin";
      }
    >;
    getCurrentChallenge: FunctionReference<
      "query",
      "public",
      { challengeId: string },
      {
        challengeId: string;
        redirectTo: string;
        requirement:
          | "account_email_change"
          | "audit_export"
          | "attachment_access"
          | "document_export"
          | "document_deletion"
          | "organization_admin"
          | "password_change"
          | "session_administration"
          | "support_access_approval"
          | "user_administration"
          | "model_catalog_admin";
      } | null
    >;
    getCurrentCompatibilityClaim: FunctionReference<
      "query",
      "public",
      {},
      {
        _creationTime: number;
        _id: Id<"authStepUpClaims">;
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
          | "organization_admin"
          | "password_change"
          | "session_administration"
          | "support_access_approval"
          | "user_administration"
          | "model_catalog_admin";
        resourceId: string | null;
        resourceType: string | null;
        sessionId: string;
        updatedAt: number;
        verifiedAt: number;
      } | null
    >;
    hasCurrentClaim: FunctionReference<
      "query",
      "public",
      {
        requirement:
          | "account_email_change"
          | "audit_export"
          | "attachment_access"
          | "document_export"
          | "document_deletion"
          | "organization_admin"
          | "password_change"
          | "session_administration"
          | "support_access_approval"
          | "user_administration"
          | "model_catalog_admin";
      },
      boolean
    >;
    listCurrentClaimMethods: FunctionReference<
      "query",
      "public",
      {},
      Array<"passkey" | "password_only" | "password_plus_totp" | "totp">
    >;
    prepareCurrentChallenge: FunctionReference<
      "mutation",
      "public",
      { challengeId: string },
      {
        challengeId: string;
        redirectTo: string;
        requirement:
          | "account_email_change"
          | "audit_export"
          | "attachment_access"
          | "document_export"
          | "document_deletion"
          | "organization_admin"
          | "password_change"
          | "session_administration"
          | "support_access_approval"
          | "user_administration"
          | "model_catalog_admin";
      }
    >;
  };
  users: {
    bootstrapCurrentUserContext: FunctionReference<
      "action",
      "public",
      {},
      | { found: false }
      | {
          assignedRole: "user" | "admin";
          found: true;
          organizationId: string;
          userId: Id<"users">;
        }
    >;
    ensureCurrentUserContext: FunctionReference<
      "action",
      "public",
      {},
      { organizationId: string; userId: Id<"users"> }
    >;
    getCurrentAppUser: FunctionReference<
      "query",
      "public",
      {},
      {
        _creationTime: number;
        _id: Id<"users">;
        activeOrganizationId: string | null;
        authSession: {
          activeOrganizationId?: string | null;
          authMethod?: string | null;
          createdAt?: number;
          enterpriseOrganizationId?: string | null;
          enterpriseProtocol?: string | null;
          enterpriseProviderKey?: string | null;
          expiresAt?: number;
          id?: string;
          impersonatedBy?: string | null;
          mfaVerified?: boolean | null;
          updatedAt?: number;
        } | null;
        authUser: {
          _creationTime?: number;
          _id?: string;
          banExpires?: number | null;
          banReason?: string | null;
          banned?: boolean | null;
          createdAt?: number;
          displayUsername?: string | null;
          email?: string | null;
          emailVerified?: boolean;
          id?: string;
          image?: string | null;
          isAnonymous?: boolean | null;
          name?: string | null;
          phoneNumber?: string | null;
          phoneNumberVerified?: boolean | null;
          role?: string | Array<string> | null;
          twoFactorEnabled?: boolean | null;
          updatedAt?: number;
          userId?: string | null;
          username?: string | null;
        };
        authUserId: string;
        createdAt: number;
        isSiteAdmin: boolean;
        lastActiveOrganizationId: string;
        updatedAt: number;
      } | null
    >;
    getCurrentUserProfile: FunctionReference<
      "query",
      "public",
      {},
      {
        createdAt: number;
        currentOrganization: { id: string; name: string; role: string } | null;
        email: string;
        emailVerified: boolean;
        id: string;
        isSiteAdmin: boolean;
        mfaEnabled: boolean;
        mfaRequired: boolean;
        name: string | null;
        organizations: Array<{ id: string; name: string; role: string }>;
        phoneNumber: string | null;
        recentStepUpAt: number | null;
        recentStepUpValidUntil: number | null;
        requiresEmailVerification: boolean;
        requiresMfaSetup: boolean;
        role: "user" | "admin";
        updatedAt: number;
      } | null
    >;
    getUserCount: FunctionReference<
      "query",
      "public",
      {},
      { isFirstUser: boolean; totalUsers: number | null }
    >;
    markCurrentUserOnboardingComplete: FunctionReference<
      "mutation",
      "public",
      {},
      { success: false } | { onboardingCompletedAt: number; success: true }
    >;
    rollbackCurrentUserBootstrapContext: FunctionReference<
      "action",
      "public",
      {},
      { success: boolean }
    >;
    updateCurrentUserProfile: FunctionReference<
      "mutation",
      "public",
      { name?: string; phoneNumber?: string },
      { success: boolean }
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
  admin: {
    getUserIndexSyncStateInternal: FunctionReference<
      "query",
      "internal",
      {},
      {
        _creationTime: number;
        _id: Id<"userProfileSyncState">;
        key: string;
        lastFullSyncAt: number;
        totalUsers: number;
      } | null
    >;
    promoteUserByEmail: FunctionReference<
      "action",
      "internal",
      { email: string },
      { email: string; success: boolean; userId: string }
    >;
    upsertImportedChatModels: FunctionReference<
      "mutation",
      "internal",
      {
        entries: Array<{
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
        }>;
        refreshedAt: number;
      },
      { modelCount: number }
    >;
  };
  adminModelImports: {
    importTopFreeModelsForSetup: FunctionReference<
      "action",
      "internal",
      {},
      { message: string; success: boolean }
    >;
    importTopPaidModelsForSetup: FunctionReference<
      "action",
      "internal",
      {},
      { message: string; success: boolean }
    >;
  };
  agentChat: {
    assignAttachmentsToMessageInternal: FunctionReference<
      "mutation",
      "internal",
      {
        agentMessageId: string;
        attachmentIds: Array<Id<"chatAttachments">>;
        threadId: Id<"chatThreads">;
        updatedAt: number;
      },
      null
    >;
    clearThreadsForPersonaBatchInternal: FunctionReference<
      "mutation",
      "internal",
      {
        limit: number;
        organizationId: string;
        personaId: Id<"aiPersonas">;
        updatedAt: number;
      },
      { isDone: boolean; updatedCount: number }
    >;
    consumeAttachmentUploadTokenInternal: FunctionReference<
      "mutation",
      "internal",
      {
        organizationId: string;
        sessionId: string;
        token: string;
        userId: string;
      },
      {
        expectedFileName: string;
        expectedMimeType: string;
        expectedSha256: string;
        expectedSizeBytes: number;
        storageId: string;
      } | null
    >;
    createAttachmentInternal: FunctionReference<
      "mutation",
      "internal",
      {
        agentFileId?: string;
        agentMessageId?: string;
        createdAt: number;
        errorMessage?: string;
        extractedTextStorageId?: string;
        kind: "image" | "document";
        mimeType: string;
        name: string;
        organizationId: string;
        promptSummary: string;
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
        userId: string;
      },
      Id<"chatAttachments">
    >;
    createRunInternal: FunctionReference<
      "mutation",
      "internal",
      {
        activeAssistantMessageId?: string;
        actualInputTokens?: number;
        actualOutputTokens?: number;
        actualTotalTokens?: number;
        agentStreamId?: string;
        agentThreadId: string;
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
      },
      Id<"chatRuns">
    >;
    createThreadShellInternal: FunctionReference<
      "mutation",
      "internal",
      {
        agentThreadId: string;
        createdAt: number;
        model?: string;
        organizationId: string;
        ownerUserId: string;
        personaId?: Id<"aiPersonas">;
        title: string;
        titleManuallyEdited: boolean;
      },
      Id<"chatThreads">
    >;
    deleteAttachmentStorageInternal: FunctionReference<
      "mutation",
      "internal",
      { attachmentId: Id<"chatAttachments"> },
      null
    >;
    deleteAttachmentUploadTokenInternal: FunctionReference<
      "mutation",
      "internal",
      { tokenId: Id<"chatAttachmentUploadTokens"> },
      null
    >;
    deletePersonaInternal: FunctionReference<
      "mutation",
      "internal",
      { personaId: Id<"aiPersonas"> },
      null
    >;
    deleteThreadForCleanupInternal: FunctionReference<
      "mutation",
      "internal",
      { threadId: Id<"chatThreads"> },
      { deleted: false } | { deleted: true; organizationId: string }
    >;
    getAttachmentByIdInternal: FunctionReference<
      "query",
      "internal",
      { attachmentId: Id<"chatAttachments">; organizationId: string },
      {
        _creationTime: number;
        _id: Id<"chatAttachments">;
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
      } | null
    >;
    getAttachmentByStorageIdInternal: FunctionReference<
      "query",
      "internal",
      { storageId: string },
      {
        _creationTime: number;
        _id: Id<"chatAttachments">;
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
      } | null
    >;
    getAttachmentsForSendInternal: FunctionReference<
      "query",
      "internal",
      {
        attachmentIds: Array<Id<"chatAttachments">>;
        organizationId: string;
        userId: string;
      },
      Array<{
        _creationTime: number;
        _id: Id<"chatAttachments">;
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
      }>
    >;
    getCurrentChatContextInternal: FunctionReference<
      "query",
      "internal",
      {},
      {
        currentUserName: string;
        isSiteAdmin: boolean;
        organizationId: string;
        sessionId: string;
        userId: Id<"users">;
      }
    >;
    getLatestActiveRunForThreadInternal: FunctionReference<
      "query",
      "internal",
      { threadId: Id<"chatThreads"> },
      {
        _creationTime: number;
        _id: Id<"chatRuns">;
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
      } | null
    >;
    getLatestRunForThreadInternal: FunctionReference<
      "query",
      "internal",
      { threadId: Id<"chatThreads"> },
      {
        _creationTime: number;
        _id: Id<"chatRuns">;
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
      } | null
    >;
    getPersonaByIdInternal: FunctionReference<
      "query",
      "internal",
      { organizationId: string; personaId: Id<"aiPersonas"> },
      {
        _creationTime: number;
        _id: Id<"aiPersonas">;
        createdAt: number;
        name: string;
        organizationId: string;
        prompt: string;
        updatedAt: number;
        userId: string;
      } | null
    >;
    getRunByIdAnyInternal: FunctionReference<
      "query",
      "internal",
      { runId: Id<"chatRuns"> },
      {
        _creationTime: number;
        _id: Id<"chatRuns">;
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
      } | null
    >;
    getRunByIdInternal: FunctionReference<
      "query",
      "internal",
      { organizationId: string; runId: Id<"chatRuns"> },
      {
        _creationTime: number;
        _id: Id<"chatRuns">;
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
      } | null
    >;
    getThreadByAgentThreadIdAnyInternal: FunctionReference<
      "query",
      "internal",
      { agentThreadId: string },
      {
        _creationTime: number;
        _id: Id<"chatThreads">;
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
      } | null
    >;
    getThreadByAgentThreadIdInternal: FunctionReference<
      "query",
      "internal",
      { agentThreadId: string; organizationId: string },
      {
        _creationTime: number;
        _id: Id<"chatThreads">;
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
      } | null
    >;
    getThreadByIdInternal: FunctionReference<
      "query",
      "internal",
      { threadId: Id<"chatThreads"> },
      {
        _creationTime: number;
        _id: Id<"chatThreads">;
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
      } | null
    >;
    getThreadForOrganizationInternal: FunctionReference<
      "query",
      "internal",
      { organizationId: string; threadId: Id<"chatThreads"> },
      {
        _creationTime: number;
        _id: Id<"chatThreads">;
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
      } | null
    >;
    issueAttachmentUploadTokenInternal: FunctionReference<
      "mutation",
      "internal",
      {
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
      },
      null
    >;
    listExpiredAttachmentUploadTokensInternal: FunctionReference<
      "query",
      "internal",
      { cutoff: number },
      Array<{ _id: Id<"chatAttachmentUploadTokens">; storageId: string }>
    >;
    listStaleStreamingRunsInternal: FunctionReference<
      "query",
      "internal",
      { limit: number; startedBefore: number },
      Array<{
        _creationTime: number;
        _id: Id<"chatRuns">;
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
      }>
    >;
    patchRunInternal: FunctionReference<
      "mutation",
      "internal",
      {
        patch: {
          activeAssistantMessageId?: string | null;
          actualInputTokens?: number | null;
          actualOutputTokens?: number | null;
          actualTotalTokens?: number | null;
          agentStreamId?: string | null;
          endedAt?: number | null;
          errorMessage?: string | null;
          failureKind?:
            | "provider_policy"
            | "provider_unavailable"
            | "tool_error"
            | "unknown"
            | null;
          model?: string | null;
          provider?: string | null;
          status?: "idle" | "streaming" | "complete" | "aborted" | "error";
          usageEventCount?: number | null;
          usageRecordedAt?: number | null;
        };
        runId: Id<"chatRuns">;
      },
      null
    >;
    patchThreadInternal: FunctionReference<
      "mutation",
      "internal",
      {
        patch: {
          agentThreadId?: string;
          deletedAt?: number | null;
          deletedByUserId?: string | null;
          lastMessageAt?: number;
          model?: string | null;
          personaId?: Id<"aiPersonas"> | null;
          pinned?: boolean;
          purgeEligibleAt?: number | null;
          summary?: string | null;
          summaryThroughOrder?: number | null;
          summaryUpdatedAt?: number | null;
          title?: string;
          titleManuallyEdited?: boolean;
          updatedAt?: number;
        };
        threadId: Id<"chatThreads">;
      },
      null
    >;
    quarantineAttachmentByStorageIdInternal: FunctionReference<
      "mutation",
      "internal",
      { reason: string; storageId: string },
      null
    >;
    recordUsageEventInternal: FunctionReference<
      "mutation",
      "internal",
      {
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
      },
      Id<"chatUsageEvents">
    >;
    updateAttachmentInternal: FunctionReference<
      "mutation",
      "internal",
      {
        attachmentId: Id<"chatAttachments">;
        patch: {
          agentFileId?: string | null;
          agentMessageId?: string | null;
          deletedAt?: number | null;
          deletedByUserId?: string | null;
          errorMessage?: string | null;
          extractedTextStorageId?: string | null;
          promptSummary?: string;
          purgeEligibleAt?: number | null;
          status?:
            | "pending"
            | "pending_scan"
            | "processing"
            | "quarantined"
            | "ready"
            | "error"
            | "rejected";
          threadId?: Id<"chatThreads"> | null;
          updatedAt: number;
        };
      },
      null
    >;
  };
  agentChatActions: {
    applyChatDocumentParseResultInternal: FunctionReference<
      "action",
      "internal",
      {
        errorMessage?: string;
        parserVersion: string;
        resultChecksumSha256?: string;
        resultContentType?: string;
        resultKey?: string;
        resultSizeBytes?: number;
        status: "FAILED" | "SUCCEEDED";
        storageId: string;
      },
      { applied: boolean; reason: "failed" | "missing_attachment" | "ok" }
    >;
    processPendingChatAttachmentInternal: FunctionReference<
      "action",
      "internal",
      { storageId: string },
      null
    >;
    runChatGenerationInternal: FunctionReference<
      "action",
      "internal",
      { runId: Id<"chatRuns"> },
      null
    >;
  };
  audit: {
    appendAuditLedgerEventInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId?: string;
        eventType: string;
        identifier?: string;
        ipAddress?: string;
        metadata?: string;
        organizationId?: string;
        outcome?: "success" | "failure";
        provenance: {
          actorUserId?: string;
          emitter: string;
          identifier?: string;
          initiatedByUserId?: string;
          kind: "user" | "site_admin" | "system" | "scim_service";
          scimProviderId?: string;
          sessionId?: string;
        };
        requestId?: string;
        resourceId?: string;
        resourceLabel?: string;
        resourceType?: string;
        sessionId?: string;
        severity?: "info" | "warning" | "critical";
        sourceSurface?: string;
        targetUserId?: string;
        userAgent?: string;
        userId?: string;
      },
      null
    >;
    createAuditLedgerArchiveVerificationInternal: FunctionReference<
      "mutation",
      "internal",
      {
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
      },
      null
    >;
    createAuditLedgerCheckpointInternal: FunctionReference<
      "mutation",
      "internal",
      {
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
        verifiedHeadHash?: string | null;
      },
      null
    >;
    createAuditLedgerSealInternal: FunctionReference<
      "mutation",
      "internal",
      {
        chainId: string;
        endSequence: number;
        eventCount: number;
        headHash: string | null;
        sealedAt: number;
        startSequence: number;
      },
      null
    >;
    getAuditLedgerStateInternal: FunctionReference<
      "query",
      "internal",
      {},
      {
        chainId: string;
        chainVersion: number;
        headEventHash: string | null;
        headSequence: number;
        startedAt: number;
        updatedAt: number;
      } | null
    >;
    getLatestAuditLedgerArchiveVerificationInternal: FunctionReference<
      "query",
      "internal",
      {},
      {
        _creationTime: number;
        _id: Id<"auditLedgerArchiveVerifications">;
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
      } | null
    >;
    getLatestAuditLedgerCheckpointInternal: FunctionReference<
      "query",
      "internal",
      {},
      {
        _creationTime: number;
        _id: Id<"auditLedgerCheckpoints">;
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
      } | null
    >;
    getLatestAuditLedgerSealInternal: FunctionReference<
      "query",
      "internal",
      {},
      {
        _creationTime: number;
        _id: Id<"auditLedgerSeals">;
        chainId: string;
        endSequence: number;
        eventCount: number;
        headHash: string | null;
        sealedAt: number;
        startSequence: number;
      } | null
    >;
    getLatestFailedAuditLedgerCheckpointInternal: FunctionReference<
      "query",
      "internal",
      {},
      {
        _creationTime: number;
        _id: Id<"auditLedgerCheckpoints">;
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
      } | null
    >;
    getLatestImmutableAuditExportInternal: FunctionReference<
      "query",
      "internal",
      {},
      {
        _creationTime: number;
        _id: Id<"auditLedgerImmutableExports">;
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
      } | null
    >;
    getLatestSuccessfulAuditLedgerCheckpointInternal: FunctionReference<
      "query",
      "internal",
      {},
      {
        _creationTime: number;
        _id: Id<"auditLedgerCheckpoints">;
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
      } | null
    >;
    getRecentAuditLedgerEventsInternal: FunctionReference<
      "query",
      "internal",
      { limit?: number },
      Array<{
        _creationTime: number;
        _id: Id<"auditLedgerEvents">;
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
      }>
    >;
    listAuditLedgerEventsForVerificationInternal: FunctionReference<
      "query",
      "internal",
      {
        cursor?: string;
        endSequence: number;
        numItems?: number;
        startSequence: number;
      },
      {
        continueCursor: string;
        isDone: boolean;
        page: Array<{
          _creationTime: number;
          _id: Id<"auditLedgerEvents">;
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
        }>;
      }
    >;
    recordImmutableAuditExportInternal: FunctionReference<
      "mutation",
      "internal",
      {
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
      },
      null
    >;
    verifyAuditLedgerIntegrityInternal: FunctionReference<
      "action",
      "internal",
      {},
      {
        chainId: string;
        checkedAt: number;
        checkedFromSequence: number;
        checkedToSequence: number;
        failure: {
          actualEventHash: string | null;
          actualPreviousEventHash: string | null;
          eventId: string;
          expectedPreviousEventHash: string | null;
          expectedSequence: number;
          recomputedEventHash: string;
        } | null;
        headHash: string | null;
        headSequence: number;
        ok: boolean;
        verifiedEventCount: number;
      }
    >;
  };
  auditArchive: {
    exportSealedAuditLedgerSegmentToImmutableStoreInternal: FunctionReference<
      "action",
      "internal",
      {},
      {
        endSequence: number | null;
        exported: boolean;
        reason: string;
        startSequence: number | null;
      }
    >;
    verifyAuditArchiveBucketObjectLockInternal: FunctionReference<
      "action",
      "internal",
      {},
      { enabled: boolean; mode: string | null; retentionDays: number | null }
    >;
    verifyLatestSealedAuditLedgerSegmentInImmutableStoreInternal: FunctionReference<
      "action",
      "internal",
      {},
      {
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
      }
    >;
  };
  auth: {
    getLatestJwks: FunctionReference<"action", "internal", {}, string>;
    handleScimOrganizationLifecycleInternal: FunctionReference<
      "action",
      "internal",
      {
        authorizationHeader: string;
        baseUrl: string;
        bodyJson?: string;
        operation: "delete" | "patch" | "post" | "put";
        userId?: string;
      },
      {
        body: string | null;
        handled: boolean;
        location: string | null;
        status: number;
      }
    >;
    purgeAllSessions: FunctionReference<
      "action",
      "internal",
      { batchSize?: number; initiatedBy?: string; reason?: string },
      { batchCount: number; deletedCount: number }
    >;
    rateLimitAction: FunctionReference<
      "action",
      "internal",
      {
        config:
          | {
              capacity: number;
              kind: "token bucket";
              period: number;
              rate: number;
            }
          | {
              capacity: number;
              kind: "fixed window";
              period: number;
              rate: number;
            };
        key: string;
        name: string;
      },
      { ok: boolean; retryAfter?: number }
    >;
    rotateKeys: FunctionReference<"action", "internal", {}, string>;
  };
  authLockout: {
    clearFailedAttempts: FunctionReference<
      "mutation",
      "internal",
      { email: string },
      null
    >;
    recordFailedAttempt: FunctionReference<
      "mutation",
      "internal",
      { email: string },
      { shouldLock: boolean }
    >;
  };
  chatBackground: {
    cleanupStaleChatRuns: FunctionReference<
      "action",
      "internal",
      { limit?: number },
      { success: boolean }
    >;
    runPostCompletionJobs: FunctionReference<
      "action",
      "internal",
      { runId: Id<"chatRuns"> },
      { success: boolean }
    >;
  };
  chatModels: {
    listActiveChatModelsInternal: FunctionReference<
      "query",
      "internal",
      {},
      Array<{
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
      }>
    >;
  };
  dashboardStats: {
    adjustUserCounts: FunctionReference<
      "mutation",
      "internal",
      { activeDelta?: number; totalDelta: number },
      null
    >;
    recomputeUserCounts: FunctionReference<
      "mutation",
      "internal",
      {},
      { activeUsers: number; totalUsers: number; updatedAt: number }
    >;
  };
  e2e: {
    ensurePrincipalRole: FunctionReference<
      "action",
      "internal",
      { email: string; role: "user" | "admin" },
      { found: false } | { found: true; role: "user" | "admin"; userId: string }
    >;
    resetPrincipalByEmail: FunctionReference<
      "mutation",
      "internal",
      { email: string },
      { deleted: false } | { deleted: true; userId: string }
    >;
    verifyPrincipalEmailByEmail: FunctionReference<
      "mutation",
      "internal",
      { email: string },
      { found: false } | { found: true; userId: string }
    >;
  };
  emails: {
    handleResendEmailEvent: FunctionReference<
      "mutation",
      "internal",
      {
        event:
          | {
              created_at: string;
              data: {
                bcc?: string | Array<string>;
                broadcast_id?: string;
                cc?: string | Array<string>;
                created_at: string;
                email_id: string;
                from: string | Array<string>;
                headers?: Array<{ name: string; value: string }>;
                reply_to?: string | Array<string>;
                subject: string;
                tags?:
                  | Record<string, string>
                  | Array<{ name: string; value: string }>;
                to: string | Array<string>;
              };
              type: "email.sent";
            }
          | {
              created_at: string;
              data: {
                bcc?: string | Array<string>;
                broadcast_id?: string;
                cc?: string | Array<string>;
                created_at: string;
                email_id: string;
                from: string | Array<string>;
                headers?: Array<{ name: string; value: string }>;
                reply_to?: string | Array<string>;
                subject: string;
                tags?:
                  | Record<string, string>
                  | Array<{ name: string; value: string }>;
                to: string | Array<string>;
              };
              type: "email.delivered";
            }
          | {
              created_at: string;
              data: {
                bcc?: string | Array<string>;
                broadcast_id?: string;
                cc?: string | Array<string>;
                created_at: string;
                email_id: string;
                from: string | Array<string>;
                headers?: Array<{ name: string; value: string }>;
                reply_to?: string | Array<string>;
                subject: string;
                tags?:
                  | Record<string, string>
                  | Array<{ name: string; value: string }>;
                to: string | Array<string>;
              };
              type: "email.delivery_delayed";
            }
          | {
              created_at: string;
              data: {
                bcc?: string | Array<string>;
                broadcast_id?: string;
                cc?: string | Array<string>;
                created_at: string;
                email_id: string;
                from: string | Array<string>;
                headers?: Array<{ name: string; value: string }>;
                reply_to?: string | Array<string>;
                subject: string;
                tags?:
                  | Record<string, string>
                  | Array<{ name: string; value: string }>;
                to: string | Array<string>;
              };
              type: "email.complained";
            }
          | {
              created_at: string;
              data: {
                bcc?: string | Array<string>;
                bounce: { message: string; subType: string; type: string };
                broadcast_id?: string;
                cc?: string | Array<string>;
                created_at: string;
                email_id: string;
                from: string | Array<string>;
                headers?: Array<{ name: string; value: string }>;
                reply_to?: string | Array<string>;
                subject: string;
                tags?:
                  | Record<string, string>
                  | Array<{ name: string; value: string }>;
                to: string | Array<string>;
              };
              type: "email.bounced";
            }
          | {
              created_at: string;
              data: {
                bcc?: string | Array<string>;
                broadcast_id?: string;
                cc?: string | Array<string>;
                created_at: string;
                email_id: string;
                from: string | Array<string>;
                headers?: Array<{ name: string; value: string }>;
                open: {
                  ipAddress: string;
                  timestamp: string;
                  userAgent: string;
                };
                reply_to?: string | Array<string>;
                subject: string;
                tags?:
                  | Record<string, string>
                  | Array<{ name: string; value: string }>;
                to: string | Array<string>;
              };
              type: "email.opened";
            }
          | {
              created_at: string;
              data: {
                bcc?: string | Array<string>;
                broadcast_id?: string;
                cc?: string | Array<string>;
                click: {
                  ipAddress: string;
                  link: string;
                  timestamp: string;
                  userAgent: string;
                };
                created_at: string;
                email_id: string;
                from: string | Array<string>;
                headers?: Array<{ name: string; value: string }>;
                reply_to?: string | Array<string>;
                subject: string;
                tags?:
                  | Record<string, string>
                  | Array<{ name: string; value: string }>;
                to: string | Array<string>;
              };
              type: "email.clicked";
            }
          | {
              created_at: string;
              data: {
                bcc?: string | Array<string>;
                broadcast_id?: string;
                cc?: string | Array<string>;
                created_at: string;
                email_id: string;
                failed: { reason: string };
                from: string | Array<string>;
                headers?: Array<{ name: string; value: string }>;
                reply_to?: string | Array<string>;
                subject: string;
                tags?:
                  | Record<string, string>
                  | Array<{ name: string; value: string }>;
                to: string | Array<string>;
              };
              type: "email.failed";
            };
        id: string;
      },
      null
    >;
    sendChangeEmailConfirmationMutation: FunctionReference<
      "action",
      "internal",
      {
        newEmail: string;
        token: string;
        url: string;
        user: { email: string; id: string; name: string | null };
      },
      { success: boolean }
    >;
    sendOrganizationInviteEmailMutation: FunctionReference<
      "mutation",
      "internal",
      {
        email: string;
        inviteUrl: string;
        inviterName: string;
        organizationName: string;
        role: string;
      },
      { success: boolean }
    >;
    sendPasswordResetEmail: FunctionReference<
      "action",
      "internal",
      {
        token: string;
        url: string;
        user: { email: string; id: string; name: string | null };
      },
      { success: boolean }
    >;
    sendPasswordResetEmailMutation: FunctionReference<
      "action",
      "internal",
      {
        token: string;
        url: string;
        user: { email: string; id: string; name: string | null };
      },
      { success: boolean }
    >;
    sendSupportAccessLifecycleNotifications: FunctionReference<
      "action",
      "internal",
      {
        approvalMethod: "single_owner";
        approverEmail: string | null;
        approverName: string | null;
        event: "expired" | "granted" | "revoked" | "used";
        expiresAt: number;
        grantId: string;
        organizationName: string;
        reasonCategory:
          | "incident_response"
          | "customer_requested_change"
          | "data_repair"
          | "account_recovery"
          | "other";
        reasonDetails: string;
        recipients: Array<{ email: string; name: string | null }>;
        revokeReason: string | null;
        scope: "read_only" | "read_write";
        siteAdminEmail: string;
        siteAdminName: string | null;
        ticketId: string;
      },
      { success: boolean }
    >;
    sendVerificationEmailMutation: FunctionReference<
      "action",
      "internal",
      {
        token: string;
        url: string;
        user: { email: string; id: string; name: string | null };
      },
      { success: boolean }
    >;
  };
  fileAccessTickets: {
    createInternal: FunctionReference<
      "mutation",
      "internal",
      {
        expiresAt: number;
        ipAddress: string | null;
        issuedFromSessionId: string | null;
        issuedToUserId: string;
        organizationId: string | null;
        purpose: string;
        sourceSurface: string;
        storageId: string;
        ticketId: string;
        userAgent: string | null;
      },
      {
        createdAt: number;
        expiresAt: number;
        ipAddress: string | null;
        issuedFromSessionId: string | null;
        issuedToUserId: string;
        organizationId: string | null;
        purpose: string;
        redeemedAt: number | null;
        sourceSurface: string;
        storageId: string;
        ticketId: string;
        userAgent: string | null;
      }
    >;
    getByTicketIdInternal: FunctionReference<
      "query",
      "internal",
      { ticketId: string },
      {
        createdAt: number;
        expiresAt: number;
        ipAddress: string | null;
        issuedFromSessionId: string | null;
        issuedToUserId: string;
        organizationId: string | null;
        purpose: string;
        redeemedAt: number | null;
        sourceSurface: string;
        storageId: string;
        ticketId: string;
        userAgent: string | null;
      } | null
    >;
    redeemAuthorizedInternal: FunctionReference<
      "mutation",
      "internal",
      {
        expectedSessionId: string;
        expectedUserId: string;
        redeemedAt: number;
        ticketId: string;
      },
      {
        createdAt: number;
        expiresAt: number;
        ipAddress: string | null;
        issuedFromSessionId: string | null;
        issuedToUserId: string;
        organizationId: string | null;
        purpose: string;
        redeemedAt: number | null;
        sourceSurface: string;
        storageId: string;
        ticketId: string;
        userAgent: string | null;
      } | null
    >;
  };
  fileServing: {
    recordFileAccessRedeemFailureInternal: FunctionReference<
      "action",
      "internal",
      {
        authenticatedSessionId?: string | null;
        authenticatedUserId?: string | null;
        errorMessage: string;
        expiresAt?: number;
        requestIpAddress: string | null;
        requestUserAgent: string | null;
        ticketId: string;
      },
      null
    >;
    redeemFileAccessTicketInternal: FunctionReference<
      "action",
      "internal",
      {
        authenticatedSessionId: string;
        authenticatedUserId: string;
        expiresAt: number;
        requestIpAddress: string | null;
        requestUserAgent: string | null;
        signature: string;
        ticketId: string;
      },
      { storageId: string; url: string }
    >;
  };
  health: {
    probeHealth: FunctionReference<
      "query",
      "internal",
      {},
      { connected: true }
    >;
  };
  lib: {
    organizationMembershipState: {
      getOrganizationMembershipStateByOrganizationUserInternal: FunctionReference<
        "query",
        "internal",
        { organizationId: string; userId: string },
        {
          _creationTime: number;
          _id: Id<"organizationMembershipStates">;
          membershipId: string;
          reason: string | null;
          status: "suspended" | "deactivated";
          updatedAt: number;
          updatedByUserId: string;
        } | null
      >;
      getOrganizationMembershipStateRecordInternal: FunctionReference<
        "query",
        "internal",
        { membershipId: string },
        {
          _creationTime: number;
          _id: Id<"organizationMembershipStates">;
          membershipId: string;
          reason: string | null;
          status: "suspended" | "deactivated";
          updatedAt: number;
          updatedByUserId: string;
        } | null
      >;
    };
  };
  organizationManagement: {
    cleanupOrganizationDataInternal: FunctionReference<
      "action",
      "internal",
      { organizationId: string },
      {
        deletedPersonas: number;
        deletedStandaloneAttachments: number;
        deletedThreads: number;
        success: boolean;
      }
    >;
    deleteOrganizationPersonasBatch: FunctionReference<
      "mutation",
      "internal",
      { limit: number; organizationId: string },
      number
    >;
    deleteOrganizationStandaloneAttachmentsBatch: FunctionReference<
      "action",
      "internal",
      { limit: number; organizationId: string },
      number
    >;
    getOrganizationCleanupRequestInternal: FunctionReference<
      "query",
      "internal",
      { cleanupRequestId: Id<"organizationCleanupRequests"> },
      {
        completedAt: number | null;
        createdAt: number;
        expiresAt: number;
        organizationId: string;
        requestedByUserId: string;
      } | null
    >;
    getOrganizationDomainInternal: FunctionReference<
      "query",
      "internal",
      { domainId: Id<"organizationDomains"> },
      {
        _creationTime: number;
        _id: Id<"organizationDomains">;
        createdAt: number;
        createdByUserId: string;
        domain: string;
        normalizedDomain: string;
        organizationId: string;
        status: "pending_verification" | "verified";
        verificationMethod: "dns_txt";
        verificationToken: string;
        verifiedAt: number | null;
      } | null
    >;
    getOrganizationLegalHoldInternal: FunctionReference<
      "query",
      "internal",
      { organizationId: string },
      {
        id: Id<"organizationLegalHolds">;
        openedAt: number;
        openedByUserId: string;
        organizationId: string;
        reason: string;
        releasedAt: number | null;
        releasedByUserId: string | null;
        status: "active" | "released";
      } | null
    >;
    getOrganizationPoliciesInternal: FunctionReference<
      "query",
      "internal",
      { organizationId: string },
      {
        aiChatEnabled: boolean;
        allowBreakGlassPasswordLogin: boolean;
        attachmentSharingAllowed: boolean;
        auditExportRequiresStepUp: boolean;
        dataRetentionDays: number;
        enterpriseAuthMode: "off" | "optional" | "required";
        enterpriseEnabledAt: number | null;
        enterpriseEnforcedAt: number | null;
        enterpriseProtocol: "oidc" | null;
        enterpriseProviderKey: "google-workspace" | "entra" | "okta" | null;
        invitePolicy: "owners_admins" | "owners_only";
        memberCap: number | null;
        mfaRequired: boolean;
        supportAccessApprovalModel: "single_owner";
        supportAccessEnabled: boolean;
        temporaryLinkTtlMinutes: number;
        verifiedDomainsOnly: boolean;
        webSearchAllowed: boolean;
      }
    >;
    listOrganizationAuditEventsInternal: FunctionReference<
      "query",
      "internal",
      {
        cursor?: string;
        endDate?: string;
        eventType:
          | "all"
          | "organization_created"
          | "organization_updated"
          | "member_added"
          | "member_removed"
          | "member_role_updated"
          | "member_suspended"
          | "member_deactivated"
          | "member_reactivated"
          | "member_invited"
          | "invite_accepted"
          | "invite_rejected"
          | "invite_cancelled"
          | "domain_added"
          | "domain_verification_succeeded"
          | "domain_verification_failed"
          | "domain_verification_token_regenerated"
          | "domain_removed"
          | "organization_policy_updated"
          | "enterprise_auth_mode_updated"
          | "enterprise_break_glass_used"
          | "enterprise_login_succeeded"
          | "enterprise_scim_token_generated"
          | "enterprise_scim_token_deleted"
          | "scim_member_deprovisioned"
          | "scim_member_reactivated"
          | "scim_member_deprovision_failed"
          | "bulk_invite_revoked"
          | "bulk_invite_resent"
          | "bulk_member_removed"
          | "support_access_granted"
          | "support_access_revoked"
          | "support_access_used"
          | "authorization_denied"
          | "admin_user_sessions_viewed"
          | "directory_exported"
          | "audit_log_exported"
          | "audit_ledger_viewed"
          | "retention_hold_applied"
          | "retention_hold_released"
          | "retention_purge_completed"
          | "retention_purge_failed"
          | "retention_purge_skipped_on_hold"
          | "chat_thread_created"
          | "chat_thread_deleted"
          | "chat_attachment_uploaded"
          | "chat_attachment_scan_passed"
          | "chat_attachment_scan_failed"
          | "chat_attachment_quarantined"
          | "chat_attachment_deleted"
          | "attachment_access_url_issued"
          | "file_access_ticket_issued"
          | "file_access_redeemed"
          | "file_access_redeem_failed"
          | "pdf_parse_requested"
          | "pdf_parse_succeeded"
          | "pdf_parse_failed"
          | "chat_run_completed"
          | "chat_run_failed"
          | "chat_web_search_used"
          | "evidence_report_generated"
          | "evidence_report_exported"
          | "evidence_report_reviewed"
          | "security_control_evidence_created"
          | "security_control_evidence_reviewed"
          | "security_control_evidence_archived"
          | "security_control_evidence_renewed"
          | "outbound_vendor_access_denied"
          | "outbound_vendor_access_used"
          | "mfa_enrollment_enforced"
          | "email_verification_enforced"
          | "admin_step_up_challenged"
          | "step_up_challenge_required"
          | "step_up_challenge_completed"
          | "step_up_challenge_failed"
          | "step_up_consumed"
          | "backup_restore_drill_completed"
          | "backup_restore_drill_failed";
        failuresOnly?: boolean;
        includeAllMatching?: boolean;
        limit?: number;
        page?: number;
        pageSize?: number;
        preset?: "all" | "security";
        search: string;
        slug: string;
        sortBy?: "label" | "identifier" | "userId" | "createdAt";
        sortOrder?: "asc" | "desc";
        startDate?: string;
      },
      {
        capabilities: { canViewAudit: boolean };
        events: Array<{
          actorLabel?: string;
          actorUserId?: string;
          createdAt: number;
          eventHash?: string;
          eventType: string;
          id: string;
          identifier?: string;
          ipAddress?: string;
          label: string;
          metadata?: any;
          organizationId?: string;
          outcome?: "success" | "failure";
          previousEventHash?: string;
          requestId?: string;
          resourceId?: string;
          resourceLabel?: string;
          resourceType?: string;
          sessionId?: string;
          severity?: "info" | "warning" | "critical";
          sourceSurface?: string;
          summary?: string;
          targetLabel?: string;
          targetUserId?: string;
          userAgent?: string;
          userId?: string;
        }>;
        organization: {
          id: string;
          logo: string | null;
          name: string;
          slug: string;
        };
        pagination: {
          page: number;
          pageSize: number;
          total: number;
          totalPages: number;
        };
      } | null
    >;
    listOrganizationStandaloneAttachmentsBatch: FunctionReference<
      "query",
      "internal",
      { limit: number; organizationId: string },
      Array<any>
    >;
    listOrganizationThreadsBatch: FunctionReference<
      "query",
      "internal",
      { limit: number; organizationId: string },
      Array<{
        _creationTime: number;
        _id: Id<"chatThreads">;
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
      }>
    >;
    markOrganizationCleanupRequestCompletedInternal: FunctionReference<
      "mutation",
      "internal",
      {
        cleanupRequestId: Id<"organizationCleanupRequests">;
        completedAt: number;
      },
      null
    >;
    notifyExpiredOrganizationSupportAccessGrantsInternal: FunctionReference<
      "mutation",
      "internal",
      {},
      null
    >;
    recordOrganizationBulkAuditEventsInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorEmail?: string;
        actorUserId: string;
        entries: Array<{
          targetEmail: string;
          targetId: string;
          targetRole?: "owner" | "admin" | "member";
        }>;
        eventType:
          "bulk_invite_revoked" | "bulk_invite_resent" | "bulk_member_removed";
        organizationId: string;
      },
      { success: true }
    >;
    recordOrganizationSupportAccessUseInternal: FunctionReference<
      "mutation",
      "internal",
      { grantId: Id<"organizationSupportAccessGrants">; usedAt: number },
      {
        firstUse: boolean;
        grant: {
          approvalMethod: "single_owner";
          approvedAt: number;
          createdAt: number;
          expiredNotificationSentAt: number | null;
          expiresAt: number;
          firstUsedAt: number | null;
          grantedByEmail: string | null;
          grantedByName: string | null;
          grantedByUserId: string;
          id: Id<"organizationSupportAccessGrants">;
          lastUsedAt: number | null;
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
          revokedByEmail: string | null;
          revokedByName: string | null;
          revokedByUserId: string | null;
          scope: "read_only" | "read_write";
          siteAdminEmail: string;
          siteAdminName: string | null;
          siteAdminUserId: string;
          ticketId: string;
          useCount: number;
        } | null;
      }
    >;
    resolveOrganizationEnterpriseAuthByEmailInternal: FunctionReference<
      "query",
      "internal",
      { email: string },
      null | {
        canUsePasswordFallback: boolean;
        managedDomain: string;
        organizationId: string;
        protocol: "oidc";
        providerKey: "google-workspace" | "entra" | "okta";
        providerStatus: "active" | "not_configured" | "coming_soon";
        requiresEnterpriseAuth: boolean;
      }
    >;
    setOrganizationDomainVerifiedInternal: FunctionReference<
      "mutation",
      "internal",
      { domainId: Id<"organizationDomains">; verifiedAt: number },
      {
        createdAt: number;
        createdByUserId: string;
        domain: string;
        id: Id<"organizationDomains">;
        normalizedDomain: string;
        organizationId: string;
        status: "pending_verification" | "verified";
        verificationMethod: "dns_txt";
        verificationRecordName: string | null;
        verificationRecordValue: string | null;
        verificationToken: string | null;
        verifiedAt: number | null;
      }
    >;
  };
  passwordHistory: {
    checkPasswordHistory: FunctionReference<
      "action",
      "internal",
      { authUserId: string; candidatePassword: string },
      { reused: boolean }
    >;
    getRecentHashes: FunctionReference<
      "query",
      "internal",
      { authUserId: string },
      Array<{ passwordHash: string }>
    >;
    recordPasswordHash: FunctionReference<
      "mutation",
      "internal",
      { authUserId: string; passwordHash: string },
      null
    >;
  };
  pdfParse: {
    deletePdfParseJobInternal: FunctionReference<
      "mutation",
      "internal",
      { jobId: Id<"pdfParseJobs"> },
      null
    >;
    getPdfParseJobByStorageIdInternal: FunctionReference<
      "query",
      "internal",
      { storageId: string },
      any | null
    >;
    upsertPdfParseJobInternal: FunctionReference<
      "mutation",
      "internal",
      {
        completedAt?: number | null;
        dispatchAttempts?: number;
        dispatchErrorMessage?: string | null;
        errorMessage?: string | null;
        organizationId: string;
        parserVersion?: string | null;
        processingStartedAt?: number | null;
        purgeEligibleAt?: number | null;
        requestedByUserId: string;
        resultStorageId?: string | null;
        status: "queued" | "processing" | "ready" | "failed" | "quarantined";
        storageId: string;
        updatedAt: number;
      },
      Id<"pdfParseJobs">
    >;
  };
  pdfParseActions: {
    applyPdfParseDocumentResultInternal: FunctionReference<
      "action",
      "internal",
      {
        errorMessage?: string;
        imageCount?: number;
        pageCount?: number;
        parserVersion: string;
        resultChecksumSha256?: string;
        resultContentType?: string;
        resultKey?: string;
        resultSizeBytes?: number;
        status: "FAILED" | "SUCCEEDED";
        storageId: string;
      },
      {
        applied: boolean;
        reason: "failed" | "missing_job" | "missing_lifecycle" | "ok";
      }
    >;
    processPendingPdfParseJobInternal: FunctionReference<
      "action",
      "internal",
      { storageId: string },
      null
    >;
  };
  retention: {
    assertOrganizationHoldAllowsOperationInternal: FunctionReference<
      "query",
      "internal",
      {
        allowExportDuringHold?: boolean;
        operation: "delete" | "purge" | "cleanup" | "export";
        organizationId: string;
        resourceId?: string;
        resourceType:
          | "audit_export"
          | "chat_attachment"
          | "chat_run"
          | "chat_thread"
          | "chat_thread_record_set"
          | "chat_usage_event"
          | "directory_export"
          | "evidence_report_export"
          | "organization_cleanup"
          | "pdf_parse_job"
          | "stored_file";
      },
      {
        allowed: boolean;
        legalHoldActive: boolean;
        legalHoldId: string | null;
        legalHoldReason: string | null;
        normalizedLegalHoldReason: string | null;
        operation: "delete" | "purge" | "cleanup" | "export";
        resourceId: string | null;
        resourceType:
          | "audit_export"
          | "chat_attachment"
          | "chat_run"
          | "chat_thread"
          | "chat_thread_record_set"
          | "chat_usage_event"
          | "directory_export"
          | "evidence_report_export"
          | "organization_cleanup"
          | "pdf_parse_job"
          | "stored_file";
        retentionScopeVersion:
          "temporary_artifacts_only_v1" | "full_phi_record_set_v2";
      }
    >;
    getOrganizationHoldAwareOperationDecisionInternal: FunctionReference<
      "query",
      "internal",
      {
        allowExportDuringHold?: boolean;
        operation: "delete" | "purge" | "cleanup" | "export";
        organizationId: string;
        resourceId?: string;
        resourceType:
          | "audit_export"
          | "chat_attachment"
          | "chat_run"
          | "chat_thread"
          | "chat_thread_record_set"
          | "chat_usage_event"
          | "directory_export"
          | "evidence_report_export"
          | "organization_cleanup"
          | "pdf_parse_job"
          | "stored_file";
      },
      {
        allowed: boolean;
        legalHoldActive: boolean;
        legalHoldId: string | null;
        legalHoldReason: string | null;
        normalizedLegalHoldReason: string | null;
        operation: "delete" | "purge" | "cleanup" | "export";
        resourceId: string | null;
        resourceType:
          | "audit_export"
          | "chat_attachment"
          | "chat_run"
          | "chat_thread"
          | "chat_thread_record_set"
          | "chat_usage_event"
          | "directory_export"
          | "evidence_report_export"
          | "organization_cleanup"
          | "pdf_parse_job"
          | "stored_file";
        retentionScopeVersion:
          "temporary_artifacts_only_v1" | "full_phi_record_set_v2";
      }
    >;
    listPurgeEligibleChatThreadsInternal: FunctionReference<
      "query",
      "internal",
      { limit?: number; now: number },
      Array<{
        _id: Id<"chatThreads">;
        organizationId: string;
        purgeEligibleAt: number;
        title: string;
      }>
    >;
    listPurgeEligiblePdfParseJobsInternal: FunctionReference<
      "query",
      "internal",
      { limit?: number; now: number },
      Array<{
        _id: Id<"pdfParseJobs">;
        organizationId: string;
        purgeEligibleAt: number;
        resultStorageId: string;
        sourceStorageId: string;
      }>
    >;
    listPurgeEligibleStandaloneAttachmentsInternal: FunctionReference<
      "query",
      "internal",
      { limit?: number; now: number },
      Array<{
        _id: Id<"chatAttachments">;
        extractedTextStorageId: string | null;
        name: string;
        organizationId: string;
        purgeEligibleAt: number;
        storageId: string;
      }>
    >;
    listThreadAttachmentsForRetentionInternal: FunctionReference<
      "query",
      "internal",
      { threadId: Id<"chatThreads"> },
      Array<{
        _id: Id<"chatAttachments">;
        extractedTextStorageId: string | null;
        name: string;
        organizationId: string;
        storageId: string;
      }>
    >;
    purgeExpiredTemporaryArtifacts: FunctionReference<
      "action",
      "internal",
      {},
      null
    >;
    recordRetentionDeletionBatchInternal: FunctionReference<
      "mutation",
      "internal",
      {
        completedAt: number;
        deletedCount: number;
        detailsJson: string;
        failedCount: number;
        jobKind: "temporary_artifact_purge" | "phi_record_purge";
        organizationId: string;
        policySnapshotJson: string;
        skippedOnHoldCount: number;
        startedAt: number;
        status: "success" | "failure";
      },
      Id<"retentionDeletionBatches">
    >;
  };
  scimLifecycle: {
    clearOrganizationMembershipStatesForUserInternal: FunctionReference<
      "mutation",
      "internal",
      { organizationId: string; userId: string },
      null
    >;
    markOrganizationMembershipDeactivatedForUserInternal: FunctionReference<
      "mutation",
      "internal",
      {
        membershipId: string;
        organizationId: string;
        reason?: string | null;
        userId: string;
      },
      null
    >;
  };
  securityOps: {
    cleanupExpiredAttachments: FunctionReference<
      "action",
      "internal",
      {},
      null
    >;
    deleteSecurityWorkspaceTableBatchForDevelopment: FunctionReference<
      "mutation",
      "internal",
      {
        secret: string;
        tableName:
          | "securityControlChecklistItems"
          | "securityControlEvidence"
          | "securityControlEvidenceActivity"
          | "evidenceReports"
          | "exportArtifacts"
          | "reviewRuns"
          | "reviewTasks"
          | "reviewTaskResults"
          | "reviewAttestations"
          | "reviewTaskEvidenceLinks"
          | "securityPolicies"
          | "securityPolicyControlMappings"
          | "securityVendors"
          | "securityVendorControlMappings";
      },
      { deletedCount: number; hasMore: boolean }
    >;
    listExpiredAttachmentsInternal: FunctionReference<
      "query",
      "internal",
      { now: number },
      Array<{
        _id: Id<"chatAttachments">;
        extractedTextStorageId?: string;
        storageId: string;
      }>
    >;
    recordBackupVerification: FunctionReference<
      "mutation",
      "internal",
      {
        artifactContentJson?: string | null;
        artifactHash?: string | null;
        checkedAt: number;
        drillId: string;
        drillType: "operator_recorded" | "restore_verification";
        evidenceSummary: string;
        failureReason?: string | null;
        initiatedByKind: "system" | "user";
        initiatedByUserId?: string | null;
        restoredItemCount: number;
        sourceDataset: string;
        status: "success" | "failure";
        summary: string;
        targetEnvironment: "development" | "production" | "test";
        verificationMethod: string;
      },
      Id<"backupVerificationReports">
    >;
    recordDocumentScanEventInternal: FunctionReference<
      "mutation",
      "internal",
      {
        attachmentId?: Id<"chatAttachments">;
        details?: string | null;
        fileName: string;
        mimeType: string;
        organizationId: string;
        requestedByUserId: string;
        resultStatus:
          "accepted" | "inspection_failed" | "quarantined" | "rejected";
        scannedAt: number;
        scannerEngine: string;
      },
      Id<"documentScanEvents">
    >;
    recordRetentionJob: FunctionReference<
      "mutation",
      "internal",
      {
        details?: string;
        jobKind:
          | "attachment_purge"
          | "phi_record_purge"
          | "quarantine_cleanup"
          | "temporary_artifact_purge";
        processedCount: number;
        status: "success" | "failure";
      },
      Id<"retentionJobs">
    >;
    resetSecurityControlWorkspaceForDevelopment: FunctionReference<
      "action",
      "internal",
      { secret: string },
      {
        activeSeedControlCount: number;
        deletedChecklistItems: number;
        deletedEvidence: number;
        deletedEvidenceActivity: number;
        deletedEvidenceReports: number;
        deletedExportArtifacts: number;
        deletedPolicies: number;
        deletedPolicyControlMappings: number;
        deletedReviewAttestations: number;
        deletedReviewRuns: number;
        deletedReviewTaskEvidenceLinks: number;
        deletedReviewTaskResults: number;
        deletedReviewTasks: number;
        deletedVendorControlMappings: number;
        deletedVendors: number;
      }
    >;
    syncCurrentSecurityFindingsInternal: FunctionReference<
      "mutation",
      "internal",
      { actorUserId: string },
      null
    >;
  };
  securityPolicies: {
    listSecurityPolicyExportsInternal: FunctionReference<
      "query",
      "internal",
      {},
      Array<{
        contentHash: string;
        lastReviewedAt: number | null;
        linkedAnnualReviewTask: {
          id: Id<"reviewTasks">;
          status: "ready" | "completed" | "exception" | "blocked";
          title: string;
        } | null;
        mappedControlCount: number;
        mappedControlCountsBySupport: {
          complete: number;
          missing: number;
          partial: number;
        };
        nextReviewAt: number | null;
        owner: string;
        policyId: string;
        scopeId: string;
        scopeType: "provider_global";
        sourcePath: string;
        summary: string;
        support: "missing" | "partial" | "complete";
        title: string;
      }>
    >;
    syncSecurityPoliciesCatalogInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: string;
        catalog: Array<{
          contentHash: string;
          mappings: Array<{ internalControlId: string; isPrimary: boolean }>;
          owner: string;
          policyId: string;
          sourcePath: string;
          summary: string;
          title: string;
        }>;
      },
      {
        mappingCount: number;
        policyCount: number;
        syncedAt: number;
        syncedByUserId: string;
      }
    >;
  };
  securityPoliciesNode: {
    syncSecurityPoliciesFromSeedInternal: FunctionReference<
      "action",
      "internal",
      { actorUserId: string },
      {
        mappingCount: number;
        policyCount: number;
        syncedAt: number;
        syncedByUserId: string;
      }
    >;
  };
  securityPosture: {
    createEvidenceReport: FunctionReference<
      "mutation",
      "internal",
      {
        autoReview?: boolean;
        contentHash: string;
        contentJson: string;
        generatedByUserId: string;
        organizationId?: string;
        reportKind:
          | "security_posture"
          | "audit_integrity"
          | "audit_readiness"
          | "annual_review"
          | "findings_snapshot"
          | "vendor_posture_snapshot"
          | "control_workspace_snapshot";
      },
      Id<"evidenceReports">
    >;
    getAuditReadinessSnapshot: FunctionReference<
      "query",
      "internal",
      {},
      {
        archiveStatus: {
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
          lastVerifiedAt: number | null;
          lastVerifiedSealEndSequence: number | null;
          latestExportEndSequence: number | null;
          latestManifestObjectKey: string | null;
          latestPayloadObjectKey: string | null;
          latestSealEndSequence: number | null;
          required: boolean;
        };
        currentHead: {
          headHash: string | null;
          headSequence: number;
          updatedAt: number;
        } | null;
        immutableExportHealthy: boolean;
        immutableExportLagCount: number;
        lastIntegrityFailure: {
          checkedAt: number;
          eventId: string;
          expectedSequence: number;
        } | null;
        lastSealAt: number | null;
        latestBackupDrill: {
          artifactHash: string | null;
          checkedAt: number;
          drillId: string;
          drillType: "operator_recorded" | "restore_verification";
          failureReason: string | null;
          initiatedByKind: "system" | "user";
          initiatedByUserId: string | null;
          restoredItemCount: number;
          scopeId: string;
          scopeType: "provider_global";
          sourceDataset: string;
          status: "success" | "failure";
          targetEnvironment: "development" | "production" | "test";
          verificationMethod: string;
        } | null;
        latestCheckpoint: {
          checkedAt: number;
          endSequence: number;
          headHash: string | null;
          startSequence: number;
          status: "ok" | "failed";
          verifiedEventCount: number;
        } | null;
        latestImmutableExport: {
          endSequence: number;
          exportedAt: number;
          headHash: string | null;
          objectKey: string;
        } | null;
        latestRetentionJob: {
          createdAt: number;
          details?: string;
          jobKind:
            | "attachment_purge"
            | "quarantine_cleanup"
            | "temporary_artifact_purge"
            | "phi_record_purge";
          processedCount: number;
          scopeId: string;
          scopeType: "provider_global";
          status: "success" | "failure";
        } | null;
        latestVerifiedCheckpoint: {
          checkedAt: number;
          endSequence: number;
          headHash: string | null;
          startSequence: number;
          verifiedEventCount: number;
        } | null;
        metadataGaps: Array<{
          createdAt: number;
          eventType: string;
          id: string;
          resourceId: string | null;
        }>;
        recentDeniedActions: Array<{
          createdAt: number;
          eventType: string;
          id: string;
          metadata: string | null;
          organizationId: string | null;
        }>;
        recentExports: Array<{
          artifactType:
            "audit_csv" | "directory_csv" | "evidence_report_export";
          exportedAt: number;
          manifestHash: string;
          sourceReportId: Id<"evidenceReports"> | null;
        }>;
        sealCount: number;
        unverifiedTailCount: number;
      }
    >;
    storeExportArtifact: FunctionReference<
      "mutation",
      "internal",
      {
        artifactType: "audit_csv" | "directory_csv" | "evidence_report_export";
        exportedAt: number;
        exportedByUserId: string;
        manifestHash: string;
        manifestJson: string;
        organizationId?: string;
        payloadHash: string;
        schemaVersion: string;
        sourceReportId?: Id<"evidenceReports">;
      },
      Id<"exportArtifacts">
    >;
  };
  securityReports: {
    getEvidenceReportInternal: FunctionReference<
      "query",
      "internal",
      { id: Id<"evidenceReports"> },
      {
        _creationTime: number;
        _id: Id<"evidenceReports">;
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
      } | null
    >;
  };
  securityReviews: {
    applyReviewTaskStateInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actorUserId: string;
        latestAttestationId?: Id<"reviewAttestations">;
        mode:
          | "automated_check"
          | "attestation"
          | "document_upload"
          | "follow_up"
          | "exception";
        note?: string;
        resultType:
          | "automated_check"
          | "attested"
          | "document_linked"
          | "exception_marked"
          | "follow_up_opened"
          | "resolved";
        reviewTaskId: Id<"reviewTasks">;
        satisfiedAt?: number | null;
        satisfiedThroughAt?: number | null;
        status: "ready" | "completed" | "exception" | "blocked";
      },
      null
    >;
    replaceReviewTaskEvidenceLinksInternal: FunctionReference<
      "mutation",
      "internal",
      {
        reviewTaskId: Id<"reviewTasks">;
        sourceTypes: Array<
          | "security_control_evidence"
          | "evidence_report"
          | "security_finding"
          | "backup_verification_report"
          | "external_document"
          | "review_task"
          | "vendor"
        >;
      },
      null
    >;
    storeReviewRunFinalization: FunctionReference<
      "mutation",
      "internal",
      {
        finalReportId: Id<"evidenceReports">;
        finalizedAt: number;
        finalizedByUserId: string;
        reviewRunId: Id<"reviewRuns">;
      },
      null
    >;
    upsertReviewTaskEvidenceLinkInternal: FunctionReference<
      "mutation",
      "internal",
      {
        freshAt?: number;
        linkedByUserId?: string;
        reviewRunId: Id<"reviewRuns">;
        reviewTaskId: Id<"reviewTasks">;
        role: "primary" | "supporting" | "blocking";
        sourceId: string;
        sourceLabel: string;
        sourceType:
          | "security_control_evidence"
          | "evidence_report"
          | "security_finding"
          | "backup_verification_report"
          | "external_document"
          | "review_task"
          | "vendor";
      },
      Id<"reviewTaskEvidenceLinks">
    >;
  };
  securityWorkspace: {
    createSecurityControlEvidenceFileInternal: FunctionReference<
      "mutation",
      "internal",
      {
        description?: string;
        evidenceDate: number;
        fileName: string;
        fileSize: number;
        followUpActionId?: Id<"followUpActions">;
        internalControlId: string;
        itemId: string;
        mimeType: string;
        organizationId?: string;
        reviewDueIntervalMonths: 3 | 6 | 12;
        source:
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
        storageId: string;
        sufficiency: "missing" | "partial" | "sufficient";
        title: string;
        uploadedByUserId: string;
      },
      Id<"securityControlEvidence">
    >;
    createSecurityControlEvidenceLinkInternal: FunctionReference<
      "mutation",
      "internal",
      {
        description?: string;
        evidenceDate: number;
        followUpActionId?: Id<"followUpActions">;
        internalControlId: string;
        itemId: string;
        organizationId?: string;
        reviewDueIntervalMonths: 3 | 6 | 12;
        source:
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
        sufficiency: "missing" | "partial" | "sufficient";
        title: string;
        uploadedByUserId: string;
        url: string;
      },
      Id<"securityControlEvidence">
    >;
    getLatestReleaseProvenanceEvidenceInternal: FunctionReference<
      "query",
      "internal",
      {},
      {
        createdAt: number;
        id: string;
        lifecycleStatus: "active" | "archived" | "superseded";
        reviewedAt: number | null;
        sufficiency: "missing" | "partial" | "sufficient";
        title: string;
      } | null
    >;
    listControlWorkspaceSnapshotInternal: FunctionReference<
      "query",
      "internal",
      {},
      Array<{
        controlStatement: string;
        customerResponsibilityNotes: string | null;
        familyId: string;
        familyTitle: string;
        hasExpiringSoonEvidence: boolean;
        implementationSummary: string;
        internalControlId: string;
        lastReviewedAt: number | null;
        mappings: {
          csf20: Array<{ label: string | null; subcategoryId: string }>;
          hipaa: Array<{
            citation: string;
            implementationSpecification: "addressable" | "required" | null;
            text: string | null;
            title: string | null;
            type:
              | "implementation_specification"
              | "section"
              | "standard"
              | "subsection"
              | null;
          }>;
          nist80066: Array<{
            label: string | null;
            mappingType:
              "key-activity" | "relationship" | "sample-question" | null;
            referenceId: string;
          }>;
          soc2: Array<{
            criterionId: string;
            group:
              | "availability"
              | "common-criteria"
              | "confidentiality"
              | "privacy"
              | "processing-integrity";
            label: string | null;
            trustServiceCategory:
              | "availability"
              | "confidentiality"
              | "privacy"
              | "processing-integrity"
              | "security";
          }>;
        };
        nist80053Id: string;
        owner: string;
        platformChecklist: Array<{
          completedAt: number | null;
          description: string;
          evidence: Array<{
            archivedAt: number | null;
            archivedByDisplay: string | null;
            createdAt: number;
            description: string | null;
            evidenceDate: number | null;
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
            expiryStatus: "none" | "current" | "expiring_soon" | "expired";
            fileName: string | null;
            id: string;
            lifecycleStatus: "active" | "archived" | "superseded";
            mimeType: string | null;
            renewedFromEvidenceId: string | null;
            replacedByEvidenceId: string | null;
            reviewDueIntervalMonths: 3 | 6 | 12 | null;
            reviewOriginReviewAttestationId: Id<"reviewAttestations"> | null;
            reviewOriginReviewRunId: Id<"reviewRuns"> | null;
            reviewOriginReviewTaskId: Id<"reviewTasks"> | null;
            reviewOriginReviewTaskResultId: Id<"reviewTaskResults"> | null;
            reviewOriginSourceId: string | null;
            reviewOriginSourceLabel: string | null;
            reviewOriginSourceType:
              | "security_control_evidence"
              | "evidence_report"
              | "security_finding"
              | "follow_up_action"
              | "backup_verification_report"
              | "external_document"
              | "review_task"
              | "vendor"
              | null;
            reviewStatus: "pending" | "reviewed";
            reviewedAt: number | null;
            reviewedByDisplay: string | null;
            sizeBytes: number | null;
            source:
              | "manual_upload"
              | "internal_review"
              | "automated_system_check"
              | "external_report"
              | "vendor_attestation"
              | "review_attestation"
              | "review_document"
              | "automated_review_result"
              | "follow_up_resolution"
              | "review_exception"
              | null;
            storageId: string | null;
            sufficiency: "missing" | "partial" | "sufficient";
            title: string;
            uploadedByDisplay: string | null;
            url: string | null;
            validUntil: number | null;
          }>;
          hasExpiringSoonEvidence: boolean;
          itemId: string;
          label: string;
          lastReviewedAt: number | null;
          operatorNotes: string | null;
          owner: string | null;
          required: boolean;
          reviewArtifact: {
            evidenceId: string;
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
            relatedReports: Array<{
              id: Id<"evidenceReports">;
              label: string;
              reportKind:
                | "security_posture"
                | "audit_integrity"
                | "audit_readiness"
                | "annual_review"
                | "findings_snapshot"
                | "vendor_posture_snapshot"
                | "control_workspace_snapshot";
            }>;
            reviewRunId: Id<"reviewRuns">;
            reviewRunKind: "annual" | "triggered";
            reviewRunStatus: "ready" | "needs_attention" | "completed";
            reviewRunTitle: string;
            reviewTaskId: Id<"reviewTasks">;
            reviewTaskTitle: string;
            satisfiedAt: number;
            satisfiedByDisplay: string | null;
            validUntil: number | null;
          } | null;
          suggestedEvidenceTypes: Array<"file" | "link" | "note" | "system">;
          support: "missing" | "partial" | "complete";
          verificationMethod: string;
        }>;
        priority: "p0" | "p1" | "p2";
        responsibility:
          "platform" | "shared-responsibility" | "customer" | null;
        scopeId: string;
        scopeType: "provider_global";
        support: "missing" | "partial" | "complete";
        title: string;
      }>
    >;
    listSecurityFindingsInternal: FunctionReference<
      "query",
      "internal",
      {},
      Array<{
        activeFollowUp: {
          assigneeDisplay: string | null;
          assigneeUserId: string | null;
          controlLinks: Array<{
            internalControlId: string;
            itemId: string;
            itemLabel: string | null;
            nist80053Id: string;
            title: string;
          }>;
          dueAt: number | null;
          id: Id<"followUpActions">;
          isOverdue: boolean;
          latestNote: string | null;
          openedAt: number;
          resolutionNote: string | null;
          resolvedAt: number | null;
          reviewRunId: Id<"reviewRuns"> | null;
          reviewTaskId: Id<"reviewTasks"> | null;
          reviewedEvidence: Array<{
            id: Id<"securityControlEvidence">;
            internalControlId: string;
            itemId: string;
            reviewedAt: number | null;
            title: string;
          }>;
          reviewedEvidenceCount: number;
          status: "open" | "in_progress" | "blocked" | "resolved";
          summary: string | null;
          title: string;
          updatedAt: number;
        } | null;
        customerSummary: string | null;
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
        followUpOverdue: boolean;
        hasOpenFollowUp: boolean;
        internalNotes: string | null;
        lastObservedAt: number;
        latestLinkedReviewRun: {
          id: Id<"reviewRuns">;
          status: "ready" | "needs_attention" | "completed";
          title: string;
        } | null;
        relatedControls: Array<{
          internalControlId: string;
          itemId: string | null;
          itemLabel: string | null;
          nist80053Id: string;
          title: string;
        }>;
        reviewedAt: number | null;
        reviewedByDisplay: string | null;
        scopeId: string;
        scopeType: "provider_global";
        severity: "info" | "warning" | "critical";
        sourceLabel: string;
        sourceRecordId: string | null;
        sourceType:
          "audit_log" | "security_metric" | "security_control_evidence";
        status: "open" | "resolved";
        title: string;
      }>
    >;
  };
  seed: {
    index: {
      seed: FunctionReference<
        "action",
        "internal",
        { dryRun?: boolean; reseedSecurityWorkspace?: boolean },
        {
          dryRun: boolean;
          generatedAt: string;
          generatedControlCount: number;
          notes: Array<string>;
          reseedSecurityWorkspace: boolean;
          securityWorkspaceResetSummary: {
            activeSeedControlCount: number;
            deletedChecklistItems: number;
            deletedEvidence: number;
            deletedEvidenceActivity: number;
            deletedEvidenceReports: number;
            deletedExportArtifacts: number;
            deletedPolicies: number;
            deletedPolicyControlMappings: number;
            deletedReviewAttestations: number;
            deletedReviewRuns: number;
            deletedReviewTaskEvidenceLinks: number;
            deletedReviewTaskResults: number;
            deletedReviewTasks: number;
            deletedVendorControlMappings: number;
            deletedVendors: number;
          } | null;
        }
      >;
    };
  };
  stepUp: {
    completeChallengeInternal: FunctionReference<
      "mutation",
      "internal",
      {
        authUserId: string;
        challengeId: string;
        method: "passkey" | "password_only" | "password_plus_totp" | "totp";
        sessionId: string;
      },
      | {
          ok: true;
          requirement:
            | "account_email_change"
            | "audit_export"
            | "attachment_access"
            | "document_export"
            | "document_deletion"
            | "organization_admin"
            | "password_change"
            | "session_administration"
            | "support_access_approval"
            | "user_administration"
            | "model_catalog_admin";
        }
      | {
          ok: false;
          reason: string;
          requirement:
            | "account_email_change"
            | "audit_export"
            | "attachment_access"
            | "document_export"
            | "document_deletion"
            | "organization_admin"
            | "password_change"
            | "session_administration"
            | "support_access_approval"
            | "user_administration"
            | "model_catalog_admin"
            | null;
        }
    >;
    consumeClaimInternal: FunctionReference<
      "mutation",
      "internal",
      {
        authUserId: string;
        requirement:
          | "account_email_change"
          | "audit_export"
          | "attachment_access"
          | "document_export"
          | "document_deletion"
          | "organization_admin"
          | "password_change"
          | "session_administration"
          | "support_access_approval"
          | "user_administration"
          | "model_catalog_admin";
        sessionId: string;
      },
      {
        _creationTime: number;
        _id: Id<"authStepUpClaims">;
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
          | "organization_admin"
          | "password_change"
          | "session_administration"
          | "support_access_approval"
          | "user_administration"
          | "model_catalog_admin";
        resourceId: string | null;
        resourceType: string | null;
        sessionId: string;
        updatedAt: number;
        verifiedAt: number;
      } | null
    >;
    getActiveClaimInternal: FunctionReference<
      "query",
      "internal",
      {
        authUserId: string;
        requirement:
          | "account_email_change"
          | "audit_export"
          | "attachment_access"
          | "document_export"
          | "document_deletion"
          | "organization_admin"
          | "password_change"
          | "session_administration"
          | "support_access_approval"
          | "user_administration"
          | "model_catalog_admin";
        sessionId: string;
      },
      {
        _creationTime: number;
        _id: Id<"authStepUpClaims">;
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
          | "organization_admin"
          | "password_change"
          | "session_administration"
          | "support_access_approval"
          | "user_administration"
          | "model_catalog_admin";
        resourceId: string | null;
        resourceType: string | null;
        sessionId: string;
        updatedAt: number;
        verifiedAt: number;
      } | null
    >;
    issueClaimInternal: FunctionReference<
      "mutation",
      "internal",
      {
        authUserId: string;
        method: "passkey" | "password_only" | "password_plus_totp" | "totp";
        requirement:
          | "account_email_change"
          | "audit_export"
          | "attachment_access"
          | "document_export"
          | "document_deletion"
          | "organization_admin"
          | "password_change"
          | "session_administration"
          | "support_access_approval"
          | "user_administration"
          | "model_catalog_admin";
        resourceId?: string;
        resourceType?: string;
        sessionId: string;
      },
      {
        _creationTime: number;
        _id: Id<"authStepUpClaims">;
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
          | "organization_admin"
          | "password_change"
          | "session_administration"
          | "support_access_approval"
          | "user_administration"
          | "model_catalog_admin";
        resourceId: string | null;
        resourceType: string | null;
        sessionId: string;
        updatedAt: number;
        verifiedAt: number;
      }
    >;
  };
  storageCleanup: {
    cleanupStaleUploadsInternal: FunctionReference<
      "action",
      "internal",
      {},
      null
    >;
    enforceMalwareDeadlinesInternal: FunctionReference<
      "action",
      "internal",
      {},
      null
    >;
    reconcileOrphanedMirrorObjectsInternal: FunctionReference<
      "action",
      "internal",
      {},
      null
    >;
  };
  storageCleanupData: {
    listStaleEvidenceUploadsInternal: FunctionReference<
      "query",
      "internal",
      { cutoff: number },
      Array<{ storageId: string }>
    >;
  };
  storageDecision: {
    applyStorageInspectionResultInternal: FunctionReference<
      "action",
      "internal",
      {
        details?: string;
        engine: string;
        reason?:
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
        scannedAt: number;
        status: "FAILED" | "PASSED" | "REJECTED";
        storageId: string;
        type: "inspection_result";
      },
      { applied: boolean; reason: string }
    >;
    inspectQuarantineObjectByStorageIdInternal: FunctionReference<
      "action",
      "internal",
      { storageId: string },
      { applied: boolean; reason: string }
    >;
    tryFinalizeStorageDecisionInternal: FunctionReference<
      "action",
      "internal",
      { storageId: string },
      { applied: boolean; reason: string }
    >;
  };
  storageLifecycle: {
    appendLifecycleEventInternal: FunctionReference<
      "mutation",
      "internal",
      {
        actionResult: "success" | "failure";
        actorUserId?: Id<"users">;
        details?: string;
        eventType: string;
        storageId: string;
      },
      Id<"storageLifecycleEvents">
    >;
    backfillLegacyInspectionStatusInternal: FunctionReference<
      "mutation",
      "internal",
      { limit?: number },
      number
    >;
    getByAnyS3KeyInternal: FunctionReference<
      "query",
      "internal",
      { bucket: string; key: string },
      any | null
    >;
    getByQuarantineS3KeyInternal: FunctionReference<
      "query",
      "internal",
      { bucket: string; key: string },
      any | null
    >;
    getByS3Key: FunctionReference<
      "query",
      "internal",
      { bucket: string; key: string },
      any | null
    >;
    getBySource: FunctionReference<
      "query",
      "internal",
      { sourceId: string; sourceType: string },
      any | null
    >;
    getByStorageId: FunctionReference<
      "query",
      "internal",
      { storageId: string },
      any | null
    >;
    getByStorageIdInternal: FunctionReference<
      "query",
      "internal",
      { storageId: string },
      any | null
    >;
    listByParentStorageIdInternal: FunctionReference<
      "query",
      "internal",
      { parentStorageId: string },
      Array<any>
    >;
    listExpiredLifecycleByDeadlineInternal: FunctionReference<
      "query",
      "internal",
      { now: number },
      Array<any>
    >;
    listStaleEvidenceUploadsInternal: FunctionReference<
      "query",
      "internal",
      { cutoff: number },
      Array<{ storageId: string }>
    >;
    markCleanInternal: FunctionReference<
      "mutation",
      "internal",
      {
        canonicalBucket?: string | null;
        canonicalKey?: string | null;
        canonicalVersionId?: string | null;
        scannedAt: number;
        storageId: string;
        storagePlacement?: "QUARANTINE" | "PROMOTED" | "REJECTED" | null;
      },
      null
    >;
    markDeadlineMissedInternal: FunctionReference<
      "mutation",
      "internal",
      { storageId: string },
      null
    >;
    markDeletedInternal: FunctionReference<
      "mutation",
      "internal",
      { storageId: string },
      null
    >;
    markInfectedInternal: FunctionReference<
      "mutation",
      "internal",
      { findingId: string; scannedAt: number; storageId: string },
      null
    >;
    markInspectionFailedInternal: FunctionReference<
      "mutation",
      "internal",
      {
        details?: string | null;
        engine: string;
        scannedAt: number;
        storageId: string;
      },
      null
    >;
    markInspectionPassedInternal: FunctionReference<
      "mutation",
      "internal",
      {
        details?: string | null;
        engine: string;
        scannedAt: number;
        storageId: string;
      },
      null
    >;
    markInspectionRejectedInternal: FunctionReference<
      "mutation",
      "internal",
      {
        details?: string | null;
        engine: string;
        reason:
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
        scannedAt: number;
        storageId: string;
      },
      null
    >;
    markMirrorFailureInternal: FunctionReference<
      "mutation",
      "internal",
      { details: string; nextAttemptAt?: number; storageId: string },
      null
    >;
    markMirrorSuccessInternal: FunctionReference<
      "mutation",
      "internal",
      { bucket: string; key: string; storageId: string; versionId?: string },
      null
    >;
    markRejectedInternal: FunctionReference<
      "mutation",
      "internal",
      {
        rejectedBucket: string;
        rejectedKey: string;
        rejectedVersionId?: string | null;
        storageId: string;
      },
      null
    >;
    patchLifecycleInternal: FunctionReference<
      "mutation",
      "internal",
      {
        patch: {
          backendMode?: "convex" | "s3-primary" | "s3-mirror";
          canonicalBucket?: string | null;
          canonicalKey?: string | null;
          canonicalVersionId?: string | null;
          deletedAt?: number | null;
          fileSize?: number | null;
          inspectionDetails?: string | null;
          inspectionEngine?: string | null;
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
            | "unsupported_type"
            | null;
          inspectionScannedAt?: number | null;
          inspectionStatus?:
            "PENDING" | "PASSED" | "REJECTED" | "FAILED" | null;
          malwareDetectedAt?: number | null;
          malwareFindingId?: string | null;
          malwareScannedAt?: number | null;
          malwareStatus?:
            | "NOT_STARTED"
            | "PENDING"
            | "CLEAN"
            | "INFECTED"
            | "QUARANTINED_UNSCANNED"
            | null;
          mimeType?: string | null;
          mirrorAttempts?: number | null;
          mirrorBucket?: string | null;
          mirrorDeadlineAt?: number | null;
          mirrorKey?: string | null;
          mirrorLastError?: string | null;
          mirrorStatus?: "PENDING" | "MIRRORED" | "FAILED" | null;
          mirrorVersionId?: string | null;
          organizationId?: string | null;
          originalFileName?: string;
          parentStorageId?: string | null;
          quarantineBucket?: string | null;
          quarantineKey?: string | null;
          quarantineReason?:
            "INFECTED" | "QUARANTINED_UNSCANNED" | "INSPECTION_REJECTED" | null;
          quarantineVersionId?: string | null;
          quarantinedAt?: number | null;
          rejectedBucket?: string | null;
          rejectedKey?: string | null;
          rejectedVersionId?: string | null;
          sha256Hex?: string | null;
          sourceId?: string;
          sourceType?: string;
          storagePlacement?: "QUARANTINE" | "PROMOTED" | "REJECTED" | null;
          updatedAt: number;
          uploadedById?: Id<"users"> | null;
        };
        storageId: string;
      },
      null
    >;
    upsertLifecycleInternal: FunctionReference<
      "mutation",
      "internal",
      {
        backendMode: "convex" | "s3-primary" | "s3-mirror";
        canonicalBucket?: string;
        canonicalKey?: string;
        canonicalVersionId?: string;
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
        malwareStatus?:
          | "NOT_STARTED"
          | "PENDING"
          | "CLEAN"
          | "INFECTED"
          | "QUARANTINED_UNSCANNED";
        mimeType?: string;
        mirrorBucket?: string;
        mirrorDeadlineAt?: number;
        mirrorKey?: string;
        mirrorStatus?: "PENDING" | "MIRRORED" | "FAILED";
        mirrorVersionId?: string;
        organizationId?: string | null;
        originalFileName: string;
        parentStorageId?: string | null;
        quarantineBucket?: string;
        quarantineKey?: string;
        quarantineVersionId?: string;
        rejectedBucket?: string;
        rejectedKey?: string;
        rejectedVersionId?: string;
        sha256Hex?: string;
        sourceId: string;
        sourceType: string;
        storageId: string;
        storagePlacement?: "QUARANTINE" | "PROMOTED" | "REJECTED";
        uploadedById?: Id<"users">;
      },
      Id<"storageLifecycle">
    >;
  };
  storagePlatform: {
    createUploadTarget: FunctionReference<
      "action",
      "internal",
      {
        contentType: string;
        fileName: string;
        fileSize: number;
        organizationId?: string | null;
        sourceId?: string;
        sourceType: string;
      },
      {
        backend: "convex" | "s3";
        expiresAt: number;
        storageId: string;
        uploadFields?: Record<string, string>;
        uploadHeaders?: Record<string, string>;
        uploadMethod: "POST" | "PUT";
        uploadUrl: string;
      }
    >;
    deleteStoredFileInternal: FunctionReference<
      "action",
      "internal",
      { storageId: string },
      null
    >;
    finalizeUploadInternal: FunctionReference<
      "action",
      "internal",
      {
        backendMode: "convex" | "s3-primary" | "s3-mirror";
        fileName: string;
        fileSize: number;
        mimeType: string;
        organizationId?: string | null;
        parentStorageId?: string;
        sha256Hex?: string;
        sourceId: string;
        sourceType: string;
        storageId: string;
        uploadedById?: string;
      },
      null
    >;
    resolveFileUrl: FunctionReference<
      "action",
      "internal",
      { storageId: string },
      { storageId: string; url: string | null }
    >;
  };
  storageS3Mirror: {
    runMirrorUploadInternal: FunctionReference<
      "action",
      "internal",
      { storageId: string },
      null
    >;
  };
  storageWebhook: {
    applyGuardDutyFindingInternal: FunctionReference<
      "action",
      "internal",
      {
        bucket: string;
        findingId: string;
        key: string;
        scannedAt: number;
        status: "CLEAN" | "INFECTED";
        type: "guardduty_finding";
        versionId?: string;
      },
      { applied: boolean; reason: string }
    >;
    applyGuardDutyPromotionResultInternal: FunctionReference<
      "action",
      "internal",
      {
        bucket: string;
        failureReason?: string;
        findingId: string;
        promotedBucket?: string;
        promotedKey?: string;
        promotedVersionId?: string;
        quarantineKey: string;
        scannedAt: number;
        status: "PROMOTED" | "PROMOTION_FAILED";
        type: "promotion_result";
      },
      { applied: boolean; reason: string }
    >;
  };
  users: {
    assignBootstrapUserRoleMutation: FunctionReference<
      "mutation",
      "internal",
      { authUserId: string },
      "user" | "admin"
    >;
    bootstrapUserContext: FunctionReference<
      "action",
      "internal",
      {
        authUserId: string;
        createdAt: number;
        email: string;
        updatedAt: number;
      },
      | { found: false }
      | {
          assignedRole: "user" | "admin";
          found: true;
          organizationId: string;
          userId: Id<"users">;
        }
    >;
    deleteAuthUserProfile: FunctionReference<
      "mutation",
      "internal",
      { authUserId: string },
      { success: boolean }
    >;
    deleteUserContextRecords: FunctionReference<
      "mutation",
      "internal",
      {
        appUserId: Id<"users"> | null;
        userProfileId: Id<"userProfiles"> | null;
      },
      null
    >;
    deleteUserProfilesBatch: FunctionReference<
      "mutation",
      "internal",
      { profileIds: Array<Id<"userProfiles">> },
      { deleted: number }
    >;
    ensureUserContextForAuthUser: FunctionReference<
      "mutation",
      "internal",
      { authUserId: string; createdAt: number; updatedAt: number },
      { organizationId: string; userId: Id<"users"> }
    >;
    finalizeUserProfilesSnapshotSync: FunctionReference<
      "mutation",
      "internal",
      { syncTimestamp: number; totalUsers: number },
      null
    >;
    getCurrentAppUserInternal: FunctionReference<
      "query",
      "internal",
      {},
      {
        _creationTime: number;
        _id: Id<"users">;
        activeOrganizationId: string | null;
        authSession: {
          _creationTime?: number;
          _id?: string;
          activeOrganizationId?: string | null;
          authMethod?: string | null;
          createdAt?: number;
          enterpriseOrganizationId?: string | null;
          enterpriseProtocol?: string | null;
          enterpriseProviderKey?: string | null;
          expiresAt?: number;
          id?: string;
          impersonatedBy?: string | null;
          ipAddress?: string | null;
          mfaVerified?: boolean | null;
          token?: string;
          updatedAt?: number;
          userAgent?: string | null;
          userId?: string;
        } | null;
        authUser: {
          _creationTime?: number;
          _id?: string;
          banExpires?: number | null;
          banReason?: string | null;
          banned?: boolean | null;
          createdAt?: number;
          displayUsername?: string | null;
          email?: string | null;
          emailVerified?: boolean;
          id?: string;
          image?: string | null;
          isAnonymous?: boolean | null;
          name?: string | null;
          phoneNumber?: string | null;
          phoneNumberVerified?: boolean | null;
          role?: string | Array<string> | null;
          twoFactorEnabled?: boolean | null;
          updatedAt?: number;
          userId?: string | null;
          username?: string | null;
        };
        authUserId: string;
        createdAt: number;
        isSiteAdmin: boolean;
        lastActiveOrganizationId: string;
        updatedAt: number;
      } | null
    >;
    getUserContextRecordIds: FunctionReference<
      "query",
      "internal",
      { authUserId: string },
      {
        appUserId: Id<"users"> | null;
        userProfileId: Id<"userProfiles"> | null;
      }
    >;
    listUserProfilesSyncPage: FunctionReference<
      "query",
      "internal",
      { cursor: string | null; numItems: number },
      {
        continueCursor: string;
        isDone: boolean;
        page: Array<{
          _creationTime: number;
          _id: Id<"userProfiles">;
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
        }>;
      }
    >;
    rollbackBootstrapUserContext: FunctionReference<
      "action",
      "internal",
      { authUserId: string; email: string },
      { success: boolean }
    >;
    setAuthUserOnboardingState: FunctionReference<
      "mutation",
      "internal",
      {
        authUserId: string;
        onboardingCompletedAt?: number;
        onboardingDeliveryError?: string | null;
        onboardingDeliveryUpdatedAt?: number;
        onboardingEmailId?: string | null;
        onboardingEmailLastSentAt?: number;
        onboardingEmailMessageId?: string | null;
        onboardingStatus?:
          | "not_started"
          | "email_pending"
          | "email_sent"
          | "delivered"
          | "delivery_delayed"
          | "bounced"
          | "completed";
      },
      { success: boolean }
    >;
    syncAuthUserProfile: FunctionReference<
      "mutation",
      "internal",
      { authUserId: string },
      { success: boolean }
    >;
    syncUserProfilesSnapshot: FunctionReference<
      "action",
      "internal",
      {
        users: Array<{
          authUserId: string;
          banExpires: number | null;
          banReason: string | null;
          banned: boolean;
          createdAt: number;
          email: string;
          emailLower: string;
          emailVerified: boolean;
          isSiteAdmin: boolean;
          name: string | null;
          nameLower: string | null;
          onboardingCompletedAt?: number;
          onboardingDeliveryError?: string | null;
          onboardingDeliveryUpdatedAt?: number;
          onboardingEmailId?: string;
          onboardingEmailLastSentAt?: number;
          onboardingEmailMessageId?: string;
          onboardingStatus?:
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
        }>;
      },
      { success: true; totalUsers: number }
    >;
    syncUserProfilesSnapshotBatch: FunctionReference<
      "mutation",
      "internal",
      {
        syncTimestamp: number;
        users: Array<{
          authUserId: string;
          banExpires: number | null;
          banReason: string | null;
          banned: boolean;
          createdAt: number;
          email: string;
          emailLower: string;
          emailVerified: boolean;
          isSiteAdmin: boolean;
          name: string | null;
          nameLower: string | null;
          onboardingCompletedAt?: number;
          onboardingDeliveryError?: string | null;
          onboardingDeliveryUpdatedAt?: number;
          onboardingEmailId?: string;
          onboardingEmailLastSentAt?: number;
          onboardingEmailMessageId?: string;
          onboardingStatus?:
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
        }>;
      },
      { processed: number }
    >;
  };
};

export declare const components: {
  betterAuth: import("../betterAuth/_generated/component.js").ComponentApi<"betterAuth">;
  agent: import("@convex-dev/agent/_generated/component.js").ComponentApi<"agent">;
  resend: import("@convex-dev/resend/_generated/component.js").ComponentApi<"resend">;
  rateLimiter: import("@convex-dev/rate-limiter/_generated/component.js").ComponentApi<"rateLimiter">;
};
