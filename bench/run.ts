/**
 * `npm run bench`: the benchmark at organization scale. Not a test: it never gates CI on a time.
 *
 * For each size (1,000, 10,000 and 100,000 posts by default; `--sizes 1000,10000` to choose) it
 * runs bench/stages.ts in a fresh process whose V8 heap is capped at 2 GiB, so running out of the
 * memory target is a failure, not a slow run. It prints a table of time, risk points per second and
 * peak heap per stage, the ratio of the whole catalog run to the unavoidable serialization work,
 * the scaling of time per risk point, and whether each target is met. The figures are written as
 * JSON (`--out`, default bench/results/latest.json) so runs can be compared (`--compare <file>`).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus, totalmem } from 'node:os';
import type { StageFigures } from './stages.js';

/** The heap cap of every run: the memory target of the issue. */
const HEAP_MIB = 2048;
const STAGES = ['parse', 'validate', 'assess', 'catalog', 'stringify', 'catalogJson', 'json', 'csv', 'md', 'html', 'diff', 'import'] as const;

/** The targets, as data: the table, the JSON and the README read them from here. */
export const TARGETS = {
  /** Whole catalog run over serialization work, at 1,000 and 10,000 posts. */
  ratio: 2,
  /** What to aim for. */
  ratioAim: 1.5,
  /** Time per risk point at the largest size over that at 1,000 posts. */
  scaling: 1.3,
  /** Heap cap, MiB. */
  heapMiB: HEAP_MIB,
} as const;

/** One size's figures with the derived measures. */
export interface SizeResult extends StageFigures {
  /** parse + validate + json (the `catalog --format json` run, zh-CN). */
  readonly runMs: number;
  /** parse + stringify of the produced catalog (every locale). */
  readonly serializationMs: number;
  /** runMs / serializationMs. */
  readonly ratio: number;
  /** parse + validate + catalogJson (every locale in the output) / serializationMs; up to 10,000 posts. */
  readonly ratioAllLocales: number | null;
}

/** What `npm run bench` writes. */
export interface BenchReport {
  readonly machine: { readonly node: string; readonly cpus: number; readonly cpuModel: string; readonly memoryGiB: number };
  readonly targets: typeof TARGETS;
  readonly sizes: readonly (SizeResult | { readonly posts: number; readonly failed: string })[];
  /** Time per risk point of the whole run at each size over that at the smallest size. */
  readonly scaling: Record<string, number>;
}

const root = fileURLToPath(new URL('..', import.meta.url));

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function runSize(posts: number): SizeResult | { posts: number; failed: string } {
  process.stderr.write(`bench: ${posts.toLocaleString('en-US')} posts …\n`);
  const r = spawnSync(
    process.execPath,
    [`--max-old-space-size=${HEAP_MIB}`, '--expose-gc', '--import', 'tsx', `${root}bench/stages.ts`, String(posts)],
    { cwd: root, encoding: 'utf8', maxBuffer: 16 * 2 ** 20 },
  );
  if (r.status !== 0) {
    const tail = (r.stderr ?? '').trim().split('\n').slice(-3).join(' | ');
    return { posts, failed: `exit ${r.status ?? r.signal}: ${tail}` };
  }
  const f = JSON.parse(r.stdout.trim().split('\n').pop() as string) as StageFigures;
  const ms = f.ms as Record<(typeof STAGES)[number], number>;
  const runMs = ms.parse + ms.validate + ms.json;
  const serializationMs = ms.parse + ms.stringify;
  return {
    ...f,
    runMs,
    serializationMs,
    ratio: runMs / serializationMs,
    ratioAllLocales: ms.catalogJson === undefined ? null : (ms.parse + ms.validate + ms.catalogJson) / serializationMs,
  };
}

