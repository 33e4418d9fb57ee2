/**
 * Issue 16, the rest of what a person does in the workbench, in a real headless Chromium: start
 * blank and build a post by typing, with each problem shown at its field in the CLI's words until
 * it is fixed; open a CSV sheet and an Excel workbook as `import` reads them (their problems in
 * `import`'s lines); choose another shipped model; switch language; be asked before unsaved work is
 * discarded; and find every control labelled, the posts usable from the keyboard, the page
 * printable.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog, EXAMPLE_MODELS, parseDocument, problemLine, problemText, validateDocument, type Locale, type OrganizationDocument } from '../../src/index.js';
import { cli, MAIN, tempDir } from '../cli/run.js';
import { clickDownload, Downloads, HAS_CHROMIUM, launch, openPage } from './browser.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

function levels(doc: OrganizationDocument, model = EXAMPLE_MODELS['default']!): Record<string, string> {
  const out: Record<string, string> = {};
  for (const post of buildCatalog(doc, { model }).posts) for (const power of post.powers) for (const rp of power.riskPoints) out[rp.id] = rp.level;
  return out;
}

async function pageLevels(page: Page): Promise<Record<string, string | null>> {
  return Object.fromEntries(await page.$$eval('[data-risk-point-id]', (els) => els.map((e) => [e.getAttribute('data-risk-point-id'), e.getAttribute('data-level')] as [string, string | null])));
}

/** What the page shows at a field: its problems' texts. */
function fieldProblems(page: Page, path: string): Promise<string[]> {
  return page.$$eval(`[data-field="${path}"] > .problems > li`, (els) => els.map((e) => e.textContent ?? ''));
}

/** The problems of the side panel: the CLI's line of each, and what it shows. */
function sideProblems(page: Page): Promise<{ line: string | null; shown: string }[]> {
  return page.$$eval('#problem-list li > button', (els) => els.map((e) => ({ line: e.getAttribute('data-line'), shown: e.textContent ?? '' })));
}

/** The document the page holds, as its "document" download gives it. */
async function heldDocument(page: Page, downloads: Downloads): Promise<unknown> {
  const got = await downloads.take(() => clickDownload(page, 'document'), 'document');
  return JSON.parse(got.bytes.toString('utf8'));
}

/** Empties a text field as a person does: select all, delete. */
async function clear(page: Page, selector: string): Promise<void> {
  await page.click(selector, { clickCount: 3 });
  await page.keyboard.press('Backspace');
}

/** Waits until the page has graded (no refresh pending) and a condition holds. */
function until(page: Page, condition: string): Promise<unknown> {
  return page.waitForFunction(condition, { timeout: 20_000 });
}

