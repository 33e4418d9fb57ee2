/**
 * Reading an organization document post by post from its bytes, for documents larger than one
 * string can hold (Node refuses strings from more than 512 MiB) and so that memory does not grow
 * with the document.
 *
 * A byte scanner follows the document's outline (the root object, its keys, the `posts` array)
 * and cuts out each post's bytes; each post is decoded and parsed by `JSON.parse` on its own, so
 * values are exactly what `JSON.parse` of the whole text gives. The posts are validated one at a
 * time by the document's own description ({@link StreamCheck}): the same problems, paths and order
 * as `validateDocument` on the whole. Errors of the bytes (UTF-8, JSON syntax) are located as the
 * whole-text reader locates them: the first invalid UTF-8 byte wins over a syntax error, and a
 * syntax error has the same line, column and character.
 */
import type { OrganizationDocument, Post } from '../model/document.js';
import { documentStreamCheck, validateDocument, withPostTenure } from '../validate/document.js';
import type { Checked, Problem } from '../validate/problem.js';
import type { StreamCheck } from '../validate/check.js';
import { fillAll, type LocalizedText } from '../i18n/locale.js';
import { findJsonSyntaxError, firstInvalidUtf8, TEXT_INPUT_MESSAGES, TextInputError } from './text.js';

/** A byte input read by offset: a file, or bytes in memory ({@link bytesSource}). */
export interface ByteSource {
  /** Its length in bytes. */
  readonly size: number;
  /**
   * Reads bytes.
   * @param offset - where to start
   * @param length - how many (fewer only at the end)
   * @returns the bytes; the caller copies what it keeps, since a source may reuse its buffer
   */
  read(offset: number, length: number): Uint8Array;
}

/**
 * Bytes in memory as a {@link ByteSource}.
 * @param bytes - the bytes
 * @returns the source
 */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return { size: bytes.length, read: (offset, length) => bytes.subarray(offset, offset + length) };
}

/** What is wrong with the bytes of a JSON input, before any validation. */
export type JsonReadProblem =
  /** Nothing but white space. */
  | { readonly kind: 'empty' }
  /** Not UTF-8: the 1-based offset of the first bad byte (counting a byte-order mark). */
  | { readonly kind: 'utf8'; readonly byte: number }
  /** Not JSON: where, as line and column (characters), and the character found (none at the end). */
  | { readonly kind: 'syntax'; readonly line: number; readonly column: number; readonly char?: string }
  /** A single value too large for one string. */
  | { readonly kind: 'too-large' };

/** Thrown by {@link readDocument} when the bytes are not a JSON text. */
export class JsonReadError extends Error {
  /** What is wrong, and where. */
  readonly problem: JsonReadProblem;
  /**
   * @param problem - what is wrong
   */
  constructor(problem: JsonReadProblem) {
    super(describe(problem));
    this.name = 'JsonReadError';
    this.problem = problem;
  }

  /**
   * The same error as the whole-text reader gives for these bytes (`decodeUtf8`, `parseJsonText`).
   * @param source - how to name the input in the message
   * @returns the error, with its code and message in every locale
   */
  textInputError(source: string | LocalizedText): TextInputError {
    const p = this.problem;
    switch (p.kind) {
      case 'empty':
        return new TextInputError('json-empty', { source });
      case 'utf8':
        return new TextInputError('invalid-utf8', { source, byte: p.byte });
      case 'too-large':
        return new TextInputError('input-too-large', { source });
      case 'syntax': {
        const reason =
          p.char === undefined ? TEXT_INPUT_MESSAGES['json-unexpected-end'] : fillAll(TEXT_INPUT_MESSAGES['json-unexpected-char'], { char: JSON.stringify(p.char) });
        return new TextInputError('json-syntax', { source, line: p.line, column: p.column, reason });
      }
    }
  }
}

function describe(p: JsonReadProblem): string {
  switch (p.kind) {
    case 'empty':
      return '输入是空的 / the input is empty';
    case 'utf8':
      return `输入不是有效的 UTF-8 文本（第 ${p.byte} 个字节出错）/ the input is not valid UTF-8 (error at byte ${p.byte})`;
    case 'syntax': {
      const what = p.char === undefined ? ['内容意外结束', 'unexpected end of input'] : [`意外的字符 ${JSON.stringify(p.char)}`, `unexpected character ${JSON.stringify(p.char)}`];
      return `输入不是有效的 JSON：第 ${p.line} 行第 ${p.column} 列，${what[0]} / the input is not valid JSON: line ${p.line}, column ${p.column}: ${what[1]}`;
    }
    case 'too-large':
      return '输入中有一个值太大，无法作为一个文本读取 / a value of the input is too large for one string';
  }
}

