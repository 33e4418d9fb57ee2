/**
 * A tiny XML writer for the Office packages: escaping, and elements built as strings. Only what
 * OOXML parts need: no namespaces to manage, no pretty printing (the parts are read by programs).
 */

/** The declaration every OOXML part starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * Characters XML 1.0 cannot hold at all, even as a character reference: C0 controls other than
 * tab, LF and CR, U+FFFE/U+FFFF, and lone surrogates.
 */
const NOT_XML = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const NOT_XML_GLOBAL = new RegExp(NOT_XML.source, 'g');

/**
 * Whether a text can be written into XML as it is (after escaping).
 * @param text - any text
 * @returns false when it holds a character XML 1.0 cannot carry
 */
export function isXmlText(text: string): boolean {
  return !NOT_XML.test(text);
}

/**
 * Escapes text for element content or a double-quoted attribute: `&`, `<`, `>`, `"`, and CR, tab
 * and LF as character references where a parser would otherwise normalise them (CR always; tab
 * and LF in attributes). Characters XML cannot hold are dropped: callers that must keep them
 * encode them first (see `encodeOoxmlText`).
 * @param text - the text
 * @param attribute - true inside an attribute value
 * @returns the escaped text
 * @example
 * escapeXml('a < b & "c"') // 'a &lt; b &amp; &quot;c&quot;'
 */
export function escapeXml(text: string, attribute = false): string {
  const clean = isXmlText(text) ? text : text.replace(NOT_XML_GLOBAL, '');
  return clean.replace(attribute ? /[&<>"\r\n\t]/g : /[&<>"\r]/g, (c) => ESCAPES[c]!);
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};

/** Attribute values by name; `undefined` and `false` leave the attribute out. */
export type XmlAttributes = Readonly<Record<string, string | number | boolean | undefined>>;

/**
 * One element as a string.
 * @param name - the qualified name, e.g. `w:p`
 * @param attributes - the attributes, written in the order given
 * @param children - the already-written content (strings are joined), or nothing for an empty element
 * @returns the element
 * @example
 * xmlElement('c', { r: 'A1', t: 'inlineStr' }, xmlElement('is', {}, xmlElement('t', {}, escapeXml('x'))))
 */
export function xmlElement(name: string, attributes: XmlAttributes = {}, children?: string | readonly string[]): string {
  let attrs = '';
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    attrs += ` ${key}="${escapeXml(String(value), true)}"`;
  }
  const content = children === undefined ? '' : typeof children === 'string' ? children : children.join('');
  return content === '' && children === undefined ? `<${name}${attrs}/>` : `<${name}${attrs}>${content}</${name}>`;
}

/**
 * Encodes text the way OOXML's `ST_Xstring` does for characters XML cannot hold: `_xHHHH_` (the
 * UTF-16 unit in hex), and a literal `_xHHHH_` in the text has its underscore written `_x005F_`,
 * so Excel, Calc and the library's reader all decode it back to the same text.
 * @param text - any text
 * @returns text safe for {@link escapeXml}
 * @example
 * encodeOoxmlText('a\u0001b') // 'a_x0001_b'
 */
export function encodeOoxmlText(text: string): string {
  const guarded = text.includes('_x') ? text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_') : text;
  if (isXmlText(guarded)) return guarded;
  return guarded.replace(NOT_XML_GLOBAL, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

/** UTF-8 bytes of a part. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
