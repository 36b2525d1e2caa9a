/**
 * The pane's previews on the Excel double: they decide what the operation then writes, and
 * write nothing themselves.
 */
import {
  buildPlanInWorkbook,
  previewPlanBuild,
  previewPlanReplan,
  previewSnapshot,
  replanInWorkbook,
  stateFromXml,
  STATE_NAMESPACE,
  takeReviewSnapshot,
} from '../../src/excel';
import { sampleInputs } from '../../src/workbook/sample-actuals';
import { ExcelDouble } from './double';
import { builtSample, options } from './support/workbook';

const JUN_30 = 46203;
const savedOf = (excel: ExcelDouble) => stateFromXml(excel.document.parts.find((p) => p.namespaceUri === STATE_NAMESPACE)!.xml);
const writes = (excel: ExcelDouble) => excel.cellWrites.length;

describe('previews through src/excel', () => {
  it('an empty workbook: the new plan’s split, which is what the build then saves', async () => {
    const excel = new ExcelDouble();
    const sample = sampleInputs({ reps: 4, locale: 'en-US' });
    const preview = await previewPlanBuild(sample.setup, sample.reps, 'en-US', options(excel));
    expect(preview.kind).toBe('new');
    expect(excel.document.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    if (preview.kind !== 'new') return;
    expect(preview.sumOk).toBe(true);
    expect(preview.reps.map((r) => r.id)).toEqual(sample.reps.map((r) => r.id));
    await buildPlanInWorkbook(sample.setup, sample.reps, 'en-US', options(excel));
    expect(excel.document.sheets.length).toBeGreaterThan(1);
  });

  it('over a saved plan a build is a change: before/after, and the re-plan’s split is the one written', async () => {
    const { excel, sample } = await builtSample(3);
    const before = writes(excel);
    const change = await previewPlanBuild(sample.setup, sample.reps.slice(0, 2), 'en-US', options(excel));
    expect(change.kind).toBe('change');
    if (change.kind === 'new') return;
    expect(change.reps.find((r) => r.id === sample.reps[2].id)?.status).toBe('removed');

    const request = { newTarget: sample.setup.target * 0.9, at: JUN_30, who: 'Ann', why: 'Market' };
    const replan = await previewPlanReplan(request, options(excel));
    expect(writes(excel)).toBe(before); // previews write nothing
    await replanInWorkbook(request, options(excel));
    const saved = savedOf(excel);
    for (const rep of replan.reps) expect(saved.quotas![rep.id]).toEqual(rep.after);
  });

  it('the snapshot preview knows the last snapshot’s date from Review’s last row', async () => {
    const { excel, sample } = await builtSample(3);
    await expect(previewSnapshot(options(excel))).resolves.toEqual({ reps: 3, lastSnapshot: null });
    await takeReviewSnapshot(JUN_30 + 0.4, options(excel));
    await expect(previewSnapshot(options(excel))).resolves.toEqual({ reps: sample.reps.length, lastSnapshot: JUN_30 });
  });
});
