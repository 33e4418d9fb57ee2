/**
 * The figures the README's calibration chapter states are measured here, on the calibration set:
 * the default model's agreement, and calibrate's in-sample and 5-fold cross-validated agreement.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { calibrate, measureAgreement, type Agreement } from '../../src/scoring/calibrate.js';
import { DEFAULT_MODEL } from '../../src/scoring/defaults.js';
import { suggestDocumentRatings } from '../../src/factors/suggest.js';
import { suggestedOnly, unrated as stripRatings } from '../../scripts/suggested-agreement.js';
import { CALIBRATION_FILES, CALIBRATION_SET, DEV_SET } from './support.js';

const CHAPTER = readFileSync(fileURLToPath(new URL('../../docs/readme/calibration.md', import.meta.url)), 'utf8');

/** The figure after a marker, e.g. `<!-- default-agreement -->**32/41（78.0%）**`. */
function stated(marker: string): string {
  const m = new RegExp(`<!-- ${marker} -->\\**(\\d+/\\d+（\\d+\\.\\d%）)`).exec(CHAPTER);
  if (m === null) throw new Error(`the README states no ${marker}`);
  return m[1] as string;
}

const figure = (a: Agreement) => `${a.agreed}/${a.total}（${(Math.round(a.rate * 1000) / 10).toFixed(1)}%）`;

describe('the README states the agreement measured on the calibration set', () => {
  it('the default model', () => {
    expect(figure(measureAgreement(CALIBRATION_SET, DEFAULT_MODEL))).toBe(stated('default-agreement'));
  });

  it('calibrate from the default model, in sample and 5-fold cross-validated', () => {
    const r = calibrate(CALIBRATION_SET, { folds: 5 });
    expect(figure(r.baseline)).toBe(stated('default-agreement'));
    expect(figure(r.agreement)).toBe(stated('fitted-agreement'));
    expect(r.crossValidation).not.toBeNull();
    expect(figure(r.crossValidation!)).toBe(stated('cv-agreement'));
  });

  it('suggested ratings alone, and no ratings at all, on the set with its ratings removed', () => {
    const unrated = stripRatings(CALIBRATION_SET);
    const suggested = unrated.map((d) => suggestDocumentRatings(d).document);
    expect(figure(measureAgreement(suggested, DEFAULT_MODEL))).toBe(stated('suggested-agreement'));
    expect(figure(measureAgreement(unrated, DEFAULT_MODEL))).toBe(stated('unrated-agreement'));
  });

  it('suggested ratings alone on the development set (examples/calibration/dev/), the set the suggester is worked on', () => {
    expect(figure(measureAgreement(suggestedOnly(DEV_SET), DEFAULT_MODEL))).toBe(stated('dev-suggested-agreement'));
    expect(figure(measureAgreement(suggestedOnly(CALIBRATION_SET), DEFAULT_MODEL))).toBe(stated('suggested-agreement'));
    expect(figure(measureAgreement(stripRatings(CALIBRATION_SET), DEFAULT_MODEL))).toBe(stated('unrated-agreement'));
  });

  it('the development set is apart from the calibration set: its own folder, other sources, published levels and sources on every row, no ratings', () => {
    expect(CALIBRATION_FILES.every((f) => !f.includes('/'))).toBe(true);
    const rows = (docs: typeof DEV_SET) => docs.flatMap((d) => d.posts.flatMap((p) => p.powers.flatMap((w) => w.riskPoints.map((r) => ({ r, p })))));
    const dev = rows(DEV_SET);
    expect(dev.length).toBeGreaterThanOrEqual(40);
    expect(dev.every(({ r, p }) => r.publishedLevel !== undefined && r.source?.startsWith('http') === true && Object.keys(r.factors).length === 0 && Object.keys(p.factors).length === 0)).toBe(true);
    const devSources = new Set(dev.map(({ r }) => r.source));
    expect(devSources.size).toBeGreaterThanOrEqual(5);
    const calibrationSources = new Set(rows(CALIBRATION_SET).map(({ r }) => r.source));
    expect([...devSources].filter((s) => calibrationSources.has(s))).toEqual([]);
    expect(new Set(rows(CALIBRATION_SET).map(({ r }) => r.id)).size + new Set(dev.map(({ r }) => r.id)).size).toBe(new Set([...rows(CALIBRATION_SET), ...dev].map(({ r }) => r.id)).size);
  });

  it('the set holds at least 40 graded risk points from at least 5 sources, each with its source', () => {
    const rows = CALIBRATION_SET.flatMap((d) => d.posts.flatMap((p) => p.powers.flatMap((w) => w.riskPoints)));
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(rows.every((r) => r.publishedLevel !== undefined && r.source !== undefined && r.source.startsWith('http'))).toBe(true);
    expect(new Set(rows.map((r) => r.source)).size).toBeGreaterThanOrEqual(5);
  });
});
