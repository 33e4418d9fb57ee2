/**
 * CSV import: reads a sheet in the layout of {@link CSV_COLUMNS} (as exported, or filled in by hand,
 * one row per risk point) into an organization document. Headers may be in any locale or be the
 * column keys, in any order; computed columns are ignored. Every problem is reported with its row
 * and column; nothing throws.
 */
import type { MessageParams } from '../i18n/locale.js';
import type { Factors, OrganizationDocument, Post, PostFactors, Power, Rating, RiskPoint } from '../model/document.js';
import { FACTOR_IDS, LEVEL_ALIASES, LEVELS, POWER_CATEGORIES, RANK_ALIASES, RANKS, RISK_CATEGORIES, type FactorId, type Level, type Term } from '../model/enums.js';
import { validateDocument } from '../validate/document.js';
import { PROBLEM_MESSAGES, type ProblemCode } from '../validate/messages.js';
import { problem, type Checked, type Problem, type Severity } from '../validate/problem.js';
import { foldCell as norm } from './fold.js';
import { quote, quoteParams } from '../validate/quote.js';
import { publishedHeaderIndex, translatePublished } from './published-import.js';
import { CSV_COLUMNS, decodeList, decodeOwnMeasures, decodeResponsibilities, unneutralizeCell, type CsvColumn, type CsvColumnKey } from '../render/csv-columns.js';
import { parseCsvChunks, parseCsvRecords, type CsvRecord, type CsvSyntaxIssue } from './csv-parse.js';
import { RENDER_LABELS } from '../render/labels.js';

/** Options of {@link importCsv}; none yet, reserved so callers need not change later. */
export type CsvImportOptions = Readonly<Record<string, never>>;

/** A code of a CSV problem (they all start with `csv-`; their messages are in `PROBLEM_MESSAGES`). */
export type CsvProblemCode = Extract<ProblemCode, `csv-${string}`>;

const CSV_MESSAGES = PROBLEM_MESSAGES;

/** Where a cell is: its row and its column as the sheet names it. */
interface CellRef {
  readonly row: number;
  /** 0-based field index. */
  readonly index: number;
}

/**
 * The path of a CSV problem: `row 5, column 风险类别 (riskPoint.riskCategory)`; without a column,
 * `row 5`. The header is the sheet's own text (a long one cut short); the key is the column's stable key.
 * @param row - the 1-based row as the spreadsheet numbers it (the header is row 1)
 * @param header - the column's header as written in the sheet
 * @param key - the column's key, when the column is known
 * @returns the path
 */
export function csvPath(row: number, header?: string, key?: string): string {
  return csvPathOf(row, header, key);
}

function csvPathOf(row: number, header?: string, key?: string): string {
  if (header === undefined) return `row ${row}`;
  return key === undefined ? `row ${row}, column ${quote(header)}` : `row ${row}, column ${quote(header)} (${key})`;
}

const COLUMN_KEYS: ReadonlySet<string> = new Set(CSV_COLUMNS.map((c) => c.key));

/** The parts of a path made by {@link csvPath}, to show it in a locale; undefined for other paths. */
export interface CsvPathParts {
  /** The row, as the spreadsheet numbers it. */
  readonly row: number;
  /** The column's header as the sheet wrote it, if the problem has a column. */
  readonly header?: string;
  /** The column's key, when the column is known. */
  readonly key?: string;
}

/**
 * Reads a path made by {@link csvPath} back into its parts (document paths never start with `row`).
 * @param path - a problem's path
 * @returns the parts, or undefined when the path is not a sheet's
 */
export function csvPathParts(path: string): CsvPathParts | undefined {
  const m = /^row (\d+)(?:, column ([\s\S]*))?$/.exec(path);
  if (m === null) return undefined;
  const row = Number(m[1]);
  if (m[2] === undefined) return { row };
  // Only a column's own key ends the path in brackets; a header may end so too.
  const keyed = /^([\s\S]*) \(([\w.]+)\)$/.exec(m[2]);
  return keyed !== null && COLUMN_KEYS.has(keyed[2]!) ? { row, header: keyed[1]!, key: keyed[2]! } : { row, header: m[2] };
}


