/**
 * Customer model - Central export point
 */

export * from './validators';
export * from './types';
export * from './create_customer';
export * from './get_customer_by_id';
export * from './query_customers';
export * from './update_customers';
export * from './get_customer';
export * from './update_customer';
export * from './delete_customer';
export * from './bulk_create_customers';
export * from './get_customer_by_email';
export * from './find_or_create_customer';
export * from './filter_customers';
