/**
 * How a sheet's header and vocabulary cells are folded before lookup, shared by every sheet reader.
 */

/**
 * Folds a header or vocabulary cell for lookup: NFKC (full-width letters and digits), trimmed,
 * lower case.
 * @param s - the cell
 * @returns the folded text (never written out)
 */
export function foldCell(s: string): string {
  if (PRINTABLE_ASCII.test(s)) return s.trim().toLowerCase();
  // Vocabulary cells repeat on every row; a small cache spares NFKC on each.
  let folded = FOLD_CACHE.get(s);
  if (folded === undefined) {
    if (FOLD_CACHE.size >= 4096) FOLD_CACHE.clear();
    folded = s.normalize('NFKC').trim().toLowerCase();
    FOLD_CACHE.set(s, folded);
  }
  return folded;
}
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const FOLD_CACHE = new Map<string, string>();
