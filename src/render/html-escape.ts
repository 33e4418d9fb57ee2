/**
 * Escaping for the HTML report. Every string that did not come from the report's own template
 * passes through {@link escapeHtml} before it lands in text or in a (double-quoted) attribute.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

// Markup characters, C0/C1 controls other than tab, line feed and carriage return (HTML forbids
// them as text), and lone surrogates (they cannot be written as UTF-8).
const UNSAFE = /[&<>"']|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escapes a string for HTML text and for a double- or single-quoted attribute value: the five
 * markup characters become entities; control characters and lone surrogates become U+FFFD.
 * Each character maps to at most one output character or entity, so line breaking computed on
 * the raw text stays valid.
 * @param text - any string, typically from the document
 * @returns text that cannot open or close an element, an attribute or a comment
 * @example
 * escapeHtml('<b title="x">') // '&lt;b title=&quot;x&quot;&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(UNSAFE, (c) => ENTITIES[c] ?? '\uFFFD');
}
