/**
 * The warning rules block of Setup: one row per rule (src/workbook/warning-rules.ts) — what it
 * watches and how it compares (fixed, labels), then on/off, threshold and the status it sets
 * (inputs a manager changes without a rebuild; the Dashboard reads them live). The pace rules'
 * thresholds are the parameters At-risk / Lagging below, shown here as formulas on them.
 */
import { pos, rect } from '../a1';
import { PARAM_NAMES } from '../names';
import { RULE_COL, RULE_COLUMNS, RULE_DEFAULTS, RULE_KEYS, defaultOnWord, ruleRow, ruleRowKey, type RuleKey } from '../warning-rules';
import type { BlockSpec, ValidationSpec } from '../spec';
import { headerBlock } from './blocks';
import { FORMAT, type BuildContext } from './context';

const isPace = (key: RuleKey) => typeof RULE_DEFAULTS[key].threshold === 'string';

/** The rules' blocks: header, labels, inputs (keyed `rule:<key>` × on/threshold/severity), the pace thresholds' formulas. */
export function ruleBlocks(ctx: BuildContext): BlockSpec[] {
  const { layout, text, inputs } = ctx;
  const r = text.rules;
  const h = r.headers;
  const first = ruleRow(layout, RULE_KEYS[0]);
  const keyed = (keys: readonly RuleKey[], column: string) => ({ rows: keys.map(ruleRowKey), columns: [column] });
  const take = (key: RuleKey, column: string, fallback: string | number) => [inputs.take('setup', ruleRowKey(key), column, fallback)];
  const pace = RULE_KEYS.filter(isPace);
  const others = RULE_KEYS.filter((k) => !isPace(k));
  const plan = ctx.dashboard.plan;
  return [
    headerBlock(1, layout.setup.rulesHeaderRow, [h.watches, h.on, h.comparison, h.threshold, h.severity]),
    { at: pos(RULE_COL.watches, first), cells: RULE_KEYS.map((k) => [r.watches[k]]), role: 'label' },
    { at: pos(RULE_COL.comparison, first), cells: RULE_KEYS.map((k) => [r.comparisons[k]]), role: 'label' },
    {
      at: pos(RULE_COL.on, first),
      cells: RULE_KEYS.map((k) => take(k, RULE_COLUMNS.on, defaultOnWord(text, k))),
      role: 'input',
      inputKeys: keyed(RULE_KEYS, RULE_COLUMNS.on),
    },
    // The pace rules come first, so the other thresholds are one contiguous input block.
    {
      at: pos(RULE_COL.threshold, first),
      cells: pace.map((k) => {
        const param = RULE_DEFAULTS[k].threshold === 'atRisk' ? 'atRisk' : 'lagging';
        return [{ formula: `=${PARAM_NAMES[param]}`, value: plan[param] }];
      }),
      role: 'formula',
      numberFormat: FORMAT.percent,
    },
    {
      at: pos(RULE_COL.note, first),
      cells: pace.map((k) => [r.paceThresholdNote(text.setup.params[RULE_DEFAULTS[k].threshold === 'atRisk' ? 'atRisk' : 'lagging'])]),
      role: 'note',
    },
    {
      at: pos(RULE_COL.threshold, first + pace.length),
      cells: others.map((k) => take(k, RULE_COLUMNS.threshold, RULE_DEFAULTS[k].threshold as number)),
      role: 'input',
      inputKeys: keyed(others, RULE_COLUMNS.threshold),
      numberFormat: others.map(() => FORMAT.ratio),
    },
    {
      at: pos(RULE_COL.severity, first),
      cells: RULE_KEYS.map((k) => take(k, RULE_COLUMNS.severity, text.words[RULE_DEFAULTS[k].severity])),
      role: 'input',
      inputKeys: keyed(RULE_KEYS, RULE_COLUMNS.severity),
    },
  ];
}

/** Lists for on/off and severity (in the workbook's words), a number of 0 or more for thresholds. */
export function ruleValidations(ctx: BuildContext): ValidationSpec[] {
  const { layout, text } = ctx;
  const r = text.rules;
  const [first, last] = [ruleRow(layout, RULE_KEYS[0]), ruleRow(layout, RULE_KEYS[RULE_KEYS.length - 1])];
  const paceCount = RULE_KEYS.filter(isPace).length;
  return [
    { range: rect(RULE_COL.on, first, RULE_COL.on, last), kind: 'list', values: [r.on, r.off], message: r.validation.on },
    {
      range: rect(RULE_COL.threshold, first + paceCount, RULE_COL.threshold, last),
      kind: 'decimal',
      min: 0,
      message: r.validation.threshold,
    },
    {
      range: rect(RULE_COL.severity, first, RULE_COL.severity, last),
      kind: 'list',
      values: [text.words.atRisk, text.words.lagging],
      message: r.validation.severity,
    },
  ];
}
