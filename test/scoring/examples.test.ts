/**
 * The shipped models on the example documents: every risk point and post gets a level, a score and
 * an explanation, and the default model tells risk points apart rather than grading them all alike.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { controlEffects } from '../../src/measures/library.js';
import { parseDocument } from '../../src/validate/document.js';
import { EXAMPLE_MODELS } from '../../src/scoring/defaults.js';
import { assess } from '../../src/scoring/engine.js';

const DIR = fileURLToPath(new URL('../../examples/', import.meta.url));

const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));

describe('shipped models on the example documents', () => {
  it('there are examples to score', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const file of files) {
    const doc = parseDocument(JSON.parse(readFileSync(DIR + file, 'utf8')));
    for (const [id, model] of Object.entries(EXAMPLE_MODELS)) {
      it(`${file} under ${id}: every risk point and post has a level, a score 0-100 and an explanation`, () => {
        const a = assess(doc, { model, controlEffects: controlEffects() });
        const rpCount = doc.posts.reduce((n, p) => n + p.powers.reduce((m, w) => m + w.riskPoints.length, 0), 0);
        expect(a.riskPoints.size).toBe(rpCount);
        expect(a.posts.size).toBe(doc.posts.length);
        for (const x of [...a.riskPoints.values(), ...a.posts.values()]) {
          expect(['low', 'medium', 'high']).toContain(x.level);
          expect(x.score).toBeGreaterThanOrEqual(0);
          expect(x.score).toBeLessThanOrEqual(100);
          expect(x.explanation.text['zh-CN'].length).toBeGreaterThan(10);
        }
        const lowered = [...a.riskPoints.values()].filter((x) => x.residualScore < x.score);
        expect(lowered.length).toBeGreaterThan(0); // the template library's effects reach the examples' controls
        if (id === 'default') {
          const levels = new Set([...a.riskPoints.values()].map((x) => x.level));
          expect(levels.size).toBeGreaterThanOrEqual(2);
        }
      });
    }
  }
});
