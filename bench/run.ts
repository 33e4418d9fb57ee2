/**
 * `npm run bench`: the benchmark at organization scale. Not a test: it never gates CI on a time.
 *
 * For each size (1,000, 10,000 and 100,000 posts by default; `--sizes 1000,10000` to choose) it
 * runs bench/stages.ts in a fresh process whose V8 heap is capped at 2 GiB, so running out of the
 * memory target is a failure, not a slow run. It prints a table of time, risk points per second and
 * peak heap per stage, the ratio of the whole catalog run to the unavoidable serialization work,
 * the scaling of time per risk point, and whether each target is met. The figures are written as
 * JSON (`--out`, default bench/results/latest.json) so runs can be compared (`--compare <file>`).
 * Then it runs the built CLI (`dist/`) per format on a synthetic file (`--cli <posts>`, default
 * 10,000; `--cli none` to skip) against bench/limit.mjs, the unavoidable work of the same run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { synthesize } from './synth.js';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus, totalmem } from 'node:os';
import type { StageFigures } from './stages.js';

/** The heap cap of every run: the memory target of the issue. */
const HEAP_MIB = 2048;
const STAGES = ['parse', 'validate', 'assess', 'catalog', 'stringify', 'catalogJson', 'json', 'csv', 'md', 'html', 'diff', 'import'] as const;

/** The targets, as data: the table, the JSON and the README read them from here. */
export const TARGETS = {
  /** In-process JSON run over the unavoidable work on the same data. */
  ratio: 1.5,
  /** The CLI's JSON catalog over its yardstick (bench/limit.mjs). */
  cliRatio: 1.3,
  /** Time per risk point from 10,000 to the largest size, every format. */
  scaling: 1.1,
  /** CSV, Markdown and HTML time per output byte over JSON's. */
  perByte: 1,
  /** Heap cap, MiB. */
  heapMiB: HEAP_MIB,
} as const;

const FORMATS = ['json', 'csv', 'md', 'html'] as const;

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
  /** Per format, time per risk point at each size over that at 10,000 posts (or the smallest). */
  readonly scaling: Record<string, Record<string, number>>;
  /** The CLI against its yardstick, per format, when measured. */
  readonly cli?: CliFigures;
}

/** The CLI run against the unavoidable work of the same run (bench/limit.mjs). */
export interface CliFigures {
  readonly posts: number;
  readonly inputBytes: number;
  /** Wall time of `node -e 0`, subtracted from both sides. */
  readonly nodeStartMs: number;
  readonly formats: Record<string, { readonly cliMs: number; readonly limitMs: number; readonly ratio: number; readonly outputBytes: number }>;
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

function wall(args: readonly string[]): { ms: number; stdout: string; status: number | null } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 16 * 2 ** 20 });
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, stdout: r.stdout ?? '', status: r.status };
}

/** `integrity-risk catalog` per format on a synthetic file against bench/limit.mjs; the faster of two runs each. */
function runCli(posts: number): CliFigures {
  process.stderr.write(`bench: the CLI at ${posts.toLocaleString('en-US')} posts …\n`);
  if (!existsSync(`${root}dist/cli/main.js`)) spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'integrity-risk-bench-'));
  const input = join(dir, 'in.json');
  writeFileSync(input, JSON.stringify(synthesize(posts)));
  const inputBytes = statSync(input).size;
  const nodeStartMs = Math.min(...[0, 1, 2].map(() => wall(['-e', '0']).ms));
  const formats: Record<string, CliFigures['formats'][string]> = {};
  for (const format of FORMATS) {
    const out = join(dir, `out.${format}`);
    let cliMs = Number.POSITIVE_INFINITY;
    let limitMs = Number.POSITIVE_INFINITY;
    for (let r = 0; r < 2; r++) {
      const run = wall([`--max-old-space-size=${HEAP_MIB}`, 'dist/cli/main.js', 'catalog', input, '--format', format, '-o', out, '--quiet']);
      if (run.status !== 0) throw new Error(`the CLI failed on ${format}`);
      cliMs = Math.min(cliMs, run.ms - nodeStartMs);
      const limit = wall([`--max-old-space-size=${HEAP_MIB}`, 'bench/limit.mjs', input, out, format]);
      limitMs = Math.min(limitMs, (JSON.parse(limit.stdout) as { ms: number }).ms);
    }
    formats[format] = { cliMs, limitMs, ratio: cliMs / limitMs, outputBytes: statSync(out).size };
  }
  rmSync(dir, { recursive: true, force: true });
  return { posts, inputBytes, nodeStartMs, formats };
}

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
  lines.push('');
  lines.push('| size | format | ms | ms per risk point | bytes per risk point | ms per MB written | GC share |');
  lines.push('|---:|---|---:|---:|---:|---:|---:|');
  for (const s of ok) {
    for (const f of FORMATS) {
      const ms = s.ms[f];
      const bytes = s.outputBytes[f];
      if (ms === undefined || bytes === undefined) continue;
      const gcShare = (s.gcMs[f] ?? 0) / ms;
      lines.push(`| ${fmt(s.posts)} | ${f} | ${fmt(ms)} | ${fmt(ms / s.riskPoints, 4)} | ${fmt(bytes / s.riskPoints)} | ${fmt(ms / (bytes / 1e6), 1)} | ${fmt(gcShare * 100)}% |`);
    }
  }
  if (report.cli !== undefined) {
    const c = report.cli;
    lines.push('');
    lines.push(`CLI at ${fmt(c.posts)} posts (node start-up of ${fmt(c.nodeStartMs)} ms subtracted):`);
    lines.push('');
    lines.push('| format | CLI ms | yardstick ms | ratio | output MB |');
    lines.push('|---|---:|---:|---:|---:|');
    for (const [f, x] of Object.entries(c.formats)) lines.push(`| ${f} | ${fmt(x.cliMs)} | ${fmt(x.limitMs)} | ${fmt(x.ratio, 2)} | ${fmt(x.outputBytes / 1e6, 1)} |`);
  }
  return lines.join('\n');
}

