/**
 * The five-line API example in docs/readme/examples.md is run exactly as written (with the package
 * name pointed at the source), and every `console.log` line's trailing comment is checked against
 * what it printed. So the example a newcomer copies first always works.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT, runTs } from '../../scripts/run-examples.js';

const DOC = readFileSync(join(ROOT, 'docs', 'readme', 'examples.md'), 'utf8');

/** The code between the api-example markers. */
function snippet(): string {
  const m = /<!-- api-example:begin[^>]*-->\s*```ts\n([\s\S]*?)```\s*<!-- api-example:end -->/.exec(DOC);
  if (!m?.[1]) throw new Error('docs/readme/examples.md has no api-example block');
  return m[1];
}

describe('docs/readme/examples.md', () => {
  it('the API example is five lines of code after its imports', () => {
    const lines = snippet()
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('import '));
    expect(lines).toHaveLength(5);
  });

  it('the API example runs and prints what its comments say', async () => {
    const code = snippet();
    const index = pathToFileURL(join(ROOT, 'src', 'index.ts')).href;
    const runnable = code.replace(/from 'integrity-risk'/g, `from '${index}'`);
    expect(runnable).not.toBe(code);
    const file = join(mkdtempSync(join(tmpdir(), 'integrity-risk-readme-')), 'snippet.ts');
    writeFileSync(file, runnable);

    const r = await runTs(file); // cwd is the repository root, as after a clone
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);

    // Each console.log prints one line; its comment is the line's start ("…" marks the rest).
    const expected = code
      .split('\n')
      .filter((l) => l.startsWith('console.log('))
      .map((l) => /\/\/ (.*)$/.exec(l)?.[1]?.replace(/\s*…$/, '') ?? '');
    const printed = r.stdout.trimEnd().split('\n');
    expect(printed).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(printed[i]?.startsWith(e), `${printed[i]} should start with ${e}`).toBe(true));
  });
});
