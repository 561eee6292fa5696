import type { Doc } from "../_generated/dataModel";
import type { MutationCtx, QueryCtx } from "../_generated/server";
import { isPackageBlockedFromPublic } from "./packageSecurity";

export const GLOBAL_STATS_KEY = "default";

type SkillVisibilityFields = Pick<
  Doc<"skills">,
  "softDeletedAt" | "moderationStatus" | "moderationFlags"
> &
  Partial<Pick<Doc<"skills">, "moderationVerdict">>;
type PackageVisibilityFields = Pick<
  Doc<"packageSearchDigest">,
  "softDeletedAt" | "family" | "channel" | "scanStatus"
>;

type GlobalStatsReadCtx = Pick<MutationCtx | QueryCtx, "db">;
type GlobalStatsWriteCtx = Pick<MutationCtx, "db">;

export function isPublicSkillDoc<T extends SkillVisibilityFields>(
  skill: T | null | undefined,
): skill is T {
  if (!skill || skill.softDeletedAt) return false;
  if (skill.moderationStatus && skill.moderationStatus !== "active") return false;
  if (skill.moderationVerdict === "malicious") return false;
  if (skill.moderationFlags?.includes("blocked.malware")) return false;
  return true;
}

export function getPublicSkillVisibilityDelta(
  before: SkillVisibilityFields | null | undefined,
  after: SkillVisibilityFields | null | undefined,
) {
  const beforePublic = isPublicSkillDoc(before);
  const afterPublic = isPublicSkillDoc(after);
  if (beforePublic === afterPublic) return 0;
  return afterPublic ? 1 : -1;
}

export function isPublicPluginDoc<T extends PackageVisibilityFields>(
  pkg: T | null | undefined,
): pkg is T {
  if (!pkg || pkg.softDeletedAt) return false;
  if (pkg.family !== "code-plugin" && pkg.family !== "bundle-plugin") return false;
  if (pkg.channel === "private") return false;
  if (isPackageBlockedFromPublic(pkg.scanStatus)) return false;
  return true;
}

export function getPublicPluginVisibilityDelta(
  before: PackageVisibilityFields | null | undefined,
  after: PackageVisibilityFields | null | undefined,
) {
  const beforePublic = isPublicPluginDoc(before);
  const afterPublic = isPublicPluginDoc(after);
  if (beforePublic === afterPublic) return 0;
  return afterPublic ? 1 : -1;
}

function getErrorMessage(error: unknown) {
  if (typeof error === "string") return error;
  if (error && typeof error === "object" && "message" in error) {
    const message = (error as { message?: unknown }).message;
    if (typeof message === "string") return message;
  }
  return "";
}

export function isGlobalStatsStorageNotReadyError(error: unknown) {
  const message = getErrorMessage(error).toLowerCase();
  if (!message) return false;
  const referencesGlobalStats = message.includes("globalstats") || message.includes("by_key");
  if (!referencesGlobalStats) return false;
  return (
    message.includes("table") ||
    message.includes("index") ||
    message.includes("schema") ||
    message.includes("not found") ||
    message.includes("does not exist") ||
    message.includes("unknown")
  );
}

export async function setGlobalPublicSkillsCount(
  ctx: GlobalStatsWriteCtx,
  count: number,
  now = Date.now(),
) {
  const normalizedCount = Math.max(0, Math.trunc(Number.isFinite(count) ? count : 0));
  try {
    const existing = await ctx.db
      .query("globalStats")
      .withIndex("by_key", (q) => q.eq("key", GLOBAL_STATS_KEY))
      .unique();

    if (existing) {
      await ctx.db.patch(existing._id, { activeSkillsCount: normalizedCount, updatedAt: now });
    } else {
      await ctx.db.insert("globalStats", {
        key: GLOBAL_STATS_KEY,
        activeSkillsCount: normalizedCount,
        updatedAt: now,
      });
    }
  } catch (error) {
    if (isGlobalStatsStorageNotReadyError(error)) return;
    throw error;
  }
}

