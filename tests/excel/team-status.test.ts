/**
 * The pane's team status on the Excel double (src/excel/team-status.ts): the list read from the
 * workbook as it is now, the jump to a rep's rows, a rule edited in its one Setup cell (and
 * not over a co-author's change), and the change events that tell the pane to read again.
 */
import { parseRange } from '../../src/workbook/a1';
import { buildPlan, workbookText } from '../../src/workbook';
import { sampleInputs } from '../../src/workbook/sample-actuals';
import { inputKey } from '../../src/workbook/spec';
import { asOfCell, ruleCell, teamStatus } from '../../src/workbook/team-status';
import { ruleRowKey } from '../../src/workbook/warning-rules';
import { actualsRowKey } from '../../src/workbook/metrics';
import { buildPlanInWorkbook } from '../../src/excel/operations';
import { savedPlan } from '../../src/excel/pane-reads';
import { readTeamStatus, selectRep, watchPlanInputs, writeAsOf, writeRule, type RunWith } from '../../src/excel/team-status';
import type { Locale } from '../../src/core/locale';
import { ExcelDouble } from './double';
import { inputCells, typeAll, valuesOf } from './support/inputs';

const NOW = new Date('2026-07-03T09:00:00Z');

/** The sample plan built in the double, its actuals then typed in by the reps. */
async function built(locale: Locale = 'en-US') {
  const excel = new ExcelDouble();
  const sample = sampleInputs({ reps: 12, locale });
  await buildPlanInWorkbook(sample.setup, sample.reps, locale, { run: excel.run, now: () => NOW });
  const spec = buildPlan(sample.setup, sample.reps, {}, locale);
  const typed = inputCells(spec, 'actuals').filter((c) => sample.inputs[c.key] !== undefined);
  await typeAll(
    excel,
    typed.map((c) => ({ sheet: c.sheet, address: c.address, value: sample.inputs[c.key] })),
  );
  const plan = (await savedPlan(excel.run))!;
  return { excel, sample, spec, plan, run: { run: excel.run } };
}

const runWith =
  (excel: ExcelDouble): RunWith =>
  (context, batch) =>
    context ? excel.run(context, batch) : excel.run(batch);

describe('readTeamStatus', () => {
  it.each(['en-US', 'zh-CN'] as const)(
    'is the Dashboard model over the inputs in the workbook now (%s plan, both pane languages)',
    async (locale) => {
      const { excel, sample, plan } = await built(locale);
      const actuals = Object.fromEntries(Object.entries(sample.inputs).filter(([k]) => k.startsWith('actuals!')));
      for (const pane of ['en-US', 'zh-CN'] as const) {
        const read = await readTeamStatus(pane, { run: excel.run });
        expect(read).toEqual(teamStatus(plan, actuals, pane));
        expect(read!.flagged.length).toBeGreaterThan(0);
      }
    },
  );

  it('follows a value a rep types: a lagging rep with a big month is no longer flagged', async () => {
    const { excel, spec } = await built();
    const before = (await readTeamStatus('en-US', { run: excel.run }))!;
    const worst = before.flagged[0];
    expect(worst.reasons.slice(0, 2)).toEqual(['Pace 50%', 'Projection 46% of quota']);
    // June's signings and collections both well up: pace and projection clear, the collection rate holds.
    const june = (metric: string) =>
      inputCells(spec, 'actuals').find((c) => c.key === inputKey('actuals', actualsRowKey(worst.repId, '2026-06'), metric))!;
    await typeAll(
      excel,
      ['signed', 'collected'].map((m) => ({ sheet: june(m).sheet, address: june(m).address, value: 400_000 })),
    );
    const after = (await readTeamStatus('en-US', { run: excel.run }))!;
    expect(after.flagged.map((f) => f.repId)).not.toContain(worst.repId);
    expect(after.counts.onTrack).toBe(before.counts.onTrack + 1);
  });

  it('reads a cleared rule cell as the formulas do (blank: off), not as the default a build would put there', async () => {
    const { excel, spec } = await built();
    const before = (await readTeamStatus('en-US', { run: excel.run }))!;
    expect(before.flagged.some((f) => f.reasons.some((r) => r.startsWith('Conversion')))).toBe(true);
    const on = inputCells(spec, 'setup').find((c) => c.key === inputKey('setup', ruleRowKey('conversion'), 'on'))!;
    await typeAll(excel, [{ sheet: on.sheet, address: on.address, value: '' }]);
    const after = (await readTeamStatus('en-US', { run: excel.run }))!;
    expect(after.rules.find((r) => r.key === 'conversion')!.on).toBe(false);
    expect(after.flagged.some((f) => f.reasons.some((r) => r.startsWith('Conversion')))).toBe(false);
    expect(after.flagged.length).toBeLessThan(before.flagged.length);
  });

  it('is null without a plan, and writes nothing', async () => {
    const excel = new ExcelDouble();
    await expect(readTeamStatus('en-US', { run: excel.run })).resolves.toBeNull();
    const { excel: withPlan } = await built();
    withPlan.resetLog();
    await readTeamStatus('zh-CN', { run: withPlan.run });
    expect(withPlan.writes).toEqual([]);
  });
});

