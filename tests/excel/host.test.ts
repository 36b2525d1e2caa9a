import { FUNCTION_REQUIREMENTS, hostKind, hostSupport, PANE_REQUIREMENTS, whenHostReady, type OfficeLike } from '../../src/excel/host';

/** Sets as office.js knows them: `ExcelApi 1.9` supports 1.1–1.9 (versions compared as numbers). */
const excelWith = (sets: Record<string, string>) => ({
  isSetSupported: (name: string, minVersion = '1.1') => {
    const have = sets[name];
    if (have === undefined) return false;
    const [a, b] = [have, minVersion].map((v) => v.split('.').map(Number));
    return a[0] > b[0] || (a[0] === b[0] && a[1] >= b[1]);
  },
});
const CURRENT_EXCEL = { ExcelApi: '1.17', SharedRuntime: '1.2', CustomFunctionsRuntime: '1.4' };

/** An Office global double: onReady answers with `host` after `delayMs` (never, if null). */
function fakeOffice(host: unknown, displayLanguage?: string, delayMs: number | null = 0, sets = CURRENT_EXCEL): OfficeLike {
  return {
    onReady: () =>
      new Promise((resolve) => {
        if (delayMs !== null) setTimeout(() => resolve({ host }), delayMs);
      }),
    context: { displayLanguage, requirements: excelWith(sets) },
  };
}

describe('hostKind', () => {
  it('maps Office.HostType values and the null Office reports outside a host', () => {
    expect(hostKind('Excel')).toBe('excel');
    expect(hostKind('Word')).toBe('other');
    expect(hostKind('Outlook')).toBe('other');
    expect(hostKind(null)).toBe('none');
    expect(hostKind(undefined)).toBe('none');
  });
});

