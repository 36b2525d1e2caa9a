/**
 * What every sheet builder needs: the plan, the text of the locale, the layout, the quotas
 * decided, and the placer that puts user inputs back at their keys.
 */
import type { WorkbookText } from '../i18n';
import type { Layout } from '../layout';
import type { Period, PlanSetup, Rep } from '../plan';
import type { QuotaPlan } from '../quotas';
import type { InputPlacer } from '../input-placer';

export interface BuildContext {
  setup: PlanSetup;
  reps: readonly Rep[];
  periods: readonly Period[];
  text: WorkbookText;
  layout: Layout;
  quotas: QuotaPlan;
  inputs: InputPlacer;
}

export const FORMAT = {
  date: 'yyyy-mm-dd',
  percent: '0.0%',
  ratio: '0.00',
  count: '0',
  general: 'General',
} as const;
