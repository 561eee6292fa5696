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
  chats: {
    document: {
      executionStatus?:
        "pending" | "running" | "completed" | "failed" | "cancelled" | "idle";
      isPinned: boolean;
      memberId: string;
      organizationId: string;
      sandboxId?: Id<"sandboxes">;
      title: string;
      updatedAt: number;
      _id: Id<"chats">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "executionStatus"
      | "isPinned"
      | "memberId"
      | "organizationId"
      | "sandboxId"
      | "title"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      memberId: ["memberId", "_creationTime"];
      organizationId: ["organizationId", "updatedAt", "_creationTime"];
      organizationId_memberId_isPinned_executionStatus: [
        "organizationId",
        "memberId",
        "isPinned",
        "executionStatus",
        "updatedAt",
        "_creationTime",
      ];
      sandboxId: ["sandboxId", "_creationTime"];
    };
    searchIndexes: {
      title: {
        searchField: "title";
        filterFields:
          "executionStatus" | "isPinned" | "memberId" | "organizationId";
      };
    };
    vectorIndexes: {};
  };
  globalAttachments: {
    document: {
      contentType?: string;
      hash: string;
      size: number;
      storageId: Id<"_storage">;
      _id: Id<"globalAttachments">;
      _creationTime: number;
    };
    fieldPaths:
      "_creationTime" | "_id" | "contentType" | "hash" | "size" | "storageId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      hash: ["hash", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  orgMemberAttachments: {
    document: {
      contentType?: string;
      fileName: string;
      globalAttachmentId: Id<"globalAttachments">;
      memberId: string;
      organizationId: string;
      size: number;
      updatedAt: number;
      _id: Id<"orgMemberAttachments">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "contentType"
      | "fileName"
      | "globalAttachmentId"
      | "memberId"
      | "organizationId"
      | "size"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      globalAttachmentId: ["globalAttachmentId", "_creationTime"];
      memberId: ["memberId", "_creationTime"];
      organizationId: ["organizationId", "updatedAt", "_creationTime"];
      organizationId_memberId: [
        "organizationId",
        "memberId",
        "updatedAt",
        "_creationTime",
      ];
      organizationId_memberId_globalAttachmentId: [
        "organizationId",
        "memberId",
        "globalAttachmentId",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  sandboxes: {
    document: {
      description?: string;
      name: string;
      organizationId: string;
      updatedAt: number;
      userId: string;
      _id: Id<"sandboxes">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "description"
      | "name"
      | "organizationId"
      | "updatedAt"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      organizationId: ["organizationId", "updatedAt", "_creationTime"];
      organizationId_userId: [
        "organizationId",
        "userId",
        "updatedAt",
        "_creationTime",
      ];
      userId: ["userId", "_creationTime"];
    };
    searchIndexes: {
      name: {
        searchField: "name";
        filterFields: "organizationId" | "userId";
      };
    };
    vectorIndexes: {};
  };
  todoAssignedMembers: {
    document: {
      assignedByMemberId: string;
      memberId: string;
      todoId: Id<"todos">;
      _id: Id<"todoAssignedMembers">;
      _creationTime: number;
    };
    fieldPaths:
      "_creationTime" | "_id" | "assignedByMemberId" | "memberId" | "todoId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      memberId: ["memberId", "_creationTime"];
      todoId: ["todoId", "_creationTime"];
      todoId_memberId: ["todoId", "memberId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  todos: {
    document: {
      description?: string;
      dueDate?: number | null;
      endTime?: number | null;
      memberId: string;
      organizationId: string;
      priority?: "low" | "medium" | "high";
      startTime?: number | null;
      status?: "todo" | "in_progress" | "done";
      teamId?: string;
      title: string;
      updatedAt: number;
      _id: Id<"todos">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "description"
      | "dueDate"
      | "endTime"
      | "memberId"
      | "organizationId"
      | "priority"
      | "startTime"
      | "status"
      | "teamId"
      | "title"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      memberId: ["memberId", "_creationTime"];
      organizationId: ["organizationId", "updatedAt", "_creationTime"];
      organizationId_memberId: [
        "organizationId",
        "memberId",
        "updatedAt",
        "_creationTime",
      ];
      organizationId_teamId: [
        "organizationId",
        "teamId",
        "updatedAt",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  workflowExecutions: {
    document: {
      agentOutput?: string;
      completedAt?: number;
      error?: string;
      memberId: string;
      organizationId: string;
      requiredActionsFailure: number;
      requiredActionsStatus: "pending" | "success" | "failure";
      requiredActionsSuccess: number;
      requiredActionsTotal: number;
      startedAt: number;
      status: "pending" | "running" | "completed" | "failed" | "cancelled";
      toolCalls?: string;
      triggerPayload?: string;
      workflowId: Id<"workflows">;
      _id: Id<"workflowExecutions">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "agentOutput"
      | "completedAt"
      | "error"
      | "memberId"
      | "organizationId"
      | "requiredActionsFailure"
      | "requiredActionsStatus"
      | "requiredActionsSuccess"
      | "requiredActionsTotal"
      | "startedAt"
      | "status"
      | "toolCalls"
      | "triggerPayload"
      | "workflowId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      organizationId_status: [
        "organizationId",
        "status",
        "startedAt",
        "_creationTime",
      ];
      workflowId: ["workflowId", "_creationTime"];
      workflowId_startedAt: ["workflowId", "startedAt", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  workflows: {
    document: {
      allowedActions: Array<"send_message" | "http_request" | "notify">;
      enabled: boolean;
      inputModalities: Array<"text" | "image" | "file">;
      instructions: string;
      lastScheduledAt?: number;
      memberId: string;
      model: string;
      name: string;
      organizationId: string;
      sandboxId?: Id<"sandboxes">;
      trigger: string;
      triggerType: "webhook" | "schedule" | "event";
      updatedAt: number;
      _id: Id<"workflows">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "allowedActions"
      | "enabled"
      | "inputModalities"
      | "instructions"
      | "lastScheduledAt"
      | "memberId"
      | "model"
      | "name"
      | "organizationId"
      | "sandboxId"
      | "trigger"
      | "triggerType"
      | "updatedAt";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      enabled: ["enabled", "_creationTime"];
      enabled_triggerType: ["enabled", "triggerType", "_creationTime"];
      enabled_triggerType_updatedAt: [
        "enabled",
        "triggerType",
        "updatedAt",
        "_creationTime",
      ];
      organizationId_enabled: ["organizationId", "enabled", "_creationTime"];
      organizationId_enabled_triggerType: [
        "organizationId",
        "enabled",
        "triggerType",
        "_creationTime",
      ];
      organizationId_memberId: ["organizationId", "memberId", "_creationTime"];
      sandboxId: ["sandboxId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  workflowSteps: {
    document: {
      action: "send_message" | "http_request" | "notify";
      callCount: number;
      failureCount: number;
      failureReason?: "tool_error" | "not_called";
      firstCalledAt?: number;
      lastCalledAt?: number;
      lastError?: string;
      status: "pending" | "success" | "failure";
      successCount: number;
      updatedAt: number;
      workflowExecutionId: Id<"workflowExecutions">;
      _id: Id<"workflowSteps">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "action"
      | "callCount"
      | "failureCount"
      | "failureReason"
      | "firstCalledAt"
      | "lastCalledAt"
      | "lastError"
      | "status"
      | "successCount"
      | "updatedAt"
      | "workflowExecutionId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      workflowExecutionId: ["workflowExecutionId", "_creationTime"];
      workflowExecutionId_action: [
        "workflowExecutionId",
        "action",
        "_creationTime",
      ];
      workflowExecutionId_updatedAt: [
        "workflowExecutionId",
        "updatedAt",
        "_creationTime",
      ];
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
