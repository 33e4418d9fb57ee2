/**
 * One vocabulary: a word the reader meets in two outputs is the same word in every locale.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LOCALES, type LocalizedText } from '../../src/i18n/locale.js';
import { HTML_LABELS } from '../../src/render/html-labels.js';
import { RENDER_LABELS } from '../../src/render/labels.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('one vocabulary', () => {
  it('invariant "no drift": a label key the Markdown and HTML tables share, with the same Chinese, reads the same in every locale', () => {
    const drift: string[] = [];
    const markdown: Readonly<Record<string, LocalizedText | undefined>> = RENDER_LABELS;
    for (const [key, html] of Object.entries(HTML_LABELS) as [string, LocalizedText][]) {
      const md = markdown[key];
      if (md === undefined || md['zh-CN'] !== html['zh-CN']) continue;
      for (const l of LOCALES) if (md[l] !== html[l]) drift.push(`${key} ${l}: ${md[l]} / ${html[l]}`);
    }
    expect(drift).toEqual([]);
  });

  it('zh-TW writes 分佈 everywhere, never 分布 (one spelling across every table)', () => {
    const found = sourceFiles(SRC).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/'zh-TW':\s*'([^']*分布[^']*)'/g)].map((m) => `${f}: ${m[1]}`));
    expect(found).toEqual([]);
  });
});
