/**
 * The nine grading factors (评估依据) as data: label, the question an assessor answers, and what
 * ratings 1, 3 and 5 mean, so that two assessors rate the same risk point alike.
 * Source: the risk-grading passage of the practice (第四篇 2.2.3): the first six are the basis of
 * grading, the last three are "combined with" them (同时还要结合).
 */
import type { Locale, LocalizedText } from '../i18n/locale.js';
import type { Rating } from './document.js';
import { FACTOR_IDS, type FactorId } from './enums.js';

/** The anchored ratings: what 1, 3 and 5 mean; 2 and 4 lie between their neighbours. */
export interface FactorAnchors {
  readonly 1: LocalizedText;
  readonly 3: LocalizedText;
  readonly 5: LocalizedText;
}

/** One grading factor. */
export interface FactorDefinition {
  /** The factor's id, one of {@link FACTOR_IDS}. */
  readonly id: FactorId;
  /** A short name. */
  readonly label: LocalizedText;
  /** The one-line question an assessor answers with a rating 1-5. */
  readonly question: LocalizedText;
  /** What ratings 1, 3 and 5 mean. */
  readonly anchors: FactorAnchors;
  /** Whether the post may rate it for its risk points to inherit. */
  readonly ratedOnPost: boolean;
}

/** The nine factors in the order of {@link FACTOR_IDS}. */
export const FACTORS = [
  {
    id: 'fundLinkage',
    label: { 'zh-CN': '资金关联程度', 'zh-TW': '資金關聯程度', en: 'Fund linkage' },
    question: {
      'zh-CN': '这项权力与资金、物资的关联有多直接？',
      'zh-TW': '這項權力與資金、物資的關聯有多直接？',
      en: 'How directly is this power linked to money and goods?',
    },
    anchors: {
      1: { 'zh-CN': '不接触资金和物资', 'zh-TW': '不接觸資金和物資', en: 'No contact with funds or goods' },
      3: {
        'zh-CN': '经办或初审资金事项，但不决定支付',
        'zh-TW': '經辦或初審資金事項，但不決定支付',
        en: 'Handles or first reviews money matters but does not decide payment',
      },
      5: {
        'zh-CN': '直接审批或支付大额资金、管理大宗物资',
        'zh-TW': '直接審批或支付大額資金、管理大宗物資',
        en: 'Approves or pays out large sums directly, or manages bulk goods',
      },
    },
    ratedOnPost: false,
  },
  {
    id: 'discretion',
    label: { 'zh-CN': '自由裁量空间', 'zh-TW': '自由裁量空間', en: 'Discretion' },
    question: {
      'zh-CN': '办理时个人可以自行决定的空间有多大？',
      'zh-TW': '辦理時個人可以自行決定的空間有多大？',
      en: 'How much can the holder decide on their own?',
    },
    anchors: {
      1: {
        'zh-CN': '按明确标准办理，没有选择余地',
        'zh-TW': '按明確標準辦理，沒有選擇餘地',
        en: 'Follows explicit standards with no room for choice',
      },
      3: {
        'zh-CN': '在规定的幅度或档次内选择',
        'zh-TW': '在規定的幅度或檔次內選擇',
        en: 'Chooses within a prescribed range or set of grades',
      },
      5: {
        'zh-CN': '标准模糊，可自行决定对象、数额或结果',
        'zh-TW': '標準模糊，可自行決定對象、數額或結果',
        en: 'Vague standards; decides whom, how much or the outcome alone',
      },
    },
    ratedOnPost: false,
  },
  {
    id: 'externalContact',
    label: { 'zh-CN': '对外业务往来频繁程度', 'zh-TW': '對外業務往來頻繁程度', en: 'External contact' },
    question: {
      'zh-CN': '办理时与服务对象、供应商、承包商等外部单位打交道有多频繁？',
      'zh-TW': '辦理時與服務對象、供應商、承包商等外部單位打交道有多頻繁？',
      en: 'How often does the work deal with clients, suppliers or contractors?',
    },
    anchors: {
      1: { 'zh-CN': '只在单位内部办理', 'zh-TW': '只在單位內部辦理', en: 'Internal work only' },
      3: {
        'zh-CN': '定期与少数外部单位往来',
        'zh-TW': '定期與少數外部單位往來',
        en: 'Regular dealings with a few outside parties',
      },
      5: {
        'zh-CN': '经常与众多外部单位直接往来，存在利益请托',
        'zh-TW': '經常與眾多外部單位直接往來，存在利益請託',
        en: 'Frequent direct dealings with many outside parties who seek favours',
      },
    },
    ratedOnPost: false,
  },
  {
    id: 'opacity',
    label: { 'zh-CN': '权力运行不透明程度', 'zh-TW': '權力運行不透明程度', en: 'Opacity' },
    question: {
      'zh-CN': '权力运行的依据、过程和结果有多不公开？',
      'zh-TW': '權力運行的依據、過程和結果有多不公開？',
      en: 'How hidden are the basis, process and result of the power?',
    },
    anchors: {
      1: {
        'zh-CN': '依据、流程、结果全部公开，全程留痕',
        'zh-TW': '依據、流程、結果全部公開，全程留痕',
        en: 'Basis, flow and result all public, with a full trace',
      },
      3: {
        'zh-CN': '结果公开，过程只在内部可查',
        'zh-TW': '結果公開，過程只在內部可查',
        en: 'Result public; process visible only internally',
      },
      5: {
        'zh-CN': '不公开、无记录，外人无从知晓',
        'zh-TW': '不公開、無記錄，外人無從知曉',
        en: 'Nothing published or recorded; invisible to outsiders',
      },
    },
    ratedOnPost: false,
  },
  {
    id: 'likelihood',
    label: { 'zh-CN': '发生可能性', 'zh-TW': '發生可能性', en: 'Likelihood' },
    question: {
      'zh-CN': '这一风险实际发生的可能性有多大？',
      'zh-TW': '這一風險實際發生的可能性有多大？',
      en: 'How likely is it that this risk actually happens?',
    },
    anchors: {
      1: {
        'zh-CN': '几乎不可能，本单位和同类单位未见先例',
        'zh-TW': '幾乎不可能，本單位和同類單位未見先例',
        en: 'Almost impossible; no precedent here or in similar units',
      },
      3: {
        'zh-CN': '有可能，同类单位发生过',
        'zh-TW': '有可能，同類單位發生過',
        en: 'Possible; it has happened in similar units',
      },
      5: {
        'zh-CN': '很可能，有明显诱因或已有苗头',
        'zh-TW': '很可能，有明顯誘因或已有苗頭',
        en: 'Very likely; clear incentives or early signs already seen',
      },
    },
    ratedOnPost: false,
  },
  {
    id: 'harm',
    label: { 'zh-CN': '危害程度', 'zh-TW': '危害程度', en: 'Harm' },
    question: {
      'zh-CN': '一旦发生，对公共利益、单位和群众的危害有多严重？',
      'zh-TW': '一旦發生，對公共利益、單位和群眾的危害有多嚴重？',
      en: 'If it happens, how serious is the harm to the public, the unit and the people?',
    },
    anchors: {
      1: {
        'zh-CN': '损失轻微，可当场纠正',
        'zh-TW': '損失輕微，可當場糾正',
        en: 'Minor loss that can be corrected on the spot',
      },
      3: {
        'zh-CN': '造成一定经济损失或不良影响',
        'zh-TW': '造成一定經濟損失或不良影響',
        en: 'Some financial loss or adverse effect',
      },
      5: {
        'zh-CN': '重大经济损失、安全事故或恶劣社会影响',
        'zh-TW': '重大經濟損失、安全事故或惡劣社會影響',
        en: 'Major financial loss, a safety accident or grave public impact',
      },
    },
    ratedOnPost: false,
  },
  {
    id: 'monitoringDifficulty',
    label: { 'zh-CN': '监控难度', 'zh-TW': '監控難度', en: 'Monitoring difficulty' },
    question: {
      'zh-CN': '发现和监督这一风险有多难？',
      'zh-TW': '發現和監督這一風險有多難？',
      en: 'How hard is it to detect and supervise this risk?',
    },
    anchors: {
      1: {
        'zh-CN': '平台实时监控或多人交叉核对，偏差立即可见',
        'zh-TW': '平台即時監控或多人交叉核對，偏差立即可見',
        en: 'Real-time platform checks or cross-checking; deviations show at once',
      },
      3: {
        'zh-CN': '靠事后检查或抽查才能发现',
        'zh-TW': '靠事後檢查或抽查才能發現',
        en: 'Found only by later inspection or spot checks',
      },
      5: {
        'zh-CN': '一人经办、现场无记录，难以发现',
        'zh-TW': '一人經辦、現場無記錄，難以發現',
        en: 'One person on site with no record; hard to detect',
      },
    },
    ratedOnPost: false,
  },
  {
    id: 'importance',
    label: { 'zh-CN': '岗位重要程度', 'zh-TW': '崗位重要程度', en: 'Post importance' },
    question: {
      'zh-CN': '这个岗位对单位有多重要？',
      'zh-TW': '這個崗位對單位有多重要？',
      en: 'How important is the post to the unit?',
    },
    anchors: {
      1: {
        'zh-CN': '辅助性岗位，不涉及核心业务',
        'zh-TW': '輔助性崗位，不涉及核心業務',
        en: 'Supporting post outside the core business',
      },
      3: {
        'zh-CN': '承担单位一项主要业务',
        'zh-TW': '承擔單位一項主要業務',
        en: 'Carries one of the unit\'s main lines of work',
      },
      5: {
        'zh-CN': '管钱、管物、管人、管项目的关键岗位',
        'zh-TW': '管錢、管物、管人、管項目的關鍵崗位',
        en: 'A key post that manages money, goods, people or projects',
      },
    },
    ratedOnPost: true,
  },
  {
    id: 'influence',
    label: { 'zh-CN': '职务影响力', 'zh-TW': '職務影響力', en: 'Influence of the position' },
    question: {
      'zh-CN': '凭这个职务能对他人、他事施加多大影响？',
      'zh-TW': '憑這個職務能對他人、他事施加多大影響？',
      en: 'How much sway over others does the position give?',
    },
    anchors: {
      1: {
        'zh-CN': '一般工作人员，影响限于本人工作',
        'zh-TW': '一般工作人員，影響限於本人工作',
        en: 'Staff member; influence limited to own work',
      },
      3: {
        'zh-CN': '中层负责人，能影响本部门事项',
        'zh-TW': '中層負責人，能影響本部門事項',
        en: 'Middle manager; sway over the department\'s matters',
      },
      5: {
        'zh-CN': '单位领导，能影响人事、资金和重大决策',
        'zh-TW': '單位領導，能影響人事、資金和重大決策',
        en: 'Unit leader; sway over appointments, funds and major decisions',
      },
    },
    ratedOnPost: true,
  },
] as const satisfies readonly FactorDefinition[];

