/**
 * The SpreadsheetML package writer: sheets described as data (columns, header, rows, merges,
 * dropdowns) become a .xlsx that Excel, WPS and LibreOffice Calc open. Strings are inline
 * (`t="inlineStr"`, no shared-strings table to build); dropdown lists live on a hidden sheet, so a
 * list of Chinese labels is not cut at the 255 characters an inline list allows.
 */
import { encodeOoxmlText, escapeXml, utf8, XML_DECLARATION, xmlElement } from './xml.js';
import { writeZip, type ZipEntry } from './zip.js';

/** A cell: text, a number, or blank. */
export type XlsxCell = { readonly text: string } | { readonly number: number } | null;

/** How a column's cells look and what a typed entry becomes. */
export type XlsxColumnKind =
  /** Text, wrapped; the cell format is Text (@), so a typed `0012` or `1-2` stays as typed. */
  | 'text'
  /** A number (a rating, a year count). */
  | 'number';

/** One column of a sheet. */
export interface XlsxColumn {
  /** Width in characters (a CJK character counts about two). */
  readonly width: number;
  /** What the column holds. */
  readonly kind: XlsxColumnKind;
  /** The allowed values: a dropdown on every row below the header. */
  readonly list?: readonly string[];
}

/** Cells merged over several rows of one column (a post's cells over its risk points). */
export interface XlsxMerge {
  /** 0-based column. */
  readonly column: number;
  /** 0-based index into `rows` of the first row merged. */
  readonly fromRow: number;
  /** 0-based index into `rows` of the last row merged. */
  readonly toRow: number;
}

/** One sheet of a workbook. */
export interface XlsxSheet {
  /** The tab's name (at most 31 characters, none of `[]:*?/\`). */
  readonly name: string;
  /** The columns, left to right. */
  readonly columns: readonly XlsxColumn[];
  /** Rows written above the header, e.g. a title; not frozen, not filtered. */
  readonly title?: string;
  /** The header row: bold, frozen, repeated on printed pages, with an autofilter. */
  readonly header: readonly string[];
  /** The rows below the header. */
  readonly rows: readonly (readonly XlsxCell[])[];
  /** Merged cells. */
  readonly merges?: readonly XlsxMerge[];
  /** Rows below the table, without borders, outside the filter (a signature block). */
  readonly footer?: readonly (readonly XlsxCell[])[];
  /** Printed on A4 landscape (default portrait). */
  readonly landscape?: boolean;
  /** Dropdowns on rows up to this 1-based row (default 1000 below the last row). */
  readonly validationRows?: number;
}

/** A workbook: its sheets in tab order, and its title for the document properties. */
export interface XlsxWorkbook {
  /** The title (File ▸ Properties). */
  readonly title: string;
  /** The sheets in tab order; the first is shown when the file opens. */
  readonly sheets: readonly XlsxSheet[];
  /** The name of the hidden sheet holding the dropdown lists. */
  readonly listSheetName: string;
}

/** The column's letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let s = '';
  let n = index + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Content types of the parts, as Excel expects them. */
export const XLSX_CONTENT_TYPES = {
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
} as const;

/** Style indexes of `styles.xml` (cellXfs). */
const STYLE = { default: 0, header: 1, text: 2, number: 3, title: 4, plain: 5 } as const;

