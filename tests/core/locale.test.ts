import { DEFAULT_LOCALE, isLocale, LOCALES } from '../../src/core/locale';

describe('isLocale', () => {
  it('accepts every listed locale, the default among them', () => {
    expect(LOCALES.filter(isLocale)).toEqual(LOCALES);
    expect(isLocale(DEFAULT_LOCALE)).toBe(true);
  });

  it.each(['fr-FR', 'zh', 'en', 'EN-us', '', null, undefined, 42])('rejects %p', (value) => {
    expect(isLocale(value)).toBe(false);
  });
});
