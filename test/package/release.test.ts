/**
 * Issue 19, points 4 and 5: the release as a user meets it. A fresh copy of the repository (no dist/)
 * gets what `npm ci` runs (the `prepare` script), is packed with `npm pack` (its `prepack` builds),
 * and the tarball is installed offline into an empty project, which runs the bin, imports the
 * package from an ES module and requires it from CommonJS, and type-checks a CommonJS consumer.
 * Then every command the README shows runs as written: `npx integrity-risk …` in the fresh copy,
 * `integrity-risk …` as installed. The npm lines of the README (`npm ci`, `npm test`, `npm run
 * examples`, `npm run docs`) are what CI runs (`.ci/run`), and the bench takes 15 minutes: left out.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { tempDir } from '../cli/run.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const NPM_ENV = { ...process.env, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

/** Runs a command, failing the test with its output when it fails. */
function run(file: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = NPM_ENV): string {
  const r = spawnSync(file, args, { cwd, env, encoding: 'utf8', timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${file} ${args.join(' ')} (in ${cwd}) exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

let clone: string;
let app: string;
let tarball: string;

beforeAll(() => {
  const base = tempDir();
  // A fresh clone: the files git knows (committed or not, never ignored ones such as dist/).
  clone = join(base, 'integrity-risk');
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f !== '');
  for (const f of files) {
    mkdirSync(dirname(join(clone, f)), { recursive: true });
    try {
      copyFileSync(join(ROOT, f), join(clone, f));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e; // deleted but not yet committed
    }
  }
  symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'));
  run('npm', ['run', 'prepare'], clone);
  const packed = run('npm', ['pack', '--pack-destination', base], clone).trim().split('\n').at(-1)!;
  tarball = join(base, packed);
  // An empty project that installs the tarball, without the network.
  app = join(base, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true }, null, 2));
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], app);
  copyFileSync(join(ROOT, 'examples', 'county-bureau.json'), join(app, 'unit.json'));
}, 600_000);

// Packing, installing and spawning npm are slow on a loaded machine: generous limits per test.
const SLOW = { timeout: 600_000 };

describe('the packed tarball', () => {
  it('holds the built code, its types, the workbench page, the schema, README, CHANGELOG and LICENSE, and no sources or tests', () => {
    const list = run('tar', ['-tzf', tarball], ROOT).split('\n').filter((l) => l !== '');
    for (const f of ['package/package.json', 'package/LICENSE', 'package/CHANGELOG.md', 'package/README.md', 'package/dist/index.js', 'package/dist/index.d.ts', 'package/dist/cli/main.js', 'package/dist/workbench.html', 'package/schema/organization.schema.json', 'package/schema/catalog.schema.json', 'package/schema/catalog.one-locale.schema.json']) {
      expect(list).toContain(f);
    }
    expect(list.filter((f) => f.startsWith('package/src/') || f.startsWith('package/test/'))).toEqual([]);
    // The workbench ships as its one page: its sources are bundled into it, never compiled one by one.
    expect(list.filter((f) => f.startsWith('package/dist/workbench/'))).toEqual([]);
  });

  it('installed into an empty project: the bin runs, and writes the workbench page it ships', SLOW, () => {
    const bin = join(app, 'node_modules', '.bin', 'integrity-risk');
    expect(run(bin, ['--version'], app).trim()).toBe(PKG.version);
    run(bin, ['workbench', '-o', 'workbench.html'], app);
    expect(readFileSync(join(app, 'workbench.html')).equals(readFileSync(join(app, 'node_modules', PKG.name, 'dist', 'workbench.html')))).toBe(true);
    expect(readFileSync(join(app, 'workbench.html'), 'utf8')).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    expect(run(bin, ['validate', 'unit.json', '--locale', 'en'], app)).toMatch(/^unit\.json is valid: 12 post\(s\)/);
  });

  it('an ES module imports it', SLOW, () => {
    writeFileSync(
      join(app, 'esm.mjs'),
      "import { parseDocument, buildCatalog } from 'integrity-risk';\nimport { readFileSync } from 'node:fs';\n" +
        "const catalog = buildCatalog(parseDocument(JSON.parse(readFileSync('unit.json', 'utf8'))));\nconsole.log(catalog.posts.length);\n",
    );
    expect(run(process.execPath, ['esm.mjs'], app).trim()).toBe('12');
  });

  it('a CommonJS file requires it (Node 20.19 or later)', { ...SLOW, skip: process.features.require_module !== true }, () => {
    writeFileSync(
      join(app, 'cjs.cjs'),
      "const { validateDocument } = require('integrity-risk');\nconst schema = require('integrity-risk/schema/organization.schema.json');\n" +
        "const checked = validateDocument(JSON.parse(require('node:fs').readFileSync('unit.json', 'utf8')));\nconsole.log(checked.ok, typeof schema.properties);\n",
    );
    const r = spawnSync(process.execPath, ['cjs.cjs'], { cwd: app, encoding: 'utf8' });
    expect(r.stderr.replace(/^.*ExperimentalWarning.*\n|^\(Use `node --trace-warnings.*\n/gm, '')).toBe('');
    expect(r.stdout).toBe('true object\n');
  });

  it('TypeScript finds its types from a CommonJS and from an ES module consumer', SLOW, () => {
    writeFileSync(join(app, 'consumer.cts'), "import ir = require('integrity-risk');\nexport const ok: boolean = ir.validateDocument({}).ok;\n");
    writeFileSync(join(app, 'consumer.mts'), "import { validateDocument } from 'integrity-risk';\nexport const ok: boolean = validateDocument({}).ok;\n");
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    run(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--types', 'node', '--typeRoots', join(ROOT, 'node_modules', '@types'), 'consumer.cts', 'consumer.mts'], app);
  });

  it('every example of every command\'s --help runs in the empty project', SLOW, () => {
    copyFileSync(join(ROOT, 'examples', 'county-bureau-2025.json'), join(app, 'last-year.json'));
    copyFileSync(join(ROOT, 'examples', 'county-bureau.json'), join(app, 'this-year.json'));
    // The committee's gradings the calibrate examples name: two graded catalogs of the calibration set.
    copyFileSync(join(ROOT, 'examples', 'calibration', 'edu-bureau-rule.json'), join(app, '去年评定.json'));
    copyFileSync(join(ROOT, 'examples', 'calibration', 'bozhou.json'), join(app, '前年评定.json'));
    const bin = join(app, 'node_modules', '.bin');
    writeFileSync(join(app, 'sheet.csv'), run(join(bin, 'integrity-risk'), ['catalog', 'unit.json', '--format', 'csv'], app));
    // The workbook the import examples name, as a unit starts it: the blank sheet with its example row.
    run(join(bin, 'integrity-risk'), ['sheet', '-o', '填报表.xlsx'], app);
    const lines = COMMANDS.flatMap((c) => c.examples ?? []).map((e) => `integrity-risk ${e}`);
    expect(lines.length).toBeGreaterThan(8);
    const script = lines.map((l) => `${l} > /dev/null || { echo "failed: ${l}" >&2; exit 1; }`).join('\n');
    const r = spawnSync('sh', ['-c', script], { cwd: app, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env['PATH'] ?? ''}` } });
    expect(r.stderr.split('\n').filter((l) => l.startsWith('failed: '))).toEqual([]);
    expect(r.status).toBe(0);
  });
});

