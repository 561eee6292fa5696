/* eslint-disable */
/**
 * Generated `api` utility.
 *
 * THIS CODE IS AUTOMATICALLY GENERATED.
 *
 * To regenerate, run `npx convex dev`.
 * @module
 */

import type * as admin_findThreadsMissingRootMessage from "../admin/findThreadsMissingRootMessage.js";
import type * as admin_findThreadsMissingRootMessagePage from "../admin/findThreadsMissingRootMessagePage.js";
import type * as api_messages from "../api/messages.js";
import type * as authenticated_admin from "../authenticated/admin.js";
import type * as authenticated_dashboard from "../authenticated/dashboard.js";
import type * as authenticated_dashboard_mutations from "../authenticated/dashboard_mutations.js";
import type * as authenticated_dashboard_queries from "../authenticated/dashboard_queries.js";
import type * as authenticated_discord_token from "../authenticated/discord_token.js";
import type * as authenticated_github from "../authenticated/github.js";
import type * as authenticated_onboarding from "../authenticated/onboarding.js";
import type * as authenticated_onboarding_action from "../authenticated/onboarding_action.js";
import type * as authenticated_stripe from "../authenticated/stripe.js";
import type * as authenticated_stripe_actions from "../authenticated/stripe_actions.js";
import type * as authenticated_threads from "../authenticated/threads.js";
import type * as authenticated_threads_action from "../authenticated/threads_action.js";
import type * as authenticated_user_subscription from "../authenticated/user_subscription.js";
import type * as authenticated_user_subscription_actions from "../authenticated/user_subscription_actions.js";
import type * as authenticated_vercel_domains from "../authenticated/vercel_domains.js";
import type * as chat_actions from "../chat/actions.js";
import type * as chat_mutations from "../chat/mutations.js";
import type * as chat_queries from "../chat/queries.js";
import type * as chat_shared from "../chat/shared.js";
import type * as chat_usage from "../chat/usage.js";
import type * as client_admin from "../client/admin.js";
import type * as client_apiKey from "../client/apiKey.js";
import type * as client_authenticated from "../client/authenticated.js";
import type * as client_confectAuthenticated from "../client/confectAuthenticated.js";
import type * as client_guildManager from "../client/guildManager.js";
import type * as client_index from "../client/index.js";
import type * as client_private from "../client/private.js";
import type * as confect from "../confect.js";
import type * as http from "../http.js";
import type * as internal_rateLimiter from "../internal/rateLimiter.js";
import type * as migrations_index from "../migrations/index.js";
import type * as private_agent_wrappers from "../private/agent_wrappers.js";
import type * as private_attachments from "../private/attachments.js";
import type * as private_cache from "../private/cache.js";
import type * as private_channels from "../private/channels.js";
import type * as private_counts from "../private/counts.js";
import type * as private_discord_accounts from "../private/discord_accounts.js";
import type * as private_github from "../private/github.js";
import type * as private_ignored_discord_accounts from "../private/ignored_discord_accounts.js";
import type * as private_messages from "../private/messages.js";
import type * as private_server_preferences from "../private/server_preferences.js";
import type * as private_servers from "../private/servers.js";
import type * as private_sitemap from "../private/sitemap.js";
import type * as private_threadTags from "../private/threadTags.js";
import type * as private_user_server_settings from "../private/user_server_settings.js";
import type * as public_channels from "../public/channels.js";
import type * as public_custom_functions from "../public/custom_functions.js";
import type * as public_discord_accounts from "../public/discord_accounts.js";
import type * as public_github from "../public/github.js";
import type * as public_messages from "../public/messages.js";
import type * as public_search from "../public/search.js";
import type * as public_servers from "../public/servers.js";
import type * as public_threadTags from "../public/threadTags.js";
import type * as shared_ai from "../shared/ai.js";
import type * as shared_anonymization from "../shared/anonymization.js";
import type * as shared_attachments from "../shared/attachments.js";
import type * as shared_auth from "../shared/auth.js";
import type * as shared_auth_betterAuthService from "../shared/auth/betterAuthService.js";
import type * as shared_auth_github from "../shared/auth/github.js";
import type * as shared_authIdentity from "../shared/authIdentity.js";
import type * as shared_betterAuth from "../shared/betterAuth.js";
import type * as shared_channels from "../shared/channels.js";
import type * as shared_chatAgent from "../shared/chatAgent.js";
import type * as shared_dataAccess from "../shared/dataAccess.js";
import type * as shared_github from "../shared/github.js";
import type * as shared_guildManagerPermissions from "../shared/guildManagerPermissions.js";
import type * as shared_index from "../shared/index.js";
import type * as shared_mentions from "../shared/mentions.js";
import type * as shared_messagePrivacy from "../shared/messagePrivacy.js";
import type * as shared_messages from "../shared/messages.js";
import type * as shared_models from "../shared/models.js";
import type * as shared_permissions from "../shared/permissions.js";
import type * as shared_permissionsShared from "../shared/permissionsShared.js";
import type * as shared_publicSchemas from "../shared/publicSchemas.js";
import type * as shared_rateLimiter from "../shared/rateLimiter.js";
import type * as shared_servers from "../shared/servers.js";
import type * as shared_shared from "../shared/shared.js";
import type * as shared_similarThreads from "../shared/similarThreads.js";
import type * as shared_stripe from "../shared/stripe.js";
import type * as shared_threadSummaryAgent from "../shared/threadSummaryAgent.js";
import type * as shared_threads from "../shared/threads.js";
import type * as shared_userPlans from "../shared/userPlans.js";
import type * as shared_users from "../shared/users.js";
import type * as shared_validators from "../shared/validators.js";
import type * as stripe_internal from "../stripe/internal.js";
import type * as triggers from "../triggers.js";