describe.skipIf(!HAS_CHROMIUM)('working in the workbench', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let downloads: Downloads;
  const dialogs: string[] = [];
  let answer = true;

  beforeAll(async () => {
    browser = await launch();
    ({ page, errors } = await openPage(browser));
    downloads = await Downloads.of(browser);
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void (answer ? d.accept() : d.dismiss());
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('starts blank and builds a post by typing; each problem is at its field, in the CLI\'s words, until fixed', async () => {
    await page.click('[data-action="add-post"]');
    await page.waitForSelector('[data-field="posts[0].name"] input');
    // The problems of the document as it is now, as the library words them, at their fields and in the side panel.
    let doc = await heldDocument(page, downloads);
    let problems = validateDocument(doc).problems;
    expect(problems.length).toBeGreaterThan(0);
    const nameProblem = problems.find((p) => p.path === 'posts[0].name')!;
    const side = await sideProblems(page);
    expect(side.map((x) => x.line)).toEqual(problems.map((p) => problemLine(p, 'zh-CN')));
    // Shown where it is in the names the page gives, then the library's words.
    for (const [i, p] of problems.entries()) expect(side[i]!.shown.endsWith(`：${problemText(p, 'zh-CN')}`)).toBe(true);
    expect(side.find((x) => x.line === problemLine(nameProblem, 'zh-CN'))!.shown).toBe(`岗位 1 › 岗位名称：${problemText(nameProblem, 'zh-CN')}`);
    expect(await fieldProblems(page, 'posts[0].name')).toEqual([problemText(nameProblem, 'zh-CN')]);
    expect(await page.$eval('[data-field="posts[0].name"] input', (e) => e.getAttribute('aria-invalid'))).toBe('true');
    // Fill the post in, from the keyboard.
    await page.type('[data-path="posts[0].name"]', '出纳');
    await page.type('[data-path="posts[0].department"]', '计划财务股');
    await page.select('[data-path="posts[0].rank"]', 'staff');
    await page.type('[data-path="posts[0].tenureYears"]', '6');
    await until(page, `document.querySelector('[data-field="posts[0].name"] > .problems').children.length === 0`);
    await page.click('[data-action="add-power"]');
    await page.type('[data-path="posts[0].powers[0].name"]', '现金收付');
    await page.select('[data-path="posts[0].powers[0].category"]', 'finance');
    await page.type('[data-path="posts[0].powers[0].steps[0]"]', '审核单据');
    await page.click('[data-action="add-step"]');
    await page.type('[data-path="posts[0].powers[0].steps[1]"]', '付款');
    await page.click('[data-action="add-rp"]');
    await page.type('[data-path="posts[0].powers[0].riskPoints[0].description"]', '挪用公款、收款不入账');
    await page.select('[data-path="posts[0].powers[0].riskPoints[0].step"]', '付款');
    await page.select('[data-path="posts[0].powers[0].riskPoints[0].riskCategory"]', 'duty');
    for (const [factor, rating] of [['fundLinkage', '5'], ['discretion', '3'], ['likelihood', '4'], ['harm', '4'], ['opacity', '3'], ['monitoringDifficulty', '4']] as const) {
      await page.select(`[data-risk-point-id="rp-1"] select[name="factors.${factor}"]`, rating);
    }
    await until(page, `document.querySelector('[data-risk-point-id="rp-1"]').hasAttribute('data-level') && !document.querySelector('[data-risk-point-id="rp-1"]').hasAttribute('data-stale')`);
    doc = await heldDocument(page, downloads);
    problems = validateDocument(doc).problems;
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(await pageLevels(page)).toEqual(levels(parseDocument(doc)));
    // A risk point renamed to a step the power does not have: the library's problem at the step.
    await clear(page, '[data-path="posts[0].powers[0].steps[1]"]');
    await page.type('[data-path="posts[0].powers[0].steps[1]"]', '支付');
    await until(page, `document.querySelector('[data-path="posts[0].powers[0].riskPoints[0].step"]').value === '支付'`);
    expect(await fieldProblems(page, 'posts[0].powers[0].riskPoints[0].step')).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('the unit\'s own measure: written in the form, in the document, first among the measures', async () => {
    await page.click('[data-action="add-own"][data-path="posts[0].powers[0].riskPoints[0]"]');
    await page.type('[data-path="posts[0].powers[0].riskPoints[0].ownMeasures[0].text"]', '实行双人复核，付款凭证当日上传平台');
    await page.select('[data-path="posts[0].powers[0].riskPoints[0].ownMeasures[0].phase"]', 'during');
    await page.click('[data-path="posts[0].powers[0].riskPoints[0].ownMeasures[0].lowers"][value="monitoringDifficulty"]');
    await until(page, `document.querySelector('[data-risk-point-id="rp-1"] .rp-results .measures li.own') !== null`);
    const doc = (await heldDocument(page, downloads)) as { posts: { powers: { riskPoints: { ownMeasures: unknown }[] }[] }[] };
    expect(doc.posts[0]!.powers[0]!.riskPoints[0]!.ownMeasures).toEqual([{ text: '实行双人复核，付款凭证当日上传平台', phase: 'during', lowers: ['monitoringDifficulty'] }]);
    const rp = buildCatalog(parseDocument(doc)).posts[0]!.powers[0]!.riskPoints[0]!;
    expect(await page.$eval('[data-risk-point-id="rp-1"] .rp-results .level-line', (e) => e.textContent)).toContain(`剩余风险：${{ high: '高', medium: '中', low: '低' }[rp.residualLevel]}`);
    expect(await page.$eval('[data-risk-point-id="rp-1"] .rp-results .measures li.own', (e) => e.textContent)).toContain('实行双人复核');
  });

  it('asks before discarding work not downloaded, and keeps it when told no', async () => {
    await page.select('[data-risk-point-id="rp-1"] select[name="factors.harm"]', '5');
    answer = false;
    await page.click('[data-action="new"]');
    expect(dialogs.at(-1)).toBe('当前文档的修改还没有下载保存为文件。继续将丢弃这些修改，确定继续吗？');
    expect(await page.$('[data-risk-point-id="rp-1"]')).not.toBeNull();
    answer = true;
    const asked = dialogs.length;
    await page.click('[data-action="new"]');
    expect(dialogs.length).toBe(asked + 1);
    await until(page, `document.querySelectorAll('[data-risk-point-id]').length === 0`);
  });

  it('opens a CSV sheet and an Excel workbook as `import` reads them', async () => {
    const dir = tempDir();
    const sheet = join(EXAMPLES, 'sheets', 'filled-sheet.csv');
    const workbook = join(dir, '一览表.xlsx');
    expect(cli(['catalog', join(EXAMPLES, 'university.json'), '--format', 'xlsx', '-o', workbook]).code).toBe(0);
    for (const file of [sheet, workbook]) {
      await (await page.$('input[type=file]'))!.uploadFile(file);
      await until(page, `document.querySelectorAll('[data-risk-point-id][data-level]').length > 0 && document.querySelector('#messages').textContent.includes(${JSON.stringify(file.split('/').at(-1))})`);
      const imported = join(dir, 'imported.json');
      expect(cli(['import', file, '-o', imported]).code).toBe(0);
      const held = await downloads.take(() => clickDownload(page, 'document'), 'document');
      expect(held.bytes.equals(readFileSync(imported)), file).toBe(true);
      expect(await pageLevels(page)).toEqual(levels(parseDocument(JSON.parse(readFileSync(imported, 'utf8')))));
    }
  });

  it('a file dropped on the page opens as the file chooser opens it', async () => {
    const text = readFileSync(join(EXAMPLES, 'oilfield-service-center.json'), 'utf8');
    await page.evaluate(`(() => {
      const file = new File([${JSON.stringify(text)}], 'oilfield-service-center.json', { type: 'application/json' });
      const data = new DataTransfer();
      data.items.add(file);
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    })()`);
    await until(page, `document.querySelector('#messages').textContent.includes('oilfield-service-center.json')`);
    expect(await page.$eval('#drop', (e) => e.hasAttribute('hidden'))).toBe(true);
    expect(await pageLevels(page)).toEqual(levels(parseDocument(JSON.parse(text))));
  });

  it('a broken sheet is not opened: its problems in the lines `import` prints', async () => {
    const before = await pageLevels(page);
    const broken = join(EXAMPLES, 'sheets', 'broken-sheet.csv');
    await (await page.$('input[type=file]'))!.uploadFile(broken);
    await until(page, `document.querySelector('#messages .message.error') !== null`);
    const lines = await page.$$eval('#messages .message li', (els) => els.map((e) => e.textContent ?? ''));
    const r = cli(['import', broken]);
    expect(r.code).toBe(1);
    expect(lines).toEqual(r.stderr.trimEnd().split('\n'));
    expect(await pageLevels(page)).toEqual(before);
  });

  it('another shipped model: every level is the library\'s under it', async () => {
    await (await page.$('input[type=file]'))!.uploadFile(join(EXAMPLES, 'county-bureau.json'));
    await until(page, `document.querySelector('#messages').textContent.includes('county-bureau.json')`);
    const doc = parseDocument(JSON.parse(readFileSync(join(EXAMPLES, 'county-bureau.json'), 'utf8')));
    await page.$eval('details.options', (e) => e.setAttribute('open', ''));
    await page.select('#model', 'matrix-5x5');
    await until(page, `document.querySelector('#model').value === 'matrix-5x5'`);
    expect(await pageLevels(page)).toEqual(levels(doc, EXAMPLE_MODELS['matrix-5x5']!));
    await page.select('#model', 'default');
    await until(page, `document.querySelector('#model').value === 'default'`);
    expect(await pageLevels(page)).toEqual(levels(doc));
  });

  it('loads a model file, a template library and a settings file: the levels and catalog `catalog --model --templates --settings` gives; a broken model file is refused with the CLI\'s lines', async () => {
    const dir = tempDir();
    expect(cli(['model', '--id', 'university-count', '-o', join(dir, 'model.json')]).code).toBe(0);
    writeFileSync(join(dir, 'templates.json'), JSON.stringify({ disable: ['integrity-education'] }));
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ rotationYears: 3 }));
    writeFileSync(join(dir, 'bad-model.json'), JSON.stringify({ method: 'weighted', weights: { harm: -1 } }));
    await page.$eval('details.options', (e) => e.setAttribute('open', ''));
    const load = async (purpose: string, file: string): Promise<void> => {
      const [chooser] = await Promise.all([page.waitForFileChooser(), page.click(`[data-action="open"][data-purpose="${purpose}"]`)]);
      await chooser.accept([join(dir, file)]);
      await until(page, `document.querySelector('#messages').textContent.includes(${JSON.stringify(file)})`);
      // The settings stay open as they were left, though the page was redrawn.
      expect(await page.$eval('details.options', (e) => e.hasAttribute('open'))).toBe(true);
    };
    await load('model', 'bad-model.json');
    const refused = await page.$$eval('#messages .message.error li', (els) => els.map((e) => e.textContent ?? ''));
    const r = spawnSync(process.execPath, [MAIN, 'catalog', join(EXAMPLES, 'county-bureau.json'), '--model', 'bad-model.json'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(refused).toEqual(r.stderr.trimEnd().split('\n'));
    await load('model', 'model.json');
    await load('templates', 'templates.json');
    await load('settings', 'settings.json');
    const doc = parseDocument(JSON.parse(readFileSync(join(EXAMPLES, 'county-bureau.json'), 'utf8')));
    expect(await pageLevels(page)).toEqual(levels(doc, EXAMPLE_MODELS['university-count']!));
    const got = await downloads.take(() => clickDownload(page, 'json'), 'json');
    const out = join(dir, 'catalog.json');
    const c = spawnSync(process.execPath, [MAIN, 'catalog', join(EXAMPLES, 'county-bureau.json'), '--model', 'model.json', '--templates', 'templates.json', '--settings', 'settings.json', '-o', out], { cwd: dir, encoding: 'utf8' });
    expect(c.status, c.stderr).toBe(0);
    expect(got.bytes.equals(readFileSync(out))).toBe(true);
    // Back to the defaults for what follows.
    await page.select('#model', 'default');
    await until(page, `document.querySelector('#model').value === 'default'`);
    await page.click('[data-action="reset-templates"]');
    await page.click('[data-action="reset-settings"]');
    expect(await pageLevels(page)).toEqual(levels(doc));
    expect(errors).toEqual([]);
  });

  it('switches language: the page and the library\'s words in zh-TW and en, zh-CN again', async () => {
    await page.click('details.post > summary');
    await clear(page, '[data-path="posts[0].name"]');
    await until(page, `document.querySelector('[data-field="posts[0].name"] > .problems').children.length === 1`);
    for (const locale of ['zh-TW', 'en', 'zh-CN'] as Locale[]) {
      await page.select('#locale', locale);
      await until(page, `document.documentElement.lang === ${JSON.stringify(locale)}`);
      const doc = await heldDocument(page, downloads);
      const p = validateDocument(doc).problems.find((x) => x.path === 'posts[0].name')!;
      expect(await fieldProblems(page, 'posts[0].name')).toEqual([problemText(p, locale)]);
      expect(await page.title()).toBe({ 'zh-CN': '岗位廉政风险防控工作台', 'zh-TW': '崗位廉政風險防控工作台', en: 'Post integrity-risk workbench' }[locale]);
    }
  });

  it('every control is labelled', async () => {
    const unlabelled = await page.$$eval('input, select, textarea, button', (els) =>
      els
        .filter((e) => {
          const c = e as unknown as { labels?: { length: number } | null; getAttribute(n: string): string | null; textContent: string | null; tagName: string };
          const byLabel = (c.labels?.length ?? 0) > 0;
          const byAria = (c.getAttribute('aria-label') ?? '').trim() !== '' || (c.getAttribute('aria-labelledby') ?? '') !== '';
          const byText = c.tagName === 'BUTTON' && (c.textContent ?? '').trim() !== '';
          return !byLabel && !byAria && !byText;
        })
        .map((e) => e.outerHTML.slice(0, 120)),
    );
    expect(unlabelled).toEqual([]);
  });

  it('a post opens from the keyboard, and printing unfolds every post', async () => {
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('details.post');
    await page.focus('details.post > summary');
    await page.keyboard.press('Enter');
    expect(await page.$eval('details.post', (e) => e.hasAttribute('open'))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.closest("details.post") !== null')).toBe(true);
    await page.emulateMediaType('print');
    expect(await page.$eval('.bar .tools', (e) => (e as unknown as { checkVisibility(): boolean }).checkVisibility())).toBe(false);
    await page.emulateMediaType();
    // What the browser's print does first and last (page.pdf of all 12 posts takes long on a loaded machine).
    const folded = await page.$$eval('details.post:not([open])', (els) => els.length);
    expect(folded).toBeGreaterThan(5);
    await page.evaluate(`window.dispatchEvent(new Event('beforeprint'))`);
    expect(await page.$$eval('details.post:not([open])', (els) => els.length)).toBe(0);
    await page.evaluate(`window.dispatchEvent(new Event('afterprint'))`);
    expect(await page.$$eval('details.post:not([open])', (els) => els.length)).toBe(folded);
    expect(errors).toEqual([]);
  });

  it('a document marked by import --suggest-ratings opens with suggested ratings ticked; unticking takes the mark off the document', async () => {
    const dir = tempDir();
    const file = join(dir, 'unit.json');
    expect(cli(['import', join(EXAMPLES, 'sheets', 'published-catalog.csv'), '--suggest-ratings', '-o', file]).code).toBe(0);
    const doc = parseDocument(JSON.parse(readFileSync(file, 'utf8')));
    expect(doc.suggestRatings).toBe(true);
    await (await page.$('input[type=file]'))!.uploadFile(file);
    await until(page, `document.querySelector('#messages').textContent.includes('unit.json') && document.querySelectorAll('[data-risk-point-id][data-level]').length > 0`);
    await page.$eval('details.options', (e) => e.setAttribute('open', ''));
    expect(await page.$eval('#suggest', (e) => (e as unknown as { checked: boolean }).checked)).toBe(true);
    expect(await pageLevels(page)).toEqual(levels(doc));
    await page.click('#suggest');
    await until(page, `!document.querySelector('#suggest').checked`);
    const { suggestRatings: _, ...unmarked } = doc;
    expect(levels(unmarked)).not.toEqual(levels(doc)); // the sheet rates nothing: the mark matters
    await until(page, `document.querySelectorAll('[data-risk-point-id][data-level]').length > 0`);
    expect(await pageLevels(page)).toEqual(levels(unmarked));
    expect(await heldDocument(page, downloads)).not.toHaveProperty('suggestRatings');
  });
});
