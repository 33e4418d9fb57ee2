/**
 * Turning input bytes into a JSON value with clear errors: strict UTF-8, an optional BOM, and
 * JSON syntax errors located by line and column (Node 20's JSON.parse does not say where).
 * For every caller reading bytes (the CLI, a browser page, a server): no I/O here.
 */
import { fillAll, type LocalizedText, type MessageParams } from '../i18n/locale.js';

/** Why bytes or text could not be read, by code, in every locale. `{source}` names the input. */
export const TEXT_INPUT_MESSAGES = {
  'invalid-utf8': {
    'zh-CN': '{source} 不是有效的 UTF-8 文本（第 {byte} 个字节出错）；请以 UTF-8 编码保存',
    'zh-TW': '{source} 不是有效的 UTF-8 文字（第 {byte} 個位元組出錯）；請以 UTF-8 編碼儲存',
    en: '{source} is not valid UTF-8 text (error at byte {byte}, counting from 1); save it as UTF-8',
  },
  'input-too-large': {
    'zh-CN': '{source} 太大，无法作为一个文本读取（上限约 512 MB）',
    'zh-TW': '{source} 太大，無法作為一個文字讀取（上限約 512 MB）',
    en: '{source} is too large to read as one text (the limit is about 512 MB)',
  },
  'json-syntax': {
    'zh-CN': '{source} 不是有效的 JSON：第 {line} 行第 {column} 列，{reason}',
    'zh-TW': '{source} 不是有效的 JSON：第 {line} 行第 {column} 欄，{reason}',
    en: '{source} is not valid JSON: line {line}, column {column}: {reason}',
  },
  'json-unexpected-end': { 'zh-CN': '内容意外结束（文件不完整？）', 'zh-TW': '內容意外結束（檔案不完整？）', en: 'unexpected end of input (is the file truncated?)' },
  'json-unexpected-char': { 'zh-CN': '意外的字符 {char}', 'zh-TW': '意外的字元 {char}', en: 'unexpected character {char}' },
  'json-empty': { 'zh-CN': '{source} 是空的', 'zh-TW': '{source} 是空的', en: '{source} is empty' },
} as const satisfies Record<string, LocalizedText>;

/** Why an input could not be read as text or JSON. */
export type TextInputCode = 'invalid-utf8' | 'input-too-large' | 'json-syntax' | 'json-empty';

/** Thrown by the readers below: a code, its parameters and the message in every locale. */
export class TextInputError extends Error {
  /** The stable code. */
  readonly code: TextInputCode;
  /** The message parameters (`source`, and `byte`, `line`, `column`, `reason` where they apply). */
  readonly params: MessageParams;
  /** What to tell a person, in every locale. */
  readonly text: LocalizedText;

  /**
   * @param code - the code
   * @param params - the message parameters
   */
  constructor(code: TextInputCode, params: MessageParams) {
    const text = fillAll(TEXT_INPUT_MESSAGES[code], params);
    super(text.en);
    this.name = 'TextInputError';
    this.code = code;
    this.params = params;
    this.text = text;
  }
}

function textError(code: TextInputCode, params: MessageParams): TextInputError {
  return new TextInputError(code, params);
}

/**
 * The byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid UTF-8.
 * @param bytes - the input
 * @returns the offset, or -1
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** 3 when the bytes start with a UTF-8 byte-order mark, else 0. */
function bomLength(bytes: Uint8Array): number {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
}

/**
 * Decodes UTF-8 strictly, dropping a leading byte-order mark.
 * @param bytes - the input
 * @param source - how to name the input in messages (a file name or "standard input")
 * @returns the text
 * @throws {@link TextInputError} for invalid UTF-8 or an input too large for one string
 */
export function decodeUtf8(bytes: Uint8Array, source: string | LocalizedText): string {
  const start = bomLength(bytes);
  const body = bytes.subarray(start);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch (e) {
    // Node refuses to make a string from more than 512 MiB (ERR_STRING_TOO_LONG, not a RangeError);
    // an input with no invalid byte failed for its size, whatever the error says.
    const bad = e instanceof RangeError ? -1 : firstInvalidUtf8(body);
    if (bad < 0) throw textError('input-too-large', { source });
    throw textError('invalid-utf8', { source, byte: start + bad + 1 });
  }
  return text;
}

/**
 * Checks UTF-8 strictly and decodes it in pieces, dropping a leading byte-order mark: for inputs
 * larger than one string can hold (Node refuses strings from more than 512 MiB).
 * @param bytes - the input
 * @param source - how to name the input in messages
 * @param size - bytes per piece
 * @returns the text in pieces (a piece never ends inside a character)
 * @throws {@link TextInputError} for invalid UTF-8, before any piece is decoded
 */
