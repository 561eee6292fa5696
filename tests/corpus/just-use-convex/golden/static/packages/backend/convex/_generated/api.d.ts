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
  attachments: {
    index: {
      createFromHash: FunctionReference<
        "mutation",
        "public",
        {
          contentType?: string;
          fileName: string;
          hash: string;
          size: number;
          storageId: Id<"_storage">;
        },
        any
      >;
      createFromHashExt: FunctionReference<
        "mutation",
        "public",
        {
          activeOrganizationId: string;
          activeTeamId?: string;
          contentType?: string;
          externalToken: string;
          fileName: string;
          hash: string;
          memberId: string;
          organizationRole: string;
          size: number;
          storageId: Id<"_storage">;
          userId: string;
        },
        any
      >;
      deleteAttachment: FunctionReference<
        "mutation",
        "public",
        { _id: Id<"orgMemberAttachments"> },
        any
      >;
      generateUploadUrl: FunctionReference<"mutation", "public", {}, any>;
      generateUploadUrlExt: FunctionReference<"mutation", "public", any, any>;
      get: FunctionReference<
        "query",
        "public",
        { _id: Id<"orgMemberAttachments"> },
        any
      >;
      getGlobalByHash: FunctionReference<
        "query",
        "public",
        { hash: string },
        any
      >;
      getMemberStats: FunctionReference<"query", "public", {}, any>;
      getOrgStats: FunctionReference<"query", "public", {}, any>;
      list: FunctionReference<
        "query",
        "public",
        {
          memberId?: string;
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
    };
  };
  auth: {
    getAuthUser: FunctionReference<"query", "public", {}, any>;
    getCurrentUser: FunctionReference<"query", "public", {}, any>;
    getIdentity: FunctionReference<"query", "public", {}, any>;
    getUserInfo: FunctionReference<
      "query",
      "public",
      {
        externalToken: string;
        identifier:
          | { type: "memberId"; value: string }
          | { type: "userId"; value: string };
      },
      {
        activeOrganizationId: string;
        activeTeamId?: string;
        memberId: string;
        organizationRole: string;
        userId: string;
      }
    >;
  };
  chats: {
    index: {
      create: FunctionReference<
        "mutation",
        "public",
        { data: { sandboxId?: Id<"sandboxes">; title: string } },
        any
      >;
      deleteChat: FunctionReference<
        "mutation",
        "public",
        { _id: Id<"chats"> },
        any
      >;
      get: FunctionReference<"query", "public", { _id: Id<"chats"> }, any>;
      getExt: FunctionReference<
        "query",
        "public",
        {
          _id: Id<"chats">;
          activeOrganizationId: string;
          activeTeamId?: string;
          externalToken: string;
          memberId: string;
          organizationRole: string;
          userId: string;
        },
        any
      >;
      getMemberStats: FunctionReference<"query", "public", {}, any>;
      getOrgStats: FunctionReference<"query", "public", {}, any>;
      list: FunctionReference<
        "query",
        "public",
        {
          filters: {
            executionStatus?:
              | "pending"
              | "running"
              | "completed"
              | "failed"
              | "cancelled"
              | "idle";
            isPinned?: boolean;
            memberId?: string;
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
      search: FunctionReference<
        "query",
        "public",
        {
          executionStatus?:
            | "pending"
            | "running"
            | "completed"
            | "failed"
            | "cancelled"
            | "idle";
          isPinned?: boolean;
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
        { _id: Id<"chats">; patch: { isPinned?: boolean; title?: string } },
        any
      >;
      updateExt: FunctionReference<
        "mutation",
        "public",
        {
          _id: Id<"chats">;
          activeOrganizationId: string;
          activeTeamId?: string;
          externalToken: string;
          memberId: string;
          organizationRole: string;
          patch: { isPinned?: boolean; title?: string };
          userId: string;
        },
        any
      >;
    };
  };
  healthCheck: {
    get: FunctionReference<"query", "public", any, any>;
  };
  privateData: {
    get: FunctionReference<"query", "public", {}, any>;
  };
  sandboxes: {
    index: {
      create: FunctionReference<
        "mutation",
        "public",
        { data: { description?: string; name: string } },
        any
      >;
      deleteSandbox: FunctionReference<
        "mutation",
        "public",
        { _id: Id<"sandboxes"> },
        any
      >;
      get: FunctionReference<"query", "public", { _id: Id<"sandboxes"> }, any>;
      getChats: FunctionReference<
        "query",
        "public",
        {
          _id: Id<"sandboxes">;
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
      getOrgStats: FunctionReference<"query", "public", {}, any>;
      getUserStats: FunctionReference<"query", "public", {}, any>;
      list: FunctionReference<
        "query",
        "public",
        {
          filters: { name?: string };
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
      search: FunctionReference<
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
          _id: Id<"sandboxes">;
          patch: { description?: string | null; name?: string };
        },
        any
      >;
    };
    nodeFunctions: {
      createChatPreviewAccess: FunctionReference<
        "action",
        "public",
        { chatId: Id<"chats">; previewPort?: number },
        any
      >;
      createChatSshAccess: FunctionReference<
        "action",
        "public",
        { chatId: Id<"chats">; expiresInMinutes?: number },
        any
      >;
    };
  };
  todos: {
    index: {
      assignMember: FunctionReference<
        "mutation",
        "public",
        { memberId: string; todoId: Id<"todos"> },
        any
      >;
      create: FunctionReference<
        "mutation",
        "public",
        {
          data: {
            description?: string;
            dueDate?: number | null;
            endTime?: number | null;
            priority?: "low" | "medium" | "high";
            startTime?: number | null;
            status?: "todo" | "in_progress" | "done";
            teamId?: string;
            title: string;
          };
        },
        any
      >;
      deleteTodo: FunctionReference<
        "mutation",
        "public",
        { _id: Id<"todos"> },
        any
      >;
      get: FunctionReference<"query", "public", { _id: Id<"todos"> }, any>;
      getOrgStats: FunctionReference<"query", "public", {}, any>;
      getTeamStats: FunctionReference<
        "query",
        "public",
        { teamId?: string },
        any
      >;
      getUserStats: FunctionReference<
        "query",
        "public",
        { memberId?: string },
        any
      >;
      list: FunctionReference<
        "query",
        "public",
        {
          filters: {
            assignedMemberId?: string;
            description?: string;
            dueDate?: number;
            dueDateFrom?: number;
            dueDateTo?: number;
            memberId?: string;
            priority?: "low" | "medium" | "high";
            status?: "todo" | "in_progress" | "done";
            teamId?: string;
            title?: string;
            updatedAt?: number;
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
      listAssigned: FunctionReference<
        "query",
        "public",
        {
          memberId?: string;
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
      unassignMember: FunctionReference<
        "mutation",
        "public",
        { memberId: string; todoId: Id<"todos"> },
        any
      >;
      update: FunctionReference<
        "mutation",
        "public",
        {
          _id: Id<"todos">;
          patch: {
            description?: string | null;
            dueDate?: number | null;
            endTime?: number | null;
            priority?: "low" | "medium" | "high";
            startTime?: number | null;
            status?: "todo" | "in_progress" | "done";
            teamId?: string | null;
            title?: string;
          };
        },
        any
      >;
    };
  };
  workflows: {
    index: {
      create: FunctionReference<
        "mutation",
        "public",
        {
          data: {
            allowedActions: Array<"send_message" | "http_request" | "notify">;
            inputModalities?: Array<"text" | "image" | "file">;
            instructions: string;
            model: string;
            name: string;
            sandboxId?: Id<"sandboxes">;
            trigger:
              | { secret: string; type: "webhook" }
              | { cron: string; type: "schedule" }
              | {
                  event:
                    | "on_chat_create"
                    | "on_chat_delete"
                    | "on_sandbox_provision"
                    | "on_sandbox_delete"
                    | "on_todo_create"
                    | "on_todo_complete";
                  type: "event";
                };
          };
        },
        any
      >;
      deleteWorkflow: FunctionReference<
        "mutation",
        "public",
        { _id: Id<"workflows"> },
        any
      >;
      deleteWorkflowExt: FunctionReference<
        "mutation",
        "public",
        {
          _id: Id<"workflows">;
          activeOrganizationId: string;
          activeTeamId?: string;
          externalToken: string;
          memberId: string;
          organizationRole: string;
          userId: string;
        },
        any
      >;
      finalizeWorkflowStepsExt: FunctionReference<
        "mutation",
        "public",
        {
          activeOrganizationId: string;
          activeTeamId?: string;
          executionId: Id<"workflowExecutions">;
          externalToken: string;
          memberId: string;
          organizationRole: string;
          userId: string;
        },
        any
      >;
      get: FunctionReference<"query", "public", { _id: Id<"workflows"> }, any>;
      getExecution: FunctionReference<
        "query",
        "public",
        { _id: Id<"workflowExecutions"> },
        any
      >;
      getExecutionExt: FunctionReference<
        "query",
        "public",
        {
          _id: Id<"workflowExecutions">;
          activeOrganizationId: string;
          activeTeamId?: string;
          externalToken: string;
          memberId: string;
          organizationRole: string;
          userId: string;
        },
        any
      >;
      getExt: FunctionReference<
        "query",
        "public",
        {
          _id: Id<"workflows">;
          activeOrganizationId: string;
          activeTeamId?: string;
          externalToken: string;
          memberId: string;
          organizationRole: string;
          userId: string;
        },
        any
      >;
      getForExecutionExt: FunctionReference<
        "query",
        "public",
        {
          _id: Id<"workflows">;
          activeOrganizationId: string;
          activeTeamId?: string;
          externalToken: string;
          memberId: string;
          organizationRole: string;
          userId: string;
        },
        any
      >;
      list: FunctionReference<
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
        },
        any
      >;
      listExecutions: FunctionReference<
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
          workflowId: Id<"workflows">;
        },
        any
      >;
      listExecutionsExt: FunctionReference<
        "query",
        "public",
        {
          activeOrganizationId: string;
          activeTeamId?: string;
          externalToken: string;
          memberId: string;
          organizationRole: string;
          paginationOpts: {
            cursor: string | null;
            endCursor?: string | null;
            id?: number;
            maximumBytesRead?: number;
            maximumRowsRead?: number;
            numItems: number;
          };
          userId: string;
          workflowId: Id<"workflows">;
        },
        any
      >;
      listExt: FunctionReference<
        "query",
        "public",
        {
          activeOrganizationId: string;
          activeTeamId?: string;
          externalToken: string;
          memberId: string;
          organizationRole: string;
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
      recordWorkflowStepOutcomeExt: FunctionReference<
        "mutation",
        "public",
        {
          action: "send_message" | "http_request" | "notify";
          activeOrganizationId: string;
          activeTeamId?: string;
          error?: string;
          executionId: Id<"workflowExecutions">;
          externalToken: string;
          memberId: string;
          organizationRole: string;
          outcome: "success" | "failure";
          userId: string;
        },
        any
      >;
      retryExecution: FunctionReference<
        "mutation",
        "public",
        { executionId: Id<"workflowExecutions"> },
        any
      >;
      toggle: FunctionReference<
        "mutation",
        "public",
        { _id: Id<"workflows">; enabled: boolean },
        any
      >;
      update: FunctionReference<
        "mutation",
        "public",
        {
          _id: Id<"workflows">;
          patch: {
            allowedActions?: Array<"send_message" | "http_request" | "notify">;
            enabled?: boolean;
            inputModalities?: Array<"text" | "image" | "file">;
            instructions?: string;
            model?: string;
            name?: string;
            sandboxId?: Id<"sandboxes"> | null;
            trigger?:
              | { secret: string; type: "webhook" }
              | { cron: string; type: "schedule" }
              | {
                  event:
                    | "on_chat_create"
                    | "on_chat_delete"
                    | "on_sandbox_provision"
                    | "on_sandbox_delete"
                    | "on_todo_create"
                    | "on_todo_complete";
                  type: "event";
                };
          };
        },
        any
      >;
      updateExecutionStatusExt: FunctionReference<
        "mutation",
        "public",
        {
          activeOrganizationId: string;
          activeTeamId?: string;
          agentOutput?: string;
          completedAt?: number;
          error?: string;
          executionId: Id<"workflowExecutions">;
          externalToken: string;
          memberId: string;
          organizationRole: string;
          status: "running" | "completed" | "failed" | "cancelled";
          toolCalls?: string;
          userId: string;
        },
        any
      >;
      updateExt: FunctionReference<
        "mutation",
        "public",
        {
          _id: Id<"workflows">;
          activeOrganizationId: string;
          activeTeamId?: string;
          externalToken: string;
          memberId: string;
          organizationRole: string;
          patch: {
            allowedActions?: Array<"send_message" | "http_request" | "notify">;
            enabled?: boolean;
            inputModalities?: Array<"text" | "image" | "file">;
            instructions?: string;
            model?: string;
            name?: string;
            sandboxId?: Id<"sandboxes"> | null;
            trigger?:
              | { secret: string; type: "webhook" }
              | { cron: string; type: "schedule" }
              | {
                  event:
                    | "on_chat_create"
                    | "on_chat_delete"
                    | "on_sandbox_provision"
                    | "on_sandbox_delete"
                    | "on_todo_create"
                    | "on_todo_complete";
                  type: "event";
                };
          };
          userId: string;
        },
        any
      >;
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
  auth: {
    getLatestJwks: FunctionReference<"action", "internal", {}, any>;
  };
  migrations: {
    addIsPinnedToChats: FunctionReference<
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
    addMemberIdToChats: FunctionReference<
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
    addMemberIdToTodos: FunctionReference<
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
    deleteChatMissingMemberId: FunctionReference<
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
    deleteChatsWithoutMemberId: FunctionReference<
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
    deleteTodosWithoutMemberId: FunctionReference<
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
  };
  sandboxes: {
    index: {
      createInternal: FunctionReference<
        "mutation",
        "internal",
        {
          activeOrganizationId: string;
          activeTeamId?: string;
          data: { description?: string; name: string };
          memberId: string;
          organizationRole: string;
          userId: string;
        },
        any
      >;
    };
    nodeFunctions: {
      destroy: FunctionReference<
        "action",
        "internal",
        { sandboxId: Id<"sandboxes"> },
        any
      >;
      provision: FunctionReference<
        "action",
        "internal",
        { sandboxId: Id<"sandboxes"> },
        any
      >;
    };
  };
  workflows: {
    dispatch: {
      dispatchWorkflow: FunctionReference<
        "action",
        "internal",
        {
          activeOrganizationId: string;
          activeTeamId?: string;
          memberId: string;
          organizationRole: string;
          triggerPayload?: string;
          userId: string;
          workflowId: Id<"workflows">;
        },
        any
      >;
      dispatchWorkflowBatch: FunctionReference<
        "action",
        "internal",
        {
          dispatches: Array<{
            activeOrganizationId: string;
            activeTeamId?: string;
            memberId: string;
            organizationRole: string;
            triggerPayload?: string;
            userId: string;
            workflowId: Id<"workflows">;
          }>;
        },
        any
      >;
    };
    index: {
      createExecution: FunctionReference<
        "mutation",
        "internal",
        {
          activeOrganizationId: string;
          activeTeamId?: string;
          memberId: string;
          organizationRole: string;
          triggerPayload?: string;
          userId: string;
          workflowId: Id<"workflows">;
        },
        any
      >;
    };
    internalMutations: {
      failExecution: FunctionReference<
        "mutation",
        "internal",
        { error: string; executionId: Id<"workflowExecutions"> },
        any
      >;
    };
    scheduler: {
      executeScheduledWorkflow: FunctionReference<
        "mutation",
        "internal",
        {
          cron: string;
          expectedUpdatedAt: number;
          scheduledAt: number;
          workflowId: Id<"workflows">;
        },
        any
      >;
      scheduleNext: FunctionReference<
        "mutation",
        "internal",
        { fromTimestamp?: number; workflowId: Id<"workflows"> },
        any
      >;
    };
    webhookQuery: {
      getEnabledWorkflow: FunctionReference<
        "query",
        "internal",
        { workflowId: Id<"workflows"> },
        any
      >;
    };
  };
};

export declare const components: {
  betterAuth: import("../betterAuth/_generated/component.js").ComponentApi<"betterAuth">;
  migrations: import("@convex-dev/migrations/_generated/component.js").ComponentApi<"migrations">;
  todosByStatus: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"todosByStatus">;
  todosByPriority: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"todosByPriority">;
  todosByOrg: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"todosByOrg">;
  todosByTeam: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"todosByTeam">;
  todosByTeamStatus: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"todosByTeamStatus">;
  todosByCreator: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"todosByCreator">;
  todosByCreatorStatus: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"todosByCreatorStatus">;
  chatsByOrg: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"chatsByOrg">;
  chatsByMember: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"chatsByMember">;
  sandboxesByOrg: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"sandboxesByOrg">;
  sandboxesByUser: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"sandboxesByUser">;
  orgMemberAttachmentsByOrg: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"orgMemberAttachmentsByOrg">;
  orgMemberAttachmentsByMember: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"orgMemberAttachmentsByMember">;
};
