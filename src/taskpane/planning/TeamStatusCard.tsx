import {
  Badge,
  Button,
  Caption1,
  Card,
  CardHeader,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { serialToIso } from '../../core/dates';
import type { Locale } from '../../core/locale';
import { selectRep, type FlaggedRep, type PlanState } from '../../excel';
import { fill, type UiStrings } from '../i18n';
import { errorText } from '../problem-text';
import { behindText, statusCounts, statusWord } from '../team-status-view';
import { RulesEditor } from './RulesEditor';
import { usePlanningStyles } from './styles';
import type { TeamStatusReads } from './use-team-status';

/** Flagged reps shown before "Show more": a long list would bury the pane's other parts. */
const PAGE = 30;

const useStyles = makeStyles({
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, margin: 0, padding: 0, listStyleType: 'none' },
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
  rep: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  repHead: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  repName: { minWidth: 0, textAlign: 'start', overflowWrap: 'anywhere', fontWeight: tokens.fontWeightSemibold },
  grow: { flexGrow: 1, flexBasis: 0 },
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

interface Props {
  plan: PlanState;
  locale: Locale;
  t: UiStrings;
  busy: boolean;
  /** The status as read for this plan (shared with My numbers: one read for both). */
  status: TeamStatusReads;
}

/** Who is flagged and why, worst gap first; a click goes to the rep's Dashboard row or Actuals rows. */
export function TeamStatusCard({ plan, locale, t, busy, status }: Props) {
  const styles = useStyles();
  const shared = usePlanningStyles();
  const { load, reload, update } = status;
  const [shown, setShown] = useState(PAGE);
  const [problem, setProblem] = useState<string | null>(null);

  const go = (rep: FlaggedRep, where: 'dashboard' | 'actuals') => {
    setProblem(null);
    selectRep(plan, rep.repId, where).catch((error: unknown) => {
      setProblem(errorText(error, t));
      update();
    });
  };

  return (
    <Card data-testid="team-status" aria-labelledby="team-status-title">
      <CardHeader
        header={
          <Subtitle2 as="h2" id="team-status-title">
            {t.statusTitle}
          </Subtitle2>
        }
        description={load.status === 'ready' ? <Caption1>{fill(t.statusAsOf, { date: serialToIso(load.team.asOf) })}</Caption1> : undefined}
      />
      {load.status === 'loading' && <Spinner size="tiny" label={t.statusLoading} />}
      {load.status === 'failed' && (
        <MessageBar intent="warning" layout="multiline" aria-labelledby={undefined} data-testid="status-error">
          <MessageBarBody>{t.statusUnreadable}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={reload}>{t.retry}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {problem && (
        <MessageBar intent="warning" layout="multiline" aria-labelledby={undefined} data-testid="status-problem">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {load.status === 'ready' && (
        <div className={shared.stack}>
          <ul className={styles.counts} aria-label={t.statusCountsLabel} data-testid="status-counts">
            {statusCounts(load.team, locale).map((c) => (
              <li key={c.key} data-status={c.key}>
                <Badge appearance="tint" color={badgeColor(c.key)} shape="rounded">
                  {fill(t.statusCount, { status: c.label, n: c.count })}
                </Badge>
              </li>
            ))}
          </ul>
          <Caption1 data-testid="status-team">
            {fill(t.statusTeam, { status: statusWord(load.team.team.status, locale) })}
            {load.team.team.reasons.length > 0 ? ` — ${load.team.team.reasons.join(' · ')}` : ''}
          </Caption1>
          {load.team.flagged.length === 0 ? (
            <Caption1 data-testid="status-none">{t.statusNoneFlagged}</Caption1>
          ) : (
            <ul className={styles.list} aria-label={fill(t.statusFlaggedLabel, { n: load.team.flagged.length })} data-testid="flagged-list">
              {load.team.flagged.slice(0, shown).map((rep) => (
                <li key={rep.repId} className={styles.rep} data-testid="flagged-rep" data-rep-id={rep.repId} data-status={rep.status}>
                  <div className={styles.repHead}>
                    <Link
                      as="button"
                      className={`${styles.repName} ${styles.grow}`}
                      aria-label={fill(t.statusShowRow, { name: `${rep.name} (${rep.repId})` })}
                      data-testid="flagged-rep-row"
                      onClick={() => go(rep, 'dashboard')}
                    >
                      {rep.name} ({rep.repId})
                    </Link>
                    <Badge appearance="filled" color={badgeColor(rep.status)} shape="rounded" className={styles.badge}>
                      {statusWord(rep.status, locale)}
                    </Badge>
                  </div>
                  <Caption1>{behindText(rep.behind, t, locale)}</Caption1>
                  <ul className={styles.reasons} data-testid="flagged-reasons">
                    {rep.reasons.map((reason) => (
                      <li key={reason}>
                        <Caption1>{reason}</Caption1>
                      </li>
                    ))}
                  </ul>
                  <div>
                    <Button
                      size="small"
                      appearance="subtle"
                      aria-label={fill(t.statusShowActuals, { name: `${rep.name} (${rep.repId})` })}
                      data-testid="flagged-rep-actuals"
                      onClick={() => go(rep, 'actuals')}
                    >
                      {t.statusActuals}
                    </Button>
                  </div>
                </li>
              ))}
            </ul>
          )}
          {load.team.flagged.length > shown && (
            <Button onClick={() => setShown((n) => n + PAGE)}>
              {fill(t.statusShowMore, { n: Math.min(PAGE, load.team.flagged.length - shown) })}
            </Button>
          )}
          <RulesEditor plan={plan} rules={load.team.rules} locale={locale} t={t} disabled={busy} onWritten={update} />
        </div>
      )}
    </Card>
  );
}

function badgeColor(key: string): 'danger' | 'warning' | 'success' | 'informative' {
  return key === 'lagging' ? 'danger' : key === 'atRisk' ? 'warning' : key === 'onTrack' ? 'success' : 'informative';
}
