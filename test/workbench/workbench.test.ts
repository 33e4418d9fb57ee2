/**
 * Issue 16: the workbench page in a real headless Chromium. A person opens the county example
 * through the file input, sees every risk point at the level the library gives, changes one
 * rating where the model says the level must move, downloads the catalog as JSON and CSV and the
 * document as JSON (each byte for byte what the CLI writes for the edited document), reloads, and
 * finds the work still there. The page is the built `dist/workbench.html` (the test setup builds it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog, parseDocument, whatIf, type FactorChange, type OrganizationDocument } from '../../src/index.js';
import { cli, tempDir, tempFile } from '../cli/run.js';
import { clickDownload, Downloads, HAS_CHROMIUM, launch, openPage } from './browser.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/county-bureau.json', import.meta.url));
const raw = (): { posts: { powers: { riskPoints: { id: string; factors: Record<string, number> }[] }[] }[] } => JSON.parse(readFileSync(EXAMPLE, 'utf8'));

/** The level of every risk point, by id, as the page shows it. */
async function pageLevels(page: Page): Promise<Record<string, string | null>> {
  const pairs = await page.$$eval('[data-risk-point-id]', (els) => els.map((e) => [e.getAttribute('data-risk-point-id'), e.getAttribute('data-level')] as [string, string | null]));
  return Object.fromEntries(pairs);
}

/** The level of every risk point, by id, as the library gives it. */
function libraryLevels(doc: OrganizationDocument): Record<string, string> {
  const out: Record<string, string> = {};
  for (const post of buildCatalog(doc).posts) for (const power of post.powers) for (const rp of power.riskPoints) out[rp.id] = rp.level;
  return out;
}

/** The first risk point (in document order) where raising one rating raises its level: the model says so. */
function aRaise(doc: OrganizationDocument): { post: number; id: string; change: FactorChange } {
  for (const [i, post] of doc.posts.entries()) {
    for (const power of post.powers) {
      for (const rp of power.riskPoints) {
        const w = whatIf(post, power, rp);
        // A factor the risk point rates itself, so the edit is on its own row.
        if (w.up !== null && rp.factors[w.up.factor] !== undefined) return { post: i, id: rp.id, change: w.up };
      }
    }
  }
  throw new Error('no risk point of the example can be raised by one rating');
}

