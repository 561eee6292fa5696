/**
 * Central export point for integrations model
 */

// Validators
export * from './validators';

// Types
export * from './types';

// Query operations
export * from './list_integrations';
export * from './get_integration';
export {
  getIntegrationByName,
  type GetIntegrationByNameArgs,
} from './get_integration_by_name';

// Mutation operations
export * from './delete_integration';
export * from './update_sync_stats';

// Internal operations
export * from './create_integration_internal';
export * from './update_integration_internal';

// Action-level operations
export * from './create_integration';
export * from './update_integration';
export * from './test_connection';
export * from './get_decrypted_credentials';

// Type guards
export * from './guards/is_sql_integration';
export * from './guards/is_rest_api_integration';

// Utils
export * from './utils/get_integration_type';
