/**
 * The 一览表 view (`catalog --view table`) in HTML and Markdown: the {@link catalogTable} model as
 * the one table a unit prints, signs and files. The HTML prints on A4 landscape with the header row
 * repeated on every page, numbered pages and the signature block; Markdown writes the same table,
 * leaving a merged cell blank on the rows it covers.
 *
 * Safety: every string from the catalog goes through the format's escaping; the stylesheet holds
 * nothing from the document.
 */
import type { CatalogSource } from '../catalog/types.js';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locale.js';
import {
  CATALOG_TABLE_COLUMN_DEFS,
  catalogTable,
  catalogTableCellText,
  catalogTableLabel,
  type CatalogTable,
  type CatalogTableColumnKey,
  type CatalogTableRow,
} from './catalog-table.js';
import { postCards, type PostCard } from './catalog-cards.js';
import { escapeHtml as e } from './html-escape.js';
import { escapeMarkdown } from './markdown.js';
import { LEVEL_COLORS, powerFlowSvg } from './svg-charts.js';

/** Options of the table view. */
export interface TableViewOptions {
  /** The language of the table's words; the unit's texts are shown as written. Default `zh-CN`. */
  readonly locale?: Locale;
}

// Filed documents are set in 宋体/仿宋: serif CJK faces first, local names only (the file renders offline).
const PRINT_FONTS: Readonly<Record<Locale, string>> = {
  'zh-CN': '"Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "宋体", "FangSong", "仿宋", "Songti SC", "Noto Sans CJK SC", serif',
  'zh-TW': '"Noto Serif CJK TC", "Source Han Serif TC", "PMingLiU", "MingLiU", "Songti TC", "Noto Serif CJK SC", "Noto Sans CJK TC", serif',
  en: '"Times New Roman", "Noto Serif", "Noto Serif CJK SC", "SimSun", serif',
};

/** A page-number template (`第 {page} 页 共 {pages} 页`) as a CSS `content` value. */
function pageCounterContent(locale: Locale): string {
  const template = catalogTableLabel('pageOf', locale, { page: '\u0000page\u0000', pages: '\u0000pages\u0000' });
  return template
    .split('\u0000')
    .map((part) => (part === 'page' ? 'counter(page)' : part === 'pages' ? 'counter(pages)' : part === '' ? '' : JSON.stringify(part)))
    .filter((part) => part !== '')
    .join(' ');
}

/**
 * The stylesheet of the printed 一览表: A4 landscape, 10.5 pt serif, header row repeated on every
 * page, a row kept on one page where it fits, page numbers at the foot.
 * @param locale - selects the font stack and the page-number words
 * @returns CSS text, free of any value from the document
 */
export function tableViewCss(locale: Locale): string {
  const { high, low } = LEVEL_COLORS;
  // A printed level must read in black and white too: the word is bold for high and medium.
  return `
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;background:#fff;color:#111;font-family:${PRINT_FONTS[locale]};font-size:10pt;line-height:1.3}
.sheet{max-width:1280px;margin:16px auto;padding:0 16px}
h1{font-size:18pt;text-align:center;letter-spacing:.12em;margin:0 0 4pt}
.sub{display:flex;justify-content:space-between;gap:24pt;margin:0 0 6pt;font-size:10.5pt}
.sub p{margin:0}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border:.75pt solid #000;padding:2pt 3pt;vertical-align:middle;overflow-wrap:anywhere;white-space:pre-line}
thead{display:table-header-group}
th{font-weight:700;text-align:center;background:#eef0f3}
td.n,td.c{text-align:center}
td.ms,td.rp{vertical-align:top}
td:not([rowspan]){break-inside:avoid;page-break-inside:avoid}
.lv-high{color:${high.fill};font-weight:700}
.lv-medium{color:#8a5300;font-weight:700}
.lv-low{color:${low.ink}}
.muted{color:#555}
.sign{display:flex;justify-content:space-between;gap:24pt;margin-top:14pt;break-inside:avoid;page-break-inside:avoid}
.sign p{margin:0;flex:1}
.sign span.line{display:inline-block;min-width:9em;border-bottom:.75pt solid #000;padding:0 4pt}
.card{break-after:page;page-break-after:always}
.card:last-child{break-after:auto;page-break-after:auto}
.card h1{margin-bottom:8pt}
.facts{display:grid;grid-template-columns:repeat(4,max-content 1fr);gap:2pt 8pt;margin:0 0 6pt;padding:4pt 0;border-top:1.5pt solid #000;border-bottom:.75pt solid #000}
.facts dt{font-weight:700}
.facts dd{margin:0}
.card h2{font-size:12pt;margin:8pt 0 2pt}
.card h2 .pf{font-weight:400;font-size:10pt;margin-left:8pt}
.card .pw{break-inside:avoid;page-break-inside:avoid;break-after:avoid;page-break-after:avoid}
.card figure{margin:2pt 0 4pt}
.card svg.chart{display:block;max-width:100%;height:auto;max-height:60mm;font-family:inherit}
@page{size:A4 landscape;margin:12mm 10mm 14mm;@bottom-center{content:${pageCounterContent(locale)};font-size:9pt}}
@media print{.sheet{max-width:none;margin:0;padding:0}}
`
    .trim();
}