/** Header text (any locale) or key → column. Headers are unique across columns and locales. */
const COLUMN_BY_HEADER: ReadonlyMap<string, CsvColumn> = (() => {
  const m = new Map<string, CsvColumn>();
  for (const c of CSV_COLUMNS as readonly CsvColumn[]) {
    m.set(norm(c.key), c);
    for (const h of Object.values(c.header)) m.set(norm(h), c);
  }
  return m;
})();

/**
 * The column a header names (in any locale, or its key), as the importer recognizes it.
 * @param header - a header cell
 * @returns the column, or undefined for an unknown header
 */
export function sheetColumnOf(header: string): CsvColumn | undefined {
  return COLUMN_BY_HEADER.get(norm(header));
}

function termIndex(table: readonly Term[], aliases: Readonly<Record<string, string>> = {}): ReadonlyMap<string, string> {
  const m = new Map<string, string>();
  for (const t of table) {
    m.set(norm(t.id), t.id);
    for (const l of Object.values(t.label)) m.set(norm(l), t.id);
  }
  for (const [alias, id] of Object.entries(aliases)) if (!m.has(norm(alias))) m.set(norm(alias), id);
  return m;
}

const RANK_INDEX = termIndex(RANKS, RANK_ALIASES);
const POWER_CATEGORY_INDEX = termIndex(POWER_CATEGORIES);
const RISK_CATEGORY_INDEX = termIndex(RISK_CATEGORIES);
const LEVEL_INDEX = termIndex(LEVELS, LEVEL_ALIASES);

const BOOLEANS: ReadonlyMap<string, boolean> = new Map([
  ...Object.values(RENDER_LABELS.yes).map((l) => [norm(l), true] as const),
  ...Object.values(RENDER_LABELS.no).map((l) => [norm(l), false] as const),
  ['true', true],
  ['false', false],
  ['1', true],
  ['0', false],
  ['y', true],
  ['n', false],
  ['√', true],
  ['✓', true],
  ['×', false],
]);

/** A value taken from the first row that gave it. */
interface Held<T> {
  readonly value: T;
  readonly row: number;
  /** The cell as written, for messages. */
  readonly raw: string;
}

interface PostDraft {
  readonly id: string;
  readonly row: number;
  readonly fields: Map<string, Held<unknown>>;
  /** Keys of fields written but invalid (already reported; not reported again as empty). */
  readonly invalid: Set<string>;
  readonly powers: PowerDraft[];
}

interface PowerDraft {
  readonly id: string;
  readonly row: number;
  readonly postId: string;
  readonly fields: Map<string, Held<unknown>>;
  readonly invalid: Set<string>;
  readonly riskPoints: RiskPoint[];
  /** The row of each risk point, in step with `riskPoints`. */
  readonly riskPointRows: number[];
}

/** Parsed value of a cell, or a problem code with extra params. */
type Parsed = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly code: CsvProblemCode; readonly params?: MessageParams };

const ISO_DATE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/;

function allowedLabels(table: readonly Term[]): string {
  return table.map((t) => t.label['zh-CN']).join('、');
}

function parseValue(column: CsvColumn, raw: string): Parsed {
  const t = norm(raw);
  switch (column.type) {
    case 'text':
      return { ok: true, value: raw };
    case 'id':
      return { ok: true, value: raw.trim() };
    case 'ownMeasures': {
      const read = decodeOwnMeasures(raw);
      return read.ok ? { ok: true, value: read.value } : { ok: false, code: 'csv-invalid-own-measure', params: { line: read.line } };
    }
    case 'responsibilities': {
      const read = decodeResponsibilities(raw);
      return read.ok ? { ok: true, value: read.value } : { ok: false, code: 'csv-invalid-responsibility', params: { line: read.line } };
    }
    case 'list': {
      const items = decodeList(raw);
      if (items.some((s) => s === '')) return { ok: false, code: 'csv-empty-list-item' };
      return { ok: true, value: items };
    }
    case 'number': {
      // An exponent too: the exporter writes String(x) (5e-324), a spreadsheet may write 1.5E+01.
      if (!/^\d+(?:\.\d+)?(?:e[+-]?\d+)?$/.test(t)) return { ok: false, code: 'csv-invalid-number' };
      return { ok: true, value: Number(t) };
    }
    case 'rating': {
      if (!/^[1-5]$/.test(t)) return { ok: false, code: 'csv-invalid-rating' };
      return { ok: true, value: Number(t) as Rating };
    }
    case 'boolean': {
      const b = BOOLEANS.get(t);
      return b === undefined ? { ok: false, code: 'csv-invalid-boolean' } : { ok: true, value: b };
    }
    case 'date': {
      const m = ISO_DATE.exec(t);
      if (!m) return { ok: false, code: 'csv-invalid-date' };
      return { ok: true, value: `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` };
    }
    case 'rank':
    case 'powerCategory':
    case 'riskCategory':
    case 'level': {
      const [index, table] =
        column.type === 'rank'
          ? [RANK_INDEX, RANKS]
          : column.type === 'powerCategory'
            ? [POWER_CATEGORY_INDEX, POWER_CATEGORIES]
            : column.type === 'level'
              ? [LEVEL_INDEX, LEVELS]
              : [RISK_CATEGORY_INDEX, RISK_CATEGORIES];
      const id = index.get(t);
      return id === undefined ? { ok: false, code: 'csv-invalid-value', params: { allowed: allowedLabels(table) } } : { ok: true, value: id };
    }
    case 'computed':
      return { ok: true, value: undefined };
  }
}

