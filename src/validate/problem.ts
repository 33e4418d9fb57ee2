/**
 * A problem found in input data: where it is, what kind it is, and what to tell a person.
 * The same shape serves the organization document, scoring models, template libraries and CSV sheets.
 */
import { fillAll, type LocalizedText, type MessageParams } from '../i18n/locale.js';
import { PROBLEM_MESSAGES, type ProblemCode } from './messages.js';

/** `error` makes the input unusable; `warning` is reported but the input is still accepted. */
export type Severity = 'error' | 'warning';

/** One problem with its path, stable code and message in every locale. */
export interface Problem {
  /** Whether the input is still usable. */
  readonly severity: Severity;
  /** A stable, kebab-case code other systems may match on, e.g. `duplicate-id` (see {@link ProblemCode}). */
  readonly code: ProblemCode;
  /**
   * Where the problem is, as a JSON path without a leading `$`:
   * `posts[2].powers[0].riskPoints[1].factors.discretion`; the empty string is the whole input.
   * CSV problems use `row 3, column factors.harm` style paths (see the CSV import).
   */
  readonly path: string;
  /** What to tell a person, in every locale. */
  readonly message: LocalizedText;
  /** The values substituted into the message, for systems that build their own text. */
  readonly params: MessageParams;
  /**
   * What was expected, where a problem has one, in a short language-neutral form: a JSON type
   * (`string`), a list of allowed values (`"low" | "medium" | "high"`), a range (`1..5`), a limit
   * (`<= 200`), a pattern, or `present`.
   */
  readonly expected?: string;
  /** What was found instead, in the same form: a JSON type, the value (shortened), a length or count. */
  readonly received?: string;
}

/** The `expected` and `received` of a problem, where it applies. */
export interface Mismatch {
  readonly expected?: string;
  readonly received?: string;
}

/** The outcome of checking input: the typed value when there was no error, and every problem found. */
export type Checked<T> =
  | { readonly ok: true; readonly value: T; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Builds a problem from a message template in every locale.
 * @param severity - error or warning
 * @param code - the stable code
 * @param path - the JSON path
 * @param template - the message template with `{name}` placeholders (default: the code's own message)
 * @param params - the values for the placeholders
 * @param mismatch - what was expected and what was received, where that applies
 * @returns the problem
 */
export function problem(
  severity: Severity,
  code: ProblemCode,
  path: string,
  template: LocalizedText = PROBLEM_MESSAGES[code],
  params: MessageParams = {},
  mismatch: Mismatch = {},
): Problem {
  return {
    severity,
    code,
    path,
    message: fillAll(template, params),
    params,
    ...(mismatch.expected === undefined ? {} : { expected: mismatch.expected }),
    ...(mismatch.received === undefined ? {} : { received: mismatch.received }),
  };
}

/**
 * Joins a JSON path and a key or index: `joinPath('posts', 2)` is `posts[2]`,
 * `joinPath('posts[2]', 'id')` is `posts[2].id`. Keys that are not plain identifiers are quoted.
 */
export function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  const part = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : JSON.stringify(key);
  if (base === '') return part.startsWith('"') ? `[${part}]` : part;
  return part.startsWith('"') ? `${base}[${part}]` : `${base}.${part}`;
}

/** Thrown by the throwing entry points (`parseDocument`, …) with every problem found. */
export class InvalidInputError extends Error {
  /** Every problem, errors and warnings. */
  readonly problems: readonly Problem[];
  /**
   * @param what - what was being read, for the message
   * @param problems - every problem found
   */
  constructor(what: string, problems: readonly Problem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    const first = errors[0];
    super(
      `${what}: ${errors.length} problem(s)` +
        (first ? `; first at ${first.path === '' ? '(root)' : first.path}: ${first.message.en}` : ''),
    );
    this.name = 'InvalidInputError';
    this.problems = problems;
  }
}
