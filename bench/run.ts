/**
 * `npm run bench`: the benchmark at organization scale. Not a test: it never gates CI on a time.
 *
 * In process: for each size (1,000, 10,000 and 100,000 posts by default; `--sizes 1000,10000` to
 * choose) it runs bench/stages.ts in a fresh process whose V8 heap is capped at 2 GiB, so running
 * out of the memory target is a failure, not a slow run: time, risk points per second and GC time
 * per stage, the ratio of the whole catalog run to the unavoidable work on the same data, time per
 * risk point and per output byte of each format, peak heap and RSS.
 *
 * The CLI: for each size (`--cli 1000,10000,100000` by default; `--cli none` to skip) it runs the
 * built CLI (`dist/`) per format on a synthetic file, each run in its own process under the same
 * cap with bench/cli-stats.mjs loaded (GC time, peak heap, peak RSS), against bench/limit.mjs, the
 * unavoidable work of the same run: read and JSON.parse the input, JSON.stringify the very values
 * written, write them. `--huge [posts]` (150,000 by default) runs every format once more at that
 * size, for the memory target only.
 *
 * Times are CPU time of the process (user and system, every thread: the collector's helper threads
 * count), for the CLI and its yardstick as for the stages: on a shared machine, other work stretches
 * wall time by any factor but changes CPU time little. Wall time is reported beside it.
 *
 * `--formats json,csv` limits the CLI runs (and `--huge`) to those formats; `--sizes none` skips the
 * in-process runs. dist/ is built first (`npm run build`) whenever the CLI is measured.
 *
 * `--quick` is `--sizes 1000,10000 --cli 1000,10000 --runs 1`, for a shared machine. The figures
 * are written as JSON (`--out`, default bench/results/latest.json) so runs can be compared
 * (`--compare <file>`) or printed again (`--print <file>`), and a verdict says for each target
 * whether it is met, or by how much not.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { synthesize } from './synth.js';
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
  /** Posts that must go through the CLI in every format under the heap cap. */
  hugePosts: 150_000,
} as const;

const FORMATS = ['json', 'csv', 'md', 'html'] as const;
type Format = (typeof FORMATS)[number];

/** One in-process size's figures with the derived measures. */
export interface SizeResult extends StageFigures {
  /** parse + validate + json (the `catalog --format json` run, zh-CN). */
  readonly runMs: number;
  /** parse + stringify of the very values the zh-CN JSON catalog writes. */
  readonly serializationMs: number;
  /** runMs / serializationMs. */
  readonly ratio: number;
  /** parse + validate + catalogJson (every locale in the output) / serializationMs; up to 10,000 posts. */
  readonly ratioAllLocales: number | null;
}

/** One CLI run of one format. */
export interface CliRun {
  /** Exit code (0 when it completed). */
  readonly status: number | null;
  /** CPU time less node's start-up. */
  readonly cliMs: number;
  /** Wall time less node's start-up. */
  readonly wallMs: number;
  /** The yardstick's CPU time on the same data; null when not measured (`--huge`). */
  readonly limitMs: number | null;
  /** The yardstick's wall time. */
  readonly limitWallMs: number | null;
  /** cliMs / limitMs. */
  readonly ratio: number | null;
  readonly outputBytes: number;
  readonly gcMs: number;
  readonly peakHeapMiB: number;
  readonly maxRssMiB: number;
}

/** The CLI at one size. */
export interface CliSize {
  readonly posts: number;
  readonly riskPoints: number;
  readonly inputBytes: number;
  /** CPU time of `node -e 0` (with the stats module), subtracted from the CLI's. */
  readonly nodeStartMs: number;
  /** Wall time of `node -e 0`, subtracted from the CLI's. */
  readonly nodeStartWallMs: number;
  readonly formats: Partial<Record<Format, CliRun>>;
}

