import { v } from 'convex/values';
import { isDevelopmentOrTestDeployment, isE2ETestAuthEnabled } from '../src/lib/server/env.server';
import { normalizeAuditIdentifier } from '../src/lib/shared/auth-audit';
import { assertUserId } from '../src/lib/shared/user-id';
import { components, internal } from './_generated/api';
import { internalAction, internalMutation } from './_generated/server';
import { findBetterAuthUserByEmail, updateBetterAuthUserRecord } from './lib/betterAuth';
import {
  e2eEnsurePrincipalRoleValidator,
  e2eResetPrincipalValidator,
} from './lib/returnValidators';

const deletePaginationOpts = {
  cursor: null,
  id: 0,
  numItems: 1000,
} as const;

function assertE2EAccess() {
  if (!isE2ETestAuthEnabled()) {
    throw new Error('E2E test auth is disabled');
  }

  if (!isDevelopmentOrTestDeployment()) {
    throw new Error('E2E test auth is not available in this deployment');
  }
}

export const ensurePrincipalRole = internalAction({
  args: {
    email: v.string(),
    role: v.union(v.literal('user'), v.literal('admin')),
  },
  returns: e2eEnsurePrincipalRoleValidator,
  handler: async (ctx, args) => {
    assertE2EAccess();

    const authUser = await findBetterAuthUserByEmail(ctx, args.email);
    if (!authUser) {
      return {
        found: false as const,
      };
    }

    const userId = assertUserId(authUser, 'E2E auth user id not found');
    await updateBetterAuthUserRecord(ctx, userId, { role: args.role });
    const bootstrapResult = await ctx.runAction(internal.users.bootstrapUserContext, {
      authUserId: userId,
      email: args.email,
      createdAt: Date.now(),
      updatedAt: Date.now(),
    });

    if (!bootstrapResult.found) {
      throw new Error(`Failed to bootstrap E2E principal context for ${args.email}`);
    }

    return {
      found: true as const,
      userId,
      role: args.role,
    };
  },
});

export const verifyPrincipalEmailByEmail = internalMutation({
  args: {
    email: v.string(),
  },
  returns: v.union(
    v.object({
      found: v.literal(false),
    }),
    v.object({
      found: v.literal(true),
      userId: v.string(),
    }),
  ),
  handler: async (ctx, args) => {
    assertE2EAccess();

    const authUser = await findBetterAuthUserByEmail(ctx, args.email);
    if (!authUser) {
      return {
        found: false as const,
      };
    }

    const userId = assertUserId(authUser, 'E2E auth user id not found');
    await updateBetterAuthUserRecord(ctx, userId, { emailVerified: true });

    return {
      found: true as const,
      userId,
    };
  },
});

export const resetPrincipalByEmail = internalMutation({
  args: {
    email: v.string(),
  },
  returns: e2eResetPrincipalValidator,
  handler: async (ctx, args) => {
    assertE2EAccess();

    const authUser = await findBetterAuthUserByEmail(ctx, args.email);
    if (!authUser) {
      return {
        deleted: false as const,
      };
    }

    const userId = assertUserId(authUser, 'E2E auth user id not found');
    const appUser = await ctx.db
      .query('users')
      .withIndex('by_auth_user_id', (q) => q.eq('authUserId', userId))
      .first();

    await Promise.all([
      ctx.runMutation(components.betterAuth.adapter.deleteMany, {
        input: {
          model: 'session',
          where: [{ field: 'userId', operator: 'eq', value: userId }],
        },
        paginationOpts: deletePaginationOpts,
      }),
      ctx.runMutation(components.betterAuth.adapter.deleteMany, {
        input: {
          model: 'account',
          where: [{ field: 'userId', operator: 'eq', value: userId }],
        },
        paginationOpts: deletePaginationOpts,
      }),
      ctx.runMutation(components.betterAuth.adapter.deleteMany, {
        input: {
          model: 'verification',
          where: [{ field: 'identifier', operator: 'eq', value: args.email }],
        },
        paginationOpts: deletePaginationOpts,
      }),
      ctx.runMutation(components.betterAuth.adapter.deleteMany, {
        input: {
          model: 'user',
          where: [{ field: '_id', operator: 'eq', value: userId }],
        },
        paginationOpts: deletePaginationOpts,
      }),
    ]);

    if (appUser) {
      const normalizedEmail = normalizeAuditIdentifier(args.email);
      const logsByUserId = await ctx.db
        .query('auditLedgerEvents')
        .withIndex('by_userId_and_sequence', (q) => q.eq('userId', userId))
        .collect();
      const logsByIdentifier = normalizedEmail
        ? await ctx.db
            .query('auditLedgerEvents')
            .withIndex('by_identifier_and_sequence', (q) => q.eq('identifier', normalizedEmail))
            .collect()
        : [];
      const logsById = new Map(
        [...logsByUserId, ...logsByIdentifier].map((log) => [log._id, log] as const),
      );

      await Promise.all([
        ctx.runMutation(components.betterAuth.adapter.deleteMany, {
          input: {
            model: 'member',
            where: [{ field: 'userId', operator: 'eq', value: userId }],
          },
          paginationOpts: deletePaginationOpts,
        }),
        ctx.runMutation(components.betterAuth.adapter.deleteMany, {
          input: {
            model: 'invitation',
            where: [{ field: 'email', operator: 'eq', value: args.email.toLowerCase() }],
          },
          paginationOpts: deletePaginationOpts,
        }),
      ]);

      for (const log of Array.from(logsById.values())) {
        await ctx.db.delete(log._id);
      }

      await ctx.db.delete(appUser._id);
      await ctx.runMutation(internal.dashboardStats.recomputeUserCounts, {});
    }

    return {
      deleted: true as const,
      userId,
    };
  },
});
