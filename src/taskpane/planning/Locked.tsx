import { mergeClasses } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { usePlanningStyles } from './styles';

/**
 * Fields that cannot be edited while an action runs: a native `fieldset disabled` locks every
 * control inside it (typing, pasting, choosing), which Fluent's inputs follow. The form's
 * buttons stay outside it (disabledFocusable), so the focus stays where the user pressed.
 */
export function Locked({ locked, gap, children }: { locked: boolean; gap: 'M' | 'S'; children: ReactNode }) {
  const styles = usePlanningStyles();
  return (
    <fieldset disabled={locked} className={mergeClasses(styles.locked, gap === 'M' ? styles.lockedGapM : styles.lockedGapS)}>
      {children}
    </fieldset>
  );
}
