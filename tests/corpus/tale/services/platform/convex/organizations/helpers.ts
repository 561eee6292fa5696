/**
 * Central export point for organizations model
 */

// Validators (includes types like MemberRole)
export * from './validators';

// Model operations
export * from './create_organization';
export * from './get_organization';
export * from './update_organization';
export * from './delete_organization_logo';
export * from './delete_organization';
