import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useState } from 'react';
import { localSerial } from '../../core/dates';
import { previewSnapshot, takeReviewSnapshot, type SnapshotPreview } from '../../excel';
import { fill, type UiStrings } from '../i18n';
import { snapshotDate, snapshotDoneText } from '../preview-view';
import type { Operations } from './use-planning';

interface Props {
  ops: Operations;
  t: UiStrings;
  locale: string;
  className?: string;
}

/**
 * The snapshot button, and the question it asks first when Review already has a snapshot of
 * today (Review is append-only: a second one cannot be taken back from the pane).
 */
export function useSnapshotAction({ ops, t, locale, className }: Props) {
  const [again, setAgain] = useState<{ at: number; preview: SnapshotPreview } | null>(null);
  const [checking, setChecking] = useState(false);

  const take = (at: number, preview: SnapshotPreview) =>
    ops.perform(
      'snapshot',
      (progress) => takeReviewSnapshot(at, progress),
      () => snapshotDoneText(preview, at, t, locale),
    );

  const start = async () => {
    setAgain(null);
    setChecking(true);
    const at = localSerial(new Date());
    let preview: SnapshotPreview;
    try {
      preview = await previewSnapshot();
    } catch (error) {
      setChecking(false);
      // Worded and shown like the snapshot's own failure.
      await ops.perform('snapshot', () => Promise.reject(error));
      return;
    }
    setChecking(false);
    if (preview.lastSnapshot === Math.floor(at)) setAgain({ at, preview });
    else await take(at, preview);
  };

  const busy = ops.busy !== null || checking;
  const button = (
    <Button className={className} disabledFocusable={busy} aria-busy={ops.busy === 'snapshot' || checking} onClick={() => void start()}>
      {t.snapshotButton}
    </Button>
  );
  const question = again && (
    <MessageBar intent="warning" layout="multiline" data-testid="snapshot-again">
      <MessageBarBody>
        <MessageBarTitle>{fill(t.snapshotAgainTitle, { date: snapshotDate(again.at, locale) })}</MessageBarTitle>
        {fill(t.snapshotAgainBody, { rows: again.preview.reps + 1 })}
      </MessageBarBody>
      <MessageBarActions>
        <Button
          disabledFocusable={busy}
          onClick={() => {
            const { at, preview } = again;
            setAgain(null);
            void take(at, preview);
          }}
        >
          {t.snapshotAgainConfirm}
        </Button>
        <Button disabledFocusable={busy} onClick={() => setAgain(null)}>
          {t.cancel}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
  return { button, question };
}
