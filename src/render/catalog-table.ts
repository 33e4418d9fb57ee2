/**
 * The 一览表 as a table model (岗位廉政风险防控一览表): one row per risk point in the column order
 * published catalogs use, with every cell already in words for people (no ids), the responsible
 * tiers resolved to roles of the post, the measures numbered and short, and the merge spans of the
 * department, post and power cells. Format-independent: the HTML and Markdown table views, the Word
 * document and the table sheet of the workbook all render this one model, so they say the same.
 */
import type { CatalogPost, CatalogRiskPoint, CatalogSource } from '../catalog/types.js';
import { DEFAULT_LOCALE, fill, isLocale, type Locale, type LocalizedText } from '../i18n/locale.js';
import { type SelectedMeasure } from '../measures/types.js';
import { type Level, LEVELS, OWNER_TIERS, type OwnerTier, type Rank, RISK_CATEGORIES, termLabel } from '../model/enums.js';
import type { OwnMeasure } from '../model/document.js';

/** The columns of the 一览表, in the order published catalogs use. */
export const CATALOG_TABLE_COLUMNS = [
  'number',
  'department',
  'post',
  'power',
  'step',
  'riskPoint',
  'riskCategory',
  'level',
  'measures',
  'responsible',
] as const;

/** A column of the 一览表. */
export type CatalogTableColumnKey = (typeof CATALOG_TABLE_COLUMNS)[number];

/** Column headings and relative widths (percent of the table's width; they add up to 100). */
export const CATALOG_TABLE_COLUMN_DEFS = {
  number: { label: { 'zh-CN': '序号', 'zh-TW': '序號', en: 'No.' }, width: 3.5 },
  department: { label: { 'zh-CN': '科室（部门）', 'zh-TW': '科室（部門）', en: 'Section (department)' }, width: 6 },
  post: { label: { 'zh-CN': '岗位', 'zh-TW': '崗位', en: 'Post' }, width: 9 },
  power: { label: { 'zh-CN': '权力事项', 'zh-TW': '權力事項', en: 'Power' }, width: 9 },
  step: { label: { 'zh-CN': '流程环节', 'zh-TW': '流程環節', en: 'Step' }, width: 5.5 },
  riskPoint: { label: { 'zh-CN': '风险点（表现形式）', 'zh-TW': '風險點（表現形式）', en: 'Risk point (how it shows)' }, width: 18 },
  riskCategory: { label: { 'zh-CN': '风险类别', 'zh-TW': '風險類別', en: 'Risk category' }, width: 5.5 },
  level: { label: { 'zh-CN': '风险等级', 'zh-TW': '風險等級', en: 'Level' }, width: 4.5 },
  measures: { label: { 'zh-CN': '防控措施', 'zh-TW': '防控措施', en: 'Prevention measures' }, width: 28 },
  responsible: { label: { 'zh-CN': '责任人', 'zh-TW': '責任人', en: 'Responsible' }, width: 11 },
} as const satisfies Record<CatalogTableColumnKey, { readonly label: LocalizedText; readonly width: number }>;

/** The words of the table that are not column headings, in every locale. */
export const CATALOG_TABLE_LABELS = {
  title: { 'zh-CN': '岗位廉政风险防控一览表', 'zh-TW': '崗位廉政風險防控一覽表', en: 'Post Integrity Risk Catalog' },
  organization: { 'zh-CN': '单位：{name}', 'zh-TW': '單位：{name}', en: 'Organization: {name}' },
  assessedOn: { 'zh-CN': '评估日期：{date}', 'zh-TW': '評估日期：{date}', en: 'Assessed on: {date}' },
  signPreparedBy: { 'zh-CN': '编制单位（盖章）', 'zh-TW': '編製單位（蓋章）', en: 'Prepared by (seal)' },
  signReviewedBy: { 'zh-CN': '审核人', 'zh-TW': '審核人', en: 'Reviewed by' },
  signDate: { 'zh-CN': '编制日期', 'zh-TW': '編製日期', en: 'Date prepared' },
  noPowers: { 'zh-CN': '该岗位未列出权力事项', 'zh-TW': '該崗位未列出權力事項', en: 'No powers are listed for this post' },
  noRiskPoints: { 'zh-CN': '未识别风险点', 'zh-TW': '未識別風險點', en: 'No risk points identified' },
  noMeasures: { 'zh-CN': '无', 'zh-TW': '無', en: 'None' },
  postWidePower: { 'zh-CN': '岗位通用措施', 'zh-TW': '崗位通用措施', en: 'Measures for the whole post' },
  postWideScope: { 'zh-CN': '适用于本岗位各项权力事项', 'zh-TW': '適用於本崗位各項權力事項', en: "Apply to all of the post's powers" },
  keyPost: { 'zh-CN': '（重点岗位）', 'zh-TW': '（重點崗位）', en: ' (key post)' },
  inPlace: { 'zh-CN': '{title}（已落实）', 'zh-TW': '{title}（已落實）', en: '{title} (in place)' },
  proposed: { 'zh-CN': '{title}（建议）', 'zh-TW': '{title}（建議）', en: '{title} (proposed)' },
  numbered: { 'zh-CN': '{n}. {text}', 'zh-TW': '{n}. {text}', en: '{n}. {text}' },
  cardsTitle: { 'zh-CN': '岗位廉政风险防控卡', 'zh-TW': '崗位廉政風險防控卡', en: 'Post Integrity Risk Cards' },
  powerHeading: { 'zh-CN': '权力事项：{power}', 'zh-TW': '權力事項：{power}', en: 'Power: {power}' },
  pageOf: { 'zh-CN': '第 {page} 页 共 {pages} 页', 'zh-TW': '第 {page} 頁 共 {pages} 頁', en: 'Page {page} of {pages}' },
} as const satisfies Record<string, LocalizedText>;

