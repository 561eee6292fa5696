/**
 * Type definitions for organizations
 */

// MemberRole is re-exported from validators.ts (from shared schemas)
