/**
 * Issue 19, point 5: a new user's first commands. A CSV sheet given to `catalog` says to import
 * it first; the vocabulary labels documents accept are accepted by the flags that take a term.
 */
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { runCli, type CliIO } from '../../src/cli/program.js';
import { catalogFromDocument } from '../support/catalog-from-document.js';
import { renderCsv } from '../../src/render/csv.js';
import { parseDocument } from '../../src/validate/document.js';
import { csvPath, csvPathParts } from '../../src/read/csv-import.js';

/** An in-memory outside world holding some files. */
function world(files: Record<string, string>): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    readFile: async (path: string) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return new TextEncoder().encode(text);
    },
    readStdin: async () => new TextEncoder().encode(files['-'] ?? ''),
    writeFile: async () => {},
    openOutput: async () => ({ write: (c: string) => void (io.out += c), end: async () => {} }),
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    version: () => '0.0.0',
  };
  return io;
}

const doc = parseDocument({
  posts: [{ id: 'p1', name: '出纳', department: '财务科', rank: 'staff', tenureYears: 2, powers: [] }],
});
const sheet = renderCsv(catalogFromDocument(doc));

describe('a CSV sheet where a document belongs', () => {
  it('catalog sheet.csv: exit 1 and a hint to import it first, in the chosen locale', async () => {
    const io = world({ 'sheet.csv': sheet });
    expect(await runCli(['catalog', 'sheet.csv'], COMMANDS, io)).toBe(1);
    expect(io.err).toBe('integrity-risk: sheet.csv 是 CSV 表格，不是 JSON 文档；请先导入为文档：integrity-risk import sheet.csv -o unit.json\n');
    const en = world({ 'sheet.csv': sheet });
    await runCli(['validate', 'sheet.csv', '--locale', 'en'], COMMANDS, en);
    expect(en.err).toBe('integrity-risk: sheet.csv is a CSV sheet, not a JSON document; import it first: integrity-risk import sheet.csv -o unit.json\n');
  });

  it('recognized by its header row too, whatever the file is called or on standard input', async () => {
    const io = world({ 'data.txt': sheet, '-': sheet.replace(/^\uFEFF/, '') });
    expect(await runCli(['catalog', 'data.txt', '--locale', 'en'], COMMANDS, io)).toBe(1);
    expect(io.err).toContain('data.txt is a CSV sheet');
    expect(await runCli(['catalog', '-', '--locale', 'en'], COMMANDS, io)).toBe(1);
    expect(io.err).toContain('standard input is a CSV sheet, not a JSON document; import it first: integrity-risk import - -o unit.json');
  });

  it('a broken JSON file still gets its line and column', async () => {
    const io = world({ 'unit.json': '{"posts": [' });
    expect(await runCli(['catalog', 'unit.json', '--locale', 'en'], COMMANDS, io)).toBe(1);
    expect(io.err).toContain('unit.json is not valid JSON: line 1, column 12');
  });
});

describe('vocabulary labels in flags', () => {
  it('templates --category 财务资金 lists what --category finance lists; labels of phases and kinds too', async () => {
    const run = async (...args: string[]): Promise<string> => {
      const io = world({});
      expect(await runCli(['templates', '--format', 'json', ...args], COMMANDS, io), io.err).toBe(0);
      return io.out;
    };
    const byId = await run('--category', 'finance');
    expect(await run('--category', '财务资金')).toBe(byId);
    expect(JSON.parse(byId).length).toBeGreaterThan(0);
    expect(await run('--phase', '中期监控')).toBe(await run('--phase', 'during'));
    expect(await run('--phase', '中期監控', '--kind', 'openness')).toBe(await run('--phase', 'during', '--kind', 'openness'));
  });

  it('a value that is no spelling of a term: exit 2 with the allowed ids', async () => {
    const io = world({});
    expect(await runCli(['templates', '--category', '财务', '--locale', 'en'], COMMANDS, io)).toBe(2);
    expect(io.err.split('\n')[0]).toMatch(/^integrity-risk: option "--category" does not accept "财务"; allowed: personnel, finance, /);
  });
});

describe('a sheet\'s row and column in the chosen locale', () => {
  it('the import names row and column in words of the locale; the path in the data stays the same', async () => {
    const lines = sheet.split('\r\n');
    const header = lines[0]!.replace(/^\uFEFF/, '').split(',');
    const tenure = header.indexOf('任职年限');
    const cells = lines[1]!.split(',');
    cells[tenure] = 'x';
    lines[1] = cells.join(',');
    const bad = lines.join('\r\n');
    const zh = world({ 'sheet.csv': bad });
    expect(await runCli(['import', 'sheet.csv'], COMMANDS, zh)).toBe(1);
    expect(zh.err).toMatch(/^第 2 行，“任职年限”列（post\.tenureYears）: /);
    const tw = world({ 'sheet.csv': bad });
    await runCli(['import', 'sheet.csv', '--locale', 'zh-TW'], COMMANDS, tw);
    expect(tw.err).toMatch(/^第 2 行，「任职年限」欄（post\.tenureYears）: /);
    const en = world({ 'sheet.csv': bad });
    await runCli(['import', 'sheet.csv', '--locale', 'en'], COMMANDS, en);
    expect(en.err).toMatch(/^row 2, column 任职年限 \(post\.tenureYears\): /);
  });

  it('csvPathParts reads back every path csvPath makes', () => {
    expect(csvPathParts(csvPath(5))).toEqual({ row: 5 });
    expect(csvPathParts(csvPath(5, '风险类别', 'riskPoint.riskCategory'))).toEqual({ row: 5, header: '风险类别', key: 'riskPoint.riskCategory' });
    expect(csvPathParts(csvPath(2, '备注 (note)'))).toEqual({ row: 2, header: '备注 (note)' });
    expect(csvPathParts('posts[0].id')).toBeUndefined();
  });
});
