/**
 * Every text the text renderers (Markdown, CSV) write that does not come from the catalog itself:
 * headings, column headings, card labels, and the labels of vocabularies no other module labels
 * (warning tiers, measure status, factor headings, finding titles). Data only, declared once, in
 * zh-CN, zh-TW and en.
 *
 * Labels that live with their vocabularies are not repeated here: levels, ranks, power and risk
 * categories in `src/model/enums.ts`; phases, measure kinds and owner tiers in
 * `src/measures/messages.ts`.
 */
import type { LocalizedText } from '../i18n/locale.js';
import type { WarningTier } from '../catalog/types.js';
import type { SelectedMeasure } from '../measures/types.js';

/**
 * Headings and labels, by stable key. Templates may hold `{name}` placeholders filled with
 * `fill()` from `src/i18n/locale.ts`.
 */
export const RENDER_LABELS = {
  // Document
  title: { 'zh-CN': '岗位廉政风险防控一览表', 'zh-TW': '崗位廉政風險防控一覽表', en: 'Post Integrity Risk Catalog' },
  organization: { 'zh-CN': '单位', 'zh-TW': '單位', en: 'Organization' },
  assessedOn: { 'zh-CN': '评估日期', 'zh-TW': '評估日期', en: 'Assessed on' },
  asOf: { 'zh-CN': '复核日期起算日', 'zh-TW': '複核日期起算日', en: 'Review dates counted from' },
  model: { 'zh-CN': '评估模型', 'zh-TW': '評估模型', en: 'Scoring model' },
  contents: { 'zh-CN': '目录', 'zh-TW': '目錄', en: 'Contents' },

  // Summary
  summary: { 'zh-CN': '汇总', 'zh-TW': '彙總', en: 'Summary' },
  posts: { 'zh-CN': '岗位', 'zh-TW': '崗位', en: 'Posts' },
  powers: { 'zh-CN': '权力事项', 'zh-TW': '權力事項', en: 'Powers' },
  riskPoints: { 'zh-CN': '风险点', 'zh-TW': '風險點', en: 'Risk points' },
  count: { 'zh-CN': '数量', 'zh-TW': '數量', en: 'Count' },
  total: { 'zh-CN': '合计', 'zh-TW': '合計', en: 'Total' },
  item: { 'zh-CN': '项目', 'zh-TW': '項目', en: 'Item' },
  inherent: { 'zh-CN': '固有风险', 'zh-TW': '固有風險', en: 'inherent' },
  residual: { 'zh-CN': '剩余风险', 'zh-TW': '剩餘風險', en: 'residual' },
  publishedLevel: { 'zh-CN': '原定：{level}', 'zh-TW': '原定：{level}', en: 'as published: {level}' },
  residualNote: {
    'zh-CN': '剩余风险：已有防控措施落实后的风险。',
    'zh-TW': '剩餘風險：既有防控措施落實後的風險。',
    en: 'Residual: the risk with the measures already in place.',
  },
  postsByLevel: { 'zh-CN': '岗位风险等级分布', 'zh-TW': '崗位風險等級分佈', en: 'Posts by level' },
  riskPointsByLevel: { 'zh-CN': '风险点等级分布', 'zh-TW': '風險點等級分佈', en: 'Risk points by level' },
  byDepartment: { 'zh-CN': '各部门风险分布', 'zh-TW': '各部門風險分佈', en: 'By department' },
  byRiskCategory: { 'zh-CN': '按风险类别', 'zh-TW': '按風險類別', en: 'By risk category' },
  byPowerCategory: { 'zh-CN': '按权力类别', 'zh-TW': '按權力類別', en: 'By power category' },
  keyPosts: { 'zh-CN': '重点岗位', 'zh-TW': '重點崗位', en: 'Key posts' },
  heatmap: { 'zh-CN': '可能性 × 危害程度', 'zh-TW': '可能性 × 危害程度', en: 'Likelihood × harm' },
  heatmapRows: { 'zh-CN': '可能性＼危害程度', 'zh-TW': '可能性＼危害程度', en: 'Likelihood \\ harm' },
  unratedForHeatmap: {
    'zh-CN': '未评定可能性或危害程度的风险点：{n} 个',
    'zh-TW': '未評定可能性或危害程度的風險點：{n} 個',
    en: 'Risk points without a likelihood or harm rating: {n}',
  },
  none: { 'zh-CN': '无', 'zh-TW': '無', en: 'None' },

  // Catalog table columns (the practice's 一览表)
  colSeq: { 'zh-CN': '序号', 'zh-TW': '序號', en: 'No.' },
  colDepartment: { 'zh-CN': '部门', 'zh-TW': '部門', en: 'Department' },
  colPost: { 'zh-CN': '岗位', 'zh-TW': '崗位', en: 'Post' },
  colPower: { 'zh-CN': '权力事项', 'zh-TW': '權力事項', en: 'Power' },
  colPowerCategory: { 'zh-CN': '权力类别', 'zh-TW': '權力類別', en: 'Power category' },
  colStep: { 'zh-CN': '流程环节', 'zh-TW': '流程環節', en: 'Step' },
  colRiskPoint: { 'zh-CN': '风险点', 'zh-TW': '風險點', en: 'Risk point' },
  colRiskCategory: { 'zh-CN': '风险类别', 'zh-TW': '風險類別', en: 'Risk category' },
  colLevel: { 'zh-CN': '风险等级', 'zh-TW': '風險等級', en: 'Level' },
  colMeasures: { 'zh-CN': '防控措施', 'zh-TW': '防控措施', en: 'Prevention measures' },
  colOwner: { 'zh-CN': '责任人/责任层级', 'zh-TW': '責任人/責任層級', en: 'Responsible' },

  // Post cards
  postsSection: { 'zh-CN': '岗位风险卡片与一览表', 'zh-TW': '崗位風險卡片與一覽表', en: 'Posts: risk cards and catalog' },
  postHeading: { 'zh-CN': '{department} · {post}', 'zh-TW': '{department} · {post}', en: '{department} · {post}' },
  rank: { 'zh-CN': '职级', 'zh-TW': '職級', en: 'Rank' },
  tenureYears: { 'zh-CN': '任职年限', 'zh-TW': '任職年限', en: 'Years in post' },
  years: { 'zh-CN': '{n} 年', 'zh-TW': '{n} 年', en: '{n} years' },
  days: { 'zh-CN': '{n} 天', 'zh-TW': '{n} 天', en: '{n} days' },
  keyPost: { 'zh-CN': '重点岗位', 'zh-TW': '重點崗位', en: 'Key post' },
  level: { 'zh-CN': '风险等级', 'zh-TW': '風險等級', en: 'Level' },
  score: { 'zh-CN': '风险得分', 'zh-TW': '風險得分', en: 'Score' },
  residualLevel: { 'zh-CN': '剩余风险等级', 'zh-TW': '剩餘風險等級', en: 'Residual level' },
  residualScore: { 'zh-CN': '剩余风险得分', 'zh-TW': '剩餘風險得分', en: 'Residual score' },
  levelWithScore: { 'zh-CN': '{level}（{score} 分）', 'zh-TW': '{level}（{score} 分）', en: '{level} ({score})' },
  explanation: { 'zh-CN': '评定说明', 'zh-TW': '評定說明', en: 'Why this level' },
  warning: { 'zh-CN': '预警', 'zh-TW': '預警', en: 'Early warning' },
  warningOwner: { 'zh-CN': '预警责任层级', 'zh-TW': '預警責任層級', en: 'Warning owner' },
  reviewCycle: { 'zh-CN': '复核周期', 'zh-TW': '複核週期', en: 'Review cycle' },
  nextReviewOn: { 'zh-CN': '下次复核', 'zh-TW': '下次複核', en: 'Next review' },
  findings: { 'zh-CN': '权力配置问题', 'zh-TW': '權力配置問題', en: 'Power-configuration findings' },
  noFindings: { 'zh-CN': '未发现权力配置问题。', 'zh-TW': '未發現權力配置問題。', en: 'No power-configuration findings.' },
  measuresByPhase: { 'zh-CN': '防控措施（按阶段）', 'zh-TW': '防控措施（按階段）', en: 'Prevention measures by phase' },
  postMeasures: { 'zh-CN': '岗位通用防控措施', 'zh-TW': '崗位通用防控措施', en: 'Measures for the whole post' },
  measure: { 'zh-CN': '措施', 'zh-TW': '措施', en: 'Measure' },
  measureKind: { 'zh-CN': '类型', 'zh-TW': '類型', en: 'Kind' },
  measureOwner: { 'zh-CN': '责任层级', 'zh-TW': '責任層級', en: 'Owner' },
  measureStatus: { 'zh-CN': '状态', 'zh-TW': '狀態', en: 'Status' },
  indicator: { 'zh-CN': '监测指标', 'zh-TW': '監測指標', en: 'Indicator' },
  reviewDays: { 'zh-CN': '复核周期', 'zh-TW': '複核週期', en: 'Review every' },
  servesRiskPoints: { 'zh-CN': '对应风险点', 'zh-TW': '對應風險點', en: 'Risk points served' },
  noPowers: { 'zh-CN': '该岗位未列出权力事项。', 'zh-TW': '該崗位未列出權力事項。', en: 'No powers are listed for this post.' },
  noRiskPoints: { 'zh-CN': '（未识别风险点）', 'zh-TW': '（未識別風險點）', en: '(no risk points identified)' },
  noMeasures: { 'zh-CN': '无防控措施。', 'zh-TW': '無防控措施。', en: 'No measures.' },
  measureInPlace: { 'zh-CN': '{title}（已落实）', 'zh-TW': '{title}（已落實）', en: '{title} (in place)' },
  measureProposed: { 'zh-CN': '{title}（建议）', 'zh-TW': '{title}（建議）', en: '{title} (proposed)' },
  ownMeasures: { 'zh-CN': '本单位防控措施', 'zh-TW': '本單位防控措施', en: "The unit's own measures" },
  ownMeasureResponsible: { 'zh-CN': '责任人：{text}', 'zh-TW': '責任人：{text}', en: 'Responsible: {text}' },
  ownMeasureDeadline: { 'zh-CN': '时限：{text}', 'zh-TW': '時限：{text}', en: 'Deadline: {text}' },
  ownMeasureIndicator: { 'zh-CN': '指标：{text}', 'zh-TW': '指標：{text}', en: 'Indicator: {text}' },
  ownMeasureLowers: { 'zh-CN': '降低：{list}', 'zh-TW': '降低：{list}', en: 'Lowers: {list}' },
  phaseItem: { 'zh-CN': '{phase}：{text}', 'zh-TW': '{phase}：{text}', en: '{phase}: {text}' },
  listSeparator: { 'zh-CN': '、', 'zh-TW': '、', en: ', ' },
  priorIncident: { 'zh-CN': '曾发生问题', 'zh-TW': '曾發生問題', en: 'Prior incident' },
  majorMatter: { 'zh-CN': '“三重一大”事项', 'zh-TW': '「三重一大」事項', en: 'Major matter (三重一大)' },
  collectiveDecision: { 'zh-CN': '集体决策', 'zh-TW': '集體決策', en: 'Collective decision' },
  steps: { 'zh-CN': '流程环节', 'zh-TW': '流程環節', en: 'Steps' },
  controls: { 'zh-CN': '已有防控措施', 'zh-TW': '既有防控措施', en: 'Measures in place' },
  yes: { 'zh-CN': '是', 'zh-TW': '是', en: 'Yes' },
  no: { 'zh-CN': '否', 'zh-TW': '否', en: 'No' },

  // Findings and warnings sections
  findingsSection: { 'zh-CN': '权力配置问题', 'zh-TW': '權力配置問題', en: 'Power-configuration findings' },
  warningsSection: { 'zh-CN': '预警', 'zh-TW': '預警', en: 'Early warnings' },
  warningTier: { 'zh-CN': '预警等级', 'zh-TW': '預警等級', en: 'Warning tier' },
  warningRule: {
    'zh-CN':
      '岗位风险等级为高、中、低的，分别发出红色、黄色、蓝色预警；每有一项加重情形（曾发生廉政问题、存在权力配置问题、风险等级较上一周期升高）预警提高一级，至红色为止。预警由岗位的上一级负责：一般岗位由部门负责人，中层由分管领导，副职由主要领导，主要负责人由上级纪委、派驻纪检监察组。各岗位的预警、复核周期和下次复核日期见岗位风险卡片。',
    'zh-TW':
      '崗位風險等級為高、中、低者，分別發出紅色、黃色、藍色預警；每有一項加重情形（曾發生廉政問題、存在權力配置問題、風險等級較上一週期升高）預警提高一級，至紅色為止。預警由崗位的上一級負責：一般崗位由部門主管，中層由分管領導，副職由主要領導，主要負責人由上級紀委、派駐紀檢監察組。各崗位的預警、複核週期與下次複核日期見崗位風險卡片。',
    en: 'Posts graded high, medium and low receive red, yellow and blue warnings; each aggravating signal (a prior incident, findings on the post, a level that rose since the last cycle) raises the warning one tier, up to red. The tier above the post owns it: a staff post its head of department, a middle manager the leader in charge, a deputy the principal leader, the principal the discipline body above. Each post card gives its warning, review cycle and next review date.',
  },
  warningSignals: { 'zh-CN': '加重情形', 'zh-TW': '加重情形', en: 'Aggravating signals' },
} as const satisfies Record<string, LocalizedText>;

/** A key of {@link RENDER_LABELS}. */
export type RenderLabelKey = keyof typeof RENDER_LABELS;

/** Measure status. */
export const MEASURE_STATUS_LABELS = {
  'in-place': { 'zh-CN': '已落实', 'zh-TW': '已落實', en: 'In place' },
  proposed: { 'zh-CN': '建议', 'zh-TW': '建議', en: 'Proposed' },
} as const satisfies Record<SelectedMeasure['status'], LocalizedText>;

/** Early-warning tiers. */
export const WARNING_TIER_LABELS = {
  red: { 'zh-CN': '红色预警', 'zh-TW': '紅色預警', en: 'Red warning' },
  yellow: { 'zh-CN': '黄色预警', 'zh-TW': '黃色預警', en: 'Yellow warning' },
  blue: { 'zh-CN': '蓝色预警', 'zh-TW': '藍色預警', en: 'Blue warning' },
} as const satisfies Record<WarningTier, LocalizedText>;

