/**
 * Import of a published 一览表: the sheet a unit already has (序号、科室、岗位、权力事项、流程环节、
 * 风险点、风险类别、风险等级、防控措施、责任人, in any order and wording), with no ids and no ratings.
 * The rows are translated into the library's own sheet layout and read by the same engine as any
 * sheet ({@link importSheetRecords}), so every check, message and row number is the one a sheet in
 * the library's layout gets. Nothing the sheet says is lost: the level is kept as `publishedLevel`,
 * the measures as the unit's own measures with their 责任人, every column not understood is reported.
 */
import { POWER_CATEGORIES, RANKS, RISK_CATEGORIES, termLabel } from '../model/enums.js';
import type { OwnMeasure } from '../model/document.js';
import type { PowerCategory, Rank } from '../model/enums.js';
import { CSV_COLUMNS, encodeList, encodeOwnMeasures, type CsvColumn, type CsvColumnKey } from '../render/csv-columns.js';
import { PROBLEM_MESSAGES } from '../validate/messages.js';
import { problem, type Problem } from '../validate/problem.js';
import type { CsvRecord } from './csv-parse.js';
import { foldCell } from './fold.js';
import { quoteParams } from '../validate/quote.js';

/** What a published column holds. */
export type PublishedField =
  | 'seq'
  | 'department'
  | 'post'
  | 'postLevel'
  | 'power'
  | 'step'
  | 'description'
  | 'riskCategory'
  | 'level'
  | 'measures'
  | 'responsible';

/**
 * The headers published catalogs use for each field, in simplified and traditional Chinese and in
 * English; matched after removing spaces, brackets' contents and a trailing colon, case-insensitive.
 * Declared once; the README prints it.
 */
export const PUBLISHED_HEADERS = {
  seq: ['序号', '编号', '序號', '編號', 'no', 'no.', '#'],
  department: ['单位', '科室', '部门', '处室', '股室', '所在部门', '所在科室', '单位部门', '單位', '部門', '處室', '所在部門', 'department', 'unit'],
  post: ['岗位', '岗位名称', '职位', '职务', '岗位职务', '崗位', '崗位名稱', '職位', '職務', 'post', 'position'],
  postLevel: ['岗位风险等级', '岗位等级', '岗位风险级别', '崗位風險等級', '崗位等級', 'post level', 'post risk level'],
  power: ['权力事项', '职权', '业务事项', '权力名称', '职权名称', '职权事项', '主要职责', '工作职责', '岗位职责', '權力事項', '職權', '業務事項', '主要職責', '崗位職責', 'power', 'duty', 'powers'],
  step: ['流程环节', '环节', '工作环节', '业务环节', '风险环节', '运行环节', '流程環節', '環節', '工作環節', '業務環節', 'step', 'procedure step'],
  description: [
    '风险点', '风险描述', '风险表现', '表现形式', '风险点描述', '廉政风险点', '风险内容', '具体表现', '主要风险点', '风险点及表现形式', '廉洁风险点',
    '風險點', '風險描述', '風險表現', '表現形式', '廉政風險點', '風險內容', 'risk point', 'risk', 'risk description',
  ],
  riskCategory: ['风险类别', '风险类型', '风险种类', '風險類別', '風險類型', 'risk category', 'category'],
  level: ['风险等级', '风险级别', '等级', '风险程度', '风险点等级', '風險等級', '風險級別', '等級', 'level', 'risk level'],
  measures: ['防控措施', '防范措施', '预防措施', '防控举措', '措施', '主要防控措施', '防控對策', '防範措施', '預防措施', '防控舉措', 'measures', 'prevention measures'],
  responsible: ['责任人', '责任领导', '责任主体', '责任部门', '责任科室', '防控责任人', '责任人员', '責任人', '責任領導', '責任主體', '責任部門', 'responsible', 'owner'],
} as const satisfies { readonly [F in PublishedField]: readonly string[] };

/** A header with spaces, bracketed notes (`风险等级（高/中/低）`) and a trailing colon removed. */
function headerKey(header: string): string {
  return foldCell(header)
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[\s:：*＊]/g, '');
}

