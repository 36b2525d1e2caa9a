/**
 * Which rep the person at this pane is, remembered for them: in the pane's own storage
 * (localStorage is per user profile and per add-in origin, never in the shared workbook, so
 * co-authors each keep their own), by plan, since Rep IDs mean something only within a plan.
 */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = 'sales-planner:my-rep:';

/** The key for a plan: its name (what the person sees as "this plan"). */
export function myRepKey(planName: string): string {
  return `${PREFIX}${planName}`;
}

/** The remembered Rep ID if this plan still has that rep; else null. Storage that fails (private mode) remembers nothing. */
export function rememberedRep(store: KeyValueStore | null, planName: string, repIds: readonly string[]): string | null {
  try {
    const id = store?.getItem(myRepKey(planName)) ?? null;
    return id !== null && repIds.includes(id) ? id : null;
  } catch {
    return null;
  }
}

export function rememberRep(store: KeyValueStore | null, planName: string, repId: string | null): void {
  try {
    if (repId === null) store?.removeItem(myRepKey(planName));
    else store?.setItem(myRepKey(planName), repId);
  } catch {
    // Storage refused (a locked-down WebView): the choice lasts for this session only.
  }
}

/**
 * The reps whose ID or name contains what was typed (any case), at most `limit`: a team of
 * 5,000 is found by typing, not by scrolling.
 */
export function matchingReps<T extends { repId: string; name: string }>(reps: readonly T[], typed: string, limit = 20): T[] {
  const q = typed.trim().toLowerCase();
  const out: T[] = [];
  for (const rep of reps) {
    if (q === '' || rep.repId.toLowerCase().includes(q) || rep.name.toLowerCase().includes(q)) out.push(rep);
    if (out.length === limit) break;
  }
  return out;
}
