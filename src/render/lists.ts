/**
 * The power list (权力清单) and the responsibility list (责任清单) a unit publishes beside its
 * 一览表, built from the document: one row per power, and per power its responsibilities as the
 * unit states them (`Power.responsibilities`) or, where it states none, one per step derived from
 * the step and the risk points at it (marked ＊ and explained under the table). A power without a
 * stated legal basis (`Power.legalBasis`) says so. Written as Markdown, HTML, CSV, a Word document
 * (two tables on A4 landscape, header rows repeated, the signature block under each) or an Excel
 * workbook (one sheet per list, every row complete so it sorts and filters); every cell is words
 * for people, no ids.
 */
import { DEFAULT_LOCALE, fill, isLocale, type Locale, type LocalizedText } from '../i18n/locale.js';
import type { OrganizationDocument, Power } from '../model/document.js';
import { POWER_CATEGORIES, termLabel } from '../model/enums.js';
import { CATALOG_TABLE_LABELS, signatureBlock } from './catalog-table.js';
import { CSV_BOM, CSV_EOL, csvTextRecord } from './csv.js';
import { writeDocx, type DocxBlock, type DocxCell } from './docx-package.js';
import { DOCX_STYLES, docxMerged, docxSignatureLine } from './docx.js';
import { escapeHtml as e } from './html-escape.js';
import { escapeMarkdown } from './markdown.js';
import { tableViewCss } from './table-view.js';
import { writeXlsx, type XlsxCell, type XlsxSheet } from './xlsx-package.js';

/** The words of the two lists, in every locale. */
export const LIST_LABELS = {
  powerListTitle: { 'zh-CN': '权力清单', 'zh-TW': '權力清單', en: 'Power list' },
  responsibilityListTitle: { 'zh-CN': '责任清单', 'zh-TW': '責任清單', en: 'Responsibility list' },
  organization: { 'zh-CN': '单位：{name}', 'zh-TW': '單位：{name}', en: 'Organization: {name}' },
  colSeq: { 'zh-CN': '序号', 'zh-TW': '序號', en: 'No.' },
  colPower: { 'zh-CN': '权力事项', 'zh-TW': '權力事項', en: 'Power' },
  colCategory: { 'zh-CN': '权力类别', 'zh-TW': '權力類別', en: 'Category' },
  colPost: { 'zh-CN': '行使岗位', 'zh-TW': '行使崗位', en: 'Exercised by (post)' },
  colSteps: { 'zh-CN': '流程环节', 'zh-TW': '流程環節', en: 'Steps' },
  colMajor: { 'zh-CN': '是否“三重一大”', 'zh-TW': '是否「三重一大」', en: 'Major matter (三重一大)' },
  colCollective: { 'zh-CN': '是否集体决策', 'zh-TW': '是否集體決策', en: 'Decided collectively' },
  colBasis: { 'zh-CN': '设定依据', 'zh-TW': '設定依據', en: 'Legal basis' },
  colRPost: { 'zh-CN': '岗位', 'zh-TW': '崗位', en: 'Post' },
  colStep: { 'zh-CN': '环节', 'zh-TW': '環節', en: 'Step' },
  colDuty: { 'zh-CN': '责任内容', 'zh-TW': '責任內容', en: 'Duty' },
  colAccountability: { 'zh-CN': '追责情形', 'zh-TW': '追責情形', en: 'Held to account when' },
  yes: { 'zh-CN': '是', 'zh-TW': '是', en: 'Yes' },
  no: { 'zh-CN': '否', 'zh-TW': '否', en: 'No' },
  stepArrow: { 'zh-CN': '→', 'zh-TW': '→', en: ' → ' },
  wholePower: { 'zh-CN': '全流程', 'zh-TW': '全流程', en: 'Whole procedure' },
  noBasis: { 'zh-CN': '未注明（请补充设定依据）', 'zh-TW': '未註明（請補充設定依據）', en: 'Not given (add the legal basis)' },
  derivedMark: { 'zh-CN': '＊', 'zh-TW': '＊', en: ' *' },
  derivedNote: {
    'zh-CN': '注：标＊的责任内容和追责情形单位未写明，按权力事项的流程环节及其风险点生成，请核对修改。',
    'zh-TW': '註：標＊的責任內容和追責情形單位未寫明，按權力事項的流程環節及其風險點產生，請核對修改。',
    en: 'Note: duties marked * were not stated by the unit; they are derived from the power\'s steps and risk points. Check and edit them.',
  },
  dutyWithRisks: {
    'zh-CN': '依规依程序办理“{step}”环节，防止{risks}',
    'zh-TW': '依規依程序辦理「{step}」環節，防止{risks}',
    en: 'Handle the step "{step}" by the rules and procedure, preventing: {risks}',
  },
  dutyPlain: {
    'zh-CN': '依规依程序办理“{step}”环节，全程留痕',
    'zh-TW': '依規依程序辦理「{step}」環節，全程留痕',
    en: 'Handle the step "{step}" by the rules and procedure, with a full record',
  },
  accountabilityWithRisks: {
    'zh-CN': '未履行或未正确履行“{step}”环节职责，出现上述情形的，依规依纪依法追究责任',
    'zh-TW': '未履行或未正確履行「{step}」環節職責，出現上述情形者，依規依紀依法追究責任',
    en: 'Failing to perform the duties of the step "{step}" so that any of the above happens: held to account under the rules, discipline and law',
  },
  accountabilityPlain: {
    'zh-CN': '未按规定程序办理“{step}”环节、造成不良后果的，依规依纪依法追究责任',
    'zh-TW': '未按規定程序辦理「{step}」環節、造成不良後果者，依規依紀依法追究責任',
    en: 'Handling the step "{step}" against the procedure with harmful results: held to account under the rules, discipline and law',
  },
  accountabilityNone: { 'zh-CN': '未注明', 'zh-TW': '未註明', en: 'Not given' },
  riskSeparator: { 'zh-CN': '；', 'zh-TW': '；', en: '; ' },
} as const satisfies Record<string, LocalizedText>;

