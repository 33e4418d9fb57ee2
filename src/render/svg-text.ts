/**
 * Deterministic number formatting and text measuring for the SVG charts. Browsers measure text
 * with the fonts they have; the charts cannot, so they estimate widths from character classes
 * (CJK is one em, Latin about half) and wrap with that estimate. The estimate errs wide so text
 * stays inside its box with any common font.
 */

/**
 * Formats a number with a fixed count of decimals, by our own arithmetic (no locale, no
 * `toFixed` exponent forms). Non-finite numbers give `'0'`.
 * @param value - the number
 * @param digits - decimals, 0-6
 * @returns e.g. `fixed(82.46, 1) === '82.5'`, `fixed(-0.04, 1) === '0.0'`
 * @example
 * fixed(3, 2) // '3.00'
 */
export function fixed(value: number, digits: number): string {
  const d = Math.max(0, Math.min(6, Math.trunc(digits)));
  if (!Number.isFinite(value)) return d > 0 ? `0.${'0'.repeat(d)}` : '0';
  const scale = 10 ** d;
  const units = Math.round(Math.abs(value) * scale);
  if (!Number.isSafeInteger(units)) {
    // Beyond 2^53 there are no decimals left to show; BigInt prints every digit without an exponent.
    const whole = BigInt(Math.round(Math.abs(value))).toString();
    return (value < 0 ? '-' : '') + whole + (d > 0 ? `.${'0'.repeat(d)}` : '');
  }
  const sign = value < 0 && units > 0 ? '-' : '';
  if (d === 0) return sign + String(units);
  const s = String(units).padStart(d + 1, '0');
  return `${sign}${s.slice(0, s.length - d)}.${s.slice(s.length - d)}`;
}

/**
 * Formats an SVG coordinate or length: one decimal at most, trailing zeros dropped.
 * @param value - the number; non-finite gives `'0'`
 * @returns e.g. `'12'`, `'12.5'`
 */
export function coord(value: number): string {
  const s = fixed(value, 1);
  return s.endsWith('.0') ? s.slice(0, -2) : s;
}

/** How a character takes part in line breaking. */
type BreakClass = 'newline' | 'space' | 'word' | 'wide';

// Widths in em, by class; representative characters are used by {@link neutralTwin}.
const WORD_WIDTHS: readonly { readonly width: number; readonly sample: string }[] = [
  { width: 0, sample: '\u200B' },
  { width: 0.3, sample: 'i' },
  { width: 0.56, sample: 'a' },
  { width: 0.68, sample: 'A' },
  { width: 0.9, sample: 'W' },
];
const WIDE_SAMPLE = '字';
const THIN = new Set(Array.from(`iIljft.,:;'!|()[]{}"\`r `));
const BROAD = new Set(Array.from('mwMW@%&'));

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2010 && cp <= 0x206f) || // general punctuation: CJK fonts draw quotes and dashes full width
    (cp >= 0x2190 && cp <= 0x2bff) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f000 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

function isZeroWidth(cp: number): boolean {
  return (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

interface CharInfo {
  readonly cls: BreakClass;
  readonly width: number;
}

function classify(ch: string): CharInfo {
  if (ch === '\n' || ch === '\r') return { cls: 'newline', width: 0 };
  if (ch === ' ' || ch === '\t' || ch === '\u3000') return { cls: 'space', width: ch === '\u3000' ? 1 : 0.3 };
  const cp = ch.codePointAt(0) ?? 0;
  if (isZeroWidth(cp)) return { cls: 'word', width: 0 };
  if (isWide(cp)) return { cls: 'wide', width: 1 };
  if (THIN.has(ch)) return { cls: 'word', width: 0.3 };
  if (BROAD.has(ch)) return { cls: 'word', width: 0.9 };
  if (cp >= 0x41 && cp <= 0x5a) return { cls: 'word', width: 0.68 };
  if (cp < 0x80) return { cls: 'word', width: 0.56 };
  return { cls: 'word', width: 0.68 };
}

/**
 * The estimated width of a text in em.
 * @param text - one line of text
 * @returns the sum of the estimated widths of its characters
 */
export function textWidthEm(text: string): number {
  let w = 0;
  for (const ch of text) w += classify(ch).width;
  return w;
}

/**
 * A string of plain characters that breaks into lines exactly as `text` does: each character is
 * replaced by a representative of its width and break class. The report's structure may depend on
 * how text wraps but on nothing else in it, which the tests check by rendering both.
 * @param text - any string
 * @returns a string of `a`, `字`, spaces, line breaks and a few other samples
 */
export function neutralTwin(text: string): string {
  let out = '';
  for (const ch of text) {
    const { cls, width } = classify(ch);
    if (cls === 'newline') out += ch;
    else if (cls === 'space') out += width === 1 ? '\u3000' : ' ';
    else if (cls === 'wide') out += WIDE_SAMPLE;
    else out += (WORD_WIDTHS.find((w) => w.width === width) ?? { sample: 'a' }).sample;
  }
  return out;
}

interface Token {
  readonly text: string;
  readonly width: number;
  readonly space: boolean;
}

function tokenize(paragraph: string): Token[] {
  const tokens: Token[] = [];
  let word = '';
  let wordWidth = 0;
  const flush = (): void => {
    if (word !== '') tokens.push({ text: word, width: wordWidth, space: false });
    word = '';
    wordWidth = 0;
  };
  for (const ch of paragraph) {
    const { cls, width } = classify(ch);
    if (cls === 'word') {
      word += ch;
      wordWidth += width;
    } else {
      flush();
      tokens.push({ text: cls === 'space' ? ' ' : ch, width, space: cls === 'space' });
    }
  }
  flush();
  return tokens;
}

/**
 * Wraps text into lines no wider than `maxEm`: breaks at line breaks, at spaces between words, and
 * between any two CJK characters; a word longer than a line is split between characters. When
 * `maxLines` is given, the text is cut there and the last line ends with an ellipsis.
 * @param text - the text
 * @param maxEm - the line width in em (at least one character always fits)
 * @param maxLines - the most lines to return
 * @returns the lines (at least one, possibly empty)
 * @example
 * wrapText('廉政风险防控', 3) // ['廉政风', '险防控']
 */
export function wrapText(text: string, maxEm: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let line = '';
    let width = 0;
    let pending = 0; // width of spaces waiting for the next word on this line
    const push = (): void => {
      lines.push(line);
      line = '';
      width = 0;
      pending = 0;
    };
    for (const token of tokenize(paragraph)) {
      if (token.space) {
        if (line !== '') pending += token.width;
        continue;
      }
      if (line !== '' && width + pending + token.width > maxEm) push();
      if (line !== '' && pending > 0) {
        line += ' ';
        width += pending;
      }
      pending = 0;
      if (width + token.width <= maxEm) {
        line += token.text;
        width += token.width;
        continue;
      }
      // A word wider than a line: split between characters.
      for (const ch of token.text) {
        const w = classify(ch).width;
        if (line !== '' && width + w > maxEm) push();
        line += ch;
        width += w;
      }
    }
    push();
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, Math.floor(maxLines)));
  const last = Array.from(kept[kept.length - 1] ?? '');
  const ellipsis = 1; // '…' drawn at up to one em
  let w = textWidthEm(last.join(''));
  while (last.length > 0 && w + ellipsis > maxEm) w -= classify(last.pop() ?? '').width;
  kept[kept.length - 1] = `${last.join('')}…`;
  return kept;
}
