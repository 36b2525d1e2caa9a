/**
 * The Excel double's fault model, co-author and write log — what the co-authoring and
 * partial-failure tests rely on, pinned to Office.js's documented behaviour:
 * - a failed request applies nothing (lost), everything (its answer lost: nothing loaded can
 *   be read) or its first operations (failed part-way: Excel does not roll back);
 * - `Excel.run` does not send what is still queued when the batch throws (the real client
 *   skips its final sync), and a context whose sync failed can sync again (the client starts
 *   a new request for each sync);
 * - `Excel.run({ delayForCellEdit: true }, batch)` ("Delay execution while cell is being edited").
 */
import { ExcelDouble, type OfficeErrorDouble } from './double';

const sheet1 = (excel: ExcelDouble) => excel.document.sheet('Sheet1');

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as OfficeErrorDouble).code;
  }
  return 'no error';
}

/** One request that writes A1, A2, A3 and loads B1 (which holds 'b'). */
async function threeWritesAndALoad(excel: ExcelDouble) {
  sheet1(excel).ensure(1, 2).value = 'b';
  let loaded: Excel.Range | undefined;
  const code = await codeOf(
    excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1').values = [[1]];
      ws.getRange('A2').values = [[2]];
      ws.getRange('A3').values = [[3]];
      loaded = ws.getRange('B1').load('values');
      await context.sync();
    }),
  );
  const column = [1, 2, 3].map((row) => sheet1(excel).cellAt(row, 1)?.value ?? null);
  let read: unknown;
  try {
    read = loaded!.values;
  } catch (error) {
    read = (error as OfficeErrorDouble).code;
  }
  return { code, column, read };
}

describe('Excel double: faults', () => {
  it('a lost request applies nothing (failSyncNumber is its shorthand)', async () => {
    for (const arrange of [
      (excel: ExcelDouble) => (excel.faults.failSyncNumber = 1),
      (excel: ExcelDouble) => excel.faults.syncs!.push({ syncNumber: 1, kind: 'lost' }),
    ]) {
      const excel = new ExcelDouble();
      arrange(excel);
      expect(await threeWritesAndALoad(excel)).toEqual({ code: 'GeneralException', column: [null, null, null], read: 'PropertyNotLoaded' });
      expect(excel.syncs[0]).toMatchObject({ error: 'GeneralException', fault: 'lost' });
    }
  });

  it('a request whose answer is lost is applied whole, and what it loaded stays unloaded', async () => {
    const excel = new ExcelDouble();
    excel.faults.syncs!.push({ syncNumber: 1, kind: 'answerLost' });
    expect(await threeWritesAndALoad(excel)).toEqual({ code: 'GeneralException', column: [1, 2, 3], read: 'PropertyNotLoaded' });
  });

  it('a request that fails part-way keeps its first operations applied and answered', async () => {
    const excel = new ExcelDouble();
    excel.faults.syncs!.push({ syncNumber: 1, kind: 'partial', applied: 2 });
    expect(await threeWritesAndALoad(excel)).toEqual({ code: 'GeneralException', column: [1, 2, null], read: 'PropertyNotLoaded' });

    const all = new ExcelDouble();
    all.faults.syncs!.push({ syncNumber: 1, kind: 'partial', applied: 99 }); // every operation ran, then it failed
    expect(await threeWritesAndALoad(all)).toEqual({ code: 'GeneralException', column: [1, 2, 3], read: [['b']] });
  });

  it('an operation that fails keeps what ran before it, and the loads before it are answered', async () => {
    const excel = new ExcelDouble();
    sheet1(excel).ensure(1, 2).value = 'b';
    let before: Excel.Range | undefined;
    const code = await codeOf(
      excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('Sheet1');
        before = ws.getRange('B1').load('values');
        ws.getRange('A1').values = [[1]];
        ws.getRange('A2:A3').values = [[1]]; // the wrong shape: InvalidArgument
        ws.getRange('A4').values = [[4]];
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
    expect([1, 4].map((row) => sheet1(excel).cellAt(row, 1)?.value ?? null)).toEqual([1, null]);
    expect(before!.values).toEqual([['b']]);
  });

  it('each fault fires once, on the sync with its number over all runs', async () => {
    const excel = new ExcelDouble();
    excel.faults.syncs!.push({ syncNumber: 2, kind: 'lost' });
    const write = (value: number) =>
      codeOf(
        excel.run(async (context) => {
          context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[value]];
          await context.sync();
        }),
      );
    expect([await write(1), await write(2), await write(3)]).toEqual(['no error', 'GeneralException', 'no error']);
    expect(sheet1(excel).cellAt(1, 1)?.value).toBe(3);
    expect(excel.faults.syncs).toEqual([]);
  });
});

