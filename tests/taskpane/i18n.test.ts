import { fill, resolveLocale, uiStrings } from '../../src/taskpane/i18n';
import { placeholdersOf } from '../../src/taskpane/i18n/fill';

describe('task pane strings', () => {
  const [enUS, zhCN] = [uiStrings['en-US'], uiStrings['zh-CN']];

  it('has the same keys in every locale', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(enUS).sort());
  });

  it.each(Object.entries(uiStrings))('%s has no empty string', (_locale, table) => {
    for (const [key, text] of Object.entries(table)) expect([key, text.trim().length > 0]).toEqual([key, true]);
  });

  it('both locales use the same {placeholders} in each string', () => {
    const differing = Object.keys(enUS).filter((key) => {
      const k = key as keyof typeof enUS;
      return placeholdersOf(enUS[k]).join() !== placeholdersOf(zhCN[k]).join();
    });
    expect(differing).toEqual([]);
  });

  it('zh-CN is actually translated: every string but the formula hints has Chinese in it', () => {
    const han = /[\u4e00-\u9fff]/;
    const untranslated = Object.entries(zhCN)
      .filter(([, text]) => !han.test(text))
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });
});

describe('resolveLocale', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['zh-Hans-SG', 'zh-CN'],
    ['ZH-cn', 'zh-CN'],
    ['en-US', 'en-US'],
    ['en-GB', 'en-US'],
    ['de-DE', 'en-US'],
    ['zu-ZA', 'en-US'], // starts with z but is Zulu
    ['', 'en-US'],
    [undefined, 'en-US'],
  ])('%s → %s', (language, locale) => {
    expect(resolveLocale(language)).toBe(locale);
  });
});

describe('fill', () => {
  it('puts values into placeholders and leaves unknown ones visible', () => {
    expect(fill('Row {row}: Rep ID {id} appears twice.', { row: 3, id: 'R1' })).toBe('Row 3: Rep ID R1 appears twice.');
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
