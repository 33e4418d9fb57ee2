/**
 * Placeholder filling: templates are split once and cached, which must never change a result.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fill, fillAll, LOCALES, type LocalizedText } from '../../src/i18n/locale.js';

/** The plain definition: every `{name}` with a value is replaced, others are left as written. */
function reference(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{([A-Za-z][A-Za-z0-9_]*)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

const nameArb = fc.constantFrom('post', 'power', 'step', 'n', 'x1', '__proto__', 'constructor');
const templateArb = fc
  .array(fc.oneof(fc.string({ maxLength: 6 }), nameArb.map((n) => `{${n}}`), fc.constantFrom('{', '}', '{}', '{1x}')), { maxLength: 8 })
  .map((parts) => parts.join(''));
const paramsArb = fc.dictionary(nameArb, fc.oneof(fc.string({ maxLength: 5 }), fc.integer()));

describe('fill and fillAll', () => {
  it('equal the plain definition for any template and values, however often the template is reused', () => {
    fc.assert(
      fc.property(templateArb, paramsArb, (template, params) => {
        expect(fill(template, params)).toBe(reference(template, params));
        expect(fill(template, params)).toBe(reference(template, params));
        const text: LocalizedText = { 'zh-CN': template, 'zh-TW': `${template}!`, en: `(${template})` };
        const out = fillAll(text, params);
        for (const l of LOCALES) expect(out[l]).toBe(reference(text[l], params));
      }),
      { numRuns: 300 },
    );
  });

  it('a template object changed after use is filled from its new text, never a stale cached one', () => {
    const text: { -readonly [L in keyof LocalizedText]: string } = { 'zh-CN': '岗位{post}', 'zh-TW': '崗位{post}', en: 'post {post}' };
    expect(fillAll(text, { post: 'A' }).en).toBe('post A');
    text.en = 'the {post} post';
    text['zh-CN'] = '{post}岗';
    expect(fillAll(text, { post: 'A' })).toEqual({ 'zh-CN': 'A岗', 'zh-TW': '崗位A', en: 'the A post' });
  });

  it('localized values fill in their own locale', () => {
    const v: LocalizedText = { 'zh-CN': '高', 'zh-TW': '高', en: 'high' };
    expect(fillAll({ 'zh-CN': '{l}风险', 'zh-TW': '{l}風險', en: '{l} risk' }, { l: v })).toEqual({ 'zh-CN': '高风险', 'zh-TW': '高風險', en: 'high risk' });
  });
});
