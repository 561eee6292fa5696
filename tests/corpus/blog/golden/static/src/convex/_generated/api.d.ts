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
  messages: {
    deleteOne: FunctionReference<
      "mutation",
      "public",
      { messageId: Id<"messages"> },
      any
    >;
    edit: FunctionReference<
      "mutation",
      "public",
      { content: string; messageId: Id<"messages"> },
      any
    >;
    getPage: FunctionReference<
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
        slug: "general" | "organize-react-projects";
      },
      any
    >;
    getPreviewsForChannels: FunctionReference<"query", "public", any, any>;
    markAsRead: FunctionReference<
      "mutation",
      "public",
      { messageIds: Array<Id<"messages">> },
      any
    >;
    send: FunctionReference<
      "mutation",
      "public",
      {
        content: string;
        replyTo?: Id<"messages">;
        slug: "general" | "organize-react-projects";
      },
      any
    >;
    toggleReaction: FunctionReference<
      "mutation",
      "public",
      { emoji: "❤️" | "😂" | "👍" | "👎"; messageId: Id<"messages"> },
      any
    >;
  };
  preferences: {
    unsubscribe: FunctionReference<
      "mutation",
      "public",
      { type: "replies" | "posts"; userId: string },
      any
    >;
  };
  user: {
    getInfo: FunctionReference<"query", "public", any, any>;
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
    onCreate: FunctionReference<
      "mutation",
      "internal",
      { doc: any; model: string },
      any
    >;
    onDelete: FunctionReference<
      "mutation",
      "internal",
      { doc: any; model: string },
      any
    >;
    onUpdate: FunctionReference<
      "mutation",
      "internal",
      { model: string; newDoc: any; oldDoc: any },
      any
    >;
  };
  email: {
    actions: {
      sendReplyNotification: FunctionReference<
        "action",
        "internal",
        { recipientProfileId: Id<"profiles"> },
        any
      >;
    };
  };
  notifications: {
    deleteOne: FunctionReference<
      "mutation",
      "internal",
      { recipientProfileId: Id<"profiles"> },
      any
    >;
    getMessages: FunctionReference<
      "query",
      "internal",
      { recipientProfileId: Id<"profiles"> },
      any
    >;
  };
  preferences: {
    getByProfileId: FunctionReference<
      "query",
      "internal",
      { profileId: Id<"profiles"> },
      any
    >;
  };
  uploadthing: {
    deleteFile: FunctionReference<"action", "internal", { key: string }, any>;
    uploadPFP: FunctionReference<
      "action",
      "internal",
      { profileId: Id<"profiles">; url: string },
      any
    >;
  };
  user: {
    getUserByProfileId: FunctionReference<
      "query",
      "internal",
      { profileId: Id<"profiles"> },
      any
    >;
    updatePFP: FunctionReference<
      "mutation",
      "internal",
      { key: string; profileId: Id<"profiles"> },
      any
    >;
  };
};

export declare const components: {
  betterAuth: import("../betterAuth/_generated/component.js").ComponentApi<"betterAuth">;
  rateLimiter: import("@convex-dev/rate-limiter/_generated/component.js").ComponentApi<"rateLimiter">;
};
