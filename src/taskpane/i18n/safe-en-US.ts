import { enUS as book } from '../../workbook/i18n/en-US';
import { targetsHeaders } from '../../workbook/columns/targets';
import type { SafeStrings } from './safe-strings';

const { sheets: s } = book;
const col = targetsHeaders('en-US');

export const safeEnUS: SafeStrings = {
  planUnreadableSafe: 'Nothing is built over it from here. Try again; if it still cannot be read, ask whoever built the plan.',

  teamEditTitle: 'Edit the team',
  teamEditRep: 'Rep to edit',
  teamEditName: col.name,
  teamEditHistory: col.history,
  teamEditPotential: col.potential,
  teamEditLeaveDate: `${col.leaveDate} (leaver)`,
  teamEditStartDate: col.startDate,
  teamEditRepId: col.repId,
  teamEditAddHire: 'Add a hire…',
  teamEditAdd: 'Add to the team',
  teamEditChanges: 'Changes to the team: {count}',
  teamEditUndo: 'Undo the team changes',
  teamProblemIdTaken: 'Rep ID {id} is already in the team.',
  teamProblemId: 'Enter a Rep ID.',
  teamProblemNumber: 'Enter a number of 0 or more.',
  teamProblemDate: 'Enter a date, or leave it blank.',

  previewButton: 'Preview',
  previewLoading: 'Working out the split…',
  previewTitleNew: 'Check the split before it is written',
  previewTitleChange: 'What this change does',
  previewTitleReplan: 'What the re-plan does',
  previewSumOk: 'Quotas add up to {total}: the target {target} plus a cushion of {cushion}.',
  previewSumOff: 'Quotas add up to {total}, not {expected}. Check the plan before building.',
  previewSmart: 'SMART check of the team target: {verdict}.',
  previewSmartGrowth: 'Growth over the team’s history ({baseline}): {growth}.',
  previewSmartNoBaseline: 'No history was given, so the growth cannot be checked.',
  previewSmartA: 'A (achievable) needs the team’s results over several years, which the plan does not have yet.',
  previewPerRep: 'Per rep ({count})',
  previewShownFirst: 'The first {shown} of {count} reps are shown.',
  previewColRep: col.repId,
  previewColQuota: col.annualQuota,
  previewColRamp: col.ramp,
  previewColWeight: col.weight,
  previewColBefore: 'Before',
  previewColAfter: 'After',
  previewAdded: 'new',
  previewRemoved: 'removed',
  previewPeriodsChange: 'Periods that change: {periods} ({count} of {total}).',
  previewNoChange: 'No quota changes.',
  previewTeamTotals: 'Team quota over the plan: {before} → {after}.',
  previewTarget: 'Team target: {before} → {after}.',
  previewConcentrated:
    'Everything that changes lands in {period}: its team quota becomes {factor}× what it was. Check the as-of date before applying.',
  previewConcentratedFromZero: 'Everything that changes lands in {period}. Check the as-of date before applying.',
  previewPlanExists: 'This workbook has a plan now, so nothing was built. Look at it before changing it.',
  previewShowPlan: 'Show the plan',
  confirmBuild: 'Build the plan',
  confirmChange: 'Apply the change',
  confirmReplan: 'Apply the re-plan',
  backToForm: 'Back to the form',

  snapshotAgainTitle: `A snapshot for {date} is already in the ${s.review} sheet`,
  snapshotAgainBody: `${s.review} keeps every snapshot: another one adds {rows} more rows for the same date.`,
  snapshotAgainConfirm: 'Take another snapshot',

  doneSnapshot: 'Snapshot of {count} reps taken for {date}.',
  doneBuilt: 'Quotas for {count} reps, {first} to {last}, are in the sheets.',
  doneChanged: '{changed} of {total} periods were split again; the others kept their quotas. The change is in the Change log.',
  doneChangedNothing: 'The sheets were rebuilt; no quota changed.',
  doneReplanned: 'The target is now {target}; {periods} were split again. The change is in the Change log.',
};
