/**
 * The README's CSV column table is generated from CSV_COLUMNS: this test fails when they drift,
 * and `npm run golden` (UPDATE_GOLDEN=1) rewrites the table between its markers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/render/csv-columns.js';
import { UPDATE_GOLDEN } from '../support/golden.js';

const README = fileURLToPath(new URL('../../docs/readme/outputs.md', import.meta.url));
const BEGIN = '<!-- csv-columns:begin (generated from CSV_COLUMNS by `npm run golden`) -->';
const END = '<!-- csv-columns:end -->';

function columnTable(): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const lines = [
    '| # | 列键 key | 表头 (zh-CN) | 表頭 (zh-TW) | Header (en) | 类型 type | 必需 required |',
    '| ---: | --- | --- | --- | --- | --- | --- |',
    ...CSV_COLUMNS.map(
      (c, i) =>
        `| ${i + 1} | \`${c.key}\` | ${cell(c.header['zh-CN'])} | ${cell(c.header['zh-TW'])} | ${cell(c.header.en)} | ${c.type} | ${c.required ? '✔' : ''} |`,
    ),
  ];
  return lines.join('\n');
}

describe('README outputs section', () => {
  it('lists every CSV column exactly as the column table declares it', () => {
    const text = readFileSync(README, 'utf8');
    const start = text.indexOf(BEGIN);
    const end = text.indexOf(END);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    const expected = `${BEGIN}\n${columnTable()}\n${END}`;
    if (UPDATE_GOLDEN) {
      writeFileSync(README, text.slice(0, start) + expected + text.slice(end + END.length));
      return;
    }
    expect(text.slice(start, end + END.length)).toBe(expected);
  });
});
