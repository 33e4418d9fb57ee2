/**
 * One benchmark run at one size, in its own process so its peak memory is its own:
 * `node --import tsx bench/stages.ts <posts>` prints one JSON line of figures.
 *
 * Stages, each timed on its own:
 * - `parse`: JSON.parse of the input text (part of the unavoidable serialization work);
 * - `validate`: validateDocument of the parsed value;
 * - `assess`: every risk point and post scored and explained, post by post (what `assess` does,
 *   without keeping a million explanations in one map);
 * - `catalog`: the full catalog built post by post (scores, findings, summary, explanations,
 *   measures), every text in every locale;
 * - `stringify`: the unavoidable serialization of the output: `JSON.stringify(value, null, 2)` of
 *   the very values the zh-CN JSON catalog writes (each post's JSON read back, untimed, then
 *   stringified, timed), plus the catalog's head and tail;
 * - `catalogJson` (up to 10,000 posts): the catalog built again and written as JSON with every
 *   locale (`renderJson` without a locale): the same value `stringify` serialized;
 * - `json`, `csv`, `md`, `html`: the catalog built again, as the CLI builds it (one locale, only the
 *   texts the format writes: `textsFor`), and written out in that format in zh-CN, as chunks whose
 *   UTF-8 bytes are counted and dropped;
 * - `diff` (up to 10,000 posts): two streamed catalogs of the document compared, one under the
 *   default model and one under the 5×5 matrix model, so levels really change;
 * - `import` (up to 10,000 posts): the CSV catalog read back with `importCsv`.
 *
 * The ratio is the whole catalog run (parse + validate + json) over the unavoidable work on the
 * same data (parse + stringify of the values written), measured in the same process. Up to 10,000
 * posts, the stages of the ratio run three times and the fastest run of each counts.
 *
 * Each stage is timed twice: in CPU time of the process (`process.cpuUsage`, every thread, so the
 * collector's helper threads count), which other work on a shared machine barely changes, and in
 * wall time. The figures (`ms`) are CPU time; `wallMs` is wall time. Each stage's time in garbage
 * collection pauses is taken from V8's `gc` performance entries (wall time).
 */
import { getHeapStatistics } from 'node:v8';
import { PerformanceObserver, performance, type PerformanceEntry } from 'node:perf_hooks';
import { textsFor, type TextFormat } from '../src/render/texts.js';
import { explainPost, explainRiskPoint } from '../src/scoring/engine.js';
import type { RiskPointScore } from '../src/scoring/types.js';
import { catalogSource } from '../src/catalog/build.js';
import type { CatalogSource } from '../src/catalog/types.js';
import { validateDocument } from '../src/validate/document.js';
import { renderCsvChunks } from '../src/render/csv.js';
import { importCsv } from '../src/read/csv-import.js';
import { joinChunks } from '../src/render/options.js';
import { diffCatalogs } from '../src/catalog/diff.js';
import { MATRIX_5X5_MODEL } from '../src/scoring/defaults.js';
import { renderHtmlChunks } from '../src/render/html.js';
import { renderJson, renderJsonChunks } from '../src/render/json.js';
import { renderMarkdownChunks } from '../src/render/markdown.js';
import type { OrganizationDocument } from '../src/model/document.js';
import { synthesize } from './synth.js';