/** Whether two cells of the same field say the same: lists item by item, responsibilities field by field (drafts are built in one key order). */
const same = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && a.every((x, i) => x === b[i] || (typeof x === 'object' && JSON.stringify(x) === JSON.stringify(b[i])))
    : a === b;

/**
 * Reads a CSV sheet into an organization document.
 *
 * Layout: the columns of {@link CSV_COLUMNS}, headers in any locale or as keys, in any order;
 * computed columns and unknown columns are ignored (unknown ones with a warning). Each row is a
 * risk point; the post and power columns repeat on every row of the same post or power (a blank
 * repeat is fine, a different value is a problem). A row with a blank post id (and blank post
 * columns) continues the post of the row above, as merged cells do when a sheet is saved as CSV;
 * likewise a blank power id continues the power above. A row with no power or no risk point
 * records a post without powers or a power without risk points. One leading `'` is stripped from
 * every cell (the exporter's formula neutralisation).
 *
 * Problems carry paths like `row 5, column 风险类别 (riskPoint.riskCategory)`: the row as the
 * spreadsheet numbers it (the header is row 1), the column's header as written and its key.
 * A sheet without structural errors is then checked by `validateDocument`; its problems are
 * located the same way (the JSON path stays in `params.documentPath`), and the value returned is
 * the validator's normalized document.
 *
 * @param text - the CSV text (a BOM, CRLF or LF line ends are fine), whole or in pieces split anywhere
 *   (an iterable of strings: a sheet larger than one string can hold is read record by record)
 * @param _options - reserved
 * @returns the document and every problem; never throws
 * @example
 * const result = importCsv(fs.readFileSync('sheet.csv', 'utf8'));
 * if (result.ok) console.log(JSON.stringify(result.value, null, 2));
 * else for (const p of result.problems) console.error(p.path, p.message['zh-CN']);
 */
export function importCsv(text: string | Iterable<string>, _options?: CsvImportOptions): Checked<OrganizationDocument> {
  const notText = (): Checked<OrganizationDocument> => ({ ok: false, problems: [problem('error', 'csv-not-text', '', CSV_MESSAGES['csv-not-text'])] });
  if (typeof text !== 'string' && !isIterable(text)) return notText();
  // Pieces from a caller may be anything, and their iterator may throw: either makes the input not text.
  let broken = false;
  const issues: CsvSyntaxIssue[] = [];
  const records =
    typeof text === 'string'
      ? parseCsvRecords(text, issues)
      : parseCsvChunks(
          onlyStrings(text, () => {
            broken = true;
          }),
          issues,
        );
  const result = importRecords(records, { issues, broken: () => broken, neutralized: true });
  // What was read before the bad piece is not the sheet: no partial document.
  return broken ? notText() : result;
}

/**
 * Reads a sheet's records in whichever layout it has: the library's own (a header with the id
 * columns, as the first record) or a published 一览表 (its header within the first rows, below a
 * title), which {@link importPublishedRecords} translates.
 * @param records - the sheet's records
 * @param options - where the records come from
 * @returns the document and every problem; never throws
 */
