/**
 * The example scripts and the demo, run as a user runs them (a child process with tsx), so they
 * never rot: each must finish, print what it is meant to show, and agree with the library.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildCatalog,
  diffCatalogs,
  importCsv,
  parseDocument,
  whatIfPost,
  type Catalog,
  type OrganizationDocument,
} from '../../src/index.js';
import { EXAMPLES, inParallel, ROOT, runExample, runTs, type ExampleRun } from '../../scripts/run-examples.js';

const load = (name: string): OrganizationDocument =>
  parseDocument(JSON.parse(readFileSync(join(ROOT, 'examples', name), 'utf8')));
const catalogOf = (name: string): Catalog => buildCatalog(load(name));

const runs = new Map<string, ExampleRun>();
let demo: { code: number; stdout: string; stderr: string };
const demoDir = mkdtempSync(join(tmpdir(), 'integrity-risk-demo-'));
const oilfieldDir = mkdtempSync(join(tmpdir(), 'integrity-risk-oilfield-'));

beforeAll(async () => {
  // All at once (a few at a time): each is a separate process, mostly waiting on start-up.
  const tasks = [
    async () => {
      demo = await runTs('scripts/demo.ts', [demoDir]);
    },
    ...EXAMPLES.map((e) => async () => {
      runs.set(e.file, await runExample(e, e.file === 'oilfield-catalog.ts' ? [oilfieldDir] : []));
    }),
  ];
  await inParallel(tasks, availableParallelism() + 1);
}, 240_000);

function run(file: string): ExampleRun {
  const r = runs.get(file);
  if (r === undefined) throw new Error(`${file} did not run`);
  return r;
}

describe('examples/*.ts', () => {
  it('every example script in examples/ is listed, so npm run examples runs it', () => {
    const onDisk = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.ts')).sort();
    expect(EXAMPLES.map((e) => e.file).sort()).toEqual(onDisk);
  });

  it('examples import only the public entry point and Node built-ins', () => {
    for (const e of EXAMPLES) {
      const source = readFileSync(join(ROOT, 'examples', e.file), 'utf8');
      const specifiers = [...source.matchAll(/^import\s[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]);
      expect(specifiers.length, e.file).toBeGreaterThan(0);
      for (const s of specifiers) expect(s === '../src/index.js' || s?.startsWith('node:'), `${e.file}: ${s}`).toBe(true);
    }
  });

  for (const e of EXAMPLES) {
    it(`${e.file} finishes without errors and prints what it shows`, () => {
      const r = run(e.file);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.missing).toEqual([]);
    });
  }

  it('quick-start prints the level label, the score and the explanation in Chinese and English', () => {
    const out = run('quick-start.ts').stdout;
    expect(out).toMatch(/风险等级 level: 中风险 \(medium\)/);
    expect(out).toMatch(/说明 explanation: 中风险（\d+\.\d分）。/);
    expect(out).toMatch(/\(en\) Level (high|medium|low), score \d+\.\d\./);
  });

  it('oilfield-catalog writes every format in every language into the folder it is given', () => {
    expect(run('oilfield-catalog.ts').stdout).toContain('13 个文件');
    const files = readdirSync(oilfieldDir).sort();
    expect(files).toHaveLength(13);
    for (const locale of ['zh-CN', 'zh-TW', 'en']) {
      for (const ext of ['html', 'md', 'csv', 'json']) expect(files).toContain(`catalog.${locale}.${ext}`);
    }
    expect(readFileSync(join(oilfieldDir, 'catalog.zh-TW.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    expect(JSON.parse(readFileSync(join(oilfieldDir, 'catalog.json'), 'utf8')).summary.posts).toBe(8);
  });

  it('county-findings prints every finding of the catalog, the principal one included, and each post\'s next review', () => {
    const out = run('county-findings.ts').stdout;
    const catalog = buildCatalog(load('county-bureau.json'), { asOf: '2026-04-01' });
    expect(out).toContain(`一、权力配置问题 findings (${catalog.findings.length})`);
    for (const f of catalog.findings) expect(out).toContain(f.message['zh-CN']);
    expect(out).toContain('[principal-direct-charge]');
    expect(out).toContain('一把手');
    for (const p of catalog.posts) expect(out).toContain(`${p.warning.nextReviewOn}（每 ${p.warning.reviewCycleDays} 天）`);
  });

  it('compare-years prints the counts diffCatalogs gives', () => {
    const out = run('compare-years.ts').stdout;
    const d = diffCatalogs(catalogOf('county-bureau-2025.json'), catalogOf('county-bureau.json'));
    expect(out).toContain(
      `新增 added ${d.posts.added.length} · 撤销 removed ${d.posts.removed.length} · 升级 up ${d.posts.up.length} · 降级 down ${d.posts.down.length}`,
    );
    expect(out).toContain(`权力事项 powers      新增 added ${d.powers.added.length} · 撤销 removed ${d.powers.removed.length}`);
    expect(out).toContain(
      `风险点 risk points   新增 added ${d.riskPoints.added.length} · 撤销 removed ${d.riskPoints.removed.length} · 升级 up ${d.riskPoints.up.length} · 降级 down ${d.riskPoints.down.length}`,
    );
    expect(out).toContain(`新增 added ${d.measures.added.length} · 取消 dropped ${d.measures.dropped.length}`);
    expect(out).toContain(`新发现 new ${d.findings.new.length} · 已整改 resolved ${d.findings.resolved.length}`);
    for (const item of [...d.posts.added, ...d.posts.removed, ...d.riskPoints.added, ...d.riskPoints.removed]) expect(out).toContain(item.id);
  });

  it('import-sheet imports the filled sheet and reports every problem of the broken one by row and column', () => {
    const out = run('import-sheet.ts').stdout;
    const filled = importCsv(readFileSync(join(ROOT, 'examples', 'sheets', 'filled-sheet.csv'), 'utf8'));
    expect(filled.ok).toBe(true);
    expect(filled.problems).toEqual([]);
    if (!filled.ok) return;
    expect(out).toContain(`导入岗位 posts imported: ${filled.value.posts.length}`);

    const broken = importCsv(readFileSync(join(ROOT, 'examples', 'sheets', 'broken-sheet.csv'), 'utf8'));
    expect(broken.ok).toBe(false);
    const errors = broken.problems.filter((p) => p.severity === 'error');
    expect(errors.length).toBeGreaterThanOrEqual(5);
    for (const p of errors) {
      expect(p.path).toMatch(/^row \d+, column .+ \(.+\)$/);
      expect(out).toContain(p.path);
      expect(out).toContain(p.message['zh-CN']);
    }
    expect(out).toContain(`导入失败 import failed: ${errors.length} 个错误`);
  });

  it('the filled sheet has the exported column layout: every header of CSV_COLUMNS, in order, in Chinese', async () => {
    const { CSV_COLUMNS } = await import('../../src/index.js');
    const header = readFileSync(join(ROOT, 'examples', 'sheets', 'filled-sheet.csv'), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0];
    expect(header).toBe(CSV_COLUMNS.map((c) => c.header['zh-CN']).join(','));
  });

  it('what-if prints the changes whatIfPost finds', () => {
    const out = run('what-if.ts').stdout;
    const doc = load('county-bureau.json');
    for (const id of ['cb-post-finance-chief', 'cb-post-cashier', 'cb-post-office-director']) {
      const post = doc.posts.find((p) => p.id === id);
      expect(post).toBeDefined();
      if (post) expect(out).toContain(whatIfPost(post).text['zh-CN']);
    }
  });
});

describe('npm run demo', () => {
  it('writes the four files and prints the summary with their paths', () => {
    expect(demo.stderr).toBe('');
    expect(demo.code).toBe(0);
    const catalog = catalogOf('county-bureau.json');
    for (const name of ['catalog.html', 'catalog.md', 'catalog.csv', 'catalog.json']) {
      const path = join(demoDir, name);
      expect(existsSync(path), name).toBe(true);
      expect(demo.stdout).toContain(path);
    }
    const { high, medium, low } = catalog.summary.postsByLevel;
    expect(demo.stdout).toMatch(new RegExp(`岗位 posts +${high} +${medium} +${low} +${high + medium + low}`));
    const rp = catalog.summary.riskPointsByLevel;
    expect(demo.stdout).toMatch(new RegExp(`风险点（固有）inherent +${rp.high} +${rp.medium} +${rp.low}`));
    for (const code of Object.keys(catalog.summary.findingsByCode)) expect(demo.stdout).toContain(code);
    expect(demo.stdout).toContain(`重点岗位 key posts（${catalog.summary.keyPosts.length}）`);
    expect(JSON.parse(readFileSync(join(demoDir, 'catalog.json'), 'utf8')).summary.posts).toBe(catalog.summary.posts);
  });

  it('the HTML report is self-contained: no external URL, script or stylesheet link', () => {
    const html = readFileSync(join(demoDir, 'catalog.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain('某县自然资源和规划局');
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).not.toMatch(/<script|<link\b|@import|url\((?!#)/i);
    for (const m of html.matchAll(/\b(?:href|src)="([^"]*)"/g)) expect(m[1]?.startsWith('#'), m[1]).toBe(true);
  });
});