/** The figures of one run, as printed (one JSON line) and stored. */
export interface StageFigures {
  readonly posts: number;
  readonly riskPoints: number;
  readonly inputBytes: number;
  /** CPU milliseconds per stage (every thread of the process). */
  readonly ms: Record<string, number>;
  /** Wall milliseconds per stage (of the run whose CPU time counts). */
  readonly wallMs: Record<string, number>;
  /** Output characters per format. */
  readonly outputChars: Record<string, number>;
  /** Output bytes (UTF-8) per format. */
  readonly outputBytes: Record<string, number>;
  /** Milliseconds of garbage collection within each stage (its fastest run). */
  readonly gcMs: Record<string, number>;
  /** Peak V8 heap in use, sampled every 500 posts and after each stage, in MiB. */
  readonly peakHeapMiB: number;
  /** Peak resident set size of the process, in MiB. */
  readonly maxRssMiB: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
let peakHeap = 0;
function sample(): void {
  const used = getHeapStatistics().used_heap_size;
  if (used > peakHeap) peakHeap = used;
}

// GC pauses, as V8 reports them; delivered between turns of the event loop, hence `settle`.
const gcEntries: PerformanceEntry[] = [];
new PerformanceObserver((list) => gcEntries.push(...list.getEntries())).observe({ entryTypes: ['gc'] });
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
let lastWindow: [number, number] = [0, 0];
let lastWall = 0;

async function gcWithin([from, to]: [number, number]): Promise<number> {
  await settle();
  let ms = 0;
  for (const e of gcEntries) if (e.startTime >= from && e.startTime <= to) ms += e.duration;
  return ms;
}

/** CPU time of the process so far, in milliseconds (user and system, every thread). */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Runs `f` after a full collection; returns its value and CPU milliseconds (its wall time in `lastWall`). */
function time<T>(f: () => T): [T, number] {
  gc?.();
  const from = performance.now();
  const c0 = cpuMs();
  const value = f();
  const ms = cpuMs() - c0;
  lastWindow = [from, performance.now()];
  lastWall = lastWindow[1] - lastWindow[0];
  sample();
  return [value, ms];
}

/** Drains a renderer's chunks, sampling the heap as it goes; returns the characters and UTF-8 bytes written. */
function drain(chunks: Iterable<string>): { chars: number; bytes: number } {
  let chars = 0;
  let bytes = 0;
  let n = 0;
  for (const chunk of chunks) {
    chars += chunk.length;
    bytes += Buffer.byteLength(chunk);
    if (++n % 500 === 0) sample();
  }
  return { chars, bytes };
}

const RENDERERS: Record<TextFormat, (source: CatalogSource) => Iterable<string>> = {
  json: (s) => renderJsonChunks(s, { locale: 'zh-CN' }),
  csv: (s) => renderCsvChunks(s, { locale: 'zh-CN' }),
  md: (s) => renderMarkdownChunks(s, { locale: 'zh-CN' }),
  html: (s) => renderHtmlChunks(s, { locale: 'zh-CN' }),
};

/**
 * Runs every stage on a synthetic organization.
 * @param posts - how many posts
 * @returns the figures
 */
export async function runStages(posts: number): Promise<StageFigures> {
  const ms: Record<string, number> = {};
  const outputChars: Record<string, number> = {};
  const outputBytes: Record<string, number> = {};
  const gcMs: Record<string, number> = {};
  const wallMs: Record<string, number> = {};
  let text = JSON.stringify(synthesize(posts));
  const inputBytes = Buffer.byteLength(text);

  // The ratio's stages are repeated at the smaller sizes and the fastest run kept: one run of a
  // second or less is at the mercy of when the collector happens to run.
  const repeats = posts <= 10_000 ? 3 : 1;
  // The fastest run counts, with its GC time.
  const best = async (key: string, value: number): Promise<void> => {
    const wall = lastWall;
    const gcTime = await gcWithin(lastWindow);
    if (value < (ms[key] ?? Number.POSITIVE_INFINITY)) {
      ms[key] = value;
      wallMs[key] = wall;
      gcMs[key] = gcTime;
    }
  };
  let parsed: unknown;
  for (let r = 0; r < repeats; r++) {
    let parseMs: number;
    [parsed, parseMs] = time(() => JSON.parse(text));
    await best('parse', parseMs);
  }
  text = ''; // the text is not needed after parsing, as in the CLI
  let checked = validateDocument(undefined);
  for (let r = 0; r < repeats; r++) {
    let validateMs: number;
    [checked, validateMs] = time(() => validateDocument(parsed));
    await best('validate', validateMs);
  }
  parsed = undefined;
  if (!checked.ok) throw new Error(`the synthetic document is invalid: ${JSON.stringify(checked.problems.slice(0, 3))}`);
  const doc: OrganizationDocument = checked.value;
  let riskPoints = 0;
  for (const post of doc.posts) for (const power of post.powers) riskPoints += power.riskPoints.length;

  let assessMs: number;
  [, assessMs] = time(() => {
    let n = 0;
    for (const post of doc.posts) {
      const scores: RiskPointScore[] = [];
      for (const power of post.powers) for (const rp of power.riskPoints) scores.push(explainRiskPoint(post, power, rp));
      explainPost(post, undefined, scores);
      if (++n % 500 === 0) sample();
    }
  });
  await best('assess', assessMs);

  for (let r = 0; r < repeats; r++) {
    const [, catalogMs] = time(() => {
      let n = 0;
      for (const _ of catalogSource(doc).posts) if (++n % 500 === 0) sample();
    });
    await best('catalog', catalogMs);
  }

  // The unavoidable serialization of the output: JSON.stringify of the values the zh-CN JSON
  // catalog writes. Each post's JSON is read back (untimed) and stringified again (timed).
  for (let r = 0; r < repeats; r++) {
    const source = catalogSource(doc, { texts: textsFor('json', 'zh-CN') });
    const headTail = JSON.parse(renderJson({ ...source, posts: [] }, { locale: 'zh-CN' })) as unknown;
    let stringifyMs = 0;
    let stringifyWall = 0;
    let gcTime = 0;
    let n = 0;
    const stringifyTimed = (value: unknown): void => {
      const from = performance.now();
      const c = cpuMs();
      JSON.stringify(value, null, 2);
      stringifyMs += cpuMs() - c;
      const to = performance.now();
      stringifyWall += to - from;
      for (const e of gcEntries) if (e.startTime >= from && e.startTime <= to) gcTime += e.duration;
    };
    stringifyTimed(headTail);
    for (const chunk of renderJsonChunks(source, { locale: 'zh-CN' })) {
      const at = chunk.indexOf('{');
      if (n++ === 0 || !chunk.startsWith('\n    ') && !chunk.startsWith(',\n    ')) continue; // the head and the tail
      stringifyTimed(JSON.parse(chunk.slice(at)) as unknown);
      if (n % 500 === 0) sample();
    }
    await settle();
    if (stringifyMs < (ms['stringify'] ?? Number.POSITIVE_INFINITY)) {
      ms['stringify'] = stringifyMs;
      wallMs['stringify'] = stringifyWall;
      gcMs['stringify'] = gcTime;
    }
  }

  // Every locale at once is informational; at 100,000 posts it would take minutes more.
  const small = posts <= 10_000;
  if (small) {
    let m: number;
    [{ chars: outputChars['catalogJson'], bytes: outputBytes['catalogJson'] }, m] = time(() => drain(renderJsonChunks(catalogSource(doc))));
    await best('catalogJson', m);
  }
  for (const [format, render] of Object.entries(RENDERERS) as [TextFormat, (typeof RENDERERS)[TextFormat]][]) {
    for (let r = 0; r < (format === 'json' ? repeats : 1); r++) {
      let formatMs: number;
      [{ chars: outputChars[format], bytes: outputBytes[format] }, formatMs] = time(() => drain(render(catalogSource(doc, { texts: textsFor(format, 'zh-CN') }))));
      await best(format, formatMs);
    }
  }
  if (small) {
    [, ms['diff']] = time(() => diffCatalogs(catalogSource(doc), catalogSource(doc, { model: MATRIX_5X5_MODEL })).riskPoints.up.length);
    wallMs['diff'] = lastWall;
    const csv = joinChunks(renderCsvChunks(catalogSource(doc), { locale: 'zh-CN' }));
    const [imported, importMs] = time(() => importCsv(csv));
    if (!imported.ok) throw new Error('the CSV catalog did not import');
    ms['import'] = importMs;
    wallMs['import'] = lastWall;
  }
  return {
    posts,
    riskPoints,
    inputBytes,
    ms,
    wallMs,
    outputChars,
    outputBytes,
    gcMs,
    peakHeapMiB: Math.round(peakHeap / 2 ** 20),
    maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

if (process.argv[1]?.endsWith('stages.ts')) {
  const posts = Number(process.argv[2] ?? '1000');
  void runStages(posts).then((figures) => process.stdout.write(`${JSON.stringify(figures)}\n`));
}
