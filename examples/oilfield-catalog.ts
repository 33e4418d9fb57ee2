/**
 * 油田服务中心一览表 · The full catalog of the oilfield service centre, in every format and language.
 *
 *   npx tsx examples/oilfield-catalog.ts            # writes into out/oilfield/
 *   npx tsx examples/oilfield-catalog.ts my/folder  # writes into my/folder/
 *
 * The document is examples/oilfield-service-center.json (the worked case of the practice: the
 * production operations and safety technology sections).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildCatalog,
  LOCALES,
  parseDocument,
  renderCsv,
  renderHtml,
  renderJson,
  renderMarkdown,
  type Locale,
} from '../src/index.js';

const outDir = resolve(process.argv[2] ?? fileURLToPath(new URL('../out/oilfield/', import.meta.url)));
const json = readFileSync(new URL('./oilfield-service-center.json', import.meta.url), 'utf8');

// parseDocument throws (with every problem listed) if the file is not a valid document.
const doc = parseDocument(JSON.parse(json));

// Review dates count from the document's assessedOn (2026-03-31). Pass { asOf: 'YYYY-MM-DD' }
// to count from another day instead.
const catalog = buildCatalog(doc);

// Every format in every language: catalog.zh-CN.html, catalog.zh-TW.md, catalog.en.csv, …
// JSON without a locale keeps all three languages in one file.
const renderers: Record<string, (locale: Locale) => string> = {
  html: (locale) => renderHtml(catalog, { locale }),
  md: (locale) => renderMarkdown(catalog, { locale }),
  csv: (locale) => renderCsv(catalog, { locale }),
  json: (locale) => renderJson(catalog, { locale }),
};
mkdirSync(outDir, { recursive: true });
const written: { name: string; bytes: number }[] = [];
for (const locale of LOCALES) {
  for (const [ext, render] of Object.entries(renderers)) {
    const name = `catalog.${locale}.${ext}`;
    const text = render(locale);
    writeFileSync(join(outDir, name), text);
    written.push({ name, bytes: Buffer.byteLength(text) });
  }
}
const allLocales = renderJson(catalog);
writeFileSync(join(outDir, 'catalog.json'), allLocales);
written.push({ name: 'catalog.json', bytes: Buffer.byteLength(allLocales) });

const s = catalog.summary;
console.log(`单位 organization: ${catalog.organization}`);
console.log(`岗位 posts ${s.posts} · 权力事项 powers ${s.powers} · 风险点 risk points ${s.riskPoints}`);
console.log(`风险点等级 risk points by level: 高 ${s.riskPointsByLevel.high} · 中 ${s.riskPointsByLevel.medium} · 低 ${s.riskPointsByLevel.low}`);
console.log(`权力配置问题 findings: ${catalog.findings.length}`);
console.log('');
const rel = relative(process.cwd(), outDir);
console.log(`已写入 ${written.length} 个文件 files written to ${rel === '' || rel.startsWith('..') ? outDir : rel}:`);
for (const f of written) console.log(`  ${f.name.padEnd(22)} ${String(f.bytes).padStart(8)} bytes`);
