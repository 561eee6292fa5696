/**
 * Central export point for workflow_processing_records model
 */

export * from './types';
export * from './constants';
export * from './calculate_cutoff_timestamp';
export * from './get_table_indexes';
export * from './parse_filter_expression';
export * from './index_selection';
export * from './query_building';
export * from './record_claimed';
export * from './find_and_claim_unprocessed';
export * from './record_processed';
export * from './is_record_processed';
export * from './get_latest_processed_creation_time';
export * from './get_processing_record_by_id';
