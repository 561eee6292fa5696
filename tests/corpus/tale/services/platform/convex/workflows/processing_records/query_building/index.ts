/**
 * Query Building
 */

export * from './types';
export * from './create_query_builder';
export * from './create_expression_filter';
export * from './find_unprocessed';
