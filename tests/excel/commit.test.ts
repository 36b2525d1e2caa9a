/**
 * The commit protocol beside co-authors and faults (render.ts, guard.ts, appends.ts,
 * staging.ts, recovery.ts), on the Excel double: what a refresh writes, what a co-author
 * typing between two requests keeps, and what a commit cut part-way leaves.
 */
import { parseRange } from '../../src/workbook/a1';
import { buildPlan } from '../../src/workbook';
import { sampleInputs } from '../../src/workbook/sample-actuals';
import type { PlanSetup, Rep } from '../../src/workbook/plan';
import { buildPlanInWorkbook, refreshPlan, takeReviewSnapshot } from '../../src/excel/operations';
import { buildSheetName, newBuildId } from '../../src/excel/staging';
import { newestState } from '../../src/excel/state';
import { ExcelDouble } from './double';
import { inputCells, typeAll, valuesOf } from './support/inputs';

const NOW = new Date('2026-06-15T09:00:00Z');
const options = (excel: ExcelDouble, extra: object = {}) => ({ run: excel.run, now: () => NOW, ...extra });

async function built(reps = 4, locale: 'en-US' | 'zh-CN' = 'en-US') {
  const excel = new ExcelDouble();
  const sample = sampleInputs({ reps });
  await buildPlanInWorkbook(sample.setup, sample.reps, locale, options(excel));
  return { excel, ...sample };
}

/** Types as a co-author does, into the cell of `key` in `spec`, just before the sync numbered `at` applies. */
function coauthorTypes(excel: ExcelDouble, spec: ReturnType<typeof buildPlan>, key: string, value: number, at: number) {
  const cell = inputCells(spec).find((c) => c.key === key)!;
  const { top, left } = parseRange(cell.address);
  let typed = false;
  excel.coauthor = (document, n) => {
    if (typed || n !== at) return;
    typed = true;
    document.sheet(cell.sheet).typeAsCoauthor(top, left, value);
  };
  return () => typed;
}

function valueOfKey(excel: ExcelDouble, spec: ReturnType<typeof buildPlan>, key: string): unknown {
  const cell = inputCells(spec).find((c) => c.key === key)!;
  return valuesOf(excel, cell.sheet, cell.address)[0][0];
}

/** The first rep leaves the team outright: every later rep's Actuals rows move up. */
const withoutFirst = (reps: Rep[]): Rep[] => reps.slice(1);

describe('a refresh whose layout is unchanged', () => {
  it('writes no input cell at all: Actuals and the Setup inputs are left to the people typing in them', async () => {
    const { excel, setup, reps } = await built();
    const spec = buildPlan(setup, reps, {}, 'en-US');
    excel.resetLog();
    await refreshPlan(options(excel));
    const written = inputCells(spec).filter((c) => excel.writtenCellsIn(c.sheet, parseRange(c.address)) > 0);
    expect(written).toEqual([]);
  });

  it('keeps what a co-author types between any two of its requests', async () => {
    const { excel, setup, reps } = await built();
    const spec = buildPlan(setup, reps, {}, 'en-US');
    const key = inputCells(spec, 'actuals')[7].key;
    excel.resetLog();
    await refreshPlan(options(excel));
    const syncs = excel.syncs.length;
    for (let at = 1; at <= syncs; at++) {
      excel.resetLog();
      const typed = coauthorTypes(excel, spec, key, 4200 + at, at);
      await refreshPlan(options(excel));
      expect({ at, typed: typed(), value: valueOfKey(excel, spec, key) }).toEqual({ at, typed: true, value: 4200 + at });
    }
  });

  it('leaves a note typed on a plan sheet', async () => {
    const { excel } = await built();
    excel.document.sheet('Dashboard').setNote(6, 3, 'Ask Ann about May');
    await refreshPlan(options(excel));
    expect(excel.document.sheet('Dashboard').noteAt(6, 3)).toBe('Ask Ann about May');
  });
});

