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
 *   measures), with `stringify`, the JSON.stringify of each built post, timed apart as the other
 *   half of the unavoidable work;
 * - `catalogJson` (up to 10,000 posts): the catalog built again and written as JSON with every
 *   locale (`renderJson` without a locale): the same value `stringify` serialized;
 * - `json`, `csv`, `md`, `html`: the catalog built again and written out in that format in zh-CN,
 *   as chunks that are counted and dropped, as the CLI does when it writes to a file;
 * - `diff` (up to 10,000 posts): two streamed catalogs of the document compared, one under the
 *   default model and one under the 5×5 matrix model, so levels really change;
 * - `import` (up to 10,000 posts): the CSV catalog read back with `importCsv`.
 *
 * The ratio is the whole catalog run (parse + validate + json) over the unavoidable serialization
 * work (parse + stringify), measured in the same process. Up to 10,000 posts, the stages of the
 * ratio run three times and the fastest run of each counts.
 */
import { getHeapStatistics } from 'node:v8';
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
import { renderJsonChunks } from '../src/render/json.js';
import { renderMarkdownChunks } from '../src/render/markdown.js';
import type { OrganizationDocument } from '../src/model/document.js';
import { synthesize } from './synth.js';

/** The figures of one run, as printed (one JSON line) and stored. */
export interface StageFigures {
  readonly posts: number;
  readonly riskPoints: number;
  readonly inputBytes: number;
  /** Milliseconds per stage. */
  readonly ms: Record<string, number>;
  /** Output characters per format. */
  readonly outputChars: Record<string, number>;
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

function time<T>(f: () => T): [T, number] {
  gc?.();
  const t0 = process.hrtime.bigint();
  const value = f();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  sample();
  return [value, ms];
}

/** Drains a renderer's chunks, sampling the heap as it goes; returns the characters written. */
function drain(chunks: Iterable<string>): number {
  let chars = 0;
  let n = 0;
  for (const chunk of chunks) {
    chars += chunk.length;
    if (++n % 500 === 0) sample();
  }
  return chars;
}

const RENDERERS: Record<string, (source: CatalogSource) => Iterable<string>> = {
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
export function runStages(posts: number): StageFigures {
  const ms: Record<string, number> = {};
  const outputChars: Record<string, number> = {};
  let text = JSON.stringify(synthesize(posts));
  const inputBytes = Buffer.byteLength(text);

  // The ratio's stages are repeated at the smaller sizes and the fastest run kept: one run of a
  // second or less is at the mercy of when the collector happens to run.
  const repeats = posts <= 10_000 ? 3 : 1;
  const best = (key: string, value: number): void => {
    ms[key] = Math.min(ms[key] ?? Number.POSITIVE_INFINITY, value);
  };
  let parsed: unknown;
  for (let r = 0; r < repeats; r++) {
    let parseMs: number;
    [parsed, parseMs] = time(() => JSON.parse(text));
    best('parse', parseMs);
  }
  text = ''; // the text is not needed after parsing, as in the CLI
  let checked = validateDocument(undefined);
  for (let r = 0; r < repeats; r++) {
    let validateMs: number;
    [checked, validateMs] = time(() => validateDocument(parsed));
    best('validate', validateMs);
  }
  parsed = undefined;
  if (!checked.ok) throw new Error(`the synthetic document is invalid: ${JSON.stringify(checked.problems.slice(0, 3))}`);
  const doc: OrganizationDocument = checked.value;
  let riskPoints = 0;
  for (const post of doc.posts) for (const power of post.powers) riskPoints += power.riskPoints.length;

  [, ms['assess']] = time(() => {
    let n = 0;
    for (const post of doc.posts) {
      const scores: RiskPointScore[] = [];
      for (const power of post.powers) for (const rp of power.riskPoints) scores.push(explainRiskPoint(post, power, rp));
      explainPost(post, undefined, scores);
      if (++n % 500 === 0) sample();
    }
  });

  for (let r = 0; r < repeats; r++) {
    let stringifyMs = 0;
    let n = 0;
    const [, catalogMs] = time(() => {
      const source = catalogSource(doc);
      // The non-post parts of the catalog are serialized too.
      let t = process.hrtime.bigint();
      JSON.stringify({ ...source, posts: [] });
      stringifyMs += Number(process.hrtime.bigint() - t) / 1e6;
      for (const post of source.posts) {
        t = process.hrtime.bigint();
        JSON.stringify(post, null, 2);
        stringifyMs += Number(process.hrtime.bigint() - t) / 1e6;
        if (++n % 500 === 0) sample();
      }
    });
    best('stringify', stringifyMs);
    best('catalog', catalogMs - stringifyMs);
  }

  // Every locale at once is informational; at 100,000 posts it would take minutes more.
  const small = posts <= 10_000;
  if (small) [outputChars['catalogJson'], ms['catalogJson']] = time(() => drain(renderJsonChunks(catalogSource(doc))));
  for (const [format, render] of Object.entries(RENDERERS)) {
    for (let r = 0; r < (format === 'json' ? repeats : 1); r++) {
      let formatMs: number;
      [outputChars[format], formatMs] = time(() => drain(render(catalogSource(doc))));
      best(format, formatMs);
    }
  }
  if (small) {
    [, ms['diff']] = time(() => diffCatalogs(catalogSource(doc), catalogSource(doc, { model: MATRIX_5X5_MODEL })).riskPoints.up.length);
    const csv = joinChunks(renderCsvChunks(catalogSource(doc), { locale: 'zh-CN' }));
    const [imported, importMs] = time(() => importCsv(csv));
    if (!imported.ok) throw new Error('the CSV catalog did not import');
    ms['import'] = importMs;
  }
  return {
    posts,
    riskPoints,
    inputBytes,
    ms,
    outputChars,
    peakHeapMiB: Math.round(peakHeap / 2 ** 20),
    maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

if (process.argv[1]?.endsWith('stages.ts')) {
  const posts = Number(process.argv[2] ?? '1000');
  process.stdout.write(`${JSON.stringify(runStages(posts))}\n`);
}
