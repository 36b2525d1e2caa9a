import { Button, Field, Input, MessageBar, MessageBarBody, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { buildPlanInWorkbook, type PlanState } from '../../excel';
import type { Locale } from '../../core/locale';
import type { UiStrings } from '../i18n';
import { toSetup, type FormErrors, type PlanForm } from '../plan-form';
import { changedSetup } from '../setup-form';
import { PlanFormFields } from './PlanFormFields';
import { usePlanningStyles } from './styles';
import { TeamSourceField } from './TeamSourceField';
import { useTeam } from './use-team';
import { Locked } from './Locked';
import { OutcomeAt } from './OutcomeBar';
import type { Operations } from './use-planning';

interface Props {
  t: UiStrings;
  /** The plan's language: the pane's for a new plan, the saved one's for a change (sheet names stay). */
  locale: Locale;
  initialForm: PlanForm;
  /** The plan being changed; absent for a first build. */
  saved?: PlanState;
  ops: Operations;
  submitLabel: string;
  onBuilt?: () => void;
}

/** The plan form, the team choice and the build button. What was typed stays after an error. */
export function PlanBuilder({ t, locale, initialForm, saved, ops, submitLabel, onBuilt }: Props) {
  const busy = ops.busy !== null;
  const styles = usePlanningStyles();
  const [form, setForm] = useState(initialForm);
  const [errors, setErrors] = useState<FormErrors>({});
  const team = useTeam(locale, t, saved?.reps);
  const [running, setRunning] = useState(false);
  // A change of a saved plan is a decision the Change log records: who made it, and why.
  const [author, setAuthor] = useState({ who: '', why: '' });

  const edit = (change: Partial<PlanForm>) => {
    setForm((f) => ({ ...f, ...change }));
    // An edited field's old message no longer applies; the others stay until the next try.
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([field]) => !(field in change))));
  };

  const build = async () => {
    setRunning(true);
    const done = await ops.perform('build', async (progress) => {
      const result = saved ? changedSetup(saved.setup, form, locale) : toSetup(form, locale);
      setErrors('errors' in result ? result.errors : {});
      const reps = await team.resolve(); // also when the form has problems: show both at once
      if ('errors' in result || reps === null) return null;
      return buildPlanInWorkbook(result.setup, reps, locale, saved ? { author, ...progress } : progress);
    });
    setRunning(false);
    if (done) onBuilt?.();
  };

  const hasProblems = Object.keys(errors).length > 0;
  return (
    <form
      className={styles.stack}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy) void build();
      }}
    >
      <Locked locked={busy} gap="M">
        <PlanFormFields form={form} errors={errors} t={t} onChange={edit} />
        <TeamSourceField team={team} t={t} savedCount={saved?.reps.length} disabled={busy} />
        {saved && (
          <>
            <Field label={t.fieldWhy}>
              <Textarea value={author.why} resize="vertical" onChange={(_, d) => setAuthor((a) => ({ ...a, why: d.value }))} />
            </Field>
            <Field label={t.fieldWho}>
              <Input value={author.who} autoComplete="name" onChange={(_, d) => setAuthor((a) => ({ ...a, who: d.value }))} />
            </Field>
          </>
        )}
      </Locked>
      {hasProblems && (
        <MessageBar intent="error" layout="multiline" aria-labelledby={undefined}>
          <MessageBarBody>{t.formHasProblems}</MessageBarBody>
        </MessageBar>
      )}
      <OutcomeAt ops={ops} where="form" t={t} />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={busy} aria-busy={running}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
