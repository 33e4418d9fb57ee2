import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/build.js';
import { diffCatalogs } from '../../src/catalog/diff.js';
import { filterTemplates } from '../../src/measures/filter.js';
import { BUILTIN_TEMPLATES } from '../../src/measures/templates.js';
import { DEFAULT_MODEL, EXAMPLE_MODELS } from '../../src/scoring/defaults.js';
import { validateModel } from '../../src/scoring/validate-model.js';
import { parseDocument, validateDocument } from '../../src/validate/document.js';
import { cli, cliAsync, tempDir, tempFile } from './run.js';

const DIR = fileURLToPath(new URL('../../examples/', import.meta.url));
const OLD = `${DIR}county-bureau-2025.json`;
const NEW = `${DIR}county-bureau.json`;
const EXAMPLES = ['county-bureau.json', 'oilfield-service-center.json', 'university.json'].map((n) => `${DIR}${n}`);
const PACKAGE = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as { version: string };

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

describe('integrity-risk import', () => {
  it('round trip: the CSV that catalog writes imports back to the validated original, from a file and from stdin', async () => {
    const csvs = await Promise.all(EXAMPLES.map((file) => cliAsync(['catalog', file, '--format', 'csv'])));
    const imported = await Promise.all(
      csvs.map((r, i) =>
        i === 0 ? cliAsync(['import', '-'], r.stdout) : cliAsync(['import', tempFile(dir, `sheet-${i}.csv`, r.stdout)]),
      ),
    );
    imported.forEach((r, i) => {
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(r.stdout.endsWith('}\n')).toBe(true);
      expect(r.stdout).toBe(`${JSON.stringify(JSON.parse(r.stdout), null, 2)}\n`);
      const original = validateDocument(readJson(EXAMPLES[i]!));
      expect(original.ok).toBe(true);
      if (original.ok) expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(original.value)));
    });
  });

  it('a sheet in any locale imports; -o writes the document to a file', () => {
    const csv = cli(['catalog', EXAMPLES[2]!, '--format', 'csv', '--locale', 'en']).stdout;
    const out = join(dir, 'imported.json');
    const r = cli(['import', tempFile(dir, 'en.csv', csv), '-o', out]);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(parseDocument(readJson(out))).toEqual(parseDocument(readJson(EXAMPLES[2]!)));
  });

  it('a broken sheet: exit 1, every problem with its row and column', () => {
    const csv = cli(['catalog', EXAMPLES[2]!, '--format', 'csv', '--locale', 'en']).stdout;
    const lines = csv.split('\r\n');
    const header = lines[0]!.replace(/^\uFEFF/, '').split(',');
    const harm = header.findIndex((h) => /harm/i.test(h));
    expect(harm).toBeGreaterThan(-1);
    // Row 3 of the sheet (the second data row): an out-of-range rating.
    const cells = lines[2]!.split(',');
    cells[harm] = '9';
    lines[2] = cells.join(',');
    const r = cli(['import', '-', '--locale', 'en'], lines.join('\r\n'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^row 3, column .*: /m);
  });

  it('not a sheet: invalid UTF-8 is one clear line (exit 1); a missing file is exit 2', () => {
    const bad = cli(['import', tempFile(dir, 'latin1.csv', Buffer.from([0x61, 0x2c, 0xe9, 0x0a])), '--locale', 'en']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/is not valid UTF-8 text \(error at byte 3, counting from 1\)/);
    const missing = cli(['import', join(dir, 'none.csv')]);
    expect(missing.code).toBe(2);
  });
});

