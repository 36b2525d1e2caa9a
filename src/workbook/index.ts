/**
 * The planning workbook as pure data (docs/ARCHITECTURE.md#the-spec): `buildPlan` turns a plan into a
 * `WorkbookSpec` that src/excel and src/xlsx render; the rest are the plan-time
 * computations it rests on and the append-only operations of the task pane.
 */
export { buildPlan, type BuildOptions } from './build-plan';
export { checkPlanFits, excelLimitBreach, planExtents } from './excel-fit';
export { limitMessage, type LimitBreach } from './limit-message';
export { computeQuotas, type QuotaPlan } from './quotas';
export { computeDashboard, type DashboardModel, type DashboardRow } from './dashboard-model';
export { reviewSnapshot } from './review-snapshot';
export { replan, type ReplanRequest, type ReplanResult } from './replan';
export { planPeriods } from './periods';
export { workbookText, type WorkbookText } from './i18n';
export type * from './plan';
export type * from './spec';
export { inputKey, isFormula } from './spec';