export function importRecords(records: Iterable<CsvRecord>, options: SheetRecordOptions): Checked<OrganizationDocument> {
  const it = records[Symbol.iterator]();
  // Only the first rows are looked at to choose; they are then read again with the rest.
  const head: CsvRecord[] = [];
  for (let next = head.length < PUBLISHED_SEARCH_ROWS ? it.next() : undefined; next !== undefined && next.done !== true; ) {
    head.push(next.value);
    if (head.length === 1 && next.value.cells.some((c) => sheetColumnOf(c)?.key === 'post.id')) break;
    if (next.value.row >= PUBLISHED_SEARCH_ROWS) break;
    next = it.next();
  }
  const rest: Iterable<CsvRecord> = { [Symbol.iterator]: () => it };
  const at = head.length > 0 && head[0]!.cells.some((c) => sheetColumnOf(c)?.key === 'post.id') ? -1 : publishedHeaderIndex(head);
  if (at < 0) return importSheetRecords(chain(head, rest), options);
  const sheetPrefix = options.sheet === undefined ? '' : `sheet ${quote(options.sheet)}, `;
  const t = translatePublished(head.slice(0, at), chain(head.slice(at), rest), {
    clean: options.neutralized ? unneutralizeCell : (c) => c,
    path: (row, header) => sheetPrefix + csvPathOf(row, header === undefined ? undefined : quote(header)),
  });
  const result = importSheetRecords([t.header, ...t.rows], { ...options, neutralized: false, columnOf: (h) => t.columnOf.get(h) });
  const problems = [...t.problems, ...result.problems];
  return t.problems.some((p) => p.severity === 'error') || !result.ok ? { ok: false, problems } : { ok: true, value: result.value, problems };
}

/** How far down a sheet the header of a published 一览表 is looked for. */
const PUBLISHED_SEARCH_ROWS = 10;

function* chain<T>(first: readonly T[], rest: Iterable<T>): Generator<T, void, undefined> {
  yield* first;
  yield* rest;
}

/** How {@link importSheetRecords} reads its records. */
export interface SheetRecordOptions {
  /** Syntax issues the record source found so far; drained before each record. */
  readonly issues?: CsvSyntaxIssue[];
  /** True once the source failed: reading stops (the caller reports it). */
  readonly broken?: () => boolean;
  /** Whether cells carry the CSV's formula neutralisation (one leading `'` stripped). */
  readonly neutralized: boolean;
  /** The sheet's name, put before every path (`sheet 数据, row 5, column …`) when given. */
  readonly sheet?: string;
  /** Which column a header names (default: the library's headers in any locale, or keys). */
  readonly columnOf?: (header: string) => CsvColumn | undefined;
}

/**
 * Reads the records of a sheet in the layout of {@link CSV_COLUMNS} into a document: the engine
 * of {@link importCsv}, shared by the workbook import, so a CSV and a workbook give the same
 * document and the same problems.
 * @param records - the records (row numbers as the spreadsheet shows them; the first record is the header)
 * @param options - where the records come from
 * @returns the document and every problem; never throws
 */
