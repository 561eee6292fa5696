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
  activities: {
    document: {
      activityDate?: string;
      distance: number;
      duration: number;
      elevationGain?: number;
      lapCount: number;
      name: string;
      slug: string;
      source: "file" | "strava";
      sourceFormat: "gpx" | "tcx";
      sport?: string;
      stravaActivityId?: number;
      tokenIdentifier: string;
      xmlStorageId: Id<"_storage">;
      _id: Id<"activities">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "activityDate"
      | "distance"
      | "duration"
      | "elevationGain"
      | "lapCount"
      | "name"
      | "slug"
      | "source"
      | "sourceFormat"
      | "sport"
      | "stravaActivityId"
      | "tokenIdentifier"
      | "xmlStorageId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_slug: ["slug", "_creationTime"];
      by_tokenIdentifier: ["tokenIdentifier", "_creationTime"];
      by_tokenIdentifier_and_stravaActivityId: [
        "tokenIdentifier",
        "stravaActivityId",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  activityColumns: {
    document: {
      activityId: Id<"activities">;
      columnId: Id<"columnDefinitions">;
      order: number;
      tokenIdentifier: string;
      _id: Id<"activityColumns">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "activityId"
      | "columnId"
      | "order"
      | "tokenIdentifier";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_columnId: ["columnId", "_creationTime"];
      by_tokenIdentifier_and_activityId: [
        "tokenIdentifier",
        "activityId",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  columnDefinitions: {
    document: {
      formula?: {
        left: string;
        operator: "divide" | "multiply" | "add" | "subtract" | "divideby";
        right: string;
      };
      isShared: boolean;
      name: string;
      tokenIdentifier: string;
      type: "manual" | "computed";
      _id: Id<"columnDefinitions">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "formula"
      | "formula.left"
      | "formula.operator"
      | "formula.right"
      | "isShared"
      | "name"
      | "tokenIdentifier"
      | "type";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_tokenIdentifier: ["tokenIdentifier", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  columnValues: {
    document: {
      activityId: Id<"activities">;
      columnId: Id<"columnDefinitions">;
      lapId: string;
      tokenIdentifier: string;
      value: number;
      _id: Id<"columnValues">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "activityId"
      | "columnId"
      | "lapId"
      | "tokenIdentifier"
      | "value";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_columnId: ["columnId", "_creationTime"];
      by_tokenIdentifier_and_activityId_and_columnId: [
        "tokenIdentifier",
        "activityId",
        "columnId",
        "_creationTime",
      ];
      by_tokenIdentifier_and_activityId_and_columnId_and_lapId: [
        "tokenIdentifier",
        "activityId",
        "columnId",
        "lapId",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  creditTransactions: {
    document: {
      amount: number;
      balanceAfter: number;
      createdAt: number;
      metadata?: string;
      pool: "plan" | "purchased";
      tokenIdentifier: string;
      type: "plan_grant" | "purchase" | "usage" | "plan_reset";
      _id: Id<"creditTransactions">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "amount"
      | "balanceAfter"
      | "createdAt"
      | "metadata"
      | "pool"
      | "tokenIdentifier"
      | "type";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_tokenIdentifier: ["tokenIdentifier", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  stravaConnections: {
    document: {
      accessToken: string;
      athleteId: number;
      athleteName?: string;
      expiresAt: number;
      refreshToken: string;
      scope: string;
      tokenIdentifier: string;
      _id: Id<"stravaConnections">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "accessToken"
      | "athleteId"
      | "athleteName"
      | "expiresAt"
      | "refreshToken"
      | "scope"
      | "tokenIdentifier";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_tokenIdentifier: ["tokenIdentifier", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  userProfiles: {
    document: {
      plan: "free" | "premium";
      planCredits: number;
      purchasedCredits: number;
      stripeCustomerId?: string;
      stripeSubscriptionId?: string;
      tokenIdentifier: string;
      _id: Id<"userProfiles">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "plan"
      | "planCredits"
      | "purchasedCredits"
      | "stripeCustomerId"
      | "stripeSubscriptionId"
      | "tokenIdentifier";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_stripeCustomerId: ["stripeCustomerId", "_creationTime"];
      by_tokenIdentifier: ["tokenIdentifier", "_creationTime"];
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
