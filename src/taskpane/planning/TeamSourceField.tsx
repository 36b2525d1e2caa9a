import { Button, Caption1, Field, Radio, RadioGroup, SpinButton } from '@fluentui/react-components';
import { fill, type UiStrings } from '../i18n';
import { usePlanningStyles } from './styles';
import { TeamEditor } from './TeamEditor';
import { SAMPLE_SIZE, type RangeStatus, type Team, type TeamSource } from './use-team';

/**
 * The team choice: the plan's reps, edited here (when there is a plan), or the selected range;
 * a sample only while the workbook has no plan.
 */
export function TeamSourceField({ team, t, savedCount, disabled }: { team: Team; t: UiStrings; savedCount?: number; disabled: boolean }) {
  const styles = usePlanningStyles();
  return (
    <div className={styles.fields}>
      <Field label={t.fieldTeam} {...(team.source === 'range' ? rangeMessage(team.range, t) : {})}>
        <RadioGroup value={team.source} onChange={(_, d) => team.choose(d.value as TeamSource)}>
          {savedCount !== undefined && <Radio value="saved" label={fill(t.teamSaved, { count: savedCount })} />}
          <Radio value="range" label={t.teamRange} />
          {savedCount === undefined && <Radio value="sample" label={t.teamSample} />}
        </RadioGroup>
      </Field>
      {team.source === 'saved' && team.saved && (
        <TeamEditor saved={team.saved} team={team.edited} onChange={team.setEdited} t={t} disabled={disabled} />
      )}
      {team.source === 'range' && (
        <div className={styles.indented} data-testid="team-range">
          <Caption1>{t.teamRangeHint}</Caption1>
          <Button size="small" disabledFocusable={disabled || team.range.state === 'reading'} onClick={() => void team.readRange()}>
            {t.teamReadAgain}
          </Button>
        </div>
      )}
      {team.source === 'sample' && savedCount === undefined && (
        <div className={styles.indented}>
          <Field label={t.fieldSampleSize}>
            <SpinButton
              min={SAMPLE_SIZE.min}
              max={SAMPLE_SIZE.max}
              value={team.sampleSize}
              incrementButton={{ 'aria-label': t.sampleMore }}
              decrementButton={{ 'aria-label': t.sampleFewer }}
              onChange={(_, d) => {
                const typed = d.value ?? Number.parseInt(d.displayValue ?? '', 10);
                if (Number.isFinite(typed)) team.setSampleSize(Math.min(SAMPLE_SIZE.max, Math.max(SAMPLE_SIZE.min, Math.round(typed))));
              }}
            />
          </Field>
        </div>
      )}
    </div>
  );
}

/** The range's status as a Field message: found (success), a problem (error), or reading. */
function rangeMessage(range: RangeStatus, t: UiStrings): { validationMessage?: string; validationState?: 'error' | 'success' | 'none' } {
  switch (range.state) {
    case 'reading':
      return { validationMessage: t.teamRangeReading, validationState: 'none' };
    case 'found':
      return { validationMessage: fill(t.teamRangeFound, { count: range.count }), validationState: 'success' };
    case 'problem':
      return { validationMessage: range.text, validationState: 'error' };
    case 'idle':
      return {};
  }
}
