/**
 * The built task pane (dist/) in real headless Chromium, for the task-pane tests: a local
 * http server, Chromium, and a page whose office.js request is answered by Microsoft's real
 * office.js (outside Excel), by nothing (unreachable), or by fake-office.js followed by the
 * Excel double bundled for the browser (inside Excel). Nothing leaves the machine.
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../support/chromium';
import type { ExcelDouble } from '../../excel/double';
import { serveDirectory } from './static-server';

export const root = join(__dirname, '..', '..', '..');
export const dist = join(root, 'dist');
const officeDist = join(root, 'node_modules', '@microsoft', 'office-js', 'dist');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';

export type OfficeScript = 'real' | 'fake' | 'unreachable';

export interface Opened {
  page: Page;
  pageErrors: string[];
  /** Requests that would have left the machine (anything but the local server and the CDN route). */
  blocked: string[];
  /** Content-Security-Policy violations the page reported (`securitypolicyviolation`): tests assert none. */
  cspViolations: () => Promise<string[]>;
}

/** What a page sees inside Excel: `window.__excelDouble` (see excel-double-entry.ts). */
export type ExcelWindow = Window & { __excelDouble: ExcelDouble };

export interface PaneBrowser {
  open(locale: string, office: OfficeScript, query?: string): Promise<Opened>;
  close(): Promise<void>;
}

/** fake-office.js, then the Excel double: one script, in place of office.js. */
async function fakeOfficeScript(): Promise<string> {
  const bundled = await build({
    entryPoints: [join(__dirname, 'excel-double-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
  });
  return `${readFileSync(join(__dirname, '..', 'fake-office.js'), 'utf8')}\n${bundled.outputFiles[0].text}`;
}

export async function launchPaneBrowser(): Promise<PaneBrowser> {
  if (!existsSync(join(dist, 'taskpane.html'))) throw new Error('dist/taskpane.html missing: run `npm run build`');
  const [server, fakeOffice] = await Promise.all([serveDirectory(dist), fakeOfficeScript()]);
  // Playwright gives every launch a fresh temporary profile (user-data-dir), removed on close.
  const browser: Browser = await launchChromium();

  /** Opens the pane with the browser language `locale`; `office` decides what the CDN's office.js is. */
  async function open(locale: string, office: OfficeScript, query = ''): Promise<Opened> {
    const context = await browser.newContext({ locale, viewport: { width: 360, height: 760 } });
    const page = await context.newPage();
    // Listening before any script of the page runs (an init script is not subject to the page's CSP).
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const opened: Opened = {
      page,
      pageErrors: [],
      blocked: [],
      cspViolations: () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
    };
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url)) return route.continue();
      if (url.startsWith(OFFICE_CDN)) {
        if (office === 'unreachable') return route.abort('internetdisconnected');
        const file = new URL(url).pathname.slice('/lib/1/hosted/'.length);
        if (office === 'fake')
          return file === 'office.js'
            ? route.fulfill({ body: fakeOffice, contentType: 'text/javascript' })
            : route.fulfill({ status: 404 });
        const local = join(officeDist, file);
        if (!existsSync(local)) return route.fulfill({ status: 404 });
        return route.fulfill({ body: readFileSync(local), contentType: 'text/javascript' });
      }
      opened.blocked.push(url);
      return route.abort();
    });
    opened.page.on('pageerror', (error) => opened.pageErrors.push(error.message));
    await opened.page.goto(`${server.url}taskpane.html${query}`);
    return opened;
  }

  return {
    open,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(join(root, 'test-output'), { recursive: true });
  await page.screenshot({ path: join(root, 'test-output', name), fullPage: true });
}

export interface AxeFinding {
  id: string;
  impact: string | null;
  nodes: string[];
}

/**
 * axe-core over the page as it is now: its violations and its "needs review" items (both must
 * be empty). axe is evaluated through the DevTools protocol, which the page's CSP does not
 * govern, so the CSP stays in force.
 */
export async function axeFindings(page: Page): Promise<{ violations: AxeFinding[]; incomplete: AxeFinding[] }> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    // A bar fading in has, for a moment, too little contrast: judge the page once it is still.
    await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe;
    type AxeResults = Record<
      'violations' | 'incomplete',
      { id: string; impact: string | null; nodes: { target: string[]; html: string }[] }[]
    >;
    const results = await axe.run(document, { resultTypes: ['violations', 'incomplete'] });
    const brief = (items: AxeResults['violations']) =>
      items.map((r) => ({ id: r.id, impact: r.impact, nodes: r.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}`) }));
    return { violations: brief(results.violations), incomplete: brief(results.incomplete) };
  });
}

/** No axe violation and nothing left for review, in the state the page is in (named for the report). */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  const { violations, incomplete } = await axeFindings(page);
  expect({ state, violations, incomplete }).toEqual({ state, violations: [], incomplete: [] });
}