/** A key of {@link CATALOG_TABLE_LABELS}. */
export type CatalogTableLabelKey = keyof typeof CATALOG_TABLE_LABELS;

/**
 * A label of the table in a locale, with its placeholders filled.
 * @param key - the label's key
 * @param locale - the language
 * @param params - values for `{name}` placeholders
 * @returns the text
 */
export function catalogTableLabel(key: CatalogTableLabelKey, locale: Locale, params?: Readonly<Record<string, string | number>>): string {
  const text: string = CATALOG_TABLE_LABELS[key][locale];
  return params === undefined ? text : fill(text, params, locale);
}

/**
 * Roles a responsible tier stands for, by the rank of the post it is resolved against. The roles
 * follow who answers to whom (a staff post to its department head, a department head to the leader
 * in charge, a deputy to the principal, the principal to the leadership team and the discipline
 * body above); nobody is named as supervising himself, so a tier at or below the post's own level
 * resolves to the post itself. `{post}` and `{department}` are the post's name and department.
 */
export const RESPONSIBLE_ROLES = {
  staff: {
    direct: { 'zh-CN': '{post}', 'zh-TW': '{post}', en: '{post}' },
    'department-head': { 'zh-CN': '{department}负责人', 'zh-TW': '{department}主管', en: 'Head of {department}' },
    'leader-in-charge': { 'zh-CN': '分管领导', 'zh-TW': '分管領導', en: 'Leader in charge' },
    'principal-leader': { 'zh-CN': '主要负责人', 'zh-TW': '主要負責人', en: 'Principal' },
    'leadership-team': { 'zh-CN': '领导班子', 'zh-TW': '領導班子', en: 'Leadership team' },
    discipline: { 'zh-CN': '纪检监察组', 'zh-TW': '紀檢監察組', en: 'Discipline inspection team' },
    'higher-discipline': { 'zh-CN': '上级纪委、派驻纪检监察组', 'zh-TW': '上級紀委、派駐紀檢監察組', en: 'Discipline body above (resident inspection team)' },
  },
  middle: {
    direct: { 'zh-CN': '{post}', 'zh-TW': '{post}', en: '{post}' },
    'department-head': { 'zh-CN': '{post}', 'zh-TW': '{post}', en: '{post}' },
    'leader-in-charge': { 'zh-CN': '分管领导', 'zh-TW': '分管領導', en: 'Leader in charge' },
    'principal-leader': { 'zh-CN': '主要负责人', 'zh-TW': '主要負責人', en: 'Principal' },
    'leadership-team': { 'zh-CN': '领导班子', 'zh-TW': '領導班子', en: 'Leadership team' },
    discipline: { 'zh-CN': '纪检监察组', 'zh-TW': '紀檢監察組', en: 'Discipline inspection team' },
    'higher-discipline': { 'zh-CN': '上级纪委、派驻纪检监察组', 'zh-TW': '上級紀委、派駐紀檢監察組', en: 'Discipline body above (resident inspection team)' },
  },
  deputy: {
    direct: { 'zh-CN': '{post}', 'zh-TW': '{post}', en: '{post}' },
    'department-head': { 'zh-CN': '{post}', 'zh-TW': '{post}', en: '{post}' },
    'leader-in-charge': { 'zh-CN': '{post}', 'zh-TW': '{post}', en: '{post}' },
    'principal-leader': { 'zh-CN': '主要负责人', 'zh-TW': '主要負責人', en: 'Principal' },
    'leadership-team': { 'zh-CN': '领导班子', 'zh-TW': '領導班子', en: 'Leadership team' },
    discipline: { 'zh-CN': '纪检监察组', 'zh-TW': '紀檢監察組', en: 'Discipline inspection team' },
    'higher-discipline': { 'zh-CN': '上级纪委、派驻纪检监察组', 'zh-TW': '上級紀委、派駐紀檢監察組', en: 'Discipline body above (resident inspection team)' },
  },
  principal: {
    direct: { 'zh-CN': '{post}', 'zh-TW': '{post}', en: '{post}' },
    'department-head': { 'zh-CN': '{post}', 'zh-TW': '{post}', en: '{post}' },
    'leader-in-charge': { 'zh-CN': '{post}', 'zh-TW': '{post}', en: '{post}' },
    'principal-leader': { 'zh-CN': '{post}', 'zh-TW': '{post}', en: '{post}' },
    'leadership-team': { 'zh-CN': '领导班子', 'zh-TW': '領導班子', en: 'Leadership team' },
    discipline: { 'zh-CN': '上级纪委、派驻纪检监察组', 'zh-TW': '上級紀委、派駐紀檢監察組', en: 'Discipline body above (resident inspection team)' },
    'higher-discipline': { 'zh-CN': '上级纪委、派驻纪检监察组', 'zh-TW': '上級紀委、派駐紀檢監察組', en: 'Discipline body above (resident inspection team)' },
  },
} as const satisfies Record<Rank, Record<OwnerTier, LocalizedText>>;

