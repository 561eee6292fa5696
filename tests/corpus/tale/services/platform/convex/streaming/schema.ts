import { defineTable } from 'convex/server';
import { v } from 'convex/values';

import { jsonRecordValidator } from '../lib/validators/json';

export const messageMetadataTable = defineTable({
  messageId: v.string(),
  threadId: v.string(),
  model: v.string(),
  provider: v.string(),
  // Owning assistant slug. Optional for backward compatibility with rows
  // written before the field existed; new writes should populate it from
  // OnAgentCompleteArgs.agentSlug so feedback rows can attribute by agent.
  agentSlug: v.optional(v.string()),
  inputTokens: v.optional(v.number()),
  outputTokens: v.optional(v.number()),
  totalTokens: v.optional(v.number()),
  reasoningTokens: v.optional(v.number()),
  cachedInputTokens: v.optional(v.number()),
  reasoning: v.optional(v.string()),
  providerMetadata: v.optional(jsonRecordValidator),
  durationMs: v.optional(v.number()),
  timeToFirstTokenMs: v.optional(v.number()),
  subAgentUsage: v.optional(
    v.array(
      v.object({
        toolName: v.string(),
        model: v.optional(v.string()),
        provider: v.optional(v.string()),
        inputTokens: v.optional(v.number()),
        outputTokens: v.optional(v.number()),
        totalTokens: v.optional(v.number()),
        durationMs: v.optional(v.number()),
        input: v.optional(v.string()),
        output: v.optional(v.string()),
        costEstimateCents: v.optional(v.number()),
      }),
    ),
  ),
  toolsUsage: v.optional(
    v.array(
      v.object({
        toolName: v.string(),
        model: v.optional(v.string()),
        provider: v.optional(v.string()),
        inputTokens: v.optional(v.number()),
        outputTokens: v.optional(v.number()),
        totalTokens: v.optional(v.number()),
        durationMs: v.optional(v.number()),
        input: v.optional(v.string()),
        output: v.optional(v.string()),
        costEstimateCents: v.optional(v.number()),
      }),
    ),
  ),
  citations: v.optional(
    v.array(
      v.object({
        index: v.number(),
        type: v.union(v.literal('rag'), v.literal('web')),
        source: v.string(),
        fileId: v.optional(v.string()),
        url: v.optional(v.string()),
        page: v.optional(v.number()),
        relevance: v.optional(v.number()),
      }),
    ),
  ),
  // Structured context window for debugging (XML-like formatted)
  contextWindow: v.optional(v.string()),
  contextStats: v.optional(
    v.object({
      totalTokens: v.number(),
      messageCount: v.number(),
      approvalCount: v.number(),
      hasSummary: v.optional(v.boolean()), // Deprecated, kept for backward compatibility
      hasRag: v.boolean(),
      hasWebContext: v.optional(v.boolean()),
      hasIntegrations: v.optional(v.boolean()),
    }),
  ),
  error: v.optional(v.string()),
  // Set when the guardrails pipeline (pii / chat_filter / moderation_provider)
  // blocks this assistant message either mid-stream or at finalize. The UI
  // checks this field BEFORE rendering text/reasoning/tools so blocked
  // content is never displayed. `auditLogs` + `chatFilterEvents` carry the
  // full forensic record; this field only carries what the UI needs.
  blockedReason: v.optional(
    v.object({
      code: v.union(
        v.literal('pii.blocked'),
        v.literal('chat_filter.blocked'),
        v.literal('moderation_provider.blocked'),
      ),
      direction: v.union(v.literal('input'), v.literal('output')),
      categoryIds: v.array(v.string()),
      sanitizationRunId: v.string(),
    }),
  ),
  costEstimateCents: v.optional(v.number()),
})
  .index('by_messageId', ['messageId'])
  .index('by_threadId', ['threadId']);
