/**
 * Issue 7, point 5: the core reads no clock, no random source and no locale of the machine, so
 * the same input gives the same bytes everywhere. Three kinds of evidence:
 * - a static scan of `src/` (the CLI excepted) for every way to reach the machine;
 * - tripwires: the whole pipeline runs with the clock, randomness, Intl and timers booby-trapped;
 * - the built CLI run under other time zones, locales and a clock set to 2099 gives the same bytes.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCatalog } from '../../src/catalog/build.js';
import { diffCatalogs } from '../../src/catalog/diff.js';
import { renderDiffMarkdown } from '../../src/render/diff-markdown.js';
import { parseDocument } from '../../src/validate/document.js';
import { MAIN } from '../cli/run.js';
import { example, runPipeline, type PipelineOutcome } from './support.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

// ---------------------------------------------------------------------------------------------
// The static scan

/** One use of something that could differ between machines. */
interface Use {
  readonly file: string;
  readonly line: number;
  readonly rule: string;
  readonly text: string;
}

/** Globals that reach the clock, randomness, the locale, timers, the process or the host. */
const MACHINE_GLOBALS = new Set([
  'Date', // the clock, and the time zone through getHours() and friends; dates are day numbers (src/model/dates.ts)
  'Intl', // the machine's default locale, and ICU data that changes between Node versions
  'performance',
  'process',
  'globalThis',
  'global',
  'window',
  'self',
  'navigator',
  'crypto',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'queueMicrotask',
  'Buffer',
  'require',
  'fetch',
  'WeakRef', // results would depend on garbage collection
  'FinalizationRegistry',
]);

/** Math members whose results ECMAScript specifies exactly (the others are "implementation-approximated"). */
const EXACT_MATH = new Set(['abs', 'ceil', 'floor', 'fround', 'imul', 'clz32', 'max', 'min', 'round', 'sign', 'trunc']);

/**
 * Locale-sensitive methods. Even with an explicit locale they go through ICU, whose data (CLDR)
 * changes between Node versions, so the core formats and compares with its own code.
 */
const LOCALE_METHODS = new Set(['localeCompare', 'toLocaleString', 'toLocaleDateString', 'toLocaleTimeString', 'toLocaleUpperCase', 'toLocaleLowerCase']);

/** Uses that were read and judged safe, each matched exactly by file, rule and text. */
const ALLOWANCES: readonly (Omit<Use, 'line'> & { readonly why: string })[] = [
  {
    file: 'src/read/fold.ts',
    rule: 'unicode-normalization',
    text: "s.normalize('NFKC')",
    why:
      'Folds header and vocabulary cells for lookup, never written out; by the Unicode normalization ' +
      'stability policy an assigned character normalizes the same in every Unicode (and so Node) version.',
  },
  {
    file: 'src/render/svg-text.ts',
    rule: 'inexact-math',
    text: '10 ** d',
    why: 'd is clamped to an integer 0-6 on the line above; 10^d is then an exactly representable integer, which pow returns exactly (checked below).',
  },
  {
    file: 'src/render/async.ts',
    rule: 'machine-global',
    text: 'setTimeout(resolve, 0)',
    why:
      'Only gives the event loop a turn between posts in the asynchronous forms; no output depends on when ' +
      'the timer fires (the async forms are tested byte for byte against the synchronous ones).',
  },
  {
    file: 'src/scoring/format.ts',
    rule: 'inexact-math',
    text: '10 ** digits',
    why: 'every caller passes 1 or 2 decimals (0-6 documented); 10^digits is then an exactly representable integer, which pow returns exactly (checked below).',
  },
];

