/**
 * Start-up handshake with Office: which host opened the pane, in which UI language, and
 * whether this Excel has the API sets the add-in needs. The only place the task pane asks
 * Office about its surroundings, so the pane itself can be rendered (and tested) from a plain
 * `HostInfo`.
 */

/** `excel`: inside Excel; `none`: a plain browser, or office.js did not load; `other`: Word etc. */
export type HostKind = 'excel' | 'none' | 'other';

/** A requirement set and the lowest version of it the add-in works with. */
export interface RequirementSet {
  name: string;
  minVersion: string;
}

/**
 * What the pane's workbook actions need, also declared in manifest.xml's `<Requirements>`
 * (so Excel without them does not load the add-in; checked here as well, since the pane must
 * say so rather than fail half-way): ExcelApi 1.9 for page layout and, with 1.4–1.8, used
 * ranges, custom XML parts, conditional formats, freeze panes, data validation and copyFrom;
 * SharedRuntime 1.1 for one page that runs pane and functions.
 */
export const PANE_REQUIREMENTS: readonly RequirementSet[] = [
  { name: 'ExcelApi', minVersion: '1.9' },
  { name: 'SharedRuntime', minVersion: '1.1' },
];

/**
 * What the SALES functions need: CustomFunctionsRuntime 1.2 (`CustomFunctions.Error`). Not in
 * the manifest's `<Requirements>`: retail Excel 2016–2021 from version 2002 to 2310 has the
 * shared runtime but no custom functions, and the planning sheets still work there.
 */
export const FUNCTION_REQUIREMENTS: readonly RequirementSet[] = [{ name: 'CustomFunctionsRuntime', minVersion: '1.2' }];

/** What this Excel supports of what the add-in needs (all true outside Excel, where nothing is asked). */
export interface HostSupport {
  /** The pane can build and refresh plans: every {@link PANE_REQUIREMENTS} set is there. */
  planning: boolean;
  /** The SALES functions run: every {@link FUNCTION_REQUIREMENTS} set is there. */
  functions: boolean;
  /** The sets missing, pane's first, as `ExcelApi 1.9`. */
  missing: string[];
}

export interface HostInfo {
  host: HostKind;
  /** BCP 47 tag: Office's display language in a host, else the caller's fallback. */
  language: string;
  support: HostSupport;
}

/** The part of the `Office` global this module reads; tests pass a double. */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown }>;
  context?: {
    displayLanguage?: string;
    requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
  };
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

const NOTHING_ASKED: HostSupport = { planning: true, functions: true, missing: [] };

/**
 * Which of the add-in's requirement sets this Office supports, by
 * `Office.context.requirements.isSetSupported(name, minVersion)` (versions as strings, as the
 * docs ask). A host that cannot answer (no `requirements`, or it throws) supports none.
 */
export function hostSupport(office: OfficeLike): HostSupport {
  const supported = (set: RequirementSet): boolean => {
    try {
      return office.context?.requirements?.isSetSupported(set.name, set.minVersion) === true;
    } catch {
      return false;
    }
  };
  const missingOf = (sets: readonly RequirementSet[]) =>
    sets.filter((set) => !supported(set)).map((set) => `${set.name} ${set.minVersion}`);
  const pane = missingOf(PANE_REQUIREMENTS);
  const functions = missingOf(FUNCTION_REQUIREMENTS);
  return { planning: pane.length === 0, functions: functions.length === 0, missing: [...pane, ...functions] };
}

/**
 * Resolves once Office is ready (or clearly absent); never rejects.
 * @example const { host, language, support } = await whenHostReady({ fallbackLanguage: navigator.language });
 */
export async function whenHostReady(options: HostOptions = {}): Promise<HostInfo> {
  const fallback = options.fallbackLanguage || 'en-US';
  const office = options.office ?? (globalThis as unknown as { Office?: OfficeLike }).Office;
  if (!office || typeof office.onReady !== 'function') return { host: 'none', language: fallback, support: NOTHING_ASKED };

  const host = await withTimeout(
    office.onReady().then((info) => hostKind(info?.host)),
    options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  );
  // Outside a host Office's display language means nothing; the browser's is the user's.
  if (host === 'none') return { host, language: fallback, support: NOTHING_ASKED };
  const support = host === 'excel' ? hostSupport(office) : NOTHING_ASKED;
  return { host, language: displayLanguage(office) || fallback, support };
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
