/**
 * The LibreOffice oracle: the planning workbook is rendered to .xlsx, recalculated by a real
 * spreadsheet engine that nobody here wrote, and every Dashboard number must equal what
 * `computeDashboard` (core's pace, projection, …) computes from the same plan and inputs.
 * Also: no error value anywhere, the Targets reconciliation says OK, and the Leaderboard
 * ranks as the model does, ties included. Two LibreOffice runs: the sample plan and a
 * seeded random plan (zh-CN, quarters or months, linear or seasonal pace, ties, a rep with
 * no quota and blanks).
 */
import { mulberry32 } from '../../src/core/mulberry32';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildPlan, computeDashboard, computeQuotas, planPeriods, workbookText } from '../../src/workbook';
import type { DashboardModel, DashboardRow } from '../../src/workbook/dashboard-model';
import { buildLayout, FIRST_ROW, type Layout } from '../../src/workbook/layout';
import { stageMetricId } from '../../src/workbook/metrics';
import { GAP_CAUSE_COLUMNS } from '../../src/workbook/columns/dashboard';
import { BOARD_SIZE } from '../../src/workbook/leaderboard-model';
import { dashboardCol } from '../../src/workbook/layout';
import type { PlanSetup, Rep } from '../../src/workbook/plan';
import { sampleInputs } from '../../src/workbook/sample-actuals';
import type { Locale } from '../../src/core/locale';
import { inputKey, type InputValues } from '../../src/workbook/spec';
import { isoToSerial } from '../../src/core/dates';
import { planEnd } from '../../src/workbook/periods';
import { renderXlsx } from '../../src/xlsx';
import { STATUS_KEYS, teamStatus } from '../../src/workbook/team-status';
import { errorCells, libreOfficeAvailable, recalculate } from '../support/libreoffice';
import { actualsInputs, MAR_14_2026, rep, smallSetup } from '../workbook/fixture';

/**
 * What a recalculated cell shows. `cell.result`, not `cell.value.result`: ExcelJS leaves a
 * formula result of 0 out of `value` (falsy), but keeps it in `result`. "" comes back as null.
 */
function shown(c: ExcelJS.Cell): number | string | null {
  const v = c.formula ? c.result : c.value;
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  // LibreOffice saves mixed-script text ("销售1") as rich text runs, one font each.
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((run) => run.text).join('');
  throw new Error(`${c.address}: unexpected ${JSON.stringify(v)}`);
}

type Words = ReturnType<typeof workbookText>['words'];

interface Plan {
  setup: PlanSetup;
  reps: Rep[];
  inputs: InputValues;
  locale: Locale;
}

async function check(plan: Plan): Promise<DashboardModel> {
  const { setup, reps, inputs, locale } = plan;
  const text = workbookText(locale);
  const spec = buildPlan(setup, reps, inputs, locale);
  const file = await renderXlsx(spec);
  const workbook = await recalculate(file);
  expect(errorCells(workbook)).toEqual([]);

  const periods = planPeriods(setup, text);
  const quotas = computeQuotas(setup, reps, periods).table;
  const model = computeDashboard(setup, reps, quotas, inputs, locale);
  const layout = buildLayout(text.sheets, reps.length, periods.length, setup.funnel);
  const dashboard = workbook.getWorksheet(text.sheets.dashboard)!;
  let compared = 0;
  // Every column of the catalog, in every row: the recalculated cell shows what its model says.
  const expectRow = (row: number, expected: DashboardRow, who: string) => {
    layout.dashboard.columns.forEach(({ key }, i) => {
      const got = shown(dashboard.getCell(row, i + 1));
      const want = expected[key] === '' ? null : expected[key];
      compared++;
      if (typeof want !== 'number') return expect({ who, key, got }).toEqual({ who, key, got: want });
      expect({ who, key, type: typeof got }).toEqual({ who, key, type: 'number' });
      const tolerance = 1e-9 * Math.max(1, Math.abs(want));
      if (Math.abs((got as number) - want) > tolerance) expect({ who, key, got }).toEqual({ who, key, got: want });
    });
  };
  model.reps.forEach((expected, r) => expectRow(FIRST_ROW + r, expected, reps[r].id));
  expectRow(layout.dashboard.totalRow, model.team, 'team');
  expectRow(layout.dashboard.meanRow, model.mean, 'mean');
  expect(compared).toBe((reps.length + 2) * layout.dashboard.columns.length);

  checkTeamStatus(dashboard, layout, plan);
  checkGapParts(dashboard, layout, reps.length);
  checkTargets(workbook, layout, text.words.ok, reps.length);
  checkLeaderboard(workbook, layout, model, reps, locale);
  await checkPaceLights(file, model, reps, text.words);
  return model;
}

