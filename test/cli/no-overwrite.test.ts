/**
 * Issue 19, point 3: the CLI never writes over one of its own inputs. An `-o` file that is an input,
 * by the same name, another path, a symbolic or a hard link, or standard input redirected from it,
 * is refused with exit 2 and the input is left byte for byte as it was.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, linkSync, mkdirSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliAsync, MAIN, tempDir } from './run.js';

const EXAMPLE = new URL('../../examples/county-bureau.json', import.meta.url);

let dir: string;
let unit: string;
let original: Buffer;
beforeAll(() => {
  dir = tempDir();
  mkdirSync(join(dir, 'sub'));
  unit = join(dir, 'unit.json');
  copyFileSync(EXAMPLE, unit);
  original = readFileSync(unit);
  symlinkSync(unit, join(dir, 'link.json'));
  linkSync(unit, join(dir, 'hard.json'));
});

describe('the CLI never writes over one of its inputs', () => {
  it('catalog unit.json -f html -o unit.json: exit 2, one line saying why, the document untouched', async () => {
    const r = await cliAsync(['catalog', unit, '-f', 'html', '-o', unit, '--locale', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`integrity-risk: the output file "${unit}" is the input ${unit}; it is not overwritten: choose another output file`);
    expect(r.stdout).toBe('');
    expect(readFileSync(unit).equals(original)).toBe(true);
  });

  it('the same file by another path, a symbolic link or a hard link is the same input', async () => {
    const other = join(dir, 'sub', '..', 'unit.json');
    const rel = relative(process.cwd(), unit);
    for (const out of [other, rel, join(dir, 'link.json'), join(dir, 'hard.json')]) {
      const r = await cliAsync(['catalog', unit, '--format', 'csv', '-o', out]);
      expect(r.code, out).toBe(2);
      expect(r.stderr, out).toContain('就是输入');
      expect(readFileSync(unit).equals(original), out).toBe(true);
    }
    // And an input named through a link, written to its target.
    const r = await cliAsync(['catalog', join(dir, 'link.json'), '-o', unit]);
    expect(r.code).toBe(2);
    expect(readFileSync(unit).equals(original)).toBe(true);
  });

  it('every input counts: a model, a template library, settings, either side of a diff, a sheet, standard input', async () => {
    const model = join(dir, 'model.json');
    const m = await cliAsync(['model', '-o', model]);
    expect(m.code).toBe(0);
    const modelText = readFileSync(model);
    const sheet = join(dir, 'sheet.csv');
    expect((await cliAsync(['catalog', unit, '--format', 'csv', '-o', sheet])).code).toBe(0);
    const sheetText = readFileSync(sheet);
    const templates = join(dir, 'templates.json');
    writeFileSync(templates, '{ "disable": [] }\n');
    const settings = join(dir, 'settings.json');
    writeFileSync(settings, '{ "rotationYears": 5 }\n');
    const runs = await Promise.all([
      cliAsync(['catalog', unit, '--model', model, '-o', model]),
      cliAsync(['catalog', unit, '--templates', templates, '-o', templates]),
      cliAsync(['diff', unit, unit, '--settings', settings, '-o', settings]),
      cliAsync(['templates', '--templates', templates, '-o', templates]),
      cliAsync(['diff', unit, join(dir, 'hard.json'), '-o', join(dir, 'hard.json')]),
      cliAsync(['import', sheet, '-o', sheet]),
    ]);
    for (const r of runs) expect(r.code, r.stderr).toBe(2);
    expect(readFileSync(model).equals(modelText)).toBe(true);
    expect(readFileSync(templates, 'utf8')).toBe('{ "disable": [] }\n');
    expect(readFileSync(settings, 'utf8')).toBe('{ "rotationYears": 5 }\n');
    expect(readFileSync(sheet).equals(sheetText)).toBe(true);
    expect(readFileSync(unit).equals(original)).toBe(true);
  });

  it('standard input redirected from the output file is refused too', async () => {
    const fd = openSync(unit, 'r');
    try {
      const r = spawnSync(process.execPath, [MAIN, 'catalog', '-', '-o', unit, '--locale', 'en'], { stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('is the input standard input');
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(unit).equals(original)).toBe(true);
  });

  it('a different file is written as before', async () => {
    const out = join(dir, 'catalog.html');
    const r = await cliAsync(['catalog', unit, '-f', 'html', '-o', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<html');
  });
});
