import { enUS } from './en-US';
import type { Locale, UiStrings } from './strings';
import { zhCN } from './zh-CN';

export type { Locale, UiStrings } from './strings';
export { fill } from './fill';

export const uiStrings: Record<Locale, UiStrings> = { 'en-US': enUS, 'zh-CN': zhCN };

/** Any Chinese display language (zh, zh-CN, zh-Hans-SG, zh-TW…) gets zh-CN; everything else en-US. */
export function resolveLocale(language: string | null | undefined): Locale {
  return /^zh(-|_|$)/i.test((language ?? '').trim()) ? 'zh-CN' : 'en-US';
}