/**
 * The traffic lights sit on pace at the Status thresholds themselves (amber from LaggingBelow,
 * green from AtRiskBelow), so for every rep with a pace, new hires included, the light is the
 * pace rules' verdict and Status is that or worse (other rules may fire); a rep without a pace (not started, no target yet) has no number and so no light.
 */
async function checkPaceLights(file: Buffer, model: DashboardModel, reps: Rep[], words: Words): Promise<void> {
  const dashboardXml = await (await JSZip.loadAsync(file)).file('xl/worksheets/sheet4.xml')!.async('string');
  expect(dashboardXml).toContain('<cfvo type="formula" val="LaggingBelow"/>');
  expect(dashboardXml).toContain('<cfvo type="formula" val="AtRiskBelow"/>');
  model.reps.forEach((row, r) => {
    const pace = row.pace;
    if (typeof pace !== 'number') {
      expect({ rep: reps[r].id, status: [words.notStarted, words.noTarget, words.left].includes(row.status as string) }).toEqual({
        rep: reps[r].id,
        status: true,
      });
      return;
    }
    // The light is pace's own verdict; Status also hears the other warning rules, so it is never better.
    const light = pace < model.plan.lagging ? words.lagging : pace < model.plan.atRisk ? words.atRisk : words.onTrack;
    const rank = (status: unknown) => [words.onTrack, words.atRisk, words.lagging].indexOf(status as string);
    if (!model.plan.rules.paceAtRisk.on || !model.plan.rules.paceLagging.on) return; // a pace rule turned off: the light still shows pace
    expect({ rep: reps[r].id, light, worse: rank(row.status) >= rank(light) }).toEqual({ rep: reps[r].id, light, worse: true });
  });
}

/**
 * The pane's team list (src/workbook/team-status.ts) against the calculated sheet: exactly the
 * rows whose Status is At risk or Lagging, each with that Status and, joined, that Reason; and
 * the counts by status are the sheet's.
 */
function checkTeamStatus(dashboard: ExcelJS.Worksheet, layout: Layout, plan: Plan): void {
  const { words, rules } = workbookText(plan.locale);
  const list = teamStatus(plan, plan.inputs, plan.locale);
  const at = (r: number, key: Parameters<typeof dashboardCol>[1]) => shown(dashboard.getCell(FIRST_ROW + r, dashboardCol(layout, key)));
  const sheet = plan.reps
    .map((rep, r) => ({ repId: rep.id, status: at(r, 'status'), reason: at(r, 'reason') }))
    .filter((row) => row.status === words.atRisk || row.status === words.lagging);
  const listed = list.flagged.map((f) => ({ repId: f.repId, status: words[f.status], reason: f.reasons.join(rules.separator) || null }));
  const byId = (a: { repId: string }, b: { repId: string }) => a.repId.localeCompare(b.repId);
  expect(listed.sort(byId)).toEqual(sheet.sort(byId));
  for (const key of STATUS_KEYS) {
    expect({ key, n: list.counts[key] }).toEqual({ key, n: plan.reps.filter((_, r) => at(r, 'status') === words[key]).length });
  }
}

