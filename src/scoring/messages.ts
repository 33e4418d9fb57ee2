/**
 * Every text the scoring module shows a person: the sentence parts of explanations and what-if
 * answers (problems found in models have their messages in `PROBLEM_MESSAGES`). `{name}` placeholders are filled by `fillAll`.
 */
import type { LocalizedText } from '../i18n/locale.js';

/** Sentence parts of explanations and what-if answers. */
export const EXPLAIN_TEXT = {
  levelName: {
    low: { 'zh-CN': '低风险', 'zh-TW': '低風險', en: 'low' },
    medium: { 'zh-CN': '中风险', 'zh-TW': '中風險', en: 'medium' },
    high: { 'zh-CN': '高风险', 'zh-TW': '高風險', en: 'high' },
  },
  head: {
    'zh-CN': '{level}（{score}分）。',
    'zh-TW': '{level}（{score}分）。',
    en: 'Level {level}, score {score}. ',
  },
  weighted: {
    'zh-CN': '{n}项因素的加权平均评分为{mean}（满分5），折算{score}分，落在{band}区间（{from}–{to}分）',
    'zh-TW': '{n}項因素的加權平均評分為{mean}（滿分5），折算{score}分，落在{band}區間（{from}–{to}分）',
    en: 'The weighted mean of {n} factor ratings is {mean} of 5, a score of {score}, in the {band} band ({from}–{to})',
  },
  weightedFallback: {
    'zh-CN': '参与加权的因素均未评分，按{rating}分计，折算{score}分，落在{band}区间（{from}–{to}分）',
    'zh-TW': '參與加權的因素均未評分，按{rating}分計，折算{score}分，落在{band}區間（{from}–{to}分）',
    en: 'No weighted factor is rated, so each counts as {rating}: a score of {score}, in the {band} band ({from}–{to})',
  },
  topFactors: {
    'zh-CN': '；贡献最大的是{list}',
    'zh-TW': '；貢獻最大的是{list}',
    en: '; the largest contributions come from {list}',
  },
  factorContribution: {
    'zh-CN': '{factor}{rating}分（权重{weight}，贡献{points}分）',
    'zh-TW': '{factor}{rating}分（權重{weight}，貢獻{points}分）',
    en: '{factor} {rating} (weight {weight}, {points} points)',
  },
  matrix: {
    'zh-CN': '可能性一侧平均{l}（第{lb}档，共{ln}档），影响一侧平均{i}（第{ib}档，共{in}档），矩阵对应格为{band}；得分按可能性×影响折算为{score}分',
    'zh-TW': '可能性一側平均{l}（第{lb}檔，共{ln}檔），影響一側平均{i}（第{ib}檔，共{in}檔），矩陣對應格為{band}；得分按可能性×影響折算為{score}分',
    en: 'The likelihood side averages {l} (band {lb} of {ln}) and the impact side {i} (band {ib} of {in}); that grid cell is {band}; the score, likelihood × impact scaled to 0-100, is {score}',
  },
  count: {
    'zh-CN': '满足{met}项判定条件（共{total}项）{list}，对应{band}；得分{score}分',
    'zh-TW': '滿足{met}項判定條件（共{total}項）{list}，對應{band}；得分{score}分',
    en: '{met} of {total} criteria met{list}, which gives level {band}; the score is {score}',
  },
  countList: { 'zh-CN': '：{items}', 'zh-TW': '：{items}', en: ': {items}' },
  ruleRaised: {
    'zh-CN': '{rule}，故等级由{before}提高为{after}',
    'zh-TW': '{rule}，故等級由{before}提高為{after}',
    en: '{rule}, so the level rises from {before} to {after}',
  },
  ruleLowered: {
    'zh-CN': '{rule}，故等级由{before}降为{after}',
    'zh-TW': '{rule}，故等級由{before}降為{after}',
    en: '{rule}, so the level falls from {before} to {after}',
  },
  missingAssumed: {
    'zh-CN': '未评分的{list}按{rating}分计',
    'zh-TW': '未評分的{list}按{rating}分計',
    en: '{list} not rated, counted as {rating}',
  },
  missingExcluded: {
    'zh-CN': '未评分的{list}不参与计算',
    'zh-TW': '未評分的{list}不參與計算',
    en: '{list} not rated and left out',
  },
  residual: {
    'zh-CN': '已落实的{n}项防控措施使{list}降低，剩余风险为{level}（{score}分）',
    'zh-TW': '已落實的{n}項防控措施使{list}降低，剩餘風險為{level}（{score}分）',
    en: 'with {n} measure(s) in place lowering {list}, the residual risk is {level} ({score})',
  },
  residualClamped: {
    'zh-CN': '（剩余风险不高于固有风险）',
    'zh-TW': '（剩餘風險不高於固有風險）',
    en: ' (kept no higher than the inherent risk)',
  },
  residualNoEffect: {
    'zh-CN': '所列措施未说明降低哪些因素，剩余风险与固有风险相同',
    'zh-TW': '所列措施未說明降低哪些因素，剩餘風險與固有風險相同',
    en: 'the measures listed state no effect on any factor, so the residual risk equals the inherent risk',
  },
  postEmpty: {
    'zh-CN': '该岗位没有风险点，定为低风险（0分）。',
    'zh-TW': '該崗位沒有風險點，定為低風險（0分）。',
    en: 'The post has no risk points, so it is low with score 0.',
  },
  postHighest: {
    'zh-CN': '岗位取其风险点的最高等级：{total}个风险点中高风险{high}个、中风险{medium}个、低风险{low}个（决定性风险点：{riskPoints}）',
    'zh-TW': '崗位取其風險點的最高等級：{total}個風險點中高風險{high}個、中風險{medium}個、低風險{low}個（決定性風險點：{riskPoints}）',
    en: 'The post takes the highest level of its risk points: of {total}, {high} high, {medium} medium, {low} low (decisive: {riskPoints})',
  },
  decisiveRiskPoint: {
    'zh-CN': '{power}的{steps}环节',
    'zh-TW': '{power}的{steps}環節',
    en: '{power} at {steps}',
  },
  decisiveStep: { 'zh-CN': '“{step}”', 'zh-TW': '「{step}」', en: '"{step}"' },
  postCount: {
    'zh-CN': '{total}个风险点中高风险{high}个、中风险{medium}个、低风险{low}个；{rules}',
    'zh-TW': '{total}個風險點中高風險{high}個、中風險{medium}個、低風險{low}個；{rules}',
    en: 'Of {total} risk points {high} are high, {medium} medium, {low} low; {rules}',
  },
  postCountRule: {
    'zh-CN': '至少{n}个{of}及以上的风险点→{level}',
    'zh-TW': '至少{n}個{of}及以上的風險點→{level}',
    en: 'at least {n} at {of} or above → {level}',
  },
  postCountRulesHeld: { 'zh-CN': '成立的规则：{list}', 'zh-TW': '成立的規則：{list}', en: 'rules that hold: {list}' },
  postCountNone: { 'zh-CN': '没有规则成立，定为低风险', 'zh-TW': '沒有規則成立，定為低風險', en: 'no rule holds, so the post is low' },
  postScoreMax: {
    'zh-CN': '得分取风险点最高分',
    'zh-TW': '得分取風險點最高分',
    en: 'the score is the highest risk-point score',
  },
  postScoreMean: {
    'zh-CN': '得分取风险点平均分',
    'zh-TW': '得分取風險點平均分',
    en: 'the score is the mean risk-point score',
  },
  postResidual: {
    'zh-CN': '计入各风险点已落实的措施后，剩余风险为{level}（{score}分）',
    'zh-TW': '計入各風險點已落實的措施後，剩餘風險為{level}（{score}分）',
    en: 'counting the measures in place at each risk point, the residual risk is {level} ({score})',
  },
  whatIfUp: {
    'zh-CN': '若{where}{factor}由{from}分调为{to}分，等级将升为{level}',
    'zh-TW': '若{where}{factor}由{from}分調為{to}分，等級將升為{level}',
    en: 'Rating {where}{factor} {to} instead of {from} would raise the level to {level}',
  },
  whatIfDown: {
    'zh-CN': '若{where}{factor}由{from}分调为{to}分，等级将降为{level}',
    'zh-TW': '若{where}{factor}由{from}分調為{to}分，等級將降為{level}',
    en: 'Rating {where}{factor} {to} instead of {from} would lower the level to {level}',
  },
  whatIfNoUp: {
    'zh-CN': '单项因素的调整无法使等级升高',
    'zh-TW': '單項因素的調整無法使等級升高',
    en: 'No change of a single factor raises the level',
  },
  whatIfNoDown: {
    'zh-CN': '单项因素的调整无法使等级降低',
    'zh-TW': '單項因素的調整無法使等級降低',
    en: 'No change of a single factor lowers the level',
  },
  whereRiskPoint: { 'zh-CN': '风险点{id}的', 'zh-TW': '風險點{id}的', en: 'risk point {id}\'s ' },
  wherePost: { 'zh-CN': '岗位的', 'zh-TW': '崗位的', en: 'the post\'s ' },
} as const;

/** List separators per locale. */
export const LIST_SEP: LocalizedText = { 'zh-CN': '、', 'zh-TW': '、', en: ', ' };
/** Clause separators per locale. */
export const CLAUSE_SEP: LocalizedText = { 'zh-CN': '；', 'zh-TW': '；', en: '; ' };
/** Sentence end per locale. */
export const SENTENCE_END: LocalizedText = { 'zh-CN': '。', 'zh-TW': '。', en: '.' };
