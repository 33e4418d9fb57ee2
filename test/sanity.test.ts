import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { documentArb } from './support/arbitraries.js';
import { fill, fillAll } from '../src/i18n/locale.js';
import { joinPath } from '../src/validate/problem.js';

describe('i18n fill', () => {
  it('fills placeholders and keeps unknown ones', () => {
    expect(fill('岗位 {post} {x}', { post: '出纳' })).toBe('岗位 出纳 {x}');
    expect(fillAll({ 'zh-CN': '{a}', 'zh-TW': '{a}', en: '{a}' }, { a: { 'zh-CN': '高', 'zh-TW': '高', en: 'High' } }).en).toBe('High');
  });
});

describe('joinPath', () => {
  it('builds JSON paths', () => {
    expect(joinPath('', 'posts')).toBe('posts');
    expect(joinPath('posts', 2)).toBe('posts[2]');
    expect(joinPath('posts[2]', 'a b')).toBe('posts[2]["a b"]');
  });
});

describe('documentArb', () => {
  it('ids are unique within a document', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const ids: string[] = [];
        for (const p of doc.posts) {
          ids.push(p.id);
          for (const w of p.powers) {
            ids.push(w.id);
            for (const r of w.riskPoints) ids.push(r.id);
          }
        }
        expect(new Set(ids).size).toBe(ids.length);
      }),
    );
  });
});
