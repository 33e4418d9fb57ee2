/**
 * "Did you mean …": the nearest valid name by edit distance, for unknown fields, factors and
 * vocabulary values.
 */

/** Names longer than this are never compared: a hostile key must not cost quadratic time. */
const MAX_COMPARED_LENGTH = 64;

/**
 * The Levenshtein edit distance between two strings (insertions, deletions, substitutions of
 * UTF-16 code units), computed in O(a·b) time and O(b) space.
 * @param a - one string
 * @param b - the other
 * @returns the number of edits that turn `a` into `b`
 * @example
 * editDistance('discreton', 'discretion') // 1
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/**
 * The candidate nearest to `input`, when it is near enough to be a likely typo: at most a third
 * of the longer name's length (rounded up) edits away, and not a complete rewrite. Case is ignored
 * when comparing.
 * @param input - what was written
 * @param candidates - the valid names
 * @returns the nearest candidate, or `undefined` when none is close
 * @example
 * suggest('fundLinkag', ['fundLinkage', 'harm']) // 'fundLinkage'
 */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  if (input.length === 0 || input.length > MAX_COMPARED_LENGTH) return undefined;
  const lower = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate.length > MAX_COMPARED_LENGTH) continue;
    const d = editDistance(lower, candidate.toLowerCase());
    const longer = Math.max(input.length, candidate.length);
    if (d <= Math.ceil(longer / 3) && d < longer && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