function isDeclarationName(id: ts.Identifier): boolean {
  const p = id.parent;
  return (
    (ts.isVariableDeclaration(p) ||
      ts.isParameter(p) ||
      ts.isFunctionDeclaration(p) ||
      ts.isFunctionExpression(p) ||
      ts.isClassDeclaration(p) ||
      ts.isInterfaceDeclaration(p) ||
      ts.isTypeAliasDeclaration(p) ||
      ts.isEnumDeclaration(p) ||
      ts.isBindingElement(p) ||
      ts.isImportClause(p) ||
      ts.isNamespaceImport(p)) &&
    p.name === id
  );
}

/** Whether an identifier names a variable (not a property, a member, an imported binding's source name). */
function isReference(id: ts.Identifier): boolean {
  const p = id.parent;
  if (isDeclarationName(id)) return false;
  if ((ts.isPropertyAccessExpression(p) || ts.isQualifiedName(p)) && (ts.isPropertyAccessExpression(p) ? p.name : p.right) === id) return false;
  if (
    (ts.isPropertyAssignment(p) ||
      ts.isPropertyDeclaration(p) ||
      ts.isPropertySignature(p) ||
      ts.isMethodDeclaration(p) ||
      ts.isMethodSignature(p) ||
      ts.isGetAccessorDeclaration(p) ||
      ts.isSetAccessorDeclaration(p) ||
      ts.isEnumMember(p)) &&
    p.name === id
  ) {
    return false;
  }
  if (ts.isBindingElement(p) && p.propertyName === id) return false;
  if (ts.isImportSpecifier(p) || ts.isExportSpecifier(p)) return false;
  return true;
}

/**
 * Every use in one file of something that could differ between machines.
 * @param file - the path shown
 * @param text - the TypeScript source
 */
function scan(file: string, text: string): Use[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const uses: Use[] = [];
  // A file that declares a name like `process` itself refers to its own binding.
  const declared = new Set<string>();
  const collect = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && isDeclarationName(node)) declared.add(node.text);
    ts.forEachChild(node, collect);
  };
  collect(source);
  const use = (node: ts.Node, rule: string): void => {
    uses.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, rule, text: node.getText() });
  };
  const moduleName = (node: ts.Expression | undefined): string | undefined => (node !== undefined && ts.isStringLiteral(node) ? node.text : undefined);
  const visit = (node: ts.Node): void => {
    // The core imports only its own files: no Node module, no dependency.
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier !== undefined) {
      const name = moduleName(node.moduleSpecifier);
      if (name !== undefined && !name.startsWith('./') && !name.startsWith('../')) use(node.moduleSpecifier, 'import');
    }
    if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) {
      const name = moduleName(node.arguments[0]);
      if (name === undefined || (!name.startsWith('./') && !name.startsWith('../'))) use(node, 'import');
    }
    if (ts.isImportTypeNode(node)) use(node, 'import');
    if (ts.isIdentifier(node) && MACHINE_GLOBALS.has(node.text) && !declared.has(node.text) && isReference(node)) use(node.parent, 'machine-global');
    if ((ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'Math' && !declared.has('Math')) {
      const member = ts.isPropertyAccessExpression(node) ? node.name.text : moduleName(node.argumentExpression);
      if (member === undefined || !EXACT_MATH.has(member)) use(node, 'inexact-math');
    }
    if (ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.AsteriskAsteriskToken || node.operatorToken.kind === ts.SyntaxKind.AsteriskAsteriskEqualsToken)) {
      use(node, 'inexact-math'); // `**` is implementation-approximated like Math.pow
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      if (LOCALE_METHODS.has(method)) use(node, 'locale');
      if (method === 'normalize') use(node, 'unicode-normalization');
      if ((method === 'sort' || method === 'toSorted') && node.arguments.length > 0 && /locale|Collator|Intl|random/.test(node.arguments[0]!.getText())) use(node, 'sort');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return uses;
}

let scanned: Use[] | undefined;

/** The uses in every file under src/, the CLI included, scanned once. */
function srcUses(): Use[] {
  scanned ??= (readdirSync(`${ROOT}src`, { recursive: true }) as string[])
    .map((f) => `src/${f.split('\\').join('/')}`)
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .flatMap((f) => scan(f, readFileSync(`${ROOT}${f}`, 'utf8')));
  return scanned;
}

