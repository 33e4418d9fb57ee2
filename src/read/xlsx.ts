/**
 * Reads the sheets of a .xlsx (as the library writes it, or as Excel, WPS or LibreOffice Calc
 * save it) into rows of cell texts: shared strings, inline strings, rich text runs, numbers,
 * booleans and formula results. Async, because a saved workbook is deflated. Never throws: an
 * unreadable package is a problem with the part it concerns.
 */
import type { MessageParams } from '../i18n/locale.js';
import { pickMessages } from '../validate/messages.js';
import { problem, type Checked, type Problem } from '../validate/problem.js';
import { xmlTokens, type XmlIssue, type XmlToken } from './xml.js';
import { openZip, type ZipArchive, type ZipLimits, ZIP_LIMITS } from './zip.js';

/** The messages of workbook problems, by code. Placeholders: `{part}`, `{sheet}`. */
export const XLSX_MESSAGES = pickMessages(['xlsx-not-workbook', 'xlsx-malformed-part', 'xlsx-bad-cell', 'xlsx-too-many-cells'] as const);

/** A code of a workbook problem. */
export type XlsxProblemCode = keyof typeof XLSX_MESSAGES;

/** One row of a sheet: its number as the spreadsheet shows it, and its cells' texts from column A. */
export interface XlsxRow {
  /** 1-based row number. */
  readonly row: number;
  /** The cells' texts, column A first; a blank cell is `''`. */
  readonly cells: readonly string[];
}

/** A sheet listed in the workbook. */
export interface XlsxSheetInfo {
  /** The tab's name. */
  readonly name: string;
  /** Whether the tab is hidden. */
  readonly hidden: boolean;
  /** The part's path in the package. */
  readonly part: string;
}

/** An opened workbook. */
export interface XlsxReader {
  /** The sheets in tab order. */
  readonly sheets: readonly XlsxSheetInfo[];
  /**
   * Reads one sheet's rows (rows without a cell are left out).
   * @param sheet - one of {@link XlsxReader.sheets}
   * @returns the rows, or the problem
   */
  rows(sheet: XlsxSheetInfo): Promise<Checked<readonly XlsxRow[]>>;
}

/** Most cells read from one sheet (100,000 risk points of 36 columns fit well within it). */
export const XLSX_MAX_CELLS = 20_000_000;

/** Most columns a row may have (Excel's own limit is 16,384). */
const MAX_COLUMN = 16_384;

function fail(code: XlsxProblemCode, path: string, params: MessageParams): { ok: false; problems: readonly Problem[] } {
  return { ok: false, problems: [problem('error', code, path, XLSX_MESSAGES[code], params)] };
}

/** Decodes OOXML's `_xHHHH_` escapes (a `_x005F_` before one keeps it literal). */
function decodeOoxml(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Resolves a relationship target against the folder of the part that names it. */
function resolve(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A part's text (strict UTF-8), or the problem. */
async function partText(zip: ZipArchive, part: string): Promise<Checked<string> | undefined> {
  const bytes = await zip.read(part);
  if (bytes === undefined) return undefined;
  if (!bytes.ok) return bytes;
  try {
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes.value), problems: [] };
  } catch {
    return fail('xlsx-malformed-part', part, { part });
  }
}

/** The relationships of a part: id → { type, target resolved }. */
async function relationships(zip: ZipArchive, part: string): Promise<Checked<ReadonlyMap<string, { type: string; target: string }>>> {
  const path = relsPath(part);
  const text = await partText(zip, path);
  if (text === undefined) return { ok: true, value: new Map(), problems: [] };
  if (!text.ok) return text;
  const issues: XmlIssue[] = [];
  const map = new Map<string, { type: string; target: string }>();
  for (const t of xmlTokens(text.value, issues)) {
    if (t.kind !== 'open' || t.name !== 'Relationship') continue;
    const id = t.attributes.get('Id');
    const target = t.attributes.get('Target');
    if (id === undefined || target === undefined || t.attributes.get('TargetMode') === 'External') continue;
    map.set(id, { type: t.attributes.get('Type') ?? '', target: resolve(part, target) });
  }
  if (issues.some((i) => i.kind !== 'doctype')) return fail('xlsx-malformed-part', path, { part: path });
  return { ok: true, value: map, problems: [] };
}

