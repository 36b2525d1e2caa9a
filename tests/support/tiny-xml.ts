/**
 * Just enough XML for reading manifest.xml in tests: elements, attributes, text, comments,
 * the XML declaration and the five predefined entities. No DTDs, no CDATA (a manifest has
 * neither); anything malformed throws with the offset, so a broken manifest fails loudly.
 */
export interface XmlElement {
  /** Qualified name as written, e.g. `bt:Image`. */
  name: string;
  /** Name without its prefix, e.g. `Image`. */
  local: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string): string {
  return raw.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(parseInt(ref.slice(ref[1] === 'x' ? 2 : 1), ref[1] === 'x' ? 16 : 10));
    if (!(ref in ENTITIES)) throw new Error(`unknown entity ${whole}`);
    return ENTITIES[ref];
  });
}

export function parseXml(source: string): XmlElement {
  let at = 0;
  const fail = (why: string): never => {
    throw new Error(`XML: ${why} at offset ${at}`);
  };
  const skipUntil = (end: string) => {
    const found = source.indexOf(end, at);
    if (found < 0) fail(`missing ${end}`);
    at = found + end.length;
  };
  const skipMisc = () => {
    for (;;) {
      while (/\s/.test(source[at] ?? '')) at++;
      if (source.startsWith('<?', at)) skipUntil('?>');
      else if (source.startsWith('<!--', at)) skipUntil('-->');
      else return;
    }
  };

  const element = (): XmlElement => {
    const open = /^<([A-Za-z_][\w.:-]*)/.exec(source.slice(at));
    if (!open) return fail('expected an element');
    at += open[0].length;
    const name = open[1];
    const node: XmlElement = { name, local: name.split(':').pop()!, attributes: {}, children: [], text: '' };
    for (;;) {
      const attr = /^\s+([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(source.slice(at));
      if (!attr) break;
      if (attr[1] in node.attributes) fail(`duplicate attribute ${attr[1]}`);
      node.attributes[attr[1]] = decode(attr[3] ?? attr[4]);
      at += attr[0].length;
    }
    while (/\s/.test(source[at] ?? '')) at++;
    if (source.startsWith('/>', at)) {
      at += 2;
      return node;
    }
    if (source[at] !== '>') fail(`bad tag <${name}`);
    at++;
    for (;;) {
      const lt = source.indexOf('<', at);
      if (lt < 0) fail(`unclosed <${name}>`);
      node.text += decode(source.slice(at, lt));
      at = lt;
      if (source.startsWith('<!--', at)) skipUntil('-->');
      else if (source.startsWith('</', at)) {
        const close = `</${name}`;
        if (!source.startsWith(close, at)) fail(`expected ${close}>`);
        at += close.length;
        while (/\s/.test(source[at] ?? '')) at++;
        if (source[at] !== '>') fail(`bad closing tag of <${name}>`);
        at++;
        node.text = node.text.trim();
        return node;
      } else node.children.push(element());
    }
  };

  skipMisc();
  const root = element();
  skipMisc();
  if (at !== source.length) fail('content after the root element');
  return root;
}

/** Every element below (and including) `root`, in document order. */
export function allElements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(allElements)];
}

/** Elements reached by a path of local names, e.g. `child(root, 'VersionOverrides', 'Resources')`. */
export function children(root: XmlElement, ...path: string[]): XmlElement[] {
  return path.reduce<XmlElement[]>((nodes, step) => nodes.flatMap((n) => n.children.filter((c) => c.local === step)), [root]);
}
