/**
 * Measures the level agreement of suggested ratings alone (every rating removed, then
 * `suggestDocumentRatings`, then the default model) against the published levels of a folder of
 * graded documents, and lists every row that disagrees with its suggested ratings, so the
 * disagreements can be read. Used on the development set (`examples/calibration/dev/`) while the
 * suggester is worked on, and once on the calibration set (`examples/calibration/`) as the held-out
 * test:
 *
 *   npx tsx scripts/suggested-agreement.ts examples/calibration/dev
 *   npx tsx scripts/suggested-agreement.ts examples/calibration
 *
 * `--quiet` prints the figure only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suggestDocumentRatings } from '../src/factors/suggest.js';
import type { OrganizationDocument } from '../src/model/document.js';
import { FACTOR_IDS } from '../src/model/enums.js';
import { DEFAULT_MODEL } from '../src/scoring/defaults.js';
import { measureAgreement } from '../src/scoring/calibrate.js';
import { scoreRiskPoint } from '../src/scoring/engine.js';
import { parseDocument } from '../src/validate/document.js';

/** The documents of a folder (its `*.json`, not recursive), in file-name order, validated. */
export function readGraded(dir: string): readonly OrganizationDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => parseDocument(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
}

/** The documents with every rating removed, on the risk points and on the posts. */
export function unrated(docs: readonly OrganizationDocument[]): OrganizationDocument[] {
  return docs.map((d) => ({
    ...d,
    posts: d.posts.map((p) => ({ ...p, factors: {}, powers: p.powers.map((w) => ({ ...w, riskPoints: w.riskPoints.map((r) => ({ ...r, factors: {} })) })) })),
  }));
}

/** The documents rated by suggestion alone. */
export function suggestedOnly(docs: readonly OrganizationDocument[]): OrganizationDocument[] {
  return unrated(docs).map((d) => suggestDocumentRatings(d).document);
}

const figure = (agreed: number, total: number): string => `${agreed}/${total}（${(Math.round((agreed / Math.max(total, 1)) * 1000) / 10).toFixed(1)}%）`;

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop() ?? '')) {
  const dir = process.argv[2] ?? 'examples/calibration/dev';
  const quiet = process.argv.includes('--quiet');
  const docs = suggestedOnly(readGraded(dir));
  const a = measureAgreement(docs, DEFAULT_MODEL);
  console.log(`${dir}: suggested ratings alone agree on ${figure(a.agreed, a.total)}`);
  if (!quiet) {
    for (const d of docs) {
      for (const p of d.posts) {
        for (const w of p.powers) {
          for (const r of w.riskPoints) {
            const s = scoreRiskPoint(p, w, r, { model: DEFAULT_MODEL });
            if (s.level === r.publishedLevel) continue;
            const ratings = FACTOR_IDS.map((f) => r.factors[f] ?? '-').join('');
            console.log(`  ${r.id}: published ${r.publishedLevel}, suggested ${s.level} (${s.score}) [${ratings}] ${p.rank} ${w.category} | ${r.description.slice(0, 50)}`);
          }
        }
      }
    }
  }
}