type ListLabelKey = keyof typeof LIST_LABELS;

/** Relative widths (percent) of the power list's columns, in every format that sets widths. */
const POWER_LIST_WIDTHS: readonly number[] = [5, 18, 9, 13, 22, 8, 8, 17];
/** Relative widths (percent) of the responsibility list's columns. */
const RESPONSIBILITY_LIST_WIDTHS: readonly number[] = [13, 17, 10, 32, 28];
/** The power list's columns written centred: 序号, 是否“三重一大”, 是否集体决策. */
const POWER_LIST_CENTRED: ReadonlySet<number> = new Set([0, 5, 6]);

function L(key: ListLabelKey, locale: Locale, params?: Readonly<Record<string, string>>): string {
  const text: string = LIST_LABELS[key][locale];
  return params === undefined ? text : fill(text, params, locale);
}

/** A row of the power list. */
export interface PowerListRow {
  readonly number: number;
  readonly power: string;
  readonly category: string;
  readonly post: string;
  readonly steps: string;
  readonly majorMatter: string;
  readonly collectiveDecision: string;
  readonly legalBasis: string;
}

/** A row of the responsibility list. */
export interface ResponsibilityListRow {
  readonly post: string;
  readonly power: string;
  readonly step: string;
  readonly duty: string;
  readonly accountability: string;
  /** Derived by the library, not stated by the unit. */
  readonly derived: boolean;
  /** How many rows the post and power cells cover: at least 1 on the first row of the group, 0 on the rows covered. */
  readonly spans: { readonly post: number; readonly power: number };
}

/** The two lists of a document in one language. */
export interface PowerAndResponsibilityLists {
  readonly locale: Locale;
  readonly organization?: string;
  readonly powerList: { readonly title: string; readonly columns: readonly string[]; readonly rows: readonly PowerListRow[] };
  readonly responsibilityList: {
    readonly title: string;
    readonly columns: readonly string[];
    readonly rows: readonly ResponsibilityListRow[];
    /** Explains the ＊ of derived rows; empty when no row is derived. */
    readonly note: string;
  };
}

