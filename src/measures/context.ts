/**
 * Where a measure applies, in terms the library can check on the document: which outside parties a
 * power deals with (contractors and suppliers, applicants, regulated entities, intermediaries) and
 * whether it decides fees, amounts of money or penalties. Read from the power's category and from
 * keywords in its name, its steps and its risk points' descriptions; the signs are data below, so
 * a reader can see why a contractor measure was or was not proposed.
 */
import type { Power } from '../model/document.js';
import type { PowerCategory } from '../model/enums.js';
import type { LocalizedText } from '../i18n/locale.js';
import { DECIDED_MATTERS, OUTSIDE_PARTIES, type DecidedMatter, type OutsideParty } from './types.js';

/** How a power shows that it deals with a kind of outside party, or decides a kind of matter. */
export interface ContextSign {
  /** Power categories that always involve it. */
  readonly categories: readonly PowerCategory[];
  /** Keywords in the power's name, steps or risk point descriptions (simplified and traditional forms). */
  readonly keywords: readonly string[];
}

/** The signs of each kind of outside party. */
export const OUTSIDE_PARTY_SIGNS = {
  contractors: {
    categories: ['procurement', 'project'],
    keywords: ['承包商', '承包', '供应商', '供應商', '施工', '外协', '外協', '中标', '得標', '投标', '投標', '招标', '招標', '采购', '採購', '工程款', '厂商', '廠商', '服务商', '服務商'],
  },
  applicants: {
    categories: ['approval'],
    keywords: ['申请人', '申請人', '许可', '許可', '低保', '最低生活保障', '特困', '补贴', '補貼', '救助', '补助', '補助', '办证', '辦證', '群众', '群眾', '报名', '報名', '考生', '招生', '服务对象', '服務對象', '办事', '辦事'],
  },
  regulated: {
    categories: ['enforcement'],
    keywords: ['执法', '執法', '检查', '檢查', '监管', '監管', '处罚', '處罰', '稽查', '督察', '被检查', '当事人', '當事人', '违法', '違法', '经营户', '經營戶'],
  },
  intermediaries: {
    categories: [],
    keywords: ['中介', '仲介', '代理机构', '代理機構', '评估机构', '評估機構', '鉴定机构', '鑑定機構', '招标代理', '招標代理'],
  },
} as const satisfies Record<OutsideParty, ContextSign>;

/** The signs of each matter a power may decide. */
export const DECIDED_MATTER_SIGNS = {
  fees: { categories: [], keywords: ['收费', '收費', '缴费', '繳費', '规费', '規費', '收取费用', '收取費用'] },
  amounts: {
    categories: ['finance', 'procurement', 'project', 'assets'],
    keywords: ['金额', '金額', '资金', '資金', '工程款', '货款', '貨款', '付款', '款项', '款項', '拨款', '撥款', '补贴', '補貼', '报销', '報銷', '支付', '结算', '結算', '预算', '預算'],
  },
  penalties: {
    categories: ['enforcement'],
    keywords: ['处罚', '處罰', '罚款', '罰款', '问责', '問責', '罚没', '罰沒', '处分', '處分'],
  },
} as const satisfies Record<DecidedMatter, ContextSign>;

function shows(sign: ContextSign, category: PowerCategory, text: string): boolean {
  return sign.categories.includes(category as never) || sign.keywords.some((k) => text.includes(k));
}

/** What a power's context is: its outside parties and what it decides. */
export interface PowerContext {
  readonly parties: readonly OutsideParty[];
  readonly decides: readonly DecidedMatter[];
}

// A post's powers are read once per catalog; the answer depends only on the power object.
const CONTEXTS = new WeakMap<Power, PowerContext>();

/**
 * Reads a power's context from its category, name, steps and risk point descriptions.
 * @param power - the power
 * @returns the kinds of outside party it deals with and the matters it decides, in table order
 * @example
 * powerContext({ name: '最低生活保障审核', category: 'approval', steps: ['受理', '入户调查', '审核'], … }).parties // ['applicants']
 */
export function powerContext(power: Power): PowerContext {
  let c = CONTEXTS.get(power);
  if (c === undefined) {
    const text = [power.name, ...power.steps, ...power.riskPoints.map((r) => r.description)].join('\n');
    c = {
      parties: OUTSIDE_PARTIES.filter((p) => shows(OUTSIDE_PARTY_SIGNS[p], power.category, text)),
      decides: DECIDED_MATTERS.filter((d) => shows(DECIDED_MATTER_SIGNS[d], power.category, text)),
    };
    CONTEXTS.set(power, c);
  }
  return c;
}

