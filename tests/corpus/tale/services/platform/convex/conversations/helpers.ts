/**
 * Conversations Model - Index
 */

export * from './validators';
export * from './types';
export * from './create_conversation';
export * from './create_conversation_with_message';
export * from './get_conversation_by_id';
export * from './get_conversation_by_external_message_id';
export * from './get_message_by_external_id';
export * from './query_conversations';
export * from './query_latest_message_by_delivery_state';
export * from './update_conversations';
export * from './get_conversation_with_messages';
export * from './update_conversation';
export * from './update_conversation_message';
export * from './add_message_to_conversation';
export * from './close_conversation';
export * from './reopen_conversation';
export * from './mark_conversation_as_spam';
export * from './mark_conversation_as_read';
export * from './bulk_archive_conversations';
export * from './bulk_close_conversations';
export * from './bulk_reopen_conversations';
export * from './bulk_spam_conversations';
export * from './bulk_unarchive_conversations';
export * from './transform_conversation';
export * from './send_message_via_integration';
export * from './query_conversation_messages';
export * from './delete_conversation';
