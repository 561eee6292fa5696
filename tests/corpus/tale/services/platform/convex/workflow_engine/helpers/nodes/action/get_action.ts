export { getAction } from '../../../action_defs/action_registry';
