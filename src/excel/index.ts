/**
 * src/excel: everything Office.js. The task pane calls the operations; renderSpec and the
 * state helpers are exported for tests and tools.
 */
export { whenHostReady, hostKind, type HostInfo, type HostKind } from './host';
export {
  buildPlanInWorkbook,
  refreshPlan,
  takeReviewSnapshot,
  replanInWorkbook,
  type ExcelRun,
  type OperationOptions,
  type OperationSummary,
} from './operations';
export { savedPlan, selectedValues } from './pane-reads';
export { renderSpec, type RenderOptions, type RenderSummary } from './render';
export { PlannerError, type PlannerErrorCode } from './errors';
export { STATE_NAMESPACE, stateFromXml, stateToXml, type PlanState } from './state';
export { columnWidthPoints } from './styles';
export { officeValue } from './cells';
