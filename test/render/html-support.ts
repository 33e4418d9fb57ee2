/**
 * Helpers for the HTML report tests: walking the parsed document, substituting every text of the
 * sample catalog, and freezing inputs.
 */
import { parse } from 'parse5';

interface Node {
  readonly nodeName: string;
  readonly tagName?: string;
  readonly attrs?: readonly { readonly name: string; readonly value: string }[];
  readonly childNodes?: readonly Node[];
  readonly content?: Node;
  readonly value?: string;
}

/** What the parser built: every element with its attributes, and every text node. */
export interface Parsed {
  /** `tag` for each element and `tag@attr` for each attribute, sorted. */
  readonly shape: readonly string[];
  /** Every attribute value. */
  readonly attrValues: readonly string[];
  /** The text of every `<style>` element. */
  readonly styles: readonly string[];
}

/** Parses an HTML document with a spec-compliant parser and lists what it contains. */
export function parseHtml(html: string): Parsed {
  const shape: string[] = [];
  const attrValues: string[] = [];
  const styles: string[] = [];
  const walk = (node: Node): void => {
    if (node.tagName !== undefined) {
      shape.push(node.tagName);
      for (const a of node.attrs ?? []) {
        shape.push(`${node.tagName}@${a.name}`);
        attrValues.push(a.value);
      }
      if (node.tagName === 'style') styles.push((node.childNodes ?? []).map((c) => c.value ?? '').join(''));
    }
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content !== undefined) walk(node.content);
  };
  walk(parse(html) as unknown as Node);
  shape.sort();
  return { shape, attrValues, styles };
}

// Fields holding vocabulary ids rather than text: replacing them would change the data, not the text.
const ID_FIELDS = new Set(['level', 'residualLevel', 'riskCategory', 'category', 'rank', 'tier', 'owner', 'phase', 'kind', 'status', 'code']);

/** Every distinct text value in an object tree, in first-seen order. */
export function textsOf(value: unknown): string[] {
  const seen = new Set<string>();
  const walk = (v: unknown, key: string | undefined): void => {
    if (typeof v === 'string') {
      if (key === undefined || !ID_FIELDS.has(key)) seen.add(v);
    } else if (Array.isArray(v)) for (const item of v) walk(item, key);
    else if (v !== null && typeof v === 'object') for (const [k, item] of Object.entries(v)) walk(item, k);
  };
  walk(value, undefined);
  return [...seen];
}

/** A copy of an object tree with every text value replaced through `map` (ids kept). */
export function mapTexts<T>(value: T, map: (text: string) => string): T {
  const walk = (v: unknown, key: string | undefined): unknown => {
    if (typeof v === 'string') return key !== undefined && ID_FIELDS.has(key) ? v : map(v);
    if (Array.isArray(v)) return v.map((item) => walk(item, key));
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, item]) => [k, walk(item, k)]));
    return v;
  };
  return walk(value, undefined) as T;
}

/** Freezes an object tree in place and returns it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}