/** How texts name each kind of outside party (`{parties}`). */
export const PARTY_WORDS = {
  contractors: { 'zh-CN': '承包商、供应商', 'zh-TW': '承包商、供應商', en: 'contractors and suppliers' },
  applicants: { 'zh-CN': '申请人', 'zh-TW': '申請人', en: 'applicants' },
  regulated: { 'zh-CN': '被检查单位', 'zh-TW': '受檢查單位', en: 'inspected parties' },
  intermediaries: { 'zh-CN': '中介机构', 'zh-TW': '仲介機構', en: 'intermediaries' },
} as const satisfies Record<OutsideParty, LocalizedText>;

/** `{parties}` for a power that names none of them. */
export const PARTIES_UNKNOWN: LocalizedText = { 'zh-CN': '服务对象', 'zh-TW': '服務對象', en: 'those served' };

/** Examples of a negative list (`{prohibitions}`), chosen by the kind of power. */
export const PROHIBITION_EXAMPLES = {
  personnel: {
    'zh-CN': '如不得违规打招呼、递条子干预人选，不得泄露酝酿讨论和考察情况，不得突击提拔或“带病提拔”',
    'zh-TW': '如不得違規打招呼、遞條子干預人選，不得洩漏醞釀討論及考察情形，不得突擊提拔或「帶病提拔」',
    en: 'e.g. lobbying or passing notes for a candidate, leaking deliberations or the vetting, promoting in a rush or promoting someone under a cloud',
  },
  finance: {
    'zh-CN': '如不得无审批或越权支付，不得公款私存、挪用资金，不得收受收款单位好处',
    'zh-TW': '如不得未經核准或越權付款，不得公款私存、挪用資金，不得收受收款單位好處',
    en: 'e.g. paying without approval or beyond authority, keeping public money privately or diverting it, taking favours from payees',
  },
  procurement: {
    'zh-CN': '如不得指定或暗示选择特定供应商，不得拆分采购规避招标，不得收受投标人礼品礼金',
    'zh-TW': '如不得指定或暗示選擇特定供應商，不得拆分採購規避招標，不得收受投標人禮品禮金',
    en: 'e.g. naming or hinting at a supplier, splitting purchases to avoid tendering, accepting gifts from bidders',
  },
  project: {
    'zh-CN': '如不得指定或暗示选择特定承包商，不得拆分工程规避招标，不得收受承包商礼品礼金',
    'zh-TW': '如不得指定或暗示選擇特定承包商，不得拆分工程規避招標，不得收受承包商禮品禮金',
    en: 'e.g. naming or hinting at a contractor, splitting works to avoid tendering, accepting gifts from contractors',
  },
  approval: {
    'zh-CN': '如不得设置隐性门槛或增加申请条件，不得先办后补手续，不得收受申请人礼品礼金',
    'zh-TW': '如不得設置隱性門檻或增加申請條件，不得先辦後補手續，不得收受申請人禮品禮金',
    en: 'e.g. setting hidden thresholds or adding conditions, acting first and completing the papers later, accepting gifts from applicants',
  },
  enforcement: {
    'zh-CN': '如不得选择性执法，不得随意减免或加重处罚，不得接受当事人宴请和礼品礼金',
    'zh-TW': '如不得選擇性執法，不得任意減免或加重處罰，不得接受當事人宴請及禮品禮金',
    en: 'e.g. enforcing selectively, reducing or increasing penalties at will, accepting meals or gifts from the parties',
  },
  inspection: {
    'zh-CN': '如不得选择性检查、对问题视而不见，不得故意刁难被检查单位，不得接受被检查单位宴请和礼品礼金',
    'zh-TW': '如不得選擇性檢查、對問題視而不見，不得故意刁難受檢查單位，不得接受受檢查單位宴請及禮品禮金',
    en: 'e.g. inspecting selectively or looking away, making things hard for the inspected on purpose, accepting meals or gifts from them',
  },
  allocation: {
    'zh-CN': '如不得优亲厚友、暗箱操作，不得擅自调整分配对象和数额，不得收受服务对象好处',
    'zh-TW': '如不得優親厚友、暗箱操作，不得擅自調整分配對象及數額，不得收受服務對象好處',
    en: 'e.g. favouring relatives and friends or deciding behind closed doors, changing recipients or amounts without authority, taking favours from those served',
  },
  assets: {
    'zh-CN': '如不得低价或私自处置资产，不得公物私用，不得虚报盘亏和报废',
    'zh-TW': '如不得低價或私自處分資產，不得公物私用，不得虛報盤虧及報廢',
    en: 'e.g. disposing of assets cheaply or privately, using public property privately, reporting false shortfalls or write-offs',
  },
  other: {
    'zh-CN': '如不得越权办理，不得先办后补手续，不得收受管理服务对象礼品礼金',
    'zh-TW': '如不得越權辦理，不得先辦後補手續，不得收受管理服務對象禮品禮金',
    en: 'e.g. acting beyond authority, acting first and completing the papers later, accepting gifts from those managed or served',
  },
} as const satisfies Record<PowerCategory, LocalizedText>;

