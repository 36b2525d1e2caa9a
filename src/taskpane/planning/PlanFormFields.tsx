import { Field, Input, Select, Subtitle2, type InputProps } from '@fluentui/react-components';
import type { UiStrings } from '../i18n';
import type { FormErrors, FormField, PlanForm } from '../plan-form';
import { formProblemText } from '../problem-text';
import { usePlanningStyles } from './styles';

interface Props {
  form: PlanForm;
  errors: FormErrors;
  t: UiStrings;
  onChange: (change: Partial<PlanForm>) => void;
}

/** The plan's parameters; each field shows its own problem under it (from `toSetup`). */
export function PlanFormFields({ form, errors, t, onChange }: Props) {
  const styles = usePlanningStyles();
  const message = (field: FormField) => (errors[field] ? formProblemText(errors[field]!, t) : undefined);

  const text = (field: FormField, label: string, input: InputProps = {}, required = false) => (
    <Field label={label} required={required} validationMessage={message(field)}>
      <Input className={styles.control} value={String(form[field])} onChange={(_, d) => onChange({ [field]: d.value })} {...input} />
    </Field>
  );
  const choice = (field: FormField, label: string, options: [string, string][]) => (
    <Field label={label} validationMessage={message(field)}>
      <Select
        className={styles.control}
        value={String(form[field])}
        onChange={(_, d) => onChange({ [field]: d.value } as Partial<PlanForm>)}
      >
        {options.map(([value, name]) => (
          <option key={value} value={value}>
            {name}
          </option>
        ))}
      </Select>
    </Field>
  );
  const amount: InputProps = { inputMode: 'decimal', autoComplete: 'off' };

  return (
    <div className={styles.fields}>
      {text('planName', t.fieldPlanName)}
      {text('target', t.fieldTarget, amount, true)}
      {text('startMonth', t.fieldStartMonth, { type: 'month' }, true)}
      {choice('granularity', t.fieldGranularity, [
        ['month', t.granularityMonth],
        ['quarter', t.granularityQuarter],
      ])}
      {text('asOf', t.fieldAsOf, { type: 'date' }, true)}
      <fieldset className={styles.group}>
        <legend className={styles.legend}>
          <Subtitle2>{t.groupSplit}</Subtitle2>
        </legend>
        {choice('method', t.fieldMethod, [
          ['equal', t.methodEqual],
          ['history', t.methodHistory],
          ['potential', t.methodPotential],
          ['blend', t.methodBlend],
        ])}
        {form.method === 'blend' && text('blendHistoryPercent', t.fieldBlendHistory, amount)}
        {text('cushionPercent', t.fieldCushion, amount)}
        {choice('seasonality', t.fieldSeasonality, [
          ['even', t.seasonalityEven],
          ['springFestival', t.seasonalitySpringFestival],
        ])}
        {choice('paceMode', t.fieldPace, [
          ['seasonal', t.paceSeasonal],
          ['linear', t.paceLinear],
        ])}
      </fieldset>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>
          <Subtitle2>{t.groupStatus}</Subtitle2>
        </legend>
        <div className={styles.pair}>
          {text('atRiskPercent', t.fieldAtRisk, amount)}
          {text('laggingPercent', t.fieldLagging, amount)}
        </div>
      </fieldset>
    </div>
  );
}
