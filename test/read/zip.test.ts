import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { crc32, writeZip } from '../../src/render/zip.js';
import { openZip, type ZipLimits } from '../../src/read/zip.js';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

async function deflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** A one-entry archive whose entry is deflated (as Excel and Calc save), built by hand. */
async function deflatedZip(name: string, data: Uint8Array, claimedSize = data.length): Promise<Uint8Array> {
  const stored = writeZip([{ name, data }]);
  const packed = await deflateRaw(data);
  const n = enc(name).length;
  const out = new Uint8Array(stored.length - data.length + packed.length);
  const v = new DataView(out.buffer);
  out.set(stored.subarray(0, 30 + n), 0);
  out.set(packed, 30 + n);
  const central = stored.subarray(30 + n + data.length);
  out.set(central, 30 + n + packed.length);
  const cAt = 30 + n + packed.length;
  for (const at of [8, cAt + 10]) v.setUint16(at, 8, true); // method: deflate
  for (const at of [18, cAt + 20]) v.setUint32(at, packed.length, true);
  for (const at of [22, cAt + 24]) v.setUint32(at, claimedSize, true);
  v.setUint32(out.length - 6, cAt, true); // central directory offset
  return out;
}

describe('ZIP', () => {
  it('CRC-32 of the check string is the standard value', () => {
    expect(crc32(enc('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('round trip: any entries written stored are read back byte for byte, in order', async () => {
    const entry = fc.record({ name: fc.stringMatching(/^[a-z][a-z0-9/._-]{0,20}$/), data: fc.uint8Array({ maxLength: 300 }) });
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(entry, { minLength: 1, maxLength: 6, selector: (e) => e.name }), async (entries) => {
        const zip = openZip(writeZip(entries));
        expect(zip.ok).toBe(true);
        if (!zip.ok) return;
        expect(zip.value.names).toEqual(entries.map((e) => e.name));
        for (const e of entries) {
          const r = await zip.value.read(e.name);
          expect(r?.ok && [...r.value]).toEqual([...e.data]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('determinism: the same entries give the same bytes (fixed timestamps)', () => {
    const entries = [{ name: 'a.xml', data: enc('<a/>') }];
    expect(writeZip(entries)).toEqual(writeZip(entries));
  });

  it('reads a deflated entry through DecompressionStream', async () => {
    const text = '岗位廉政风险防控'.repeat(500);
    const zip = openZip(await deflatedZip('x.xml', enc(text)));
    expect(zip.ok).toBe(true);
    const r = zip.ok ? await zip.value.read('x.xml') : undefined;
    expect(r?.ok && dec(r.value)).toBe(text);
  });

  it('zip bomb: an entry that inflates beyond the limit stops at the limit, even when it claims to be small', async () => {
    const limits: ZipLimits = { maxEntries: 10, maxEntryBytes: 1 << 20, maxTotalBytes: 1 << 21 };
    const zeros = new Uint8Array(8 << 20);
    const honest = openZip(await deflatedZip('big.xml', zeros), limits);
    const lying = openZip(await deflatedZip('big.xml', zeros, 100), limits);
    for (const zip of [honest, lying]) {
      expect(zip.ok).toBe(true);
      const r = zip.ok ? await zip.value.read('big.xml') : undefined;
      expect(r?.ok).toBe(false);
      expect(r?.problems.map((p) => p.code)).toEqual(['zip-too-large']);
    }
  });

  it('malformed archives are problems, never throws: not a ZIP, truncated, wrong CRC, corrupt deflate', async () => {
    const good = writeZip([{ name: 'a.xml', data: enc('<a>hello</a>') }]);
    expect(openZip(enc('not a zip at all, not at all')).ok).toBe(false);
    expect(openZip(new Uint8Array()).problems[0]?.code).toBe('zip-not-zip');
    expect(openZip(good.subarray(0, good.length - 5)).problems[0]?.code).toBe('zip-malformed');
    const badCrc = good.slice();
    badCrc[30 + 5 + 2] = 0x21; // a byte of the data
    const opened = openZip(badCrc);
    const r = opened.ok ? await opened.value.read('a.xml') : undefined;
    expect(r?.problems[0]?.code).toBe('zip-crc-mismatch');
    const deflated = await deflatedZip('a.xml', enc('<a>'.repeat(100)));
    const corrupt = deflated.slice();
    for (let i = 36; i < 44; i++) corrupt[i] = 0xff;
    const c = openZip(corrupt);
    const cr = c.ok ? await c.value.read('a.xml') : c;
    expect(cr?.ok).toBe(false);
  });

  it('never throws, whatever bytes of an archive are changed', async () => {
    const good = writeZip([
      { name: '[Content_Types].xml', data: enc('<Types/>') },
      { name: 'xl/workbook.xml', data: enc('<workbook/>') },
    ]);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), fc.nat(), async (edits, cut) => {
        const bytes = good.slice(0, good.length - (cut % 4 === 0 ? cut % good.length : 0));
        for (const [at, value] of edits) if (bytes.length > 0) bytes[at % bytes.length] = value;
        const zip = openZip(bytes);
        if (zip.ok) for (const name of zip.value.names) await zip.value.read(name);
      }),
      { numRuns: 300 },
    );
  });
});
