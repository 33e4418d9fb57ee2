/**
 * 年度对比 · Last year's assessment against this year's (the county bureau, 2025 and 2026).
 *
 *   npx tsx examples/compare-years.ts
 *
 * Both catalogs are built with the same model and templates, then matched by id: what was added or
 * removed, which levels went up or down (inherent: before measures; residual: with the measures in
 * place), which measures were added or dropped, which findings are new or resolved.
 */
import { readFileSync } from 'node:fs';
import { buildCatalog, diffCatalogs, FINDING_TITLES, LEVELS, parseDocument, termLabel, type DiffItem, type LevelChange } from '../src/index.js';

const load = (name: string) => parseDocument(JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8')));
const lastYear = buildCatalog(load('county-bureau-2025.json'));
const thisYear = buildCatalog(load('county-bureau.json'));

const diff = diffCatalogs(lastYear, thisYear);

console.log(`${lastYear.organization}：${lastYear.assessedOn} → ${thisYear.assessedOn}`);
console.log('');

// 1. The counts.
console.log('一、变化汇总 summary');
console.log(`岗位 posts           新增 added ${diff.posts.added.length} · 撤销 removed ${diff.posts.removed.length} · 升级 up ${diff.posts.up.length} · 降级 down ${diff.posts.down.length}`);
console.log(`权力事项 powers      新增 added ${diff.powers.added.length} · 撤销 removed ${diff.powers.removed.length}`);
console.log(`风险点 risk points   新增 added ${diff.riskPoints.added.length} · 撤销 removed ${diff.riskPoints.removed.length} · 升级 up ${diff.riskPoints.up.length} · 降级 down ${diff.riskPoints.down.length}`);
console.log(`防控措施 measures    新增 added ${diff.measures.added.length} · 取消 dropped ${diff.measures.dropped.length}`);
console.log(`权力配置问题 findings 新发现 new ${diff.findings.new.length} · 已整改 resolved ${diff.findings.resolved.length}`);
console.log('');

// 2. The details.
const items = (title: string, list: readonly DiffItem[]) => {
  if (list.length === 0) return;
  console.log(title);
  for (const d of list) console.log(`  ${d.id}  ${d.name}`);
};
const lv = (l: LevelChange['from']) => termLabel(LEVELS, l, 'zh-CN');
const basis = (b: LevelChange['basis']) => (b === 'inherent' ? '固有 inherent' : '剩余 residual');
const changes = (title: string, list: readonly LevelChange[]) => {
  if (list.length === 0) return;
  console.log(title);
  for (const c of list) console.log(`  ${c.id}  ${basis(c.basis)}  ${lv(c.from)} ${c.fromScore.toFixed(1)} → ${lv(c.to)} ${c.toScore.toFixed(1)}`);
};

console.log('二、明细 details');
items('新增岗位 posts added', diff.posts.added);
items('撤销岗位 posts removed', diff.posts.removed);
items('新增权力事项 powers added', diff.powers.added);
items('撤销权力事项 powers removed', diff.powers.removed);
items('新增风险点 risk points added', diff.riskPoints.added);
items('撤销风险点 risk points removed', diff.riskPoints.removed);
changes('等级升高 levels up', [...diff.posts.up, ...diff.riskPoints.up]);
changes('等级降低 levels down', [...diff.posts.down, ...diff.riskPoints.down]);

// Measures: only those marked in place, which show what the unit actually did this year.
const inPlace = diff.measures.added.filter((m) => m.status === 'in-place');
if (inPlace.length > 0) {
  console.log('新落实的措施 measures newly in place');
  for (const m of inPlace) console.log(`  ${m.riskPointId}  ${m.templateId}`);
}

const finding = (f: (typeof diff.findings.new)[number]) => `  [${f.code}] ${FINDING_TITLES[f.code]['zh-CN']} · ${f.postId}`;
if (diff.findings.new.length > 0) console.log(`新发现的问题 findings new\n${diff.findings.new.map(finding).join('\n')}`);
if (diff.findings.resolved.length > 0) console.log(`已整改的问题 findings resolved\n${diff.findings.resolved.map(finding).join('\n')}`);
