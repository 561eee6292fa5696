/**
 * Scheduler helpers - exports all scheduler helper functions
 */

export * from './get_scheduled_workflows';
export * from './get_last_execution_time';
export * from './has_running_execution';
export * from './scan_and_trigger';
export * from './should_trigger_workflow';
