/**
 * Workflow Executions Model
 */

export * from './validators';
export * from './types';
export * from './get_execution';
export * from './get_raw_execution';
export * from './list_executions';
export * from './list_executions_cursor';
export * from './update_execution_status';
export * from './complete_execution';
export * from './fail_execution';
export * from './patch_execution';
export * from './resume_execution';
export * from './set_component_workflow';
export * from './update_execution_metadata';
export * from './update_execution_variables';
export * from './get_workflow_execution_stats';
export * from './get_execution_step_journal';
