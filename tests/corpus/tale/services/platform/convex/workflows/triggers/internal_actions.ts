// Internal actions for workflow triggers.
// Currently no internal actions defined.