/**
 * The gap attribution as LibreOffice computed it: where a rep has parts, they add up to the
 * rep's actual to date minus the team mean's, on the recalculated sheet itself.
 */
function checkGapParts(dashboard: ExcelJS.Worksheet, layout: Layout, repCount: number): void {
  const at = (row: number, key: Parameters<typeof dashboardCol>[1]) => shown(dashboard.getCell(row, dashboardCol(layout, key)));
  const mean = at(layout.dashboard.meanRow, 'actualToDate') as number;
  for (let row = FIRST_ROW; row < FIRST_ROW + repCount; row++) {
    const parts = Object.values(GAP_CAUSE_COLUMNS).map((key) => at(row, key));
    if (parts.every((p) => p === null)) continue;
    const gap = (at(row, 'actualToDate') as number) - mean;
    const sum = (parts as number[]).reduce((s, p) => s + p, 0);
    const size = 1 + (parts as number[]).reduce((s, p) => s + Math.abs(p), Math.abs(gap));
    expect({ row, off: Math.abs(sum - gap) <= 1e-9 * size }).toEqual({ row, off: true });
  }
}

function checkTargets(workbook: ExcelJS.Workbook, layout: Layout, ok: string, repCount: number): void {
  const targets = workbook.getWorksheet(layout.sheetNames.targets)!;
  const t = layout.targets;
  expect(shown(targets.getCell(t.reconCheckRow, t.col.annualQuota))).toBe(ok);
  for (let r = 0; r < repCount; r++) expect(shown(targets.getCell(FIRST_ROW + r, t.checkCol))).toBe(ok);
}

/**
 * Expected boards, from first principles: the top 25 of all reps, then each team's top 25
 * (teams in order of first appearance, each under its label), attainment descending; equal
 * attainment → equal rank (RANK.EQ's: 1 + the reps above among all reps, or in the team); ties
 * among all reps in team order, then Rep order; a rep not started or without a quota is listed
 * last, without a rank.
 */
function checkLeaderboard(workbook: ExcelJS.Workbook, layout: Layout, model: DashboardModel, reps: Rep[], locale: Locale): void {
  const text = workbookText(locale);
  const words = text.words;
  const sheet = workbook.getWorksheet(layout.sheetNames.leaderboard)!;
  const scores = model.reps.map((r) =>
    r.status !== words.notStarted && r.status !== words.left && typeof r.attainment === 'number' ? r.attainment : -1,
  );
  const teams = [...new Set(reps.map((r) => r.team))];
  const teamOf = (i: number) => teams.indexOf(reps[i].team);
  const expectBoard = (label: string, top: number, members: number[], tieOrder: (a: number, b: number) => number) => {
    expect(shown(sheet.getCell(top - 1, 1))).toBe(label);
    const order = [...members].sort((a, b) => scores[b] - scores[a] || tieOrder(a, b)).slice(0, BOARD_SIZE);
    order.forEach((i, k) => {
      const rank = scores[i] < 0 ? null : 1 + members.filter((j) => scores[j] > scores[i]).length;
      const [name, team] = [reps[i].name || null, reps[i].team || null];
      const got = [1, 2, 3, 4, 5].map((col) => shown(sheet.getCell(top + k, col)));
      expect({ label, k, got }).toEqual({ label, k, got: [k + 1, rank, reps[i].id, name, team] });
    });
    expect(shown(sheet.getCell(top + order.length, 3))).toBeNull();
    return top + order.length;
  };
  const all = reps.map((_, i) => i);
  let next = expectBoard(text.leaderboard.overall(BOARD_SIZE), FIRST_ROW + 1, all, (a, b) => teamOf(a) - teamOf(b) || a - b);
  for (const team of teams) {
    const label = text.leaderboard.team(team || text.leaderboard.noTeam, BOARD_SIZE);
    next = expectBoard(
      label,
      next + 2,
      all.filter((i) => reps[i].team === team),
      (a, b) => a - b,
    );
  }
}

