/**
 * A small element builder, so the page is written as data instead of string concatenation: text
 * is always set as text (never parsed as HTML), so nothing from a document becomes markup.
 */

/** What an element may hold: nodes, text, nested lists; `null`, `undefined` and `false` are skipped. */
export type Child = Node | string | null | undefined | false | readonly Child[];

/** Attributes: a string or number is set as is, `true` as an empty attribute, `false`/`undefined`/`null` left out. */
export type Attrs = Readonly<Record<string, string | number | boolean | undefined | null>>;

/** Properties of form controls that must be set as properties, not attributes, to take effect. */
const PROPERTIES = new Set(['value', 'checked', 'selected']);

/**
 * Makes an element.
 * @param tag - the tag name
 * @param attrs - its attributes (`value`, `checked` and `selected` are set as properties)
 * @param children - its children
 * @returns the element
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (PROPERTIES.has(name)) (el as unknown as Record<string, unknown>)[name] = value;
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

/**
 * Appends children to a node.
 * @param parent - the node
 * @param children - what to append
 */
export function append(parent: Node, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (typeof c === 'string') parent.appendChild(document.createTextNode(c));
    else if (Array.isArray(c)) append(parent, c as readonly Child[]);
    else parent.appendChild(c as Node);
  }
}

/**
 * Replaces a node's children.
 * @param parent - the node
 * @param children - the new children
 */
export function replace(parent: Node, ...children: Child[]): void {
  while (parent.firstChild !== null) parent.removeChild(parent.firstChild);
  append(parent, children);
}

let counter = 0;

/**
 * A fresh element id, to tie a label or a description to its control.
 * @param prefix - what the id is for
 * @returns the id
 */
export function freshId(prefix: string): string {
  counter++;
  return `${prefix}-${counter}`;
}