import type {
  ApiFromModules,
  FilterApi,
  FunctionReference,
} from "convex/server";

declare const fullApi: ApiFromModules<{
  "admin/findThreadsMissingRootMessage": typeof admin_findThreadsMissingRootMessage;
  "admin/findThreadsMissingRootMessagePage": typeof admin_findThreadsMissingRootMessagePage;
  "api/messages": typeof api_messages;
  "authenticated/admin": typeof authenticated_admin;
  "authenticated/dashboard": typeof authenticated_dashboard;
  "authenticated/dashboard_mutations": typeof authenticated_dashboard_mutations;
  "authenticated/dashboard_queries": typeof authenticated_dashboard_queries;
  "authenticated/discord_token": typeof authenticated_discord_token;
  "authenticated/github": typeof authenticated_github;
  "authenticated/onboarding": typeof authenticated_onboarding;
  "authenticated/onboarding_action": typeof authenticated_onboarding_action;
  "authenticated/stripe": typeof authenticated_stripe;
  "authenticated/stripe_actions": typeof authenticated_stripe_actions;
  "authenticated/threads": typeof authenticated_threads;
  "authenticated/threads_action": typeof authenticated_threads_action;
  "authenticated/user_subscription": typeof authenticated_user_subscription;
  "authenticated/user_subscription_actions": typeof authenticated_user_subscription_actions;
  "authenticated/vercel_domains": typeof authenticated_vercel_domains;
  "chat/actions": typeof chat_actions;
  "chat/mutations": typeof chat_mutations;
  "chat/queries": typeof chat_queries;
  "chat/shared": typeof chat_shared;
  "chat/usage": typeof chat_usage;
  "client/admin": typeof client_admin;
  "client/apiKey": typeof client_apiKey;
  "client/authenticated": typeof client_authenticated;
  "client/confectAuthenticated": typeof client_confectAuthenticated;
  "client/guildManager": typeof client_guildManager;
  "client/index": typeof client_index;
  "client/private": typeof client_private;
  confect: typeof confect;
  http: typeof http;
  "internal/rateLimiter": typeof internal_rateLimiter;
  "migrations/index": typeof migrations_index;
  "private/agent_wrappers": typeof private_agent_wrappers;
  "private/attachments": typeof private_attachments;
  "private/cache": typeof private_cache;
  "private/channels": typeof private_channels;
  "private/counts": typeof private_counts;
  "private/discord_accounts": typeof private_discord_accounts;
  "private/github": typeof private_github;
  "private/ignored_discord_accounts": typeof private_ignored_discord_accounts;
  "private/messages": typeof private_messages;
  "private/server_preferences": typeof private_server_preferences;
  "private/servers": typeof private_servers;
  "private/sitemap": typeof private_sitemap;
  "private/threadTags": typeof private_threadTags;
  "private/user_server_settings": typeof private_user_server_settings;
  "public/channels": typeof public_channels;
  "public/custom_functions": typeof public_custom_functions;
  "public/discord_accounts": typeof public_discord_accounts;
  "public/github": typeof public_github;
  "public/messages": typeof public_messages;
  "public/search": typeof public_search;
  "public/servers": typeof public_servers;
  "public/threadTags": typeof public_threadTags;
  "shared/ai": typeof shared_ai;
  "shared/anonymization": typeof shared_anonymization;
  "shared/attachments": typeof shared_attachments;
  "shared/auth": typeof shared_auth;
  "shared/auth/betterAuthService": typeof shared_auth_betterAuthService;
  "shared/auth/github": typeof shared_auth_github;
  "shared/authIdentity": typeof shared_authIdentity;
  "shared/betterAuth": typeof shared_betterAuth;
  "shared/channels": typeof shared_channels;
  "shared/chatAgent": typeof shared_chatAgent;
  "shared/dataAccess": typeof shared_dataAccess;
  "shared/github": typeof shared_github;
  "shared/guildManagerPermissions": typeof shared_guildManagerPermissions;
  "shared/index": typeof shared_index;
  "shared/mentions": typeof shared_mentions;
  "shared/messagePrivacy": typeof shared_messagePrivacy;
  "shared/messages": typeof shared_messages;
  "shared/models": typeof shared_models;
  "shared/permissions": typeof shared_permissions;
  "shared/permissionsShared": typeof shared_permissionsShared;
  "shared/publicSchemas": typeof shared_publicSchemas;
  "shared/rateLimiter": typeof shared_rateLimiter;
  "shared/servers": typeof shared_servers;
  "shared/shared": typeof shared_shared;
  "shared/similarThreads": typeof shared_similarThreads;
  "shared/stripe": typeof shared_stripe;
  "shared/threadSummaryAgent": typeof shared_threadSummaryAgent;
  "shared/threads": typeof shared_threads;
  "shared/userPlans": typeof shared_userPlans;
  "shared/users": typeof shared_users;
  "shared/validators": typeof shared_validators;
  "stripe/internal": typeof stripe_internal;
  triggers: typeof triggers;
}>;

/**
 * A utility for referencing Convex functions in your app's public API.
 *
 * Usage:
 * ```js
 * const myFunctionReference = api.myModule.myFunction;
 * ```
 */
export declare const api: FilterApi<
  typeof fullApi,
  FunctionReference<any, "public">
>;

/**
 * A utility for referencing Convex functions in your app's internal API.
 *
 * Usage:
 * ```js
 * const myFunctionReference = internal.myModule.myFunction;
 * ```
 */
export declare const internal: FilterApi<
  typeof fullApi,
  FunctionReference<any, "internal">
>;

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
