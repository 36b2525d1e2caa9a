/**
 * Merge: putting the inputs read back from an earlier build where their keys live now.
 *
 * Every input block asks the placer for its cells by key; the placer remembers which of
 * the given inputs found a place. Whatever is left over (a removed rep, a month no longer
 * in the plan, a funnel stage dropped) goes to the Archive sheet as rows — never lost.
 *
 * A formula a user typed into an input cell (`=E5*2`, `=1200*1.1`) comes back as its text in
 * `InputFormulas` beside the value it showed in `InputValues`: it is written back as that
 * formula (with the value as its cached result), and archived with both.
 */
import { inputKey, type CellSpec, type CellValue, type InputValues, type SheetKey } from './spec';

/**
 * Formulas typed into input cells, keyed like {@link InputValues} (`sheet!row!column`), each
 * Excel's en-US text with its leading `=` (what Office.js `range.formulas` reads). A key here
 * may have no value in `InputValues` (a formula showing an empty text, or not yet calculated).
 */
export type InputFormulas = Record<string, string>;

export interface ArchivedInput {
  sheet: string;
  row: string;
  column: string;
  /** What the cell showed (a formula's result). */
  value: CellValue;
  /** The formula the cell held, if it held one (kept as text: its references no longer point where they did). */
  formula?: string;
}

const has = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);

export class InputPlacer {
  private readonly placed = new Set<string>();

  constructor(
    private readonly inputs: InputValues,
    private readonly formulas: InputFormulas = {},
  ) {}

  /**
   * What goes into this key's cell: the value kept, the formula kept (as a formula cell whose
   * cached result is the value it showed), or `fallback` when the user never entered one.
   */
  take(sheet: SheetKey, row: string, column: string, fallback: CellValue = null): CellSpec {
    const key = inputKey(sheet, row, column);
    const value = has(this.inputs, key) ? this.inputs[key] : undefined;
    if (has(this.formulas, key)) {
      this.placed.add(key);
      const formula = this.formulas[key];
      return value === null || value === undefined ? { formula } : { formula, value };
    }
    if (!has(this.inputs, key)) return fallback;
    this.placed.add(key);
    return value === undefined ? fallback : value;
  }

  /** Inputs that found no place, with their key parts; empty values (and no formula) are nothing to keep. */
  leftovers(): ArchivedInput[] {
    const rows: ArchivedInput[] = [];
    for (const [key, value] of Object.entries(this.inputs)) {
      if (this.placed.has(key) || isEmpty(value)) continue;
      const formula = this.formulas[key];
      rows.push({ ...splitKey(key), value, ...(has(this.formulas, key) ? { formula } : {}) });
    }
    for (const [key, formula] of Object.entries(this.formulas)) {
      if (this.placed.has(key) || !isEmpty(this.inputs[key])) continue; // placed, or archived above with its value
      rows.push({ ...splitKey(key), value: null, formula });
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
