/**
 * Runs every example script (`npm run examples`) and checks that each finished and printed what it
 * is meant to show. Each runs as its own process, as `npx tsx examples/<name>.ts` would, several at
 * a time; the outputs are printed in order. Exits 1 when any example fails.
 *
 * The list and the checks are also read by test/examples/scripts.test.ts, so the suite and CI
 * check the same thing.
 */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve as resolvePath } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** An example script and what its output must contain. */
export interface ExampleSpec {
  /** The file name in `examples/`. */
  readonly file: string;
  /** What it shows, for the listing. */
  readonly shows: string;
  /** Patterns its standard output must match. */
  readonly prints: readonly RegExp[];
}

/** Every example, in the order a reader meets them. */
export const EXAMPLES: readonly ExampleSpec[] = [
  {
    file: 'quick-start.ts',
    shows: 'assess one post written inline',
    prints: [/风险等级 level: [高中低]风险 \((high|medium|low)\)/, /风险得分 score: \d+\.\d/, /说明 explanation: .*成立的规则/],
  },
  {
    file: 'oilfield-catalog.ts',
    shows: 'the oilfield catalog in every format and language',
    prints: [/岗位 posts 8 /, /catalog\.zh-CN\.html/, /catalog\.en\.csv/, /catalog\.json/],
  },
  {
    file: 'county-findings.ts',
    shows: 'the county bureau: findings and early warnings',
    prints: [/\[principal-direct-charge\]/, /一把手/, /红色预警 red/, /主要领导/, /\d{4}-\d{2}-\d{2}（每 90 天）/],
  },
  {
    file: 'custom-count-model.ts',
    shows: 'a custom count model against the default model',
    prints: [/校验通过 valid/, /区间之间有空档/, /满足\d+项判定条件/, /低 → 高/],
  },
  {
    file: 'import-sheet.ts',
    shows: 'importing a filled-in CSV sheet, and a broken one',
    prints: [/导入岗位 posts imported: 4/, /row \d+, column 职级 \(post\.rank\)/, /导入失败 import failed: \d+ 个错误/],
  },
  {
    file: 'compare-years.ts',
    shows: 'last year against this year',
    prints: [/岗位 posts +新增 added \d+ · 撤销 removed \d+/, /已整改的问题 findings resolved/],
  },
  {
    file: 'custom-templates.ts',
    shows: 'adding, overriding and disabling measure templates',
    prints: [
      /\+ 中期监控 +现场踏勘全程录像 \(site-survey-recording\)/,
      /\+ 后期处置 +踏勘结果与卫片比对 \(survey-map-check\)/,
      /- .*\(field-check-record\)/,
      /~ .*\(reminder-talk\) · 分管领导 · 每 90 天复核/,
      /提示 warning {2}add\[1\]\.text: 只有 zh-CN 文本/,
      /in English: 分管领导每季度将建设用地审查报批的踏勘记录/,
    ],
  },
  {
    file: 'what-if.ts',
    shows: 'which single rating change moves a level',
    prints: [/升级 up: +cb-rp-office-reception-over 的 资金关联程度/, /cb-rp-fin-payment-fake（高风险）：.*等级将降为中风险/],
  },
];

/** What one run gave. */
export interface ExampleRun {
  readonly file: string;
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** The patterns the output did not match. */
  readonly missing: readonly RegExp[];
}

/**
 * Runs a TypeScript file with tsx in a child process.
 * @param path - the script, absolute or relative to the repository root
 * @param args - its arguments
 * @returns exit code and output
 */
export function runTs(path: string, args: readonly string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', resolvePath(ROOT, path), ...args],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/**
 * Runs one example and checks its output.
 * @param spec - the example
 * @param args - arguments to pass (e.g. an output folder)
 * @returns the run
 */
export async function runExample(spec: ExampleSpec, args: readonly string[] = []): Promise<ExampleRun> {
  const r = await runTs(join('examples', spec.file), args);
  return { file: spec.file, ...r, missing: spec.prints.filter((p) => !p.test(r.stdout)) };
}

/** Runs tasks with at most `limit` at a time, keeping their order. */
export async function inParallel<T>(tasks: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array<T>(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await (tasks[i] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, worker));
  return results;
}

async function main(): Promise<void> {
  // Every .ts file in examples/ must be listed, so a new example cannot be forgotten.
  const onDisk = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.ts'));
  const unlisted = onDisk.filter((f) => !EXAMPLES.some((e) => e.file === f));
  const runs = await inParallel(
    EXAMPLES.map((e) => () => runExample(e)),
    availableParallelism(),
  );
  let passed = 0;
  for (const f of unlisted) console.error(`examples/${f} is not listed in scripts/run-examples.ts`);
  for (const r of runs) {
    console.log(`\n──── examples/${r.file} ────`);
    process.stdout.write(r.stdout);
    if (r.stderr.trim() !== '') process.stderr.write(r.stderr);
    if (r.code === 0 && r.missing.length === 0) passed++;
    else {
      console.error(`✗ examples/${r.file}: exit code ${r.code}${r.missing.map((p) => `; did not print ${String(p)}`).join('')}`);
    }
  }
  console.log(`\n${passed} / ${runs.length} examples ran and printed what they should.`);
  if (passed < runs.length || unlisted.length > 0) process.exit(1);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
