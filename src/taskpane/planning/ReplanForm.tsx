import { Button, Caption1, Field, Input, Subtitle2, Textarea } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { localSerial } from '../../core/dates';
import { replanInWorkbook } from '../../excel';
import type { UiStrings } from '../i18n';
import { formProblemText } from '../problem-text';
import { toReplanRequest, type ReplanErrors, type ReplanForm as Form } from '../replan-form';
import { amountText } from '../setup-form';
import { usePlanningStyles } from './styles';
import { closeOnEscape } from './escape';
import { Locked } from './Locked';
import { OutcomeAt } from './OutcomeBar';
import type { Operations } from './use-planning';

interface Props {
  t: UiStrings;
  currentTarget: number;
  ops: Operations;
  onDone: () => void;
  onCancel: () => void;
}

/** New target, reason and name; nothing is sent to Excel until all three are valid. */
export function ReplanForm({ t, currentTarget, ops, onDone, onCancel }: Props) {
  const busy = ops.busy !== null;
  const styles = usePlanningStyles();
  const [form, setForm] = useState<Form>({ newTarget: amountText(currentTarget), why: '', who: '' });
  const [errors, setErrors] = useState<ReplanErrors>({});
  const [running, setRunning] = useState(false);
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
    setRunning(true);
    const done = await ops.perform('replan', (progress) => replanInWorkbook(result.request, progress));
    setRunning(false);
    if (done) onDone();
  };

  return (
    <form
      className={styles.section}
      aria-labelledby={titleId}
      noValidate
      onKeyDown={closeOnEscape(() => !busy && onCancel())}
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy) void submit();
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
      <OutcomeAt ops={ops} where="form" t={t} />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={busy} aria-busy={running}>
          {t.replanSubmit}
        </Button>
        <Button disabledFocusable={busy} onClick={onCancel}>
          {t.cancel}
        </Button>
      </div>
    </form>
  );
}
