/**
 * The closed vocabularies of the document, declared once as data. The validator, the JSON Schema,
 * the CSV import (which also accepts the labels) and every renderer derive from these tables.
 */
import type { LocalizedText } from '../i18n/locale.js';

/** A value of a closed vocabulary with its label in every locale. */
export interface Term<Id extends string = string> {
  /** The stable id written in documents. */
  readonly id: Id;
  /** What a person reads. */
  readonly label: LocalizedText;
}

/** Risk levels, lowest first: the order is used for comparison. */
export const LEVELS = [
  { id: 'low', label: { 'zh-CN': '低', 'zh-TW': '低', en: 'Low' } },
  { id: 'medium', label: { 'zh-CN': '中', 'zh-TW': '中', en: 'Medium' } },
  { id: 'high', label: { 'zh-CN': '高', 'zh-TW': '高', en: 'High' } },
] as const satisfies readonly Term[];

/** A risk level: `low` (低), `medium` (中) or `high` (高). */
export type Level = (typeof LEVELS)[number]['id'];

/** Level ids, lowest first. */
export const LEVEL_IDS: readonly Level[] = LEVELS.map((t) => t.id);

/**
 * Other words published catalogs use for a level (DOMAIN.md, "Level words"), accepted wherever a
 * published level is read: 一级 is the highest where a source defines it.
 */
export const LEVEL_ALIASES = {
  高风险: 'high',
  中风险: 'medium',
  低风险: 'low',
  高風險: 'high',
  中風險: 'medium',
  低風險: 'low',
  高危: 'high',
  中危: 'medium',
  低危: 'low',
  一级: 'high',
  二级: 'medium',
  三级: 'low',
  一級: 'high',
  二級: 'medium',
  三級: 'low',
  '★★★': 'high',
  '★★': 'medium',
  '★': 'low',
  Ⅰ级: 'high',
  Ⅱ级: 'medium',
  Ⅲ级: 'low',
  Ⅰ級: 'high',
  Ⅱ級: 'medium',
  Ⅲ級: 'low',
} as const satisfies Record<string, Level>;

/** Ranks of a post, from the top of the unit down. */
export const RANKS = [
  { id: 'principal', label: { 'zh-CN': '主要负责人（一把手/正职）', 'zh-TW': '主要負責人（一把手/正職）', en: 'Principal' } },
  { id: 'deputy', label: { 'zh-CN': '副职', 'zh-TW': '副職', en: 'Deputy' } },
  { id: 'middle', label: { 'zh-CN': '中层', 'zh-TW': '中層', en: 'Middle manager' } },
  { id: 'staff', label: { 'zh-CN': '一般岗位', 'zh-TW': '一般崗位', en: 'Staff' } },
] as const satisfies readonly Term[];

/** The rank of a post: `principal` 一把手/正职, `deputy` 副职, `middle` 中层, `staff` 一般岗位. */
export type Rank = (typeof RANKS)[number]['id'];

/** Other spellings of ranks a party branch writes, accepted wherever a rank is read (documents, CSV sheets). */
export const RANK_ALIASES = {
  一把手: 'principal',
  正职: 'principal',
  正職: 'principal',
  主要负责人: 'principal',
  主要負責人: 'principal',
} as const satisfies Record<string, Rank>;

/** Categories of power (权力类别). */
export const POWER_CATEGORIES = [
  { id: 'personnel', label: { 'zh-CN': '人事管理', 'zh-TW': '人事管理', en: 'Personnel' } },
  { id: 'finance', label: { 'zh-CN': '财务资金', 'zh-TW': '財務資金', en: 'Finance' } },
  { id: 'procurement', label: { 'zh-CN': '物资采购', 'zh-TW': '物資採購', en: 'Procurement' } },
  { id: 'project', label: { 'zh-CN': '工程项目', 'zh-TW': '工程項目', en: 'Projects' } },
  { id: 'approval', label: { 'zh-CN': '行政审批', 'zh-TW': '行政審批', en: 'Administrative approval' } },
  { id: 'enforcement', label: { 'zh-CN': '执法处罚', 'zh-TW': '執法處罰', en: 'Law enforcement' } },
  { id: 'inspection', label: { 'zh-CN': '监督检查', 'zh-TW': '監督檢查', en: 'Inspection' } },
  { id: 'allocation', label: { 'zh-CN': '资源分配', 'zh-TW': '資源分配', en: 'Resource allocation' } },
  { id: 'assets', label: { 'zh-CN': '资产管理', 'zh-TW': '資產管理', en: 'Asset management' } },
  { id: 'other', label: { 'zh-CN': '其他', 'zh-TW': '其他', en: 'Other' } },
] as const satisfies readonly Term[];

/** The category of a power. */
export type PowerCategory = (typeof POWER_CATEGORIES)[number]['id'];

/**
 * The key areas (重点领域): power categories of the posts that manage money, goods, people or projects
 * (管钱、管物、管人、管项目). They make a medium-risk post a key post (`isKeyPost`), and suggested ratings
 * read a silent text in them as unknown rather than low (`SUGGESTION_KEY_AREAS`).
 */
export const KEY_AREA_CATEGORIES: readonly PowerCategory[] = ['finance', 'procurement', 'assets', 'personnel', 'project'];

/**
 * The five categories of risk the practice uses (思想道德, 岗位职责, 业务流程, 制度机制, 外部环境).
 * Documents may write the id or the Chinese name; the validator turns either into the id.
 */
