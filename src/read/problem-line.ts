/**
 * How a problem reads as one line of text: `path: message`, the root as `$`, a sheet's row and
 * column in words, a warning marked. The command line prints problems so and the workbench page
 * lists them so, from this one place, so both say the same words.
 */
import { fill, type Locale, type LocalizedText } from '../i18n/locale.js';
import type { Problem } from '../validate/problem.js';
import { csvPathParts } from './csv-import.js';

/** The words of a problem line, in every locale. */
export const PROBLEM_LINE_MESSAGES = {
  'path-row': { 'zh-CN': '第 {row} 行', 'zh-TW': '第 {row} 行', en: 'row {row}' },
  'path-row-column': {
    'zh-CN': '第 {row} 行，“{column}”列{key}',
    'zh-TW': '第 {row} 行，「{column}」欄{key}',
    en: 'row {row}, column {column}{key}',
  },
  'path-key': { 'zh-CN': '（{key}）', 'zh-TW': '（{key}）', en: ' ({key})' },
  'problem-warning': { 'zh-CN': '警告：', 'zh-TW': '警告：', en: 'warning: ' },
} as const satisfies Record<string, LocalizedText>;

/**
 * Where a problem is, as a person reads it in a locale: `$` for the whole input, a sheet's row and
 * column in words (`第 5 行，“风险类别”列（riskPoint.riskCategory）`), any other path as it is.
 * @param path - a problem's path
 * @param locale - the locale
 * @returns the place
 */
export function problemPlace(path: string, locale: Locale): string {
  if (path === '') return '$';
  const sheet = csvPathParts(path);
  if (sheet === undefined) return path;
  if (sheet.header === undefined) return fill(PROBLEM_LINE_MESSAGES['path-row'][locale], { row: sheet.row }, locale);
  const key = sheet.key === undefined ? '' : fill(PROBLEM_LINE_MESSAGES['path-key'][locale], { key: sheet.key }, locale);
  return fill(PROBLEM_LINE_MESSAGES['path-row-column'][locale], { row: sheet.row, column: sheet.header, key }, locale);
}

/**
 * A problem as one line, as the command line prints it: `place: message`, a warning marked
 * (`警告：`), the whole line started with `prefix: ` when one is given (a file name).
 * @param problem - the problem
 * @param locale - the locale
 * @param prefix - what to start the line with, if anything
 * @returns the line, without a newline
 * @example
 * problemLine(problem, 'en') // 'posts[0].rank: missing required field "rank"'
 */
export function problemLine(problem: Problem, locale: Locale, prefix?: string): string {
  const head = prefix === undefined ? '' : `${prefix}: `;
  return `${head}${problemPlace(problem.path, locale)}: ${problemText(problem, locale)}`;
}

/**
 * What a problem line says after the place: the message, a warning marked (`警告：`). What a
 * form shows at the field the problem belongs to.
 * @param problem - the problem
 * @param locale - the locale
 * @returns the text
 */
export function problemText(problem: Problem, locale: Locale): string {
  const mark = problem.severity === 'warning' ? PROBLEM_LINE_MESSAGES['problem-warning'][locale] : '';
  return `${mark}${problem.message[locale]}`;
}
