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
    isCurrentUserAdmin: FunctionReference<"query", "public", {}, any>;
    requestAdminCheck: FunctionReference<
      "mutation",
      "public",
      { token: string },
      any
    >;
  };
  apiKeys: {
    apiKeyForCurrentMember: FunctionReference<
      "query",
      "public",
      {},
      null | {
        google?: string;
        openai?: string;
        preference: "always" | "quotaExhausted";
        value?: string;
        xai?: string;
      }
    >;
    deleteAnthropicApiKeyForCurrentMember: FunctionReference<
      "mutation",
      "public",
      {},
      null
    >;
    deleteApiKeyForCurrentMember: FunctionReference<
      "mutation",
      "public",
      {},
      null
    >;
    deleteGoogleApiKeyForCurrentMember: FunctionReference<
      "mutation",
      "public",
      {},
      null
    >;
    deleteOpenaiApiKeyForCurrentMember: FunctionReference<
      "mutation",
      "public",
      {},
      null
    >;
    deleteXaiApiKeyForCurrentMember: FunctionReference<
      "mutation",
      "public",
      {},
      null
    >;
    setApiKeyForCurrentMember: FunctionReference<
      "mutation",
      "public",
      {
        apiKey: {
          google?: string;
          openai?: string;
          preference: "always" | "quotaExhausted";
          value?: string;
          xai?: string;
        };
      },
      null
    >;
    validateAnthropicApiKey: FunctionReference<
      "action",
      "public",
      { apiKey: string },
      any
    >;
    validateGoogleApiKey: FunctionReference<
      "action",
      "public",
      { apiKey: string },
      any
    >;
    validateOpenaiApiKey: FunctionReference<
      "action",
      "public",
      { apiKey: string },
      any
    >;
    validateXaiApiKey: FunctionReference<
      "action",
      "public",
      { apiKey: string },
      any
    >;
  };
  convexProjects: {
    disconnectConvexProject: FunctionReference<
      "mutation",
      "public",
      { chatId: string; sessionId: Id<"sessions"> },
      any
    >;
    hasConnectedConvexProject: FunctionReference<
      "query",
      "public",
      { chatId: string; sessionId: Id<"sessions"> },
      any
    >;
    loadConnectedConvexProjectCredentials: FunctionReference<
      "query",
      "public",
      { chatId: string; sessionId: Id<"sessions"> },
      | {
          adminKey: string;
          deploymentName: string;
          deploymentUrl: string;
          kind: "connected";
          projectSlug: string;
          teamSlug: string;
          warningMessage?: string;
        }
      | { kind: "connecting" }
      | { errorMessage: string; kind: "failed" }
      | null
    >;
    startProvisionConvexProject: FunctionReference<
      "mutation",
      "public",
      {
        chatId: string;
        projectInitParams?: { teamSlug: string; workosAccessToken: string };
        sessionId: Id<"sessions">;
      },
      any
    >;
  };
  debugPrompt: {
    show: FunctionReference<"query", "public", { chatInitialId: string }, any>;
  };
  deploy: {
    hasBeenDeployed: FunctionReference<
      "query",
      "public",
      { id: string; sessionId: Id<"sessions"> },
      any
    >;
    recordDeploy: FunctionReference<
      "mutation",
      "public",
      { id: string; sessionId: Id<"sessions"> },
      any
    >;
  };
  messages: {
    earliestRewindableMessageRank: FunctionReference<
      "query",
      "public",
      { chatId: string; sessionId: Id<"sessions">; subchatIndex?: number },
      null | number
    >;
    get: FunctionReference<
      "query",
      "public",
      { id: string; sessionId: Id<"sessions"> },
      null | {
        description?: string;
        initialId: string;
        snapshotId?: Id<"_storage">;
        subchatIndex?: number;
        timestamp: string;
        urlId?: string;
      }
    >;
    getAll: FunctionReference<
      "query",
      "public",
      { sessionId: Id<"sessions"> },
      Array<{
        description?: string;
        id: string;
        initialId: string;
        timestamp: string;
        urlId?: string;
      }>
    >;
    initializeChat: FunctionReference<
      "mutation",
      "public",
      {
        id: string;
        projectInitParams?: { teamSlug: string; workosAccessToken: string };
        sessionId: Id<"sessions">;
      },
      null
    >;
    remove: FunctionReference<
      "action",
      "public",
      {
        accessToken: string;
        id: string;
        projectSlug?: string;
        sessionId: Id<"sessions">;
        shouldDeleteConvexProject: boolean;
        teamSlug?: string;
      },
      any
    >;
    rewindChat: FunctionReference<
      "mutation",
      "public",
      {
        chatId: string;
        lastMessageRank?: number;
        sessionId: Id<"sessions">;
        subchatIndex?: number;
      },
      any
    >;
    setDescription: FunctionReference<
      "mutation",
      "public",
      { description: string; id: string; sessionId: Id<"sessions"> },
      null
    >;
    setUrlId: FunctionReference<
      "mutation",
      "public",
      {
        chatId: string;
        description: string;
        sessionId: Id<"sessions">;
        urlHint: string;
      },
      { initialId: string; urlId: string }
    >;
  };
  openaiProxy: {
    issueOpenAIToken: FunctionReference<"mutation", "public", {}, any>;
  };
  resendProxy: {
    issueResendToken: FunctionReference<"mutation", "public", {}, any>;
  };
  sessions: {
    convexMemberId: FunctionReference<"query", "public", {}, any>;
    startSession: FunctionReference<"mutation", "public", {}, Id<"sessions">>;
    updateCachedProfile: FunctionReference<
      "action",
      "public",
      { convexAuthToken: string },
      any
    >;
    verifySession: FunctionReference<
      "query",
      "public",
      { flexAuthMode?: "ConvexOAuth"; sessionId: string },
      boolean
    >;
  };
  share: {
    clone: FunctionReference<
      "mutation",
      "public",
      {
        projectInitParams: { teamSlug: string; workosAccessToken: string };
        sessionId: Id<"sessions">;
        shareCode: string;
      },
      { description?: string; id: string }
    >;
    create: FunctionReference<
      "mutation",
      "public",
      { id: string; sessionId: Id<"sessions"> },
      any
    >;
    getShareDescription: FunctionReference<
      "query",
      "public",
      { code: string },
      { description?: string }
    >;
    isShareReady: FunctionReference<
      "query",
      "public",
      { code: string },
      boolean
    >;
  };
  snapshot: {
    getSnapshotUrl: FunctionReference<
      "query",
      "public",
      { chatId: string; sessionId: Id<"sessions"> },
      any
    >;
  };
  socialShare: {
    getCurrentSocialShare: FunctionReference<
      "query",
      "public",
      { id: string; sessionId: Id<"sessions"> },
      any
    >;
    getSocialShare: FunctionReference<"query", "public", { code: string }, any>;
    getSocialShareOrIsSnapshotShare: FunctionReference<
      "query",
      "public",
      { code: string },
      any
    >;
    share: FunctionReference<
      "mutation",
      "public",
      {
        allowForkFromLatest: boolean;
        id: string;
        referralCode?: string | null;
        sessionId: Id<"sessions">;
        shared: "shared" | "expresslyUnshared" | "noPreferenceExpressed";
        thumbnailImageStorageId?: Id<"_storage">;
      },
      any
    >;
  };
  subchats: {
    create: FunctionReference<
      "mutation",
      "public",
      { chatId: string; sessionId: Id<"sessions"> },
      number
    >;
    get: FunctionReference<
      "query",
      "public",
      { chatId: string; sessionId: Id<"sessions"> },
      Array<{ description?: string; subchatIndex: number; updatedAt: number }>
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
    checkIsConvexAdminInternal: FunctionReference<
      "action",
      "internal",
      { memberId: Id<"convexMembers">; token: string },
      any
    >;
    updateAdminStatus: FunctionReference<
      "mutation",
      "internal",
      { memberId: Id<"convexMembers">; wasAdmin: boolean },
      any
    >;
  };
  cleanup: {
    deleteAllOldChatStorageStates: FunctionReference<
      "mutation",
      "internal",
      { cursor?: string; forReal: boolean; shouldScheduleNext: boolean },
      any
    >;
    deleteDebugFilesForInactiveChats: FunctionReference<
      "mutation",
      "internal",
      {
        cursor?: string;
        daysInactive: number;
        forReal: boolean;
        shouldScheduleNext: boolean;
      },
      any
    >;
    deleteOldChatStorageStates: FunctionReference<
      "mutation",
      "internal",
      {
        chatId: Id<"chats">;
        cursor?: string;
        forReal: boolean;
        shouldScheduleNext: boolean;
      },
      any
    >;
    deleteOldStorageStatesForLastMessageRank: FunctionReference<
      "mutation",
      "internal",
      { chatId: Id<"chats">; forReal: boolean; lastMessageRank: number },
      any
    >;
    deleteOrphanedFiles: FunctionReference<
      "mutation",
      "internal",
      {
        cursor?: string;
        forReal: boolean;
        migrationId?: Id<"migrations">;
        shouldScheduleNext: boolean;
      },
      any
    >;
    getReferencedFiles: FunctionReference<"query", "internal", {}, any>;
  };
  convexProjects: {
    checkConnection: FunctionReference<
      "mutation",
      "internal",
      { chatId: string; sessionId: Id<"sessions"> },
      any
    >;
    connectConvexProjectForOauth: FunctionReference<
      "action",
      "internal",
      {
        accessToken: string;
        chatId: string;
        sessionId: Id<"sessions">;
        teamSlug: string;
      },
      any
    >;
    getProjectName: FunctionReference<
      "query",
      "internal",
      { chatId: string; sessionId: Id<"sessions"> },
      string | null
    >;
    recordFailedConvexProjectConnection: FunctionReference<
      "mutation",
      "internal",
      { chatId: string; errorMessage: string; sessionId: Id<"sessions"> },
      any
    >;
    recordProvisionedConvexProjectCredentials: FunctionReference<
      "mutation",
      "internal",
      {
        chatId: string;
        deploymentName: string;
        deploymentUrl: string;
        projectDeployKey: string;
        projectSlug: string;
        sessionId: Id<"sessions">;
        teamSlug?: string;
        warningMessage?: string;
      },
      any
    >;
  };
  debugPrompt: {
    deleteAllDebugPrompts: FunctionReference<"mutation", "internal", {}, any>;
    deleteDebugPrompt: FunctionReference<
      "mutation",
      "internal",
      { id: Id<"debugChatApiRequestLog"> },
      any
    >;
    storeDebugPrompt: FunctionReference<
      "mutation",
      "internal",
      {
        chatInitialId: string;
        chefTokens: number;
        finishReason: string;
        modelId?: string;
        promptCoreMessagesStorageId: Id<"_storage">;
        responseCoreMessages: Array<any>;
        usage: {
          cachedPromptTokens: number;
          completionTokens: number;
          promptTokens: number;
        };
      },
      any
    >;
  };
  dev: {
    clearAll: FunctionReference<"action", "internal", {}, any>;
    deleteFromTable: FunctionReference<
      "mutation",
      "internal",
      { tableName: string },
      any
    >;
    findSessionForUser: FunctionReference<
      "query",
      "internal",
      { githubMemberId: string },
      any
    >;
  };
  messages: {
    eraseMessageHistory: FunctionReference<
      "mutation",
      "internal",
      { dryRun: boolean; shareCode: string },
      any
    >;
    getInitialMessagesStorageInfo: FunctionReference<
      "query",
      "internal",
      { chatId: string; sessionId: Id<"sessions">; subchatIndex: number },
      null | {
        lastMessageRank: number;
        partIndex: number;
        snapshotId?: Id<"_storage">;
        storageId: Id<"_storage"> | null;
        subchatIndex?: number;
      }
    >;
    getMessagesByChatInitialIdBypassingAccessControl: FunctionReference<
      "query",
      "internal",
      { ensureAdmin?: boolean; id: string; subchatIndex: number },
      Id<"_storage"> | null
    >;
    maybeCleanupStaleChatHistory: FunctionReference<
      "mutation",
      "internal",
      { storageId: Id<"_storage"> },
      any
    >;
    removeChat: FunctionReference<
      "mutation",
      "internal",
      { id: string; sessionId: Id<"sessions"> },
      any
    >;
    updateStorageState: FunctionReference<
      "mutation",
      "internal",
      {
        chatId: string;
        lastMessageRank: number;
        partIndex: number;
        sessionId: Id<"sessions">;
        snapshotId?: Id<"_storage"> | null;
        storageId: Id<"_storage"> | null;
        subchatIndex: number;
      },
      Id<"chatMessagesStorageState"> | null
    >;
  };
  migrations: {
    addConvexMemberIdToConvexMembers: FunctionReference<
      "mutation",
      "internal",
      {
        batchSize?: number;
        cursor?: string | null;
        dryRun?: boolean;
        fn?: string;
        next?: Array<string>;
      },
      any
    >;
    addLastSubchatIndex: FunctionReference<
      "mutation",
      "internal",
      {
        batchSize?: number;
        cursor?: string | null;
        dryRun?: boolean;
        fn?: string;
        next?: Array<string>;
      },
      any
    >;
    addLastSubchatIndexToShares: FunctionReference<
      "mutation",
      "internal",
      {
        batchSize?: number;
        cursor?: string | null;
        dryRun?: boolean;
        fn?: string;
        next?: Array<string>;
      },
      any
    >;
    addSubchatIndex: FunctionReference<
      "mutation",
      "internal",
      {
        batchSize?: number;
        cursor?: string | null;
        dryRun?: boolean;
        fn?: string;
        next?: Array<string>;
      },
      any
    >;
    addSubchatIndexToDebugChatApiRequestLog: FunctionReference<
      "mutation",
      "internal",
      {
        batchSize?: number;
        cursor?: string | null;
        dryRun?: boolean;
        fn?: string;
        next?: Array<string>;
      },
      any
    >;
    run: FunctionReference<
      "mutation",
      "internal",
      {
        batchSize?: number;
        cursor?: string | null;
        dryRun?: boolean;
        fn?: string;
        next?: Array<string>;
      },
      any
    >;
    runAddConvexMemberIdToConvexMembers: FunctionReference<
      "mutation",
      "internal",
      {
        batchSize?: number;
        cursor?: string | null;
        dryRun?: boolean;
        fn?: string;
        next?: Array<string>;
      },
      any
    >;
    runAddLastSubchatIndex: FunctionReference<
      "mutation",
      "internal",
      {
        batchSize?: number;
        cursor?: string | null;
        dryRun?: boolean;
        fn?: string;
        next?: Array<string>;
      },
      any
    >;
    runAddLastSubchatIndexToShares: FunctionReference<
      "mutation",
      "internal",
      {
        batchSize?: number;
        cursor?: string | null;
        dryRun?: boolean;
        fn?: string;
        next?: Array<string>;
      },
      any
    >;
    runAddSubchatIndex: FunctionReference<
      "mutation",
      "internal",
      {
        batchSize?: number;
        cursor?: string | null;
        dryRun?: boolean;
        fn?: string;
        next?: Array<string>;
      },
      any
    >;
    runAddSubchatIndexToDebugChatApiRequestLog: FunctionReference<
      "mutation",
      "internal",
      {
        batchSize?: number;
        cursor?: string | null;
        dryRun?: boolean;
        fn?: string;
        next?: Array<string>;
      },
      any
    >;
    runSetDefaultDeletedFalse: FunctionReference<
      "mutation",
      "internal",
      {
        batchSize?: number;
        cursor?: string | null;
        dryRun?: boolean;
        fn?: string;
        next?: Array<string>;
      },
      any
    >;
    setDefaultDeletedFalse: FunctionReference<
      "mutation",
      "internal",
      {
        batchSize?: number;
        cursor?: string | null;
        dryRun?: boolean;
        fn?: string;
        next?: Array<string>;
      },
      any
    >;
  };
  openaiProxy: {
    decrementToken: FunctionReference<
      "mutation",
      "internal",
      { token: string },
      any
    >;
  };
  resendProxy: {
    decrementToken: FunctionReference<
      "mutation",
      "internal",
      { recipientEmail: string; token: string },
      any
    >;
  };
  sessions: {
    registerConvexOAuthConnection: FunctionReference<
      "mutation",
      "internal",
      {
        chatId: Id<"chats">;
        deploymentName: string;
        deploymentUrl: string;
        projectDeployKey: string;
        projectSlug: string;
        sessionId: Id<"sessions">;
        teamSlug: string;
      },
      any
    >;
    saveCachedProfile: FunctionReference<
      "mutation",
      "internal",
      {
        profile: {
          avatar: string;
          email: string;
          id: string | number;
          username: string;
        };
      },
      any
    >;
  };
  snapshot: {
    saveSnapshot: FunctionReference<
      "mutation",
      "internal",
      { chatId: string; sessionId: Id<"sessions">; storageId: Id<"_storage"> },
      any
    >;
  };
  socialShare: {
    createAdminShare: FunctionReference<
      "mutation",
      "internal",
      { chatId: Id<"chats"> },
      any
    >;
    saveThumbnail: FunctionReference<
      "mutation",
      "internal",
      { sessionId: Id<"sessions">; storageId: Id<"_storage">; urlId: string },
      any
    >;
  };
  subchats: {
    cleanupOldSubchatStorageStates: FunctionReference<
      "mutation",
      "internal",
      {
        chatId: string;
        cursor?: string;
        latestStorageState?: Id<"chatMessagesStorageState">;
        newSubchatIndex: number;
        sessionId: Id<"sessions">;
      },
      null
    >;
  };
  summarize: {
    firstMessage: FunctionReference<
      "action",
      "internal",
      { chatMessageId: Id<"chatMessagesStorageState">; message: string },
      any
    >;
    saveMessageSummary: FunctionReference<
      "mutation",
      "internal",
      { chatMessageId: Id<"chatMessagesStorageState">; summary: string },
      any
    >;
  };
};

export declare const components: {
  rateLimiter: import("@convex-dev/rate-limiter/_generated/component.js").ComponentApi<"rateLimiter">;
  migrations: import("@convex-dev/migrations/_generated/component.js").ComponentApi<"migrations">;
};
