/**
 * Workflow System Types - Main Export
 */

// Workflow types
export * from './workflow';

// Node types
export * from './nodes';
