/** Runs the built CLI as a child process, and makes temporary input files. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built executable. */
export const MAIN = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

/** What a run printed and how it ended. */
export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `node dist/cli/main.js ...args`.
 * @param args - the arguments
 * @param input - standard input
 */
export function cli(args: readonly string[], input?: string | Uint8Array): Run {
  const r = spawnSync(process.execPath, [MAIN, ...args], { input: input ?? '', encoding: 'utf8', timeout: 60_000, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Runs `node dist/cli/main.js ...args` without blocking, so independent runs overlap.
 * @param args - the arguments
 * @param input - standard input
 * @param nodeArgs - options for node itself, before the script (e.g. `--import` to inject faults)
 */
export function cliAsync(args: readonly string[], input?: string | Uint8Array, nodeArgs: readonly string[] = []): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, MAIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => {}); // the command may exit before reading all of it
    child.stdin.end(input ?? '');
  });
}

/** A fresh temporary directory. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'integrity-risk-'));
}

/**
 * Writes a file in a temporary directory.
 * @returns its path
 */
export function tempFile(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
