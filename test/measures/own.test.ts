/**
 * The unit's own measures (ownMeasures): validated like every field, kept through CSV, shown first
 * in every output, counted for residual risk where they say what they lower, and never dropped or
 * reordered behind a proposal.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/build.js';
import { checkControls } from '../../src/measures/controls.js';
import type { OrganizationDocument, OwnMeasure } from '../../src/model/document.js';
import { decodeOwnMeasures, encodeOwnMeasures } from '../../src/render/csv-columns.js';
import { importCsv } from '../../src/read/csv-import.js';
import { renderCsv } from '../../src/render/csv.js';
import { renderHtml } from '../../src/render/html.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { riskPointMeasureLines } from '../../src/render/options.js';
import { parseDocument, validateDocument } from '../../src/validate/document.js';
import { documentArb, ownMeasureArb } from '../support/arbitraries.js';
import { LOCALES } from '../../src/i18n/locale.js';

const base = (ownMeasures: unknown, controls: readonly string[] = []): unknown => ({
  posts: [
    {
      id: 'p1',
      name: '出纳',
      department: '财务科',
      rank: 'staff',
      tenureYears: 2,
      powers: [
        {
          id: 'w1',
          name: '资金支付',
          category: 'finance',
          steps: ['审核', '支付'],
          riskPoints: [
            {
              id: 'r1',
              description: '未按审批顺序支付，借机索取好处',
              step: '支付',
              riskCategory: 'process',
              factors: { fundLinkage: 5, discretion: 4, likelihood: 4, harm: 4, monitoringDifficulty: 4, opacity: 4, externalContact: 3 },
              controls,
              ownMeasures,
            },
          ],
        },
      ],
    },
  ],
});

const rpOf = (doc: OrganizationDocument) => doc.posts[0]!.powers[0]!.riskPoints[0]!;

describe('validation of own measures', () => {
  it('accepts labels in any locale and returns ids', () => {
    const doc = parseDocument(base([{ text: '按审批先后顺序排队支付', phase: '中期监控', owner: '部門主管', lowers: ['自由裁量空间', 'opacity'] }]));
    expect(rpOf(doc).ownMeasures).toEqual([{ text: '按审批先后顺序排队支付', phase: 'during', owner: 'department-head', lowers: ['discretion', 'opacity'] }]);
  });

  it('refuses an unknown phase, a blank text and a repeated factor, with their paths', () => {
    const checked = validateDocument(base([{ text: ' ', phase: 'soon' }, { text: 'x', lowers: ['harm', 'harm'] }]));
    expect(checked.ok).toBe(false);
    const paths = checked.problems.filter((p) => p.severity === 'error').map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'posts[0].powers[0].riskPoints[0].ownMeasures[0].text',
        'posts[0].powers[0].riskPoints[0].ownMeasures[0].phase',
        'posts[0].powers[0].riskPoints[0].ownMeasures[1].lowers[1]',
      ]),
    );
  });

  it('warns about a template id the library does not know, at its path', () => {
    const doc = parseDocument(base([{ text: '双人复核', template: 'dual-signatur' }]));
    const problems = checkControls(doc);
    expect(problems.map((p) => [p.code, p.path])).toEqual([['unknown-control', 'posts[0].powers[0].riskPoints[0].ownMeasures[0].template']]);
    expect(problems[0]!.message['zh-CN']).toContain('dual-signature');
  });
});

describe('own measures and residual risk', () => {
  const level = (ownMeasures: unknown, controls: readonly string[] = []) => {
    const rp = buildCatalog(parseDocument(base(ownMeasures, controls))).posts[0]!.powers[0]!.riskPoints[0]!;
    return rp;
  };

  it('a measure without lowers or template leaves the residual risk as it is', () => {
    const rp = level([{ text: '加强教育' }]);
    expect(rp.residualScore).toBe(rp.score);
  });

  it('lowers takes each listed factor down one step', () => {
    const none = level(undefined);
    const rp = level([{ text: '支付计划每月公示', lowers: ['discretion', 'opacity', 'monitoringDifficulty', 'likelihood'] }]);
    expect(rp.residualScore).toBeLessThan(none.residualScore);
    const detail = rp.explanation.detail as unknown as { residual: { reductions: { factor: string; from: number; to: number }[]; ownMeasures: number[] } };
    expect(detail.residual.ownMeasures).toEqual([0]);
    expect(detail.residual.reductions.map((r) => [r.factor, r.from - r.to])).toEqual([
      ['discretion', 1],
      ['opacity', 1],
      ['likelihood', 1],
      ['monitoringDifficulty', 1],
    ]);
  });

  it('a template named by an own measure counts like the same control, and only once', () => {
    const asControl = level(undefined, ['dual-signature']);
    const asOwn = level([{ text: '支付须经出纳和会计双人复核', template: 'dual-signature' }]);
    const both = level([{ text: '支付须经出纳和会计双人复核', template: 'dual-signature' }], ['dual-signature']);
    expect(asOwn.residualScore).toBe(asControl.residualScore);
    expect(both.residualScore).toBe(asControl.residualScore);
    expect(asOwn.residualScore).toBeLessThan(asOwn.score);
  });

  it('an adopted template is not proposed again, and the phases own measures cover need no fallback', () => {
    const rp = level([
      { text: '支付须经出纳和会计双人复核', template: 'dual-signature', phase: 'during' },
      { text: '每年开展一次专项检查', phase: 'after' },
    ]);
    expect(rp.measures.map((m) => m.templateId)).not.toContain('dual-signature');
  });
});

describe('own measures in every output', () => {
  const doc = parseDocument(
    base([
      { text: '按审批先后顺序排队支付', phase: 'during', owner: 'leader-in-charge', deadline: '2026-06-30', indicator: '插队支付0笔' },
      { text: '支付异议可向纪检组书面反映' },
    ]),
  );
  const catalog = buildCatalog(doc);

  it('Markdown lists them first in the row, before any proposal, and in full below the table', () => {
    const md = renderMarkdown(catalog);
    const row = md.split('\n').find((l) => l.includes('未按审批顺序支付')) as string;
    const first = row.indexOf('中期监控：按审批先后顺序排队支付');
    const second = row.indexOf('支付异议可向纪检组书面反映');
    const proposal = row.indexOf('（建议）');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(proposal).toBeGreaterThan(second);
    expect(md).toContain('#### 本单位防控措施');
    expect(md).toContain('时限：2026-06-30');
  });

  it('HTML shows them first in the catalog cell and on the card', () => {
    const html = renderHtml(catalog, { locale: 'zh-CN' });
    const cell = html.slice(html.indexOf('<ol class="ms">'));
    expect(cell.indexOf('按审批先后顺序排队支付')).toBeLessThan(cell.indexOf('(建议)'));
    expect(html).toContain('本单位防控措施');
  });

  it('CSV writes them in their own column and first in the measures column', () => {
    const csv = renderCsv(catalog);
    expect(csv).toContain('按审批先后顺序排队支付【阶段：中期监控；责任：分管领导；时限：2026-06-30；指标：插队支付0笔】');
  });

  it('JSON keeps them as the document gives them', () => {
    const json = JSON.parse(renderJson(catalog, { locale: 'zh-CN' }));
    expect(json.posts[0].powers[0].riskPoints[0].ownMeasures).toEqual(rpOf(doc).ownMeasures);
  });
});

describe('the own-measures cell', () => {
  it('reads a hand-written cell with labels in any locale and blank lines', () => {
    const read = decodeOwnMeasures('实行双人核查【阶段：前期预防；責任：部門主管；降低：自由裁量空间，opacity】\n\n  每月公示支付计划  \n');
    expect(read).toEqual({
      ok: true,
      value: [{ text: '实行双人核查', phase: '前期预防', owner: '部門主管', lowers: ['自由裁量空间', 'opacity'] }, { text: '每月公示支付计划' }],
    });
  });

  it('says which line cannot be read', () => {
    expect(decodeOwnMeasures('好的\n双人核查【阶段：前期预防')).toEqual({ ok: false, line: 2 });
    expect(decodeOwnMeasures('双人核查【颜色：红】')).toEqual({ ok: false, line: 1 });
    expect(decodeOwnMeasures('双人核查【阶段：前期预防】多余')).toEqual({ ok: false, line: 1 });
  });

  it('round trip: any measures, written in any locale, read back to the same measures after validation', () => {
    fc.assert(
      fc.property(fc.array(ownMeasureArb, { minLength: 1, maxLength: 4 }), fc.constantFrom(...LOCALES), (measures, locale) => {
        const read = decodeOwnMeasures(encodeOwnMeasures(measures, locale));
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        const doc = parseDocument(base(read.value));
        expect(rpOf(doc).ownMeasures).toEqual(measures);
      }),
      { numRuns: 200 },
    );
  });

  it('round trip: a catalog exported to CSV and imported again keeps every own measure', () => {
    const own: OwnMeasure[] = [{ text: '按顺序支付', phase: 'during', lowers: ['discretion'] }, { text: '公示|计划,"引号"' }];
    const doc = parseDocument(base(own));
    for (const locale of LOCALES) {
      const back = importCsv(renderCsv(buildCatalog(doc), { locale }));
      expect(back.ok).toBe(true);
      if (back.ok) expect(rpOf(back.value).ownMeasures).toEqual(own);
    }
  });
});

describe('property: a unit’s own measure is never dropped or reordered after a proposal', () => {
  it('in the catalog and in the rendered measure lines, own measures come first, all of them, in document order', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const catalog = buildCatalog(doc);
        const byId = new Map(doc.posts.flatMap((p) => p.powers.flatMap((w) => w.riskPoints.map((r) => [r.id, r] as const))));
        for (const post of catalog.posts) {
          for (const power of post.powers) {
            for (const rp of power.riskPoints) {
              const own = byId.get(rp.id)?.ownMeasures ?? [];
              expect(rp.ownMeasures).toEqual(own);
              const lines = riskPointMeasureLines(rp, 'zh-CN');
              own.forEach((m, i) => expect(lines[i]).toContain(m.text));
              expect(lines.length).toBe(own.length + rp.measures.length);
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
