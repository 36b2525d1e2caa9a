import { MIN_GROWTH_POINTS } from '../core/achievable';
import { DomainError } from '../core/errors';
import { Messages } from '../core/messages';
import { smart as smartCore } from '../core/smart';
import { excelCall, toExcelError } from './support/excel-error';
import { ExcelScalar, isBlankRange, numberOrBlank, vector } from './support/args';

/**
 * SMART check of a target: verdict ("SMART" or the failing letters), required growth, achievability, then TRUE/FALSE for S, M, A, R, T.
 * @customfunction SMART
 * @param target The target to check; S needs a number above 0. A blank cell fails S.
 * @param baseline The value the target grows from, e.g. last year's result; M needs a number ≥ 0.
 * @param start_date First day of the target's period.
 * @param end_date Last day of the target's period; S and T need it after start_date.
 * @param [history] Past results in time order (a row or a column, blanks skipped); A needs at least 4 periods.
 * @param [market_growth] Market growth rate, e.g. 0.08; R needs the required growth to be at least this. Omitted: R is TRUE.
 * @param [as_of] Today's date for the check; T needs end_date on or after it.
 * @returns One row: verdict, required growth, achievability percentile (#N/A when it cannot be computed), S, M, A, R, T.
 */
export function smart(
  target: any,
  baseline: any,
  start_date: any,
  end_date: any,
  history?: any[][],
  market_growth?: number,
  as_of?: any,
): any[][] {
  return excelCall(() => {
    const scalar = (value: unknown, arg: string) => numberOrBlank(arg)(value as ExcelScalar);
    const past = isBlankRange(history)
      ? undefined
      : vector(history, 'history', numberOrBlank('history')).values.filter((v): v is number => v !== null);
    const check = smartCore({
      target: scalar(target, 'target'),
      baseline: scalar(baseline, 'baseline'),
      startDate: scalar(start_date, 'start_date'),
      endDate: scalar(end_date, 'end_date'),
      history: past,
      marketGrowth: scalar(market_growth, 'market_growth') ?? undefined,
      asOf: scalar(as_of, 'as_of') ?? undefined,
    });
    // A number that cannot be computed shows as #N/A in its cell, with the reason in the tooltip;
    // the letters beside it still report.
    const notAvailable = (message: string) => toExcelError(new DomainError('na', message));
    const noGrowth = Messages.growthNotComputable('target', 'baseline');
    return [
      [
        check.verdict,
        check.requiredGrowth ?? notAvailable(noGrowth),
        check.achievability ??
          notAvailable(check.requiredGrowth === null ? noGrowth : Messages.tooFewGrowthPoints('history', MIN_GROWTH_POINTS)),
        check.s,
        check.m,
        check.a,
        check.r,
        check.t,
      ],
    ];
  });
}