// Scanner states outside a captured value.
const START = 0;
const KEY_OR_END = 1;
const KEY = 2;
const COLON = 3;
const VALUE = 4;
const AFTER_VALUE = 5;
const ITEM_OR_END = 6;
const ITEM = 7;
const AFTER_ITEM = 8;
const DONE = 9;
const SPAN = 10;
const FAILED = 11;

// What a captured value is for.
const FOR_KEY = 0;
const FOR_VALUE = 1;
const FOR_POST = 2;
const FOR_ROOT = 3;

// How a captured value ends.
const NEST = 0;
const STRING = 1;
const SCALAR = 2;

/** {@link DocumentScanner.scanSpan}'s answer when the value goes on in the next chunk. */
const GOES_ON = -2;

const isWs = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
const startsValue = (b: number): boolean =>
  b === 0x7b || b === 0x5b || b === 0x22 || b === 0x2d || (b >= 0x30 && b <= 0x39) || b === 0x74 || b === 0x66 || b === 0x6e;

/** Incremental UTF-8 check, for the bytes after a syntax error (a UTF-8 error anywhere wins). */
class Utf8Tail {
  private need = 0;
  private min = 0;
  private cp = 0;
  private start = 0;
  bad = -1;

  push(bytes: Uint8Array, base: number): void {
    for (let i = 0; i < bytes.length && this.bad < 0; i++) {
      const b = bytes[i] as number;
      if (this.need > 0) {
        if ((b & 0xc0) !== 0x80) {
          this.bad = this.start;
          return;
        }
        this.cp = (this.cp << 6) | (b & 0x3f);
        if (--this.need === 0 && (this.cp < this.min || this.cp > 0x10ffff || (this.cp >= 0xd800 && this.cp <= 0xdfff))) this.bad = this.start;
        continue;
      }
      if (b < 0x80) continue;
      this.start = base + i;
      if (b >= 0xc2 && b <= 0xdf) [this.need, this.min, this.cp] = [1, 0x80, b & 0x1f];
      else if (b >= 0xe0 && b <= 0xef) [this.need, this.min, this.cp] = [2, 0x800, b & 0x0f];
      else if (b >= 0xf0 && b <= 0xf4) [this.need, this.min, this.cp] = [3, 0x10000, b & 0x07];
      else this.bad = this.start;
    }
  }

  end(): void {
    if (this.bad < 0 && this.need > 0) this.bad = this.start;
  }
}

const STRICT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** What the scanner hands on. */
interface ScanHandlers {
  /** A `posts` key begins (again, when the root repeats it: the later one counts, as in JSON.parse). */
  postsStart(): void;
  /** One item of the `posts` array, parsed, with the place of its bytes. */
  post(value: unknown, index: number, start: number, end: number): void;
}

/** The root object without its streamed posts, or a root that is not an object. */
type ScanResult =
  | { readonly kind: 'object'; readonly fields: Record<string, unknown>; readonly postsStreamed: boolean }
  | { readonly kind: 'other'; readonly value: unknown };

/**
 * The byte scanner: push chunks split anywhere, then `end`. Throws {@link JsonReadError}.
 */
class DocumentScanner {
  private state: number = START;
  private offset = 0;
  private line = 1;
  private lineStart = 0;
  private cont = 0;
  private key = '';
  private readonly fields: Record<string, unknown> = {};
  private postsStreamed = false;
  private items = 0;
  private root: unknown;
  private rootIsObject = false;
  private any = false;
  // The value being captured.
  private span = { purpose: FOR_KEY, kind: NEST, depth: 0, inStr: false, esc: false, start: 0, line: 1, column: 1, parts: [] as Uint8Array[], size: 0 };
  // After a syntax error: the error, and the UTF-8 check of the rest.
  private failure: JsonReadProblem | undefined;
  private tail: Utf8Tail | undefined;
  private charBytes: number[] | undefined;
  private charNeed = 0;
  /** The first bytes, until it is known whether they are a byte-order mark. */
  private prefix: Uint8Array | null = new Uint8Array(0);

  constructor(private readonly handlers: ScanHandlers) {}

