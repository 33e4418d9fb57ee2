import { readFileSync } from 'node:fs';
import { parseDocument } from '../src/index.js';
import { importXlsx } from '../src/read/xlsx-import.js';
const doc = parseDocument(JSON.parse(readFileSync('examples/county-bureau.json', 'utf8')));
const back = await importXlsx(new Uint8Array(readFileSync(process.argv[2]!)));
console.log(back.ok, back.problems.slice(0, 3));
if (back.ok) {
  const a = JSON.stringify(back.value, null, 1).split('\n'), b = JSON.stringify(doc, null, 1).split('\n');
  let n = 0; for (let i = 0; i < Math.max(a.length, b.length) && n < 10; i++) if (a[i] !== b[i]) { console.log(i, a[i], '|', b[i]); n++; }
  console.log('equal', n === 0);
}
