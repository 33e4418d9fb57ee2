/**
 * The default scoring model and named example models, as data. The reasons for every number are in
 * the comments here and in the README section on scoring.
 */
import type { CountModel, MatrixModel, Rule, ScoringModel, WeightedModel } from './model.js';

/** Rules shared by the shipped models: the aggravating conditions the practice names. */
const PRIOR_INCIDENT_RULE = {
  id: 'prior-incident',
  when: { flag: 'priorIncident', equals: true },
  effect: 'minimum',
  level: 'high',
  appliesTo: 'both',
  label: { 'zh-CN': '曾发生廉政问题', 'zh-TW': '曾發生廉政問題', en: 'an integrity incident happened here before' },
} as const satisfies Rule;

const MAJOR_MATTER_RULE = {
  id: 'major-matter-not-collective',
  when: { all: [{ flag: 'majorMatter', equals: true }, { flag: 'collectiveDecision', equals: false }] },
  effect: 'minimum',
  level: 'high',
  appliesTo: 'both',
  label: {
    'zh-CN': '“三重一大”事项未经集体决策',
    'zh-TW': '「三重一大」事項未經集體決策',
    en: 'a major matter (three majors, one large) not decided collectively',
  },
} as const satisfies Rule;

/**
 * The default model (`weighted`), re-derived from the calibration set (`examples/calibration/`: 41
 * rows from 7 published catalogs and grading rules; the README's chapter on calibration gives the
 * measured agreement and every disagreement).
 *
 * - Weights (unchanged): the six factors the practice names as the basis of grading weigh 2, the three
 *   it says to "combine with" (opacity, post importance, influence) weigh 1; fund linkage and
 *   discretion weigh 3 (管钱管物; 压缩自由裁量空间). A free weight search on the set drops fund linkage and
 *   outside contact altogether, which fits the grading rules' silence on them rather than practice, and
 *   cross-validates no better, so the weights stay.
 * - Bands: low below 40, medium 40 to below 55, high 55 and above (was 65). The published 高 rows
 *   score 55-65 under these weights (a party secretary's cadre selection 55.9, a bidding row 72): the
 *   old cut at 65 graded most of them 中.
 * - Rules, in order: a personnel power (选人用人: selection, appointment, assessment, titles) is high,
 *   as the grading rules and catalogs of the set put it (人员录用、调动、任免、奖惩 一级; 换届选举 A);
 *   a "three majors, one large" matter not decided collectively is high; a prior incident is high.
 *   All bind the residual level. The old key-area floor (money, goods, people, projects at least
 *   medium) is gone: published internal-control lists grade finance rows rated minimal 低, and the
 *   set agrees better without it. A major matter that *is* decided collectively gets no floor: it is
 *   graded by its ratings like any other power.
 * - Post aggregation: a post is high when at least three of its risk points are high, medium when
 *   any is medium or high, low otherwise; "the highest risk point decides" made most posts red and
 *   emptied the warning of meaning. Its score is the highest risk-point score.
 * - Missing ratings count as 3, the middle of the scale: an unrated factor is unknown, neither safe (1)
 *   nor worst (5), and the explanation names it.
 */
export const DEFAULT_MODEL = {
  id: 'default',
  name: { 'zh-CN': '默认加权模型', 'zh-TW': '預設加權模型', en: 'Default weighted model' },
  method: 'weighted',
  weights: {
    fundLinkage: 3,
    discretion: 3,
    externalContact: 2,
    likelihood: 2,
    harm: 2,
    monitoringDifficulty: 2,
    opacity: 1,
    importance: 1,
    influence: 1,
  },
  bands: [
    { level: 'low', from: 0, to: 40 },
    { level: 'medium', from: 40, to: 55 },
    { level: 'high', from: 55, to: 100 },
  ],
  missing: { policy: 'assume', rating: 3 },
  rules: [
    {
      id: 'personnel-power',
      when: { categoryIn: ['personnel'] },
      effect: 'minimum',
      level: 'high',
      appliesTo: 'both',
      label: { 'zh-CN': '人事管理权力（选人用人）', 'zh-TW': '人事管理權力（選人用人）', en: 'a personnel power (selection and appointment)' },
    },
    MAJOR_MATTER_RULE,
    PRIOR_INCIDENT_RULE,
  ],
  aggregation: {
    method: 'count',
    score: 'max',
    rules: [
      { level: 'medium', atLeast: 1, of: 'medium' },
      { level: 'high', atLeast: 3, of: 'high' },
    ],
  },
} as const satisfies WeightedModel;

