/**
 * The workbook's look, renderer-neutral and decided once: how each block role looks, what a
 * protected sheet still lets people do, and the icon sets conditional formats may show.
 * src/excel and src/xlsx only translate it (Office.js properties; ExcelJS styles with ARGB
 * colours), so the add-in and the .xlsx export look the same by construction.
 *
 * The roles follow the usual spreadsheet convention: inputs light yellow with a thin grey
 * border and dark-blue text, the only unlocked cells ("type here"); headers bold on pale
 * blue, wrapped, with a rule below; totals bold with a rule above; notes grey italic.
 */
import type { BlockRole, IconSetName, SheetKey } from './spec';

/** Colours of the role looks, `#RRGGBB`. */
const PALETTE = {
  inputFill: '#FFF2CC', // light yellow
  inputBorder: '#BFBFBF', // light grey
  inputFont: '#1F4E79', // dark blue
  headerFill: '#DDEBF7', // pale blue
  headerBorder: '#8EA9DB',
  noteFont: '#595959', // grey
  totalBorder: '#404040',
} as const;

/** Each sheet's tab: input sheets warm, plan sheets blue, reports green and violet, logs grey. */
export const TAB_COLORS: Record<SheetKey, string> = {
  setup: '#5B6B7A',
  targets: '#2F6FB3',
  actuals: '#E3A21A',
  dashboard: '#2E8B57',
  leaderboard: '#8E44AD',
  review: '#7F8C8D',
  changeLog: '#7F8C8D',
  archive: '#BDC3C7',
};

/** What the Dashboard's conditional formats paint: a Lagging row, a cell whose warning rule fires, and the data bar on attainment. */
export const STATUS_LOOK = {
  laggingFill: '#F8D7DA', // pale red
  laggingFont: '#842029', // dark red
  atRiskFill: '#FFF3CD', // pale amber: a cell whose warning rule sets At risk
  atRiskFont: '#664D03', // dark amber
  attainmentBar: '#5B9BD5', // mid blue
} as const;

export type CellSide = 'top' | 'bottom' | 'left' | 'right';

export interface RoleLook {
  /** Locked cells cannot be edited on a protected sheet. */
  locked: boolean;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  fill?: string;
  wrapText?: boolean;
  /** Text centred between the top and the bottom of the cell. */
  middle?: boolean;
  /** A thin line on these sides of every cell of the block, in one colour. */
  borders?: { sides: CellSide[]; color: string };
}

export const ROLE_LOOKS: Record<BlockRole, RoleLook> = {
  title: { locked: true, bold: true, fontSize: 14 },
  note: { locked: true, italic: true, fontColor: PALETTE.noteFont },
  header: {
    locked: true,
    bold: true,
    fill: PALETTE.headerFill,
    wrapText: true,
    middle: true,
    borders: { sides: ['bottom'], color: PALETTE.headerBorder },
  },
  label: { locked: true },
  value: { locked: true },
  formula: { locked: true },
  total: { locked: true, bold: true, borders: { sides: ['top'], color: PALETTE.totalBorder } },
  input: {
    locked: false,
    fontColor: PALETTE.inputFont,
    fill: PALETTE.inputFill,
    borders: { sides: ['top', 'bottom', 'left', 'right'], color: PALETTE.inputBorder },
  },
};

/**
 * What people may still do on a protected sheet (selecting any cell stays allowed). No
 * password: protection prevents accidents. Resizing, formatting columns and rows and
 * filtering are fine; editing locked cells, formatting cells, inserting or deleting rows
 * and columns, and sorting (which would scramble rows under formulas) are not.
 */
export const PROTECTION = {
  formatCells: false,
  formatColumns: true,
  formatRows: true,
  insertColumns: false,
  insertRows: false,
  insertHyperlinks: false,
  deleteColumns: false,
  deleteRows: false,
  sort: false,
  autoFilter: true,
  pivotTables: false,
  editObjects: false,
  editScenarios: false,
} as const;

/**
 * The icon sets, by their name in the file format (OOXML `iconSet`); Office.js spells the
 * leading digit (`ThreeTrafficLights1`).
 */
export const ICON_SETS: Record<IconSetName, string> = {
  '3TrafficLights': '3TrafficLights1',
  '3Arrows': '3Arrows',
  '3Symbols': '3Symbols',
};
