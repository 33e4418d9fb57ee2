/**
 * The one way every golden test compares output with its file. A missing golden file fails: a
 * test that writes what it checks would pass on any output. `npm run golden` (UPDATE_GOLDEN=1)
 * writes the files after an intended change, to be read before committing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** True when the run was asked to rewrite golden files. */
export const UPDATE_GOLDEN = process.env['UPDATE_GOLDEN'] === '1';

/**
 * The golden check: with UPDATE_GOLDEN=1 writes the file; otherwise the file must exist and equal
 * the output.
 * @param file - the golden file (a path or a file URL)
 * @param actual - the output
 */
export function expectGolden(file: string | URL, actual: string): void {
  const path = typeof file === 'string' ? file : fileURLToPath(file);
  if (UPDATE_GOLDEN) writeFileSync(path, actual);
  else if (!existsSync(path)) expect.fail(`golden file ${path} is missing: run \`npm run golden\`, read the output, commit it`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

/**
 * Reports whether a golden check would fail for a missing file, without touching the file system
 * beyond the check (for the test of this helper).
 */
export function goldenMissingFails(file: string): boolean {
  try {
    expectGolden(file, 'x');
    return false;
  } catch {
    return true;
  }
}
