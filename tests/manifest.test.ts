import { execFileSync, spawnSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { FUNCTION_REQUIREMENTS, PANE_REQUIREMENTS } from '../src/excel/host';
import { allElements, children, parseXml, type XmlElement } from './support/tiny-xml';

const root = join(__dirname, '..');
const manifestPath = join(root, 'manifest.xml');
const xsd = join(root, 'schemas', 'manifest', 'OfficeAppManifestV1_1.xsd'); // offline copy, see its README
const DEV_URL = 'https://localhost:3000/';

const manifest = parseXml(readFileSync(manifestPath, 'utf8'));
const all = allElements(manifest);
const one = (...path: string[]): XmlElement => {
  const found = children(manifest, ...path);
  if (found.length !== 1) throw new Error(`${path.join('/')}: ${found.length} elements`);
  return found[0];
};
const resources = one('VersionOverrides', 'Resources');
const host = one('VersionOverrides', 'Hosts', 'Host');

/** Resource id → element, per kind (bt:Images, bt:Urls, bt:ShortStrings, bt:LongStrings). */
function table(kind: string): Map<string, XmlElement> {
  return new Map(
    children(resources, kind)
      .flatMap((t) => t.children)
      .map((r) => [r.attributes.id, r]),
  );
}
const images = table('Images');
const urls = table('Urls');
const shortStrings = table('ShortStrings');
const longStrings = table('LongStrings');

/** Which resource table a `resid` must be in, by the element that carries it (per the XSD types). */
function tableFor(element: XmlElement): Map<string, XmlElement> {
  if (element.local === 'Image') return images;
  if (['SourceLocation', 'Runtime', 'LearnMoreUrl', 'FunctionFile'].includes(element.local)) return urls;
  if (element.local === 'Description') return longStrings;
  return shortStrings; // Label, Title, Namespace
}

const zhOverride = (e: XmlElement) => e.children.find((c) => c.local === 'Override' && c.attributes.Locale === 'zh-CN');
const resource = (resid: string) => [images, urls, shortStrings, longStrings].map((t) => t.get(resid)).find(Boolean);

/** PNG width and height from the IHDR chunk (bytes 16..23 after the 8-byte signature). */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('manifest.xml', () => {
  it('is a task pane add-in for Excel with a GUID id and en-US default', () => {
    expect(manifest.local).toBe('OfficeApp');
    expect(manifest.attributes['xsi:type']).toBe('TaskPaneApp');
    expect(one('Id').text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(one('ProviderName').text).not.toBe('');
    expect(one('DefaultLocale').text).toBe('en-US');
    expect(children(manifest, 'Hosts', 'Host').map((h) => h.attributes.Name)).toEqual(['Workbook']);
    expect(host.attributes['xsi:type']).toBe('Workbook');
  });

  it('asks for ReadWriteDocument and nothing wider', () => {
    expect(children(manifest, 'Permissions').map((p) => p.text)).toEqual(['ReadWriteDocument']);
  });

  it('requires SharedRuntime 1.1 and runs pane and functions in one long-lived runtime', () => {
    const sets = children(manifest, 'Requirements', 'Sets', 'Set');
    expect(sets.map((s) => [s.attributes.Name, s.attributes.MinVersion])).toContainEqual(['SharedRuntime', '1.1']);
    const runtimes = children(host, 'Runtimes', 'Runtime');
    expect(runtimes.map((r) => r.attributes.lifetime)).toEqual(['long']);
    const shared = runtimes[0].attributes.resid;
    // Shared runtime means the functions' Page, the pane button and FunctionFile all load that runtime's page.
    const functions = one('VersionOverrides', 'Hosts', 'Host', 'AllFormFactors', 'ExtensionPoint');
    expect(functions.attributes['xsi:type']).toBe('CustomFunctions');
    expect(children(functions, 'Page', 'SourceLocation')[0].attributes.resid).toBe(shared);
    const showPane = all.filter((e) => e.local === 'Action' && e.attributes['xsi:type'] === 'ShowTaskpane');
    expect(showPane.length).toBeGreaterThan(0);
    for (const action of showPane) expect(children(action, 'SourceLocation')[0].attributes.resid).toBe(shared);
    expect(children(host, 'DesktopFormFactor', 'FunctionFile')[0].attributes.resid).toBe(shared);
    expect(urls.get(shared)!.attributes.DefaultValue).toBe(`${DEV_URL}taskpane.html`);
    expect(one('DefaultSettings', 'SourceLocation').attributes.DefaultValue).toBe(`${DEV_URL}taskpane.html`);
  });

  it('requires exactly the sets the pane checks at start-up, and not the functions’ (checked at run time)', () => {
    const sets = children(manifest, 'Requirements', 'Sets', 'Set').map((s) => ({
      name: s.attributes.Name,
      minVersion: s.attributes.MinVersion,
    }));
    expect(sets).toEqual(PANE_REQUIREMENTS);
    // Retail Excel 2016–2021 versions 2002–2310 have SharedRuntime 1.1 but no custom functions:
    // requiring CustomFunctionsRuntime would keep the planning pane from them too.
    for (const set of FUNCTION_REQUIREMENTS) expect(sets.map((s) => s.name)).not.toContain(set.name);
    // A Requirements inside VersionOverrides would hide the ribbon button wherever it fails.
    expect(children(manifest, 'VersionOverrides', 'Requirements')).toEqual([]);
  });

  it('has one task pane, with a TaskpaneId, as a shared runtime supports ("any task pane without a <TaskpaneID> is a different task pane")', () => {
    const showPane = all.filter((e) => e.local === 'Action' && e.attributes['xsi:type'] === 'ShowTaskpane');
    expect(showPane).toHaveLength(1);
    const id = children(showPane[0], 'TaskpaneId');
    expect(id).toHaveLength(1);
    expect(id[0].text).toMatch(/^[A-Za-z][\w.]*$/);
    // Office.AutoShowTaskpaneWithDocument would open the pane with every workbook tagged for it: not asked for.
    expect(id[0].text).not.toBe('Office.AutoShowTaskpaneWithDocument');
  });

  it('registers the functions bundle and metadata under the SALES namespace', () => {
    const functions = one('VersionOverrides', 'Hosts', 'Host', 'AllFormFactors', 'ExtensionPoint');
    const url = (part: string) => urls.get(children(functions, part, 'SourceLocation')[0].attributes.resid)!.attributes.DefaultValue;
    expect(url('Script')).toBe(`${DEV_URL}functions.js`);
    expect(url('Metadata')).toBe(`${DEV_URL}functions.json`);
    expect(shortStrings.get(children(functions, 'Namespace')[0].attributes.resid)!.attributes.DefaultValue).toBe('SALES');
  });

  it('opens the pane from a button in a group on the Home tab', () => {
    const tab = one('VersionOverrides', 'Hosts', 'Host', 'DesktopFormFactor', 'ExtensionPoint', 'OfficeTab');
    expect(tab.attributes.id).toBe('TabHome');
    const buttons = children(tab, 'Group', 'Control').filter((c) => c.attributes['xsi:type'] === 'Button');
    expect(buttons).toHaveLength(1);
    expect(children(buttons[0], 'Action')[0].attributes['xsi:type']).toBe('ShowTaskpane');
  });

  it('defines every resid it references, in the resource table of the right kind', () => {
    const referenced = all.filter((e) => 'resid' in e.attributes);
    expect(referenced.length).toBeGreaterThan(10);
    const missing = referenced.filter((e) => !tableFor(e).has(e.attributes.resid)).map((e) => `<${e.name} resid="${e.attributes.resid}">`);
    expect(missing).toEqual([]);
  });

  it('uses resource ids unique across tables and within the 32-character limit', () => {
    const ids = [images, urls, shortStrings, longStrings].flatMap((t) => [...t.keys()]);
    const written = ['Images', 'Urls', 'ShortStrings', 'LongStrings']
      .flatMap((kind) => children(resources, kind))
      .flatMap((t) => t.children.map((r) => r.attributes.id));
    expect(ids.length).toBe(written.length); // a duplicate inside one table collapses in the Map
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(32);
  });

  it('points every URL at a file the build emits in dist/', () => {
    const values = all.flatMap((e) => [e.text, ...Object.values(e.attributes)]).filter((v) => v.startsWith('https://'));
    const foreign = values.filter((v) => !v.startsWith(DEV_URL));
    expect(foreign).toEqual([]); // everything is served by the add-in itself (rewritten to ADDIN_URL in production)
    const files = [...new Set(values.map((v) => v.slice(DEV_URL.length)))];
    expect(files).toEqual(expect.arrayContaining(['taskpane.html', 'functions.js', 'functions.json', 'functions.zh-CN.json']));
    const absent = files.filter((f) => !existsSync(join(root, 'dist', f)));
    expect(absent).toEqual([]);
  });

  it('declares icons whose PNGs have exactly the declared pixel sizes', () => {
    const declared: [string, number][] = [
      [one('IconUrl').attributes.DefaultValue, 32],
      [one('HighResolutionIconUrl').attributes.DefaultValue, 64],
    ];
    for (const image of all.filter((e) => e.name === 'bt:Image' && 'size' in e.attributes)) {
      declared.push([images.get(image.attributes.resid)!.attributes.DefaultValue, Number(image.attributes.size)]);
    }
    expect(new Set(declared.map(([, size]) => size))).toEqual(new Set([16, 32, 64, 80]));
    for (const [url, size] of declared) {
      expect(url.startsWith(`${DEV_URL}assets/`)).toBe(true);
      expect([url, pngSize(join(root, url.slice(DEV_URL.length)))]).toEqual([url, [size, size]]);
    }
  });

  it('has zh-CN overrides for the name, description, ribbon labels, tooltips and function metadata', () => {
    const han = /[\u4e00-\u9fff]/;
    for (const e of [one('DisplayName'), one('Description')]) expect(zhOverride(e)?.attributes.Value).toMatch(han);
    const uiResids = all
      .filter((e) => ['Label', 'Title', 'Description'].includes(e.local) && 'resid' in e.attributes)
      .map((e) => e.attributes.resid);
    expect(uiResids.length).toBeGreaterThanOrEqual(4);
    const untranslated = uiResids.filter((id) => !han.test(zhOverride(resource(id)!)?.attributes.Value ?? ''));
    expect(untranslated).toEqual([]);
    const functions = one('VersionOverrides', 'Hosts', 'Host', 'AllFormFactors', 'ExtensionPoint');
    const metadata = urls.get(children(functions, 'Metadata', 'SourceLocation')[0].attributes.resid)!;
    expect(zhOverride(metadata)?.attributes.Value).toBe(`${DEV_URL}functions.zh-CN.json`);
  });

  // Skipped only on a developer machine without xmllint; CI installs it and must run this.
  const xmllint = spawnSync('xmllint', ['--version']).status === 0 || Boolean(process.env.CI);
  (xmllint ? it : it.skip)('validates against the Office add-in manifest XSD (xmllint)', () => {
    // xmllint prints "manifest.xml validates" on success and exits non-zero with the reasons otherwise.
    const out = execFileSync('xmllint', ['--noout', '--schema', xsd, manifestPath], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(out).toBe('');
  });
  if (!xmllint) console.warn('manifest.test.ts: xmllint not installed (Debian: libxml2-utils), XSD validation SKIPPED');
});
