import { hostKind, whenHostReady, type OfficeLike } from '../../src/excel/host';

/** An Office global double: onReady answers with `host` after `delayMs` (never, if null). */
function fakeOffice(host: unknown, displayLanguage?: string, delayMs: number | null = 0): OfficeLike {
  return {
    onReady: () =>
      new Promise((resolve) => {
        if (delayMs !== null) setTimeout(() => resolve({ host }), delayMs);
      }),
    context: { displayLanguage },
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
    await expect(whenHostReady({ office, fallbackLanguage: 'en-GB' })).resolves.toEqual({ host: 'excel', language: 'zh-CN' });
  });

  it('reads the global Office when none is passed', async () => {
    (globalThis as Record<string, unknown>).Office = fakeOffice('Excel', 'de-DE');
    await expect(whenHostReady()).resolves.toEqual({ host: 'excel', language: 'de-DE' });
  });

  it('in Excel without a display language, falls back to the caller’s language', async () => {
    await expect(whenHostReady({ office: fakeOffice('Excel', undefined), fallbackLanguage: 'zh-TW' })).resolves.toEqual({
      host: 'excel',
      language: 'zh-TW',
    });
  });

  it('outside Office (host null), ignores Office’s language and uses the browser’s', async () => {
    // office.js outside a host still reports a default display language; it is not the user's.
    const office = fakeOffice(null, 'en-US');
    await expect(whenHostReady({ office, fallbackLanguage: 'zh-CN' })).resolves.toEqual({ host: 'none', language: 'zh-CN' });
  });

  it('reports other for a different Office application', async () => {
    await expect(whenHostReady({ office: fakeOffice('Word', 'fr-FR') })).resolves.toEqual({ host: 'other', language: 'fr-FR' });
  });

  it('without an Office global (office.js failed to load), resolves none at once', async () => {
    await expect(whenHostReady({ fallbackLanguage: 'zh-CN' })).resolves.toEqual({ host: 'none', language: 'zh-CN' });
  });

  it('defaults the language to en-US when nobody offers one', async () => {
    await expect(whenHostReady()).resolves.toEqual({ host: 'none', language: 'en-US' });
  });

  it('gives up on an onReady that never settles after the timeout', async () => {
    const started = Date.now();
    const info = await whenHostReady({ office: fakeOffice('Excel', 'en-US', null), timeoutMs: 50, fallbackLanguage: 'en-GB' });
    expect(info).toEqual({ host: 'none', language: 'en-GB' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('waits for a slow but successful onReady within the timeout', async () => {
    const info = await whenHostReady({ office: fakeOffice('Excel', 'ja-JP', 30), timeoutMs: 2000 });
    expect(info).toEqual({ host: 'excel', language: 'ja-JP' });
  });

  it('treats a rejected onReady as no host', async () => {
    const office: OfficeLike = { onReady: () => Promise.reject(new Error('blocked')) };
    await expect(whenHostReady({ office, fallbackLanguage: 'en-US' })).resolves.toEqual({ host: 'none', language: 'en-US' });
  });

  it('survives a context whose displayLanguage getter throws', async () => {
    const office: OfficeLike = {
      onReady: () => Promise.resolve({ host: 'Excel' }),
      get context(): { displayLanguage?: string } {
        throw new Error('Office.context is not ready');
      },
    };
    await expect(whenHostReady({ office, fallbackLanguage: 'zh-CN' })).resolves.toEqual({ host: 'excel', language: 'zh-CN' });
  });
});
