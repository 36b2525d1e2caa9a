/**
 * The Dashboard columns that split a rep's gap to the team mean into its causes, by cause:
 * written by the attribution (dashboard.ts, `gapColumns`), read by the Reason, which names the
 * largest (dashboard-warnings.ts). A module of its own so that neither imports the other.
 */
import type { GapCause } from '../../core/gap-attribution';
import type { DashboardFixedKey } from './dashboard';

export const GAP_CAUSE_COLUMNS = {
  activity: 'gapActivity',
  conversion: 'gapConversion',
  dealSize: 'gapDealSize',
} as const satisfies Record<GapCause, DashboardFixedKey>;

/** The causes in the order a tie is broken (the funnel's order: leads, then winning, then deal size). */
export const GAP_CAUSES: readonly GapCause[] = ['activity', 'conversion', 'dealSize'];
