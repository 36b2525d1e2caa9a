import type { Locale } from '../../core/locale';
import { enUS } from './en-US';
import type { WorkbookText } from './text';
import { zhCN } from './zh-CN';

export type { WorkbookText, MetricKey, RuleKey, SetupParamKey } from './text';

const TABLES: Record<Locale, WorkbookText> = { 'en-US': enUS, 'zh-CN': zhCN };

/** The workbook text of one locale (sheet names, headers, status words). */
export function workbookText(locale: Locale): WorkbookText {
  return TABLES[locale];
}
