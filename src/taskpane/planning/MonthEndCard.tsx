import { Button, Caption1, Card, CardHeader, Field, Input, MessageBar, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { isoToSerial, localSerial, serialToIso, serialToYmd, ymdToSerial } from '../../core/dates';
import type { Locale } from '../../core/locale';
import { previewSnapshot, writeAsOf, type PlanState } from '../../excel';
import { workbookText } from '../../workbook/i18n';
import { fill, type UiStrings } from '../i18n';
import { snapshotDate } from '../preview-view';
import { errorText } from '../problem-text';
import { useSnapshotAction } from './SnapshotAction';
import { usePlanningStyles } from './styles';
import type { TeamStatusReads } from './use-team-status';
import type { Operations } from './use-planning';

interface Props {
  plan: PlanState;
  locale: Locale;
  t: UiStrings;
  ops: Operations;
  status: TeamStatusReads;
}

/**
 * The month-end routine in one place: move the as-of date (the Setup cell alone: every figure
 * to date follows it), take the Review snapshot, and see when the last one was taken.
 */
export function MonthEndCard({ plan, locale, t, ops, status }: Props) {
  const styles = usePlanningStyles();
  const asOf = status.load.status === 'ready' ? status.load.team.asOf : null;
  const suggested = Math.max(asOf ?? 0, previousMonthEnd(Math.floor(localSerial(new Date()))));
  const [typed, setTyped] = useState<string | null>(null);
  const [message, setMessage] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  const [moving, setMoving] = useState(false);
  const [last, setLast] = useState<number | null | undefined>(undefined);
  const snapshot = useSnapshotAction({ ops, t, locale, className: styles.fillRow });
  const label = workbookText(locale).setup.params.asOf;

  // When the last snapshot was: read once, and again after every action (a snapshot among them).
  useEffect(() => {
    if (ops.busy !== null) return;
    let gone = false;
    previewSnapshot().then(
      (p) => !gone && setLast(p.lastSnapshot),
      () => !gone && setLast(null),
    );
    return () => void (gone = true);
  }, [ops.busy, plan.savedAt]);

  const move = async () => {
    const value = isoToSerial(typed ?? serialToIso(suggested));
    if (value === null) return setMessage({ intent: 'error', text: t.problemBadDate });
    if (asOf === null) return;
    setMoving(true);
    setMessage(null);
    try {
      await writeAsOf(plan, value, asOf);
      setTyped(null);
      setMessage({ intent: 'success', text: fill(t.monthEndMoved, { date: snapshotDate(value, locale) }) });
    } catch (error) {
      setMessage({ intent: 'error', text: errorText(error, t) });
    } finally {
      setMoving(false);
      status.update();
    }
  };

  return (
    <Card data-testid="month-end" aria-labelledby="month-end-title">
      <CardHeader
        header={
          <Subtitle2 as="h2" id="month-end-title">
            {t.monthEndTitle}
          </Subtitle2>
        }
        description={<Caption1>{t.monthEndIntro}</Caption1>}
      />
      <div className={styles.pair}>
        <Field label={label}>
          <Input
            type="date"
            className={styles.control}
            value={typed ?? serialToIso(suggested)}
            data-testid="month-end-asof"
            onChange={(_, d) => setTyped(d.value)}
          />
        </Field>
      </div>
      <div className={styles.actions}>
        <Button
          className={styles.fillRow}
          disabledFocusable={ops.busy !== null || moving || asOf === null}
          aria-busy={moving}
          data-testid="month-end-move"
          onClick={() => void move()}
        >
          {t.monthEndMove}
        </Button>
        {snapshot.button}
      </div>
      {message && (
        <MessageBar intent={message.intent} layout="multiline" aria-labelledby={undefined} data-testid="month-end-message">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {snapshot.question}
      <Caption1 data-testid="month-end-last">
        {last === undefined
          ? ''
          : last === null
            ? t.monthEndNoSnapshot
            : fill(t.monthEndLastSnapshot, { date: snapshotDate(last, locale) })}
      </Caption1>
    </Card>
  );
}

/** The last day of the month before the one `today` is in: what a month end reports to. */
function previousMonthEnd(today: number): number {
  const { year, month } = serialToYmd(today);
  return ymdToSerial(year, month, 1) - 1;
}
