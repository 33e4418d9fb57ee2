/**
 * 导入填写好的表格 · Import a sheet a party branch filled in by hand.
 *
 *   npx tsx examples/import-sheet.ts                          # the two bundled sheets
 *   npx tsx examples/import-sheet.ts path/to/your-sheet.csv   # your own sheet
 *
 * The sheet has the columns of the CSV export (see docs/readme/outputs.md, CSV_COLUMNS): one row per
 * risk point, headers in Chinese (or English, or the column keys), labels such as 财务资金, 业务流程,
 * 是/否 where the document has ids. Rows of the same post or power may leave the post and power
 * columns blank, as merged cells do once saved as CSV. Columns marked 评定结果 are computed and
 * ignored on import.
 *
 * examples/sheets/filled-sheet.csv imports cleanly; examples/sheets/broken-sheet.csv has six
 * typical mistakes, each reported with its row (as the spreadsheet numbers it) and column.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalog, importCsv, LEVELS, termLabel } from '../src/index.js';

const sheets =
  process.argv.length > 2
    ? process.argv.slice(2).map((p) => resolve(p))
    : ['./sheets/filled-sheet.csv', './sheets/broken-sheet.csv'].map((p) => fileURLToPath(new URL(p, import.meta.url)));

for (const file of sheets) {
  const shown = relative(process.cwd(), file);
  console.log(`== ${shown.startsWith('..') ? file : shown}`);

  // importCsv never throws: it returns the document, or every problem found.
  const result = importCsv(readFileSync(file, 'utf8'));

  // Problems (errors and warnings) carry paths like "row 5, column 风险类别 (riskPoint.riskCategory)".
  for (const p of result.problems) {
    const kind = p.severity === 'error' ? '错误 error' : '提示 warning';
    console.log(`  ${kind}  ${p.path}`);
    console.log(`      ${p.message['zh-CN']}`);
  }
  if (!result.ok) {
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    console.log(`  导入失败 import failed: ${errors} 个错误 errors; 请按行号和列名修改表格后重试 fix the cells named above.`);
    console.log('');
    continue;
  }

  // The imported document: what a JSON organization document would hold.
  const doc = result.value;
  const powers = doc.posts.reduce((n, p) => n + p.powers.length, 0);
  const riskPoints = doc.posts.reduce((n, p) => n + p.powers.reduce((m, pw) => m + pw.riskPoints.length, 0), 0);
  console.log(`  单位 organization: ${doc.organization ?? '—'} · 评估日期 assessed on: ${doc.assessedOn ?? '—'}`);
  console.log(`  导入岗位 posts imported: ${doc.posts.length} · 权力事项 powers: ${powers} · 风险点 risk points: ${riskPoints}`);

  // And straight on to the catalog: each post's level.
  const catalog = buildCatalog(doc);
  for (const p of catalog.posts) {
    console.log(`    ${termLabel(LEVELS, p.level, 'zh-CN')} ${p.score.toFixed(1).padStart(5)}  ${p.department} · ${p.name}（${p.powers.length} 项权力）`);
  }
  console.log(`  权力配置问题 findings: ${catalog.findings.map((f) => f.code).join(', ') || '无 none'}`);
  console.log('');
}
