/**
 * 县局的权力配置问题与预警 · The county bureau's power-configuration findings and early warnings.
 *
 *   npx tsx examples/county-findings.ts
 *
 * Findings (权力配置问题) are structural: the principal directly in charge of personnel or money, a
 * deputy holding every key area, incompatible powers in one post, a major matter not decided
 * collectively, a post due for rotation or for an economic-responsibility audit. Early warnings
 * (预警) follow each post's level: red for high, yellow for medium, blue for low, each with an
 * owner and a next review date.
 */
import { readFileSync } from 'node:fs';
import {
  buildCatalog,
  FINDING_TITLES,
  LEVELS,
  OWNER_TIER_LABELS,
  parseDocument,
  termLabel,
  WARNING_TIER_LABELS,
} from '../src/index.js';

const doc = parseDocument(JSON.parse(readFileSync(new URL('./county-bureau.json', import.meta.url), 'utf8')));

// asOf: the day review dates count from. Leave it out to count from the document's assessedOn.
const catalog = buildCatalog(doc, { asOf: '2026-04-01' });

// 1. Findings, one block per post that has any.
console.log(`一、权力配置问题 findings (${catalog.findings.length})`);
const names = new Map(catalog.posts.map((p) => [p.id, p.name]));
for (const f of catalog.findings) {
  console.log(`- [${f.code}] ${FINDING_TITLES[f.code]['zh-CN']} · ${names.get(f.postId)}`);
  console.log(`  ${f.message['zh-CN']}`);
  if (f.powerIds.length > 0) console.log(`  权力事项 powers: ${f.powerIds.join(', ')}`);
}
console.log('');

// 2. Early warnings: tier, who must act, when the post is reviewed next.
console.log(`二、预警 early warnings (asOf ${catalog.asOf})`);
// Pads to a column width; a Chinese character takes two columns in a terminal.
const pad = (text: string, cols: number) => text + ' '.repeat(Math.max(0, cols - [...text].reduce((w, ch) => w + (ch > '\u2e80' ? 2 : 1), 0)));
console.log(`${pad('预警 tier', 16)}${pad('等级', 6)}${pad('责任层级 owner', 16)}${pad('下次复核 next review', 24)}岗位 post`);
for (const p of catalog.posts) {
  const w = p.warning;
  console.log(
    pad(`${WARNING_TIER_LABELS[w.tier]['zh-CN']} ${w.tier}`, 16) +
      pad(termLabel(LEVELS, p.level, 'zh-CN'), 6) +
      pad(termLabel(OWNER_TIER_LABELS, w.owner, 'zh-CN'), 16) +
      pad(`${w.nextReviewOn ?? '—'}（每 ${w.reviewCycleDays} 天）`, 24) +
      p.name,
  );
}
console.log('');

// 3. The measures the findings call for, e.g. the principal's "four not in direct charge".
console.log('三、问题对应的防控措施 measures the findings call for');
const FINDING_MEASURES = ['principal-not-direct-charge', 'incompatible-duty-split', 'collective-decision-rules', 'regular-rotation', 'economic-audit'];
for (const p of catalog.posts) {
  for (const m of p.measures) {
    if (FINDING_MEASURES.includes(m.templateId)) console.log(`- ${p.name}: ${m.title['zh-CN']} (${m.templateId}, ${termLabel(OWNER_TIER_LABELS, m.owner, 'zh-CN')})`);
  }
}
