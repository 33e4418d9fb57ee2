/**
 * Labels of the measure vocabularies (phases, kinds, owner tiers, trigger flags) and the messages of
 * template-library problems, in every locale. Data declared once; renderers and the validator read it.
 */
import type { Term } from '../model/enums.js';
import type { DecidedMatter, MeasureKind, MeasureScope, OutsideParty, TriggerFlag } from './types.js';

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

/** Trigger flags with their labels. */
export const TRIGGER_FLAG_LABELS = [
  { id: 'majorMatter', label: { 'zh-CN': '“三重一大”事项', 'zh-TW': '「三重一大」事項', en: '"Three majors, one large" matter' } },
  { id: 'notCollective', label: { 'zh-CN': '未经集体决策', 'zh-TW': '未經集體決策', en: 'Not decided collectively' } },
  { id: 'priorIncident', label: { 'zh-CN': '曾发生问题', 'zh-TW': '曾發生問題', en: 'Prior incident' } },
] as const satisfies readonly Term<TriggerFlag>[];


/** Where a measure is listed, with labels. */
export const MEASURE_SCOPE_LABELS = [
  { id: 'risk-point', label: { 'zh-CN': '风险点', 'zh-TW': '風險點', en: 'Risk point' } },
  { id: 'post', label: { 'zh-CN': '岗位通用', 'zh-TW': '崗位通用', en: 'Whole post' } },
] as const satisfies readonly Term<MeasureScope>[];

/** Kinds of outside party a power deals with, with labels (for `parties` triggers). */
export const OUTSIDE_PARTY_LABELS = [
  { id: 'contractors', label: { 'zh-CN': '承包商和供应商', 'zh-TW': '承包商及供應商', en: 'Contractors and suppliers' } },
  { id: 'applicants', label: { 'zh-CN': '申请人和服务对象', 'zh-TW': '申請人及服務對象', en: 'Applicants and those served' } },
  { id: 'regulated', label: { 'zh-CN': '被检查、被执法对象', 'zh-TW': '受檢查、受執法對象', en: 'Inspected and regulated parties' } },
  { id: 'intermediaries', label: { 'zh-CN': '中介机构', 'zh-TW': '仲介機構', en: 'Intermediaries' } },
] as const satisfies readonly Term<OutsideParty>[];

/** What a power may decide, with labels (for `decides` triggers). */
export const DECIDED_MATTER_LABELS = [
  { id: 'fees', label: { 'zh-CN': '收费', 'zh-TW': '收費', en: 'Fees charged' } },
  { id: 'amounts', label: { 'zh-CN': '资金数额', 'zh-TW': '資金數額', en: 'Amounts of money' } },
  { id: 'penalties', label: { 'zh-CN': '处罚', 'zh-TW': '處罰', en: 'Penalties' } },
] as const satisfies readonly Term<DecidedMatter>[];
