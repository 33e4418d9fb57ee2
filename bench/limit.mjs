// The CLI's yardstick (`npm run bench`): the unavoidable work of `integrity-risk catalog` on the
// same data, in a process of its own: read and JSON.parse the input, JSON.stringify the very
// values the CLI wrote (for JSON the catalog's values, for the other formats their lines), write.
// Loading the values written is not timed. Prints {"ms": …}; node's start-up is measured apart.
import { readFileSync, writeFileSync, rmSync } from 'node:fs';

const [input, output, format] = process.argv.slice(2);
const written = readFileSync(output, 'utf8');
const values = format === 'json' ? JSON.parse(written) : written.split('\n');
const t0 = performance.now();
const doc = JSON.parse(readFileSync(input, 'utf8'));
const text = JSON.stringify(values, null, format === 'json' ? 2 : undefined);
writeFileSync(`${output}.limit`, text);
const ms = performance.now() - t0;
rmSync(`${output}.limit`);
process.stdout.write(`${JSON.stringify({ ms, posts: doc.posts.length })}\n`);