export const RISK_CATEGORIES = [
  { id: 'moral', label: { 'zh-CN': '思想道德', 'zh-TW': '思想道德', en: 'Ideology and morality' } },
  { id: 'duty', label: { 'zh-CN': '岗位职责', 'zh-TW': '崗位職責', en: 'Post duties' } },
  { id: 'process', label: { 'zh-CN': '业务流程', 'zh-TW': '業務流程', en: 'Business process' } },
  { id: 'institution', label: { 'zh-CN': '制度机制', 'zh-TW': '制度機制', en: 'Institutions and mechanisms' } },
  { id: 'external', label: { 'zh-CN': '外部环境', 'zh-TW': '外部環境', en: 'External environment' } },
] as const satisfies readonly Term[];

/** The category of a risk point. */
export type RiskCategory = (typeof RISK_CATEGORIES)[number]['id'];

/**
 * The nine grading factors (DOMAIN.md, 第四篇 2.2.3). Each is rated 1 (lowest risk) to 5 (highest).
 * Labels and rating anchors live in `src/factors/`.
 */
export const FACTOR_IDS = [
  'fundLinkage',
  'discretion',
  'externalContact',
  'opacity',
  'likelihood',
  'harm',
  'monitoringDifficulty',
  'importance',
  'influence',
] as const;

/** One of the nine factor ids. */
export type FactorId = (typeof FACTOR_IDS)[number];

/** The factors rated on the post and inherited by its risk points unless they rate them themselves. */
export const POST_FACTOR_IDS = ['importance', 'influence'] as const satisfies readonly FactorId[];

/** A factor rated on the post. */
export type PostFactorId = (typeof POST_FACTOR_IDS)[number];

/** The lowest and highest rating of a factor. */
export const RATING_MIN = 1;
/** The highest rating of a factor. */
export const RATING_MAX = 5;

/** Compares two levels: negative when `a` is lower than `b`, 0 when equal, positive when higher. */
export function compareLevels(a: Level, b: Level): number {
  return LEVEL_IDS.indexOf(a) - LEVEL_IDS.indexOf(b);
}

/** The higher of two levels. */
export function maxLevel(a: Level, b: Level): Level {
  return compareLevels(a, b) >= 0 ? a : b;
}

/** The label of a term in a locale, or the id when the id is not in the table. */
export function termLabel(table: readonly Term[], id: string, locale: keyof LocalizedText): string {
  for (const t of table) if (t.id === id) return t.label[locale];
  return id;
}

/**
 * The id a person means by a spelling of a term: its id or its label in any locale (as documents
 * accept them), letter case aside.
 * @param table - the vocabulary
 * @param spelling - what was written, e.g. `财务资金` or `finance`
 * @returns the id, or undefined when no term is spelled so
 * @example
 * termIdOf(POWER_CATEGORIES, '财务资金') // 'finance'
 */
export function termIdOf<Id extends string>(table: readonly Term<Id>[], spelling: string): Id | undefined {
  const folded = spelling.trim().toLowerCase();
  for (const t of table) if (t.id.toLowerCase() === folded) return t.id;
  for (const t of table) for (const label of Object.values(t.label)) if (label.toLowerCase() === folded) return t.id;
  return undefined;
}

/** Phases of a measure with their labels, in catalog order. */
export const PHASE_LABELS = [
  { id: 'before', label: { 'zh-CN': '前期预防', 'zh-TW': '前期預防', en: 'Before (prevention)' } },
  { id: 'during', label: { 'zh-CN': '中期监控', 'zh-TW': '中期監控', en: 'During (monitoring)' } },
  { id: 'after', label: { 'zh-CN': '后期处置', 'zh-TW': '後期處置', en: 'After (follow-up)' } },
] as const satisfies readonly Term[];

/** When a measure acts: before (前期预防), during (中期监控), after (后期处置). */
export type Phase = (typeof PHASE_LABELS)[number]['id'];

/** Phases in the order a catalog lists them. */
export const PHASES: readonly Phase[] = PHASE_LABELS.map((t) => t.id);

/** Owner tiers of measures and warnings with their labels, closest to the work first. */
export const OWNER_TIER_LABELS = [
  { id: 'direct', label: { 'zh-CN': '直接责任人', 'zh-TW': '直接責任人', en: 'Post holder' } },
  { id: 'department-head', label: { 'zh-CN': '部门负责人', 'zh-TW': '部門主管', en: 'Head of department' } },
  { id: 'leader-in-charge', label: { 'zh-CN': '分管领导', 'zh-TW': '分管領導', en: 'Leader in charge' } },
  { id: 'principal-leader', label: { 'zh-CN': '主要领导', 'zh-TW': '主要領導', en: 'Principal leader' } },
  { id: 'leadership-team', label: { 'zh-CN': '领导班子', 'zh-TW': '領導班子', en: 'Leadership team' } },
  { id: 'discipline', label: { 'zh-CN': '纪检监察', 'zh-TW': '紀檢監察', en: 'Discipline inspection' } },
  {
    id: 'higher-discipline',
    label: {
      'zh-CN': '上级纪委/派驻纪检监察组',
      'zh-TW': '上級紀委/派駐紀檢監察組',
      en: 'Discipline body above (higher commission or stationed group)',
    },
  },
] as const satisfies readonly Term[];

/**
 * Who owns a measure or a warning (责任层级): 直接责任人, 部门负责人, 分管领导, 主要领导, 领导班子 (the
 * leadership team collectively: who decides and approves for the principal), 纪检监察 (the unit's
 * own), 上级纪委/派驻纪检监察组 (the discipline body above the unit, who answers for its principal).
 */
export type OwnerTier = (typeof OWNER_TIER_LABELS)[number]['id'];

/** Owner tiers, closest to the work first. */
export const OWNER_TIERS: readonly OwnerTier[] = OWNER_TIER_LABELS.map((t) => t.id);
