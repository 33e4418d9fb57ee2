/**
 * Issue 16: `integrity-risk workbench [-o file]` writes the page the build made, byte for byte,
 * and says clearly how to make it when a checkout was never built.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { runCli, type CliIO } from '../../src/cli/program.js';
import { WORKBENCH } from '../workbench/browser.js';
import { cli, tempDir } from './run.js';

/** An in-memory world in which the build output is missing. */
function unbuilt(): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    readFile: async () => {
      throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    },
    readStdin: async () => new Uint8Array(),
    writeFile: async () => {},
    openOutput: async () => ({ write: () => {}, end: async () => {} }),
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    version: () => '0.0.0',
    readBuilt: async () => undefined,
  };
  return io;
}

describe('integrity-risk workbench', () => {
  it('-o writes the built page, byte for byte, and says where it went and how to use it', () => {
    const out = join(tempDir(), '工作台.html');
    const r = cli(['workbench', '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(out).equals(readFileSync(WORKBENCH))).toBe(true);
    expect(r.stderr).toMatch(/^已写出 .*工作台\.html（\d+ kB）：用浏览器打开即可使用，无需联网\n$/);
    expect(cli(['workbench', '-o', out, '--quiet']).stderr).toBe('');
  });

  it('without -o writes it to standard output', () => {
    const r = cli(['workbench']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(WORKBENCH, 'utf8'));
  });

  it('a checkout that was never built: exit 1 and how to build it, in the chosen language', async () => {
    const zh = unbuilt();
    expect(await runCli(['workbench', '-o', 'x.html'], COMMANDS, zh)).toBe(1);
    expect(zh.err).toBe('integrity-risk: 找不到工作台网页 dist/workbench.html：它在构建时生成。请在仓库中运行 "npm run build"（或 "npm ci"）后重试\n');
    const en = unbuilt();
    expect(await runCli(['workbench', '--locale', 'en'], COMMANDS, en)).toBe(1);
    expect(en.err).toBe('integrity-risk: the workbench page dist/workbench.html is not there: it is made by the build. Run "npm run build" (or "npm ci") in the repository, then try again\n');
  });

  it('takes no argument', () => {
    const r = cli(['workbench', 'unit.json']);
    expect(r.code).toBe(2);
  });
});
