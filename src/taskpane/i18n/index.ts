import { DEFAULT_LOCALE, type Locale } from '../../core/locale';
import { enUS } from './en-US';
import type { UiStrings } from './strings';
import { zhCN } from './zh-CN';

export type { UiStrings } from './strings';
export { fill } from './fill';

export const uiStrings: Record<Locale, UiStrings> = { 'en-US': enUS, 'zh-CN': zhCN };

/** Any Chinese display language (zh, zh-CN, zh-Hans-SG, zh-TW…) gets zh-CN; everything else the default, en-US. */
export function resolveLocale(language: string | null | undefined): Locale {
  return /^zh(-|_|$)/i.test((language ?? '').trim()) ? 'zh-CN' : DEFAULT_LOCALE;
}
