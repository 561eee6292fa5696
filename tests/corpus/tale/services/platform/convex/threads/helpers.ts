/**
 * Threads model - Business logic for thread operations
 */

export * from './validators';
export * from './create_chat_thread';
export * from './delete_chat_thread';
export * from './get_thread_messages';
export * from './list_threads';
export * from './update_chat_thread';
export * from './get_latest_thread_with_message_count';
export * from './get_latest_tool_message';
export * from './get_thread_messages_streaming';
export * from './get_or_create_sub_thread';
