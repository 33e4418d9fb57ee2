/**
 * Issue 19, point 2: every input is read with a running size limit, whatever it is: a regular file,
 * a character device that never ends (`/dev/zero`), a pipe that never closes (`yes | …`), so the
 * CLI refuses it clearly (exit 1, one line naming the limit) in bounded memory and time.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, ftruncateSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gatherBounded, InputLimitError, readFileBounded } from '../../src/cli/bounded.js';
import { INPUT_LIMITS } from '../../src/cli/program.js';
import { cliAsync, MAIN, tempDir, type Run } from './run.js';

const MiB = 1 << 20;
const hasYes = spawnSync('sh', ['-c', 'command -v yes']).status === 0;

/** Prints the process's peak resident memory (KiB) on standard error as it exits. */
const REPORT_RSS = `--import=data:text/javascript,${encodeURIComponent(
  "process.on('exit', () => process.stderr.write('maxrss=' + process.resourceUsage().maxRSS + '\\n'))",
)}`;

/** The peak resident memory a run reported, in MiB. */
function peakMiB(r: Run): number {
  const m = /maxrss=(\d+)/.exec(r.stderr);
  expect(m, r.stderr).not.toBeNull();
  return Number(m![1]) / 1024;
}

/** A sparse file of `size` bytes: it takes no disk, and reading it would take time and memory. */
function sparseFile(path: string, size: number): string {
  const fd = openSync(path, 'w');
  ftruncateSync(fd, size);
  closeSync(fd);
  return path;
}

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

describe('bounded reading, in process', () => {
  it('a stream is gathered up to the limit and refused one byte past it', async () => {
    async function* pieces(n: number): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < n; i++) yield new Uint8Array(10).fill(i);
    }
    expect((await gatherBounded(pieces(3), 30)).length).toBe(30);
    await expect(gatherBounded(pieces(4), 30)).rejects.toBeInstanceOf(InputLimitError);
  });

  it('an endless stream is refused after the limit, having asked for no more than one piece past it', async () => {
    let asked = 0;
    async function* endless(): AsyncGenerator<Uint8Array> {
      for (;;) {
        asked++;
        yield new Uint8Array(1000);
      }
    }
    await expect(gatherBounded(endless(), 10_000)).rejects.toMatchObject({ code: 'ERR_INPUT_LIMIT', limit: 10_000 });
    expect(asked).toBe(11);
  });

  it('a regular file at the limit is read whole; one byte more is refused before it is read', async () => {
    const path = join(dir, 'exact.bin');
    writeFileSync(path, new Uint8Array(5000).fill(7));
    expect((await readFileBounded(path, 5000)).length).toBe(5000);
    await expect(readFileBounded(path, 4999)).rejects.toBeInstanceOf(InputLimitError);
    expect((await readFileBounded(join(dir, 'exact.bin'), 5000)).every((b) => b === 7)).toBe(true);
  });

  it('a character device that never ends is refused at the limit', { skip: !existsSync('/dev/zero') }, async () => {
    await expect(readFileBounded('/dev/zero', 3 * MiB + 5)).rejects.toMatchObject({ code: 'ERR_INPUT_LIMIT' });
  });

  it('a directory and a missing file keep their Node error codes', async () => {
    await expect(readFileBounded(dir, 100)).rejects.toMatchObject({ code: 'EISDIR' });
    await expect(readFileBounded(join(dir, 'nope'), 100)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('bounded reading through the CLI', () => {
  it('validate /dev/zero: exit 1 with one line naming the limit, in bounded memory', { skip: !existsSync('/dev/zero'), timeout: 180_000 }, async () => {
    const r = await cliAsync(['validate', '/dev/zero', '--locale', 'en'], undefined, [REPORT_RSS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('integrity-risk: /dev/zero is larger than the input limit of 512 MiB; reading stopped\n');
    // The limit and Node itself, never the whole endless device.
    expect(peakMiB(r)).toBeLessThan(INPUT_LIMITS.json / MiB + 300);
  });

  it('an endless pipe on standard input (yes | validate -): exit 1, the writer stopped, bounded memory', { skip: !hasYes, timeout: 180_000 }, async () => {
    // The shell's pipe, as a user types it: `yes` writes until the reader closes the pipe.
    const r = await new Promise<Run>((resolve, reject) => {
      const child = spawn('sh', ['-c', `yes | "${process.execPath}" "${REPORT_RSS}" "${MAIN}" validate -`], { stdio: ['ignore', 'pipe', 'pipe'] });
      const err: Buffer[] = [];
      child.stderr.on('data', (b: Buffer) => err.push(b));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout: '', stderr: Buffer.concat(err).toString('utf8') }));
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('integrity-risk: 标准输入 超过 512 MiB 的输入上限，已停止读取\n');
    expect(peakMiB(r)).toBeLessThan(INPUT_LIMITS.json / MiB + 300);
  });

  it('a file larger than the limit is refused by its size, before a byte is read', async () => {
    const big = sparseFile(join(dir, 'big.json'), INPUT_LIMITS.json + 1);
    const r = await cliAsync(['validate', big, '--locale', 'zh-TW'], undefined, [REPORT_RSS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`integrity-risk: ${big} 超過 512 MiB 的輸入上限，已停止讀取\n`);
    expect(peakMiB(r)).toBeLessThan(200);
  });

  it('a sheet larger than its limit is refused by import the same way', async () => {
    const big = sparseFile(join(dir, 'big.csv'), INPUT_LIMITS.sheet + 1);
    const r = await cliAsync(['import', big, '--locale', 'en'], undefined, [REPORT_RSS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`integrity-risk: ${big} is larger than the input limit of 2 GiB; reading stopped\n`);
    expect(peakMiB(r)).toBeLessThan(200);
  });
});