function derivedResponsibilities(power: Power, locale: Locale): { step: string; duty: string; accountability: string }[] {
  return power.steps.map((step) => {
    const risks = power.riskPoints.filter((rp) => rp.step === step).map((rp) => rp.description);
    return risks.length > 0
      ? {
          step,
          duty: L('dutyWithRisks', locale, { step, risks: risks.join(L('riskSeparator', locale)) }),
          accountability: L('accountabilityWithRisks', locale, { step }),
        }
      : { step, duty: L('dutyPlain', locale, { step }), accountability: L('accountabilityPlain', locale, { step }) };
  });
}

/**
 * Builds the power list and the responsibility list of a document.
 * @param doc - a validated document
 * @param locale - the language of the lists' own words; the unit's texts are shown as written
 * @returns both lists
 * @example
 * const lists = powerAndResponsibilityLists(parseDocument(json), 'zh-CN');
 * lists.powerList.rows[0]?.legalBasis
 */
export function powerAndResponsibilityLists(doc: OrganizationDocument, locale: Locale): PowerAndResponsibilityLists {
  const loc: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const yesNo = (b: boolean): string => L(b ? 'yes' : 'no', loc);
  const powerRows: PowerListRow[] = [];
  const respRows: { post: string; power: string; step: string; duty: string; accountability: string; derived: boolean; spans: { post: number; power: number } }[] = [];
  for (const post of doc.posts) {
    const postStart = respRows.length;
    for (const power of post.powers) {
      powerRows.push({
        number: powerRows.length + 1,
        power: power.name,
        category: termLabel(POWER_CATEGORIES, power.category, loc),
        post: post.name,
        steps: power.steps.join(L('stepArrow', loc)),
        majorMatter: yesNo(power.majorMatter),
        collectiveDecision: yesNo(power.collectiveDecision),
        legalBasis: power.legalBasis !== undefined && power.legalBasis.trim() !== '' ? power.legalBasis : L('noBasis', loc),
      });
      const powerStart = respRows.length;
      const stated = power.responsibilities !== undefined && power.responsibilities.length > 0;
      const items = stated
        ? power.responsibilities!.map((r) => ({
            step: r.step ?? L('wholePower', loc),
            duty: r.duty,
            accountability: r.accountability ?? L('accountabilityNone', loc),
            derived: false,
          }))
        : derivedResponsibilities(power, loc).map((r) => ({ ...r, derived: true }));
      for (const item of items) respRows.push({ post: post.name, power: power.name, ...item, spans: { post: 0, power: 0 } });
      if (respRows.length > powerStart) respRows[powerStart]!.spans.power = respRows.length - powerStart;
    }
    if (respRows.length > postStart) respRows[postStart]!.spans.post = respRows.length - postStart;
  }
  const anyDerived = respRows.some((r) => r.derived);
  return {
    locale: loc,
    ...(doc.organization === undefined ? {} : { organization: doc.organization }),
    powerList: {
      title: L('powerListTitle', loc),
      columns: (['colSeq', 'colPower', 'colCategory', 'colPost', 'colSteps', 'colMajor', 'colCollective', 'colBasis'] as const).map((k) => L(k, loc)),
      rows: powerRows,
    },
    responsibilityList: {
      title: L('responsibilityListTitle', loc),
      columns: (['colRPost', 'colPower', 'colStep', 'colDuty', 'colAccountability'] as const).map((k) => L(k, loc)),
      rows: respRows,
      note: anyDerived ? L('derivedNote', loc) : '',
    },
  };
}

/** The cells of a power-list row, in column order. */
export function powerListCells(row: PowerListRow): string[] {
  return [String(row.number), row.power, row.category, row.post, row.steps, row.majorMatter, row.collectiveDecision, row.legalBasis];
}

/** The cells of a responsibility-list row, in column order; a derived duty carries the ＊ mark. */
export function responsibilityListCells(row: ResponsibilityListRow, locale: Locale): string[] {
  return [row.post, row.power, row.step, row.derived ? row.duty + L('derivedMark', locale) : row.duty, row.accountability];
}

