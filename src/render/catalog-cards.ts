/**
 * The post risk cards (岗位廉政风险防控卡) as a model: one card per post with its facts, and per power
 * its procedure (the 防控图 as steps with the numbers of their risk points) and its rows of the
 * 一览表, numbered within the card. Format-independent like {@link catalogTable}: the HTML cards view
 * draws the chart from `power`, a Word document can write `flowText`.
 */
import type { CatalogPower, CatalogPost, CatalogSource } from '../catalog/types.js';
import { DEFAULT_LOCALE, fill, isLocale, type Locale, type LocalizedText } from '../i18n/locale.js';
import { LEVELS, POWER_CATEGORIES, RANKS, termLabel, type Level } from '../model/enums.js';
import { CATALOG_TABLE_COLUMN_DEFS, postTableRows, type CatalogTableColumnKey, type CatalogTableRow } from './catalog-table.js';
import { WARNING_TIER_LABELS } from './labels.js';

/** The words of the cards, in every locale. */
export const POST_CARD_LABELS = {
  title: { 'zh-CN': '岗位廉政风险防控卡', 'zh-TW': '崗位廉政風險防控卡', en: 'Post Integrity Risk Card' },
  organization: { 'zh-CN': '单位', 'zh-TW': '單位', en: 'Organization' },
  department: { 'zh-CN': '科室（部门）', 'zh-TW': '科室（部門）', en: 'Section (department)' },
  post: { 'zh-CN': '岗位', 'zh-TW': '崗位', en: 'Post' },
  rank: { 'zh-CN': '职级', 'zh-TW': '職級', en: 'Rank' },
  level: { 'zh-CN': '岗位风险等级', 'zh-TW': '崗位風險等級', en: 'Post risk level' },
  warning: { 'zh-CN': '预警', 'zh-TW': '預警', en: 'Early warning' },
  nextReview: { 'zh-CN': '下次复核', 'zh-TW': '下次複核', en: 'Next review' },
  keyPostYes: { 'zh-CN': '{post}（重点岗位）', 'zh-TW': '{post}（重點崗位）', en: '{post} (key post)' },
  majorMatter: { 'zh-CN': '“三重一大”事项', 'zh-TW': '「三重一大」事項', en: 'Major matter (三重一大)' },
  collectiveDecision: { 'zh-CN': '集体决策', 'zh-TW': '集體決策', en: 'Decided collectively' },
  flowStep: { 'zh-CN': '{step}（风险点 {list}）', 'zh-TW': '{step}（風險點 {list}）', en: '{step} (risk points {list})' },
  flowArrow: { 'zh-CN': ' → ', 'zh-TW': ' → ', en: ' → ' },
  listSeparator: { 'zh-CN': '、', 'zh-TW': '、', en: ', ' },
  signHolder: { 'zh-CN': '岗位人员（签字）', 'zh-TW': '崗位人員（簽字）', en: 'Post holder (signature)' },
  signDate: { 'zh-CN': '日期', 'zh-TW': '日期', en: 'Date' },
} as const satisfies Record<string, LocalizedText>;

/** The columns of a card's risk-point table, a subset of the 一览表's in the same order. */
export const POST_CARD_COLUMNS = ['number', 'step', 'riskPoint', 'riskCategory', 'level', 'measures', 'responsible'] as const satisfies readonly CatalogTableColumnKey[];

/** A power on a card. */
export interface PostCardPower {
  /** The power's name. */
  readonly name: string;
  /** Its category and flags, as words: `行政审批`, `“三重一大”事项`, `集体决策`. */
  readonly facts: readonly string[];
  /** The procedure's steps in order, each with the card numbers of the risk points at it. */
  readonly flow: readonly { readonly step: string; readonly riskPoints: readonly number[] }[];
  /** The procedure as one line: `受理 → 审查（风险点 1、2） → 决定`. */
  readonly flowText: string;
  /** Its rows, numbered within the card. */
  readonly rows: readonly CatalogTableRow[];
  /** The catalog's power, for a renderer that draws the chart. */
  readonly power: CatalogPower;
}