describe('whenHostReady', () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).Office;
  });

  it('in Excel, reports excel and Office’s display language', async () => {
    const office = fakeOffice('Excel', 'zh-CN');
    await expect(whenHostReady({ office, fallbackLanguage: 'en-GB' })).resolves.toMatchObject({ host: 'excel', language: 'zh-CN' });
  });

  it('reads the global Office when none is passed', async () => {
    (globalThis as Record<string, unknown>).Office = fakeOffice('Excel', 'de-DE');
    await expect(whenHostReady()).resolves.toMatchObject({ host: 'excel', language: 'de-DE' });
  });

  it('in Excel without a display language, falls back to the caller’s language', async () => {
    await expect(whenHostReady({ office: fakeOffice('Excel', undefined), fallbackLanguage: 'zh-TW' })).resolves.toMatchObject({
      host: 'excel',
      language: 'zh-TW',
    });
  });

  it('outside Office (host null), ignores Office’s language and uses the browser’s', async () => {
    // office.js outside a host still reports a default display language; it is not the user's.
    const office = fakeOffice(null, 'en-US');
    await expect(whenHostReady({ office, fallbackLanguage: 'zh-CN' })).resolves.toMatchObject({ host: 'none', language: 'zh-CN' });
  });

  it('reports other for a different Office application', async () => {
    await expect(whenHostReady({ office: fakeOffice('Word', 'fr-FR') })).resolves.toMatchObject({ host: 'other', language: 'fr-FR' });
  });

  it('without an Office global (office.js failed to load), resolves none at once', async () => {
    await expect(whenHostReady({ fallbackLanguage: 'zh-CN' })).resolves.toMatchObject({ host: 'none', language: 'zh-CN' });
  });

  it('defaults the language to en-US when nobody offers one', async () => {
    await expect(whenHostReady()).resolves.toMatchObject({ host: 'none', language: 'en-US' });
  });

  it('gives up on an onReady that never settles after the timeout', async () => {
    const started = Date.now();
    const info = await whenHostReady({ office: fakeOffice('Excel', 'en-US', null), timeoutMs: 50, fallbackLanguage: 'en-GB' });
    expect(info).toMatchObject({ host: 'none', language: 'en-GB' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('waits for a slow but successful onReady within the timeout', async () => {
    const info = await whenHostReady({ office: fakeOffice('Excel', 'ja-JP', 30), timeoutMs: 2000 });
    expect(info).toMatchObject({ host: 'excel', language: 'ja-JP' });
  });

  it('treats a rejected onReady as no host', async () => {
    const office: OfficeLike = { onReady: () => Promise.reject(new Error('blocked')) };
    await expect(whenHostReady({ office, fallbackLanguage: 'en-US' })).resolves.toMatchObject({ host: 'none', language: 'en-US' });
  });

  it('survives a context whose displayLanguage getter throws', async () => {
    const office: OfficeLike = {
      onReady: () => Promise.resolve({ host: 'Excel' }),
      get context(): { displayLanguage?: string } {
        throw new Error('Office.context is not ready');
      },
    };
    await expect(whenHostReady({ office, fallbackLanguage: 'zh-CN' })).resolves.toMatchObject({ host: 'excel', language: 'zh-CN' });
  });
});

describe('requirement sets', () => {
  it('a current Excel has everything: plans and functions', async () => {
    const info = await whenHostReady({ office: fakeOffice('Excel', 'en-US') });
    expect(info.support).toEqual({ planning: true, functions: true, missing: [] });
  });

  it('retail Excel 2021 version 2108 (shared runtime, no custom functions) plans but lists no functions', () => {
    // Custom Functions requirement sets: retail perpetual gets CustomFunctionsRuntime only from version 2311.
    const office = fakeOffice('Excel', 'en-US', 0, { ExcelApi: '1.14', SharedRuntime: '1.1' } as typeof CURRENT_EXCEL);
    expect(hostSupport(office)).toEqual({ planning: true, functions: false, missing: ['CustomFunctionsRuntime 1.2'] });
  });

  it('CustomFunctionsRuntime 1.1 is not enough: the functions throw CustomFunctions.Error (1.2)', () => {
    const office = fakeOffice('Excel', 'en-US', 0, { ...CURRENT_EXCEL, CustomFunctionsRuntime: '1.1' });
    expect(hostSupport(office).functions).toBe(false);
  });

  it('an Excel without ExcelApi 1.9 cannot plan, and says which sets it lacks', () => {
    const office = fakeOffice('Excel', 'en-US', 0, { ExcelApi: '1.8', SharedRuntime: '1.1', CustomFunctionsRuntime: '1.3' });
    expect(hostSupport(office)).toEqual({ planning: false, functions: true, missing: ['ExcelApi 1.9'] });
  });

  it('compares versions as versions: ExcelApi 1.10 is newer than 1.9', () => {
    const office = fakeOffice('Excel', 'en-US', 0, { ...CURRENT_EXCEL, ExcelApi: '1.10' });
    expect(hostSupport(office).planning).toBe(true);
  });

  it('asks with string versions, as the docs require (1.10 and 1.1 differ only as strings)', () => {
    const asked: unknown[] = [];
    const office: OfficeLike = {
      onReady: async () => ({ host: 'Excel' }),
      context: { requirements: { isSetSupported: (...args) => (asked.push(args), true) } },
    };
    hostSupport(office);
    expect(asked).toEqual([...PANE_REQUIREMENTS, ...FUNCTION_REQUIREMENTS].map((set) => [set.name, set.minVersion]));
    expect(asked.every((args) => typeof (args as unknown[])[1] === 'string')).toBe(true);
  });

  it('an Office that cannot answer (no requirements, or a throwing check) supports nothing', () => {
    expect(hostSupport({ onReady: async () => ({ host: 'Excel' }), context: {} }).planning).toBe(false);
    const throwing: OfficeLike = {
      onReady: async () => ({ host: 'Excel' }),
      context: {
        requirements: {
          isSetSupported: () => {
            throw new Error('not ready');
          },
        },
      },
    };
    expect(hostSupport(throwing)).toMatchObject({ planning: false, functions: false });
  });

  it('outside Excel nothing is asked', async () => {
    const info = await whenHostReady({ office: fakeOffice(null, 'en-US', 0, {} as typeof CURRENT_EXCEL) });
    expect(info.support).toEqual({ planning: true, functions: true, missing: [] });
  });
});
