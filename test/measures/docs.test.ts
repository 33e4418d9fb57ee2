import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolveTemplates } from '../../src/measures/user.js';
import { validateFindingSettings } from '../../src/findings/settings.js';
import { BUILTIN_TEMPLATES } from '../../src/measures/templates.js';

const doc = readFileSync(new URL('../../docs/readme/measures.md', import.meta.url), 'utf8');
const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1] ?? '') as unknown);

describe('docs/readme/measures.md', () => {
  it('the user library example is accepted without problems', () => {
    const r = resolveTemplates(blocks[0]);
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
  });
  it('the finding settings example is accepted without problems', () => {
    const r = validateFindingSettings(blocks[1]);
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
  });
  it('the template table lists every built-in template', () => {
    for (const t of BUILTIN_TEMPLATES) expect(doc).toContain(`| \`${t.id}\` | ${t.title['zh-CN']} |`);
  });
});
