import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LOCALES } from '../../src/i18n/locale.js';
import type { CatalogSource } from '../../src/catalog/types.js';
import { escapeMarkdown, renderMarkdown, renderMarkdownChunks } from '../../src/render/markdown.js';
import { sampleCatalog } from '../fixtures/sample-catalog.js';
import { catalogFromDocument } from '../support/catalog-from-document.js';
import { documentArb, textArb } from '../support/arbitraries.js';

/** Reads an escaped cell back as a viewer would show it. */
function unescapeMarkdown(cell: string): string {
  return cell
    .replace(/<br>/g, '\n')
    .replace(/\\([\\`*_[\]~|#])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Cells of a table row, split at unescaped pipes. */
function splitRow(line: string): string[] {
  return line
    .slice(2, -2)
    .split(/(?<!\\) \| /);
}

describe('Markdown escaping', () => {
  it('escaped text reads back as the original (line breaks as LF) and carries no raw markup', () => {
    fc.assert(
      fc.property(fc.oneof(textArb, fc.string({ unit: 'grapheme' })), (s) => {
        const e = escapeMarkdown(s);
        expect(unescapeMarkdown(e)).toBe(s.replace(/\r\n?/g, '\n'));
        expect(e).not.toMatch(/[\r\n]/);
        // Only our own <br> and entities remain.
        expect(e.replace(/<br>/g, '')).not.toMatch(/[<>]/);
        expect(e.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
        // Every pipe, backtick, star, underscore, bracket, tilde and hash is escaped.
        expect(e.replace(/\\[\\`*_[\]~|#]/g, '')).not.toMatch(/[\\`*_[\]~|#]/);
      }),
      { numRuns: 200 },
    );
  });
});

describe('Markdown output', () => {
  it('has the practice\'s catalog columns, one row per risk point, 序号 running on across posts', () => {
    const md = renderMarkdown(sampleCatalog);
    expect(md).toContain('| 序号 | 部门 | 岗位 | 权力事项 | 流程环节 | 风险点 | 风险类别 | 风险等级 | 防控措施 | 责任人/责任层级 |');
    const rows = md.split('\n').filter((l) => /^\| \d+ \|/.test(l) && splitRow(l).length === 10);
    expect(rows.map((r) => Number(splitRow(r)[0]))).toEqual([1, 2, 3, 4, 5]);
    for (const r of rows) expect(splitRow(r)).toHaveLength(10);
    expect(md).toContain('中期监控：措施 platform-trace（已落实）');
    expect(md).toContain('&lt;script&gt;');
    expect(md).not.toContain('<script>');
    expect(md).toContain('红色预警');
  });

  it('every table row of an arbitrary document has as many cells as its header', () => {
    fc.assert(
      fc.property(documentArb, fc.constantFrom(...LOCALES), (doc, locale) => {
        const md = renderMarkdown(catalogFromDocument(doc), { locale });
        let width = 0;
        for (const line of md.split('\n')) {
          if (!line.startsWith('| ')) {
            width = 0;
            continue;
          }
          const cells = splitRow(line).length;
          if (width === 0) width = cells;
          else expect(cells).toBe(width);
        }
        expect(md.endsWith('\n')).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('streaming: the streamed chunks equal the whole-string output byte for byte, in every locale', () => {
    for (const locale of LOCALES) {
      expect([...renderMarkdownChunks(sampleCatalog, { locale })].join('')).toBe(renderMarkdown(sampleCatalog, { locale }));
    }
  });

  it('streaming: a source whose posts is a one-shot generator works, one chunk per post (then the appendix)', () => {
    function* once() {
      yield* sampleCatalog.posts;
    }
    const source: CatalogSource = { ...sampleCatalog, posts: once() };
    const chunks = [...renderMarkdownChunks(source, { locale: 'zh-TW' })];
    expect(chunks).toHaveLength(1 + sampleCatalog.posts.length + 1);
    expect(chunks.join('')).toBe(renderMarkdown(sampleCatalog, { locale: 'zh-TW' }));
  });
});
