/**
 * What every sheet builder needs: the plan, the text of the locale, the layout, the quotas
 * decided, the placer that puts user inputs back at their keys, and the Dashboard model (what
 * the formulas will show, stored as their cached results).
 */
import type { WorkbookText } from '../i18n';
import type { Layout } from '../layout';
import type { Period, PlanSetup, Rep } from '../plan';
import type { QuotaPlan } from '../quotas';
import type { InputPlacer } from '../input-placer';
import type { DashboardModel } from '../dashboard-model';
import type { Locale } from '../../core/locale';

export interface BuildContext {
  setup: PlanSetup;
  reps: readonly Rep[];
  periods: readonly Period[];
  locale: Locale;
  text: WorkbookText;
  layout: Layout;
  quotas: QuotaPlan;
  inputs: InputPlacer;
  /** What the Dashboard shows for these quotas and inputs; the other sheets' models start from it. */
  dashboard: DashboardModel;
}

export { FORMAT } from '../columns/column';
