/**
 * Workflow Engine Helpers - Index
 *
 * This file exports all helper functions for the workflow engine.
 */

export * from './build_steps_config_map';
export * from './workflow_data';
export * from './cleanup_component_workflow';
export * from './on_workflow_complete';
export * from './dynamic_workflow_handler';
export * from './execute_step_handler';
export {
  handleSerializeExecutionOutput,
  type SerializeExecutionOutputArgs,
} from './serialize_and_complete_execution_handler';
