/**
 * docs/readme/cli.md stays true: every command, flag and allowed value is documented, and every
 * example command line in it runs as written (exit 0).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { MAIN, tempDir } from './run.js';

const DOC = readFileSync(new URL('../../docs/readme/cli.md', import.meta.url), 'utf8');
const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

/** The command lines of the ```sh blocks, without placeholders like `<command>`. */
function exampleLines(): string[] {
  const lines: string[] = [];
  for (const block of DOC.matchAll(/```sh\n([\s\S]*?)```/g)) {
    for (const raw of block[1]!.split('\n')) {
      const line = raw.replace(/\s+#.*$/, '').trim();
      if (line.startsWith('integrity-risk') && !/<(command|命令)>/.test(line)) lines.push(line);
    }
  }
  return lines;
}

describe('docs/readme/cli.md', () => {
  it('documents every command, flag and allowed value', () => {
    for (const command of COMMANDS) {
      expect(DOC).toContain(`#### \`${command.name}`);
      for (const flag of command.flags) {
        expect(DOC, `${command.name} --${flag.name}`).toContain(`--${flag.name}`);
        const values = [...(flag.value?.allowed ?? []), ...(flag.value?.terms ?? []).map((t) => t.id)];
        for (const value of values) expect(DOC, `${command.name} --${flag.name} ${value}`).toContain(value);
      }
    }
    for (const code of ['`0`', '`1`', '`2`']) expect(DOC).toContain(`| ${code} |`);
  });

  // Some forty commands run one after another (calibrate searches, workbooks): minutes on a busy machine.
  it('every example command line runs as written', { timeout: 600_000 }, () => {
    // A working directory with the examples and the files the examples name.
    const dir = tempDir();
    symlinkSync(EXAMPLES, join(dir, 'examples'));
    copyFileSync(join(EXAMPLES, 'university.json'), join(dir, 'unit.json'));
    writeFileSync(join(dir, 'sheet.csv'), execFileSync(process.execPath, [MAIN, 'catalog', 'unit.json', '--format', 'csv'], { cwd: dir }));
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ rotationYears: 3 }));
    const bin = join(dir, 'integrity-risk');
    writeFileSync(bin, `#!/bin/sh\nexec "${process.execPath}" "${MAIN}" "$@"\n`);
    chmodSync(bin, 0o755);
    const lines = exampleLines();
    expect(lines.length).toBeGreaterThan(15);
    // One shell runs them all in order (a later line may use an earlier one's output).
    const script = lines.map((l) => `${l} > /dev/null || { echo "failed: ${l.replace(/"/g, '\\"')}" >&2; exit 1; }`).join('\n');
    const r = spawnSync('sh', ['-c', script], { cwd: dir, encoding: 'utf8', env: { ...process.env, PATH: `${dir}:${process.env['PATH'] ?? ''}` } });
    expect(r.stderr.split('\n').filter((l) => l.startsWith('failed: '))).toEqual([]);
    expect(r.status).toBe(0);
  });
});
