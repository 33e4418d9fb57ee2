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
    'zh-CN': '{post}任职{tenure}年（达到{limit}年），{basis}，应开展任中经济责任审计。',
    'zh-TW': '{post}任職{tenure}年（達{limit}年），{basis}，應辦理任中經濟責任審計。',
    en: 'The {post} has served {tenure} years (at least {limit}) {basis}; an in-term economic-responsibility audit is due.',
  },
  'pre-appointment-review': {
    'zh-CN': '{post}由{holder}新任（{since}到岗），岗位风险等级为{level}，{urgency}完成任前研判：任前廉政谈话；核查廉政档案并取得纪检监察机构党风廉政意见回复；报告个人有关事项；签订岗位廉政风险负面清单和廉洁承诺。',
    'zh-TW': '{post}由{holder}新任（{since}到崗），崗位風險等級為{level}，{urgency}完成任前研判：任前廉政談話；核查廉政檔案並取得紀檢監察機構黨風廉政意見回覆；報告個人有關事項；簽訂崗位廉政風險負面清單及廉潔承諾。',
    en: 'The {post} has a new holder, {holder} (since {since}), on a {level}-risk post; the pre-appointment review is due {urgency}: an integrity talk, a check of the integrity file with clearance from the discipline body, the personal-matters report, and signing the post\'s negative list and integrity pledge.',
  },
  'departure-audit-due': {
    'zh-CN': '{post}现任者已更换（{from}→{to}），{basis}，应对离任者开展离任经济责任审计，并将任期廉政情况记入廉政档案。',
    'zh-TW': '{post}現任者已更換（{from}→{to}），{basis}，應對離任者辦理離任經濟責任審計，並將任期廉政情況記入廉政檔案。',
    en: 'The {post} changed holder ({from} → {to}) {basis}; a departure economic-responsibility audit of the outgoing holder is due, with the term\'s integrity record added to the integrity file.',
  },
} as const satisfies Readonly<Record<FindingCode, LocalizedText>>;

/** The parts that finish the term findings' messages (`basis`, `urgency`, a holder left unnamed). */
export const TERM_MESSAGE_PARTS = {
  fundBasis: { 'zh-CN': '岗位与资金关联（{powers}）', 'zh-TW': '崗位與資金關聯（{powers}）', en: 'on a post linked to funds ({powers})' },
  leadershipBasis: { 'zh-CN': '属于领导职务（{rank}）', 'zh-TW': '屬於領導職務（{rank}）', en: 'in a leadership post ({rank})' },
  urgencyHigh: { 'zh-CN': '应在履职前', 'zh-TW': '應於履職前', en: "before the holder exercises the post's powers" },
  urgencyMedium: { 'zh-CN': '应在到岗后30日内', 'zh-TW': '應於到崗後30日內', en: 'within 30 days of taking the post' },
  unnamedHolder: { 'zh-CN': '新任者', 'zh-TW': '新任者', en: 'a new holder' },
  unnamedBefore: { 'zh-CN': '原任者', 'zh-TW': '原任者', en: 'the previous holder' },
} as const satisfies Record<string, LocalizedText>;

/** What falls due in a holder's term, by kind, and the words of the term's timeline. */
export const TERM_LABELS = {
  'pre-appointment-review': { 'zh-CN': '任前研判', 'zh-TW': '任前研判', en: 'Pre-appointment review' },
  'annual-report': { 'zh-CN': '年度述职述廉', 'zh-TW': '年度述職述廉', en: 'Annual duty and integrity report' },
  'in-term-audit': { 'zh-CN': '任中经济责任审计', 'zh-TW': '任中經濟責任審計', en: 'In-term economic-responsibility audit' },
  rotation: { 'zh-CN': '轮岗交流', 'zh-TW': '輪崗交流', en: 'Rotation' },
  timeline: { 'zh-CN': '任期', 'zh-TW': '任期', en: 'Term' },
  holder: { 'zh-CN': '现任：{holder}', 'zh-TW': '現任：{holder}', en: 'Holder: {holder}' },
  since: { 'zh-CN': '{date}到岗', 'zh-TW': '{date}到崗', en: 'in post since {date}' },
  tenure: { 'zh-CN': '任职{n}年', 'zh-TW': '任職{n}年', en: '{n} years in post' },
  due: { 'zh-CN': '{event}（{date}前）', 'zh-TW': '{event}（{date}前）', en: '{event} (by {date})' },
  dueNow: { 'zh-CN': '{event}（{date}，已到期）', 'zh-TW': '{event}（{date}，已到期）', en: '{event} ({date}, due now)' },
  undated: { 'zh-CN': '{event}', 'zh-TW': '{event}', en: '{event}' },
  next: { 'zh-CN': '应办事项：{list}', 'zh-TW': '應辦事項：{list}', en: 'Due: {list}' },
  nothingDue: { 'zh-CN': '暂无应办事项', 'zh-TW': '暫無應辦事項', en: 'nothing due' },
} as const satisfies Record<string, LocalizedText>;


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
  'pre-appointment-review': { 'zh-CN': '新任者应完成任前研判', 'zh-TW': '新任者應完成任前研判', en: 'Pre-appointment review due' },
  'departure-audit-due': { 'zh-CN': '应开展离任经济责任审计', 'zh-TW': '應辦理離任經濟責任審計', en: 'Departure audit due' },
} as const satisfies Record<FindingCode, LocalizedText>;
