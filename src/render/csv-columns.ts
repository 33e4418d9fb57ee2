/**
 * The CSV column set, declared once as data: the exporter writes these columns in this order, the
 * importer recognizes their headers (in any locale) or their keys, and the README's column table is
 * checked against this list.
 */
import { LOCALES, type Locale, type LocalizedText } from '../i18n/locale.js';
import { FACTOR_IDS, type FactorId, OWNER_TIER_LABELS, PHASE_LABELS, termLabel } from '../model/enums.js';
import { factorDefinition, FACTORS } from '../model/factors.js';
import type { OwnMeasure, Responsibility } from '../model/document.js';

/**
 * How a column's cells are written and read:
 * - `text`: the user's text, written as is (formula-neutralised, a leading `'` before a formula character);
 * - `id`: an identifier, text; surrounding spaces are dropped on import;
 * - `date`: an ISO date `YYYY-MM-DD` (import also accepts `2026/3/31`, `2026年3月31日`);
 * - `number`: a non-negative decimal number;
 * - `rating`: an integer 1-5, blank when not rated;
 * - `boolean`: 是/否 (Yes/No) in the chosen locale; import accepts any locale, `true`/`false`, `1`/`0`;
 * - `rank`, `powerCategory`, `riskCategory`, `level`: the vocabulary's label in the chosen locale; import
 *   accepts a label in any locale or the id (a level also 一级/二级/三级, 高风险 …);
 * - `list`: items separated by `|` (a `|` or `\` inside an item escaped with a backslash);
 * - `ownMeasures`: the unit's own measures, one a line, details in a trailing `【…】`;
 * - `responsibilities`: a power's stated responsibilities (责任清单), one a line, the duty first and
 *   its step and accountability in a trailing `【环节：…；追责情形：…】`;
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
  | 'level'
  | 'list'
  | 'ownMeasures'
  | 'responsibilities'
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
  // The document's own mark (import --suggest-ratings): unrated factors take suggested ratings.
  {
    key: 'suggestRatings',
    header: { 'zh-CN': '未评因素采用建议评分', 'zh-TW': '未評因素採用建議評分', en: 'Suggested ratings for unrated factors' },
    scope: 'document',
    type: 'boolean',
    required: false,
  },
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
  { key: 'post.publishedLevel', header: { 'zh-CN': '岗位原定风险等级', 'zh-TW': '崗位原定風險等級', en: 'Post level as published' }, scope: 'post', type: 'level', required: false },
  { key: 'post.source', header: { 'zh-CN': '岗位来源', 'zh-TW': '崗位來源', en: 'Post source' }, scope: 'post', type: 'text', required: false },
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
  // The power list's legal basis and the responsibility list's stated duties: optional, repeated on each of the power's rows.
  { key: 'power.legalBasis', header: { 'zh-CN': '设定依据', 'zh-TW': '設定依據', en: 'Legal basis' }, scope: 'power', type: 'text', required: false },
  {
    key: 'power.responsibilities',
    header: { 'zh-CN': '责任清单（每行一条）', 'zh-TW': '責任清單（每行一條）', en: 'Responsibilities (one a line)' },
    scope: 'power',
    type: 'responsibilities',
    required: false,
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
  {
    key: 'riskPoint.ownMeasures',
    header: { 'zh-CN': '本单位防控措施（每行一条）', 'zh-TW': '本單位防控措施（每行一條）', en: "The unit's own measures (one a line)" },
    scope: 'riskPoint',
    type: 'ownMeasures',
    required: false,
  },
  { key: 'riskPoint.publishedLevel', header: { 'zh-CN': '原定风险等级', 'zh-TW': '原定風險等級', en: 'Level as published' }, scope: 'riskPoint', type: 'level', required: false },
  { key: 'riskPoint.source', header: { 'zh-CN': '来源', 'zh-TW': '來源', en: 'Source' }, scope: 'riskPoint', type: 'text', required: false },
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
  // The post's measures listed once for the whole post (education, talks, reports, rotation, audit), on each of its rows.
  {
    key: 'postMeasures',
    header: { 'zh-CN': '岗位通用防控措施（评定结果）', 'zh-TW': '崗位通用防控措施（評定結果）', en: 'Measures for the whole post (assessed)' },
    scope: 'computed',
    type: 'computed',
    required: false,
  },
  // Apart from the given ratings (the factor columns), so a committee reviews them; empty without --suggest-ratings.
  {
    key: 'suggestedFactors',
    header: { 'zh-CN': '建议评分（待评审）', 'zh-TW': '建議評分（待評審）', en: 'Suggested ratings (to be reviewed)' },
    scope: 'computed',
    type: 'computed',
    required: false,
  },
] as const satisfies readonly CsvColumn[];

/** The key of a CSV column. */
export type CsvColumnKey = (typeof CSV_COLUMNS)[number]['key'];