function randomPlan(seed: number): Plan {
  const rnd = mulberry32(seed); // seeded: the "random" plan is the same on every run
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]) => xs[int(0, xs.length - 1)];
  const quarters = rnd() < 0.5;
  const periodCount = quarters ? 4 : 12;
  const start = 46023; // 2026-01-01
  const setup: PlanSetup = {
    planName: 'Random',
    target: int(100, 5000) * 1000,
    periodStart: start,
    periodCount,
    granularity: quarters ? 'quarter' : 'month',
    asOf: start + int(200, 364),
    cushion: pick([0, 0.05, 0.1]),
    method: pick(['equal', 'history', 'potential', 'blend'] as const),
    blendHistoryShare: 0.4,
    ramp: [0.25, 0.5, 0.75],
    seasonality: Array.from({ length: periodCount }, () => int(1, 5)),
    thresholds: { atRisk: 0.9, lagging: 0.7 },
    funnel: [
      { name: '线索', probability: 0.05 },
      { name: '商机', probability: 0.3 },
      { name: '赢单', probability: 1 },
    ],
    tiers: [{ threshold: 0, rate: 0.03 }],
    currencyFormat: '¥#,##0',
    paceMode: pick(['linear', 'seasonal'] as const),
  };
  const reps: Rep[] = Array.from({ length: 9 }, (_, i) => ({
    id: `P${i + 1}`,
    name: `销售${i + 1}`,
    team: pick(['华北', '华东']),
    startDate: rnd() < 0.2 ? start + int(-30, 200) : null,
    history: int(0, 900) * 1000,
    potential: int(1, 900) * 1000,
  }));
  // P9 starts after the plan: no quota, no data, every ratio empty.
  reps[8] = { ...reps[8], startDate: start + 400 };
  // P2 is P1's twin: same weights, same numbers → the same attainment, a tie on the board.
  reps[1] = { ...reps[0], id: 'P2', name: '销售2' };
  // P3 has no name and no team yet: the Leaderboard shows them empty, not 0.
  reps[2] = { ...reps[2], name: '', team: '' };
  const periods = planPeriods(setup, workbookText('zh-CN'));
  const inputs: InputValues = { [inputKey('setup', 'lagging', 'value')]: 0.75 };
  const metrics = [
    'signed',
    'newCustomers',
    'collected',
    'receivables',
    'newLeads',
    'followUps',
    'visits',
    'jointVisits',
    'knowledgeShares',
  ];
  for (const r of reps.slice(0, 8)) {
    for (const p of periods) {
      if (p.start > setup.asOf) continue;
      for (const m of [...metrics, ...setup.funnel.map((_, k) => stageMetricId(k))]) {
        if (rnd() < 0.08) continue; // a blank
        const twin = r.id === 'P2' ? 'P1' : r.id;
        const key = (id: string) => inputKey('actuals', `${id}|${p.id}`, m);
        inputs[key(r.id)] =
          twin === r.id
            ? m === 'signed' || m === 'collected' || m === 'receivables'
              ? int(0, 400) * 100
              : int(0, 60)
            : (inputs[key(twin)] ?? null);
      }
    }
  }
  return { setup, reps, inputs, locale: 'zh-CN' };
}

// Skipped on a developer machine without LibreOffice; never on CI, where a missing engine must fail.
const available = libreOfficeAvailable() || Boolean(process.env.CI);
const describeIf = available ? describe : describe.skip;
if (!available) console.warn('LibreOffice (soffice) not found: the oracle tests are skipped. Install libreoffice-calc-nogui.');