/**
 * The people responsible for some measures of a post, as roles: each tier present resolved against
 * the post's rank, closest to the work first, each role once.
 * @param post - the post the measures belong to (its name, department and rank)
 * @param tiers - the responsible tiers of the measures, in any order, repeats allowed
 * @param locale - the language
 * @returns the roles, e.g. `['出纳', '计划财务股负责人', '纪检监察组']`
 * @example
 * responsibleRoles({ name: '出纳', department: '财务股', rank: 'staff' }, ['direct', 'discipline'], 'zh-CN') // ['出纳', '纪检监察组']
 */
export function responsibleRoles(
  post: { readonly name: string; readonly department: string; readonly rank: Rank },
  tiers: Iterable<OwnerTier>,
  locale: Locale,
): string[] {
  const present = new Set(tiers);
  const roles: string[] = [];
  const table: Record<OwnerTier, LocalizedText> = RESPONSIBLE_ROLES[post.rank] ?? RESPONSIBLE_ROLES.staff;
  for (const tier of OWNER_TIERS) {
    if (!present.has(tier)) continue;
    // Filled by plain replacement: a post's name is data, never a template.
    const role = table[tier][locale].replace('{post}', post.name).replace('{department}', post.department);
    if (!roles.includes(role)) roles.push(role);
  }
  return roles;
}

/**
 * A risk point's measures as short numbered lines (`1. 全程留痕`): the unit's own first, then the
 * templates in catalog order, the ones in place marked (and the proposals, when own measures precede them).
 * @param measures - the risk point's template measures
 * @param own - the unit's own measures
 * @param locale - the language
 * @returns one line per measure
 */
export function shortMeasureLines(measures: readonly SelectedMeasure[], locale: Locale, own: readonly OwnMeasure[] = []): string[] {
  // The unit's own measures first, in its words and order; proposals after them are marked.
  const lines = own.map((m) => m.text);
  for (const m of measures) {
    lines.push(
      m.status === 'in-place'
        ? catalogTableLabel('inPlace', locale, { title: m.title[locale] })
        : own.length > 0
          ? catalogTableLabel('proposed', locale, { title: m.title[locale] })
          : m.title[locale],
    );
  }
  return lines.map((text, i) => catalogTableLabel('numbered', locale, { n: i + 1, text }));
}

/** How many rows a merged cell covers: at least 1 on the first row of its group, 0 on the rows it covers. */
export interface CatalogTableSpans {
  readonly department: number;
  readonly post: number;
  readonly power: number;
}

/**
 * One row of the 一览表: a risk point, or a power without risk points, or a post without powers, or
 * the post's measures for the whole post (after its risk points).
 */
