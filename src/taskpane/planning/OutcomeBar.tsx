import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { Outcome } from '../outcome';
import { usePlanningStyles } from './styles';

/**
 * What the last action did. When the control that started it has gone (a build replaces the
 * build card, a re-plan closes its form), focus moves here rather than to the page's start.
 */
function OutcomeBar({ outcome }: { outcome: Outcome }) {
  const styles = usePlanningStyles();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) ref.current?.focus();
  }, [outcome]);
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
      </MessageBarBody>
    </MessageBar>
  );
}

/** The outcome if it belongs at `where`. */
export function OutcomeAt({ outcome, where }: { outcome: Outcome | null; where: Outcome['where'] }) {
  return outcome && outcome.where === where ? <OutcomeBar outcome={outcome} /> : null;
}