describe('selectRep', () => {
  it('selects the rep’s Dashboard row, or their Actuals block, on its sheet', async () => {
    const { excel, plan } = await built();
    const rep = plan.reps[5];
    await selectRep(plan, rep.id, 'dashboard', { run: excel.run });
    const dashboard = excel.document.sheet('Dashboard');
    const { top, bottom } = parseRange(excel.document.selection.address);
    expect([excel.document.selection.sheet, top, bottom, excel.document.activeSheetId]).toEqual(['Dashboard', 10, 10, dashboard.id]);
    expect(dashboard.cellAt(top, 1)?.value).toBe(rep.id);

    await selectRep(plan, rep.id, 'actuals', { run: excel.run });
    const block = parseRange(excel.document.selection.address);
    const actuals = excel.document.sheet('Actuals');
    expect(excel.document.selection.sheet).toBe('Actuals');
    for (let row = block.top; row <= block.bottom; row++) expect(actuals.cellAt(row, 1)?.value).toBe(rep.id);
    expect(actuals.cellAt(block.bottom + 1, 1)?.value).not.toBe(rep.id);
    expect(block.bottom - block.top + 1).toBe(12); // one row per month
  });

  it('finds a renamed sheet by its id, and refuses when the rep is no longer in that row', async () => {
    const { excel, plan } = await built();
    excel.document.sheet('Dashboard').name = 'Team board';
    await selectRep(plan, plan.reps[0].id, 'dashboard', { run: excel.run });
    expect(excel.document.selection.sheet).toBe('Team board');
    // A plan whose reps are in another order than the sheet's: the row holds someone else.
    const stale = { ...plan, reps: [...plan.reps].reverse() };
    excel.document.selection = { sheet: 'Setup', address: 'A1' };
    await expect(selectRep(stale, plan.reps[0].id, 'dashboard', { run: excel.run })).rejects.toMatchObject({ code: 'repMoved' });
    expect(excel.document.selection).toEqual({ sheet: 'Setup', address: 'A1' });
  });
});

