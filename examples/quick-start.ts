/**
 * 快速上手 · Quick start: assess one post written inline.
 *
 *   npx tsx examples/quick-start.ts
 *
 * Change a rating below (1 = lowest risk, 5 = highest) and run it again to see the level move.
 */
import { assess, controlEffects, LEVELS, termLabel, validateDocument } from '../src/index.js';

// One post, one power, two risk points: the shape every organization document has
// (organization → posts → powers → risk points). Labels such as 财务资金 or 一般岗位 are accepted
// wherever an id (finance, staff) is.
const input = {
  organization: '某街道办事处',
  assessedOn: '2026-03-31',
  posts: [
    {
      id: 'cashier',
      name: '出纳',
      department: '财政所',
      rank: '一般岗位', // staff
      tenureYears: 6,
      factors: { importance: 3, influence: 2 }, // rated on the post, inherited by its risk points
      powers: [
        {
          id: 'cashier-payment',
          name: '资金支付',
          category: '财务资金', // finance
          steps: ['审核单据', '办理支付', '登记台账'],
          riskPoints: [
            {
              id: 'cashier-payment-fake',
              description: '凭不真实的票据办理支付，或挪用公款',
              step: '办理支付',
              riskCategory: '业务流程', // process
              factors: { fundLinkage: 5, discretion: 2, externalContact: 2, opacity: 3, likelihood: 3, harm: 5, monitoringDifficulty: 4 },
              controls: ['separation-of-duties'], // measures already in place (template ids)
            },
            {
              id: 'cashier-ledger-late',
              description: '台账登记不及时，账实不符',
              step: '登记台账',
              riskCategory: '岗位职责', // duty
              factors: { fundLinkage: 2, discretion: 1, externalContact: 1, opacity: 2, likelihood: 2, harm: 2, monitoringDifficulty: 2 },
            },
          ],
        },
      ],
    },
  ],
};

// 1. Validate: never throws; every problem comes with a JSON path and a message in zh-CN, zh-TW, en.
const checked = validateDocument(input);
if (!checked.ok) {
  for (const p of checked.problems) console.log(`问题 problem  ${p.path || '(root)'}: ${p.message['zh-CN']}`);
  process.exit(1);
}
const doc = checked.value;

// 2. Assess with the default model. The built-in templates' effects let the measures in place
//    lower the residual risk (剩余风险).
const assessment = assess(doc, { controlEffects: controlEffects() });

// 3. Print the post's level, score and why.
const level = (id: 'low' | 'medium' | 'high') => `${termLabel(LEVELS, id, 'zh-CN')}风险 (${id})`;
const post = assessment.posts.get('cashier');
if (post === undefined) throw new Error('the post was not assessed');
console.log(`岗位 post: ${doc.posts[0]?.name} (${post.id})`);
console.log(`风险等级 level: ${level(post.level)}`);
console.log(`风险得分 score: ${post.score.toFixed(1)} / 100`);
console.log(`剩余风险 residual: ${level(post.residualLevel)}, ${post.residualScore.toFixed(1)}`);
console.log(`说明 explanation: ${post.explanation.text['zh-CN']}`);
console.log('');

// Each risk point has its own level and explanation.
for (const [id, rp] of assessment.riskPoints) {
  console.log(`风险点 ${id}: ${level(rp.level)}, ${rp.score.toFixed(1)}`);
  console.log(`  ${rp.explanation.text['zh-CN']}`);
  console.log(`  (en) ${rp.explanation.text.en}`);
}
