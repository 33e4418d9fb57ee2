/**
 * The CSV column set, declared once as data: the exporter writes these columns in this order, the
 * importer recognizes their headers (in any locale) or their keys, and the README's column table is
 * checked against this list.
 */
import type { LocalizedText } from '../i18n/locale.js';
import { FACTOR_IDS, type FactorId } from '../model/enums.js';
import { factorDefinition } from '../factors/factors.js';

/**
 * How a column's cells are written and read:
 * - `text`: the user's text, written as is (formula-neutralised, see {@link neutralizeCell});
 * - `id`: an identifier, text; surrounding spaces are dropped on import;
 * - `date`: an ISO date `YYYY-MM-DD` (import also accepts `2026/3/31`, `2026年3月31日`);
 * - `number`: a non-negative decimal number;
 * - `rating`: an integer 1-5, blank when not rated;
 * - `boolean`: 是/否 (Yes/No) in the chosen locale; import accepts any locale, `true`/`false`, `1`/`0`;
 * - `rank`, `powerCategory`, `riskCategory`: the vocabulary's label in the chosen locale; import
 *   accepts a label in any locale or the id;
 * - `list`: items separated by `|` (see {@link encodeList});
 * - `computed`: written by the exporter from the assessment, ignored on import.
 */
export type CsvValueType =
  | 'text'
  | 'id'
  | 'date'
  | 'number'
  | 'rating'
  | 'boolean'
  | 'rank'
  | 'powerCategory'
  | 'riskCategory'
  | 'list'
  | 'computed';

/** Which entity of the document a column belongs to. */
export type CsvScope = 'document' | 'post' | 'power' | 'riskPoint' | 'computed';

/** One column of the CSV layout. */
export interface CsvColumn {
  /** The stable key; an import may use it as the header. */
  readonly key: string;
  /** The header in each locale. */
  readonly header: LocalizedText;
  /** Which entity it describes. */
  readonly scope: CsvScope;
  /** How its cells are written and read. */
  readonly type: CsvValueType;
  /** Whether an import must have this column (and a value in it for each entity of its scope). */
  readonly required: boolean;
}

const factorColumns = FACTOR_IDS.map(
  (f) =>
    ({
      key: `factors.${f}`,
      header: factorDefinition(f).label,
      scope: 'riskPoint',
      type: 'rating',
      required: false,
    }) as const,
) as readonly {
  readonly key: `factors.${FactorId}`;
  readonly header: LocalizedText;
  readonly scope: 'riskPoint';
  readonly type: 'rating';
  readonly required: false;
}[];

