import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/render/docx.js';
import { catalogTable } from '../../src/render/catalog-table.js';
import { LOCALES } from '../../src/i18n/locale.js';
import { sampleCatalog } from '../fixtures/sample-catalog.js';
import { checkPackage, contentTypeOf, docxParagraphs as paragraphs } from '../support/ooxml.js';

describe('DOCX package', () => {
  it('structure: every part well-formed, typed and related; document, styles, settings, fonts and footer present', async () => {
    const parts = await checkPackage(renderDocx(sampleCatalog, { locale: 'zh-CN' }));
    expect([...parts.keys()].sort()).toEqual(
      [
        '[Content_Types].xml',
        '_rels/.rels',
        'docProps/app.xml',
        'docProps/core.xml',
        'word/_rels/document.xml.rels',
        'word/document.xml',
        'word/fontTable.xml',
        'word/footer1.xml',
        'word/settings.xml',
        'word/styles.xml',
      ].sort(),
    );
    expect(contentTypeOf(parts, 'word/document.xml')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
    expect(contentTypeOf(parts, 'word/footer1.xml')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml');
  });

  it('the 一览表: A4 landscape, one real table with the header row repeated, merged post cells, Chinese fonts, page numbers, signature block', async () => {
    const parts = await checkPackage(renderDocx(sampleCatalog, { locale: 'zh-CN' }));
    const doc = parts.get('word/document.xml')!;
    expect(doc).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(doc.match(/<w:tbl>/g)).toHaveLength(1);
    expect(doc.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(doc).toContain('<w:vMerge w:val="restart"/>');
    expect(doc).toContain('<w:vMerge/>');
    expect(doc).toContain('w:eastAsia="仿宋"');
    expect(doc).toContain('w:eastAsia="宋体"');
    expect(parts.get('word/fontTable.xml')).toContain('<w:altName w:val="FangSong"/>');
    expect(parts.get('word/footer1.xml')).toContain(' NUMPAGES ');
    const table = catalogTable(sampleCatalog, 'zh-CN');
    const texts = paragraphs(doc);
    expect(texts[0]).toBe('岗位廉政风险防控一览表');
    for (const c of table.columns) expect(texts).toContain(c.label);
    expect(texts.at(-1)).toBe('编制单位（盖章）：某县“样例”局 & <测试>　　　　审核人：　　　　编制日期：');
    // Rows: one per table row, plus the header.
    expect(doc.match(/<w:tr>/g)).toHaveLength(table.rows.length + 1);
  });

  it('reading text only: no document id appears in the document, in any locale', async () => {
    for (const locale of LOCALES) {
      const parts = await checkPackage(renderDocx(sampleCatalog, { locale }));
      const text = paragraphs(parts.get('word/document.xml')!).join('\n');
      for (const post of sampleCatalog.posts) {
        expect(text).not.toContain(post.id);
        for (const power of post.powers) {
          expect(text).not.toContain(power.id);
          for (const rp of power.riskPoints) expect(text).not.toContain(rp.id);
        }
      }
    }
  });

  it('determinism: the same catalog gives the same bytes', () => {
    expect(renderDocx(sampleCatalog, { locale: 'en' })).toEqual(renderDocx(sampleCatalog, { locale: 'en' }));
  });
});