/**
 * The two lists as Markdown: the power list, then the responsibility list (post and power written on
 * the first row of their group, blank on the rows it covers), then the note on derived rows.
 * @param lists - from {@link powerAndResponsibilityLists}
 * @returns Markdown text
 */
export function listsMarkdown(lists: PowerAndResponsibilityLists): string {
  const m = escapeMarkdown;
  const row = (cells: readonly string[]): string => `| ${cells.map(m).join(' | ')} |\n`;
  const head = (cells: readonly string[]): string => row(cells) + `| ${cells.map((_, i) => (i === 0 && cells === lists.powerList.columns ? '---:' : '---')).join(' | ')} |\n`;
  const out: string[] = [`# ${m(lists.powerList.title)}\n\n`];
  if (lists.organization !== undefined) out.push(`${m(L('organization', lists.locale, { name: lists.organization }))}\n\n`);
  out.push(head(lists.powerList.columns));
  for (const r of lists.powerList.rows) out.push(row(powerListCells(r)));
  out.push(`\n# ${m(lists.responsibilityList.title)}\n\n`);
  if (lists.organization !== undefined) out.push(`${m(L('organization', lists.locale, { name: lists.organization }))}\n\n`);
  out.push(head(lists.responsibilityList.columns));
  for (const r of lists.responsibilityList.rows) {
    const cells = responsibilityListCells(r, lists.locale);
    if (r.spans.post === 0) cells[0] = '';
    if (r.spans.power === 0) cells[1] = '';
    out.push(row(cells));
  }
  if (lists.responsibilityList.note !== '') out.push(`\n${m(lists.responsibilityList.note)}\n`);
  return out.join('');
}

/**
 * The two lists as one HTML page that prints on A4 landscape, each list starting on a new page,
 * header rows repeated, the post and power cells of the responsibility list merged.
 * @param lists - from {@link powerAndResponsibilityLists}
 * @returns the HTML document (the table view's stylesheet)
 */
