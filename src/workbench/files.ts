/**
 * Files in and out: reading a file the user picks or drops (a document, a sheet, a workbook, or an
 * option file) with the library's readers, and the downloads, rendered exactly as the command line
 * renders them so a file downloaded here has the bytes `integrity-risk catalog` writes.
 */
import {
  catalogSource,
  decodeUtf8,
  importCsv,
  importXlsx,
  listsCsv,
  listsHtml,
  listsMarkdown,
  parseJsonText,
  powerAndResponsibilityLists,
  problemLine,
  renderCardsHtmlChunks,
  renderCsvChunks,
  renderDocx,
  renderHtmlChunks,
  renderJsonChunks,
  renderMarkdownChunks,
  renderSheetCsv,
  renderSheetXlsx,
  renderTableHtml,
  renderTableMarkdown,
  renderXlsx,
  resolveTemplates,
  sheetExample,
  textsFor,
  TextInputError,
  validateFindingSettings,
  validateModel,
  type CatalogOptions,
  type Checked,
  type Locale,
  type OrganizationDocument,
  type Problem,
} from '../index.js';
import { isObject, type Json, type JsonObject } from './paths.js';
import { word } from './words.js';

/** What a file is read as: chosen by the button that opened it, or found from its content. */
export type FilePurpose = 'document' | 'model' | 'templates' | 'settings';

/** What reading a file gave. */
export type Opened =
  | { readonly kind: 'document'; readonly doc: JsonObject; readonly warnings: readonly string[] }
  | { readonly kind: 'model' | 'templates' | 'settings'; readonly value: Json; readonly warnings: readonly string[] }
  | { readonly kind: 'failed'; readonly lines: readonly string[] };

/** Whether bytes begin as a ZIP archive (a .xlsx) does, as the `import` command tells them. */
function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Top-level keys of a template library file. */
const TEMPLATE_KEYS = ['add', 'override', 'disable'];

/** Top-level keys only a settings file has. */
const SETTINGS_KEYS = ['keyAreas', 'incompatiblePairs', 'rotationYears', 'rotationLevels', 'auditYears', 'fundCategories', 'fundLinkageAtLeast', 'preAppointmentDays', 'leadershipRanks', 'annualReportRanks'];

/** What a JSON value is, from its keys: a document has posts, a model a method. */
function purposeOf(value: Json): FilePurpose | undefined {
  if (!isObject(value)) return undefined;
  const has = (k: string): boolean => Object.hasOwn(value, k);
  if (has('posts')) return 'document';
  if (has('method')) return 'model';
  if (TEMPLATE_KEYS.some(has)) return 'templates';
  if (SETTINGS_KEYS.some(has)) return 'settings';
  return undefined;
}

/** A validated document as plain JSON, as `import` writes it. */
function asJson(doc: OrganizationDocument): JsonObject {
  return JSON.parse(JSON.stringify(doc)) as JsonObject;
}

/** Problems of an option file in the lines `catalog --model/--templates/--settings` prints: each starts with the file's name. */
function lines(problems: readonly Problem[], locale: Locale, file: string): string[] {
  return problems.map((p) => problemLine(p, locale, file));
}

/** A sheet's import result as what the page opens; its problems in the lines `import` prints. */
function sheetOpened(result: Checked<OrganizationDocument>, locale: Locale): Opened {
  const said = result.problems.map((p) => problemLine(p, locale));
  return result.ok ? { kind: 'document', doc: asJson(result.value), warnings: said } : { kind: 'failed', lines: said };
}

/**
 * Reads a file.
 * @param name - the file's name
 * @param bytes - its bytes
 * @param locale - the language of the messages
 * @param purpose - what it is meant to be, when a button says so; otherwise found from the content
 * @returns the document or option value with its warnings, or why it could not be read
 */
export async function readFile(name: string, bytes: Uint8Array, locale: Locale, purpose?: FilePurpose): Promise<Opened> {
  try {
    if ((purpose === undefined || purpose === 'document') && isZip(bytes)) return sheetOpened(await importXlsx(bytes), locale);
    const text = decodeUtf8(bytes, name);
    const head = text.trimStart().charAt(0);
    // A sheet is told by its name or by not starting as JSON does (the CLI's `import` reads it so).
    if ((purpose === undefined || purpose === 'document') && (/\.csv$/i.test(name) || (head !== '{' && head !== '['))) {
      return sheetOpened(importCsv(text), locale);
    }
    const value = parseJsonText(text, name) as Json;
    const kind = purpose ?? purposeOf(value);
    if (kind === undefined) return { kind: 'failed', lines: [word('notRecognized', locale, { file: name })] };
    if (kind === 'document') {
      if (!isObject(value)) return { kind: 'failed', lines: [word('notRecognized', locale, { file: name })] };
      return { kind: 'document', doc: value, warnings: [] };
    }
    const checked = kind === 'model' ? validateModel(value) : kind === 'templates' ? resolveTemplates(value) : validateFindingSettings(value);
    if (!checked.ok) return { kind: 'failed', lines: lines(checked.problems, locale, name) };
    return { kind, value, warnings: lines(checked.problems, locale, name) };
  } catch (e) {
    if (e instanceof TextInputError) return { kind: 'failed', lines: [e.text[locale]] };
    return { kind: 'failed', lines: [word('readFailed', locale, { file: name, reason: e instanceof Error ? e.message : String(e) })] };
  }
}

/**
 * The downloads, by the name the page's `data-download` attribute carries: the catalog in each
 * format and view of `catalog --format <f> [--view <v>]`, the power and responsibility lists of
 * `lists --format <f>`, the blank fill-in sheet of `sheet --format <f>`, and the document itself.
 */
