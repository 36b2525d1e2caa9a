import { Button, Caption1, Card, CardHeader, MessageBar, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import { Fragment, useRef, useState } from 'react';
import type { Locale } from '../../core/locale';
import { refreshPlan, type PlanState } from '../../excel';
import type { UiStrings } from '../i18n';
import { planFacts } from '../plan-facts';
import { formFromSetup } from '../setup-form';
import { PlanBuilder } from './PlanBuilder';
import { closeOnEscape } from './escape';
import { ReplanForm } from './ReplanForm';
import { usePlanningStyles } from './styles';
import { OutcomeAt } from './OutcomeBar';
import type { Operations } from './use-planning';

interface Props {
  plan: PlanState;
  locale: Locale;
  t: UiStrings;
  ops: Operations;
}

type Open = 'replan' | 'change' | null;

/** The saved plan at a glance, and what can be done with it. */
export function PlanCard({ plan, locale, t, ops }: Props) {
  const { busy, perform } = ops;
  const styles = usePlanningStyles();
  const [open, setOpen] = useState<Open>(null);
  const toggles = { replan: useRef<HTMLButtonElement>(null), change: useRef<HTMLButtonElement>(null) };
  const toggle = (which: Exclude<Open, null>) => setOpen((now) => (now === which ? null : which));
  // A closed section takes the focus with it: give it back to the button that opened it
  // (the outcome message under the buttons is announced by its live region).
  const close = (which: Exclude<Open, null>) => {
    setOpen(null);
    toggles[which].current?.focus();
  };

  return (
    <Card data-testid="plan-summary">
      <CardHeader header={<Subtitle2 as="h2">{plan.setup.planName}</Subtitle2>} />
      <dl className={styles.facts}>
        {planFacts(plan, locale, t).map((fact) => (
          <Fragment key={fact.label}>
            <dt className={styles.factLabel}>{fact.label}</dt>
            <dd className={styles.factValue}>{fact.value}</dd>
          </Fragment>
        ))}
      </dl>
      <div className={styles.actions}>
        <Button
          className={styles.fillRow}
          appearance="primary"
          disabledFocusable={busy !== null}
          aria-busy={busy === 'refresh'}
          onClick={() => void perform('refresh', (progress) => refreshPlan(progress))}
        >
          {t.refreshButton}
        </Button>
        <Button
          className={styles.fillRow}
          ref={toggles.replan}
          disabledFocusable={busy !== null}
          aria-expanded={open === 'replan'}
          onClick={() => toggle('replan')}
        >
          {t.replanButton}
        </Button>
        <Button
          className={styles.fillRow}
          ref={toggles.change}
          disabledFocusable={busy !== null}
          aria-expanded={open === 'change'}
          onClick={() => toggle('change')}
        >
          {t.changeButton}
        </Button>
      </div>
      <OutcomeAt ops={ops} where="actions" t={t} />
      {open === 'replan' && (
        <ReplanForm
          t={t}
          locale={locale}
          currentTarget={plan.setup.target}
          ops={ops}
          onDone={() => close('replan')}
          onCancel={() => close('replan')}
        />
      )}
      {open === 'change' && (
        <section className={styles.section} aria-label={t.changeTitle} onKeyDown={closeOnEscape(() => busy === null && close('change'))}>
          <Subtitle2 as="h3">{t.changeTitle}</Subtitle2>
          <Caption1>{t.changeIntro}</Caption1>
          {plan.quotas && (
            <MessageBar intent="warning" layout="multiline" aria-labelledby={undefined}>
              <MessageBarBody>{t.changeAfterReplan}</MessageBarBody>
            </MessageBar>
          )}
          <PlanBuilder
            t={t}
            locale={plan.locale}
            uiLocale={locale}
            initialForm={formFromSetup(plan.setup)}
            saved={plan}
            ops={ops}
            submitLabel={t.changeSubmit}
            onBuilt={() => close('change')}
            onCancel={() => close('change')}
          />
        </section>
      )}
    </Card>
  );
}
