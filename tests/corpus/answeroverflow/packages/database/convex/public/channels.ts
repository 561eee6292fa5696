import type { GenericDatabaseReader } from "convex/server";
import { paginationOptsValidator } from "convex/server";
import { v } from "convex/values";
import { asyncMap } from "convex-helpers";
import { getOneFrom } from "convex-helpers/server/relationships";
import { ChannelType } from "discord-api-types/v10";
import { Array as Arr, Predicate } from "effect";
import type { DataModel } from "../_generated/dataModel";
import { enrichMessage } from "../shared/dataAccess";
import { getThreadStartMessage } from "../shared/messages";
import {
	channelWithSystemFieldsValidator,
	enrichedMessageValidator,
	paginatedValidator,
} from "../shared/publicSchemas";
import { CHANNEL_TYPE, getChannelWithSettings } from "../shared/shared";
import { publicQuery } from "./custom_functions";

export const getChannelPageThreads = publicQuery({
	args: {
		channelDiscordId: v.int64(),
		tagIds: v.optional(v.array(v.string())),
		paginationOpts: paginationOptsValidator,
	},
	returns: paginatedValidator(
		v.object({
			thread: channelWithSystemFieldsValidator,
			message: v.union(enrichedMessageValidator, v.null()),
		}),
	),
	handler: async (ctx, args) => {
		const tagIdStrings = args.tagIds;
		const hasTagFilter = tagIdStrings && tagIdStrings.length > 0;

		if (hasTagFilter) {
			const tagIds = tagIdStrings.map((id) => BigInt(id));
			const threadIdSets: Array<Set<bigint>> = await asyncMap(
				tagIds,
				async (tagId) => {
					const entries = await ctx.db
						.query("threadTags")
						.withIndex("by_parentChannelId_and_tagId", (q) =>
							q.eq("parentChannelId", args.channelDiscordId).eq("tagId", tagId),
						)
						.collect();
					return new Set(entries.map((e) => e.threadId));
				},
			);

			const matchingThreadIds = new Set<bigint>();
			for (const set of threadIdSets) {
				for (const id of set) {
					matchingThreadIds.add(id);
				}
			}

			if (matchingThreadIds.size === 0) {
				return { page: [], isDone: true, continueCursor: "" };
			}

			const sortedThreadIds = Array.from(matchingThreadIds).sort((a, b) =>
				a > b ? -1 : a < b ? 1 : 0,
			);

			const cursor = args.paginationOpts.cursor;
			const numItems = args.paginationOpts.numItems;
			let startIndex = 0;

			if (cursor) {
				const cursorId = BigInt(cursor);
				startIndex = sortedThreadIds.findIndex((id) => id < cursorId);
				if (startIndex === -1) {
					return { page: [], isDone: true, continueCursor: "" };
				}
			}

			const pageThreadIds = sortedThreadIds.slice(
				startIndex,
				startIndex + numItems,
			);
			const isDone = startIndex + numItems >= sortedThreadIds.length;
			const lastId = pageThreadIds[pageThreadIds.length - 1];
			const continueCursor = isDone || !lastId ? "" : lastId.toString();

			const threads = await asyncMap(pageThreadIds, (threadId) =>
				getOneFrom(ctx.db, "channels", "by_discordChannelId", threadId, "id"),
			);

			const page = await asyncMap(
				Arr.filter(threads, Predicate.isNotNull),
				async (thread) => {
					const message = await getThreadStartMessage(ctx, thread.id);
					const enrichedMessage = message
						? await enrichMessage(ctx, message)
						: null;

					return {
						thread,
						message: enrichedMessage,
					};
				},
			);

			return {
				page,
				isDone,
				continueCursor,
			};
		}

		const paginatedResult = await ctx.db
			.query("channels")
			.withIndex("by_parentId_and_id", (q) =>
				q.eq("parentId", args.channelDiscordId),
			)
			.order("desc")
			.paginate(args.paginationOpts);

		const threads = paginatedResult.page;

		const page = await asyncMap(threads, async (thread) => {
			const message = await getThreadStartMessage(ctx, thread.id);
			const enrichedMessage = message
				? await enrichMessage(ctx, message)
				: null;

			return {
				thread,
				message: enrichedMessage,
			};
		});

		return {
			page,
			isDone: paginatedResult.isDone,
			continueCursor: paginatedResult.continueCursor,
		};
	},
});