export function importSheetRecords(records: Iterable<CsvRecord>, options: SheetRecordOptions): Checked<OrganizationDocument> {
  const problems: Problem[] = [];
  const issues = options.issues ?? [];
  const isBroken = options.broken ?? (() => false);
  const clean = options.neutralized ? unneutralizeCell : (c: string) => c;
  const sheetPrefix = options.sheet === undefined ? '' : `sheet ${quote(options.sheet)}, `;
  const csvPath = (row: number, header?: string, key?: string): string => sheetPrefix + csvPathOf(row, header, key);
  const report = (severity: Severity, code: CsvProblemCode, path: string, params: MessageParams = {}) =>
    // The cells a problem quotes (`header`, `value`) are cut short.
    problems.push(problem(severity, code, path, CSV_MESSAGES[code], quoteParams(params, ['header', 'value'])));

  let headerCells: readonly string[] | undefined;
  let columns: (CsvColumn | undefined)[] = [];
  const indexOf = new Map<CsvColumnKey, number>();

  const document: { organization?: Held<string>; assessedOn?: Held<string>; suggestRatings?: Held<boolean> } = {};
  const posts = new Map<string, PostDraft>();
  const powers = new Map<string, PowerDraft>();
  const riskPointRows = new Map<string, number>();
  let lastPost: PostDraft | undefined;
  let lastPower: PowerDraft | undefined;
  let dataRows = 0;

  const headerOf = (index: number): string => headerCells?.[index] ?? '';
  const cellPath = (ref: CellRef) => {
    const column = columns[ref.index];
    return csvPath(ref.row, headerOf(ref.index).trim(), column?.key);
  };
  const cellParams = (ref: CellRef, extra: MessageParams = {}): MessageParams => ({
    row: ref.row,
    column: ref.index + 1,
    header: headerOf(ref.index).trim(),
    key: columns[ref.index]?.key ?? '',
    ...extra,
  });

  // The row being read; the helpers below read it, so they are made once, not per row.
  let row = 0;
  let cells: readonly string[] = [];
  const scopeIndexes = new Map<CsvColumn['scope'], number[]>();

  const ref = (key: CsvColumnKey): CellRef | undefined => {
    const index = indexOf.get(key);
    return index === undefined ? undefined : { row, index };
  };
  const raw = (key: CsvColumnKey): string => {
    const index = indexOf.get(key);
    return index === undefined ? '' : (cells[index] ?? '');
  };
  const blank = (key: CsvColumnKey) => {
    const c = raw(key);
    return c === '' || c.trim() === '';
  };
  const scopeBlank = (scope: CsvColumn['scope']) => {
    for (const index of scopeIndexes.get(scope) ?? []) if ((cells[index] ?? '').trim() !== '') return false;
    return true;
  };

  /** Parses a non-blank cell; reports and returns undefined when it is invalid. */
  const read = (key: CsvColumnKey): Held<unknown> | undefined => {
    const r = ref(key);
    if (r === undefined || blank(key)) return undefined;
    const column = columns[r.index]!;
    const value = raw(key);
    const parsed = parseValue(column, value);
    if (!parsed.ok) {
      report('error', parsed.code, cellPath(r), cellParams(r, { value, ...parsed.params }));
      return undefined;
    }
    return { value: parsed.value, row, raw: value };
  };

  /** Keeps the first value of a field; reports a later, different value. */
  const hold = (draft: PostDraft | PowerDraft, key: CsvColumnKey): void => {
    const { fields } = draft;
    const held = read(key);
    if (held === undefined) {
      if (!blank(key)) draft.invalid.add(key);
      return;
    }
    const prior = fields.get(key);
    if (prior === undefined) fields.set(key, held);
    else if (!same(prior.value, held.value)) {
      const r = ref(key)!;
      report('error', 'csv-conflicting-value', cellPath(r), cellParams(r, { value: prior.raw, first: prior.row }));
    }
  };

  const required = (key: CsvColumnKey): unknown => {
    const held = read(key);
    if (held === undefined && blank(key)) {
      const r = ref(key);
      if (r) report('error', 'csv-required-cell-empty', cellPath(r), cellParams(r));
    }
    return held?.value;
  };

  for (const record of records) {
    if (isBroken()) break;
    flushIssues();
    if (headerCells === undefined) {
      headerCells = record.cells.map(clean);
      columns = headerCells.map(options.columnOf ?? ((h) => COLUMN_BY_HEADER.get(norm(h))));
      columns.forEach((c, index) => {
        const header = headerOf(index).trim();
        if (c === undefined) {
          if (header !== '') report('warning', 'csv-unknown-column', csvPath(1, header), { row: 1, header, column: index + 1 });
          return;
        }
        const key = c.key as CsvColumnKey;
        const first = indexOf.get(key);
        if (first !== undefined) {
          report('error', 'csv-duplicate-column', csvPath(1, header, key), { row: 1, header, key, column: index + 1, first: first + 1 });
          columns[index] = undefined;
        } else indexOf.set(key, index);
      });
      columns.forEach((c, index) => {
        if (c === undefined) return;
        const list = scopeIndexes.get(c.scope) ?? [];
        list.push(index);
        scopeIndexes.set(c.scope, list);
      });
      for (const c of CSV_COLUMNS as readonly CsvColumn[]) {
        if (c.required && !indexOf.has(c.key as CsvColumnKey)) {
          report('error', 'csv-missing-column', csvPath(1, c.header['zh-CN'], c.key), { row: 1, header: c.header, key: c.key });
        }
      }
      continue;
    }
    readRow(record.row, record.cells.map(clean));
  }
  if (isBroken()) return { ok: false, problems };
  flushIssues();

  if (headerCells === undefined) {
    report('error', 'csv-empty', '');
    return { ok: false, problems };
  }
  if (dataRows === 0) report('error', 'csv-no-rows', csvPath(1));

  const built = buildDocument();
  if (problems.some((p) => p.severity === 'error')) return { ok: false, problems };
  // The sheet's structure is sound: the document validator makes every other check (ids unique
  // across posts, powers and risk points, steps among the power's steps, dates, limits), and its
  // JSON paths are turned back into rows and columns.
  const checked = validateDocument(built);
  const postList = [...posts.values()];
  for (const p of checked.problems) problems.push(locate(p));
  return checked.ok ? { ok: true, value: checked.value, problems } : { ok: false, problems };

  /** A validator problem with its JSON path turned into the sheet's row and column. */
  function locate(p: Problem): Problem {
    const m = /^posts\[(\d+)\](?:\.powers\[(\d+)\](?:\.riskPoints\[(\d+)\])?)?(?:\.([A-Za-z]+)(?:\.([A-Za-z]+))?)?/.exec(p.path);
    let row = 1;
    let key: CsvColumnKey | undefined;
    if (m) {
      const post = postList[Number(m[1])];
      const power = m[2] === undefined ? undefined : post?.powers[Number(m[2])];
      const field = m[4];
      const sub = m[5];
      if (m[3] !== undefined && power) {
        row = power.riskPointRows[Number(m[3])] ?? power.row;
        key = field === 'factors' && sub ? (`factors.${sub}` as CsvColumnKey) : field ? (`riskPoint.${field}` as CsvColumnKey) : 'riskPoint.id';
      } else if (power) {
        row = power.row;
        key = field && field !== 'riskPoints' ? (`power.${field}` as CsvColumnKey) : 'power.id';
      } else if (post) {
        row = post.row;
        key = field === 'factors' && sub ? (`post.factors.${sub}` as CsvColumnKey) : field && field !== 'powers' ? (`post.${field}` as CsvColumnKey) : 'post.id';
      }
    } else if (p.path === 'organization' || p.path === 'assessedOn' || p.path === 'suggestRatings') {
      row = document[p.path]?.row ?? 1;
      key = p.path;
    }
    const index = key === undefined ? undefined : indexOf.get(key);
    const path = index === undefined ? csvPath(row) : cellPath({ row, index });
    return { ...p, path, params: { ...p.params, row, documentPath: p.path } };
  }

  function flushIssues(): void {
    for (const issue of issues) {
      const code = issue.kind === 'unterminated-quote' ? 'csv-unterminated-quote' : 'csv-stray-quote';
      const severity: Severity = issue.kind === 'unterminated-quote' ? 'error' : 'warning';
      const header = headerCells?.[issue.column - 1]?.trim();
      report(severity, code, csvPath(issue.row, header || undefined, columns[issue.column - 1]?.key), {
        row: issue.row,
        column: issue.column,
      });
    }
    issues.length = 0;
  }

  function readRow(recordRow: number, recordCells: readonly string[]): void {
    row = recordRow;
    cells = recordCells;
    if (cells.every((c) => c === '' || c.trim() === '')) return;
    dataRows++;
    if (cells.length > columns.length && cells.slice(columns.length).some((c) => c.trim() !== '')) {
      report('error', 'csv-extra-cells', csvPath(row), { row });
    }
    // Document columns repeat on every row.
    for (const key of ['organization', 'assessedOn', 'suggestRatings'] as const) {
      const held = read(key);
      if (held === undefined) continue;
      const prior = document[key];
      if (prior === undefined) (document as Record<typeof key, Held<unknown>>)[key] = held;
      else if (prior.value !== held.value) {
        const r = ref(key)!;
        report('error', 'csv-conflicting-value', cellPath(r), cellParams(r, { value: prior.raw, first: prior.row }));
      }
    }

    // Post: its id, or the post of the row above when the post columns are blank.
    let post: PostDraft | undefined;
    const postId = raw('post.id').trim();
    if (postId === '') {
      if (scopeBlank('post') && lastPost !== undefined) post = lastPost;
      else if (scopeBlank('post')) {
        report('error', 'csv-orphan-row', csvPath(row), { row });
        return;
      } else {
        const r = ref('post.id');
        if (r) report('error', 'csv-required-cell-empty', cellPath(r), cellParams(r));
        return;
      }
    } else {
      post = posts.get(postId);
      if (post === undefined) {
        post = { id: postId, row, fields: new Map(), invalid: new Set(), powers: [] };
        posts.set(postId, post);
        lastPower = undefined;
      }
    }
    if (post !== lastPost) lastPower = undefined;
    lastPost = post;
    for (const key of ['post.name', 'post.department', 'post.rank', 'post.tenureYears', 'post.holder', 'post.holderSince', 'post.factors.importance', 'post.factors.influence', 'post.publishedLevel', 'post.source'] as const) {
      hold(post, key);
    }

    // Power: its id, or the power of the row above when the power columns are blank.
    let power: PowerDraft | undefined;
    const powerId = raw('power.id').trim();
    if (powerId === '') {
      if (!scopeBlank('power')) {
        const r = ref('power.id');
        if (r) report('error', 'csv-required-cell-empty', cellPath(r), cellParams(r));
        return;
      }
      if (scopeBlank('riskPoint')) return; // a post without powers, or a repeat of the post
      if (lastPower === undefined) {
        const r = ref('power.id');
        if (r) report('error', 'csv-required-cell-empty', cellPath(r), cellParams(r));
        return;
      }
      power = lastPower;
    } else {
      power = powers.get(powerId);
      if (power === undefined) {
        power = { id: powerId, row, postId: post.id, fields: new Map(), invalid: new Set(), riskPoints: [], riskPointRows: [] };
        powers.set(powerId, power);
        post.powers.push(power);
      } else if (power.postId !== post.id) {
        const r = ref('power.id')!;
        report('error', 'csv-power-in-two-posts', cellPath(r), cellParams(r, { value: powerId, first: power.row }));
        return;
      }
    }
    lastPower = power;
    for (const key of ['power.name', 'power.category', 'power.majorMatter', 'power.collectiveDecision', 'power.steps', 'power.legalBasis', 'power.responsibilities'] as const) {
      hold(power, key);
    }

    // Risk point: one row each.
    const riskPointId = raw('riskPoint.id').trim();
    if (riskPointId === '') {
      if (!scopeBlank('riskPoint')) {
        const r = ref('riskPoint.id');
        if (r) report('error', 'csv-required-cell-empty', cellPath(r), cellParams(r));
      }
      return;
    }
    const firstRow = riskPointRows.get(riskPointId);
    if (firstRow !== undefined) {
      const r = ref('riskPoint.id')!;
      report('error', 'csv-duplicate-risk-point', cellPath(r), cellParams(r, { value: riskPointId, first: firstRow }));
      return;
    }
    riskPointRows.set(riskPointId, row);
    const description = required('riskPoint.description');
    const step = required('riskPoint.step');
    const riskCategory = required('riskPoint.riskCategory');
    const factors: { [F in FactorId]?: Rating } = {};
    for (const f of FACTOR_IDS) {
      const held = read(`factors.${f}`);
      if (held !== undefined) factors[f] = held.value as Rating;
    }
    const priorIncident = read('riskPoint.priorIncident')?.value ?? false;
    const controls = read('riskPoint.controls')?.value ?? [];
    const ownMeasures = read('riskPoint.ownMeasures')?.value as RiskPoint['ownMeasures'] | undefined;
    const publishedLevel = read('riskPoint.publishedLevel')?.value as Level | undefined;
    const source = read('riskPoint.source')?.value as string | undefined;
    power.riskPointRows.push(row);
    power.riskPoints.push({
      id: riskPointId,
      description: (description ?? '') as string,
      step: (step ?? '') as string,
      riskCategory: (riskCategory ?? 'process') as RiskPoint['riskCategory'],
      factors: factors as Factors,
      priorIncident: priorIncident as boolean,
      controls: controls as string[],
      // Labels in the cell (前期预防, 部门负责人, 资金关联程度) are turned into ids by the document validator.
      ...(ownMeasures === undefined || ownMeasures.length === 0 ? {} : { ownMeasures }),
      ...(publishedLevel === undefined ? {} : { publishedLevel }),
      ...(source === undefined ? {} : { source }),
    });
  }

  function buildDocument(): OrganizationDocument {
    const requiredField = (draft: PostDraft | PowerDraft, key: CsvColumnKey, row: number): unknown => {
      const held = draft.fields.get(key);
      if (held !== undefined) return held.value;
      if (draft.invalid.has(key)) return undefined;
      const index = indexOf.get(key);
      // A missing column was reported once at the header; a blank one is reported at the entity's first row.
      if (index !== undefined) report('error', 'csv-required-cell-empty', cellPath({ row, index }), cellParams({ row, index }));
      return undefined;
    };
    const outPosts: Post[] = [];
    for (const p of posts.values()) {
      const postFactors: { importance?: Rating; influence?: Rating } = {};
      const importance = p.fields.get('post.factors.importance');
      const influence = p.fields.get('post.factors.influence');
      if (importance !== undefined) postFactors.importance = importance.value as Rating;
      if (influence !== undefined) postFactors.influence = influence.value as Rating;
      const name = requiredField(p, 'post.name', p.row);
      const department = requiredField(p, 'post.department', p.row);
      const rank = requiredField(p, 'post.rank', p.row);
      const tenureYears = p.fields.get('post.tenureYears')?.value as number | undefined;
      const holder = p.fields.get('post.holder')?.value as string | undefined;
      const holderSince = p.fields.get('post.holderSince')?.value as string | undefined;
      const outPowers: Power[] = p.powers.map((w) => {
        const wName = requiredField(w, 'power.name', w.row);
        const category = requiredField(w, 'power.category', w.row);
        const steps = requiredField(w, 'power.steps', w.row);
        const legalBasis = w.fields.get('power.legalBasis')?.value as string | undefined;
        const responsibilities = w.fields.get('power.responsibilities')?.value as Power['responsibilities'] | undefined;
        return {
          id: w.id,
          name: (wName ?? '') as string,
          category: (category ?? 'other') as Power['category'],
          majorMatter: (w.fields.get('power.majorMatter')?.value ?? false) as boolean,
          collectiveDecision: (w.fields.get('power.collectiveDecision')?.value ?? false) as boolean,
          steps: (steps ?? []) as string[],
          ...(legalBasis === undefined ? {} : { legalBasis }),
          ...(responsibilities === undefined || responsibilities.length === 0 ? {} : { responsibilities }),
          riskPoints: w.riskPoints,
        };
      });
      outPosts.push({
        id: p.id,
        name: (name ?? '') as string,
        department: (department ?? '') as string,
        rank: (rank ?? 'staff') as Post['rank'],
        // Left out when the sheet leaves it blank: the validator derives it from holderSince or says it is missing.
        ...(tenureYears === undefined ? {} : { tenureYears }),
        ...(holder === undefined ? {} : { holder }),
        ...(holderSince === undefined ? {} : { holderSince }),
        factors: postFactors as PostFactors,
        powers: outPowers,
        ...(p.fields.has('post.publishedLevel') ? { publishedLevel: p.fields.get('post.publishedLevel')?.value as Level } : {}),
        ...(p.fields.has('post.source') ? { source: p.fields.get('post.source')?.value as string } : {}),
      } as Post);
    }
    const out: { organization?: string; assessedOn?: string; suggestRatings?: boolean; posts: Post[] } = { posts: outPosts };
    if (document.organization !== undefined) out.organization = document.organization.value;
    if (document.assessedOn !== undefined) out.assessedOn = document.assessedOn.value;
    if (document.suggestRatings !== undefined) out.suggestRatings = document.suggestRatings.value;
    return out;
  }
}

function isIterable(v: unknown): v is Iterable<unknown> {
  return typeof v === 'object' && v !== null && typeof (v as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
}

/** The pieces while they are strings; at the first that is not, or an iterator that throws, `fail` is called and the pieces end. */
function* onlyStrings(chunks: Iterable<unknown>, fail: () => void): Generator<string, void, undefined> {
  let it: Iterator<unknown>;
  try {
    it = chunks[Symbol.iterator]();
  } catch {
    fail();
    return;
  }
  for (;;) {
    let r: IteratorResult<unknown>;
    try {
      r = it.next();
    } catch {
      fail();
      return;
    }
    if (r.done === true) return;
    if (typeof r.value !== 'string') {
      fail();
      return;
    }
    yield r.value;
  }
}
