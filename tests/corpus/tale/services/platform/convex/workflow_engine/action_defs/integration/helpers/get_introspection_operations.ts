/**
 * Get supported introspection operations
 */

export function getIntrospectionOperations(): string[] {
  return ['introspect_tables', 'introspect_columns'];
}