const CELL_CLASS: Partial<Record<CatalogTableColumnKey, string>> = {
  number: 'n',
  riskCategory: 'c',
  level: 'c',
  step: 'c',
  riskPoint: 'rp',
  measures: 'ms',
};

function htmlCell(row: CatalogTableRow, key: CatalogTableColumnKey, locale: Locale): string {
  const span = key === 'department' ? row.spans.department : key === 'post' ? row.spans.post : key === 'power' ? row.spans.power : 1;
  if (span === 0) return '';
  const rowspan = span > 1 ? ` rowspan="${span}"` : '';
  const cls = CELL_CLASS[key];
  let body = e(catalogTableCellText(row, key, locale));
  if (key === 'level' && row.level !== undefined) body = `<span class="lv-${row.level}">${body}</span>`;
  if (key === 'riskPoint' && row.number === undefined) body = `<span class="muted">${body}</span>`;
  return `<td${cls !== undefined ? ` class="${cls}"` : ''}${rowspan}>${body}</td>`;
}

/**
 * Writes a table model as a self-contained HTML page (inline CSS, no script, no URL).
 * @param table - the model, from {@link catalogTable}
 * @returns the HTML document
 */
export function tableModelHtml(table: CatalogTable): string {
  const locale = table.locale;
  const lang = locale === 'en' ? 'en' : locale;
  const cols = table.columns.map((c) => `<col style="width:${c.width}%">`).join('');
  const ths = table.columns.map((c) => `<th>${e(c.label)}</th>`).join('');
  const rows = table.rows.map((row) => `<tr>${table.columns.map((c) => htmlCell(row, c.key, locale)).join('')}</tr>`);
  const sign = table.signature.map((s) => `<p>${e(s.label)}：<span class="line">${e(s.value)}</span></p>`).join('');
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(table.title)}</title>`,
    `<style>${tableViewCss(locale)}</style>`,
    '</head>',
    '<body>',
    '<main class="sheet">',
    `<h1>${e(table.title)}</h1>`,
    table.subtitle.length > 0 ? `<div class="sub">${table.subtitle.map((s) => `<p>${e(s)}</p>`).join('')}</div>` : '',
    `<table><colgroup>${cols}</colgroup><thead><tr>${ths}</tr></thead><tbody>`,
    ...rows,
    '</tbody></table>',
    `<div class="sign">${sign}</div>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((line, i, all) => line !== '' || i === all.length - 1)
    .join('\n');
}

/**
 * The 一览表 view of a catalog as one HTML page that prints on A4 landscape.
 * @param catalog - the catalog (or a streamed source, iterated once)
 * @param options - the locale
 * @returns the HTML document
 * @example
 * writeFileSync('一览表.html', renderTableHtml(catalog, { locale: 'zh-CN' }));
 */
export function renderTableHtml(catalog: CatalogSource, options: TableViewOptions = {}): string {
  return tableModelHtml(catalogTable(catalog, localeOr(options.locale)));
}

