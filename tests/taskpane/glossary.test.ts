import { LOCALES, type Locale } from '../../src/core/locale';
import { uiStrings, type UiStrings } from '../../src/taskpane/i18n';
import { CHANGE_LOG } from '../../src/workbook/columns/logs';
import { targetsHeaders, type TargetsLeadKey } from '../../src/workbook/columns/targets';
import { workbookText, type WorkbookText } from '../../src/workbook/i18n';

/**
 * One glossary: a term the pane shares with the workbook is the same word in both, in every
 * locale. The manager reads a label in the pane, finance the same cell on the Setup sheet; if
 * they differ, nobody can tell they are one setting. The pane takes these words from the
 * workbook text; this test fails when someone writes one of them again by hand, differently.
 */
type Term = (w: WorkbookText, locale: Locale) => string;

/** Pane labels that name a workbook term: exactly the term, or the term and a bracketed gloss or unit. */
const LABELS: Partial<Record<keyof UiStrings, Term>> = {
  fieldTarget: (w) => w.setup.params.target,
  fieldGranularity: (w) => w.setup.params.granularity,
  granularityMonth: (w) => w.words.month,
  granularityQuarter: (w) => w.words.quarter,
  fieldAsOf: (w) => w.setup.params.asOf,
  fieldCushion: (w) => w.setup.params.cushion,
  fieldMethod: (w) => w.setup.params.method,
  methodEqual: (w) => w.words.equal,
  methodHistory: (w) => w.words.history,
  methodPotential: (w) => w.words.potential,
  methodBlend: (w) => w.words.blend,
  fieldBlendHistory: (w) => w.setup.params.blendHistoryShare,
  fieldPace: (w) => w.setup.params.paceMode,
  paceSeasonal: (w) => w.words.seasonal,
  paceLinear: (w) => w.words.linear,
  fieldAtRisk: (w) => w.setup.params.atRisk,
  fieldLagging: (w) => w.setup.params.lagging,
  fieldWhy: (_, locale) => CHANGE_LOG.why.header[locale],
  factTarget: (w) => w.setup.params.target,
  factReps: (w) => w.setup.params.repCount,
  factPeriods: (w) => w.setup.params.granularity,
  factAsOf: (w) => w.setup.params.asOf,
};

/** Pane sentences that use workbook terms: each appears in it (a sentence may lower-case its first letter). */
const MENTIONS: Partial<Record<keyof UiStrings, (x: { w: WorkbookText; h: Record<TargetsLeadKey, string> }) => string[]>> = {
  buildIntro: (x) => [
    x.w.sheets.setup,
    x.w.sheets.targets,
    x.w.sheets.actuals,
    x.w.sheets.dashboard,
    x.w.sheets.leaderboard,
    x.w.sheets.review,
    x.w.sheets.changeLog,
  ],
  groupStatus: (x) => [x.w.words.atRisk, x.w.words.lagging],
  problemThresholdOrder: (x) => [x.w.words.lagging, x.w.words.atRisk],
  teamRangeHint: (x) => [x.h.repId, x.h.name, x.h.team, x.h.startDate, x.h.leaveDate, x.h.history, x.h.potential],
  repsEmpty: (x) => [x.h.repId],
  repsMissingId: (x) => [x.h.repId],
  repsMissingName: (x) => [x.h.name],
  repsDuplicateId: (x) => [x.h.repId],
  repsNotNumberHistory: (x) => [x.h.history],
  repsNotNumberPotential: (x) => [x.h.potential],
  repsBadDate: (x) => [x.h.startDate],
  repsBadLeaveDate: (x) => [x.h.leaveDate],
  repsLeaveBeforeStart: (x) => [x.h.leaveDate, x.h.startDate],
  fieldNewTarget: (x) => [x.w.setup.params.target],
  snapshotButton: (x) => [x.w.sheets.review],
  outcomeSnapshot: (x) => [x.w.sheets.review],
  replanIntro: (x) => [x.w.sheets.changeLog],
  changeIntro: (x) => [x.h.repId, x.w.sheets.archive, x.w.setup.params.asOf, x.h.leaveDate, x.w.sheets.changeLog],
  changeAfterReplan: (x) => [x.w.sheets.changeLog],
  outcomeDetails: (x) => [x.w.sheets.archive],
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Over-assignment cushion (%)", "季节性（对照分期配额）": the term, then at most a bracketed gloss. */
function namesTerm(label: string, term: string): boolean {
  return new RegExp(`^${escape(term)}(?: \\(.+\\)|（.+）)?$`).test(label);
}

describe.each(LOCALES)('%s: the pane and the workbook use the same words', (locale) => {
  const pane = uiStrings[locale];
  const book = workbookText(locale);

  it.each(Object.entries(LABELS))('%s is the workbook’s term', (key, term) => {
    const label = pane[key as keyof UiStrings];
    expect([label, namesTerm(label, term!(book, locale))]).toEqual([label, true]);
  });

  it.each(Object.entries(MENTIONS))('%s uses the workbook’s terms', (key, terms) => {
    const sentence = pane[key as keyof UiStrings];
    const missing = terms!({ w: book, h: targetsHeaders(locale) }).filter(
      (word) => !sentence.includes(word) && !sentence.includes(word.toLowerCase()),
    );
    expect(missing).toEqual([]);
  });
});

describe('namesTerm', () => {
  it('takes the term with a unit or a gloss, and nothing that only means the same', () => {
    expect(namesTerm('As-of date', 'As-of date')).toBe(true);
    expect(namesTerm('Over-assignment cushion (%)', 'Over-assignment cushion')).toBe(true);
    expect(namesTerm('超额分配系数（%）', '超额分配系数')).toBe(true);
    expect(namesTerm('Actuals reported up to', 'As-of date')).toBe(false);
    expect(namesTerm('超额分配缓冲（%）', '超额分配系数')).toBe(false);
    expect(namesTerm('As-of dates', 'As-of date')).toBe(false);
  });
});
