/**
 * Data validation and conditional formats of a sheet, from the spec to ExcelJS's models.
 */
import type { ConditionalFormattingRule, DataValidation, Worksheet } from 'exceljs';
import type { ConditionalFormatSpec, FormulaCell, ValidationSpec } from '../workbook/spec';
import { toFileFormula } from './future-functions';

/** Excel's largest number and last date: the open ends of a one-sided or unbounded check. */
const EXCEL_MAX_NUMBER = 9.99999999999999e307;
const LAST_SERIAL_DATE = 2958465; // 9999-12-31
/** An inline list (`"a,b,c"`) may hold at most 255 characters. */
const MAX_INLINE_LIST = 255;

/** ExcelJS turns date-validation bounds into serials itself, from Date objects. */
function dateOfSerial(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86_400_000));
}

function bounds(min: number | undefined, max: number | undefined, lowest: number, highest: number) {
  if (min !== undefined && max !== undefined) return { operator: 'between' as const, formulae: [min, max] };
  if (min !== undefined) return { operator: 'greaterThanOrEqual' as const, formulae: [min] };
  if (max !== undefined) return { operator: 'lessThanOrEqual' as const, formulae: [max] };
  return { operator: 'between' as const, formulae: [lowest, highest] };
}

function inlineList(values: string[], range: string): string {
  const list = values.join(',');
  if (values.some((value) => value.includes(',')) || list.length > MAX_INLINE_LIST) {
    throw new Error(`List validation on ${range}: values must have no commas and fit in ${MAX_INLINE_LIST} characters`);
  }
  return `"${list.replace(/"/g, '""')}"`;
}

export function toDataValidation(spec: ValidationSpec): DataValidation {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop',
    error: spec.message,
  } as const;
  switch (spec.kind) {
    case 'list':
      return { ...common, type: 'list', formulae: [inlineList(spec.values, spec.range)] };
    case 'date': {
      const { operator, formulae } = bounds(spec.min, spec.max, 1, LAST_SERIAL_DATE);
      return { ...common, type: 'date', operator, formulae: formulae.map(dateOfSerial) };
    }
    case 'decimal':
    case 'whole':
      return { ...common, type: spec.kind, ...bounds(spec.min, spec.max, -EXCEL_MAX_NUMBER, EXCEL_MAX_NUMBER) };
  }
}

/** `#RRGGBB` → ExcelJS's opaque ARGB. */
export function argb(hex: string): string {
  const match = /^#?([0-9a-fA-F]{6})$/.exec(hex);
  if (!match) throw new Error(`Not a colour: "${hex}" (expected #RRGGBB)`);
  return `FF${match[1].toUpperCase()}`;
}

/** An icon-set threshold: a number, or a formula the file stores without its '='. */
function cfvo(threshold: number | FormulaCell): { type: 'num' | 'formula'; value: number | string } {
  return typeof threshold === 'number'
    ? { type: 'num', value: threshold }
    : { type: 'formula', value: toFileFormula(threshold.formula) };
}

const ICON_SETS = { '3TrafficLights': '3TrafficLights1', '3Arrows': '3Arrows', '3Symbols': '3Symbols' } as const;

export function toConditionalRule(spec: ConditionalFormatSpec): ConditionalFormattingRule {
  switch (spec.kind) {
    case 'expression':
      return {
        type: 'expression',
        priority: 1, // renumbered by ExcelJS in order of addition
        formulae: [toFileFormula(spec.formula)],
        style: {
          // Differential (conditional) fills take their colour from bgColor.
          fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(spec.fill) } },
          ...(spec.fontColor ? { font: { color: { argb: argb(spec.fontColor) } } } : {}),
        },
      };
    case 'iconSet':
      return {
        type: 'iconSet',
        priority: 1,
        iconSet: ICON_SETS[spec.icons],
        showValue: true,
        cfvo: [
          { type: 'percent', value: 0 },
          cfvo(spec.thresholds[0]),
          cfvo(spec.thresholds[1]),
        ],
      } as ConditionalFormattingRule;
    case 'dataBar':
      return {
        type: 'dataBar',
        priority: 1,
        // A gradient bar is the Excel 2007 form; a solid one needs an x14 extension list that
        // ExcelJS's streaming writer does not write, which Excel would report as damage.
        gradient: true,
        cfvo: [
          spec.min === undefined ? { type: 'min' } : { type: 'num', value: spec.min },
          spec.max === undefined ? { type: 'max' } : { type: 'num', value: spec.max },
        ],
        color: { argb: argb(spec.color) },
      } as unknown as ConditionalFormattingRule;
  }
}

/** `worksheet.dataValidations` is documented by ExcelJS but missing from its type definitions. */
interface WithRangeValidations {
  dataValidations: { add(range: string, validation: DataValidation): void };
}

export function addRules(sheet: Worksheet, validations: ValidationSpec[], formats: ConditionalFormatSpec[]): void {
  const { dataValidations } = sheet as unknown as WithRangeValidations;
  for (const validation of validations) dataValidations.add(validation.range, toDataValidation(validation));
  for (const format of formats) sheet.addConditionalFormatting({ ref: format.range, rules: [toConditionalRule(format)] });
}
