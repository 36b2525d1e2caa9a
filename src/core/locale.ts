/**
 * The languages the add-in speaks, listed once: the workbook text, the task pane's strings, the
 * plan defaults and the demo all take a `Locale` from here. Pure data, so every layer may import it.
 */
export const LOCALES = ['en-US', 'zh-CN'] as const;

export type Locale = (typeof LOCALES)[number];

/** The locale when none is asked for (the demo, the sample, a display language we do not speak). */
export const DEFAULT_LOCALE: Locale = 'en-US';

/** Whether `value` is one of `LOCALES` (for text from a command line or a saved plan). */
export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}
