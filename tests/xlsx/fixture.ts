/**
 * A small WorkbookSpec built by hand, independent of buildPlan, that uses every feature the
 * renderer supports. Numbers are chosen so the expected results are easy to compute elsewhere.
 */
import type { WorkbookSpec } from '../../src/workbook/spec';
import { parseCell, parseRange } from '../../src/workbook/a1';

/** The actuals sheet has a Chinese name: names and cross-sheet formulas must survive quoting. */
export const ACTUALS = '业绩录入';

/** Rep text that must stay text (formula injection and sign-led strings). */
export const HOSTILE_TEXT = ['=HYPERLINK("http://x","y")', '+1', "=cmd|' /C calc'!A0", '-2', '@SUM(1)'];

/** The reps' monthly amounts in the input block, in row order. */
export const AMOUNTS = [120, 340, 90, 340, 210];
/** Period numbers beside them (the x of the trend). */
export const PERIODS = [1, 2, 3, 4, 5];

export const TARGET = 1_200_000;
export const AS_OF = 46203; // 2026-06-30

/** Page margins in inches, none of them a default. */
export const MARGINS = { left: 0.3, right: 0.4, top: 0.5, bottom: 0.6, header: 0.2, footer: 0.1 };

export function fixtureSpec(): WorkbookSpec {
  return {
    locale: 'en-US',
    names: [
      { name: 'Target', ref: "'Setup'!$B$4", comment: 'Team target' },
      { name: 'AsOf', ref: "'Setup'!$B$5" },
      { name: 'Amounts', ref: `'${ACTUALS}'!$D$2:$D$6` },
    ],
    sheets: [
      {
        key: 'setup',
        name: 'Setup',
        protected: true,
        tabColor: '#2F75B5',
        columns: [
          { column: 1, width: 24 },
          { column: 2, width: 14 },
        ],
        blocks: [
          { at: parseCell('A1'), role: 'title', cells: [['Plan setup']] },
          { at: parseCell('A2'), role: 'note', cells: [['Yellow cells are yours to edit.']] },
          { at: parseCell('A4'), role: 'label', cells: [['Target'], ['As of'], ['Growth'], ['Twice the target']] },
          {
            at: parseCell('B4'),
            role: 'input',
            cells: [[TARGET]],
            numberFormat: '#,##0',
            inputKeys: { rows: ['target'], columns: ['value'] },
          },
          {
            at: parseCell('B5'),
            role: 'input',
            cells: [[AS_OF]],
            numberFormat: 'yyyy-mm-dd',
            inputKeys: { rows: ['asOf'], columns: ['value'] },
          },
          { at: parseCell('B6'), role: 'input', cells: [[0.1]], numberFormat: '0%', inputKeys: { rows: ['growth'], columns: ['value'] } },
          { at: parseCell('B7'), role: 'formula', cells: [[{ formula: '=Target*2' }]], numberFormat: '#,##0' },
        ],
        validations: [
          { range: parseRange('B4'), kind: 'decimal', min: 0, message: 'Target: a number ≥ 0' },
          { range: parseRange('B5'), kind: 'date', min: 46023, max: 46387, message: 'As of: a date in 2026' },
          { range: parseRange('B6'), kind: 'whole', max: 5, message: 'Growth: at most 5' },
        ],
        conditionalFormats: [],
      },
      {
        key: 'actuals',
        name: ACTUALS,
        protected: true,
        freeze: { rows: 1, columns: 1 },
        rowHeights: [{ row: 1, height: 30 }],
        print: { orientation: 'portrait', scale: 75, margins: MARGINS, repeatRows: 1, repeatColumns: 2, pageOrder: 'overThenDown' },
        columns: [
          { column: 1, width: 10 },
          { column: 2, width: 30 },
          { column: 3, width: 8, hidden: true },
          { column: 4, through: 5, width: 12 },
        ],
        blocks: [
          { at: parseCell('A1'), role: 'header', cells: [['Rep ID', 'Name', 'Period', 'Signed', 'Visits', 'Active']] },
          {
            at: parseCell('A2'),
            role: 'value',
            cells: HOSTILE_TEXT.map((name, index) => [`R00${index + 1}`, name, PERIODS[index]]),
          },
          {
            at: parseCell('D2'),
            role: 'input',
            // One blank input (E4): it must still be written styled and unlocked.
            cells: AMOUNTS.map((amount, index) => [amount, index === 2 ? null : index + 1, 'Yes']),
            numberFormat: ['#,##0', '0', '@'],
            inputKeys: { rows: ['R001', 'R002', 'R003', 'R004', 'R005'], columns: ['signed', 'visits', 'active'] },
          },
        ],
        validations: [
          { range: parseRange('D2:D6'), kind: 'decimal', min: 0, message: 'Signed: an amount ≥ 0' },
          { range: parseRange('E2:E6'), kind: 'whole', min: 0, max: 1000, message: 'Visits: 0 to 1000' },
          { range: parseRange('F2:F6'), kind: 'list', values: ['Yes', 'No'], message: 'Active: Yes or No' },
        ],
        conditionalFormats: [],
      },
      {
        key: 'dashboard',
        name: 'Dashboard',
        protected: true,
        freeze: { rows: 1, columns: 0 },
        print: { orientation: 'landscape', scale: 90, margins: MARGINS, repeatRows: 1, pageOrder: 'downThenOver' },
        columns: [{ column: 4, width: 18 }],
        blocks: [
          { at: parseCell('A1'), role: 'header', cells: [['Period', 'Signed', 'Rank', 'Statistic', 'Value']] },
          { at: parseCell('A2'), role: 'formula', cells: PERIODS.map((_, i) => [{ formula: `='${ACTUALS}'!C${i + 2}` }]) },
          {
            at: parseCell('B2'),
            role: 'formula',
            numberFormat: ['#,##0', '0'],
            cells: PERIODS.map((_, i) => [{ formula: `='${ACTUALS}'!D${i + 2}` }, { formula: `=RANK.EQ(B${i + 2},$B$2:$B$6)` }]),
          },
          {
            at: parseCell('D2'),
            role: 'label',
            cells: [['forecast'], ['stdev.p'], ['stdev.s'], ['quartile'], ['ifna'], ['concat'], ['maxifs'], ['named']],
          },
          {
            at: parseCell('E2'),
            role: 'formula',
            numberFormat: '0.00',
            cells: [
              [{ formula: '=FORECAST.LINEAR(6,$B$2:$B$6,$A$2:$A$6)' }],
              [{ formula: '=STDEV.P($B$2:$B$6)' }],
              [{ formula: '=STDEV.S(Amounts)' }],
              [{ formula: '=QUARTILE.INC($B$2:$B$6,1)' }],
              [{ formula: '=IFNA(MATCH(999,$B$2:$B$6,0),"none")' }],
              [{ formula: '=CONCAT("RANK.EQ(",COUNT(Amounts))' }],
              [{ formula: '=MAXIFS($B$2:$B$6,$A$2:$A$6,">2")' }],
              [{ formula: '=SUM(Amounts)/Target' }],
            ],
          },
          { at: parseCell('A8'), role: 'total', cells: [['Total', { formula: '=SUM(B2:B6)' }]], numberFormat: '#,##0' },
        ],
        validations: [],
        conditionalFormats: [
          { kind: 'expression', range: parseRange('A2:C6'), formula: '=$C2=1', fill: '#C6EFCE', fontColor: '#006100' },
          { kind: 'iconSet', range: parseRange('B2:B6'), icons: '3TrafficLights', thresholds: [100, 200] },
          { kind: 'dataBar', range: parseRange('B2:B6'), color: '#638EC6', min: 0 },
        ],
      },
      {
        key: 'changeLog',
        name: 'Change log',
        protected: false,
        appendOnly: true,
        columns: [],
        blocks: [{ at: parseCell('A1'), role: 'header', cells: [['When', 'Who', 'What', 'Why']] }],
        validations: [],
        conditionalFormats: [],
      },
    ],
  };
}
