/**
 * **Team editing in the pane** (the change form): a hire, a leaver, a new name or weight,
 * applied to the saved team without re-selecting a range. Pure: the result goes to
 * `buildPlanInWorkbook` with the saved plan, which re-splits and logs it (issue 6's change).
 */
import { isoToSerial, serialToIso } from '../core/dates';
import type { Rep } from '../workbook/plan';
import { parseNumberText } from './plan-form';

/** What the editor shows for one rep, as typed. */
export interface RepFields {
  name: string;
  history: string;
  potential: string;
  /** `yyyy-mm-dd`, or '' (stays). */
  leaveDate: string;
}

/** A hire, as typed. */
export interface HireFields {
  id: string;
  name: string;
  /** `yyyy-mm-dd`, or '' (there before the plan). */
  startDate: string;
  history: string;
  potential: string;
}

export type FieldProblem = 'id' | 'idTaken' | 'number' | 'date';
export type FieldProblems<F> = Partial<Record<keyof F, FieldProblem>>;

/** Rep IDs compare as the plan checks them: ignoring case and spaces. */
const idKey = (id: string) => id.replace(/\s+/g, '').toLowerCase();

export function repFields(rep: Rep): RepFields {
  return {
    name: rep.name,
    history: String(rep.history),
    potential: String(rep.potential),
    leaveDate: rep.leaveDate == null ? '' : serialToIso(Math.floor(rep.leaveDate)),
  };
}

function amount(text: string): number | null {
  const n = parseNumberText(text);
  return typeof n === 'number' && n >= 0 ? n : null;
}

/** '' → null (none); a date → its serial; anything else → undefined (a problem). */
function optionalDate(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  return isoToSerial(text.trim()) ?? undefined;
}

/**
 * The rep after the editor's fields; the problems when a field cannot be taken.
 * @example editedRep(rep('A'), { name: 'Ann', history: '120', potential: '100', leaveDate: '2026-09-30' })
 * // => { rep: { id: 'A', name: 'Ann', history: 120, leaveDate: 46295, … } }
 */
export function editedRep(rep: Rep, fields: RepFields): { rep: Rep } | { problems: FieldProblems<RepFields> } {
  const history = amount(fields.history);
  const potential = amount(fields.potential);
  const leaveDate = optionalDate(fields.leaveDate);
  const problems: FieldProblems<RepFields> = {};
  if (history === null) problems.history = 'number';
  if (potential === null) problems.potential = 'number';
  if (leaveDate === undefined) problems.leaveDate = 'date';
  if (Object.keys(problems).length > 0) return { problems };
  const name = fields.name.trim() || rep.name;
  const next: Rep = { ...rep, name, history: history!, potential: potential! };
  if (leaveDate === null) delete next.leaveDate;
  else next.leaveDate = leaveDate;
  return { rep: next };
}

/**
 * A new rep from the hire's fields; refused when the Rep ID is blank or already in `team`.
 * A blank history or potential is the team's mean (rounded).
 * @example newHire({ id: 'D', name: 'Dee', startDate: '2026-07-01', history: '', potential: '' }, team, 'North')
 * // => { rep: { id: 'D', name: 'Dee', team: 'North', startDate: 46204, history: 100, potential: 100 } } (a team at 100 each)
 */
export function newHire(
  fields: HireFields,
  team: readonly Rep[],
  teamName: string,
): { rep: Rep } | { problems: FieldProblems<HireFields> } {
  const id = fields.id.trim();
  const problems: FieldProblems<HireFields> = {};
  if (id === '') problems.id = 'id';
  else if (team.some((r) => idKey(r.id) === idKey(id))) problems.id = 'idTaken';
  const startDate = optionalDate(fields.startDate);
  if (startDate === undefined) problems.startDate = 'date';
  // A blank weight is the team's mean: a weight of 0 would give the hire no quota under a
  // history, potential or blend split (baseShares normalises 0 to 0).
  const mean = (pick: (r: Rep) => number) => (team.length === 0 ? 0 : Math.round(team.reduce((s, r) => s + pick(r), 0) / team.length));
  const history = fields.history.trim() === '' ? mean((r) => r.history) : amount(fields.history);
  const potential = fields.potential.trim() === '' ? mean((r) => r.potential) : amount(fields.potential);
  if (history === null) problems.history = 'number';
  if (potential === null) problems.potential = 'number';
  if (Object.keys(problems).length > 0) return { problems };
  return { rep: { id, name: fields.name.trim() || id, team: teamName, startDate: startDate!, history: history!, potential: potential! } };
}

/** Replaces the rep with the same id. */
export function replaceRep(team: readonly Rep[], rep: Rep): Rep[] {
  return team.map((r) => (r.id === rep.id ? rep : r));
}

/** How many reps differ from the saved team (added, or any field changed). */
export function editCount(saved: readonly Rep[], team: readonly Rep[]): number {
  const before = new Map(saved.map((r) => [r.id, JSON.stringify(r)]));
  return team.filter((r) => before.get(r.id) !== JSON.stringify(r)).length;
}
