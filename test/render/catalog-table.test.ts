import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCatalog } from '../../src/catalog/build.js';
import { LOCALES } from '../../src/i18n/locale.js';
import { OWNER_TIERS, RANKS } from '../../src/model/enums.js';
import type { OrganizationDocument } from '../../src/model/document.js';
import {
  CATALOG_TABLE_COLUMN_DEFS,
  CATALOG_TABLE_COLUMNS,
  catalogTable,
  catalogTableCellText,
  responsibleRoles,
  type CatalogTableRow,
} from '../../src/render/catalog-table.js';
import { parseDocument } from '../../src/validate/document.js';
import { documentArb } from '../support/arbitraries.js';
import { catalogFromDocument } from '../support/catalog-from-document.js';

const example = (name: string): OrganizationDocument =>
  parseDocument(JSON.parse(readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), 'utf8')));

/** Checks that each span group starts with its count and covers exactly the rows that share its value. */
function checkSpans(rows: readonly CatalogTableRow[], key: 'department' | 'post' | 'power'): void {
  let i = 0;
  while (i < rows.length) {
    const span = rows[i]!.spans[key];
    expect(span).toBeGreaterThan(0);
    for (let j = i + 1; j < i + span; j++) {
      expect(rows[j]!.spans[key]).toBe(0);
      expect(rows[j]![key]).toBe(rows[i]![key]);
    }
    i += span;
  }
  expect(i).toBe(rows.length);
}

describe('catalogTable (the 一览表 model)', () => {
  const county = buildCatalog(example('county-bureau'));

  it('has the published column order and widths adding up to 100', () => {
    const table = catalogTable(county, 'zh-CN');
    expect(table.columns.map((c) => c.label)).toEqual([
      '序号',
      '科室（部门）',
      '岗位',
      '权力事项',
      '流程环节',
      '风险点（表现形式）',
      '风险类别',
      '风险等级',
      '防控措施',
      '责任人',
    ]);
    expect(CATALOG_TABLE_COLUMNS.reduce((a, k) => a + CATALOG_TABLE_COLUMN_DEFS[k].width, 0)).toBe(100);
    expect(table.signature.map((s) => s.label)).toEqual(['编制单位（盖章）', '审核人', '编制日期']);
  });

  it('one row per risk point, numbered 1..n in catalog order, with the risk point as written; then one row of the measures for the whole post', () => {
    const table = catalogTable(county, 'zh-CN');
    const expected = county.posts.flatMap((p) => p.powers.flatMap((w) => w.riskPoints.map((rp) => ({ post: p.name, power: w.name, rp }))));
    const wide = table.rows.filter((r) => r.postWide === true);
    expect(wide.map((r) => r.post)).toEqual(county.posts.filter((p) => p.postMeasures.length > 0).map((p) => p.name));
    for (const row of wide) {
      const post = county.posts.find((p) => p.name === row.post)!;
      expect(row.number).toBeUndefined();
      expect(row.power).toBe('岗位通用措施');
      expect(row.measures).toEqual(post.postMeasures.map((m, k) => `${k + 1}. ${m.status === 'in-place' ? `${m.title['zh-CN']}（已落实）` : m.title['zh-CN']}`));
      // It closes the post's rows: the next row, if any, is another post's first.
      const next = table.rows[table.rows.indexOf(row) + 1];
      if (next !== undefined) expect(next.spans.post).toBeGreaterThan(0);
    }
    const rows = table.rows.filter((r) => r.postWide !== true);
    expect(rows.length).toBe(expected.length);
    rows.forEach((row, i) => {
      expect(row.number).toBe(i + 1);
      expect(row.post).toBe(expected[i]!.post);
      expect(row.power).toBe(expected[i]!.power);
      expect(row.riskPoint).toBe(expected[i]!.rp.description);
      expect(row.step).toBe(expected[i]!.rp.step);
      expect(row.measures.length).toBe(Math.max(1, expected[i]!.rp.measures.length));
      row.measures.forEach((m, k) => expect(m.startsWith(`${k + 1}. `)).toBe(true));
    });
  });

  it('invariant: merge spans partition the rows into groups of equal department, post and power (random documents)', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const rows = catalogTable(catalogFromDocument(doc), 'zh-CN').rows;
        checkSpans(rows, 'department');
        checkSpans(rows, 'post');
        checkSpans(rows, 'power');
        const riskPoints = doc.posts.reduce((a, p) => a + p.powers.reduce((b, w) => b + w.riskPoints.length, 0), 0);
        expect(rows.filter((r) => r.number !== undefined).length).toBe(riskPoints);
      }),
      { numRuns: 60 },
    );
  });

  it('responsible roles name nobody as supervising himself and are resolved per rank', () => {
    for (const rank of RANKS.map((r) => r.id)) {
      for (const locale of LOCALES) {
        const roles = responsibleRoles({ name: 'P', department: 'D', rank }, OWNER_TIERS, locale);
        expect(new Set(roles).size).toBe(roles.length);
        expect(roles[0]).toBe('P');
      }
    }
    expect(responsibleRoles({ name: '出纳', department: '计划财务股', rank: 'staff' }, ['discipline', 'direct', 'department-head'], 'zh-CN')).toEqual([
      '出纳',
      '计划财务股负责人',
      '纪检监察组',
    ]);
    expect(responsibleRoles({ name: '局长', department: '局领导', rank: 'principal' }, OWNER_TIERS, 'zh-CN')).toEqual([
      '局长',
      '领导班子',
      '上级纪委、派驻纪检监察组',
    ]);
  });

  it('a post without powers and a power without risk points get one unnumbered row saying so', () => {
    const table = catalogTable(
      {
        ...county,
        posts: [
          { ...county.posts[0]!, powers: [] },
          { ...county.posts[1]!, powers: [{ ...county.posts[1]!.powers[0]!, riskPoints: [] }] },
        ],
      },
      'en',
    );
    expect(table.rows.filter((r) => r.postWide !== true).map((r) => [r.number, r.riskPoint])).toEqual([
      [undefined, 'No powers are listed for this post'],
      [undefined, 'No risk points identified'],
    ]);
  });

  it('cell texts: key posts marked, measures and roles one per line', () => {
    const table = catalogTable(county, 'zh-CN');
    const key = table.rows.find((r) => r.keyPost)!;
    expect(catalogTableCellText(key, 'post', 'zh-CN')).toBe(`${key.post}（重点岗位）`);
    expect(catalogTableCellText(key, 'measures', 'zh-CN').split('\n')).toEqual(key.measures);
    expect(catalogTableCellText(key, 'number', 'zh-CN')).toBe(String(key.number));
  });
});