/** What `npm run bench` writes. */
export interface BenchReport {
  readonly machine: {
    readonly node: string;
    readonly cpus: number;
    readonly cpuModel: string;
    readonly memoryGiB: number;
    /** The 1-minute load average when the bench started and ended: the machine may be shared. */
    readonly load: readonly [number, number];
  };
  readonly command: string;
  readonly targets: typeof TARGETS;
  readonly sizes: readonly (SizeResult | { readonly posts: number; readonly failed: string })[];
  /** In process: per format, time per risk point at each size over that at 10,000 posts (or the smallest). */
  readonly scaling: Record<string, Record<string, number>>;
  /** The CLI per size, when measured. */
  readonly cli: readonly CliSize[];
  /** The CLI per format at each size over 10,000 posts (or the smallest), time per risk point. */
  readonly cliScaling: Record<string, Record<string, number>>;
  /** The CLI at the memory target's size, when run. */
  readonly huge?: CliSize;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);

function arg(name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const next = argv[i + 1];
  return next === undefined || next.startsWith('--') ? '' : next;
}

const fmt = (x: number, digits = 0): string => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const list = (s: string): number[] => (s === 'none' ? [] : s.split(',').filter((x) => x !== '').map(Number));

function runSize(posts: number): SizeResult | { posts: number; failed: string } {
  process.stderr.write(`bench: in process, ${fmt(posts)} posts …\n`);
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

function wall(args: readonly string[], env?: NodeJS.ProcessEnv): { ms: number; stdout: string; stderr: string; status: number | null } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 16 * 2 ** 20, ...(env === undefined ? {} : { env: { ...process.env, ...env } }) });
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, stdout: r.stdout ?? '', stderr: r.stderr ?? '', status: r.status };
}

/**
 * Writes the synthetic document as `JSON.stringify(synthesize(posts))` would, post by post (at
 * 150,000 posts the text is longer than one string can be).
 */
function writeSynthetic(posts: number, file: string): { bytes: number; riskPoints: number } {
  const doc = synthesize(posts);
  const fd = openSync(file, 'w');
  const { posts: list, ...header } = doc;
  const head = JSON.stringify(header);
  writeSync(fd, `${head.slice(0, -1)},"posts":[`);
  let riskPoints = 0;
  let batch = '';
  list.forEach((post, i) => {
    for (const power of post.powers) riskPoints += power.riskPoints.length;
    batch += (i === 0 ? '' : ',') + JSON.stringify(post);
    if (batch.length > 8 * 2 ** 20) {
      writeSync(fd, batch);
      batch = '';
    }
  });
  writeSync(fd, `${batch}]}`);
  closeSync(fd);
  return { bytes: statSync(file).size, riskPoints };
}

/** One CLI run of a format, with its stats, and (unless `huge`) the yardstick on its output. */
function cliRun(input: string, out: string, format: Format, start: { cpu: number; wall: number }, dir: string, yardstick: boolean): CliRun {
  const statsFile = join(dir, 'stats.json');
  rmSync(statsFile, { force: true });
  const run = wall(
    [`--max-old-space-size=${HEAP_MIB}`, '--import', `${root}bench/cli-stats.mjs`, 'dist/cli/main.js', 'catalog', input, '--format', format, '-o', out, '--quiet'],
    { BENCH_STATS: statsFile },
  );
  const stats = existsSync(statsFile)
    ? (JSON.parse(readFileSync(statsFile, 'utf8')) as { cpuMs: number; gcMs: number; peakHeapMiB: number; maxRssMiB: number })
    : { cpuMs: Number.NaN, gcMs: Number.NaN, peakHeapMiB: Number.NaN, maxRssMiB: Number.NaN };
  const outputBytes = run.status === 0 && existsSync(out) ? statSync(out).size : 0;
  let limitMs: number | null = null;
  let limitWallMs: number | null = null;
  if (yardstick && run.status === 0) {
    const limit = wall([`--max-old-space-size=${HEAP_MIB}`, 'bench/limit.mjs', input, out, format]);
    if (limit.status !== 0) throw new Error(`the yardstick failed on ${format}: ${limit.stderr.trim().split('\n').slice(-2).join(' | ')}`);
    const figures = JSON.parse(limit.stdout) as { ms: number; wallMs: number };
    limitMs = figures.ms;
    limitWallMs = figures.wallMs;
  }
  if (run.status !== 0) process.stderr.write(`bench: the CLI failed on ${format}: ${run.stderr.trim().split('\n').slice(-2).join(' | ')}\n`);
  rmSync(out, { force: true });
  const { cpuMs, ...rest } = stats;
  const cliMs = cpuMs - start.cpu;
  return { status: run.status, cliMs, wallMs: run.ms - start.wall, limitMs, limitWallMs, ratio: limitMs === null ? null : cliMs / limitMs, outputBytes, ...rest };
}

