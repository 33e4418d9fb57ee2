/**
 * Labels of the measure vocabularies (phases, kinds, owner tiers, trigger flags) and the messages of
 * template-library problems, in every locale. Data declared once; renderers and the validator read it.
 */
import type { LocalizedText } from '../i18n/locale.js';
import { PLAIN_CHECK_MESSAGES } from '../validate/collect.js';
import type { Term } from '../model/enums.js';
import type { MeasureKind, OwnerTier, Phase, TriggerFlag } from './types.js';

/** Phases with their labels, in catalog order. */
export const PHASE_LABELS = [
  { id: 'before', label: { 'zh-CN': '前期预防', 'zh-TW': '前期預防', en: 'Before (prevention)' } },
  { id: 'during', label: { 'zh-CN': '中期监控', 'zh-TW': '中期監控', en: 'During (monitoring)' } },
  { id: 'after', label: { 'zh-CN': '后期处置', 'zh-TW': '後期處置', en: 'After (follow-up)' } },
] as const satisfies readonly Term<Phase>[];

/** Measure kinds with their labels. */
export const MEASURE_KIND_LABELS = [
  { id: 'education', label: { 'zh-CN': '教育引导', 'zh-TW': '教育引導', en: 'Education' } },
  { id: 'institution', label: { 'zh-CN': '制度规范', 'zh-TW': '制度規範', en: 'Rules and institutions' } },
  { id: 'separation', label: { 'zh-CN': '分权制衡', 'zh-TW': '分權制衡', en: 'Separation of powers' } },
  { id: 'collective', label: { 'zh-CN': '集体决策', 'zh-TW': '集體決策', en: 'Collective decision' } },
  { id: 'openness', label: { 'zh-CN': '公开透明', 'zh-TW': '公開透明', en: 'Openness' } },
  { id: 'technology', label: { 'zh-CN': '科技防控', 'zh-TW': '科技防控', en: 'Technology' } },
  { id: 'allocation', label: { 'zh-CN': '公平分配', 'zh-TW': '公平分配', en: 'Fair allocation' } },
  { id: 'outside-supervision', label: { 'zh-CN': '外部监督', 'zh-TW': '外部監督', en: 'Supervision by outside parties' } },
  { id: 'rotation-audit', label: { 'zh-CN': '轮岗审计', 'zh-TW': '輪調審計', en: 'Rotation and audit' } },
  { id: 'reporting', label: { 'zh-CN': '个人报告', 'zh-TW': '個人申報', en: 'Personal reporting' } },
] as const satisfies readonly Term<MeasureKind>[];

/** Owner tiers with their labels, closest to the work first. */
export const OWNER_TIER_LABELS = [
  { id: 'direct', label: { 'zh-CN': '直接责任人', 'zh-TW': '直接責任人', en: 'Post holder' } },
  { id: 'department-head', label: { 'zh-CN': '部门负责人', 'zh-TW': '部門主管', en: 'Head of department' } },
  { id: 'leader-in-charge', label: { 'zh-CN': '分管领导', 'zh-TW': '分管領導', en: 'Leader in charge' } },
  { id: 'principal-leader', label: { 'zh-CN': '主要领导', 'zh-TW': '主要領導', en: 'Principal leader' } },
  { id: 'discipline', label: { 'zh-CN': '纪检监察', 'zh-TW': '紀檢監察', en: 'Discipline inspection' } },
] as const satisfies readonly Term<OwnerTier>[];

/** Trigger flags with their labels. */
export const TRIGGER_FLAG_LABELS = [
  { id: 'majorMatter', label: { 'zh-CN': '“三重一大”事项', 'zh-TW': '「三重一大」事項', en: '"Three majors, one large" matter' } },
  { id: 'notCollective', label: { 'zh-CN': '未经集体决策', 'zh-TW': '未經集體決策', en: 'Not decided collectively' } },
  { id: 'priorIncident', label: { 'zh-CN': '曾发生问题', 'zh-TW': '曾發生問題', en: 'Prior incident' } },
] as const satisfies readonly Term<TriggerFlag>[];