describe('writeRule', () => {
  it.each(['en-US', 'zh-CN'] as const)('writes only the rule’s Setup cell, in the workbook’s words (%s)', async (locale) => {
    const { excel, plan } = await built(locale);
    const text = workbookText(locale);
    const setup = text.sheets.setup;
    const edits = [
      { key: 'followUps', field: 'on', value: false, was: true, cell: text.rules.off },
      { key: 'collection', field: 'threshold', value: 0.55, was: 0.7, cell: 0.55 },
      { key: 'newLeads', field: 'severity', value: 'lagging', was: 'atRisk', cell: text.words.lagging },
      { key: 'paceAtRisk', field: 'threshold', value: 0.9, was: plan.setup.thresholds.atRisk, cell: 0.9 },
    ] as const;
    for (const { cell, ...edit } of edits) {
      excel.resetLog();
      await writeRule(plan, edit, { run: excel.run });
      const at = ruleCell(plan, edit.key, edit.field);
      const written = excel.cellWrites(setup);
      expect(written.map((w) => w.rect)).toEqual([{ top: at.row, bottom: at.row, left: at.column, right: at.column }]);
      expect(excel.document.sheet(setup).cellAt(at.row, at.column)?.value).toBe(cell);
      expect(excel.writes.length).toBe(1);
    }
    const after = (await readTeamStatus(locale, { run: excel.run }))!;
    expect(after.rules.find((r) => r.key === 'followUps')!.on).toBe(false);
    expect(after.rules.find((r) => r.key === 'newLeads')!.severity).toBe('lagging');
    expect(after.rules.find((r) => r.key === 'paceAtRisk')!.threshold).toBe(0.9);
  });

  it('writes nothing over a co-author who changed the cell since the pane read it', async () => {
    const { excel, plan } = await built();
    const at = ruleCell(plan, 'followUps', 'threshold');
    excel.coauthor = (document, n) => {
      if (n === excel.syncs.length && n > 0) document.sheet('Setup').typeAsCoauthor(at.row, at.column, 0.3);
      excel.coauthor = null;
    };
    excel.resetLog();
    await expect(writeRule(plan, { key: 'followUps', field: 'threshold', value: 0.6, was: 0.5 }, { run: excel.run })).rejects.toMatchObject(
      {
        code: 'ruleChanged',
      },
    );
    expect(excel.writes).toEqual([]);
    expect(valuesOf(excel, 'Setup', `D${at.row}`)[0][0]).toBe(0.3);
  });
});

describe('writeAsOf', () => {
  it('moves the as-of date in its one Setup cell, and the status follows', async () => {
    const { excel, plan } = await built();
    const before = (await readTeamStatus('en-US', { run: excel.run }))!;
    excel.resetLog();
    const next = before.asOf + 31;
    await writeAsOf(plan, next, before.asOf, { run: excel.run });
    const at = asOfCell(plan);
    expect(excel.writes.map((w) => w.rect)).toEqual([{ top: at.row, bottom: at.row, left: at.column, right: at.column }]);
    expect((await readTeamStatus('en-US', { run: excel.run }))!.asOf).toBe(next);
  });

  it('writes nothing when a co-author moved it since the pane read it', async () => {
    const { excel, plan } = await built();
    const at = asOfCell(plan);
    const shown = (await readTeamStatus('en-US', { run: excel.run }))!.asOf;
    excel.document.sheet('Setup').typeAsCoauthor(at.row, at.column, shown + 5);
    excel.resetLog();
    await expect(writeAsOf(plan, shown + 31, shown, { run: excel.run })).rejects.toMatchObject({ code: 'ruleChanged' });
    expect(excel.writes).toEqual([]);
  });
});

describe('watchPlanInputs', () => {
  const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

  it('hears a co-author’s edit as Remote and the user’s as Local on Actuals and Setup, and nothing once stopped', async () => {
    const { excel, plan, spec } = await built();
    const heard: string[] = [];
    const stop = await watchPlanInputs(plan, (source) => heard.push(source), runWith(excel));
    const cell = inputCells(spec, 'actuals')[3];
    const { top, left } = parseRange(cell.address);
    excel.document.sheet('Actuals').typeAsCoauthor(top, left, 5);
    await tick();
    expect(heard).toEqual(['Remote']);
    await typeAll(excel, [{ sheet: 'Setup', address: inputCells(spec, 'setup')[0].address, value: 46000 }]);
    await tick();
    expect(heard).toEqual(['Remote', 'Local']);
    await stop();
    excel.document.sheet('Actuals').typeAsCoauthor(top, left, 6);
    await tick();
    expect(heard).toEqual(['Remote', 'Local']);
  });
});
