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
  example: {
    add: FunctionReference<
      "mutation",
      "public",
      { targetId: string; text: string },
      any
    >;
    addComment: FunctionReference<
      "mutation",
      "public",
      { targetId: string; text: string },
      any
    >;
    list: FunctionReference<"query", "public", { targetId: string }, any>;
    listComments: FunctionReference<
      "query",
      "public",
      { targetId: string },
      any
    >;
    translate: FunctionReference<
      "action",
      "public",
      { commentId: string },
      any
    >;
    translateComment: FunctionReference<
      "action",
      "public",
      { commentId: string },
      any
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
export declare const internal: {};

export declare const components: {
  sampleComponent: import("@example/sample-component/_generated/component.js").ComponentApi<"sampleComponent">;
};
