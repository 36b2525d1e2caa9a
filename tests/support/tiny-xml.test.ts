import { allElements, children, parseXml } from './tiny-xml';

describe('tiny XML reader', () => {
  it('reads elements, prefixed names, attributes, entities and text, skipping comments', () => {
    const root = parseXml(`<?xml version="1.0"?>
      <!-- lead -->
      <a xmlns:bt="urn:x" k='v &amp; w'>
        <bt:b id="1"/><!-- inside --><c>x &lt; y &#x4E2D;</c>
      </a>`);
    expect(root.name).toBe('a');
    expect(root.attributes).toEqual({ 'xmlns:bt': 'urn:x', k: 'v & w' });
    expect(root.children.map((c) => [c.name, c.local])).toEqual([
      ['bt:b', 'b'],
      ['c', 'c'],
    ]);
    expect(children(root, 'c')[0].text).toBe('x < y 中');
    expect(allElements(root)).toHaveLength(3);
  });

  it.each([
    ['<a><b></a>', /expected <\/b>/],
    ['<a x="1" x="2"/>', /duplicate attribute/],
    ['<a/><b/>', /content after the root/],
    ['<a>&nbsp;</a>', /unknown entity/],
    ['<a>', /unclosed/],
  ])('rejects malformed %s', (xml, why) => {
    expect(() => parseXml(xml)).toThrow(why);
  });
});
