/**
 * AST Helper Functions
 */

export * from './types';
export * from './extract_comparison';
export * from './extract_literal_value';
export * from './get_full_field_path';
export * from './is_simple_field';
export * from './merge_and_conditions';
export * from './traverse_ast';
