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
  chatMessagesStorageState: {
    document: {
      chatId: Id<"chats">;
      description?: string;
      lastMessageRank: number;
      partIndex: number;
      snapshotId?: Id<"_storage">;
      storageId: Id<"_storage"> | null;
      subchatIndex: number;
      _id: Id<"chatMessagesStorageState">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "chatId"
      | "description"
      | "lastMessageRank"
      | "partIndex"
      | "snapshotId"
      | "storageId"
      | "subchatIndex";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      byChatId: [
        "chatId",
        "subchatIndex",
        "lastMessageRank",
        "partIndex",
        "_creationTime",
      ];
      bySnapshotId: ["snapshotId", "_creationTime"];
      byStorageId: ["storageId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  chats: {
    document: {
      convexProject?:
        | {
            deploymentName: string;
            deploymentUrl: string;
            kind: "connected";
            projectSlug: string;
            teamSlug: string;
            warningMessage?: string;
          }
        | {
            checkConnectionJobId?: Id<"_scheduled_functions">;
            kind: "connecting";
          }
        | { errorMessage: string; kind: "failed" };
      creatorId: Id<"sessions">;
      description?: string;
      hasBeenDeployed?: boolean;
      initialId: string;
      isDeleted?: boolean;
      lastMessageRank?: number;
      lastSubchatIndex: number;
      metadata?: any;
      snapshotId?: Id<"_storage">;
      timestamp: string;
      urlId?: string;
      _id: Id<"chats">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "convexProject"
      | "convexProject.checkConnectionJobId"
      | "convexProject.deploymentName"
      | "convexProject.deploymentUrl"
      | "convexProject.errorMessage"
      | "convexProject.kind"
      | "convexProject.projectSlug"
      | "convexProject.teamSlug"
      | "convexProject.warningMessage"
      | "creatorId"
      | "description"
      | "hasBeenDeployed"
      | "initialId"
      | "isDeleted"
      | "lastMessageRank"
      | "lastSubchatIndex"
      | "metadata"
      | "snapshotId"
      | "timestamp"
      | "urlId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      byCreatorAndId: ["creatorId", "initialId", "isDeleted", "_creationTime"];
      byCreatorAndUrlId: ["creatorId", "urlId", "isDeleted", "_creationTime"];
      byInitialId: ["initialId", "isDeleted", "_creationTime"];
      bySnapshotId: ["snapshotId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  convexAdmins: {
    document: {
      convexMemberId: Id<"convexMembers">;
      lastCheckedForAdminStatus: number;
      wasAdmin: boolean;
      _id: Id<"convexAdmins">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "convexMemberId"
      | "lastCheckedForAdminStatus"
      | "wasAdmin";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      byConvexMemberId: ["convexMemberId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  convexMembers: {
    document: {
      apiKey?: {
        google?: string;
        openai?: string;
        preference: "always" | "quotaExhausted";
        value?: string;
        xai?: string;
      };
      cachedProfile?: {
        avatar: string;
        email: string;
        id: string;
        username: string;
      };
      convexMemberId?: string;
      softDeletedForWorkOSMerge?: boolean;
      tokenIdentifier: string;
      _id: Id<"convexMembers">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "apiKey"
      | "apiKey.google"
      | "apiKey.openai"
      | "apiKey.preference"
      | "apiKey.value"
      | "apiKey.xai"
      | "cachedProfile"
      | "cachedProfile.avatar"
      | "cachedProfile.email"
      | "cachedProfile.id"
      | "cachedProfile.username"
      | "convexMemberId"
      | "softDeletedForWorkOSMerge"
      | "tokenIdentifier";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      byConvexMemberId: [
        "convexMemberId",
        "softDeletedForWorkOSMerge",
        "_creationTime",
      ];
      byTokenIdentifier: ["tokenIdentifier", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  convexProjectCredentials: {
    document: {
      memberId?: Id<"convexMembers">;
      projectDeployKey: string;
      projectSlug: string;
      teamSlug: string;
      _id: Id<"convexProjectCredentials">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "memberId"
      | "projectDeployKey"
      | "projectSlug"
      | "teamSlug";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      bySlugs: ["teamSlug", "projectSlug", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  debugChatApiRequestLog: {
    document: {
      chatId: Id<"chats">;
      chefTokens: number;
      finishReason: string;
      modelId: string;
      promptCoreMessagesStorageId: Id<"_storage">;
      responseCoreMessages: Array<any>;
      subchatIndex?: number;
      usage: {
        cachedPromptTokens: number;
        completionTokens: number;
        promptTokens: number;
      };
      _id: Id<"debugChatApiRequestLog">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "chatId"
      | "chefTokens"
      | "finishReason"
      | "modelId"
      | "promptCoreMessagesStorageId"
      | "responseCoreMessages"
      | "subchatIndex"
      | "usage"
      | "usage.cachedPromptTokens"
      | "usage.completionTokens"
      | "usage.promptTokens";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      byChatId: ["chatId", "_creationTime"];
      byStorageId: ["promptCoreMessagesStorageId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  memberOpenAITokens: {
    document: {
      lastUsedTime: number | null;
      memberId: Id<"convexMembers">;
      requestsRemaining: number;
      token: string;
      _id: Id<"memberOpenAITokens">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "lastUsedTime"
      | "memberId"
      | "requestsRemaining"
      | "token";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      byMemberId: ["memberId", "_creationTime"];
      byToken: ["token", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  migrations: {
    document: {
      cursor: string | null;
      forReal: boolean;
      isDone: boolean;
      latestEnd?: number;
      name: string;
      numDeleted: number;
      processed: number;
      _id: Id<"migrations">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "cursor"
      | "forReal"
      | "isDone"
      | "latestEnd"
      | "name"
      | "numDeleted"
      | "processed";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      isDone: ["isDone", "_creationTime"];
      name: ["name", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  resendTokens: {
    document: {
      lastUsedTime: number | null;
      memberId: Id<"convexMembers">;
      requestsRemaining: number;
      token: string;
      verifiedEmail: string;
      _id: Id<"resendTokens">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "lastUsedTime"
      | "memberId"
      | "requestsRemaining"
      | "token"
      | "verifiedEmail";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      byMemberId: ["memberId", "_creationTime"];
      byToken: ["token", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  sessions: {
    document: {
      memberId?: Id<"convexMembers">;
      _id: Id<"sessions">;
      _creationTime: number;
    };
    fieldPaths: "_creationTime" | "_id" | "memberId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      byMemberId: ["memberId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  shares: {
    document: {
      chatHistoryId: Id<"_storage"> | null;
      chatId: Id<"chats">;
      code: string;
      description?: string;
      lastMessageRank: number;
      lastSubchatIndex: number;
      partIndex?: number;
      snapshotId: Id<"_storage">;
      _id: Id<"shares">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "chatHistoryId"
      | "chatId"
      | "code"
      | "description"
      | "lastMessageRank"
      | "lastSubchatIndex"
      | "partIndex"
      | "snapshotId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      byChatHistoryId: ["chatHistoryId", "_creationTime"];
      byChatIdAndLastSubchatIndex: [
        "chatId",
        "lastSubchatIndex",
        "_creationTime",
      ];
      byCode: ["code", "_creationTime"];
      bySnapshotId: ["snapshotId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  socialShares: {
    document: {
      allowForkFromLatest: boolean;
      allowShowInGallery: boolean;
      chatId: Id<"chats">;
      code: string;
      linkToDeployed: boolean;
      referralCode?: string | null;
      shared: "shared" | "expresslyUnshared" | "noPreferenceExpressed";
      thumbnailImageStorageId?: Id<"_storage">;
      _id: Id<"socialShares">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "allowForkFromLatest"
      | "allowShowInGallery"
      | "chatId"
      | "code"
      | "linkToDeployed"
      | "referralCode"
      | "shared"
      | "thumbnailImageStorageId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      byAllowShowInGallery: ["allowShowInGallery", "_creationTime"];
      byChatId: ["chatId", "_creationTime"];
      byCode: ["code", "_creationTime"];
      byThumbnailImageStorageId: ["thumbnailImageStorageId", "_creationTime"];
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
