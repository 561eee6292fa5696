/**
 * Row Level Security (RLS) Library
 */

export * from './types';
export * from './errors';
export * from './validators';
export * from './auth/require_authenticated_user';
export * from './auth/get_authenticated_user';
export * from './auth/get_auth_user_identity';
export * from './organization/get_organization_member';
export * from './organization/get_user_organizations';
export * from './organization/validate_organization_access';
export * from './organization/validate_resource_organization';
export * from './context/create_rls_context';
export * from './context/create_org_query_builder';
export * from './wrappers/with_organization_rls';
export * from './wrappers/with_resource_rls';
export * from './helpers/query_with_rls';
export * from './helpers/mutation_with_rls';
export * from './helpers/rls_rules';
