import { useState } from 'react';
import { selectedValues } from '../../excel';
import type { Rep } from '../../workbook/plan';
import { sampleTeam } from '../../workbook/sample';
import type { Locale } from '../../core/locale';
import type { UiStrings } from '../i18n';
import { errorText, repsProblemText } from '../problem-text';
import { repsFromRange } from '../reps-table';

/**
 * Where the team for a build comes from: the plan's own reps (edited in the pane), the selected
 * range, or a sample — the sample only while the workbook has no plan: it never replaces a real team.
 */
export type TeamSource = 'saved' | 'range' | 'sample';

/** What reading the selected range gave, shown under the choice. */
export type RangeStatus = { state: 'idle' } | { state: 'reading' } | { state: 'found'; count: number } | { state: 'problem'; text: string };

export const SAMPLE_SIZE = { min: 1, max: 5000, initial: 25 };

export interface Team {
  source: TeamSource;
  choose: (source: TeamSource) => void;
  sampleSize: number;
  setSampleSize: (size: number) => void;
  range: RangeStatus;
  readRange: () => Promise<Rep[] | null>;
  /** The saved team (a plan exists), and that team with the pane's edits (TeamEditor). */
  saved?: readonly Rep[];
  edited: Rep[];
  setEdited: (team: Rep[]) => void;
  /** The reps to build with, or null when there are none (the reason is in `range`). */
  resolve: () => Promise<Rep[] | null>;
}

/** Team choice state; `savedReps` (a plan exists) makes "keep the current team" the default. */
export function useTeam(locale: Locale, t: UiStrings, savedReps?: readonly Rep[]): Team {
  const [source, setSource] = useState<TeamSource>(savedReps ? 'saved' : 'sample');
  const [sampleSize, setSampleSize] = useState(SAMPLE_SIZE.initial);
  const [range, setRange] = useState<RangeStatus>({ state: 'idle' });
  const [edited, setEdited] = useState<Rep[]>(() => [...(savedReps ?? [])]);

  // The selection is read when the choice is made (to show what was found) and again at build
  // time, so what is built is what is selected when the button is pressed.
  const readRange = async (): Promise<Rep[] | null> => {
    setRange({ state: 'reading' });
    try {
      const result = repsFromRange(await selectedValues());
      if ('problem' in result) {
        setRange({ state: 'problem', text: repsProblemText(result.problem, t) });
        return null;
      }
      setRange({ state: 'found', count: result.reps.length });
      return result.reps;
    } catch (error) {
      setRange({ state: 'problem', text: errorText(error, t) });
      return null;
    }
  };

  const choose = (next: TeamSource) => {
    if (next === 'sample' && savedReps) return; // a plan's team is never swapped for a sample
    setSource(next);
    if (next === 'range') void readRange();
  };

  const resolve = async (): Promise<Rep[] | null> => {
    if (source === 'range') return readRange();
    if (savedReps) return [...edited]; // 'saved': the team with the pane's edits
    return sampleTeam({ reps: sampleSize, locale }).members.map((m) => m.rep);
  };

  return { source, choose, sampleSize, setSampleSize, range, readRange, saved: savedReps, edited, setEdited, resolve };
}