const STYLES_XML =
  XML_DECLARATION +
  xmlElement('styleSheet', { xmlns: NS_MAIN }, [
    xmlElement('fonts', { count: 3 }, [
      xmlElement('font', {}, [xmlElement('sz', { val: 11 }), xmlElement('name', { val: '宋体' }), xmlElement('charset', { val: 134 })]),
      xmlElement('font', {}, [xmlElement('b'), xmlElement('sz', { val: 11 }), xmlElement('name', { val: '宋体' }), xmlElement('charset', { val: 134 })]),
      xmlElement('font', {}, [xmlElement('b'), xmlElement('sz', { val: 14 }), xmlElement('name', { val: '宋体' }), xmlElement('charset', { val: 134 })]),
    ]),
    xmlElement('fills', { count: 3 }, [
      xmlElement('fill', {}, xmlElement('patternFill', { patternType: 'none' })),
      xmlElement('fill', {}, xmlElement('patternFill', { patternType: 'gray125' })),
      xmlElement('fill', {}, xmlElement('patternFill', { patternType: 'solid' }, [xmlElement('fgColor', { rgb: 'FFD9D9D9' }), xmlElement('bgColor', { indexed: 64 })])),
    ]),
    xmlElement('borders', { count: 2 }, [
      xmlElement('border', {}, [xmlElement('left'), xmlElement('right'), xmlElement('top'), xmlElement('bottom'), xmlElement('diagonal')]),
      xmlElement(
        'border',
        {},
        ['left', 'right', 'top', 'bottom'].map((side) => xmlElement(side, { style: 'thin' }, xmlElement('color', { auto: 1 }))).concat(xmlElement('diagonal')),
      ),
    ]),
    xmlElement('cellStyleXfs', { count: 1 }, xmlElement('xf', { numFmtId: 0, fontId: 0, fillId: 0, borderId: 0 })),
    xmlElement('cellXfs', { count: 6 }, [
      xmlElement('xf', { numFmtId: 0, fontId: 0, fillId: 0, borderId: 0, xfId: 0 }),
      xmlElement(
        'xf',
        { numFmtId: 49, fontId: 1, fillId: 2, borderId: 1, xfId: 0, applyNumberFormat: 1, applyFont: 1, applyFill: 1, applyBorder: 1, applyAlignment: 1 },
        xmlElement('alignment', { horizontal: 'center', vertical: 'center', wrapText: 1 }),
      ),
      xmlElement(
        'xf',
        { numFmtId: 49, fontId: 0, fillId: 0, borderId: 1, xfId: 0, applyNumberFormat: 1, applyBorder: 1, applyAlignment: 1 },
        xmlElement('alignment', { vertical: 'top', wrapText: 1 }),
      ),
      xmlElement(
        'xf',
        { numFmtId: 0, fontId: 0, fillId: 0, borderId: 1, xfId: 0, applyBorder: 1, applyAlignment: 1 },
        xmlElement('alignment', { horizontal: 'center', vertical: 'top' }),
      ),
      xmlElement('xf', { numFmtId: 49, fontId: 2, fillId: 0, borderId: 0, xfId: 0, applyNumberFormat: 1, applyFont: 1, applyAlignment: 1 }, xmlElement('alignment', { horizontal: 'center', vertical: 'center' })),
      xmlElement('xf', { numFmtId: 49, fontId: 0, fillId: 0, borderId: 0, xfId: 0, applyNumberFormat: 1, applyAlignment: 1 }, xmlElement('alignment', { vertical: 'center' })),
    ]),
    xmlElement('cellStyles', { count: 1 }, xmlElement('cellStyle', { name: 'Normal', xfId: 0, builtinId: 0 })),
  ]);

/** A `<t>` with the space-preserving attribute when the text needs it. */
function textElement(text: string): string {
  const encoded = encodeOoxmlText(text);
  const preserve = /^\s|\s$|\n|\t/.test(encoded);
  return xmlElement('t', preserve ? { 'xml:space': 'preserve' } : {}, escapeXml(encoded));
}

function cellXml(ref: string, cell: XlsxCell, style: number): string {
  if (cell === null) return xmlElement('c', { r: ref, s: style });
  if ('number' in cell) {
    if (!Number.isFinite(cell.number)) return xmlElement('c', { r: ref, s: style });
    return xmlElement('c', { r: ref, s: style }, xmlElement('v', {}, String(cell.number)));
  }
  return xmlElement('c', { r: ref, s: style, t: 'inlineStr' }, xmlElement('is', {}, textElement(cell.text)));
}

/** Quotes a sheet name for a formula: `'数据'`. */
function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

interface ListRef {
  readonly column: number;
  readonly length: number;
}

