import { DomainError } from '../core/errors';
import { Messages } from '../core/messages';
import { payout as payoutCore, PayoutMode, PayoutTier } from '../core/payout';
import { excelCall } from './support/excel-error';
import { asMatrix, isBlankRange, optionalChoice, requiredNumber } from './support/args';

const MODES: readonly PayoutMode[] = ['marginal', 'flat'];

/**
 * Commission on a result under tiered rates, by attainment of quota.
 * @customfunction PAYOUT
 * @param achieved Result to be paid on (≥ 0).
 * @param quota Quota that attainment is measured against (> 0).
 * @param tiers Two columns: attainment threshold (0, 1, 1.5 … rising from 0) and rate (0..1). Blank rows are skipped.
 * @param [mode] "marginal" (default): each slice at its tier's rate; "flat": everything at the rate of the highest tier reached.
 * @returns The commission.
 */
export function payout(achieved: number, quota: number, tiers: any[][], mode?: string): number {
  return excelCall(() =>
    payoutCore(requiredNumber(achieved, 'achieved'), requiredNumber(quota, 'quota'), tierRows(tiers), optionalChoice(mode, 'mode', MODES)),
  );
}

/** The (threshold, rate) rows of a two-column range; a row left blank (spare room in a Setup table) is skipped. */
function tierRows(range: unknown): PayoutTier[] {
  const rows = asMatrix(range, 'tiers');
  if (rows[0].length !== 2) throw new DomainError('value', Messages.columnCount('tiers', 2));
  const tiers: PayoutTier[] = [];
  for (const [threshold, rate] of rows) {
    if (isBlankRange(threshold) && isBlankRange(rate)) continue;
    tiers.push({ threshold: requiredNumber(threshold, 'tiers'), rate: requiredNumber(rate, 'tiers') });
  }
  return tiers;
}
