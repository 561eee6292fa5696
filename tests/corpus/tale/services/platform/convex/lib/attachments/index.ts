/**
 * Shared attachment utilities for AI agents.
 */

export * from './types';
export * from './register_files';
export * from './build_multi_modal_content';
export * from './format_markdown';
export * from './process_attachments';
