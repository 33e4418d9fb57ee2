/**
 * The HTML report and the 一览表 as Chromium prints them (skipped where Chromium or poppler is not
 * installed; CI installs both). Issue 14's target: the county example's full report prints in
 * fewer than 38 A4 pages (half of the 76 it took), and still prints everything a reader files:
 * every post, risk point, explanation, measure and finding, and the appendix. The 一览表 stays
 * within the 12 pages of issue 15.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/build.js';
import { renderHtml } from '../../src/render/html.js';
import { renderTableHtml } from '../../src/render/table-view.js';
import { parseDocument } from '../../src/validate/document.js';
import { tempDir } from '../cli/run.js';
import { CHROMIUM, HAS_CHROMIUM } from '../workbench/browser.js';

const hasPoppler = spawnSync('pdfinfo', ['-v'], { stdio: 'ignore' }).status === 0;
const county = parseDocument(JSON.parse(readFileSync(new URL('../../examples/county-bureau.json', import.meta.url), 'utf8')));

/** Prints an HTML file to PDF as the command line does (the page size and margins of its `@page`). */
function printToPdf(html: string, pdf: string): void {
  const r = spawnSync(
    CHROMIUM,
    ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, pathToFileURL(html).href],
    { encoding: 'utf8', timeout: 180_000 },
  );
  if (r.status !== 0) throw new Error(`chromium failed: ${r.stderr}`);
}

function pdfInfo(pdf: string): { pages: number; width: number; height: number } {
  const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
  const [width, height] = (/Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? []).slice(1).map((n) => Math.round(Number(n)));
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), width: width ?? 0, height: height ?? 0 };
}

/** The printed text without white space, so a line broken by the layout still matches. */
function pdfText(pdf: string): string {
  return spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout.replace(/\s+/g, '');
}

const squeeze = (s: string): string => s.replace(/\s+/g, '');

describe.skipIf(!HAS_CHROMIUM || !hasPoppler)('printed by Chromium: the county example', () => {
  let work = '';
  const catalog = buildCatalog(county);
  let report = '';
  let table = '';
  beforeAll(() => {
    work = tempDir();
    const reportHtml = join(work, 'report.html');
    writeFileSync(reportHtml, renderHtml(catalog, { locale: 'zh-CN' }));
    report = join(work, 'report.pdf');
    printToPdf(reportHtml, report);
    const tableHtml = join(work, 'table.html');
    writeFileSync(tableHtml, renderTableHtml(catalog, { locale: 'zh-CN' }));
    table = join(work, 'table.pdf');
    printToPdf(tableHtml, table);
  }, 400_000);
  afterAll(() => {
    if (work !== '') rmSync(work, { recursive: true, force: true });
  });

  it('the full report prints on A4 portrait in fewer than 38 pages (76 before issue 14)', () => {
    const { pages, width, height } = pdfInfo(report);
    expect(pages).toBeGreaterThan(10);
    expect(pages).toBeLessThan(38);
    expect([width, height]).toEqual([595, 842]);
  });

  it('the printed report holds every post, risk point, explanation, measure and finding, and the appendix', () => {
    const text = pdfText(report);
    // Opening words: a table row or a list item split over a page break splits its text.
    const opening = (s: string): string => squeeze(s).slice(0, 8);
    for (const post of catalog.posts) {
      expect(text).toContain(opening(post.name));
      expect(text).toContain(opening(post.explanation.text['zh-CN']));
      for (const power of post.powers) {
        for (const rp of power.riskPoints) {
          expect(text).toContain(opening(rp.description));
          expect(text).toContain(squeeze(rp.explanation.text['zh-CN']).slice(0, 12));
        }
      }
      for (const m of [...post.postMeasures, ...post.measures]) expect(text).toContain(opening(m.title['zh-CN']));
      for (const f of post.findings) expect(text).toContain(opening(f.message['zh-CN']));
    }
    expect(text).toContain('附录：评估因素评分标准');
    expect(text).toContain('权力配置问题');
  });

  it('the 一览表 still prints in at most 12 pages', () => {
    const { pages } = pdfInfo(table);
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThanOrEqual(12);
  });
});
