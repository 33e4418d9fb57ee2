/**
 * The property tests under several fast-check seeds (`npm run test:seeds`), so CI explores more
 * of each property than one run does. Each seed runs every test file that imports fast-check,
 * except those that spawn the CLI or npm (they are slow and `npm test` runs them once).
 *
 *   npm run test:seeds                     # two fresh seeds, printed
 *   FC_SEEDS=-1080721824,7 npm run test:seeds   # the seeds given (replay a failure)
 *
 * A failure prints the seed; `FC_SEED=<seed> npx vitest run <file>` replays it.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Test files that use fast-check and spawn no child process. */
function propertyFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...propertyFiles(path));
    else if (entry.name.endsWith('.test.ts')) {
      const text = readFileSync(path, 'utf8');
      if (text.includes("from 'fast-check'") && !/child_process|cliAsync|\bcli\(/.test(text)) out.push(relative(root, path));
    }
  }
  return out.sort();
}

const given = process.env['FC_SEEDS'];
const seeds = given
  ? given.split(',').map((s) => Number(s.trim()))
  : [0, 1].map(() => Math.floor(Math.random() * 2 ** 31) * (Math.random() < 0.5 ? -1 : 1));
const files = propertyFiles(join(root, 'test'));
let failed = false;
for (const seed of seeds) {
  process.stdout.write(`\nFC_SEED=${seed}: ${files.length} property test files\n`);
  const r = spawnSync('npx', ['vitest', 'run', ...files], { cwd: root, stdio: 'inherit', env: { ...process.env, FC_SEED: String(seed) } });
  if (r.status !== 0) {
    failed = true;
    process.stdout.write(`\nfailed under FC_SEED=${seed}; replay: FC_SEED=${seed} npx vitest run <file>\n`);
  }
}
process.exitCode = failed ? 1 : 0;
