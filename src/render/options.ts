/**
 * What every renderer shares: its options and small, machine-independent formatting helpers.
 * Numbers are formatted by our own code (never `toLocaleString`), so output is the same bytes
 * on every machine.
 */
import { DEFAULT_LOCALE, fill, type Locale, type LocalizedText, type MessageParams } from '../i18n/locale.js';
import { LABELS, type LabelKey } from './labels.js';

/** Options of the Markdown and CSV renderers. */
export interface RenderOptions {
  /** The language to write; default `zh-CN`. */
  readonly locale?: Locale;
}

/**
 * Joins the chunks of a streamed renderer into one string: what the whole-string forms return.
 * @param chunks - the chunks, in order
 * @returns their concatenation
 */
export function joinChunks(chunks: Iterable<string>): string {
  // Array join is linear; repeated `+=` on a growing string is not guaranteed to be.
  const parts: string[] = [];
  for (const chunk of chunks) parts.push(chunk);
  return parts.join('');
}

/**
 * The locale of the options, or the default.
 * @param options - renderer options, possibly absent
 * @returns the locale to write
 */
export function localeOf(options: RenderOptions | undefined): Locale {
  return options?.locale ?? DEFAULT_LOCALE;
}

/**
 * A label of {@link LABELS} in a locale, with its placeholders filled.
 * @param key - the label's key
 * @param locale - the language
 * @param params - values for `{name}` placeholders
 * @returns the text
 */
export function label(key: LabelKey, locale: Locale, params?: MessageParams): string {
  const text: LocalizedText = LABELS[key];
  return params === undefined ? text[locale] : fill(text[locale], params, locale);
}

/**
 * Formats a score for people: rounded to one decimal, no trailing `.0`, no exponent.
 * @param value - a score, normally 0-100
 * @returns e.g. `82.5`, `55`
 */
export function formatScore(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.round(value * 10) / 10;
  // Number-to-string is specified exactly by ECMAScript; `Object.is` folds -0 into 0.
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
