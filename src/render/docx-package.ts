/**
 * The WordprocessingML package writer: a body of paragraphs and tables becomes a .docx that Word,
 * WPS and LibreOffice Writer open. A4 landscape, Chinese fonts declared (宋体 for headings, 仿宋
 * for the body, each with its Windows name and fallbacks in the font table), table header rows
 * repeated on every page (`w:tblHeader`), cells merged down a column (`w:vMerge`), page numbers in
 * the footer.
 */
import type { Locale } from '../i18n/locale.js';
import { encodeOoxmlText, escapeXml, utf8, XML_DECLARATION, xmlElement } from './xml.js';
import { appXml, coreXml, packageRels } from './xlsx-package.js';
import { writeZip } from './zip.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Content types of the parts, as Word expects them. */
export const DOCX_CONTENT_TYPES = {
  document: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  styles: 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml',
  settings: 'application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml',
  fontTable: 'application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml',
  footer: 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
} as const;

/** The fonts: East Asian face, its Windows (English) name, and the Latin face beside it. */
const FONTS = {
  heading: { eastAsia: '宋体', alt: 'SimSun', latin: 'Times New Roman' },
  body: { eastAsia: '仿宋', alt: 'FangSong', latin: 'Times New Roman' },
} as const;

/** A4 landscape in twentieths of a point, and the margins (1.8 cm). */
const PAGE = { width: 16838, height: 11906, margin: 1021 } as const;

/** The width the body's tables take, in twentieths of a point. */
export const DOCX_TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** How a paragraph looks. */
export interface DocxParagraphStyle {
  readonly bold?: boolean;
  /** Size in half-points (21 = 10.5 pt, 五号). */
  readonly size?: number;
  readonly align?: 'left' | 'center' | 'right' | 'both';
  /** The heading face (宋体) instead of the body's (仿宋). */
  readonly heading?: boolean;
  /** Space after, in twentieths of a point. */
  readonly after?: number;
  /** Start a new page before it. */
  readonly pageBreakBefore?: boolean;
}

/** A table cell: its lines (one paragraph each), and how it merges down its column. */
export interface DocxCell {
  readonly lines: readonly string[];
  /** `restart` on the first row of a vertical merge, `continue` on the rows it covers. */
  readonly vMerge?: 'restart' | 'continue';
  readonly align?: 'left' | 'center';
}

/** A table: column widths (percent of the text width), the header row repeated on every page, the rows. */
export interface DocxTable {
  readonly widths: readonly number[];
  readonly header: readonly string[];
  readonly rows: readonly (readonly DocxCell[])[];
  /** Keep each row on one page (`w:cantSplit`), as short rows read best; a row taller than a page still breaks. Default: rows may break. */
  readonly cantSplit?: boolean;
}

/** A block of the body. */
export type DocxBlock = { readonly paragraph: string; readonly style?: DocxParagraphStyle } | { readonly table: DocxTable };

/** A document: its title (properties), language, body and footer text with the page fields. */
export interface DocxDocument {
  readonly title: string;
  readonly locale: Locale;
  readonly body: readonly DocxBlock[];
  /** The footer, `{page}` and `{pages}` replaced by the page number and the page count. */
  readonly footer: string;
}

/** Runs of one line: text, with tabs as `w:tab` and line breaks as `w:br`. */
function runs(text: string, rPr: string): string {
  const out: string[] = [];
  const parts = encodeOoxmlText(text).split(/(\t|\r\n|\n|\r)/);
  for (const part of parts) {
    if (part === '') continue;
    if (part === '\t') out.push(xmlElement('w:r', {}, [rPr, xmlElement('w:tab')]));
    else if (part === '\n' || part === '\r\n' || part === '\r') out.push(xmlElement('w:r', {}, [rPr, xmlElement('w:br')]));
    else out.push(xmlElement('w:r', {}, [rPr, xmlElement('w:t', { 'xml:space': 'preserve' }, escapeXml(part))]));
  }
  return out.join('');
}

function runProperties(style: DocxParagraphStyle): string {
  const font = style.heading === true ? FONTS.heading : FONTS.body;
  const children = [xmlElement('w:rFonts', { 'w:ascii': font.latin, 'w:hAnsi': font.latin, 'w:eastAsia': font.eastAsia, 'w:cs': font.latin })];
  if (style.bold === true) children.push(xmlElement('w:b'), xmlElement('w:bCs'));
  if (style.size !== undefined) children.push(xmlElement('w:sz', { 'w:val': style.size }), xmlElement('w:szCs', { 'w:val': style.size }));
  return xmlElement('w:rPr', {}, children);
}