/** The columns, in the order the exporter writes them. */
export const CSV_COLUMNS = [
  { key: 'organization', header: { 'zh-CN': '单位', 'zh-TW': '單位', en: 'Organization' }, scope: 'document', type: 'text', required: false },
  { key: 'assessedOn', header: { 'zh-CN': '评估日期', 'zh-TW': '評估日期', en: 'Assessed on' }, scope: 'document', type: 'date', required: false },
  { key: 'post.id', header: { 'zh-CN': '岗位编号', 'zh-TW': '崗位編號', en: 'Post id' }, scope: 'post', type: 'id', required: true },
  { key: 'post.name', header: { 'zh-CN': '岗位名称', 'zh-TW': '崗位名稱', en: 'Post' }, scope: 'post', type: 'text', required: true },
  { key: 'post.department', header: { 'zh-CN': '部门', 'zh-TW': '部門', en: 'Department' }, scope: 'post', type: 'text', required: true },
  { key: 'post.rank', header: { 'zh-CN': '职级', 'zh-TW': '職級', en: 'Rank' }, scope: 'post', type: 'rank', required: true },
  // Not required: a sheet may give the date the holder took the post instead (the validator derives it).
  { key: 'post.tenureYears', header: { 'zh-CN': '任职年限', 'zh-TW': '任職年限', en: 'Years in post' }, scope: 'post', type: 'number', required: false },
  { key: 'post.holder', header: { 'zh-CN': '现任者', 'zh-TW': '現任者', en: 'Holder' }, scope: 'post', type: 'text', required: false },
  { key: 'post.holderSince', header: { 'zh-CN': '到岗日期', 'zh-TW': '到崗日期', en: 'Holder since' }, scope: 'post', type: 'date', required: false },
  {
    key: 'post.factors.importance',
    header: { 'zh-CN': '岗位重要程度（岗位评定）', 'zh-TW': '崗位重要程度（崗位評定）', en: 'Post importance (rated on the post)' },
    scope: 'post',
    type: 'rating',
    required: false,
  },
  {
    key: 'post.factors.influence',
    header: { 'zh-CN': '职务影响力（岗位评定）', 'zh-TW': '職務影響力（崗位評定）', en: 'Influence of position (rated on the post)' },
    scope: 'post',
    type: 'rating',
    required: false,
  },
  { key: 'power.id', header: { 'zh-CN': '权力事项编号', 'zh-TW': '權力事項編號', en: 'Power id' }, scope: 'power', type: 'id', required: true },
  { key: 'power.name', header: { 'zh-CN': '权力事项', 'zh-TW': '權力事項', en: 'Power' }, scope: 'power', type: 'text', required: true },
  { key: 'power.category', header: { 'zh-CN': '权力类别', 'zh-TW': '權力類別', en: 'Power category' }, scope: 'power', type: 'powerCategory', required: true },
  { key: 'power.majorMatter', header: { 'zh-CN': '三重一大', 'zh-TW': '三重一大', en: 'Major matter' }, scope: 'power', type: 'boolean', required: false },
  { key: 'power.collectiveDecision', header: { 'zh-CN': '集体决策', 'zh-TW': '集體決策', en: 'Collective decision' }, scope: 'power', type: 'boolean', required: false },
  {
    key: 'power.steps',
    header: { 'zh-CN': '办理流程（环节以 | 分隔）', 'zh-TW': '辦理流程（環節以 | 分隔）', en: 'Procedure steps (separated by |)' },
    scope: 'power',
    type: 'list',
    required: true,
  },
  { key: 'riskPoint.id', header: { 'zh-CN': '风险点编号', 'zh-TW': '風險點編號', en: 'Risk point id' }, scope: 'riskPoint', type: 'id', required: true },
  { key: 'riskPoint.description', header: { 'zh-CN': '风险点', 'zh-TW': '風險點', en: 'Risk point' }, scope: 'riskPoint', type: 'text', required: true },
  { key: 'riskPoint.step', header: { 'zh-CN': '流程环节', 'zh-TW': '流程環節', en: 'Step' }, scope: 'riskPoint', type: 'text', required: true },
  { key: 'riskPoint.riskCategory', header: { 'zh-CN': '风险类别', 'zh-TW': '風險類別', en: 'Risk category' }, scope: 'riskPoint', type: 'riskCategory', required: true },
  ...factorColumns,
  { key: 'riskPoint.priorIncident', header: { 'zh-CN': '曾发生问题', 'zh-TW': '曾發生問題', en: 'Prior incident' }, scope: 'riskPoint', type: 'boolean', required: false },
  {
    key: 'riskPoint.controls',
    header: { 'zh-CN': '已有防控措施（模板编号以 | 分隔）', 'zh-TW': '既有防控措施（範本編號以 | 分隔）', en: 'Measures in place (template ids separated by |)' },
    scope: 'riskPoint',
    type: 'list',
    required: false,
  },
  { key: 'level', header: { 'zh-CN': '风险等级（评定结果）', 'zh-TW': '風險等級（評定結果）', en: 'Level (assessed)' }, scope: 'computed', type: 'computed', required: false },
  { key: 'score', header: { 'zh-CN': '风险得分（评定结果）', 'zh-TW': '風險得分（評定結果）', en: 'Score (assessed)' }, scope: 'computed', type: 'computed', required: false },
  {
    key: 'residualLevel',
    header: { 'zh-CN': '剩余风险等级（评定结果）', 'zh-TW': '剩餘風險等級（評定結果）', en: 'Residual level (assessed)' },
    scope: 'computed',
    type: 'computed',
    required: false,
  },
  {
    key: 'residualScore',
    header: { 'zh-CN': '剩余风险得分（评定结果）', 'zh-TW': '剩餘風險得分（評定結果）', en: 'Residual score (assessed)' },
    scope: 'computed',
    type: 'computed',
    required: false,
  },
  { key: 'measures', header: { 'zh-CN': '防控措施（评定结果）', 'zh-TW': '防控措施（評定結果）', en: 'Prevention measures (assessed)' }, scope: 'computed', type: 'computed', required: false },
  { key: 'owner', header: { 'zh-CN': '责任层级（评定结果）', 'zh-TW': '責任層級（評定結果）', en: 'Owner (assessed)' }, scope: 'computed', type: 'computed', required: false },
] as const satisfies readonly CsvColumn[];

