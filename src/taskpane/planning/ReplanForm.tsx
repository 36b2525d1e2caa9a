import { Button, Caption1, Field, Input, MessageBar, MessageBarBody, Spinner, Subtitle2, Textarea } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { localSerial } from '../../core/dates';
import { previewPlanReplan, replanInWorkbook, type ChangePreview } from '../../excel';
import type { ReplanRequest } from '../../workbook/replan';
import type { UiStrings } from '../i18n';
import { doneText } from '../preview-view';
import { errorText, formProblemText } from '../problem-text';
import { toReplanRequest, type ReplanErrors, type ReplanForm as Form } from '../replan-form';
import { amountText } from '../setup-form';
import { usePlanningStyles } from './styles';
import { closeOnEscape } from './escape';
import { Locked } from './Locked';
import { OutcomeAt } from './OutcomeBar';
import { PreviewPanel } from './PreviewPanel';
import type { Operations } from './use-planning';

interface Props {
  t: UiStrings;
  /** The pane's language (numbers in the preview). */
  locale: string;
  currentTarget: number;
  ops: Operations;
  onDone: () => void;
  onCancel: () => void;
}

/**
 * New target, reason and name; nothing is sent to Excel until all three are valid, and nothing
 * is written until the manager has seen the preview (before/after per rep and period) and confirmed.
 */
export function ReplanForm({ t, locale, currentTarget, ops, onDone, onCancel }: Props) {
  const busy = ops.busy !== null;
  const styles = usePlanningStyles();
  const [form, setForm] = useState<Form>({ newTarget: amountText(currentTarget), why: '', who: '' });
  const [errors, setErrors] = useState<ReplanErrors>({});
  const [running, setRunning] = useState(false);
  const [previewing, setPreviewing] = useState(false);
  const [confirming, setConfirming] = useState<{ request: ReplanRequest; preview: ChangePreview } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const titleId = useId();
  const message = (field: keyof Form) => (errors[field] ? formProblemText(errors[field]!, t) : undefined);
  const edit = (field: keyof Form, value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    setErrors(({ [field]: _edited, ...rest }) => rest);
  };

  const submit = async () => {
    const result = toReplanRequest(form, localSerial(new Date()));
    if ('errors' in result) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setProblem(null);
    setPreviewing(true);
    try {
      setConfirming({ request: result.request, preview: await previewPlanReplan(result.request) });
    } catch (error) {
      setProblem(errorText(error, t));
    } finally {
      setPreviewing(false);
    }
  };

  const confirm = async () => {
    if (!confirming) return;
    setRunning(true);
    const { request, preview } = confirming;
    const done = await ops.perform(
      'replan',
      (progress) => replanInWorkbook(request, progress),
      () => doneText(preview, t, locale),
    );
    setRunning(false);
    if (done) onDone();
    else setConfirming(null); // back to the form, where the message says why
  };

  if (confirming) {
    return (
      <>
        <PreviewPanel
          preview={confirming.preview}
          t={t}
          locale={locale}
          confirmLabel={t.confirmReplan}
          busy={busy}
          running={running}
          onConfirm={() => void confirm()}
          onBack={() => setConfirming(null)}
        />
        {/* The progress of the confirmed change, then what it did, where the form's would be. */}
        <OutcomeAt ops={ops} where="form" t={t} />
      </>
    );
  }

  return (
    <form
      className={styles.section}
      aria-labelledby={titleId}
      noValidate
      onKeyDown={closeOnEscape(() => !busy && onCancel())}
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy && !previewing) void submit();
      }}
    >
      <Subtitle2 as="h3" id={titleId}>
        {t.replanTitle}
      </Subtitle2>
      <Caption1>{t.replanIntro}</Caption1>
      <Locked locked={busy} gap="S">
        <Field label={t.fieldNewTarget} required validationMessage={message('newTarget')}>
          <Input value={form.newTarget} inputMode="decimal" autoComplete="off" onChange={(_, d) => edit('newTarget', d.value)} />
        </Field>
        <Field label={t.fieldWhy} required validationMessage={message('why')}>
          <Textarea value={form.why} resize="vertical" onChange={(_, d) => edit('why', d.value)} />
        </Field>
        <Field label={t.fieldWho} required validationMessage={message('who')}>
          <Input value={form.who} autoComplete="name" onChange={(_, d) => edit('who', d.value)} />
        </Field>
      </Locked>
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
          {t.replanSubmit}
        </Button>
        <Button disabledFocusable={busy} onClick={onCancel}>
          {t.cancel}
        </Button>
      </div>
    </form>
  );
}
