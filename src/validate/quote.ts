/**
 * Input quoted in problems (a value of a document, a cell of a sheet) is cut short, so a hostile
 * 100 MB string is never copied into a path or a message. One limit for every reader.
 */
import type { MessageParams } from '../i18n/locale.js';

/** Longest piece of input quoted in a problem's path or message. */
export const QUOTE_LIMIT = 64;

/**
 * Input as a problem quotes it: at most {@link QUOTE_LIMIT} characters, then `…`.
 * @param text - the quoted input
 * @returns the text, cut short when longer than the limit
 * @example
 * quote('岗'.repeat(100)).length // 65
 */
export function quote(text: string): string {
  return text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text;
}

/**
 * The parameters of a problem with the named ones, when they are strings, cut short.
 * @param params - the parameters
 * @param names - the parameters that quote input
 * @returns the same object when nothing is too long, else a copy with the long ones cut
 * @example
 * quoteParams({ header: 'x'.repeat(100), row: 1 }, ['header']).header // 'xxx…' (65 characters)
 */
export function quoteParams<P extends MessageParams>(params: P, names: readonly (keyof P & string)[]): P {
  const long = names.filter((n) => {
    const v = params[n];
    return typeof v === 'string' && v.length > QUOTE_LIMIT;
  });
  if (long.length === 0) return params;
  const out: Record<string, unknown> = { ...params };
  for (const n of long) out[n] = quote(params[n] as string);
  return out as P;
}
