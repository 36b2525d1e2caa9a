import type { Locale } from '../../core/locale';
import type { PlanState } from '../../excel';
import { MonthEndCard } from './MonthEndCard';
import type { Operations } from './use-planning';
import type { UiStrings } from '../i18n';
import { MyNumbersCard } from './MyNumbersCard';
import { TeamStatusCard } from './TeamStatusCard';
import { useTeamStatus } from './use-team-status';

/** What the plan says now: the month-end routine, the rep's own numbers, the team's status; one read feeds them all. */
export function PlanStatus({ plan, locale, t, ops }: { plan: PlanState; locale: Locale; t: UiStrings; ops: Operations }) {
  const busy = ops.busy !== null;
  const status = useTeamStatus(plan, locale, busy);
  return (
    <>
      <MonthEndCard plan={plan} locale={locale} t={t} ops={ops} status={status} />
      <MyNumbersCard plan={plan} locale={locale} t={t} status={status} />
      <TeamStatusCard plan={plan} locale={locale} t={t} busy={busy} status={status} />
    </>
  );
}
