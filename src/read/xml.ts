/**
 * A small, tolerant XML tokenizer for the parts of an Office package: start tags with their
 * attributes, end tags and text, entities decoded. It never throws and never expands a DTD (no
 * entity can grow the input); what it cannot read it reports as an issue and skips. Names keep
 * only their local part (`x:c` is `c`): writers differ in the prefixes they choose.
 */

/** One token of an XML text. */
export type XmlToken =
  | { readonly kind: 'open'; readonly name: string; readonly attributes: ReadonlyMap<string, string>; readonly selfClosing: boolean }
  | { readonly kind: 'close'; readonly name: string }
  | { readonly kind: 'text'; readonly text: string };

/** Something the tokenizer could not read as XML, with the character offset where it was. */
export interface XmlIssue {
  /** What went wrong, a stable code. */
  readonly kind: 'unclosed-tag' | 'bad-entity' | 'mismatched-tag' | 'unclosed-element' | 'bad-attribute' | 'text-outside-root' | 'doctype';
  /** The offset in the text. */
  readonly at: number;
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The local part of a qualified name. */
function local(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * Decodes the entity and character references of a text (`&amp;`, `&#13;`, `&#x4E2D;`); an
 * unknown or malformed reference is kept as written and reported.
 */
function decodeEntities(text: string, at: number, issues: XmlIssue[]): string {
  if (!text.includes('&')) return text;
  return text.replace(/&([^;&\s]{0,12});?/g, (whole, body: string, offset: number) => {
    if (whole.endsWith(';')) {
      const named = NAMED[body];
      if (named !== undefined) return named;
      const m = /^#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}))$/.exec(body);
      if (m) {
        const code = m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]);
        if (code <= 0x10ffff) return String.fromCodePoint(code);
      }
    }
    issues.push({ kind: 'bad-entity', at: at + offset });
    return whole;
  });
}

const SPACE = /\s*/y;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

/**
 * The tokens of an XML text, in order. Comments, processing instructions and the declaration are
 * skipped; CDATA is text; a DOCTYPE is skipped and reported (an Office part has none). Line ends
 * are normalised as XML parsers do (CR LF and CR become LF; `&#13;` stays CR).
 * @param text - the XML text
 * @param issues - receives what could not be read; the tokens go on after it where they can
 * @returns the tokens, lazily
 */
export function* xmlTokens(text: string, issues: XmlIssue[] = []): Generator<XmlToken, void, undefined> {
  let i = 0;
  const n = text.length;
  while (i < n) {
    const lt = text.indexOf('<', i);
    if (lt < 0) {
      yield { kind: 'text', text: decodeEntities(normalizeEol(text.slice(i)), i, issues) };
      return;
    }
    if (lt > i) yield { kind: 'text', text: decodeEntities(normalizeEol(text.slice(i, lt)), i, issues) };
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      if (end < 0) return void issues.push({ kind: 'unclosed-tag', at: lt });
      i = end + 3;
      continue;
    }
    if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      if (end < 0) return void issues.push({ kind: 'unclosed-tag', at: lt });
      yield { kind: 'text', text: normalizeEol(text.slice(lt + 9, end)) };
      i = end + 3;
      continue;
    }
    if (text.startsWith('<?', lt)) {
      const end = text.indexOf('?>', lt + 2);
      if (end < 0) return void issues.push({ kind: 'unclosed-tag', at: lt });
      i = end + 2;
      continue;
    }
    if (text.startsWith('<!', lt)) {
      // A DOCTYPE, possibly with an internal subset in brackets: skipped, never expanded.
      issues.push({ kind: 'doctype', at: lt });
      const bracket = text.indexOf('[', lt);
      const gt = text.indexOf('>', lt);
      const end = bracket >= 0 && bracket < gt ? text.indexOf(']>', bracket) : gt;
      if (end < 0) return;
      i = end + (bracket >= 0 && bracket < gt ? 2 : 1);
      continue;
    }
    const gt = text.indexOf('>', lt);
    if (gt < 0) return void issues.push({ kind: 'unclosed-tag', at: lt });
    if (text[lt + 1] === '/') {
      yield { kind: 'close', name: local(text.slice(lt + 2, gt).trim()) };
      i = gt + 1;
      continue;
    }
    // Attribute values may hold '>': read the attributes before deciding where the tag ends.
    const nameMatch = /[^\s/>]+/y;
    nameMatch.lastIndex = lt + 1;
    const nameFound = nameMatch.exec(text);
    if (!nameFound) {
      issues.push({ kind: 'unclosed-tag', at: lt });
      i = lt + 1;
      continue;
    }
    let j = nameMatch.lastIndex;
    const attributes = new Map<string, string>();
    for (;;) {
      SPACE.lastIndex = j;
      SPACE.test(text);
      j = SPACE.lastIndex;
      if (j >= n || text[j] === '>' || text.startsWith('/>', j)) break;
      ATTRIBUTE.lastIndex = j;
      const a = ATTRIBUTE.exec(text);
      if (!a) {
        issues.push({ kind: 'bad-attribute', at: j });
        const close = text.indexOf('>', j);
        j = close < 0 ? n : close;
        break;
      }
      const key = a[1]!;
      if (attributes.has(key)) issues.push({ kind: 'bad-attribute', at: j });
      attributes.set(key, decodeEntities(normalizeAttr(a[2] ?? a[3] ?? ''), j, issues));
      j = ATTRIBUTE.lastIndex;
    }
    if (j >= n) return void issues.push({ kind: 'unclosed-tag', at: lt });
    const selfClosing = text.startsWith('/>', j);
    yield { kind: 'open', name: local(nameFound[0]), attributes, selfClosing };
    i = j + (selfClosing ? 2 : 1);
  }
}

function normalizeEol(s: string): string {
  return s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
}

/** Attribute values: line ends and tabs become spaces, as XML's attribute-value normalisation asks. */
function normalizeAttr(s: string): string {
  return /[\r\n\t]/.test(s) ? s.replace(/\r\n?|[\n\t]/g, ' ') : s;
}

/**
 * Checks that an XML text is well-formed as far as an Office part needs: one root element, every
 * element closed in order, attributes readable, entities known, no text outside the root.
 * @param text - the XML text
 * @returns the issues found, none when the text is well-formed
 */
export function xmlIssues(text: string): XmlIssue[] {
  const issues: XmlIssue[] = [];
  const stack: string[] = [];
  let roots = 0;
  for (const t of xmlTokens(text, issues)) {
    if (t.kind === 'open') {
      if (stack.length === 0) roots++;
      if (roots > 1 && stack.length === 0) issues.push({ kind: 'text-outside-root', at: 0 });
      if (!t.selfClosing) stack.push(t.name);
    } else if (t.kind === 'close') {
      if (stack.pop() !== t.name) issues.push({ kind: 'mismatched-tag', at: 0 });
    } else if (stack.length === 0 && t.text.trim() !== '') issues.push({ kind: 'text-outside-root', at: 0 });
  }
  if (stack.length > 0) issues.push({ kind: 'unclosed-element', at: text.length });
  if (roots === 0) issues.push({ kind: 'unclosed-element', at: 0 });
  return issues;
}