export const getChannelPageMessages = publicQuery({
	args: {
		channelDiscordId: v.int64(),
		paginationOpts: paginationOptsValidator,
	},
	returns: paginatedValidator(
		v.object({
			message: v.union(enrichedMessageValidator, v.null()),
		}),
	),
	handler: async (ctx, args) => {
		const paginatedResult = await ctx.db
			.query("messages")
			.withIndex("by_channelId_and_id", (q) =>
				q.eq("channelId", args.channelDiscordId),
			)
			.order("desc")
			.paginate(args.paginationOpts);

		const page = await asyncMap(paginatedResult.page, async (message) => {
			const enrichedMessage = await enrichMessage(ctx, message);
			return {
				message: enrichedMessage,
			};
		});

		return {
			page,
			isDone: paginatedResult.isDone,
			continueCursor: paginatedResult.continueCursor,
		};
	},
});

export const getServerPageThreads = publicQuery({
	args: {
		serverDiscordId: v.int64(),
		paginationOpts: paginationOptsValidator,
	},
	returns: paginatedValidator(
		v.object({
			thread: channelWithSystemFieldsValidator,
			message: v.union(enrichedMessageValidator, v.null()),
			channel: v.union(
				v.object({
					id: v.int64(),
					name: v.string(),
					type: v.number(),
				}),
				v.null(),
			),
		}),
	),
	handler: async (ctx, args) => {
		const server = await getOneFrom(
			ctx.db,
			"servers",
			"by_discordId",
			args.serverDiscordId,
		);
		if (!server || server.kickedTime) {
			return { page: [], isDone: true, continueCursor: "" };
		}

		const indexedSettings = await ctx.db
			.query("channelSettings")
			.withIndex("by_serverId_and_indexingEnabled", (q) =>
				q.eq("serverId", server.discordId).eq("indexingEnabled", true),
			)
			.collect();

		const indexedChannelIdSet = new Set(
			indexedSettings.map((setting) => setting.channelId),
		);

		const [textChannels, announcementChannels, forumChannels] =
			await Promise.all([
				ctx.db
					.query("channels")
					.withIndex("by_serverId_and_type", (q) =>
						q
							.eq("serverId", server.discordId)
							.eq("type", CHANNEL_TYPE.GuildText),
					)
					.collect(),
				ctx.db
					.query("channels")
					.withIndex("by_serverId_and_type", (q) =>
						q
							.eq("serverId", server.discordId)
							.eq("type", CHANNEL_TYPE.GuildAnnouncement),
					)
					.collect(),
				ctx.db
					.query("channels")
					.withIndex("by_serverId_and_type", (q) =>
						q
							.eq("serverId", server.discordId)
							.eq("type", CHANNEL_TYPE.GuildForum),
					)
					.collect(),
			]);

		const indexedChannels = [
			...textChannels,
			...announcementChannels,
			...forumChannels,
		];

		const channelIdToInfo = new Map<
			bigint,
			{ id: bigint; name: string; type: number }
		>();
		for (const channel of indexedChannels) {
			if (indexedChannelIdSet.has(channel.id)) {
				channelIdToInfo.set(channel.id, {
					id: channel.id,
					name: channel.name,
					type: channel.type,
				});
			}
		}

		const paginatedResult = await ctx.db
			.query("channels")
			.withIndex("by_serverId", (q) => q.eq("serverId", server.discordId))
			.filter((q) =>
				q.or(
					q.eq(q.field("type"), ChannelType.PublicThread),
					q.eq(q.field("type"), ChannelType.PrivateThread),
					q.eq(q.field("type"), ChannelType.AnnouncementThread),
				),
			)
			.order("desc")
			.paginate(args.paginationOpts);

		const threads = Arr.filter(
			paginatedResult.page,
			(channel) =>
				channel.parentId !== undefined &&
				indexedChannelIdSet.has(channel.parentId),
		);

		const page = await asyncMap(threads, async (thread) => {
			const channel = thread.parentId
				? (channelIdToInfo.get(thread.parentId) ?? null)
				: null;

			const message = await getThreadStartMessage(ctx, thread.id);
			const enrichedMessage = message
				? await enrichMessage(ctx, message)
				: null;

			return {
				thread,
				message: enrichedMessage,
				channel,
			};
		});

		return {
			page,
			isDone: paginatedResult.isDone,
			continueCursor: paginatedResult.continueCursor,
		};
	},
});