const BY_ID: ReadonlyMap<FactorId, FactorDefinition> = new Map(FACTORS.map((f) => [f.id, f]));

/**
 * Tells whether a value is one of the nine factor ids.
 * @param value - anything, e.g. a key read from a model file
 * @returns true for a factor id
 */
export function isFactorId(value: unknown): value is FactorId {
  return typeof value === 'string' && (FACTOR_IDS as readonly string[]).includes(value);
}

/**
 * The definition of a factor.
 * @param id - a factor id
 * @returns its label, question and anchors
 * @example
 * factorDefinition('fundLinkage').anchors[5].en // 'Approves or pays out large sums directly, or manages bulk goods'
 */
export function factorDefinition(id: FactorId): FactorDefinition {
  const found = BY_ID.get(id);
  /* c8 ignore next */
  if (found === undefined) throw new Error(`unknown factor ${id}`);
  return found;
}

/**
 * A factor's label in one locale.
 * @param id - a factor id
 * @param locale - the locale
 * @returns the label
 */
export function factorLabel(id: FactorId, locale: Locale): string {
  return factorDefinition(id).label[locale];
}

/**
 * The anchored meaning of a rating: 1, 3 and 5 have their own text; 2 and 4 are described as lying
 * between their neighbours.
 * @param id - a factor id
 * @param rating - a rating 1-5
 * @returns the meaning in every locale
 */
export function ratingMeaning(id: FactorId, rating: Rating): LocalizedText {
  const a = factorDefinition(id).anchors;
  if (rating === 1 || rating === 3 || rating === 5) return a[rating];
  const lo = rating === 2 ? a[1] : a[3];
  const hi = rating === 2 ? a[3] : a[5];
  return {
    'zh-CN': `介于“${lo['zh-CN']}”与“${hi['zh-CN']}”之间`,
    'zh-TW': `介於「${lo['zh-TW']}」與「${hi['zh-TW']}」之間`,
    en: `Between "${lo.en}" and "${hi.en}"`,
  };
}
