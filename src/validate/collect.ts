/**
 * Small helpers shared by the plain (non-DSL) checks of template libraries and finding settings.
 */
import { LOCALES, type LocalizedText, type MessageParams } from '../i18n/locale.js';
import { problem, type Problem, type Severity } from './problem.js';

/** Collects problems whose messages come from one table. */
export class ProblemCollector<Code extends string> {
  /** Every problem, in the order found. */
  readonly problems: Problem[] = [];
  /** @param messages - the message table, by code */
  constructor(private readonly messages: Readonly<Record<Code, LocalizedText>>) {}

  /** Records an error. */
  error(code: Code, path: string, params: MessageParams = {}): void {
    this.add('error', code, path, params);
  }

  /** Records a warning. */
  warn(code: Code, path: string, params: MessageParams = {}): void {
    this.add('warning', code, path, params);
  }

  /** True when an error was recorded. */
  get hasErrors(): boolean {
    return this.problems.some((p) => p.severity === 'error');
  }

  private add(severity: Severity, code: Code, path: string, params: MessageParams): void {
    this.problems.push(problem(severity, code, path, this.messages[code], params));
  }
}

/** True for a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when an object has the key as its own property. */
export function has(obj: Readonly<Record<string, unknown>>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/** The allowed values of a vocabulary, as shown in messages: `a, b, c`. */
export function allowedList(values: readonly string[]): string {
  return values.join(', ');
}

/** True when the value is an integer in `[min, max]`. */
export function isIntIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** The locale ids, for messages about missing locale texts. */
export const LOCALE_IDS: readonly string[] = LOCALES;

/**
 * Messages both plain checks (template libraries and finding settings) use, by code; each table
 * refers to these so the two inputs word the same fault alike.
 */
export const PLAIN_CHECK_MESSAGES = {
  'not-an-object': {
    'zh-CN': '此处应为对象（JSON 对象）',
    'zh-TW': '此處應為物件（JSON 物件）',
    en: 'Expected an object',
  },
  'not-an-array': {
    'zh-CN': '此处应为数组',
    'zh-TW': '此處應為陣列',
    en: 'Expected an array',
  },
  'unknown-field': {
    'zh-CN': '未知字段“{field}”，已忽略',
    'zh-TW': '未知欄位「{field}」，已忽略',
    en: 'Unknown field "{field}", ignored',
  },
  'missing-locale-text': {
    'zh-CN': '缺少 {locale} 文本（每段文字须有 zh-CN、zh-TW、en 三种语言）',
    'zh-TW': '缺少 {locale} 文字（每段文字須有 zh-CN、zh-TW、en 三種語言）',
    en: 'Missing the {locale} text (every text needs zh-CN, zh-TW and en)',
  },
  'bad-power-category': {
    'zh-CN': '权力类别“{value}”无效，应为 {allowed} 之一',
    'zh-TW': '權力類別「{value}」無效，應為 {allowed} 之一',
    en: 'Power category "{value}" is invalid; use one of {allowed}',
  },
  'bad-level': {
    'zh-CN': '风险等级“{value}”无效，应为 {allowed} 之一',
    'zh-TW': '風險等級「{value}」無效，應為 {allowed} 之一',
    en: 'Level "{value}" is invalid; use one of {allowed}',
  },
  'bad-keyword': {
    'zh-CN': '环节关键词应为非空文本',
    'zh-TW': '環節關鍵詞應為非空白文字',
    en: 'A step keyword must be non-empty text',
  },
  'bad-threshold': {
    'zh-CN': '触发阈值应为 1 至 5 之间的整数',
    'zh-TW': '觸發門檻應為 1 至 5 之間的整數',
    en: 'A trigger threshold must be a whole number from 1 to 5',
  },
} as const satisfies Readonly<Record<string, LocalizedText>>;
