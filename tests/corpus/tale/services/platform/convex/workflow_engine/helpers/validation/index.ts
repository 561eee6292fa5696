/**
 * Workflow Validation Module
 */

export * from './validate_workflow_definition';
export * from './validate_step_config';
export * from './validate_workflow_steps';
export { validateActionParameters } from './validate_action_parameters';
export * from './constants';
export type {
  ValidationResult,
  StepConfigValidationResult,
  ActionParametersValidationResult,
  StepDefinitionInput,
  StepConfig,
  WorkflowStepConfig,
  WorkflowConfig,
  WorkflowValidationResult,
} from './types';
export * from './steps';
export * from './variables';
