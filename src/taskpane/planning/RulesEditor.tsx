import { Button, Caption1, Field, Input, MessageBar, MessageBarBody, Select, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Locale } from '../../core/locale';
import { writeRule, type PlanState, type RuleEdit, type RuleState } from '../../excel';
import type { UiStrings } from '../i18n';
import { errorText } from '../problem-text';
import { parseThreshold, ruleLabel, ruleUnit, statusWord, thresholdText } from '../team-status-view';
import { usePlanningStyles } from './styles';

const useStyles = makeStyles({
  rule: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

interface Props {
  plan: PlanState;
  rules: readonly RuleState[];
  locale: Locale;
  t: UiStrings;
  /** An action is running: rules wait. */
  disabled: boolean;
  /** A rule was written: read the status again. */
  onWritten: () => void;
}

type Key = RuleState['key'];

/**
 * The warning rules of Setup, editable here: each change writes that one Setup cell (src/excel
 * writeRule) in the workbook's words, and is refused without writing when a co-author changed
 * the cell since the pane read it.
 */
export function RulesEditor({ plan, rules, locale, t, disabled, onWritten }: Props) {
  const styles = useStyles();
  const shared = usePlanningStyles();
  const [open, setOpen] = useState(false);
  const [drafts, setDrafts] = useState<Partial<Record<Key, string>>>({});
  const [problems, setProblems] = useState<Partial<Record<Key, string>>>({});
  const [writing, setWriting] = useState<Key | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const write = async (edit: RuleEdit) => {
    if (writing) return; // one cell at a time; the controls stay focusable meanwhile
    setWriting(edit.key);
    setFailure(null);
    try {
      await writeRule(plan, edit);
      setDrafts(({ [edit.key]: _done, ...rest }) => rest);
    } catch (error) {
      setFailure(errorText(error, t));
    } finally {
      setWriting(null);
      onWritten();
    }
  };

  const commitThreshold = (rule: RuleState) => {
    const draft = drafts[rule.key];
    if (draft === undefined) return;
    const value = parseThreshold(draft, rule, rules);
    if (typeof value === 'string') return setProblems((p) => ({ ...p, [rule.key]: t[value] }));
    setProblems(({ [rule.key]: _fixed, ...rest }) => rest);
    if (value === rule.threshold) return setDrafts(({ [rule.key]: _same, ...rest }) => rest);
    void write({ key: rule.key, field: 'threshold', value, was: rule.threshold });
  };

  return (
    <section className={shared.section} aria-label={t.rulesTitle} data-testid="rules">
      <Button appearance="subtle" aria-expanded={open} onClick={() => setOpen((o) => !o)} data-testid="rules-toggle">
        {t.rulesTitle}
      </Button>
      {open && (
        <>
          <Caption1>{t.rulesIntro}</Caption1>
          {failure && (
            <MessageBar intent="warning" layout="multiline" aria-labelledby={undefined} data-testid="rule-failure">
              <MessageBarBody>{failure}</MessageBarBody>
            </MessageBar>
          )}
          {rules.map((rule) => {
            const label = ruleLabel(rule, locale);
            const off = disabled;
            return (
              <div key={rule.key} className={styles.rule} data-testid="rule" data-rule={rule.key} role="group" aria-label={label}>
                <Switch
                  label={label}
                  checked={rule.on}
                  disabled={off}
                  data-testid="rule-on"
                  onChange={(_, data) => void write({ key: rule.key, field: 'on', value: data.checked, was: rule.on })}
                />
                <div className={shared.pair}>
                  <Field
                    label={t.ruleThreshold}
                    validationMessage={problems[rule.key]}
                    validationState={problems[rule.key] ? 'error' : 'none'}
                  >
                    <Input
                      className={shared.control}
                      inputMode="decimal"
                      value={drafts[rule.key] ?? thresholdText(rule)}
                      contentAfter={<Caption1>{ruleUnit(rule, t)}</Caption1>}
                      disabled={off}
                      data-testid="rule-threshold"
                      onChange={(_, data) => setDrafts((d) => ({ ...d, [rule.key]: data.value }))}
                      onBlur={() => commitThreshold(rule)}
                      onKeyDown={(e) => e.key === 'Enter' && commitThreshold(rule)}
                    />
                  </Field>
                  <Field label={t.ruleSeverity}>
                    <Select
                      className={shared.control}
                      value={rule.severity}
                      disabled={off}
                      data-testid="rule-severity"
                      onChange={(_, data) =>
                        void write({ key: rule.key, field: 'severity', value: data.value as RuleState['severity'], was: rule.severity })
                      }
                    >
                      <option value="atRisk">{statusWord('atRisk', locale)}</option>
                      <option value="lagging">{statusWord('lagging', locale)}</option>
                    </Select>
                  </Field>
                </div>
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}
