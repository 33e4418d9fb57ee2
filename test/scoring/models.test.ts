import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countModelArb, matrixModelArb, weightedModelArb } from '../support/model-arbitraries.js';
import { DEFAULT_MODEL, EXAMPLE_MODELS } from '../../src/scoring/defaults.js';
import { validateModel } from '../../src/scoring/validate-model.js';

describe('model arbitraries', () => {
  it('produce valid models of every method', () => {
    for (const arb of [weightedModelArb, matrixModelArb, countModelArb]) {
      const samples = fc.sample(arb, 30);
      expect(samples.length).toBe(30);
      for (const m of samples) expect(validateModel(m).ok).toBe(true);
    }
  });
});

describe('shipped models', () => {
  it('every shipped model passes validation and lint without problems and survives JSON', () => {
    for (const [id, model] of Object.entries(EXAMPLE_MODELS)) {
      const checked = validateModel(JSON.parse(JSON.stringify(model)));
      expect(checked.problems, id).toEqual([]);
      expect(checked.ok).toBe(true);
      if (checked.ok) expect(checked.value).toEqual(model);
    }
    expect(EXAMPLE_MODELS.default).toBe(DEFAULT_MODEL);
  });
});
