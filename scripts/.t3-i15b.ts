import fc from 'fast-check';
import { renderXlsx } from '../src/render/xlsx.js';
import { importXlsx } from '../src/read/xlsx-import.js';
import { importCsv } from '../src/render/csv-import.js';
import { renderCsv } from '../src/render/csv.js';
import { documentArb } from '../test/support/arbitraries.js';
import { catalogFromDocument } from '../test/support/catalog-from-document.js';
const docs = fc.sample(documentArb, { numRuns: 20, seed: 1 });
let t = performance.now(); let r = 0, i = 0, c = 0;
for (const d of docs) { const cat = catalogFromDocument(d); let a = performance.now(); const b = renderXlsx(cat); r += performance.now() - a; a = performance.now(); await importXlsx(b); i += performance.now() - a; a = performance.now(); importCsv(renderCsv(cat)); c += performance.now() - a; }
console.log({ render: r / 20, import: i / 20, csv: c / 20, rows: docs.map(d => d.posts.length).join(',') });
