/**
 * The import graph of src/: data flows one way, so imports run one way. Every relative import
 * (`import`, `import type`, `export … from`, `import()`) is read with the TypeScript parser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/**
 * The folders of src/, each importing only from folders before it (and from itself).
 * `i18n` is the base every layer writes its words with; `read` (user files in) sits after
 * `render` because the CSV reader reads the columns the CSV writer declares. `workbench` (the web
 * page) comes last and stands apart: it imports only the library's public API (`index.ts`), as any
 * other user of the package would, and nothing imports it.
 */
const FOLDER_ORDER = ['i18n', 'model', 'validate', 'factors', 'scoring', 'findings', 'measures', 'catalog', 'render', 'read', 'cli', 'workbench'] as const;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The relative specifiers a file imports, resolved to src-relative `.ts` paths. */
function importsOf(file: string): string[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const specs: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      specs.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteral(arg)) specs.push(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return specs
    .filter((s) => s.startsWith('.'))
    .map((s) => relative(SRC, normalize(join(dirname(file), s.replace(/\.js$/, '.ts')))).split('\\').join('/'));
}

const GRAPH: ReadonlyMap<string, readonly string[]> = new Map(
  sourceFiles(SRC).map((f) => [relative(SRC, f).split('\\').join('/'), importsOf(f)]),
);

/** The folder of a src-relative path; files at the top (index.ts) have none. */
function folderOf(path: string): string | undefined {
  const i = path.indexOf('/');
  return i < 0 ? undefined : path.slice(0, i);
}

/** Every cycle's first closing edge found by depth-first search, as the path around it. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (u: string): void => {
    state.set(u, 'open');
    stack.push(u);
    for (const v of graph.get(u) ?? []) {
      if (state.get(v) === 'open') found.push([...stack.slice(stack.indexOf(v)), v]);
      else if (!state.has(v)) visit(v);
    }
    stack.pop();
    state.set(u, 'done');
  };
  for (const u of [...graph.keys()].sort()) if (!state.has(u)) visit(u);
  return found;
}

describe('the import graph of src/', () => {
  it('every relative import names a file that exists (so the graph below is complete)', () => {
    const missing = [...GRAPH].flatMap(([from, tos]) => tos.filter((to) => !GRAPH.has(to)).map((to) => `${from} -> ${to}`));
    expect(missing).toEqual([]);
    expect(GRAPH.size).toBeGreaterThan(50);
  });

  it('no cycle between files', () => {
    expect(cycles(GRAPH).map((c) => c.join(' -> '))).toEqual([]);
  });

  it('every folder is in the declared order, and imports only from itself or folders before it', () => {
    const folders = new Set([...GRAPH.keys()].map(folderOf).filter((f) => f !== undefined));
    expect([...folders].filter((f) => !(FOLDER_ORDER as readonly string[]).includes(f)).sort()).toEqual([]);
    const wrong: string[] = [];
    for (const [from, tos] of GRAPH) {
      const a = folderOf(from);
      if (a === undefined) continue; // the entry point may import any stage but the CLI (below)
      if (a === 'workbench') continue; // held to the public API (below)
      for (const to of tos) {
        const b = folderOf(to);
        const edge = `${from} -> ${to}`;
        if (b === undefined || FOLDER_ORDER.indexOf(b as never) > FOLDER_ORDER.indexOf(a as never)) wrong.push(edge);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('no cycle between folders (so none through files either way)', () => {
    const byFolder = new Map<string, Set<string>>();
    for (const [from, tos] of GRAPH) {
      const a = folderOf(from);
      if (a === undefined) continue;
      const set = byFolder.get(a) ?? new Set<string>();
      for (const to of tos) {
        const b = folderOf(to);
        if (b !== undefined && b !== a) set.add(b);
      }
      byFolder.set(a, set);
    }
    const folderGraph = new Map([...byFolder].map(([k, v]) => [k, [...v].sort()] as const));
    expect(cycles(folderGraph).map((c) => c.join(' -> '))).toEqual([]);
  });

  it('the library entry point does not import the CLI or the workbench', () => {
    expect((GRAPH.get('index.ts') ?? []).filter((to) => folderOf(to) === 'cli' || folderOf(to) === 'workbench')).toEqual([]);
  });

  it('the workbench imports the library only through its public API, and nothing imports the workbench', () => {
    const files = [...GRAPH.keys()].filter((f) => folderOf(f) === 'workbench');
    expect(files.length).toBeGreaterThan(3);
    const wrong = files.flatMap((from) => GRAPH.get(from)!.filter((to) => to !== 'index.ts' && folderOf(to) !== 'workbench').map((to) => `${from} -> ${to}`));
    expect(wrong).toEqual([]);
    expect(files.some((f) => GRAPH.get(f)!.includes('index.ts'))).toBe(true);
    const into = [...GRAPH].flatMap(([from, tos]) => (folderOf(from) === 'workbench' ? [] : tos.filter((to) => folderOf(to) === 'workbench').map((to) => `${from} -> ${to}`)));
    expect(into).toEqual([]);
  });

  it('the cycle finder reports a cycle when there is one (so an empty list above means none)', () => {
    const g = new Map([
      ['a/x.ts', ['b/y.ts']],
      ['b/y.ts', ['a/x.ts']],
    ]);
    expect(cycles(g)).toEqual([['a/x.ts', 'b/y.ts', 'a/x.ts']]);
  });
});