/** One post's card. */
export interface PostCard {
  /** 岗位廉政风险防控卡. */
  readonly title: string;
  readonly post: string;
  readonly department: string;
  readonly level: Level;
  /** Label and value pairs for the card's head. */
  readonly facts: readonly { readonly label: string; readonly value: string }[];
  /** The columns of the risk-point tables, with headings and widths (percent of the table's width). */
  readonly columns: readonly { readonly key: CatalogTableColumnKey; readonly label: string; readonly width: number }[];
  readonly powers: readonly PostCardPower[];
  /** The measures of the whole post (岗位通用措施), as the 一览表 row lists them; absent when there are none. */
  readonly postMeasures?: CatalogTableRow;
  /** Signature lines: the post holder and the date. */
  readonly signature: readonly { readonly label: string; readonly value: string }[];
}

function L(key: keyof typeof POST_CARD_LABELS, locale: Locale, params?: Readonly<Record<string, string>>): string {
  const text: string = POST_CARD_LABELS[key][locale];
  return params === undefined ? text : fill(text, params, locale);
}

/**
 * The card of one post.
 * @param post - the post
 * @param locale - the language of the card's words
 * @param organization - the unit's name, if known
 * @returns the card model
 */
export function postCard(post: CatalogPost, locale: Locale, organization?: string): PostCard {
  const loc: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const next = { n: 1 };
  const powers = post.powers.map((power): PostCardPower => {
    const rows = postTableRows({ ...post, powers: [power], postMeasures: [] }, loc, next);
    const flow = power.steps.map((step) => ({ step, riskPoints: rows.filter((r) => r.number !== undefined && r.step === step).map((r) => r.number!) }));
    const flowText = flow
      .map((f) => (f.riskPoints.length > 0 ? L('flowStep', loc, { step: f.step, list: f.riskPoints.join(L('listSeparator', loc)) }) : f.step))
      .join(L('flowArrow', loc));
    const facts = [termLabel(POWER_CATEGORIES, power.category, loc)];
    if (power.majorMatter) facts.push(L('majorMatter', loc));
    if (power.collectiveDecision) facts.push(L('collectiveDecision', loc));
    return { name: power.name, facts, flow, flowText, rows, power };
  });
  const facts: { label: string; value: string }[] = [];
  if (organization !== undefined) facts.push({ label: L('organization', loc), value: organization });
  facts.push(
    { label: L('department', loc), value: post.department },
    { label: L('post', loc), value: post.keyPost ? L('keyPostYes', loc, { post: post.name }) : post.name },
    { label: L('rank', loc), value: termLabel(RANKS, post.rank, loc) },
    { label: L('level', loc), value: termLabel(LEVELS, post.level, loc) },
    { label: L('warning', loc), value: WARNING_TIER_LABELS[post.warning.tier][loc] },
  );
  if (post.warning.nextReviewOn !== undefined) facts.push({ label: L('nextReview', loc), value: post.warning.nextReviewOn });
  const total = POST_CARD_COLUMNS.reduce((a, k) => a + CATALOG_TABLE_COLUMN_DEFS[k].width, 0);
  const wide = postTableRows({ ...post, powers: [] }, loc, { n: 0 }).find((r) => r.postWide === true);
  return {
    title: L('title', loc),
    post: post.name,
    department: post.department,
    level: post.level,
    facts,
    // The card drops the department, post and power columns: they head the card and each power.
    columns: POST_CARD_COLUMNS.map((key) => ({
      key,
      label: CATALOG_TABLE_COLUMN_DEFS[key].label[loc],
      width: Math.round((CATALOG_TABLE_COLUMN_DEFS[key].width * 1000) / total) / 10,
    })),
    powers,
    ...(wide === undefined ? {} : { postMeasures: wide }),
    signature: [
      { label: L('signHolder', loc), value: '' },
      { label: L('signDate', loc), value: '' },
    ],
  };
}

/**
 * The cards of every post of a catalog, in catalog order, as they arrive.
 * @param catalog - the catalog (or a streamed source, iterated once)
 * @param locale - the language of the cards' words
 * @returns one card per post
 * @example
 * for (const card of postCards(catalog, 'zh-CN')) console.log(card.post, card.powers.length);
 */
export function* postCards(catalog: CatalogSource, locale: Locale): Generator<PostCard, void, undefined> {
  for (const post of catalog.posts) yield postCard(post, locale, catalog.organization);
}
