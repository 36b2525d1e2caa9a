/**
 * Data validation and conditional formats of a sheet, from the spec to ExcelJS's models.
 */
import type { ConditionalFormattingRule, DataValidation, Worksheet } from 'exceljs';
import { MAX_EXCEL_DATE, serialToDate } from '../core/dates';
import { rectAddress } from '../workbook/a1';
import { inlineList, MAX_NUMBER } from '../workbook/excel-limits';
import { ICON_SETS } from '../workbook/look';
import type { ConditionalFormatSpec, FormulaCell, ValidationSpec } from '../workbook/spec';
import { toFileFormula } from './future-functions';
import { argb } from './styles';

function bounds(min: number | undefined, max: number | undefined, lowest: number, highest: number) {
  if (min !== undefined && max !== undefined) return { operator: 'between' as const, formulae: [min, max] };
  if (min !== undefined) return { operator: 'greaterThanOrEqual' as const, formulae: [min] };
  if (max !== undefined) return { operator: 'lessThanOrEqual' as const, formulae: [max] };
  return { operator: 'between' as const, formulae: [lowest, highest] };
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
      return { ...common, type: 'list', formulae: [`"${inlineList(spec.values, rectAddress(spec.range)).replace(/"/g, '""')}"`] };
    case 'date': {
      // ExcelJS turns date-validation bounds into serials itself, from Date objects.
      const { operator, formulae } = bounds(spec.min, spec.max, 1, MAX_EXCEL_DATE);
      return { ...common, type: 'date', operator, formulae: formulae.map(serialToDate) };
    }
    case 'decimal':
    case 'whole':
      return { ...common, type: spec.kind, ...bounds(spec.min, spec.max, -MAX_NUMBER, MAX_NUMBER) };
  }
}

/** An icon-set threshold: a number, or a formula the file stores without its '='. */
function cfvo(threshold: number | FormulaCell): { type: 'num' | 'formula'; value: number | string } {
  return typeof threshold === 'number' ? { type: 'num', value: threshold } : { type: 'formula', value: toFileFormula(threshold.formula) };
}

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
        cfvo: [{ type: 'percent', value: 0 }, cfvo(spec.thresholds[0]), cfvo(spec.thresholds[1])],
      } as ConditionalFormattingRule;
    case 'dataBar':
      return {
        type: 'dataBar',
        priority: 1,
        // A gradient bar is the Excel 2007 form; a solid one needs an x14 extension list that
        // ExcelJS's streaming writer does not write, which Excel would report as damage (the
        // empty pointer it still writes is cut by withoutEmptyExtensionRefs).
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
  for (const validation of validations) dataValidations.add(rectAddress(validation.range), toDataValidation(validation));
  for (const format of formats) sheet.addConditionalFormatting({ ref: rectAddress(format.range), rules: [toConditionalRule(format)] });
  if (formats.some((format) => format.kind === 'dataBar')) withoutEmptyExtensionRefs(sheet);
}

/**
 * ExcelJS ends every data-bar rule with `<extLst><ext uri="{B025F937-…}"><x14:id/></ext></extLst>`,
 * a pointer to an Excel 2010 (x14) data-bar extension that only its in-memory writer goes on
 * to write. From the streaming writer the pointer is empty and points nowhere, a known cause
 * of Excel's repair prompt (exceljs/exceljs#3015). The plan's bars are the Excel 2007 kind,
 * which needs no extension, so the pointer is cut from the sheet's XML as it is written.
 */
const EMPTY_EXTENSION_REF = /<extLst><ext uri="\{B025F937-C7B1-47D3-B67F-A62EFF666E3E\}"[^>]*><x14:id\/><\/ext><\/extLst>/g;

/** The streaming sheet's XML stream, which ExcelJS's typings leave out. */
interface WithXmlStream {
  stream: { write(chunk: unknown, ...rest: unknown[]): unknown };
}

/**
 * Filters what `sheet` writes from now on (the conditional formats are written as one string
 * at the sheet's commit). Cell text cannot match: ExcelJS escapes `<` in values.
 */
function withoutEmptyExtensionRefs(sheet: Worksheet): void {
  const { stream } = sheet as unknown as WithXmlStream;
  const write = stream.write.bind(stream);
  stream.write = (chunk, ...rest) => write(typeof chunk === 'string' ? chunk.replace(EMPTY_EXTENSION_REF, '') : chunk, ...rest);
}
