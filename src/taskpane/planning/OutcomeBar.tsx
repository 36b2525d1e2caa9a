import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { UiStrings } from '../i18n';
import type { Outcome, Working } from '../outcome';
import { usePlanningStyles } from './styles';
import type { Operations } from './use-planning';

/**
 * What the last action did. When the control that started it has gone (a build replaces the
 * build card, a re-plan closes its form), focus moves here rather than to the page's start.
 * A failure names the action, says what changed, keeps Office's own text under Details and
 * offers Retry: in a form, Retry submits the form again (so it finishes as the form would).
 */
function OutcomeBar({ outcome, ops, t }: { outcome: Outcome; ops: Operations; t: UiStrings }) {
  const styles = usePlanningStyles();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) ref.current?.focus();
  }, [outcome]);
  const inForm = outcome.where === 'form';
  const busy = ops.busy !== null;
  return (
    <MessageBar
      ref={ref}
      tabIndex={-1}
      className={styles.message}
      intent={outcome.intent}
      layout="multiline"
      data-testid="plan-outcome"
      data-intent={outcome.intent}
    >
      <MessageBarBody>
        <MessageBarTitle>{outcome.title}</MessageBarTitle>
        {outcome.body}
        {outcome.change && <div data-testid="outcome-change">{outcome.change}</div>}
        {outcome.details && (
          <details className={styles.details}>
            <summary>{t.errorDetails}</summary>
            <span data-testid="outcome-details">{outcome.details}</span>
          </details>
        )}
      </MessageBarBody>
      {outcome.retry && (
        <MessageBarActions>
          {outcome.retry === 'again' && inForm ? (
            <Button type="submit" disabledFocusable={busy}>
              {t.retry}
            </Button>
          ) : (
            <Button disabledFocusable={busy} onClick={outcome.retry === 'refresh' ? ops.refresh : ops.retry}>
              {outcome.retry === 'refresh' ? t.refreshButton : t.retry}
            </Button>
          )}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

/** While an action runs: its step and how far, in place of the outcome. */
function WorkingBar({ working }: { working: Working }) {
  return (
    <Field label={working.label} hint={working.percent} data-testid="plan-progress">
      <ProgressBar value={working.fraction} max={1} thickness="large" />
    </Field>
  );
}

/** The outcome, or the progress of the running action, if it belongs at `where`. */
export function OutcomeAt({ ops, where, t }: { ops: Operations; where: Outcome['where']; t: UiStrings }) {
  const outcome = ops.outcome;
  if (!outcome || outcome.where !== where) return null;
  if (outcome.intent === 'progress') return <WorkingBar working={outcome} />;
  return <OutcomeBar outcome={outcome} ops={ops} t={t} />;
}
