/**
 * Number formatting for sentences, independent of the machine locale: a dot as decimal separator,
 * no grouping, rounding half away from zero on the decimal value.
 */

/**
 * Rounds to one decimal place, the precision of every score.
 * @param x - a finite number
 * @returns x rounded to one decimal
 */
export function round1(x: number): number {
  return Math.round(x * 10 + (x >= 0 ? 1e-9 : -1e-9)) / 10;
}

/**
 * Formats a number with exactly `digits` decimals.
 * @param x - a finite number
 * @param digits - decimals, 0-6
 * @returns e.g. `formatFixed(62.45, 1)` is `'62.5'`
 * @example
 * formatFixed(7, 1) // '7.0'
 */
export function formatFixed(x: number, digits = 1): string {
  const scale = 10 ** digits;
  const n = Math.round(Math.abs(x) * scale + 1e-9);
  const sign = x < 0 && n !== 0 ? '-' : '';
  const int = Math.floor(n / scale);
  if (digits === 0) return `${sign}${int}`;
  const frac = String(n - int * scale).padStart(digits, '0');
  return `${sign}${int}.${frac}`;
}

/**
 * Formats a number with up to two decimals and no trailing zeros: weights, ratings, averages.
 * @param x - a finite number
 * @returns e.g. `'3'`, `'2.5'`, `'3.33'`
 */
export function formatCompact(x: number): string {
  const s = formatFixed(x, 2);
  let end = s.length;
  while (s.charCodeAt(end - 1) === 48) end--; // trailing '0' after the point
  if (s.charCodeAt(end - 1) === 46) end--; // a bare '.'
  return s.slice(0, end);
}
