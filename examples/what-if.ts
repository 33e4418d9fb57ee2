/**
 * 假设分析 · What-if: which single rating change would move a post's level up or down.
 *
 *   npx tsx examples/what-if.ts
 *
 * For a post, whatIfPost tries every factor of every risk point (and the post's own importance and
 * influence) and reports the smallest change that raises the post's level and the smallest that
 * lowers it. whatIf does the same for one risk point. Useful to see how close a post is to the
 * next level, and which rating an assessor should double-check.
 */
import { readFileSync } from 'node:fs';
import { factorLabel, LEVELS, parseDocument, termLabel, whatIf, whatIfPost, type PostFactorChange } from '../src/index.js';

const doc = parseDocument(JSON.parse(readFileSync(new URL('./county-bureau.json', import.meta.url), 'utf8')));
const lv = (l: 'low' | 'medium' | 'high') => `${termLabel(LEVELS, l, 'zh-CN')}风险`;
const change = (c: PostFactorChange | null) =>
  c === null
    ? '—（没有单项调整能做到 no single change does it）'
    : `${c.riskPointId ?? '岗位本身 the post'} 的 ${factorLabel(c.factor, 'zh-CN')} (${c.factor}) ${c.from} → ${c.to}，岗位变为 ${lv(c.level)}`;

// A high post close to medium, a medium post close to high, and a low post close to medium.
for (const id of ['cb-post-finance-chief', 'cb-post-cashier', 'cb-post-office-director']) {
  const post = doc.posts.find((p) => p.id === id);
  if (post === undefined) continue;
  const w = whatIfPost(post); // default model; pass { model } to ask about another one
  console.log(`${post.name} (${post.id})：现为 now ${lv(w.level)}`);
  console.log(`  升级 up:   ${change(w.up)}`);
  console.log(`  降级 down: ${change(w.down)}`);
  console.log(`  ${w.text['zh-CN']}`);
  console.log(`  (en) ${w.text.en}`);
  console.log('');
}

// The same question for each risk point of one post.
const post = doc.posts.find((p) => p.id === 'cb-post-finance-chief');
if (post) {
  console.log(`${post.name} 的各风险点 its risk points:`);
  for (const power of post.powers) {
    for (const rp of power.riskPoints) {
      const w = whatIf(post, power, rp);
      console.log(`  ${rp.id}（${lv(w.level)}）：${w.text['zh-CN']}`);
    }
  }
}