/** What is published when a power's matter is completed (`{results}`), by the kind of power. */
export const RESULT_EXAMPLES = {
  personnel: { 'zh-CN': '拟任人选和考察情况', 'zh-TW': '擬任人選及考察情形', en: 'the proposed appointee and the vetting' },
  finance: { 'zh-CN': '支付结果和依据', 'zh-TW': '付款結果及依據', en: 'the payments made and their basis' },
  procurement: { 'zh-CN': '中标单位、金额和评审结果', 'zh-TW': '得標廠商、金額及評審結果', en: 'the winning supplier, the amount and the evaluation' },
  project: { 'zh-CN': '中标单位、金额和评审结果', 'zh-TW': '得標廠商、金額及評審結果', en: 'the winning contractor, the amount and the evaluation' },
  approval: { 'zh-CN': '审批结果和依据', 'zh-TW': '審批結果及依據', en: 'the decision and its basis' },
  enforcement: { 'zh-CN': '处罚决定、依据和金额', 'zh-TW': '處罰決定、依據及金額', en: 'the penalty, its basis and amount' },
  inspection: { 'zh-CN': '检查结果和整改要求', 'zh-TW': '檢查結果及改善要求', en: 'the inspection results and the corrections required' },
  allocation: { 'zh-CN': '分配对象、数额和依据', 'zh-TW': '分配對象、數額及依據', en: 'the recipients, amounts and basis' },
  assets: { 'zh-CN': '处置结果、价格和受让方', 'zh-TW': '處分結果、價格及受讓方', en: 'the disposal, its price and the buyer' },
  other: { 'zh-CN': '办理结果', 'zh-TW': '辦理結果', en: 'the result' },
} as const satisfies Record<PowerCategory, LocalizedText>;

/**
 * Examples more specific than the kind of power, chosen by keywords in the power's name (the first
 * variant whose category and keyword match wins): recruitment, appraisals and pay among personnel
 * powers, benefits among approvals, admissions and land among allocations, claims among finance.
 */
