/**
 * Labels of the HTML report, as data in every locale. Level, rank and category names come from
 * the vocabulary tables in `src/model/enums.ts`, phases and owner tiers from `src/measures/messages.ts`,
 * warning tiers and measure status from `./labels.ts`, finding titles from `src/findings/messages.ts`;
 * this table holds the report's own words.
 */
import { fill, type Locale, type LocalizedText, type MessageParams } from '../i18n/locale.js';
import type { Phase } from '../model/enums.js';

/** The report's headings, column names and sentences; `{name}` marks a placeholder. */
export const HTML_LABELS = {
  reportTitle: { 'zh-CN': '岗位廉政风险防控报告', 'zh-TW': '崗位廉政風險防控報告', en: 'Post Integrity-Risk Prevention and Control Report' },
  reportKicker: { 'zh-CN': '岗位廉政风险防控一览表', 'zh-TW': '崗位廉政風險防控一覽表', en: 'Post integrity-risk catalog' },
  organization: { 'zh-CN': '单位', 'zh-TW': '單位', en: 'Organization' },
  assessedOn: { 'zh-CN': '评估日期', 'zh-TW': '評估日期', en: 'Assessed on' },
  asOf: { 'zh-CN': '复核日期起算日', 'zh-TW': '複核日期起算日', en: 'Review dates counted from' },
  model: { 'zh-CN': '评估模型', 'zh-TW': '評估模型', en: 'Scoring model' },
  notGiven: { 'zh-CN': '未填写', 'zh-TW': '未填寫', en: 'not given' },
  contents: { 'zh-CN': '目录', 'zh-TW': '目錄', en: 'Contents' },
  sectionSummary: { 'zh-CN': '总体情况', 'zh-TW': '總體情況', en: 'Summary' },
  sectionCharts: { 'zh-CN': '风险分布图', 'zh-TW': '風險分佈圖', en: 'Charts' },
  sectionCatalog: { 'zh-CN': '风险目录（按部门）', 'zh-TW': '風險目錄（按部門）', en: 'Catalog by department' },
  sectionFindings: { 'zh-CN': '权力配置问题', 'zh-TW': '權力配置問題', en: 'Findings on the distribution of powers' },
  sectionAnchors: { 'zh-CN': '附录：评估因素评分标准', 'zh-TW': '附錄：評估因素評分標準', en: 'Appendix: what each rating means' },
  anchorsIntro: {
    'zh-CN': '每个评估因素按 1 至 5 分评定，1 分风险最低、5 分最高；下表列出 1、3、5 分的含义，2 分和 4 分介于相邻两档之间。标明“岗位”的因素可在岗位上评定，由其风险点沿用。',
    'zh-TW': '每個評估因素按 1 至 5 分評定，1 分風險最低、5 分最高；下表列出 1、3、5 分的含義，2 分和 4 分介於相鄰兩檔之間。標明「崗位」的因素可在崗位上評定，由其風險點沿用。',
    en: 'Each factor is rated 1 to 5, 1 the lowest risk and 5 the highest; the table gives what 1, 3 and 5 mean, 2 and 4 lie between their neighbours. Factors marked "post" may be rated on the post for its risk points to inherit.',
  },
  colFactor: { 'zh-CN': '评估因素', 'zh-TW': '評估因素', en: 'Factor' },
  colQuestion: { 'zh-CN': '评定时回答的问题', 'zh-TW': '評定時回答的問題', en: 'The question the rater answers' },
  colRating: { 'zh-CN': '{n} 分', 'zh-TW': '{n} 分', en: 'Rating {n}' },
  colRatedOn: { 'zh-CN': '评定对象', 'zh-TW': '評定對象', en: 'Rated on' },
  ratedOnPost: { 'zh-CN': '岗位或风险点', 'zh-TW': '崗位或風險點', en: 'post or risk point' },
  ratedOnRiskPoint: { 'zh-CN': '风险点', 'zh-TW': '風險點', en: 'risk point' },
  catalogIntro: {
    'zh-CN': '以下按部门列出每个岗位的权力事项、流程环节、廉政风险点、风险等级和防控措施；各岗位的风险卡片随后给出评定说明、权力事项的廉政风险防控图和防控措施全文，风险点序号与表中相同。',
    'zh-TW': '以下按部門列出每個崗位的權力事項、流程環節、廉政風險點、風險等級和防控措施；各崗位的風險卡片隨後給出評定說明、權力事項的廉政風險防控圖和防控措施全文，風險點序號與表中相同。',
    en: 'Each department lists its posts with their powers, procedure steps, integrity risk points, levels and prevention measures; a risk card per post follows with the explanations, the risk-control chart of each power and the measures in full, its risk points numbered as in the table.',
  },

  noPosts: { 'zh-CN': '目录中没有岗位。', 'zh-TW': '目錄中沒有崗位。', en: 'The catalog has no posts.' },
  departmentKicker: { 'zh-CN': '部门 {n} / {total}', 'zh-TW': '部門 {n} / {total}', en: 'Department {n} of {total}' },
  departmentKickerExtra: { 'zh-CN': '部门', 'zh-TW': '部門', en: 'Department' },
  // Key figures.
  figurePosts: { 'zh-CN': '岗位', 'zh-TW': '崗位', en: 'Posts' },
  figurePowers: { 'zh-CN': '权力事项', 'zh-TW': '權力事項', en: 'Powers' },
  figureRiskPoints: { 'zh-CN': '风险点', 'zh-TW': '風險點', en: 'Risk points' },
  figureKeyPosts: { 'zh-CN': '重点岗位', 'zh-TW': '重點崗位', en: 'Key posts' },
  figureFindings: { 'zh-CN': '配置问题', 'zh-TW': '配置問題', en: 'Findings' },
  // Summary tables.
  levelDistribution: { 'zh-CN': '风险等级分布', 'zh-TW': '風險等級分佈', en: 'Levels' },
  subject: { 'zh-CN': '统计对象', 'zh-TW': '統計對象', en: 'Counted' },
  total: { 'zh-CN': '合计', 'zh-TW': '合計', en: 'Total' },
  rowPostsInherent: { 'zh-CN': '岗位（固有风险）', 'zh-TW': '崗位（固有風險）', en: 'Posts (inherent risk)' },
  rowRiskPointsInherent: { 'zh-CN': '风险点（固有风险）', 'zh-TW': '風險點（固有風險）', en: 'Risk points (inherent risk)' },
  rowRiskPointsResidual: { 'zh-CN': '风险点（措施落实后的剩余风险）', 'zh-TW': '風險點（措施落實後的剩餘風險）', en: 'Risk points (residual, with measures in place)' },
  byDepartment: { 'zh-CN': '各部门情况', 'zh-TW': '各部門情況', en: 'By department' },
  byRiskCategory: { 'zh-CN': '按风险类别', 'zh-TW': '按風險類別', en: 'By risk category' },
  byPowerCategory: { 'zh-CN': '按权力类别', 'zh-TW': '按權力類別', en: 'By power category' },
  postsByLevel: { 'zh-CN': '岗位（高/中/低）', 'zh-TW': '崗位（高/中/低）', en: 'Posts (high/medium/low)' },
  riskPointsByLevel: { 'zh-CN': '风险点（高/中/低）', 'zh-TW': '風險點（高/中/低）', en: 'Risk points (high/medium/low)' },
  keyPostList: { 'zh-CN': '重点岗位', 'zh-TW': '重點崗位', en: 'Key posts' },
  none: { 'zh-CN': '无', 'zh-TW': '無', en: 'None' },
  // Charts.
  chartLevelsByDepartment: { 'zh-CN': '各部门风险点等级分布', 'zh-TW': '各部門風險點等級分佈', en: 'Risk points by level and department' },
  chartLevelsByDepartmentNote: {
    'zh-CN': '条形长度为风险点个数；每段标注等级和个数，右侧列出各等级个数。',
    'zh-TW': '條形長度為風險點個數；每段標註等級和個數，右側列出各等級個數。',
    en: 'Bar length is the number of risk points; each segment is labelled, and the counts by level are written on the right.',
  },
  chartResidual: { 'zh-CN': '措施落实前后的风险点等级', 'zh-TW': '措施落實前後的風險點等級', en: 'Risk points before and after measures in place' },
  chartResidualNote: {
    'zh-CN': '固有风险为不考虑现有措施的等级；剩余风险为已落实措施发挥作用后的等级。',
    'zh-TW': '固有風險為不考慮現有措施的等級；剩餘風險為已落實措施發揮作用後的等級。',
    en: 'Inherent risk ignores the measures in place; residual risk counts the measures already in place.',
  },
  chartHeatmap: { 'zh-CN': '风险点可能性—危害程度热力图', 'zh-TW': '風險點可能性—危害程度熱力圖', en: 'Risk points by likelihood and harm' },
  chartHeatmapNote: {
    'zh-CN': '格中数字为风险点个数，颜色越深个数越多。未评定可能性或危害程度的风险点：{n} 个。',
    'zh-TW': '格中數字為風險點個數，顏色越深個數越多。未評定可能性或危害程度的風險點：{n} 個。',
    en: 'Each cell shows the number of risk points; darker means more. Risk points without a likelihood or harm rating: {n}.',
  },
  axisLikelihood: { 'zh-CN': '可能性', 'zh-TW': '可能性', en: 'Likelihood' },
  axisHarm: { 'zh-CN': '危害程度', 'zh-TW': '危害程度', en: 'Harm' },
  heatmapCell: { 'zh-CN': '可能性 {l}，危害程度 {h}：{n} 个', 'zh-TW': '可能性 {l}，危害程度 {h}：{n} 個', en: 'Likelihood {l}, harm {h}: {n}' },
  barRow: { 'zh-CN': '{dept}：高 {high}，中 {medium}，低 {low}', 'zh-TW': '{dept}：高 {high}，中 {medium}，低 {low}', en: '{dept}: high {high}, medium {medium}, low {low}' },
  noDepartments: { 'zh-CN': '暂无部门数据', 'zh-TW': '暫無部門資料', en: 'No departments' },
  legend: { 'zh-CN': '图例', 'zh-TW': '圖例', en: 'Legend' },
  // Catalog table columns, in the order the practice uses.
  colNo: { 'zh-CN': '序号', 'zh-TW': '序號', en: 'No.' },
  colDepartment: { 'zh-CN': '部门', 'zh-TW': '部門', en: 'Department' },
  colPost: { 'zh-CN': '岗位', 'zh-TW': '崗位', en: 'Post' },
  colPower: { 'zh-CN': '权力事项', 'zh-TW': '權力事項', en: 'Power' },
  colStep: { 'zh-CN': '流程环节', 'zh-TW': '流程環節', en: 'Step' },
  colRiskPoint: { 'zh-CN': '风险点', 'zh-TW': '風險點', en: 'Risk point' },
  colRiskCategory: { 'zh-CN': '风险类别', 'zh-TW': '風險類別', en: 'Risk category' },
  colLevel: { 'zh-CN': '风险等级', 'zh-TW': '風險等級', en: 'Level' },
  colMeasures: { 'zh-CN': '防控措施', 'zh-TW': '防控措施', en: 'Prevention measures' },
  colOwner: { 'zh-CN': '责任人/责任层级', 'zh-TW': '責任人/責任層級', en: 'Responsible' },
  noRiskPoint: { 'zh-CN': '未识别出风险点', 'zh-TW': '未識別出風險點', en: 'No risk point identified' },
  noPower: { 'zh-CN': '未列出权力事项', 'zh-TW': '未列出權力事項', en: 'No power listed' },
  // Post cards.
  postCards: { 'zh-CN': '岗位风险卡片', 'zh-TW': '崗位風險卡片', en: 'Post risk cards' },
  rank: { 'zh-CN': '职级', 'zh-TW': '職級', en: 'Rank' },
  tenure: { 'zh-CN': '任职年限', 'zh-TW': '任職年限', en: 'Tenure' },
  years: { 'zh-CN': '{n} 年', 'zh-TW': '{n} 年', en: '{n} years' },
  keyPost: { 'zh-CN': '重点岗位', 'zh-TW': '重點崗位', en: 'Key post' },
  inherentRisk: { 'zh-CN': '固有风险', 'zh-TW': '固有風險', en: 'Inherent risk' },
  residualRisk: { 'zh-CN': '剩余风险', 'zh-TW': '剩餘風險', en: 'Residual risk' },
  residualShort: { 'zh-CN': '剩余：{level}', 'zh-TW': '剩餘：{level}', en: 'residual: {level}' },
  publishedShort: { 'zh-CN': '原定：{level}', 'zh-TW': '原定：{level}', en: 'as published: {level}' },
  score: { 'zh-CN': '得分 {n}', 'zh-TW': '得分 {n}', en: 'score {n}' },
  explanation: { 'zh-CN': '评定说明', 'zh-TW': '評定說明', en: 'Why this level' },
  earlyWarning: { 'zh-CN': '预警', 'zh-TW': '預警', en: 'Early warning' },
  warningOwner: { 'zh-CN': '责任层级：{owner}', 'zh-TW': '責任層級：{owner}', en: 'owner: {owner}' },
  reviewCycle: { 'zh-CN': '复核周期 {n} 天', 'zh-TW': '複核週期 {n} 天', en: 'reviewed every {n} days' },
  warningSignals: { 'zh-CN': '加重情形：{list}', 'zh-TW': '加重情形：{list}', en: 'aggravating: {list}' },
  nextReview: { 'zh-CN': '下次复核 {date}', 'zh-TW': '下次複核 {date}', en: 'next review {date}' },
  nextReviewUnknown: { 'zh-CN': '下次复核日期未定', 'zh-TW': '下次複核日期未定', en: 'next review date not set' },
  powerCategory: { 'zh-CN': '权力类别', 'zh-TW': '權力類別', en: 'Category' },
  majorMatter: { 'zh-CN': '“三重一大”事项', 'zh-TW': '「三重一大」事項', en: 'Major matter (三重一大)' },
  collectiveDecision: { 'zh-CN': '集体决策', 'zh-TW': '集體決策', en: 'Collective decision' },
  riskControlChart: { 'zh-CN': '廉政风险防控图：{power}', 'zh-TW': '廉政風險防控圖：{power}', en: 'Risk-control chart: {power}' },
  noSteps: { 'zh-CN': '未列出流程环节。', 'zh-TW': '未列出流程環節。', en: 'No procedure steps listed.' },
  otherStep: { 'zh-CN': '其他环节', 'zh-TW': '其他環節', en: 'Other step' },
  stepBadge: { 'zh-CN': '{level} · 风险点 {n}', 'zh-TW': '{level} · 風險點 {n}', en: '{level} · risk point {n}' },
  riskPointNo: { 'zh-CN': '风险点 {n}', 'zh-TW': '風險點 {n}', en: 'Risk point {n}' },
  riskPointsOfPower: { 'zh-CN': '风险点明细', 'zh-TW': '風險點明細', en: 'Risk points' },
  colScore: { 'zh-CN': '固有风险', 'zh-TW': '固有風險', en: 'Inherent' },
  colResidual: { 'zh-CN': '剩余风险', 'zh-TW': '剩餘風險', en: 'Residual' },
  colExplanation: { 'zh-CN': '评定说明', 'zh-TW': '評定說明', en: 'Why' },
  priorIncident: { 'zh-CN': '曾发生问题', 'zh-TW': '曾發生問題', en: 'Prior incident' },
  mergedMeasures: { 'zh-CN': '风险点防控措施（合并）', 'zh-TW': '風險點防控措施（合併）', en: "The risk points' measures (merged)" },
  indicator: { 'zh-CN': '监测指标：{text}', 'zh-TW': '監測指標：{text}', en: 'Indicator: {text}' },
  measureOwner: { 'zh-CN': '责任：{owner}', 'zh-TW': '責任：{owner}', en: 'Owner: {owner}' },
  servesRiskPoints: { 'zh-CN': '对应风险点 {list}', 'zh-TW': '對應風險點 {list}', en: 'For risk points {list}' },
  noMeasures: { 'zh-CN': '无', 'zh-TW': '無', en: 'None' },
  postFindings: { 'zh-CN': '权力配置问题', 'zh-TW': '權力配置問題', en: 'Findings' },
  // Findings section.
  findingsIntro: {
    'zh-CN': '以下是对岗位之间权力配置的检查结果，需由相应责任层级研究整改。',
    'zh-TW': '以下是對崗位之間權力配置的檢查結果，需由相應責任層級研究整改。',
    en: 'Checks of how powers are distributed among posts; each needs to be examined and remedied by those responsible.',
  },
  noFindings: { 'zh-CN': '未发现权力配置问题。', 'zh-TW': '未發現權力配置問題。', en: 'No power-configuration findings.' },
  colFindingType: { 'zh-CN': '问题类型', 'zh-TW': '問題類型', en: 'Finding' },
  colFindingMessage: { 'zh-CN': '说明', 'zh-TW': '說明', en: 'Details' },
  colCount: { 'zh-CN': '个数', 'zh-TW': '個數', en: 'Count' },
  footer: {
    'zh-CN': '本报告由评估数据生成，等级和措施供研究决定时参考。',
    'zh-TW': '本報告由評估資料產生，等級和措施供研究決定時參考。',
    en: 'Generated from the assessment data; levels and measures inform, and do not replace, the decisions of those responsible.',
  },
} as const satisfies Record<string, LocalizedText>;

/** A key of {@link HTML_LABELS}. */
export type HtmlLabelKey = keyof typeof HTML_LABELS;

/** Short phase tags for table cells. */
export const PHASE_TAGS = {
  before: { 'zh-CN': '前期', 'zh-TW': '前期', en: 'Before' },
  during: { 'zh-CN': '中期', 'zh-TW': '中期', en: 'During' },
  after: { 'zh-CN': '后期', 'zh-TW': '後期', en: 'After' },
} as const satisfies Record<Phase, LocalizedText>;

/**
 * Looks up a report label and fills its placeholders.
 * @param key - the label's key
 * @param locale - the locale to use
 * @param params - values for `{name}` placeholders (raw text: the caller escapes the result)
 * @returns the label text, not escaped
 */
export function htmlLabel(key: HtmlLabelKey, locale: Locale, params?: MessageParams): string {
  return fill(HTML_LABELS[key][locale], params, locale);
}