function worksheetXml(sheet: XlsxSheet, lists: (list: readonly string[]) => ListRef, listSheet: string): string {
  const titleRows = sheet.title === undefined ? 0 : 1;
  const headerRow = titleRows + 1;
  const lastColumn = columnLetters(Math.max(0, sheet.columns.length - 1));
  const lastRow = headerRow + sheet.rows.length;
  const rows: string[] = [];
  if (sheet.title !== undefined) {
    rows.push(xmlElement('row', { r: 1, ht: 24, customHeight: 1 }, cellXml('A1', { text: sheet.title }, STYLE.title)));
  }
  rows.push(
    xmlElement(
      'row',
      { r: headerRow },
      sheet.header.map((h, c) => cellXml(`${columnLetters(c)}${headerRow}`, { text: h }, STYLE.header)),
    ),
  );
  sheet.rows.forEach((cells, i) => {
    const r = headerRow + 1 + i;
    rows.push(
      xmlElement(
        'row',
        { r },
        sheet.columns.map((col, c) => cellXml(`${columnLetters(c)}${r}`, cells[c] ?? null, col.kind === 'number' ? STYLE.number : STYLE.text)),
      ),
    );
  });
  (sheet.footer ?? []).forEach((cells, i) => {
    const r = lastRow + 2 + i;
    rows.push(xmlElement('row', { r, ht: 30, customHeight: 1 }, cells.flatMap((cell, c) => (cell === null ? [] : [cellXml(`${columnLetters(c)}${r}`, cell, STYLE.plain)]))));
  });
  const parts: string[] = [
    xmlElement('sheetPr', {}, xmlElement('pageSetUpPr', { fitToPage: 1 })),
    xmlElement('dimension', { ref: `A1:${lastColumn}${lastRow}` }),
    xmlElement(
      'sheetViews',
      {},
      xmlElement('sheetView', { workbookViewId: 0 }, [
        xmlElement('pane', { ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activePane: 'bottomLeft', state: 'frozen' }),
        xmlElement('selection', { pane: 'bottomLeft', activeCell: `A${headerRow + 1}`, sqref: `A${headerRow + 1}` }),
      ]),
    ),
    xmlElement('sheetFormatPr', { defaultRowHeight: 15 }),
    xmlElement(
      'cols',
      {},
      sheet.columns.map((col, c) =>
        xmlElement('col', { min: c + 1, max: c + 1, width: col.width, style: col.kind === 'number' ? STYLE.number : STYLE.text, customWidth: 1 }),
      ),
    ),
    xmlElement('sheetData', {}, rows),
    xmlElement('autoFilter', { ref: `A${headerRow}:${lastColumn}${lastRow}` }),
  ];
  const merges = sheet.merges ?? [];
  if (sheet.title !== undefined && sheet.columns.length > 1) {
    parts.push(
      xmlElement('mergeCells', { count: merges.length + 1 }, [
        xmlElement('mergeCell', { ref: `A1:${lastColumn}1` }),
        ...merges.map((m) => mergeXml(m, headerRow)),
      ]),
    );
  } else if (merges.length > 0) {
    parts.push(xmlElement('mergeCells', { count: merges.length }, merges.map((m) => mergeXml(m, headerRow))));
  }
  const validationEnd = Math.max(sheet.validationRows ?? lastRow + 1000, headerRow + 1);
  const validations = sheet.columns.flatMap((col, c) => {
    if (col.list === undefined || col.list.length === 0) return [];
    const ref = lists(col.list);
    const letters = columnLetters(ref.column);
    return [
      xmlElement(
        'dataValidation',
        { type: 'list', allowBlank: 1, showInputMessage: 1, showErrorMessage: 1, sqref: `${columnLetters(c)}${headerRow + 1}:${columnLetters(c)}${validationEnd}` },
        xmlElement('formula1', {}, escapeXml(`${sheetRef(listSheet)}!$${letters}$1:$${letters}$${ref.length}`)),
      ),
    ];
  });
  if (validations.length > 0) parts.push(xmlElement('dataValidations', { count: validations.length }, validations));
  parts.push(xmlElement('pageMargins', { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 }));
  parts.push(xmlElement('pageSetup', { paperSize: 9, orientation: sheet.landscape === true ? 'landscape' : 'portrait', fitToWidth: 1, fitToHeight: 0 }));
  parts.push(xmlElement('headerFooter', {}, xmlElement('oddFooter', {}, escapeXml('&C&P / &N'))));
  return XML_DECLARATION + xmlElement('worksheet', { xmlns: NS_MAIN, 'xmlns:r': NS_R }, parts);
}

