import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CatalogSource } from '../../src/catalog/types.js';
import { LOCALES, type Locale } from '../../src/i18n/locale.js';
import { escapeHtml } from '../../src/render/html-escape.js';
import { renderHtml, renderHtmlChunks } from '../../src/render/html.js';
import { HTML_LABELS, PHASE_TAGS } from '../../src/render/html-labels.js';
import { neutralTwin } from '../../src/render/svg-text.js';
import { sampleCatalog } from '../fixtures/sample-catalog.js';
import { textArb } from '../support/arbitraries.js';
import { expectGolden } from '../support/golden.js';
import { deepFreeze, mapTexts, parseHtml, textsOf } from './html-support.js';

const goldenPath = (locale: Locale): string => fileURLToPath(new URL(`../golden/catalog.${locale}.html`, import.meta.url));

describe('HTML report: golden files', () => {
  for (const locale of LOCALES) {
    it(`the sample catalog in ${locale} matches test/golden/catalog.${locale}.html`, () => {
      const html = renderHtml(sampleCatalog, { locale });
      expectGolden(goldenPath(locale), html);
    });
  }
});

describe('HTML report: document', () => {
  it('sets the language and the character set of each locale', () => {
    expect(renderHtml(sampleCatalog, { locale: 'zh-CN' })).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">/);
    expect(renderHtml(sampleCatalog, { locale: 'zh-TW' })).toContain('<html lang="zh-TW">');
    expect(renderHtml(sampleCatalog, { locale: 'en' })).toContain('<html lang="en">');
  });

  it('is print-ready: A4 portrait, repeated table headers, rows kept whole, a page per part', () => {
    const [css] = parseHtml(renderHtml(sampleCatalog, { locale: 'zh-CN' })).styles;
    expect(css).toContain('@page{size:A4 portrait');
    expect(css).toContain('thead{display:table-header-group}');
    expect(css).toContain('tr{break-inside:avoid');
    expect(css).toContain('.part{margin-top:0;break-before:page');
  });

  it('self-contained: no script, no event handler, no URL in any attribute or style', () => {
    for (const locale of LOCALES) {
      const html = renderHtml(sampleCatalog, { locale });
      expect(html).not.toMatch(/<script/i);
      const parsed = parseHtml(html);
      expect(parsed.shape.filter((s) => s === 'script' || s === 'link' || s === 'img' || s === 'iframe' || s === 'object')).toEqual([]);
      expect(parsed.shape.filter((s) => /@on/i.test(s) || /@(src|srcset|action|formaction|xlink:href)$/.test(s))).toEqual([]);
      for (const value of parsed.attrValues) {
        expect(value).not.toMatch(/https?:|\/\/|javascript:|data:/i);
        // Only the template's in-page references: #ids and the bar chart's own pattern.
        if (/url\(/i.test(value)) expect(value).toMatch(/^url\(#ir-hatch-\d+\)$/);
      }
      for (const css of parsed.styles) {
        expect(css).not.toMatch(/url\(|@import|https?:|\/\//i);
      }
      const hrefs = parsed.attrValues.filter((v) => v.startsWith('#'));
      expect(hrefs).toContain('#sec-summary');
      expect(hrefs).toContain('#dept-2');
    }
  });

  it('writes every level as text: the flow badges and the catalog name the level in words', () => {
    const zh = renderHtml(sampleCatalog, { locale: 'zh-CN' });
    expect(zh).toContain('>高 · 风险点 1<');
    expect(zh).toContain('>中 · 风险点 2<');
    expect(zh).toContain('<span class="lv lv-high">高</span>');
    const en = renderHtml(sampleCatalog, { locale: 'en' });
    expect(en).toContain('>High · risk point 1<');
    expect(en).toContain('<span class="lv lv-low">Low</span>');
  });

  it('escapes the hostile strings of the sample: markup arrives as text', () => {
    const html = renderHtml(sampleCatalog, { locale: 'zh-CN' });
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('某县“样例”局 &amp; &lt;测试&gt;');
    expect(html).toContain('出纳 | &quot;Cashier&quot;, 一般岗位');
    expect(html).not.toContain('<b>');
  });

  it('uses a caller title, escaped', () => {
    const html = renderHtml(sampleCatalog, { locale: 'en', title: 'Risks <2026> & "more"' });
    expect(html).toContain('<h1 class="u">Risks &lt;2026&gt; &amp; &quot;more&quot;</h1>');
  });

  it('never mutates its input: a deep-frozen catalog renders the same', () => {
    const frozen = deepFreeze(structuredClone(sampleCatalog));
    expect(renderHtml(frozen, { locale: 'zh-CN' })).toBe(renderHtml(sampleCatalog, { locale: 'zh-CN' }));
  });

  it('renders a catalog with no posts and no departments', () => {
    const empty: CatalogSource = { ...sampleCatalog, posts: [], findings: [], summary: { ...sampleCatalog.summary, byDepartment: [] } };
    const html = renderHtml(empty, { locale: 'zh-CN' });
    expect(html).toContain('目录中没有岗位。');
    expect(html).toContain('未发现权力配置问题。');
    expect(html.endsWith('</html>\n')).toBe(true);
  });
});

describe('HTML report: streaming', () => {
  it('streamed output equals the whole-string output byte for byte', () => {
    for (const locale of LOCALES) {
      const chunks = [...renderHtmlChunks(sampleCatalog, { locale })];
      expect(chunks.join('')).toBe(renderHtml(sampleCatalog, { locale }));
      // Head, summary and charts, one chunk per post, then the tail.
      expect(chunks.length).toBe(3 + sampleCatalog.posts.length + 1);
    }
  });

  it('reads a one-shot source once, post by post, and gives the same bytes', () => {
    let pulled = 0;
    function* posts(): Generator<(typeof sampleCatalog.posts)[number]> {
      for (const post of sampleCatalog.posts) {
        pulled += 1;
        yield post;
      }
    }
    const source: CatalogSource = { ...sampleCatalog, posts: posts() };
    const iterator = renderHtmlChunks(source, { locale: 'zh-TW' })[Symbol.iterator]();
    const chunks: string[] = [];
    for (let i = 0; i < 3; i++) chunks.push(iterator.next().value ?? '');
    expect(pulled).toBe(0); // head, summary and charts need no post
    chunks.push(iterator.next().value ?? '');
    expect(pulled).toBe(1);
    for (let r = iterator.next(); !r.done; r = iterator.next()) chunks.push(r.value);
    expect(pulled).toBe(sampleCatalog.posts.length);
    expect(chunks.join('')).toBe(renderHtml(sampleCatalog, { locale: 'zh-TW' }));
  });
});

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  'javascript:alert(1)',
  'url(http://evil.example/x.png)',
  'https://evil.example/',
  '//evil.example',
  '</style><style>body{background:url(//x)}</style>',
  '<svg onload=alert(1)>',
  '<![CDATA[ x ]]>',
  '<!-- x -->',
  '</title><a href="http://x">',
  '&lt;b&gt; &amp;',
  '\u0000\u0001\u001f\u007f\u0085',
  '\uD800 lone',
  '{n}{power}{dept}',
  '=HYPERLINK("http://x")',
  '岗位廉政风险防控'.repeat(12),
  'a'.repeat(300),
  ' ',
  '\r\n\n',
];

const hostileTextArb: fc.Arbitrary<string> = fc.oneof(
  textArb,
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.array(fc.constantFrom(...HOSTILE, '风', 'x', ' ', '\n'), { maxLength: 6 }).map((parts) => parts.join('')),
);

describe('HTML report: escaping properties', () => {
  const texts = textsOf(sampleCatalog);

  it('structure: for arbitrary strings in every text field, the page holds exactly the elements, attributes and attribute values of the template', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(hostileTextArb, { minLength: texts.length, maxLength: texts.length, selector: neutralTwin }),
        fc.constantFrom(...LOCALES),
        (replacements, locale) => {
          const dict = new Map(texts.map((t, i) => [t, replacements[i] ?? '']));
          const hostile = mapTexts(sampleCatalog, (t) => dict.get(t) ?? t);
          const neutral = mapTexts(hostile, neutralTwin);
          const got = parseHtml(renderHtml(hostile, { locale }));
          const want = parseHtml(renderHtml(neutral, { locale }));
          expect(got.shape).toEqual(want.shape);
          expect(got.styles).toEqual(want.styles);
          // No text from the data reaches an attribute: every value is the template's own.
          expect([...got.attrValues].sort()).toEqual([...want.attrValues].sort());
          for (const value of got.attrValues) expect(value).not.toMatch(/javascript:|url\((?!#ir-)|http|\/\//i);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('rendering never throws, in any locale, for arbitrary text and a caller title', () => {
    fc.assert(
      fc.property(hostileTextArb, hostileTextArb, fc.constantFrom(...LOCALES), (text, title, locale) => {
        const catalog = mapTexts(sampleCatalog, () => text);
        expect(renderHtml(catalog, { locale, title }).endsWith('</html>\n')).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('escapeHtml: the result never contains a markup character, and decoding it gives the input back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => {
        const out = escapeHtml(s);
        expect(out).not.toMatch(/[<>"']/);
        const decoded = out.replace(/&(amp|lt|gt|quot|#39);/g, (_, n: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[n] ?? '');
        expect(decoded).toBe(s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '\uFFFD'));
      }),
      { numRuns: 200 },
    );
  });
});

describe('HTML report: labels', () => {
  it('every label exists in every locale, with the same placeholders', () => {
    const tables = { HTML_LABELS, PHASE_TAGS };
    for (const [name, table] of Object.entries(tables)) {
      for (const [key, text] of Object.entries(table as Record<string, Record<Locale, string>>)) {
        const placeholders = (s: string): string => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');
        for (const locale of LOCALES) {
          expect(text[locale], `${name}.${key} in ${locale}`).toMatch(/\S/);
          expect(placeholders(text[locale]), `${name}.${key} placeholders in ${locale}`).toBe(placeholders(text['zh-CN']));
        }
      }
    }
  });
});