export function listsHtml(lists: PowerAndResponsibilityLists): string {
  const locale = lists.locale;
  const sub = lists.organization !== undefined ? `<div class="sub"><p>${e(L('organization', locale, { name: lists.organization }))}</p></div>` : '';
  const ths = (cols: readonly string[]): string => `<thead><tr>${cols.map((c) => `<th>${e(c)}</th>`).join('')}</tr></thead>`;
  const colgroup = (widths: readonly number[]): string => `<colgroup>${widths.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>`;
  const powerRows = lists.powerList.rows.map((r) => `<tr>${powerListCells(r).map((c, i) => `<td${POWER_LIST_CENTRED.has(i) ? ' class="c"' : ''}>${e(c)}</td>`).join('')}</tr>`);
  const respRows = lists.responsibilityList.rows.map((r) => {
    const cells = responsibilityListCells(r, locale);
    const td = (i: number, span: number): string => (span === 0 ? '' : `<td${span > 1 ? ` rowspan="${span}"` : ''}>${e(cells[i]!)}</td>`);
    return `<tr>${td(0, r.spans.post)}${td(1, r.spans.power)}<td class="c">${e(cells[2]!)}</td><td class="ms">${e(cells[3]!)}</td><td class="ms">${e(cells[4]!)}</td></tr>`;
  });
  return [
    '<!DOCTYPE html>',
    `<html lang="${locale === 'en' ? 'en' : locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(`${lists.powerList.title} · ${lists.responsibilityList.title}`)}</title>`,
    `<style>${tableViewCss(locale)}</style>`,
    '</head>',
    '<body>',
    '<main class="sheet">',
    '<section class="card">',
    `<h1>${e(lists.powerList.title)}</h1>`,
    sub,
    `<table>${colgroup(POWER_LIST_WIDTHS)}${ths(lists.powerList.columns)}<tbody>`,
    ...powerRows,
    '</tbody></table>',
    '</section>',
    '<section class="card">',
    `<h1>${e(lists.responsibilityList.title)}</h1>`,
    sub,
    `<table>${colgroup(RESPONSIBILITY_LIST_WIDTHS)}${ths(lists.responsibilityList.columns)}<tbody>`,
    ...respRows,
    '</tbody></table>',
    lists.responsibilityList.note !== '' ? `<p class="muted">${e(lists.responsibilityList.note)}</p>` : '',
    '</section>',
    '</main>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((line, i, all) => line !== '' || i === all.length - 1)
    .join('\n');
}

/**
 * The two lists as CSV (UTF-8 with BOM, CRLF, cells neutralised against formulas): the power list's
 * title row, header and rows, an empty record, then the responsibility list's (every row complete,
 * nothing merged, so a sheet can sort and filter it).
 * @param lists - from {@link powerAndResponsibilityLists}
 * @returns CSV text
 */
export function listsCsv(lists: PowerAndResponsibilityLists): string {
  const out: string[] = [CSV_BOM];
  const rec = (cells: readonly string[]): void => {
    out.push(csvTextRecord(cells) + CSV_EOL);
  };
  rec([lists.powerList.title]);
  rec(lists.powerList.columns);
  for (const r of lists.powerList.rows) rec(powerListCells(r));
  out.push(CSV_EOL);
  rec([lists.responsibilityList.title]);
  rec(lists.responsibilityList.columns);
  for (const r of lists.responsibilityList.rows) rec(responsibilityListCells(r, lists.locale));
  if (lists.responsibilityList.note !== '') rec([lists.responsibilityList.note]);
  return out.join('');
}

/** The line under a list's title: the unit, where the document names it. */
function organizationLine(lists: PowerAndResponsibilityLists): string | undefined {
  return lists.organization === undefined ? undefined : L('organization', lists.locale, { name: lists.organization });
}

/** The title of the two lists together, for a file's properties. */
function listsTitle(lists: PowerAndResponsibilityLists): string {
  const both = `${lists.powerList.title} · ${lists.responsibilityList.title}`;
  return lists.organization === undefined ? both : `${lists.organization} ${both}`;
}

/**
 * The two lists as a Word document (.docx) on A4 landscape: the power list, then on a new page the
 * responsibility list (the post and power cells merged down their rows, the note on derived rows
 * under it), each a real table whose header row repeats on every page and each closed by the
 * signature block (编制单位（盖章）、审核人、编制日期); Chinese fonts declared, pages numbered.
 * Deterministic: the same lists give the same bytes.
 * @param lists - from {@link powerAndResponsibilityLists}
 * @returns the document's bytes
 * @example
 * fs.writeFileSync('权力清单和责任清单.docx', listsDocx(powerAndResponsibilityLists(doc, 'zh-CN')));
 */
export function listsDocx(lists: PowerAndResponsibilityLists): Uint8Array {
  const locale = lists.locale;
  const org = organizationLine(lists);
  const signature = docxSignatureLine(signatureBlock(lists.organization, locale));
  const heading = (title: string, newPage: boolean): DocxBlock[] => [
    { paragraph: title, style: newPage ? { ...DOCX_STYLES.title, pageBreakBefore: true } : DOCX_STYLES.title },
    ...(org === undefined ? [] : [{ paragraph: org, style: DOCX_STYLES.subtitle }]),
  ];
  const closing: DocxBlock[] = [
    { paragraph: '', style: DOCX_STYLES.signature },
    { paragraph: signature, style: DOCX_STYLES.signature },
  ];
  const powerRows = lists.powerList.rows.map((r) =>
    powerListCells(r).map((text, i): DocxCell => (POWER_LIST_CENTRED.has(i) ? { lines: [text], align: 'center' } : { lines: [text] })),
  );
  const respRows = lists.responsibilityList.rows.map((r): DocxCell[] => {
    const cells = responsibilityListCells(r, locale);
    return [docxMerged([cells[0]!], r.spans.post), docxMerged([cells[1]!], r.spans.power), { lines: [cells[2]!], align: 'center' }, { lines: [cells[3]!] }, { lines: [cells[4]!] }];
  });
  const note = lists.responsibilityList.note;
  return writeDocx({
    title: listsTitle(lists),
    locale,
    body: [
      ...heading(lists.powerList.title, false),
      { table: { widths: POWER_LIST_WIDTHS, header: lists.powerList.columns, rows: powerRows, cantSplit: true } },
      ...closing,
      ...heading(lists.responsibilityList.title, true),
      { table: { widths: RESPONSIBILITY_LIST_WIDTHS, header: lists.responsibilityList.columns, rows: respRows, cantSplit: true } },
      ...(note === '' ? [] : [{ paragraph: note, style: { size: 18, align: 'left' } as const }]),
      ...closing,
    ],
    footer: CATALOG_TABLE_LABELS.pageOf[locale],
  });
}

/** Characters of a sheet column per percent of a list's width: about 200 characters, as A4 landscape prints. */
const SHEET_CHARS_PER_PERCENT = 2;

/** The columns where the signature block's three items start: at a third and two thirds of the width. */
function signatureColumns(widths: readonly number[]): number[] {
  const total = widths.reduce((a, b) => a + b, 0);
  const starts = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0));
  return [0, 1, 2].map((k) => Math.max(0, starts.findIndex((s) => s >= (k * total) / 3)));
}