describe.skipIf(!HAS_CHROMIUM)('the workbench page in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const doc = parseDocument(raw());
  const raise = aRaise(doc);
  // The edited document as the user's file would hold it: the example with one rating changed.
  const edited = raw();
  for (const post of edited.posts) for (const power of post.powers) for (const rp of power.riskPoints) if (rp.id === raise.id) rp.factors[raise.change.factor] = raise.change.to;
  const row = `[data-risk-point-id="${raise.id}"]`;

  beforeAll(async () => {
    browser = await launch();
    ({ page, errors } = await openPage(browser));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('starts blank in zh-CN, with one file input', async () => {
    expect(await page.$eval('html', (e) => e.getAttribute('lang'))).toBe('zh-CN');
    expect(await page.title()).toBe('岗位廉政风险防控工作台');
    expect((await page.$$('input[type=file]')).length).toBe(1);
    expect((await page.$$('[data-risk-point-id]')).length).toBe(0);
  });

  it('opens the county example through the file input: every risk point at the library\'s level', async () => {
    const input = (await page.$('input[type=file]'))!;
    await input.uploadFile(EXAMPLE);
    await page.waitForFunction(`document.querySelectorAll('[data-risk-point-id][data-level]').length === ${Object.keys(libraryLevels(doc)).length}`);
    expect(await pageLevels(page)).toEqual(libraryLevels(doc));
    expect(errors).toEqual([]);
  });

  it('a rating changed where the model says the level must move: the level moves, and only there', async () => {
    const before = await pageLevels(page);
    expect(before[raise.id]).not.toBe(raise.change.level);
    // Open the post, as a person would, and choose the rating in the risk point's row.
    await page.click(`details.post:nth-of-type(${raise.post + 1}) > summary`);
    const select = (await page.$(`${row} select[name="factors.${raise.change.factor}"]`))!;
    expect(await select.isVisible()).toBe(true);
    await select.select(String(raise.change.to));
    await page.waitForFunction(`document.querySelector(${JSON.stringify(row)})?.getAttribute('data-level') === ${JSON.stringify(raise.change.level)}`);
    const after = await pageLevels(page);
    expect(after).toEqual(libraryLevels(parseDocument(edited)));
    expect(after[raise.id]).toBe(raise.change.level);
    // The anchor text beside the control follows the rating chosen.
    expect(await page.$eval(`${row} [data-field$=".factors.${raise.change.factor}"] .meaning`, (e) => e.textContent)).not.toBe('');
    expect(errors).toEqual([]);
  });

  it('downloads the catalog as JSON and CSV, and the document as JSON: the bytes the CLI writes for the edited document', async () => {
    const downloads = await Downloads.of(browser);
    const dir = tempDir();
    const file = tempFile(dir, 'edited.json', `${JSON.stringify(edited, null, 2)}\n`);
    const document = await downloads.take(() => clickDownload(page, 'document'), 'document');
    expect(document.name).toBe('county-bureau.json');
    expect(document.bytes.equals(readFileSync(file))).toBe(true);
    for (const format of ['json', 'csv'] as const) {
      const got = await downloads.take(() => clickDownload(page, format), format);
      expect(got.name).toBe(`county-bureau-一览表.${format}`);
      const out = join(dir, `catalog.${format}`);
      const r = cli(['catalog', file, '--format', format, '-o', out]);
      expect(r.code, r.stderr).toBe(0);
      expect(got.bytes.equals(readFileSync(out)), `${format} differs from the CLI's`).toBe(true);
    }
    expect(errors).toEqual([]);
  });

  it('every other download is byte for byte the command line\'s too: each format and view of catalog, lists, the blank sheet', async () => {
    const downloads = await Downloads.of(browser);
    const dir = tempDir();
    const file = tempFile(dir, 'edited.json', `${JSON.stringify(edited, null, 2)}\n`);
    const commands: Record<string, string[]> = {
      html: ['catalog', file, '--format', 'html'],
      'html-table': ['catalog', file, '--format', 'html', '--view', 'table'],
      'html-cards': ['catalog', file, '--format', 'html', '--view', 'cards'],
      docx: ['catalog', file, '--format', 'docx'],
      xlsx: ['catalog', file, '--format', 'xlsx'],
      md: ['catalog', file, '--format', 'md'],
      'md-table': ['catalog', file, '--format', 'md', '--view', 'table'],
      'lists-html': ['lists', file, '--format', 'html'],
      'lists-md': ['lists', file, '--format', 'md'],
      'lists-csv': ['lists', file, '--format', 'csv'],
      'sheet-xlsx': ['sheet', '--format', 'xlsx'],
      'sheet-csv': ['sheet', '--format', 'csv'],
    };
    const offered = await page.$$eval('[data-download]', (els) => els.map((e) => e.getAttribute('data-download')!));
    expect(offered.sort()).toEqual([...Object.keys(commands), 'json', 'csv', 'document'].sort());
    await page.$$eval('#side details', (els) => els.forEach((e) => e.setAttribute('open', '')));
    for (const [format, args] of Object.entries(commands)) {
      const got = await downloads.take(() => clickDownload(page, format), format);
      const out = join(dir, `out-${format}`);
      const r = cli([...args, '-o', out]);
      expect(r.code, r.stderr).toBe(0);
      expect(got.bytes.equals(readFileSync(out)), `${format} differs from integrity-risk ${args.join(' ')}`).toBe(true);
    }
    expect(errors).toEqual([]);
  }, 300_000);

  it('after a reload the work is still there', async () => {
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector(`${row}[data-level]`);
    expect(await pageLevels(page)).toEqual(libraryLevels(parseDocument(edited)));
    expect(await page.$eval(`${row} select[name="factors.${raise.change.factor}"]`, (e) => (e as unknown as { value: string }).value)).toBe(String(raise.change.to));
    expect(errors).toEqual([]);
  });
});
