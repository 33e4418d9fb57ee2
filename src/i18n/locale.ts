/**
 * Locales and localized text. Every string a user reads exists in all three locales;
 * zh-CN is the default because the practice and its users are mainland Chinese.
 */

/** The locales the library speaks, default first. */
export const LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;

/** One of {@link LOCALES}. */
export type Locale = (typeof LOCALES)[number];

/** The default locale, used wherever the caller names none. */
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** A text in every locale. Tables of these are checked at compile time to be complete. */
export type LocalizedText = { readonly [L in Locale]: string };

/** A value that may be substituted into a `{name}` placeholder: plain, or itself localized. */
export type MessageParam = string | number | LocalizedText;

/** Values that may be substituted into `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, MessageParam>>;

/**
 * Tells whether a value is one of the supported locales.
 * @param value - anything, e.g. a CLI flag
 * @returns true for `zh-CN`, `zh-TW` or `en`
 */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Fills `{name}` placeholders from `params`; a placeholder with no value is kept as written,
 * so a missing parameter shows up in review instead of vanishing.
 * @param template - text with `{name}` placeholders
 * @param params - the values; a localized value contributes its text in `locale`
 * @param locale - which text of a localized value to use
 * @returns the filled text
 * @example
 * fill('岗位 {post}', { post: '出纳' }) // '岗位 出纳'
 */
export function fill(template: string, params: MessageParams = {}, locale: Locale = DEFAULT_LOCALE): string {
  return fillParts(compiled(template), params, locale);
}

function fillParts(parts: readonly string[], params: MessageParams, locale: Locale): string {
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    const value = Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
    const after = parts[i + 1] as string;
    if (value === undefined) out += `{${name}}`;
    else {
      const text = typeof value === 'object' ? value[locale] : String(value);
      out += quotedSlot(parts[i - 1] as string, after) ? nestQuotes(text) : text;
    }
    out += after;
  }
  return out;
}

// Quotation marks and what a quotation inside them is written with (GB/T 15834: “‘’”; 「『』」; "'").
const INNER_QUOTES: Readonly<Record<string, string>> = { '“': '‘', '”': '’', '「': '『', '」': '』', '"': "'" };
const QUOTE_PAIRS: Readonly<Record<string, string>> = { '“': '”', '「': '」', '"': '"' };

/** Whether a placeholder sits between an opening quotation mark and its closing one, both in the template. */
function quotedSlot(before: string, after: string): boolean {
  const open = before.charAt(before.length - 1);
  return QUOTE_PAIRS[open] !== undefined && after.charAt(0) === QUOTE_PAIRS[open];
}

/** A quoted value's own quotation marks turned into inner ones, so "“四位一体”考核" is not quoted twice. */
function nestQuotes(text: string): string {
  return /[“”「」"]/.test(text) ? text.replace(/[“”「」"]/g, (q) => INNER_QUOTES[q] as string) : text;
}

// Templates split once at their placeholders: literal, name, literal, name, …, literal. A catalog
// fills the same few hundred templates millions of times. The cache is bounded because user
// libraries bring their own templates.
const COMPILED = new Map<string, readonly string[]>();
const COMPILED_MAX = 4096;

function compiled(template: string): readonly string[] {
  let parts = COMPILED.get(template);
  if (parts === undefined) {
    parts = template.split(/\{([A-Za-z][A-Za-z0-9_]*)\}/);
    if (COMPILED.size >= COMPILED_MAX) COMPILED.clear();
    COMPILED.set(template, parts);
  }
  return parts;
}

/**
 * A localized text with one locale filled and the others empty: what a catalog built for one
 * locale holds (see `CatalogOptions.locale`). The key order is the same as a full text's.
 * @param locale - the locale that has the text
 * @param value - its text
 * @returns the text, empty in the other locales
 */
export function onlyIn(locale: Locale, value: string): LocalizedText {
  return locale === 'zh-CN' ? { 'zh-CN': value, 'zh-TW': '', en: '' } : locale === 'zh-TW' ? { 'zh-CN': '', 'zh-TW': value, en: '' } : { 'zh-CN': '', 'zh-TW': '', en: value };
}

/**
 * Makes a localized text with one function for every locale, or only for `only` (the others empty).
 * @param make - the text in a locale
 * @param only - the one locale to make, if only one is wanted
 * @returns the text
 */
export function eachLocale(make: (l: Locale) => string, only?: Locale): LocalizedText {
  if (only !== undefined) return onlyIn(only, make(only));
  return { 'zh-CN': make('zh-CN'), 'zh-TW': make('zh-TW'), en: make('en') };
}

/**
 * Fills every locale of a localized template with the same parameters.
 * @param text - the template in every locale
 * @param params - the values
 * @param only - fill this locale only and leave the others empty (a one-locale catalog); all when absent
 * @returns the filled text in every locale
 */
export function fillAll(text: LocalizedText, params: MessageParams = {}, only?: Locale): LocalizedText {
  if (only !== undefined) return onlyIn(only, fillParts(compiled(text[only]), params, only));
  let c = COMPILED_TEXTS.get(text);
  // The same strings as when compiled (a pointer comparison), unless a caller changed the object.
  if (c === undefined || c.source['zh-CN'] !== text['zh-CN'] || c.source['zh-TW'] !== text['zh-TW'] || c.source.en !== text.en) {
    c = {
      source: { 'zh-CN': text['zh-CN'], 'zh-TW': text['zh-TW'], en: text.en },
      parts: { 'zh-CN': compiled(text['zh-CN']), 'zh-TW': compiled(text['zh-TW']), en: compiled(text.en) },
    };
    COMPILED_TEXTS.set(text, c);
  }
  const { parts } = c;
  return { 'zh-CN': fillParts(parts['zh-CN'], params, 'zh-CN'), 'zh-TW': fillParts(parts['zh-TW'], params, 'zh-TW'), en: fillParts(parts.en, params, 'en') };
}

// Localized templates are constant objects (message tables, template libraries): keyed by identity,
// their split form is found without hashing three long strings.
const COMPILED_TEXTS = new WeakMap<LocalizedText, { readonly source: LocalizedText; readonly parts: { readonly [L in Locale]: readonly string[] } }>();
