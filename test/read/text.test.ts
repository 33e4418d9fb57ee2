import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeUtf8, findJsonSyntaxError, firstInvalidUtf8, parseJsonText, TextInputError } from '../../src/read/text.js';

const strict = new TextDecoder('utf-8', { fatal: true });
const decodes = (bytes: Uint8Array): boolean => {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
};
const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** JSON texts, valid and broken: whole, cut short, with one character changed or dropped. */
const jsonishArb = fc.oneof(
  fc.json(),
  fc.tuple(fc.json(), fc.nat()).map(([t, n]) => t.slice(0, n % (t.length + 1))),
  fc.tuple(fc.json(), fc.nat(), fc.constantFrom(',', '}', ']', '"', ':', '\\', '\n', 'x', '0', '-', '.', 'e', '\u0001')).map(
    ([t, n, c]) => {
      const i = n % (t.length + 1);
      return t.slice(0, i) + c + t.slice(i + 1);
    },
  ),
  fc.string({ unit: 'grapheme-ascii' }),
);

describe('reading input text', () => {
  it('agreement: the UTF-8 checker accepts exactly what a strict decoder accepts', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (bytes) => {
        expect(firstInvalidUtf8(bytes) === -1).toBe(decodes(bytes));
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(firstInvalidUtf8(new TextEncoder().encode(text))).toBe(-1);
      }),
      { numRuns: 100 },
    );
  });

  it('agreement: the JSON locator finds an error exactly when JSON.parse fails', () => {
    fc.assert(
      fc.property(jsonishArb, (text) => {
        expect(findJsonSyntaxError(text) === undefined).toBe(parses(text));
      }),
      { numRuns: 200 },
    );
  });

  it('the locator needs no recursion: 100,000 levels of nesting', () => {
    expect(findJsonSyntaxError('['.repeat(100_000) + ']'.repeat(100_000))).toBeUndefined();
    expect(findJsonSyntaxError('['.repeat(100_000))).toMatchObject({ line: 1, column: 100_001, char: undefined });
  });

  it('locates errors by line and column, counting characters, over CRLF', () => {
    expect(findJsonSyntaxError('{\r\n  "a": 1,\r\n  "b" 2\r\n}')).toMatchObject({ line: 3, column: 7, char: '2' });
    expect(findJsonSyntaxError('["岗位😀", x]')).toMatchObject({ line: 1, column: 9, char: 'x' });
  });

  it('a BOM is dropped; invalid UTF-8 and bad JSON are reading errors with a code and a message in every locale', () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]), 'f')).toBe('{}');
    const bad = (): string => decodeUtf8(new Uint8Array([0x7b, 0xff]), 'f');
    expect(bad).toThrow(TextInputError);
    try {
      bad();
    } catch (e) {
      expect((e as TextInputError).code).toBe('invalid-utf8');
      expect((e as TextInputError).params['byte']).toBe(2);
      expect((e as TextInputError).text['zh-CN']).toBe('f 不是有效的 UTF-8 文本（第 2 个字节出错）；请以 UTF-8 编码保存');
    }
    expect(() => parseJsonText('{"a":', 'f')).toThrow(TextInputError);
    expect(() => parseJsonText(' \n', 'f')).toThrow(TextInputError);
    expect(parseJsonText('{"a":[1]}', 'f')).toEqual({ a: [1] });
  });

  it('an input too large for one string is named as such, never as invalid UTF-8 (Node throws ERR_STRING_TOO_LONG past 512 MiB)', () => {
    const real = globalThis.TextDecoder;
    class TooLong {
      decode(): string {
        throw Object.assign(new Error('Cannot create a string longer than 0x1fffffe8 characters'), { code: 'ERR_STRING_TOO_LONG' });
      }
    }
    globalThis.TextDecoder = TooLong as unknown as typeof TextDecoder;
    try {
      const big = new Uint8Array([0xef, 0xbb, 0xbf, 0xe5, 0x8d, 0x95, 0x2c]);
      expect(() => decodeUtf8(big, 'f')).toThrow(TextInputError);
      try {
        decodeUtf8(big, 'f');
      } catch (e) {
        expect((e as TextInputError).code).toBe('input-too-large');
      }
    } finally {
      globalThis.TextDecoder = real;
    }
  });
});