describe('Excel double: Excel.run', () => {
  it('does not send what is still queued when the batch throws', async () => {
    const excel = new ExcelDouble();
    const error = await excel
      .run(async (context) => {
        context.workbook.worksheets.add('Plan');
        throw new Error('the add-in gave up');
      })
      .catch((e: Error) => e.message);
    expect(error).toBe('the add-in gave up');
    expect(excel.syncs).toHaveLength(0);
    expect(excel.document.findSheet('Plan')).toBeUndefined();
  });

  it('does not send what was queued after a sync that failed, unless the batch syncs again', async () => {
    const excel = new ExcelDouble();
    excel.faults.failSyncNumber = 1;
    const code = await codeOf(
      excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('Sheet1');
        ws.getRange('A1').values = [[1]];
        const first = context.sync();
        ws.getRange('A2').values = [[2]]; // queued into the next request
        await first;
      }),
    );
    expect(code).toBe('GeneralException');
    expect(excel.syncs).toHaveLength(1);
    expect(sheet1(excel).cellAt(2, 1)).toBeUndefined();
  });

  it('a context whose sync failed can sync again: the failed request is gone, a new one starts', async () => {
    const excel = new ExcelDouble();
    excel.faults.failSyncNumber = 1;
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1').values = [[1]];
      await expect(context.sync()).rejects.toMatchObject({ code: 'GeneralException' });
      ws.getRange('A2').values = [[2]];
      await context.sync();
    });
    expect([sheet1(excel).cellAt(1, 1)?.value ?? null, sheet1(excel).cellAt(2, 1)?.value]).toEqual([null, 2]);
    expect(excel.syncs.map((s) => s.operations)).toEqual([1, 1]);
  });

  it('takes run(options, batch); while the user edits a cell only delayForCellEdit runs', async () => {
    const excel = new ExcelDouble();
    excel.cellEditMode = true;
    const write = (options?: Excel.RunOptions) => {
      const batch = async (context: Excel.RequestContext) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
        await context.sync();
      };
      return codeOf(options ? excel.run(options, batch) : excel.run(batch));
    };
    expect(await write()).toBe('InvalidOperationInCellEditMode');
    expect(await write({ delayForCellEdit: false })).toBe('InvalidOperationInCellEditMode');
    expect(await write({ delayForCellEdit: true })).toBe('no error');
    expect(sheet1(excel).cellAt(1, 1)?.value).toBe(1);
  });
});

describe('Excel double: a co-author between requests', () => {
  it('types before the sync with the given number applies; unlocked cells of a protected sheet only', async () => {
    const excel = new ExcelDouble();
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRange('B1').format.protection.locked = false;
      ws.protection.protect();
      await context.sync();
    });
    const seen: unknown[] = [];
    excel.coauthor = (document, syncNumber) => {
      if (syncNumber !== 3) return;
      const sheet = document.sheet('Sheet1');
      sheet.typeAsCoauthor(1, 2, 42);
      expect(() => sheet.typeAsCoauthor(1, 1, 7)).toThrow(expect.objectContaining({ code: 'AccessDenied' }));
      document.addSheet('Bo’s sheet');
    };
    await excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem('Sheet1').getRange('B1').load('values');
      await context.sync(); // sync 2: before the co-author
      seen.push(cell.values[0][0]);
      cell.load('values');
      await context.sync(); // sync 3: the co-author typed just before it
      seen.push(cell.values[0][0]);
    });
    expect(seen).toEqual(['', 42]);
    expect(sheet1(excel).cellAt(1, 1)?.value ?? null).toBeNull();
    expect(excel.document.findSheet('Bo’s sheet')).toBeDefined();
    expect(excel.cellWrites('Sheet1')).toEqual([]); // a co-author's typing is not the add-in's write
  });
});

describe('Excel double: the write log', () => {
  it('records rectangles per sync by kind, follows a renamed sheet, and counts written cells in a rectangle', async () => {
    const excel = new ExcelDouble();
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1:C3').values = [
        [1, 2, 3],
        [4, 5, 6],
        [7, 8, 9],
      ];
      await context.sync();
      ws.getRange('B2:D4').formulas = [
        ['=1', '=2', '=3'],
        ['=4', '=5', '=6'],
        ['=7', '=8', '=9'],
      ];
      ws.getRange('A1:A9').format.fill.color = '#FF0000';
      ws.getRange('E1:E2').clear('Contents');
      ws.name = 'Renamed';
      await context.sync();
    });
    expect(excel.cellWrites('Renamed').map((w) => [w.sync, w.rect])).toEqual([
      [1, { top: 1, left: 1, bottom: 3, right: 3 }],
      [2, { top: 2, left: 2, bottom: 4, right: 4 }],
    ]);
    expect(excel.cellWrites('Renamed', ['formats', 'clear']).map((w) => [w.kind, w.detail ?? null])).toEqual([
      ['formats', null],
      ['clear', 'Contents'],
    ]);
    // The union of A1:C3 and B2:D4 is 9 + 9 − 4 cells; inside B2:B9 three of them.
    expect(excel.writtenCellsIn('Renamed', { top: 1, left: 1, bottom: 1_048_576, right: 16_384 })).toBe(14);
    expect(excel.writtenCellsIn('Renamed', { top: 2, left: 2, bottom: 9, right: 2 })).toBe(3);
    expect(excel.writtenCellsIn('Renamed', { top: 5, left: 1, bottom: 9, right: 4 })).toBe(0);
    excel.resetLog();
    expect(excel.cellWrites('Renamed')).toEqual([]);
  });
});