/** The key of a CSV column. */
export type CsvColumnKey = (typeof CSV_COLUMNS)[number]['key'];

/** The separator between the items of a `list` cell (steps, control ids). */
export const CSV_LIST_SEPARATOR = '|';

/**
 * The formula-neutralisation prefix. A text cell is written with this prefix when it begins with
 * `=`, `+`, `-`, `@`, tab, CR, LF or the prefix itself, or when it is a digit string a spreadsheet
 * would turn into a number and lose digits (a leading zero, or more than 15 digits). Import strips
 * exactly one leading prefix from every cell, which undoes this exactly.
 */
export const CSV_NEUTRALIZE_PREFIX = "'";

const FORMULA_START = /^[=+\-@\t\r\n']/;
const LOSSY_NUMBER = /^(?:0\d+|\d{16,})$/;

/**
 * Neutralises a text cell against formula injection (see {@link CSV_NEUTRALIZE_PREFIX}).
 * @param text - the cell's text
 * @returns the text, prefixed with `'` when a spreadsheet could read it as a formula or a number
 * @example
 * neutralizeCell('=SUM(A1)') // "'=SUM(A1)"
 * neutralizeCell("'quoted")  // "''quoted"
 */
export function neutralizeCell(text: string): string {
  return FORMULA_START.test(text) || LOSSY_NUMBER.test(text) ? CSV_NEUTRALIZE_PREFIX + text : text;
}

/**
 * Undoes {@link neutralizeCell}: strips exactly one leading `'`.
 * @param text - a cell as read from the sheet
 * @returns the cell's text
 */
export function unneutralizeCell(text: string): string {
  return text.startsWith(CSV_NEUTRALIZE_PREFIX) ? text.slice(CSV_NEUTRALIZE_PREFIX.length) : text;
}

/**
 * Writes a list cell: items joined by `|`; inside an item a backslash escapes `\`, `|` and
 * surrounding white space (which import otherwise trims), so any item survives the round trip.
 * @param items - the items, e.g. a power's steps
 * @returns the cell's text, e.g. `受理|审查|决定`
 */
export function encodeList(items: readonly string[]): string {
  return items
    .map((item) => {
      const escaped = item.replace(/[\\|]/g, (c) => `\\${c}`);
      const lead = /^\s+/.exec(escaped)?.[0] ?? '';
      const core = escaped.slice(lead.length);
      const trail = /\s+$/.exec(core)?.[0] ?? '';
      const body = core.slice(0, core.length - trail.length);
      const esc = (ws: string) => [...ws].map((c) => `\\${c}`).join('');
      return esc(lead) + body + esc(trail);
    })
    .join(CSV_LIST_SEPARATOR);
}

/**
 * Reads a list cell written by {@link encodeList} or by hand (`受理 | 审查 | 决定`): splits at
 * each `|` not escaped by a backslash, trims unescaped white space around each item, and drops
 * the escapes. A blank cell is the empty list; an empty item is kept (the caller reports it).
 * @param cell - the cell's text
 * @returns the items
 */
export function decodeList(cell: string): string[] {
  if (cell.trim() === '') return [];
  // Without escapes, a plain split does (String.prototype.trim trims exactly what /\s/ matches).
  if (!cell.includes('\\')) return cell.split(CSV_LIST_SEPARATOR).map((item) => item.trim());
  const items: string[] = [];
  // Each item is built from characters, each flagged as escaped or not, so trimming spares escapes.
  let chars: { c: string; escaped: boolean }[] = [];
  const flush = () => {
    let start = 0;
    let end = chars.length;
    while (start < end && !chars[start]!.escaped && /\s/.test(chars[start]!.c)) start++;
    while (end > start && !chars[end - 1]!.escaped && /\s/.test(chars[end - 1]!.c)) end--;
    items.push(
      chars
        .slice(start, end)
        .map((x) => x.c)
        .join(''),
    );
    chars = [];
  };
  const cps = [...cell];
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    if (c === '\\' && i + 1 < cps.length) {
      chars.push({ c: cps[++i]!, escaped: true });
    } else if (c === CSV_LIST_SEPARATOR) {
      flush();
    } else {
      chars.push({ c, escaped: false });
    }
  }
  flush();
  return items;
}
