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
  apiKeys: {
    destroy: FunctionReference<
      "mutation",
      "public",
      { apiKey?: Id<"apiKeys">; name?: string },
      | "missing"
      | "deleted"
      | "name mismatch"
      | "must provide either apiKey or name"
    >;
    issue: FunctionReference<
      "mutation",
      "public",
      { name?: string },
      Id<"apiKeys">
    >;
    validate: FunctionReference<
      "query",
      "public",
      { apiKey: Id<"apiKeys"> },
      boolean
    >;
  };
  files: {
    addFile: FunctionReference<
      "mutation",
      "public",
      { filename?: string; hash: string; mimeType: string; storageId: string },
      { fileId: Id<"files">; storageId: string }
    >;
    copyFile: FunctionReference<
      "mutation",
      "public",
      { fileId: Id<"files"> },
      null
    >;
    deleteFiles: FunctionReference<
      "mutation",
      "public",
      { fileIds: Array<Id<"files">>; force?: boolean },
      Array<Id<"files">>
    >;
    get: FunctionReference<
      "query",
      "public",
      { fileId: Id<"files"> },
      null | {
        _creationTime: number;
        _id: Id<"files">;
        filename?: string;
        hash: string;
        lastTouchedAt: number;
        mimeType: string;
        refcount: number;
        storageId: string;
      }
    >;
    getFilesToDelete: FunctionReference<
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
      {
        continueCursor: string;
        isDone: boolean;
        page: Array<{
          _creationTime: number;
          _id: Id<"files">;
          filename?: string;
          hash: string;
          lastTouchedAt: number;
          mimeType: string;
          refcount: number;
          storageId: string;
        }>;
      }
    >;
    useExistingFile: FunctionReference<
      "mutation",
      "public",
      { filename?: string; hash: string },
      null | { fileId: Id<"files">; storageId: string }
    >;
  };
  messages: {
    addMessages: FunctionReference<
      "mutation",
      "public",
      {
        agentName?: string;
        embeddings?: {
          dimension:
            128 | 256 | 512 | 768 | 1024 | 1408 | 1536 | 2048 | 3072 | 4096;
          model: string;
          vectors: Array<Array<number> | null>;
        };
        failPendingSteps?: boolean;
        hideFromUserIdSearch?: boolean;
        messages: Array<{
          error?: string;
          fileIds?: Array<Id<"files">>;
          finishReason?:
            | "stop"
            | "length"
            | "content-filter"
            | "tool-calls"
            | "error"
            | "other"
            | "unknown";
          message:
            | {
                content:
                  | string
                  | Array<
                      | {
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          text: string;
                          type: "text";
                        }
                      | {
                          image: string | ArrayBuffer;
                          mimeType?: string;
                          providerOptions?: Record<string, Record<string, any>>;
                          type: "image";
                        }
                      | {
                          data: string | ArrayBuffer;
                          filename?: string;
                          mimeType: string;
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          type: "file";
                        }
                    >;
                providerOptions?: Record<string, Record<string, any>>;
                role: "user";
              }
            | {
                content:
                  | string
                  | Array<
                      | {
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          text: string;
                          type: "text";
                        }
                      | {
                          data: string | ArrayBuffer;
                          filename?: string;
                          mimeType: string;
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          type: "file";
                        }
                      | {
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          signature?: string;
                          text: string;
                          type: "reasoning";
                        }
                      | {
                          data: string;
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          type: "redacted-reasoning";
                        }
                      | {
                          args: any;
                          providerExecuted?: boolean;
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          toolCallId: string;
                          toolName: string;
                          type: "tool-call";
                        }
                      | {
                          args?: any;
                          experimental_content?: Array<
                            | { text: string; type: "text" }
                            | { data: string; mimeType?: string; type: "image" }
                          >;
                          isError?: boolean;
                          output?:
                            | {
                                providerOptions?: any;
                                type: "text";
                                value: string;
                              }
                            | {
                                providerOptions?: any;
                                type: "json";
                                value: any;
                              }
                            | {
                                providerOptions?: any;
                                type: "error-text";
                                value: string;
                              }
                            | {
                                providerOptions?: any;
                                type: "error-json";
                                value: any;
                              }
                            | {
                                type: "content";
                                value: Array<
                                  | {
                                      providerOptions?: any;
                                      text: string;
                                      type: "text";
                                    }
                                  | {
                                      data: string;
                                      mediaType: string;
                                      type: "media";
                                    }
                                  | {
                                      data: string;
                                      filename?: string;
                                      mediaType: string;
                                      providerOptions?: any;
                                      type: "file-data";
                                    }
                                  | {
                                      filename?: string;
                                      mediaType?: string;
                                      providerOptions?: any;
                                      type: "file-url";
                                      url: string;
                                    }
                                  | {
                                      mediaType?: string;
                                      providerOptions?: any;
                                      type: "image-url";
                                      url: string;
                                    }
                                  | {
                                      data: string;
                                      mediaType: string;
                                      providerOptions?: any;
                                      type: "image-data";
                                    }
                                  | {
                                      fileId: string | Record<string, string>;
                                      providerOptions?: any;
                                      type: "file-id";
                                    }
                                  | {
                                      fileId: string | Record<string, string>;
                                      providerOptions?: any;
                                      type: "image-file-id";
                                    }
                                  | { providerOptions?: any; type: "custom" }
                                >;
                              }
                            | {
                                providerOptions?: any;
                                reason?: string;
                                type: "execution-denied";
                              };
                          providerExecuted?: boolean;
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          result?: any;
                          toolCallId: string;
                          toolName: string;
                          type: "tool-result";
                        }
                      | {
                          id: string;
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          sourceType: "url";
                          title?: string;
                          type: "source";
                          url: string;
                        }
                      | {
                          filename?: string;
                          id: string;
                          mediaType: string;
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          sourceType: "document";
                          title: string;
                          type: "source";
                        }
                    >;
                providerOptions?: Record<string, Record<string, any>>;
                role: "assistant";
              }
            | {
                content: Array<{
                  args?: any;
                  experimental_content?: Array<
                    | { text: string; type: "text" }
                    | { data: string; mimeType?: string; type: "image" }
                  >;
                  isError?: boolean;
                  output?:
                    | { providerOptions?: any; type: "text"; value: string }
                    | { providerOptions?: any; type: "json"; value: any }
                    | {
                        providerOptions?: any;
                        type: "error-text";
                        value: string;
                      }
                    | { providerOptions?: any; type: "error-json"; value: any }
                    | {
                        type: "content";
                        value: Array<
                          | {
                              providerOptions?: any;
                              text: string;
                              type: "text";
                            }
                          | { data: string; mediaType: string; type: "media" }
                          | {
                              data: string;
                              filename?: string;
                              mediaType: string;
                              providerOptions?: any;
                              type: "file-data";
                            }
                          | {
                              filename?: string;
                              mediaType?: string;
                              providerOptions?: any;
                              type: "file-url";
                              url: string;
                            }
                          | {
                              mediaType?: string;
                              providerOptions?: any;
                              type: "image-url";
                              url: string;
                            }
                          | {
                              data: string;
                              mediaType: string;
                              providerOptions?: any;
                              type: "image-data";
                            }
                          | {
                              fileId: string | Record<string, string>;
                              providerOptions?: any;
                              type: "file-id";
                            }
                          | {
                              fileId: string | Record<string, string>;
                              providerOptions?: any;
                              type: "image-file-id";
                            }
                          | { providerOptions?: any; type: "custom" }
                        >;
                      }
                    | {
                        providerOptions?: any;
                        reason?: string;
                        type: "execution-denied";
                      };
                  providerExecuted?: boolean;
                  providerMetadata?: Record<string, Record<string, any>>;
                  providerOptions?: Record<string, Record<string, any>>;
                  result?: any;
                  toolCallId: string;
                  toolName: string;
                  type: "tool-result";
                }>;
                providerOptions?: Record<string, Record<string, any>>;
                role: "tool";
              }
            | {
                content: string;
                providerOptions?: Record<string, Record<string, any>>;
                role: "system";
              };
          model?: string;
          provider?: string;
          providerMetadata?: Record<string, Record<string, any>>;
          reasoning?: string;
          reasoningDetails?: Array<
            | {
                providerMetadata?: Record<string, Record<string, any>>;
                providerOptions?: Record<string, Record<string, any>>;
                signature?: string;
                text: string;
                type: "reasoning";
              }
            | { signature?: string; text: string; type: "text" }
            | { data: string; type: "redacted" }
          >;
          sources?: Array<
            | {
                id: string;
                providerMetadata?: Record<string, Record<string, any>>;
                providerOptions?: Record<string, Record<string, any>>;
                sourceType: "url";
                title?: string;
                type?: "source";
                url: string;
              }
            | {
                filename?: string;
                id: string;
                mediaType: string;
                providerMetadata?: Record<string, Record<string, any>>;
                providerOptions?: Record<string, Record<string, any>>;
                sourceType: "document";
                title: string;
                type: "source";
              }
          >;
          status?: "pending" | "success" | "failed";
          text?: string;
          usage?: {
            cachedInputTokens?: number;
            completionTokens: number;
            promptTokens: number;
            reasoningTokens?: number;
            totalTokens: number;
          };
          warnings?: Array<
            | { details?: string; setting: string; type: "unsupported-setting" }
            | { details?: string; tool: any; type: "unsupported-tool" }
            | { message: string; type: "other" }
          >;
        }>;
        pendingMessageId?: Id<"messages">;
        promptMessageId?: Id<"messages">;
        threadId: Id<"threads">;
        userId?: string;
      },
      {
        messages: Array<{
          _creationTime: number;
          _id: string;
          agentName?: string;
          embeddingId?: string;
          error?: string;
          fileIds?: Array<string>;
          finishReason?:
            | "stop"
            | "length"
            | "content-filter"
            | "tool-calls"
            | "error"
            | "other"
            | "unknown";
          id?: string;
          message?:
            | {
                content:
                  | string
                  | Array<
                      | {
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          text: string;
                          type: "text";
                        }
                      | {
                          image: string | ArrayBuffer;
                          mimeType?: string;
                          providerOptions?: Record<string, Record<string, any>>;
                          type: "image";
                        }
                      | {
                          data: string | ArrayBuffer;
                          filename?: string;
                          mimeType: string;
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          type: "file";
                        }
                    >;
                providerOptions?: Record<string, Record<string, any>>;
                role: "user";
              }
            | {
                content:
                  | string
                  | Array<
                      | {
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          text: string;
                          type: "text";
                        }
                      | {
                          data: string | ArrayBuffer;
                          filename?: string;
                          mimeType: string;
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          type: "file";
                        }
                      | {
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          signature?: string;
                          text: string;
                          type: "reasoning";
                        }
                      | {
                          data: string;
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          type: "redacted-reasoning";
                        }
                      | {
                          args: any;
                          providerExecuted?: boolean;
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          toolCallId: string;
                          toolName: string;
                          type: "tool-call";
                        }
                      | {
                          args?: any;
                          experimental_content?: Array<
                            | { text: string; type: "text" }
                            | { data: string; mimeType?: string; type: "image" }
                          >;
                          isError?: boolean;
                          output?:
                            | {
                                providerOptions?: any;
                                type: "text";
                                value: string;
                              }
                            | {
                                providerOptions?: any;
                                type: "json";
                                value: any;
                              }
                            | {
                                providerOptions?: any;
                                type: "error-text";
                                value: string;
                              }
                            | {
                                providerOptions?: any;
                                type: "error-json";
                                value: any;
                              }
                            | {
                                type: "content";
                                value: Array<
                                  | {
                                      providerOptions?: any;
                                      text: string;
                                      type: "text";
                                    }
                                  | {
                                      data: string;
                                      mediaType: string;
                                      type: "media";
                                    }
                                  | {
                                      data: string;
                                      filename?: string;
                                      mediaType: string;
                                      providerOptions?: any;
                                      type: "file-data";
                                    }
                                  | {
                                      filename?: string;
                                      mediaType?: string;
                                      providerOptions?: any;
                                      type: "file-url";
                                      url: string;
                                    }
                                  | {
                                      mediaType?: string;
                                      providerOptions?: any;
                                      type: "image-url";
                                      url: string;
                                    }
                                  | {
                                      data: string;
                                      mediaType: string;
                                      providerOptions?: any;
                                      type: "image-data";
                                    }
                                  | {
                                      fileId: string | Record<string, string>;
                                      providerOptions?: any;
                                      type: "file-id";
                                    }
                                  | {
                                      fileId: string | Record<string, string>;
                                      providerOptions?: any;
                                      type: "image-file-id";
                                    }
                                  | { providerOptions?: any; type: "custom" }
                                >;
                              }
                            | {
                                providerOptions?: any;
                                reason?: string;
                                type: "execution-denied";
                              };
                          providerExecuted?: boolean;
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          result?: any;
                          toolCallId: string;
                          toolName: string;
                          type: "tool-result";
                        }
                      | {
                          id: string;
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          sourceType: "url";
                          title?: string;
                          type: "source";
                          url: string;
                        }
                      | {
                          filename?: string;
                          id: string;
                          mediaType: string;
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          sourceType: "document";
                          title: string;
                          type: "source";
                        }
                    >;
                providerOptions?: Record<string, Record<string, any>>;
                role: "assistant";
              }
            | {
                content: Array<{
                  args?: any;
                  experimental_content?: Array<
                    | { text: string; type: "text" }
                    | { data: string; mimeType?: string; type: "image" }
                  >;
                  isError?: boolean;
                  output?:
                    | { providerOptions?: any; type: "text"; value: string }
                    | { providerOptions?: any; type: "json"; value: any }
                    | {
                        providerOptions?: any;
                        type: "error-text";
                        value: string;
                      }
                    | { providerOptions?: any; type: "error-json"; value: any }
                    | {
                        type: "content";
                        value: Array<
                          | {
                              providerOptions?: any;
                              text: string;
                              type: "text";
                            }
                          | { data: string; mediaType: string; type: "media" }
                          | {
                              data: string;
                              filename?: string;
                              mediaType: string;
                              providerOptions?: any;
                              type: "file-data";
                            }
                          | {
                              filename?: string;
                              mediaType?: string;
                              providerOptions?: any;
                              type: "file-url";
                              url: string;
                            }
                          | {
                              mediaType?: string;
                              providerOptions?: any;
                              type: "image-url";
                              url: string;
                            }
                          | {
                              data: string;
                              mediaType: string;
                              providerOptions?: any;
                              type: "image-data";
                            }
                          | {
                              fileId: string | Record<string, string>;
                              providerOptions?: any;
                              type: "file-id";
                            }
                          | {
                              fileId: string | Record<string, string>;
                              providerOptions?: any;
                              type: "image-file-id";
                            }
                          | { providerOptions?: any; type: "custom" }
                        >;
                      }
                    | {
                        providerOptions?: any;
                        reason?: string;
                        type: "execution-denied";
                      };
                  providerExecuted?: boolean;
                  providerMetadata?: Record<string, Record<string, any>>;
                  providerOptions?: Record<string, Record<string, any>>;
                  result?: any;
                  toolCallId: string;
                  toolName: string;
                  type: "tool-result";
                }>;
                providerOptions?: Record<string, Record<string, any>>;
                role: "tool";
              }
            | {
                content: string;
                providerOptions?: Record<string, Record<string, any>>;
                role: "system";
              };
          model?: string;
          order: number;
          provider?: string;
          providerMetadata?: Record<string, Record<string, any>>;
          providerOptions?: Record<string, Record<string, any>>;
          reasoning?: string;
          reasoningDetails?: Array<
            | {
                providerMetadata?: Record<string, Record<string, any>>;
                providerOptions?: Record<string, Record<string, any>>;
                signature?: string;
                text: string;
                type: "reasoning";
              }
            | { signature?: string; text: string; type: "text" }
            | { data: string; type: "redacted" }
          >;
          sources?: Array<
            | {
                id: string;
                providerMetadata?: Record<string, Record<string, any>>;
                providerOptions?: Record<string, Record<string, any>>;
                sourceType: "url";
                title?: string;
                type?: "source";
                url: string;
              }
            | {
                filename?: string;
                id: string;
                mediaType: string;
                providerMetadata?: Record<string, Record<string, any>>;
                providerOptions?: Record<string, Record<string, any>>;
                sourceType: "document";
                title: string;
                type: "source";
              }
          >;
          status: "pending" | "success" | "failed";
          stepOrder: number;
          text?: string;
          threadId: string;
          tool: boolean;
          usage?: {
            cachedInputTokens?: number;
            completionTokens: number;
            promptTokens: number;
            reasoningTokens?: number;
            totalTokens: number;
          };
          userId?: string;
          warnings?: Array<
            | { details?: string; setting: string; type: "unsupported-setting" }
            | { details?: string; tool: any; type: "unsupported-tool" }
            | { message: string; type: "other" }
          >;
        }>;
      }
    >;
    cloneThread: FunctionReference<
      "action",
      "public",
      {
        batchSize?: number;
        copyUserIdForVectorSearch?: boolean;
        excludeToolMessages?: boolean;
        insertAtOrder?: number;
        limit?: number;
        sourceThreadId: Id<"threads">;
        statuses?: Array<"pending" | "success" | "failed">;
        targetThreadId: Id<"threads">;
        upToAndIncludingMessageId?: Id<"messages">;
      },
      number
    >;
    deleteByIds: FunctionReference<
      "mutation",
      "public",
      { messageIds: Array<Id<"messages">> },
      Array<Id<"messages">>
    >;
    deleteByOrder: FunctionReference<
      "mutation",
      "public",
      {
        endOrder: number;
        endStepOrder?: number;
        startOrder: number;
        startStepOrder?: number;
        threadId: Id<"threads">;
      },
      { isDone: boolean; lastOrder?: number; lastStepOrder?: number }
    >;
    finalizeMessage: FunctionReference<
      "mutation",
      "public",
      {
        messageId: Id<"messages">;
        result: { status: "success" } | { error: string; status: "failed" };
      },
      null
    >;
    getMessagesByIds: FunctionReference<
      "query",
      "public",
      { messageIds: Array<Id<"messages">> },
      Array<null | {
        _creationTime: number;
        _id: string;
        agentName?: string;
        embeddingId?: string;
        error?: string;
        fileIds?: Array<string>;
        finishReason?:
          | "stop"
          | "length"
          | "content-filter"
          | "tool-calls"
          | "error"
          | "other"
          | "unknown";
        id?: string;
        message?:
          | {
              content:
                | string
                | Array<
                    | {
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        text: string;
                        type: "text";
                      }
                    | {
                        image: string | ArrayBuffer;
                        mimeType?: string;
                        providerOptions?: Record<string, Record<string, any>>;
                        type: "image";
                      }
                    | {
                        data: string | ArrayBuffer;
                        filename?: string;
                        mimeType: string;
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        type: "file";
                      }
                  >;
              providerOptions?: Record<string, Record<string, any>>;
              role: "user";
            }
          | {
              content:
                | string
                | Array<
                    | {
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        text: string;
                        type: "text";
                      }
                    | {
                        data: string | ArrayBuffer;
                        filename?: string;
                        mimeType: string;
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        type: "file";
                      }
                    | {
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        signature?: string;
                        text: string;
                        type: "reasoning";
                      }
                    | {
                        data: string;
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        type: "redacted-reasoning";
                      }
                    | {
                        args: any;
                        providerExecuted?: boolean;
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        toolCallId: string;
                        toolName: string;
                        type: "tool-call";
                      }
                    | {
                        args?: any;
                        experimental_content?: Array<
                          | { text: string; type: "text" }
                          | { data: string; mimeType?: string; type: "image" }
                        >;
                        isError?: boolean;
                        output?:
                          | {
                              providerOptions?: any;
                              type: "text";
                              value: string;
                            }
                          | { providerOptions?: any; type: "json"; value: any }
                          | {
                              providerOptions?: any;
                              type: "error-text";
                              value: string;
                            }
                          | {
                              providerOptions?: any;
                              type: "error-json";
                              value: any;
                            }
                          | {
                              type: "content";
                              value: Array<
                                | {
                                    providerOptions?: any;
                                    text: string;
                                    type: "text";
                                  }
                                | {
                                    data: string;
                                    mediaType: string;
                                    type: "media";
                                  }
                                | {
                                    data: string;
                                    filename?: string;
                                    mediaType: string;
                                    providerOptions?: any;
                                    type: "file-data";
                                  }
                                | {
                                    filename?: string;
                                    mediaType?: string;
                                    providerOptions?: any;
                                    type: "file-url";
                                    url: string;
                                  }
                                | {
                                    mediaType?: string;
                                    providerOptions?: any;
                                    type: "image-url";
                                    url: string;
                                  }
                                | {
                                    data: string;
                                    mediaType: string;
                                    providerOptions?: any;
                                    type: "image-data";
                                  }
                                | {
                                    fileId: string | Record<string, string>;
                                    providerOptions?: any;
                                    type: "file-id";
                                  }
                                | {
                                    fileId: string | Record<string, string>;
                                    providerOptions?: any;
                                    type: "image-file-id";
                                  }
                                | { providerOptions?: any; type: "custom" }
                              >;
                            }
                          | {
                              providerOptions?: any;
                              reason?: string;
                              type: "execution-denied";
                            };
                        providerExecuted?: boolean;
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        result?: any;
                        toolCallId: string;
                        toolName: string;
                        type: "tool-result";
                      }
                    | {
                        id: string;
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        sourceType: "url";
                        title?: string;
                        type: "source";
                        url: string;
                      }
                    | {
                        filename?: string;
                        id: string;
                        mediaType: string;
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        sourceType: "document";
                        title: string;
                        type: "source";
                      }
                  >;
              providerOptions?: Record<string, Record<string, any>>;
              role: "assistant";
            }
          | {
              content: Array<{
                args?: any;
                experimental_content?: Array<
                  | { text: string; type: "text" }
                  | { data: string; mimeType?: string; type: "image" }
                >;
                isError?: boolean;
                output?:
                  | { providerOptions?: any; type: "text"; value: string }
                  | { providerOptions?: any; type: "json"; value: any }
                  | { providerOptions?: any; type: "error-text"; value: string }
                  | { providerOptions?: any; type: "error-json"; value: any }
                  | {
                      type: "content";
                      value: Array<
                        | { providerOptions?: any; text: string; type: "text" }
                        | { data: string; mediaType: string; type: "media" }
                        | {
                            data: string;
                            filename?: string;
                            mediaType: string;
                            providerOptions?: any;
                            type: "file-data";
                          }
                        | {
                            filename?: string;
                            mediaType?: string;
                            providerOptions?: any;
                            type: "file-url";
                            url: string;
                          }
                        | {
                            mediaType?: string;
                            providerOptions?: any;
                            type: "image-url";
                            url: string;
                          }
                        | {
                            data: string;
                            mediaType: string;
                            providerOptions?: any;
                            type: "image-data";
                          }
                        | {
                            fileId: string | Record<string, string>;
                            providerOptions?: any;
                            type: "file-id";
                          }
                        | {
                            fileId: string | Record<string, string>;
                            providerOptions?: any;
                            type: "image-file-id";
                          }
                        | { providerOptions?: any; type: "custom" }
                      >;
                    }
                  | {
                      providerOptions?: any;
                      reason?: string;
                      type: "execution-denied";
                    };
                providerExecuted?: boolean;
                providerMetadata?: Record<string, Record<string, any>>;
                providerOptions?: Record<string, Record<string, any>>;
                result?: any;
                toolCallId: string;
                toolName: string;
                type: "tool-result";
              }>;
              providerOptions?: Record<string, Record<string, any>>;
              role: "tool";
            }
          | {
              content: string;
              providerOptions?: Record<string, Record<string, any>>;
              role: "system";
            };
        model?: string;
        order: number;
        provider?: string;
        providerMetadata?: Record<string, Record<string, any>>;
        providerOptions?: Record<string, Record<string, any>>;
        reasoning?: string;
        reasoningDetails?: Array<
          | {
              providerMetadata?: Record<string, Record<string, any>>;
              providerOptions?: Record<string, Record<string, any>>;
              signature?: string;
              text: string;
              type: "reasoning";
            }
          | { signature?: string; text: string; type: "text" }
          | { data: string; type: "redacted" }
        >;
        sources?: Array<
          | {
              id: string;
              providerMetadata?: Record<string, Record<string, any>>;
              providerOptions?: Record<string, Record<string, any>>;
              sourceType: "url";
              title?: string;
              type?: "source";
              url: string;
            }
          | {
              filename?: string;
              id: string;
              mediaType: string;
              providerMetadata?: Record<string, Record<string, any>>;
              providerOptions?: Record<string, Record<string, any>>;
              sourceType: "document";
              title: string;
              type: "source";
            }
        >;
        status: "pending" | "success" | "failed";
        stepOrder: number;
        text?: string;
        threadId: string;
        tool: boolean;
        usage?: {
          cachedInputTokens?: number;
          completionTokens: number;
          promptTokens: number;
          reasoningTokens?: number;
          totalTokens: number;
        };
        userId?: string;
        warnings?: Array<
          | { details?: string; setting: string; type: "unsupported-setting" }
          | { details?: string; tool: any; type: "unsupported-tool" }
          | { message: string; type: "other" }
        >;
      }>
    >;
    getMessageSearchFields: FunctionReference<
      "query",
      "public",
      { messageId: Id<"messages"> },
      { embedding?: Array<number>; embeddingModel?: string; text?: string }
    >;
    listMessagesByThreadId: FunctionReference<
      "query",
      "public",
      {
        excludeToolMessages?: boolean;
        order: "asc" | "desc";
        paginationOpts?: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
        statuses?: Array<"pending" | "success" | "failed">;
        threadId: Id<"threads">;
        upToAndIncludingMessageId?: Id<"messages">;
      },
      {
        continueCursor: string;
        isDone: boolean;
        page: Array<{
          _creationTime: number;
          _id: string;
          agentName?: string;
          embeddingId?: string;
          error?: string;
          fileIds?: Array<string>;
          finishReason?:
            | "stop"
            | "length"
            | "content-filter"
            | "tool-calls"
            | "error"
            | "other"
            | "unknown";
          id?: string;
          message?:
            | {
                content:
                  | string
                  | Array<
                      | {
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          text: string;
                          type: "text";
                        }
                      | {
                          image: string | ArrayBuffer;
                          mimeType?: string;
                          providerOptions?: Record<string, Record<string, any>>;
                          type: "image";
                        }
                      | {
                          data: string | ArrayBuffer;
                          filename?: string;
                          mimeType: string;
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          type: "file";
                        }
                    >;
                providerOptions?: Record<string, Record<string, any>>;
                role: "user";
              }
            | {
                content:
                  | string
                  | Array<
                      | {
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          text: string;
                          type: "text";
                        }
                      | {
                          data: string | ArrayBuffer;
                          filename?: string;
                          mimeType: string;
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          type: "file";
                        }
                      | {
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          signature?: string;
                          text: string;
                          type: "reasoning";
                        }
                      | {
                          data: string;
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          type: "redacted-reasoning";
                        }
                      | {
                          args: any;
                          providerExecuted?: boolean;
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          toolCallId: string;
                          toolName: string;
                          type: "tool-call";
                        }
                      | {
                          args?: any;
                          experimental_content?: Array<
                            | { text: string; type: "text" }
                            | { data: string; mimeType?: string; type: "image" }
                          >;
                          isError?: boolean;
                          output?:
                            | {
                                providerOptions?: any;
                                type: "text";
                                value: string;
                              }
                            | {
                                providerOptions?: any;
                                type: "json";
                                value: any;
                              }
                            | {
                                providerOptions?: any;
                                type: "error-text";
                                value: string;
                              }
                            | {
                                providerOptions?: any;
                                type: "error-json";
                                value: any;
                              }
                            | {
                                type: "content";
                                value: Array<
                                  | {
                                      providerOptions?: any;
                                      text: string;
                                      type: "text";
                                    }
                                  | {
                                      data: string;
                                      mediaType: string;
                                      type: "media";
                                    }
                                  | {
                                      data: string;
                                      filename?: string;
                                      mediaType: string;
                                      providerOptions?: any;
                                      type: "file-data";
                                    }
                                  | {
                                      filename?: string;
                                      mediaType?: string;
                                      providerOptions?: any;
                                      type: "file-url";
                                      url: string;
                                    }
                                  | {
                                      mediaType?: string;
                                      providerOptions?: any;
                                      type: "image-url";
                                      url: string;
                                    }
                                  | {
                                      data: string;
                                      mediaType: string;
                                      providerOptions?: any;
                                      type: "image-data";
                                    }
                                  | {
                                      fileId: string | Record<string, string>;
                                      providerOptions?: any;
                                      type: "file-id";
                                    }
                                  | {
                                      fileId: string | Record<string, string>;
                                      providerOptions?: any;
                                      type: "image-file-id";
                                    }
                                  | { providerOptions?: any; type: "custom" }
                                >;
                              }
                            | {
                                providerOptions?: any;
                                reason?: string;
                                type: "execution-denied";
                              };
                          providerExecuted?: boolean;
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          result?: any;
                          toolCallId: string;
                          toolName: string;
                          type: "tool-result";
                        }
                      | {
                          id: string;
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          sourceType: "url";
                          title?: string;
                          type: "source";
                          url: string;
                        }
                      | {
                          filename?: string;
                          id: string;
                          mediaType: string;
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          sourceType: "document";
                          title: string;
                          type: "source";
                        }
                    >;
                providerOptions?: Record<string, Record<string, any>>;
                role: "assistant";
              }
            | {
                content: Array<{
                  args?: any;
                  experimental_content?: Array<
                    | { text: string; type: "text" }
                    | { data: string; mimeType?: string; type: "image" }
                  >;
                  isError?: boolean;
                  output?:
                    | { providerOptions?: any; type: "text"; value: string }
                    | { providerOptions?: any; type: "json"; value: any }
                    | {
                        providerOptions?: any;
                        type: "error-text";
                        value: string;
                      }
                    | { providerOptions?: any; type: "error-json"; value: any }
                    | {
                        type: "content";
                        value: Array<
                          | {
                              providerOptions?: any;
                              text: string;
                              type: "text";
                            }
                          | { data: string; mediaType: string; type: "media" }
                          | {
                              data: string;
                              filename?: string;
                              mediaType: string;
                              providerOptions?: any;
                              type: "file-data";
                            }
                          | {
                              filename?: string;
                              mediaType?: string;
                              providerOptions?: any;
                              type: "file-url";
                              url: string;
                            }
                          | {
                              mediaType?: string;
                              providerOptions?: any;
                              type: "image-url";
                              url: string;
                            }
                          | {
                              data: string;
                              mediaType: string;
                              providerOptions?: any;
                              type: "image-data";
                            }
                          | {
                              fileId: string | Record<string, string>;
                              providerOptions?: any;
                              type: "file-id";
                            }
                          | {
                              fileId: string | Record<string, string>;
                              providerOptions?: any;
                              type: "image-file-id";
                            }
                          | { providerOptions?: any; type: "custom" }
                        >;
                      }
                    | {
                        providerOptions?: any;
                        reason?: string;
                        type: "execution-denied";
                      };
                  providerExecuted?: boolean;
                  providerMetadata?: Record<string, Record<string, any>>;
                  providerOptions?: Record<string, Record<string, any>>;
                  result?: any;
                  toolCallId: string;
                  toolName: string;
                  type: "tool-result";
                }>;
                providerOptions?: Record<string, Record<string, any>>;
                role: "tool";
              }
            | {
                content: string;
                providerOptions?: Record<string, Record<string, any>>;
                role: "system";
              };
          model?: string;
          order: number;
          provider?: string;
          providerMetadata?: Record<string, Record<string, any>>;
          providerOptions?: Record<string, Record<string, any>>;
          reasoning?: string;
          reasoningDetails?: Array<
            | {
                providerMetadata?: Record<string, Record<string, any>>;
                providerOptions?: Record<string, Record<string, any>>;
                signature?: string;
                text: string;
                type: "reasoning";
              }
            | { signature?: string; text: string; type: "text" }
            | { data: string; type: "redacted" }
          >;
          sources?: Array<
            | {
                id: string;
                providerMetadata?: Record<string, Record<string, any>>;
                providerOptions?: Record<string, Record<string, any>>;
                sourceType: "url";
                title?: string;
                type?: "source";
                url: string;
              }
            | {
                filename?: string;
                id: string;
                mediaType: string;
                providerMetadata?: Record<string, Record<string, any>>;
                providerOptions?: Record<string, Record<string, any>>;
                sourceType: "document";
                title: string;
                type: "source";
              }
          >;
          status: "pending" | "success" | "failed";
          stepOrder: number;
          text?: string;
          threadId: string;
          tool: boolean;
          usage?: {
            cachedInputTokens?: number;
            completionTokens: number;
            promptTokens: number;
            reasoningTokens?: number;
            totalTokens: number;
          };
          userId?: string;
          warnings?: Array<
            | { details?: string; setting: string; type: "unsupported-setting" }
            | { details?: string; tool: any; type: "unsupported-tool" }
            | { message: string; type: "other" }
          >;
        }>;
        pageStatus?: "SplitRecommended" | "SplitRequired" | null;
        splitCursor?: string | null;
      }
    >;
    searchMessages: FunctionReference<
      "action",
      "public",
      {
        embedding?: Array<number>;
        embeddingModel?: string;
        limit: number;
        messageRange?: { after: number; before: number };
        searchAllMessagesForUserId?: string;
        targetMessageId?: Id<"messages">;
        text?: string;
        textSearch?: boolean;
        threadId?: Id<"threads">;
        vectorScoreThreshold?: number;
        vectorSearch?: boolean;
      },
      Array<{
        _creationTime: number;
        _id: string;
        agentName?: string;
        embeddingId?: string;
        error?: string;
        fileIds?: Array<string>;
        finishReason?:
          | "stop"
          | "length"
          | "content-filter"
          | "tool-calls"
          | "error"
          | "other"
          | "unknown";
        id?: string;
        message?:
          | {
              content:
                | string
                | Array<
                    | {
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        text: string;
                        type: "text";
                      }
                    | {
                        image: string | ArrayBuffer;
                        mimeType?: string;
                        providerOptions?: Record<string, Record<string, any>>;
                        type: "image";
                      }
                    | {
                        data: string | ArrayBuffer;
                        filename?: string;
                        mimeType: string;
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        type: "file";
                      }
                  >;
              providerOptions?: Record<string, Record<string, any>>;
              role: "user";
            }
          | {
              content:
                | string
                | Array<
                    | {
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        text: string;
                        type: "text";
                      }
                    | {
                        data: string | ArrayBuffer;
                        filename?: string;
                        mimeType: string;
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        type: "file";
                      }
                    | {
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        signature?: string;
                        text: string;
                        type: "reasoning";
                      }
                    | {
                        data: string;
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        type: "redacted-reasoning";
                      }
                    | {
                        args: any;
                        providerExecuted?: boolean;
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        toolCallId: string;
                        toolName: string;
                        type: "tool-call";
                      }
                    | {
                        args?: any;
                        experimental_content?: Array<
                          | { text: string; type: "text" }
                          | { data: string; mimeType?: string; type: "image" }
                        >;
                        isError?: boolean;
                        output?:
                          | {
                              providerOptions?: any;
                              type: "text";
                              value: string;
                            }
                          | { providerOptions?: any; type: "json"; value: any }
                          | {
                              providerOptions?: any;
                              type: "error-text";
                              value: string;
                            }
                          | {
                              providerOptions?: any;
                              type: "error-json";
                              value: any;
                            }
                          | {
                              type: "content";
                              value: Array<
                                | {
                                    providerOptions?: any;
                                    text: string;
                                    type: "text";
                                  }
                                | {
                                    data: string;
                                    mediaType: string;
                                    type: "media";
                                  }
                                | {
                                    data: string;
                                    filename?: string;
                                    mediaType: string;
                                    providerOptions?: any;
                                    type: "file-data";
                                  }
                                | {
                                    filename?: string;
                                    mediaType?: string;
                                    providerOptions?: any;
                                    type: "file-url";
                                    url: string;
                                  }
                                | {
                                    mediaType?: string;
                                    providerOptions?: any;
                                    type: "image-url";
                                    url: string;
                                  }
                                | {
                                    data: string;
                                    mediaType: string;
                                    providerOptions?: any;
                                    type: "image-data";
                                  }
                                | {
                                    fileId: string | Record<string, string>;
                                    providerOptions?: any;
                                    type: "file-id";
                                  }
                                | {
                                    fileId: string | Record<string, string>;
                                    providerOptions?: any;
                                    type: "image-file-id";
                                  }
                                | { providerOptions?: any; type: "custom" }
                              >;
                            }
                          | {
                              providerOptions?: any;
                              reason?: string;
                              type: "execution-denied";
                            };
                        providerExecuted?: boolean;
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        result?: any;
                        toolCallId: string;
                        toolName: string;
                        type: "tool-result";
                      }
                    | {
                        id: string;
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        sourceType: "url";
                        title?: string;
                        type: "source";
                        url: string;
                      }
                    | {
                        filename?: string;
                        id: string;
                        mediaType: string;
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        sourceType: "document";
                        title: string;
                        type: "source";
                      }
                  >;
              providerOptions?: Record<string, Record<string, any>>;
              role: "assistant";
            }
          | {
              content: Array<{
                args?: any;
                experimental_content?: Array<
                  | { text: string; type: "text" }
                  | { data: string; mimeType?: string; type: "image" }
                >;
                isError?: boolean;
                output?:
                  | { providerOptions?: any; type: "text"; value: string }
                  | { providerOptions?: any; type: "json"; value: any }
                  | { providerOptions?: any; type: "error-text"; value: string }
                  | { providerOptions?: any; type: "error-json"; value: any }
                  | {
                      type: "content";
                      value: Array<
                        | { providerOptions?: any; text: string; type: "text" }
                        | { data: string; mediaType: string; type: "media" }
                        | {
                            data: string;
                            filename?: string;
                            mediaType: string;
                            providerOptions?: any;
                            type: "file-data";
                          }
                        | {
                            filename?: string;
                            mediaType?: string;
                            providerOptions?: any;
                            type: "file-url";
                            url: string;
                          }
                        | {
                            mediaType?: string;
                            providerOptions?: any;
                            type: "image-url";
                            url: string;
                          }
                        | {
                            data: string;
                            mediaType: string;
                            providerOptions?: any;
                            type: "image-data";
                          }
                        | {
                            fileId: string | Record<string, string>;
                            providerOptions?: any;
                            type: "file-id";
                          }
                        | {
                            fileId: string | Record<string, string>;
                            providerOptions?: any;
                            type: "image-file-id";
                          }
                        | { providerOptions?: any; type: "custom" }
                      >;
                    }
                  | {
                      providerOptions?: any;
                      reason?: string;
                      type: "execution-denied";
                    };
                providerExecuted?: boolean;
                providerMetadata?: Record<string, Record<string, any>>;
                providerOptions?: Record<string, Record<string, any>>;
                result?: any;
                toolCallId: string;
                toolName: string;
                type: "tool-result";
              }>;
              providerOptions?: Record<string, Record<string, any>>;
              role: "tool";
            }
          | {
              content: string;
              providerOptions?: Record<string, Record<string, any>>;
              role: "system";
            };
        model?: string;
        order: number;
        provider?: string;
        providerMetadata?: Record<string, Record<string, any>>;
        providerOptions?: Record<string, Record<string, any>>;
        reasoning?: string;
        reasoningDetails?: Array<
          | {
              providerMetadata?: Record<string, Record<string, any>>;
              providerOptions?: Record<string, Record<string, any>>;
              signature?: string;
              text: string;
              type: "reasoning";
            }
          | { signature?: string; text: string; type: "text" }
          | { data: string; type: "redacted" }
        >;
        sources?: Array<
          | {
              id: string;
              providerMetadata?: Record<string, Record<string, any>>;
              providerOptions?: Record<string, Record<string, any>>;
              sourceType: "url";
              title?: string;
              type?: "source";
              url: string;
            }
          | {
              filename?: string;
              id: string;
              mediaType: string;
              providerMetadata?: Record<string, Record<string, any>>;
              providerOptions?: Record<string, Record<string, any>>;
              sourceType: "document";
              title: string;
              type: "source";
            }
        >;
        status: "pending" | "success" | "failed";
        stepOrder: number;
        text?: string;
        threadId: string;
        tool: boolean;
        usage?: {
          cachedInputTokens?: number;
          completionTokens: number;
          promptTokens: number;
          reasoningTokens?: number;
          totalTokens: number;
        };
        userId?: string;
        warnings?: Array<
          | { details?: string; setting: string; type: "unsupported-setting" }
          | { details?: string; tool: any; type: "unsupported-tool" }
          | { message: string; type: "other" }
        >;
      }>
    >;
    textSearch: FunctionReference<
      "query",
      "public",
      {
        limit: number;
        searchAllMessagesForUserId?: string;
        targetMessageId?: Id<"messages">;
        text?: string;
        threadId?: Id<"threads">;
      },
      Array<{
        _creationTime: number;
        _id: string;
        agentName?: string;
        embeddingId?: string;
        error?: string;
        fileIds?: Array<string>;
        finishReason?:
          | "stop"
          | "length"
          | "content-filter"
          | "tool-calls"
          | "error"
          | "other"
          | "unknown";
        id?: string;
        message?:
          | {
              content:
                | string
                | Array<
                    | {
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        text: string;
                        type: "text";
                      }
                    | {
                        image: string | ArrayBuffer;
                        mimeType?: string;
                        providerOptions?: Record<string, Record<string, any>>;
                        type: "image";
                      }
                    | {
                        data: string | ArrayBuffer;
                        filename?: string;
                        mimeType: string;
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        type: "file";
                      }
                  >;
              providerOptions?: Record<string, Record<string, any>>;
              role: "user";
            }
          | {
              content:
                | string
                | Array<
                    | {
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        text: string;
                        type: "text";
                      }
                    | {
                        data: string | ArrayBuffer;
                        filename?: string;
                        mimeType: string;
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        type: "file";
                      }
                    | {
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        signature?: string;
                        text: string;
                        type: "reasoning";
                      }
                    | {
                        data: string;
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        type: "redacted-reasoning";
                      }
                    | {
                        args: any;
                        providerExecuted?: boolean;
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        toolCallId: string;
                        toolName: string;
                        type: "tool-call";
                      }
                    | {
                        args?: any;
                        experimental_content?: Array<
                          | { text: string; type: "text" }
                          | { data: string; mimeType?: string; type: "image" }
                        >;
                        isError?: boolean;
                        output?:
                          | {
                              providerOptions?: any;
                              type: "text";
                              value: string;
                            }
                          | { providerOptions?: any; type: "json"; value: any }
                          | {
                              providerOptions?: any;
                              type: "error-text";
                              value: string;
                            }
                          | {
                              providerOptions?: any;
                              type: "error-json";
                              value: any;
                            }
                          | {
                              type: "content";
                              value: Array<
                                | {
                                    providerOptions?: any;
                                    text: string;
                                    type: "text";
                                  }
                                | {
                                    data: string;
                                    mediaType: string;
                                    type: "media";
                                  }
                                | {
                                    data: string;
                                    filename?: string;
                                    mediaType: string;
                                    providerOptions?: any;
                                    type: "file-data";
                                  }
                                | {
                                    filename?: string;
                                    mediaType?: string;
                                    providerOptions?: any;
                                    type: "file-url";
                                    url: string;
                                  }
                                | {
                                    mediaType?: string;
                                    providerOptions?: any;
                                    type: "image-url";
                                    url: string;
                                  }
                                | {
                                    data: string;
                                    mediaType: string;
                                    providerOptions?: any;
                                    type: "image-data";
                                  }
                                | {
                                    fileId: string | Record<string, string>;
                                    providerOptions?: any;
                                    type: "file-id";
                                  }
                                | {
                                    fileId: string | Record<string, string>;
                                    providerOptions?: any;
                                    type: "image-file-id";
                                  }
                                | { providerOptions?: any; type: "custom" }
                              >;
                            }
                          | {
                              providerOptions?: any;
                              reason?: string;
                              type: "execution-denied";
                            };
                        providerExecuted?: boolean;
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        result?: any;
                        toolCallId: string;
                        toolName: string;
                        type: "tool-result";
                      }
                    | {
                        id: string;
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        sourceType: "url";
                        title?: string;
                        type: "source";
                        url: string;
                      }
                    | {
                        filename?: string;
                        id: string;
                        mediaType: string;
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        sourceType: "document";
                        title: string;
                        type: "source";
                      }
                  >;
              providerOptions?: Record<string, Record<string, any>>;
              role: "assistant";
            }
          | {
              content: Array<{
                args?: any;
                experimental_content?: Array<
                  | { text: string; type: "text" }
                  | { data: string; mimeType?: string; type: "image" }
                >;
                isError?: boolean;
                output?:
                  | { providerOptions?: any; type: "text"; value: string }
                  | { providerOptions?: any; type: "json"; value: any }
                  | { providerOptions?: any; type: "error-text"; value: string }
                  | { providerOptions?: any; type: "error-json"; value: any }
                  | {
                      type: "content";
                      value: Array<
                        | { providerOptions?: any; text: string; type: "text" }
                        | { data: string; mediaType: string; type: "media" }
                        | {
                            data: string;
                            filename?: string;
                            mediaType: string;
                            providerOptions?: any;
                            type: "file-data";
                          }
                        | {
                            filename?: string;
                            mediaType?: string;
                            providerOptions?: any;
                            type: "file-url";
                            url: string;
                          }
                        | {
                            mediaType?: string;
                            providerOptions?: any;
                            type: "image-url";
                            url: string;
                          }
                        | {
                            data: string;
                            mediaType: string;
                            providerOptions?: any;
                            type: "image-data";
                          }
                        | {
                            fileId: string | Record<string, string>;
                            providerOptions?: any;
                            type: "file-id";
                          }
                        | {
                            fileId: string | Record<string, string>;
                            providerOptions?: any;
                            type: "image-file-id";
                          }
                        | { providerOptions?: any; type: "custom" }
                      >;
                    }
                  | {
                      providerOptions?: any;
                      reason?: string;
                      type: "execution-denied";
                    };
                providerExecuted?: boolean;
                providerMetadata?: Record<string, Record<string, any>>;
                providerOptions?: Record<string, Record<string, any>>;
                result?: any;
                toolCallId: string;
                toolName: string;
                type: "tool-result";
              }>;
              providerOptions?: Record<string, Record<string, any>>;
              role: "tool";
            }
          | {
              content: string;
              providerOptions?: Record<string, Record<string, any>>;
              role: "system";
            };
        model?: string;
        order: number;
        provider?: string;
        providerMetadata?: Record<string, Record<string, any>>;
        providerOptions?: Record<string, Record<string, any>>;
        reasoning?: string;
        reasoningDetails?: Array<
          | {
              providerMetadata?: Record<string, Record<string, any>>;
              providerOptions?: Record<string, Record<string, any>>;
              signature?: string;
              text: string;
              type: "reasoning";
            }
          | { signature?: string; text: string; type: "text" }
          | { data: string; type: "redacted" }
        >;
        sources?: Array<
          | {
              id: string;
              providerMetadata?: Record<string, Record<string, any>>;
              providerOptions?: Record<string, Record<string, any>>;
              sourceType: "url";
              title?: string;
              type?: "source";
              url: string;
            }
          | {
              filename?: string;
              id: string;
              mediaType: string;
              providerMetadata?: Record<string, Record<string, any>>;
              providerOptions?: Record<string, Record<string, any>>;
              sourceType: "document";
              title: string;
              type: "source";
            }
        >;
        status: "pending" | "success" | "failed";
        stepOrder: number;
        text?: string;
        threadId: string;
        tool: boolean;
        usage?: {
          cachedInputTokens?: number;
          completionTokens: number;
          promptTokens: number;
          reasoningTokens?: number;
          totalTokens: number;
        };
        userId?: string;
        warnings?: Array<
          | { details?: string; setting: string; type: "unsupported-setting" }
          | { details?: string; tool: any; type: "unsupported-tool" }
          | { message: string; type: "other" }
        >;
      }>
    >;
    updateMessage: FunctionReference<
      "mutation",
      "public",
      {
        messageId: Id<"messages">;
        patch: {
          error?: string;
          fileIds?: Array<Id<"files">>;
          finishReason?:
            | "stop"
            | "length"
            | "content-filter"
            | "tool-calls"
            | "error"
            | "other"
            | "unknown";
          message?:
            | {
                content:
                  | string
                  | Array<
                      | {
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          text: string;
                          type: "text";
                        }
                      | {
                          image: string | ArrayBuffer;
                          mimeType?: string;
                          providerOptions?: Record<string, Record<string, any>>;
                          type: "image";
                        }
                      | {
                          data: string | ArrayBuffer;
                          filename?: string;
                          mimeType: string;
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          type: "file";
                        }
                    >;
                providerOptions?: Record<string, Record<string, any>>;
                role: "user";
              }
            | {
                content:
                  | string
                  | Array<
                      | {
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          text: string;
                          type: "text";
                        }
                      | {
                          data: string | ArrayBuffer;
                          filename?: string;
                          mimeType: string;
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          type: "file";
                        }
                      | {
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          signature?: string;
                          text: string;
                          type: "reasoning";
                        }
                      | {
                          data: string;
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          type: "redacted-reasoning";
                        }
                      | {
                          args: any;
                          providerExecuted?: boolean;
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          toolCallId: string;
                          toolName: string;
                          type: "tool-call";
                        }
                      | {
                          args?: any;
                          experimental_content?: Array<
                            | { text: string; type: "text" }
                            | { data: string; mimeType?: string; type: "image" }
                          >;
                          isError?: boolean;
                          output?:
                            | {
                                providerOptions?: any;
                                type: "text";
                                value: string;
                              }
                            | {
                                providerOptions?: any;
                                type: "json";
                                value: any;
                              }
                            | {
                                providerOptions?: any;
                                type: "error-text";
                                value: string;
                              }
                            | {
                                providerOptions?: any;
                                type: "error-json";
                                value: any;
                              }
                            | {
                                type: "content";
                                value: Array<
                                  | {
                                      providerOptions?: any;
                                      text: string;
                                      type: "text";
                                    }
                                  | {
                                      data: string;
                                      mediaType: string;
                                      type: "media";
                                    }
                                  | {
                                      data: string;
                                      filename?: string;
                                      mediaType: string;
                                      providerOptions?: any;
                                      type: "file-data";
                                    }
                                  | {
                                      filename?: string;
                                      mediaType?: string;
                                      providerOptions?: any;
                                      type: "file-url";
                                      url: string;
                                    }
                                  | {
                                      mediaType?: string;
                                      providerOptions?: any;
                                      type: "image-url";
                                      url: string;
                                    }
                                  | {
                                      data: string;
                                      mediaType: string;
                                      providerOptions?: any;
                                      type: "image-data";
                                    }
                                  | {
                                      fileId: string | Record<string, string>;
                                      providerOptions?: any;
                                      type: "file-id";
                                    }
                                  | {
                                      fileId: string | Record<string, string>;
                                      providerOptions?: any;
                                      type: "image-file-id";
                                    }
                                  | { providerOptions?: any; type: "custom" }
                                >;
                              }
                            | {
                                providerOptions?: any;
                                reason?: string;
                                type: "execution-denied";
                              };
                          providerExecuted?: boolean;
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          result?: any;
                          toolCallId: string;
                          toolName: string;
                          type: "tool-result";
                        }
                      | {
                          id: string;
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          sourceType: "url";
                          title?: string;
                          type: "source";
                          url: string;
                        }
                      | {
                          filename?: string;
                          id: string;
                          mediaType: string;
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          sourceType: "document";
                          title: string;
                          type: "source";
                        }
                    >;
                providerOptions?: Record<string, Record<string, any>>;
                role: "assistant";
              }
            | {
                content: Array<{
                  args?: any;
                  experimental_content?: Array<
                    | { text: string; type: "text" }
                    | { data: string; mimeType?: string; type: "image" }
                  >;
                  isError?: boolean;
                  output?:
                    | { providerOptions?: any; type: "text"; value: string }
                    | { providerOptions?: any; type: "json"; value: any }
                    | {
                        providerOptions?: any;
                        type: "error-text";
                        value: string;
                      }
                    | { providerOptions?: any; type: "error-json"; value: any }
                    | {
                        type: "content";
                        value: Array<
                          | {
                              providerOptions?: any;
                              text: string;
                              type: "text";
                            }
                          | { data: string; mediaType: string; type: "media" }
                          | {
                              data: string;
                              filename?: string;
                              mediaType: string;
                              providerOptions?: any;
                              type: "file-data";
                            }
                          | {
                              filename?: string;
                              mediaType?: string;
                              providerOptions?: any;
                              type: "file-url";
                              url: string;
                            }
                          | {
                              mediaType?: string;
                              providerOptions?: any;
                              type: "image-url";
                              url: string;
                            }
                          | {
                              data: string;
                              mediaType: string;
                              providerOptions?: any;
                              type: "image-data";
                            }
                          | {
                              fileId: string | Record<string, string>;
                              providerOptions?: any;
                              type: "file-id";
                            }
                          | {
                              fileId: string | Record<string, string>;
                              providerOptions?: any;
                              type: "image-file-id";
                            }
                          | { providerOptions?: any; type: "custom" }
                        >;
                      }
                    | {
                        providerOptions?: any;
                        reason?: string;
                        type: "execution-denied";
                      };
                  providerExecuted?: boolean;
                  providerMetadata?: Record<string, Record<string, any>>;
                  providerOptions?: Record<string, Record<string, any>>;
                  result?: any;
                  toolCallId: string;
                  toolName: string;
                  type: "tool-result";
                }>;
                providerOptions?: Record<string, Record<string, any>>;
                role: "tool";
              }
            | {
                content: string;
                providerOptions?: Record<string, Record<string, any>>;
                role: "system";
              };
          model?: string;
          provider?: string;
          providerOptions?: Record<string, Record<string, any>>;
          status?: "pending" | "success" | "failed";
        };
      },
      {
        _creationTime: number;
        _id: string;
        agentName?: string;
        embeddingId?: string;
        error?: string;
        fileIds?: Array<string>;
        finishReason?:
          | "stop"
          | "length"
          | "content-filter"
          | "tool-calls"
          | "error"
          | "other"
          | "unknown";
        id?: string;
        message?:
          | {
              content:
                | string
                | Array<
                    | {
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        text: string;
                        type: "text";
                      }
                    | {
                        image: string | ArrayBuffer;
                        mimeType?: string;
                        providerOptions?: Record<string, Record<string, any>>;
                        type: "image";
                      }
                    | {
                        data: string | ArrayBuffer;
                        filename?: string;
                        mimeType: string;
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        type: "file";
                      }
                  >;
              providerOptions?: Record<string, Record<string, any>>;
              role: "user";
            }
          | {
              content:
                | string
                | Array<
                    | {
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        text: string;
                        type: "text";
                      }
                    | {
                        data: string | ArrayBuffer;
                        filename?: string;
                        mimeType: string;
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        type: "file";
                      }
                    | {
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        signature?: string;
                        text: string;
                        type: "reasoning";
                      }
                    | {
                        data: string;
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        type: "redacted-reasoning";
                      }
                    | {
                        args: any;
                        providerExecuted?: boolean;
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        toolCallId: string;
                        toolName: string;
                        type: "tool-call";
                      }
                    | {
                        args?: any;
                        experimental_content?: Array<
                          | { text: string; type: "text" }
                          | { data: string; mimeType?: string; type: "image" }
                        >;
                        isError?: boolean;
                        output?:
                          | {
                              providerOptions?: any;
                              type: "text";
                              value: string;
                            }
                          | { providerOptions?: any; type: "json"; value: any }
                          | {
                              providerOptions?: any;
                              type: "error-text";
                              value: string;
                            }
                          | {
                              providerOptions?: any;
                              type: "error-json";
                              value: any;
                            }
                          | {
                              type: "content";
                              value: Array<
                                | {
                                    providerOptions?: any;
                                    text: string;
                                    type: "text";
                                  }
                                | {
                                    data: string;
                                    mediaType: string;
                                    type: "media";
                                  }
                                | {
                                    data: string;
                                    filename?: string;
                                    mediaType: string;
                                    providerOptions?: any;
                                    type: "file-data";
                                  }
                                | {
                                    filename?: string;
                                    mediaType?: string;
                                    providerOptions?: any;
                                    type: "file-url";
                                    url: string;
                                  }
                                | {
                                    mediaType?: string;
                                    providerOptions?: any;
                                    type: "image-url";
                                    url: string;
                                  }
                                | {
                                    data: string;
                                    mediaType: string;
                                    providerOptions?: any;
                                    type: "image-data";
                                  }
                                | {
                                    fileId: string | Record<string, string>;
                                    providerOptions?: any;
                                    type: "file-id";
                                  }
                                | {
                                    fileId: string | Record<string, string>;
                                    providerOptions?: any;
                                    type: "image-file-id";
                                  }
                                | { providerOptions?: any; type: "custom" }
                              >;
                            }
                          | {
                              providerOptions?: any;
                              reason?: string;
                              type: "execution-denied";
                            };
                        providerExecuted?: boolean;
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        result?: any;
                        toolCallId: string;
                        toolName: string;
                        type: "tool-result";
                      }
                    | {
                        id: string;
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        sourceType: "url";
                        title?: string;
                        type: "source";
                        url: string;
                      }
                    | {
                        filename?: string;
                        id: string;
                        mediaType: string;
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        sourceType: "document";
                        title: string;
                        type: "source";
                      }
                  >;
              providerOptions?: Record<string, Record<string, any>>;
              role: "assistant";
            }
          | {
              content: Array<{
                args?: any;
                experimental_content?: Array<
                  | { text: string; type: "text" }
                  | { data: string; mimeType?: string; type: "image" }
                >;
                isError?: boolean;
                output?:
                  | { providerOptions?: any; type: "text"; value: string }
                  | { providerOptions?: any; type: "json"; value: any }
                  | { providerOptions?: any; type: "error-text"; value: string }
                  | { providerOptions?: any; type: "error-json"; value: any }
                  | {
                      type: "content";
                      value: Array<
                        | { providerOptions?: any; text: string; type: "text" }
                        | { data: string; mediaType: string; type: "media" }
                        | {
                            data: string;
                            filename?: string;
                            mediaType: string;
                            providerOptions?: any;
                            type: "file-data";
                          }
                        | {
                            filename?: string;
                            mediaType?: string;
                            providerOptions?: any;
                            type: "file-url";
                            url: string;
                          }
                        | {
                            mediaType?: string;
                            providerOptions?: any;
                            type: "image-url";
                            url: string;
                          }
                        | {
                            data: string;
                            mediaType: string;
                            providerOptions?: any;
                            type: "image-data";
                          }
                        | {
                            fileId: string | Record<string, string>;
                            providerOptions?: any;
                            type: "file-id";
                          }
                        | {
                            fileId: string | Record<string, string>;
                            providerOptions?: any;
                            type: "image-file-id";
                          }
                        | { providerOptions?: any; type: "custom" }
                      >;
                    }
                  | {
                      providerOptions?: any;
                      reason?: string;
                      type: "execution-denied";
                    };
                providerExecuted?: boolean;
                providerMetadata?: Record<string, Record<string, any>>;
                providerOptions?: Record<string, Record<string, any>>;
                result?: any;
                toolCallId: string;
                toolName: string;
                type: "tool-result";
              }>;
              providerOptions?: Record<string, Record<string, any>>;
              role: "tool";
            }
          | {
              content: string;
              providerOptions?: Record<string, Record<string, any>>;
              role: "system";
            };
        model?: string;
        order: number;
        provider?: string;
        providerMetadata?: Record<string, Record<string, any>>;
        providerOptions?: Record<string, Record<string, any>>;
        reasoning?: string;
        reasoningDetails?: Array<
          | {
              providerMetadata?: Record<string, Record<string, any>>;
              providerOptions?: Record<string, Record<string, any>>;
              signature?: string;
              text: string;
              type: "reasoning";
            }
          | { signature?: string; text: string; type: "text" }
          | { data: string; type: "redacted" }
        >;
        sources?: Array<
          | {
              id: string;
              providerMetadata?: Record<string, Record<string, any>>;
              providerOptions?: Record<string, Record<string, any>>;
              sourceType: "url";
              title?: string;
              type?: "source";
              url: string;
            }
          | {
              filename?: string;
              id: string;
              mediaType: string;
              providerMetadata?: Record<string, Record<string, any>>;
              providerOptions?: Record<string, Record<string, any>>;
              sourceType: "document";
              title: string;
              type: "source";
            }
        >;
        status: "pending" | "success" | "failed";
        stepOrder: number;
        text?: string;
        threadId: string;
        tool: boolean;
        usage?: {
          cachedInputTokens?: number;
          completionTokens: number;
          promptTokens: number;
          reasoningTokens?: number;
          totalTokens: number;
        };
        userId?: string;
        warnings?: Array<
          | { details?: string; setting: string; type: "unsupported-setting" }
          | { details?: string; tool: any; type: "unsupported-tool" }
          | { message: string; type: "other" }
        >;
      }
    >;
  };
  streams: {
    abort: FunctionReference<
      "mutation",
      "public",
      {
        finalDelta?: {
          end: number;
          parts: Array<any>;
          start: number;
          streamId: Id<"streamingMessages">;
        };
        reason: string;
        streamId: Id<"streamingMessages">;
      },
      boolean
    >;
    abortByOrder: FunctionReference<
      "mutation",
      "public",
      { order: number; reason: string; threadId: Id<"threads"> },
      boolean
    >;
    addDelta: FunctionReference<
      "mutation",
      "public",
      {
        end: number;
        parts: Array<any>;
        start: number;
        streamId: Id<"streamingMessages">;
      },
      boolean
    >;
    create: FunctionReference<
      "mutation",
      "public",
      {
        agentName?: string;
        format?: "UIMessageChunk" | "TextStreamPart";
        model?: string;
        order: number;
        provider?: string;
        providerOptions?: Record<string, Record<string, any>>;
        stepOrder: number;
        threadId: Id<"threads">;
        userId?: string;
      },
      Id<"streamingMessages">
    >;
    deleteAllStreamsForThreadIdAsync: FunctionReference<
      "mutation",
      "public",
      { deltaCursor?: string; streamOrder?: number; threadId: Id<"threads"> },
      { deltaCursor?: string; isDone: boolean; streamOrder?: number }
    >;
    deleteAllStreamsForThreadIdSync: FunctionReference<
      "action",
      "public",
      { threadId: Id<"threads"> },
      null
    >;
    deleteStreamAsync: FunctionReference<
      "mutation",
      "public",
      { cursor?: string; streamId: Id<"streamingMessages"> },
      null
    >;
    deleteStreamSync: FunctionReference<
      "mutation",
      "public",
      { streamId: Id<"streamingMessages"> },
      null
    >;
    finish: FunctionReference<
      "mutation",
      "public",
      {
        finalDelta?: {
          end: number;
          parts: Array<any>;
          start: number;
          streamId: Id<"streamingMessages">;
        };
        streamId: Id<"streamingMessages">;
      },
      null
    >;
    heartbeat: FunctionReference<
      "mutation",
      "public",
      { streamId: Id<"streamingMessages"> },
      null
    >;
    list: FunctionReference<
      "query",
      "public",
      {
        startOrder?: number;
        statuses?: Array<"streaming" | "finished" | "aborted">;
        threadId: Id<"threads">;
      },
      Array<{
        agentName?: string;
        format?: "UIMessageChunk" | "TextStreamPart";
        model?: string;
        order: number;
        provider?: string;
        providerOptions?: Record<string, Record<string, any>>;
        status: "streaming" | "finished" | "aborted";
        stepOrder: number;
        streamId: string;
        userId?: string;
      }>
    >;
    listDeltas: FunctionReference<
      "query",
      "public",
      {
        cursors: Array<{ cursor: number; streamId: Id<"streamingMessages"> }>;
        threadId: Id<"threads">;
      },
      Array<{ end: number; parts: Array<any>; start: number; streamId: string }>
    >;
  };
  threads: {
    createThread: FunctionReference<
      "mutation",
      "public",
      {
        defaultSystemPrompt?: string;
        parentThreadIds?: Array<Id<"threads">>;
        summary?: string;
        title?: string;
        userId?: string;
      },
      {
        _creationTime: number;
        _id: string;
        status: "active" | "archived";
        summary?: string;
        title?: string;
        userId?: string;
      }
    >;
    deleteAllForThreadIdAsync: FunctionReference<
      "mutation",
      "public",
      {
        cursor?: string;
        deltaCursor?: string;
        limit?: number;
        messagesDone?: boolean;
        streamOrder?: number;
        streamsDone?: boolean;
        threadId: Id<"threads">;
      },
      { isDone: boolean }
    >;
    deleteAllForThreadIdSync: FunctionReference<
      "action",
      "public",
      { limit?: number; threadId: Id<"threads"> },
      null
    >;
    getThread: FunctionReference<
      "query",
      "public",
      { threadId: Id<"threads"> },
      {
        _creationTime: number;
        _id: string;
        status: "active" | "archived";
        summary?: string;
        title?: string;
        userId?: string;
      } | null
    >;
    listThreadsByUserId: FunctionReference<
      "query",
      "public",
      {
        order?: "asc" | "desc";
        paginationOpts?: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
        userId?: string;
      },
      {
        continueCursor: string;
        isDone: boolean;
        page: Array<{
          _creationTime: number;
          _id: string;
          status: "active" | "archived";
          summary?: string;
          title?: string;
          userId?: string;
        }>;
        pageStatus?: "SplitRecommended" | "SplitRequired" | null;
        splitCursor?: string | null;
      }
    >;
    searchThreadTitles: FunctionReference<
      "query",
      "public",
      { limit: number; query: string; userId?: string | null },
      Array<{
        _creationTime: number;
        _id: string;
        status: "active" | "archived";
        summary?: string;
        title?: string;
        userId?: string;
      }>
    >;
    updateThread: FunctionReference<
      "mutation",
      "public",
      {
        patch: {
          status?: "active" | "archived";
          summary?: string;
          title?: string;
          userId?: string;
        };
        threadId: Id<"threads">;
      },
      {
        _creationTime: number;
        _id: string;
        status: "active" | "archived";
        summary?: string;
        title?: string;
        userId?: string;
      }
    >;
  };
  users: {
    deleteAllForUserId: FunctionReference<
      "action",
      "public",
      { userId: string },
      null
    >;
    deleteAllForUserIdAsync: FunctionReference<
      "mutation",
      "public",
      { userId: string },
      boolean
    >;
    listUsersWithThreads: FunctionReference<
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
      {
        continueCursor: string;
        isDone: boolean;
        page: Array<string>;
        pageStatus?: "SplitRecommended" | "SplitRequired" | null;
        splitCursor?: string | null;
      }
    >;
  };
  vector: {
    index: {
      deleteBatch: FunctionReference<
        "mutation",
        "public",
        {
          ids: Array<
            | Id<"embeddings_128">
            | Id<"embeddings_256">
            | Id<"embeddings_512">
            | Id<"embeddings_768">
            | Id<"embeddings_1024">
            | Id<"embeddings_1408">
            | Id<"embeddings_1536">
            | Id<"embeddings_2048">
            | Id<"embeddings_3072">
            | Id<"embeddings_4096">
          >;
        },
        null
      >;
      deleteBatchForThread: FunctionReference<
        "mutation",
        "public",
        {
          cursor?: string;
          limit: number;
          model: string;
          threadId: string;
          vectorDimension:
            128 | 256 | 512 | 768 | 1024 | 1408 | 1536 | 2048 | 3072 | 4096;
        },
        { continueCursor: string; isDone: boolean }
      >;
      insertBatch: FunctionReference<
        "mutation",
        "public",
        {
          vectorDimension:
            128 | 256 | 512 | 768 | 1024 | 1408 | 1536 | 2048 | 3072 | 4096;
          vectors: Array<{
            messageId?: Id<"messages">;
            model: string;
            table: string;
            threadId?: string;
            userId?: string;
            vector: Array<number>;
          }>;
        },
        Array<
          | Id<"embeddings_128">
          | Id<"embeddings_256">
          | Id<"embeddings_512">
          | Id<"embeddings_768">
          | Id<"embeddings_1024">
          | Id<"embeddings_1408">
          | Id<"embeddings_1536">
          | Id<"embeddings_2048">
          | Id<"embeddings_3072">
          | Id<"embeddings_4096">
        >
      >;
      paginate: FunctionReference<
        "query",
        "public",
        {
          cursor?: string;
          limit: number;
          table?: string;
          targetModel: string;
          vectorDimension:
            128 | 256 | 512 | 768 | 1024 | 1408 | 1536 | 2048 | 3072 | 4096;
        },
        {
          continueCursor: string;
          ids: Array<
            | Id<"embeddings_128">
            | Id<"embeddings_256">
            | Id<"embeddings_512">
            | Id<"embeddings_768">
            | Id<"embeddings_1024">
            | Id<"embeddings_1408">
            | Id<"embeddings_1536">
            | Id<"embeddings_2048">
            | Id<"embeddings_3072">
            | Id<"embeddings_4096">
          >;
          isDone: boolean;
        }
      >;
      updateBatch: FunctionReference<
        "mutation",
        "public",
        {
          vectors: Array<{
            id:
              | Id<"embeddings_128">
              | Id<"embeddings_256">
              | Id<"embeddings_512">
              | Id<"embeddings_768">
              | Id<"embeddings_1024">
              | Id<"embeddings_1408">
              | Id<"embeddings_1536">
              | Id<"embeddings_2048">
              | Id<"embeddings_3072">
              | Id<"embeddings_4096">;
            model: string;
            vector: Array<number>;
          }>;
        },
        null
      >;
    };
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
  messages: {
    _fetchSearchMessages: FunctionReference<
      "query",
      "internal",
      {
        beforeMessageId?: Id<"messages">;
        embeddingIds: Array<
          | Id<"embeddings_128">
          | Id<"embeddings_256">
          | Id<"embeddings_512">
          | Id<"embeddings_768">
          | Id<"embeddings_1024">
          | Id<"embeddings_1408">
          | Id<"embeddings_1536">
          | Id<"embeddings_2048">
          | Id<"embeddings_3072">
          | Id<"embeddings_4096">
        >;
        limit: number;
        messageRange: { after: number; before: number };
        searchAllMessagesForUserId?: string;
        textSearchMessages?: Array<{
          _creationTime: number;
          _id: string;
          agentName?: string;
          embeddingId?: string;
          error?: string;
          fileIds?: Array<string>;
          finishReason?:
            | "stop"
            | "length"
            | "content-filter"
            | "tool-calls"
            | "error"
            | "other"
            | "unknown";
          id?: string;
          message?:
            | {
                content:
                  | string
                  | Array<
                      | {
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          text: string;
                          type: "text";
                        }
                      | {
                          image: string | ArrayBuffer;
                          mimeType?: string;
                          providerOptions?: Record<string, Record<string, any>>;
                          type: "image";
                        }
                      | {
                          data: string | ArrayBuffer;
                          filename?: string;
                          mimeType: string;
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          type: "file";
                        }
                    >;
                providerOptions?: Record<string, Record<string, any>>;
                role: "user";
              }
            | {
                content:
                  | string
                  | Array<
                      | {
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          text: string;
                          type: "text";
                        }
                      | {
                          data: string | ArrayBuffer;
                          filename?: string;
                          mimeType: string;
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          type: "file";
                        }
                      | {
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          signature?: string;
                          text: string;
                          type: "reasoning";
                        }
                      | {
                          data: string;
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          type: "redacted-reasoning";
                        }
                      | {
                          args: any;
                          providerExecuted?: boolean;
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          toolCallId: string;
                          toolName: string;
                          type: "tool-call";
                        }
                      | {
                          args?: any;
                          experimental_content?: Array<
                            | { text: string; type: "text" }
                            | { data: string; mimeType?: string; type: "image" }
                          >;
                          isError?: boolean;
                          output?:
                            | {
                                providerOptions?: any;
                                type: "text";
                                value: string;
                              }
                            | {
                                providerOptions?: any;
                                type: "json";
                                value: any;
                              }
                            | {
                                providerOptions?: any;
                                type: "error-text";
                                value: string;
                              }
                            | {
                                providerOptions?: any;
                                type: "error-json";
                                value: any;
                              }
                            | {
                                type: "content";
                                value: Array<
                                  | {
                                      providerOptions?: any;
                                      text: string;
                                      type: "text";
                                    }
                                  | {
                                      data: string;
                                      mediaType: string;
                                      type: "media";
                                    }
                                  | {
                                      data: string;
                                      filename?: string;
                                      mediaType: string;
                                      providerOptions?: any;
                                      type: "file-data";
                                    }
                                  | {
                                      filename?: string;
                                      mediaType?: string;
                                      providerOptions?: any;
                                      type: "file-url";
                                      url: string;
                                    }
                                  | {
                                      mediaType?: string;
                                      providerOptions?: any;
                                      type: "image-url";
                                      url: string;
                                    }
                                  | {
                                      data: string;
                                      mediaType: string;
                                      providerOptions?: any;
                                      type: "image-data";
                                    }
                                  | {
                                      fileId: string | Record<string, string>;
                                      providerOptions?: any;
                                      type: "file-id";
                                    }
                                  | {
                                      fileId: string | Record<string, string>;
                                      providerOptions?: any;
                                      type: "image-file-id";
                                    }
                                  | { providerOptions?: any; type: "custom" }
                                >;
                              }
                            | {
                                providerOptions?: any;
                                reason?: string;
                                type: "execution-denied";
                              };
                          providerExecuted?: boolean;
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          result?: any;
                          toolCallId: string;
                          toolName: string;
                          type: "tool-result";
                        }
                      | {
                          id: string;
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          sourceType: "url";
                          title?: string;
                          type: "source";
                          url: string;
                        }
                      | {
                          filename?: string;
                          id: string;
                          mediaType: string;
                          providerMetadata?: Record<
                            string,
                            Record<string, any>
                          >;
                          providerOptions?: Record<string, Record<string, any>>;
                          sourceType: "document";
                          title: string;
                          type: "source";
                        }
                    >;
                providerOptions?: Record<string, Record<string, any>>;
                role: "assistant";
              }
            | {
                content: Array<{
                  args?: any;
                  experimental_content?: Array<
                    | { text: string; type: "text" }
                    | { data: string; mimeType?: string; type: "image" }
                  >;
                  isError?: boolean;
                  output?:
                    | { providerOptions?: any; type: "text"; value: string }
                    | { providerOptions?: any; type: "json"; value: any }
                    | {
                        providerOptions?: any;
                        type: "error-text";
                        value: string;
                      }
                    | { providerOptions?: any; type: "error-json"; value: any }
                    | {
                        type: "content";
                        value: Array<
                          | {
                              providerOptions?: any;
                              text: string;
                              type: "text";
                            }
                          | { data: string; mediaType: string; type: "media" }
                          | {
                              data: string;
                              filename?: string;
                              mediaType: string;
                              providerOptions?: any;
                              type: "file-data";
                            }
                          | {
                              filename?: string;
                              mediaType?: string;
                              providerOptions?: any;
                              type: "file-url";
                              url: string;
                            }
                          | {
                              mediaType?: string;
                              providerOptions?: any;
                              type: "image-url";
                              url: string;
                            }
                          | {
                              data: string;
                              mediaType: string;
                              providerOptions?: any;
                              type: "image-data";
                            }
                          | {
                              fileId: string | Record<string, string>;
                              providerOptions?: any;
                              type: "file-id";
                            }
                          | {
                              fileId: string | Record<string, string>;
                              providerOptions?: any;
                              type: "image-file-id";
                            }
                          | { providerOptions?: any; type: "custom" }
                        >;
                      }
                    | {
                        providerOptions?: any;
                        reason?: string;
                        type: "execution-denied";
                      };
                  providerExecuted?: boolean;
                  providerMetadata?: Record<string, Record<string, any>>;
                  providerOptions?: Record<string, Record<string, any>>;
                  result?: any;
                  toolCallId: string;
                  toolName: string;
                  type: "tool-result";
                }>;
                providerOptions?: Record<string, Record<string, any>>;
                role: "tool";
              }
            | {
                content: string;
                providerOptions?: Record<string, Record<string, any>>;
                role: "system";
              };
          model?: string;
          order: number;
          provider?: string;
          providerMetadata?: Record<string, Record<string, any>>;
          providerOptions?: Record<string, Record<string, any>>;
          reasoning?: string;
          reasoningDetails?: Array<
            | {
                providerMetadata?: Record<string, Record<string, any>>;
                providerOptions?: Record<string, Record<string, any>>;
                signature?: string;
                text: string;
                type: "reasoning";
              }
            | { signature?: string; text: string; type: "text" }
            | { data: string; type: "redacted" }
          >;
          sources?: Array<
            | {
                id: string;
                providerMetadata?: Record<string, Record<string, any>>;
                providerOptions?: Record<string, Record<string, any>>;
                sourceType: "url";
                title?: string;
                type?: "source";
                url: string;
              }
            | {
                filename?: string;
                id: string;
                mediaType: string;
                providerMetadata?: Record<string, Record<string, any>>;
                providerOptions?: Record<string, Record<string, any>>;
                sourceType: "document";
                title: string;
                type: "source";
              }
          >;
          status: "pending" | "success" | "failed";
          stepOrder: number;
          text?: string;
          threadId: string;
          tool: boolean;
          usage?: {
            cachedInputTokens?: number;
            completionTokens: number;
            promptTokens: number;
            reasoningTokens?: number;
            totalTokens: number;
          };
          userId?: string;
          warnings?: Array<
            | { details?: string; setting: string; type: "unsupported-setting" }
            | { details?: string; tool: any; type: "unsupported-tool" }
            | { message: string; type: "other" }
          >;
        }>;
        threadId?: Id<"threads">;
      },
      Array<{
        _creationTime: number;
        _id: string;
        agentName?: string;
        embeddingId?: string;
        error?: string;
        fileIds?: Array<string>;
        finishReason?:
          | "stop"
          | "length"
          | "content-filter"
          | "tool-calls"
          | "error"
          | "other"
          | "unknown";
        id?: string;
        message?:
          | {
              content:
                | string
                | Array<
                    | {
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        text: string;
                        type: "text";
                      }
                    | {
                        image: string | ArrayBuffer;
                        mimeType?: string;
                        providerOptions?: Record<string, Record<string, any>>;
                        type: "image";
                      }
                    | {
                        data: string | ArrayBuffer;
                        filename?: string;
                        mimeType: string;
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        type: "file";
                      }
                  >;
              providerOptions?: Record<string, Record<string, any>>;
              role: "user";
            }
          | {
              content:
                | string
                | Array<
                    | {
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        text: string;
                        type: "text";
                      }
                    | {
                        data: string | ArrayBuffer;
                        filename?: string;
                        mimeType: string;
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        type: "file";
                      }
                    | {
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        signature?: string;
                        text: string;
                        type: "reasoning";
                      }
                    | {
                        data: string;
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        type: "redacted-reasoning";
                      }
                    | {
                        args: any;
                        providerExecuted?: boolean;
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        toolCallId: string;
                        toolName: string;
                        type: "tool-call";
                      }
                    | {
                        args?: any;
                        experimental_content?: Array<
                          | { text: string; type: "text" }
                          | { data: string; mimeType?: string; type: "image" }
                        >;
                        isError?: boolean;
                        output?:
                          | {
                              providerOptions?: any;
                              type: "text";
                              value: string;
                            }
                          | { providerOptions?: any; type: "json"; value: any }
                          | {
                              providerOptions?: any;
                              type: "error-text";
                              value: string;
                            }
                          | {
                              providerOptions?: any;
                              type: "error-json";
                              value: any;
                            }
                          | {
                              type: "content";
                              value: Array<
                                | {
                                    providerOptions?: any;
                                    text: string;
                                    type: "text";
                                  }
                                | {
                                    data: string;
                                    mediaType: string;
                                    type: "media";
                                  }
                                | {
                                    data: string;
                                    filename?: string;
                                    mediaType: string;
                                    providerOptions?: any;
                                    type: "file-data";
                                  }
                                | {
                                    filename?: string;
                                    mediaType?: string;
                                    providerOptions?: any;
                                    type: "file-url";
                                    url: string;
                                  }
                                | {
                                    mediaType?: string;
                                    providerOptions?: any;
                                    type: "image-url";
                                    url: string;
                                  }
                                | {
                                    data: string;
                                    mediaType: string;
                                    providerOptions?: any;
                                    type: "image-data";
                                  }
                                | {
                                    fileId: string | Record<string, string>;
                                    providerOptions?: any;
                                    type: "file-id";
                                  }
                                | {
                                    fileId: string | Record<string, string>;
                                    providerOptions?: any;
                                    type: "image-file-id";
                                  }
                                | { providerOptions?: any; type: "custom" }
                              >;
                            }
                          | {
                              providerOptions?: any;
                              reason?: string;
                              type: "execution-denied";
                            };
                        providerExecuted?: boolean;
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        result?: any;
                        toolCallId: string;
                        toolName: string;
                        type: "tool-result";
                      }
                    | {
                        id: string;
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        sourceType: "url";
                        title?: string;
                        type: "source";
                        url: string;
                      }
                    | {
                        filename?: string;
                        id: string;
                        mediaType: string;
                        providerMetadata?: Record<string, Record<string, any>>;
                        providerOptions?: Record<string, Record<string, any>>;
                        sourceType: "document";
                        title: string;
                        type: "source";
                      }
                  >;
              providerOptions?: Record<string, Record<string, any>>;
              role: "assistant";
            }
          | {
              content: Array<{
                args?: any;
                experimental_content?: Array<
                  | { text: string; type: "text" }
                  | { data: string; mimeType?: string; type: "image" }
                >;
                isError?: boolean;
                output?:
                  | { providerOptions?: any; type: "text"; value: string }
                  | { providerOptions?: any; type: "json"; value: any }
                  | { providerOptions?: any; type: "error-text"; value: string }
                  | { providerOptions?: any; type: "error-json"; value: any }
                  | {
                      type: "content";
                      value: Array<
                        | { providerOptions?: any; text: string; type: "text" }
                        | { data: string; mediaType: string; type: "media" }
                        | {
                            data: string;
                            filename?: string;
                            mediaType: string;
                            providerOptions?: any;
                            type: "file-data";
                          }
                        | {
                            filename?: string;
                            mediaType?: string;
                            providerOptions?: any;
                            type: "file-url";
                            url: string;
                          }
                        | {
                            mediaType?: string;
                            providerOptions?: any;
                            type: "image-url";
                            url: string;
                          }
                        | {
                            data: string;
                            mediaType: string;
                            providerOptions?: any;
                            type: "image-data";
                          }
                        | {
                            fileId: string | Record<string, string>;
                            providerOptions?: any;
                            type: "file-id";
                          }
                        | {
                            fileId: string | Record<string, string>;
                            providerOptions?: any;
                            type: "image-file-id";
                          }
                        | { providerOptions?: any; type: "custom" }
                      >;
                    }
                  | {
                      providerOptions?: any;
                      reason?: string;
                      type: "execution-denied";
                    };
                providerExecuted?: boolean;
                providerMetadata?: Record<string, Record<string, any>>;
                providerOptions?: Record<string, Record<string, any>>;
                result?: any;
                toolCallId: string;
                toolName: string;
                type: "tool-result";
              }>;
              providerOptions?: Record<string, Record<string, any>>;
              role: "tool";
            }
          | {
              content: string;
              providerOptions?: Record<string, Record<string, any>>;
              role: "system";
            };
        model?: string;
        order: number;
        provider?: string;
        providerMetadata?: Record<string, Record<string, any>>;
        providerOptions?: Record<string, Record<string, any>>;
        reasoning?: string;
        reasoningDetails?: Array<
          | {
              providerMetadata?: Record<string, Record<string, any>>;
              providerOptions?: Record<string, Record<string, any>>;
              signature?: string;
              text: string;
              type: "reasoning";
            }
          | { signature?: string; text: string; type: "text" }
          | { data: string; type: "redacted" }
        >;
        sources?: Array<
          | {
              id: string;
              providerMetadata?: Record<string, Record<string, any>>;
              providerOptions?: Record<string, Record<string, any>>;
              sourceType: "url";
              title?: string;
              type?: "source";
              url: string;
            }
          | {
              filename?: string;
              id: string;
              mediaType: string;
              providerMetadata?: Record<string, Record<string, any>>;
              providerOptions?: Record<string, Record<string, any>>;
              sourceType: "document";
              title: string;
              type: "source";
            }
        >;
        status: "pending" | "success" | "failed";
        stepOrder: number;
        text?: string;
        threadId: string;
        tool: boolean;
        usage?: {
          cachedInputTokens?: number;
          completionTokens: number;
          promptTokens: number;
          reasoningTokens?: number;
          totalTokens: number;
        };
        userId?: string;
        warnings?: Array<
          | { details?: string; setting: string; type: "unsupported-setting" }
          | { details?: string; tool: any; type: "unsupported-tool" }
          | { message: string; type: "other" }
        >;
      }>
    >;
    cloneMessageBatch: FunctionReference<
      "mutation",
      "internal",
      {
        copyUserIdForVectorSearch?: boolean;
        excludeToolMessages?: boolean;
        insertAtOrder?: number;
        paginationOpts: {
          cursor: string | null;
          endCursor?: string | null;
          id?: number;
          maximumBytesRead?: number;
          maximumRowsRead?: number;
          numItems: number;
        };
        sourceThreadId: Id<"threads">;
        statuses?: Array<"pending" | "success" | "failed">;
        targetThreadId: Id<"threads">;
        upToAndIncludingMessageId?: Id<"messages">;
      },
      any
    >;
  };
  streams: {
    deleteStreamsPageForThreadIdMutation: FunctionReference<
      "mutation",
      "internal",
      { deltaCursor?: string; streamOrder?: number; threadId: Id<"threads"> },
      { deltaCursor?: string; isDone: boolean; streamOrder?: number }
    >;
    timeoutStream: FunctionReference<
      "mutation",
      "internal",
      { streamId: Id<"streamingMessages"> },
      null
    >;
  };
  threads: {
    _deletePageForThreadId: FunctionReference<
      "mutation",
      "internal",
      {
        cursor?: string;
        deltaCursor?: string;
        limit?: number;
        messagesDone?: boolean;
        streamOrder?: number;
        streamsDone?: boolean;
        threadId: Id<"threads">;
      },
      { cursor: string; isDone: boolean }
    >;
  };
  users: {
    _deleteAllForUserIdAsync: FunctionReference<
      "mutation",
      "internal",
      {
        deltaCursor?: string;
        messagesCursor: null | string;
        streamOrder?: number;
        streamsInProgress?: boolean;
        threadInProgress: null | Id<"threads">;
        threadsCursor: null | string;
        userId: string;
      },
      boolean
    >;
    _deletePageForUserId: FunctionReference<
      "mutation",
      "internal",
      {
        deltaCursor?: string;
        messagesCursor: null | string;
        streamOrder?: number;
        streamsInProgress?: boolean;
        threadInProgress: null | Id<"threads">;
        threadsCursor: null | string;
        userId: string;
      },
      {
        deltaCursor?: string;
        isDone: boolean;
        messagesCursor: null | string;
        streamOrder?: number;
        streamsInProgress?: boolean;
        threadInProgress: null | Id<"threads">;
        threadsCursor: string;
      }
    >;
    getThreadUserId: FunctionReference<
      "query",
      "internal",
      { threadId: Id<"threads"> },
      string | null
    >;
  };
} = anyApi as any;

export const components = componentsGeneric() as unknown as {};