/** The separator between the items of a `list` cell (steps, control ids). */
export const CSV_LIST_SEPARATOR = '|';

/**
 * The formula-neutralisation prefix. A text cell is written with this prefix when it begins with
 * `=`, `+`, `-`, `@`, tab, CR, LF or the prefix itself, or when a spreadsheet would read it as a
 * number and give it back as other text (see `spreadsheetAltersText`). Import strips exactly
 * one leading prefix from every cell, which undoes this exactly.
 */
export const CSV_NEUTRALIZE_PREFIX = "'";

const FORMULA_START = /^[=+\-@\t\r\n']/;
/** What Excel, WPS and LibreOffice read as a number: a sign, digits (grouped by commas or not), a fraction, an exponent. */
const NUMBER_TEXT = /^[+-]?(?=\.?\d)(?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d*)?(?:[eE][+-]?\d+)?$/;
/** A number as a spreadsheet writes it back: no leading zero, no grouping, no exponent, no trailing zero. */
const CANONICAL_NUMBER = /^(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/;
/**
 * The longest number text shown as written: Excel's General format shows at most 11 characters
 * of a number (a 12-digit one becomes 1.23457E+11, and a saved sheet keeps what is shown).
 */
const SHOWN_LENGTH = 11;

/**
 * Whether a spreadsheet that opens this text as a cell would turn it into a number and give it back
 * as other text when the sheet is saved: `1e5` (100000), `5E-3` (0.005), `1,000` (1000), `1.50`,
 * `007`, ` 12 ` (the spaces dropped), `123456789012` (shown as 1.23457E+11), `0.0001`. Text such
 * as `2025`, `3.5` or `12人` stays as it is. The shared guard of every sheet writer (CSV here; a workbook writer that
 * stores a cell as a number must ask the same).
 * @param text - the cell's text
 * @returns true when the text must be kept from being read as a number
 * @example
 * spreadsheetAltersText('1e5')  // true
 * spreadsheetAltersText('2025') // false
 */
export function spreadsheetAltersText(text: string): boolean {
  const core = text.trim();
  if (!NUMBER_TEXT.test(core)) return false;
  if (core !== text || !CANONICAL_NUMBER.test(core)) return true;
  // Canonical: a long one is shown rounded or in exponent form, and so is a tiny fraction.
  return core.length > SHOWN_LENGTH || core.startsWith('0.000');
}

/**
 * Neutralises a text cell against formula injection and against being read as a number (see
 * {@link CSV_NEUTRALIZE_PREFIX}).
 * @param text - the cell's text
 * @returns the text, prefixed with `'` when a spreadsheet could read it as a formula or a number
 * @example
 * neutralizeCell('=SUM(A1)') // "'=SUM(A1)"
 * neutralizeCell("'quoted")  // "''quoted"
 * neutralizeCell('1e5')      // "'1e5"
 */
export function neutralizeCell(text: string): string {
  return FORMULA_START.test(text) || spreadsheetAltersText(text) ? CSV_NEUTRALIZE_PREFIX + text : text;
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

/** The details an own-measure line may carry in its trailing `【…】`, with their keys in each locale. */
export const OWN_MEASURE_KEYS = {
  phase: { 'zh-CN': '阶段', 'zh-TW': '階段', en: 'phase' },
  owner: { 'zh-CN': '责任', 'zh-TW': '責任', en: 'owner' },
  responsible: { 'zh-CN': '责任人', 'zh-TW': '責任人', en: 'responsible' },
  deadline: { 'zh-CN': '时限', 'zh-TW': '時限', en: 'deadline' },
  indicator: { 'zh-CN': '指标', 'zh-TW': '指標', en: 'indicator' },
  lowers: { 'zh-CN': '降低', 'zh-TW': '降低', en: 'lowers' },
  template: { 'zh-CN': '模板', 'zh-TW': '範本', en: 'template' },
} as const satisfies { readonly [K in Exclude<keyof OwnMeasure, 'text'>]-?: LocalizedText };

type OwnKey = keyof typeof OWN_MEASURE_KEYS;

const OWN_KEY_INDEX: ReadonlyMap<string, OwnKey> = new Map(
  (Object.keys(OWN_MEASURE_KEYS) as OwnKey[]).flatMap((k) => [[k.toLowerCase(), k] as const, ...LOCALES.map((l) => [OWN_MEASURE_KEYS[k][l].toLowerCase(), k] as const)]),
);

/** Escapes `\`, line breaks, the given specials and white space at either end with a backslash. */
function escapeOwn(text: string, specials: string): string {
  const cps = [...text];
  let start = 0;
  let end = cps.length;
  while (start < end && /\s/.test(cps[start] as string)) start++;
  while (end > start && /\s/.test(cps[end - 1] as string)) end--;
  let out = '';
  cps.forEach((c, i) => {
    if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\\' || specials.includes(c) || i < start || i >= end) out += `\\${c}`;
    else out += c;
  });
  return out;
}

/** Characters that end a detail or the details, escaped inside a detail's value. */
const DETAIL_SPECIALS = '【】；;';

/** A piece of a cell as read: characters, each flagged when a backslash escaped it. */
type Piece = { c: string; escaped: boolean }[];

/** A piece's text without the unescaped white space at either end. */
function trimPiece(piece: Piece): string {
  let start = 0;
  let end = piece.length;
  while (start < end && !piece[start]!.escaped && /\s/.test(piece[start]!.c)) start++;
  while (end > start && !piece[end - 1]!.escaped && /\s/.test(piece[end - 1]!.c)) end--;
  return piece
    .slice(start, end)
    .map((x) => x.c)
    .join('');
}

/**
 * Writes the unit's own measures as a cell: one measure a line, its text first, then what else it
 * says in `【key：value；…】` (keys and vocabulary labels in the sheet's locale; factors joined by
 * `、`). A backslash escapes `\`, `【`, `】`, `；` and line breaks inside texts, so any measure
 * survives the round trip through {@link decodeOwnMeasures}.
 * @param measures - the measures, in order
 * @param locale - the language of keys and labels
 * @returns the cell's text, e.g. `实行双人核查【阶段：前期预防；责任：部门负责人】`
 */
export function encodeOwnMeasures(measures: readonly OwnMeasure[], locale: Locale): string {
  const sep = locale === 'en' ? ', ' : '、';
  return measures
    .map((m) => {
      const parts: string[] = [];
      const put = (key: OwnKey, value: string, escaped = false): void => {
        parts.push(`${OWN_MEASURE_KEYS[key][locale]}：${escaped ? value : escapeOwn(value, DETAIL_SPECIALS)}`);
      };
      if (m.phase !== undefined) put('phase', termLabel(PHASE_LABELS, m.phase, locale));
      if (m.owner !== undefined) put('owner', termLabel(OWNER_TIER_LABELS, m.owner, locale));
      if (m.responsible !== undefined) put('responsible', m.responsible);
      if (m.deadline !== undefined) put('deadline', m.deadline);
      if (m.indicator !== undefined) put('indicator', m.indicator);
      if (m.lowers !== undefined) put('lowers', m.lowers.map((f) => escapeOwn(termLabel(FACTORS, f, locale), `${DETAIL_SPECIALS}、,，`)).join(sep), true);
      if (m.template !== undefined) put('template', m.template);
      return escapeOwn(m.text, '【') + (parts.length > 0 ? `【${parts.join('；')}】` : '');
    })
    .join('\n');
}

/** An own measure as read from a cell: labels not yet turned into ids (the document validator does that). */
export type OwnMeasureDraft = { -readonly [K in keyof OwnMeasure]: K extends 'lowers' ? string[] : string };

/**
 * Reads a cell written by {@link encodeOwnMeasures} or by hand: one measure a non-blank line,
 * details in a trailing `【…】` whose items are separated by `；` or `;`, each `key：value` (keys
 * in any locale). Factors in `lowers` may be separated by `、`, `,` or `，`.
 * @param cell - the cell's text
 * @returns the measures, or the 1-based line of the first line that cannot be read
 */
export function decodeOwnMeasures(cell: string): { readonly ok: true; readonly value: OwnMeasureDraft[] } | { readonly ok: false; readonly line: number } {
  const out: OwnMeasureDraft[] = [];
  const lines = cell.split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === '') continue;
    const read = readDetailLine(line);
    if (read === undefined) return { ok: false, line: i + 1 };
    const m: OwnMeasureDraft = { text: trimPiece(read.text) };
    for (const item of read.details) {
      if (trimPiece(item) === '') continue;
      const at = item.findIndex((x) => !x.escaped && (x.c === '：' || x.c === ':'));
      const key = at < 0 ? undefined : OWN_KEY_INDEX.get(trimPiece(item.slice(0, at)).toLowerCase());
      if (key === undefined || m[key] !== undefined) return { ok: false, line: i + 1 };
      const value = item.slice(at + 1);
      if (key !== 'lowers') {
        m[key] = trimPiece(value);
        continue;
      }
      // Factors split at unescaped separators.
      const factors: string[] = [];
      let one: Piece = [];
      for (const x of [...value, { c: '、', escaped: false }]) {
        if (!x.escaped && (x.c === '、' || x.c === ',' || x.c === '，')) {
          const f = trimPiece(one);
          if (f !== '') factors.push(f);
          one = [];
        } else one.push(x);
      }
      m.lowers = factors;
    }
    out.push(m);
  }
  return { ok: true, value: out };
}

/**
 * Splits one line of a cell with details: the text up to the first unescaped `【`, then the
 * details up to the `】`, split at unescaped `；` or `;`; a backslash escapes the next character
 * (`\n`, `\r` are line breaks). Nothing but white space may follow the `】`.
 * @param line - one line of the cell
 * @returns the text and the details as pieces, or undefined when the line cannot be read
 */
function readDetailLine(line: string): { readonly text: Piece; readonly details: readonly Piece[] } | undefined {
  let text: Piece = [];
  let details: Piece[] | undefined;
  let current: Piece = [];
  let closed = false;
  const cps = [...line];
  for (let k = 0; k < cps.length; k++) {
    const c = cps[k] as string;
    if (closed) {
      if (c.trim() !== '') return undefined;
      continue;
    }
    if (c === '\\' && k + 1 < cps.length) {
      const d = cps[++k] as string;
      current.push({ c: d === 'n' ? '\n' : d === 'r' ? '\r' : d, escaped: true });
    } else if (details === undefined && c === '【') {
      text = current;
      current = [];
      details = [];
    } else if (details !== undefined && (c === '；' || c === ';')) {
      details.push(current);
      current = [];
    } else if (details !== undefined && c === '】') {
      details.push(current);
      current = [];
      closed = true;
    } else current.push({ c, escaped: false });
  }
  if (details === undefined) return { text: current, details: [] };
  return closed ? { text, details } : undefined;
}

/** The details a responsibility line may carry in its trailing `【…】`, with their keys in each locale. */
export const RESPONSIBILITY_KEYS = {
  step: { 'zh-CN': '环节', 'zh-TW': '環節', en: 'step' },
  accountability: { 'zh-CN': '追责情形', 'zh-TW': '追責情形', en: 'accountability' },
} as const satisfies { readonly [K in Exclude<keyof Responsibility, 'duty'>]-?: LocalizedText };

type ResponsibilityKey = keyof typeof RESPONSIBILITY_KEYS;

const RESPONSIBILITY_KEY_INDEX: ReadonlyMap<string, ResponsibilityKey> = new Map(
  (Object.keys(RESPONSIBILITY_KEYS) as ResponsibilityKey[]).flatMap((k) => [[k.toLowerCase(), k] as const, ...LOCALES.map((l) => [RESPONSIBILITY_KEYS[k][l].toLowerCase(), k] as const)]),
);

/**
 * Writes a power's stated responsibilities as a cell: one a line, the duty (责任内容) first, then
 * its step and accountability in `【环节：…；追责情形：…】` (keys in the sheet's locale; a detail
 * left out when the responsibility has none). A backslash escapes `\`, `【`, `】`, `；`, line
 * breaks and white space at either end of a text, so any responsibility survives the round trip
 * through {@link decodeResponsibilities}.
 * @param items - the responsibilities, in order
 * @param locale - the language of the keys
 * @returns the cell's text, e.g. `按规定受理申请【环节：受理；追责情形：不予受理又不说明理由的，依规追责】`
 */
export function encodeResponsibilities(items: readonly Responsibility[], locale: Locale): string {
  return items
    .map((r) => {
      const parts: string[] = [];
      if (r.step !== undefined) parts.push(`${RESPONSIBILITY_KEYS.step[locale]}：${escapeOwn(r.step, DETAIL_SPECIALS)}`);
      if (r.accountability !== undefined) parts.push(`${RESPONSIBILITY_KEYS.accountability[locale]}：${escapeOwn(r.accountability, DETAIL_SPECIALS)}`);
      return escapeOwn(r.duty, '【') + (parts.length > 0 ? `【${parts.join('；')}】` : '');
    })
    .join('\n');
}

/** A responsibility as read from a cell, its fields in the model's order. */
export type ResponsibilityDraft = { -readonly [K in keyof Responsibility]: string };

/**
 * Reads a cell written by {@link encodeResponsibilities} or typed by hand: one responsibility a
 * non-blank line, the duty first, then in a trailing `【…】` the details separated by `；` or `;`,
 * each `key：value` (`环节`/`環節`/`step`, `追责情形`/`追責情形`/`accountability`, each at most once).
 * @param cell - the cell's text
 * @returns the responsibilities, or the 1-based line of the first line that cannot be read
 */
export function decodeResponsibilities(cell: string): { readonly ok: true; readonly value: ResponsibilityDraft[] } | { readonly ok: false; readonly line: number } {
  const out: ResponsibilityDraft[] = [];
  const lines = cell.split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === '') continue;
    const read = readDetailLine(line);
    if (read === undefined) return { ok: false, line: i + 1 };
    const found: { [K in ResponsibilityKey]?: string } = {};
    for (const item of read.details) {
      if (trimPiece(item) === '') continue;
      const at = item.findIndex((x) => !x.escaped && (x.c === '：' || x.c === ':'));
      const key = at < 0 ? undefined : RESPONSIBILITY_KEY_INDEX.get(trimPiece(item.slice(0, at)).toLowerCase());
      if (key === undefined || found[key] !== undefined) return { ok: false, line: i + 1 };
      found[key] = trimPiece(item.slice(at + 1));
    }
    out.push({
      ...(found.step === undefined ? {} : { step: found.step }),
      duty: trimPiece(read.text),
      ...(found.accountability === undefined ? {} : { accountability: found.accountability }),
    });
  }
  return { ok: true, value: out };
}
