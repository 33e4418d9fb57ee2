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
