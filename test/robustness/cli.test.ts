/**
 * Issue 7, point 4, through the CLI: hostile files given to `validate` and `catalog` end with
 * exit 1 and problems on standard error, never a stack trace or another exit code, and `-o`
 * never leaves a partial file looking like a finished one. Few runs: each spawn costs ~150 ms.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runCli, type CliIO, type Command, type OutputSink } from '../../src/cli/program.js';
import { EXIT } from '../../src/cli/errors.js';
import { validateDocument } from '../../src/validate/document.js';
import { cliAsync, tempDir, type Run } from '../cli/run.js';
import { exampleText, mutantArb } from './support.js';

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

let files = 0;
const fresh = (ext: string): string => join(dir, `f${files++}.${ext}`);

/** What every run must show: a known exit code and no trace of an exception. */
function expectCleanExit(r: Run, what: string): void {
  expect([0, 1, 2], what).toContain(r.code);
  expect(r.stderr, what).not.toMatch(/^\s+at .+[:(]\d+/m);
  expect(r.stderr, what).not.toMatch(/^(\w*Error|Uncaught)\b.*:/m);
  expect(r.stderr, what).not.toContain('internal error');
}

describe('hostile input through the CLI', () => {
  it('mutated examples: validate and catalog agree with validateDocument, exit 0 or 1, and a failed catalog writes no file', async () => {
    await fc.assert(
      fc.asyncProperty(mutantArb, async ({ input }) => {
        const file = fresh('json');
        writeFileSync(file, JSON.stringify(input));
        const out = fresh('json');
        const [validate, catalog] = await Promise.all([cliAsync(['validate', file, '--locale', 'en']), cliAsync(['catalog', file, '-o', out, '--quiet'])]);
        expectCleanExit(validate, 'validate');
        expectCleanExit(catalog, 'catalog');
        const expected = validateDocument(input).ok ? 0 : 1;
        expect([validate.code, catalog.code]).toEqual([expected, expected]);
        if (expected === 1) {
          // Every line is `path: message` for the problem the library reports, the root shown as `$`.
          // Compared with the library's own problems: a path may hold any character of a key.
          const lines = validateDocument(input).problems.map(
            (p) => `${p.path === '' ? '$' : p.path}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message.en}`,
          );
          // Written as UTF-8, a lone surrogate in a value becomes U+FFFD on the way out.
          expect(validate.stderr).toBe(Buffer.from(`${lines.join('\n')}\n`, 'utf8').toString('utf8'));
          expect(catalog.stderr).not.toBe('');
          expect(existsSync(out)).toBe(false);
        } else {
          expect(JSON.parse(readFileSync(out, 'utf8')).schemaVersion).toBe(2);
        }
      }),
      { numRuns: 6 },
    );
  });

  it('random bytes: validate and catalog exit 1 with a message, no stack trace, and no output file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        const file = fresh('bin');
        writeFileSync(file, bytes);
        const out = fresh('json');
        const runs = await Promise.all([cliAsync(['validate', file]), cliAsync(['catalog', file, '-o', out])]);
        for (const r of runs) {
          expectCleanExit(r, 'random bytes');
          expect(r.code).toBe(1);
          expect(r.stderr.trim()).not.toBe('');
        }
        expect(existsSync(out)).toBe(false);
      }),
      { numRuns: 4 },
    );
  });

  it('an invalid document leaves an existing -o file exactly as it was', async () => {
    const out = fresh('csv');
    writeFileSync(out, 'last cycle\r\n');
    const file = fresh('json');
    writeFileSync(file, exampleText('university').replace('"tenureYears": ', '"tenureYears": -'));
    const r = await cliAsync(['catalog', file, '--format', 'csv', '-o', out]);
    expectCleanExit(r, 'catalog');
    expect(r.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('last cycle\r\n');
  });
});

/** Runs the built CLI with a preloaded module (fault injection). */
function withPreload(args: readonly string[], preload: string): Promise<Run> {
  return cliAsync(args, undefined, [`--import=data:text/javascript,${encodeURIComponent(preload)}`]);
}

