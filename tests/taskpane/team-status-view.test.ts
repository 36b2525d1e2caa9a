/** The team status card's words and the rule editor's fields (src/taskpane/team-status-view.ts). */
import type { RuleState, TeamStatus } from '../../src/excel';
import { enUS } from '../../src/taskpane/i18n/en-US';
import { zhCN } from '../../src/taskpane/i18n/zh-CN';
import { behindText, parseThreshold, ruleLabel, ruleUnit, statusCounts, thresholdText } from '../../src/taskpane/team-status-view';

const rule = (key: RuleState['key'], figure: RuleState['figure'], threshold: number): RuleState => ({
  key,
  figure,
  threshold,
  on: true,
  severity: 'atRisk',
});
const rules = [
  rule('paceAtRisk', 'percent', 0.9),
  rule('paceLagging', 'percent', 0.75),
  rule('collection', 'percent', 0.7),
  rule('followUps', 'ratio', 0.5),
];

describe('statusCounts', () => {
  it('lists the statuses that have reps, worst first, in the pane’s words', () => {
    const counts = { onTrack: 5, atRisk: 2, lagging: 1, notStarted: 0, left: 1, noTarget: 0 };
    const status = { counts } as unknown as TeamStatus;
    expect(statusCounts(status, 'en-US')).toEqual([
      { key: 'lagging', label: 'Lagging', count: 1 },
      { key: 'atRisk', label: 'At risk', count: 2 },
      { key: 'onTrack', label: 'On track', count: 5 },
      { key: 'left', label: 'Left', count: 1 },
    ]);
    expect(statusCounts(status, 'zh-CN').map((c) => c.label)).toEqual(['落后', '有风险', '正常', '已离职']);
  });
});

describe('behindText', () => {
  it('says how far behind (or ahead) in whole units, in the pane’s number style', () => {
    expect(behindText(124178.4, enUS, 'en-US')).toBe('124,178 behind plan to date');
    expect(behindText(-2500, enUS, 'en-US')).toBe('2,500 ahead of plan to date');
    expect(behindText(124178.6, zhCN, 'zh-CN')).toBe('累计落后计划 124,179');
  });
});

describe('ruleLabel and ruleUnit', () => {
  it('names the pace rules by their parameter and the others by what they watch', () => {
    expect(ruleLabel({ key: 'paceAtRisk' }, 'en-US')).toBe('At-risk below pace');
    expect(ruleLabel({ key: 'followUps' }, 'en-US')).toBe('Follow-ups vs team mean');
    expect(ruleLabel({ key: 'collection' }, 'zh-CN')).toBe('回款率');
    expect([ruleUnit({ figure: 'percent' }, enUS), ruleUnit({ figure: 'ratio' }, enUS), ruleUnit({ figure: 'count' }, zhCN)]).toEqual([
      '%',
      '×',
      '项',
    ]);
  });
});

describe('thresholdText and parseThreshold', () => {
  it('shows percent rules in % and reads them back as shares; the others as they are', () => {
    expect(thresholdText(rules[2])).toBe('70');
    expect(parseThreshold('55', rules[2], rules)).toBe(0.55);
    expect(parseThreshold('55 %', rules[2], rules)).toBe(0.55);
    expect(thresholdText(rules[3])).toBe('0.5');
    expect(parseThreshold('0.8×', rules[3], rules)).toBe(0.8);
    expect(parseThreshold('0', rules[3], rules)).toBe(0);
  });

  it('refuses a negative or empty threshold, and a pace order that would make Lagging easier than At risk', () => {
    expect(parseThreshold('-1', rules[3], rules)).toBe('problemRuleThreshold');
    expect(parseThreshold('', rules[3], rules)).toBe('problemRuleThreshold');
    expect(parseThreshold('many', rules[3], rules)).toBe('problemRuleThreshold');
    expect(parseThreshold('95', rules[1], rules)).toBe('problemPaceOrder');
    expect(parseThreshold('70', rules[0], rules)).toBe('problemPaceOrder');
    expect(parseThreshold('80', rules[1], rules)).toBe(0.8);
  });
});
