/** Helpers for hostile-input tests: deep freezing, deep nesting, prototype checks. */

/**
 * Freezes a value and everything reachable from it.
 * @returns the same value, frozen
 */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
      Object.freeze(v);
      for (const key of Reflect.ownKeys(v)) stack.push((v as Record<string | symbol, unknown>)[key]);
    }
  }
  return value;
}

/** A JSON text nesting `{"a": …}` (or `[…]`) `depth` levels deep around `inner`. */
export function nestedJson(depth: number, kind: 'object' | 'array', inner = '0'): string {
  const open = kind === 'object' ? '{"a":' : '[';
  const close = kind === 'object' ? '}' : ']';
  return open.repeat(depth) + inner + close.repeat(depth);
}

/** Whether `Object.prototype` still has no enumerable or polluted keys. */
export function prototypeIsClean(): boolean {
  const probe: Record<string, unknown> = {};
  return (
    Object.keys(Object.prototype).length === 0 &&
    probe['polluted'] === undefined &&
    probe['a'] === undefined &&
    probe['id'] === undefined
  );
}
