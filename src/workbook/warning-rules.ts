/**
 * **Warning rules**: what turns a Dashboard row "At risk" or "Lagging", one Setup row per rule
 * (on/off, a threshold, the status it sets), read live by the Dashboard's Status, Reason and
 * conditional formats (src/workbook/columns/dashboard-warnings.ts). Every rule is "the watched
 * figure is below the threshold"; what each figure is, and how its threshold scales, is fixed
 * per row. The two pace rules take their thresholds from the Setup parameters `AtRiskBelow`
 * and `LaggingBelow` (the pane's form and older plans set those), so one number lives in one
 * place; their on/off and severity are rule inputs like the others'.
 *
 * Inputs are keyed `setup!rule:<key>!on|threshold|severity`, so they survive rebuilds. The
 * on/off and severity cells hold words; the formulas accept either locale's word, so a plan
 * rebuilt in the other language keeps its choices.
 */
import { absCell, sheetRef } from './a1';
import { workbookText, type RuleKey, type WorkbookText } from './i18n';
import type { Layout } from './layout';
import { numberOrNull } from './input-numbers';
import { inputKey, type CellValue, type InputValues, type NamedRangeSpec } from './spec';

export type { RuleKey } from './i18n';

export type Severity = 'atRisk' | 'lagging';

export interface RuleDefaults {
  on: boolean;
  /** A number, or the Setup parameter whose value is the threshold (the pace rules). */
  threshold: number | 'atRisk' | 'lagging';
  severity: Severity;
}

/** The rules in Setup order, with their defaults. */
export const RULE_DEFAULTS: Readonly<Record<RuleKey, RuleDefaults>> = {
  paceAtRisk: { on: true, threshold: 'atRisk', severity: 'atRisk' },
  paceLagging: { on: true, threshold: 'lagging', severity: 'lagging' },
  followUps: { on: true, threshold: 0.5, severity: 'atRisk' },
  newLeads: { on: true, threshold: 0.5, severity: 'atRisk' },
  conversion: { on: true, threshold: 0.6, severity: 'atRisk' },
  collection: { on: true, threshold: 0.7, severity: 'atRisk' },
  noActuals: { on: true, threshold: 1, severity: 'atRisk' },
  // A share of the quota: the run rate (which ignores ramp and seasonality) flags only a clear shortfall.
  projection: { on: true, threshold: 0.8, severity: 'atRisk' },
  // Off until turned on: the chance is judged from the completed periods' amounts, which know
  // nothing of seasonality or ramp, so on a back-loaded plan a rep ahead of pace can read low
  // (on the sample team, 19 of 23 active reps would be flagged). Turn it on for a flat plan.
  chance: { on: false, threshold: 0.5, severity: 'atRisk' },
};

export const RULE_KEYS = Object.keys(RULE_DEFAULTS) as RuleKey[];

/** The column keys of a rule's input cells. */
export const RULE_COLUMNS = { on: 'on', threshold: 'threshold', severity: 'severity' } as const;

/** The input row key of a rule: `rule:followUps`. */
export function ruleRowKey(key: RuleKey): string {
  return `rule:${key}`;
}

/** Defined names of a rule's cells, e.g. `WarnFollowUpsOn`, `WarnFollowUpsBelow`, `WarnFollowUpsStatus`. */
export function ruleNames(key: RuleKey): { on: string; threshold: string; severity: string } {
  const stem = `Warn${key[0].toUpperCase()}${key.slice(1)}`;
  return { on: `${stem}On`, threshold: `${stem}Below`, severity: `${stem}Status` };
}

/** The Setup rows of the rules block: the header, then one row per rule. */
export function ruleRow(layout: Layout, key: RuleKey): number {
  return layout.setup.rulesHeaderRow + 1 + RULE_KEYS.indexOf(key);
}

/** Setup columns of the rules block. */
export const RULE_COL = { watches: 1, on: 2, comparison: 3, threshold: 4, severity: 5, note: 6 } as const;

export function ruleNamedRanges(layout: Layout): NamedRangeSpec[] {
  const sheet = layout.sheetNames.setup;
  return RULE_KEYS.flatMap((key) => {
    const names = ruleNames(key);
    const row = ruleRow(layout, key);
    return (['on', 'threshold', 'severity'] as const).map((c) => ({ name: names[c], ref: sheetRef(sheet, absCell(RULE_COL[c], row)) }));
  });
}

const BOTH = [workbookText('en-US'), workbookText('zh-CN')];

/** The word a new rule cell shows. */
export function defaultOnWord(text: WorkbookText, key: RuleKey): string {
  return RULE_DEFAULTS[key].on ? text.rules.on : text.rules.off;
}

/** A condition: the rule's on/off cell says On (in either language). */
export function onFormula(key: RuleKey): string {
  const on = ruleNames(key).on;
  return `OR(${BOTH.map((t) => `${on}="${t.rules.on}"`).join(',')})`;
}

/** The level a firing rule sets: 2 when its severity cell says Lagging (in either language), else 1. */
export function levelFormula(key: RuleKey): string {
  const severity = ruleNames(key).severity;
  return `IF(OR(${BOTH.map((t) => `${severity}="${t.words.lagging}"`).join(',')}),2,1)`;
}

/** What the sheet's rule cells hold, as the formulas read them. */
export interface RuleSetting {
  on: boolean;
  /** `N(threshold cell)`: a blank or text is 0. */
  threshold: number;
  /** 2 = Lagging, 1 = At risk. */
  level: 1 | 2;
}
export type RuleSettings = Readonly<Record<RuleKey, RuleSetting>>;

/**
 * The rule cells as the Dashboard's formulas see them: the value kept in each input cell, or
 * the default a new cell gets. `atRisk`/`lagging` are the pace thresholds in force.
 */
export function ruleSettings(inputs: InputValues, text: WorkbookText, atRisk: number, lagging: number): RuleSettings {
  const cell = (key: RuleKey, column: string, fallback: CellValue): CellValue => {
    const k = inputKey('setup', ruleRowKey(key), column);
    return Object.prototype.hasOwnProperty.call(inputs, k) ? (inputs[k] ?? null) : fallback;
  };
  const entries = RULE_KEYS.map((key): [RuleKey, RuleSetting] => {
    const d = RULE_DEFAULTS[key];
    const on = cell(key, RULE_COLUMNS.on, defaultOnWord(text, key));
    const threshold =
      d.threshold === 'atRisk'
        ? atRisk
        : d.threshold === 'lagging'
          ? lagging
          : (numberOrNull(cell(key, RULE_COLUMNS.threshold, d.threshold)) ?? 0);
    const severity = cell(key, RULE_COLUMNS.severity, text.words[d.severity]);
    return [
      key,
      {
        on: saysOn(on),
        threshold,
        level: saysLagging(severity) ? 2 : 1,
      },
    ];
  });
  return Object.fromEntries(entries) as Record<RuleKey, RuleSetting>;
}

/** An on/off cell says On, in either language, as `onFormula` reads it. */
export function saysOn(value: CellValue): boolean {
  return BOTH.some((t) => sameText(value, t.rules.on));
}

/** A severity cell says Lagging, in either language, as `levelFormula` reads it (anything else is At risk). */
export function saysLagging(value: CellValue): boolean {
  return BOTH.some((t) => sameText(value, t.words.lagging));
}

/** `=` between a cell and a text, as Excel and LibreOffice compare: text only, ignoring case. */
function sameText(value: CellValue, text: string): boolean {
  return typeof value === 'string' && value.toLowerCase() === text.toLowerCase();
}