/** `integrity-risk catalog` per format on a synthetic file; with the yardstick, the faster of `runs` runs each. */
function runCli(posts: number, runs: number, yardstick: boolean): CliSize {
  process.stderr.write(`bench: the CLI at ${fmt(posts)} posts …\n`);
  const dir = mkdtempSync(join(tmpdir(), 'integrity-risk-bench-'));
  try {
    const input = join(dir, 'in.json');
    const { bytes: inputBytes, riskPoints } = writeSynthetic(posts, input);
    const startStats = join(dir, 'start.json');
    const starts = [0, 1, 2].map(() => {
      const w = wall(['--import', `${root}bench/cli-stats.mjs`, '-e', '0'], { BENCH_STATS: startStats });
      return { wall: w.ms, cpu: (JSON.parse(readFileSync(startStats, 'utf8')) as { cpuMs: number }).cpuMs };
    });
    const start = { cpu: Math.min(...starts.map((x) => x.cpu)), wall: Math.min(...starts.map((x) => x.wall)) };
    const formats: Partial<Record<Format, CliRun>> = {};
    for (const format of cliFormats) {
      const all: CliRun[] = [];
      for (let r = 0; r < runs; r++) {
        const run = cliRun(input, join(dir, `out.${format}`), format, start, dir, yardstick);
        all.push(run);
        if (run.status !== 0) break;
      }
      const failed = all.find((r) => r.status !== 0);
      if (failed !== undefined) formats[format] = failed;
      else {
        // The fastest CLI run counts, against the fastest yardstick run.
        const pick = all.reduce((a, b) => (b.cliMs < a.cliMs ? b : a));
        const fastest = yardstick ? all.reduce((a, b) => ((b.limitMs ?? Infinity) < (a.limitMs ?? Infinity) ? b : a)) : undefined;
        const limitMs = fastest?.limitMs ?? null;
        formats[format] = { ...pick, limitMs, limitWallMs: fastest?.limitWallMs ?? null, ratio: limitMs === null ? null : pick.cliMs / limitMs };
      }
    }
    return { posts, riskPoints, inputBytes, nodeStartMs: start.cpu, nodeStartWallMs: start.wall, formats };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function scalingOf<T extends { posts: number; riskPoints: number }>(sizes: readonly T[], msOf: (s: T, f: Format) => number | undefined): Record<string, Record<string, number>> {
  // The target is from 10,000 posts up; a smaller base is used when 10,000 was not run.
  const base = sizes.find((s) => s.posts === 10_000) ?? sizes[0];
  const out: Record<string, Record<string, number>> = {};
  if (base === undefined) return out;
  for (const s of sizes.filter((x) => x.posts > base.posts)) {
    const byFormat: Record<string, number> = {};
    for (const f of FORMATS) {
      const now = msOf(s, f);
      const then = msOf(base, f);
      if (now !== undefined && then !== undefined) byFormat[f] = now / s.riskPoints / (then / base.riskPoints);
    }
    out[`${base.posts}→${s.posts}`] = byFormat;
  }
  return out;
}

function table(report: BenchReport): string {
  const ok = report.sizes.filter((s): s is SizeResult => !('failed' in s));
  const lines: string[] = [];
  if (report.sizes.length > 0) {
    lines.push('In process (bench/stages.ts), CPU time:', '');
    const head = ['stage', ...ok.map((s) => `${fmt(s.posts)} posts: ms`), ...ok.map((s) => `${fmt(s.posts)}: rp/s`)];
    lines.push(`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`);
    for (const stage of STAGES) {
      const at = (s: SizeResult, f: (ms: number) => string): string => (s.ms[stage] === undefined ? '–' : f(s.ms[stage]));
      lines.push(`| ${[stage, ...ok.map((s) => at(s, fmt)), ...ok.map((s) => at(s, (ms) => fmt(s.riskPoints / (ms / 1000))))].join(' | ')} |`);
    }
    lines.push('');
    lines.push('| size | risk points | input MB | run ms | serialization ms | ratio | ratio, all locales | peak heap MiB | max RSS MiB |');
    lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const s of report.sizes) {
      if ('failed' in s) lines.push(`| ${fmt(s.posts)} | FAILED: ${s.failed} ||||||||`);
      else
        lines.push(
          `| ${fmt(s.posts)} | ${fmt(s.riskPoints)} | ${fmt(s.inputBytes / 1e6, 1)} | ${fmt(s.runMs)} | ${fmt(s.serializationMs)} | ${fmt(s.ratio, 2)} | ${s.ratioAllLocales === null ? '–' : fmt(s.ratioAllLocales, 2)} | ${fmt(s.peakHeapMiB)} | ${fmt(s.maxRssMiB)} |`,
        );
    }
    lines.push('');
    lines.push('| size | format | CPU ms | wall ms | µs per risk point | bytes per risk point | ms per MB written | GC share (of wall) |');
    lines.push('|---:|---|---:|---:|---:|---:|---:|---:|');
    for (const s of ok) {
      for (const f of FORMATS) {
        const ms = s.ms[f];
        const bytes = s.outputBytes[f];
        if (ms === undefined || bytes === undefined) continue;
        const wallMs = s.wallMs[f] ?? ms;
        lines.push(
          `| ${fmt(s.posts)} | ${f} | ${fmt(ms)} | ${fmt(wallMs)} | ${fmt((ms * 1000) / s.riskPoints)} | ${fmt(bytes / s.riskPoints)} | ${fmt(ms / (bytes / 1e6), 1)} | ${fmt(((s.gcMs[f] ?? 0) / wallMs) * 100)}% |`,
        );
      }
    }
  }
  const cliRows = (c: CliSize): string[] => {
    const out = [
      `The CLI at ${fmt(c.posts)} posts (${fmt(c.riskPoints)} risk points, ${fmt(c.inputBytes / 1e6, 1)} MB of input; node start-up of ${fmt(c.nodeStartMs)} ms CPU, ${fmt(c.nodeStartWallMs)} ms wall subtracted):`,
      '',
      '| format | CLI CPU ms | CLI wall ms | yardstick CPU ms | ratio | µs per risk point | bytes per risk point | ms per MB written | GC share (of wall) | peak heap MiB | max RSS MiB |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ];
    for (const f of FORMATS) {
      const x = c.formats[f];
      if (x === undefined) continue;
      if (x.status !== 0) {
        out.push(`| ${f} | FAILED (exit ${x.status}) | ${fmt(x.wallMs)} | | | | | | | ${fmt(x.peakHeapMiB)} | ${fmt(x.maxRssMiB)} |`);
        continue;
      }
      out.push(
        `| ${f} | ${fmt(x.cliMs)} | ${fmt(x.wallMs)} | ${x.limitMs === null ? '–' : fmt(x.limitMs)} | ${x.ratio === null ? '–' : fmt(x.ratio, 2)} | ${fmt((x.cliMs * 1000) / c.riskPoints)} | ${fmt(x.outputBytes / c.riskPoints)} | ${fmt(x.cliMs / (x.outputBytes / 1e6), 1)} | ${fmt((x.gcMs / x.wallMs) * 100)}% | ${fmt(x.peakHeapMiB)} | ${fmt(x.maxRssMiB)} |`,
      );
    }
    return out;
  };
  for (const c of report.cli) lines.push('', ...cliRows(c));
  if (report.huge !== undefined) lines.push('', ...cliRows(report.huge));
  return lines.join('\n');
}

function verdicts(report: BenchReport): string[] {
  const out: string[] = [];
  const mark = (ok: boolean, value: number, limit: number): string => (ok ? `met, ${fmt((1 - value / limit) * 100)}% to spare` : `NOT MET, missed by ${fmt((value / limit - 1) * 100)}% (${fmt(value / limit, 2)}× the target)`);
  const perByteVerdicts = (where: string, posts: number, msOf: (f: Format) => number | undefined, bytesOf: (f: Format) => number | undefined): void => {
    const perByte = (f: Format): number | undefined => {
      const ms = msOf(f);
      const bytes = bytesOf(f);
      return ms === undefined || bytes === undefined || bytes === 0 ? undefined : ms / bytes;
    };
    const json = perByte('json');
    for (const f of ['csv', 'md', 'html'] as const) {
      const x = perByte(f);
      if (x === undefined || json === undefined) continue;
      out.push(`${where}: ${f} time per output byte at ${fmt(posts)} posts / JSON's: ${fmt(x / json, 2)} ≤ ${TARGETS.perByte}: ${mark(x / json <= TARGETS.perByte, x / json, TARGETS.perByte)}`);
    }
  };
  for (const s of report.sizes) {
    if ('failed' in s) {
      out.push(`in process, ${fmt(s.posts)} posts: did not complete within ${HEAP_MIB} MiB of heap: NOT MET`);
      continue;
    }
    out.push(`in process: ratio (JSON) at ${fmt(s.posts)} posts ${fmt(s.ratio, 2)} ≤ ${TARGETS.ratio}: ${mark(s.ratio <= TARGETS.ratio, s.ratio, TARGETS.ratio)}`);
    out.push(`in process: ${fmt(s.posts)} posts in every format, peak heap ${fmt(s.peakHeapMiB)} MiB < ${HEAP_MIB} MiB: ${s.peakHeapMiB < HEAP_MIB ? 'met' : 'NOT MET'}`);
    perByteVerdicts('in process', s.posts, (f) => s.ms[f], (f) => s.outputBytes[f]);
  }
  if (Object.keys(report.scaling).length === 0) out.push('in process: time per risk point from 10,000 posts up: not measured in this run (it needs two sizes)');
  for (const [span, byFormat] of Object.entries(report.scaling)) {
    for (const [f, x] of Object.entries(byFormat)) out.push(`in process: ${f} time per risk point, ${span} posts: ${fmt(x, 2)}× ≤ ${TARGETS.scaling}: ${mark(x <= TARGETS.scaling, x, TARGETS.scaling)}`);
  }
  for (const c of report.cli) {
    const x = c.formats.json?.ratio;
    if (x !== undefined && x !== null) out.push(`CLI: ratio (JSON) at ${fmt(c.posts)} posts ${fmt(x, 2)} ≤ ${TARGETS.cliRatio}: ${mark(x <= TARGETS.cliRatio, x, TARGETS.cliRatio)}`);
    for (const f of FORMATS) {
      const r = c.formats[f];
      if (r !== undefined && r.status !== 0) out.push(`CLI: ${f} at ${fmt(c.posts)} posts did not complete under ${HEAP_MIB} MiB of heap: NOT MET`);
    }
    perByteVerdicts('CLI', c.posts, (f) => (c.formats[f]?.status === 0 ? c.formats[f]?.cliMs : undefined), (f) => c.formats[f]?.outputBytes);
  }
  if (Object.keys(report.cliScaling).length === 0) out.push('CLI: time per risk point from 10,000 posts up: not measured in this run (it needs two sizes)');
  for (const [span, byFormat] of Object.entries(report.cliScaling)) {
    for (const [f, x] of Object.entries(byFormat)) out.push(`CLI: ${f} time per risk point, ${span} posts: ${fmt(x, 2)}× ≤ ${TARGETS.scaling}: ${mark(x <= TARGETS.scaling, x, TARGETS.scaling)}`);
  }
  if (report.huge !== undefined) {
    for (const f of FORMATS) {
      const r = report.huge.formats[f];
      if (r === undefined) {
        out.push(`CLI: ${fmt(report.huge.posts)} posts as ${f}: not measured in this run (\`--formats\`)`);
        continue;
      }
      const ok = r.status === 0 && r.peakHeapMiB < HEAP_MIB;
      out.push(`CLI: ${fmt(report.huge.posts)} posts as ${f} under --max-old-space-size=${HEAP_MIB}: ${ok ? 'met' : 'NOT MET'} (exit ${r.status}, peak heap ${fmt(r.peakHeapMiB)} MiB, max RSS ${fmt(r.maxRssMiB)} MiB)`);
    }
  } else out.push(`CLI: ${fmt(TARGETS.hugePosts)} posts in every format: not measured in this run (\`--huge\`)`);
  return out;
}

function compare(report: BenchReport, file: string): string[] {
  const old = JSON.parse(readFileSync(file, 'utf8')) as BenchReport;
  const out: string[] = [`compared with ${file}:`];
  for (const s of report.sizes) {
    const o = old.sizes.find((x) => x.posts === s.posts);
    if (o === undefined || 'failed' in o || 'failed' in s) continue;
    const parts = STAGES.filter((st) => s.ms[st] !== undefined && o.ms[st] !== undefined).map((st) => `${st} ${fmt(((s.ms[st] as number) / (o.ms[st] as number) - 1) * 100)}%`);
    out.push(`  in process, ${fmt(s.posts)} posts: ${parts.join(', ')}`);
  }
  for (const c of report.cli) {
    const o = (old.cli ?? []).find((x) => x.posts === c.posts);
    if (o === undefined) continue;
    const parts = FORMATS.filter((f) => c.formats[f] !== undefined && o.formats[f] !== undefined).map((f) => `${f} ${fmt(((c.formats[f] as CliRun).cliMs / (o.formats[f] as CliRun).cliMs - 1) * 100)}%`);
    out.push(`  CLI, ${fmt(c.posts)} posts: ${parts.join(', ')}`);
  }
  return out;
}

const printArg = arg('print');
if (printArg) {
  // A saved report printed again (tables and verdicts), nothing run.
  const saved = JSON.parse(readFileSync(printArg, 'utf8')) as BenchReport;
  process.stdout.write(`${saved.command}\n\n${table(saved)}\n\n${verdicts(saved).join('\n')}\n`);
  process.exit(0);
}
const quick = arg('quick') !== undefined;
const sizes = list(arg('sizes') ?? (quick ? '1000,10000' : '1000,10000,100000'));
const cliArg = arg('cli') ?? (quick ? '1000,10000' : '1000,10000,100000');
const cliSizes = cliArg === 'none' ? [] : list(cliArg);
const runsArg = arg('runs');
// The CLI's formats (`--formats json,csv`; every one by default): a 100,000-post run of all four takes an hour on a busy machine.
const cliFormats: readonly Format[] = (() => {
  const given = arg('formats');
  if (given === undefined || given === '') return FORMATS;
  const chosen = given.split(',');
  const bad = chosen.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (bad.length > 0) throw new Error(`--formats: unknown ${bad.join(', ')} (json, csv, md, html)`);
  return FORMATS.filter((f) => chosen.includes(f));
})();
const hugeArg = arg('huge');
const load0 = loadavg()[0] as number;
if (cliSizes.length > 0 || hugeArg !== undefined) {
  // The CLI is measured as built: a dist/ left from older sources would measure older code.
  process.stderr.write('bench: building dist/ …\n');
  const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) throw new Error('npm run build failed');
}
const results = sizes.map(runSize);
const ok = results.filter((s): s is SizeResult => !('failed' in s));
const cli = cliSizes.map((posts) => runCli(posts, runsArg !== undefined ? Number(runsArg) : quick || posts > 10_000 ? 1 : 2, true));
const huge = hugeArg === undefined ? undefined : runCli(hugeArg === '' ? TARGETS.hugePosts : Number(hugeArg), 1, false);
const report: BenchReport = {
  machine: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', memoryGiB: Math.round(totalmem() / 2 ** 30), load: [load0, loadavg()[0] as number] },
  command: `npm run bench -- ${argv.join(' ')}`.trim(),
  targets: TARGETS,
  sizes: results,
  scaling: scalingOf(ok, (s, f) => s.ms[f]),
  cli,
  cliScaling: scalingOf(cli, (c, f) => (c.formats[f]?.status === 0 ? c.formats[f]?.cliMs : undefined)),
  ...(huge === undefined ? {} : { huge }),
};
const outFile = arg('out') || `${root}bench/results/latest.json`;
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(
  `${report.command} on ${report.machine.cpus} × ${report.machine.cpuModel}, Node ${report.machine.node}, load average ${fmt(load0, 1)} at the start and ${fmt(report.machine.load[1], 1)} at the end\n\n`,
);
process.stdout.write(`${table(report)}\n\n${verdicts(report).join('\n')}\n`);
const cmp = arg('compare');
if (cmp) process.stdout.write(`\n${compare(report, cmp).join('\n')}\n`);
process.stdout.write(`\nfigures written to ${outFile}\n`);
