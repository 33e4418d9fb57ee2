/**
 * Placeholder filling: templates are split once and cached, which must never change a result.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fill, fillAll, LOCALES, type LocalizedText } from '../../src/i18n/locale.js';

const CLOSING: Record<string, string> = { '“': '”', '「': '」', '"': '"' };
const INNER: Record<string, string> = { '“': '‘', '”': '’', '「': '『', '」': '』', '"': "'" };

/**
 * The plain definition: every `{name}` with a value is replaced, others are left as written; a value
 * the template quotes has its own quotation marks written as inner ones (“‘…’”, 「『…』」, "'…'").
 */
function reference(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{([A-Za-z][A-Za-z0-9_]*)\}/g, (whole, name: string, at: number) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = String(params[name]);
    const open = template.charAt(at - 1);
    const quoted = CLOSING[open] !== undefined && template.charAt(at + whole.length) === CLOSING[open];
    return quoted ? value.replace(/[“”「」"]/g, (q) => INNER[q]!) : value;
  });
}

const nameArb = fc.constantFrom('post', 'power', 'step', 'n', 'x1', '__proto__', 'constructor');
const templateArb = fc
  .array(fc.oneof(fc.string({ maxLength: 6 }), nameArb.map((n) => `{${n}}`), fc.constantFrom('{', '}', '{}', '{1x}')), { maxLength: 8 })
  .map((parts) => parts.join(''));
const paramsArb = fc.dictionary(nameArb, fc.oneof(fc.string({ maxLength: 5 }), fc.integer()));

describe('fill and fillAll', () => {
  it('a quoted value is not quoted twice: its own quotation marks become inner ones, in every locale', () => {
    const text: LocalizedText = { 'zh-CN': '落实“{title}”', 'zh-TW': '落實「{title}」', en: 'put "{title}" in place' };
    const out = fillAll(text, { title: { 'zh-CN': '“四位一体”考核', 'zh-TW': '「四位一體」考核', en: 'the "four in one" review' } });
    expect(out).toEqual({ 'zh-CN': '落实“‘四位一体’考核”', 'zh-TW': '落實「『四位一體』考核」', en: "put \"the 'four in one' review\" in place" });
    // Unquoted slots and quotes the template writes around other text are left alone.
    expect(fill('{title}：“{n}”项', { title: '“三重一大”', n: 3 })).toBe('“三重一大”：“3”项');
  });

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