async function getServerHeaderData(
	ctx: { db: GenericDatabaseReader<DataModel> },
	serverDiscordId: bigint,
) {
	const server = await getOneFrom(
		ctx.db,
		"servers",
		"by_discordId",
		serverDiscordId,
	);

	if (!server || server.kickedTime) return null;

	const [indexedSettings, serverPreferences, allServerChannels] =
		await Promise.all([
			ctx.db
				.query("channelSettings")
				.withIndex("by_serverId_and_indexingEnabled", (q) =>
					q.eq("serverId", server.discordId).eq("indexingEnabled", true),
				)
				.collect(),
			getOneFrom(ctx.db, "serverPreferences", "by_serverId", server.discordId),
			ctx.db
				.query("channels")
				.withIndex("by_serverId", (q) => q.eq("serverId", server.discordId))
				.collect(),
		]);

	const indexedChannelIds = new Set(indexedSettings.map((s) => s.channelId));

	const settingsMap = new Map(indexedSettings.map((s) => [s.channelId, s]));

	const allChannelMap = new Map(
		allServerChannels.map((channel) => [channel.id, channel]),
	);

	const categoryIds = new Set(
		Arr.filter(allServerChannels, (channel) =>
			indexedChannelIds.has(channel.id),
		)
			.map((c) => c.categoryId)
			.filter((id): id is bigint => id !== undefined),
	);

	const categories = [];
	for (const categoryId of categoryIds) {
		const category = allChannelMap.get(categoryId);
		if (category) {
			categories.push(category);
		}
	}

	const categoryMap = new Map(categories.map((c) => [c.id, c]));

	const indexedChannels = Arr.filter(allServerChannels, (channel) =>
		indexedChannelIds.has(channel.id),
	)
		.filter(
			(c) =>
				c.type === CHANNEL_TYPE.GuildText ||
				c.type === CHANNEL_TYPE.GuildAnnouncement ||
				c.type === CHANNEL_TYPE.GuildForum,
		)
		.sort((a, b) => {
			const settingsA = settingsMap.get(a.id);
			const settingsB = settingsMap.get(b.id);

			if (
				settingsA?.displayOrder !== undefined &&
				settingsB?.displayOrder !== undefined
			) {
				return settingsA.displayOrder - settingsB.displayOrder;
			}
			if (settingsA?.displayOrder !== undefined) return -1;
			if (settingsB?.displayOrder !== undefined) return 1;

			const categoryA = a.categoryId ? categoryMap.get(a.categoryId) : null;
			const categoryB = b.categoryId ? categoryMap.get(b.categoryId) : null;
			const categoryPosA = categoryA?.position ?? -1;
			const categoryPosB = categoryB?.position ?? -1;

			if (categoryPosA !== categoryPosB) {
				return categoryPosA - categoryPosB;
			}

			const posA = a.position ?? 0;
			const posB = b.position ?? 0;
			return posA - posB;
		});

	const channelInviteCode = indexedSettings.find(
		(s) => s.inviteCode,
	)?.inviteCode;
	const inviteCode = server.vanityInviteCode ?? channelInviteCode;

	const sortedCategories = categories.sort(
		(a, b) => (a.position ?? 0) - (b.position ?? 0),
	);

	return {
		server: {
			...server,
			customDomain: serverPreferences?.customDomain,
			subpath: serverPreferences?.subpath,
			sponsorUrl: serverPreferences?.sponsorUrl,
			inviteCode,
		},
		channels: indexedChannels,
		categories: sortedCategories,
	};
}

export const getCommunityPageHeaderData = publicQuery({
	args: {
		serverDiscordId: v.int64(),
		channelDiscordId: v.optional(v.int64()),
	},
	handler: async (ctx, args) => {
		const headerData = await getServerHeaderData(ctx, args.serverDiscordId);
		if (!headerData) return null;

		if (!args.channelDiscordId) {
			return {
				...headerData,
				selectedChannel: null,
			};
		}

		const channel = await getChannelWithSettings(ctx, args.channelDiscordId);
		if (!channel || channel.serverId !== headerData.server.discordId)
			return null;

		return {
			...headerData,
			selectedChannel: channel,
		};
	},
});
