/**
 * A ZIP writer for Office packages (.docx, .xlsx): every entry *stored* (method 0), CRC-32 checked,
 * one fixed timestamp, so the same parts always give the same bytes. Word, WPS, Excel and
 * LibreOffice open stored packages; compressing would need a deflater the library does not carry.
 */

/** One file of an archive. */
export interface ZipEntry {
  /** The path inside the archive, `/`-separated, e.g. `word/document.xml`. */
  readonly name: string;
  /** The file's bytes. */
  readonly data: Uint8Array;
}

const CRC_TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/**
 * The CRC-32 (ISO 3309, as ZIP uses it) of some bytes.
 * @param data - the bytes
 * @param seed - the CRC of the bytes before, to continue a running CRC (default: none)
 * @returns the CRC as an unsigned 32-bit number
 * @example
 * crc32(new TextEncoder().encode('123456789')) // 0xcbf43926
 */
export function crc32(data: Uint8Array, seed = 0): number {
  let c = (seed ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** MS-DOS date of 1980-01-01, the earliest a ZIP can hold: the same for every build. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
/** General-purpose flag bit 11: names are UTF-8. */
const UTF8_FLAG = 0x0800;
/** Version 2.0: what a stored entry needs to be extracted. */
const VERSION = 20;

/** The most entries and bytes a ZIP without its 64-bit extension can hold. */
const MAX_ENTRIES = 0xffff;
const MAX_OFFSET = 0xffffffff;

/**
 * Writes a ZIP archive of stored entries, in the order given (an Office package lists
 * `[Content_Types].xml` first). Throws a `RangeError` only when the parts exceed what a ZIP
 * without its 64-bit extension holds (65,535 entries or 4 GiB), which no catalog reaches.
 * @param entries - the files
 * @returns the archive's bytes
 * @example
 * const zip = writeZip([{ name: 'a.txt', data: new TextEncoder().encode('hi') }]);
 */
export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  if (entries.length > MAX_ENTRIES) throw new RangeError('too many ZIP entries');
  const encoder = new TextEncoder();
  const names = entries.map((e) => encoder.encode(e.name));
  const crcs = entries.map((e) => crc32(e.data));
  let localSize = 0;
  for (let i = 0; i < entries.length; i++) localSize += 30 + names[i]!.length + entries[i]!.data.length;
  let centralSize = 0;
  for (const name of names) centralSize += 46 + name.length;
  if (localSize + centralSize > MAX_OFFSET) throw new RangeError('ZIP larger than 4 GiB');
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const u16 = (v: number) => {
    view.setUint16(at, v, true);
    at += 2;
  };
  const u32 = (v: number) => {
    view.setUint32(at, v >>> 0, true);
    at += 4;
  };
  const bytes = (b: Uint8Array) => {
    out.set(b, at);
    at += b.length;
  };
  const offsets: number[] = [];
  entries.forEach((entry, i) => {
    offsets.push(at);
    u32(0x04034b50);
    u16(VERSION);
    u16(UTF8_FLAG);
    u16(0); // stored
    u16(DOS_TIME);
    u16(DOS_DATE);
    u32(crcs[i]!);
    u32(entry.data.length);
    u32(entry.data.length);
    u16(names[i]!.length);
    u16(0);
    bytes(names[i]!);
    bytes(entry.data);
  });
  const centralStart = at;
  entries.forEach((entry, i) => {
    u32(0x02014b50);
    u16(VERSION);
    u16(VERSION);
    u16(UTF8_FLAG);
    u16(0);
    u16(DOS_TIME);
    u16(DOS_DATE);
    u32(crcs[i]!);
    u32(entry.data.length);
    u32(entry.data.length);
    u16(names[i]!.length);
    u16(0); // extra
    u16(0); // comment
    u16(0); // disk
    u16(0); // internal attributes
    u32(0); // external attributes
    u32(offsets[i]!);
    bytes(names[i]!);
  });
  const centralEnd = at;
  u32(0x06054b50);
  u16(0);
  u16(0);
  u16(entries.length);
  u16(entries.length);
  u32(centralEnd - centralStart);
  u32(centralStart);
  u16(0);
  return out;
}