  private column(at: number): number {
    return at - this.lineStart - this.cont + 1;
  }

  push(chunk: Uint8Array): void {
    if (this.prefix !== null) {
      // A byte-order mark is dropped (its bytes still count in offsets); it may be split.
      const take = chunk.subarray(0, 3 - this.prefix.length);
      const p = new Uint8Array(this.prefix.length + take.length);
      p.set(this.prefix);
      p.set(take, this.prefix.length);
      if (p.length < 3) {
        this.prefix = p;
        return;
      }
      this.prefix = null;
      if (p[0] === 0xef && p[1] === 0xbb && p[2] === 0xbf) {
        this.offset = 3;
        this.lineStart = 3;
      } else this.scan(p);
      this.scan(chunk.subarray(take.length));
      return;
    }
    this.scan(chunk);
  }

  private scan(chunk: Uint8Array): void {
    let i = 0;
    const n = chunk.length;
    for (; i < n; i++) {
      const b = chunk[i] as number;
      const at = this.offset + i;
      if (this.state === FAILED) {
        this.failedBytes(chunk, i);
        break;
      }
      if (this.state === SPAN) {
        const end = this.scanSpan(chunk, i);
        if (end === GOES_ON) break; // the span goes on in the next chunk
        i = end; // the last byte consumed (a scalar's end is not consumed: end is one before it)
        continue;
      }
      if (b === 0x0a) {
        this.line++;
        this.lineStart = at + 1;
        this.cont = 0;
        continue;
      }
      if (isWs(b)) continue;
      this.any = true;
      switch (this.state) {
        case START:
          if (b === 0x7b) {
            this.rootIsObject = true;
            this.state = KEY_OR_END;
          } else if (startsValue(b)) this.begin(FOR_ROOT, chunk, i);
          else this.fail(chunk, i);
          break;
        case KEY_OR_END:
          if (b === 0x7d) this.state = DONE;
          else if (b === 0x22) this.begin(FOR_KEY, chunk, i);
          else this.fail(chunk, i);
          break;
        case KEY:
          if (b === 0x22) this.begin(FOR_KEY, chunk, i);
          else this.fail(chunk, i);
          break;
        case COLON:
          if (b === 0x3a) this.state = VALUE;
          else this.fail(chunk, i);
          break;
        case VALUE:
          if (this.key === 'posts') {
            this.handlers.postsStart();
            this.items = 0;
            if (b === 0x5b) {
              this.postsStreamed = true;
              this.put('posts', undefined);
              this.state = ITEM_OR_END;
              break;
            }
            this.postsStreamed = false;
          }
          if (startsValue(b)) this.begin(FOR_VALUE, chunk, i);
          else this.fail(chunk, i);
          break;
        case AFTER_VALUE:
          if (b === 0x2c) this.state = KEY;
          else if (b === 0x7d) this.state = DONE;
          else this.fail(chunk, i);
          break;
        case ITEM_OR_END:
          if (b === 0x5d) this.state = AFTER_VALUE;
          else if (startsValue(b)) this.begin(FOR_POST, chunk, i);
          else this.fail(chunk, i);
          break;
        case ITEM:
          if (startsValue(b)) this.begin(FOR_POST, chunk, i);
          else this.fail(chunk, i);
          break;
        case AFTER_ITEM:
          if (b === 0x2c) this.state = ITEM;
          else if (b === 0x5d) this.state = AFTER_VALUE;
          else this.fail(chunk, i);
          break;
        case DONE:
          this.fail(chunk, i);
          break;
      }
      if (this.state === SPAN) {
        // The span's first byte was taken by `begin`; scan the rest of it from here.
        const end = this.scanSpan(chunk, i + 1);
        if (end === GOES_ON) break;
        i = end;
      } else if (this.state === FAILED) {
        this.failedBytes(chunk, i + 1);
        break;
      }
    }
    this.offset += n;
  }

  /**
   * A root field read so far (before the posts, when it comes first).
   * @param key - the field
   * @returns its value, if read
   */
  seen(key: string): unknown {
    return Object.prototype.hasOwnProperty.call(this.fields, key) ? this.fields[key] : undefined;
  }

  private put(key: string, value: unknown): void {
    if (key === '__proto__') Object.defineProperty(this.fields, key, { value, enumerable: true, writable: true, configurable: true });
    else this.fields[key] = value;
  }

