import { ConvexError, v } from "convex/values";
import {
  internalMutation,
  internalQuery,
  MutationCtx,
  QueryCtx,
} from "./_generated/server";
import { authComponent } from "./auth";
import { authedQuery } from "./convex_helpers";
import { getFileURL } from "./uploadthing";

export type Profile = {
  name: string;
  image: string | null | undefined;
  username: string;
};

export const getProfileByUserId = async (
  ctx: MutationCtx | QueryCtx,
  userId: string,
) => {
  const profile = await ctx.db
    .query("profiles")
    .withIndex("by_user", (q) => q.eq("user", userId))
    .first();
  if (!profile) throw new ConvexError("Profile not found");
  return profile;
};

export const getUserByProfileId = internalQuery({
  args: {
    profileId: v.id("profiles"),
  },
  handler: async (ctx, args) => {
    const profile = await ctx.db.get(args.profileId);
    if (!profile) throw new ConvexError("Profile not found");
    const user = await authComponent.getAnyUserById(ctx, profile.user);
    if (!user) throw new ConvexError("User not found");
    return user;
  },
});

export const getInfo = authedQuery({
  handler: async (ctx) => {
    const profile = await getProfileByUserId(ctx, ctx.user.subject);
    return {
      name: profile.name,
      username: profile.username,
      image: profile.imageKey ? getFileURL(profile.imageKey) : null,
      profileId: profile._id,
    };
  },
});

export const updatePFP = internalMutation({
  args: {
    profileId: v.id("profiles"),
    key: v.string(),
  },
  handler: async (ctx, args) => {
    await ctx.db.patch(args.profileId, {
      imageKey: args.key,
    });
  },
});