export interface CatalogTableRow {
  /** The running number (序号); absent on a row that stands for a power without risk points or a post without powers. */
  readonly number?: number;
  readonly department: string;
  readonly post: string;
  /** The post is a key post (重点岗位). */
  readonly keyPost: boolean;
  /** The power's name; empty on a post without powers. */
  readonly power: string;
  readonly step: string;
  /** What could go wrong, as the unit writes it; on a row without a risk point, the reason (未识别风险点). */
  readonly riskPoint: string;
  /** The risk category's name; empty on a row without a risk point. */
  readonly riskCategory: string;
  /** The inherent level; absent on a row without a risk point. */
  readonly level?: Level;
  /** The level's word (高/中/低); empty on a row without a risk point. */
  readonly levelText: string;
  /** The measures, numbered and short. */
  readonly measures: readonly string[];
  /** The responsible roles, closest to the work first: the post itself, then the roles its measures' tiers resolve to. */
  readonly responsible: readonly string[];
  /** Merge spans of the department, post and power cells. */
  readonly spans: CatalogTableSpans;
  /** The row lists the measures of the whole post (岗位通用措施), not a risk point's. */
  readonly postWide?: boolean;
}

/** The signature block that closes the table: label and the value already known (the unit's name), if any. */
export interface CatalogTableSignature {
  readonly key: 'preparedBy' | 'reviewedBy' | 'date';
  readonly label: string;
  readonly value: string;
}

/** The 一览表 in one language, ready for any format. */
export interface CatalogTable {
  readonly locale: Locale;
  /** 岗位廉政风险防控一览表. */
  readonly title: string;
  /** Lines under the title: the unit and the assessment date, where known. */
  readonly subtitle: readonly string[];
  /** Column keys in order, with headings and relative widths (percent, adding up to 100). */
  readonly columns: readonly { readonly key: CatalogTableColumnKey; readonly label: string; readonly width: number }[];
  readonly rows: readonly CatalogTableRow[];
  /** 编制单位（盖章）、审核人、编制日期. */
  readonly signature: readonly CatalogTableSignature[];
}

interface MutableRow extends Omit<CatalogTableRow, 'spans'> {
  spans: { department: number; post: number; power: number };
}

/**
 * The rows of one post in the 一览表: one per risk point (a power without risk points and a post
 * without powers get one row saying so), the post and power spans set, the department span left 0
 * for the caller (it may run over several posts).
 * @param post - the post
 * @param locale - the language
 * @param next - the next running number, advanced past the post's risk points
 * @returns the rows
 */
export function postTableRows(post: CatalogPost, locale: Locale, next: { n: number }): CatalogTableRow[] {
  return postRows(post, locale, next);
}

function postRows(post: CatalogPost, locale: Locale, next: { n: number }): MutableRow[] {
  const rows: MutableRow[] = [];
  const base = { department: post.department, post: post.name, keyPost: post.keyPost };
  const blank = { step: '', riskCategory: '', levelText: '', measures: [], responsible: [] };
  const spans = (): MutableRow['spans'] => ({ department: 0, post: 0, power: 0 });
  if (post.powers.length === 0) {
    rows.push({ ...base, ...blank, power: '', riskPoint: catalogTableLabel('noPowers', locale), spans: { department: 0, post: 0, power: 1 } });
  }
  for (const power of post.powers) {
    const first = rows.length;
    if (power.riskPoints.length === 0) {
      rows.push({ ...base, ...blank, power: power.name, riskPoint: catalogTableLabel('noRiskPoints', locale), spans: spans() });
    }
    for (const rp of power.riskPoints) rows.push(riskPointRow(post, power.name, rp, locale, next.n++));
    rows[first]!.spans.power = rows.length - first;
  }
  // The measures of the whole post, listed once under its risk points.
  if (post.postMeasures.length > 0) {
    rows.push({
      ...base,
      ...blank,
      power: catalogTableLabel('postWidePower', locale),
      riskPoint: catalogTableLabel('postWideScope', locale),
      measures: shortMeasureLines(post.postMeasures, locale),
      responsible: responsibleRoles(post, ['direct', ...post.postMeasures.map((m) => m.owner)], locale),
      spans: { department: 0, post: 0, power: 1 },
      postWide: true,
    });
  }
  if (rows.length > 0) rows[0]!.spans.post = rows.length;
  return rows;
}