  /** Starts capturing a value at `chunk[i]`. */
  private begin(purpose: number, chunk: Uint8Array, i: number): void {
    const b = chunk[i] as number;
    const s = this.span;
    s.purpose = purpose;
    s.kind = b === 0x7b || b === 0x5b ? NEST : b === 0x22 ? STRING : SCALAR;
    s.depth = s.kind === NEST ? 1 : 0;
    s.inStr = s.kind === STRING;
    s.esc = false;
    s.start = this.offset + i;
    s.line = this.line;
    s.column = this.column(s.start);
    s.parts = [];
    s.size = 0;
    this.spanFrom = i;
    this.state = SPAN;
  }

  /** Where in the current chunk the span's bytes start (the rest were copied into parts). */
  private spanFrom = 0;

  /**
   * Scans the captured value from `chunk[i]`. Returns the index of the last byte that belongs to
   * the span (its last byte, or the byte before a scalar's delimiter: -1 when that is the chunk's
   * first byte), or {@link GOES_ON} when the chunk ends inside the span.
   */
  private scanSpan(chunk: Uint8Array, i: number): number {
    const s = this.span;
    const n = chunk.length;
    let line = this.line;
    let lineStart = this.lineStart;
    let cont = this.cont;
    const base = this.offset;
    let j = i;
    let done = GOES_ON;
    let control = false;
    if (s.kind === SCALAR) {
      for (; j < n; j++) {
        const b = chunk[j] as number;
        if (isWs(b) || b === 0x2c || b === 0x5d || b === 0x7d) {
          done = j - 1;
          break;
        }
        if ((b & 0xc0) === 0x80) cont++;
      }
    } else {
      let { depth, inStr, esc } = s;
      for (; j < n; j++) {
        const b = chunk[j] as number;
        if (b >= 0x80) {
          if ((b & 0xc0) === 0x80) cont++;
          continue;
        }
        if (inStr) {
          if (esc) esc = false;
          else if (b === 0x5c) esc = true;
          else if (b === 0x22) {
            inStr = false;
            if (s.kind === STRING) {
              done = j;
              break;
            }
          } else if (b < 0x20) {
            // A control character ends the string's validity: the error is here or before.
            control = true;
            done = j;
            break;
          }
        } else if (b === 0x22) inStr = true;
        else if (b === 0x7b || b === 0x5b) depth++;
        else if (b === 0x7d || b === 0x5d) {
          if (--depth === 0) {
            done = j;
            break;
          }
        } else if (b === 0x0a) {
          line++;
          lineStart = base + j + 1;
          cont = 0;
        }
      }
      s.depth = depth;
      s.inStr = inStr;
      s.esc = esc;
    }
    this.line = line;
    this.lineStart = lineStart;
    this.cont = cont;
    if (done === GOES_ON) {
      // Copied (a source may reuse its buffer for the next chunk); not `slice`, which on a Node
      // Buffer is a view.
      const piece = new Uint8Array(chunk.subarray(this.spanFrom, n));
      s.parts.push(piece);
      s.size += piece.length;
      this.spanFrom = 0;
      return GOES_ON;
    }
    const piece = chunk.subarray(this.spanFrom, done + 1);
    this.spanFrom = 0;
    this.complete(piece, control, base + done + 1, chunk, done + 1);
    return done;
  }

