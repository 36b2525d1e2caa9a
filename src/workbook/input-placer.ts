/**
 * Merge: putting the inputs read back from an earlier build where their keys live now.
 *
 * Every input block asks the placer for its cells by key; the placer remembers which of
 * the given inputs found a place. Whatever is left over (a removed rep, a month no longer
 * in the plan, a funnel stage dropped) goes to the Archive sheet as rows — never lost.
 */
import { inputKey, type CellValue, type InputValues, type SheetKey } from './spec';

export interface ArchivedInput {
  sheet: string;
  row: string;
  column: string;
  value: CellValue;
}

export class InputPlacer {
  private readonly placed = new Set<string>();

  constructor(private readonly inputs: InputValues) {}

  /** The value kept for this key, or `fallback` when the user never entered one. */
  take(sheet: SheetKey, row: string, column: string, fallback: CellValue = null): CellValue {
    const key = inputKey(sheet, row, column);
    if (!Object.prototype.hasOwnProperty.call(this.inputs, key)) return fallback;
    this.placed.add(key);
    const value = this.inputs[key];
    return value === undefined ? fallback : value;
  }

  /** Inputs that found no place, with their key parts; empty values are nothing to keep. */
  leftovers(): ArchivedInput[] {
    const rows: ArchivedInput[] = [];
    for (const [key, value] of Object.entries(this.inputs)) {
      if (this.placed.has(key) || isEmpty(value)) continue;
      rows.push({ ...splitKey(key), value });
    }
    return rows;
  }
}

function isEmpty(value: CellValue | undefined): boolean {
  return value === null || value === undefined || value === '';
}

/** `sheet!row!column` → parts; the row may itself hold `!` (a Rep ID), the others never do. */
export function splitKey(key: string): { sheet: string; row: string; column: string } {
  const first = key.indexOf('!');
  const last = key.lastIndexOf('!');
  if (first < 0) return { sheet: '', row: key, column: '' };
  if (first === last) return { sheet: key.slice(0, first), row: key.slice(first + 1), column: '' };
  return { sheet: key.slice(0, first), row: key.slice(first + 1, last), column: key.slice(last + 1) };
}
