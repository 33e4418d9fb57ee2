/**
 * A streaming RFC 4180 tokenizer: yields one record at a time from the text, so memory stays
 * proportional to the largest record (plus whatever the caller keeps). Lenient where spreadsheets
 * are sloppy, and never throws: an unterminated quote or a stray quote is reported and the text is
 * read as well as it can be.
 */

/** A tokenizer complaint, before it becomes a {@link Problem}. */
export interface CsvSyntaxIssue {
  /** `unterminated-quote`: a quoted field runs to the end of the text; `stray-quote`: a quote inside an unquoted field or text after a closing quote. */
  readonly kind: 'unterminated-quote' | 'stray-quote';
  /** 1-based record number (the spreadsheet row). */
  readonly row: number;
  /** 1-based field number. */
  readonly column: number;
}

/** One record: its 1-based number and its fields, unquoted. */
export interface CsvRecord {
  readonly row: number;
  readonly cells: readonly string[];
}

const FIELD_END = /[,\r\n]/g;

/**
 * Splits CSV text into records. Accepts CRLF, LF or CR line ends, a leading BOM, quoted fields with
 * commas, doubled quotes and line breaks. A final line end does not start an empty record.
 * @param text - the whole CSV text
 * @param issues - receives syntax issues as they are found
 * @returns the records, lazily
 * @example
 * [...parseCsvRecords('a,"b ""c"""\r\n', [])] // [{ row: 1, cells: ['a', 'b "c"'] }]
 */
export function* parseCsvRecords(text: string, issues: CsvSyntaxIssue[]): Generator<CsvRecord, void, undefined> {
  yield* records(text, { next: text.charCodeAt(0) === 0xfeff ? 1 : 0, row: 0 }, true, issues);
}

/**
 * Splits CSV text given in pieces into records: the same records and issues as
 * {@link parseCsvRecords} of the pieces joined, without ever joining them, so a sheet larger than
 * one string can hold is read with memory in proportion to its largest record.
 * @param chunks - the text in pieces, split anywhere
 * @param issues - receives syntax issues as they are found
 * @returns the records, lazily
 * @example
 * [...parseCsvChunks(['a,"b', '"""c"\r', '\n'], [])] // [{ row: 1, cells: ['a', 'b"c'] }]
 */
export function* parseCsvChunks(chunks: Iterable<string>, issues: CsvSyntaxIssue[]): Generator<CsvRecord, void, undefined> {
  let carry = '';
  let started = false;
  let row = 0;
  // An incomplete record is tried again only once the text held has doubled: a record longer than
  // many chunks (or a quote never closed) is then scanned a logarithmic number of times, not once per chunk.
  let retryAt = 0;
  for (const chunk of chunks) {
    let text = carry + chunk;
    if (!started && text.length > 0) {
      started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (text.length < retryAt) {
      carry = text;
      continue;
    }
    const state = { next: 0, row };
    yield* records(text, state, false, issues);
    row = state.row;
    carry = text.slice(state.next);
    retryAt = carry.length * 2;
  }
  if (!started && carry.charCodeAt(0) === 0xfeff) carry = carry.slice(1);
  yield* records(carry, { next: 0, row }, true, issues);
}

/**
 * The tokenizer. Reads records from `state.next`, numbering them after `state.row`. When `final` is
 * false the text may stop anywhere: a record is only yielded once its line end (and what follows a
 * CR or a quote) is in the text; otherwise `state.next` is left at the record's start and the
 * record's issues are dropped, to be found again when more text has come.
 */
function* records(text: string, state: { next: number; row: number }, final: boolean, issues: CsvSyntaxIssue[]): Generator<CsvRecord, void, undefined> {
  const n = text.length;
  let i = state.next;
  while (i < n) {
    const start = i;
    const row = state.row + 1;
    const found: CsvSyntaxIssue[] = [];
    const cells: string[] = [];
    let incomplete = false;
    for (;;) {
      const column = cells.length + 1;
      if (text[i] === '"') {
        const parts: string[] = [];
        let j = i + 1;
        for (;;) {
          const k = text.indexOf('"', j);
          // A quote that is the last character may be the first of a doubled quote.
          if (!final && (k < 0 || k === n - 1)) {
            incomplete = true;
            break;
          }
          if (k < 0) {
            found.push({ kind: 'unterminated-quote', row, column });
            parts.push(text.slice(j));
            i = n;
            break;
          }
          parts.push(text.slice(j, k));
          if (text[k + 1] === '"') {
            parts.push('"');
            j = k + 2;
            continue;
          }
          i = k + 1;
          break;
        }
        if (incomplete) break;
        if (i < n && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
          // Text after the closing quote: keep it, as spreadsheets do.
          found.push({ kind: 'stray-quote', row, column });
          FIELD_END.lastIndex = i;
          const m = FIELD_END.exec(text);
          const end = m ? m.index : n;
          parts.push(text.slice(i, end));
          i = end;
        }
        cells.push(parts.join(''));
      } else {
        FIELD_END.lastIndex = i;
        const m = FIELD_END.exec(text);
        const end = m ? m.index : n;
        const field = text.slice(i, end);
        if (field.includes('"')) found.push({ kind: 'stray-quote', row, column });
        cells.push(field);
        i = end;
      }
      if (i < n && text[i] === ',') {
        i++;
        continue;
      }
      break;
    }
    // Without the line end (or the character after a CR) the record may go on in the next piece.
    if (!final && (incomplete || i >= n || (text[i] === '\r' && i + 1 >= n))) {
      state.next = start;
      return;
    }
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    for (const issue of found) issues.push(issue);
    state.row = row;
    state.next = i;
    yield { row, cells };
  }
  state.next = i;
}