describeIf('LibreOffice agrees with core on every Dashboard number', () => {
  test('the sample plan (25 reps, 12 months, half a year of actuals)', async () => {
    const { setup, reps, inputs } = sampleInputs({ reps: 25, locale: 'en-US' });
    const model = await check({ setup, reps, inputs, locale: 'en-US' });
    // The sample's new hires started, their pace reads like anyone's (their ramp is in the quota).
    const hires = reps
      .map((rep, r) => ({ rep, row: model.reps[r] }))
      .filter(({ rep }) => rep.startDate !== null && rep.startDate <= setup.asOf);
    expect(hires.length).toBeGreaterThan(0);
    for (const { row } of hires) expect(row.pace as number).toBeLessThan(1.6);
  });

  // One as-of date for everything: the same plan at dates across the year, with numbers typed
  // ahead of the as-of date (which must not count yet), a new hire not started yet.
  test.each([
    ['before the plan starts', '2025-12-20'],
    ['mid-period', '2026-03-14'],
    ["on a period's last day", '2026-04-30'],
    ['after the plan ends', '2027-01-10'],
  ])('the sample plan as of a date %s (%s), with actuals typed ahead', async (_, iso) => {
    const { setup, reps, inputs } = sampleInputs({ reps: 12, locale: 'zh-CN', seed: 7 });
    const asOf = isoToSerial(iso)!;
    const typed: InputValues = { ...inputs, [inputKey('setup', 'asOf', 'value')]: asOf };
    // R0001 typed next period's numbers early; R0002 a period after the plan's end does not exist.
    const periods = planPeriods(setup, workbookText('zh-CN'));
    const ahead = periods.find((p) => p.start > asOf);
    if (ahead) for (const m of ['signed', 'collected', 'followUps', 'stage1']) typed[inputKey('actuals', `R0001|${ahead.id}`, m)] = 90_000;
    // A hire whose start date is after the as-of date (if any date is left in the plan).
    const hire: Rep = {
      id: 'R9999',
      name: '新人',
      team: '华东',
      startDate: Math.min(asOf + 10, planEnd(periods)),
      history: 0,
      potential: 300_000,
    };
    // A leaver whose last day was in the plan's first month: Left once the as-of date is past it.
    const leaver: Rep = { ...reps[1], leaveDate: setup.periodStart + 20 };
    const team = [reps[0], leaver, ...reps.slice(2), hire];
    const model = await check({ setup, reps: team, inputs: typed, locale: 'zh-CN' });
    const words = workbookText('zh-CN').words;
    if (hire.startDate! > asOf) expect(model.reps[reps.length].status).toBe(words.notStarted);
    if (leaver.leaveDate! < asOf) expect(model.reps[1].status).toBe(words.left);
    if (asOf < setup.periodStart) for (const row of model.reps) expect([words.noTarget, words.notStarted]).toContain(row.status);
  });

  // The Setup rule cells as a manager leaves them: one rule off, thresholds moved or cleared, a
  // severity in the other language's word; Status, Reason and every figure still agree.
  test('the sample plan with its warning rules edited in Setup', async () => {
    const { setup, reps, inputs } = sampleInputs({ reps: 25, locale: 'en-US' });
    const rule = (key: string, column: string) => inputKey('setup', `rule:${key}`, column);
    const edited: InputValues = {
      ...inputs,
      [rule('projection', 'on')]: 'Off',
      [rule('followUps', 'threshold')]: 0.8,
      [rule('followUps', 'severity')]: '落后',
      [rule('collection', 'threshold')]: null,
      [rule('paceLagging', 'on')]: '关闭',
    };
    const model = await check({ setup, reps, inputs: edited, locale: 'en-US' });
    expect(model.reps.some((r) => typeof r.reason === 'string' && r.reason.startsWith('Follow-ups'))).toBe(true);
    expect(model.reps.every((r) => !String(r.reason).includes('Projection'))).toBe(true);
  });

  // The attribution's edges, in LibreOffice as in the model: revenue equal to the team mean
  // (B: 200 of a mean 200), no leads (D), leads but none won (E), refunds above signings (F),
  // a rep who left (G, out of the mean).
  test('the gap attribution at its edges', async () => {
    const reps = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((id) => rep(id, id === 'G' ? { leaveDate: MAR_14_2026 - 40 } : {}));
    const inputs = actualsInputs({
      A: { signed: [100], stage1: [10], stage2: [2] },
      B: { signed: [200], stage1: [30], stage2: [3] },
      C: { signed: [950], stage1: [20], stage2: [4] },
      D: { signed: [0], stage1: [0], stage2: [0] },
      E: { signed: [0], stage1: [15], stage2: [0] },
      F: { signed: [-50], stage1: [10], stage2: [1] },
      G: { signed: [5000], stage1: [1], stage2: [1] },
    });
    const model = await check({ setup: smallSetup(), reps, inputs, locale: 'en-US' });
    expect(model.mean.actualToDate).toBe(200);
    const [, b, , d, e, f, g] = model.reps;
    // B: more leads than the mean (30 vs 85/6), a lower win rate; the parts offset to 0.
    expect(b.gapActivity as number).toBeGreaterThan(0);
    expect((b.gapActivity as number) + (b.gapConversion as number) + (b.gapDealSize as number)).toBeCloseTo(0, 9);
    expect([d.gapActivity, d.gapConversion, d.gapDealSize]).toEqual([-200, 0, 0]);
    expect([e.gapActivity, e.gapConversion, e.gapDealSize]).toEqual([0, -200, 0]);
    expect([f.gapActivity, f.gapConversion, f.gapDealSize]).toEqual([0, 0, -250]);
    expect([g.gapActivity, g.gapConversion, g.gapDealSize]).toEqual([null, null, null]);
  });

  // More reps than a board holds (the team boards are cut at 25, the board of all reps reads
  // them), and reps twinned into another team: ties across teams. The five best outside the
  // first team get a twin in it, further down the Dashboard: among all reps the twin comes
  // first (team order), not the original (Rep order).
  test('90 reps in three teams, with ties across teams: the boards and their ranks', async () => {
    const { setup, reps, inputs } = sampleInputs({ reps: 90, locale: 'en-US', seed: 11 });
    const quotas = computeQuotas(setup, reps, planPeriods(setup, workbookText('en-US'))).table;
    const attainment = computeDashboard(setup, reps, quotas, inputs, 'en-US').reps.map((r) => (r.attainment as number) ?? -1);
    const best = reps
      .map((_, i) => i)
      .filter((i) => i < 80 && reps[i].team !== reps[0].team)
      .sort((a, b) => attainment[b] - attainment[a])
      .slice(0, 5);
    const twinned = { ...inputs };
    const team = [...reps];
    for (const [i, s] of best.entries()) {
      const source = reps[s];
      const twin = { ...source, id: reps[80 + i].id, name: reps[80 + i].name, team: reps[0].team };
      team[80 + i] = twin;
      const prefix = (id: string) => `${inputKey('actuals', id, '').slice(0, -1)}|`; // actuals!<id>|
      for (const key of Object.keys(twinned)) if (key.startsWith(prefix(twin.id))) delete twinned[key];
      for (const [key, value] of Object.entries(inputs)) {
        if (key.startsWith(prefix(source.id))) twinned[prefix(twin.id) + key.slice(prefix(source.id).length)] = value;
      }
    }
    const model = await check({ setup, reps: team, inputs: twinned, locale: 'en-US' });
    const attained = model.reps.map((r) => r.attainment);
    for (const [i, s] of best.entries()) expect(attained[80 + i]).toBe(attained[s]); // ties across teams indeed
    expect(team.filter((r) => r.team === reps[0].team).length).toBeGreaterThan(BOARD_SIZE); // a team board is cut
  });

  test('a seeded random plan in zh-CN, with a tie, blanks and a rep without quota', async () => {
    const plan = randomPlan(20260314);
    await check(plan);
  });
});