export function decodeUtf8Chunks(bytes: Uint8Array, source: string | LocalizedText, size = 1 << 20): Iterable<string> {
  const start = bomLength(bytes);
  const body = bytes.subarray(start);
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) throw textError('invalid-utf8', { source, byte: start + bad + 1 });
  return {
    *[Symbol.iterator]() {
      // `stream: true` keeps a character cut by a piece's end for the next piece.
      const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
      for (let at = 0; at < body.length; at += size) yield decoder.decode(body.subarray(at, at + size), { stream: true });
      const rest = decoder.decode();
      if (rest !== '') yield rest;
    },
  };
}

/** Where a JSON text first breaks the grammar. */
export interface JsonSyntaxError {
  /** UTF-16 offset of the offending character (the text's length at an unexpected end). */
  readonly offset: number;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, in characters. */
  readonly column: number;
  /** The offending character, or undefined at the end of the input. */
  readonly char: string | undefined;
}

const WS = new Set([' ', '\t', '\n', '\r']);

/**
 * Finds the first JSON syntax error in a text, without recursion (so deep nesting is fine).
 * @param text - the text
 * @returns the error's place, or undefined when the text is valid JSON
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const n = text.length;
  let i = 0;
  const stack: string[] = [];
  const ws = (): void => {
    while (i < n && WS.has(text[i]!)) i++;
  };
  const fail = (): JsonSyntaxError => locateInJson(text, i);
  const string = (): boolean => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === undefined) {
          i++;
          return false;
        }
        if (e === 'u') {
          for (let k = 2; k < 6; k++) {
            if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) {
              i += k;
              return false;
            }
          }
          i += 6;
        } else if ('"\\/bfnrt'.includes(e)) {
          i += 2;
        } else {
          i++;
          return false;
        }
      } else {
        i++;
      }
    }
    return false;
  };
  const digits = (): boolean => {
    const from = i;
    while (i < n && text[i]! >= '0' && text[i]! <= '9') i++;
    return i > from;
  };
  const numberValue = (): boolean => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (!digits()) return false;
    if (text[i] === '.') {
      i++;
      if (!digits()) return false;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!digits()) return false;
    }
    return true;
  };
  // `value` expects a value; `after` follows a complete value.
  let state: 'value' | 'after' = 'value';
  ws();
  for (;;) {
    if (state === 'value') {
      ws();
      const c = text[i];
      if (c === '{') {
        i++;
        ws();
        if (text[i] === '}') {
          i++;
          state = 'after';
          continue;
        }
        stack.push('{');
        if (text[i] !== '"' || !string()) return fail();
        ws();
        if (text[i] !== ':') return fail();
        i++;
        continue;
      }
      if (c === '[') {
        i++;
        ws();
        if (text[i] === ']') {
          i++;
          state = 'after';
          continue;
        }
        stack.push('[');
        continue;
      }
      if (c === '"') {
        if (!string()) return fail();
      } else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
        if (!numberValue()) return fail();
      } else {
        const word = c === 't' ? 'true' : c === 'f' ? 'false' : c === 'n' ? 'null' : undefined;
        if (word === undefined) return fail();
        for (const ch of word) {
          if (text[i] !== ch) return fail();
          i++;
        }
      }
      state = 'after';
      continue;
    }
    ws();
    const top = stack[stack.length - 1];
    if (top === undefined) return i < n ? fail() : undefined;
    const c = text[i];
    if (c === ',') {
      i++;
      if (top === '{') {
        ws();
        if (text[i] !== '"' || !string()) return fail();
        ws();
        if (text[i] !== ':') return fail();
        i++;
      }
      state = 'value';
    } else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
      i++;
      stack.pop();
    } else {
      return fail();
    }
  }
}

/**
 * The line, column and character at a UTF-16 offset of a text.
 * @param text - the text
 * @param offset - the offset (the text's length for its end)
 * @returns where it is
 */
export function locateInJson(text: string, offset: number): JsonSyntaxError {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  let column = 1;
  for (let i = lineStart; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > lineStart) continue; // second half of a pair: one character
    column++;
  }
  const cp = offset < text.length ? text.codePointAt(offset) : undefined;
  return { offset, line, column, char: cp === undefined ? undefined : String.fromCodePoint(cp) };
}

/**
 * Parses JSON text, reporting a syntax error with its line and column.
 * @param text - the text (BOM already removed)
 * @param source - how to name the input in messages
 * @returns the parsed value
 * @throws {@link TextInputError} for an empty text or a syntax error
 */
export function parseJsonText(text: string, source: string | LocalizedText): unknown {
  if (text.trim() === '') throw textError('json-empty', { source });
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    if (e instanceof RangeError) throw textError('input-too-large', { source });
    const where = findJsonSyntaxError(text) ?? locateInJson(text, text.length);
    const reason =
      where.char === undefined
        ? TEXT_INPUT_MESSAGES['json-unexpected-end']
        : fillAll(TEXT_INPUT_MESSAGES['json-unexpected-char'], { char: JSON.stringify(where.char) });
    throw textError('json-syntax', { source, line: where.line, column: where.column, reason });
  }
}
