/**
 * The one-command demo (`npm run demo`): builds the post risk catalog of the bundled county bureau
 * (examples/county-bureau.json), writes it as HTML, Markdown, CSV and JSON into `out/`, and prints a
 * short summary in Chinese.
 *
 *   npm run demo              # writes out/catalog.{html,md,csv,json}
 *   npx tsx scripts/demo.ts some/dir   # writes into some/dir instead
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildCatalog,
  FINDING_CODES,
  FINDING_TITLES,
  LEVELS,
  parseDocument,
  renderCsv,
  renderHtml,
  renderJson,
  renderMarkdown,
  termLabel,
  type Level,
  type LevelCounts,
} from '../src/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const INPUT = join(ROOT, 'examples', 'county-bureau.json');
const outDir = resolve(process.argv[2] ?? join(ROOT, 'out'));

// 1. Read and validate the document (parseDocument throws with every problem if it is invalid).
const doc = parseDocument(JSON.parse(readFileSync(INPUT, 'utf8')));

// 2. Build the catalog: levels, explanations, measures, findings, early warnings, summary.
const catalog = buildCatalog(doc);

// 3. Write every format, in simplified Chinese.
mkdirSync(outDir, { recursive: true });
const files = [
  ['catalog.html', renderHtml(catalog, { locale: 'zh-CN' })],
  ['catalog.md', renderMarkdown(catalog, { locale: 'zh-CN' })],
  ['catalog.csv', renderCsv(catalog, { locale: 'zh-CN' })],
  ['catalog.json', renderJson(catalog, { locale: 'zh-CN' })],
] as const;
const written: string[] = [];
for (const [name, text] of files) {
  const path = join(outDir, name);
  writeFileSync(path, text);
  written.push(path);
}

// 4. The summary table.

/** Columns a terminal gives a character: CJK and full-width forms take two. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}
const padEnd = (text: string, n: number) => text + ' '.repeat(Math.max(0, n - width(text)));
const padStart = (text: string, n: number) => ' '.repeat(Math.max(0, n - width(text))) + text;
const level = (l: Level) => termLabel(LEVELS, l, 'zh-CN');
const ORDER: readonly Level[] = ['high', 'medium', 'low'];

const { summary } = catalog;
const lines: string[] = [];
lines.push(`岗位廉政风险防控一览表 · ${catalog.organization ?? ''}`);
lines.push(`评估日期 ${catalog.assessedOn ?? '—'} · 评估模型 ${catalog.model.name['zh-CN']}`);
lines.push('');

// Posts and risk points by level (inherent = before measures, residual = with measures in place).
const row = (label: string, counts: LevelCounts) =>
  padEnd(label, 22) + ORDER.map((l) => padStart(String(counts[l]), 6)).join('') + padStart(String(counts.high + counts.medium + counts.low), 8);
lines.push(padEnd('等级分布 by level', 22) + ORDER.map((l) => padStart(level(l), 6)).join('') + padStart('合计', 8));
lines.push(row('岗位 posts', summary.postsByLevel));
lines.push(row('风险点（固有）inherent', summary.riskPointsByLevel));
lines.push(row('风险点（剩余）residual', summary.residualRiskPointsByLevel));
lines.push('');

// Findings by code, in the table's order.
lines.push('权力配置问题 findings');
for (const code of FINDING_CODES) {
  const n = summary.findingsByCode[code] ?? 0;
  if (n > 0) lines.push(`  ${padEnd(FINDING_TITLES[code]['zh-CN'], 34)}${padStart(String(n), 3)}  ${code}`);
}
lines.push('');

// Key posts (重点岗位): high-risk posts, and medium ones that manage money, goods, people or projects.
lines.push(`重点岗位 key posts（${summary.keyPosts.length}）`);
const byId = new Map(catalog.posts.map((p) => [p.id, p]));
for (const id of summary.keyPosts) {
  const p = byId.get(id);
  if (p) lines.push(`  ${level(p.level)} ${padStart(p.score.toFixed(1), 5)}  ${p.department} · ${p.name}`);
}
lines.push('');

lines.push('已写入 files written');
for (const path of written) {
  // Relative to where the command was run, unless that is a detour out of it.
  const rel = relative(process.cwd(), path);
  lines.push(`  ${rel === '' || rel.startsWith('..') ? path : rel}`);
}

console.log(lines.join('\n'));