const FIELD_BY_HEADER: ReadonlyMap<string, PublishedField> = new Map(
  (Object.keys(PUBLISHED_HEADERS) as PublishedField[]).flatMap((f) => PUBLISHED_HEADERS[f].map((h) => [headerKey(h), f] as const)),
);

/**
 * The published field a header names.
 * @param header - a header cell
 * @returns the field, or undefined when the header is not one published catalogs use
 */
export function publishedFieldOf(header: string): PublishedField | undefined {
  return FIELD_BY_HEADER.get(headerKey(header));
}

/** How far down the header row of a published sheet may be (titles and notes come first). */
const HEADER_SEARCH_ROWS = 10;

/**
 * Whether a row is the header of a published sheet: at least three published fields and a risk
 * point column (a sheet in the library's layout, with its id columns, is recognised before this).
 * @param cells - the row's cells
 * @returns true for a published header
 */
export function isPublishedHeader(cells: readonly string[]): boolean {
  const fields = new Set(cells.map(publishedFieldOf).filter((f) => f !== undefined));
  return fields.has('description') && fields.size >= 3;
}

/**
 * The index of a published sheet's header row among the first records, or -1.
 * @param records - the sheet's first records
 * @returns the index
 */
export function publishedHeaderIndex(records: readonly CsvRecord[]): number {
  for (let i = 0; i < records.length && records[i]!.row <= HEADER_SEARCH_ROWS; i++) if (isPublishedHeader(records[i]!.cells)) return i;
  return -1;
}

/** Rules that infer a post's rank from its name (and its department), first match wins. */
export const RANK_RULES: readonly { readonly rank: Rank; readonly pattern: RegExp; readonly leadership?: true; readonly reason: string }[] = [
  { rank: 'deputy', pattern: /纪检组长|纪委书记|纪检监察组长|紀檢組長|紀委書記/, reason: '纪检组长/纪委书记' },
  { rank: 'deputy', pattern: /副(?:书记|書記|局长|局長|院长|院長|校长|校長|主任|镇长|鎮長|乡长|鄉長|县长|縣長|区长|區長|总经理|總經理|所长|所長|站长|站長|馆长|館長|主席|厅长|廳長)/, leadership: true, reason: '副职' },
  { rank: 'principal', pattern: /书记|書記|局长|局長|院长|院長|校长|校長|镇长|鎮長|乡长|鄉長|县长|縣長|区长|區長|总经理|總經理|董事长|董事長|主任|所长|所長|站长|站長|馆长|館長|厅长|廳長/, leadership: true, reason: '正职' },
  { rank: 'middle', pattern: /科长|科長|股长|股長|处长|處長|主任|所长|所長|站长|站長|队长|隊長|部长|部長|经理|經理|组长|組長|主管|负责人|負責人/, reason: '中层' },
];

/** A department that is the unit's leadership: its titles are the unit's principal and deputies. */
const LEADERSHIP = /领导|領導|班子|党组|黨組|党委|黨委|党总支|黨總支|^$/;

/**
 * A post's rank inferred from its name: 副局长 of the 局领导 a deputy, 局长 a principal, 科长/股长
 * a middle manager, anything else staff. Titles like 主任 or 所长 are the unit's principal only in
 * the leadership (领导班子, 党组, or no department given); within a section they are its head.
 * @param name - the post's name
 * @param department - its department as the sheet gives it
 * @returns the rank and the rule's reason
 */
export function inferRank(name: string, department: string): { readonly rank: Rank; readonly reason: string } {
  const lead = LEADERSHIP.test(department.trim());
  for (const rule of RANK_RULES) {
    if (rule.leadership === true && !lead) continue;
    if (rule.pattern.test(name)) return { rank: rule.rank, reason: rule.reason };
  }
  return { rank: 'staff', reason: '一般岗位' };
}

