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
  api: {
    messages: {
      updateSolution: FunctionReference<
        "mutation",
        "public",
        { apiKey: string; messageId: bigint; solutionId: bigint | null },
        null | {
          accountId: string;
          channel: {
            autoThreadEnabled: boolean;
            forumGuidelinesConsentEnabled: boolean;
            id: string;
            indexingEnabled: boolean;
            inviteCode?: string;
            markSolutionEnabled: boolean;
            name: string;
            sendMarkSolutionInstructionsInNewThreads: boolean;
            serverId?: string;
            solutionTagId?: string;
            type: number;
          };
          markAsSolver: {
            id: string;
            joinedAt?: number;
            timeInServerMs?: number;
          };
          question: {
            channelId?: string;
            contentLength: number;
            createdAt: number;
            id: string;
            serverId?: string;
            threadId?: string;
          };
          questionAsker: {
            id: string;
            joinedAt?: number;
            timeInServerMs?: number;
          };
          questionSolver: {
            id: string;
            joinedAt?: number;
            timeInServerMs?: number;
          };
          server: {
            botTimeInServerMs: number;
            id: string;
            name: string;
            readTheRulesConsentEnabled: boolean;
          };
          solution: {
            channelId?: string;
            contentLength: number;
            createdAt: number;
            id: string;
            serverId?: string;
            threadId?: string;
          };
          thread: {
            archivedTimestamp?: number;
            id: string;
            messageCount?: number;
            name: string;
            parentId?: string;
            parentName?: string;
            parentType?: number;
            type: number;
          };
          timeToSolveInMs: number;
        }
      >;
    };
  };
  authenticated: {
    admin: {
      lookupUserForImpersonation: FunctionReference<
        "query",
        "public",
        { adminUserId?: string; discordAccountId?: bigint; identifier: string },
        {
          email: string;
          image: string | null;
          name: string;
          userId: string;
        } | null
      >;
    };
    dashboard: {
      getDashboardRolesForServer: FunctionReference<
        "action",
        "public",
        {
          backendAccessToken?: string;
          discordAccountId?: bigint;
          serverId: bigint;
        },
        any
      >;
      getPageViewsForServer: FunctionReference<
        "action",
        "public",
        {
          backendAccessToken?: string;
          discordAccountId?: bigint;
          from?: number;
          serverId: bigint;
          to?: number;
        },
        any
      >;
      getQuestionsAndAnswers: FunctionReference<
        "action",
        "public",
        {
          backendAccessToken?: string;
          discordAccountId?: bigint;
          from?: number;
          serverId: bigint;
          to?: number;
        },
        any
      >;
      getServerInvitesClicked: FunctionReference<
        "action",
        "public",
        {
          backendAccessToken?: string;
          discordAccountId?: bigint;
          from?: number;
          serverId: bigint;
          to?: number;
        },
        any
      >;
      getTopPagesForServer: FunctionReference<
        "action",
        "public",
        {
          backendAccessToken?: string;
          discordAccountId?: bigint;
          from?: number;
          serverId: bigint;
          to?: number;
        },
        any
      >;
      getTopQuestionSolversForServer: FunctionReference<
        "action",
        "public",
        {
          backendAccessToken?: string;
          discordAccountId?: bigint;
          from?: number;
          serverId: bigint;
          to?: number;
        },
        any
      >;
      getUserServers: FunctionReference<
        "action",
        "public",
        { backendAccessToken?: string; discordAccountId?: bigint },
        any
      >;
      trackBotAddClick: FunctionReference<
        "action",
        "public",
        {
          backendAccessToken?: string;
          discordAccountId?: bigint;
          serverId: bigint;
        },
        any
      >;
    };
    dashboard_mutations: {
      generateBotCustomizationUploadUrl: FunctionReference<
        "mutation",
        "public",
        {
          backendAccessToken?: string;
          discordAccountId?: bigint;
          serverId: bigint;
          type: "avatar" | "banner";
        },
        any
      >;
      updateBotCustomization: FunctionReference<
        "mutation",
        "public",
        {
          backendAccessToken?: string;
          botAvatarStorageId?: Id<"_storage"> | null;
          botBannerStorageId?: Id<"_storage"> | null;
          botBio?: string | null;
          botNickname?: string | null;
          discordAccountId?: bigint;
          serverId: bigint;
        },
        any
      >;
      updateChannelSettingsFlags: FunctionReference<
        "mutation",
        "public",
        {
          backendAccessToken?: string;
          channelId: bigint;
          discordAccountId?: bigint;
          flags: {
            autoThreadEnabled?: boolean;
            excludeFromSimilarThreads?: boolean;
            forumGuidelinesConsentEnabled?: boolean;
            indexingEnabled?: boolean;
            markSolutionEnabled?: boolean;
            purpose?: "HELP" | "GENERAL";
            sendMarkSolutionInstructionsInNewThreads?: boolean;
          };
          serverId: bigint;
        },
        any
      >;
      updateChannelSolutionTag: FunctionReference<
        "mutation",
        "public",
        {
          backendAccessToken?: string;
          channelId: bigint;
          discordAccountId?: bigint;
          serverId: bigint;
          solutionTagId: bigint | null;
        },
        any
      >;
      updateChannelTagsToRemoveOnSolve: FunctionReference<
        "mutation",
        "public",
        {
          backendAccessToken?: string;
          channelId: bigint;
          discordAccountId?: bigint;
          serverId: bigint;
          tagIds: Array<bigint>;
        },
        any
      >;
      updateCustomDomain: FunctionReference<
        "mutation",
        "public",
        {
          backendAccessToken?: string;
          customDomain: string | null;
          discordAccountId?: bigint;
          serverId: bigint;
        },
        any
      >;
      updateServerPreferencesFlags: FunctionReference<
        "mutation",
        "public",
        {
          backendAccessToken?: string;
          discordAccountId?: bigint;
          flags: {
            anonymizeMessagesEnabled?: boolean;
            archiveOnMarkSolution?: boolean;
            considerAllMessagesPublicEnabled?: boolean;
            dashboardRoleIds?: Array<bigint>;
            lockOnMarkSolution?: boolean;
            readTheRulesConsentEnabled?: boolean;
            sponsorUrl?: string | null;
          };
          serverId: bigint;
        },
        any
      >;
    };
    dashboard_queries: {
      getDashboardData: FunctionReference<
        "query",
        "public",
        {
          backendAccessToken?: string;
          discordAccountId?: bigint;
          serverId: bigint;
        },
        any
      >;
      getIndexedMessageCount: FunctionReference<
        "query",
        "public",
        {
          backendAccessToken?: string;
          discordAccountId?: bigint;
          serverId: bigint;
        },
        any
      >;
      getUserServersForDropdown: FunctionReference<
        "query",
        "public",
        { backendAccessToken?: string; discordAccountId?: bigint },
        any
      >;
    };
    github: {
      createIssue: FunctionReference<
        "action",
        "public",
        {
          backendAccessToken?: string;
          body: string;
          discordAccountId?: bigint;
          discordChannelId: bigint;
          discordMessageId: bigint;
          discordServerId: bigint;
          discordThreadId?: bigint;
          repoName: string;
          repoOwner: string;
          title: string;
        },
        any
      >;
      getAccessibleRepos: FunctionReference<
        "action",
        "public",
        { backendAccessToken?: string; discordAccountId?: bigint },
        any
      >;
      getFeatured: FunctionReference<
        "action",
        "public",
        { backendAccessToken?: string; discordAccountId?: bigint },
        any
      >;
      getGitHubAccount: FunctionReference<"query", "public", {}, any>;
      getOrgRepos: FunctionReference<
        "action",
        "public",
        { backendAccessToken?: string; discordAccountId?: bigint; org: string },
        any
      >;
      searchRepos: FunctionReference<
        "action",
        "public",
        {
          backendAccessToken?: string;
          discordAccountId?: bigint;
          org?: string;
          query: string;
        },
        any
      >;
    };
    onboarding: {
      applyRecommendedConfiguration: FunctionReference<
        "mutation",
        "public",
        {
          backendAccessToken?: string;
          channelConfigurations: Array<{
            autoThreadEnabled?: boolean;
            channelId: bigint;
            indexingEnabled: boolean;
            markSolutionEnabled: boolean;
            sendMarkSolutionInstructionsInNewThreads: boolean;
            solutionTagId?: bigint;
          }>;
          discordAccountId?: bigint;
          serverId: bigint;
          serverSettings: {
            anonymizeMessagesEnabled: boolean;
            considerAllMessagesPublicEnabled: boolean;
          };
        },
        any
      >;
    };
    onboarding_action: {
      getRecommendedConfiguration: FunctionReference<
        "action",
        "public",
        {
          backendAccessToken?: string;
          discordAccountId?: bigint;
          serverId: bigint;
        },
        any
      >;
    };
    stripe: {
      createBillingPortalSession: FunctionReference<
        "action",
        "public",
        {
          backendAccessToken?: string;
          discordAccountId?: bigint;
          returnUrl: string;
          serverId: bigint;
        },
        any
      >;
      createCheckoutSession: FunctionReference<
        "action",
        "public",
        {
          backendAccessToken?: string;
          cancelUrl: string;
          discordAccountId?: bigint;
          plan: "ADVANCED";
          serverId: bigint;
          successUrl: string;
        },
        any
      >;
      getSubscriptionInfo: FunctionReference<
        "action",
        "public",
        {
          backendAccessToken?: string;
          discordAccountId?: bigint;
          serverId: bigint;
        },
        any
      >;
      syncAfterCheckout: FunctionReference<
        "action",
        "public",
        {
          backendAccessToken?: string;
          discordAccountId?: bigint;
          serverId: bigint;
        },
        any
      >;
    };
    threads: {
      getThreadsForServer: FunctionReference<
        "query",
        "public",
        {
          backendAccessToken?: string;
          discordAccountId?: bigint;
          paginationOpts: {
            cursor: string | null;
            endCursor?: string | null;
            id?: number;
            maximumBytesRead?: number;
            maximumRowsRead?: number;
            numItems: number;
          };
          serverId: bigint;
          sortOrder?: "newest" | "oldest";
        },
        {
          continueCursor: string;
          isDone: boolean;
          page: Array<{
            message: {
              attachments: Array<{
                _creationTime: number;
                _id: Id<"attachments">;
                contentType?: string;
                description?: string;
                filename: string;
                height?: number;
                id: bigint;
                messageId: bigint;
                size: number;
                storageId?: Id<"_storage">;
                url: string;
                width?: number;
              }>;
              author: {
                avatar?: string;
                id: bigint;
                isAnonymous?: boolean;
                name: string;
              } | null;
              message: {
                _creationTime: number;
                _id: Id<"messages">;
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
                  fields?: Array<{
                    inline?: boolean;
                    name: string;
                    value: string;
                  }>;
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
                          | {
                              file: { url: string };
                              spoiler?: boolean;
                              type: 13;
                            }
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
                    fields?: Array<{
                      inline?: boolean;
                      name: string;
                      value: string;
                    }>;
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
                  stickers?: Array<{
                    formatType: number;
                    id: bigint;
                    name: string;
                  }>;
                  type?: number;
                };
                stickers?: Array<{
                  formatType: number;
                  id: bigint;
                  name: string;
                }>;
                tts?: boolean;
                type?: number;
                webhookId?: bigint;
              };
              metadata?: {
                channels?: Record<
                  string,
                  {
                    exists?: boolean;
                    indexingEnabled?: boolean;
                    name: string;
                    type: number;
                    url: string;
                  }
                >;
                internalLinks?: Array<{
                  channel: {
                    id: bigint;
                    indexingEnabled?: boolean;
                    name: string;
                    parent?: {
                      name?: string;
                      parentId?: bigint;
                      type?: number;
                    };
                    type: number;
                  };
                  guild: { id: bigint; name: string };
                  message?: bigint;
                  original: string;
                }>;
                users?: Record<
                  string,
                  {
                    exists?: boolean;
                    globalName: string | null;
                    url: string;
                    username: string;
                  }
                >;
              };
              reactions: Array<{
                emoji: { animated?: boolean; id: bigint; name: string };
                userId: bigint;
              }>;
              reference?: {
                message: {
                  attachments: Array<{
                    _creationTime: number;
                    _id: Id<"attachments">;
                    contentType?: string;
                    description?: string;
                    filename: string;
                    height?: number;
                    id: bigint;
                    messageId: bigint;
                    size: number;
                    storageId?: Id<"_storage">;
                    url: string;
                    width?: number;
                  }>;
                  author: {
                    avatar?: string;
                    id: bigint;
                    isAnonymous?: boolean;
                    name: string;
                  } | null;
                  message: {
                    _creationTime: number;
                    _id: Id<"messages">;
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
                            | {
                                file: { url: string };
                                spoiler?: boolean;
                                type: 13;
                              }
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
                      fields?: Array<{
                        inline?: boolean;
                        name: string;
                        value: string;
                      }>;
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
                              | {
                                  divider?: boolean;
                                  spacing?: number;
                                  type: 14;
                                }
                              | {
                                  items: Array<{
                                    description?: string;
                                    media: { url: string };
                                    spoiler?: boolean;
                                  }>;
                                  type: 12;
                                }
                              | {
                                  file: { url: string };
                                  spoiler?: boolean;
                                  type: 13;
                                }
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
                        fields?: Array<{
                          inline?: boolean;
                          name: string;
                          value: string;
                        }>;
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
                      stickers?: Array<{
                        formatType: number;
                        id: bigint;
                        name: string;
                      }>;
                      type?: number;
                    };
                    stickers?: Array<{
                      formatType: number;
                      id: bigint;
                      name: string;
                    }>;
                    tts?: boolean;
                    type?: number;
                    webhookId?: bigint;
                  };
                  metadata?: {
                    channels?: Record<
                      string,
                      {
                        exists?: boolean;
                        indexingEnabled?: boolean;
                        name: string;
                        type: number;
                        url: string;
                      }
                    >;
                    internalLinks?: Array<{
                      channel: {
                        id: bigint;
                        indexingEnabled?: boolean;
                        name: string;
                        parent?: {
                          name?: string;
                          parentId?: bigint;
                          type?: number;
                        };
                        type: number;
                      };
                      guild: { id: bigint; name: string };
                      message?: bigint;
                      original: string;
                    }>;
                    users?: Record<
                      string,
                      {
                        exists?: boolean;
                        globalName: string | null;
                        url: string;
                        username: string;
                      }
                    >;
                  };
                  reactions: Array<{
                    emoji: { animated?: boolean; id: bigint; name: string };
                    userId: bigint;
                  }>;
                  solutions: Array<{
                    _creationTime: number;
                    _id: Id<"messages">;
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
                            | {
                                file: { url: string };
                                spoiler?: boolean;
                                type: 13;
                              }
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
                      fields?: Array<{
                        inline?: boolean;
                        name: string;
                        value: string;
                      }>;
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
                              | {
                                  divider?: boolean;
                                  spacing?: number;
                                  type: 14;
                                }
                              | {
                                  items: Array<{
                                    description?: string;
                                    media: { url: string };
                                    spoiler?: boolean;
                                  }>;
                                  type: 12;
                                }
                              | {
                                  file: { url: string };
                                  spoiler?: boolean;
                                  type: 13;
                                }
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
                        fields?: Array<{
                          inline?: boolean;
                          name: string;
                          value: string;
                        }>;
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
                      stickers?: Array<{
                        formatType: number;
                        id: bigint;
                        name: string;
                      }>;
                      type?: number;
                    };
                    stickers?: Array<{
                      formatType: number;
                      id: bigint;
                      name: string;
                    }>;
                    tts?: boolean;
                    type?: number;
                    webhookId?: bigint;
                  }>;
                } | null;
                messageId: bigint;
              } | null;
              solutions: Array<{
                _creationTime: number;
                _id: Id<"messages">;
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
                  fields?: Array<{
                    inline?: boolean;
                    name: string;
                    value: string;
                  }>;
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
                          | {
                              file: { url: string };
                              spoiler?: boolean;
                              type: 13;
                            }
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
                    fields?: Array<{
                      inline?: boolean;
                      name: string;
                      value: string;
                    }>;
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
                  stickers?: Array<{
                    formatType: number;
                    id: bigint;
                    name: string;
                  }>;
                  type?: number;
                };
                stickers?: Array<{
                  formatType: number;
                  id: bigint;
                  name: string;
                }>;
                tts?: boolean;
                type?: number;
                webhookId?: bigint;
              }>;
            } | null;
            parentChannel: { id: bigint; name: string; type: number } | null;
            tags: Array<{ id: bigint; name: string }>;
            thread: {
              _creationTime: number;
              _id: Id<"channels">;
              archivedTimestamp?: number;
              availableTags?: Array<{
                emojiId?: bigint;
                emojiName?: string;
                id: bigint;
                moderated: boolean;
                name: string;
              }>;
              botPermissions?: string | number;
              id: bigint;
              name: string;
              parentId?: bigint;
              serverId: bigint;
              type: number;
            };
          }>;
        }
      >;
    };
    threads_action: {
      generateThreadSummary: FunctionReference<
        "action",
        "public",
        {
          backendAccessToken?: string;
          discordAccountId?: bigint;
          serverId: bigint;
          threadId: bigint;
        },
        { summary: string }
      >;
    };
    user_subscription: {
      getUserSubscription: FunctionReference<
        "query",
        "public",
        { backendAccessToken?: string; discordAccountId?: bigint },
        any
      >;
    };
    user_subscription_actions: {
      createBillingPortalSession: FunctionReference<
        "action",
        "public",
        { backendAccessToken?: string; discordAccountId?: bigint },
        any
      >;
      createCheckoutSession: FunctionReference<
        "action",
        "public",
        { backendAccessToken?: string; discordAccountId?: bigint },
        any
      >;
      syncAfterCheckout: FunctionReference<
        "action",
        "public",
        { backendAccessToken?: string; discordAccountId?: bigint },
        any
      >;
    };
    vercel_domains: {
      addDomain: FunctionReference<
        "action",
        "public",
        {
          backendAccessToken?: string;
          discordAccountId?: bigint;
          domain: string;
        },
        any
      >;
      getDomainStatus: FunctionReference<
        "action",
        "public",
        {
          backendAccessToken?: string;
          discordAccountId?: bigint;
          domain: string;
        },
        any
      >;
    };
  };
  chat: {
    mutations: {
      deleteThread: FunctionReference<
        "mutation",
        "public",
        { threadId: string },
        null
      >;
      getChatThreadMetadata: FunctionReference<
        "query",
        "public",
        { threadId: string },
        any
      >;
      listMessages: FunctionReference<
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
          streamArgs?:
            | { kind: "list"; startOrder?: number }
            | {
                cursors: Array<{ cursor: number; streamId: string }>;
                kind: "deltas";
              };
          threadId: string;
        },
        any
      >;
      listThreads: FunctionReference<
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
        any
      >;
      sendMessage: FunctionReference<
        "mutation",
        "public",
        {
          modelId?:
            | "glm-4.7"
            | "glm-4.6"
            | "minimax-m2"
            | "gpt-5.2"
            | "gpt-5.1-thinking"
            | "claude-sonnet-4.5"
            | "gemini-2.5-flash";
          prompt: string;
          repoContext?: { filePath?: string; owner: string; repo: string };
          serverDiscordId?: string;
          threadId?: string;
        },
        any
      >;
      updateThreadTitle: FunctionReference<
        "mutation",
        "public",
        { threadId: string; title: string },
        any
      >;
    };
    usage: {
      consumeMessage: FunctionReference<"mutation", "public", {}, any>;
      getMessageUsageStatus: FunctionReference<"query", "public", {}, any>;
    };
  };
  private: {
    agent_wrappers: {
      abortStream: FunctionReference<
        "mutation",
        "public",
        {
          backendAccessToken: string;
          finalDelta?: {
            end: number;
            parts: Array<any>;
            start: number;
            streamId: string;
          };
          reason: string;
          streamId: string;
        },
        any
      >;
      addMessages: FunctionReference<
        "mutation",
        "public",
        {
          agentName?: string;
          backendAccessToken: string;
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
                            providerOptions?: Record<
                              string,
                              Record<string, any>
                            >;
                            text: string;
                            type: "text";
                          }
                        | {
                            image: string | ArrayBuffer;
                            mimeType?: string;
                            providerOptions?: Record<
                              string,
                              Record<string, any>
                            >;
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
                            providerOptions?: Record<
                              string,
                              Record<string, any>
                            >;
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
                            providerOptions?: Record<
                              string,
                              Record<string, any>
                            >;
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
                            providerOptions?: Record<
                              string,
                              Record<string, any>
                            >;
                            type: "file";
                          }
                        | {
                            providerMetadata?: Record<
                              string,
                              Record<string, any>
                            >;
                            providerOptions?: Record<
                              string,
                              Record<string, any>
                            >;
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
                            providerOptions?: Record<
                              string,
                              Record<string, any>
                            >;
                            type: "redacted-reasoning";
                          }
                        | {
                            args: any;
                            providerExecuted?: boolean;
                            providerMetadata?: Record<
                              string,
                              Record<string, any>
                            >;
                            providerOptions?: Record<
                              string,
                              Record<string, any>
                            >;
                            toolCallId: string;
                            toolName: string;
                            type: "tool-call";
                          }
                        | {
                            args?: any;
                            experimental_content?: Array<
                              | { text: string; type: "text" }
                              | {
                                  data: string;
                                  mimeType?: string;
                                  type: "image";
                                }
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
                            providerOptions?: Record<
                              string,
                              Record<string, any>
                            >;
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
                            providerOptions?: Record<
                              string,
                              Record<string, any>
                            >;
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
                            providerOptions?: Record<
                              string,
                              Record<string, any>
                            >;
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
              | {
                  details?: string;
                  setting: string;
                  type: "unsupported-setting";
                }
              | { details?: string; tool: any; type: "unsupported-tool" }
              | { message: string; type: "other" }
            >;
          }>;
          pendingMessageId?: string;
          promptMessageId?: string;
          threadId: string;
          userId?: string;
        },
        any
      >;
      addStreamDelta: FunctionReference<
        "mutation",
        "public",
        {
          backendAccessToken: string;
          end: number;
          parts: Array<any>;
          start: number;
          streamId: string;
        },
        any
      >;
      createStream: FunctionReference<
        "mutation",
        "public",
        {
          agentName?: string;
          backendAccessToken: string;
          format?: "UIMessageChunk" | "TextStreamPart";
          model?: string;
          order: number;
          provider?: string;
          providerOptions?: Record<string, Record<string, any>>;
          stepOrder: number;
          threadId: string;
          userId?: string;
        },
        any
      >;
      createThread: FunctionReference<
        "mutation",
        "public",
        {
          backendAccessToken: string;
          defaultSystemPrompt?: string;
          parentThreadIds?: Array<string>;
          summary?: string;
          title?: string;
          userId?: string;
        },
        any
      >;
      finalizeMessage: FunctionReference<
        "mutation",
        "public",
        {
          backendAccessToken: string;
          messageId: string;
          result: { status: "success" } | { error: string; status: "failed" };
        },
        any
      >;
      finishStream: FunctionReference<
        "mutation",
        "public",
        {
          backendAccessToken: string;
          finalDelta?: {
            end: number;
            parts: Array<any>;
            start: number;
            streamId: string;
          };
          streamId: string;
        },
        any
      >;
      getMessageSearchFields: FunctionReference<
        "query",
        "public",
        { backendAccessToken: string; messageId: string },
        any
      >;
      getThread: FunctionReference<
        "query",
        "public",
        { backendAccessToken: string; threadId: string },
        any
      >;
      listMessagesByThreadId: FunctionReference<
        "query",
        "public",
        {
          backendAccessToken: string;
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
          threadId: string;
          upToAndIncludingMessageId?: string;
        },
        any
      >;
      listStreamDeltas: FunctionReference<
        "query",
        "public",
        {
          backendAccessToken: string;
          cursors: Array<{ cursor: number; streamId: string }>;
          threadId: string;
        },
        any
      >;
      listStreams: FunctionReference<
        "query",
        "public",
        {
          backendAccessToken: string;
          startOrder?: number;
          statuses?: Array<"streaming" | "finished" | "aborted">;
          threadId: string;
        },
        any
      >;
      searchMessages: FunctionReference<
        "action",
        "public",
        {
          backendAccessToken: string;
          embedding?: Array<number>;
          embeddingModel?: string;
          limit: number;
          messageRange?: { after: number; before: number };
          searchAllMessagesForUserId?: string;
          targetMessageId?: string;
          text?: string;
          textSearch?: boolean;
          threadId?: string;
          vectorScoreThreshold?: number;
          vectorSearch?: boolean;
        },
        any
      >;
      updateAgentStatus: FunctionReference<
        "mutation",
        "public",
        {
          backendAccessToken: string;
          error?: string;
          status: "idle" | "cloning_repo" | "thinking" | "responding" | "error";
          threadId: string;
        },
        null
      >;
    };
    attachments: {
      updateAttachmentStorageId: FunctionReference<
        "mutation",
        "public",
        { backendAccessToken: string; id: bigint; storageId: Id<"_storage"> },
        any
      >;
      uploadAttachmentFromUrl: FunctionReference<
        "action",
        "public",
        {
          backendAccessToken: string;
          contentType?: string;
          filename: string;
          id: bigint;
          url: string;
        },
        any
      >;
      uploadEmbedImageFromUrl: FunctionReference<
        "action",
        "public",
        {
          backendAccessToken: string;
          embedIndex: number;
          field: "image" | "thumbnail" | "video" | "footerIcon" | "authorIcon";
          messageId: bigint;
          url: string;
        },
        any
      >;
    };
    cache: {
      findDiscordOAuthAccountByDiscordId: FunctionReference<
        "query",
        "public",
        { backendAccessToken: string; discordId: string },
        any
      >;
      invalidateUserGuildsCache: FunctionReference<
        "mutation",
        "public",
        { backendAccessToken: string; discordAccountId: bigint },
        any
      >;
    };
    channels: {
      deleteChannel: FunctionReference<
        "mutation",
        "public",
        { backendAccessToken: string; id: bigint },
        any
      >;
      findAllChannelsByServerId: FunctionReference<
        "query",
        "public",
        { backendAccessToken: string; serverId: bigint },
        any
      >;
      findChannelByDiscordId: FunctionReference<
        "query",
        "public",
        { backendAccessToken: string; discordId: bigint },
        any
      >;
      findChannelsByDiscordIds: FunctionReference<
        "query",
        "public",
        { backendAccessToken: string; discordIds: Array<bigint> },
        any
      >;
      findChannelSettingsWithIndexingEnabled: FunctionReference<
        "query",
        "public",
        { backendAccessToken: string; serverId: bigint },
        any
      >;
      findManyChannelsByDiscordIds: FunctionReference<
        "query",
        "public",
        { backendAccessToken: string; discordIds: Array<bigint> },
        any
      >;
      getCommunityPageHeaderData: FunctionReference<
        "query",
        "public",
        {
          backendAccessToken: string;
          channelDiscordId?: bigint;
          serverDiscordId: bigint;
        },
        any
      >;
      updateChannelSettings: FunctionReference<
        "mutation",
        "public",
        {
          backendAccessToken: string;
          channelId: bigint;
          settings: {
            autoThreadEnabled?: boolean;
            channelId?: bigint;
            displayCategoryId?: bigint;
            displayOrder?: number;
            excludeFromSimilarThreads?: boolean;
            forumGuidelinesConsentEnabled?: boolean;
            indexingEnabled?: boolean;
            inviteCode?: string;
            lastIndexedSnowflake?: bigint;
            markSolutionEnabled?: boolean;
            purpose?: "HELP" | "GENERAL";
            sendMarkSolutionInstructionsInNewThreads?: boolean;
            serverId?: bigint;
            solutionTagId?: bigint;
            tagsToRemoveOnSolve?: Array<bigint>;
          };
        },
        any
      >;
      upsertChannel: FunctionReference<
        "mutation",
        "public",
        {
          backendAccessToken: string;
          channel: {
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
          };
        },
        any
      >;
      upsertManyChannels: FunctionReference<
        "mutation",
        "public",
        {
          backendAccessToken: string;
          channels: Array<{
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
          }>;
        },
        any
      >;
    };
    discord_accounts: {
      deleteDiscordAccount: FunctionReference<
        "mutation",
        "public",
        { backendAccessToken: string; id: bigint },
        any
      >;
      findManyDiscordAccountsByIds: FunctionReference<
        "query",
        "public",
        { backendAccessToken: string; ids: Array<bigint> },
        any
      >;
      getUserPageHeaderData: FunctionReference<
        "query",
        "public",
        { backendAccessToken: string; userId: bigint },
        any
      >;
      upsertDiscordAccount: FunctionReference<
        "mutation",
        "public",
        {
          account: { avatar?: string; id: bigint; name: string };
          backendAccessToken: string;
        },
        any
      >;
      upsertManyDiscordAccounts: FunctionReference<
        "mutation",
        "public",
        {
          accounts: Array<{ avatar?: string; id: bigint; name: string }>;
          backendAccessToken: string;
        },
        any
      >;
    };
    github: {
      checkAiIssueExtractionRateLimit: FunctionReference<
        "action",
        "public",
        { backendAccessToken: string; discordId: bigint },
        any
      >;
      getGitHubIssueByRepoAndNumber: FunctionReference<
        "query",
        "public",
        {
          backendAccessToken: string;
          issueNumber: number;
          repoName: string;
          repoOwner: string;
        },
        any
      >;
      updateGitHubIssueStatus: FunctionReference<
        "mutation",
        "public",
        {
          backendAccessToken: string;
          issueNumber: number;
          repoName: string;
          repoOwner: string;
          status: "open" | "closed";
        },
        any
      >;
    };
    ignored_discord_accounts: {
      deleteIgnoredDiscordAccount: FunctionReference<
        "mutation",
        "public",
        { backendAccessToken: string; id: bigint },
        any
      >;
      findIgnoredDiscordAccountById: FunctionReference<
        "query",
        "public",
        { backendAccessToken: string; id: bigint },
        any
      >;
    };
    messages: {
      deleteManyMessages: FunctionReference<
        "mutation",
        "public",
        { backendAccessToken: string; ids: Array<bigint> },
        any
      >;
      deleteMessage: FunctionReference<
        "mutation",
        "public",
        { backendAccessToken: string; id: bigint },
        any
      >;
      getMessageById: FunctionReference<
        "query",
        "public",
        { backendAccessToken: string; id: bigint },
        any
      >;
      getTopQuestionSolversByServerId: FunctionReference<
        "query",
        "public",
        { backendAccessToken: string; limit?: number; serverId: bigint },
        any
      >;
      getTotalMessageCount: FunctionReference<
        "query",
        "public",
        { backendAccessToken: string },
        any
      >;
      markMessageAsSolution: FunctionReference<
        "mutation",
        "public",
        {
          backendAccessToken: string;
          questionMessageId: bigint;
          solutionMessageId: bigint;
        },
        null
      >;
      updateEmbedS3Key: FunctionReference<
        "mutation",
        "public",
        {
          backendAccessToken: string;
          embedIndex: number;
          field: "image" | "thumbnail" | "video" | "footerIcon" | "authorIcon";
          messageId: bigint;
          s3Key: string;
        },
        any
      >;
      updateEmbedStorageId: FunctionReference<
        "mutation",
        "public",
        {
          backendAccessToken: string;
          embedIndex: number;
          field: "image" | "thumbnail" | "video" | "footerIcon" | "authorIcon";
          messageId: bigint;
          storageId: Id<"_storage">;
        },
        any
      >;
      upsertManyMessages: FunctionReference<
        "mutation",
        "public",
        {
          backendAccessToken: string;
          ignoreChecks?: boolean;
          messages: Array<{
            attachments?: Array<{
              contentType?: string;
              description?: string;
              filename: string;
              height?: number;
              id: bigint;
              messageId: bigint;
              size: number;
              storageId?: Id<"_storage">;
              width?: number;
            }>;
            message: {
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
                fields?: Array<{
                  inline?: boolean;
                  name: string;
                  value: string;
                }>;
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
                  fields?: Array<{
                    inline?: boolean;
                    name: string;
                    value: string;
                  }>;
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
                stickers?: Array<{
                  formatType: number;
                  id: bigint;
                  name: string;
                }>;
                type?: number;
              };
              stickers?: Array<{
                formatType: number;
                id: bigint;
                name: string;
              }>;
              tts?: boolean;
              type?: number;
              webhookId?: bigint;
            };
            reactions?: Array<{
              emoji: { animated?: boolean; id: bigint; name: string };
              userId: bigint;
            }>;
          }>;
        },
        any
      >;
      upsertMessage: FunctionReference<
        "mutation",
        "public",
        {
          attachments?: Array<{
            contentType?: string;
            description?: string;
            filename: string;
            height?: number;
            id: bigint;
            messageId: bigint;
            size: number;
            storageId?: Id<"_storage">;
            width?: number;
          }>;
          backendAccessToken: string;
          ignoreChecks?: boolean;
          message: {
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
                fields?: Array<{
                  inline?: boolean;
                  name: string;
                  value: string;
                }>;
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
              stickers?: Array<{
                formatType: number;
                id: bigint;
                name: string;
              }>;
              type?: number;
            };
            stickers?: Array<{ formatType: number; id: bigint; name: string }>;
            tts?: boolean;
            type?: number;
            webhookId?: bigint;
          };
          reactions?: Array<{
            emoji: { animated?: boolean; id: bigint; name: string };
            userId: bigint;
          }>;
        },
        any
      >;
    };
    server_preferences: {
      getBotCustomizationForServer: FunctionReference<
        "query",
        "public",
        { backendAccessToken: string; serverId: bigint },
        any
      >;
      getServerPreferencesByServerId: FunctionReference<
        "query",
        "public",
        { backendAccessToken: string; serverId: bigint },
        any
      >;
      getServersWithBotCustomization: FunctionReference<
        "query",
        "public",
        { backendAccessToken: string },
        any
      >;
      updateServerPreferences: FunctionReference<
        "mutation",
        "public",
        {
          backendAccessToken: string;
          preferences: {
            addedByUserId?: bigint;
            anonymizeMessagesEnabled?: boolean;
            considerAllMessagesPublicEnabled?: boolean;
            customDomain?: string;
            dashboardRoleIds?: Array<bigint>;
            plan?:
              | "FREE"
              | "STARTER"
              | "ADVANCED"
              | "PRO"
              | "ENTERPRISE"
              | "OPEN_SOURCE";
            readTheRulesConsentEnabled?: boolean;
            serverId?: bigint;
            stripeCustomerId?: string;
            stripeSubscriptionId?: string;
            subpath?: string;
          };
          serverId: bigint;
        },
        any
      >;
      updateStripeCustomer: FunctionReference<
        "mutation",
        "public",
        {
          backendAccessToken: string;
          serverId: bigint;
          stripeCustomerId: string;
        },
        any
      >;
      updateStripeSubscription: FunctionReference<
        "mutation",
        "public",
        {
          backendAccessToken: string;
          plan:
            | "FREE"
            | "STARTER"
            | "ADVANCED"
            | "PRO"
            | "ENTERPRISE"
            | "OPEN_SOURCE";
          serverId: bigint;
          stripeSubscriptionId: string | null;
        },
        any
      >;
      upsertServerPreferences: FunctionReference<
        "mutation",
        "public",
        {
          addedByUserId?: bigint;
          anonymizeMessagesEnabled?: boolean;
          backendAccessToken: string;
          considerAllMessagesPublicEnabled?: boolean;
          customDomain?: string;
          dashboardRoleIds?: Array<bigint>;
          plan:
            | "FREE"
            | "STARTER"
            | "ADVANCED"
            | "PRO"
            | "ENTERPRISE"
            | "OPEN_SOURCE";
          readTheRulesConsentEnabled?: boolean;
          serverId: bigint;
          stripeCustomerId?: string;
          stripeSubscriptionId?: string;
          subpath?: string;
        },
        any
      >;
    };
    servers: {
      findManyServersByDiscordId: FunctionReference<
        "query",
        "public",
        { backendAccessToken: string; discordIds: Array<bigint> },
        any
      >;
      findManyServersById: FunctionReference<
        "query",
        "public",
        { backendAccessToken: string; ids: Array<Id<"servers">> },
        any
      >;
      getAllServers: FunctionReference<
        "query",
        "public",
        { backendAccessToken: string },
        any
      >;
      getBrowseServers: FunctionReference<
        "query",
        "public",
        { backendAccessToken: string },
        any
      >;
      getServerByDiscordId: FunctionReference<
        "query",
        "public",
        { backendAccessToken: string; discordId: bigint },
        any
      >;
      getServerByDiscordIdWithChannels: FunctionReference<
        "query",
        "public",
        { backendAccessToken: string; discordId: bigint },
        any
      >;
      getServerByDomain: FunctionReference<
        "query",
        "public",
        { backendAccessToken: string; domain: string },
        any
      >;
      scheduleRecommendedConfigurationCache: FunctionReference<
        "mutation",
        "public",
        { backendAccessToken: string; serverId: bigint },
        null
      >;
      updateServer: FunctionReference<
        "mutation",
        "public",
        {
          backendAccessToken: string;
          server: {
            approximateMemberCount?: number;
            banner?: string;
            description?: string;
            discordId?: bigint;
            icon?: string;
            kickedTime?: number;
            name?: string;
            vanityInviteCode?: string;
          };
          serverId: bigint;
        },
        any
      >;
      upsertServer: FunctionReference<
        "mutation",
        "public",
        {
          approximateMemberCount: number;
          backendAccessToken: string;
          banner?: string;
          description?: string;
          discordId: bigint;
          icon?: string;
          kickedTime?: number;
          name: string;
          vanityInviteCode?: string;
        },
        any
      >;
    };
    sitemap: {
      collectThreadsForServer: FunctionReference<
        "action",
        "public",
        { backendAccessToken: string; serverId: bigint },
        any
      >;
      getServersForSitemap: FunctionReference<
        "action",
        "public",
        { backendAccessToken: string },
        any
      >;
    };
    threadTags: {
      syncThreadTags: FunctionReference<
        "mutation",
        "public",
        {
          backendAccessToken: string;
          parentChannelId: bigint;
          tagIds: Array<bigint>;
          threadId: bigint;
        },
        null
      >;
    };
    user_server_settings: {
      deleteUserServerSettings: FunctionReference<
        "mutation",
        "public",
        { backendAccessToken: string; serverId: bigint; userId: bigint },
        any
      >;
      findManyUserServerSettings: FunctionReference<
        "query",
        "public",
        {
          backendAccessToken: string;
          settings: Array<{ serverId: bigint; userId: bigint }>;
        },
        any
      >;
      findUserServerSettingsById: FunctionReference<
        "query",
        "public",
        { backendAccessToken: string; serverId: bigint; userId: bigint },
        any
      >;
      upsertManyBotUserServerSettings: FunctionReference<
        "mutation",
        "public",
        {
          backendAccessToken: string;
          settings: Array<{
            apiCallsUsed: number;
            apiKey?: string;
            botAddedTimestamp?: number;
            canPubliclyDisplayMessages: boolean;
            messageIndexingDisabled: boolean;
            permissions: number;
            roleIds?: Array<bigint>;
            serverId: bigint;
            userId: bigint;
          }>;
        },
        any
      >;
      upsertManyUserServerSettings: FunctionReference<
        "mutation",
        "public",
        {
          backendAccessToken: string;
          settings: Array<{
            apiCallsUsed: number;
            apiKey?: string;
            botAddedTimestamp?: number;
            canPubliclyDisplayMessages: boolean;
            messageIndexingDisabled: boolean;
            permissions: number;
            roleIds?: Array<bigint>;
            serverId: bigint;
            userId: bigint;
          }>;
        },
        any
      >;
      upsertUserServerSettings: FunctionReference<
        "mutation",
        "public",
        {
          backendAccessToken: string;
          settings: {
            apiCallsUsed: number;
            apiKey?: string;
            botAddedTimestamp?: number;
            canPubliclyDisplayMessages: boolean;
            messageIndexingDisabled: boolean;
            permissions: number;
            roleIds?: Array<bigint>;
            serverId: bigint;
            userId: bigint;
          };
        },
        any
      >;
    };
  };
  public: {
    channels: {
      getChannelPageMessages: FunctionReference<
        "query",
        "public",
        {
          anonymousSessionId?: string;
          backendAccessToken?: string;
          channelDiscordId: bigint;
          discordAccountId?: string;
          paginationOpts: {
            cursor: string | null;
            endCursor?: string | null;
            id?: number;
            maximumBytesRead?: number;
            maximumRowsRead?: number;
            numItems: number;
          };
          publicBackendAccessToken?: string;
          rateLimitKey?: string;
          type?: "signed-in" | "anonymous" | "admin";
        },
        {
          continueCursor: string;
          isDone: boolean;
          page: Array<{
            message: {
              attachments: Array<{
                _creationTime: number;
                _id: Id<"attachments">;
                contentType?: string;
                description?: string;
                filename: string;
                height?: number;
                id: bigint;
                messageId: bigint;
                size: number;
                storageId?: Id<"_storage">;
                url: string;
                width?: number;
              }>;
              author: {
                avatar?: string;
                id: bigint;
                isAnonymous?: boolean;
                name: string;
              } | null;
              message: {
                _creationTime: number;
                _id: Id<"messages">;
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
                  fields?: Array<{
                    inline?: boolean;
                    name: string;
                    value: string;
                  }>;
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
                          | {
                              file: { url: string };
                              spoiler?: boolean;
                              type: 13;
                            }
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
                    fields?: Array<{
                      inline?: boolean;
                      name: string;
                      value: string;
                    }>;
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
                  stickers?: Array<{
                    formatType: number;
                    id: bigint;
                    name: string;
                  }>;
                  type?: number;
                };
                stickers?: Array<{
                  formatType: number;
                  id: bigint;
                  name: string;
                }>;
                tts?: boolean;
                type?: number;
                webhookId?: bigint;
              };
              metadata?: {
                channels?: Record<
                  string,
                  {
                    exists?: boolean;
                    indexingEnabled?: boolean;
                    name: string;
                    type: number;
                    url: string;
                  }
                >;
                internalLinks?: Array<{
                  channel: {
                    id: bigint;
                    indexingEnabled?: boolean;
                    name: string;
                    parent?: {
                      name?: string;
                      parentId?: bigint;
                      type?: number;
                    };
                    type: number;
                  };
                  guild: { id: bigint; name: string };
                  message?: bigint;
                  original: string;
                }>;
                users?: Record<
                  string,
                  {
                    exists?: boolean;
                    globalName: string | null;
                    url: string;
                    username: string;
                  }
                >;
              };
              reactions: Array<{
                emoji: { animated?: boolean; id: bigint; name: string };
                userId: bigint;
              }>;
              reference?: {
                message: {
                  attachments: Array<{
                    _creationTime: number;
                    _id: Id<"attachments">;
                    contentType?: string;
                    description?: string;
                    filename: string;
                    height?: number;
                    id: bigint;
                    messageId: bigint;
                    size: number;
                    storageId?: Id<"_storage">;
                    url: string;
                    width?: number;
                  }>;
                  author: {
                    avatar?: string;
                    id: bigint;
                    isAnonymous?: boolean;
                    name: string;
                  } | null;
                  message: {
                    _creationTime: number;
                    _id: Id<"messages">;
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
                            | {
                                file: { url: string };
                                spoiler?: boolean;
                                type: 13;
                              }
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
                      fields?: Array<{
                        inline?: boolean;
                        name: string;
                        value: string;
                      }>;
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
                              | {
                                  divider?: boolean;
                                  spacing?: number;
                                  type: 14;
                                }
                              | {
                                  items: Array<{
                                    description?: string;
                                    media: { url: string };
                                    spoiler?: boolean;
                                  }>;
                                  type: 12;
                                }
                              | {
                                  file: { url: string };
                                  spoiler?: boolean;
                                  type: 13;
                                }
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
                        fields?: Array<{
                          inline?: boolean;
                          name: string;
                          value: string;
                        }>;
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
                      stickers?: Array<{
                        formatType: number;
                        id: bigint;
                        name: string;
                      }>;
                      type?: number;
                    };
                    stickers?: Array<{
                      formatType: number;
                      id: bigint;
                      name: string;
                    }>;
                    tts?: boolean;
                    type?: number;
                    webhookId?: bigint;
                  };
                  metadata?: {
                    channels?: Record<
                      string,
                      {
                        exists?: boolean;
                        indexingEnabled?: boolean;
                        name: string;
                        type: number;
                        url: string;
                      }
                    >;
                    internalLinks?: Array<{
                      channel: {
                        id: bigint;
                        indexingEnabled?: boolean;
                        name: string;
                        parent?: {
                          name?: string;
                          parentId?: bigint;
                          type?: number;
                        };
                        type: number;
                      };
                      guild: { id: bigint; name: string };
                      message?: bigint;
                      original: string;
                    }>;
                    users?: Record<
                      string,
                      {
                        exists?: boolean;
                        globalName: string | null;
                        url: string;
                        username: string;
                      }
                    >;
                  };
                  reactions: Array<{
                    emoji: { animated?: boolean; id: bigint; name: string };
                    userId: bigint;
                  }>;
                  solutions: Array<{
                    _creationTime: number;
                    _id: Id<"messages">;
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
                            | {
                                file: { url: string };
                                spoiler?: boolean;
                                type: 13;
                              }
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
                      fields?: Array<{
                        inline?: boolean;
                        name: string;
                        value: string;
                      }>;
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
                              | {
                                  divider?: boolean;
                                  spacing?: number;
                                  type: 14;
                                }
                              | {
                                  items: Array<{
                                    description?: string;
                                    media: { url: string };
                                    spoiler?: boolean;
                                  }>;
                                  type: 12;
                                }
                              | {
                                  file: { url: string };
                                  spoiler?: boolean;
                                  type: 13;
                                }
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
                        fields?: Array<{
                          inline?: boolean;
                          name: string;
                          value: string;
                        }>;
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
                      stickers?: Array<{
                        formatType: number;
                        id: bigint;
                        name: string;
                      }>;
                      type?: number;
                    };
                    stickers?: Array<{
                      formatType: number;
                      id: bigint;
                      name: string;
                    }>;
                    tts?: boolean;
                    type?: number;
                    webhookId?: bigint;
                  }>;
                } | null;
                messageId: bigint;
              } | null;
              solutions: Array<{
                _creationTime: number;
                _id: Id<"messages">;
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
                  fields?: Array<{
                    inline?: boolean;
                    name: string;
                    value: string;
                  }>;
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
                          | {
                              file: { url: string };
                              spoiler?: boolean;
                              type: 13;
                            }
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
                    fields?: Array<{
                      inline?: boolean;
                      name: string;
                      value: string;
                    }>;
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
                  stickers?: Array<{
                    formatType: number;
                    id: bigint;
                    name: string;
                  }>;
                  type?: number;
                };
                stickers?: Array<{
                  formatType: number;
                  id: bigint;
                  name: string;
                }>;
                tts?: boolean;
                type?: number;
                webhookId?: bigint;
              }>;
            } | null;
          }>;
        }
      >;
      getChannelPageThreads: FunctionReference<
        "query",
        "public",
        {
          anonymousSessionId?: string;
          backendAccessToken?: string;
          channelDiscordId: bigint;
          discordAccountId?: string;
          paginationOpts: {
            cursor: string | null;
            endCursor?: string | null;
            id?: number;
            maximumBytesRead?: number;
            maximumRowsRead?: number;
            numItems: number;
          };
          publicBackendAccessToken?: string;
          rateLimitKey?: string;
          tagIds?: Array<string>;
          type?: "signed-in" | "anonymous" | "admin";
        },
        {
          continueCursor: string;
          isDone: boolean;
          page: Array<{
            message: {
              attachments: Array<{
                _creationTime: number;
                _id: Id<"attachments">;
                contentType?: string;
                description?: string;
                filename: string;
                height?: number;
                id: bigint;
                messageId: bigint;
                size: number;
                storageId?: Id<"_storage">;
                url: string;
                width?: number;
              }>;
              author: {
                avatar?: string;
                id: bigint;
                isAnonymous?: boolean;
                name: string;
              } | null;
              message: {
                _creationTime: number;
                _id: Id<"messages">;
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
                  fields?: Array<{
                    inline?: boolean;
                    name: string;
                    value: string;
                  }>;
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
                          | {
                              file: { url: string };
                              spoiler?: boolean;
                              type: 13;
                            }
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
                    fields?: Array<{
                      inline?: boolean;
                      name: string;
                      value: string;
                    }>;
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
                  stickers?: Array<{
                    formatType: number;
                    id: bigint;
                    name: string;
                  }>;
                  type?: number;
                };
                stickers?: Array<{
                  formatType: number;
                  id: bigint;
                  name: string;
                }>;
                tts?: boolean;
                type?: number;
                webhookId?: bigint;
              };
              metadata?: {
                channels?: Record<
                  string,
                  {
                    exists?: boolean;
                    indexingEnabled?: boolean;
                    name: string;
                    type: number;
                    url: string;
                  }
                >;
                internalLinks?: Array<{
                  channel: {
                    id: bigint;
                    indexingEnabled?: boolean;
                    name: string;
                    parent?: {
                      name?: string;
                      parentId?: bigint;
                      type?: number;
                    };
                    type: number;
                  };
                  guild: { id: bigint; name: string };
                  message?: bigint;
                  original: string;
                }>;
                users?: Record<
                  string,
                  {
                    exists?: boolean;
                    globalName: string | null;
                    url: string;
                    username: string;
                  }
                >;
              };
              reactions: Array<{
                emoji: { animated?: boolean; id: bigint; name: string };
                userId: bigint;
              }>;
              reference?: {
                message: {
                  attachments: Array<{
                    _creationTime: number;
                    _id: Id<"attachments">;
                    contentType?: string;
                    description?: string;
                    filename: string;
                    height?: number;
                    id: bigint;
                    messageId: bigint;
                    size: number;
                    storageId?: Id<"_storage">;
                    url: string;
                    width?: number;
                  }>;
                  author: {
                    avatar?: string;
                    id: bigint;
                    isAnonymous?: boolean;
                    name: string;
                  } | null;
                  message: {
                    _creationTime: number;
                    _id: Id<"messages">;
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
                            | {
                                file: { url: string };
                                spoiler?: boolean;
                                type: 13;
                              }
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
                      fields?: Array<{
                        inline?: boolean;
                        name: string;
                        value: string;
                      }>;
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
                              | {
                                  divider?: boolean;
                                  spacing?: number;
                                  type: 14;
                                }
                              | {
                                  items: Array<{
                                    description?: string;
                                    media: { url: string };
                                    spoiler?: boolean;
                                  }>;
                                  type: 12;
                                }
                              | {
                                  file: { url: string };
                                  spoiler?: boolean;
                                  type: 13;
                                }
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
                        fields?: Array<{
                          inline?: boolean;
                          name: string;
                          value: string;
                        }>;
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
                      stickers?: Array<{
                        formatType: number;
                        id: bigint;
                        name: string;
                      }>;
                      type?: number;
                    };
                    stickers?: Array<{
                      formatType: number;
                      id: bigint;
                      name: string;
                    }>;
                    tts?: boolean;
                    type?: number;
                    webhookId?: bigint;
                  };
                  metadata?: {
                    channels?: Record<
                      string,
                      {
                        exists?: boolean;
                        indexingEnabled?: boolean;
                        name: string;
                        type: number;
                        url: string;
                      }
                    >;
                    internalLinks?: Array<{
                      channel: {
                        id: bigint;
                        indexingEnabled?: boolean;
                        name: string;
                        parent?: {
                          name?: string;
                          parentId?: bigint;
                          type?: number;
                        };
                        type: number;
                      };
                      guild: { id: bigint; name: string };
                      message?: bigint;
                      original: string;
                    }>;
                    users?: Record<
                      string,
                      {
                        exists?: boolean;
                        globalName: string | null;
                        url: string;
                        username: string;
                      }
                    >;
                  };
                  reactions: Array<{
                    emoji: { animated?: boolean; id: bigint; name: string };
                    userId: bigint;
                  }>;
                  solutions: Array<{
                    _creationTime: number;
                    _id: Id<"messages">;
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
                            | {
                                file: { url: string };
                                spoiler?: boolean;
                                type: 13;
                              }
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
                      fields?: Array<{
                        inline?: boolean;
                        name: string;
                        value: string;
                      }>;
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
                              | {
                                  divider?: boolean;
                                  spacing?: number;
                                  type: 14;
                                }
                              | {
                                  items: Array<{
                                    description?: string;
                                    media: { url: string };
                                    spoiler?: boolean;
                                  }>;
                                  type: 12;
                                }
                              | {
                                  file: { url: string };
                                  spoiler?: boolean;
                                  type: 13;
                                }
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
                        fields?: Array<{
                          inline?: boolean;
                          name: string;
                          value: string;
                        }>;
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
                      stickers?: Array<{
                        formatType: number;
                        id: bigint;
                        name: string;
                      }>;
                      type?: number;
                    };
                    stickers?: Array<{
                      formatType: number;
                      id: bigint;
                      name: string;
                    }>;
                    tts?: boolean;
                    type?: number;
                    webhookId?: bigint;
                  }>;
                } | null;
                messageId: bigint;
              } | null;
              solutions: Array<{
                _creationTime: number;
                _id: Id<"messages">;
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
                  fields?: Array<{
                    inline?: boolean;
                    name: string;
                    value: string;
                  }>;
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
                          | {
                              file: { url: string };
                              spoiler?: boolean;
                              type: 13;
                            }
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
                    fields?: Array<{
                      inline?: boolean;
                      name: string;
                      value: string;
                    }>;
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
                  stickers?: Array<{
                    formatType: number;
                    id: bigint;
                    name: string;
                  }>;
                  type?: number;
                };
                stickers?: Array<{
                  formatType: number;
                  id: bigint;
                  name: string;
                }>;
                tts?: boolean;
                type?: number;
                webhookId?: bigint;
              }>;
            } | null;
            thread: {
              _creationTime: number;
              _id: Id<"channels">;
              archivedTimestamp?: number;
              availableTags?: Array<{
                emojiId?: bigint;
                emojiName?: string;
                id: bigint;
                moderated: boolean;
                name: string;
              }>;
              botPermissions?: string | number;
              id: bigint;
              name: string;
              parentId?: bigint;
              serverId: bigint;
              type: number;
            };
          }>;
        }
      >;
      getCommunityPageHeaderData: FunctionReference<
        "query",
        "public",
        {
          anonymousSessionId?: string;
          backendAccessToken?: string;
          channelDiscordId?: bigint;
          discordAccountId?: string;
          publicBackendAccessToken?: string;
          rateLimitKey?: string;
          serverDiscordId: bigint;
          type?: "signed-in" | "anonymous" | "admin";
        },
        any
      >;
      getServerPageThreads: FunctionReference<
        "query",
        "public",
        {
          anonymousSessionId?: string;
          backendAccessToken?: string;
          discordAccountId?: string;
          paginationOpts: {
            cursor: string | null;
            endCursor?: string | null;
            id?: number;
            maximumBytesRead?: number;
            maximumRowsRead?: number;
            numItems: number;
          };
          publicBackendAccessToken?: string;
          rateLimitKey?: string;
          serverDiscordId: bigint;
          type?: "signed-in" | "anonymous" | "admin";
        },
        {
          continueCursor: string;
          isDone: boolean;
          page: Array<{
            channel: { id: bigint; name: string; type: number } | null;
            message: {
              attachments: Array<{
                _creationTime: number;
                _id: Id<"attachments">;
                contentType?: string;
                description?: string;
                filename: string;
                height?: number;
                id: bigint;
                messageId: bigint;
                size: number;
                storageId?: Id<"_storage">;
                url: string;
                width?: number;
              }>;
              author: {
                avatar?: string;
                id: bigint;
                isAnonymous?: boolean;
                name: string;
              } | null;
              message: {
                _creationTime: number;
                _id: Id<"messages">;
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
                  fields?: Array<{
                    inline?: boolean;
                    name: string;
                    value: string;
                  }>;
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
                          | {
                              file: { url: string };
                              spoiler?: boolean;
                              type: 13;
                            }
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
                    fields?: Array<{
                      inline?: boolean;
                      name: string;
                      value: string;
                    }>;
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
                  stickers?: Array<{
                    formatType: number;
                    id: bigint;
                    name: string;
                  }>;
                  type?: number;
                };
                stickers?: Array<{
                  formatType: number;
                  id: bigint;
                  name: string;
                }>;
                tts?: boolean;
                type?: number;
                webhookId?: bigint;
              };
              metadata?: {
                channels?: Record<
                  string,
                  {
                    exists?: boolean;
                    indexingEnabled?: boolean;
                    name: string;
                    type: number;
                    url: string;
                  }
                >;
                internalLinks?: Array<{
                  channel: {
                    id: bigint;
                    indexingEnabled?: boolean;
                    name: string;
                    parent?: {
                      name?: string;
                      parentId?: bigint;
                      type?: number;
                    };
                    type: number;
                  };
                  guild: { id: bigint; name: string };
                  message?: bigint;
                  original: string;
                }>;
                users?: Record<
                  string,
                  {
                    exists?: boolean;
                    globalName: string | null;
                    url: string;
                    username: string;
                  }
                >;
              };
              reactions: Array<{
                emoji: { animated?: boolean; id: bigint; name: string };
                userId: bigint;
              }>;
              reference?: {
                message: {
                  attachments: Array<{
                    _creationTime: number;
                    _id: Id<"attachments">;
                    contentType?: string;
                    description?: string;
                    filename: string;
                    height?: number;
                    id: bigint;
                    messageId: bigint;
                    size: number;
                    storageId?: Id<"_storage">;
                    url: string;
                    width?: number;
                  }>;
                  author: {
                    avatar?: string;
                    id: bigint;
                    isAnonymous?: boolean;
                    name: string;
                  } | null;
                  message: {
                    _creationTime: number;
                    _id: Id<"messages">;
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
                            | {
                                file: { url: string };
                                spoiler?: boolean;
                                type: 13;
                              }
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
                      fields?: Array<{
                        inline?: boolean;
                        name: string;
                        value: string;
                      }>;
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
                              | {
                                  divider?: boolean;
                                  spacing?: number;
                                  type: 14;
                                }
                              | {
                                  items: Array<{
                                    description?: string;
                                    media: { url: string };
                                    spoiler?: boolean;
                                  }>;
                                  type: 12;
                                }
                              | {
                                  file: { url: string };
                                  spoiler?: boolean;
                                  type: 13;
                                }
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
                        fields?: Array<{
                          inline?: boolean;
                          name: string;
                          value: string;
                        }>;
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
                      stickers?: Array<{
                        formatType: number;
                        id: bigint;
                        name: string;
                      }>;
                      type?: number;
                    };
                    stickers?: Array<{
                      formatType: number;
                      id: bigint;
                      name: string;
                    }>;
                    tts?: boolean;
                    type?: number;
                    webhookId?: bigint;
                  };
                  metadata?: {
                    channels?: Record<
                      string,
                      {
                        exists?: boolean;
                        indexingEnabled?: boolean;
                        name: string;
                        type: number;
                        url: string;
                      }
                    >;
                    internalLinks?: Array<{
                      channel: {
                        id: bigint;
                        indexingEnabled?: boolean;
                        name: string;
                        parent?: {
                          name?: string;
                          parentId?: bigint;
                          type?: number;
                        };
                        type: number;
                      };
                      guild: { id: bigint; name: string };
                      message?: bigint;
                      original: string;
                    }>;
                    users?: Record<
                      string,
                      {
                        exists?: boolean;
                        globalName: string | null;
                        url: string;
                        username: string;
                      }
                    >;
                  };
                  reactions: Array<{
                    emoji: { animated?: boolean; id: bigint; name: string };
                    userId: bigint;
                  }>;
                  solutions: Array<{
                    _creationTime: number;
                    _id: Id<"messages">;
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
                            | {
                                file: { url: string };
                                spoiler?: boolean;
                                type: 13;
                              }
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
                      fields?: Array<{
                        inline?: boolean;
                        name: string;
                        value: string;
                      }>;
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
                              | {
                                  divider?: boolean;
                                  spacing?: number;
                                  type: 14;
                                }
                              | {
                                  items: Array<{
                                    description?: string;
                                    media: { url: string };
                                    spoiler?: boolean;
                                  }>;
                                  type: 12;
                                }
                              | {
                                  file: { url: string };
                                  spoiler?: boolean;
                                  type: 13;
                                }
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
                        fields?: Array<{
                          inline?: boolean;
                          name: string;
                          value: string;
                        }>;
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
                      stickers?: Array<{
                        formatType: number;
                        id: bigint;
                        name: string;
                      }>;
                      type?: number;
                    };
                    stickers?: Array<{
                      formatType: number;
                      id: bigint;
                      name: string;
                    }>;
                    tts?: boolean;
                    type?: number;
                    webhookId?: bigint;
                  }>;
                } | null;
                messageId: bigint;
              } | null;
              solutions: Array<{
                _creationTime: number;
                _id: Id<"messages">;
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
                  fields?: Array<{
                    inline?: boolean;
                    name: string;
                    value: string;
                  }>;
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
                          | {
                              file: { url: string };
                              spoiler?: boolean;
                              type: 13;
                            }
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
                    fields?: Array<{
                      inline?: boolean;
                      name: string;
                      value: string;
                    }>;
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
                  stickers?: Array<{
                    formatType: number;
                    id: bigint;
                    name: string;
                  }>;
                  type?: number;
                };
                stickers?: Array<{
                  formatType: number;
                  id: bigint;
                  name: string;
                }>;
                tts?: boolean;
                type?: number;
                webhookId?: bigint;
              }>;
            } | null;
            thread: {
              _creationTime: number;
              _id: Id<"channels">;
              archivedTimestamp?: number;
              availableTags?: Array<{
                emojiId?: bigint;
                emojiName?: string;
                id: bigint;
                moderated: boolean;
                name: string;
              }>;
              botPermissions?: string | number;
              id: bigint;
              name: string;
              parentId?: bigint;
              serverId: bigint;
              type: number;
            };
          }>;
        }
      >;
    };
    discord_accounts: {
      getUserPageHeaderData: FunctionReference<
        "query",
        "public",
        {
          anonymousSessionId?: string;
          backendAccessToken?: string;
          discordAccountId?: string;
          publicBackendAccessToken?: string;
          rateLimitKey?: string;
          type?: "signed-in" | "anonymous" | "admin";
          userId: bigint;
        },
        any
      >;
      getUserPosts: FunctionReference<
        "query",
        "public",
        {
          anonymousSessionId?: string;
          backendAccessToken?: string;
          discordAccountId?: string;
          paginationOpts: {
            cursor: string | null;
            endCursor?: string | null;
            id?: number;
            maximumBytesRead?: number;
            maximumRowsRead?: number;
            numItems: number;
          };
          publicBackendAccessToken?: string;
          rateLimitKey?: string;
          serverId?: bigint;
          type?: "signed-in" | "anonymous" | "admin";
          userId: bigint;
        },
        any
      >;
    };
    github: {
      getDiscordInviteInfo: FunctionReference<
        "action",
        "public",
        {
          discordAccountId?: string;
          owner: string;
          publicBackendAccessToken?: string;
          repo: string;
          type?: "signed-in" | "admin";
        },
        {
          hasDiscordInvite: boolean;
          inviteCodes: Array<string>;
          isOnAnswerOverflow: boolean;
          serverName?: string;
        }
      >;
      getFeatured: FunctionReference<
        "action",
        "public",
        {
          discordAccountId?: string;
          publicBackendAccessToken?: string;
          type?: "signed-in" | "admin";
        },
        {
          repos: Array<{
            description: string | null;
            fullName: string;
            id: number;
            language: string | null;
            name: string;
            owner: string;
            private: false;
            stargazersCount: number;
          }>;
          success: true;
        }
      >;
      getOrgRepos: FunctionReference<
        "action",
        "public",
        {
          discordAccountId?: string;
          org: string;
          publicBackendAccessToken?: string;
          type?: "signed-in" | "admin";
        },
        {
          repos: Array<{
            description: string | null;
            fullName: string;
            id: number;
            language: string | null;
            name: string;
            owner: string;
            private: false;
            stargazersCount: number;
          }>;
          success: true;
        }
      >;
      searchRepos: FunctionReference<
        "action",
        "public",
        {
          discordAccountId?: string;
          org?: string;
          publicBackendAccessToken?: string;
          query: string;
          type?: "signed-in" | "admin";
        },
        {
          repos: Array<{
            description: string | null;
            fullName: string;
            id: number;
            language: string | null;
            name: string;
            owner: string;
            private: false;
            stargazersCount: number;
          }>;
          success: true;
        }
      >;
    };
    messages: {
      getMessageAsSearchResult: FunctionReference<
        "query",
        "public",
        {
          anonymousSessionId?: string;
          backendAccessToken?: string;
          discordAccountId?: string;
          messageId: bigint;
          publicBackendAccessToken?: string;
          rateLimitKey?: string;
          type?: "signed-in" | "anonymous" | "admin";
        },
        any
      >;
      getMessagePageHeaderData: FunctionReference<
        "query",
        "public",
        {
          anonymousSessionId?: string;
          backendAccessToken?: string;
          discordAccountId?: string;
          messageId: bigint;
          publicBackendAccessToken?: string;
          rateLimitKey?: string;
          type?: "signed-in" | "anonymous" | "admin";
        },
        any
      >;
      getMessages: FunctionReference<
        "query",
        "public",
        {
          after: bigint;
          anonymousSessionId?: string;
          backendAccessToken?: string;
          channelId: bigint;
          discordAccountId?: string;
          paginationOpts: {
            cursor: string | null;
            endCursor?: string | null;
            id?: number;
            maximumBytesRead?: number;
            maximumRowsRead?: number;
            numItems: number;
          };
          publicBackendAccessToken?: string;
          rateLimitKey?: string;
          type?: "signed-in" | "anonymous" | "admin";
        },
        any
      >;
    };
    search: {
      getCachedSimilarThreads: FunctionReference<
        "action",
        "public",
        {
          currentParentChannelId?: string;
          currentServerId: string;
          currentThreadId: string;
          discordAccountId?: string;
          limit?: number;
          publicBackendAccessToken?: string;
          searchQuery: string;
          serverId?: string;
          type?: "signed-in" | "admin";
        },
        any
      >;
      getRecentAnnouncements: FunctionReference<
        "query",
        "public",
        {
          anonymousSessionId?: string;
          backendAccessToken?: string;
          discordAccountId?: string;
          publicBackendAccessToken?: string;
          rateLimitKey?: string;
          serverId: string;
          type?: "signed-in" | "anonymous" | "admin";
        },
        any
      >;
      getRecentThreads: FunctionReference<
        "query",
        "public",
        {
          anonymousSessionId?: string;
          backendAccessToken?: string;
          discordAccountId?: string;
          paginationOpts: {
            cursor: string | null;
            endCursor?: string | null;
            id?: number;
            maximumBytesRead?: number;
            maximumRowsRead?: number;
            numItems: number;
          };
          publicBackendAccessToken?: string;
          rateLimitKey?: string;
          type?: "signed-in" | "anonymous" | "admin";
        },
        any
      >;
      getSimilarThreads: FunctionReference<
        "query",
        "public",
        {
          anonymousSessionId?: string;
          backendAccessToken?: string;
          currentParentChannelId?: string;
          currentServerId: string;
          currentThreadId: string;
          discordAccountId?: string;
          limit?: number;
          publicBackendAccessToken?: string;
          rateLimitKey?: string;
          searchQuery: string;
          serverId?: string;
          type?: "signed-in" | "anonymous" | "admin";
        },
        any
      >;
      publicSearch: FunctionReference<
        "query",
        "public",
        {
          anonymousSessionId?: string;
          backendAccessToken?: string;
          channelId?: string;
          discordAccountId?: string;
          paginationOpts: {
            cursor: string | null;
            endCursor?: string | null;
            id?: number;
            maximumBytesRead?: number;
            maximumRowsRead?: number;
            numItems: number;
          };
          publicBackendAccessToken?: string;
          query: string;
          rateLimitKey?: string;
          serverId?: string;
          tagIds?: Array<string>;
          type?: "signed-in" | "anonymous" | "admin";
        },
        any
      >;
    };
    servers: {
      getBrowseServers: FunctionReference<
        "query",
        "public",
        {
          anonymousSessionId?: string;
          backendAccessToken?: string;
          discordAccountId?: string;
          publicBackendAccessToken?: string;
          rateLimitKey?: string;
          type?: "signed-in" | "anonymous" | "admin";
        },
        any
      >;
      getCachedBrowsableServers: FunctionReference<
        "action",
        "public",
        {
          discordAccountId?: string;
          publicBackendAccessToken?: string;
          type?: "signed-in" | "admin";
        },
        any
      >;
      getServerByDiscordIdWithChannels: FunctionReference<
        "query",
        "public",
        {
          anonymousSessionId?: string;
          backendAccessToken?: string;
          discordAccountId?: string;
          discordId: bigint;
          publicBackendAccessToken?: string;
          rateLimitKey?: string;
          type?: "signed-in" | "anonymous" | "admin";
        },
        any
      >;
      getServerByDomain: FunctionReference<
        "query",
        "public",
        {
          anonymousSessionId?: string;
          backendAccessToken?: string;
          discordAccountId?: string;
          domain: string;
          publicBackendAccessToken?: string;
          rateLimitKey?: string;
          type?: "signed-in" | "anonymous" | "admin";
        },
        any
      >;
    };
    threadTags: {
      getTagsForThread: FunctionReference<
        "query",
        "public",
        {
          anonymousSessionId?: string;
          backendAccessToken?: string;
          discordAccountId?: string;
          publicBackendAccessToken?: string;
          rateLimitKey?: string;
          threadId: string;
          type?: "signed-in" | "anonymous" | "admin";
        },
        Array<bigint>
      >;
      getTagsForThreads: FunctionReference<
        "query",
        "public",
        {
          anonymousSessionId?: string;
          backendAccessToken?: string;
          discordAccountId?: string;
          publicBackendAccessToken?: string;
          rateLimitKey?: string;
          threadIds: Array<string>;
          type?: "signed-in" | "anonymous" | "admin";
        },
        Record<string, Array<bigint>>
      >;
      getThreadIdsByTags: FunctionReference<
        "query",
        "public",
        {
          anonymousSessionId?: string;
          backendAccessToken?: string;
          discordAccountId?: string;
          mode: "AND" | "OR";
          parentChannelId: string;
          publicBackendAccessToken?: string;
          rateLimitKey?: string;
          tagIds: Array<string>;
          type?: "signed-in" | "anonymous" | "admin";
        },
        Array<string>
      >;
    };
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
  admin: {
    findThreadsMissingRootMessage: {
      findThreadsMissingRootMessage: FunctionReference<
        "action",
        "internal",
        {},
        {
          threads: Array<{
            parentChannelId?: bigint;
            serverId: bigint;
            threadConvexId: Id<"channels">;
            threadId: bigint;
          }>;
          totalChannelsProcessed: number;
        }
      >;
    };
    findThreadsMissingRootMessagePage: {
      findThreadsMissingRootMessagePage: FunctionReference<
        "query",
        "internal",
        {
          paginationOpts: {
            cursor: string | null;
            endCursor?: string | null;
            id?: number;
            maximumBytesRead?: number;
            maximumRowsRead?: number;
            numItems: number;
          };
          threadType: number;
        },
        {
          channelsProcessed: number;
          continueCursor: string;
          isDone: boolean;
          threadsWithMissingRootMessage: Array<{
            parentChannelId?: bigint;
            serverId: bigint;
            threadConvexId: Id<"channels">;
            threadId: bigint;
          }>;
        }
      >;
    };
  };
  authenticated: {
    dashboard: {
      fetchDiscordGuilds: FunctionReference<
        "action",
        "internal",
        { discordAccountId: bigint },
        any
      >;
      fetchTopPages: FunctionReference<
        "action",
        "internal",
        { serverId: string },
        any
      >;
      fetchTopQuestionSolvers: FunctionReference<
        "action",
        "internal",
        { serverId: string },
        any
      >;
      syncUserServerSettingsBackground: FunctionReference<
        "action",
        "internal",
        {
          aoServerIds: Array<Id<"servers">>;
          discordAccountId: bigint;
          manageableServers: Array<{ id: bigint; permissions: string }>;
        },
        any
      >;
    };
    discord_token: {
      refreshAndGetValidToken: FunctionReference<"action", "internal", {}, any>;
      updateAccountTokens: FunctionReference<
        "mutation",
        "internal",
        {
          accessToken: string;
          accessTokenExpiresAt: number;
          accountId: string;
          refreshToken: string;
        },
        any
      >;
    };
    onboarding_action: {
      fetchRecommendedConfiguration: FunctionReference<
        "action",
        "internal",
        { serverId: bigint },
        any
      >;
    };
    stripe_actions: {
      handleStripeWebhook: FunctionReference<
        "action",
        "internal",
        { payload: string; signature: string },
        any
      >;
    };
  };
  chat: {
    actions: {
      generateTitle: FunctionReference<
        "action",
        "internal",
        { threadId: string },
        null
      >;
    };
    queries: {
      getRecentMessages: FunctionReference<
        "query",
        "internal",
        { limit: number; threadId: string },
        any
      >;
      getThreadInfo: FunctionReference<
        "query",
        "internal",
        { threadId: string },
        any
      >;
      getThreadMetadata: FunctionReference<
        "query",
        "internal",
        { threadId: string },
        any
      >;
      migrateThreadsToNewUser: FunctionReference<
        "mutation",
        "internal",
        { fromUserId: string; toUserId: string },
        null
      >;
      updateThreadTitle: FunctionReference<
        "mutation",
        "internal",
        { threadId: string; title: string },
        null
      >;
    };
    usage: {
      resetUsageForSubscription: FunctionReference<
        "mutation",
        "internal",
        { periodEnd: number; periodStart: number; userId: string },
        any
      >;
    };
  };
  client: {
    guildManager: {
      checkGuildManagerPermissionsInternal: FunctionReference<
        "query",
        "internal",
        { discordAccountId: bigint; serverId: bigint },
        any
      >;
    };
  };
  internal: {
    rateLimiter: {
      checkAiIssueExtraction: FunctionReference<
        "mutation",
        "internal",
        { userId: string },
        { ok: boolean; retryAfter?: number }
      >;
      checkGitHubCreateIssue: FunctionReference<
        "mutation",
        "internal",
        { userId: string },
        { ok: boolean; retryAfter?: number }
      >;
      checkGitHubFetchRepos: FunctionReference<
        "mutation",
        "internal",
        { userId: string },
        { ok: boolean; retryAfter?: number }
      >;
    };
  };
  migrations: {
    index: {
      backfillChannelSettingsServerId: FunctionReference<
        "mutation",
        "internal",
        {
          batchSize?: number;
          cursor?: string | null;
          dryRun?: boolean;
          fn?: string;
          next?: Array<string>;
        },
        any
      >;
      backfillChildThreadIdForThreadStarters: FunctionReference<
        "mutation",
        "internal",
        {
          batchSize?: number;
          cursor?: string | null;
          dryRun?: boolean;
          fn?: string;
          next?: Array<string>;
        },
        any
      >;
      backfillMessageCounts: FunctionReference<
        "mutation",
        "internal",
        {
          batchSize?: number;
          cursor?: string | null;
          dryRun?: boolean;
          fn?: string;
          next?: Array<string>;
        },
        any
      >;
      backfillThreadCounts: FunctionReference<
        "mutation",
        "internal",
        {
          batchSize?: number;
          cursor?: string | null;
          dryRun?: boolean;
          fn?: string;
          next?: Array<string>;
        },
        any
      >;
      run: FunctionReference<
        "mutation",
        "internal",
        {
          batchSize?: number;
          cursor?: string | null;
          dryRun?: boolean;
          fn?: string;
          next?: Array<string>;
        },
        any
      >;
    };
  };
  private: {
    channels: {
      resetServerIndexingSnowflakes: FunctionReference<
        "mutation",
        "internal",
        { serverId: bigint },
        any
      >;
    };
    github: {
      createGitHubIssueRecordInternal: FunctionReference<
        "mutation",
        "internal",
        {
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
        },
        any
      >;
      fetchDiscordInviteInfoInternal: FunctionReference<
        "action",
        "internal",
        { owner: string; repo: string },
        {
          hasDiscordInvite: boolean;
          inviteCodes: Array<string>;
          isOnAnswerOverflow: boolean;
          serverName?: string;
        }
      >;
    };
    server_preferences: {
      getServerPreferencesByCustomDomain: FunctionReference<
        "query",
        "internal",
        { customDomain: string },
        any
      >;
    };
    servers: {
      deleteServerMessagesBatch: FunctionReference<
        "mutation",
        "internal",
        { discordId: bigint },
        boolean
      >;
      deleteServerMetadata: FunctionReference<
        "mutation",
        "internal",
        { discordId: bigint },
        null
      >;
      fetchBrowsableServersInternal: FunctionReference<
        "action",
        "internal",
        {},
        any
      >;
      getBrowseServersInternal: FunctionReference<"query", "internal", {}, any>;
      getServerByDiscordIdInternal: FunctionReference<
        "query",
        "internal",
        { discordId: bigint },
        any
      >;
      hardDeleteServer: FunctionReference<
        "action",
        "internal",
        { discordId: bigint },
        null
      >;
    };
    sitemap: {
      getIndexedChannelIdsForServerQuery: FunctionReference<
        "query",
        "internal",
        { serverId: bigint },
        any
      >;
      getServersForSitemapPage: FunctionReference<
        "query",
        "internal",
        { cursor: string | null },
        any
      >;
      getThreadsForSitemapPage: FunctionReference<
        "query",
        "internal",
        {
          cursor: string | null;
          indexedChannelIds: Array<bigint>;
          serverId: bigint;
        },
        any
      >;
    };
  };
  public: {
    search: {
      fetchSimilarThreadsInternal: FunctionReference<
        "action",
        "internal",
        {
          currentParentChannelId?: string;
          currentServerId: string;
          currentThreadId: string;
          limit?: number;
          searchQuery: string;
          serverId?: string;
        },
        any
      >;
      getSimilarThreadsInternal: FunctionReference<
        "query",
        "internal",
        {
          currentParentChannelId?: string;
          currentServerId: string;
          currentThreadId: string;
          limit?: number;
          searchQuery: string;
          serverId?: string;
        },
        any
      >;
    };
  };
  stripe: {
    internal: {
      getServerForStripe: FunctionReference<
        "query",
        "internal",
        { discordServerId: bigint },
        any
      >;
      updateServerStripeCustomer: FunctionReference<
        "mutation",
        "internal",
        { serverId: bigint; stripeCustomerId: string },
        any
      >;
      updateServerSubscription: FunctionReference<
        "mutation",
        "internal",
        {
          plan:
            | "FREE"
            | "STARTER"
            | "ADVANCED"
            | "PRO"
            | "ENTERPRISE"
            | "OPEN_SOURCE";
          stripeCustomerId: string;
          stripeSubscriptionId: string | null;
        },
        any
      >;
    };
  };
};

export declare const components: {
  betterAuth: import("../betterAuth/_generated/component.js").ComponentApi<"betterAuth">;
  actionCache: import("@convex-dev/action-cache/_generated/component.js").ComponentApi<"actionCache">;
  migrations: import("@convex-dev/migrations/_generated/component.js").ComponentApi<"migrations">;
  rateLimiter: import("@convex-dev/rate-limiter/_generated/component.js").ComponentApi<"rateLimiter">;
  stripe: import("@convex-dev/stripe/_generated/component.js").ComponentApi<"stripe">;
  agent: import("@packages/agent/_generated/component.js").ComponentApi<"agent">;
  rootChannelMessageCounts: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"rootChannelMessageCounts">;
  threadMessageCounts: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"threadMessageCounts">;
  threadCounts: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"threadCounts">;
};
