/**
 * README.md is assembled from docs/readme/*.md by `npm run readme`; this keeps it from drifting
 * from its chapters, and checks what a new user relies on in it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assembleReadme, CHAPTERS, imageBase } from '../../scripts/readme.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('is up to date with its chapters (run `npm run readme`)', () => {
    expect(readme).toBe(assembleReadme());
  });

  it('gives the two set-up commands and every command CI runs', () => {
    const ci = readFileSync(new URL('../../.ci/run', import.meta.url), 'utf8');
    for (const cmd of ci.match(/npm (ci|test|run [a-z:-]+)/g) ?? []) expect(readme).toContain(cmd);
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm test');
  });

  it('has every chapter, and every picture it shows exists', () => {
    expect(CHAPTERS.length).toBeGreaterThan(5);
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map(([, url]) => url!);
    expect(images.length).toBeGreaterThan(0);
    for (const url of images) {
      // Links point at the repository's copy (so they work on the registry's page): the file must be here.
      expect(url.startsWith(imageBase())).toBe(true);
      const path = `docs/images/${url.slice(imageBase().length)}`;
      expect(() => readFileSync(new URL(`../../${path}`, import.meta.url))).not.toThrow();
    }
  });
});