  /** The captured value is whole (or cut short by a control character in a string). */
  private complete(last: Uint8Array, control: boolean, end: number, chunk: Uint8Array | undefined, next: number): void {
    this.state = DONE; // replaced below
    const s = this.span;
    let bytes: Uint8Array;
    if (s.parts.length === 0) bytes = last;
    else {
      bytes = new Uint8Array(s.size + last.length);
      let at = 0;
      for (const p of s.parts) {
        bytes.set(p, at);
        at += p.length;
      }
      bytes.set(last, at);
    }
    s.parts = [];
    let text: string;
    try {
      text = STRICT.decode(bytes);
    } catch (e) {
      const bad = e instanceof RangeError ? -1 : firstInvalidUtf8(bytes);
      throw new JsonReadError(bad < 0 ? { kind: 'too-large' } : { kind: 'utf8', byte: s.start + bad + 1 });
    }
    let value: unknown;
    let ok = !control;
    if (ok) {
      try {
        value = JSON.parse(text);
      } catch (e) {
        if (e instanceof RangeError) throw new JsonReadError({ kind: 'too-large' });
        ok = false;
      }
    }
    if (!ok) {
      const where = findJsonSyntaxError(text);
      const line = where === undefined ? 1 : where.line;
      const column = where === undefined ? text.length + 1 : where.column;
      let char = where?.char;
      // A scalar's text ends at its delimiter: an "unexpected end" of it is that delimiter.
      if (char === undefined && chunk !== undefined && next < chunk.length) char = String.fromCharCode(chunk[next] as number);
      this.failure = {
        kind: 'syntax',
        line: s.line + line - 1,
        column: line === 1 ? s.column + column - 1 : column,
        ...(char === undefined ? {} : { char }),
      };
      this.state = FAILED;
      // The value's bytes are valid UTF-8: the check goes on from its end.
      this.tail = new Utf8Tail();
      return;
    }
    switch (s.purpose) {
      case FOR_KEY:
        this.key = value as string;
        this.state = COLON;
        break;
      case FOR_VALUE:
        this.put(this.key, value);
        this.state = AFTER_VALUE;
        break;
      case FOR_POST:
        this.handlers.post(value, this.items++, s.start, end);
        this.state = AFTER_ITEM;
        break;
      case FOR_ROOT:
        this.root = value;
        this.state = DONE;
        break;
    }
  }

  /** A syntax error at `chunk[i]`: record where, then check the rest for UTF-8 only. */
  private fail(chunk: Uint8Array, i: number): void {
    const b = chunk[i] as number;
    const at = this.offset + i;
    const column = this.column(at);
    this.state = FAILED;
    this.tail = new Utf8Tail();
    if (b < 0x80) {
      this.failure = { kind: 'syntax', line: this.line, column, char: String.fromCharCode(b) };
    } else {
      // The character may continue in the next chunk: collect its bytes.
      this.charBytes = [b];
      this.charNeed = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : 0;
      this.failure = { kind: 'syntax', line: this.line, column };
    }
    this.tail.push(chunk.subarray(i, i + 1), at);
  }

  private failedBytes(chunk: Uint8Array, i: number): void {
    if (this.charBytes !== undefined && this.charNeed > 0) {
      while (this.charNeed > 0 && i < chunk.length) {
        this.charBytes.push(chunk[i] as number);
        this.tail?.push(chunk.subarray(i, i + 1), this.offset + i);
        this.charNeed--;
        i++;
      }
    }
    this.tail?.push(chunk.subarray(i), this.offset + i);
  }

  end(): ScanResult {
    if (this.prefix !== null) {
      const p = this.prefix;
      this.prefix = null;
      this.scan(p);
    }
    if (this.state === SPAN) {
      // The input ends inside a value: the whole-text reader finds the error inside or at its end.
      this.complete(new Uint8Array(0), false, this.offset, undefined, 0);
      const state: number = this.state;
      if (state !== FAILED) {
        // A scalar ending the input (a root that is a bare number or word) is complete.
        if (state === DONE) return this.result();
        return this.endError();
      }
    }
    if (this.state === FAILED) {
      const tail = this.tail as Utf8Tail;
      tail.end();
      if (tail.bad >= 0) throw new JsonReadError({ kind: 'utf8', byte: tail.bad + 1 });
      const f = this.failure as JsonReadProblem;
      if (f.kind === 'syntax' && f.char === undefined && this.charBytes !== undefined) {
        const char = String.fromCodePoint(new TextDecoder().decode(new Uint8Array(this.charBytes)).codePointAt(0) ?? 0xfffd);
        throw new JsonReadError({ ...f, char });
      }
      throw new JsonReadError(f);
    }
    if (!this.any) throw new JsonReadError({ kind: 'empty' });
    if (this.state !== DONE) return this.endError();
    return this.result();
  }

  private endError(): never {
    throw new JsonReadError({ kind: 'syntax', line: this.line, column: this.column(this.offset) });
  }

  private result(): ScanResult {
    return this.rootIsObject ? { kind: 'object', fields: this.fields, postsStreamed: this.postsStreamed } : { kind: 'other', value: this.root };
  }
}

