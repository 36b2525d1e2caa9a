import { resolveLocale, uiStrings } from '../../src/taskpane/i18n';

describe('task pane strings', () => {
  const [enUS, zhCN] = [uiStrings['en-US'], uiStrings['zh-CN']];

  it('has the same keys in every locale', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(enUS).sort());
  });

  it.each(Object.entries(uiStrings))('%s has no empty string', (_locale, table) => {
    for (const [key, text] of Object.entries(table)) expect([key, text.trim().length > 0]).toEqual([key, true]);
  });

  it('zh-CN is actually translated: every string but the formula hints has Chinese in it', () => {
    const han = /[\u4e00-\u9fff]/;
    const untranslated = Object.entries(zhCN).filter(([, text]) => !han.test(text)).map(([key]) => key);
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
