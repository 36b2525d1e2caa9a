/**
 * The pane's words for safe changes (issue 11, items 1–3): team editing, previews, the
 * confirm steps, and what a success did. Kept apart from strings.ts; `UiStrings` extends it.
 */
export interface SafeStrings {
  // A plan that cannot be read is never rebuilt from here.
  planUnreadableSafe: string;

  // Team editing (the change form), without re-selecting a range.
  teamEditTitle: string;
  teamEditRep: string;
  teamEditName: string;
  teamEditHistory: string;
  teamEditPotential: string;
  teamEditLeaveDate: string;
  teamEditStartDate: string;
  teamEditRepId: string;
  teamEditAddHire: string;
  teamEditAdd: string;
  /** {count}: edits to the saved team. */
  teamEditChanges: string;
  teamEditUndo: string;
  /** {id}: the Rep ID typed. */
  teamProblemIdTaken: string;
  teamProblemId: string;
  teamProblemNumber: string;
  teamProblemDate: string;

  // Previews and confirm steps.
  previewButton: string;
  previewLoading: string;
  previewTitleNew: string;
  previewTitleChange: string;
  previewTitleReplan: string;
  /** {total}, {target}, {cushion}. */
  previewSumOk: string;
  /** {total}, {expected}. */
  previewSumOff: string;
  /** {verdict}: SMART or the failing letters. */
  previewSmart: string;
  /** {baseline}, {growth}. */
  previewSmartGrowth: string;
  previewSmartNoBaseline: string;
  previewSmartA: string;
  /** {count}: reps in the table. */
  previewPerRep: string;
  /** {shown}, {count}. */
  previewShownFirst: string;
  previewColRep: string;
  previewColQuota: string;
  previewColRamp: string;
  previewColWeight: string;
  previewColBefore: string;
  previewColAfter: string;
  previewAdded: string;
  previewRemoved: string;
  /** {periods}: first – last changed; {count} of {total}. */
  previewPeriodsChange: string;
  previewNoChange: string;
  /** {before}, {after}: team quota over the plan. */
  previewTeamTotals: string;
  /** {before}, {after}. */
  previewTarget: string;
  /** {period}, {factor}. */
  previewConcentrated: string;
  /** {period}. */
  previewConcentratedFromZero: string;
  previewPlanExists: string;
  previewShowPlan: string;
  confirmBuild: string;
  confirmChange: string;
  confirmReplan: string;
  backToForm: string;

  // A second snapshot for the same date asks first.
  /** {date}. */
  snapshotAgainTitle: string;
  /** {rows}. */
  snapshotAgainBody: string;
  snapshotAgainConfirm: string;

  // What a success did, in words.
  /** {count}: reps; {date}: the snapshot's date. */
  doneSnapshot: string;
  /** {count}: reps; {first}, {last}: periods. */
  doneBuilt: string;
  /** {changed}: periods re-split; {total}: periods. */
  doneChanged: string;
  doneChangedNothing: string;
  /** {target}, {periods}: first – last re-split. */
  doneReplanned: string;
}