function paragraph(text: string, style: DocxParagraphStyle = {}): string {
  const pPr: string[] = [];
  if (style.pageBreakBefore === true) pPr.push(xmlElement('w:pageBreakBefore'));
  pPr.push(xmlElement('w:spacing', { 'w:before': 0, 'w:after': style.after ?? 0 }));
  if (style.align !== undefined) pPr.push(xmlElement('w:jc', { 'w:val': style.align === 'both' ? 'both' : style.align }));
  return xmlElement('w:p', {}, [xmlElement('w:pPr', {}, pPr), runs(text, runProperties(style))]);
}

const BORDER = { 'w:val': 'single', 'w:sz': 4, 'w:space': 0, 'w:color': '000000' } as const;

function tableXml(table: DocxTable): string {
  const total = table.widths.reduce((a, b) => a + b, 0);
  const twips = table.widths.map((w) => Math.floor((w / total) * DOCX_TEXT_WIDTH));
  const cell = (c: DocxCell, width: number, header: boolean): string => {
    const tcPr = [xmlElement('w:tcW', { 'w:w': width, 'w:type': 'dxa' })];
    if (c.vMerge === 'restart') tcPr.push(xmlElement('w:vMerge', { 'w:val': 'restart' }));
    else if (c.vMerge === 'continue') tcPr.push(xmlElement('w:vMerge'));
    if (header) tcPr.push(xmlElement('w:shd', { 'w:val': 'clear', 'w:color': 'auto', 'w:fill': 'D9D9D9' }));
    tcPr.push(xmlElement('w:vAlign', { 'w:val': header ? 'center' : 'top' }));
    const style: DocxParagraphStyle = { size: 18, bold: header, heading: header, align: header || c.align === 'center' ? 'center' : 'left' };
    // A covered cell of a merge still holds one (empty) paragraph, as every cell must.
    const lines = c.vMerge === 'continue' || c.lines.length === 0 ? [''] : c.lines;
    return xmlElement('w:tc', {}, [xmlElement('w:tcPr', {}, tcPr), ...lines.map((l) => paragraph(l, style))]);
  };
  const headerRow = xmlElement('w:tr', {}, [
    xmlElement('w:trPr', {}, [xmlElement('w:cantSplit'), xmlElement('w:tblHeader')]),
    ...table.header.map((h, i) => cell({ lines: [h] }, twips[i]!, true)),
  ]);
  const trPr = table.cantSplit === true ? [xmlElement('w:trPr', {}, xmlElement('w:cantSplit'))] : [];
  const rows = table.rows.map((r) => xmlElement('w:tr', {}, [...trPr, ...r.map((c, i) => cell(c, twips[i]!, false))]));
  return xmlElement('w:tbl', {}, [
    xmlElement('w:tblPr', {}, [
      xmlElement('w:tblW', { 'w:w': DOCX_TEXT_WIDTH, 'w:type': 'dxa' }),
      xmlElement('w:jc', { 'w:val': 'center' }),
      xmlElement(
        'w:tblBorders',
        {},
        ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => xmlElement(`w:${side}`, BORDER)),
      ),
      xmlElement('w:tblLayout', { 'w:type': 'fixed' }),
      xmlElement('w:tblCellMar', {}, [xmlElement('w:left', { 'w:w': 85, 'w:type': 'dxa' }), xmlElement('w:right', { 'w:w': 85, 'w:type': 'dxa' })]),
      xmlElement('w:tblLook', { 'w:val': '04A0', 'w:firstRow': 1, 'w:lastRow': 0, 'w:firstColumn': 0, 'w:lastColumn': 0, 'w:noHBand': 0, 'w:noVBand': 1 }),
    ]),
    xmlElement('w:tblGrid', {}, twips.map((w) => xmlElement('w:gridCol', { 'w:w': w }))),
    headerRow,
    ...rows,
  ]);
}

