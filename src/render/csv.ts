/**
 * CSV export of the catalog: one row per risk point (plus one row for a power without risk points
 * and one for a post without powers, so nothing is lost), in the column layout of
 * {@link CSV_COLUMNS}. UTF-8 with BOM and CRLF line ends so Excel, WPS and LibreOffice open Chinese
 * text correctly; RFC 4180 quoting; formula neutralisation of every text cell.
 */
import { factorLabel } from '../model/factors.js';
import type { CatalogPost, CatalogPower, CatalogRiskPoint, CatalogSource } from '../catalog/types.js';
import type { Locale } from '../i18n/locale.js';
import { LEVELS, POWER_CATEGORIES, RANKS, RISK_CATEGORIES, termLabel } from '../model/enums.js';
import { CSV_COLUMNS, CSV_LIST_SEPARATOR, encodeList, encodeOwnMeasures, encodeResponsibilities, neutralizeCell, type CsvColumnKey } from './csv-columns.js';
import { joinChunks, label, localeOf, measureLines, ownerText, riskPointMeasureLines, type RenderOptions } from './options.js';
import { requireTexts } from './texts.js';

/** The byte-order mark that tells spreadsheets the file is UTF-8. */
export const CSV_BOM = '\uFEFF';
/** The record separator (RFC 4180). */
export const CSV_EOL = '\r\n';

/** A cell before quoting: text (neutralised) or a number (written as is). */
type Cell = { readonly text: string } | { readonly number: number } | null;

/**
 * Quotes one field as RFC 4180 asks: in double quotes, with quotes doubled, when it holds a comma,
 * quote, CR or LF, begins or ends with white space, or was neutralised.
 */
