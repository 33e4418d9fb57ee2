/**
 * The fit corpus: for risk points of the shipped examples and of a township written for the test
 * (test/fixtures/township.json), the measures a discipline-inspection officer would expect on the row
 * and those that would read wrong there, each with its reason in one line. `fit-corpus.test.ts`
 * checks every entry against the catalog the library builds.
 *
 * - `must`: the template is on the risk point (proposed, or in place where the unit lists it);
 * - `mustNot`: the template is not proposed on the risk point;
 * - `says`: the filled zh-CN text of a template on the risk point (or of the post) contains the words.
 * Post entries (`post`) speak of the measures listed once for the whole post.
 */

/** Where an entry's document comes from. */
export type CorpusSource = 'county-bureau' | 'county-bureau-2025' | 'oilfield-service-center' | 'university' | 'township';

/** A template and why. */
export interface Reasoned {
  readonly id: string;
  readonly why: string;
}

/** Words a filled text must contain, and why. */
export interface Saying {
  readonly id: string;
  readonly contains: string;
  readonly why: string;
}

/** One risk point's expectations. */
export interface RiskPointEntry {
  readonly source: CorpusSource;
  readonly riskPoint: string;
  readonly must?: readonly Reasoned[];
  readonly mustNot?: readonly Reasoned[];
  readonly says?: readonly Saying[];
}

/** One post's expectations about its measures for the whole post. */
export interface PostEntry {
  readonly source: CorpusSource;
  readonly post: string;
  readonly must?: readonly Reasoned[];
  readonly mustNot?: readonly Reasoned[];
  readonly says?: readonly Saying[];
}

const m = (id: string, why: string): Reasoned => ({ id, why });
const say = (id: string, contains: string, why: string): Saying => ({ id, contains, why });

/** Reasons shared by many entries. */
const NO_CONTRACTORS = '该权力不与承包商、供应商打交道';
const NO_PENALTY = '该环节不决定处罚';