/** Messages of template-library problems, by code. Placeholders are filled from the problem's params. */
export const TEMPLATE_PROBLEM_MESSAGES = {
  'not-an-object': PLAIN_CHECK_MESSAGES['not-an-object'],
  'not-an-array': PLAIN_CHECK_MESSAGES['not-an-array'],
  'unknown-field': PLAIN_CHECK_MESSAGES['unknown-field'],
  'missing-field': {
    'zh-CN': '缺少必填字段“{field}”',
    'zh-TW': '缺少必填欄位「{field}」',
    en: 'Missing required field "{field}"',
  },
  'bad-template-id': {
    'zh-CN': '模板编号“{id}”无效：应为小写字母、数字和连字符（如 site-inspection-log）',
    'zh-TW': '範本編號「{id}」無效：應為小寫字母、數字及連字號（如 site-inspection-log）',
    en: 'Template id "{id}" is invalid: use lower-case letters, digits and hyphens (e.g. site-inspection-log)',
  },
  'duplicate-template-id': {
    'zh-CN': '模板编号“{id}”重复',
    'zh-TW': '範本編號「{id}」重複',
    en: 'Template id "{id}" is used twice',
  },
  'unknown-template-id': {
    'zh-CN': '模板库中没有编号为“{id}”的模板',
    'zh-TW': '範本庫中沒有編號為「{id}」的範本',
    en: 'No template with id "{id}" in the library',
  },
  'duplicate-override': {
    'zh-CN': '模板“{id}”被重复覆盖，只能覆盖一次',
    'zh-TW': '範本「{id}」被重複覆寫，只能覆寫一次',
    en: 'Template "{id}" is overridden twice; override it once',
  },
  'duplicate-disable': {
    'zh-CN': '模板“{id}”被重复停用',
    'zh-TW': '範本「{id}」被重複停用',
    en: 'Template "{id}" is disabled twice',
  },
  'missing-locale-text': PLAIN_CHECK_MESSAGES['missing-locale-text'],
  'unknown-placeholder': {
    'zh-CN': '未知占位符“{placeholder}”：只能使用 {post}、{power}、{department}、{step}',
    'zh-TW': '未知預留位置「{placeholder}」：只能使用 {post}、{power}、{department}、{step}',
    en: 'Unknown placeholder "{placeholder}": only {post}, {power}, {department} and {step} may be used',
  },
  'placeholder-mismatch': {
    'zh-CN': '各语言文本使用的占位符不一致：{locale} 使用 {found}，zh-CN 使用 {expected}',
    'zh-TW': '各語言文字使用的預留位置不一致：{locale} 使用 {found}，zh-CN 使用 {expected}',
    en: 'The locales use different placeholders: {locale} uses {found}, zh-CN uses {expected}',
  },
  'bad-phase': {
    'zh-CN': '阶段“{value}”无效，应为 {allowed} 之一',
    'zh-TW': '階段「{value}」無效，應為 {allowed} 之一',
    en: 'Phase "{value}" is invalid; use one of {allowed}',
  },
  'bad-kind': {
    'zh-CN': '措施类型“{value}”无效，应为 {allowed} 之一',
    'zh-TW': '措施類型「{value}」無效，應為 {allowed} 之一',
    en: 'Kind "{value}" is invalid; use one of {allowed}',
  },
  'bad-owner': {
    'zh-CN': '责任层级“{value}”无效，应为 {allowed} 之一',
    'zh-TW': '責任層級「{value}」無效，應為 {allowed} 之一',
    en: 'Owner tier "{value}" is invalid; use one of {allowed}',
  },
  'bad-review-days': {
    'zh-CN': '复核周期应为 1 至 3660 之间的整数天数',
    'zh-TW': '複核週期應為 1 至 3660 之間的整數天數',
    en: 'The review cadence must be a whole number of days from 1 to 3660',
  },
  'unknown-factor': {
    'zh-CN': '未知评估因素“{factor}”',
    'zh-TW': '未知評估因素「{factor}」',
    en: 'Unknown factor "{factor}"',
  },
  'bad-effect': {
    'zh-CN': '因素降低值应为 0 至 4 之间的整数',
    'zh-TW': '因素降低值應為 0 至 4 之間的整數',
    en: 'A factor reduction must be a whole number from 0 to 4',
  },
  'bad-threshold': PLAIN_CHECK_MESSAGES['bad-threshold'],
  'bad-level': PLAIN_CHECK_MESSAGES['bad-level'],
  'bad-power-category': PLAIN_CHECK_MESSAGES['bad-power-category'],
  'bad-rank': {
    'zh-CN': '岗位层级“{value}”无效，应为 {allowed} 之一',
    'zh-TW': '崗位層級「{value}」無效，應為 {allowed} 之一',
    en: 'Rank "{value}" is invalid; use one of {allowed}',
  },
  'bad-flag': {
    'zh-CN': '触发条件“{value}”无效，应为 {allowed} 之一',
    'zh-TW': '觸發條件「{value}」無效，應為 {allowed} 之一',
    en: 'Trigger flag "{value}" is invalid; use one of {allowed}',
  },
  'unknown-finding-code': {
    'zh-CN': '未知检查发现代码“{value}”，应为 {allowed} 之一',
    'zh-TW': '未知檢查發現代碼「{value}」，應為 {allowed} 之一',
    en: 'Unknown finding code "{value}"; use one of {allowed}',
  },
  'bad-keyword': PLAIN_CHECK_MESSAGES['bad-keyword'],
  'empty-list': {
    'zh-CN': '列表为空时条件永远不成立；删除该字段或至少填写一项',
    'zh-TW': '清單為空時條件永遠不成立；刪除該欄位或至少填寫一項',
    en: 'An empty list never matches; remove the field or give at least one entry',
  },
  'phase-without-templates': {
    'zh-CN': '模板库中没有“{phase}”阶段的模板，高风险点无法覆盖该阶段',
    'zh-TW': '範本庫中沒有「{phase}」階段的範本，高風險點無法涵蓋該階段',
    en: 'No template is left for the "{phase}" phase; high risk points cannot cover it',
  },
} as const satisfies Readonly<Record<string, LocalizedText>>;

/** A code of a template-library problem. */
export type TemplateProblemCode = keyof typeof TEMPLATE_PROBLEM_MESSAGES;
