/* eslint-disable */
/**
 * Generated `api` utility.
 *
 * THIS CODE IS AUTOMATICALLY GENERATED.
 *
 * To regenerate, run `npx convex dev`.
 * @module
 */

import type * as attachments_aggregates from "../attachments/aggregates.js";
import type * as attachments_client from "../attachments/client.js";
import type * as attachments_functions from "../attachments/functions.js";
import type * as attachments_index from "../attachments/index.js";
import type * as attachments_stats from "../attachments/stats.js";
import type * as attachments_types from "../attachments/types.js";
import type * as auth from "../auth.js";
import type * as chats_aggregates from "../chats/aggregates.js";
import type * as chats_functions from "../chats/functions.js";
import type * as chats_index from "../chats/index.js";
import type * as chats_stats from "../chats/stats.js";
import type * as chats_types from "../chats/types.js";
import type * as crons from "../crons.js";
import type * as functions from "../functions.js";
import type * as healthCheck from "../healthCheck.js";
import type * as http from "../http.js";
import type * as lib_convexAdapter from "../lib/convexAdapter.js";
import type * as migrations from "../migrations.js";
import type * as privateData from "../privateData.js";
import type * as sandboxes_aggregates from "../sandboxes/aggregates.js";
import type * as sandboxes_functions from "../sandboxes/functions.js";
import type * as sandboxes_index from "../sandboxes/index.js";
import type * as sandboxes_nodeFunctions from "../sandboxes/nodeFunctions.js";
import type * as sandboxes_stats from "../sandboxes/stats.js";
import type * as sandboxes_types from "../sandboxes/types.js";
import type * as shared_aggregates from "../shared/aggregates.js";
import type * as shared_attachments from "../shared/attachments.js";
import type * as shared_auth from "../shared/auth.js";
import type * as shared_pagination from "../shared/pagination.js";
import type * as shared_patch from "../shared/patch.js";
import type * as tables_chats from "../tables/chats.js";
import type * as tables_globalAttachments from "../tables/globalAttachments.js";
import type * as tables_orgMemberAttachments from "../tables/orgMemberAttachments.js";
import type * as tables_sandboxes from "../tables/sandboxes.js";
import type * as tables_shared from "../tables/shared.js";
import type * as tables_todoAssignedMembers from "../tables/todoAssignedMembers.js";
import type * as tables_todos from "../tables/todos.js";
import type * as tables_workflowExecutions from "../tables/workflowExecutions.js";
import type * as tables_workflowSteps from "../tables/workflowSteps.js";
import type * as tables_workflows from "../tables/workflows.js";
import type * as todos_aggregates from "../todos/aggregates.js";
import type * as todos_functions from "../todos/functions.js";
import type * as todos_index from "../todos/index.js";
import type * as todos_stats from "../todos/stats.js";
import type * as todos_statsTypes from "../todos/statsTypes.js";
import type * as todos_types from "../todos/types.js";
import type * as workflows_dispatch from "../workflows/dispatch.js";
import type * as workflows_functions from "../workflows/functions.js";
import type * as workflows_index from "../workflows/index.js";
import type * as workflows_internalMutations from "../workflows/internalMutations.js";
import type * as workflows_memberIdentity from "../workflows/memberIdentity.js";
import type * as workflows_scheduler from "../workflows/scheduler.js";
import type * as workflows_triggers from "../workflows/triggers.js";
import type * as workflows_types from "../workflows/types.js";
import type * as workflows_webhookQuery from "../workflows/webhookQuery.js";

import type {
  ApiFromModules,
  FilterApi,
  FunctionReference,
} from "convex/server";

declare const fullApi: ApiFromModules<{
  "attachments/aggregates": typeof attachments_aggregates;
  "attachments/client": typeof attachments_client;
  "attachments/functions": typeof attachments_functions;
  "attachments/index": typeof attachments_index;
  "attachments/stats": typeof attachments_stats;
  "attachments/types": typeof attachments_types;
  auth: typeof auth;
  "chats/aggregates": typeof chats_aggregates;
  "chats/functions": typeof chats_functions;
  "chats/index": typeof chats_index;
  "chats/stats": typeof chats_stats;
  "chats/types": typeof chats_types;
  crons: typeof crons;
  functions: typeof functions;
  healthCheck: typeof healthCheck;
  http: typeof http;
  "lib/convexAdapter": typeof lib_convexAdapter;
  migrations: typeof migrations;
  privateData: typeof privateData;
  "sandboxes/aggregates": typeof sandboxes_aggregates;
  "sandboxes/functions": typeof sandboxes_functions;
  "sandboxes/index": typeof sandboxes_index;
  "sandboxes/nodeFunctions": typeof sandboxes_nodeFunctions;
  "sandboxes/stats": typeof sandboxes_stats;
  "sandboxes/types": typeof sandboxes_types;
  "shared/aggregates": typeof shared_aggregates;
  "shared/attachments": typeof shared_attachments;
  "shared/auth": typeof shared_auth;
  "shared/pagination": typeof shared_pagination;
  "shared/patch": typeof shared_patch;
  "tables/chats": typeof tables_chats;
  "tables/globalAttachments": typeof tables_globalAttachments;
  "tables/orgMemberAttachments": typeof tables_orgMemberAttachments;
  "tables/sandboxes": typeof tables_sandboxes;
  "tables/shared": typeof tables_shared;
  "tables/todoAssignedMembers": typeof tables_todoAssignedMembers;
  "tables/todos": typeof tables_todos;
  "tables/workflowExecutions": typeof tables_workflowExecutions;
  "tables/workflowSteps": typeof tables_workflowSteps;
  "tables/workflows": typeof tables_workflows;
  "todos/aggregates": typeof todos_aggregates;
  "todos/functions": typeof todos_functions;
  "todos/index": typeof todos_index;
  "todos/stats": typeof todos_stats;
  "todos/statsTypes": typeof todos_statsTypes;
  "todos/types": typeof todos_types;
  "workflows/dispatch": typeof workflows_dispatch;
  "workflows/functions": typeof workflows_functions;
  "workflows/index": typeof workflows_index;
  "workflows/internalMutations": typeof workflows_internalMutations;
  "workflows/memberIdentity": typeof workflows_memberIdentity;
  "workflows/scheduler": typeof workflows_scheduler;
  "workflows/triggers": typeof workflows_triggers;
  "workflows/types": typeof workflows_types;
  "workflows/webhookQuery": typeof workflows_webhookQuery;
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
  migrations: import("@convex-dev/migrations/_generated/component.js").ComponentApi<"migrations">;
  todosByStatus: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"todosByStatus">;
  todosByPriority: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"todosByPriority">;
  todosByOrg: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"todosByOrg">;
  todosByTeam: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"todosByTeam">;
  todosByTeamStatus: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"todosByTeamStatus">;
  todosByCreator: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"todosByCreator">;
  todosByCreatorStatus: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"todosByCreatorStatus">;
  chatsByOrg: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"chatsByOrg">;
  chatsByMember: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"chatsByMember">;
  sandboxesByOrg: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"sandboxesByOrg">;
  sandboxesByUser: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"sandboxesByUser">;
  orgMemberAttachmentsByOrg: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"orgMemberAttachmentsByOrg">;
  orgMemberAttachmentsByMember: import("@convex-dev/aggregate/_generated/component.js").ComponentApi<"orgMemberAttachmentsByMember">;
};
