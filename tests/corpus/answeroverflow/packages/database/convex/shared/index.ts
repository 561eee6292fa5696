export {
	findAttachmentsByMessageId,
	uploadAttachmentFromUrlLogic,
	uploadFromUrlLogic,
} from "./attachments";

export {
	CHANNEL_TYPE,
	DEFAULT_CHANNEL_SETTINGS,
	deleteChannelInternalLogic,
	getChannelWithSettings,
	isThreadType,
	ROOT_CHANNEL_TYPES,
	upsertChannelSettingsLogic,
} from "./channels";
export {
	extractDiscordLinks,
	extractMentionIds,
	getInternalLinksMetadata,
	getMentionMetadata,
} from "./mentions";
export {
	type BulkMessageInput,
	compareIds,
	type DatabaseAttachment,
	deleteMessageInternalLogic,
	type EnrichedMessage,
	type EnrichedMessageReference,
	findMessagesByAuthorId,
	findReactionsByMessageId,
	findSolutionsByQuestionId,
	getFirstMessagesInChannels,
	getMessageById,
	getThreadStartMessage,
	upsertManyMessagesOptimized,
	upsertMessageInternalLogic,
} from "./messages";
export {
	DISCORD_PERMISSIONS,
	getDashboardPermissionMask,
	getHighestRoleFromPermissions,
	hasPermission,
} from "./permissionsShared";
export {
	DEFAULT_SERVER_PREFERENCES,
	getServerByDiscordId,
	sortServersByBotAndRole,
	upsertServerPreferencesLogic,
	validateCustomDomain,
	validateCustomDomainUniqueness,
} from "./servers";
export {
	type EnrichedThread,
	enrichThread,
	enrichThreads,
	type ThreadTag,
} from "./threads";
export {
	deleteUserServerSettingsByUserIdLogic,
	findIgnoredDiscordAccountById,
	findUserServerSettingsById,
	getDiscordAccountById,
	upsertIgnoredDiscordAccountInternalLogic,
} from "./users";
export { omit, pick } from "./validators";
