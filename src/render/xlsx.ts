/**
 * The catalog as an Excel workbook (`catalog --format xlsx`): the 一览表 as a sheet for reading
 * and printing, the data sheet with exactly the
 * CSV's columns (one row per risk point, the same cells the CSV writes), dropdowns on the
 * columns with a fixed vocabulary, and a sheet that explains what each factor's ratings mean.
 * The data sheet imports back into the same document.
 */
import type { CatalogPost, CatalogSource } from '../catalog/types.js';
import { FACTORS } from '../model/factors.js';
import type { Locale, LocalizedText } from '../i18n/locale.js';
import { LEVELS, POWER_CATEGORIES, RANKS, RISK_CATEGORIES, type Term } from '../model/enums.js';
import { CATALOG_TABLE_COLUMNS, catalogTable, catalogTableCellText, type CatalogTableColumnKey } from './catalog-table.js';
import { CSV_COLUMNS, type CsvColumn, type CsvValueType } from './csv-columns.js';
import { postDataCells } from './csv.js';
import { label, localeOf, type RenderOptions } from './options.js';
import { writeXlsx, type XlsxCell, type XlsxColumn, type XlsxMerge, type XlsxSheet } from './xlsx-package.js';

/** The words of the workbook, declared once in every locale. */
export const XLSX_LABELS = {
  dataSheet: { 'zh-CN': '数据', 'zh-TW': '資料', en: 'Data' },
  anchorsSheet: { 'zh-CN': '评分标准', 'zh-TW': '評分標準', en: 'Rating guide' },
  listsSheet: { 'zh-CN': '选项', 'zh-TW': '選項', en: 'Lists' },
  anchorsTitle: {
    'zh-CN': '风险因素评分标准（1 分、3 分、5 分的含义；2 分、4 分介于其间）',
    'zh-TW': '風險因素評分標準（1 分、3 分、5 分的含義；2 分、4 分介於其間）',
    en: 'Rating guide for the risk factors (what 1, 3 and 5 mean; 2 and 4 lie between)',
  },
  factor: { 'zh-CN': '风险因素', 'zh-TW': '風險因素', en: 'Factor' },
  ratedOn: { 'zh-CN': '评定对象', 'zh-TW': '評定對象', en: 'Rated on' },
  ratedOnPost: { 'zh-CN': '岗位或风险点', 'zh-TW': '崗位或風險點', en: 'The post or the risk point' },
  ratedOnRiskPoint: { 'zh-CN': '风险点', 'zh-TW': '風險點', en: 'The risk point' },
  question: { 'zh-CN': '评定时回答的问题', 'zh-TW': '評定時回答的問題', en: 'The question to answer' },
  anchor1: { 'zh-CN': '1 分', 'zh-TW': '1 分', en: 'Rating 1' },
  anchor3: { 'zh-CN': '3 分', 'zh-TW': '3 分', en: 'Rating 3' },
  anchor5: { 'zh-CN': '5 分', 'zh-TW': '5 分', en: 'Rating 5' },
} as const satisfies Record<string, LocalizedText>;

/** A label of the workbook. */
export type XlsxLabelKey = keyof typeof XLSX_LABELS;

/** A workbook label in a locale. */
export function xlsxLabel(key: XlsxLabelKey, locale: Locale): string {
  return XLSX_LABELS[key][locale];
}

/** Column width (characters) by value type; CJK text needs about two per character. */
const WIDTH: { readonly [T in CsvValueType]: number } = {
  text: 28,
  id: 18,
  date: 12,
  number: 10,
  rating: 10,
  boolean: 9,
  rank: 12,
  powerCategory: 14,
  riskCategory: 14,
  level: 10,
  list: 24,
  ownMeasures: 40,
  responsibilities: 40,
  computed: 14,
};

const labels = (table: readonly Term[], locale: Locale): string[] => table.map((t) => t.label[locale]);

/** The dropdown of a value type, if its values are a fixed vocabulary. */
function listOf(type: CsvValueType, locale: Locale): readonly string[] | undefined {
  switch (type) {
    case 'rating':
      return ['1', '2', '3', '4', '5'];
    case 'boolean':
      return [label('yes', locale), label('no', locale)];
    case 'rank':
      return labels(RANKS, locale);
    case 'powerCategory':
      return labels(POWER_CATEGORIES, locale);
    case 'riskCategory':
      return labels(RISK_CATEGORIES, locale);
    case 'level':
      return labels(LEVELS, locale);
    default:
      return undefined;
  }
}

/** Columns holding numbers: ratings, year counts, scores. */
const NUMBER_KEYS: ReadonlySet<string> = new Set(['score', 'residualScore']);

/**
 * The data sheet's columns: the CSV's, with widths, kinds and dropdowns.
 * @param locale - the locale of the dropdown labels
 * @returns one column per {@link CSV_COLUMNS} entry
 */
export function dataSheetColumns(locale: Locale): XlsxColumn[] {
  return (CSV_COLUMNS as readonly CsvColumn[]).map((c) => {
    const list = listOf(c.type, locale);
    const kind = c.type === 'rating' || c.type === 'number' || NUMBER_KEYS.has(c.key) ? 'number' : 'text';
    const width = c.key === 'riskPoint.description' || c.key === 'measures' ? 40 : WIDTH[c.type];
    return list === undefined ? { width, kind } : { width, kind, list };
  });
}

