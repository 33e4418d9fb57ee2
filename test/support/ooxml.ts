/**
 * Structural checks of an Office package, shared by the DOCX and XLSX tests: every part
 * well-formed XML, every part with a content type, every relationship's target present.
 */
import { expect } from 'vitest';
import { openZip } from '../../src/read/zip.js';
import { xmlIssues, xmlTokens } from '../../src/read/xml.js';
import { openXlsx } from '../../src/read/xlsx.js';

/** The package's parts as text, after checking its structure. */
export async function checkPackage(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = openZip(bytes);
  expect(zip.ok).toBe(true);
  if (!zip.ok) throw new Error('not a zip');
  const parts = new Map<string, string>();
  for (const name of zip.value.names) {
    const r = await zip.value.read(name);
    expect(r?.ok, name).toBe(true);
    if (r?.ok) parts.set(name, new TextDecoder('utf-8', { fatal: true }).decode(r.value));
  }
  expect(zip.value.names[0]).toBe('[Content_Types].xml');
  for (const [name, text] of parts) {
    expect(xmlIssues(text), `${name} is well-formed`).toEqual([]);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'), name).toBe(true);
  }
  // Content types: an Override for each XML part, or a Default for its extension.
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const t of xmlTokens(parts.get('[Content_Types].xml')!)) {
    if (t.kind !== 'open') continue;
    if (t.name === 'Default') defaults.set(t.attributes.get('Extension')!, t.attributes.get('ContentType')!);
    if (t.name === 'Override') overrides.set(t.attributes.get('PartName')!, t.attributes.get('ContentType')!);
  }
  for (const name of parts.keys()) {
    if (name === '[Content_Types].xml') continue;
    const type = overrides.get(`/${name}`) ?? defaults.get(name.slice(name.lastIndexOf('.') + 1));
    expect(type, `content type of ${name}`).toBeDefined();
  }
  for (const partName of overrides.keys()) expect(parts.has(partName.slice(1)), `override ${partName} names a part`).toBe(true);
  // Relationships: every internal target exists.
  for (const [name, text] of parts) {
    if (!name.endsWith('.rels')) continue;
    const dir = name.replace(/_rels\/[^/]*$/, '');
    for (const t of xmlTokens(text)) {
      if (t.kind !== 'open' || t.name !== 'Relationship' || t.attributes.get('TargetMode') === 'External') continue;
      const target = t.attributes.get('Target')!;
      const path = target.startsWith('/') ? target.slice(1) : dir + target;
      expect(parts.has(path), `${name} → ${target}`).toBe(true);
    }
  }
  return parts;
}

/** The content type the package declares for a part. */
export function contentTypeOf(parts: Map<string, string>, part: string): string | undefined {
  for (const t of xmlTokens(parts.get('[Content_Types].xml')!)) {
    if (t.kind === 'open' && t.name === 'Override' && t.attributes.get('PartName') === `/${part}`) return t.attributes.get('ContentType');
  }
  return undefined;
}

/** An XML part with one tag per line, so a golden file's diff is readable. */
export function oneTagPerLine(xml: string): string {
  return `${xml.replace(/></g, '>\n<')}\n`;
}

/** The text of each paragraph of a WordprocessingML part. */
export function docxParagraphs(xml: string): string[] {
  const out: string[] = [];
  let current: string | undefined;
  let inT = false;
  for (const t of xmlTokens(xml)) {
    if (t.kind === 'open' && t.name === 'p') current = '';
    else if (t.kind === 'close' && t.name === 'p' && current !== undefined) {
      out.push(current);
      current = undefined;
    } else if (t.kind === 'open' && t.name === 't') inT = !t.selfClosing;
    else if (t.kind === 'close' && t.name === 't') inT = false;
    else if (t.kind === 'open' && t.name === 'br' && current !== undefined) current += '\n';
    else if (t.kind === 'text' && inT && current !== undefined) current += t.text;
  }
  return out;
}

/** The rows of every sheet of a workbook, by tab name: each row's cell texts from column A (trailing blanks dropped). */
export async function workbookRows(bytes: Uint8Array): Promise<Map<string, string[][]>> {
  const book = await openXlsx(bytes);
  expect(book.ok).toBe(true);
  if (!book.ok) throw new Error('not a workbook');
  const out = new Map<string, string[][]>();
  for (const sheet of book.value.sheets) {
    const rows = await book.value.rows(sheet);
    expect(rows.ok, sheet.name).toBe(true);
    if (!rows.ok) continue;
    out.set(
      sheet.name,
      rows.value.map((r) => {
        const cells = [...r.cells];
        while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
        return cells;
      }),
    );
  }
  return out;
}
