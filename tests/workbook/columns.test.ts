import { dashboardColumns } from '../../src/workbook/columns/dashboard';
import { ARCHIVE_COLUMNS, CHANGE_LOG_COLUMNS, reviewColumns, reviewedColumns } from '../../src/workbook/columns/logs';
import { LEADERBOARD_COLUMNS, LEADERBOARD_HELPERS } from '../../src/workbook/columns/leaderboard';
import { TARGETS_LEAD_COLUMNS } from '../../src/workbook/columns/targets';
import { buildPlan, computeDashboard, computeQuotas, planPeriods, reviewSnapshot, workbookText } from '../../src/workbook';
import { metricColumns } from '../../src/workbook/metrics';
import { sampleInputs } from '../../src/workbook/sample-actuals';
import { LOCALES } from '../../src/core/locale';
import type { SheetSpec } from '../../src/workbook/spec';
import { smallInputs, smallReps, smallSetup } from './fixture';

/** The labels of a sheet's header block (row 4). */
function headerRow(sheet: SheetSpec): string[] {
  const header = sheet.blocks.find((b) => b.role === 'header')!;
  return header.cells[0] as string[];
}
const funnel = smallSetup().funnel;

describe('the column catalogs', () => {
  const catalogs = {
    dashboard: dashboardColumns(funnel),
    targets: TARGETS_LEAD_COLUMNS,
    review: reviewColumns(funnel),
    changeLog: CHANGE_LOG_COLUMNS,
    archive: ARCHIVE_COLUMNS,
    leaderboardHelpers: LEADERBOARD_HELPERS,
  };

  test.each(Object.entries(catalogs))('%s: unique keys, a header in every locale, a positive width', (_, columns) => {
    const keys = columns.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const c of columns) {
      for (const locale of LOCALES) expect(c.header[locale].trim()).not.toBe('');
      expect(c.width).toBeGreaterThan(0);
    }
  });

  test('the Dashboard generates one conversion per funnel step and one column per metric to date', () => {
    const funnel4 = [...funnel, { name: 'Signed', probability: 1 }, { name: 'Paid', probability: 1 }];
    const keys = dashboardColumns(funnel4).map((c) => c.key);
    expect(keys.filter((k) => k.startsWith('conv:'))).toEqual(['conv:1', 'conv:2', 'conv:3']);
    const metrics = metricColumns(funnel4).filter((m) => m.id !== 'signed');
    expect(keys.filter((k) => k.startsWith('toDate:'))).toEqual(metrics.map((m) => `toDate:${m.id}`));
  });

  test('the Leaderboard picks only Dashboard columns', () => {
    const dashboardKeys = new Set(dashboardColumns(funnel).map((c) => c.key));
    for (const c of LEADERBOARD_COLUMNS) if (c.key === 'pick') expect(dashboardKeys.has(c.pick)).toBe(true);
  });
});

describe('the sheets are built from the catalog', () => {
  test.each(LOCALES)('%s: the Dashboard header row is the catalog headers, the Review header the reviewed ones', (locale) => {
    const spec = buildPlan(smallSetup(), smallReps(), smallInputs(), locale);
    const sheet = (key: string) => spec.sheets.find((s) => s.key === key)!;
    expect(headerRow(sheet('dashboard'))).toEqual(dashboardColumns(funnel).map((c) => c.header[locale]));
    expect(headerRow(sheet('review'))).toEqual(reviewColumns(funnel).map((c) => c.header[locale]));
    expect(headerRow(sheet('changeLog'))).toEqual(CHANGE_LOG_COLUMNS.map((c) => c.header[locale]));
  });

  test('a Review snapshot row is the date, then the model value of each reviewed column', () => {
    const { setup, reps, inputs } = sampleInputs({ reps: 6, locale: 'zh-CN' });
    const quotas = computeQuotas(setup, reps, planPeriods(setup, workbookText('zh-CN'))).table;
    const rows = reviewSnapshot(setup, reps, quotas, inputs, 46100, 'zh-CN');
    const model = computeDashboard(setup, reps, quotas, inputs, 'zh-CN');
    const columns = reviewedColumns(setup.funnel);
    expect(rows).toHaveLength(reps.length + 1);
    rows.forEach((row, i) => {
      const expected = i < reps.length ? model.reps[i] : model.team;
      expect(row).toEqual([46100, ...columns.map((c) => expected[c.key])]);
    });
    expect(rows[reps.length][1]).toBe(workbookText('zh-CN').targets.teamTotal);
  });
});