/**
 * The data sheet: the CSV's header and rows.
 * @param source - the catalog source (document columns)
 * @param posts - its posts
 * @param locale - the locale of headers and labels
 * @returns the sheet
 */
export function dataSheet(source: CatalogSource, posts: readonly CatalogPost[], locale: Locale): XlsxSheet {
  const rows: XlsxCell[][] = [];
  for (const post of posts) for (const cells of postDataCells(source, post, locale)) rows.push([...cells]);
  return {
    name: xlsxLabel('dataSheet', locale),
    columns: dataSheetColumns(locale),
    header: CSV_COLUMNS.map((c) => c.header[locale]),
    rows,
    landscape: true,
  };
}

/** Characters per percent of the table's width: the whole table is about 200 characters wide, as A4 landscape prints it. */
const TABLE_WIDTH_PER_PERCENT = 2;

/**
 * The 一览表 as a sheet: title, the published columns, the department, post and power cells
 * merged over their rows, measures and roles one per line, the signature block below.
 * @param source - the catalog source
 * @param posts - its posts
 * @param locale - the locale
 * @returns the sheet
 */
export function tableSheet(source: CatalogSource, posts: readonly CatalogPost[], locale: Locale): XlsxSheet {
  const table = catalogTable({ ...source, posts }, locale);
  const merges: XlsxMerge[] = [];
  const spanOf: Partial<Record<CatalogTableColumnKey, 'department' | 'post' | 'power'>> = { department: 'department', post: 'post', power: 'power' };
  table.rows.forEach((row, i) => {
    CATALOG_TABLE_COLUMNS.forEach((key, c) => {
      const span = spanOf[key];
      if (span !== undefined && row.spans[span] > 1) merges.push({ column: c, fromRow: i, toRow: i + row.spans[span] - 1 });
    });
  });
  const signature = table.signature.map((s) => `${s.label}：${s.value}`);
  const third = Math.floor(CATALOG_TABLE_COLUMNS.length / 3);
  const footer: XlsxCell[] = CATALOG_TABLE_COLUMNS.map(() => null);
  signature.forEach((text, k) => (footer[k * third] = { text }));
  return {
    name: table.title.slice(0, 31),
    title: [table.title, ...table.subtitle].join('　'),
    columns: table.columns.map((c) => ({ width: Math.max(6, c.width * TABLE_WIDTH_PER_PERCENT), kind: c.key === 'number' ? 'number' : 'text' })),
    header: table.columns.map((c) => c.label),
    rows: table.rows.map((row) =>
      CATALOG_TABLE_COLUMNS.map((key): XlsxCell => {
        if (key === 'number') return row.number === undefined ? null : { number: row.number };
        return { text: catalogTableCellText(row, key, locale) };
      }),
    ),
    merges,
    footer: [footer],
    landscape: true,
  };
}

/**
 * The sheet explaining each factor: its question and what ratings 1, 3 and 5 mean.
 * @param locale - the locale
 * @returns the sheet
 */
export function anchorsSheet(locale: Locale): XlsxSheet {
  const text = (t: string): XlsxCell => ({ text: t });
  return {
    name: xlsxLabel('anchorsSheet', locale),
    title: xlsxLabel('anchorsTitle', locale),
    columns: [
      { width: 16, kind: 'text' },
      { width: 14, kind: 'text' },
      { width: 36, kind: 'text' },
      { width: 30, kind: 'text' },
      { width: 30, kind: 'text' },
      { width: 30, kind: 'text' },
    ],
    header: (['factor', 'ratedOn', 'question', 'anchor1', 'anchor3', 'anchor5'] as const).map((k) => xlsxLabel(k, locale)),
    rows: FACTORS.map((f) => [
      text(f.label[locale]),
      text(xlsxLabel(f.ratedOnPost ? 'ratedOnPost' : 'ratedOnRiskPoint', locale)),
      text(f.question[locale]),
      text(f.anchors[1][locale]),
      text(f.anchors[3][locale]),
      text(f.anchors[5][locale]),
    ]),
    landscape: true,
  };
}

/**
 * Renders the catalog as a .xlsx workbook: the 一览表 sheet, the data sheet (the CSV's columns and rows, with
 * dropdowns, frozen header, autofilter) and the rating guide. Deterministic: the same catalog
 * gives the same bytes.
 * @param source - a catalog or a streamed catalog source (its posts are iterated once)
 * @param options - `locale` of headers and labels (default zh-CN)
 * @returns the workbook's bytes
 * @example
 * fs.writeFileSync('catalog.xlsx', renderXlsx(catalog, { locale: 'zh-CN' }));
 */
export function renderXlsx(source: CatalogSource, options?: RenderOptions): Uint8Array {
  const locale = localeOf(options);
  const posts = [...source.posts];
  const title = source.organization === undefined ? label('title', locale) : `${source.organization} ${label('title', locale)}`;
  return writeXlsx({
    title,
    listSheetName: xlsxLabel('listsSheet', locale),
    sheets: [tableSheet(source, posts, locale), dataSheet(source, posts, locale), anchorsSheet(locale)],
  });
}