/**
 * The text of a string item (`<si>` or `<is>`): its `<t>` runs joined, phonetic runs (`<rPh>`) left out.
 * Reads tokens until the item's end tag.
 */
function stringItem(tokens: Iterator<XmlToken>, end: string): string {
  let text = '';
  let inT = false;
  let phonetic = 0;
  for (let r = tokens.next(); r.done !== true; r = tokens.next()) {
    const t = r.value;
    if (t.kind === 'open') {
      if (t.name === 'rPh' && !t.selfClosing) phonetic++;
      else if (t.name === 't' && !t.selfClosing) inT = true;
    } else if (t.kind === 'close') {
      if (t.name === end) break;
      if (t.name === 'rPh') phonetic--;
      else if (t.name === 't') inT = false;
    } else if (inT && phonetic === 0) text += t.text;
  }
  return decodeOoxml(text);
}

function sharedStrings(text: string, issues: XmlIssue[]): string[] {
  const out: string[] = [];
  const tokens = xmlTokens(text, issues);
  for (let r = tokens.next(); r.done !== true; r = tokens.next()) {
    const t = r.value;
    if (t.kind === 'open' && t.name === 'si') out.push(t.selfClosing ? '' : stringItem(tokens, 'si'));
  }
  return out;
}

/** Column index of a reference such as `AB12`, or -1. */
function columnOf(ref: string): number {
  const m = /^\$?([A-Za-z]{1,3})\$?\d+$/.exec(ref);
  if (!m) return -1;
  let n = 0;
  for (const ch of m[1]!.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1 < MAX_COLUMN ? n - 1 : -1;
}

/**
 * Opens a workbook: its package, its sheet list and its shared strings.
 * @param bytes - the .xlsx
 * @param limits - ZIP size limits (default {@link ZIP_LIMITS})
 * @returns the reader, or the problems that make the workbook unreadable; never throws
 */
export async function openXlsx(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): Promise<Checked<XlsxReader>> {
  const zip = openZip(bytes, limits);
  if (!zip.ok) return zip;
  const archive = zip.value;
  const root = await relationships(archive, '');
  if (!root.ok) return root;
  const main = [...root.value.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const workbook = await partText(archive, main);
  if (workbook === undefined) return fail('xlsx-not-workbook', main, { part: main });
  if (!workbook.ok) return workbook;
  const rels = await relationships(archive, main);
  if (!rels.ok) return rels;
  const issues: XmlIssue[] = [];
  const sheets: XlsxSheetInfo[] = [];
  for (const t of xmlTokens(workbook.value, issues)) {
    if (t.kind !== 'open' || t.name !== 'sheet') continue;
    // The relationship id attribute is `r:id` whatever prefix the writer bound to the namespace.
    const rid = [...t.attributes].find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1];
    const rel = rid === undefined ? undefined : rels.value.get(rid);
    if (rel === undefined || !rel.type.endsWith('/worksheet')) continue;
    const state = t.attributes.get('state');
    sheets.push({ name: t.attributes.get('name') ?? '', hidden: state === 'hidden' || state === 'veryHidden', part: rel.target });
  }
  if (issues.some((i) => i.kind !== 'doctype')) return fail('xlsx-malformed-part', main, { part: main });
  let shared: string[] = [];
  const sharedRel = [...rels.value.values()].find((r) => r.type.endsWith('/sharedStrings'));
  if (sharedRel !== undefined) {
    const text = await partText(archive, sharedRel.target);
    if (text !== undefined) {
      if (!text.ok) return text;
      const sharedIssues: XmlIssue[] = [];
      shared = sharedStrings(text.value, sharedIssues);
      if (sharedIssues.some((i) => i.kind !== 'doctype')) return fail('xlsx-malformed-part', sharedRel.target, { part: sharedRel.target });
    }
  }
  return {
    ok: true,
    problems: [],
    value: {
      sheets,
      async rows(sheet) {
        const text = await partText(archive, sheet.part);
        if (text === undefined) return fail('xlsx-not-workbook', sheet.part, { part: sheet.part });
        if (!text.ok) return text;
        return sheetRows(text.value, shared, sheet);
      },
    },
  };
}

function sheetRows(text: string, shared: readonly string[], sheet: XlsxSheetInfo): Checked<readonly XlsxRow[]> {
  const issues: XmlIssue[] = [];
  const problems: Problem[] = [];
  const rows: XlsxRow[] = [];
  const tokens = xmlTokens(text, issues);
  let rowNumber = 0;
  let cells: string[] = [];
  let cellCount = 0;
  let inData = false;
  const flush = () => {
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (cells.length > 0) rows.push({ row: rowNumber, cells });
    cells = [];
  };
  for (let r = tokens.next(); r.done !== true; r = tokens.next()) {
    const t = r.value;
    if (t.kind === 'open' && t.name === 'sheetData') inData = !t.selfClosing;
    else if (t.kind === 'close' && t.name === 'sheetData') inData = false;
    if (!inData) continue;
    if (t.kind === 'open' && t.name === 'row') {
      const n = Number(t.attributes.get('r'));
      rowNumber = Number.isInteger(n) && n > rowNumber ? n : rowNumber + 1;
      cells = [];
    } else if (t.kind === 'close' && t.name === 'row') {
      flush();
    } else if (t.kind === 'open' && t.name === 'c') {
      const ref = t.attributes.get('r');
      let column = cells.length;
      if (ref !== undefined) {
        column = columnOf(ref);
        if (column < 0) {
          problems.push(problem('warning', 'xlsx-bad-cell', sheet.name, XLSX_MESSAGES['xlsx-bad-cell'], { sheet: sheet.name, part: ref.slice(0, 16) }));
          if (!t.selfClosing) skipTo(tokens, 'c');
          continue;
        }
      }
      if (++cellCount > XLSX_MAX_CELLS) return fail('xlsx-too-many-cells', sheet.name, { sheet: sheet.name, limit: XLSX_MAX_CELLS });
      const value = t.selfClosing ? '' : cellValue(tokens, t.attributes.get('t') ?? 'n', shared);
      while (cells.length < column) cells.push('');
      cells[column] = value;
    }
  }
  if (issues.some((i) => i.kind !== 'doctype')) return fail('xlsx-malformed-part', sheet.part, { part: sheet.part });
  return { ok: true, value: rows, problems };
}

function skipTo(tokens: Iterator<XmlToken>, end: string): void {
  for (let r = tokens.next(); r.done !== true; r = tokens.next()) if (r.value.kind === 'close' && r.value.name === end) return;
}

/** A cell's text by its type: shared string, inline string, formula string, boolean, error or number. */
function cellValue(tokens: Iterator<XmlToken>, type: string, shared: readonly string[]): string {
  let v = '';
  let inline: string | undefined;
  let inV = false;
  for (let r = tokens.next(); r.done !== true; r = tokens.next()) {
    const t = r.value;
    if (t.kind === 'open') {
      if (t.name === 'v' && !t.selfClosing) inV = true;
      else if (t.name === 'is' && !t.selfClosing) inline = stringItem(tokens, 'is');
      else if (t.name === 'f' && !t.selfClosing) skipTo(tokens, 'f');
    } else if (t.kind === 'close') {
      if (t.name === 'c') break;
      if (t.name === 'v') inV = false;
    } else if (inV) v += t.text;
  }
  switch (type) {
    case 's': {
      const index = Number(v.trim());
      return Number.isInteger(index) && index >= 0 && index < shared.length ? shared[index]! : '';
    }
    case 'inlineStr':
      return inline ?? '';
    case 'str':
    case 'e':
      return decodeOoxml(v);
    case 'b':
      return v.trim() === '1' ? '1' : '0';
    default:
      return v.trim();
  }
}
