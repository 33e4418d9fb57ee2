/**
 * Servers: the asynchronous build and renderers give the synchronous bytes and let the event loop
 * run between posts; whole-string renderers refuse, naming the streaming form, an output longer
 * than one string can be.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCatalog, catalogSource } from '../../src/catalog/build.js';
import {
  buildCatalogAsync,
  catalogSourceAsync,
  renderCsvAsync,
  renderHtmlAsync,
  renderJsonAsync,
  renderMarkdownAsync,
} from '../../src/render/async.js';
import { renderCsv } from '../../src/render/csv.js';
import { renderHtml } from '../../src/render/html.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { joinChunks, MAX_STRING_LENGTH, OutputTooLargeError } from '../../src/render/options.js';
import { LOCALES } from '../../src/i18n/locale.js';
import { parseDocument } from '../../src/validate/document.js';
import { documentArb } from '../support/arbitraries.js';
import { example } from '../robustness/support.js';

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const c of chunks) out += c;
  return out;
}

describe('asynchronous forms', () => {
  it('invariant "async gives the same bytes": every renderer and the async build, any document and locale', async () => {
    await fc.assert(
      fc.asyncProperty(documentArb, fc.constantFrom(...LOCALES), fc.integer({ min: 1, max: 4 }), async (doc, locale, yieldEvery) => {
        expect(await buildCatalogAsync(doc, { yieldEvery })).toEqual(buildCatalog(doc));
        const o = { locale, yieldEvery };
        expect(await collect(renderJsonAsync(await catalogSourceAsync(doc, { yieldEvery }), o))).toBe(renderJson(catalogSource(doc), { locale }));
        expect(await collect(renderCsvAsync(catalogSource(doc), o))).toBe(renderCsv(catalogSource(doc), { locale }));
        expect(await collect(renderMarkdownAsync(catalogSource(doc), o))).toBe(renderMarkdown(catalogSource(doc), { locale }));
        expect(await collect(renderHtmlAsync(catalogSource(doc), o))).toBe(renderHtml(catalogSource(doc), { locale }));
      }),
      { numRuns: 25 },
    );
  });

  it('the event loop runs between posts: a timer set before the build fires while it is under way', async () => {
    const base = example('county-bureau') as { posts: unknown[] };
    // Many posts (ids made unique) so the build spans many turns of the event loop.
    const posts = Array.from({ length: 8 }, (_, k) => JSON.parse(JSON.stringify(base.posts).replace(/"id":\s*"([^"]+)"/g, `"id": "$1-${k}"`)) as unknown[]).flat();
    const doc = parseDocument({ ...base, posts });
    let ticks = 0;
    let running = true;
    const tick = (): void => {
      ticks++;
      if (running) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    let ticksWhenBuilt = 0;
    const source = await catalogSourceAsync(doc, { yieldEvery: 4 });
    ticksWhenBuilt = ticks;
    await collect(renderCsvAsync(source, { yieldEvery: 4 }));
    running = false;
    // Pass 1 and pass 2 each gave the timer turns: at least one per four posts, less a few.
    expect(ticksWhenBuilt).toBeGreaterThan(doc.posts.length / 4 / 2);
    expect(ticks - ticksWhenBuilt).toBeGreaterThan(doc.posts.length / 4 / 2);
  });

  it('a whole-string output past the string limit is refused with an error naming the streaming form', () => {
    const piece = 'x'.repeat(1 << 20);
    const many = { *[Symbol.iterator]() { for (let i = 0; i * piece.length <= MAX_STRING_LENGTH; i++) yield piece; } };
    let thrown: unknown;
    try {
      joinChunks(many, 'renderCsvChunks');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(OutputTooLargeError);
    expect((thrown as OutputTooLargeError).messages.en).toContain('use the streaming form renderCsvChunks');
    expect((thrown as OutputTooLargeError).messages['zh-CN']).toContain('请改用流式的 renderCsvChunks');
    expect(joinChunks(['a', 'b'])).toBe('ab');
  });
});
