/**
 * **Recovery after a failed build**, in a fresh `Excel.run` (the failed batch's context may
 * still hold queued operations of a commit: they must never be sent half). Whether the commit
 * landed is read from the workbook — the saved plan carries this build's id — not guessed
 * from the error (a request can be applied and its answer lost):
 *
 * - **Landed**: what co-authors typed into rewritten input cells before it is put back from
 *   the check copy (guard.ts), as a successful build would have.
 * - **Not landed, copy sealed**: the commit was cut part-way. Each rewritten sheet gets back
 *   what it held: the new layout's cells cleared, the earlier build's blocks written again and
 *   the input cells copied back from the check copy; sheets renamed by the cut commit get
 *   their names back. The plan saved before describes every input cell again.
 * - Either way this build's staging and check sheets go, and every protected plan sheet is
 *   protected again.
 */
import { rectAddress } from '../workbook/a1';
import type { SheetKey, SheetSpec, WorkbookSpec } from '../workbook/spec';
import { archiveEdits } from './appends';
import { writeBlock } from './blocks';
import { checkSheetName, editsOn, putBack, SEAL, SEAL_CELL, type StartReading } from './guard';
import { blockRect, inputBlocks } from './input-moves';
import { OFFICE_PROTECTION } from './render';
import { RoundTrips } from './round-trips';
import { buildSheetName } from './staging';
import { stateFromXml, STATE_NAMESPACE } from './state';

export interface FailedBuild {
  spec: WorkbookSpec;
  previous: WorkbookSpec | null;
  inputs: StartReading;
  buildId: string;
  /** The date stamped on what recovery archives (a serial). */
  archivedOn: number;
  only?: SheetKey[];
}

const SMALL = 512;

/** Resolves with whether the build's commit had landed (so the workbook holds the new plan). */
export async function recoverBuild(context: Excel.RequestContext, build: FailedBuild): Promise<{ landed: boolean }> {
  const trips = new RoundTrips(context);
  const worksheets = context.workbook.worksheets;
  const sheets = worksheets.load('items/name');
  const parts = context.workbook.customXmlParts.getByNamespace(STATE_NAMESPACE).load('items/id');
  await trips.sync();
  const xmls = parts.items.map((part) => part.getXml());
  const names = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s.name]));
  const has = (name: string) => names.has(name.toLowerCase());
  const checks = (build.previous?.sheets ?? [])
    .filter((s) => has(checkSheetName(build.buildId, s.key)))
    .map((sheet) => {
      const name = checkSheetName(build.buildId, sheet.key);
      return { sheet, name, seal: worksheets.getItem(name).getRange(SEAL_CELL).load('values') };
    });
  await trips.sync();
  const landed = xmls.some((xml) => {
    try {
      return stateFromXml(xml.value).buildId === build.buildId;
    } catch {
      return false;
    }
  });
  const sealed = checks.filter((c) => c.seal.values[0][0] === SEAL);
  const nameIn = (spec: WorkbookSpec | null, key: SheetKey) => spec?.sheets.find((s) => s.key === key)?.name;

  if (!landed) {
    // Names back first, so that the earlier build's names find its sheets.
    for (const sheet of build.spec.sheets) {
      const old = nameIn(build.previous, sheet.key);
      if (old && old !== sheet.name && has(sheet.name) && !has(old)) {
        await trips.queue(SMALL, () => (worksheets.getItem(sheet.name).name = old));
        names.delete(sheet.name.toLowerCase());
        names.set(old.toLowerCase(), old);
      }
    }
  }
  // Each plan sheet by the name it has now (absent ones are left alone).
  const present = new Map<SheetKey, Excel.Worksheet>();
  for (const sheet of build.spec.sheets) {
    const candidates = [nameIn(build.spec, sheet.key), nameIn(build.previous, sheet.key)];
    const name = candidates.find((n) => n !== undefined && has(n));
    if (name) present.set(sheet.key, worksheets.getItem(names.get(name.toLowerCase())!));
  }
  const current = (key: SheetKey) => present.get(key)!;
  const protectedOnes = build.spec.sheets.filter((s) => s.protected && present.has(s.key) && (!build.only || build.only.includes(s.key)));
  const protection = protectedOnes.map((s) => current(s.key).protection.load('protected'));
  await trips.sync();
  for (const p of protection) if (p.protected) p.unprotect();

  if (landed && sealed.length > 0) {
    const edits = await editsOn(trips, sealed, build.inputs);
    const homeless = edits.size > 0 ? await putBack(trips, build.spec, edits, current) : new Map();
    if (homeless.size > 0 && present.has('archive')) {
      const used = current('archive').getUsedRangeOrNullObject(true).load('rowIndex,rowCount');
      await trips.sync();
      const lastRow = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
      await archiveEdits(trips, homeless, build.archivedOn, lastRow, () => current('archive'));
    }
  } else if (!landed) {
    for (const { sheet, name } of sealed) {
      if (present.has(sheet.key))
        await restore(
          trips,
          sheet,
          build.spec.sheets.find((s) => s.key === sheet.key),
          current(sheet.key),
          name,
        );
    }
  }

  for (const name of sheets.items.map((s) => s.name).filter((n) => n.startsWith(buildSheetName(build.buildId, '')))) {
    await trips.queue(SMALL, () => worksheets.getItem(name).delete());
  }
  for (const sheet of protectedOnes) await trips.queue(SMALL, () => current(sheet.key).protection.protect(OFFICE_PROTECTION));
  await trips.flush();
  return { landed };
}

/** The sheet as the earlier build left it: the new layout's cells cleared, its blocks again, the inputs from the copy. */
async function restore(trips: RoundTrips, previous: SheetSpec, next: SheetSpec | undefined, ws: Excel.Worksheet, checkName: string) {
  const target = () => ws;
  for (const block of next?.blocks ?? []) {
    if (block.cells.length === 0 || block.cells[0].length === 0) continue;
    await trips.queue(SMALL, () => {
      const range = ws.getRange(rectAddress(blockRect(block)));
      range.clear('Contents');
      range.clear('Formats');
    });
  }
  for (const block of previous.blocks) {
    if (block.cells.length === 0 || block.cells[0].length === 0) continue;
    await writeBlock(trips, target, block, block.at.row, block.inputKeys ? { values: false } : {});
  }
  for (const block of inputBlocks(previous)) {
    const address = rectAddress(blockRect(block));
    await trips.queue(SMALL, () =>
      ws.getRange(address).copyFrom(trips.context.workbook.worksheets.getItem(checkName).getRange(address), 'Formulas'),
    );
  }
}
