/**
 * What each renderer writes of a catalog's texts, so a catalog can be built with only those
 * (`CatalogOptions.texts`), and the check that a catalog has them before it is rendered.
 */
import type { CatalogSource, CatalogTexts } from '../catalog/types.js';
import { fill, type Locale, type LocalizedText } from '../i18n/locale.js';

/** The formats that render a catalog. */
export type TextFormat = 'json' | 'md' | 'csv' | 'html';

/** The texts a format prints, beyond titles and labels (which every catalog has). */
export type FormatTexts = Required<Omit<CatalogTexts, 'locale'>>;

/**
 * Per format, which texts it prints: CSV prints no explanation and no measure text; Markdown the
 * post's explanation and merged measures; HTML adds the risk points' explanations; JSON every
 * explanation's sentence and the merged measures (a risk point's measures are references to its
 * post's). No format prints the explanations' detail, except JSON when asked (`detail`).
 */
export const FORMAT_TEXTS = {
  json: { riskPointExplanations: true, postExplanations: true, riskPointMeasureTexts: false, postMeasureTexts: true, explanationDetails: false },
  md: { riskPointExplanations: false, postExplanations: true, riskPointMeasureTexts: false, postMeasureTexts: true, explanationDetails: false },
  csv: { riskPointExplanations: false, postExplanations: false, riskPointMeasureTexts: false, postMeasureTexts: false, explanationDetails: false },
  html: { riskPointExplanations: true, postExplanations: true, riskPointMeasureTexts: false, postMeasureTexts: true, explanationDetails: false },
} as const satisfies Readonly<Record<TextFormat, FormatTexts>>;

/** What a format writes beyond its default texts. */
export interface TextNeeds {
  /** The JSON catalog with the explanations' detail (`renderJson(…, { detail: true })`, the CLI's `--detail`). */
  readonly detail?: boolean;
}

/** The texts a format writes, with the extras asked for. */
function needsOf(format: TextFormat, needs: TextNeeds | undefined): FormatTexts {
  const base: FormatTexts = FORMAT_TEXTS[format];
  return needs?.detail === true && format === 'json' ? { ...base, explanationDetails: true } : base;
}

/**
 * The texts to build a catalog with for one format and locale: pass as `CatalogOptions.texts`.
 * The rendered bytes are the same as from a catalog built with every text.
 * @param format - the renderer
 * @param locale - the locale it writes; omit for JSON with every locale
 * @param needs - `detail: true` for the JSON catalog with the explanations' detail
 * @returns the catalog texts option
 * @example
 * const source = catalogSource(doc, { texts: textsFor('csv', 'zh-CN') });
 * renderCsvChunks(source, { locale: 'zh-CN' });
 */
export function textsFor(format: TextFormat, locale?: Locale, needs?: TextNeeds): CatalogTexts {
  return { ...(locale === undefined ? {} : { locale }), ...needsOf(format, needs) };
}

const MESSAGES = {
  locale: {
    'zh-CN': '目录仅按 {built} 构建，不能以 {wanted} 输出：构建时请改用 textsFor({format}, {arg}) 或不限定 texts',
    'zh-TW': '目錄僅按 {built} 建置，不能以 {wanted} 輸出：建置時請改用 textsFor({format}, {arg}) 或不限定 texts',
    en: 'the catalog was built for {built} only and cannot be written in {wanted}: build it with textsFor({format}, {arg}) or without texts',
  },
  text: {
    'zh-CN': '目录构建时未包含 {format} 输出所需的 {field}：构建时请改用 textsFor({call}) 或不限定 texts',
    'zh-TW': '目錄建置時未包含 {format} 輸出所需的 {field}：建置時請改用 textsFor({call}) 或不限定 texts',
    en: 'the catalog was built without {field}, which {format} writes: build it with textsFor({call}) or without texts',
  },
} as const satisfies Readonly<Record<string, LocalizedText>>;

/** Thrown by a renderer given a catalog built without a text it writes. */
export class CatalogTextsError extends Error {
  /** The message in every locale. */
  readonly messages: LocalizedText;
  /**
   * @param messages - the message in every locale; the error's `message` is zh-CN then en
   */
  constructor(messages: LocalizedText) {
    super(`${messages['zh-CN']} / ${messages.en}`);
    this.name = 'CatalogTextsError';
    this.messages = messages;
  }
}

function localized(text: LocalizedText, params: Record<string, string>): LocalizedText {
  return { 'zh-CN': fill(text['zh-CN'], params, 'zh-CN'), 'zh-TW': fill(text['zh-TW'], params, 'zh-TW'), en: fill(text.en, params, 'en') };
}

/**
 * Throws {@link CatalogTextsError} unless the source has every text the format writes in `locale`.
 * @param source - the catalog
 * @param format - the renderer
 * @param locale - the locale written; undefined for every locale (JSON without a locale)
 * @param needs - what it writes beyond its default texts (the JSON catalog's `detail`)
 */
export function requireTexts(source: Pick<CatalogSource, 'texts'>, format: TextFormat, locale: Locale | undefined, needs?: TextNeeds): void {
  const built = source.texts;
  if (built === undefined) return;
  if (built.locale !== undefined && built.locale !== locale) {
    throw new CatalogTextsError(localized(MESSAGES.locale, { built: built.locale, wanted: locale ?? 'zh-CN, zh-TW, en', arg: locale === undefined ? 'undefined' : `'${locale}'`, format: `'${format}'` }));
  }
  const wanted = needsOf(format, needs);
  for (const field of Object.keys(wanted) as (keyof FormatTexts)[]) {
    if (wanted[field] && built[field] === false) {
      const call = needs?.detail === true ? `'${format}', ${locale === undefined ? 'undefined' : `'${locale}'`}, { detail: true }` : `'${format}'`;
      throw new CatalogTextsError(localized(MESSAGES.text, { field, format: `'${format}'`, call }));
    }
  }
}