/** Five equal bands of a side average over 1-5. */
const FIVE_BANDS = [
  { from: 1, to: 1.8 },
  { from: 1.8, to: 2.6 },
  { from: 2.6, to: 3.4 },
  { from: 3.4, to: 4.2 },
  { from: 4.2, to: 5 },
] as const;

/**
 * A 5×5 likelihood-and-impact matrix. Likelihood: how likely (weight 2), discretion, opacity,
 * monitoring difficulty and external contact; impact: harm (weight 2), fund linkage, post importance
 * and influence. The grid is the common 5×5 risk matrix.
 */
export const MATRIX_5X5_MODEL = {
  id: 'matrix-5x5',
  name: { 'zh-CN': '5×5 可能性-影响矩阵', 'zh-TW': '5×5 可能性-影響矩陣', en: '5×5 likelihood-impact matrix' },
  method: 'matrix',
  likelihood: {
    weights: { likelihood: 2, discretion: 1, opacity: 1, monitoringDifficulty: 1, externalContact: 1 },
    bands: FIVE_BANDS,
  },
  impact: {
    weights: { harm: 2, fundLinkage: 1, importance: 1, influence: 1 },
    bands: FIVE_BANDS,
  },
  grid: [
    ['low', 'low', 'low', 'medium', 'medium'],
    ['low', 'low', 'medium', 'medium', 'high'],
    ['low', 'medium', 'medium', 'high', 'high'],
    ['medium', 'medium', 'high', 'high', 'high'],
    ['medium', 'high', 'high', 'high', 'high'],
  ],
  missing: { policy: 'assume', rating: 3 },
  rules: [MAJOR_MATTER_RULE, PRIOR_INCIDENT_RULE],
  aggregation: { method: 'highest', score: 'max' },
} as const satisfies MatrixModel;

/**
 * A count model of the kind universities use: five criteria; three or more met is high, two medium,
 * one or none low; a prior incident forces high.
 */
export const UNIVERSITY_COUNT_MODEL = {
  id: 'university-count',
  name: { 'zh-CN': '高校计数模型', 'zh-TW': '高校計數模型', en: 'University count model' },
  method: 'count',
  criteria: [
    {
      id: 'money-or-goods',
      when: { factor: 'fundLinkage', atLeast: 4 },
      label: { 'zh-CN': '直接经手资金或物资', 'zh-TW': '直接經手資金或物資', en: 'handles money or goods directly' },
    },
    {
      id: 'wide-discretion',
      when: { factor: 'discretion', atLeast: 4 },
      label: { 'zh-CN': '自由裁量空间大', 'zh-TW': '自由裁量空間大', en: 'wide discretion' },
    },
    {
      id: 'frequent-outside-contact',
      when: { factor: 'externalContact', atLeast: 4 },
      label: { 'zh-CN': '对外业务往来频繁', 'zh-TW': '對外業務往來頻繁', en: 'frequent dealings with outside parties' },
    },
    {
      id: 'hard-to-monitor',
      when: { any: [{ factor: 'monitoringDifficulty', atLeast: 4 }, { factor: 'opacity', atLeast: 4 }] },
      label: { 'zh-CN': '运行不透明或难以监控', 'zh-TW': '運行不透明或難以監控', en: 'opaque or hard to monitor' },
    },
    {
      id: 'major-matter',
      when: { flag: 'majorMatter', equals: true },
      label: { 'zh-CN': '涉及“三重一大”事项', 'zh-TW': '涉及「三重一大」事項', en: 'a major matter (three majors, one large)' },
    },
  ],
  bands: [
    { level: 'low', from: 0, to: 2 },
    { level: 'medium', from: 2, to: 3 },
    { level: 'high', from: 3, to: 5 },
  ],
  missing: { policy: 'assume', rating: 3 },
  rules: [PRIOR_INCIDENT_RULE],
  aggregation: { method: 'highest', score: 'max' },
} as const satisfies CountModel;

/** The shipped models by id, for examples and for the CLI's `--model <id>`. */
export const EXAMPLE_MODELS: Readonly<Record<string, ScoringModel>> = {
  default: DEFAULT_MODEL,
  'matrix-5x5': MATRIX_5X5_MODEL,
  'university-count': UNIVERSITY_COUNT_MODEL,
};
