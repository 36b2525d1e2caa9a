/** Reading a WorkbookSpec cell by cell, for the spec tests. */
import { cell } from '../../src/workbook/a1';
import { isFormula, type CellSpec, type SheetKey, type SheetSpec, type WorkbookSpec } from '../../src/workbook/spec';

export interface SpecCell {
  sheet: SheetSpec;
  address: string;
  row: number;
  column: number;
  value: CellSpec;
  role: string;
}

export function* cells(spec: WorkbookSpec): Generator<SpecCell> {
  for (const sheet of spec.sheets) {
    for (const block of sheet.blocks) {
      for (let r = 0; r < block.cells.length; r++) {
        for (let c = 0; c < block.cells[r].length; c++) {
          const row = block.at.row + r;
          const column = block.at.column + c;
          yield { sheet, address: cell(column, row), row, column, value: block.cells[r][c], role: block.role };
        }
      }
    }
  }
}

export function formulas(spec: WorkbookSpec): { sheet: string; address: string; formula: string }[] {
  const out: { sheet: string; address: string; formula: string }[] = [];
  for (const c of cells(spec)) if (isFormula(c.value)) out.push({ sheet: c.sheet.name, address: c.address, formula: c.value.formula });
  return out;
}

export function sheet(spec: WorkbookSpec, key: SheetKey): SheetSpec {
  const found = spec.sheets.find((s) => s.key === key);
  if (!found) throw new Error(`no sheet ${key}`);
  return found;
}

/** Cell map of one sheet: address → spec cell. */
export function cellMap(spec: WorkbookSpec, key: SheetKey): Map<string, SpecCell> {
  const map = new Map<string, SpecCell>();
  for (const c of cells(spec)) if (c.sheet.key === key) map.set(c.address, c);
  return map;
}
