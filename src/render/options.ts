/**
 * What every renderer shares: its options and small, machine-independent formatting helpers.
 * Numbers are formatted by our own code (never `toLocaleString`), so output is the same bytes
 * on every machine.
 */
import { DEFAULT_LOCALE, fill, type Locale, type LocalizedText, type MessageParams } from '../i18n/locale.js';
import { type SelectedMeasure } from '../measures/types.js';
import type { OwnMeasure } from '../model/document.js';
import { factorLabel } from '../model/factors.js';
import { OWNER_TIER_LABELS, OWNER_TIERS, type OwnerTier, PHASE_LABELS, PHASES, termLabel } from '../model/enums.js';
import { RENDER_LABELS, type RenderLabelKey } from './labels.js';

/** Options of the Markdown and CSV renderers. */
export interface RenderOptions {
  /** The language to write; default `zh-CN`. */
  readonly locale?: Locale;
}

/**
 * The longest string V8 makes on 64-bit platforms (2^29 − 24 UTF-16 code units; Node's
 * `buffer.constants.MAX_STRING_LENGTH`): past it, joining fails with a bare `RangeError`.
 */
export const MAX_STRING_LENGTH = 536_870_888;

/** Thrown by a whole-string renderer whose output would be longer than one string can be. */
export class OutputTooLargeError extends Error {
  /** The message in every locale. */
  readonly messages: LocalizedText;
  /**
   * @param streamingForm - the function that writes the same output in chunks
   */
  constructor(readonly streamingForm: string) {
    const messages = {
      'zh-CN': `输出超过一个字符串的长度上限（${MAX_STRING_LENGTH} 个字符），无法作为一个字符串返回：请改用流式的 ${streamingForm}，逐块写出`,
      'zh-TW': `輸出超過一個字串的長度上限（${MAX_STRING_LENGTH} 個字元），無法作為一個字串傳回：請改用串流的 ${streamingForm}，逐塊寫出`,
      en: `the output is longer than one string can be (${MAX_STRING_LENGTH} characters) and cannot be returned as one: use the streaming form ${streamingForm} and write its chunks as they come`,
    };
    super(`${messages['zh-CN']} / ${messages.en}`);
    this.name = 'OutputTooLargeError';
    this.messages = messages;
  }
}

/**
 * Joins the chunks of a streamed renderer into one string: what the whole-string forms return.
 * @param chunks - the chunks, in order
 * @param streamingForm - the streaming function to name when the output is too long for one string
 * @returns their concatenation
 * @throws {@link OutputTooLargeError} before joining an output longer than {@link MAX_STRING_LENGTH}
 */
export function joinChunks(chunks: Iterable<string>, streamingForm = 'render…Chunks'): string {
  // Array join is linear; repeated `+=` on a growing string is not guaranteed to be.
  const parts: string[] = [];
  let length = 0;
  for (const chunk of chunks) {
    length += chunk.length;
    if (length > MAX_STRING_LENGTH) throw new OutputTooLargeError(streamingForm);
    parts.push(chunk);
  }
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
 * A label of {@link RENDER_LABELS} in a locale, with its placeholders filled.
 * @param key - the label's key
 * @param locale - the language
 * @param params - values for `{name}` placeholders
 * @returns the text
 */
export function label(key: RenderLabelKey, locale: Locale, params?: MessageParams): string {
  const text: LocalizedText = RENDER_LABELS[key];
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

/**
 * A risk point's measures as lines: the unit's own measures first, in its order (`phase: text`),
 * then the template measures phase by phase, in-place ones and proposals marked.
 * @param riskPoint - the risk point's own and template measures
 * @param locale - the language
 * @returns one line per measure, e.g. `前期预防：实行双人核查`, `事中监控：全程留痕（建议）`
 */
export function riskPointMeasureLines(
  riskPoint: { readonly ownMeasures: readonly OwnMeasure[]; readonly measures: readonly SelectedMeasure[] },
  locale: Locale,
): string[] {
  return [...riskPoint.ownMeasures.map((m) => ownMeasureLine(m, locale)), ...measureLines(riskPoint.measures, locale, true)];
}

/**
 * One own measure as a line: `phase: text`, or the text alone when it names no phase.
 * @param m - the measure
 * @param locale - the language
 * @returns the line
 */
export function ownMeasureLine(m: OwnMeasure, locale: Locale): string {
  return m.phase === undefined ? m.text : label('phaseItem', locale, { phase: termLabel(PHASE_LABELS, m.phase, locale), text: m.text });
}

/**
 * What an own measure says besides its text (owner, deadline, indicator, factors lowered), joined for
 * reading; the template it adopts is an id, kept in CSV and JSON, not in reading text.
 * @param m - the measure
 * @param locale - the language
 * @returns e.g. `部门负责人；时限：2026-06-30`, empty when it says nothing more
 */
export function ownMeasureFacts(m: OwnMeasure, locale: Locale): string {
  const facts: string[] = [];
  if (m.owner !== undefined) facts.push(termLabel(OWNER_TIER_LABELS, m.owner, locale));
  if (m.responsible !== undefined) facts.push(label('ownMeasureResponsible', locale, { text: m.responsible }));
  if (m.deadline !== undefined) facts.push(label('ownMeasureDeadline', locale, { text: m.deadline }));
  if (m.indicator !== undefined) facts.push(label('ownMeasureIndicator', locale, { text: m.indicator }));
  if (m.lowers !== undefined && m.lowers.length > 0) {
    facts.push(label('ownMeasureLowers', locale, { list: m.lowers.map((f) => factorLabel(f, locale)).join(label('listSeparator', locale)) }));
  }
  return facts.join(locale === 'en' ? '; ' : '；');
}

/**
 * A risk point's measures as lines `phase: title`, phase by phase, in-place ones marked.
 * @param measures - the measures, in catalog order
 * @param locale - the language
 * @param markProposals - mark proposals `（建议）` too (where the unit's own measures precede them)
 * @returns one line per measure, e.g. `事中监控：全程留痕（已落实）`
 */
export function measureLines(measures: readonly SelectedMeasure[], locale: Locale, markProposals = false): string[] {
  const lines: string[] = [];
  for (const phase of PHASES) {
    for (const m of measures) {
      if (m.phase !== phase) continue;
      const title =
        m.status === 'in-place'
          ? label('measureInPlace', locale, { title: m.title[locale] })
          : markProposals
            ? label('measureProposed', locale, { title: m.title[locale] })
            : m.title[locale];
      lines.push(label('phaseItem', locale, { phase: termLabel(PHASE_LABELS, phase, locale), text: title }));
    }
  }
  return lines;
}

/**
 * The distinct owner tiers of some measures (责任层级), closest to the work first.
 * @param measures - the measures (own measures without an owner add none)
 * @param locale - the language
 * @returns the tiers joined, e.g. `部门负责人、纪检监察`; empty when there are no measures
 */
export function ownerText(measures: readonly { readonly owner?: OwnerTier }[], locale: Locale): string {
  return OWNER_TIERS.filter((o) => measures.some((m) => m.owner === o))
    .map((o) => termLabel(OWNER_TIER_LABELS, o, locale))
    .join(label('listSeparator', locale));
}
