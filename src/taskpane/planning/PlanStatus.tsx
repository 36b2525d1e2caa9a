import type { Locale } from '../../core/locale';
import type { PlanState } from '../../excel';
import type { UiStrings } from '../i18n';
import { MyNumbersCard } from './MyNumbersCard';
import { TeamStatusCard } from './TeamStatusCard';
import { useTeamStatus } from './use-team-status';

/** What the plan says now: the rep's own numbers, then the team's status; one read feeds both. */
export function PlanStatus({ plan, locale, t, busy }: { plan: PlanState; locale: Locale; t: UiStrings; busy: boolean }) {
  const status = useTeamStatus(plan, locale, busy);
  return (
    <>
      <MyNumbersCard plan={plan} locale={locale} t={t} status={status} />
      <TeamStatusCard plan={plan} locale={locale} t={t} busy={busy} status={status} />
    </>
  );
}
