import { catalogFrom, loadCatalog, metadataUrl } from '../../src/taskpane/catalog';
import { examplesFor, FORMULA_EXAMPLES } from '../../src/taskpane/examples';

// Shaped like custom-functions-metadata output (dist/functions.json).
const metadata = {
  functions: [
    {
      id: 'SPLIT',
      name: 'SPLIT',
      description: 'Splits a total.',
      parameters: [{ name: 'total' }, { name: 'weights' }, { name: 'unit', optional: true }],
    },
    { id: 'NOARGS', name: 'NOARGS', description: 'No arguments.' },
  ],
};

describe('catalogFrom', () => {
  it('names functions with the SALES namespace and brackets optional arguments, as Excel shows them', () => {
    expect(catalogFrom(metadata)).toEqual([
      { name: 'SALES.SPLIT', signature: 'SALES.SPLIT(total, weights, [unit])', description: 'Splits a total.' },
      { name: 'SALES.NOARGS', signature: 'SALES.NOARGS()', description: 'No arguments.' },
    ]);
  });

  it('is empty for metadata without functions', () => {
    expect(catalogFrom({})).toEqual([]);
  });
});

describe('loadCatalog', () => {
  it('reads the metadata file of the pane’s language', async () => {
    const asked: string[] = [];
    const entries = await loadCatalog('zh-CN', async (url) => {
      asked.push(url);
      return metadata;
    });
    expect(asked).toEqual(['functions.zh-CN.json']);
    expect(entries.map((e) => e.name)).toEqual(['SALES.SPLIT', 'SALES.NOARGS']);
    expect(metadataUrl('en-US')).toBe('functions.json');
  });
});

describe('examplesFor', () => {
  it('shows only examples of registered functions', () => {
    expect(examplesFor(['SALES.SPLIT']).map((e) => e.functionName)).toEqual(['SALES.SPLIT']);
    expect(examplesFor([])).toEqual([]);
  });

  it('every example calls the function it is filed under', () => {
    for (const e of FORMULA_EXAMPLES) expect(e.formula.startsWith(`=${e.functionName}(`)).toBe(true);
  });
});
