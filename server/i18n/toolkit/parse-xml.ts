export interface XmlElement {
  name: string;
  attributes: ReadonlyMap<string, string>;
  /** Text (entities decoded, CDATA merged in) and child elements, in document order. */
  children: (XmlElement | string)[];
  line: number;
}

export class XmlSyntaxError extends Error {}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const NAME = /[^\s/>=<"'&]+/y;

/**
 * A strict parser for the XML subset XLIFF 2.0 files use: elements, attributes, text, the five
 * predefined entities, character references, CDATA, comments and processing instructions.
 * DOCTYPE is refused outright, so no file can declare entities (and none can expand into a
 * billion laughs). Namespace prefixes are kept as part of names; the XLIFF reader checks them.
 */
export function parseXml(input: string): XmlElement {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const newlines = [...text.matchAll(/\n/g)].map((match) => match.index);
  let pos = 0;

  const lineAt = (at: number): number => {
    let low = 0;
    let high = newlines.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((newlines[mid] as number) < at) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  };
  const fail = (message: string, at = pos): never => {
    throw new XmlSyntaxError(`line ${lineAt(at)}: ${message}`);
  };
  const skipPast = (terminator: string, what: string): void => {
    const end = text.indexOf(terminator, pos);
    if (end === -1) fail(`unterminated ${what}`);
    pos = end + terminator.length;
  };
  const skipMisc = (): void => {
    for (;;) {
      while (/\s/.test(text[pos] ?? '')) pos += 1;
      if (text.startsWith('<?', pos)) skipPast('?>', 'processing instruction');
      else if (text.startsWith('<!--', pos)) skipPast('-->', 'comment');
      else if (text.startsWith('<!', pos)) fail('DOCTYPE and other declarations are not allowed');
      else return;
    }
  };
  const readName = (): string => {
    NAME.lastIndex = pos;
    const match = NAME.exec(text);
    if (match === null) return fail('expected a name');
    pos += match[0].length;
    return match[0];
  };
  const decode = (raw: string, at: number): string =>
    raw.replace(/&([^;]*)(;?)/g, (_whole, name: string, semicolon: string, offset: number) => {
      if (semicolon !== ';') return fail('a bare "&" must be written &amp;', at + offset);
      const named = NAMED_ENTITIES[name];
      if (named !== undefined) return named;
      const reference = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(name);
      const code = reference === null ? NaN : Number.parseInt(reference[1] ?? (reference[2] as string), reference[1] ? 16 : 10);
      if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) {
        return fail(`unknown entity or bad character reference &${name};`, at + offset);
      }
      return String.fromCodePoint(code);
    });

  const readElement = (): XmlElement => {
    const line = lineAt(pos);
    pos += 1;
    const name = readName();
    const attributes = new Map<string, string>();
    for (;;) {
      while (/\s/.test(text[pos] ?? '')) pos += 1;
      if (text.startsWith('/>', pos)) {
        pos += 2;
        return { name, attributes, children: [], line };
      }
      if (text[pos] === '>') break;
      const attribute = readName();
      while (/\s/.test(text[pos] ?? '')) pos += 1;
      if (text[pos] !== '=') fail(`expected "=" after attribute ${attribute}`);
      pos += 1;
      while (/\s/.test(text[pos] ?? '')) pos += 1;
      const quote = text[pos];
      if (quote !== '"' && quote !== "'") fail(`attribute ${attribute} needs a quoted value`);
      const end = text.indexOf(quote as string, pos + 1);
      if (end === -1) fail(`unterminated value of attribute ${attribute}`);
      const raw = text.slice(pos + 1, end);
      if (raw.includes('<')) fail(`"<" in the value of attribute ${attribute}`);
      if (attributes.has(attribute)) fail(`attribute ${attribute} appears twice`);
      // XML folds literal whitespace in attribute values to spaces; references survive as written.
      attributes.set(attribute, decode(raw.replace(/[\t\n]/g, ' '), pos + 1));
      pos = end + 1;
    }
    pos += 1;
    const children: (XmlElement | string)[] = [];
    const pushText = (value: string): void => {
      const last = children.length - 1;
      if (typeof children[last] === 'string') children[last] += value;
      else if (value !== '') children.push(value);
    };
    for (;;) {
      if (pos >= text.length) fail(`<${name}> opened on line ${line} is never closed`);
      if (text.startsWith('</', pos)) {
        pos += 2;
        const closing = readName();
        while (/\s/.test(text[pos] ?? '')) pos += 1;
        if (text[pos] !== '>') fail(`expected ">" to end </${closing}>`);
        if (closing !== name) fail(`</${closing}> does not close <${name}> from line ${line}`);
        pos += 1;
        return { name, attributes, children, line };
      }
      if (text.startsWith('<![CDATA[', pos)) {
        const end = text.indexOf(']]>', pos);
        if (end === -1) fail('unterminated CDATA section');
        pushText(text.slice(pos + 9, end));
        pos = end + 3;
      } else if (text.startsWith('<!--', pos)) skipPast('-->', 'comment');
      else if (text.startsWith('<?', pos)) skipPast('?>', 'processing instruction');
      else if (text.startsWith('<!', pos)) fail('declarations are not allowed inside elements');
      else if (text[pos] === '<') children.push(readElement());
      else {
        const end = text.indexOf('<', pos);
        const stop = end === -1 ? text.length : end;
        pushText(decode(text.slice(pos, stop), pos));
        pos = stop;
      }
    }
  };

  skipMisc();
  if (text[pos] !== '<') fail('expected the root element');
  const root = readElement();
  skipMisc();
  if (pos < text.length) fail('unexpected content after the root element');
  return root;
}

/** Child elements called `name`. */
export function childElements(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string' && child.name === name);
}
