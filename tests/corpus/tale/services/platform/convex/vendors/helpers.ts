/**
 * Vendors Model - Validators for vendor operations
 */

export * from './validators';