export const CATALOG_DOWNLOADS = ['html', 'html-table', 'html-cards', 'docx', 'xlsx', 'csv', 'md', 'md-table', 'json'] as const;

/** The power and responsibility lists, as `lists` writes them. */
export const LISTS_DOWNLOADS = ['lists-html', 'lists-md', 'lists-csv'] as const;

/** The blank fill-in sheet, as `sheet` writes it. */
export const SHEET_DOWNLOADS = ['sheet-xlsx', 'sheet-csv'] as const;

/** Every download. */
export const DOWNLOADS = [...CATALOG_DOWNLOADS, ...LISTS_DOWNLOADS, ...SHEET_DOWNLOADS, 'document'] as const;

/** One of {@link DOWNLOADS}. */
export type DownloadFormat = (typeof DOWNLOADS)[number];

/** Whether a download is made from the document (so needs one without errors). */
export function needsDocument(format: DownloadFormat): boolean {
  return !(SHEET_DOWNLOADS as readonly string[]).includes(format) && format !== 'document';
}

/** A file to save. */
export interface Download {
  /** Text (saved as UTF-8) or bytes. */
  readonly content: string | Uint8Array;
  /** Its file-name extension. */
  readonly ext: string;
  /** Its media type. */
  readonly type: string;
}

const TYPES = {
  html: 'text/html;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

function joined(chunks: Iterable<string>): string {
  let out = '';
  for (const c of chunks) out += c;
  return out;
}

/**
 * The document as JSON, as `import` writes a document: two-space indent, a final newline.
 * @param doc - the document as the user writes it
 * @returns the file
 */
export function documentDownload(doc: Json): Download {
  return { content: `${JSON.stringify(doc, null, 2)}\n`, ext: 'json', type: TYPES.json };
}

/**
 * A catalog download, made as `integrity-risk catalog --format <f> [--view <v>]` makes it: the
 * report views of the text formats are built with only the texts they write (`textsFor`), the
 * other views and the packages with every text.
 * @param format - the download (not `document`)
 * @param doc - the validated document
 * @param options - the catalog options
 * @param locale - the language
 * @returns the file
 */
export function catalogDownload(format: (typeof CATALOG_DOWNLOADS)[number], doc: OrganizationDocument, options: CatalogOptions, locale: Locale): Download {
  const full = (): ReturnType<typeof catalogSource> => catalogSource(doc, options);
  const forFormat = (f: 'json' | 'md' | 'csv' | 'html'): ReturnType<typeof catalogSource> => catalogSource(doc, { ...options, texts: textsFor(f, locale) });
  switch (format) {
    case 'json':
      return { content: joined(renderJsonChunks(forFormat('json'), { locale })), ext: 'json', type: TYPES.json };
    case 'md':
      return { content: joined(renderMarkdownChunks(forFormat('md'), { locale })), ext: 'md', type: TYPES.md };
    case 'csv':
      return { content: joined(renderCsvChunks(forFormat('csv'), { locale })), ext: 'csv', type: TYPES.csv };
    case 'html':
      return { content: joined(renderHtmlChunks(forFormat('html'), { locale })), ext: 'html', type: TYPES.html };
    case 'html-table':
      return { content: renderTableHtml(full(), { locale }), ext: 'html', type: TYPES.html };
    case 'html-cards':
      return { content: joined(renderCardsHtmlChunks(full(), { locale })), ext: 'html', type: TYPES.html };
    case 'md-table':
      return { content: renderTableMarkdown(full(), { locale }), ext: 'md', type: TYPES.md };
    case 'xlsx':
      return { content: renderXlsx(full(), { locale }), ext: 'xlsx', type: TYPES.xlsx };
    case 'docx':
      return { content: renderDocx(full(), { locale }), ext: 'docx', type: TYPES.docx };
  }
}

/**
 * The power list and the responsibility list, as `integrity-risk lists --format <f>` writes them.
 * @param format - the download
 * @param doc - the validated document
 * @param locale - the language
 * @returns the file
 */
export function listsDownload(format: (typeof LISTS_DOWNLOADS)[number], doc: OrganizationDocument, locale: Locale): Download {
  const lists = powerAndResponsibilityLists(doc, locale);
  if (format === 'lists-html') return { content: listsHtml(lists), ext: 'html', type: TYPES.html };
  if (format === 'lists-md') return { content: listsMarkdown(lists), ext: 'md', type: TYPES.md };
  return { content: listsCsv(lists), ext: 'csv', type: TYPES.csv };
}

/**
 * The blank fill-in sheet with its example row, as `integrity-risk sheet --format <f>` writes it.
 * @param format - the download
 * @param locale - the language
 * @returns the file
 */
export function sheetDownload(format: (typeof SHEET_DOWNLOADS)[number], locale: Locale): Download {
  const example = catalogSource(sheetExample(locale));
  return format === 'sheet-csv' ? { content: renderSheetCsv(example, locale), ext: 'csv', type: TYPES.csv } : { content: renderSheetXlsx(example, locale), ext: 'xlsx', type: TYPES.xlsx };
}

/**
 * Saves a file through the browser's download (a link to a blob: nothing leaves the machine).
 * @param file - the file
 * @param name - its name, with the extension
 */
export function save(file: Download, name: string): void {
  const content = typeof file.content === 'string' ? file.content : file.content.slice().buffer;
  const url = URL.createObjectURL(new Blob([content], { type: file.type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later: the download may still be reading it.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
