import {
  Badge,
  Button,
  Caption1,
  Card,
  CardHeader,
  Combobox,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Subtitle2,
} from '@fluentui/react-components';
import { Fragment, useState } from 'react';
import type { Locale } from '../../core/locale';
import { selectRep, type PlanState, type RepNumbers } from '../../excel';
import type { UiStrings } from '../i18n';
import { matchingReps, rememberedRep, rememberRep, type KeyValueStore } from '../my-rep';
import { errorText } from '../problem-text';
import { statusWord } from '../team-status-view';
import { usePlanningStyles } from './styles';
import type { TeamStatusReads } from './use-team-status';

interface Props {
  plan: PlanState;
  locale: Locale;
  t: UiStrings;
  status: TeamStatusReads;
}

/** localStorage, or nothing where the WebView has none (or refuses it). */
function paneStore(): KeyValueStore | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** A rep's desk: their quota, to date, pace, gap, what each remaining period needs, Status and Reason; and their rows. */
export function MyNumbersCard({ plan, locale, t, status }: Props) {
  const styles = usePlanningStyles();
  const repIds = plan.reps.map((r) => r.id);
  const [me, setMe] = useState<string | null>(() => rememberedRep(paneStore(), plan.setup.planName, repIds));
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const reps = status.load.status === 'ready' ? status.load.team.reps : [];
  const mine = reps.find((r) => r.repId === me) ?? null;

  const choose = (repId: string | null) => {
    rememberRep(paneStore(), plan.setup.planName, repId);
    setMe(repId);
    setTyped('');
    setProblem(null);
  };
  const money = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(n);
  const percent = (n: number) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(n);

  return (
    <Card data-testid="my-numbers" aria-labelledby="my-numbers-title">
      <CardHeader
        header={
          <Subtitle2 as="h2" id="my-numbers-title">
            {t.myTitle}
          </Subtitle2>
        }
        description={mine ? <Caption1>{`${mine.name} (${mine.repId})`}</Caption1> : <Caption1>{t.myIntro}</Caption1>}
      />
      {!mine && status.load.status === 'ready' && (
        <Field label={t.myPick}>
          <Combobox
            freeform
            value={typed}
            data-testid="my-pick"
            onChange={(e) => setTyped(e.target.value)}
            onOptionSelect={(_, data) => data.optionValue && choose(data.optionValue)}
          >
            {matchingReps(reps, typed).map((r) => (
              <Option key={r.repId} value={r.repId} text={`${r.name} (${r.repId})`}>
                {`${r.name} (${r.repId})`}
              </Option>
            ))}
            {matchingReps(reps, typed).length === 0 && (
              <Option disabled value="" text={t.myNoMatch}>
                {t.myNoMatch}
              </Option>
            )}
          </Combobox>
        </Field>
      )}
      {mine && (
        <>
          <dl className={styles.facts} data-testid="my-facts">
            {facts(mine, t, money, percent).map(([label, value]) => (
              <Fragment key={label}>
                <dt className={styles.factLabel}>{label}</dt>
                <dd className={styles.factValue}>{value}</dd>
              </Fragment>
            ))}
            <dt className={styles.factLabel}>{t.myStatus}</dt>
            <dd className={styles.factValue}>
              <Badge appearance="tint" shape="rounded" data-testid="my-status" data-status={mine.status}>
                {statusWord(mine.status, locale)}
              </Badge>
            </dd>
          </dl>
          {mine.reasons.length > 0 && (
            <ul data-testid="my-reasons">
              {mine.reasons.map((reason) => (
                <li key={reason}>
                  <Caption1>{reason}</Caption1>
                </li>
              ))}
            </ul>
          )}
          {problem && (
            <MessageBar intent="warning" layout="multiline" aria-labelledby={undefined}>
              <MessageBarBody>{problem}</MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.actions}>
            <Button
              appearance="primary"
              className={styles.fillRow}
              data-testid="my-rows"
              onClick={() => selectRep(plan, mine.repId, 'actuals').catch((error: unknown) => setProblem(errorText(error, t)))}
            >
              {t.myGoToRows}
            </Button>
            <Button appearance="subtle" className={styles.fillRow} onClick={() => choose(null)}>
              {t.myChange}
            </Button>
          </div>
        </>
      )}
    </Card>
  );
}

function facts(rep: RepNumbers, t: UiStrings, money: (n: number) => string, percent: (n: number) => string): [string, string][] {
  const dash = '—';
  return [
    [t.myQuota, money(rep.quota)],
    [t.myTarget, money(rep.targetToDate)],
    [t.myActual, money(rep.actualToDate)],
    [t.myPace, rep.pace === null ? dash : percent(rep.pace)],
    [t.myGap, money(rep.gap)],
    [t.myRequired, rep.requiredPerPeriod === null ? dash : money(rep.requiredPerPeriod)],
  ];
}
