/**
 * The team status card's words and the rule editor's fields, as plain data: the counts in the
 * order a manager reads them, how far behind a rep is, each rule's label and threshold as the
 * pane shows and parses it. The status itself comes from src/excel (readTeamStatus); nothing
 * here judges a rep.
 */
import type { Locale } from '../core/locale';
import type { RuleState, StatusKey, TeamStatus } from '../excel';
import { workbookText } from '../workbook/i18n';
import { fill, type UiStrings } from './i18n';
import { parseNumberText, percentText } from './plan-form';

/** Worst first: what needs attention leads. */
const COUNT_ORDER: readonly StatusKey[] = ['lagging', 'atRisk', 'onTrack', 'noTarget', 'notStarted', 'left'];

/** The statuses that have reps, with the workbook's word for each in the pane's language. */
export function statusCounts(status: TeamStatus, locale: Locale): { key: StatusKey; label: string; count: number }[] {
  const words = workbookText(locale).words;
  return COUNT_ORDER.filter((key) => status.counts[key] > 0).map((key) => ({ key, label: words[key], count: status.counts[key] }));
}

/** The Status word of a key, in the pane's language (the glossary is the workbook's). */
export function statusWord(key: StatusKey, locale: Locale): string {
  return workbookText(locale).words[key];
}

/** "124,178 behind plan to date" (or ahead), whole currency units in the pane's number style. */
export function behindText(behind: number, t: UiStrings, locale: Locale): string {
  const amount = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.abs(behind));
  return fill(behind >= 0 ? t.statusBehind : t.statusAhead, { amount });
}

/** A rule's name: what it watches; the two pace rules by their parameter (At-risk below pace …). */
export function ruleLabel(rule: Pick<RuleState, 'key'>, locale: Locale): string {
  const text = workbookText(locale);
  if (rule.key === 'paceAtRisk') return text.setup.params.atRisk;
  if (rule.key === 'paceLagging') return text.setup.params.lagging;
  return text.rules.watches[rule.key];
}

/** The unit the threshold field shows after its number (% and × are the same in every language). */
export function ruleUnit(rule: Pick<RuleState, 'figure'>, t: UiStrings): string {
  return rule.figure === 'percent' ? '%' : rule.figure === 'ratio' ? '×' : t.unitEntries;
}

/** The threshold as the field shows it: percent rules in % (0.7 → "70"), the others as they are. */
export function thresholdText(rule: Pick<RuleState, 'figure' | 'threshold'>): string {
  return rule.figure === 'percent' ? percentText(rule.threshold) : String(rule.threshold);
}

export type ThresholdProblem = 'problemRuleThreshold' | 'problemPaceOrder';

/**
 * What a typed threshold means for the rule's cell, or why it is refused: a number of 0 or
 * more (percent rules typed in %), and Lagging's pace threshold below At risk's.
 */
export function parseThreshold(text: string, rule: RuleState, rules: readonly RuleState[]): number | ThresholdProblem {
  const n = parseNumberText(text.replace(/[%％×x]/gi, ''));
  if (typeof n === 'string' || n < 0) return 'problemRuleThreshold';
  const value = rule.figure === 'percent' ? Math.round(n * 1e6) / 1e8 : n;
  const other = (key: RuleState['key']) => rules.find((r) => r.key === key)?.threshold;
  if (rule.key === 'paceLagging' && value >= (other('paceAtRisk') ?? Infinity)) return 'problemPaceOrder';
  if (rule.key === 'paceAtRisk' && value <= (other('paceLagging') ?? -Infinity)) return 'problemPaceOrder';
  return value;
}
