import type { Locale } from '../core/locale';

/** One custom function as the pane lists it. */
export interface CatalogEntry {
  /** Excel name, with namespace: `SALES.SPLIT`. */
  name: string;
  /** `SALES.SPLIT(total, weights, [unit])`, optional arguments in brackets as Excel shows them. */
  signature: string;
  description: string;
}

/** The namespace the manifest registers (Functions.Namespace); metadata ids carry no namespace. */
const FUNCTION_NAMESPACE = 'SALES';

interface MetadataFunction {
  name: string;
  description?: string;
  parameters?: { name: string; optional?: boolean }[];
}

/**
 * Lists the functions the build registered, from the same metadata Excel reads, so the pane
 * never advertises a function that does not exist.
 */
export function catalogFrom(metadata: { functions?: MetadataFunction[] }): CatalogEntry[] {
  return (metadata.functions ?? []).map((f) => {
    const name = `${FUNCTION_NAMESPACE}.${f.name}`;
    const args = (f.parameters ?? []).map((p) => (p.optional ? `[${p.name}]` : p.name));
    return { name, signature: `${name}(${args.join(', ')})`, description: f.description ?? '' };
  });
}

/** The metadata file for the pane's language; the build emits one per locale next to taskpane.html. */
export function metadataUrl(locale: Locale): string {
  return locale === 'zh-CN' ? 'functions.zh-CN.json' : 'functions.json';
}

export async function loadCatalog(locale: Locale, fetchJson = defaultFetchJson): Promise<CatalogEntry[]> {
  return catalogFrom(await fetchJson(metadataUrl(locale)));
}

async function defaultFetchJson(url: string): Promise<{ functions?: MetadataFunction[] }> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}
