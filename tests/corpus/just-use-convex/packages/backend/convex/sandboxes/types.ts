import { v } from "convex/values";
import { z } from "zod";
import { sandboxesZodSchema, sandboxesWithSystemFields } from "../tables/sandboxes";
import { paginationOptsValidator } from "convex/server";
import { convexToZod, zid } from "convex-helpers/server/zod4";

const zPaginationOpts = convexToZod(paginationOptsValidator);

export const Sandbox = z.object(sandboxesZodSchema);
export const SandboxWithSystemFields = z.object(sandboxesWithSystemFields);

// Filter schema
const SandboxFilters = z.object({
  name: z.string(),
}).partial();

export const ListArgs = z.object({
  filters: SandboxFilters,
  paginationOpts: zPaginationOpts,
});

export const GetArgs = SandboxWithSystemFields.pick({ _id: true });

export const CreateArgs = z.object({
  data: Sandbox.pick({ name: true, description: true }).partial({ description: true }),
});

export const UpdateArgs = SandboxWithSystemFields.pick({ _id: true }).extend({
  patch: Sandbox.pick({ name: true }).extend({
    description: z.string().nullable().optional(),
  }).partial(),
});

export const DeleteArgs = SandboxWithSystemFields.pick({ _id: true });

export const sandboxIdArgs = { sandboxId: v.id("sandboxes") } as const;

// For getting chats by sandbox
export const GetChatsArgs = SandboxWithSystemFields.pick({ _id: true }).extend({
  paginationOpts: zPaginationOpts,
});

// Search args
export const SearchArgs = z.object({
  query: z.string(),
  paginationOpts: zPaginationOpts,
});

const SandboxIdSchema = zid("sandboxes");
export type SandboxId = z.infer<typeof SandboxIdSchema>;

export const CreateChatSshAccessArgs = z.object({
  chatId: zid("chats"),
  expiresInMinutes: z.number().min(1).max(1440).optional(),
});

export const CreateChatPreviewAccessArgs = z.object({
  chatId: zid("chats"),
  previewPort: z.number().min(1).max(65535).default(3000),
});

export const CreateChatPreviewAccessResult = z.object({
  chatId: zid("chats"),
  sandboxId: SandboxIdSchema,
  sandboxName: z.string(),
  preview: z.object({
    port: z.number(),
    url: z.string(),
    token: z.string().nullable(),
  }),
});