/** The rows under a sheet's table: the note (if any), then the signature block. */
function sheetFooter(widths: readonly number[], note: string, lists: PowerAndResponsibilityLists): XlsxCell[][] {
  const signature: XlsxCell[] = widths.map(() => null);
  const at = signatureColumns(widths);
  signatureBlock(lists.organization, lists.locale).forEach((s, k) => (signature[at[k]!] = { text: `${s.label}：${s.value}` }));
  if (note === '') return [signature];
  const noteRow: XlsxCell[] = widths.map(() => null);
  noteRow[0] = { text: note };
  return [noteRow, signature];
}

/**
 * The two lists as an Excel workbook (.xlsx): one sheet per list, each with its title row (and the
 * unit), the header frozen and filtered, column widths, wrapped text, printed on A4 landscape with
 * the header repeated, and the signature block under the table. Every row of the responsibility
 * list is complete (the post and the power on each row, nothing merged), so the sheet sorts and
 * filters as the CSV does; the note on derived rows stands under it. Deterministic.
 * @param lists - from {@link powerAndResponsibilityLists}
 * @returns the workbook's bytes
 * @example
 * fs.writeFileSync('权力清单和责任清单.xlsx', listsXlsx(powerAndResponsibilityLists(doc, 'zh-CN')));
 */
export function listsXlsx(lists: PowerAndResponsibilityLists): Uint8Array {
  const org = organizationLine(lists);
  const titled = (title: string): string => (org === undefined ? title : `${title}　${org}`);
  const columns = (widths: readonly number[], numberAt?: number) =>
    widths.map((w, i) => ({ width: Math.max(8, w * SHEET_CHARS_PER_PERCENT), kind: i === numberAt ? ('number' as const) : ('text' as const) }));
  const power: XlsxSheet = {
    name: lists.powerList.title,
    title: titled(lists.powerList.title),
    columns: columns(POWER_LIST_WIDTHS, 0),
    header: lists.powerList.columns,
    rows: lists.powerList.rows.map((r) => powerListCells(r).map((text, i): XlsxCell => (i === 0 ? { number: r.number } : { text }))),
    footer: sheetFooter(POWER_LIST_WIDTHS, '', lists),
    landscape: true,
  };
  const responsibility: XlsxSheet = {
    name: lists.responsibilityList.title,
    title: titled(lists.responsibilityList.title),
    columns: columns(RESPONSIBILITY_LIST_WIDTHS),
    header: lists.responsibilityList.columns,
    rows: lists.responsibilityList.rows.map((r) => responsibilityListCells(r, lists.locale).map((text): XlsxCell => ({ text }))),
    footer: sheetFooter(RESPONSIBILITY_LIST_WIDTHS, lists.responsibilityList.note, lists),
    landscape: true,
  };
  // No dropdowns: the hidden list sheet is never written, its name is only required.
  return writeXlsx({ title: listsTitle(lists), listSheetName: '_lists', sheets: [power, responsibility] });
}
