#!/usr/bin/env node
/**
 * The `integrity-risk` executable: Node's file system and streams plugged into the dispatcher.
 * This folder is the only place in `src/` that touches Node.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { open, readFile, stat, unlink } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { gatherBounded, readFileBounded } from './bounded.js';
import { COMMANDS } from './commands/index.js';
import { runCli, type CliIO, type FileBytes, type OutputSink } from './program.js';

/** The package version, read at run time from the package.json next to `dist/` (or `src/`). */
function version(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  const parsed = JSON.parse(text) as { version?: unknown };
  return typeof parsed.version === 'string' ? parsed.version : '0.0.0';
}

/** Standard input with a running limit: leaving the loop past it closes the pipe. */
function readStdin(limit: number): Promise<Uint8Array> {
  return gatherBounded(process.stdin as AsyncIterable<Uint8Array | string>, limit);
}

/** Bytes of one read while scanning a file. */
const READ_BLOCK = 1 << 20;

/**
 * A file read by offset, for documents read post by post (the pass that builds each post reads it
 * again at its place); one buffer is reused, so a read is valid until the next.
 */
function openBytes(path: string): Promise<FileBytes> {
  return new Promise((resolve, reject) => {
    let fd: number;
    try {
      fd = openSync(path, 'r');
      const stat = fstatSync(fd);
      if (stat.isDirectory()) {
        closeSync(fd);
        reject(Object.assign(new Error(`EISDIR: ${path}`), { code: 'EISDIR' }));
        return;
      }
      let buffer = Buffer.allocUnsafe(READ_BLOCK);
      resolve({
        size: stat.size,
        read(offset, length) {
          if (length > buffer.length) buffer = Buffer.allocUnsafe(length);
          let got = 0;
          while (got < length) {
            const n = readSync(fd, buffer, got, length - got, offset + got);
            if (n === 0) break;
            got += n;
          }
          return buffer.subarray(0, got);
        },
        close: () => closeSync(fd),
      });
    } catch (e) {
      reject(e);
    }
  });
}

/** Writes to a stream, waiting for 'drain' when its buffer is full; an error rejects the pending write. */
function streamSink(stream: Writable, close: () => Promise<void>): OutputSink {
  let failure: Error | undefined;
  stream.on('error', (e) => {
    failure = e;
  });
  return {
    write(chunk) {
      if (failure !== undefined) throw failure;
      if (stream.write(chunk)) return;
      return new Promise<void>((resolve, reject) => {
        const done = (e?: Error): void => {
          stream.off('drain', done);
          stream.off('error', done);
          if (e === undefined) resolve();
          else reject(e);
        };
        stream.on('drain', done);
        stream.on('error', done);
      });
    },
    end: close,
  };
}

/** Bytes a file output may hold in memory before the writer waits for the disk. */
const OUTPUT_BUFFER = 4 * 1024 * 1024;

async function openOutput(path: string | undefined): Promise<OutputSink> {
  if (path === undefined) {
    return streamSink(process.stdout, async () => {
      // Standard output stays open for later messages; wait until what was written is flushed.
      if (process.stdout.writableNeedDrain) await new Promise((resolve) => process.stdout.once('drain', resolve));
    });
  }
  // Opening first makes a bad path fail here, not later as a stream event.
  const handle = await open(path, 'w');
  // Only a regular file is removed after a failure, never a device or a pipe named by -o.
  const regular = (await handle.stat()).isFile();
  // A deep buffer lets the next posts be built while earlier ones are still being written.
  const stream = handle.createWriteStream({ highWaterMark: OUTPUT_BUFFER });
  const sink = streamSink(stream, () =>
    new Promise<void>((resolve, reject) => {
      stream.once('error', reject);
      // A write that failed after the last chunk was handed over (a full disk) reaches only this callback.
      stream.end((...args: unknown[]) => {
        const failed = args[0] ?? stream.errored;
        if (failed) reject(failed);
        else resolve();
      });
    }),
  );
  return {
    ...sink,
    async abort() {
      if (!stream.closed) await new Promise<void>((resolve) => stream.destroy().once('close', () => resolve()));
      if (regular) await unlink(path).catch(() => {});
    },
  };
}

/** Writes a whole file through the same sink as streamed output, so a failure leaves no partial file. */
async function writeWhole(path: string, text: string): Promise<void> {
  const sink = await openOutput(path);
  try {
    await sink.write(text);
    await sink.end();
  } catch (e) {
    await sink.abort?.();
    throw e;
  }
}

/** Device and inode of an existing regular file (standard input for undefined), after every link. */
async function fileId(path: string | undefined): Promise<string | undefined> {
  const s = path === undefined ? fstatSync(0) : await stat(path).catch(() => undefined);
  return s?.isFile() ? `${s.dev}:${s.ino}` : undefined;
}

/**
 * A file of the build output, found from this file: `dist/cli/main.js` and `src/cli/main.ts` alike
 * reach `dist/` as `../../dist/`, in a checkout and in an installed package.
 */
async function readBuilt(name: string): Promise<Uint8Array | undefined> {
  try {
    return await readFile(new URL(`../../dist/${name}`, import.meta.url));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

const io: CliIO = {
  readFile: readFileBounded,
  openBytes,
  readStdin,
  writeFile: writeWhole,
  fileId,
  openOutput,
  stdout: (text) => {
    process.stdout.write(text);
  },
  stderr: (text) => {
    process.stderr.write(text);
  },
  version,
  readBuilt,
};

// Output to a closed pipe (`… | head`) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

runCli(process.argv.slice(2), COMMANDS, io).then(
  (code) => {
    // exitCode, not exit(): let buffered output drain first.
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`integrity-risk: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