describe('a rebuild that moves inputs (a rep removed from the top)', () => {
  it('puts a value typed between its read and its commit where its key lives now', async () => {
    const { excel, setup, reps } = await built(3);
    const before = buildPlan(setup, reps, {}, 'en-US');
    const next = withoutFirst(reps);
    // An actual of the last rep, whose row moves up, typed between two of the build's requests.
    const key = inputCells(before, 'actuals').filter((c) => c.row.startsWith(reps[2].id))[3].key;
    excel.resetLog();
    await buildPlanInWorkbook(setup, next, 'en-US', options(excel));
    const syncs = excel.syncs.length;
    let tried = 0;
    for (let at = 1; at <= syncs; at++) {
      const fresh = await built(3);
      const cell = inputCells(before).find((c) => c.key === key)!;
      const { top, left } = parseRange(cell.address);
      let count = 0;
      let typed = false;
      fresh.excel.coauthor = (document) => {
        // Only while the earlier plan is saved: after the commit that cell belongs to someone else.
        if (++count !== at || newestState(document.parts.map((p) => p.xml)).revision !== 1) return;
        document.sheet(cell.sheet).typeAsCoauthor(top, left, 555);
        typed = true;
      };
      await buildPlanInWorkbook(setup, next, 'en-US', options(fresh.excel));
      if (!typed) continue;
      tried++;
      expect({ at, value: valueOfKey(fresh.excel, buildPlan(setup, next, {}, 'en-US'), key) }).toEqual({ at, value: 555 });
    }
    expect(tried).toBeGreaterThanOrEqual(3); // before the read, between read and commit, just before the commit
  });
});

describe('logs', () => {
  it('never overwrite a row a co-author appended between the read and the commit', async () => {
    const { excel } = await built();
    await takeReviewSnapshot(46_000, options(excel));
    const review = excel.document.sheet('Review');
    const used = () => {
      let last = 0;
      for (let r = 1; r < 200; r++) if (review.cellAt(r, 1)?.value != null) last = r;
      return last;
    };
    const lastBefore = used();
    excel.resetLog();
    // The co-author's own snapshot lands just before ours commits (their row below ours-to-be).
    excel.coauthor = (document, n) => {
      if (n !== 2) return;
      // Their add-in unprotects, writes its row and protects again, between two of our requests.
      const sheet = document.sheet('Review');
      const protection = sheet.protection;
      sheet.protection = { protected: false, options: {} };
      sheet.typeAsCoauthor(lastBefore + 1, 1, 'co-author row');
      sheet.protection = protection;
    };
    await takeReviewSnapshot(46_001, options(excel));
    const column = Array.from({ length: used() }, (_, i) => review.cellAt(i + 1, 1)?.value ?? null);
    expect(column).toContain('co-author row');
    expect(column.filter((v) => v === 46_001).length).toBeGreaterThan(0);
  });
});

describe('staging sheets', () => {
  it('belong to one build: a live build’s are left alone, a long-dead one’s go, a user’s look-alike stays', async () => {
    const { excel, setup, reps } = await built();
    const live = buildSheetName(newBuildId(new Date(NOW.getTime() - 60_000)), 'actuals');
    const dead = buildSheetName(newBuildId(new Date(NOW.getTime() - 3 * 3_600_000)), 'actuals');
    for (const name of [live, dead, '~building actuals']) excel.document.addSheet(name);
    await buildPlanInWorkbook({ ...setup, target: setup.target + 1 }, reps, 'en-US', options(excel));
    const names = excel.document.sheets.map((s) => s.name);
    expect(names).toContain(live);
    expect(names).toContain('~building actuals');
    expect(names).not.toContain(dead);
  });
});

