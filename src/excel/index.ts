/**
 * src/excel: everything Office.js. The task pane calls the operations and the pane reads;
 * renderSpec and the saved-plan helpers are exported for tests and tools. (The pane's start-up
 * imports `./host` directly: it runs before anything else is loaded.)
 */
export {
  buildPlanInWorkbook,
  refreshPlan,
  takeReviewSnapshot,
  replanInWorkbook,
  type OperationOptions,
  type OperationSummary,
} from './operations';
export { savedPlan, selectedValues } from './pane-reads';
export { renderSpec } from './render';
export { PlannerError, type PlannerErrorCode } from './errors';
export { STATE_NAMESPACE, stateFromXml, type PlanState } from './state';
export { columnWidthPoints } from './styles';
export {
  readTeamStatus,
  selectRep,
  writeRule,
  writeAsOf,
  watchPlanInputs,
  type TeamStatus,
  type FlaggedRep,
  type RepNumbers,
  type RuleState,
  type StatusKey,
  type RuleEdit,
  type StopWatching,
} from './team-status';
export { progressAt, type Progress, type ProgressStep, type ProgressListener } from './progress';
export { workbookChangeAfter, type WorkbookChange } from './workbook-change';
export {
  previewPlanBuild,
  previewPlanReplan,
  previewSnapshot,
  type PlanPreview,
  type BuildPreview,
  type ChangePreview,
  type RepChange,
  type RepSplit,
  type SnapshotPreview,
} from './previews';