/** Words that name a power's category, in order of precedence (the first category with a match wins). */
export const CATEGORY_WORDS: readonly { readonly category: PowerCategory; readonly words: readonly string[] }[] = [
  { category: 'personnel', words: ['干部', '选拔', '任用', '提拔', '招聘', '录用', '人事', '职称', '评优', '幹部', '選拔', '錄用'] },
  { category: 'procurement', words: ['采购', '招标', '投标', '供应商', '物资', '採購', '招標', '供應商', '物資'] },
  { category: 'project', words: ['工程', '施工', '基建', '建设项目', '承包商', '建設項目'] },
  { category: 'finance', words: ['财务', '资金', '报销', '经费', '预算', '会计', '出纳', '现金', '存款', '收费', '票据', '支付', '拨付', '財務', '資金', '報銷', '經費', '預算', '會計', '撥付'] },
  { category: 'enforcement', words: ['执法', '处罚', '罚款', '稽查', '查处', '執法', '處罰', '罰款'] },
  { category: 'allocation', words: ['补贴', '救助', '低保', '补助', '分配', '指标', '評審', '评审', '補貼', '補助'] },
  { category: 'approval', words: ['审批', '许可', '审核', '登记', '备案', '认定', '核准', '審批', '許可', '審核', '登記', '認定'] },
  { category: 'inspection', words: ['监督', '检查', '巡查', '督查', '监管', '監督', '檢查', '監管'] },
  { category: 'assets', words: ['资产', '房产', '车辆', '设备', '仓库', '資產', '車輛', '設備'] },
];

/**
 * A power's category inferred from its name, then its risk points' texts.
 * @param name - the power's name
 * @param texts - its risk points' descriptions
 * @returns the category and the word that decided it (none: `other`)
 */
export function inferCategory(name: string, texts: readonly string[]): { readonly category: PowerCategory; readonly word?: string } {
  for (const source of [name, texts.join('\n')]) {
    for (const { category, words } of CATEGORY_WORDS) {
      const word = words.find((w) => source.includes(w));
      if (word !== undefined) return { category, word };
    }
  }
  return { category: 'other' };
}

/** Risk-category words of published sheets (思想道德风险, 制度机制风险 …) beside the library's labels. */
function riskCategoryOf(cell: string): string | undefined {
  const text = foldCell(cell).replace(/\s|风险|風險/g, '');
  if (text === '') return undefined;
  for (const c of RISK_CATEGORIES) {
    const labels = Object.values(c.label).map((l) => l.replace(/\s|风险|風險/g, '').toLowerCase());
    if (c.id === text.toLowerCase() || labels.includes(text.toLowerCase())) return c.id;
  }
  // Common short forms: 道德, 职责, 流程, 制度, 外部.
  const short: Record<string, string> = { 道德: 'moral', 思想: 'moral', 职责: 'duty', 職責: 'duty', 流程: 'process', 业务: 'process', 業務: 'process', 制度: 'institution', 机制: 'institution', 機制: 'institution', 外部: 'external', 环境: 'external', 環境: 'external' };
  for (const [w, id] of Object.entries(short)) if (text.includes(w)) return id;
  return cell.trim();
}

/** A measures cell split into its numbered items: `1.…2.…`, `（1）…`, `①…`, or one item a line. */
export function splitMeasures(cell: string): string[] {
  const text = cell.replace(/\r\n?/g, '\n').trim();
  if (text === '') return [];
  const marker = /(?:^|(?<=[\n；;。\s]))\s*(?:\d{1,2}\s*[.、．)）]|[（(]\d{1,2}[)）]|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*/g;
  const starts = [...text.matchAll(marker)];
  const pieces =
    starts.length >= 2 || (starts.length === 1 && starts[0]!.index === 0)
      ? starts.map((m, i) => text.slice(m.index + m[0].length, starts[i + 1]?.index ?? text.length))
      : text.split('\n');
  return pieces.map((p) => p.replace(/\s+/g, ' ').replace(/^[\s；;，,]+|[\s；;，,]+$/g, '')).filter((p) => p !== '');
}

/**
 * A short stable id: FNV-1a over the text, in base 36. The same names give the same id on every
 * import, whatever the rows' order.
 */