/** The footer: centred text with PAGE and NUMPAGES fields. */
function footerXml(template: string): string {
  const rPr = runProperties({ size: 18 });
  const field = (code: string) => [
    xmlElement('w:r', {}, [rPr, xmlElement('w:fldChar', { 'w:fldCharType': 'begin' })]),
    xmlElement('w:r', {}, [rPr, xmlElement('w:instrText', { 'xml:space': 'preserve' }, ` ${code} `)]),
    xmlElement('w:r', {}, [rPr, xmlElement('w:fldChar', { 'w:fldCharType': 'separate' })]),
    xmlElement('w:r', {}, [rPr, xmlElement('w:t', {}, '1')]),
    xmlElement('w:r', {}, [rPr, xmlElement('w:fldChar', { 'w:fldCharType': 'end' })]),
  ];
  const content: string[] = [];
  for (const part of template.split(/(\{page\}|\{pages\})/)) {
    if (part === '{page}') content.push(...field('PAGE'));
    else if (part === '{pages}') content.push(...field('NUMPAGES'));
    else if (part !== '') content.push(runs(part, rPr));
  }
  return (
    XML_DECLARATION +
    xmlElement('w:ftr', { 'xmlns:w': W, 'xmlns:r': R }, xmlElement('w:p', {}, [xmlElement('w:pPr', {}, xmlElement('w:jc', { 'w:val': 'center' })), ...content]))
  );
}

const LANG: { readonly [L in Locale]: string } = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };

function stylesXml(locale: Locale): string {
  const f = FONTS.body;
  return (
    XML_DECLARATION +
    xmlElement('w:styles', { 'xmlns:w': W }, [
      xmlElement(
        'w:docDefaults',
        {},
        [
          xmlElement(
            'w:rPrDefault',
            {},
            xmlElement('w:rPr', {}, [
              xmlElement('w:rFonts', { 'w:ascii': f.latin, 'w:hAnsi': f.latin, 'w:eastAsia': f.eastAsia, 'w:cs': f.latin }),
              xmlElement('w:sz', { 'w:val': 24 }),
              xmlElement('w:szCs', { 'w:val': 24 }),
              xmlElement('w:lang', { 'w:val': 'en-US', 'w:eastAsia': locale === 'en' ? 'zh-CN' : LANG[locale] }),
            ]),
          ),
          xmlElement('w:pPrDefault', {}, xmlElement('w:pPr', {}, xmlElement('w:spacing', { 'w:after': 0, 'w:line': 240, 'w:lineRule': 'auto' }))),
        ],
      ),
      xmlElement('w:style', { 'w:type': 'paragraph', 'w:default': 1, 'w:styleId': 'Normal' }, [xmlElement('w:name', { 'w:val': 'Normal' }), xmlElement('w:qFormat')]),
      xmlElement('w:style', { 'w:type': 'table', 'w:default': 1, 'w:styleId': 'TableNormal' }, [
        xmlElement('w:name', { 'w:val': 'Normal Table' }),
        xmlElement('w:tblPr', {}, xmlElement('w:tblCellMar', {}, [xmlElement('w:top', { 'w:w': 0, 'w:type': 'dxa' }), xmlElement('w:bottom', { 'w:w': 0, 'w:type': 'dxa' })])),
      ]),
    ])
  );
}

/** The font table: each face with its Windows name and a generic family, so a viewer without it substitutes a like face. */
const FONT_TABLE =
  XML_DECLARATION +
  xmlElement('w:fonts', { 'xmlns:w': W }, [
    xmlElement('w:font', { 'w:name': '宋体' }, [
      xmlElement('w:altName', { 'w:val': 'SimSun' }),
      xmlElement('w:panose1', { 'w:val': '02010600030101010101' }),
      xmlElement('w:charset', { 'w:val': '86' }),
      xmlElement('w:family', { 'w:val': 'auto' }),
      xmlElement('w:pitch', { 'w:val': 'variable' }),
    ]),
    xmlElement('w:font', { 'w:name': '仿宋' }, [
      xmlElement('w:altName', { 'w:val': 'FangSong' }),
      xmlElement('w:panose1', { 'w:val': '02010609060101010101' }),
      xmlElement('w:charset', { 'w:val': '86' }),
      xmlElement('w:family', { 'w:val': 'modern' }),
      xmlElement('w:pitch', { 'w:val': 'fixed' }),
    ]),
    xmlElement('w:font', { 'w:name': 'Times New Roman' }, [
      xmlElement('w:panose1', { 'w:val': '02020603050405020304' }),
      xmlElement('w:charset', { 'w:val': '00' }),
      xmlElement('w:family', { 'w:val': 'roman' }),
      xmlElement('w:pitch', { 'w:val': 'variable' }),
    ]),
  ]);