describe('a commit cut part-way', () => {
  it('leaves every typed value where the saved plan says, whichever operation of it fails', async () => {
    const { excel, setup, reps } = await built(3);
    const before = buildPlan(setup, reps, {}, 'en-US');
    const typed = inputCells(before, 'actuals')
      .filter((_, i) => i % 5 === 0)
      .map((c, i) => ({ ...c, value: 100 + i }));
    await typeAll(excel, typed);
    const next: { setup: PlanSetup; reps: Rep[] } = { setup, reps: withoutFirst(reps) };
    // Find the commit: the request that saves the plan.
    const probe = await built(3);
    await typeAll(probe.excel, typed);
    probe.excel.resetLog();
    // The commit is the request after which the new plan is saved.
    let commit = 0;
    probe.excel.coauthor = (document, n) => {
      if (commit === 0 && newestState(document.parts.map((p) => p.xml)).revision === 2) commit = n - 1;
    };
    await buildPlanInWorkbook(next.setup, next.reps, 'en-US', options(probe.excel));
    if (commit === 0) commit = probe.excel.syncs.length;
    const size = probe.excel.syncs[commit - 1].operations;
    // Cut after 1, 2, 3, 5, 8, … operations: inside the snapshot, the inputs, the logs, the saved plan and after it.
    const cuts: number[] = [];
    for (let n = 1; n < size; n = Math.ceil(n * 1.5)) cuts.push(n);
    cuts.push(size); // all applied, then the answer lost: the commit landed
    for (const applied of cuts) {
      const run = await built(3);
      await typeAll(run.excel, typed);
      run.excel.resetLog();
      run.excel.faults.syncs = [{ syncNumber: commit, kind: 'partial', applied }];
      await buildPlanInWorkbook(next.setup, next.reps, 'en-US', options(run.excel)).catch(() => undefined);
      // Whatever plan is saved now, a refresh finds every typed value by it (in place or archived).
      await refreshPlan(options(run.excel));
      const hidden = run.excel.document.sheets.filter((s) => s.visibility === 'Hidden').map((s) => s.name);
      expect({ applied, hidden }).toEqual({ applied, hidden: [] });
      const state = newestState(run.excel.document.parts.map((p) => p.xml));
      const spec = buildPlan(state.setup, state.reps, {}, 'en-US', state.quotas ? { quotas: state.quotas } : {});
      const where = new Map(inputCells(spec).map((c) => [c.key, c]));
      const archive = run.excel.document.findSheet('Archive');
      for (const t of typed) {
        const place = where.get(t.key);
        const here = place ? valuesOf(run.excel, place.sheet, place.address)[0][0] : undefined;
        const archived = archive ? JSON.stringify(valuesOf(run.excel, 'Archive', 'A1:F200')).includes(`${t.value}`) : false;
        expect({ applied, key: t.key, kept: here === t.value || archived }).toEqual({ applied, key: t.key, kept: true });
      }
    }
  });
});

describe('an edit whose place goes in the same build', () => {
  it('lands in the Archive: a removed rep’s actual typed between the read and the commit', async () => {
    const { excel, setup, reps } = await built(3);
    const before = buildPlan(setup, reps, {}, 'en-US');
    const cell = inputCells(before, 'actuals').find((c) => c.row.startsWith(reps[0].id))!;
    const { top, left } = parseRange(cell.address);
    excel.resetLog();
    excel.coauthor = (document, n) => {
      if (n === 3) document.sheet('Actuals').typeAsCoauthor(top, left, 8_888); // just before the commit
    };
    await buildPlanInWorkbook(setup, withoutFirst(reps), 'en-US', options(excel));
    const archive = JSON.stringify(valuesOf(excel, 'Archive', 'A5:F60'));
    expect(archive).toContain(`"${reps[0].id}|`);
    expect(archive).toContain('8888');
  });
});

describe('a request Excel refuses as too large', () => {
  it('is retried once with half the budget, and the refused request applied nothing', async () => {
    const { excel, setup, reps } = await built(6);
    const budget = 60_000;
    const refusedAt = 15_000;
    let refused = 0;
    const starts: number[] = [];
    // The host refuses the first request of more than 15,000 bytes before applying any of it,
    // as Excel on the web does past its limit.
    const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
      excel.run(async (context) => {
        starts.push(excel.syncs.length);
        const queue = (context as unknown as { queue: { pending: { wire: unknown[] }[] } }).queue;
        const sync = context.sync.bind(context);
        (context as { sync: () => Promise<void> }).sync = async () => {
          if (refused === 0 && JSON.stringify(queue.pending.map((op) => op.wire)).length > refusedAt) {
            refused++;
            queue.pending = [];
            throw Object.assign(new Error('The request payload size has exceeded the limit.'), { code: 'RequestPayloadSizeLimitExceeded' });
          }
          await sync();
        };
        return batch(context);
      });
    excel.resetLog();
    await buildPlanInWorkbook({ ...setup, target: setup.target * 2 }, reps, 'en-US', { run, now: () => NOW, requestBudget: budget });
    expect(refused).toBe(1);
    // The retry is the last run (a recovery run may come between) and keeps to half the budget.
    const retry = excel.syncs.slice(starts[starts.length - 1]);
    expect(retry.length).toBeGreaterThan(0);
    expect(Math.max(...retry.map((s) => s.requestBytes))).toBeLessThanOrEqual(budget / 2);
    expect(newestState(excel.document.parts.map((p) => p.xml)).setup.target).toBe(setup.target * 2);
  });
});
