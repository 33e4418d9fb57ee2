/**
 * JSON text and its bytes: where a text first breaks the JSON grammar (Node 20's JSON.parse does
 * not say where) and where bytes first break UTF-8. Shared by the CLI's whole-text reading and the
 * streamed document reader.
 */

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