function mergeXml(m: XlsxMerge, headerRow: number): string {
  const letters = columnLetters(m.column);
  return xmlElement('mergeCell', { ref: `${letters}${headerRow + 1 + m.fromRow}:${letters}${headerRow + 1 + m.toRow}` });
}

/** The hidden sheet of dropdown lists: one column per distinct list. */
function listSheetXml(lists: readonly (readonly string[])[]): string {
  const height = Math.max(1, ...lists.map((l) => l.length));
  const rows: string[] = [];
  for (let r = 0; r < height; r++) {
    const cells = lists.flatMap((list, c) => {
      const value = list[r];
      if (value === undefined) return [];
      const cell: XlsxCell = /^[1-9]\d{0,5}$/.test(value) ? { number: Number(value) } : { text: value };
      return [cellXml(`${columnLetters(c)}${r + 1}`, cell, STYLE.default)];
    });
    rows.push(xmlElement('row', { r: r + 1 }, cells));
  }
  return XML_DECLARATION + xmlElement('worksheet', { xmlns: NS_MAIN }, [xmlElement('sheetData', {}, rows)]);
}

/**
 * Writes a workbook as the bytes of a .xlsx: the same sheets always give the same bytes.
 * @param workbook - the sheets
 * @returns the package
 * @example
 * const bytes = writeXlsx({ title: 'x', listSheetName: 'lists', sheets: [{ name: 'A', columns: [{ width: 10, kind: 'text' }], header: ['h'], rows: [[{ text: 'v' }]] }] });
 */
