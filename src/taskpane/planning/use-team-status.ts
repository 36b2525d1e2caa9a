import { useCallback, useEffect, useRef, useState } from 'react';
import { readTeamStatus, watchPlanInputs, type PlanState, type TeamStatus } from '../../excel';
import type { Locale } from '../../core/locale';

/** Quiet time after the last change before the list is read again: a rep typing a row is one read. */
export const STATUS_DEBOUNCE_MS = 800;

export type StatusLoad = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; team: TeamStatus };

/**
 * The team's status for a plan, read after every build or refresh (a new saved plan) and again
 * when Setup or Actuals change — by this user or a co-author (Remote): either way the list
 * just updates, nothing pops up. While an action runs the changes it makes are ignored; the
 * plan it saves brings a fresh read.
 */
export interface TeamStatusReads {
  load: StatusLoad;
  /** Reads again, showing that it reads (Retry). */
  reload: () => void;
  /** Reads again and swaps the result in place (after an edit), keeping focus where it is. */
  update: () => void;
}

export function useTeamStatus(plan: PlanState, locale: Locale, busy: boolean): TeamStatusReads {
  const [load, setLoad] = useState<StatusLoad>({ status: 'loading' });
  const busyRef = useRef(busy);
  busyRef.current = busy;
  const latest = useRef(0);

  const read = useCallback(
    (quiet: boolean) => {
      const ticket = ++latest.current;
      if (!quiet) setLoad({ status: 'loading' });
      readTeamStatus(locale).then(
        (team) => ticket === latest.current && setLoad(team ? { status: 'ready', team } : { status: 'failed' }),
        () => ticket === latest.current && setLoad((now) => (quiet && now.status === 'ready' ? now : { status: 'failed' })),
      );
    },
    [locale],
  );

  // A new saved plan (build, refresh, re-plan, a co-author's build read back): read again.
  useEffect(() => read(false), [read, plan.savedAt, plan.revision]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => Promise<void>) | undefined;
    let gone = false;
    const changed = () => {
      if (busyRef.current) return;
      clearTimeout(timer);
      timer = setTimeout(() => read(true), STATUS_DEBOUNCE_MS);
    };
    watchPlanInputs(plan, changed).then(
      (s) => (gone ? void s().catch(() => undefined) : (stop = s)),
      () => undefined, // no events (an older Excel): the list still follows builds and refreshes
    );
    return () => {
      gone = true;
      clearTimeout(timer);
      void stop?.().catch(() => undefined);
    };
  }, [plan, read]);

  return { load, reload: () => read(false), update: () => read(true) };
}
