/**
 * A ZIP reader for Office packages someone saved: stored and deflated entries (inflated with the
 * web-standard `DecompressionStream('deflate-raw')`, so reading is async), sizes bounded before
 * and while inflating (a zip bomb stops at the limit), CRC-32 checked. A malformed archive is a
 * problem, never a throw. Neither ZIP64 nor encryption is read: no Office package needs them.
 */
import type { MessageParams } from '../i18n/locale.js';
import { pickMessages } from '../validate/messages.js';
import { crc32 } from '../render/zip.js';
import { problem, type Checked, type Problem } from '../validate/problem.js';

/** The messages of ZIP problems, by code. Placeholders: `{name}`, `{limit}`. */
export const ZIP_MESSAGES = pickMessages(['zip-not-zip', 'zip-malformed', 'zip-unsupported', 'zip-too-large', 'zip-crc-mismatch'] as const);

/** A code of a ZIP problem. */
export type ZipProblemCode = keyof typeof ZIP_MESSAGES;

/** How much an archive may hold. */
export interface ZipLimits {
  /** Most entries in the central directory. */
  readonly maxEntries: number;
  /** Most bytes one entry may inflate to. */
  readonly maxEntryBytes: number;
  /** Most bytes all entries read from one archive may inflate to together. */
  readonly maxTotalBytes: number;
}

/** The default limits: far above any catalog workbook (100,000 risk points is about 60 MB of XML). */
export const ZIP_LIMITS: ZipLimits = { maxEntries: 10_000, maxEntryBytes: 512 * 1024 * 1024, maxTotalBytes: 1024 * 1024 * 1024 };

/** One entry of the central directory. */
interface CentralEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

/** An opened archive: its entry names, and each entry's bytes on demand. */
export interface ZipArchive {
  /** The names of the entries, in the order of the central directory. */
  readonly names: readonly string[];
  /**
   * Reads one entry: inflated, size-bounded, CRC-checked.
   * @param name - the entry's name
   * @returns the bytes, or the problem; `undefined` when the archive has no such entry
   */
  read(name: string): Promise<Checked<Uint8Array> | undefined>;
}

function fail(code: ZipProblemCode, name: string, params: MessageParams = {}): { ok: false; problems: readonly Problem[] } {
  return { ok: false, problems: [problem('error', code, name, ZIP_MESSAGES[code], { name, ...params })] };
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * Opens a ZIP archive: reads its central directory (nothing is inflated yet).
 * @param bytes - the archive
 * @param limits - size limits (default {@link ZIP_LIMITS})
 * @returns the archive, or the problem that makes it unreadable; never throws
 */
export function openZip(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): Checked<ZipArchive> {
  if (!(bytes instanceof Uint8Array) || bytes.length < 22 || readU32(bytes, 0) !== LOCAL) {
    // An empty archive (only the end record) is no Office package either.
    return fail('zip-not-zip', '');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is in the last 22 + 65,535 bytes (its comment is at most that long).
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD && at + 22 + view.getUint16(at + 20, true) <= bytes.length) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return fail('zip-malformed', 'end of central directory');
  const count = view.getUint16(eocd + 10, true);
  const centralSize = view.getUint32(eocd + 12, true);
  const centralStart = view.getUint32(eocd + 16, true);
  if (count === 0xffff || centralStart === 0xffffffff || centralSize === 0xffffffff) return fail('zip-unsupported', 'ZIP64');
  if (count > limits.maxEntries) return fail('zip-too-large', 'central directory', { limit: limits.maxEntries });
  if (centralStart + centralSize > eocd) return fail('zip-malformed', 'central directory');
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const entries = new Map<string, CentralEntry>();
  let at = centralStart;
  for (let k = 0; k < count; k++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL) return fail('zip-malformed', 'central directory');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > eocd) return fail('zip-malformed', 'central directory');
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const entry: CentralEntry = {
      name,
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    };
    if (entries.has(name)) return fail('zip-malformed', name);
    entries.set(name, entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  let total = 0;
  const archive: ZipArchive = {
    names: [...entries.keys()],
    async read(name) {
      const entry = entries.get(name);
      if (entry === undefined) return undefined;
      const result = await readEntry(bytes, view, entry, Math.min(limits.maxEntryBytes, limits.maxTotalBytes - total));
      if (result.ok) total += result.value.length;
      return result;
    },
  };
  return { ok: true, value: archive, problems: [] };
}

function readU32(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

async function readEntry(bytes: Uint8Array, view: DataView, entry: CentralEntry, limit: number): Promise<Checked<Uint8Array>> {
  const { name } = entry;
  if (entry.flags & 0x0001) return fail('zip-unsupported', name);
  if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff || entry.localOffset === 0xffffffff) return fail('zip-unsupported', name);
  if (entry.size > limit) return fail('zip-too-large', name, { limit });
  const lo = entry.localOffset;
  if (lo + 30 > bytes.length || view.getUint32(lo, true) !== LOCAL) return fail('zip-malformed', name);
  const start = lo + 30 + view.getUint16(lo + 26, true) + view.getUint16(lo + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return fail('zip-malformed', name);
  const raw = bytes.subarray(start, end);
  let data: Uint8Array;
  if (entry.method === 0) {
    data = raw;
  } else if (entry.method === 8) {
    const inflated = await inflateRaw(raw, limit);
    if (inflated === 'too-large') return fail('zip-too-large', name, { limit });
    if (inflated === 'corrupt') return fail('zip-malformed', name);
    data = inflated;
  } else {
    return fail('zip-unsupported', name);
  }
  if (data.length !== entry.size) return fail('zip-malformed', name);
  if (crc32(data) !== entry.crc) return fail('zip-crc-mismatch', name);
  return { ok: true, value: data, problems: [] };
}

/**
 * Inflates raw deflate data, stopping as soon as the output passes `limit` bytes, so a small
 * archive that claims little and inflates to gigabytes costs no more than the limit.
 */
async function inflateRaw(raw: Uint8Array, limit: number): Promise<Uint8Array | 'too-large' | 'corrupt'> {
  let stream: DecompressionStream;
  try {
    stream = new DecompressionStream('deflate-raw');
  } catch {
    return 'corrupt';
  }
  const writer = stream.writable.getWriter();
  // Failures surface on the reading side; these promises only must not go unhandled.
  writer.write(raw as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        return 'too-large';
      }
      parts.push(value);
    }
  } catch {
    return 'corrupt';
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
