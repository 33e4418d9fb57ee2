/**
 * Reading an input with a running size limit: a regular file, a character device (`/dev/zero`),
 * a named pipe or standard input is read piece by piece and refused as soon as it passes the
 * limit, so no input, however large or endless, holds more than the limit in memory.
 */
import { open } from 'node:fs/promises';

/** Bytes asked for per read from a device, a pipe or a file that grew while it was read. */
const PIECE = 1 << 20;

/** Thrown when an input passes its limit; `code` lets the dispatcher tell it from a Node error. */
export class InputLimitError extends Error {
  /** Always `ERR_INPUT_LIMIT`. */
  readonly code = 'ERR_INPUT_LIMIT';
  /** The limit in bytes. */
  readonly limit: number;

  /** @param limit - the limit in bytes that was passed */
  constructor(limit: number) {
    super(`input larger than ${limit} bytes`);
    this.name = 'InputLimitError';
    this.limit = limit;
  }
}

/**
 * Gathers the pieces of a stream, refusing it as soon as more than `limit` bytes have come.
 * Leaving the loop early closes the stream (the writer of a pipe then stops on EPIPE).
 * @param pieces - the stream's pieces
 * @param limit - the most bytes accepted
 * @returns all the bytes
 * @throws {@link InputLimitError} past the limit
 */
export async function gatherBounded(pieces: AsyncIterable<Uint8Array | string>, limit: number): Promise<Uint8Array> {
  const kept: Uint8Array[] = [];
  let total = 0;
  for await (const piece of pieces) {
    const bytes = typeof piece === 'string' ? Buffer.from(piece) : piece;
    total += bytes.length;
    if (total > limit) throw new InputLimitError(limit);
    kept.push(bytes);
  }
  return kept.length === 1 ? kept[0]! : Buffer.concat(kept, total);
}

/**
 * Reads a file of any kind with a running limit. A regular file's size is checked before a byte
 * is read and it is read into one buffer of that size; anything else (a device, a pipe, a file
 * that grows meanwhile) is read a megabyte at a time, counting.
 * @param path - the file
 * @param limit - the most bytes accepted
 * @returns the bytes
 * @throws {@link InputLimitError} past the limit; Node's errors (ENOENT, EISDIR, EACCES, …) otherwise
 */
export async function readFileBounded(path: string, limit: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read`), { code: 'EISDIR' });
    if (stat.isFile() && stat.size > limit) throw new InputLimitError(limit);
    // One more byte than the size tells whether the file grew since it was measured.
    const first = Buffer.allocUnsafe(stat.isFile() ? stat.size + 1 : PIECE);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(first, filled, first.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled > limit) throw new InputLimitError(limit);
      if (filled === first.length) break;
    }
    if (filled < first.length) return first.subarray(0, filled);
    // A device, a pipe or a growing file: the rest piece by piece, counted against the limit.
    const rest = gatherBounded(
      {
        async *[Symbol.asyncIterator]() {
          const piece = Buffer.allocUnsafe(PIECE);
          for (;;) {
            const { bytesRead } = await handle.read(piece, 0, PIECE, null);
            if (bytesRead === 0) return;
            // A copy of what came: a pipe gives 64 KiB at a time, which must not pin a megabyte each.
            yield Buffer.from(piece.subarray(0, bytesRead));
          }
        },
      },
      limit - filled,
    );
    const tail = await rest.catch((e: unknown) => {
      throw e instanceof InputLimitError ? new InputLimitError(limit) : e;
    });
    return Buffer.concat([first, tail], filled + tail.length);
  } finally {
    await handle.close();
  }
}
