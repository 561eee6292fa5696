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
import { anyApi, componentsGeneric } from "convex/server";

/**
 * A utility for referencing Convex functions in your app's public API.
 *
 * Usage:
 * ```js
 * const myFunctionReference = api.myModule.myFunction;
 * ```
 */
export const api: {
  lib: {
    add: FunctionReference<
      "mutation",
      "public",
      { targetId: string; text: string; userId: string },
      Id<"comments">
    >;
    list: FunctionReference<
      "query",
      "public",
      { limit?: number; targetId: string },
      Array<{
        _creationTime: number;
        _id: Id<"comments">;
        targetId: string;
        text: string;
        userId: string;
      }>
    >;
    translate: FunctionReference<
      "action",
      "public",
      { baseUrl: string; commentId: Id<"comments"> },
      string
    >;
  };
} = anyApi as any;

/**
 * A utility for referencing Convex functions in your app's internal API.
 *
 * Usage:
 * ```js
 * const myFunctionReference = internal.myModule.myFunction;
 * ```
 */
export const internal: {
  lib: {
    getComment: FunctionReference<
      "query",
      "internal",
      { commentId: Id<"comments"> },
      null | {
        _creationTime: number;
        _id: Id<"comments">;
        targetId: string;
        text: string;
        userId: string;
      }
    >;
    updateComment: FunctionReference<
      "mutation",
      "internal",
      { commentId: Id<"comments">; text: string },
      any
    >;
  };
} = anyApi as any;

export const components = componentsGeneric() as unknown as {};