const fmt = (x: number, digits = 0): string => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function table(report: BenchReport): string {
  const ok = report.sizes.filter((s): s is SizeResult => !('failed' in s));
  const lines: string[] = [];
  const head = ['stage', ...ok.map((s) => `${fmt(s.posts)} posts: ms`), ...ok.map((s) => `${fmt(s.posts)}: rp/s`)];
  lines.push(`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`);
  for (const stage of STAGES) {
    const at = (s: SizeResult, f: (ms: number) => string): string => (s.ms[stage] === undefined ? '–' : f(s.ms[stage]));
    const row = [stage, ...ok.map((s) => at(s, fmt)), ...ok.map((s) => at(s, (ms) => fmt(s.riskPoints / (ms / 1000))))];
    lines.push(`| ${row.join(' | ')} |`);
  }
  lines.push('');
  lines.push(`| size | risk points | input MB | run ms | serialization ms | ratio | ratio, all locales | peak heap MiB | max RSS MiB |`);
  lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const s of report.sizes) {
    if ('failed' in s) lines.push(`| ${fmt(s.posts)} | FAILED: ${s.failed} ||||||||`);
    else
      lines.push(
        `| ${fmt(s.posts)} | ${fmt(s.riskPoints)} | ${fmt(s.inputBytes / 1e6, 1)} | ${fmt(s.runMs)} | ${fmt(s.serializationMs)} | ${fmt(s.ratio, 2)} | ${s.ratioAllLocales === null ? '–' : fmt(s.ratioAllLocales, 2)} | ${fmt(s.peakHeapMiB)} | ${fmt(s.maxRssMiB)} |`,
      );
  }
  return lines.join('\n');
}

function verdicts(report: BenchReport): string[] {
  const out: string[] = [];
  const mark = (ok: boolean): string => (ok ? 'met' : 'NOT MET');
  for (const s of report.sizes) {
    if ('failed' in s) {
      out.push(`${fmt(s.posts)} posts: did not complete within ${HEAP_MIB} MiB of heap: NOT MET`);
      continue;
    }
    if (s.posts <= 10_000) out.push(`ratio at ${fmt(s.posts)} posts ${fmt(s.ratio, 2)} ≤ ${TARGETS.ratio} (aim ${TARGETS.ratioAim}): ${mark(s.ratio <= TARGETS.ratio)}`);
    out.push(`${fmt(s.posts)} posts in every format, peak heap ${fmt(s.peakHeapMiB)} MiB < ${HEAP_MIB} MiB: ${mark(s.peakHeapMiB < HEAP_MIB)}`);
  }
  for (const [size, x] of Object.entries(report.scaling)) {
    out.push(`time per risk point at ${size} posts / at the smallest size: ${fmt(x, 2)} ≤ ${TARGETS.scaling}: ${mark(x <= TARGETS.scaling)}`);
  }
  return out;
}

function compare(report: BenchReport, file: string): string[] {
  const old = JSON.parse(readFileSync(file, 'utf8')) as BenchReport;
  const out: string[] = [`compared with ${file}:`];
  for (const s of report.sizes) {
    const o = old.sizes.find((x) => x.posts === s.posts);
    if (o === undefined || 'failed' in o || 'failed' in s) continue;
    const parts = STAGES.filter((st) => s.ms[st] !== undefined && o.ms[st] !== undefined).map(
      (st) => `${st} ${fmt(((s.ms[st] as number) / (o.ms[st] as number) - 1) * 100)}%`,
    );
    out.push(`  ${fmt(s.posts)} posts: ${parts.join(', ')}`);
  }
  return out;
}

const sizes = (arg('sizes') ?? '1000,10000,100000').split(',').map(Number);
const results = sizes.map(runSize);
const ok = results.filter((s): s is SizeResult => !('failed' in s));
const base = ok[0];
const scaling: Record<string, number> = {};
if (base !== undefined) {
  for (const s of ok.slice(1)) scaling[String(s.posts)] = s.runMs / s.riskPoints / (base.runMs / base.riskPoints);
}
const report: BenchReport = {
  machine: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', memoryGiB: Math.round(totalmem() / 2 ** 30) },
  targets: TARGETS,
  sizes: results,
  scaling,
};
const out = arg('out') ?? `${root}bench/results/latest.json`;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`${table(report)}\n\n${verdicts(report).join('\n')}\n`);
const cmp = arg('compare');
if (cmp !== undefined) process.stdout.write(`\n${compare(report, cmp).join('\n')}\n`);
process.stdout.write(`\nfigures written to ${out}\n`);
