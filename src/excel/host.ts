/**
 * Start-up handshake with Office: which host opened the pane, and in which UI language.
 * The only place the task pane asks Office about its surroundings, so the pane itself can be
 * rendered (and tested) from a plain `HostInfo`.
 */

/** `excel`: inside Excel; `none`: a plain browser, or office.js did not load; `other`: Word etc. */
export type HostKind = 'excel' | 'none' | 'other';

export interface HostInfo {
  host: HostKind;
  /** BCP 47 tag: Office's display language in a host, else the caller's fallback. */
  language: string;
}

/** The part of the `Office` global this module reads; tests pass a double. */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown }>;
  context?: { displayLanguage?: string };
}

export interface HostOptions {
  /** Language when Office has none to offer (outside Office): the browser's, from the caller. */
  fallbackLanguage?: string;
  /** Give up waiting for `Office.onReady` after this long and report `none`, so the pane never spins forever. */
  timeoutMs?: number;
  /** Defaults to the global `Office`, which is undefined when office.js failed to load. */
  office?: OfficeLike;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/** Maps `Office.HostType` (or null outside Office) to what the pane needs to know. */
export function hostKind(host: unknown): HostKind {
  if (host === null || host === undefined || host === '') return 'none';
  return host === 'Excel' ? 'excel' : 'other';
}

/**
 * Resolves once Office is ready (or clearly absent); never rejects.
 * @example const { host, language } = await whenHostReady({ fallbackLanguage: navigator.language });
 */
export async function whenHostReady(options: HostOptions = {}): Promise<HostInfo> {
  const fallback = options.fallbackLanguage || 'en-US';
  const office = options.office ?? (globalThis as unknown as { Office?: OfficeLike }).Office;
  if (!office || typeof office.onReady !== 'function') return { host: 'none', language: fallback };

  const host = await withTimeout(
    office.onReady().then((info) => hostKind(info?.host)),
    options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  );
  // Outside a host Office's display language means nothing; the browser's is the user's.
  if (host === 'none') return { host, language: fallback };
  return { host, language: displayLanguage(office) || fallback };
}

function displayLanguage(office: OfficeLike): string | undefined {
  try {
    return office.context?.displayLanguage;
  } catch {
    return undefined; // office.js throws from some getters before the host handshake
  }
}

/** The host kind, or `none` if onReady fails or takes longer than `ms`. */
function withTimeout(ready: Promise<HostKind>, ms: number): Promise<HostKind> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('none'), ms);
    ready.then(
      (kind) => {
        clearTimeout(timer);
        resolve(kind);
      },
      () => {
        clearTimeout(timer);
        resolve('none');
      },
    );
  });
}
