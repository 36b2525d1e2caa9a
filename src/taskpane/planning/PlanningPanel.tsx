import {
  Button,
  Caption1,
  Card,
  CardHeader,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
} from '@fluentui/react-components';
import { localSerial } from '../../core/dates';
import type { Locale } from '../../core/locale';
import { uiStrings, type UiStrings } from '../i18n';
import { defaultForm } from '../plan-form';
import { PlanBuilder } from './PlanBuilder';
import { PlanCard } from './PlanCard';
import { PlanStatus } from './PlanStatus';
import { usePlanningStyles } from './styles';
import { usePlanning, type Operations } from './use-planning';

/** The planning part of the pane: build a plan, or run the one the workbook has. */
export function PlanningPanel({ locale }: { locale: Locale }) {
  const styles = usePlanningStyles();
  const t = uiStrings[locale];
  const { load, ops, reload } = usePlanning(locale, t);
  // Only a workbook known to have no plan gets the build card. A plan that cannot be read is
  // never rebuilt from here (a sample team over a real plan was one click away): Retry only.
  const canBuildNew = load.status === 'ready' && !load.plan;

  return (
    <section className={styles.stack} data-testid="planning" aria-busy={ops.busy !== null || load.status === 'loading'}>
      {load.status === 'loading' && <Spinner size="small" label={t.planLoading} />}
      {load.status === 'failed' && (
        <MessageBar intent="error" layout="multiline" data-testid="plan-load-error">
          <MessageBarBody>
            <MessageBarTitle>{t.planUnreadableTitle}</MessageBarTitle>
            {load.message} {t.planUnreadableSafe}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={reload}>{t.retry}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {load.status === 'ready' && load.plan && <PlanCard plan={load.plan} locale={locale} t={t} ops={ops} />}
      {load.status === 'ready' && load.plan && <PlanStatus plan={load.plan} locale={locale} t={t} ops={ops} />}
      {canBuildNew && <NewPlanCard locale={locale} t={t} ops={ops} onPlanFound={reload} />}
    </section>
  );
}

function NewPlanCard({ locale, t, ops, onPlanFound }: { locale: Locale; t: UiStrings; ops: Operations; onPlanFound: () => void }) {
  return (
    <Card data-testid="build-card">
      <CardHeader header={<Subtitle2 as="h2">{t.buildTitle}</Subtitle2>} description={<Caption1>{t.buildIntro}</Caption1>} />
      <PlanBuilder
        t={t}
        locale={locale}
        initialForm={defaultForm(Math.floor(localSerial(new Date())), locale)}
        ops={ops}
        submitLabel={t.buildButton}
        onPlanFound={onPlanFound}
      />
    </Card>
  );
}
