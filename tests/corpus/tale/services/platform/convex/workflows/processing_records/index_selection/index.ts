/**
 * Index Selection
 */

export * from './types';
export * from './group_conditions_by_field';
export * from './score_index';
export * from './select_optimal_index';