/** Options of {@link readDocument}. */
export interface ReadDocumentOptions {
  /**
   * Called with each valid post in document order while the document has no error so far: pass 1
   * of a catalog. Only when the read ends `ok` did it see every post of the document. `assessedOn`
   * is the document's assessment date when it comes before the posts (undefined otherwise): pass 1
   * can then count the holder's term from it without reading the posts again.
   */
  readonly onPost?: (post: Post, index: number, assessedOn: string | undefined) => void;
  /**
   * Called when the root repeats its `posts` key: the later one counts (as in JSON.parse), so what
   * `onPost` was given so far is void.
   */
  readonly onRestart?: () => void;
  /** Bytes read at a time from a {@link ByteSource} (default 1 MiB). */
  readonly chunkSize?: number;
}

/** A document read post by post: its header and problems, and its posts to read again by index. */
export type DocumentRead =
  | {
      readonly ok: true;
      /** The document without its posts (organization, assessedOn), normalized. */
      readonly header: Omit<OrganizationDocument, 'posts'>;
      /** How many posts it has. */
      readonly posts: number;
      /** Warnings. */
      readonly problems: readonly Problem[];
      /**
       * Reads post `index` again and returns it normalized (pass 2): only for a {@link ByteSource}.
       * @param index - its index in the document
       */
      post(index: number): Post;
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Reads and validates an organization document post by post: the same problems, paths and order
 * as `validateDocument(JSON.parse(text))`, without the text or the document ever being whole in
 * memory. Pass 1 sees each valid post through `onPost`; pass 2 reads a post again by its index
 * (`post(i)`), from a {@link ByteSource}.
 * @param input - the bytes: a source read by offset, or chunks split anywhere
 * @param options - the pass-1 callback, and the chunk size
 * @returns the document's header and problems, or its problems
 * @throws {@link JsonReadError} when the bytes are not UTF-8 JSON
 * @example
 * const builder = new CatalogBuilder();
 * const read = readDocument(bytesSource(bytes), { onPost: (post) => builder.add(post) });
 * if (read.ok) renderCsvChunks(builder.finish(read.header, read.post), { locale: 'zh-CN' });
 */
export function readDocument(input: ByteSource | Iterable<Uint8Array>, options: ReadDocumentOptions = {}): DocumentRead {
  let check: StreamCheck<OrganizationDocument> = documentStreamCheck();
  let starts: number[] = [];
  let ends: number[] = [];
  let restarts = 0;
  const scanner = new DocumentScanner({
    postsStart() {
      if (restarts++ > 0) options.onRestart?.();
      check = documentStreamCheck();
      starts = [];
      ends = [];
    },
    post(value, index, start, end) {
      const post = check.item(value);
      starts.push(start);
      ends.push(end);
      // A tenure derived from assessedOn needs it before the posts; otherwise read the post again.
      const assessedOn = scanner.seen('assessedOn');
      const date = typeof assessedOn === 'string' ? assessedOn : undefined;
      if (post !== undefined && check.itemsOk) options.onPost?.(withPostTenure(post as Post, date), index, date);
    },
  });
  const source = isByteSource(input) ? input : undefined;
  if (source !== undefined) {
    const size = options.chunkSize ?? 1 << 20;
    for (let at = 0; at < source.size; at += size) scanner.push(source.read(at, Math.min(size, source.size - at)));
  } else {
    for (const chunk of input as Iterable<Uint8Array>) scanner.push(chunk);
  }
  const result = scanner.end();
  // A root that is not an object is all the whole-document validator speaks of.
  const checked: Checked<Omit<OrganizationDocument, never>> =
    result.kind === 'other' ? validateDocument(result.value) : check.finish(result.fields, result.postsStreamed);
  if (!checked.ok) return { ok: false, problems: checked.problems };
  const header = checked.value as Omit<OrganizationDocument, 'posts'>;
  const finalCheck = check;
  return {
    ok: true,
    header,
    posts: starts.length,
    problems: checked.problems,
    post(index: number): Post {
      if (source === undefined) throw new Error('readDocument: posts can be read again only from a ByteSource');
      const start = starts[index];
      const end = ends[index];
      if (start === undefined || end === undefined) throw new RangeError(`no post ${index}`);
      const value: unknown = JSON.parse(STRICT.decode(source.read(start, end - start)));
      const post = finalCheck.recheck(value, index);
      // The bytes were valid a moment ago: a change means the input changed under the reader.
      if (post === undefined) throw new Error(`post ${index} changed since it was read`);
      return withPostTenure(post as Post, header.assessedOn);
    },
  };
}

function isByteSource(input: ByteSource | Iterable<Uint8Array>): input is ByteSource {
  return typeof (input as ByteSource).read === 'function' && typeof (input as ByteSource).size === 'number';
}
