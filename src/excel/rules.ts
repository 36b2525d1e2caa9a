/**
 * Data validation and conditional formats, from the spec to Office.js — the same rules as
 * the .xlsx export (src/xlsx/rules.ts): bounds ≥ / ≤ / between, an error alert that stops
 * bad input, and formats that only colour what a visible formula says.
 */
import { MAX_EXCEL_DATE, serialToIso } from '../core/dates';
import { rectAddress } from '../workbook/a1';
import { inlineList, MAX_NUMBER } from '../workbook/excel-limits';
import { ICON_SETS } from '../workbook/look';
import type { ConditionalFormatSpec, FormulaCell, IconSetName, ValidationSpec } from '../workbook/spec';

type Operator = 'Between' | 'GreaterThanOrEqualTo' | 'LessThanOrEqualTo';

function bounds<T>(min: number | undefined, max: number | undefined, toOperand: (n: number) => T, open: [number, number]) {
  if (min !== undefined && max !== undefined)
    return { operator: 'Between' as Operator, formula1: toOperand(min), formula2: toOperand(max) };
  if (min !== undefined) return { operator: 'GreaterThanOrEqualTo' as Operator, formula1: toOperand(min) };
  if (max !== undefined) return { operator: 'LessThanOrEqualTo' as Operator, formula1: toOperand(max) };
  return { operator: 'Between' as Operator, formula1: toOperand(open[0]), formula2: toOperand(open[1]) };
}

export function validationRule(spec: ValidationSpec): Excel.DataValidationRule {
  switch (spec.kind) {
    case 'list':
      return { list: { inCellDropDown: true, source: inlineList(spec.values, rectAddress(spec.range)) } };
    case 'date':
      // Date rules take ISO text.
      return { date: bounds(spec.min, spec.max, serialToIso, [1, MAX_EXCEL_DATE]) };
    case 'decimal':
      return { decimal: bounds(spec.min, spec.max, (n) => n, [-MAX_NUMBER, MAX_NUMBER]) };
    case 'whole':
      return { wholeNumber: bounds(spec.min, spec.max, (n) => n, [-MAX_NUMBER, MAX_NUMBER]) };
  }
}

/** Queues one validation: earlier rules on the range are cleared first (Excel requires it). */
export function addValidation(sheet: Excel.Worksheet, spec: ValidationSpec): void {
  const validation = sheet.getRange(rectAddress(spec.range)).dataValidation;
  validation.clear();
  validation.rule = validationRule(spec);
  validation.errorAlert = { message: spec.message, showAlert: true, style: 'Stop', title: '' };
}

/** Office.js spells the leading digit of the file format's icon set name: `3Arrows` → `ThreeArrows`. */
const officeIconSet = (name: IconSetName) => ICON_SETS[name].replace(/^3/, 'Three') as Excel.IconSet;

export function addConditionalFormat(sheet: Excel.Worksheet, spec: ConditionalFormatSpec): void {
  const formats = sheet.getRange(rectAddress(spec.range)).conditionalFormats;
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
      cf.iconSet.style = officeIconSet(spec.icons);
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
