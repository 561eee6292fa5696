import { v } from 'convex/values';

import { action } from '../_generated/server';
import { authComponent } from '../auth';
import { resolveLanguageModelWithFallback } from '../providers/failover';
import { improveMessage as improveMessageHandler } from './improve_message';

export const improveMessage = action({
  args: {
    originalMessage: v.string(),
    instruction: v.optional(v.string()),
  },
  returns: v.object({
    improvedMessage: v.string(),
    error: v.optional(v.string()),
  }),
  handler: async (
    ctx,
    args,
  ): Promise<{ improvedMessage: string; error?: string }> => {
    const authUser = await authComponent.getAuthUser(ctx);
    if (!authUser) {
      throw new Error('Unauthenticated');
    }

    // Resolve fast/chat model from provider files
    const { languageModel, modelData } = await resolveLanguageModelWithFallback(
      ctx,
      {
        tag: 'chat',
      },
    );

    return improveMessageHandler(ctx, {
      ...args,
      languageModel,
      modelData,
    });
  },
});
