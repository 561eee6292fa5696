export * from './recover_stuck_executions';
