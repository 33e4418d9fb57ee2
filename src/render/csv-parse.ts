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
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let row = 0;
  while (i < n) {
    row++;
    const cells: string[] = [];
    for (;;) {
      const column = cells.length + 1;
      if (text[i] === '"') {
        const parts: string[] = [];
        let j = i + 1;
        for (;;) {
          const k = text.indexOf('"', j);
          if (k < 0) {
            issues.push({ kind: 'unterminated-quote', row, column });
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
        if (i < n && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
          // Text after the closing quote: keep it, as spreadsheets do.
          issues.push({ kind: 'stray-quote', row, column });
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
        if (field.includes('"')) issues.push({ kind: 'stray-quote', row, column });
        cells.push(field);
        i = end;
      }
      if (i < n && text[i] === ',') {
        i++;
        continue;
      }
      break;
    }
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    yield { row, cells };
  }
}
