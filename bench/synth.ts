/**
 * Deterministic synthetic organizations for the benchmark and scale tests: a province-wide platform
 * sending many posts at once. The same `posts` and `seed` give the same document on every machine.
 */
import type { OrganizationDocument, Post, Power, Rating, RiskPoint } from '../src/model/document.js';
import type { PowerCategory, Rank, RiskCategory } from '../src/model/enums.js';

/** A small, fast, seeded PRNG (mulberry32): the benchmark must not depend on Math.random. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DEPARTMENTS = ['办公室', '财务科', '人事科', '采购中心', '工程管理科', '审批服务科', '执法大队', '监督检查科', '资产管理科', '综合科'];
const POWER_KINDS: readonly { category: PowerCategory; name: string; steps: readonly string[] }[] = [
  { category: 'finance', name: '资金支付审批', steps: ['受理', '审核', '审批', '支付'] },
  { category: 'procurement', name: '物资采购', steps: ['需求提出', '招标', '评标', '验收', '支付'] },
  { category: 'project', name: '工程项目管理', steps: ['立项', '招标', '施工监管', '验收', '结算'] },
  { category: 'personnel', name: '干部选拔任用', steps: ['动议', '民主推荐', '考察', '讨论决定', '任职'] },
  { category: 'approval', name: '行政许可审批', steps: ['受理', '审查', '决定', '办结'] },
  { category: 'enforcement', name: '行政处罚', steps: ['立案', '调查', '处罚决定', '执行'] },
  { category: 'inspection', name: '监督检查', steps: ['计划', '检查', '整改', '复查'] },
  { category: 'allocation', name: '专项资金分配', steps: ['申报', '评审', '分配', '公示'] },
  { category: 'assets', name: '国有资产处置', steps: ['申请', '评估', '审批', '处置'] },
  { category: 'other', name: '公文印章管理', steps: ['申请', '审核', '用印'] },
];
/** Posts of one unit in the synthetic organization. */
const POSTS_PER_UNIT = 200;
const RISKS = ['降低标准或设置倾向性条件', '违规干预', '收受好处费', '暗箱操作', '弄虚作假', '选择性执法', '泄露保密信息', '拖延推诿'];
const RISK_CATEGORIES: readonly RiskCategory[] = ['moral', 'duty', 'process', 'institution', 'external'];

/**
 * Builds a synthetic organization.
 * @param posts - how many posts
 * @param seed - the PRNG seed
 * @returns a valid, normalized document with about ten risk points per post
 */
export function synthesize(posts: number, seed = 20261122): OrganizationDocument {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const rating = (bias: number): Rating => Math.min(5, Math.max(1, Math.round(1 + rnd() * 4 + bias))) as Rating;
  const out: Post[] = [];
  let n = 0;
  for (let i = 0; i < posts; i++) {
    const u = rnd();
    const rank: Rank = u < 0.05 ? 'principal' : u < 0.15 ? 'deputy' : u < 0.4 ? 'middle' : 'staff';
    const powers: Power[] = [];
    const powerCount = 2 + Math.floor(rnd() * 3); // 2-4 powers, ~10 risk points per post
    for (let j = 0; j < powerCount; j++) {
      const kind = pick(POWER_KINDS);
      const riskPoints: RiskPoint[] = [];
      const rpCount = Math.max(1, Math.round((10 / powerCount) * (0.6 + rnd() * 0.8)));
      const money = kind.category === 'finance' || kind.category === 'procurement' || kind.category === 'project' ? 1 : -1;
      for (let k = 0; k < rpCount; k++) {
        const step = pick(kind.steps);
        riskPoints.push({
          id: `rp-${++n}`,
          description: `在${kind.name}的${step}环节${pick(RISKS)}`,
          step,
          riskCategory: pick(RISK_CATEGORIES),
          factors: {
            fundLinkage: rating(money),
            discretion: rating(0),
            externalContact: rating(0),
            opacity: rating(-0.5),
            likelihood: rating(-0.5),
            harm: rating(0),
            monitoringDifficulty: rating(-0.5),
          },
          priorIncident: rnd() < 0.02,
          controls: rnd() < 0.4 ? ['integrity-education', 'platform-trace'].slice(0, 1 + Math.floor(rnd() * 2)) : [],
        });
      }
      powers.push({
        id: `pw-${++n}`,
        name: kind.name,
        category: kind.category,
        majorMatter: rnd() < 0.15,
        collectiveDecision: rnd() < 0.7,
        steps: kind.steps,
        riskPoints,
      });
    }
    // A province-wide platform sends many units (about 200 posts each), each with its own
    // departments, so a department holds tens of posts however large the document is.
    const department = `第${Math.floor(i / POSTS_PER_UNIT) + 1}单位${pick(DEPARTMENTS)}`;
    out.push({
      id: `post-${++n}`,
      name: `${department}岗位${i + 1}`,
      department,
      rank,
      tenureYears: Math.floor(rnd() * 12),
      factors: { importance: rating(rank === 'staff' ? -1 : 1), influence: rating(rank === 'staff' ? -1 : 1) },
      powers,
    });
  }
  return { organization: `合成单位（${posts}个岗位）`, assessedOn: '2026-03-31', posts: out };
}
