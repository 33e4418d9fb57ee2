/**
 * Issue 16: the workbench is one self-contained file. It names no external address (the only
 * `http://` strings in it are XML namespace names the Word and Excel writers put in their files,
 * which nothing fetches), loads nothing (no `src`, `href`, `url(` or `@import`), forbids itself
 * every fetch by its content security policy, stays under 600 kB, and, driven through everything
 * it does in a real browser, makes no request other than the page itself (and the inline data:
 * images of the browser's own date picker).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'parse5';
import type { Browser, HTTPRequest } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKBENCH_MAX_BYTES } from '../../scripts/build-workbench.js';
import { clickDownload, Downloads, HAS_CHROMIUM, launch, openPage, WORKBENCH, WORKBENCH_URL } from './browser.js';

const page = readFileSync(WORKBENCH, 'utf8');

/**
 * XML namespace names: identifiers that look like addresses. The Office Open XML writers must put
 * them in every .docx and .xlsx; no program fetches them.
 */
const NAMESPACES = [
  /^http:\/\/schemas\.openxmlformats\.org\/[\w./-]+$/,
  /^http:\/\/schemas\.microsoft\.com\/office\/[\w./-]+$/,
  /^http:\/\/purl\.org\/dc\/[\w./-]+$/,
  /^http:\/\/www\.w3\.org\/(2000\/svg|1999\/xlink|1999\/xhtml|XML\/1998\/namespace|2001\/XMLSchema-instance)$/,
];

interface Node5 {
  readonly nodeName: string;
  readonly attrs?: readonly { readonly name: string; readonly value: string }[];
  readonly childNodes?: readonly Node5[];
  readonly content?: Node5;
}

function elements(node: Node5): Node5[] {
  return [node, ...(node.childNodes ?? []).flatMap(elements), ...(node.content === undefined ? [] : elements(node.content))];
}

describe('the built workbench file', () => {
  it(`is under ${WORKBENCH_MAX_BYTES / 1024} kB`, () => {
    expect(Buffer.byteLength(page)).toBeLessThan(WORKBENCH_MAX_BYTES);
  });

  it('names no external address: every http(s) string in it is an XML namespace name', () => {
    const urls = [...page.matchAll(/https?:\/\/[^\s"'`<>)\\]*/gi)].map((m) => m[0]);
    expect(urls.length).toBeGreaterThan(0); // the scan sees them (the Word and Excel writers have some)
    expect(urls.filter((u) => !NAMESPACES.some((n) => n.test(u)))).toEqual([]);
    // No protocol-relative address either, nor any other scheme that fetches.
    expect(page.match(/["'(=]\s*\/\/[a-z0-9-]+\.[a-z]/gi) ?? []).toEqual([]);
    expect(page.match(/\b(ftp|ws|wss):\/\//gi) ?? []).toEqual([]);
  });

  it('loads nothing: no element with src or href, no link, no url() or @import in its style', () => {
    const all = elements(parse(page) as unknown as Node5);
    const loading = all.filter((n) => (n.attrs ?? []).some((a) => ['src', 'href', 'srcset', 'action', 'data', 'poster', 'background'].includes(a.name)));
    expect(loading.map((n) => n.nodeName)).toEqual([]);
    expect(all.filter((n) => ['link', 'iframe', 'img', 'object', 'embed', 'base'].includes(n.nodeName)).map((n) => n.nodeName)).toEqual([]);
    const styles = all.filter((n) => n.nodeName === 'style').flatMap((n) => (n.childNodes ?? []).map((c) => (c as unknown as { value: string }).value));
    expect(styles.join('')).not.toMatch(/url\(|@import/i);
    // One inline script and one inline style: the whole page.
    expect(all.filter((n) => n.nodeName === 'script').length).toBe(1);
    expect(all.filter((n) => n.nodeName === 'style').length).toBe(1);
  });

  it('forbids itself every fetch with a content security policy', () => {
    const meta = elements(parse(page) as unknown as Node5).find((n) => n.nodeName === 'meta' && n.attrs?.some((a) => a.name === 'http-equiv' && a.value === 'Content-Security-Policy'));
    const csp = meta?.attrs?.find((a) => a.name === 'content')?.value ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toMatch(/https?:|\*/);
  });
});

describe.skipIf(!HAS_CHROMIUM)('the workbench in a browser makes no request but for itself', () => {
  let browser: Browser;
  const requests: string[] = [];

  beforeAll(async () => {
    browser = await launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('opened, given the county example, edited, switched between languages, downloaded in every format, reloaded', async () => {
    const { page, errors } = await openPage(browser);
    await page.setRequestInterception(true);
    page.on('request', (r: HTTPRequest) => {
      // The page itself, and the data: images Chromium draws its own date pickers with (inline
      // content, which no network carries); anything else fails the test.
      if (r.url() === WORKBENCH_URL || r.url().startsWith('data:')) void r.continue();
      else {
        requests.push(r.url());
        void r.abort();
      }
    });
    await page.reload({ waitUntil: 'load' });
    await (await page.$('input[type=file]'))!.uploadFile(fileURLToPath(new URL('../../examples/county-bureau.json', import.meta.url)));
    await page.waitForSelector('[data-risk-point-id][data-level]');
    await page.click('details.post > summary');
    await page.select('[data-risk-point-id] select[name="factors.harm"]', '5');
    for (const locale of ['zh-TW', 'en', 'zh-CN']) {
      await page.select('#locale', locale);
      await page.waitForFunction(`document.documentElement.lang === ${JSON.stringify(locale)}`);
    }
    const downloads = await Downloads.of(browser);
    await page.$$eval('#side details', (els) => els.forEach((e) => e.setAttribute('open', '')));
    const formats = await page.$$eval('[data-download]', (els) => els.map((e) => e.getAttribute('data-download')!));
    expect(formats).toEqual(expect.arrayContaining(['html', 'docx', 'xlsx', 'csv', 'md', 'json', 'document']));
    for (const f of formats) {
      const got = await downloads.take(() => clickDownload(page, f), f).catch((e: Error) => {
        throw new Error(`${e.message}; requests refused so far: ${JSON.stringify(requests)}`);
      });
      expect(got.bytes.length, f).toBeGreaterThan(100);
    }
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('[data-risk-point-id][data-level]');
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  }, 240_000);
});