export const CONTEXT_VARIANTS = [
  {
    category: 'personnel',
    keywords: ['招聘', '招录', '聘用', '考录', '招錄', '考錄'],
    prohibitions: {
      'zh-CN': '如不得因人设岗、“量身定制”招聘条件，不得泄露试题或评分标准，不得违规降低资格条件录用',
      'zh-TW': '如不得因人設崗、「量身訂做」招聘條件，不得洩漏試題或評分標準，不得違規降低資格條件錄用',
      en: 'e.g. creating a post for a person or tailoring the conditions, leaking test papers or marking schemes, hiring below the required qualifications',
    },
    results: { 'zh-CN': '考试成绩和拟聘用人员名单', 'zh-TW': '考試成績及擬聘用人員名單', en: 'the scores and the proposed appointees' },
  },
  {
    category: 'personnel',
    keywords: ['考核', '评优', '职称', '评先', '評優', '職稱', '評先'],
    prohibitions: {
      'zh-CN': '如不得凭个人好恶打分，不得搞平衡照顾、轮流坐庄，不得违规调整评优名额和推荐结果',
      'zh-TW': '如不得憑個人好惡評分，不得搞平衡照顧、輪流坐莊，不得違規調整評優名額及推薦結果',
      en: 'e.g. scoring by personal preference, sharing out awards to keep the peace or by turns, changing quotas or recommendations against the rules',
    },
    results: { 'zh-CN': '考核评优结果和名额分配', 'zh-TW': '考核評優結果及名額分配', en: 'the appraisal results and the quotas' },
  },
  {
    category: 'personnel',
    keywords: ['工资', '福利', '津补贴', '职级', '薪酬', '工資', '津補貼', '職級'],
    prohibitions: {
      'zh-CN': '如不得违规提高工资档次、虚报津补贴，不得为不符合条件的人员办理晋升，不得向离岗人员继续发放',
      'zh-TW': '如不得違規提高薪資級距、虛報津貼補助，不得為不符條件人員辦理晉升，不得向離職人員繼續發放',
      en: 'e.g. raising pay grades or claiming allowances against the rules, promoting people who do not qualify, paying people who have left',
    },
    results: { 'zh-CN': '工资福利和职级调整结果', 'zh-TW': '薪資福利及職級調整結果', en: 'the pay, benefit and grade changes' },
  },
  {
    category: 'approval',
    keywords: ['低保', '最低生活保障', '特困', '救助', '补贴', '补助', '优抚', '補貼', '補助', '優撫'],
    prohibitions: {
      'zh-CN': '如不得优亲厚友、办“人情保”“关系保”，不得降低或抬高认定标准，不得收受申请人财物',
      'zh-TW': '如不得優親厚友、辦「人情保」「關係保」，不得降低或抬高認定標準，不得收受申請人財物',
      en: 'e.g. favouring relatives and friends or granting benefits for connections, lowering or raising the eligibility standard, taking anything from applicants',
    },
    results: { 'zh-CN': '救助对象、标准和金额', 'zh-TW': '救助對象、標準及金額', en: 'the recipients, standards and amounts' },
  },
  {
    category: 'allocation',
    keywords: ['招生', '录取', '錄取'],
    prohibitions: {
      'zh-CN': '如不得违规调整计划或合格线，不得为特定考生打招呼、“保驾护航”，不得收受考生及家长财物',
      'zh-TW': '如不得違規調整計畫或合格線，不得為特定考生關說、「保駕護航」，不得收受考生及家長財物',
      en: 'e.g. changing quotas or pass marks against the rules, lobbying for particular candidates, taking anything from candidates or their parents',
    },
    results: { 'zh-CN': '录取名单和成绩', 'zh-TW': '錄取名單及成績', en: 'the admitted candidates and their scores' },
  },
  {
    category: 'allocation',
    keywords: ['出让', '供地', '土地', '出讓', '供地'],
    prohibitions: {
      'zh-CN': '如不得设置排他性竞买条件，不得泄露底价和竞买人信息，不得收受竞买人好处',
      'zh-TW': '如不得設置排他性競買條件，不得洩漏底價及競買人資訊，不得收受競買人好處',
      en: 'e.g. setting conditions only one bidder can meet, leaking the reserve price or the bidders, taking favours from bidders',
    },
    results: { 'zh-CN': '成交结果、价格和受让方', 'zh-TW': '成交結果、價格及受讓方', en: 'the result, the price and the buyer' },
  },
  {
    category: 'finance',
    keywords: ['报销', '经费', '報銷', '經費'],
    prohibitions: {
      'zh-CN': '如不得审核放行虚假票据和超标准、超范围费用，不得自批自报，不得收受报销人好处',
      'zh-TW': '如不得審核放行不實單據及超標準、超範圍費用，不得自批自報，不得收受報銷人好處',
      en: 'e.g. passing false receipts or spending beyond the standard or the scope, approving one\'s own claims, taking favours from claimants',
    },
    results: { 'zh-CN': '报销审核结果和依据', 'zh-TW': '報銷審核結果及依據', en: 'the claims approved and their basis' },
  },
] as const satisfies readonly { readonly category: PowerCategory; readonly keywords: readonly string[]; readonly prohibitions: LocalizedText; readonly results: LocalizedText }[];

/**
 * The context placeholders of a power: `{parties}`, `{prohibitions}`, `{results}`.
 * @param power - the power's category, its outside parties and (for {@link CONTEXT_VARIANTS}) its name
 * @returns the values in every locale
 * @example
 * contextValues({ category: 'personnel', name: '公开招聘' }).prohibitions['zh-CN'] // 如不得因人设岗……
 */
export function contextValues(power: { readonly category: PowerCategory; readonly parties?: readonly OutsideParty[]; readonly name?: string }): {
  readonly parties: LocalizedText;
  readonly prohibitions: LocalizedText;
  readonly results: LocalizedText;
} {
  const kinds = power.parties ?? [];
  const parties: LocalizedText =
    kinds.length === 0
      ? PARTIES_UNKNOWN
      : {
          'zh-CN': kinds.map((k) => PARTY_WORDS[k]['zh-CN']).join('、'),
          'zh-TW': kinds.map((k) => PARTY_WORDS[k]['zh-TW']).join('、'),
          en: kinds.map((k) => PARTY_WORDS[k].en).join(', '),
        };
  const name = power.name ?? '';
  const variant = CONTEXT_VARIANTS.find((v) => v.category === power.category && v.keywords.some((k) => name.includes(k)));
  return {
    parties,
    prohibitions: variant?.prohibitions ?? PROHIBITION_EXAMPLES[power.category] ?? PROHIBITION_EXAMPLES.other,
    results: variant?.results ?? RESULT_EXAMPLES[power.category] ?? RESULT_EXAMPLES.other,
  };
}
