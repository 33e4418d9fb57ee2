/**
 * Turning input bytes into a JSON value with clear errors: strict UTF-8, an optional BOM, and
 * JSON syntax errors located by line and column (Node 20's JSON.parse does not say where).
 */
import { fillAll, type LocalizedText } from '../i18n/locale.js';
import { dataError } from './errors.js';
import { CLI_MESSAGES } from './messages.js';
import { findJsonSyntaxError, firstInvalidUtf8, locateInJson } from '../read/json-text.js';
import type { JsonReadProblem } from '../read/json-document.js';
import type { CliError } from './errors.js';

export { findJsonSyntaxError, firstInvalidUtf8, type JsonSyntaxError } from '../read/json-text.js';

/** 3 when the bytes start with a UTF-8 byte-order mark, else 0. */
function bomLength(bytes: Uint8Array): number {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
}

/**
 * Decodes UTF-8 strictly, dropping a leading byte-order mark.
 * @param bytes - the input
 * @param source - how to name the input in messages (a file name or "standard input")
 * @returns the text
 * @throws a data error (exit 1) for invalid UTF-8 or an input too large for one string
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
    if (bad < 0) throw dataError('input-too-large', { source });
    throw dataError('invalid-utf8', { source, byte: start + bad + 1 });
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
 * @throws a data error (exit 1) for invalid UTF-8, before any piece is decoded
 */
export function decodeUtf8Chunks(bytes: Uint8Array, source: string | LocalizedText, size = 1 << 20): Iterable<string> {
  const start = bomLength(bytes);
  const body = bytes.subarray(start);
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) throw dataError('invalid-utf8', { source, byte: start + bad + 1 });
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

/**
 * Parses JSON text, reporting a syntax error with its line and column.
 * @param text - the text (BOM already removed)
 * @param source - how to name the input in messages
 * @returns the parsed value
 * @throws a data error (exit 1) for an empty text or a syntax error
 */
export function parseJsonText(text: string, source: string | LocalizedText): unknown {
  if (text.trim() === '') throw dataError('json-empty', { source });
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    if (e instanceof RangeError) throw dataError('input-too-large', { source });
    const where = findJsonSyntaxError(text) ?? locateInJson(text, text.length);
    const reason =
      where.char === undefined
        ? CLI_MESSAGES['json-unexpected-end']
        : fillAll(CLI_MESSAGES['json-unexpected-char'], { char: JSON.stringify(where.char) });
    throw dataError('json-syntax', { source, line: where.line, column: where.column, reason });
  }
}

/**
 * The CLI's error for bytes the streamed reader refused: the same message the whole-text reader
 * gives for the same bytes.
 * @param problem - what the reader found
 * @param source - how to name the input in messages
 * @returns the data error (exit 1)
 */
export function jsonReadCliError(problem: JsonReadProblem, source: string | LocalizedText): CliError {
  switch (problem.kind) {
    case 'empty':
      return dataError('json-empty', { source });
    case 'utf8':
      return dataError('invalid-utf8', { source, byte: problem.byte });
    case 'too-large':
      return dataError('input-too-large', { source });
    case 'syntax': {
      const reason =
        problem.char === undefined
          ? CLI_MESSAGES['json-unexpected-end']
          : fillAll(CLI_MESSAGES['json-unexpected-char'], { char: JSON.stringify(problem.char) });
      return dataError('json-syntax', { source, line: problem.line, column: problem.column, reason });
    }
  }
}