function hashId(prefix: string, text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${prefix}-${h.toString(36).padStart(7, '0')}`;
}

/** Keeps ids unique: a repeated id gets `-2`, `-3`, … in the order the rows give it. */
class Ids {
  private readonly used = new Map<string, number>();
  take(id: string): string {
    const n = (this.used.get(id) ?? 0) + 1;
    this.used.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  }
}

/** The organization named by a title row (`某县水利局岗位廉政风险防控一览表` → 某县水利局). */
function organizationOfTitle(title: string): string | undefined {
  const m = /^(.+?)(?:\d{4}年度?)?(?:各?岗位|崗位|廉政|廉洁|廉潔|权力|權力|风险|風險)/.exec(title.trim());
  const org = m?.[1]?.trim();
  return org !== undefined && org.length >= 2 && org.length <= 60 ? org : undefined;
}

/** How {@link translatePublished} reads its records. */
export interface PublishedReadOptions {
  /** Undoes a cell's formula neutralisation (CSV), or leaves it (workbook). */
  readonly clean: (cell: string) => string;
  /** A problem's path for a row and header, as the sheet reader writes it. */
  readonly path: (row: number, header?: string) => string;
}

/** A published sheet translated into the library's layout, for the sheet reader to read. */
export interface PublishedTranslation {
  /** The header record: the sheet's own header where it has the column, a generated one otherwise. */
  readonly header: CsvRecord;
  /** The library column each header of {@link PublishedTranslation.header} names. */
  readonly columnOf: ReadonlyMap<string, CsvColumn>;
  /** The data records, at the sheet's own row numbers. */
  readonly rows: readonly CsvRecord[];
  /** What the translation inferred, assumed or could not read. */
  readonly problems: readonly Problem[];
}

interface Row {
  readonly row: number;
  readonly department: string;
  readonly post: string;
  readonly postLevel: string;
  readonly power: string;
  readonly step: string;
  readonly description: string;
  readonly riskCategory: string;
  readonly level: string;
  readonly measures: readonly OwnMeasure[];
}

const COLUMN: ReadonlyMap<CsvColumnKey, CsvColumn> = new Map((CSV_COLUMNS as readonly CsvColumn[]).map((c) => [c.key as CsvColumnKey, c]));

/** The library's columns a translated row fills, in order; a published header stands for its own column. */
const OUT_KEYS = [
  'organization',
  'post.id',
  'post.name',
  'post.department',
  'post.rank',
  'post.tenureYears',
  'post.publishedLevel',
  'power.id',
  'power.name',
  'power.category',
  'power.steps',
  'riskPoint.id',
  'riskPoint.description',
  'riskPoint.step',
  'riskPoint.riskCategory',
  'riskPoint.ownMeasures',
  'riskPoint.publishedLevel',
] as const satisfies readonly CsvColumnKey[];

/** The published field whose header names a library column in problem paths. */
const FIELD_OF_KEY: Partial<Record<(typeof OUT_KEYS)[number], PublishedField>> = {
  'post.name': 'post',
  'post.department': 'department',
  'post.publishedLevel': 'postLevel',
  'power.name': 'power',
  'riskPoint.description': 'description',
  'riskPoint.step': 'step',
  'riskPoint.riskCategory': 'riskCategory',
  'riskPoint.ownMeasures': 'measures',
  'riskPoint.publishedLevel': 'level',
};

/**
 * Translates a published 一览表 into the library's sheet layout. The records start with the header row
 * ({@link publishedHeaderIndex} finds it; title rows above it may name the unit). Blank department,
 * post, power and step cells repeat the row above (merged cells saved as CSV). Ids are generated:
 * `post-` + a hash of department and post name, `pw-` + a hash of the post id and power name,
 * `rp-` + a hash of the power id, step and risk point text (a repeat gets `-2`, `-3` …), so importing
 * the same sheet again gives the same ids. A post's rank is inferred from its name, a power's
 * category from its name and risk points, each with a warning; the published level is kept as
 * `publishedLevel`, the measures (split at 1. 2. / （1） / ① or lines) as own measures carrying the
 * 责任人 cell. No ratings are set: score with `suggestRatings` (`--suggest-ratings`) or rate them.
 * @param titleRows - the rows above the header (they may hold the title)
 * @param records - the header record, then the data records
 * @param options - how cells are cleaned and problems located
 * @returns the translated records and the problems of the translation; never throws
 */
export function translatePublished(titleRows: readonly CsvRecord[], records: Iterable<CsvRecord>, options: PublishedReadOptions): PublishedTranslation {
  const problems: Problem[] = [];
  const note = (severity: Problem['severity'], code: keyof typeof PROBLEM_MESSAGES, path: string, params: Record<string, string | number>) =>
    // Every string parameter here quotes a cell (a title, a post, a power, a header): cut short.
    problems.push(problem(severity, code, path, PROBLEM_MESSAGES[code], quoteParams(params, Object.keys(params))));
  const { clean } = options;
  const it = records[Symbol.iterator]();
  const first = it.next();
  if (first.done === true) return { header: { row: 1, cells: [] }, columnOf: new Map(), rows: [], problems };
  const header = first.value.cells.map(clean);
  const fieldAt = new Map<PublishedField, number>();
  const unknown: CsvRecord['cells'][number][] = [];
  header.forEach((h, i) => {
    const f = publishedFieldOf(h);
    if (f !== undefined && !fieldAt.has(f)) fieldAt.set(f, i);
    else if (h.trim() !== '') unknown.push(h);
  });
  const cell = (cells: readonly string[], f: PublishedField): string => {
    const i = fieldAt.get(f);
    return i === undefined ? '' : clean(cells[i] ?? '').trim();
  };

  // The title above the header may name the unit.
  let organization: string | undefined;
  for (const r of titleRows) {
    const texts = r.cells.map((c) => c.trim()).filter((c) => c !== '');
    const org = texts.length === 1 ? organizationOfTitle(texts[0]!) : undefined;
    if (org !== undefined) {
      organization = org;
      note('warning', 'published-organization-from-title', options.path(r.row), { title: texts[0]!, organization: org });
      break;
    }
  }

  // Rows, with blank department/post/power/step cells repeating the row above.
  const rows: Row[] = [];
  let prev: Pick<Row, 'department' | 'post' | 'power' | 'step'> = { department: '', post: '', power: '', step: '' };
  for (let next = it.next(); next.done !== true; next = it.next()) {
    const { row, cells } = next.value;
    if (cells.every((c) => c.trim() === '')) continue;
    const description = cell(cells, 'description');
    const department = cell(cells, 'department') || prev.department;
    const postGiven = cell(cells, 'post');
    const post = postGiven || (cell(cells, 'department') !== '' && cell(cells, 'department') !== prev.department ? '' : prev.post);
    const powerGiven = cell(cells, 'power');
    const power = powerGiven || (postGiven !== '' && postGiven !== prev.post ? '' : prev.power);
    const step = cell(cells, 'step') || (powerGiven !== '' && powerGiven !== prev.power ? '' : prev.step);
    prev = { department, post, power, step };
    if (description === '') continue;
    if (post === '') {
      note('error', 'published-post-missing', options.path(row), { row });
      continue;
    }
    const responsible = cell(cells, 'responsible');
    const measures: OwnMeasure[] = splitMeasures(cell(cells, 'measures')).map((text) => ({ text, ...(responsible === '' ? {} : { responsible }) }));
    rows.push({ row, department, post, postLevel: cell(cells, 'postLevel'), power, step, description, riskCategory: cell(cells, 'riskCategory'), level: cell(cells, 'level'), measures });
  }

  // Ids and inferences, post by post and power by power, in the order the sheet gives them.
  const postIds = new Ids();
  const powerIds = new Ids();
  const rpIds = new Ids();
  const postIdOf = new Map<string, string>();
  const powerIdOf = new Map<string, string>();
  const powerTexts = new Map<string, string[]>();
  const powerSteps = new Map<string, string[]>();
  for (const r of rows) {
    const postKey = `${r.department}\u0000${r.post}`;
    if (!postIdOf.has(postKey)) postIdOf.set(postKey, postIds.take(hashId('post', postKey)));
    const powerName = r.power || r.post;
    const powerKey = `${postIdOf.get(postKey)}\u0000${powerName}`;
    if (!powerIdOf.has(powerKey)) powerIdOf.set(powerKey, powerIds.take(hashId('pw', powerKey)));
    const texts = powerTexts.get(powerKey) ?? [];
    texts.push(r.description);
    powerTexts.set(powerKey, texts);
    const steps = powerSteps.get(powerKey) ?? [];
    const step = r.step || DEFAULT_STEP;
    if (!steps.includes(step)) steps.push(step);
    powerSteps.set(powerKey, steps);
  }
  const rankOf = new Map<string, Rank>();
  const categoryOf = new Map<string, PowerCategory>();
  let assumedRiskCategory = 0;
  const out: CsvRecord[] = [];
  for (const r of rows) {
    const postKey = `${r.department}\u0000${r.post}`;
    const postId = postIdOf.get(postKey)!;
    if (!rankOf.has(postId)) {
      const { rank, reason } = inferRank(r.post, r.department);
      rankOf.set(postId, rank);
      note('warning', 'published-rank-inferred', options.path(r.row), { post: r.post, rank: termLabel(RANKS, rank, 'zh-CN'), reason });
    }
    const powerName = r.power || r.post;
    const powerKey = `${postId}\u0000${powerName}`;
    const powerId = powerIdOf.get(powerKey)!;
    if (!categoryOf.has(powerId)) {
      const { category, word } = inferCategory(powerName, powerTexts.get(powerKey) ?? []);
      categoryOf.set(powerId, category);
      note('warning', 'published-category-inferred', options.path(r.row), {
        power: powerName,
        category: termLabel(POWER_CATEGORIES, category, 'zh-CN'),
        reason: word === undefined ? '（没有可依据的词）' : `（据“${word}”）`,
      });
    }
    const step = r.step || DEFAULT_STEP;
    const riskCategory = riskCategoryOf(r.riskCategory);
    if (riskCategory === undefined) assumedRiskCategory++;
    const values: Record<(typeof OUT_KEYS)[number], string> = {
      organization: organization ?? '',
      'post.id': postId,
      'post.name': r.post,
      'post.department': r.department || organization || DEFAULT_DEPARTMENT,
      'post.rank': rankOf.get(postId)!,
      'post.tenureYears': '0',
      'post.publishedLevel': r.postLevel,
      'power.id': powerId,
      'power.name': powerName,
      'power.category': categoryOf.get(powerId)!,
      'power.steps': encodeList(powerSteps.get(powerKey) ?? []),
      'riskPoint.id': rpIds.take(hashId('rp', `${powerId}\u0000${step}\u0000${r.description}`)),
      'riskPoint.description': r.description,
      'riskPoint.step': step,
      'riskPoint.riskCategory': riskCategory ?? 'process',
      'riskPoint.ownMeasures': encodeOwnMeasures(r.measures, 'zh-CN'),
      'riskPoint.publishedLevel': r.level,
    };
    out.push({ row: r.row, cells: OUT_KEYS.map((k) => values[k]) });
  }
  if (assumedRiskCategory > 0) {
    note('warning', 'published-risk-category-assumed', '', { count: assumedRiskCategory, category: termLabel(RISK_CATEGORIES, 'process', 'zh-CN') });
  }
  if (rankOf.size > 0) note('warning', 'published-tenure-unknown', '', { count: rankOf.size });
  for (const h of unknown) {
    note('warning', 'csv-unknown-column', options.path(first.value.row, h.trim()), { row: first.value.row, header: h.trim() });
  }

  // The translated rows are read as any sheet is: the same checks, located at the sheet's own rows
  // and under its own headers where the published sheet has the column.
  const outHeader = OUT_KEYS.map((k) => {
    const f = FIELD_OF_KEY[k];
    const i = f === undefined ? undefined : fieldAt.get(f);
    return i === undefined ? `${COLUMN.get(k)!.header['zh-CN']}（生成）` : (header[i] ?? '').trim();
  });
  const columnOf = new Map(outHeader.map((h, i) => [h, COLUMN.get(OUT_KEYS[i]!)!] as const));
  return { header: { row: first.value.row, cells: outHeader }, columnOf, rows: out, problems };
}

/** The department of posts when the sheet names neither departments nor the unit. */
const DEFAULT_DEPARTMENT = '本单位';

/** The step a risk point gets when the sheet has no 流程环节. */
const DEFAULT_STEP = '履行职责';
