import { renderXlsx } from '../src/render/xlsx.js';
import { sampleCatalog } from '../test/fixtures/sample-catalog.js';
import { importXlsx } from '../src/read/xlsx-import.js';
import { openXlsx } from '../src/read/xlsx.js';
const b = renderXlsx(sampleCatalog);
for (let i = 0; i < 30; i++) await importXlsx(b);
let t = performance.now();
for (let i = 0; i < 30; i++) await importXlsx(b);
console.log('import warm', (performance.now() - t) / 30);
t = performance.now();
for (let i = 0; i < 30; i++) { const x = await openXlsx(b); if (x.ok) for (const s of x.value.sheets) await x.value.rows(s); }
console.log('read warm', (performance.now() - t) / 30);
