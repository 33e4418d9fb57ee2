import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDir, tempFile } from './run.js';

const DIR = fileURLToPath(new URL('../../examples/', import.meta.url));
const NAMES = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

describe('integrity-risk validate on the examples', () => {
  for (const name of NAMES) {
    it(`accepts ${name}`, () => {
      const r = cli(['validate', `${DIR}${name}`]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/有效：\d+ 个岗位，\d+ 项权力事项，\d+ 个风险点\n$/);
    });

    it(`rejects a broken copy of ${name} with precise paths`, () => {
      const doc = JSON.parse(readFileSync(`${DIR}${name}`, 'utf8'));
      const last = doc.posts.length - 1;
      const power = doc.posts[last].powers[0];
      const rp = power.riskPoints[0];
      rp.factors.harm = 9;
      rp.step = `${rp.step}X`;
      power.riskPoints.push({ ...rp, step: power.steps[0], factors: {}, id: doc.posts[0].id });
      delete doc.posts[0].rank;
      const file = tempFile(dir, `broken-${name}`, JSON.stringify(doc, null, 2));
      const r = cli(['validate', file, '--locale', 'en']);
      expect(r.code).toBe(1);
      const n = power.riskPoints.length - 1;
      expect(r.stderr.trimEnd().split('\n')).toEqual([
        'posts[0].rank: required field "rank" is missing',
        `posts[${last}].powers[0].riskPoints[0].factors.harm: must be between 1 and 5, got 9`,
        `posts[${last}].powers[0].riskPoints[${n}].id: id "${doc.posts[0].id}" is a duplicate; it is already used at posts[0].id`,
        expect.stringMatching(new RegExp(`^posts\\[${last}\\]\\.powers\\[0\\]\\.riskPoints\\[0\\]\\.step: step ".*X" is not one of its power's steps`)),
      ]);
    });
  }
});