export async function setGlobalPublicPluginsCount(
  ctx: GlobalStatsWriteCtx,
  count: number,
  now = Date.now(),
) {
  const normalizedCount = Math.max(0, Math.trunc(Number.isFinite(count) ? count : 0));
  try {
    const existing = await ctx.db
      .query("globalStats")
      .withIndex("by_key", (q) => q.eq("key", GLOBAL_STATS_KEY))
      .unique();

    if (existing) {
      await ctx.db.patch(existing._id, { activePluginsCount: normalizedCount, updatedAt: now });
    } else {
      await ctx.db.insert("globalStats", {
        key: GLOBAL_STATS_KEY,
        activeSkillsCount: 0,
        activePluginsCount: normalizedCount,
        updatedAt: now,
      });
    }
  } catch (error) {
    if (isGlobalStatsStorageNotReadyError(error)) return;
    throw error;
  }
}

export async function setGlobalPublicExternalSkillsCount(
  ctx: GlobalStatsWriteCtx,
  count: number,
  now = Date.now(),
) {
  const normalizedCount = Math.max(0, Math.trunc(Number.isFinite(count) ? count : 0));
  const existing = await ctx.db
    .query("globalStats")
    .withIndex("by_key", (q) => q.eq("key", GLOBAL_STATS_KEY))
    .unique();
  if (existing) {
    await ctx.db.patch(existing._id, {
      activeExternalSkillsCount: normalizedCount,
      updatedAt: now,
    });
    return;
  }
  await ctx.db.insert("globalStats", {
    key: GLOBAL_STATS_KEY,
    activeSkillsCount: 0,
    activeExternalSkillsCount: normalizedCount,
    updatedAt: now,
  });
}

export async function adjustGlobalPublicSkillsCount(
  ctx: GlobalStatsWriteCtx,
  delta: number,
  now = Date.now(),
) {
  const normalizedDelta = Math.trunc(Number.isFinite(delta) ? delta : 0);
  if (normalizedDelta === 0) return;

  let existing:
    | {
        _id: Doc<"globalStats">["_id"];
        activeSkillsCount: number;
      }
    | null
    | undefined;
  try {
    existing = await ctx.db
      .query("globalStats")
      .withIndex("by_key", (q) => q.eq("key", GLOBAL_STATS_KEY))
      .unique();
  } catch (error) {
    if (isGlobalStatsStorageNotReadyError(error)) return;
    throw error;
  }

  if (!existing) {
    // No baseline yet. The paginated stats maintenance action reconciles the full count.
    await setGlobalPublicSkillsCount(ctx, Math.max(0, normalizedDelta), now);
    return;
  }

  const nextCount = Math.max(0, existing.activeSkillsCount + normalizedDelta);
  await ctx.db.patch(existing._id, { activeSkillsCount: nextCount, updatedAt: now });
}

export async function adjustGlobalPublicPluginsCount(
  ctx: GlobalStatsWriteCtx,
  delta: number,
  now = Date.now(),
) {
  const normalizedDelta = Math.trunc(Number.isFinite(delta) ? delta : 0);
  if (normalizedDelta === 0) return;

  let existing:
    | {
        _id: Doc<"globalStats">["_id"];
        activePluginsCount?: number;
      }
    | null
    | undefined;
  try {
    existing = await ctx.db
      .query("globalStats")
      .withIndex("by_key", (q) => q.eq("key", GLOBAL_STATS_KEY))
      .unique();
  } catch (error) {
    if (isGlobalStatsStorageNotReadyError(error)) return;
    throw error;
  }

  if (!existing || existing.activePluginsCount === undefined) return;

  const nextCount = Math.max(0, existing.activePluginsCount + normalizedDelta);
  await ctx.db.patch(existing._id, { activePluginsCount: nextCount, updatedAt: now });
}

export async function readGlobalPublicSkillsCount(ctx: GlobalStatsReadCtx) {
  try {
    const stats = await ctx.db
      .query("globalStats")
      .withIndex("by_key", (q) => q.eq("key", GLOBAL_STATS_KEY))
      .unique();
    return stats ? stats.activeSkillsCount + (stats.activeExternalSkillsCount ?? 0) : null;
  } catch (error) {
    if (isGlobalStatsStorageNotReadyError(error)) return null;
    throw error;
  }
}

export async function readGlobalPublicPluginsCount(ctx: GlobalStatsReadCtx) {
  try {
    const stats = await ctx.db
      .query("globalStats")
      .withIndex("by_key", (q) => q.eq("key", GLOBAL_STATS_KEY))
      .unique();
    return stats?.activePluginsCount ?? null;
  } catch (error) {
    if (isGlobalStatsStorageNotReadyError(error)) return null;
    throw error;
  }
}
