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
  messages: {
    document: {
      profile: Id<"profiles">;
      reactions: Array<{
        emoji: "❤️" | "😂" | "👍" | "👎";
        profile: Id<"profiles">;
      }>;
      replyTo?: Id<"messages">;
      seenBy: Array<{ profile: Id<"profiles">; timestamp: number }>;
      slug: "general" | "organize-react-projects";
      snapshots: Array<{ content: string; timestamp: number }>;
      _id: Id<"messages">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "profile"
      | "reactions"
      | "replyTo"
      | "seenBy"
      | "slug"
      | "snapshots";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_slug: ["slug", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  notifications: {
    document: {
      messages: Array<Id<"messages">>;
      recipient: Id<"profiles">;
      taskId: Id<"_scheduled_functions">;
      _id: Id<"notifications">;
      _creationTime: number;
    };
    fieldPaths: "_creationTime" | "_id" | "messages" | "recipient" | "taskId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_recipient: ["recipient", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  preferences: {
    document: {
      notifications: { posts: boolean; replies: boolean };
      profile: Id<"profiles">;
      _id: Id<"preferences">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "notifications"
      | "notifications.posts"
      | "notifications.replies"
      | "profile";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_profile: ["profile", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  profiles: {
    document: {
      imageKey?: string;
      name: string;
      user: string;
      username: string;
      _id: Id<"profiles">;
      _creationTime: number;
    };
    fieldPaths:
      "_creationTime" | "_id" | "imageKey" | "name" | "user" | "username";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_user: ["user", "_creationTime"];
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