describe('integrity-risk diff', () => {
  it('county bureau 2025 → 2026: the JSON of diffCatalogs, 2-space, trailing newline', () => {
    const r = cli(['diff', OLD, NEW]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const expected = diffCatalogs(buildCatalog(parseDocument(readJson(OLD))), buildCatalog(parseDocument(readJson(NEW))));
    expect(r.stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    expect(expected.unchanged).toBe(false);
  });

  it('--format md: a short summary in the chosen locale', async () => {
    const [en, zh] = await Promise.all([cliAsync(['diff', OLD, NEW, '--format', 'md', '--locale', 'en']), cliAsync(['diff', OLD, NEW, '-f', 'md'])]);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^# Cycle-over-cycle comparison\n\n- Posts: 1 added, 1 removed/);
    expect(zh.stdout).toMatch(/^# 年度对比\n\n- 岗位：新增 1，删除 1/);
  });

  it('a document against itself is unchanged; stdin works for one side; -o writes a file', () => {
    const out = join(dir, 'same.json');
    const r = cli(['diff', NEW, '-', '-o', out], readFileSync(NEW, 'utf8'));
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readJson(out)).toMatchObject({ unchanged: true });
    expect(cli(['diff', '-', '-']).code).toBe(2);
  });

  it('invalid documents: exit 1, every problem prefixed by its file', () => {
    const doc = readJson(NEW) as { posts: { rank: string }[] };
    doc.posts[0]!.rank = 'boss';
    const broken = tempFile(dir, 'broken.json', JSON.stringify(doc));
    const r = cli(['diff', OLD, broken, '--locale', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: posts\\[0\\]\\.rank: "boss" is not a valid value`));
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('the catalog options apply to both sides; usage errors are exit 2', () => {
    const r = cli(['diff', OLD, NEW, '--model', 'matrix-5x5']);
    expect(r.code).toBe(0);
    const expected = diffCatalogs(
      buildCatalog(parseDocument(readJson(OLD)), { model: EXAMPLE_MODELS['matrix-5x5']! }),
      buildCatalog(parseDocument(readJson(NEW)), { model: EXAMPLE_MODELS['matrix-5x5']! }),
    );
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(cli(['diff', OLD]).code).toBe(2);
    expect(cli(['diff', OLD, NEW, '--format', 'html']).code).toBe(2);
    expect(cli(['diff', OLD, NEW, '--as-of', '2026-02-30']).code).toBe(2);
  });
});

describe('integrity-risk templates', () => {
  it('lists every template as a table in the chosen locale', async () => {
    const [zh, en] = await Promise.all([cliAsync(['templates']), cliAsync(['templates', '--locale', 'en'])]);
    expect(zh.code).toBe(0);
    const lines = zh.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id\s+阶段\s+类型\s+责任层级\s+标题$/);
    expect(lines.at(-1)).toBe(`共 ${BUILTIN_TEMPLATES.length} 个模板`);
    for (const t of BUILTIN_TEMPLATES) expect(zh.stdout).toContain(`\n${t.id} `);
    expect(en.stdout).toMatch(/^id\s+phase\s+kind\s+owner\s+title\n/);
    expect(en.stdout).toContain('Before (prevention)');
  });

  it('filters by phase, kind and category; --format json gives the templates themselves', () => {
    const r = cli(['templates', '--phase', 'during', '--category', 'procurement', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(filterTemplates({ phase: 'during', category: 'procurement' }))));
    const kind = cli(['templates', '--kind', 'openness', '-f', 'json']);
    const ids = (JSON.parse(kind.stdout) as { id: string; kind: string }[]).map((t) => t.kind);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids)).toEqual(new Set(['openness']));
  });

  it('a user library is listed with its additions; unknown filter values are exit 2 with the allowed values', () => {
    const lib = tempFile(dir, 'lib.json', JSON.stringify({ disable: ['platform-trace'] }));
    const r = cli(['templates', '--templates', lib, '-f', 'json']);
    expect((JSON.parse(r.stdout) as { id: string }[]).map((t) => t.id)).not.toContain('platform-trace');
    const bad = cli(['templates', '--phase', 'later', '--locale', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('option "--phase" does not accept "later"; allowed: before, during, after');
    const kind = cli(['templates', '--kind', 'magic', '--locale', 'en']);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('allowed: education, institution, separation');
    expect(cli(['templates', '--category', 'money']).code).toBe(2);
  });
});

describe('integrity-risk model', () => {
  it('prints the default model as pretty JSON that validates and equals DEFAULT_MODEL', () => {
    const r = cli(['model']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(`${JSON.stringify(DEFAULT_MODEL, null, 2)}\n`);
    const checked = validateModel(JSON.parse(r.stdout));
    expect(checked.ok).toBe(true);
    expect(checked.problems).toEqual([]);
  });

  it('round trip: the printed model, passed back with --model, gives the same catalog', () => {
    const file = join(dir, 'model.json');
    expect(cli(['model', '-o', file]).code).toBe(0);
    const withFile = cli(['catalog', EXAMPLES[0]!, '--model', file]);
    expect(withFile.code).toBe(0);
    expect(withFile.stdout).toBe(cli(['catalog', EXAMPLES[0]!]).stdout);
  });

  it('--id prints a shipped model; an unknown id is exit 2', () => {
    for (const id of Object.keys(EXAMPLE_MODELS)) {
      const r = cli(['model', '--id', id]);
      expect(r.code).toBe(0);
      expect(validateModel(JSON.parse(r.stdout)).ok).toBe(true);
      expect(JSON.parse(r.stdout).id).toBe(id);
    }
    const bad = cli(['model', '--id', 'nope', '--locale', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('allowed: default, matrix-5x5, university-count');
    expect(cli(['model', 'extra']).code).toBe(2);
  });
});

describe('every command', () => {
  const NAMES = ['validate', 'catalog', 'import', 'diff', 'templates', 'model'];

  it('--help shows usage, options and an example in the chosen locale (exit 0)', async () => {
    const runs = await Promise.all(NAMES.flatMap((n) => [cliAsync([n, '--help', '--locale', 'en']), cliAsync([n, '-h'])]));
    NAMES.forEach((n, i) => {
      const en = runs[2 * i]!;
      const zh = runs[2 * i + 1]!;
      expect(en.code).toBe(0);
      expect(en.stdout.startsWith(`integrity-risk ${n} `)).toBe(true);
      expect(en.stdout).toContain('Options:');
      expect(en.stdout).toMatch(/Examples:\n {2}integrity-risk /);
      expect(zh.stdout).toContain('选项：');
      expect(zh.stdout).toContain('示例：');
    });
  });

  it('--version prints the package version; the global help lists every command', () => {
    expect(cli(['--version'])).toEqual({ code: 0, stdout: `${PACKAGE.version}\n`, stderr: '' });
    const help = cli(['--help', '--locale', 'en']);
    for (const n of NAMES) expect(help.stdout).toMatch(new RegExp(`\\n {2}${n} +\\S`));
  });

  it('an unknown command or flag is exit 2 with a hint, never a stack trace', () => {
    const cmd = cli(['catalogue', 'x', '--locale', 'en']);
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toBe('integrity-risk: unknown command "catalogue", did you mean "catalog"\nrun "integrity-risk --help" for usage\n');
    const flag = cli(['templates', '--phases', 'during', '--locale', 'en']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('unknown option "--phases", did you mean "--phase"');
    expect(cli([]).code).toBe(2);
  });
});