const SETTINGS =
  XML_DECLARATION +
  xmlElement('w:settings', { 'xmlns:w': W }, [
    xmlElement('w:defaultTabStop', { 'w:val': 420 }),
    xmlElement('w:characterSpacingControl', { 'w:val': 'compressPunctuation' }),
    xmlElement('w:compat', {}, xmlElement('w:compatSetting', { 'w:name': 'compatibilityMode', 'w:uri': 'http://schemas.microsoft.com/office/word', 'w:val': 15 })),
  ]);

/**
 * Writes a document as the bytes of a .docx: the same document always gives the same bytes.
 * @param doc - the document
 * @returns the package
 * @example
 * const bytes = writeDocx({ title: 't', locale: 'zh-CN', footer: '第 {page} 页', body: [{ paragraph: '标题', style: { bold: true } }] });
 */
export function writeDocx(doc: DocxDocument): Uint8Array {
  const body = doc.body.map((b) => ('table' in b ? tableXml(b.table) : paragraph(b.paragraph, b.style)));
  const sectPr = xmlElement('w:sectPr', {}, [
    xmlElement('w:footerReference', { 'w:type': 'default', 'r:id': 'rId4' }),
    xmlElement('w:pgSz', { 'w:w': PAGE.width, 'w:h': PAGE.height, 'w:orient': 'landscape' }),
    xmlElement('w:pgMar', { 'w:top': PAGE.margin, 'w:right': PAGE.margin, 'w:bottom': PAGE.margin, 'w:left': PAGE.margin, 'w:header': 567, 'w:footer': 567, 'w:gutter': 0 }),
    xmlElement('w:cols', { 'w:space': 425 }),
  ]);
  const document =
    XML_DECLARATION + xmlElement('w:document', { 'xmlns:w': W, 'xmlns:r': R }, xmlElement('w:body', {}, [...body, sectPr]));
  const documentRels =
    XML_DECLARATION +
    xmlElement('Relationships', { xmlns: 'http://schemas.openxmlformats.org/package/2006/relationships' }, [
      xmlElement('Relationship', { Id: 'rId1', Type: `${REL}/styles`, Target: 'styles.xml' }),
      xmlElement('Relationship', { Id: 'rId2', Type: `${REL}/settings`, Target: 'settings.xml' }),
      xmlElement('Relationship', { Id: 'rId3', Type: `${REL}/fontTable`, Target: 'fontTable.xml' }),
      xmlElement('Relationship', { Id: 'rId4', Type: `${REL}/footer`, Target: 'footer1.xml' }),
    ]);
  const contentTypes =
    XML_DECLARATION +
    xmlElement('Types', { xmlns: 'http://schemas.openxmlformats.org/package/2006/content-types' }, [
      xmlElement('Default', { Extension: 'rels', ContentType: DOCX_CONTENT_TYPES.rels }),
      xmlElement('Default', { Extension: 'xml', ContentType: 'application/xml' }),
      xmlElement('Override', { PartName: '/word/document.xml', ContentType: DOCX_CONTENT_TYPES.document }),
      xmlElement('Override', { PartName: '/word/styles.xml', ContentType: DOCX_CONTENT_TYPES.styles }),
      xmlElement('Override', { PartName: '/word/settings.xml', ContentType: DOCX_CONTENT_TYPES.settings }),
      xmlElement('Override', { PartName: '/word/fontTable.xml', ContentType: DOCX_CONTENT_TYPES.fontTable }),
      xmlElement('Override', { PartName: '/word/footer1.xml', ContentType: DOCX_CONTENT_TYPES.footer }),
      xmlElement('Override', { PartName: '/docProps/core.xml', ContentType: DOCX_CONTENT_TYPES.core }),
      xmlElement('Override', { PartName: '/docProps/app.xml', ContentType: DOCX_CONTENT_TYPES.app }),
    ]);
  return writeZip([
    { name: '[Content_Types].xml', data: utf8(contentTypes) },
    { name: '_rels/.rels', data: utf8(packageRels('word/document.xml')) },
    { name: 'docProps/core.xml', data: utf8(coreXml(doc.title)) },
    { name: 'docProps/app.xml', data: utf8(appXml('integrity-risk')) },
    { name: 'word/document.xml', data: utf8(document) },
    { name: 'word/_rels/document.xml.rels', data: utf8(documentRels) },
    { name: 'word/styles.xml', data: utf8(stylesXml(doc.locale)) },
    { name: 'word/settings.xml', data: utf8(SETTINGS) },
    { name: 'word/fontTable.xml', data: utf8(FONT_TABLE) },
    { name: 'word/footer1.xml', data: utf8(footerXml(doc.footer)) },
  ]);
}
