export { listActionTypes as listActions } from '../../../action_defs/action_registry';
