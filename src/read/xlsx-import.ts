/**
 * Workbook import: reads the data sheet of a .xlsx (as `catalog --format xlsx` or `sheet` writes
 * it, or as a unit filled it in and saved it in Excel, WPS or Calc) exactly as the CSV import
 * reads a CSV: the same columns, the same problems, located by sheet, row and column.
 */
import { pickMessages } from '../validate/messages.js';
import type { OrganizationDocument } from '../model/document.js';
import { importRecords, importSheetRecords, sheetColumnOf } from './csv-import.js';
import { publishedHeaderIndex } from './published-import.js';
import { problem, type Checked, type Problem } from '../validate/problem.js';
import { openXlsx, type XlsxRow } from './xlsx.js';
import type { ZipLimits } from './zip.js';

/** The messages of workbook-import problems, by code. */
export const XLSX_IMPORT_MESSAGES = pickMessages(['xlsx-no-data-sheet'] as const);

/** How far down a sheet the header row may be (a unit may put a title above it). */
const HEADER_SEARCH_ROWS = 10;

/** Options of {@link importXlsx}. */
export interface XlsxImportOptions {
  /** ZIP size limits (default: the reader's). */
  readonly limits?: ZipLimits;
}

/**
 * Reads a workbook into an organization document. The data sheet is the first sheet (in tab
 * order, visible ones first) with a header row, within its first rows, that has the post id
 * column, or the header of a published 一览表 (read as the CSV import reads one); its rows are read as {@link importCsv} reads a CSV's records (no `'` is stripped: a
 * workbook's text cells are text). Problems carry paths like
 * `sheet 数据, row 5, column 风险类别 (riskPoint.riskCategory)`.
 * @param bytes - the .xlsx file's bytes
 * @param options - limits
 * @returns the document and every problem; never throws
 * @example
 * const result = await importXlsx(new Uint8Array(fs.readFileSync('填报表.xlsx')));
 */
export async function importXlsx(bytes: Uint8Array, options: XlsxImportOptions = {}): Promise<Checked<OrganizationDocument>> {
  const book = await openXlsx(bytes, options.limits);
  if (!book.ok) return book;
  const ordered = [...book.value.sheets.filter((s) => !s.hidden), ...book.value.sheets.filter((s) => s.hidden)];
  const problems: Problem[] = [...book.problems];
  // A sheet in the library's layout is the data sheet wherever it is (the catalog's workbook has
  // its 一览表 first); only a workbook without one is read as a published 一览表.
  for (const pass of ['library', 'published'] as const) {
    for (const sheet of ordered) {
      const rows = await book.value.rows(sheet);
      if (!rows.ok) return { ok: false, problems: [...problems, ...rows.problems] };
      const start = headerIndex(rows.value);
      if (pass === 'library' ? start < 0 : publishedHeaderIndex(rows.value) < 0) continue;
      const options = { neutralized: false, sheet: sheet.name };
      const result = pass === 'published' ? importRecords(rows.value, options) : importSheetRecords(rows.value.slice(start), options);
      const all = [...problems, ...rows.problems, ...result.problems];
      return result.ok ? { ok: true, value: result.value, problems: all } : { ok: false, problems: all };
    }
  }
  problems.push(problem('error', 'xlsx-no-data-sheet', '', XLSX_IMPORT_MESSAGES['xlsx-no-data-sheet'], { rows: HEADER_SEARCH_ROWS }));
  return { ok: false, problems };
}

/** The index of the header row among the first rows: the first with the post id column; -1 if none. */
function headerIndex(rows: readonly XlsxRow[]): number {
  for (let i = 0; i < rows.length && rows[i]!.row <= HEADER_SEARCH_ROWS; i++) {
    if (rows[i]!.cells.some((c) => sheetColumnOf(c)?.key === 'post.id')) return i;
  }
  return -1;
}
