/**
 * Asynchronous forms of the catalog build and of every renderer, for servers: they give the event
 * loop a turn every few posts, so a 10,000-post catalog does not block other requests for seconds.
 * The chunks and the catalog are those of the synchronous forms, byte for byte.
 */
import { CatalogBuilder, suggestsRatings, type CatalogOptions } from '../catalog/build.js';
import { suggestDocumentRatings } from '../factors/suggest.js';
import type { Catalog, CatalogSource } from '../catalog/types.js';
import type { OrganizationDocument, Post } from '../model/document.js';
import { renderCsvChunks } from './csv.js';
import { renderHtmlChunks, type HtmlOptions } from './html.js';
import { renderJsonChunks, type JsonRenderOptions } from './json.js';
import { renderMarkdownChunks } from './markdown.js';
import type { RenderOptions } from './options.js';

/** How often the asynchronous forms yield. */
export interface YieldOptions {
  /** Posts (or chunks) between two turns of the event loop; default 16. */
  readonly yieldEvery?: number;
}

const DEFAULT_EVERY = 16;

/**
 * Gives the event loop a turn: timers, I/O and other requests run before this resolves. A
 * macrotask (`setTimeout`), not a microtask, which would run before any of them.
 * @returns a promise resolved on the next turn
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Chunks of a streamed renderer as an async iterable that yields to the event loop between chunks
 * (a chunk is at most one post, or one department's part of the HTML report).
 * @param chunks - the chunks of a `render…Chunks` function
 * @param options - how often to yield
 * @returns the same chunks, asynchronously
 */
export async function* asyncChunks(chunks: Iterable<string>, options: YieldOptions = {}): AsyncGenerator<string, void, undefined> {
  const every = Math.max(1, Math.floor(options.yieldEvery ?? DEFAULT_EVERY));
  let n = 0;
  for (const chunk of chunks) {
    yield chunk;
    if (++n % every === 0) await nextTurn();
  }
}

/**
 * {@link catalogSource} that yields to the event loop every few posts of its first pass (the
 * second pass runs as the renderer asks for posts: use an asynchronous renderer).
 * @param input - a validated document
 * @param options - catalog options, and how often to yield
 * @returns the catalog source
 * @example
 * const source = await catalogSourceAsync(doc, { texts: textsFor('csv', 'zh-CN') });
 * for await (const chunk of renderCsvAsync(source, { locale: 'zh-CN' })) res.write(chunk);
 */
export async function catalogSourceAsync(input: OrganizationDocument, options: CatalogOptions & YieldOptions = {}): Promise<CatalogSource> {
  const every = Math.max(1, Math.floor(options.yieldEvery ?? DEFAULT_EVERY));
  // Suggested ratings are read from the text of the whole document before pass 1 scores it.
  const suggestion = suggestsRatings(input, options) ? suggestDocumentRatings(input) : undefined;
  const doc = suggestion?.document ?? input;
  const builder = new CatalogBuilder(options, doc.assessedOn);
  for (let i = 0; i < doc.posts.length; i++) {
    builder.add(doc.posts[i] as Post);
    if ((i + 1) % every === 0) await nextTurn();
  }
  return builder.finish(doc, (i) => doc.posts[i] as Post, suggestion);
}

/**
 * {@link buildCatalog} that yields to the event loop every few posts of both passes.
 * @param doc - a validated document
 * @param options - catalog options, and how often to yield
 * @returns the whole catalog, equal to `buildCatalog(doc, options)`
 */
export async function buildCatalogAsync(doc: OrganizationDocument, options: CatalogOptions & YieldOptions = {}): Promise<Catalog> {
  const source = await catalogSourceAsync(doc, options);
  const every = Math.max(1, Math.floor(options.yieldEvery ?? DEFAULT_EVERY));
  const posts = [];
  for (const post of source.posts) {
    posts.push(post);
    if (posts.length % every === 0) await nextTurn();
  }
  return { ...source, posts };
}

/**
 * The JSON catalog as an async iterable of chunks, yielding between posts.
 * @param source - a catalog or catalog source
 * @param options - as {@link renderJsonChunks}, and how often to yield
 * @returns the chunks of `renderJsonChunks`
 */
export function renderJsonAsync(source: CatalogSource, options: JsonRenderOptions & YieldOptions = {}): AsyncGenerator<string, void, undefined> {
  return asyncChunks(renderJsonChunks(source, options), options);
}

/**
 * The CSV catalog as an async iterable of chunks, yielding between posts.
 * @param source - a catalog or catalog source
 * @param options - as {@link renderCsvChunks}, and how often to yield
 * @returns the chunks of `renderCsvChunks`
 */
export function renderCsvAsync(source: CatalogSource, options: RenderOptions & YieldOptions = {}): AsyncGenerator<string, void, undefined> {
  return asyncChunks(renderCsvChunks(source, options), options);
}

/**
 * The Markdown catalog as an async iterable of chunks, yielding between posts.
 * @param source - a catalog or catalog source
 * @param options - as {@link renderMarkdownChunks}, and how often to yield
 * @returns the chunks of `renderMarkdownChunks`
 */
export function renderMarkdownAsync(source: CatalogSource, options: RenderOptions & YieldOptions = {}): AsyncGenerator<string, void, undefined> {
  return asyncChunks(renderMarkdownChunks(source, options), options);
}

/**
 * The HTML report as an async iterable of chunks, yielding between chunks.
 * @param source - a catalog or catalog source
 * @param options - as {@link renderHtmlChunks}, and how often to yield
 * @returns the chunks of `renderHtmlChunks`
 */
export function renderHtmlAsync(source: CatalogSource, options: HtmlOptions & YieldOptions): AsyncGenerator<string, void, undefined> {
  return asyncChunks(renderHtmlChunks(source, options), options);
}
