/**
 * The catalog as a Word document (`catalog --format docx`): the 一览表 (the default view) as a real
 * table on A4 landscape, the department, post and power cells merged down their rows, the header
 * row repeated on every page, pages numbered, the signature block at the end; or one post risk
 * card (岗位廉政风险防控卡) per page with `view: 'cards'`. Reading text only: no internal ids.
 */
import type { CatalogSource } from '../catalog/types.js';
import type { Locale } from '../i18n/locale.js';
import {
  CATALOG_TABLE_COLUMNS,
  CATALOG_TABLE_LABELS,
  catalogTable,
  catalogTableCellText,
  type CatalogTable,
  type CatalogTableRow,
  type CatalogTableSignature,
} from './catalog-table.js';
import { writeDocx, type DocxBlock, type DocxCell, type DocxParagraphStyle } from './docx-package.js';
import { localeOf, type RenderOptions } from './options.js';

/** Options of {@link renderDocx}. */
export interface DocxOptions extends RenderOptions {
  /** `table` (the default): the 一览表; `cards`: one post risk card per page. */
  readonly view?: 'table' | 'cards';
}

/** The gap between the items of a signature block or a subtitle. */
export const DOCX_GAP = '　　　　';

/** How the documents a unit files look: the title (宋体, 18 pt, centred), the line under it, the signature block. */
export const DOCX_STYLES = {
  title: { heading: true, bold: true, size: 36, align: 'center', after: 120 },
  subtitle: { size: 24, align: 'center', after: 120 },
  signature: { size: 24, align: 'left' },
} as const satisfies Record<string, DocxParagraphStyle>;

const TITLE = DOCX_STYLES.title;
const SUBTITLE = DOCX_STYLES.subtitle;
const SIGNATURE = DOCX_STYLES.signature;

/**
 * The signature block as one line, its items apart by full-width spaces: `编制单位（盖章）：某局`, then `审核人：`, then `编制日期：`.
 * @param signature - the block, as `signatureBlock` (catalog-table) gives it
 * @returns the line
 */
export function docxSignatureLine(signature: readonly CatalogTableSignature[]): string {
  return signature.map((s) => `${s.label}：${s.value}`).join(DOCX_GAP);
}

/**
 * The vertical merge of a cell from its span: 0 is covered, more than 1 starts a merge.
 * @param lines - the cell's lines (written on the first row of the merge only)
 * @param span - how many rows the cell covers: 0 on a covered row
 * @returns the cell
 */
export function docxMerged(lines: readonly string[], span: number): DocxCell {
  if (span === 0) return { lines: [], vMerge: 'continue' };
  return span > 1 ? { lines, vMerge: 'restart' } : { lines };
}

function tableRowCells(row: CatalogTableRow, locale: Locale): DocxCell[] {
  return CATALOG_TABLE_COLUMNS.map((key): DocxCell => {
    const text = catalogTableCellText(row, key, locale);
    switch (key) {
      case 'department':
        return docxMerged([text], row.spans.department);
      case 'post':
        return docxMerged([text], row.spans.post);
      case 'power':
        return docxMerged([text], row.spans.power);
      case 'measures':
        return { lines: row.measures };
      case 'responsible':
        return { lines: row.responsible };
      case 'number':
      case 'riskCategory':
      case 'level':
        return { lines: [text], align: 'center' };
      default:
        return { lines: [text] };
    }
  });
}

function tableBody(table: CatalogTable): DocxBlock[] {
  const blocks: DocxBlock[] = [{ paragraph: table.title, style: TITLE }];
  if (table.subtitle.length > 0) blocks.push({ paragraph: table.subtitle.join(DOCX_GAP), style: SUBTITLE });
  blocks.push({
    table: {
      widths: table.columns.map((c) => c.width),
      header: table.columns.map((c) => c.label),
      rows: table.rows.map((r) => tableRowCells(r, table.locale)),
    },
  });
  blocks.push({ paragraph: '', style: SIGNATURE });
  blocks.push({ paragraph: docxSignatureLine(table.signature), style: SIGNATURE });
  return blocks;
}

/**
 * Renders the catalog as a .docx: the 一览表 (default) or the post risk cards. Deterministic: the
 * same catalog gives the same bytes.
 * @param source - a catalog or a streamed catalog source (its posts are iterated once)
 * @param options - `locale` (default zh-CN) and `view`
 * @returns the document's bytes
 * @example
 * fs.writeFileSync('一览表.docx', renderDocx(catalog, { locale: 'zh-CN' }));
 */
export function renderDocx(source: CatalogSource, options?: DocxOptions): Uint8Array {
  const locale = localeOf(options);
  const table = catalogTable(source, locale);
  return writeDocx({
    title: source.organization === undefined ? table.title : `${source.organization} ${table.title}`,
    locale,
    body: tableBody(table),
    footer: CATALOG_TABLE_LABELS.pageOf[locale],
  });
}
