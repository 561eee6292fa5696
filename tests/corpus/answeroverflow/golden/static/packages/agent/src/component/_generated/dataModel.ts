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
  apiKeys: {
    document: { name?: string; _id: Id<"apiKeys">; _creationTime: number };
    fieldPaths: "_creationTime" | "_id" | "name";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      name: ["name", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  embeddings_128: {
    document: {
      model: string;
      model_table_threadId?: Array<string>;
      model_table_userId?: Array<string>;
      table: string;
      threadId?: string;
      userId?: string;
      vector: Array<number>;
      _id: Id<"embeddings_128">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "model"
      | "model_table_threadId"
      | "model_table_userId"
      | "table"
      | "threadId"
      | "userId"
      | "vector";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      model_table_threadId: ["model", "table", "threadId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {
      vector: {
        vectorField: "vector";
        dimensions: number;
        filterFields: "model_table_threadId" | "model_table_userId";
      };
    };
  };
  embeddings_256: {
    document: {
      model: string;
      model_table_threadId?: Array<string>;
      model_table_userId?: Array<string>;
      table: string;
      threadId?: string;
      userId?: string;
      vector: Array<number>;
      _id: Id<"embeddings_256">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "model"
      | "model_table_threadId"
      | "model_table_userId"
      | "table"
      | "threadId"
      | "userId"
      | "vector";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      model_table_threadId: ["model", "table", "threadId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {
      vector: {
        vectorField: "vector";
        dimensions: number;
        filterFields: "model_table_threadId" | "model_table_userId";
      };
    };
  };
  embeddings_512: {
    document: {
      model: string;
      model_table_threadId?: Array<string>;
      model_table_userId?: Array<string>;
      table: string;
      threadId?: string;
      userId?: string;
      vector: Array<number>;
      _id: Id<"embeddings_512">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "model"
      | "model_table_threadId"
      | "model_table_userId"
      | "table"
      | "threadId"
      | "userId"
      | "vector";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      model_table_threadId: ["model", "table", "threadId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {
      vector: {
        vectorField: "vector";
        dimensions: number;
        filterFields: "model_table_threadId" | "model_table_userId";
      };
    };
  };
  embeddings_768: {
    document: {
      model: string;
      model_table_threadId?: Array<string>;
      model_table_userId?: Array<string>;
      table: string;
      threadId?: string;
      userId?: string;
      vector: Array<number>;
      _id: Id<"embeddings_768">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "model"
      | "model_table_threadId"
      | "model_table_userId"
      | "table"
      | "threadId"
      | "userId"
      | "vector";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      model_table_threadId: ["model", "table", "threadId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {
      vector: {
        vectorField: "vector";
        dimensions: number;
        filterFields: "model_table_threadId" | "model_table_userId";
      };
    };
  };
  embeddings_1024: {
    document: {
      model: string;
      model_table_threadId?: Array<string>;
      model_table_userId?: Array<string>;
      table: string;
      threadId?: string;
      userId?: string;
      vector: Array<number>;
      _id: Id<"embeddings_1024">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "model"
      | "model_table_threadId"
      | "model_table_userId"
      | "table"
      | "threadId"
      | "userId"
      | "vector";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      model_table_threadId: ["model", "table", "threadId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {
      vector: {
        vectorField: "vector";
        dimensions: number;
        filterFields: "model_table_threadId" | "model_table_userId";
      };
    };
  };
  embeddings_1408: {
    document: {
      model: string;
      model_table_threadId?: Array<string>;
      model_table_userId?: Array<string>;
      table: string;
      threadId?: string;
      userId?: string;
      vector: Array<number>;
      _id: Id<"embeddings_1408">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "model"
      | "model_table_threadId"
      | "model_table_userId"
      | "table"
      | "threadId"
      | "userId"
      | "vector";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      model_table_threadId: ["model", "table", "threadId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {
      vector: {
        vectorField: "vector";
        dimensions: number;
        filterFields: "model_table_threadId" | "model_table_userId";
      };
    };
  };
  embeddings_1536: {
    document: {
      model: string;
      model_table_threadId?: Array<string>;
      model_table_userId?: Array<string>;
      table: string;
      threadId?: string;
      userId?: string;
      vector: Array<number>;
      _id: Id<"embeddings_1536">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "model"
      | "model_table_threadId"
      | "model_table_userId"
      | "table"
      | "threadId"
      | "userId"
      | "vector";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      model_table_threadId: ["model", "table", "threadId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {
      vector: {
        vectorField: "vector";
        dimensions: number;
        filterFields: "model_table_threadId" | "model_table_userId";
      };
    };
  };
  embeddings_2048: {
    document: {
      model: string;
      model_table_threadId?: Array<string>;
      model_table_userId?: Array<string>;
      table: string;
      threadId?: string;
      userId?: string;
      vector: Array<number>;
      _id: Id<"embeddings_2048">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "model"
      | "model_table_threadId"
      | "model_table_userId"
      | "table"
      | "threadId"
      | "userId"
      | "vector";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      model_table_threadId: ["model", "table", "threadId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {
      vector: {
        vectorField: "vector";
        dimensions: number;
        filterFields: "model_table_threadId" | "model_table_userId";
      };
    };
  };
  embeddings_3072: {
    document: {
      model: string;
      model_table_threadId?: Array<string>;
      model_table_userId?: Array<string>;
      table: string;
      threadId?: string;
      userId?: string;
      vector: Array<number>;
      _id: Id<"embeddings_3072">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "model"
      | "model_table_threadId"
      | "model_table_userId"
      | "table"
      | "threadId"
      | "userId"
      | "vector";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      model_table_threadId: ["model", "table", "threadId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {
      vector: {
        vectorField: "vector";
        dimensions: number;
        filterFields: "model_table_threadId" | "model_table_userId";
      };
    };
  };
  embeddings_4096: {
    document: {
      model: string;
      model_table_threadId?: Array<string>;
      model_table_userId?: Array<string>;
      table: string;
      threadId?: string;
      userId?: string;
      vector: Array<number>;
      _id: Id<"embeddings_4096">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "model"
      | "model_table_threadId"
      | "model_table_userId"
      | "table"
      | "threadId"
      | "userId"
      | "vector";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      model_table_threadId: ["model", "table", "threadId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {
      vector: {
        vectorField: "vector";
        dimensions: number;
        filterFields: "model_table_threadId" | "model_table_userId";
      };
    };
  };
  files: {
    document: {
      filename?: string;
      hash: string;
      lastTouchedAt: number;
      mimeType: string;
      refcount: number;
      storageId: string;
      _id: Id<"files">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "filename"
      | "hash"
      | "lastTouchedAt"
      | "mimeType"
      | "refcount"
      | "storageId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      hash: ["hash", "_creationTime"];
      refcount: ["refcount", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  memories: {
    document: {
      embeddingId?:
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
      memory: string;
      threadId?: Id<"threads">;
      userId?: string;
      _id: Id<"memories">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "embeddingId"
      | "memory"
      | "threadId"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      embeddingId: ["embeddingId", "_creationTime"];
      threadId: ["threadId", "_creationTime"];
      userId: ["userId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  messages: {
    document: {
      agentName?: string;
      embeddingId?:
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
      error?: string;
      fileIds?: Array<Id<"files">>;
      files?: Array<any>;
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
                        | { providerOptions?: any; type: "text"; value: string }
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
      parentMessageId?: Id<"messages">;
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
      stepId?: string;
      stepOrder: number;
      text?: string;
      threadId: Id<"threads">;
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
      _id: Id<"messages">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "agentName"
      | "embeddingId"
      | "error"
      | "fileIds"
      | "files"
      | "finishReason"
      | "id"
      | "message"
      | "message.content"
      | "message.providerOptions"
      | `message.providerOptions.${string}`
      | "message.role"
      | "model"
      | "order"
      | "parentMessageId"
      | "provider"
      | "providerMetadata"
      | `providerMetadata.${string}`
      | "providerOptions"
      | `providerOptions.${string}`
      | "reasoning"
      | "reasoningDetails"
      | "sources"
      | "status"
      | "stepId"
      | "stepOrder"
      | "text"
      | "threadId"
      | "tool"
      | "usage"
      | "usage.cachedInputTokens"
      | "usage.completionTokens"
      | "usage.promptTokens"
      | "usage.reasoningTokens"
      | "usage.totalTokens"
      | "userId"
      | "warnings";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      embeddingId_threadId: ["embeddingId", "threadId", "_creationTime"];
      threadId_status_tool_order_stepOrder: [
        "threadId",
        "status",
        "tool",
        "order",
        "stepOrder",
        "_creationTime",
      ];
    };
    searchIndexes: {
      text_search: {
        searchField: "text";
        filterFields: "threadId" | "userId";
      };
    };
    vectorIndexes: {};
  };
  streamDeltas: {
    document: {
      end: number;
      parts: Array<any>;
      start: number;
      streamId: Id<"streamingMessages">;
      _id: Id<"streamDeltas">;
      _creationTime: number;
    };
    fieldPaths:
      "_creationTime" | "_id" | "end" | "parts" | "start" | "streamId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      streamId_start_end: ["streamId", "start", "end", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  streamingMessages: {
    document: {
      agentName?: string;
      format?: "UIMessageChunk" | "TextStreamPart";
      model?: string;
      order: number;
      provider?: string;
      providerOptions?: Record<string, Record<string, any>>;
      state:
        | {
            kind: "streaming";
            lastHeartbeat: number;
            timeoutFnId?: Id<"_scheduled_functions">;
          }
        | {
            cleanupFnId?: Id<"_scheduled_functions">;
            endedAt: number;
            kind: "finished";
          }
        | { kind: "aborted"; reason: string };
      stepOrder: number;
      threadId: Id<"threads">;
      userId?: string;
      _id: Id<"streamingMessages">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "agentName"
      | "format"
      | "model"
      | "order"
      | "provider"
      | "providerOptions"
      | `providerOptions.${string}`
      | "state"
      | "state.cleanupFnId"
      | "state.endedAt"
      | "state.kind"
      | "state.lastHeartbeat"
      | "state.reason"
      | "state.timeoutFnId"
      | "stepOrder"
      | "threadId"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      threadId_state_order_stepOrder: [
        "threadId",
        "state.kind",
        "order",
        "stepOrder",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  threads: {
    document: {
      defaultSystemPrompt?: string;
      order?: number;
      parentThreadIds?: Array<Id<"threads">>;
      status: "active" | "archived";
      summary?: string;
      title?: string;
      userId?: string;
      _id: Id<"threads">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "defaultSystemPrompt"
      | "order"
      | "parentThreadIds"
      | "status"
      | "summary"
      | "title"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      userId: ["userId", "_creationTime"];
    };
    searchIndexes: {
      title: {
        searchField: "title";
        filterFields: "userId";
      };
    };
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
