/**
 * Messages of the power-configuration findings and of finding-settings problems, in every locale.
 */
import type { LocalizedText } from '../i18n/locale.js';
import type { FindingCode } from './types.js';

/**
 * Finding messages by code. Params: `post` (name), `postId`, `powers` (names, joined), `areas`,
 * `count`, `pair`, `tenure`, `limit`, `level`.
 */
export const FINDING_MESSAGES = {
  'principal-direct-charge': {
    'zh-CN': '{post}为主要负责人，直接掌握{areas}方面的权力（{powers}），不符合“一把手”不直接分管人事、财务、行政审批、工程项目和物资采购的要求，应调整由副职分管。',
    'zh-TW': '{post}為主要負責人，直接掌握{areas}方面的權力（{powers}），不符合「一把手」不直接分管人事、財務、行政審批、工程項目及物資採購的要求，應調整由副職分管。',
    en: 'The {post} is the principal yet directly holds powers in {areas} ({powers}); the principal should not be directly in charge of personnel, finance, approval, projects or procurement, so these should move to a deputy.',
  },
  'deputy-all-five': {
    'zh-CN': '{post}（副职）同时分管全部{count}个重点领域（{areas}），涉及{powers}，权力过于集中，应在班子成员之间分解。',
    'zh-TW': '{post}（副職）同時分管全部{count}個重點領域（{areas}），涉及{powers}，權力過於集中，應於班子成員之間分解。',
    en: 'The {post} (deputy) holds all {count} key areas ({areas}) through {powers}; this concentrates power and should be divided among the leadership team.',
  },
  'incompatible-powers': {
    'zh-CN': '{post}同时掌握应当分离的职责：{pair}（{powers}），不符合分事行权、分岗设权要求。',
    'zh-TW': '{post}同時掌握應當分離的職責：{pair}（{powers}），不符合分事行權、分崗設權要求。',
    en: 'The {post} holds duties that must be separated: {pair} ({powers}); powers should be split by matter and by post.',
  },
  'collective-decision-missing': {
    'zh-CN': '{post}掌握的“三重一大”事项未经领导班子集体决策：{powers}。',
    'zh-TW': '{post}掌握的「三重一大」事項未經領導班子集體決策：{powers}。',
    en: '"Three majors, one large" matters held by the {post} are not decided collectively by the leadership team: {powers}.',
  },
  'rotation-due': {
    'zh-CN': '{post}在同一岗位任职{tenure}年，已达到{limit}年的轮岗年限，岗位风险等级为{level}，应安排定期轮岗交流。',
    'zh-TW': '{post}於同一崗位任職{tenure}年，已達{limit}年的輪調年限，崗位風險等級為{level}，應安排定期輪調。',
    en: 'The {post} has been in the post for {tenure} years, reaching the {limit}-year rotation term on a {level}-risk post; rotation is due.',
  },
  'audit-due': {
    'zh-CN': '{post}任职{tenure}年（达到{limit}年），岗位与资金关联（{powers}），应开展经济责任审计。',
    'zh-TW': '{post}任職{tenure}年（達{limit}年），崗位與資金關聯（{powers}），應辦理經濟責任審計。',
    en: 'The {post} has served {tenure} years (at least {limit}) on a post linked to funds ({powers}); an economic-responsibility audit is due.',
  },
} as const satisfies Readonly<Record<FindingCode, LocalizedText>>;

/** Short titles of the power-configuration findings. */
export const FINDING_TITLES = {
  'principal-direct-charge': {
    'zh-CN': '主要负责人直接分管人财物等事项',
    'zh-TW': '主要負責人直接分管人財物等事項',
    en: 'Principal directly in charge of a sensitive area',
  },
  'deputy-all-five': {
    'zh-CN': '副职权力过于集中',
    'zh-TW': '副職權力過於集中',
    en: 'Deputy holds too many kinds of power',
  },
  'incompatible-powers': {
    'zh-CN': '不相容权力集中于一个岗位',
    'zh-TW': '不相容權力集中於一個崗位',
    en: 'Incompatible powers in one post',
  },
  'collective-decision-missing': {
    'zh-CN': '“三重一大”事项未经集体决策',
    'zh-TW': '「三重一大」事項未經集體決策',
    en: 'Major matter not decided collectively',
  },
  'rotation-due': { 'zh-CN': '任职年限已到轮岗期限', 'zh-TW': '任職年限已屆輪崗期限', en: 'Rotation due' },
  'audit-due': { 'zh-CN': '应开展经济责任审计', 'zh-TW': '應辦理經濟責任審計', en: 'Economic-responsibility audit due' },
} as const satisfies Record<FindingCode, LocalizedText>;