/** The README's shell lines, each with the comment lines that follow it (what it prints). */
function readmeCommands(): { line: string; prints: string[] }[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const out: { line: string; prints: string[] }[] = [];
  for (const block of readme.matchAll(/```(?:sh|bash)\n([\s\S]*?)```/g)) {
    for (const raw of block[1]!.split('\n')) {
      if (raw.startsWith('# ')) {
        out.at(-1)?.prints.push(raw.slice(2));
        continue;
      }
      const line = raw.replace(/\s+#.*$/, '').trim();
      if (line !== '') out.push({ line, prints: [] });
    }
  }
  return out;
}

describe('every command the README shows, on a fresh clone', () => {
  it('runs as written and prints what the README says it prints', SLOW, () => {
    const commands = readmeCommands();
    const runnable = commands.filter(
      ({ line }) => /(^|\| )(npx )?integrity-risk /.test(line) && !/<(command|命令)>/.test(line),
    );
    expect(runnable.length).toBeGreaterThan(30);
    expect(commands.some(({ line }) => line.startsWith('npx integrity-risk'))).toBe(true);
    // The files the README's lines name, as a user would have them.
    copyFileSync(join(ROOT, 'examples', 'university.json'), join(clone, 'unit.json'));
    copyFileSync(join(ROOT, 'examples', 'university.json'), join(clone, 'org.json'));
    writeFileSync(join(clone, 'settings.json'), JSON.stringify({ rotationYears: 3 }));
    // Last year's graded catalog the calibrate line names: one of the calibration set's documents.
    copyFileSync(join(ROOT, 'examples', 'calibration', 'edu-bureau-rule.json'), join(clone, 'last-year.json'));
    const broken = JSON.parse(readFileSync(join(ROOT, 'examples', 'county-bureau.json'), 'utf8'));
    delete broken.posts[0].rank;
    broken.posts[3].powers[0].riskPoints[0].factors.harm = 9;
    writeFileSync(join(clone, 'broken.json'), JSON.stringify(broken, null, 2));
    const bin = join(app, 'node_modules', '.bin');
    writeFileSync(join(clone, 'sheet.csv'), run(join(bin, 'integrity-risk'), ['catalog', 'unit.json', '--format', 'csv'], clone));
    const env = { ...NPM_ENV, PATH: `${bin}:${process.env['PATH'] ?? ''}` };
    const failures: string[] = [];
    for (const { line, prints } of runnable) {
      const r = spawnSync('sh', ['-c', line], { cwd: clone, env, encoding: 'utf8', timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
      const shown = `${r.stdout}${r.stderr}`;
      // A line the README shows failing (the broken document) fails with exit 1; every other exits 0.
      const expected = /broken/.test(line) ? 1 : 0;
      if (r.status !== expected) failures.push(`${line}: exit ${r.status}: ${r.stderr.slice(0, 500)}`);
      for (const p of prints) if (!shown.includes(p)) failures.push(`${line}: does not print ${JSON.stringify(p)}`);
    }
    expect(failures).toEqual([]);
  });

  it('npm run demo, the first command of the quick start, writes the four catalogs', SLOW, () => {
    const out = run('npm', ['run', 'demo'], clone);
    expect(out).toContain('out/catalog.html');
    for (const ext of ['html', 'md', 'csv', 'json']) expect(readFileSync(join(clone, 'out', `catalog.${ext}`), 'utf8').length).toBeGreaterThan(1000);
  });
});
