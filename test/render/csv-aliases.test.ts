import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/build.js';
import { renderCsv } from '../../src/render/csv.js';
import { importCsv } from '../../src/read/csv-import.js';
import type { OrganizationDocument } from '../../src/model/document.js';

const doc: OrganizationDocument = {
  posts: [
    {
      id: 'p1',
      name: '局长',
      department: '局领导',
      rank: 'principal',
      tenureYears: 3,
      factors: {},
      powers: [{ id: 'w1', name: '干部任免', category: 'personnel', majorMatter: true, collectiveDecision: true, steps: ['动议', '决定'], riskPoints: [] }],
    },
  ],
};

describe('CSV import reads ranks as a party branch writes them', () => {
  for (const spelling of ['一把手', '正职', '正職', '主要负责人', 'principal']) {
    it(`${spelling} is read as principal`, () => {
      const csv = renderCsv(buildCatalog(doc), { locale: 'zh-CN' }).replace('主要负责人（一把手/正职）', spelling);
      const result = importCsv(csv);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.value.posts[0]?.rank).toBe('principal');
    });
  }
});
