/**
 * Paths into the document as the validator writes them (`posts[2].powers[0].riskPoints[1].factors.harm`),
 * and reading and writing the document the user edits by them.
 */

/** One step of a path: a key or an index. */
export type Segment = string | number;

/** A JSON value as the page holds the user's document. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A JSON object. */
export type JsonObject = { [key: string]: Json };

/**
 * The path text of segments, as problems carry it.
 * @param segments - the segments
 * @returns e.g. `posts[0].name`
 */
export function pathText(segments: readonly Segment[]): string {
  let out = '';
  for (const s of segments) out += typeof s === 'number' ? `[${s}]` : out === '' ? s : `.${s}`;
  return out;
}

/**
 * The segments of a path text made by {@link pathText} (keys are identifiers).
 * @param path - the path text
 * @returns the segments
 */
export function parsePath(path: string): Segment[] {
  const out: Segment[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] === undefined ? m[1]! : Number(m[2]));
  return out;
}

/**
 * The paths a problem's path falls back to, nearest first: the path itself, then each parent.
 * @param path - a path text
 * @returns the path and its parents, down to the whole document (`''`)
 */
export function pathAndParents(path: string): string[] {
  const segments = parsePath(path);
  const out: string[] = [];
  for (let n = segments.length; n >= 0; n--) out.push(pathText(segments.slice(0, n)));
  return out;
}

/** Whether a value is a JSON object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The value at a path, or undefined when the path leads nowhere.
 * @param root - the document
 * @param segments - the path
 * @returns the value
 */
export function getAt(root: Json, segments: readonly Segment[]): Json | undefined {
  let at: Json | undefined = root;
  for (const s of segments) {
    if (typeof s === 'number') at = Array.isArray(at) ? at[s] : undefined;
    else at = isObject(at) && Object.hasOwn(at, s) ? at[s] : undefined;
    if (at === undefined) return undefined;
  }
  return at;
}

/**
 * Sets the value at a path, making objects on the way; `undefined` removes the key. A key already
 * there keeps its place, so a document downloaded after an edit differs only where it was edited.
 * @param root - the document (changed in place)
 * @param segments - the path, at least one segment
 * @param value - the value, or undefined to remove it
 */
export function setAt(root: JsonObject, segments: readonly Segment[], value: Json | undefined): void {
  let at: Json = root;
  for (let i = 0; i < segments.length - 1; i++) {
    const s = segments[i]!;
    let next: Json | undefined = getAt(at, [s]);
    if (next === undefined || typeof next !== 'object' || next === null) {
      if (value === undefined) return;
      next = typeof segments[i + 1] === 'number' ? [] : {};
      if (Array.isArray(at) && typeof s === 'number') at[s] = next;
      else if (isObject(at) && typeof s === 'string') at[s] = next;
      else return;
    }
    at = next;
  }
  const last = segments[segments.length - 1]!;
  if (Array.isArray(at) && typeof last === 'number') {
    if (value === undefined) at.splice(last, 1);
    else at[last] = value;
  } else if (isObject(at) && typeof last === 'string') {
    if (value === undefined) delete at[last];
    else at[last] = value;
  }
}

/**
 * The array at a path, made when missing (and when the value there is not an array).
 * @param root - the document
 * @param segments - the path
 * @returns the array, to change in place
 */
export function arrayAt(root: JsonObject, segments: readonly Segment[]): Json[] {
  const found = getAt(root, segments);
  if (Array.isArray(found)) return found;
  const made: Json[] = [];
  setAt(root, segments, made);
  return made;
}