/** Risk points: what must and must not be proposed there. */
export const RISK_POINT_CORPUS: readonly RiskPointEntry[] = [
  // ── 某县自然资源和规划局 ─────────────────────────────────────────────────────────────────────
  {
    source: 'county-bureau',
    riskPoint: 'cb-rp-director-cadre-motion',
    must: [m('cadre-selection-record', '干部选任的动议环节要全程纪实'), m('principal-speaks-last', '一把手主持党组讨论人选，应末位表态')],
    mustNot: [m('supplier-integrity-agreement', '干部选任不涉及供应商'), m('contractor-return-visit', NO_CONTRACTORS), m('penalty-rules', NO_PENALTY)],
  },
  {
    source: 'county-bureau',
    riskPoint: 'cb-rp-director-cadre-inspect',
    must: [m('integrity-opinion', '考察环节要听取纪检监察机关的党风廉政意见（凡提四必）'), m('interference-log', '“授意考察组”是干预插手，须登记报告')],
    mustNot: [m('decision-openness', '干部任用不搞公开征求意见和听证'), m('eligibility-standard', '不是受理申请人的审批事项')],
    says: [say('integrity-opinion', '上级纪委、派驻纪检监察组', '一把手主持的选任，廉政意见由上级纪委、派驻纪检监察组出具')],
  },
  {
    source: 'county-bureau',
    riskPoint: 'cb-rp-director-fund-split',
    must: [m('separation-of-duties', '“一支笔”签批要分事行权、分级授权'), m('principal-not-direct-charge', '一把手直接分管财务，是配置问题')],
    mustNot: [m('eligibility-standard', '大额资金签批没有申请人')],
  },
  {
    source: 'county-bureau',
    riskPoint: 'cb-rp-director-fund-order',
    must: [m('payment-monitoring', '授意优先拨付要靠支付预警发现'), m('fund-use-tracking', '资金拨付后要跟踪问效')],
  },
  {
    source: 'county-bureau',
    riskPoint: 'cb-rp-director-party-brief',
    must: [m('meeting-preparation', '会前选择性提供材料，应提前完整送达议题材料')],
    mustNot: [m('supplier-integrity-agreement', NO_CONTRACTORS), m('decision-openness', '党组内部议事不公开听证')],
  },
  {
    source: 'county-bureau',
    riskPoint: 'cb-rp-dg-personnel-quota',
    must: [m('appraisal-quota-rules', '干预评优名额分配，名额要按比例、规则事先公布')],
    mustNot: [m('cadre-selection-record', '考核评优不是干部选拔任用'), m('integrity-opinion', '评优不是提拔任用')],
  },
  {
    source: 'county-bureau',
    riskPoint: 'cb-rp-dg-expense-self',
    must: [m('recusal', '审批本人经办的费用要回避')],
    mustNot: [m('large-fund-collective', '单笔5万元以下，不是大额资金')],
  },
  {
    source: 'county-bureau',
    riskPoint: 'cb-rp-dg-land-broker',
    must: [m('recusal', '亲属从事报批代办，要申报回避'), m('interference-log', '授意股室“开绿灯”，须登记报告')],
  },
  {
    source: 'county-bureau',
    riskPoint: 'cb-rp-dg-project-change',
    must: [m('three-majors-collective', '追加投资属“三重一大”而未集体研究'), m('large-fund-collective', '追加投资规避集体研究')],
  },
  {
    source: 'county-bureau',
    riskPoint: 'cb-rp-dg-project-visa',
    must: [m('field-check-record', '现场核实要两人以上、影像留存')],
    mustNot: [m('three-majors-collective', '已列在本权力首个风险点上，不逐行重复')],
  },
  {
    source: 'county-bureau',
    riskPoint: 'cb-rp-dg-proc-method',
    must: [m('tender-method-control', '化整为零规避招标，应招尽招、采购方式集体确定')],
  },
  {
    source: 'county-bureau',
    riskPoint: 'cb-rp-de-case-intercede',
    must: [m('interference-log', '接受说情要登记报告'), m('discretion-benchmark', '降低处罚档次要有裁量基准')],
    mustNot: [m('contractor-return-visit', NO_CONTRACTORS)],
  },
  {
    source: 'county-bureau',
    riskPoint: 'cb-rp-de-planning-expert',
    must: [m('panel-random-draw', '选择性邀请论证专家，专家要随机抽取')],
    mustNot: [m('penalty-rules', NO_PENALTY)],
  },
  {
    source: 'county-bureau',
    riskPoint: 'cb-rp-office-vehicle-lend',
    mustNot: [m('asset-disposal-market', '公车出借不是资产处置或招租'), m('contractor-return-visit', NO_CONTRACTORS)],
  },
  {
    source: 'county-bureau',
    riskPoint: 'cb-rp-office-reception-over',
    mustNot: [m('supplier-integrity-agreement', '公务接待不签供应商廉洁协议'), m('penalty-rules', NO_PENALTY), m('fee-openness', '公务接待不向谁收费')],
  },
  {
    source: 'county-bureau',
    riskPoint: 'cb-rp-cashier-embezzle',
    must: [m('dual-signature', '单人办理网银支付，要经办复核分离、U盾密码分管'), m('payment-monitoring', '截留挪用要靠支付预警发现')],
    says: [say('payment-monitoring', '计划财务股负责人逐笔复核', '出纳的支付预警由股长复核，不由出纳自己')],
  },
  {
    source: 'county-bureau',
    riskPoint: 'cb-rp-hr-recruit-cond',
    must: [m('recruitment-conditions', '“量身定制”招聘条件，条件要集体研究、报备')],
    mustNot: [m('cadre-selection-record', '公开招聘不是干部选拔任用'), m('integrity-opinion', '招聘人员不走“凡提四必”')],
    says: [say('negative-list', '因人设岗', '招聘的负面清单举招聘的例子')],
  },
  {
    source: 'county-bureau',
    riskPoint: 'cb-rp-hr-recruit-interview',
    must: [m('panel-random-draw', '面试考官未随机抽取'), m('confidentiality-control', '泄露试题')],
  },
  {
    source: 'county-bureau',
    riskPoint: 'cb-rp-hr-salary-ghost',
    must: [m('payroll-roster-check', '“吃空饷”，工资要按在岗名册发放并定期比对')],
    mustNot: [m('contractor-return-visit', NO_CONTRACTORS)],
  },
  {
    source: 'county-bureau',
    riskPoint: 'cb-rp-logi-review',
    must: [m('electronic-bidding', '评审专家抽取不规范，要电子化招标、专家随机抽取'), m('panel-random-draw', '采购人代表向专家暗示，评审要独立')],
  },
  {
    source: 'county-bureau',
    riskPoint: 'cb-rp-logi-accept-lax',
    must: [m('contract-performance-review', '降低验收标准，要联合履约评价并与准入挂钩'), m('objective-records', '验收要以客观记录为据')],
  },
  {
    source: 'county-bureau',
    riskPoint: 'cb-rp-land-survey',
    must: [m('field-check-record', '现场踏勘走过场，要两人以上、影像留存')],
  },
  {
    source: 'county-bureau',
    riskPoint: 'cb-rp-land-delay',
    must: [m('eligibility-standard', '故意拖延、不一次性告知补正材料'), m('process-openness', '办理条件和进度要向申请人公开')],
    mustNot: [m('contractor-return-visit', '用地审查的对象是申请人，不是承包商'), m('supplier-integrity-agreement', NO_CONTRACTORS)],
  },
  {
    source: 'county-bureau',
    riskPoint: 'cb-rp-land-supply-leak',
    must: [m('confidentiality-control', '泄露出让底价和竞买人信息')],
  },
  {
    source: 'county-bureau',
    riskPoint: 'cb-rp-plan-verify-survey',
    must: [m('field-check-record', '现场测量数据失实'), m('recusal', '测绘机构与开发企业利益关联')],
  },
  {
    source: 'county-bureau',
    riskPoint: 'cb-rp-enf-penalty-discretion',
    must: [m('discretion-benchmark', '不执行处罚裁量基准'), m('penalty-rules', '随意降低罚款数额'), m('penalty-collective-review', '处罚意见未经集体讨论')],
  },
  {
    source: 'county-bureau',
    riskPoint: 'cb-rp-enf-penalty-evidence',
    must: [m('law-enforcement-recording', '选择性取证，取证要执法记录仪全过程记录'), m('clause-citation-cosign', '取证记录要当场指明条款、双方签字')],
    mustNot: [m('discretion-benchmark', '取证环节不定处罚档次')],
  },
  {
    source: 'county-bureau',
    riskPoint: 'cb-rp-enf-penalty-execute',
    must: [m('case-file-review', '罚没款长期未缴，要评查案卷、核对执行')],
  },
  {
    source: 'county-bureau',
    riskPoint: 'cb-rp-enf-patrol-plan',
    must: [m('confidentiality-control', '提前泄露巡查时间、路线')],
    mustNot: [m('penalty-rules', '巡查计划不决定处罚')],
  },
  {
    source: 'county-bureau',
    riskPoint: 'cb-rp-officer-tipoff',
    must: [m('confidentiality-control', '向违法当事人通风报信')],
  },
  // ── 某县自然资源和规划局（上一年度） ──────────────────────────────────────────────────────────
  {
    source: 'county-bureau-2025',
    riskPoint: 'cb-rp-director-project-assign',
    must: [m('tender-method-control', '直接指定施工单位、拆分项目规避招标')],
  },
  {
    source: 'county-bureau-2025',
    riskPoint: 'cb-rp-office-accept-report',
    must: [m('objective-records', '未实地验收即出具报告，验收要以客观记录为据')],
    mustNot: [m('penalty-rules', NO_PENALTY)],
  },
  // ── 油田特车服务中心 ────────────────────────────────────────────────────────────────────────
  {
    source: 'oilfield-service-center',
    riskPoint: 'os-rp-deputy-bid-contact',
    must: [m('confidentiality-control', '泄露评标信息'), m('electronic-bidding', '评标要电子化、专家随机抽取')],
  },
  {
    source: 'oilfield-service-center',
    riskPoint: 'os-rp-disp-urgent',
    must: [m('score-based-allocation', '绕开中标比例临时指派施工队伍')],
  },
  {
    source: 'oilfield-service-center',
    riskPoint: 'os-rp-safety-notice-hard',
    must: [m('clause-citation-cosign', '故意刁难承包商，要当场指明条款、双方签字')],
  },
  {
    source: 'oilfield-service-center',
    riskPoint: 'os-rp-safety-ded-arbitrary',
    must: [m('penalty-rules', '不对照处罚实施细则随意提出扣款'), m('discretion-benchmark', '同类问题处罚畸轻畸重')],
  },
  {
    source: 'oilfield-service-center',
    riskPoint: 'os-rp-fin-deduct',
    mustNot: [
      m('penalty-rules', '结算会计只核对HSE会议已作出的扣款决定，不决定处罚'),
      m('penalty-collective-review', '扣款已由HSE会议集体决定'),
      m('discretion-benchmark', NO_PENALTY),
    ],
  },
  {
    source: 'oilfield-service-center',
    riskPoint: 'os-rp-fin-scrap',
    must: [m('asset-disposal-market', '低价处置给关联方，处置要评估后公开进场')],
  },
  {
    source: 'oilfield-service-center',
    riskPoint: 'os-rp-director-contractor-pressure',
    must: [m('interference-log', '打招呼、递条子干预承包商考核排名')],
  },
  // ── 某大学 ───────────────────────────────────────────────────────────────────────────────
  {
    source: 'university',
    riskPoint: 'un-rp-adm-test',
    must: [m('panel-random-draw', '专业测试评委未随机抽取')],
    mustNot: [m('contractor-return-visit', NO_CONTRACTORS)],
  },
  {
    source: 'university',
    riskPoint: 'un-rp-fin-standard',
    must: [m('fee-openness', '擅自提高收费标准，收费项目和标准要公示')],
  },
  {
    source: 'university',
    riskPoint: 'un-rp-res-related',
    must: [m('recusal', '向本人或亲属关联公司转拨经费，关联关系要申报回避')],
  },
  {
    source: 'university',
    riskPoint: 'un-rp-infra-visa',
    must: [m('case-remediation', '曾发生问题，要以案促改'), m('admonition-talk', '曾发生问题，要函询诫勉')],
  },
  {
    source: 'university',
    riskPoint: 'un-rp-pi-labour',
    must: [m('payroll-roster-check', '虚报学生劳务费，劳务费要按名册发放并比对')],
  },
  {
    source: 'university',
    riskPoint: 'un-rp-vp-lease-private',
    must: [m('asset-disposal-market', '门面房不公开招租，出租要评估后公开进场')],
  },
  // ── 某镇（测试用）─────────────────────────────────────────────────────────────────────────
  {
    source: 'township',
    riskPoint: 'tw-rp-civil-visit',
    must: [m('field-check-record', '低保入户调查走过场，要两人以上、影像留存'), m('eligibility-standard', '低保认定要逐项对照标准')],
    mustNot: [
      m('contractor-return-visit', '低保入户不涉及承包商'),
      m('supplier-integrity-agreement', NO_CONTRACTORS),
      m('discretion-benchmark', '低保认定不是处罚，不讲“情节、金额和次数”'),
      m('fee-openness', '低保不收费'),
    ],
    says: [say('negative-list', '人情保', '低保的负面清单举低保的例子，不举“指定供应商”')],
  },
  {
    source: 'township',
    riskPoint: 'tw-rp-dep-dibao',
    mustNot: [m('penalty-rules', NO_PENALTY), m('supplier-integrity-agreement', NO_CONTRACTORS)],
    says: [say('eligibility-standard', '副镇长', '副镇长审批低保，对照标准的是副镇长本人（岗位名去掉了括号里的分管说明）')],
  },
  {
    source: 'township',
    riskPoint: 'tw-rp-sec-assign',
    must: [m('tender-method-control', '以村级自建为由直接指定施工单位'), m('supplier-integrity-agreement', '确定施工单位时要签廉洁协议')],
  },
  {
    source: 'township',
    riskPoint: 'tw-rp-enf-decide',
    must: [m('penalty-collective-review', '处罚决定未经集体讨论，接受说情'), m('discretion-benchmark', '随意降低罚款数额')],
  },
  {
    source: 'township',
    riskPoint: 'tw-rp-agri-area',
    must: [m('field-check-record', '补贴面积不实地核查')],
    mustNot: [m('contractor-return-visit', '惠农补贴不涉及承包商'), m('penalty-rules', NO_PENALTY)],
  },
  {
    source: 'township',
    riskPoint: 'tw-rp-build-accept',
    must: [m('objective-records', '虚增工程量，核定要以客观记录为据'), m('contract-performance-review', '降低验收标准，要联合履约评价')],
  },
  {
    source: 'township',
    riskPoint: 'tw-rp-clerk-pay',
    must: [m('dual-signature', '截留冒领低保金，发放要经办复核分离')],
  },
];

