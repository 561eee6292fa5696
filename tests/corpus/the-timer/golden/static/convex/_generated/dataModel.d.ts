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
  categories: {
    document: {
      name: string;
      updated_at: number;
      userId: Id<"users">;
      _id: Id<"categories">;
      _creationTime: number;
    };
    fieldPaths: "_creationTime" | "_id" | "name" | "updated_at" | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      userId: ["userId", "_creationTime"];
    };
    searchIndexes: {
      name: {
        searchField: "name";
        filterFields: "userId";
      };
    };
    vectorIndexes: {};
  };
  clients: {
    document: {
      hourly_rate_cents?: number;
      name: string;
      updated_at: number;
      userId: Id<"users">;
      _id: Id<"clients">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "hourly_rate_cents"
      | "name"
      | "updated_at"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      userId: ["userId", "_creationTime"];
    };
    searchIndexes: {
      name: {
        searchField: "name";
        filterFields: "userId";
      };
    };
    vectorIndexes: {};
  };
  invoice_presets: {
    document: {
      grouping_rules: Array<{
        group_by: "client" | "project" | "category" | "name";
      }>;
      include_date_range: boolean;
      include_duration: boolean;
      merge_entries: boolean;
      name: string;
      updated_at: number;
      userId: Id<"users">;
      _id: Id<"invoice_presets">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "grouping_rules"
      | "include_date_range"
      | "include_duration"
      | "merge_entries"
      | "name"
      | "updated_at"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      userId: ["userId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  invoices: {
    document: {
      clientId?: Id<"clients">;
      end_date: number;
      line_items: Array<{
        amount_cents: number;
        duration_ms: number;
        group_key?: string;
        label: string;
        rate_cents: number;
      }>;
      notes?: string;
      number?: string;
      start_date: number;
      subtotal_cents: number;
      updated_at: number;
      userId: Id<"users">;
      _id: Id<"invoices">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "clientId"
      | "end_date"
      | "line_items"
      | "notes"
      | "number"
      | "start_date"
      | "subtotal_cents"
      | "updated_at"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_user_and_client: ["userId", "clientId", "_creationTime"];
      by_user_and_end_date: ["userId", "end_date", "_creationTime"];
      clientId: ["clientId", "_creationTime"];
      userId: ["userId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  projects: {
    document: {
      clientId?: Id<"clients">;
      hourly_rate_cents?: number;
      name: string;
      status: "active" | "archived" | "completed";
      updated_at: number;
      userId: Id<"users">;
      _id: Id<"projects">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "clientId"
      | "hourly_rate_cents"
      | "name"
      | "status"
      | "updated_at"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_user_and_client: ["userId", "clientId", "_creationTime"];
      clientId: ["clientId", "_creationTime"];
      userId: ["userId", "_creationTime"];
    };
    searchIndexes: {
      name: {
        searchField: "name";
        filterFields: "clientId" | "userId";
      };
    };
    vectorIndexes: {};
  };
  tags: {
    document: {
      color_code?: string;
      name: string;
      updated_at: number;
      userId: Id<"users">;
      _id: Id<"tags">;
      _creationTime: number;
    };
    fieldPaths:
      "_creationTime" | "_id" | "color_code" | "name" | "updated_at" | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      userId: ["userId", "_creationTime"];
    };
    searchIndexes: {
      name: {
        searchField: "name";
        filterFields: "userId";
      };
    };
    vectorIndexes: {};
  };
  time_entries: {
    document: {
      billable?: boolean;
      categoryId?: Id<"categories">;
      clientId?: Id<"clients">;
      description?: string;
      duration?: number;
      end_time?: number;
      name: string;
      notes?: string;
      projectId?: Id<"projects">;
      start_time?: number;
      updated_at: number;
      userId: Id<"users">;
      _id: Id<"time_entries">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "billable"
      | "categoryId"
      | "clientId"
      | "description"
      | "duration"
      | "end_time"
      | "name"
      | "notes"
      | "projectId"
      | "start_time"
      | "updated_at"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_user_and_category: ["userId", "categoryId", "_creationTime"];
      by_user_and_client: ["userId", "clientId", "_creationTime"];
      by_user_and_project: ["userId", "projectId", "_creationTime"];
      by_user_category_start: [
        "userId",
        "categoryId",
        "start_time",
        "_creationTime",
      ];
      by_user_client_start: [
        "userId",
        "clientId",
        "start_time",
        "_creationTime",
      ];
      by_user_end_time: ["userId", "end_time", "_creationTime"];
      by_user_project_start: [
        "userId",
        "projectId",
        "start_time",
        "_creationTime",
      ];
      by_user_start_time: ["userId", "start_time", "_creationTime"];
      categoryId: ["categoryId", "_creationTime"];
      clientId: ["clientId", "_creationTime"];
      projectId: ["projectId", "_creationTime"];
      userId: ["userId", "_creationTime"];
    };
    searchIndexes: {
      name: {
        searchField: "name";
        filterFields: "categoryId" | "clientId" | "projectId" | "userId";
      };
    };
    vectorIndexes: {};
  };
  time_entries_to_tags: {
    document: {
      tagsId: Id<"tags">;
      time_entriesId: Id<"time_entries">;
      _id: Id<"time_entries_to_tags">;
      _creationTime: number;
    };
    fieldPaths: "_creationTime" | "_id" | "tagsId" | "time_entriesId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      tagsId: ["tagsId", "_creationTime"];
      tagsId_time_entriesId: ["tagsId", "time_entriesId", "_creationTime"];
      time_entriesId: ["time_entriesId", "_creationTime"];
      time_entriesId_tagsId: ["time_entriesId", "tagsId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  user_settings: {
    document: {
      default_currency?: string;
      default_hourly_rate?: number;
      updated_at: number;
      userId: Id<"users">;
      _id: Id<"user_settings">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "default_currency"
      | "default_hourly_rate"
      | "updated_at"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      userId: ["userId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  users: {
    document: {
      email?: string;
      emailVerificationTime?: number;
      image?: string;
      isAnonymous?: boolean;
      name?: string;
      updated_at?: number;
      _id: Id<"users">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "email"
      | "emailVerificationTime"
      | "image"
      | "isAnonymous"
      | "name"
      | "updated_at";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      email: ["email", "_creationTime"];
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
