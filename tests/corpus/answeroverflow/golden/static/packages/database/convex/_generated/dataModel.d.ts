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
  attachments: {
    document: {
      contentType?: string;
      description?: string;
      filename: string;
      height?: number;
      id: bigint;
      messageId: bigint;
      size: number;
      storageId?: Id<"_storage">;
      width?: number;
      _id: Id<"attachments">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "contentType"
      | "description"
      | "filename"
      | "height"
      | "id"
      | "messageId"
      | "size"
      | "storageId"
      | "width";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_attachmentId: ["id", "_creationTime"];
      by_messageId: ["messageId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  channels: {
    document: {
      archivedTimestamp?: number;
      availableTags?: Array<{
        emojiId?: bigint;
        emojiName?: string;
        id: bigint;
        moderated: boolean;
        name: string;
      }>;
      botPermissions?: string | number;
      categoryId?: bigint;
      id: bigint;
      name: string;
      parentId?: bigint;
      position?: number;
      serverId: bigint;
      type: number;
      _id: Id<"channels">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "archivedTimestamp"
      | "availableTags"
      | "botPermissions"
      | "categoryId"
      | "id"
      | "name"
      | "parentId"
      | "position"
      | "serverId"
      | "type";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_discordChannelId: ["id", "_creationTime"];
      by_parentId: ["parentId", "_creationTime"];
      by_parentId_and_id: ["parentId", "id", "_creationTime"];
      by_serverId: ["serverId", "_creationTime"];
      by_serverId_and_id: ["serverId", "id", "_creationTime"];
      by_serverId_and_type: ["serverId", "type", "_creationTime"];
      by_type: ["type", "_creationTime"];
      by_type_and_id: ["type", "id", "_creationTime"];
    };
    searchIndexes: {
      search_name: {
        searchField: "name";
        filterFields: "parentId" | "serverId" | "type";
      };
    };
    vectorIndexes: {};
  };
  channelSettings: {
    document: {
      autoThreadEnabled: boolean;
      channelId: bigint;
      displayCategoryId?: bigint;
      displayOrder?: number;
      excludeFromSimilarThreads?: boolean;
      forumGuidelinesConsentEnabled: boolean;
      indexingEnabled: boolean;
      inviteCode?: string;
      lastIndexedSnowflake?: bigint;
      markSolutionEnabled: boolean;
      purpose?: "HELP" | "GENERAL";
      sendMarkSolutionInstructionsInNewThreads: boolean;
      serverId?: bigint;
      solutionTagId?: bigint;
      tagsToRemoveOnSolve?: Array<bigint>;
      _id: Id<"channelSettings">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "autoThreadEnabled"
      | "channelId"
      | "displayCategoryId"
      | "displayOrder"
      | "excludeFromSimilarThreads"
      | "forumGuidelinesConsentEnabled"
      | "indexingEnabled"
      | "inviteCode"
      | "lastIndexedSnowflake"
      | "markSolutionEnabled"
      | "purpose"
      | "sendMarkSolutionInstructionsInNewThreads"
      | "serverId"
      | "solutionTagId"
      | "tagsToRemoveOnSolve";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_channelId: ["channelId", "_creationTime"];
      by_indexingEnabled_and_serverId: [
        "indexingEnabled",
        "serverId",
        "_creationTime",
      ];
      by_inviteCode: ["inviteCode", "_creationTime"];
      by_serverId: ["serverId", "_creationTime"];
      by_serverId_and_indexingEnabled: [
        "serverId",
        "indexingEnabled",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  chatThreadMetadata: {
    document: {
      agentError?: string;
      agentStatus?:
        "idle" | "cloning_repo" | "thinking" | "responding" | "error";
      modelId?: string;
      repos?: Array<{ filePath?: string; owner: string; repo: string }>;
      serverDiscordId?: string;
      threadId: string;
      _id: Id<"chatThreadMetadata">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "agentError"
      | "agentStatus"
      | "modelId"
      | "repos"
      | "serverDiscordId"
      | "threadId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_threadId: ["threadId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  discordAccounts: {
    document: {
      avatar?: string;
      id: bigint;
      name: string;
      _id: Id<"discordAccounts">;
      _creationTime: number;
    };
    fieldPaths: "_creationTime" | "_id" | "avatar" | "id" | "name";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_discordAccountId: ["id", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  emojis: {
    document: {
      animated?: boolean;
      id: bigint;
      name: string;
      _id: Id<"emojis">;
      _creationTime: number;
    };
    fieldPaths: "_creationTime" | "_id" | "animated" | "id" | "name";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_emojiId: ["id", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  githubIssues: {
    document: {
      createdByUserId: string;
      discordChannelId: bigint;
      discordMessageId: bigint;
      discordServerId: bigint;
      discordThreadId?: bigint;
      issueId: number;
      issueNumber: number;
      issueTitle: string;
      issueUrl: string;
      repoName: string;
      repoOwner: string;
      status: "open" | "closed";
      _id: Id<"githubIssues">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "createdByUserId"
      | "discordChannelId"
      | "discordMessageId"
      | "discordServerId"
      | "discordThreadId"
      | "issueId"
      | "issueNumber"
      | "issueTitle"
      | "issueUrl"
      | "repoName"
      | "repoOwner"
      | "status";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_createdByUserId: ["createdByUserId", "_creationTime"];
      by_discordMessageId: ["discordMessageId", "_creationTime"];
      by_repoOwner_and_repoName_and_issueNumber: [
        "repoOwner",
        "repoName",
        "issueNumber",
        "_creationTime",
      ];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  ignoredDiscordAccounts: {
    document: {
      id: bigint;
      _id: Id<"ignoredDiscordAccounts">;
      _creationTime: number;
    };
    fieldPaths: "_creationTime" | "_id" | "id";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_discordAccountId: ["id", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  messages: {
    document: {
      applicationId?: bigint;
      authorId: bigint;
      channelId: bigint;
      childThreadId?: bigint;
      components?: Array<
        | { content: string; id?: number; type: 10 }
        | {
            accentColor?: number;
            components: Array<
              | { content: string; id?: number; type: 10 }
              | {
                  accessory?:
                    | {
                        description?: string;
                        media: { url: string };
                        spoiler?: boolean;
                        type: 11;
                      }
                    | {
                        customId?: string;
                        disabled?: boolean;
                        emoji?: string;
                        label?: string;
                        style: number;
                        type: 2;
                        url?: string;
                      };
                  components: Array<{ content: string; id?: number; type: 10 }>;
                  type: 9;
                }
              | { divider?: boolean; spacing?: number; type: 14 }
              | {
                  items: Array<{
                    description?: string;
                    media: { url: string };
                    spoiler?: boolean;
                  }>;
                  type: 12;
                }
              | { file: { url: string }; spoiler?: boolean; type: 13 }
              | {
                  components: Array<
                    | {
                        customId?: string;
                        disabled?: boolean;
                        emoji?: string;
                        label?: string;
                        style: number;
                        type: 2;
                        url?: string;
                      }
                    | {
                        customId: string;
                        disabled?: boolean;
                        maxValues?: number;
                        minValues?: number;
                        options: Array<{
                          default?: boolean;
                          description?: string;
                          emoji?: string;
                          label: string;
                          value: string;
                        }>;
                        placeholder?: string;
                        type: 3;
                      }
                    | {
                        customId: string;
                        disabled?: boolean;
                        maxValues?: number;
                        minValues?: number;
                        placeholder?: string;
                        type: 5;
                      }
                  >;
                  type: 1;
                }
            >;
            spoiler?: boolean;
            type: 17;
          }
        | {
            accessory?:
              | {
                  description?: string;
                  media: { url: string };
                  spoiler?: boolean;
                  type: 11;
                }
              | {
                  customId?: string;
                  disabled?: boolean;
                  emoji?: string;
                  label?: string;
                  style: number;
                  type: 2;
                  url?: string;
                };
            components: Array<{ content: string; id?: number; type: 10 }>;
            type: 9;
          }
        | { divider?: boolean; spacing?: number; type: 14 }
        | {
            items: Array<{
              description?: string;
              media: { url: string };
              spoiler?: boolean;
            }>;
            type: 12;
          }
        | { file: { url: string }; spoiler?: boolean; type: 13 }
        | {
            components: Array<
              | {
                  customId?: string;
                  disabled?: boolean;
                  emoji?: string;
                  label?: string;
                  style: number;
                  type: 2;
                  url?: string;
                }
              | {
                  customId: string;
                  disabled?: boolean;
                  maxValues?: number;
                  minValues?: number;
                  options: Array<{
                    default?: boolean;
                    description?: string;
                    emoji?: string;
                    label: string;
                    value: string;
                  }>;
                  placeholder?: string;
                  type: 3;
                }
              | {
                  customId: string;
                  disabled?: boolean;
                  maxValues?: number;
                  minValues?: number;
                  placeholder?: string;
                  type: 5;
                }
            >;
            type: 1;
          }
      >;
      content: string;
      embeds?: Array<{
        author?: {
          iconS3Key?: string;
          iconStorageId?: Id<"_storage">;
          iconUrl?: string;
          name?: string;
          proxyIconUrl?: string;
          url?: string;
        };
        color?: number;
        description?: string;
        fields?: Array<{ inline?: boolean; name: string; value: string }>;
        footer?: {
          iconS3Key?: string;
          iconStorageId?: Id<"_storage">;
          iconUrl?: string;
          proxyIconUrl?: string;
          text: string;
        };
        image?: {
          height?: number;
          proxyUrl?: string;
          s3Key?: string;
          storageId?: Id<"_storage">;
          url?: string;
          width?: number;
        };
        provider?: { name?: string; url?: string };
        thumbnail?: {
          height?: number;
          proxyUrl?: string;
          s3Key?: string;
          storageId?: Id<"_storage">;
          url?: string;
          width?: number;
        };
        timestamp?: string;
        title?: string;
        type?: string;
        url?: string;
        video?: {
          height?: number;
          proxyUrl?: string;
          s3Key?: string;
          storageId?: Id<"_storage">;
          url?: string;
          width?: number;
        };
      }>;
      flags?: number;
      id: bigint;
      interactionId?: bigint;
      metadata?: { webhookAvatar?: string; webhookName?: string };
      nonce?: string;
      parentChannelId?: bigint;
      pinned?: boolean;
      questionId?: bigint;
      referenceId?: bigint;
      serverId: bigint;
      snapshot?: {
        attachments?: Array<{
          contentType?: string;
          description?: string;
          filename: string;
          height?: number;
          id: bigint;
          size: number;
          url: string;
          width?: number;
        }>;
        components?: Array<
          | { content: string; id?: number; type: 10 }
          | {
              accentColor?: number;
              components: Array<
                | { content: string; id?: number; type: 10 }
                | {
                    accessory?:
                      | {
                          description?: string;
                          media: { url: string };
                          spoiler?: boolean;
                          type: 11;
                        }
                      | {
                          customId?: string;
                          disabled?: boolean;
                          emoji?: string;
                          label?: string;
                          style: number;
                          type: 2;
                          url?: string;
                        };
                    components: Array<{
                      content: string;
                      id?: number;
                      type: 10;
                    }>;
                    type: 9;
                  }
                | { divider?: boolean; spacing?: number; type: 14 }
                | {
                    items: Array<{
                      description?: string;
                      media: { url: string };
                      spoiler?: boolean;
                    }>;
                    type: 12;
                  }
                | { file: { url: string }; spoiler?: boolean; type: 13 }
                | {
                    components: Array<
                      | {
                          customId?: string;
                          disabled?: boolean;
                          emoji?: string;
                          label?: string;
                          style: number;
                          type: 2;
                          url?: string;
                        }
                      | {
                          customId: string;
                          disabled?: boolean;
                          maxValues?: number;
                          minValues?: number;
                          options: Array<{
                            default?: boolean;
                            description?: string;
                            emoji?: string;
                            label: string;
                            value: string;
                          }>;
                          placeholder?: string;
                          type: 3;
                        }
                      | {
                          customId: string;
                          disabled?: boolean;
                          maxValues?: number;
                          minValues?: number;
                          placeholder?: string;
                          type: 5;
                        }
                    >;
                    type: 1;
                  }
              >;
              spoiler?: boolean;
              type: 17;
            }
          | {
              accessory?:
                | {
                    description?: string;
                    media: { url: string };
                    spoiler?: boolean;
                    type: 11;
                  }
                | {
                    customId?: string;
                    disabled?: boolean;
                    emoji?: string;
                    label?: string;
                    style: number;
                    type: 2;
                    url?: string;
                  };
              components: Array<{ content: string; id?: number; type: 10 }>;
              type: 9;
            }
          | { divider?: boolean; spacing?: number; type: 14 }
          | {
              items: Array<{
                description?: string;
                media: { url: string };
                spoiler?: boolean;
              }>;
              type: 12;
            }
          | { file: { url: string }; spoiler?: boolean; type: 13 }
          | {
              components: Array<
                | {
                    customId?: string;
                    disabled?: boolean;
                    emoji?: string;
                    label?: string;
                    style: number;
                    type: 2;
                    url?: string;
                  }
                | {
                    customId: string;
                    disabled?: boolean;
                    maxValues?: number;
                    minValues?: number;
                    options: Array<{
                      default?: boolean;
                      description?: string;
                      emoji?: string;
                      label: string;
                      value: string;
                    }>;
                    placeholder?: string;
                    type: 3;
                  }
                | {
                    customId: string;
                    disabled?: boolean;
                    maxValues?: number;
                    minValues?: number;
                    placeholder?: string;
                    type: 5;
                  }
              >;
              type: 1;
            }
        >;
        content: string;
        createdTimestamp: number;
        editedTimestamp?: number;
        embeds?: Array<{
          author?: {
            iconS3Key?: string;
            iconStorageId?: Id<"_storage">;
            iconUrl?: string;
            name?: string;
            proxyIconUrl?: string;
            url?: string;
          };
          color?: number;
          description?: string;
          fields?: Array<{ inline?: boolean; name: string; value: string }>;
          footer?: {
            iconS3Key?: string;
            iconStorageId?: Id<"_storage">;
            iconUrl?: string;
            proxyIconUrl?: string;
            text: string;
          };
          image?: {
            height?: number;
            proxyUrl?: string;
            s3Key?: string;
            storageId?: Id<"_storage">;
            url?: string;
            width?: number;
          };
          provider?: { name?: string; url?: string };
          thumbnail?: {
            height?: number;
            proxyUrl?: string;
            s3Key?: string;
            storageId?: Id<"_storage">;
            url?: string;
            width?: number;
          };
          timestamp?: string;
          title?: string;
          type?: string;
          url?: string;
          video?: {
            height?: number;
            proxyUrl?: string;
            s3Key?: string;
            storageId?: Id<"_storage">;
            url?: string;
            width?: number;
          };
        }>;
        flags?: number;
        stickers?: Array<{ formatType: number; id: bigint; name: string }>;
        type?: number;
      };
      stickers?: Array<{ formatType: number; id: bigint; name: string }>;
      tts?: boolean;
      type?: number;
      webhookId?: bigint;
      _id: Id<"messages">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "applicationId"
      | "authorId"
      | "channelId"
      | "childThreadId"
      | "components"
      | "content"
      | "embeds"
      | "flags"
      | "id"
      | "interactionId"
      | "metadata"
      | "metadata.webhookAvatar"
      | "metadata.webhookName"
      | "nonce"
      | "parentChannelId"
      | "pinned"
      | "questionId"
      | "referenceId"
      | "serverId"
      | "snapshot"
      | "snapshot.attachments"
      | "snapshot.components"
      | "snapshot.content"
      | "snapshot.createdTimestamp"
      | "snapshot.editedTimestamp"
      | "snapshot.embeds"
      | "snapshot.flags"
      | "snapshot.stickers"
      | "snapshot.type"
      | "stickers"
      | "tts"
      | "type"
      | "webhookId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_authorId: ["authorId", "_creationTime"];
      by_authorId_and_childThreadId: [
        "authorId",
        "childThreadId",
        "_creationTime",
      ];
      by_channelId: ["channelId", "_creationTime"];
      by_channelId_and_id: ["channelId", "id", "_creationTime"];
      by_childThreadId: ["childThreadId", "_creationTime"];
      by_messageId: ["id", "_creationTime"];
      by_questionId: ["questionId", "_creationTime"];
      by_serverId: ["serverId", "_creationTime"];
      by_serverId_and_questionId: ["serverId", "questionId", "_creationTime"];
    };
    searchIndexes: {
      search_content: {
        searchField: "content";
        filterFields: "channelId" | "parentChannelId" | "serverId";
      };
    };
    vectorIndexes: {};
  };
  reactions: {
    document: {
      emojiId: bigint;
      messageId: bigint;
      userId: bigint;
      _id: Id<"reactions">;
      _creationTime: number;
    };
    fieldPaths: "_creationTime" | "_id" | "emojiId" | "messageId" | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_emojiId: ["emojiId", "_creationTime"];
      by_messageId: ["messageId", "_creationTime"];
      by_userId: ["userId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  serverPreferences: {
    document: {
      addedByUserId?: bigint;
      anonymizeMessagesEnabled?: boolean;
      archiveOnMarkSolution?: boolean;
      botAvatarStorageId?: Id<"_storage">;
      botBannerStorageId?: Id<"_storage">;
      botBio?: string;
      botNickname?: string;
      considerAllMessagesPublicEnabled?: boolean;
      customDomain?: string;
      dashboardRoleIds?: Array<bigint>;
      lockOnMarkSolution?: boolean;
      plan:
        "FREE" | "STARTER" | "ADVANCED" | "PRO" | "ENTERPRISE" | "OPEN_SOURCE";
      readTheRulesConsentEnabled?: boolean;
      serverId: bigint;
      sponsorUrl?: string;
      stripeCustomerId?: string;
      stripeSubscriptionId?: string;
      subpath?: string;
      _id: Id<"serverPreferences">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "addedByUserId"
      | "anonymizeMessagesEnabled"
      | "archiveOnMarkSolution"
      | "botAvatarStorageId"
      | "botBannerStorageId"
      | "botBio"
      | "botNickname"
      | "considerAllMessagesPublicEnabled"
      | "customDomain"
      | "dashboardRoleIds"
      | "lockOnMarkSolution"
      | "plan"
      | "readTheRulesConsentEnabled"
      | "serverId"
      | "sponsorUrl"
      | "stripeCustomerId"
      | "stripeSubscriptionId"
      | "subpath";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_customDomain: ["customDomain", "_creationTime"];
      by_serverId: ["serverId", "_creationTime"];
      by_stripeCustomerId: ["stripeCustomerId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  servers: {
    document: {
      approximateMemberCount: number;
      banner?: string;
      description?: string;
      discordId: bigint;
      icon?: string;
      kickedTime?: number;
      name: string;
      vanityInviteCode?: string;
      _id: Id<"servers">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "approximateMemberCount"
      | "banner"
      | "description"
      | "discordId"
      | "icon"
      | "kickedTime"
      | "name"
      | "vanityInviteCode";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_discordId: ["discordId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  threadTags: {
    document: {
      parentChannelId: bigint;
      tagId: bigint;
      threadId: bigint;
      _id: Id<"threadTags">;
      _creationTime: number;
    };
    fieldPaths:
      "_creationTime" | "_id" | "parentChannelId" | "tagId" | "threadId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_parentChannelId_and_tagId: [
        "parentChannelId",
        "tagId",
        "_creationTime",
      ];
      by_threadId: ["threadId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  userAIChatMessageUsage: {
    document: {
      periodEnd: number;
      periodStart: number;
      purchasedCredits: number;
      subscriptionMessagesUsed: number;
      userId: string;
      _id: Id<"userAIChatMessageUsage">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "periodEnd"
      | "periodStart"
      | "purchasedCredits"
      | "subscriptionMessagesUsed"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_userId: ["userId", "_creationTime"];
    };
    searchIndexes: {};
    vectorIndexes: {};
  };
  userServerSettings: {
    document: {
      apiCallsUsed: number;
      apiKey?: string;
      botAddedTimestamp?: number;
      canPubliclyDisplayMessages: boolean;
      messageIndexingDisabled: boolean;
      permissions: number;
      roleIds?: Array<bigint>;
      serverId: bigint;
      userId: bigint;
      _id: Id<"userServerSettings">;
      _creationTime: number;
    };
    fieldPaths:
      | "_creationTime"
      | "_id"
      | "apiCallsUsed"
      | "apiKey"
      | "botAddedTimestamp"
      | "canPubliclyDisplayMessages"
      | "messageIndexingDisabled"
      | "permissions"
      | "roleIds"
      | "serverId"
      | "userId";
    indexes: {
      by_id: ["_id"];
      by_creation_time: ["_creationTime"];
      by_serverId: ["serverId", "_creationTime"];
      by_userId: ["userId", "_creationTime"];
      by_userId_serverId: ["userId", "serverId", "_creationTime"];
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