function riskPointRow(post: CatalogPost, power: string, rp: CatalogRiskPoint, locale: Locale, number: number): MutableRow {
  const measures = shortMeasureLines(rp.measures, locale, rp.ownMeasures);
  return {
    number,
    department: post.department,
    post: post.name,
    keyPost: post.keyPost,
    power,
    step: rp.step,
    riskPoint: rp.description,
    riskCategory: termLabel(RISK_CATEGORIES, rp.riskCategory, locale),
    level: rp.level,
    levelText: termLabel(LEVELS, rp.level, locale),
    measures: measures.length > 0 ? measures : [catalogTableLabel('noMeasures', locale)],
    // The holder of the post is always directly responsible for its own risk point (直接责任人).
    responsible: responsibleRoles(
      post,
      ['direct', ...rp.ownMeasures.flatMap((m) => (m.owner === undefined ? [] : [m.owner])), ...rp.measures.map((m) => m.owner)],
      locale,
    ),
    spans: { department: 0, post: 0, power: 0 },
  };
}

/**
 * Builds the 一览表 of a catalog in one language: one row per risk point (a power without risk
 * points and a post without powers get one row saying so), 序号 running through the table, the
 * department cell merged over consecutive rows of the same department, the post cell over the
 * post's rows, the power cell over the power's rows. The source's posts are iterated once.
 * @param catalog - the catalog (or a streamed source)
 * @param locale - the language of the table's words; the unit's texts are shown as written
 * @returns the table model every table format renders
 * @example
 * const table = catalogTable(catalog, 'zh-CN');
 * table.rows[0]?.responsible // ['党组书记、局长', '领导班子']
 */
export function catalogTable(catalog: CatalogSource, locale: Locale): CatalogTable {
  const loc: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const rows: MutableRow[] = [];
  const next = { n: 1 };
  let departmentStart = -1;
  for (const post of catalog.posts) {
    const start = rows.length;
    rows.push(...postRows(post, loc, next));
    // Posts arrive grouped by department: a department cell spans until the department changes.
    if (departmentStart >= 0 && rows[departmentStart]!.department === post.department) {
      rows[departmentStart]!.spans.department += rows.length - start;
    } else {
      departmentStart = start;
      rows[start]!.spans.department = rows.length - start;
    }
  }
  const subtitle: string[] = [];
  if (catalog.organization !== undefined) subtitle.push(catalogTableLabel('organization', loc, { name: catalog.organization }));
  if (catalog.assessedOn !== undefined) subtitle.push(catalogTableLabel('assessedOn', loc, { date: catalog.assessedOn }));
  return {
    locale: loc,
    title: catalogTableLabel('title', loc),
    subtitle,
    columns: CATALOG_TABLE_COLUMNS.map((key) => ({ key, label: CATALOG_TABLE_COLUMN_DEFS[key].label[loc], width: CATALOG_TABLE_COLUMN_DEFS[key].width })),
    rows,
    signature: signatureBlock(catalog.organization, loc),
  };
}

/**
 * The signature block that closes a table a unit signs and files (the 一览表, the power and
 * responsibility lists): 编制单位（盖章）, with the unit's name where known, 审核人, 编制日期.
 * @param organization - the unit's name, if the document gives it
 * @param locale - the language
 * @returns the three items, in order
 */
export function signatureBlock(organization: string | undefined, locale: Locale): CatalogTableSignature[] {
  return [
    { key: 'preparedBy', label: catalogTableLabel('signPreparedBy', locale), value: organization ?? '' },
    { key: 'reviewedBy', label: catalogTableLabel('signReviewedBy', locale), value: '' },
    { key: 'date', label: catalogTableLabel('signDate', locale), value: '' },
  ];
}

/**
 * The text of one cell of a row, lines joined with `\n`: what a format without rich cells (a sheet
 * cell, a Markdown cell) writes. The post's cell carries the key-post mark.
 * @param row - a row of {@link catalogTable}
 * @param key - the column
 * @param locale - the language (for the key-post mark)
 * @returns the cell's text
 */
export function catalogTableCellText(row: CatalogTableRow, key: CatalogTableColumnKey, locale: Locale): string {
  switch (key) {
    case 'number':
      return row.number === undefined ? '' : String(row.number);
    case 'post':
      return row.keyPost ? row.post + catalogTableLabel('keyPost', locale) : row.post;
    case 'level':
      return row.levelText;
    case 'measures':
      return row.measures.join('\n');
    case 'responsible':
      return row.responsible.join('\n');
    default:
      return row[key];
  }
}