function localeOr(locale: Locale | undefined): Locale {
  return locale !== undefined && isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/**
 * Writes a table model as Markdown: title, the unit and date, the table (a merged cell is written on
 * the first row of its group and left blank on the rows it covers; lines in a cell become `<br>`),
 * then the signature lines.
 * @param table - the model, from {@link catalogTable}
 * @returns Markdown text
 */
export function tableModelMarkdown(table: CatalogTable): string {
  const locale = table.locale;
  const out: string[] = [`# ${escapeMarkdown(table.title)}\n\n`];
  for (const line of table.subtitle) out.push(`${escapeMarkdown(line)}  \n`);
  if (table.subtitle.length > 0) out.push('\n');
  out.push(`| ${table.columns.map((c) => escapeMarkdown(c.label)).join(' | ')} |\n`);
  out.push(`| ${table.columns.map((c) => (c.key === 'number' ? '---:' : '---')).join(' | ')} |\n`);
  for (const row of table.rows) {
    const cells = table.columns.map((c) => {
      const covered = (c.key === 'department' && row.spans.department === 0) || (c.key === 'post' && row.spans.post === 0) || (c.key === 'power' && row.spans.power === 0);
      return covered ? '' : escapeMarkdown(catalogTableCellText(row, c.key, locale));
    });
    out.push(`| ${cells.join(' | ')} |\n`);
  }
  out.push('\n');
  for (const s of table.signature) out.push(`${escapeMarkdown(s.label)}${locale === 'en' ? ': ' : '：'}${s.value !== '' ? escapeMarkdown(s.value) : '________'}  \n`);
  return out.join('');
}

/**
 * The 一览表 view of a catalog as Markdown.
 * @param catalog - the catalog (or a streamed source, iterated once)
 * @param options - the locale
 * @returns Markdown text
 */
export function renderTableMarkdown(catalog: CatalogSource, options: TableViewOptions = {}): string {
  return tableModelMarkdown(catalogTable(catalog, localeOr(options.locale)));
}

function cardHtml(card: PostCard, locale: Locale, chart: { n: number }): string {
  const cols = card.columns.map((c) => `<col style="width:${c.width}%">`).join('');
  const ths = card.columns.map((c) => `<th>${e(c.label)}</th>`).join('');
  const facts = card.facts.map((f) => `<dt>${e(f.label)}</dt><dd>${e(f.value)}</dd>`).join('');
  const powers = card.powers.map((p) => {
    const numbered = p.power.riskPoints.map((riskPoint, i) => ({ riskPoint, n: p.rows[i]?.number ?? 0 }));
    const svg = powerFlowSvg(p.power, numbered, locale, ++chart.n);
    const rows = p.rows.map((row) => `<tr>${card.columns.map((c) => htmlCell(row, c.key, locale)).join('')}</tr>`);
    return [
      // The heading and the chart stay together and with the table that follows.
      `<div class="pw"><h2>${e(catalogTableLabel('powerHeading', locale, { power: p.name }))}<span class="pf">${e(p.facts.join(' · '))}</span></h2>${svg !== '' ? `<figure>${svg}</figure>` : ''}</div>`,
      `<table><colgroup>${cols}</colgroup><thead><tr>${ths}</tr></thead><tbody>${rows.join('')}</tbody></table>`,
    ].join('\n');
  });
  // The measures of the whole post, once, after its powers: the same row as in the 一览表.
  const wide = card.postMeasures;
  const postWide =
    wide === undefined
      ? []
      : [
          `<div class="pw"><h2>${e(wide.power)}<span class="pf">${e(wide.riskPoint)}</span></h2></div>`,
          `<table><colgroup><col style="width:75%"><col style="width:25%"></colgroup><thead><tr><th>${e(CATALOG_TABLE_COLUMN_DEFS.measures.label[locale])}</th><th>${e(CATALOG_TABLE_COLUMN_DEFS.responsible.label[locale])}</th></tr></thead><tbody><tr>${htmlCell(wide, 'measures', locale)}${htmlCell(wide, 'responsible', locale)}</tr></tbody></table>`,
        ];
  const sign = card.signature.map((s) => `<p>${e(s.label)}：<span class="line">${e(s.value)}</span></p>`).join('');
  return [
    `<section class="card">`,
    `<h1>${e(card.title)}</h1>`,
    `<dl class="facts">${facts}</dl>`,
    ...powers,
    ...postWide,
    `<div class="sign">${sign}</div>`,
    '</section>',
  ].join('\n');
}

/**
 * The cards view (`catalog --view cards`): one post risk card (岗位廉政风险防控卡) per printed page,
 * each power with its risk-control chart (防控图) and its rows; written card by card, as the posts
 * arrive.
 * @param catalog - the catalog (or a streamed source, iterated once)
 * @param options - the locale
 * @returns HTML chunks whose concatenation is the page
 */
export function* renderCardsHtmlChunks(catalog: CatalogSource, options: TableViewOptions = {}): Generator<string, void, undefined> {
  const locale = localeOr(options.locale);
  const title = catalogTableLabel('cardsTitle', locale);
  yield [
    '<!DOCTYPE html>',
    `<html lang="${locale === 'en' ? 'en' : locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(catalog.organization !== undefined ? `${title} · ${catalog.organization}` : title)}</title>`,
    `<style>${tableViewCss(locale)}</style>`,
    '</head>',
    '<body>',
    '<main class="sheet">',
    '',
  ].join('\n');
  const chart = { n: 0 };
  for (const card of postCards(catalog, locale)) yield `${cardHtml(card, locale, chart)}\n`;
  yield '</main>\n</body>\n</html>\n';
}

/**
 * The cards view as one HTML string: the concatenation of {@link renderCardsHtmlChunks}.
 * @param catalog - the catalog (or a streamed source, iterated once)
 * @param options - the locale
 * @returns the HTML document
 */
export function renderCardsHtml(catalog: CatalogSource, options: TableViewOptions = {}): string {
  return [...renderCardsHtmlChunks(catalog, options)].join('');
}