function verdicts(report: BenchReport): string[] {
  const out: string[] = [];
  const mark = (ok: boolean, value: number, limit: number): string => (ok ? 'met' : `NOT MET, by ${fmt((value / limit - 1) * 100)}%`);
  for (const s of report.sizes) {
    if ('failed' in s) {
      out.push(`${fmt(s.posts)} posts: did not complete within ${HEAP_MIB} MiB of heap: NOT MET`);
      continue;
    }
    out.push(`in-process ratio (JSON) at ${fmt(s.posts)} posts ${fmt(s.ratio, 2)} ≤ ${TARGETS.ratio}: ${mark(s.ratio <= TARGETS.ratio, s.ratio, TARGETS.ratio)}`);
    out.push(`${fmt(s.posts)} posts in every format, peak heap ${fmt(s.peakHeapMiB)} MiB < ${HEAP_MIB} MiB: ${s.peakHeapMiB < HEAP_MIB ? 'met' : 'NOT MET'}`);
    const perByte = (f: string): number => (s.ms[f] as number) / (s.outputBytes[f] as number);
    for (const f of ['csv', 'md', 'html']) {
      if (s.ms[f] === undefined || s.ms['json'] === undefined) continue;
      const x = perByte(f) / perByte('json');
      out.push(`${f} time per output byte at ${fmt(s.posts)} posts / JSON's: ${fmt(x, 2)} ≤ ${TARGETS.perByte}: ${mark(x <= TARGETS.perByte, x, TARGETS.perByte)}`);
    }
  }
  for (const [size, byFormat] of Object.entries(report.scaling)) {
    for (const [f, x] of Object.entries(byFormat)) {
      out.push(`${f}: time per risk point at ${size} posts / at the base size: ${fmt(x, 2)} ≤ ${TARGETS.scaling}: ${mark(x <= TARGETS.scaling, x, TARGETS.scaling)}`);
    }
  }
  if (report.cli !== undefined) {
    const x = report.cli.formats['json']?.ratio;
    if (x !== undefined) out.push(`CLI ratio (JSON) at ${fmt(report.cli.posts)} posts ${fmt(x, 2)} ≤ ${TARGETS.cliRatio}: ${mark(x <= TARGETS.cliRatio, x, TARGETS.cliRatio)}`);
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
// The target is from 10,000 posts up; a smaller base is used when 10,000 was not run.
const base = ok.find((s) => s.posts === 10_000) ?? ok[0];
const scaling: Record<string, Record<string, number>> = {};
if (base !== undefined) {
  for (const s of ok.filter((x) => x.posts > base.posts)) {
    const byFormat: Record<string, number> = {};
    for (const f of FORMATS) {
      const now = s.ms[f];
      const then = base.ms[f];
      if (now !== undefined && then !== undefined) byFormat[f] = now / s.riskPoints / (then / base.riskPoints);
    }
    scaling[String(s.posts)] = byFormat;
  }
}
const cliArg = arg('cli');
const cli = cliArg === 'none' ? undefined : runCli(Number(cliArg ?? '10000'));
const report: BenchReport = {
  machine: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', memoryGiB: Math.round(totalmem() / 2 ** 30) },
  targets: TARGETS,
  sizes: results,
  scaling,
  ...(cli === undefined ? {} : { cli }),
};
const out = arg('out') ?? `${root}bench/results/latest.json`;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`${table(report)}\n\n${verdicts(report).join('\n')}\n`);
const cmp = arg('compare');
if (cmp !== undefined) process.stdout.write(`\n${compare(report, cmp).join('\n')}\n`);
process.stdout.write(`\nfigures written to ${out}\n`);