export function writeXlsx(workbook: XlsxWorkbook): Uint8Array {
  const lists: (readonly string[])[] = [];
  const listKeys = new Map<string, ListRef>();
  const listRef = (list: readonly string[]): ListRef => {
    const key = JSON.stringify(list);
    let ref = listKeys.get(key);
    if (ref === undefined) {
      ref = { column: lists.length, length: list.length };
      lists.push(list);
      listKeys.set(key, ref);
    }
    return ref;
  };
  const sheetParts = workbook.sheets.map((s) => worksheetXml(s, listRef, workbook.listSheetName));
  const all = lists.length > 0 ? [...sheetParts, listSheetXml(lists)] : sheetParts;
  const names = workbook.sheets.map((s) => s.name);
  if (lists.length > 0) names.push(workbook.listSheetName);

  const definedNames: string[] = [];
  workbook.sheets.forEach((s, i) => {
    const headerRow = s.title === undefined ? 1 : 2;
    const last = columnLetters(Math.max(0, s.columns.length - 1));
    definedNames.push(
      xmlElement('definedName', { name: '_xlnm._FilterDatabase', localSheetId: i, hidden: 1 }, escapeXml(`${sheetRef(s.name)}!$A$${headerRow}:$${last}$${headerRow + s.rows.length}`)),
      xmlElement('definedName', { name: '_xlnm.Print_Titles', localSheetId: i }, escapeXml(`${sheetRef(s.name)}!$${headerRow}:$${headerRow}`)),
    );
  });
  const workbookXml =
    XML_DECLARATION +
    xmlElement('workbook', { xmlns: NS_MAIN, 'xmlns:r': NS_R }, [
      xmlElement('bookViews', {}, xmlElement('workbookView', { activeTab: 0 })),
      xmlElement(
        'sheets',
        {},
        names.map((name, i) =>
          xmlElement('sheet', { name, sheetId: i + 1, state: i >= workbook.sheets.length ? 'hidden' : undefined, 'r:id': `rId${i + 1}` }),
        ),
      ),
      xmlElement('definedNames', {}, definedNames),
    ]);
  const workbookRels =
    XML_DECLARATION +
    xmlElement('Relationships', { xmlns: NS_PKG_REL }, [
      ...names.map((_, i) => xmlElement('Relationship', { Id: `rId${i + 1}`, Type: `${REL}/worksheet`, Target: `worksheets/sheet${i + 1}.xml` })),
      xmlElement('Relationship', { Id: `rId${names.length + 1}`, Type: `${REL}/styles`, Target: 'styles.xml' }),
    ]);
  const contentTypes =
    XML_DECLARATION +
    xmlElement('Types', { xmlns: 'http://schemas.openxmlformats.org/package/2006/content-types' }, [
      xmlElement('Default', { Extension: 'rels', ContentType: XLSX_CONTENT_TYPES.rels }),
      xmlElement('Default', { Extension: 'xml', ContentType: 'application/xml' }),
      xmlElement('Override', { PartName: '/xl/workbook.xml', ContentType: XLSX_CONTENT_TYPES.workbook }),
      ...names.map((_, i) => xmlElement('Override', { PartName: `/xl/worksheets/sheet${i + 1}.xml`, ContentType: XLSX_CONTENT_TYPES.worksheet })),
      xmlElement('Override', { PartName: '/xl/styles.xml', ContentType: XLSX_CONTENT_TYPES.styles }),
      xmlElement('Override', { PartName: '/docProps/core.xml', ContentType: XLSX_CONTENT_TYPES.core }),
      xmlElement('Override', { PartName: '/docProps/app.xml', ContentType: XLSX_CONTENT_TYPES.app }),
    ]);
  const entries: ZipEntry[] = [
    { name: '[Content_Types].xml', data: utf8(contentTypes) },
    { name: '_rels/.rels', data: utf8(packageRels('xl/workbook.xml')) },
    { name: 'docProps/core.xml', data: utf8(coreXml(workbook.title)) },
    { name: 'docProps/app.xml', data: utf8(appXml('integrity-risk')) },
    { name: 'xl/workbook.xml', data: utf8(workbookXml) },
    { name: 'xl/_rels/workbook.xml.rels', data: utf8(workbookRels) },
    { name: 'xl/styles.xml', data: utf8(STYLES_XML) },
    ...all.map((xml, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: utf8(xml) })),
  ];
  return writeZip(entries);
}

/**
 * The package's root relationships: the main part and the document properties.
 * @param main - the main part's path, e.g. `xl/workbook.xml` or `word/document.xml`
 * @returns the part `_rels/.rels`
 */
export function packageRels(main: string): string {
  return (
    XML_DECLARATION +
    xmlElement('Relationships', { xmlns: NS_PKG_REL }, [
      xmlElement('Relationship', { Id: 'rId1', Type: `${REL}/officeDocument`, Target: main }),
      xmlElement('Relationship', { Id: 'rId2', Type: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', Target: 'docProps/core.xml' }),
      xmlElement('Relationship', { Id: 'rId3', Type: `${REL}/extended-properties`, Target: 'docProps/app.xml' }),
    ])
  );
}

/**
 * The core properties: the title only, no dates or user names, so the bytes stay the same.
 * @param title - the document's title
 * @returns the part `docProps/core.xml`
 */
export function coreXml(title: string): string {
  return (
    XML_DECLARATION +
    xmlElement(
      'cp:coreProperties',
      {
        'xmlns:cp': 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties',
        'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
        'xmlns:dcterms': 'http://purl.org/dc/terms/',
        'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      },
      xmlElement('dc:title', {}, escapeXml(encodeOoxmlText(title))),
    )
  );
}

/**
 * The extended properties: the application's name.
 * @param application - the writing application
 * @returns the part `docProps/app.xml`
 */
export function appXml(application: string): string {
  return (
    XML_DECLARATION +
    xmlElement(
      'Properties',
      { xmlns: 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties' },
      xmlElement('Application', {}, escapeXml(application)),
    )
  );
}