/** File writes fail with ENOSPC once `limit` bytes have gone through, as on a full disk. */
const diskFull = (limit: number): string => `
import fs from 'node:fs';
const W = fs.WriteStream.prototype;
let written = 0;
const full = (cb) => cb(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' }));
const write = W._write;
W._write = function (chunk, encoding, cb) { written += chunk.length; return written > ${limit} ? full(cb) : write.call(this, chunk, encoding, cb); };
const writev = W._writev;
W._writev = function (chunks, cb) { for (const c of chunks) written += c.chunk.length; return written > ${limit} ? full(cb) : writev.call(this, chunks, cb); };
`;

describe('-o never leaves a partial file', () => {
  it('a disk that fills up while the catalog is written: exit 2 with one line naming the error, and no file left behind', async () => {
    const county = new URL('../../examples/county-bureau.json', import.meta.url).pathname;
    const out = fresh('html');
    const control = fresh('html');
    const [full, ok] = await Promise.all([withPreload(['catalog', county, '--format', 'html', '-o', out], diskFull(100_000)), withPreload(['catalog', county, '--format', 'html', '-o', control], '')]);
    // Without the fault the report is larger than what the full disk takes.
    expect(ok.code).toBe(0);
    expect(readFileSync(control, 'utf8').length).toBeGreaterThan(200_000);
    expectCleanExit(full, 'disk full');
    expect(full.code).toBe(EXIT.usage);
    expect(full.stderr.split('\n')[0]).toBe(`integrity-risk: 无法写入 "${out}"：ENOSPC`);
    expect(existsSync(out)).toBe(false);
  });

  it('a disk that fills up on the only block of a small catalog: exit 2, not 0, and no empty file left behind', async () => {
    const file = fresh('json');
    writeFileSync(file, JSON.stringify({ posts: [{ id: 'p', name: '出纳', department: '财务科', rank: 'staff', tenureYears: 1, powers: [] }] }));
    const out = fresh('md');
    const r = await withPreload(['catalog', file, '--format', 'md', '-o', out, '--locale', 'en'], diskFull(100));
    expectCleanExit(r, 'disk full');
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr.split('\n')[0]).toBe(`integrity-risk: cannot write "${out}": ENOSPC`);
    expect(existsSync(out)).toBe(false);
  });

  it('a disk that fills up while a whole result is written (model, import, diff, templates): no file left behind', async () => {
    const out = fresh('json');
    writeFileSync(out, 'an older model');
    const r = await withPreload(['model', '-o', out, '--locale', 'en'], diskFull(1000));
    expectCleanExit(r, 'disk full');
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr.split('\n')[0]).toBe(`integrity-risk: cannot write "${out}": ENOSPC`);
    expect(existsSync(out)).toBe(false);
  });

  it('a renderer that fails midway: the destination is aborted, not ended, and the run is one line and exit 1', async () => {
    const events: string[] = [];
    const sink = (path: string | undefined): OutputSink => ({
      write: () => void events.push(`write ${path}`),
      end: async () => void events.push(`end ${path}`),
      abort: async () => void events.push(`abort ${path}`),
    });
    const io: CliIO = {
      readFile: async () => new Uint8Array(),
      readStdin: async () => new Uint8Array(),
      writeFile: async () => {},
      openOutput: async (path) => sink(path),
      stdout: () => {},
      stderr: (t) => void events.push(`stderr ${t.trim()}`),
      version: () => '0',
    };
    const failing: Command = {
      name: 'fail',
      summary: { 'zh-CN': '', 'zh-TW': '', en: '' },
      description: { 'zh-CN': '', 'zh-TW': '', en: '' },
      usage: '',
      argumentsHelp: [],
      positionals: { min: 0, max: 0, name: '' },
      output: true,
      flags: [],
      async run(ctx) {
        function* chunks(): Generator<string> {
          yield 'x'.repeat(100_000);
          throw new TypeError('renderer broke');
        }
        await ctx.writeChunks(chunks());
        return EXIT.ok;
      },
    };
    expect(await runCli(['fail', '-o', 'out.json', '--locale', 'en'], [failing], io)).toBe(EXIT.invalidData);
    expect(events).toEqual(['write out.json', 'abort out.json', 'stderr integrity-risk: internal error: renderer broke (please report it)']);
  });
});
