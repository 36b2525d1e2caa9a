/**
 * Data validation and conditional formats, from the spec to Office.js — the same rules as
 * the .xlsx export (src/xlsx/rules.ts): bounds ≥ / ≤ / between, an error alert that stops
 * bad input, and formats that only colour what a visible formula says.
 */
import type { ConditionalFormatSpec, FormulaCell, ValidationSpec } from '../workbook/spec';

/** Excel's largest number: the open ends of an unbounded numeric check. */
const EXCEL_MAX_NUMBER = 9.99999999999999e307;

type Operator = 'Between' | 'GreaterThanOrEqualTo' | 'LessThanOrEqualTo';

function bounds<T>(min: number | undefined, max: number | undefined, toOperand: (n: number) => T, open: [number, number]) {
  if (min !== undefined && max !== undefined) return { operator: 'Between' as Operator, formula1: toOperand(min), formula2: toOperand(max) };
  if (min !== undefined) return { operator: 'GreaterThanOrEqualTo' as Operator, formula1: toOperand(min) };
  if (max !== undefined) return { operator: 'LessThanOrEqualTo' as Operator, formula1: toOperand(max) };
  return { operator: 'Between' as Operator, formula1: toOperand(open[0]), formula2: toOperand(open[1]) };
}

/** Serial date → `yyyy-mm-dd`, the ISO form date rules take. */
export function isoDate(serial: number): string {
  return new Date(Math.round((serial - 25569) * 86_400_000)).toISOString().slice(0, 10);
}

export function validationRule(spec: ValidationSpec): Excel.DataValidationRule {
  switch (spec.kind) {
    case 'list':
      if (spec.values.some((v) => v.includes(','))) throw new Error(`List validation on ${spec.range}: values must have no commas`);
      return { list: { inCellDropDown: true, source: spec.values.join(',') } };
    case 'date':
      return { date: bounds(spec.min, spec.max, isoDate, [1, 2958465]) };
    case 'decimal':
      return { decimal: bounds(spec.min, spec.max, (n) => n, [-EXCEL_MAX_NUMBER, EXCEL_MAX_NUMBER]) };
    case 'whole':
      return { wholeNumber: bounds(spec.min, spec.max, (n) => n, [-EXCEL_MAX_NUMBER, EXCEL_MAX_NUMBER]) };
  }
}

/** Queues one validation: earlier rules on the range are cleared first (Excel requires it). */
export function addValidation(sheet: Excel.Worksheet, spec: ValidationSpec): void {
  const validation = sheet.getRange(spec.range).dataValidation;
  validation.clear();
  validation.rule = validationRule(spec);
  validation.errorAlert = { message: spec.message, showAlert: true, style: 'Stop', title: '' };
}

const ICON_SETS = { '3TrafficLights': 'ThreeTrafficLights1', '3Arrows': 'ThreeArrows', '3Symbols': 'ThreeSymbols' } as const;

export function addConditionalFormat(sheet: Excel.Worksheet, spec: ConditionalFormatSpec): void {
  const formats = sheet.getRange(spec.range).conditionalFormats;
  switch (spec.kind) {
    case 'expression': {
      const cf = formats.add('Custom');
      cf.custom.rule.formula = spec.formula;
      cf.custom.format.fill.color = spec.fill;
      if (spec.fontColor) cf.custom.format.font.color = spec.fontColor;
      return;
    }
    case 'iconSet': {
      const cf = formats.add('IconSet');
      cf.iconSet.style = ICON_SETS[spec.icons];
      // The first criterion is the bottom band and takes no threshold.
      cf.iconSet.criteria = [{} as Excel.ConditionalIconCriterion, iconCriterion(spec.thresholds[0]), iconCriterion(spec.thresholds[1])];
      return;
    }
    case 'dataBar': {
      const cf = formats.add('DataBar');
      cf.dataBar.lowerBoundRule = spec.min === undefined ? { type: 'LowestValue' } : { type: 'Number', formula: `=${spec.min}` };
      cf.dataBar.upperBoundRule = spec.max === undefined ? { type: 'HighestValue' } : { type: 'Number', formula: `=${spec.max}` };
      cf.dataBar.positiveFormat.fillColor = spec.color;
      cf.dataBar.positiveFormat.gradientFill = true;
      return;
    }
  }
}

/** A number threshold, or a formula one (e.g. on Setup names) that Excel recalculates. */
function iconCriterion(threshold: number | FormulaCell): Excel.ConditionalIconCriterion {
  return typeof threshold === 'number'
    ? { type: 'Number', operator: 'GreaterThanOrEqual', formula: `=${threshold}` }
    : { type: 'Formula', operator: 'GreaterThanOrEqual', formula: threshold.formula };
}
