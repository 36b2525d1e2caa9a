/**
 * What the pane says about a preview (src/workbook/preview.ts, fetched through src/excel): a
 * short summary, a warning when the change piles up in one period, and the per-rep table the
 * manager can open. Pure; the amounts in the pane's locale, the period labels the plan's.
 */
import { serialToDate } from '../core/dates';
import type { ChangePreview, PlanPreview, SnapshotPreview } from '../excel';
import { fill, type UiStrings } from './i18n';

export interface PreviewView {
  title: string;
  lines: string[];
  /** Set when the change lands in one period (or the sum does not add up). */
  warning: string | null;
  /** The summary of the expandable table. */
  tableLabel: string;
  head: string[];
  rows: string[][];
  /** Set when only the first {@link MAX_PREVIEW_ROWS} reps are in the table. */
  truncated: string | null;
}

/** Reps listed in the table at most (the sums above it cover all of them). */
export const MAX_PREVIEW_ROWS = 100;

const money = (locale: string) => {
  const f = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return (n: number) => f.format(n);
};
const percent = (locale: string, n: number) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(n);

export function previewView(preview: PlanPreview, t: UiStrings, locale: string): PreviewView {
  return preview.kind === 'new' ? newPlanView(preview, t, locale) : changeView(preview, t, locale);
}

function newPlanView(p: Extract<PlanPreview, { kind: 'new' }>, t: UiStrings, locale: string): PreviewView {
  const m = money(locale);
  const lines = [
    p.sumOk
      ? fill(t.previewSumOk, { total: m(p.total), target: m(p.target), cushion: percent(locale, p.cushion) })
      : fill(t.previewSumOff, { total: m(p.total), expected: m(p.teamQuota) }),
    fill(t.previewSmart, { verdict: p.smart.verdict }),
    p.baseline === null || p.smart.requiredGrowth === null
      ? t.previewSmartNoBaseline
      : fill(t.previewSmartGrowth, { baseline: m(p.baseline), growth: percent(locale, p.smart.requiredGrowth) }),
  ];
  if (!p.smart.a) lines.push(t.previewSmartA);
  const shown = p.reps.slice(0, MAX_PREVIEW_ROWS);
  return {
    title: t.previewTitleNew,
    lines,
    warning: p.sumOk ? null : fill(t.previewSumOff, { total: m(p.total), expected: m(p.teamQuota) }),
    tableLabel: fill(t.previewPerRep, { count: p.reps.length }),
    head: [t.previewColRep, t.previewColQuota, t.previewColRamp, t.previewColWeight, ...p.periods],
    rows: shown.map((r) => [`${r.id} ${r.name}`, m(r.quota), percent(locale, r.ramp), percent(locale, r.weight), ...r.perPeriod.map(m)]),
    truncated: p.reps.length > shown.length ? fill(t.previewShownFirst, { shown: shown.length, count: p.reps.length }) : null,
  };
}

function changeView(p: ChangePreview, t: UiStrings, locale: string): PreviewView {
  const m = money(locale);
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  const changed = p.changedPeriods;
  const lines: string[] = [];
  if (p.targetBefore !== p.targetAfter) lines.push(fill(t.previewTarget, { before: m(p.targetBefore), after: m(p.targetAfter) }));
  lines.push(
    changed.length === 0
      ? t.previewNoChange
      : fill(t.previewPeriodsChange, { periods: span(p.periods, changed), count: changed.length, total: p.periods.length }),
  );
  lines.push(fill(t.previewTeamTotals, { before: m(sum(p.teamBefore)), after: m(sum(p.teamAfter)) }));
  if (p.what) lines.push(p.what);
  const c = p.concentrated;
  // "1.0× what it was" says nothing (the team's quota there only moves between reps): no factor then.
  const warning = c
    ? c.factor === null || Math.abs(c.factor - 1) < 0.05
      ? fill(t.previewConcentratedFromZero, { period: c.period })
      : fill(t.previewConcentrated, {
          period: c.period,
          factor: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(c.factor),
        })
    : null;
  const moved = p.reps.filter((r) => r.status !== 'kept' || changed.some((k) => r.before[k] !== r.after[k]));
  const shown = moved.slice(0, MAX_PREVIEW_ROWS);
  const mark = (status: string) => (status === 'added' ? ` (${t.previewAdded})` : status === 'removed' ? ` (${t.previewRemoved})` : '');
  return {
    title: p.kind === 'replan' ? t.previewTitleReplan : t.previewTitleChange,
    lines,
    warning,
    tableLabel: fill(t.previewPerRep, { count: moved.length }),
    head: [t.previewColRep, t.previewColBefore, t.previewColAfter, ...changed.map((k) => p.periods[k])],
    rows: shown.map((r) => [
      `${r.id} ${r.name}${mark(r.status)}`,
      m(r.beforeTotal),
      m(r.afterTotal),
      ...changed.map((k) => `${m(r.before[k])} → ${m(r.after[k])}`),
    ]),
    truncated: moved.length > shown.length ? fill(t.previewShownFirst, { shown: shown.length, count: moved.length }) : null,
  };
}

/** `Jul 2026 – Dec 2026`, or one label. */
function span(periods: string[], indexes: number[]): string {
  const first = periods[indexes[0]];
  const last = periods[indexes[indexes.length - 1]];
  return first === last ? first : `${first} – ${last}`;
}

/** A snapshot's date as the pane's locale writes a day: `Nov 30` / `11月30日`. */
export function snapshotDate(serial: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(serialToDate(Math.floor(serial)));
}

/** What a success did, in words: the body of the outcome message. */
export function doneText(preview: PlanPreview, t: UiStrings, locale: string): string {
  if (preview.kind === 'new') {
    return fill(t.doneBuilt, {
      count: new Intl.NumberFormat(locale).format(preview.reps.length),
      first: preview.periods[0],
      last: preview.periods[preview.periods.length - 1],
    });
  }
  if (preview.kind === 'replan') {
    return fill(t.doneReplanned, {
      target: money(locale)(preview.targetAfter),
      periods: span(preview.periods, preview.changedPeriods) || preview.periods[preview.periods.length - 1],
    });
  }
  return preview.changedPeriods.length === 0
    ? t.doneChangedNothing
    : fill(t.doneChanged, { changed: preview.changedPeriods.length, total: preview.periods.length });
}

/** "Snapshot of 25 reps taken for Nov 30." */
export function snapshotDoneText(snapshot: SnapshotPreview, at: number, t: UiStrings, locale: string): string {
  return fill(t.doneSnapshot, { count: new Intl.NumberFormat(locale).format(snapshot.reps), date: snapshotDate(at, locale) });
}