/** Posts: what is listed once for the whole post, and who acts. */
export const POST_CORPUS: readonly PostEntry[] = [
  {
    source: 'county-bureau',
    post: 'cb-post-director',
    must: [m('integrity-education', '一把手也要受廉洁教育'), m('duty-integrity-report', '一把手每年述职述廉')],
    says: [
      say('integrity-education', '上级纪委、派驻纪检监察组每季度组织', '一把手的教育由上级纪委、派驻纪检监察组组织，不是“局领导负责人”组织他自己'),
      say('reminder-talk', '上级纪委、派驻纪检监察组每半年与', '一把手没有分管领导，提醒谈话由上级纪委、派驻纪检监察组进行'),
      say('duty-integrity-report', '向上级纪委、派驻纪检监察组', '一把手向上级纪委述责述廉'),
    ],
  },
  {
    source: 'county-bureau',
    post: 'cb-post-office-director',
    must: [m('integrity-education', '每个岗位都有廉洁教育'), m('duty-integrity-report', '中层干部每年述职述廉')],
    says: [say('integrity-education', '分管领导每季度组织办公室主任', '办公室主任的教育由分管领导组织，不由“办公室负责人”即他本人组织')],
  },
  {
    source: 'county-bureau',
    post: 'cb-post-deputy-general',
    says: [say('reminder-talk', '主要负责人每半年与', '副职的提醒谈话由主要负责人进行')],
  },
  {
    source: 'county-bureau',
    post: 'cb-post-cashier',
    must: [m('regular-rotation', '出纳任职满6年，应轮岗'), m('integrity-education', '每个岗位都有廉洁教育')],
    mustNot: [m('duty-integrity-report', '一般岗位不述职述廉'), m('personal-matters-report', '一般岗位不报告个人有关事项')],
    says: [say('integrity-education', '计划财务股负责人每季度组织出纳', '一般岗位的教育由部门负责人组织')],
  },
  {
    source: 'oilfield-service-center',
    post: 'os-post-dispatcher',
    must: [m('contractor-return-visit', '调度员直接给承包商派工，要回访承包商')],
  },
  {
    source: 'township',
    post: 'tw-post-civil-clerk',
    mustNot: [m('contractor-return-visit', '民政专干只与申请人打交道，不与承包商')],
  },
];