function quoteField(field: string, force: boolean): string {
  if (force || /[",\r\n]/.test(field) || /^\s|\s$/.test(field)) return `"${field.replace(/"/g, '""')}"`;
  return field;
}

function writeCell(cell: Cell): string {
  if (cell === null) return '';
  if ('number' in cell) return Number.isFinite(cell.number) ? String(cell.number) : '';
  const safe = neutralizeCell(cell.text);
  return quoteField(safe, safe !== cell.text);
}

/**
 * Writes one CSV record (without its line end).
 * @param cells - the cells; text is neutralised and quoted as needed
 * @returns the record
 */
function writeRecord(cells: readonly Cell[]): string {
  return cells.map(writeCell).join(',');
}

/**
 * Writes one CSV record of texts (without its line end), each neutralised against formulas and
 * quoted as RFC 4180 asks: what other tables written as CSV (the power and responsibility lists) share.
 * @param texts - the cells
 * @returns the record
 */
export function csvTextRecord(texts: readonly string[]): string {
  return writeRecord(texts.map((t) => ({ text: t })));
}

/** What one row describes. */
interface RowContext {
  readonly source: CatalogSource;
  readonly post: CatalogPost;
  readonly power: CatalogPower | undefined;
  readonly riskPoint: CatalogRiskPoint | undefined;
  readonly locale: Locale;
}

const text = (value: string | undefined): Cell => (value === undefined ? null : { text: value });
const num = (value: number | undefined): Cell => (value === undefined ? null : { number: value });
const yesNo = (value: boolean, locale: Locale): Cell => ({ text: label(value ? 'yes' : 'no', locale) });

/** How each column's cell is computed from a row: exhaustive over the column keys. */
const CELL: { readonly [K in CsvColumnKey]: (row: RowContext) => Cell } = {
  organization: (r) => text(r.source.organization),
  assessedOn: (r) => text(r.source.assessedOn),
  suggestRatings: (r) => (r.source.suggestRatings === undefined ? null : yesNo(r.source.suggestRatings, r.locale)),
  'post.id': (r) => text(r.post.id),
  'post.name': (r) => text(r.post.name),
  'post.department': (r) => text(r.post.department),
  'post.rank': (r) => text(termLabel(RANKS, r.post.rank, r.locale)),
  'post.tenureYears': (r) => num(r.post.tenureYears),
  'post.holder': (r) => text(r.post.holder),
  'post.holderSince': (r) => text(r.post.holderSince),
  'post.factors.importance': (r) => num(r.post.factors.importance),
  'post.factors.influence': (r) => num(r.post.factors.influence),
  'post.publishedLevel': (r) => (r.post.publishedLevel === undefined ? null : text(termLabel(LEVELS, r.post.publishedLevel, r.locale))),
  'post.source': (r) => text(r.post.source),
  'power.id': (r) => text(r.power?.id),
  'power.name': (r) => text(r.power?.name),
  'power.category': (r) => (r.power ? text(termLabel(POWER_CATEGORIES, r.power.category, r.locale)) : null),
  'power.majorMatter': (r) => (r.power ? yesNo(r.power.majorMatter, r.locale) : null),
  'power.collectiveDecision': (r) => (r.power ? yesNo(r.power.collectiveDecision, r.locale) : null),
  'power.steps': (r) => (r.power ? text(encodeList(r.power.steps)) : null),
  'power.legalBasis': (r) => text(r.power?.legalBasis),
  'power.responsibilities': (r) =>
    r.power?.responsibilities === undefined || r.power.responsibilities.length === 0 ? null : text(encodeResponsibilities(r.power.responsibilities, r.locale)),
  'riskPoint.id': (r) => text(r.riskPoint?.id),
  'riskPoint.description': (r) => text(r.riskPoint?.description),
  'riskPoint.step': (r) => text(r.riskPoint?.step),
  'riskPoint.riskCategory': (r) => (r.riskPoint ? text(termLabel(RISK_CATEGORIES, r.riskPoint.riskCategory, r.locale)) : null),
  'factors.fundLinkage': (r) => num(r.riskPoint?.factors.fundLinkage),
  'factors.discretion': (r) => num(r.riskPoint?.factors.discretion),
  'factors.externalContact': (r) => num(r.riskPoint?.factors.externalContact),
  'factors.opacity': (r) => num(r.riskPoint?.factors.opacity),
  'factors.likelihood': (r) => num(r.riskPoint?.factors.likelihood),
  'factors.harm': (r) => num(r.riskPoint?.factors.harm),
  'factors.monitoringDifficulty': (r) => num(r.riskPoint?.factors.monitoringDifficulty),
  'factors.importance': (r) => num(r.riskPoint?.factors.importance),
  'factors.influence': (r) => num(r.riskPoint?.factors.influence),
  'riskPoint.priorIncident': (r) => (r.riskPoint ? yesNo(r.riskPoint.priorIncident, r.locale) : null),
  'riskPoint.controls': (r) => (r.riskPoint ? text(encodeList(r.riskPoint.controls)) : null),
  'riskPoint.ownMeasures': (r) => (r.riskPoint ? text(encodeOwnMeasures(r.riskPoint.ownMeasures, r.locale)) : null),
  'riskPoint.publishedLevel': (r) => (r.riskPoint?.publishedLevel === undefined ? null : text(termLabel(LEVELS, r.riskPoint.publishedLevel, r.locale))),
  'riskPoint.source': (r) => text(r.riskPoint?.source),
  // Computed columns describe the risk point; a row without one leaves them blank.
  level: (r) => (r.riskPoint ? text(termLabel(LEVELS, r.riskPoint.level, r.locale)) : null),
  score: (r) => num(r.riskPoint?.score),
  residualLevel: (r) => (r.riskPoint ? text(termLabel(LEVELS, r.riskPoint.residualLevel, r.locale)) : null),
  residualScore: (r) => num(r.riskPoint?.residualScore),
  measures: (r) => (r.riskPoint ? text(riskPointMeasureLines(r.riskPoint, r.locale).join('\n')) : null),
  owner: (r) => (r.riskPoint ? text(ownerText([...r.riskPoint.ownMeasures, ...r.riskPoint.measures], r.locale)) : null),
  postMeasures: (r) => (r.post.postMeasures.length === 0 ? null : text(measureLines(r.post.postMeasures, r.locale).join('\n'))),
  suggestedFactors: (r) =>
    r.riskPoint?.suggestedFactors === undefined ? null : text(r.riskPoint.suggestedFactors.map((s) => `${factorLabel(s.factor, r.locale)} ${s.rating}`).join(CSV_LIST_SEPARATOR)),
};

function row(ctx: RowContext): string {
  return writeRecord(CSV_COLUMNS.map((c) => CELL[c.key](ctx))) + CSV_EOL;
}

/** What each row of one post describes: one per risk point, one per power without risk points, one if no powers. */
function* rowContexts(source: CatalogSource, post: CatalogPost, locale: Locale): Generator<RowContext, void, undefined> {
  if (post.powers.length === 0) yield { source, post, power: undefined, riskPoint: undefined, locale };
  for (const power of post.powers) {
    if (power.riskPoints.length === 0) yield { source, post, power, riskPoint: undefined, locale };
    for (const riskPoint of power.riskPoints) yield { source, post, power, riskPoint, locale };
  }
}

/** The rows of one post. */
function postRows(source: CatalogSource, post: CatalogPost, locale: Locale): string {
  const rows: string[] = [];
  for (const ctx of rowContexts(source, post, locale)) rows.push(row(ctx));
  return rows.join('');
}

/** A data cell before it is written: text, a number, or blank. */
export type CsvCell = Cell;

/**
 * One CSV record (without its line end), cells neutralised and quoted as the exporter writes them.
 * @param cells - the cells
 * @returns the record
 */
export function csvRecord(cells: readonly CsvCell[]): string {
  return writeRecord(cells);
}

/**
 * The cells of one post's rows in the column layout of {@link CSV_COLUMNS}, before CSV quoting:
 * the workbook's data sheet writes the same cells, so the two never drift apart.
 * @param source - the catalog source (for the document columns)
 * @param post - one of its posts
 * @param locale - the locale of vocabulary labels
 * @returns one array of cells per row, in column order
 */
export function postDataCells(source: CatalogSource, post: CatalogPost, locale: Locale): (readonly CsvCell[])[] {
  const rows: (readonly CsvCell[])[] = [];
  for (const ctx of rowContexts(source, post, locale)) rows.push(CSV_COLUMNS.map((c) => CELL[c.key](ctx)));
  return rows;
}

/**
 * Streams the catalog as CSV, one chunk for the header (with the BOM) and one per post. The
 * source's posts are iterated once.
 * @param source - a catalog or a streamed catalog source
 * @param options - `locale` of headers and vocabulary labels (default zh-CN)
 * @returns the chunks, in order
 * @example
 * for (const chunk of renderCsvChunks(catalog, { locale: 'zh-CN' })) out.write(chunk);
 */
export function* renderCsvChunks(source: CatalogSource, options?: RenderOptions): Generator<string, void, undefined> {
  const locale = localeOf(options);
  requireTexts(source, 'csv', locale);
  yield CSV_BOM + writeRecord(CSV_COLUMNS.map((c) => ({ text: c.header[locale] }))) + CSV_EOL;
  for (const post of source.posts) yield postRows(source, post, locale);
}

/**
 * The catalog as one CSV string: the chunks of {@link renderCsvChunks} joined.
 * @param source - a catalog (or a source whose posts have not been iterated yet)
 * @param options - `locale` of headers and labels (default zh-CN)
 * @returns the CSV text, starting with a BOM, with CRLF line ends
 * @example
 * const csv = renderCsv(catalog, { locale: 'en' });
 */
export function renderCsv(source: CatalogSource, options?: RenderOptions): string {
  return joinChunks(renderCsvChunks(source, options), 'renderCsvChunks');
}
