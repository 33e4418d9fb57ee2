/**
 * Issue 13's "done when", as a unit does it: a published 一览表 saved as CSV goes through
 * `import old.csv -o unit.json` and `catalog unit.json --suggest-ratings --format html`, every
 * risk point graded, every suggested rating marked, its own levels and measures still there.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from './run.js';

const SHEET = fileURLToPath(new URL('../../examples/sheets/published-catalog.csv', import.meta.url));

describe('a published 一览表 through the CLI', () => {
  it('imports, then grades every risk point from its text with its published level and measures beside', () => {
    const dir = mkdtempSync(join(tmpdir(), 'integrity-risk-published-'));
    const unit = join(dir, 'unit.json');
    const imported = cli(['import', SHEET, '-o', unit]);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toContain('职级按岗位名称推定');
    expect(imported.stderr).toContain('不认识的列“备注”');
    const doc = JSON.parse(readFileSync(unit, 'utf8'));
    const points = doc.posts.flatMap((p: { powers: { riskPoints: unknown[] }[] }) => p.powers.flatMap((w) => w.riskPoints));
    expect(points).toHaveLength(11);
    const html = cli(['catalog', unit, '--suggest-ratings', '--format', 'html']);
    expect(html.code).toBe(0);
    // Each risk point's row shows the computed level with the published one beside it.
    expect([...html.stdout.matchAll(/原定：[高中低]/g)]).toHaveLength(11);
    for (const rp of points as { description: string; ownMeasures: { text: string }[] }[]) {
      expect(html.stdout).toContain(rp.description);
      for (const m of rp.ownMeasures) expect(html.stdout).toContain(m.text);
    }
    // Every suggested rating is marked for the committee's review.
    const json = JSON.parse(cli(['catalog', unit, '--suggest-ratings', '--format', 'json']).stdout);
    const cps = json.posts.flatMap((p: { powers: { riskPoints: unknown[] }[] }) => p.powers.flatMap((w) => w.riskPoints));
    for (const rp of cps as { suggestedFactors?: unknown[]; publishedLevel?: string; level: string }[]) {
      expect(rp.suggestedFactors).toHaveLength(9);
      expect(['high', 'medium', 'low']).toContain(rp.publishedLevel);
    }
  });

  it('import --suggest-ratings marks the document: catalog without the flag then grades as catalog --suggest-ratings does, the sheet\'s ratings untouched, and the mark survives the CSV', () => {
    const dir = mkdtempSync(join(tmpdir(), 'integrity-risk-published-'));
    const plain = join(dir, 'plain.json');
    const marked = join(dir, 'marked.json');
    expect(cli(['import', SHEET, '-o', plain]).code).toBe(0);
    const imported = cli(['import', SHEET, '--suggest-ratings', '-o', marked]);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toContain('建议评分：99 项未评分的因素将按文字建议评定（待评审），0 项已有评分不变');
    const a = JSON.parse(readFileSync(plain, 'utf8'));
    const b = JSON.parse(readFileSync(marked, 'utf8'));
    // The mark only: no rating is written into the document.
    expect(Object.keys(b)).toEqual([...Object.keys(a).filter((k) => k !== 'posts'), 'suggestRatings', 'posts']);
    expect(b.posts).toEqual(a.posts);
    expect(b.suggestRatings).toBe(true);
    const asked = cli(['catalog', plain, '--suggest-ratings', '--format', 'csv']);
    const itself = cli(['catalog', marked, '--format', 'csv']);
    expect(itself.code).toBe(0);
    // The same grading and the same suggested-ratings column; the marked one also carries its mark.
    const strip = (csv: string) => csv.split('\n').map((line) => line.split(',').filter((_, i) => i !== 2).join(','));
    expect(strip(itself.stdout)).toEqual(strip(asked.stdout));
    expect(itself.stdout.split('\n')[1]!.split(',')[2]).toBe('是');
    // Through the data sheet and back: the same document, mark included.
    const back = cli(['import', '-'], itself.stdout);
    expect(back.code).toBe(0);
    expect(JSON.parse(back.stdout)).toEqual(b);
  });
});
