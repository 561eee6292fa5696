/**
 * Website model - Central export point
 */

export * from './validators';
export * from './types';
export * from './get_websites';
export * from './get_website';
export * from './get_website_by_domain';
export * from './search_websites';
export * from './create_website';
export * from './update_website';
export * from './delete_website';
export * from './bulk_create_websites';
