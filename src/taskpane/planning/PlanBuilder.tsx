import { Button, Field, Input, MessageBar, MessageBarActions, MessageBarBody, Spinner, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { buildPlanInWorkbook, previewPlanBuild, type PlanPreview, type PlanState } from '../../excel';
import type { Locale } from '../../core/locale';
import type { PlanSetup, Rep } from '../../workbook/plan';
import type { UiStrings } from '../i18n';
import { toSetup, type FormErrors, type PlanForm } from '../plan-form';
import { doneText } from '../preview-view';
import { errorText } from '../problem-text';
import { changedSetup } from '../setup-form';
import { PlanFormFields } from './PlanFormFields';
import { PreviewPanel } from './PreviewPanel';
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
  /** The pane's language (numbers in the preview); default `locale`. */
  uiLocale?: Locale;
  initialForm: PlanForm;
  /** The plan being changed; absent for a first build. */
  saved?: PlanState;
  ops: Operations;
  submitLabel: string;
  onBuilt?: () => void;
  /** Closes the form (the change form; a first build has nothing to go back to). */
  onCancel?: () => void;
  /** A first build found a plan in the workbook after all: show it (read it again). */
  onPlanFound?: () => void;
}

/** The form, then the preview of what it would write: only a confirmed preview is built. */
type Step = { step: 'form' } | { step: 'previewing' } | { step: 'confirm'; preview: PlanPreview; setup: PlanSetup; reps: Rep[] };

/** The plan form, the team choice, the preview and the confirm step. What was typed stays after an error. */
export function PlanBuilder({ t, locale, uiLocale = locale, initialForm, saved, ops, submitLabel, onBuilt, onCancel, onPlanFound }: Props) {
  const busy = ops.busy !== null;
  const styles = usePlanningStyles();
  const [form, setForm] = useState(initialForm);
  const [errors, setErrors] = useState<FormErrors>({});
  const team = useTeam(locale, t, saved?.reps);
  const [step, setStep] = useState<Step>({ step: 'form' });
  const [problem, setProblem] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  // A change of a saved plan is a decision the Change log records: who made it, and why.
  const [author, setAuthor] = useState({ who: '', why: '' });

  const edit = (change: Partial<PlanForm>) => {
    setForm((f) => ({ ...f, ...change }));
    // An edited field's old message no longer applies; the others stay until the next try.
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([field]) => !(field in change))));
  };

  const preview = async () => {
    setProblem(null);
    const result = saved ? changedSetup(saved.setup, form, locale) : toSetup(form, locale);
    setErrors('errors' in result ? result.errors : {});
    const reps = await team.resolve(); // also when the form has problems: show both at once
    if ('errors' in result || reps === null) return;
    setStep({ step: 'previewing' });
    try {
      const decided = await previewPlanBuild(result.setup, reps, locale);
      setStep({ step: 'confirm', preview: decided, setup: result.setup, reps });
    } catch (error) {
      setProblem(errorText(error, t));
      setStep({ step: 'form' });
    }
  };

  const confirm = async () => {
    if (step.step !== 'confirm') return;
    setRunning(true);
    const { setup, reps, preview: decided } = step;
    const done = await ops.perform(
      'build',
      (progress) => buildPlanInWorkbook(setup, reps, locale, saved ? { author, ...progress } : progress),
      () => doneText(decided, t, uiLocale),
    );
    setRunning(false);
    if (done) onBuilt?.();
    else setStep({ step: 'form' }); // the form's message says why; what was typed is still there
  };

  if (step.step === 'confirm') {
    // A first build that finds a plan would change it: never from the new-plan card.
    if (!saved && step.preview.kind !== 'new') {
      return (
        <MessageBar intent="warning" layout="multiline" data-testid="plan-appeared" aria-labelledby={undefined}>
          <MessageBarBody>{t.previewPlanExists}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={onPlanFound}>{t.previewShowPlan}</Button>
          </MessageBarActions>
        </MessageBar>
      );
    }
    return (
      <>
        <PreviewPanel
          preview={step.preview}
          t={t}
          locale={uiLocale}
          confirmLabel={saved ? t.confirmChange : t.confirmBuild}
          busy={busy}
          running={running}
          onConfirm={() => void confirm()}
          onBack={() => setStep({ step: 'form' })}
        />
        {/* The progress of the confirmed change, then what it did, where the form's would be. */}
        <OutcomeAt ops={ops} where="form" t={t} />
      </>
    );
  }

  const hasProblems = Object.keys(errors).length > 0;
  const previewing = step.step === 'previewing';
  return (
    <form
      className={styles.stack}
      noValidate
      aria-busy={previewing}
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy && !previewing) void preview();
      }}
    >
      <Locked locked={busy || previewing} gap="M">
        <PlanFormFields form={form} errors={errors} t={t} onChange={edit} />
        <TeamSourceField team={team} t={t} savedCount={saved?.reps.length} disabled={busy || previewing} />
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
      {problem && (
        <MessageBar intent="error" layout="multiline" data-testid="preview-problem" aria-labelledby={undefined}>
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      <OutcomeAt ops={ops} where="form" t={t} />
      <div className={styles.actions}>
        <Button
          type="submit"
          appearance="primary"
          disabledFocusable={busy || previewing}
          aria-busy={previewing || running}
          icon={previewing ? <Spinner size="tiny" /> : undefined}
        >
          {submitLabel}
        </Button>
        {onCancel && (
          <Button disabledFocusable={busy} onClick={onCancel}>
            {t.cancel}
          </Button>
        )}
      </div>
    </form>
  );
}