const allowed = (u: Use): boolean => ALLOWANCES.some((a) => a.file === u.file && a.rule === u.rule && a.text === u.text);

describe('determinism: the static scan of the core', () => {
  it('the scanner finds each forbidden use in a sample (so an empty report means something)', () => {
    const sample = [
      "import { readFileSync } from 'node:fs';",
      "import x from 'lodash';",
      "export * from 'node:path';",
      'const a = Date.now();',
      'const b = new Date();',
      'const c: Date | undefined = undefined;',
      'const d = Math.random() + Math.sin(1) + Math["cos"](2) + 2 ** 0.5;',
      'const e = Intl.NumberFormat;',
      "const f = 'a'.localeCompare('b') + (1).toLocaleString() + 'i'.toLocaleUpperCase('tr');",
      'const g = process.env.TZ ?? globalThis.TZ ?? performance.now();',
      'setTimeout(() => {}, 1);',
      "const h = require('fs');",
      "const i = await import('os');",
      "const j = ['b', 'a'].sort((x, y) => x.localeCompare(y));",
      "const k = 'é'.normalize('NFC');",
      'const l = new WeakRef({});',
    ].join('\n');
    const rules = scan('sample.ts', sample).map((u) => `${u.line} ${u.rule}`);
    const expected = [
      '1 import', '2 import', '3 import', '4 machine-global', '5 machine-global', '6 machine-global',
      '7 inexact-math', '8 machine-global', '9 locale', '10 machine-global', '11 machine-global',
      '12 import', '13 import', '14 sort', '15 unicode-normalization', '16 machine-global',
    ];
    for (const e of expected) expect(rules, e).toContain(e);
    // Math members that are exact, a property named like a global, and a local of that name are fine.
    const fine = ['const m = Math.max(1, Math.floor(2.5), Math.round(-0.5));', 'const o = { process: 1, Date: 2 }; const p = o.process + o.Date;', 'function q(process: number) { return process + 1; }'];
    expect(scan('fine.ts', fine.join('\n'))).toEqual([]);
  });

  it('the core imports no Node module and reads no clock, random source, locale, timer, environment or global object', () => {
    // The CLI is the one place that touches files, the process and the terminal; the workbench
    // page the one that touches a browser (its window, storage and downloads).
    const uses = srcUses().filter((u) => !u.file.startsWith('src/cli/') && !u.file.startsWith('src/workbench/'));
    expect(uses.filter((u) => !allowed(u))).toEqual([]);
    // Every allowance still matches a use: none is left behind after the code changes.
    for (const a of ALLOWANCES) expect(uses.some((u) => u.file === a.file && u.rule === a.rule && u.text === a.text), `${a.file}: ${a.text}`).toBe(true);
  });

  it('the workbench page imports no module: no Node module, no dependency (only its own files and the library)', () => {
    const uses = srcUses().filter((u) => u.file.startsWith('src/workbench/') && u.rule === 'import');
    expect(srcUses().some((u) => u.file.startsWith('src/workbench/'))).toBe(true); // it is scanned
    expect(uses).toEqual([]);
  });

  it('the powers of ten the allowances rely on are exact', () => {
    const exact = [1, 10, 100, 1000, 10000, 100000, 1000000];
    for (let d = 0; d <= 6; d++) expect(10 ** d).toBe(exact[d]);
  });

  it('sorting: every sort in src (the CLI included) uses code-unit order or a comparator of numbers and code units', () => {
    expect(srcUses().filter((u) => u.rule === 'sort' || u.rule === 'locale')).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Tripwires

/** Runs `body` with every way to reach the machine replaced by a trap that throws. */
function withTripwires<T>(body: () => T): T {
  const restore: (() => void)[] = [];
  // Held before `globalThis` itself is trapped.
  const global = globalThis;
  const trap = (owner: object, key: string, what: string): void => {
    const descriptor = Object.getOwnPropertyDescriptor(owner, key);
    Object.defineProperty(owner, key, {
      configurable: true,
      get() {
        throw new Error(`tripwire: the core touched ${what}`);
      },
    });
    restore.push(() => {
      if (descriptor === undefined) delete (owner as Record<string, unknown>)[key];
      else Object.defineProperty(owner, key, descriptor);
    });
  };
  const protos = [Number.prototype, Array.prototype, Object.prototype, BigInt.prototype];
  try {
    trap(Math, 'random', 'Math.random');
    trap(String.prototype, 'localeCompare', 'localeCompare');
    trap(String.prototype, 'toLocaleUpperCase', 'toLocaleUpperCase');
    trap(String.prototype, 'toLocaleLowerCase', 'toLocaleLowerCase');
    for (const proto of protos) trap(proto, 'toLocaleString', 'toLocaleString');
    for (const name of MACHINE_GLOBALS) trap(global, name, name);
    return body();
  } finally {
    for (const undo of restore.reverse()) undo();
  }
}

/** Everything a pipeline produced, as text, so two runs compare byte for byte. */
function bytesOf(outcome: PipelineOutcome): string[] {
  if (!outcome.valid) return outcome.problems.map((p) => JSON.stringify(p));
  return [...outcome.outputs].map(([k, v]) => `${k}\n${v}`);
}

describe('determinism: tripwires', () => {
  it('the tripwires are live: Date, Math.random, Intl and localeCompare throw inside them', () => {
    withTripwires(() => {
      for (const touch of [() => Date.now(), () => Math.random(), () => Intl.DateTimeFormat, () => 'a'.localeCompare('b'), () => (1).toLocaleString()]) {
        let thrown = false;
        try {
          touch();
        } catch {
          thrown = true;
        }
        if (!thrown) throw new Error(`a tripwire is not live: ${touch.toString()}`);
      }
    });
  });

  it('the whole pipeline (validation, catalog, every renderer and locale, CSV import, diff) runs without touching the machine, with the same bytes', () => {
    const inputs = [example('county-bureau'), example('university')];
    const diff = (): string[] => {
      const before = buildCatalog(parseDocument(example('county-bureau-2025')), { asOf: '2026-11-22' });
      const after = buildCatalog(parseDocument(example('county-bureau')), { asOf: '2026-11-22' });
      const d = diffCatalogs(before, after);
      return [JSON.stringify(d), renderDiffMarkdown(d, { locale: 'en' })];
    };
    const plain = [...inputs.flatMap((doc) => bytesOf(runPipeline(doc))), ...diff()];
    const trapped = withTripwires(() => [...inputs.flatMap((doc) => bytesOf(runPipeline(doc))), ...diff()]);
    expect(trapped.length).toBe(plain.length);
    trapped.forEach((text, i) => expect(text === plain[i], text.slice(0, 40)).toBe(true));
  });

  it('sorting: shuffling the posts of both years never changes the diff (every sort is a total order)', () => {
    const before = example('county-bureau-2025');
    const after = example('county-bureau');
    const diffOf = (a: unknown, b: unknown): string => JSON.stringify(diffCatalogs(buildCatalog(parseDocument(a)), buildCatalog(parseDocument(b))));
    const expected = diffOf(before, after);
    const shuffled = (doc: Record<string, unknown>, keys: readonly number[]): Record<string, unknown> => {
      const posts = (doc['posts'] as unknown[]).map((p, i) => ({ p, k: keys[i % keys.length]! * 1000 + i }));
      return { ...doc, posts: posts.sort((x, y) => x.k - y.k).map((x) => x.p) };
    };
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 99 }), { minLength: 1 }), fc.array(fc.nat({ max: 99 }), { minLength: 1 }), (ka, kb) => {
        expect(diffOf(shuffled(before, ka), shuffled(after, kb))).toBe(expected);
      }),
      { numRuns: 8 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The built CLI on other machines

/** A machine: its time zone and locale, and optionally a clock set to 2099 and a fixed Math.random. */
interface Machine {
  readonly name: string;
  readonly env: Readonly<Record<string, string>>;
}

const SKEWED_CLOCK = [
  'const D = Date; const T = D.UTC(2099, 11, 31, 23, 59, 59);',
  'globalThis.Date = class extends D { constructor(...a) { if (a.length === 0) super(T); else super(...a); } static now() { return T; } };',
  'Math.random = () => 0.999;',
].join(' ');

const MACHINES: readonly Machine[] = [
  { name: 'UTC, C locale', env: { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' } },
  { name: 'Shanghai, zh_CN', env: { TZ: 'Asia/Shanghai', LANG: 'zh_CN.UTF-8', LC_ALL: 'zh_CN.UTF-8' } },
  { name: 'Los Angeles, tr_TR', env: { TZ: 'America/Los_Angeles', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' } },
  { name: 'Kiritimati, de_DE, clock in 2099', env: { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8', NODE_OPTIONS: `--import=data:text/javascript,${encodeURIComponent(SKEWED_CLOCK)}` } },
];

/** The parent's environment without anything that says where or when the machine is. */
function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^(TZ|LANG|LANGUAGE|LC_.*|NODE_OPTIONS)$/.test(k)) env[k] = v;
  return env;
}

interface Ran {
  readonly code: number | null;
  readonly stdout: Buffer;
  readonly stderr: string;
}

function run(args: readonly string[], machine: Machine): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...baseEnv(), ...machine.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/** Runs the jobs at most `width` at a time, in order of the results. */
async function limited<T>(jobs: readonly (() => Promise<T>)[], width: number): Promise<T[]> {
  const results: T[] = new Array<T>(jobs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]!();
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}

describe('determinism: the CLI on other machines', () => {
  it('the machines differ: each sees its own time zone, locale and clock', async () => {
    const probe = 'console.log(JSON.stringify([new Date(0).getHours(), new Intl.NumberFormat().format(1234.5), new Date().getUTCFullYear()]))';
    const seen = await Promise.all(MACHINES.map((m) => run(['-e', probe], m)));
    const values = seen.map((r) => JSON.parse(r.stdout.toString('utf8')) as [number, string, number]);
    expect(new Set(values.map((v) => v[0])).size).toBe(MACHINES.length);
    expect(new Set(values.map((v) => v[1])).size).toBeGreaterThan(1);
    expect(values[3]![2]).toBe(2099);
  });

  it('every output format, the diff and the validation summary are byte-identical on every machine', async () => {
    const county = `${ROOT}examples/county-bureau.json`;
    const commands: readonly (readonly string[])[] = [
      ['catalog', county, '--format', 'json'],
      ['catalog', county, '--format', 'md', '--locale', 'en'],
      ['catalog', county, '--format', 'csv', '--locale', 'zh-TW'],
      ['catalog', county, '--format', 'html'],
      ['diff', `${ROOT}examples/county-bureau-2025.json`, county, '--format', 'md'],
      ['validate', county],
    ];
    const jobs = commands.flatMap((args) => MACHINES.map((m) => () => run([MAIN, ...args], m)));
    const results = await limited(jobs, 4);
    commands.forEach((args, c) => {
      const runs = results.slice(c * MACHINES.length, (c + 1) * MACHINES.length);
      for (const [i, r] of runs.entries()) {
        expect([r.code, r.stderr], `${args.join(' ')} on ${MACHINES[i]!.name}`).toEqual([0, '']);
        expect(r.stdout.equals(runs[0]!.stdout), `${args.join(' ')} on ${MACHINES[i]!.name}`).toBe(true);
      }
      expect(runs[0]!.stdout.length).toBeGreaterThan(0);
    });
  });
});
