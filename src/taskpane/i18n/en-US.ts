import { enUS as book } from '../../workbook/i18n/en-US';
import { CHANGE_LOG } from '../../workbook/columns/logs';
import { targetsHeaders } from '../../workbook/columns/targets';
import type { UiStrings } from './strings';

// The words the pane shares with the workbook come from the workbook's text (tests/taskpane/glossary.test.ts).
const { sheets: s, words: w } = book;
const p = book.setup.params;
const col = targetsHeaders('en-US');

export const enUS: UiStrings = {
  productName: 'Sales Planner',
  tagline: 'Turn a sales target into a plan your team can run in Excel.',
  starting: 'Starting…',
  functionsTitle: 'Custom functions you can use now',
  functionsIntro: 'Type them in any cell. They recalculate with your data like Excel’s own functions.',
  functionsLoading: 'Loading the function list…',
  functionsUnavailable: 'The function list could not be loaded. The functions still work: type =SALES. in a cell to see them.',
  examplesTitle: 'Try these',
  exampleReturns: 'returns',
  outsideTitle: 'Sales Planner runs inside Excel',
  outsideBody: 'This page is the task pane of the Sales Planner add-in. To use it:',
  outsideStepSideload:
    'Add the add-in to Excel (desktop or on the web) by sideloading its manifest.xml, or ask your administrator to deploy it.',
  outsideStepOpen: 'In Excel, on the Home tab, select Sales Planner to open this pane.',
  outsideStepType: 'Type =SALES. in any cell to use the functions.',
  otherHostTitle: 'Sales Planner works in Excel only',
  otherHostBody:
    'This add-in adds functions and planning sheets to Excel workbooks. Open a workbook in Excel and select Home › Sales Planner.',

  tooOldTitle: 'This Excel is too old for Sales Planner',
  tooOldBody:
    'Sales Planner needs {sets}, which this Excel does not have. It works in Microsoft 365 (Excel version 2002 or later), Excel 2021, Excel on the web and Excel for Mac 16.35 or later: update Excel, or open the workbook in Excel on the web.',
  functionsNeedNewerExcel:
    'This Excel cannot run the SALES functions (they need CustomFunctionsRuntime 1.2: Excel version 2311 or later for Excel 2016–2021 bought once, any Microsoft 365 Excel with the shared runtime, Excel on the web, Excel for Mac 16.34 or later). The planning sheets work without them.',

  planLoading: 'Looking for a plan in this workbook…',
  planUnreadableTitle: 'The plan in this workbook cannot be read',
  retry: 'Try again',

  buildTitle: 'Build a planning workbook',
  buildIntro: `Set the target and choose the team. The add-in writes the ${s.setup}, ${s.targets}, ${s.actuals}, ${s.dashboard}, ${s.leaderboard}, ${s.review} and ${s.changeLog} sheets.`,
  fieldPlanName: 'Plan name',
  fieldTarget: p.target,
  fieldStartMonth: 'First month',
  fieldGranularity: p.granularity,
  granularityMonth: `${w.month} (12)`,
  granularityQuarter: `${w.quarter} (4)`,
  fieldAsOf: p.asOf,
  groupSplit: 'How the target is split',
  fieldCushion: `${p.cushion} (%)`,
  fieldMethod: p.method,
  methodEqual: w.equal,
  methodHistory: w.history,
  methodPotential: w.potential,
  methodBlend: `${w.blend} (history and potential)`,
  fieldBlendHistory: `${p.blendHistoryShare} (%)`,
  fieldPace: p.paceMode,
  paceSeasonal: `${w.seasonal} (phased quotas)`,
  paceLinear: `${w.linear} (days elapsed)`,
  fieldSeasonality: 'Seasonality',
  seasonalityEven: 'Even months',
  seasonalitySpringFestival: 'Spring Festival dip, strong Q4',
  groupStatus: `When a rep shows as “${w.atRisk}” or “${w.lagging}”`,
  fieldAtRisk: `${p.atRisk} (%)`,
  fieldLagging: `${p.lagging} (%)`,
  buildButton: 'Build planning sheets',
  formHasProblems: 'Some fields need attention: see the messages in red.',

  problemRequired: 'Enter a value.',
  problemNotNumber: 'Enter a number, such as 1,200,000.',
  problemNotPositive: 'Enter an amount greater than 0.',
  problemPercentRange: 'Enter a percentage from 0 to 100.',
  problemBadDate: 'Enter a valid date.',
  problemAsOfOutside: 'Choose a date inside the plan year.',
  problemThresholdOrder: `The “${w.lagging}” threshold must not be above the “${w.atRisk}” threshold.`,

  fieldTeam: 'Team',
  teamSaved: 'Keep the current team ({count} reps)',
  teamRange: 'Use the team in the selected range',
  teamRangeHint: `Select a header row (${col.repId}, ${col.name}; optionally ${col.team}, ${col.startDate}, ${col.leaveDate}, ${col.history}, ${col.potential}) and one row per rep. A leaver stays, with their last day as ${col.leaveDate.toLowerCase()}.`,
  teamRangeReading: 'Reading the selection…',
  teamRangeFound: 'Reps found in the selection: {count}.',
  teamReadAgain: 'Read the selection again',
  teamSample: 'Use a sample team',
  fieldSampleSize: 'Reps in the sample team',
  sampleMore: 'More reps',
  sampleFewer: 'Fewer reps',

  repsEmpty: `The selection has no reps. Select a header row and at least one row with a ${col.repId}.`,
  repsMissingId: `The selection has no “${col.repId}” column in its first row.`,
  repsMissingName: `The selection has no “${col.name}” column in its first row.`,
  repsDuplicateId: `Row {row}: ${col.repId} {id} appears twice.`,
  repsNotNumberHistory: `Row {row}: ${col.history} must be a number, 0 or more.`,
  repsNotNumberPotential: `Row {row}: ${col.potential} must be a number, 0 or more.`,
  repsBadDate: `Row {row}: the ${col.startDate.toLowerCase()} is not a date.`,
  repsBadLeaveDate: `Row {row}: the ${col.leaveDate.toLowerCase()} is not a date.`,
  repsLeaveBeforeStart: `Row {row}: the ${col.leaveDate.toLowerCase()} is before the ${col.startDate.toLowerCase()}.`,

  factTarget: p.target,
  factReps: p.repCount,
  factPeriods: p.granularity,
  factAsOf: p.asOf,
  factSaved: 'Saved',
  periodsMonths: '{count} months from {start}',
  periodsQuarters: '{count} quarters from {start}',
  refreshButton: 'Refresh from inputs',
  snapshotButton: `Take a ${s.review} snapshot`,
  replanButton: 'Re-plan…',
  changeButton: 'Change plan or team…',
  cancel: 'Cancel',
  replanTitle: 'Re-plan the rest of the year',
  replanIntro: `Past periods and actuals stay as they are; what remains of the new target is split over the remaining periods. The ${s.changeLog} records it.`,
  fieldNewTarget: 'New team target',
  fieldWhy: CHANGE_LOG.why.header['en-US'],
  fieldWho: 'Your name',
  replanSubmit: 'Re-plan',
  changeTitle: 'Change plan or team',
  changeIntro: `Everything typed in the sheets stays, matched by ${col.repId}; entries of reps no longer in the team move to the ${s.archive} sheet. Quotas of the periods that have started by the ${p.asOf.toLowerCase()} stay as they are: a hire, a leaver (keep them in the team with a ${col.leaveDate.toLowerCase()}), a new weight or a new target re-splits only the remaining periods, and the ${s.changeLog} records it.`,
  changeAfterReplan: `This plan’s quotas were decided by a re-plan or an earlier change. They stay for the periods that have started; only the remaining periods are split again, and the ${s.changeLog} records it.`,
  changeSubmit: 'Rebuild planning sheets',

  outcomeBuilt: 'Planning sheets built',
  outcomeRefreshed: 'Plan refreshed',
  outcomeSnapshot: `${s.review} snapshot taken`,
  outcomeReplanned: 'Re-planned',
  outcomeDetails: `Sheets written: {sheets}. Inputs kept: {kept}. Moved to the ${s.archive}: {archived}.`,
  outcomeAppended: 'Rows added to {sheet}: {rows}.',
  actionFailed: 'That did not work',
  errorNoPlan: 'This workbook has no plan yet. Build one first.',
  errorUnreadablePlan: 'The plan saved in this workbook cannot be read. Build the plan again from this pane.',
  errorSheetTaken:
    'The workbook already has a sheet named “{sheet}” that is not part of the plan. Rename or move that sheet, then build again.',
  errorCoauthorBusy:
    'The plan was rebuilt, but {cells} input cell(s) kept changing while it was: someone is typing in them. When they are done, refresh the plan.',
  errorTooLarge: 'The plan is too large to send to Excel in one request. Try fewer reps, or quarters instead of months.',
  errorSelectionTooLarge:
    'The selection holds more filled cells than a team table ({max} at most). Select just the team’s table, headers included.',
};
