import JSZip from 'jszip';
import { buildPlan } from '../../src/workbook';
import { renderXlsx } from '../../src/xlsx';
import { xmlText } from '../../src/xlsx/xml-text';
import { smallInputs, smallReps, smallSetup } from '../workbook/fixture';

describe('xmlText: only what XML 1.0 can hold goes into the file', () => {
  test('drops C0 controls, U+FFFE/U+FFFF and lone surrogates; keeps tabs, line breaks, CJK and emoji', () => {
    expect(xmlText('Ann\uFFFE Lee\u0001\uFFFF')).toBe('Ann Lee');
    expect(xmlText('a\tb\nc\rd')).toBe('a\tb\nc\rd');
    expect(xmlText('黄勇 😀')).toBe('黄勇 😀');
    expect(xmlText('x\uD800y\uDC00z')).toBe('xyz');
  });

  test('a name with such characters still renders a workbook whose strings parse as XML', async () => {
    const [a, b] = smallReps();
    const spec = buildPlan(smallSetup(), [{ ...a, name: 'Ann\uFFFE\u0007 Lee' }, b], smallInputs(), 'en-US');
    const zip = await JSZip.loadAsync(await renderXlsx(spec));
    const parts = Object.keys(zip.files).filter((name) => name.endsWith('.xml'));
    for (const name of parts) {
      const xml = await zip.file(name)!.async('string');
      expect({ name, bad: /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(xml) }).toEqual({ name, bad: false });
    }
    const strings = await zip.file('xl/sharedStrings.xml')?.async('string');
    const sheets = await Promise.all(parts.filter((n) => n.startsWith('xl/worksheets/')).map((n) => zip.file(n)!.async('string')));
    expect([strings ?? '', ...sheets].some((xml) => xml.includes('Ann Lee'))).toBe(true);
  });
});
